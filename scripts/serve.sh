#!/usr/bin/env bash
# Builds the library (and its npm package, for the element pages) and serves the demo gallery on http://127.0.0.1:8080/ (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
scripts/package.sh >/dev/null
exec node scripts/serve.mjs --port "${PORT:-8080}"
