#!/usr/bin/env bash
# Runs every test: the release build and npm package, native tests (model to SVG snapshots,
# case tables, the malformed corpus, property tests, fuzz regressions), lints, a fuzz smoke run,
# browser tests of the glue (wasm-bindgen-test in headless Chromium), the README's Rust examples
# in a crate of their own, and end-to-end tests of the
# gallery, the package, the element, hostile text, lifecycle and re-entrancy, and a real screen
# reader (Orca under Xvfb) on a page of each kind.
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
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown -- -D warnings
echo "== fuzz smoke run (cargo-fuzz on nightly Rust; FUZZ_SANITIZER=none scripts/fuzz.sh 10000000 is the long run)"
scripts/fuzz.sh 20000
echo "== browser tests (wasm-bindgen-test, headless Chromium)"
wasm-pack test --headless --chrome
echo "== the README's From Rust examples, in a crate outside the repository (natively and in headless Chromium)"
scripts/from-rust.sh
echo "== end-to-end tests (Playwright, headless Chromium)"
node --test tests/e2e/
