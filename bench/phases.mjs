// Case c (100 KPI tiles) with its time split into phases, for comparing builds of the KPI module
// for JSON with each other and with uPlot: each cold load in turn, in one browser, so that the
// machine's drift falls on all alike. Prints each phase's median and, in brackets, its fastest.
// Usage: node bench/phases.mjs [--runs 20] [LIB ...]
//   after scripts/bench.sh has run once on the machine (it installs Chromium and uPlot, which
//   this script does not) and scripts/package.sh has built build/npm/.
//   LIB: "uplot", "kpi-json" (build/npm/kpi-json, the default) or another folder of build/npm
//   holding a council_charts_kpi_json.js and its module (say, a copy of an earlier build).
import { launchBrowser, median, option, startServer } from "./harness.mjs";

const RUNS = option("runs", 20);
const args = process.argv.slice(2);
const named = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1] === "--runs"));
const libs = named.length ? named : ["kpi-json", "uplot"];
const { base, server } = await startServer(["--site", "bench"]);
const browser = await launchBrowser();
const results = Object.fromEntries(libs.map((lib) => [lib, []]));
for (let r = 0; r < RUNS; r++) {
  for (const lib of libs) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1.5 });
    const page = await context.newPage();
    const query = lib === "uplot" ? "lib=uplot" : `lib=council&module=${encodeURIComponent(lib)}`;
    await page.goto(`${base}pages/index.html?case=scorecard&${query}`);
    await page.waitForFunction(() => window.__result, null, { timeout: 120_000 });
    const result = await page.evaluate(() => window.__result);
    await context.close();
    if (result.error) throw new Error(`${lib}: ${result.error}`);
    results[lib].push({ paint: result.paint, ...result.phases });
  }
  process.stdout.write(".");
}
await browser.close();
server.kill();
console.log(`\n${RUNS} cold loads of each, in turn; median (fastest), ms`);
for (const [lib, runs] of Object.entries(results)) {
  const cell = (key) => { const xs = runs.map((run) => run[key]); return `${key} ${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)})`; };
  console.log(`${lib.padEnd(12)} ${["paint", "fetch", "load", "call", "flush"].map(cell).join("  ")}`);
}
