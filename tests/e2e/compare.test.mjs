// The gallery's compare view, as a reader meets it: Leeds beside its ten statistical
// neighbours from DfE's four published files and its neighbours workbook (read in place from
// ../shared/real-data through the gallery server; where that is absent the card draws
// illustrative figures and says so, and this test says it was skipped). Walked by keys at
// 1,000 and 320 px, its table opened with T, and printed to A4 with the table fitted. Then the
// element's way, on a CMS page of its own: items from a file, neighbours named in the options.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPage, root, useGallery } from "./harness.mjs";

const gallery = useGallery();
const realData = existsSync(join(root, "..", "shared", "real-data", "sn_may_2025.xlsx"));

async function walk(width) {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { width, scale: 1 });
  const card = page.locator("#compare");
  const canvas = card.locator("canvas.council-chart__canvas");
  const live = card.locator(".council-chart__live");
  await canvas.scrollIntoViewIfNeeded();
  await canvas.focus();
  const press = async (key) => (await page.keyboard.press(key), live.textContent());
  return { page, problems, card, press };
}

test("the compare view of Leeds from the published files: keys across the grid and T at 1,000 px", async (t) => {
  if (!realData) return t.skip("../shared/real-data is not beside this checkout (CI always has it)");
  const { page, problems, card, press } = await walk(1000);
  assert.match(await card.locator(".card__file").textContent(), /DfE's published files/);
  assert.match(await card.locator(".council-chart__keys").textContent(), /Up and Down to change indicators/);
  // The first key: Leeds's own cell of the first row, its figure, rank among its neighbours.
  const leeds = await press("ArrowRight");
  assert.match(leeds, /^Children looked after per 10,000 children, 2025, Leeds: 85 per 10,000, 4th highest of 11 with its neighbours, 1 of 14$/, leeds);
  // Right across every area to England, the fourteenth.
  const along = [leeds];
  for (let i = 0; i < 13; i++) along.push(await press("ArrowRight"));
  assert.match(along.at(-1), /England: 67 per 10,000, 14 of 14$/, along.join("\n"));
  assert.ok(along.some((s) => /Neighbours' mean: 75.1 per 10,000/.test(s)), along.join("\n"));
  assert.ok(along.some((s) => /Yorkshire and The Humber: 77 per 10,000/.test(s)), along.join("\n"));
  // Down: the next indicator, with a band for each council.
  const leavers = await press("ArrowDown");
  assert.match(leavers, /^Care leavers aged 19 to 21 in suitable accommodation, 2025, /, leavers);
  const home = await press("Home");
  assert.match(home, /Leeds: 81%, Band D among 149 councils, 8th of 11 with its neighbours, 1 of 14$/, home);
  // T: one table, a row per indicator, a column per area.
  await page.keyboard.press("t");
  const table = card.locator("table");
  await table.waitFor({ state: "visible" });
  assert.equal(await table.locator("tbody tr").count(), 7);
  const heads = await table.locator("thead th").allTextContents();
  assert.equal(heads.length, 2 + 14 + 2, heads.join(" | "));
  assert.deepEqual(heads.slice(0, 3), ["Indicator", "Period", "Leeds"]);
  assert.ok(heads.includes("Neighbours' mean") && heads.includes("England"), heads.join(" | "));
  assert.deepEqual(problems, []);
  await page.close();
});

test("at 320 px the neighbours collapse to their mean on the canvas, and the table keeps every one", async (t) => {
  if (!realData) return t.skip("../shared/real-data is not beside this checkout (CI always has it)");
  const { page, problems, card, press } = await walk(320);
  const leeds = await press("ArrowRight");
  assert.match(leeds, /Leeds: 85 per 10,000, 4th highest of 11 with its neighbours, 1 of 4$/, leeds);
  const along = [leeds];
  for (let i = 0; i < 3; i++) along.push(await press("ArrowRight"));
  assert.deepEqual(along.map((s) => /, 2025, ([^:]+): /.exec(s)?.[1]), ["Leeds", "Neighbours' mean", "Yorkshire and The Humber", "England"], along.join("\n"));
  await page.keyboard.press("t");
  const heads = await card.locator("table thead th").allTextContents();
  assert.equal(heads.length, 18, "every neighbour's column is still in the table");
  // The page does not scroll sideways: the table scrolls in its own box.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  assert.deepEqual(problems, []);
  await page.close();
});

test("printed to A4, the compare view's table fits the page: its last column is on the paper", async (t) => {
  if (!realData) return t.skip("../shared/real-data is not beside this checkout (CI always has it)");
  const { page } = await walk(1000);
  const dir = mkdtempSync(join(tmpdir(), "council-compare-"));
  try {
    await page.evaluate(() => {
      // Only the compare card, as a committee pack would hold it.
      for (const el of document.querySelectorAll("main > *, header, footer")) if (!el.contains(document.getElementById("compare"))) el.style.display = "none";
      for (const el of document.querySelectorAll("section > *")) if (!el.contains(document.getElementById("compare")) && el.id !== "compare") el.style.display = "none";
    });
    const pdf = join(dir, "compare.pdf");
    await page.pdf({ path: pdf, format: "A4", margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" } });
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
    assert.match(text, /Leeds beside its statistical neighbours/);
    // The table's last columns (England, the rank, the trend) printed, not cut at the edge:
    // every word of their headings, England's figure of the last row and its rank.
    for (const words of [/Rank/, /Recent/, /704,430/, /highest/]) assert.match(text, words);
    // Nothing printed past the page's right margin (A4 is 595 pt wide, 15 mm is 42.5 pt).
    const boxes = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8" });
    const right = Math.max(...[...boxes.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    assert.ok(right <= 595 - 42.5 + 1, `the rightmost word ends at ${right} pt`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await page.close();
  }
});

test("<council-chart kind=\"scorecard\" view=\"compare\"> on a CMS page: items from a file, neighbours named in its options, under the strict CSP", async () => {
  const { cpSync, writeFileSync } = await import("node:fs");
  const { startServer } = await import("./harness.mjs");
  const dir = mkdtempSync(join(tmpdir(), "council-compare-element-"));
  cpSync(join(root, "www", "data", "kpi-every-council-illustrative.csv"), join(dir, "every-council.csv"));
  const items = JSON.stringify([{ src: "every-council.csv", options: { indicator: "rate_per_10000", title: "Children looked after per 10,000 children", polarity: "lower-is-better", filters: { population_type: "Children looked after on 31 March each year" } } }]);
  const options = JSON.stringify({ council: "Eastborough", neighbours: ["Eastbury", "Eastfield", "Eastham"] });
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Compare</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/npm/council-charts.css"><script type="module" src="/npm/element.js"></script></head>
<body><main><council-chart kind="scorecard" view="compare" options='${options}'><script type="application/json">${items}</script></council-chart></main></body></html>`);
  const site = await startServer(["--site", dir, "--csp"]);
  const page = await gallery.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  try {
    await page.goto(site.url);
    await page.waitForFunction(() => ["drawn", "error"].includes(document.querySelector("council-chart")?.dataset.state), null, { timeout: 20_000 });
    assert.equal(await page.$eval("council-chart", (e) => e.dataset.state), "drawn", problems.join("\n"));
    const said = await page.$eval("council-chart", (e) => e.chart.describe());
    assert.match(said, /^Eastborough beside its 3 statistical neighbours on 1 indicator\. /, said);
    const name = await page.locator("canvas.council-chart__canvas").getAttribute("aria-label");
    assert.match(name, /^Benchmarking table of the council and its statistical neighbours: /, name);
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
