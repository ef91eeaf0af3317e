#!/usr/bin/env bash
# Builds the release WebAssembly for the web (pkg/, also what the gallery serves), for bundlers
# (build/bundler/) and once per chart family for the web (build/family/kpi/, judgement/,
# funding/: a page loads only the family it draws; and kpi-json/, judgement-json/, funding-json/,
# each family without the text readers, for pages that draw from JSON), then assembles the npm
# package in build/npm/
# with the <council-chart> element and the one-file build, and packs it:
# build/council-charts-VERSION.tgz.
# Usage: scripts/package.sh   (run by serve.sh and test.sh; needs scripts/setup.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
wasm-pack --quiet build --target web --release
wasm-pack --quiet build --target bundler --release --out-dir build/bundler
for family in kpi judgement funding; do
  wasm-pack --quiet build --target web --release --out-dir "build/family/$family" --out-name "council_charts_$family" \
    -- --no-default-features --features "$family,text"
  # The family's charts from JSON only: without the text readers (see Cargo.toml's features).
  wasm-pack --quiet build --target web --release --out-dir "build/family/$family-json" --out-name "council_charts_${family}_json" \
    -- --no-default-features --features "$family"
done
node scripts/package.mjs
(cd build/npm && npm pack --quiet --pack-destination .. >/dev/null)
ls build/council-charts-*.tgz
