#!/usr/bin/env bash
# Builds the release WebAssembly for the web (pkg/, also what the gallery serves) and for
# bundlers (build/bundler/), then assembles the npm package in build/npm/ with the
# <council-chart> element and the one-file build, and packs it: build/council-charts-VERSION.tgz.
# Usage: scripts/package.sh   (run by serve.sh and test.sh; needs scripts/setup.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
wasm-pack --quiet build --target web --release
wasm-pack --quiet build --target bundler --release --out-dir build/bundler
node scripts/package.mjs
(cd build/npm && npm pack --quiet --pack-destination .. >/dev/null)
ls build/council-charts-*.tgz
