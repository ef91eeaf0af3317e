// Case h (issue 45, item 4): what each way of loading costs on a slow connection. One KPI chart
// from JSON on a page, loaded four ways: the npm element (its family's module fetched when the
// element needs it and compiled from the stream as it arrives), the same with the module
// preloaded from the page's <head> (as the README shows), the same with the element's and the
// module's scripts module-preloaded as well, and the one-file build (the
// WebAssembly inside a classic script as gzipped base64: nothing compiles until it has all
// arrived and been unzipped). Chromium's own throttling (DevTools' "Slow 4G" figures: 150 ms
// latency, 1.6 Mbit/s down, 750 kbit/s up; the processor 4 times slower), responses gzipped as
// a real server sends them, a fresh context each run (nothing cached). Measured: from the start
// of navigation to the element's council-chart-drawn event. Writes the "Case h" section of
// BENCHMARKS.md.
// Usage: node bench/streaming.mjs [--runs 5]   (scripts/bench.sh runs it; needs build/npm)
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, median, option, root, startServer } from "./harness.mjs";
import { writeSection } from "./report-section.mjs";

const RUNS = option("runs", 5);
const WASM = "/npm/kpi-json/council_charts_kpi_json_bg.wasm";
const chart = `<council-chart kind="kpi"><script type="application/json">{ "title": "Re-referrals", "unit": "%",
  "series": [{ "name": "Northshire", "start": "2021/22", "values": [24, 22, 21] }] }</script></council-chart>`;
const page = (head) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Case h</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/npm/council-charts.css">${head}</head><body><main>${chart}</main>
<script>document.addEventListener("council-chart-drawn", () => (window.__drawn = performance.now()), { once: true });</script></body></html>`;
const WAYS = [
  ["the npm element (`council-charts/element`), streamed", "element.html", page('<script type="module" src="/npm/element.js"></script>')],
  ["the same, the module preloaded in the `<head>`", "preloaded.html", page(`<link rel="preload" href="${WASM}" as="fetch" type="application/wasm" crossorigin><script type="module" src="/npm/element.js"></script>`)],
  ["the same, with its scripts module-preloaded too", "modulepreloaded.html", page(`<link rel="preload" href="${WASM}" as="fetch" type="application/wasm" crossorigin><link rel="modulepreload" href="/npm/council-chart-element.js"><link rel="modulepreload" href="/npm/kpi-json/council_charts_kpi_json.js"><script type="module" src="/npm/element.js"></script>`)],
  ["the KPI one-file build (`council-charts.kpi.one-file.js`)", "one-file.html", page('<script src="/npm/council-charts.kpi.one-file.js" defer></script>')],
];

const site = mkdtempSync(join(tmpdir(), "council-case-h-"));
for (const [, file, html] of WAYS) writeFileSync(join(site, file), html);
const { base, server } = await startServer(["--site", site, "--gzip"]);
const browser = await launchBrowser();
const times = WAYS.map(() => []);
try {
  for (let r = 0; r < RUNS; r++) {
    // The order turns each run, so no way always goes first.
    for (let k = 0; k < WAYS.length; k++) {
      const w = (k + r) % WAYS.length;
      const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await tab.goto(`${base}${WAYS[w][1]}`);
      await tab.waitForFunction(() => window.__drawn, null, { timeout: 120_000 });
      times[w].push(await tab.evaluate(() => window.__drawn));
      await context.close();
      process.stdout.write(".");
    }
  }
} finally {
  await browser.close();
  server.kill();
  rmSync(site, { recursive: true, force: true });
}

const section = [
  "<!-- streaming:start -->",
  "## Case h: one chart on a slow connection, four ways of loading",
  "",
  `One KPI chart from JSON, from the start of navigation to the element's \`council-chart-drawn\` event, under Chromium's throttling at DevTools' "Slow 4G" figures (150 ms latency, 1.6 Mbit/s down, 750 kbit/s up) with the processor 4 times slower, responses gzipped, nothing cached; ${RUNS} runs each, the order turned each run. The element picks the KPI module for JSON (272 KB); the one-file build is the KPI module with the text readers (323 KB). Written by \`node bench/streaming.mjs\`, ${new Date().toISOString().slice(0, 10)}.`,
  "",
  "| way | median (ms) | slowest (ms) |",
  "| --- | ---: | ---: |",
  ...WAYS.map(([name], w) => `| ${name} | ${median(times[w]).toFixed(0)} | ${Math.max(...times[w]).toFixed(0)} |`),
  "<!-- streaming:end -->",
].join("\n");
writeSection(`${root}BENCHMARKS.md`, "streaming", section);
console.log(`\n${section}`);
