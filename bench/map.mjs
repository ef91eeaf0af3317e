// Case g (issue 43): a map of England's 153 councils from DfE's children looked after file in
// ../shared/real-data/ (read where it sits, never copied), for one council, in headless Chromium
// with the release build: from the kpiChart(..., { view: "map" }) call to the first frame
// painted after it, beside the line view of the same file and council. No peer library draws a
// hex map of councils, so there is no comparison with a peer; the line chart is the yardstick
// the issue names. Writes the "Case g" section of BENCHMARKS.md.
// Usage: node bench/map.mjs [--runs 10]   (scripts/bench.sh runs it; needs pkg/ built)
import { readFileSync } from "node:fs";
import { launchBrowser, median, option, root, sharedRealData, startServer } from "./harness.mjs";
import { writeSection } from "./report-section.mjs";

const shared = sharedRealData();
const RUNS = option("runs", 10);
const text = readFileSync(shared + "cla_number_and_rate_per_10k_children.csv", "utf8");
const options = { indicator: "rate_per_10000", council: "Leeds", polarity: "lower-is-better", filters: { population_type: "Children looked after on 31 March each year" } };

const { base, server } = await startServer([]);
const browser = await launchBrowser();
const times = { map: [], line: [] };
let hexes = "";
try {
  for (let r = 0; r < RUNS; r++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}docs.html`);
    await page.waitForFunction(() => document.documentElement.dataset.galleryReady);
    const result = await page.evaluate(async ({ text, options }) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
      const lib = await import("./pkg/council_charts.js");
      await lib.default();
      const draw = async (view) => {
        const host = document.createElement("div");
        host.style.width = "960px";
        document.body.append(host);
        const started = performance.now();
        const chart = lib.kpiChart(host, text, { ...options, view });
        await frame();
        const ms = performance.now() - started;
        const described = chart.describe();
        chart.destroy();
        host.remove();
        return { ms, described };
      };
      // Once each to warm the module, then the order alternates so neither gains by going second.
      await draw("map");
      await draw("line");
      const map = await draw("map");
      const line = await draw("line");
      return { map: map.ms, line: line.ms, hexes: (map.described.match(/Map of \d+ [a-z ]+?(?= with)/) ?? ["?"])[0] };
    }, { text, options });
    times.map.push(result.map);
    times.line.push(result.line);
    hexes = result.hexes;
    await context.close();
    process.stdout.write(".");
  }
} finally {
  await browser.close();
  server.kill();
}

const section = [
  "<!-- map:start -->",
  "## Case g: a map of every council from a published file",
  "",
  `\`kpiChart(el, text, { view: "map" })\` for Leeds from DfE's children looked after file in \`../shared/real-data\` (${hexes}), 960 CSS px wide, from the call to the first frame after it, beside the line view of the same file and council; the file is read, ranked and placed each time. Release build, Chromium headless, ${RUNS} runs each in a fresh browser context, warm module. No peer library draws a hex map of councils: the line chart is the yardstick. Written by \`node bench/map.mjs\`, ${new Date().toISOString().slice(0, 10)}.`,
  "",
  "| view | median (ms) | slowest (ms) |",
  "| --- | ---: | ---: |",
  `| map of every council | ${median(times.map).toFixed(0)} | ${Math.max(...times.map).toFixed(0)} |`,
  `| line chart, same file and council | ${median(times.line).toFixed(0)} | ${Math.max(...times.line).toFixed(0)} |`,
  "<!-- map:end -->",
].join("\n");
writeSection(`${root}BENCHMARKS.md`, "map", section);
console.log(`\n${section}`);
