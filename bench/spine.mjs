// Case f (issue 32): a spine scorecard of 40 indicators from the published EES files in
// ../shared/real-data/ (read where they sit, never copied), for one council, in headless
// Chromium with the release build: from the kpiScorecard(..., { view: "spine" }) call to the
// first frame painted after it. No peer library draws this view, so there is no comparison;
// the figure is here so that its cost is watched. Writes the "Case f" section of BENCHMARKS.md.
// Usage: node bench/spine.mjs [--runs 10]   (scripts/bench.sh runs it; needs pkg/ built)
import { readFileSync } from "node:fs";
import { launchBrowser, median, option, root, sharedRealData, startServer } from "./harness.mjs";
import { writeSection } from "./report-section.mjs";

const shared = sharedRealData();
const RUNS = option("runs", 10);
const read = (file) => readFileSync(shared + file, "utf8");
const files = {
  csww: read("csww_indicators_2017_to_2025.csv"),
  cin: read("b1_children_in_need_2013_to_2025.csv"),
  cla: read("cla_number_and_rate_per_10k_children.csv"),
  leavers: read("la_care_leavers_accommodation_suitability.csv"),
};
const header = (text) => text.split("\n")[0].replace(/^\ufeff/, "").split(",");
const META = new Set(["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "new_la_code", "old_la_code", "la_name", "category"]);
// The 40 indicators: the workforce file's 22, children in need's 8, children looked after's rate
// and count for each of its 3 populations, and care leavers' suitable and unsuitable shares at
// both ages.
const items = [
  ...header(files.csww).filter((c) => !META.has(c)).map((indicator) => ({ file: "csww", options: { indicator } })),
  ...header(files.cin).filter((c) => !META.has(c)).map((indicator) => ({ file: "cin", options: { indicator } })),
  ...["Children looked after on 31 March each year", "Children starting to be looked after each year", "Children ceasing to be looked after each year"].flatMap((population_type) =>
    ["rate_per_10000", "children_count"].map((indicator) => ({ file: "cla", options: { indicator, filters: { population_type } } }))),
  ...["17 to 18 years", "19 to 21 years"].flatMap((care_leaver_age) =>
    ["Accommodation considered suitable", "Accommodation considered unsuitable"].map((breakdown) => ({ file: "leavers", options: { indicator: "care_leaver_percent", filters: { care_leaver_age, breakdown } } }))),
];
if (items.length !== 40) throw new Error(`${items.length} indicators, not 40`);

const { base, server } = await startServer([]);
const browser = await launchBrowser();

const cold = [], warm = [];
let rows = 0;
try {
  for (let r = 0; r < RUNS; r++) {
    // A fresh context each run: cold is the first spine of a page, the module compiled first.
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}docs.html`);
    await page.waitForFunction(() => document.documentElement.dataset.galleryReady);
    const result = await page.evaluate(async ({ files, items }) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
      const draw = async (lib) => {
        const host = document.createElement("div");
        host.style.width = "960px";
        document.body.append(host);
        const started = performance.now();
        const card = lib.kpiScorecard(host, items.map(({ file, options }) => ({ data: files[file], options })), { view: "spine", council: "Leeds" });
        await frame();
        const ms = performance.now() - started;
        const described = card.describe();
        card.destroy();
        host.remove();
        return { ms, described };
      };
      const startedCold = performance.now();
      const lib = await import("./pkg/council_charts.js");
      await lib.default();
      const first = await draw(lib);
      const coldMs = performance.now() - startedCold;
      const second = await draw(lib);
      return { cold: coldMs, warm: second.ms, rows: (first.described.match(/\d+ indicators/) ?? ["?"])[0] };
    }, { files, items });
    cold.push(result.cold);
    warm.push(result.warm);
    rows = result.rows;
    await context.close();
    process.stdout.write(".");
  }
} finally {
  await browser.close();
  server.kill();
}

const section = [
  "<!-- spine:start -->",
  "## Case f: a spine of 40 indicators from published files",
  "",
  `A spine scorecard (\`kpiScorecard(el, items, { view: "spine" })\`) of 40 indicators for Leeds from the four published EES files in \`../shared/real-data\` (2.0 MB of CSV, each file parsed once however many items name it; ${rows}), 960 CSS px wide, from the call to the first frame after it; release build, Chromium headless, ${RUNS} runs each in a fresh browser context. Cold includes fetching and compiling the WebAssembly; warm is a second spine on the same page. No peer draws this view: there is nothing to compare with, and the figure is here so that its cost is watched. Written by \`node bench/spine.mjs\`, ${new Date().toISOString().slice(0, 10)}.`,
  "",
  "| | median (ms) | slowest (ms) |",
  "| --- | ---: | ---: |",
  `| cold: module, 40 indicators read and ranked, first frame | ${median(cold).toFixed(0)} | ${Math.max(...cold).toFixed(0)} |`,
  `| warm: 40 indicators read and ranked, first frame | ${median(warm).toFixed(0)} | ${Math.max(...warm).toFixed(0)} |`,
  "<!-- spine:end -->",
].join("\n");
writeSection(`${root}BENCHMARKS.md`, "spine", section);
console.log(`\n${section}`);
