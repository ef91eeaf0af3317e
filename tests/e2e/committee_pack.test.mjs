// A committee pack printed: a page of two charts and a spine scorecard of 24 indicators is
// printed to PDF by Chromium (A4, 15 mm margins) and read back with poppler's pdfinfo,
// pdftotext and pdftoppm. Its pages are A4; each chart's title and source fall on one page;
// the spine prints in strips cut between its rows; the text holds every title, each chart's
// summary and what it was compared with; and a page rendered as PNG has ink on it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, libraryPage, root } from "./harness.mjs";

// 24 made-up indicators, each with 40 councils' figures in two years (a seeded generator).
function indicators() {
  let seed = 11;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const councils = Array.from({ length: 40 }, (_, i) => (i === 0 ? "Northshire" : `Council ${i}`));
  return Array.from({ length: 24 }, (_, n) => {
    const periods = ["2023/24", "2024/25"];
    const field = periods.map((period) => ({ period, values: councils.map((council) => ({ council, value: Math.round(200 + 600 * next()) / 10 })) }));
    const own = field.map(({ period, values }) => ({ period, value: values[0].value }));
    return {
      title: `Illustrative indicator ${n + 1}`,
      unit: "%",
      polarity: n % 3 === 2 ? "neutral" : n % 2 ? "lower-is-better" : "higher-is-better",
      source: "Illustrative figures made up for this test",
      series: [{ name: "Northshire", points: own }],
      councils: field,
    };
  });
}

test("a page of two charts and a spine scorecard prints to A4 as a committee pack", async () => {
  const site = await libraryPage();
  const browser = await launchBrowser();
  const folder = mkdtempSync(join(tmpdir(), "council-pack-"));
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready);
    const plan = JSON.parse(readFileSync(join(root, "tests/fixtures/funding/funding-temporary-investment.json"), "utf8"));
    const kpi = JSON.parse(readFileSync(join(root, "tests/fixtures/kpi/kpi-children-looked-after.json"), "utf8"));
    const said = await page.evaluate(({ plan, kpi, items }) => {
      const { fundingChart, kpiChart, kpiScorecard } = window.library;
      const main = document.getElementById("main");
      const block = () => main.appendChild(document.createElement("section"));
      const charts = [
        kpiChart(block(), kpi, { accessed: "2026-12-02" }),
        fundingChart(block(), plan),
        kpiScorecard(block(), items, { view: "spine", order: "exceptions", accessed: "2026-12-02", toolbar: true }),
      ];
      window.pack = charts;
      return charts.map((c) => c.describe());
    }, { plan, kpi, items: indicators() });

    const pdf = join(folder, "pack.pdf");
    await page.pdf({ path: pdf, format: "A4", margin: { top: "15mm", right: "15mm", bottom: "15mm", left: "15mm" } });
    assert.deepEqual(problems, []);
    // Afterwards the page is as it was: no strips, the canvas back, the buttons back.
    assert.equal(await page.locator(".council-chart__strip").count(), 0);
    assert.equal(await page.locator(".council-chart__toolbar").first().evaluate((t) => getComputedStyle(t).display), "flex");

    const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
    assert.match(info, /Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/, info);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
    assert.ok(pages >= 2, `${pages} pages`);
    const pageText = (n) => execFileSync("pdftotext", ["-layout", "-f", String(n), "-l", String(n), pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const texts = Array.from({ length: pages }, (_, i) => pageText(i + 1));
    const all = texts.join(" ");
    // Every title, the spine's comparison line and the date the data were taken.
    for (const title of ["Children looked after per 10,000 children", plan.title, "Where Northshire stands on 24 indicators"]) {
      assert.ok(all.includes(title), `the PDF's text holds "${title}"`);
    }
    assert.match(all, /Each bar compares the 40 councils with a figure in its row's period/);
    assert.match(all, /Data accessed 2 December 2026/);
    // Each chart's summary in words is printed under it (its first sentence at least).
    for (const words of said) {
      const first = words.split(". ")[0].replace(/\s+/g, " ");
      assert.ok(all.includes(first.slice(0, 60)), `the summary "${first.slice(0, 60)}" is printed`);
    }
    // No buttons on paper.
    for (const button of ["Download CSV", "Show data table", "Copy image"]) assert.ok(!all.includes(button), `"${button}" is not printed`);
    // The two small charts each begin and end on one page: title and source together.
    const pageOf = (needle) => texts.findIndex((t) => t.includes(needle));
    for (const [title, source] of [[plan.title, plan.source], [kpi.title, kpi.source]]) {
      const start = pageOf(title);
      assert.ok(start >= 0, `"${title}" is printed`);
      assert.equal(pageOf(`Source: ${source.slice(0, 30)}`), start, `"${title}" and its source print on one page`);
    }

    // The spine printed as strips, each a whole piece of the picture no taller than a page.
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    const strips = await page.locator(".council-chart__strip").evaluateAll((list) => list.map((c) => c.getBoundingClientRect().height));
    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    assert.equal(strips.length, 24, "a strip per row (the key and headings with the first)");
    const pageHeight = ((297 - 30) / 25.4) * 96;
    assert.ok(strips.every((h) => h > 20 && h < pageHeight), `strips ${strips.map(Math.round)}`);

    // One page as an image, for a person to look at, with ink on it.
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdf, join(folder, "page")]);
    const png = join(folder, "page-1.png");
    assert.ok(statSync(png).size > 10_000, "page 1 renders");
    if (process.env.KEEP_PACK) writeFileSync(process.env.KEEP_PACK, readFileSync(pdf));
  } finally {
    await browser.close();
    site.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
