// Reading published spreadsheets in the browser (not a test): for each .ods and .xlsx in
// ../shared/real-data/ (served where it sits, never copied), the time readSpreadsheet takes
// from the file's bytes to its sheet's text: cold (a fresh page: fetching and compiling the
// reader's module too) and warm (the median of further calls), and the reader's size. Writes
// the "Reading spreadsheets" section of BENCHMARKS.md between its markers.
// Usage: node bench/spreadsheets.mjs [--runs 9]   (scripts/bench.sh runs it; needs build/npm/)
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { launchBrowser, median, option, root, sharedRealData, startServer } from "./harness.mjs";
import { writeSection } from "./report-section.mjs";

const shared = sharedRealData();
const RUNS = option("runs", 9);
const FILES = [
  ["LA_Inspection_Outcomes_as_at_31_March_2025.ods", "Ofsted, inspection outcomes"],
  ["RO3_LA_Data_2024-25_data_by_LA.ods", "MHCLG, RO3 by authority"],
  ["RSX_LA_Data_2024-25_data_by_LA.ods", "MHCLG, RSX by authority"],
  ["sn_may_2025.xlsx", "DfE, statistical neighbours"],
];

const { base, server } = await startServer(["--site", shared]);
const browser = await launchBrowser();

const rows = [];
try {
  for (const [file, what] of FILES) {
    // A fresh page per file, so that the first call is cold: the module fetched and compiled.
    const page = await browser.newPage();
    await page.goto(`${base}npm/package.json`);
    const result = await page.evaluate(async ({ file, runs }) => {
      const bytes = await (await fetch(`/${file}`)).arrayBuffer();
      const { readSpreadsheet } = await import("/npm/web/index.js");
      let started = performance.now();
      const text = await readSpreadsheet(bytes);
      const cold = performance.now() - started;
      const warm = [];
      for (let i = 0; i < runs; i++) {
        started = performance.now();
        await readSpreadsheet(bytes);
        warm.push(performance.now() - started);
      }
      return { cold, warm, sheet: text.split("\n")[0].split("\t")[1], rows: text.split("\n").length - 2 };
    }, { file, runs: RUNS });
    await page.close();
    const size = statSync(shared + file).size;
    rows.push(`| ${what} (\`${file}\`) | ${(size / 1e3).toFixed(0)} KB | ${result.sheet} (${result.rows} rows) | ${result.cold.toFixed(0)} | ${median(result.warm).toFixed(0)} | ${Math.max(...result.warm).toFixed(0)} |`);
    process.stdout.write(".");
  }
} finally {
  await browser.close();
  server.kill();
}

const gz = (path) => gzipSync(readFileSync(root + path), { level: 9 }).length / 1024;
const reader = gz("build/sheet/council_charts_sheet_bg.wasm") + gz("build/sheet/council_charts_sheet.js");
const raw = statSync(root + "build/sheet/council_charts_sheet_bg.wasm").size / 1024;
const section = [
  "<!-- spreadsheets:start -->",
  "## Reading spreadsheets",
  "",
  `The reader (\`build/sheet/\`, fetched by \`readSpreadsheet\` on its first call) is ${reader.toFixed(1)} KB gzipped (${raw.toFixed(1)} KB of WebAssembly before compression); the one-file form with its WebAssembly inside, ${gz("build/npm/council-charts.sheet.one-file.js").toFixed(1)} KB. Target: at most 120 KB gzipped.`,
  "",
  `From a published file's bytes to its chosen sheet's text (\`await readSpreadsheet(bytes)\`, no sheet named), in Chromium headless with the release build: cold is the first call on a fresh page (fetching and compiling the reader, then reading), warm the median and slowest of ${RUNS} further calls. Written by \`node bench/spreadsheets.mjs\`, ${new Date().toISOString().slice(0, 10)}.`,
  "",
  "| file | size | sheet chosen | cold (ms) | warm median (ms) | warm slowest (ms) |",
  "| --- | ---: | --- | ---: | ---: | ---: |",
  ...rows,
  "<!-- spreadsheets:end -->",
].join("\n");
writeSection(`${root}BENCHMARKS.md`, "spreadsheets", section);
console.log(`\n${section}`);
