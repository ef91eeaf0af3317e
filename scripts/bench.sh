#!/usr/bin/env bash
# The benchmark command (not a test): builds the release library, installs the pinned
# comparison libraries and Lighthouse (bench/package-lock.json), measures council-charts against uPlot,
# Chart.js and a hand-written floor in headless Chromium, and writes BENCHMARKS.md.
# Took 19 minutes on two cores with the release builds already made (2026-12-07, Lighthouse then
# at 3 runs a form; now 5). Usage: scripts/bench.sh [--runs 10] [--cycles 10000]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if ! cmp -s bench/package-lock.json bench/node_modules/.installed-lock 2>/dev/null; then
  echo "== installing the comparison libraries (uPlot, Chart.js)"
  npm ci --prefix bench --no-audit --no-fund --loglevel=error
  cp bench/package-lock.json bench/node_modules/.installed-lock
fi
echo "== release builds and the npm package (the whole library, each family's module, the one-file build)"
scripts/package.sh >/dev/null
echo "== measuring (about ten minutes; keep the machine otherwise idle)"
node bench/run.mjs "$@"
echo "== a GOV.UK Frontend page with four charts, through Lighthouse"
node bench/lighthouse.mjs
echo "== reading the published files in ../shared/real-data (skipped where it is absent)"
node bench/readers.mjs
echo "== reading the published spreadsheets (skipped where ../shared is absent)"
node bench/spreadsheets.mjs
echo "== case f: a spine of 40 indicators from the published files (skipped where ../shared is absent)"
node bench/spine.mjs
echo "== case g: a map of every council from a published file (skipped where ../shared is absent)"
node bench/map.mjs
echo "== many charts following the page: 100 and 1,000 tiles narrowed, printed and turned dark"
node bench/follow.mjs
echo "== case h: one chart on a slow connection, four ways of loading"
node bench/streaming.mjs
if [ "$(twiggy --version 2>/dev/null)" != "twiggy 0.7.0" ]; then
  echo "== installing twiggy 0.7.0 (about a minute)"
  cargo install twiggy --version 0.7.0
fi
echo "== what each module is made of (twiggy)"
node bench/twiggy.mjs
echo "== wrote BENCHMARKS.md"
