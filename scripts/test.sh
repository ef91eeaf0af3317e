#!/usr/bin/env bash
# Runs every test: native (model to SVG snapshots), lints, the release build, browser tests of
# the glue (wasm-bindgen-test in headless Chromium) and end-to-end tests of the gallery.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# The release build comes first: the native tests scan its generated JavaScript too.
echo "== release build and npm package"
scripts/package.sh
echo "== native tests"
cargo test --quiet
echo "== lints"
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown -- -D warnings
echo "== browser tests (wasm-bindgen-test, headless Chromium)"
wasm-pack test --headless --chrome
echo "== end-to-end tests (Playwright, headless Chromium)"
node --test tests/e2e/
