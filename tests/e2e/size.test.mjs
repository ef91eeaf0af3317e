// The size budget: the release build's WebAssembly plus its JavaScript glue, gzipped, must not
// grow past BUDGET. It is set just above today's size so growth is a decision, not an accident;
// the 64 KB target (issue 8) is far below it, and BENCHMARKS.md says by how much.
// Raised from 250 to 262 KB for themes from CSS (custom properties, dark, forced colours), the
// legend's buttons and textBoxes(): 11.3 KB together. Lowered to 246 KB when ASCII case
// folding replaced Unicode's (17.6 KB of case tables for matching English column headers).
// Raised from 246 to 270 KB for data as published (issue 16: the Fingertips, Ofsted-outcomes
// and revenue-outturn readers, tab-separated pastes, confidence intervals, comparisons, notes
// and "of which" lines): 22.2 KB together, measured at 266.6 KB. Every page pays for them
// today; issue 19's split loads the readers only when a page gives text. Raised again to
// 282 KB for times of day (parsing, a time axis) and rank, band and neighbours among all
// councils (issue 17): 12.4 KB more, measured at 279.0 KB. And to 290 KB for the distribution
// view (a beeswarm of every council, its table and CSV): 7.9 KB more, measured at 286.9 KB.
// And to 300 KB for the national picture of judgements: 11.9 KB more, measured at 298.8 KB.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { root } from "./harness.mjs";

const BUDGET = 300 * 1024;

test(`the release build is at most ${BUDGET / 1024} KB gzipped (wasm + JS glue)`, () => {
  const gz = (file) => gzipSync(readFileSync(`${root}pkg/${file}`), { level: 9 }).length;
  const total = gz("council_charts_bg.wasm") + gz("council_charts.js");
  console.log(`# release build: ${(total / 1024).toFixed(1)} KB gzipped (budget ${BUDGET / 1024} KB)`);
  assert.ok(total <= BUDGET, `${total} bytes gzipped is over the budget of ${BUDGET}`);
});
