// The gallery as a user sees it, in Debian's Chromium at devicePixelRatio 2.
// A broken release build (such as Debian's wasm-opt 108) fails here, at page load.
import { test } from "node:test";
import assert from "node:assert/strict";
import { inkedIn, inkedPixels, openPage, useGallery } from "./harness.mjs";

const gallery = useGallery();

test("every gallery chart renders crisp at devicePixelRatio 2, with no console errors", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.galleryError), undefined);
  const sizes = await page.$$eval("canvas.council-chart__canvas", (canvases) =>
    canvases.map((c) => ({ backing: [c.width, c.height], css: [c.getBoundingClientRect().width, c.getBoundingClientRect().height], tile: c.closest(".council-scorecard__tile") !== null })));
  assert.equal(sizes.length, 40, "six KPI charts, four scorecard tiles, a spine, a compare view, four sparklines, five judgement charts, five funding charts, four charts of data as published, three of where a council stands, three maps and four themed charts");
  for (const [i, { backing, css, tile }] of sizes.entries()) {
    assert.ok(css[0] > 150, `chart ${i} is ${css[0]} CSS px wide`);
    assert.deepEqual(backing, css.map((v) => Math.round(v * 2)), `chart ${i}: canvas backing store is twice its CSS size`);
    // A tile's canvas holds its sparkline alone (its words are text): one value is one dot.
    assert.ok((await inkedPixels(page, "canvas.council-chart__canvas", i)) > (tile ? 40 : 300), `chart ${i} has something drawn`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("hovering the latest point shows its period, series and value, on the overlay only", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url);
  const overlay = page.locator("canvas.council-chart__overlay").first();
  // The overlay is made at the first pointer: the chart canvas under it gives the place.
  const picture = page.locator("canvas.council-chart__canvas").first();
  const tooltip = page.locator(".council-chart__tooltip").first();
  const box = await picture.boundingBox();
  const chartBefore = await page.$eval("canvas.council-chart__canvas", (c) => c.toDataURL());

  // Sweep in from the right, near the top of the plot, as a reader would move the mouse.
  let found = false;
  for (let x = box.x + box.width - 1; x > box.x && !found; x -= 6) {
    await page.mouse.move(x, box.y + 25);
    found = await tooltip.isVisible();
  }
  assert.ok(found, "a tooltip appeared");
  assert.equal(await tooltip.locator(".council-chart__tooltip-heading").textContent(), "2016/17");
  assert.deepEqual(await tooltip.locator(".council-chart__tooltip-line").allTextContents(), [
    "Our council: 67 per 10,000",
    "Off target: 7 above target",
  ]);
  assert.ok((await inkedPixels(page, "canvas.council-chart__overlay")) > 50, "the highlight is drawn on the overlay");
  const chartAfter = await page.$eval("canvas.council-chart__canvas", (c) => c.toDataURL());
  assert.ok(chartAfter === chartBefore, "hover did not repaint the chart canvas");

  await page.mouse.move(2, 2);
  assert.equal(await tooltip.isVisible(), false, "the tooltip goes when the pointer leaves");
  assert.equal(await inkedPixels(page, "canvas.council-chart__overlay"), 0, "and so does the highlight");
  assert.deepEqual(problems, []);
  await page.close();
});

test("hovering a judgement cell shows its area, inspection, grade and movement", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url);
  const figure = page.locator("figure.council-chart", { hasText: "From inadequate to requires improvement" }).first();
  const overlay = figure.locator("canvas.council-chart__overlay");
  // The overlay is made at the first pointer: the chart canvas under it gives the place.
  const picture = figure.locator("canvas.council-chart__canvas");
  const tooltip = figure.locator(".council-chart__tooltip");
  await picture.scrollIntoViewIfNeeded();
  const box = await picture.boundingBox();
  // The bottom row is "Overall effectiveness"; the right-hand column is the 2023 inspection.
  let found = false;
  for (let y = box.y + box.height - 1; y > box.y && !found; y -= 4) {
    await page.mouse.move(box.x + box.width - 30, y);
    found = (await tooltip.isVisible()) && (await tooltip.locator(".council-chart__tooltip-heading").textContent()) === "Overall effectiveness";
  }
  assert.ok(found, "the Overall effectiveness row shows a tooltip");
  assert.deepEqual(await tooltip.locator(".council-chart__tooltip-line").allTextContents(), [
    "2023: Requires improvement to be good",
    "Improved from Inadequate (2019)",
  ]);
  const pasted = page.locator("figure.council-chart", { hasText: "Ofsted judgements, 2019 and 2023" });
  assert.equal(await pasted.locator("canvas.council-chart__canvas").getAttribute("aria-label"), "Grid of inspection grades: Ofsted judgements, 2019 and 2023");
  assert.match(await pasted.locator(".council-chart__description").textContent(),
    /Overall effectiveness improved from Inadequate \(2019\) to Requires improvement to be good \(2023\)\./);
  assert.deepEqual(problems, []);
  await page.close();
});

test("hovering a funding bar segment shows its line, column and amount", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url);
  const card = page.locator('article[data-chart="funding"]:not([data-view])').first();
  const overlay = card.locator("canvas.council-chart__overlay");
  // The overlay is made at the first pointer: the chart canvas under it gives the place.
  const picture = card.locator("canvas.council-chart__canvas");
  const tooltip = card.locator(".council-chart__tooltip");
  await picture.scrollIntoViewIfNeeded();
  const box = await picture.boundingBox();
  const chartBefore = await card.locator("canvas.council-chart__canvas").evaluate((c) => c.toDataURL());
  // Sweep the lower part of the plot, where each bar's largest piece sits, for the Planned bar.
  let lines = [];
  search: for (let y = box.y + box.height - 40; y > box.y + box.height - 100; y -= 15) {
    for (let x = box.x + 40; x < box.x + box.width; x += 6) {
      await page.mouse.move(x, y);
      if (!(await tooltip.isVisible())) continue;
      lines = await tooltip.locator(".council-chart__tooltip-line").allTextContents();
      if (lines[0]?.startsWith("Planned 2020/21")) break search;
    }
  }
  assert.equal(await tooltip.locator(".council-chart__tooltip-heading").textContent(), "Practice Improvement/Behaviour Change Programme");
  assert.deepEqual(lines, ["Planned 2020/21: £3.0m"]);
  assert.ok((await inkedIn(overlay)) > 50, "the segment is outlined on the overlay");
  assert.equal(await card.locator("canvas.council-chart__canvas").evaluate((c) => c.toDataURL()), chartBefore, "hover did not repaint the chart");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a funding plan that does not add up still draws, and says where, as text", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url);
  const card = page.locator('article[data-src="data/funding-pasted.csv"]');
  assert.ok((await inkedIn(card.locator("canvas.council-chart__canvas"))) > 5000, "the pasted plan is drawn");
  assert.deepEqual(await card.locator(".council-chart__note").allTextContents(), [
    "Checked: 1 figure does not add up.",
    'Does not add up: Subtotal of "Temporary additional capacity (service & corporate); retention offer" in "Planned 2020/21": printed 2,701 but its 3 lines sum to 2,710; difference 9.',
    'Shortfall: "Total requirement" in "Planned 2020/21" (12,334) is more than the available funding (12,011); shortfall 323.',
  ]);
  const findings = await page.evaluate(async () => {
    const { checkFundingPlan } = await import("./pkg/council_charts.js");
    const csv = await (await fetch("data/funding-pasted.csv")).text();
    const shared = await (await fetch("data/funding-temporary-investment.json")).json();
    return { csv: checkFundingPlan(csv).map((f) => `${f.level} ${f.path}`), shared: checkFundingPlan(shared) };
  });
  assert.deepEqual(findings, { csv: ["error sections[1].subtotal[0]", "warning available.values[0]"], shared: [] });
  assert.deepEqual(problems, []);
  await page.close();
});

test("bad data gives an Error naming its path, and the next chart still renders", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url);
  assert.equal(
    await page.locator("#bad-data .error-message").textContent(),
    'series[0].points[1].value: expected a number or null, found the text "abc"',
  );
  const outcome = await page.evaluate(async () => {
    const { kpiChart } = await import("./pkg/council_charts.js");
    const host = document.createElement("div");
    document.body.append(host);
    let thrown;
    try {
      kpiChart(host, { title: "T", series: [{ name: "A", points: [{ period: "2019/20", value: [1] }] }] });
    } catch (error) {
      thrown = { isError: error instanceof Error, message: error.message, added: host.childElementCount };
    }
    const chart = kpiChart(host, { title: "Next", series: [{ name: "A", points: [{ period: "2019/20", value: 1 }, { period: "2020/21", value: 3 }] }] });
    return { thrown, next: chart.describe() };
  });
  assert.deepEqual(outcome.thrown, {
    isError: true,
    message: "series[0].points[0].value: expected a number or null, found a list of 1 item(s)",
    added: 0,
  });
  assert.equal(outcome.next, "Next. A: 3 in 2020/21, up 2 from 1 in 2019/20.");
  assert.deepEqual(problems, []);
  await page.close();
});

test("three series of 55,550 values draw, and hover finds a point on the overlay only", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url);
  const card = page.locator("#long-series");
  const canvas = card.locator("canvas.council-chart__canvas");
  await canvas.scrollIntoViewIfNeeded();
  assert.ok((await inkedIn(canvas)) > 20000, "the long lines are drawn");
  console.log(`# long series drawn in ${await card.getAttribute("data-drawn-in-ms")} ms (mount, in the page; not asserted)`);
  const before = await canvas.evaluate((c) => c.toDataURL());
  const overlay = card.locator("canvas.council-chart__overlay");
  // The overlay is made at the first pointer: the chart canvas under it gives the place.
  const picture = card.locator("canvas.council-chart__canvas");
  const tooltip = card.locator(".council-chart__tooltip");
  const box = await picture.boundingBox();
  for (let x = box.x + box.width / 2; x < box.x + box.width && !(await tooltip.isVisible()); x += 5) await page.mouse.move(x, box.y + box.height / 2);
  assert.match(await tooltip.locator(".council-chart__tooltip-heading").textContent(), /^\d{1,2} [A-Z][a-z]{2} \d{4}$/, "a day's date heads the tooltip");
  assert.match((await tooltip.locator(".council-chart__tooltip-line").allTextContents())[0], /^Series [ABC]: [\d,.]+$/);
  assert.ok((await inkedIn(overlay)) > 50, "the highlight is on the overlay");
  assert.equal(await canvas.evaluate((c) => c.toDataURL()), before, "hover did not repaint the chart");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the scorecard reflows from one column at 320 px to four wide, and no tile's text overflows", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { width: 1400 });
  const layout = () => page.$$eval(".council-scorecard__tile", (tiles) => tiles.map((t) => {
    const r = t.getBoundingClientRect();
    const title = t.querySelector(".council-chart__title");
    return { x: Math.round(r.x), y: Math.round(r.y), right: r.right, bottom: r.bottom, titleFits: title.scrollWidth <= title.clientWidth,
      canvasFits: t.querySelector("canvas").getBoundingClientRect().right <= r.right + 0.5 };
  }));
  const columns = (tiles) => new Set(tiles.map((t) => t.x)).size;
  const overlaps = (tiles) => tiles.some((a, i) => tiles.some((b, j) => i < j && a.x < b.right && b.x < a.right && a.y < b.bottom && b.y < a.bottom));
  let tiles = await layout();
  assert.equal(tiles.length, 4);
  assert.equal(columns(tiles), 4, "four tiles side by side on a wide screen");
  assert.ok(!overlaps(tiles) && tiles.every((t) => t.titleFits && t.canvasFits), JSON.stringify(tiles));
  assert.equal(await page.locator(".council-scorecard").evaluate((ul) => ul.tagName), "UL", "the tiles are a list");

  await page.setViewportSize({ width: 320, height: 900 });
  await page.waitForFunction(() => [...document.querySelectorAll(".council-scorecard__tile canvas")].every((c) => c.getBoundingClientRect().width < 300));
  tiles = await layout();
  assert.equal(columns(tiles), 1, "one column at 320 px");
  assert.ok(!overlaps(tiles) && tiles.every((t) => t.titleFits && t.canvasFits), JSON.stringify(tiles));

  const tooltip = page.locator(".council-scorecard__tile .council-chart__tooltip").first();
  const overlay = page.locator(".council-scorecard__tile canvas.council-chart__overlay").first();
  // The overlay is made at the first pointer: the chart canvas under it gives the place.
  const picture = page.locator(".council-scorecard__tile canvas.council-chart__canvas").first();
  await picture.scrollIntoViewIfNeeded();
  const box = await picture.boundingBox();
  for (let x = box.x + box.width - 2; x > box.x && !(await tooltip.isVisible()); x -= 4) await page.mouse.move(x, box.y + box.height - 20);
  assert.equal(await tooltip.locator(".council-chart__tooltip-heading").textContent(), "Q2 2020/21");
  assert.deepEqual(await tooltip.locator(".council-chart__tooltip-line").allTextContents(), ["Caseload: 19", "Near target: 1 above target"]);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the keyboard reaches every chart and walks its data, announcing each move", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url);
  const announce = async (card, key) => {
    await page.keyboard.press(key);
    return card.locator(".council-chart__live").textContent();
  };
  // A judgement grid: right along an area's inspections, down to the next area.
  const grid = page.locator('article[data-chart="judgement"]:not([data-view])').first();
  await grid.locator("canvas.council-chart__canvas").focus();
  const heading = () => grid.locator(".council-chart__tooltip-heading").textContent();
  const first = await announce(grid, "ArrowRight");
  const area = await heading();
  const second = await announce(grid, "ArrowRight");
  const below = await announce(grid, "ArrowDown");
  const nextArea = await heading();
  // The grade first; the area's name on entering it, not on every step along it.
  assert.match(first, /^2019: [A-Z]/, first);
  assert.ok(first.includes(`, ${area}, `), `the area is named on entering it: ${first}`);
  assert.ok(!second.includes(area), `right stays on the area, not named again: ${second}`);
  assert.notEqual(nextArea, area, "down moves to the next area");
  assert.ok(below.includes(`, ${nextArea}, `), `and names it: ${below}`);
  assert.equal(below.split(":")[0], second.split(":")[0], "at the same inspection");
  assert.ok(await grid.locator(".council-chart__tooltip").isVisible(), "the tooltip follows the cursor");

  // A funding waterfall: every row, start total to end total, with Right alone.
  const waterfall = page.locator('article[data-chart="funding"][data-view="waterfall"]');
  await waterfall.locator("canvas.council-chart__canvas").focus();
  const said = [];
  for (let i = 0; i < 12; i++) said.push(await announce(waterfall, "ArrowRight"));
  // Money is said in full ("£5.5 million"; eSpeak reads "£5.5m" as "pound five point five em").
  assert.equal(said[0], "Planned 2020/21 (total), Lines sum to £5.5 million, 1 of 10");
  assert.equal(said[9], "Projected 2020/21 (total), Lines sum to £2.7 million, 10 of 10");
  const end = "End of the series: 10 of 10, the last.";
  assert.deepEqual(said.slice(10), [end, end], "the cursor stops at the last row, and says so");
  assert.equal(new Set(said.slice(0, 10)).size, 10, "ten rows: two totals and eight changes");
  await page.keyboard.press("Escape");
  assert.equal(await waterfall.locator(".council-chart__tooltip").isVisible(), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test("charts redraw to fit when the window narrows to 320 CSS px", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url);
  await page.setViewportSize({ width: 320, height: 900 });
  await page.waitForFunction(() => [...document.querySelectorAll("canvas.council-chart__canvas")].every((c) => c.getBoundingClientRect().width <= 300));
  const sizes = await page.$$eval("canvas.council-chart__canvas", (canvases) => canvases.map((c) => [c.width, c.getBoundingClientRect().width]));
  for (const [backing, css] of sizes) assert.equal(backing, Math.round(css * 2));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "nothing sticks out sideways at 320 px");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a tile's words are text, and WCAG 1.4.12's text spacing clips none of them, at 320 and 1,000 px", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { width: 1000, scale: 1 });
  const first = page.locator(".council-scorecard__tile").first();
  assert.equal(await first.locator(".council-chart__figure").textContent(), "19");
  assert.equal(await first.locator(".council-chart__period").textContent(), "Q2 2020/21");
  assert.equal(await first.locator(".council-chart__change").textContent(), "down 2 since Q1 2020/21 (better)");
  assert.equal(await first.locator(".council-chart__status").textContent(), "Near target: 1 above target");
  // The arrow and the status mark are drawings beside the words, hidden from screen readers.
  assert.equal(await first.locator(".council-chart__glyph").count(), 2);
  assert.deepEqual(await first.locator(".council-chart__glyph").evaluateAll((cs) => cs.map((c) => c.getAttribute("aria-hidden"))), ["true", "true"]);
  // Each is a small SVG of the scene's shapes (an arrow, a triangle for near target), 18 px
  // square, in the theme's colours: vector, so it stays sharp when the reader zooms.
  const glyphs = await first.locator(".council-chart__glyph").evaluateAll((gs) => gs.map((g) => ({
    tag: g.tagName, box: [g.getBoundingClientRect().width, g.getBoundingClientRect().height],
    shapes: [...g.children].map((s) => s.tagName), fill: g.firstElementChild?.getAttribute("fill"),
  })));
  assert.deepEqual(glyphs.map((g) => [g.tag, g.box, g.shapes]), [["svg", [18, 18], ["polygon"]], ["svg", [18, 18], ["polygon"]]]);
  for (const g of glyphs) assert.match(g.fill, /^#[0-9a-f]{6}$/i, "a glyph is filled with a theme colour");
  // The text-spacing bookmarklet's styles (line height 1.5, paragraphs 2 em apart, letters
  // 0.12 em, words 0.16 em), as a reader's own stylesheet would set them.
  await page.addStyleTag({ content: "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }" });
  for (const width of [1000, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const clipped = await page.$$eval(".council-scorecard__tile", (tiles) =>
      tiles.flatMap((tile) => {
        const box = tile.getBoundingClientRect();
        const canvas = tile.querySelector("canvas.council-chart__canvas").getBoundingClientRect();
        const words = [...tile.querySelectorAll(".council-chart__words p, .council-chart__words span")];
        const found = words.filter((w) => {
          const r = w.getBoundingClientRect();
          return w.scrollWidth > w.clientWidth + 1 || r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.bottom > canvas.top + 0.5;
        });
        return found.map((w) => `${w.textContent} (${Math.round(w.getBoundingClientRect().width)} px in a ${Math.round(box.width)} px tile)`);
      }),
    );
    assert.deepEqual(clipped, [], `at ${width} px`);
    assert.ok(await page.$$eval(".council-scorecard__tile .council-chart__words p", (ps) => ps.length >= 12), "every tile's words measured");
  }
  assert.deepEqual(problems, []);
  await page.close();
});
