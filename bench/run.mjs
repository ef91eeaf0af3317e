// Runs every benchmark case for council-charts, uPlot, Chart.js and a hand-written floor in
// headless Chromium, each from a cold page (a new browser context, nothing cached), and writes
// its sections of BENCHMARKS.md. Usage: node bench/run.mjs [--runs 10] [--cycles 10000]   (scripts/bench.sh)
import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { launchBrowser, median, option, root, startServer } from "./harness.mjs";
import { writeSection } from "./report-section.mjs";

const RUNS = option("runs", 10);
const CYCLES = option("cycles", 10000);
const LIBS = ["council", "uplot", "chartjs", "floor"];
const NAMES = { council: "council-charts", uplot: "uPlot 1.6.32", chartjs: "Chart.js 4.6.1", floor: "floor" };

const { base, server } = await startServer(["--site", "bench"]);
const browser = await launchBrowser();

async function load(which, lib) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1.5 });
  const page = await context.newPage();
  await page.goto(`${base}pages/index.html?case=${which}&lib=${lib}`);
  await page.waitForFunction(() => window.__result, null, { timeout: 120_000 });
  const result = await page.evaluate(() => window.__result);
  if (result.error) throw new Error(`${which} ${lib}: ${result.error}`);
  return { context, page, result };
}

const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };

const results = {};
for (const lib of LIBS) {
  const paints = [], hovers = [], cards = [];
  for (let r = 0; r < RUNS; r++) {
    const line = await load("line", lib);
    paints.push(line.result.paint);
    hovers.push(...line.result.hover);
    await line.context.close();
    const card = await load("scorecard", lib);
    cards.push(card.result.paint);
    await card.context.close();
    process.stdout.write(".");
  }
  // Memory: one page, a warm-up, then 10,000 create/destroy cycles, with the heap read after
  // a forced garbage collection each time.
  const memory = await load("memory", lib);
  const cdp = await memory.context.newCDPSession(memory.page);
  const heap = async () => { await cdp.send("HeapProfiler.collectGarbage"); return (await cdp.send("Runtime.getHeapUsage")).usedSize; };
  const wasmWarm = await memory.page.evaluate(() => window.cycles(100));
  const heapWarm = await heap();
  const wasmHalf = await memory.page.evaluate((n) => window.cycles(n), CYCLES / 2);
  const wasmEnd = await memory.page.evaluate((n) => window.cycles(n), CYCLES / 2);
  const heapEnd = await heap();
  await memory.context.close();
  results[lib] = { paints, hovers, cards, heapGrowth: heapEnd - heapWarm, wasm: [wasmWarm, wasmHalf, wasmEnd] };
  console.log(` ${NAMES[lib]} done`);
}
const version = browser.version();
await browser.close();
server.kill();

// Transfer size: what a page loads for each library, compressed as a server would send it. For
// council-charts, what a page of KPI charts from JSON loads: the KPI module without the text
// readers (`council-charts/kpi-json`) and its glue.
const FAMILY = (name) => {
  const file = `build/family/${name}/council_charts_${name.replace("-", "_")}`;
  return [`${file}_bg.wasm`, `${file}.js`];
};
const files = {
  council: FAMILY("kpi-json"),
  uplot: ["bench/node_modules/uplot/dist/uPlot.iife.min.js", "bench/node_modules/uplot/dist/uPlot.min.css"],
  chartjs: ["bench/node_modules/chart.js/dist/chart.umd.min.js"],
  floor: ["bench/pages/adapters/floor.js"],
};
const compressed = (list, how) => list.map((f) => readFileSync(root + f)).reduce((sum, bytes) => sum + (how === "gzip"
  ? gzipSync(bytes, { level: 9 }).length
  : how === "brotli" ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : bytes.length), 0);
const size = (lib, how) => compressed(files[lib], how);
// What each kind of page loads (issue 19): one family's module, or the whole library for a page
// of every kind (smaller than the three family modules together), or the one-file build.
const pages = [
  ["a page of KPI charts from JSON (`council-charts/kpi-json`)", FAMILY("kpi-json"), 150],
  ["a page of KPI charts, CSV read too (`council-charts/kpi`)", FAMILY("kpi")],
  ["a page of judgement charts from JSON (`council-charts/judgement-json`)", FAMILY("judgement-json")],
  ["a page of judgement charts, CSV read too (`council-charts/judgement`)", FAMILY("judgement")],
  ["a page of funding charts from JSON (`council-charts/funding-json`)", FAMILY("funding-json")],
  ["a page of funding charts, CSV read too (`council-charts/funding`)", FAMILY("funding")],
  ["a page with one chart of every kind (`council-charts`)", ["pkg/council_charts_bg.wasm", "pkg/council_charts.js"], 240],
  ["the three family modules together", [...FAMILY("kpi"), ...FAMILY("judgement"), ...FAMILY("funding")]],
  ["the one-file build (`council-charts/one-file`)", ["build/npm/council-charts.one-file.js"], 250],
  ["the KPI family's one-file build (`council-charts/one-file/kpi`)", ["build/npm/council-charts.kpi.one-file.js"]],
];

const ms = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
const rows = [
  ["a. 3 x 55,550 points: script start to painted canvas (median ms)", (l) => median(results[l].paints), ms],
  ["a. the same, p95 (ms)", (l) => p95(results[l].paints), ms],
  ["b. hover: main-thread work per pointer move (median ms)", (l) => median(results[l].hovers), ms],
  ["b. hover, p95 (ms)", (l) => p95(results[l].hovers), ms],
  ["c. 100 KPI tiles: script start to all painted (median ms)", (l) => median(results[l].cards), ms],
  ["d. JS heap growth over 10,000 create/destroy cycles", (l) => results[l].heapGrowth, kb],
  ["e. transfer size of a page of KPI charts, gzip -9", (l) => size(l, "gzip"), kb],
  ["e. transfer size, brotli 11", (l) => size(l, "brotli"), kb],
  ["e. transfer size, uncompressed", (l) => size(l, "raw"), kb],
];
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : "-");
const table = [
  `| case | ${LIBS.map((l) => NAMES[l]).join(" | ")} | ours / uPlot | ours / Chart.js | ours / floor |`,
  `| --- | ${LIBS.map(() => "---:").join(" | ")} | ---: | ---: | ---: |`,
  ...rows.map(([label, value, format]) => {
    const v = Object.fromEntries(LIBS.map((l) => [l, value(l)]));
    return `| ${label} | ${LIBS.map((l) => format(v[l])).join(" | ")} | ${ratio(v.council, v.uplot)} | ${ratio(v.council, v.chartjs)} | ${ratio(v.council, v.floor)} |`;
  }),
];
const wasm = results.council.wasm.map(kb).join(", then ");
// The issue's targets, judged from the figures above.
const ours = results.council;
const verdict = (met, text) => `| ${met ? "met" : "**missed**"} | ${text} |`;
const targets = [
  "| target | result | figures |",
  "| --- | --- | --- |",
  `| a. at or below uPlot's median ${verdict(median(ours.paints) <= median(results.uplot.paints), `${ms(median(ours.paints))} ms against ${ms(median(results.uplot.paints))} ms (${ratio(median(ours.paints), median(results.uplot.paints))})`)}`,
  `| a. within 1.5x of the floor ${verdict(median(ours.paints) <= 1.5 * median(results.floor.paints), `${ratio(median(ours.paints), median(results.floor.paints))} the floor's ${ms(median(results.floor.paints))} ms`)}`,
  `| b. hover p95 at most 1 ms per move ${verdict(p95(ours.hovers) <= 1, `p95 ${ms(p95(ours.hovers))} ms, median ${ms(median(ours.hovers))} ms`)}`,
  `| c. 100 tiles in at most uPlot's time ${verdict(median(ours.cards) <= median(results.uplot.cards), `${ms(median(ours.cards))} ms against ${ms(median(results.uplot.cards))} ms (${ratio(median(ours.cards), median(results.uplot.cards))})`)}`,
  `| d. WebAssembly memory stops growing after warm-up ${verdict(ours.wasm[1] === ours.wasm[2], `${kb(ours.wasm[0])} after 100 cycles, ${kb(ours.wasm[1])} after ${(CYCLES / 2).toLocaleString("en-GB")} more, ${kb(ours.wasm[2])} at the end: ${ours.wasm[1] === ours.wasm[2] ? "no growth over the second half" : "still growing"}${ours.wasm[1] > ours.wasm[0] ? " (it grew in the first half: the 100-cycle warm-up is shorter than the allocator's)" : ""}`)}`,
  `| d. JS heap grows by at most 1 MB ${verdict(ours.heapGrowth <= 1024 * 1024, kb(ours.heapGrowth))}`,
  ...pages.filter(([, , target]) => target).map(([name, list, target]) => `| e. ${name}: at most ${target} KB gzipped ${verdict(compressed(list, "gzip") <= target * 1024, `${kb(compressed(list, "gzip"))}, ${ratio(compressed(list, "gzip"), target * 1024)} the target`)}`),
  `| e. a page of KPI charts smaller than Chart.js alone ${verdict(size("council", "gzip") < size("chartjs", "gzip"), `${kb(size("council", "gzip"))} against ${kb(size("chartjs", "gzip"))}`)}`,
];
const sizes = [
  "| what the page loads | gzip -9 | brotli 11 | uncompressed |",
  "| --- | ---: | ---: | ---: |",
  ...pages.map(([name, list]) => `| ${name} | ${kb(compressed(list, "gzip"))} | ${kb(compressed(list, "brotli"))} | ${kb(compressed(list, "raw"))} |`),
];
const cpu = cpus()[0]?.model ?? "unknown";
const machine = `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; Chromium ${version} headless, software rendering (--disable-gpu); Node ${process.version}; ${execSync("date -u +%Y-%m-%d").toString().trim()}`;
// Only the marked sections this script measures are rewritten: the text around them in
// BENCHMARKS.md is written by hand (what each step changed and why) and must outlive a run.
const cases = `${table.join("\n")}

Machine: ${machine}.

Each of cases a, b and c is ${RUNS} cold page loads per library (a new
browser context each time, nothing cached); b is 100 pointer moves on each of those loads.
Case d is one page per library: 100 warm-up cycles, then ${CYCLES.toLocaleString("en-GB")} create/destroy cycles of a
small KPI chart, with the heap read after a forced garbage collection.`;
const marked = (name, text) => `<!-- ${name}:start -->\n${text}\n<!-- ${name}:end -->`;
writeSection(root + "BENCHMARKS.md", "cases", marked("cases", cases));
writeSection(root + "BENCHMARKS.md", "targets", marked("targets", `${targets.join("\n")}

council-charts' WebAssembly memory after the warm-up, half-way and at the end of case d: ${wasm}.`));
writeSection(root + "BENCHMARKS.md", "sizes", marked("sizes", sizes.join("\n")));
console.log(table.join("\n"));
console.log(targets.join("\n"));
console.log(sizes.join("\n"));
console.log(`WebAssembly memory after warm-up, half-way and the end: ${wasm}`);
