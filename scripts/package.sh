#!/usr/bin/env bash
# Builds the release WebAssembly for the web (pkg/, also what the gallery serves), for bundlers
# (build/bundler/) and once per chart family for the web (build/family/kpi/, judgement/,
# funding/: a page loads only the family it draws; and kpi-json/, judgement-json/, funding-json/,
# each family without the text readers, for pages that draw from JSON), the spreadsheet reader
# alone (build/sheet/), then assembles the npm
# package in build/npm/
# with the <council-chart> element and the one-file build, and packs it:
# build/council-charts-VERSION.tgz.
# Usage: scripts/package.sh   (run by serve.sh and test.sh; needs scripts/setup.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Every shipped module is compiled as scripts/release-flags.sh says (nightly Rust, the standard
# library built for size). Usage: release_build WASM-PACK-ARGS... [-- CARGO-ARGS...]
. scripts/release-flags.sh
release_build() {
  local options=() cargo=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do options+=("$1"); shift; done
  [ $# -gt 0 ] && shift && cargo=("$@")
  # The crate's directory is given: wasm-pack would take the first argument after `--` for it.
  env "${RELEASE_ENV[@]}" wasm-pack --quiet build --release "${options[@]}" . -- "${cargo[@]}" "${RELEASE_CARGO_ARGS[@]}"
}

release_build --target web
release_build --target bundler --out-dir build/bundler
for family in kpi judgement funding; do
  release_build --target web --out-dir "build/family/$family" --out-name "council_charts_$family" \
    -- --no-default-features --features "$family,text"
  # The family's charts from JSON only: without the text readers (see Cargo.toml's features).
  release_build --target web --out-dir "build/family/$family-json" --out-name "council_charts_${family}_json" \
    -- --no-default-features --features "$family"
done
# The spreadsheet reader alone (readSpreadsheet fetches it on first use): no chart, no page glue.
release_build --target web --out-dir build/sheet --out-name council_charts_sheet \
  -- --no-default-features --features sheet-module
node scripts/package.mjs
(cd build/npm && npm pack --quiet --pack-destination .. >/dev/null)
ls build/council-charts-*.tgz
