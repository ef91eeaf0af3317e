// WCAG checks with axe-core over the gallery, in the states a reader can put it in: as loaded,
// at 320 CSS px (400% zoom), with every data table shown, and with a tooltip up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, root, useGallery } from "./harness.mjs";

const gallery = useGallery();

async function violations(page) {
  await page.addScriptTag({ path: `${root}tools/node_modules/axe-core/axe.min.js` });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
}

test("axe-core finds no WCAG 2.2 AA violations in the gallery, as loaded and at 320 px", async () => {
  for (const width of [1280, 320]) {
    const { page, problems } = await openPage(gallery.browser, gallery.server.url, { width, scale: 1 });
    assert.deepEqual(await violations(page), [], `at ${width} px`);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test("axe-core finds none with every data table shown and a tooltip up", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const buttons = page.locator(".council-chart__table-button:visible");
  const count = await buttons.count();
  assert.ok(count >= 15, `${count} table buttons`);
  for (let i = 0; i < count; i++) await buttons.nth(i).click();
  assert.equal(await page.locator('.council-chart__table-button[aria-expanded="true"]').count(), count);
  const chart = page.locator('article[data-chart="kpi"] canvas.council-chart__canvas').first();
  await chart.focus();
  await page.keyboard.press("ArrowRight");
  assert.ok(await page.locator('article[data-chart="kpi"] .council-chart__tooltip').first().isVisible());
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(problems, []);
  await page.close();
});

// A pointer hover that shows the first KPI chart's tooltip; returns the tooltip's locator.
async function hoverAPoint(page) {
  const card = page.locator('article[data-chart="kpi"]').first();
  const overlay = card.locator("canvas.council-chart__overlay");
  const tooltip = card.locator(".council-chart__tooltip");
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  for (let x = box.x + 40; x < box.x + box.width / 2 && !(await tooltip.isVisible()); x += 6) await page.mouse.move(x, box.y + box.height / 2);
  assert.ok(await tooltip.isVisible(), "a tooltip is up");
  return tooltip;
}

test("a tooltip can be dismissed with Escape, hovered, and stays until the pointer leaves both", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  let tooltip = await hoverAPoint(page);
  await page.keyboard.press("Escape");
  assert.equal(await tooltip.isVisible(), false, "Escape dismissed it without moving the pointer");

  tooltip = await hoverAPoint(page);
  const heading = await tooltip.locator(".council-chart__tooltip-heading").textContent();
  const tip = await tooltip.boundingBox();
  await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 8 });
  assert.ok(await tooltip.isVisible(), "the pointer can rest on the tooltip");
  await page.mouse.move(tip.x + tip.width / 2 + 2, tip.y + tip.height / 2 + 1);
  assert.ok(await tooltip.isVisible(), "and move about on it");
  assert.ok((await tooltip.locator(".council-chart__tooltip-heading").textContent()).length > 0, heading);
  await page.mouse.move(2, 2);
  assert.equal(await tooltip.isVisible(), false, "leaving both chart and tooltip hides it");
  assert.deepEqual(problems, []);
  await page.close();
});

test("on a touch screen a tap shows a tooltip and a tap elsewhere hides it", async () => {
  const context = await gallery.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(gallery.server.url);
  await page.waitForFunction(() => document.documentElement.dataset.galleryReady);
  const card = page.locator('article[data-chart="kpi"]').first();
  const overlay = card.locator("canvas.council-chart__overlay");
  const tooltip = card.locator(".council-chart__tooltip");
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  await page.touchscreen.tap(box.x + box.width * 0.6, box.y + box.height / 2);
  assert.ok(await tooltip.isVisible(), "a tap on the chart shows the nearest datum");
  assert.match(await tooltip.locator(".council-chart__tooltip-heading").textContent(), /^20\d\d\/\d\d$/);
  const title = await card.locator(".council-chart__title").boundingBox();
  await page.touchscreen.tap(title.x + 5, title.y + 5);
  assert.equal(await tooltip.isVisible(), false, "a tap elsewhere hides it");
  await context.close();
});

test("the accessibility tree gives every chart its name, its description and its data table", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const value = (n, key) => n[key]?.value ?? "";
  const images = nodes.filter((n) => value(n, "role") === "image" && !n.ignored);
  const charts = await page.$$eval("canvas.council-chart__canvas", (cs) => cs.map((c) => c.getAttribute("aria-label")));
  for (const description of charts) {
    assert.ok(images.some((n) => value(n, "name") === description), `a chart image named by its description: ${description.slice(0, 60)}`);
  }
  const figures = nodes.filter((n) => value(n, "role") === "figure" && !n.ignored).map((n) => value(n, "name"));
  const titles = await page.$$eval(".council-chart__title", (ts) => ts.map((t) => t.textContent));
  for (const title of titles) assert.ok(figures.includes(title), `a figure named "${title}"`);
  const tables = nodes.filter((n) => value(n, "role") === "table" && !n.ignored).map((n) => value(n, "name"));
  const captions = await page.$$eval(".council-chart__table caption", (cs) => cs.map((c) => c.textContent));
  assert.equal(captions.length, charts.length, "a table for every chart");
  for (const caption of captions) assert.ok(tables.includes(caption), `a table named by its caption "${caption}"`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the toolbar downloads the chart as CSV, PNG and SVG", async () => {
  const { readFile } = await import("node:fs/promises");
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const card = page.locator('article[data-src="data/funding-improvement-programme.json"]');
  const save = async (label) => {
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: label }).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };
  const csv = await save("Download CSV");
  assert.equal(csv.name, "improvement-programme-resource-plan.csv");
  const text = csv.bytes.toString("utf8");
  assert.ok(text.startsWith("\ufefftype,name,Planned 2020/21,Projected 2020/21,Variation,Plan 2021/22\n"), text.slice(0, 80));
  assert.match(text, /\ntotal,Total requirement,12843,10515,-2328,10700\n/);
  const png = await save("Download PNG");
  assert.equal(png.name, "improvement-programme-resource-plan.png");
  assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "a PNG");
  assert.ok(png.bytes.length > 20_000, `${png.bytes.length} bytes`);
  const svg = (await save("Download SVG")).bytes.toString("utf8");
  assert.match(svg, /<title>Improvement programme resource plan<\/title>/);
  assert.match(svg, /Checked: every subtotal and total adds up/, "the reconciliation is drawn into the picture");
  assert.deepEqual(problems, []);
  await page.close();
});

// Walks every datum of a chart with the keyboard, group by group: Home, then Right to the
// group's end, then Down; each announcement must say what the tooltip shows.
async function walkEveryDatum(page, card) {
  const canvas = card.locator("canvas.council-chart__canvas");
  const live = card.locator(".council-chart__live");
  const tooltip = card.locator(".council-chart__tooltip");
  await canvas.focus();
  const press = async (key) => {
    await page.keyboard.press(key);
    const said = await live.textContent();
    const shown = [await tooltip.locator(".council-chart__tooltip-heading").textContent(), ...(await tooltip.locator(".council-chart__tooltip-line").allTextContents())].join(", ");
    assert.equal(said, shown, "the announcement says what the tooltip shows");
    return said;
  };
  const heard = new Set();
  await press("ArrowRight");
  let groupStart = await press("Home");
  for (let groups = 0; groups < 200; groups++) {
    let previous = groupStart;
    heard.add(previous);
    for (let steps = 0; steps < 200; steps++) {
      const next = await press("ArrowRight");
      if (next === previous) break;
      heard.add(next);
      previous = next;
    }
    await press("ArrowDown");
    const nextStart = await press("Home");
    if (nextStart === groupStart || heard.has(nextStart)) break;
    groupStart = nextStart;
  }
  await page.keyboard.press("Escape");
  return heard;
}

test("the keyboard reaches every datum of each chart kind, and each announcement matches its tooltip", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  // Judgement grid: every cell (areas x inspections), judged or not.
  const grid = page.locator('article[data-chart="judgement"][data-src="data/judgements-journey.json"]:not([data-view])');
  const cells = await grid.locator(".council-chart__table tbody td").count();
  assert.equal((await walkEveryDatum(page, grid)).size, cells, `all ${cells} cells`);
  // KPI line: every point with a value, in every series.
  const kpi = page.locator('article[data-chart="kpi"]').first();
  const values = await kpi.locator(".council-chart__table tbody td").evaluateAll((tds) => tds.filter((td) => td.textContent !== "no value").length);
  assert.equal((await walkEveryDatum(page, kpi)).size, values, `all ${values} values`);
  // Funding waterfall: the two totals and every change (one datum per row).
  const waterfall = page.locator('article[data-chart="funding"][data-view="waterfall"]');
  assert.equal((await walkEveryDatum(page, waterfall)).size, 10);
  // Funding stacked: each piece of each bar, and nothing said twice.
  const stacked = page.locator('article[data-chart="funding"][data-src="data/funding-temporary-investment.json"]:not([data-view])');
  const pieces = await walkEveryDatum(page, stacked);
  assert.ok(pieces.size >= 4 * 4, `${pieces.size} pieces across four bars`);
  assert.deepEqual(problems, []);
  await page.close();
});
