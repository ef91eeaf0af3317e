// Many charts following the page (issue 45): scorecards of KPI tiles drawn with the KPI module
// for JSON, then the page narrowed, printed and turned dark, each timed from the change to the
// second frame after it (bench/pages/follow.js). A page of 100 tiles, and five scorecards of 200
// (1,000 tiles: the most a scorecard takes is 200). No peer is compared: the figures are here so
// that the cost of a page of many charts is watched. Writes the "follow" section of BENCHMARKS.md.
// Usage: node bench/follow.mjs [--runs 3] [--module DIR]   (scripts/bench.sh runs it; needs
//   build/npm/ built; DIR, a folder of build/npm holding another build of the KPI module for
//   JSON, measures that build instead and writes nothing)
import { launchBrowser, median, option, root, startServer } from "./harness.mjs";
import { writeSection } from "./report-section.mjs";

const RUNS = option("runs", 3);
const args = process.argv.slice(2);
const module = args.includes("--module") ? args[args.indexOf("--module") + 1] : "";
const PAGES = [
  { lists: 1, tiles: 100, name: "a scorecard of 100 tiles" },
  { lists: 5, tiles: 200, name: "five scorecards of 200 tiles" },
];
const { base, server } = await startServer(["--site", "bench"]);
const browser = await launchBrowser();
const rows = [];
try {
  for (const { lists, tiles, name } of PAGES) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      await page.goto(`${base}pages/follow.html?lists=${lists}&tiles=${tiles}${module ? `&module=${encodeURIComponent(module)}` : ""}`);
      await page.waitForFunction(() => window.__result, null, { timeout: 600_000 });
      const result = await page.evaluate(() => window.__result);
      if (result.error) throw new Error(result.error);
      const dark = page.evaluate(() => window.dark());
      await page.emulateMedia({ colorScheme: "dark" });
      runs.push({ ...result, dark: await dark });
      await context.close();
    }
    const cell = (key) => { const xs = runs.map((run) => run[key]); return `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)} to ${Math.max(...xs).toFixed(0)})`; };
    rows.push(`| ${name} | ${cell("narrow")} | ${cell("before")} | ${cell("after")} | ${cell("dark")} |`);
    process.stdout.write(".");
  }
} finally {
  await browser.close();
  server.kill();
}
const table = [
  "| page | narrowed | beforeprint | afterprint | turned dark |",
  "|---|---|---|---|---|",
  ...rows,
].join("\n");
if (module) {
  console.log(`\nbuild/npm/${module}, median (fastest to slowest) of ${RUNS} runs, ms\n${table}`);
} else {
  writeSection(`${root}BENCHMARKS.md`, "follow", [
    "<!-- follow:start -->",
    "## Many charts follow the page",
    "",
    `Scorecards of KPI tiles drawn with the KPI module for JSON, 1,920 CSS px wide, then the page narrowed to 1,200 px, printed (the \`beforeprint\` and \`afterprint\` events, whose handlers redraw every tile for paper and back) and turned dark (the emulated colour scheme, with the page's own dark colours), each timed from the change to the second frame after it. Release build, Chromium headless; the median, fastest and slowest of ${RUNS} runs each in a fresh browser context, ms. No peer is compared. Written by \`node bench/follow.mjs\`, ${new Date().toISOString().slice(0, 10)}.`,
    "",
    table,
    "<!-- follow:end -->",
  ].join("\n"));
  console.log(`\n${table}`);
}
