#!/usr/bin/env bash
# Builds the library and serves the demo gallery on http://127.0.0.1:8080/ (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
wasm-pack --quiet build --target web --release
exec node scripts/serve.mjs --port "${PORT:-8080}"
