// Reading published files in the browser (not a test): for each file in ../shared/real-data/
// (read where it sits beside the checkout, never copied), the time from its text to a drawn
// chart of one council, and the rank-free read alone, in headless Chromium with the release
// build. Writes the "Reading published files" section of BENCHMARKS.md between its markers.
// Usage: node bench/readers.mjs [--runs 15]   (scripts/bench.sh runs it; needs pkg/ built)
import { readFileSync, statSync } from "node:fs";
import { launchBrowser, median, option, root, sharedRealData, startServer } from "./harness.mjs";
import { writeSection } from "./report-section.mjs";

const shared = sharedRealData();
const RUNS = option("runs", 15);

// One council's chart per file, with the options a council would give.
const CASES = [
  { file: "la_hospital_admissions_2324.csv", kind: "kpi", what: "OHID Fingertips export", options: { council: "Leeds", unit: "per 10,000" } },
  { file: "la_care_leavers_accommodation_suitability.csv", kind: "kpi", what: "DfE EES, care leavers", options: { indicator: "care_leaver_percent", council: "Leeds", filters: { care_leaver_age: "19 to 21 years", breakdown: "Accommodation considered suitable" } } },
  { file: "cla_number_and_rate_per_10k_children.csv", kind: "kpi", what: "DfE EES, children looked after", options: { indicator: "rate_per_10000", council: "Leeds", filters: { population_type: "Children looked after on 31 March each year" } } },
  { file: "derived/LA_Inspection_Outcomes_as_at_31_March_2025.ILACS_inspection_history.derived.csv", kind: "judgement", what: "Ofsted outcomes, inspection history", options: { council: "Leeds" } },
  { file: "la_hospital_admissions_2324.csv", kind: "kpi", what: "Fingertips: rank, band and the distribution view", options: { council: "Leeds", unit: "per 10,000", view: "distribution", neighbours: ["Bradford", "Kirklees", "Sheffield", "Wakefield", "Manchester"] } },
];

const { base, server } = await startServer([]);
const browser = await launchBrowser();

const rows = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}docs.html`);
  await page.waitForFunction(() => document.documentElement.dataset.galleryReady);
  for (const c of CASES) {
    const text = readFileSync(shared + c.file, "utf8");
    const times = await page.evaluate(async ({ text, kind, options, runs }) => {
      const lib = await import("./pkg/council_charts.js");
      const draw = { kpi: lib.kpiChart, judgement: lib.judgementChart }[kind];
      const host = document.createElement("div");
      host.style.width = "720px";
      document.body.append(host);
      const out = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const chart = draw(host, text, options);
        out.push(performance.now() - started);
        chart.destroy();
      }
      host.remove();
      return out;
    }, { text, kind: c.kind, options: c.options, runs: RUNS });
    const bytes = statSync(shared + c.file).size;
    rows.push(`| ${c.what} (\`${c.file.replace(/^derived\//, "")}\`) | ${(bytes / 1e6).toFixed(2)} MB | \`${JSON.stringify(c.options)}\` | ${median(times).toFixed(1)} | ${Math.max(...times).toFixed(1)} |`);
    process.stdout.write(".");
  }
} finally {
  await browser.close();
  server.kill();
}

const section = [
  "<!-- readers:start -->",
  "## Reading published files",
  "",
  `From the file's text to a drawn chart of one council, in the browser (\`kpiChart\` or \`judgementChart\` called with the whole text; ${RUNS} runs on one warm page, release build, Chromium headless). Written by \`node bench/readers.mjs\`, ${new Date().toISOString().slice(0, 10)}. Target: under 50 ms for a 1 MB file.`,
  "",
  "| file | size | options | median (ms) | slowest (ms) |",
  "| --- | ---: | --- | ---: | ---: |",
  ...rows,
  "<!-- readers:end -->",
].join("\n");
writeSection(`${root}BENCHMARKS.md`, "readers", section);
console.log(`\n${section}`);
