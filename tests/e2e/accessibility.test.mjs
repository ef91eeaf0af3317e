// WCAG checks with axe-core over the gallery, in the states a reader can put it in: as loaded,
// at 320 CSS px (400% zoom), with every data table shown, and with a tooltip up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, pixelsOf, root, useGallery } from "./harness.mjs";

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
  // The overlay is made at the first pointer: the chart canvas under it gives the place.
  const picture = card.locator("canvas.council-chart__canvas");
  const tooltip = card.locator(".council-chart__tooltip");
  await picture.scrollIntoViewIfNeeded();
  const box = await picture.boundingBox();
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
  // The overlay is made at the first pointer: the chart canvas under it gives the place.
  const picture = card.locator("canvas.council-chart__canvas");
  const tooltip = card.locator(".council-chart__tooltip");
  await picture.scrollIntoViewIfNeeded();
  const box = await picture.boundingBox();
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
  // Each chart's canvas is a slider described as a chart: heard on Tab in Orca, and given the
  // arrow keys in focus mode (README, "Screen readers"; scripts/screen-reader.sh).
  const images = nodes.filter((n) => value(n, "role") === "slider" && !n.ignored);
  // Each chart as the page holds it: its canvas's title, kind and view, and the summary the
  // library gives (the same text as describe(), read from the page's own element).
  const charts = await page.$$eval("canvas.council-chart__canvas", (cs) =>
    cs.map((c) => {
      const figure = c.closest("figure");
      const headline = document.getElementById(c.getAttribute("aria-describedby"));
      const summary = figure.querySelector(".council-chart__description");
      const keys = figure.querySelector(".council-chart__keys");
      return { label: c.getAttribute("aria-label"), title: figure.querySelector(".council-chart__title").textContent, headline: headline.textContent, summary: summary.textContent, keys: keys.textContent, inPlot: summary.parentElement.classList.contains("council-chart__plot") };
    }),
  );
  assert.ok(charts.length >= 20, `${charts.length} charts`);
  const kinds = new Set();
  for (const chart of charts) {
    // A short name that identifies the picture ("Line chart: <title>", a long title cut with
    // "…"), and as its description the headline and the hint: at most 60 words on focus. The
    // whole summary and the keys' sentence are text on the page, read once in browse mode.
    const rest = chart.label.split(": ").slice(1).join(": ");
    assert.ok(rest === chart.title || (rest.endsWith("…") && chart.title.startsWith(rest.slice(0, -1))), `named by its title: ${chart.label}`);
    const image = images.find((n) => value(n, "name") === chart.label && value(n, "description") === chart.headline);
    assert.ok(image, `a chart named by kind and title, described by its headline: ${chart.title}`);
    const onFocus = `${value(image, "name")} ${value(image, "description")}`.split(/\s+/).length;
    assert.ok(onFocus <= 60, `${onFocus} words on focus: ${chart.label}`);
    assert.match(chart.headline, /Press question mark for keys\.$/);
    const name = value(image, "name");
    assert.ok(name.length < 100, `a short name (${name.length} characters): ${name}`);
    assert.match(name, /^(Line chart|Sparkline|Bullet chart|Strip chart of every council|Scorecard tile|Grid of inspection grades|Chart of inspection grades over time|Bar chart of every council's grades|Stacked bar chart|Waterfall chart|Bar chart of two columns, line by line|Spine chart of every council|Benchmarking table of the council and its statistical neighbours|Hex map of every council|Hex map of every council's grade): /);
    kinds.add(name.split(": ")[0]);
    // The summary says more than the headline, and not the title again (the name has said it).
    assert.ok(chart.summary.length > 20, `a summary: ${chart.summary.slice(0, 60)}`);
    assert.ok(!chart.summary.startsWith(`${chart.title}. `), `the title not said again: ${chart.summary.slice(0, 60)}`);
    assert.match(chart.keys, /^Keys: arrow keys move (through the data|to the neighbouring council).*question mark repeats these keys\.$/);
  }
  assert.ok(kinds.size >= 10, `every kind and view: ${[...kinds].join(", ")}`);
  // The summaries are real text that browse mode reaches: not aria-hidden, in the tree.
  const texts = nodes.filter((n) => !n.ignored && ["StaticText", "generic"].includes(value(n, "role"))).map((n) => value(n, "name"));
  const gallerySummary = charts[0].summary;
  assert.ok(texts.includes(gallerySummary), "the first chart's summary is text in the accessibility tree");
  // Browse mode says each title once, as the chart's name: the figure is unnamed and the title
  // above the canvas is for the eye (out of the tree) unless options.headingLevel asks for a heading.
  const figures = nodes.filter((n) => value(n, "role") === "figure" && !n.ignored);
  assert.ok(figures.length >= charts.length, `${figures.length} figures`);
  assert.deepEqual(figures.map((n) => value(n, "name")).filter((name) => name !== ""), [], "no figure named");
  const titles = await page.$$eval(".council-chart__title", (ts) => ts.map((t) => [t.getAttribute("aria-hidden"), t.getAttribute("role")]));
  assert.ok(titles.every(([hidden, role]) => hidden === "true" || role === "heading"), "a title is for the eye, or a heading");
  // The gallery's cards ask for options.headingLevel 3: each such title is a heading of level 3.
  const headings = nodes.filter((n) => value(n, "role") === "heading" && !n.ignored).map((n) => value(n, "name"));
  const headed = await page.$$eval('.council-chart__title[role="heading"]', (ts) => ts.map((t) => [t.textContent, t.getAttribute("aria-level")]));
  assert.ok(headed.length >= 20, `${headed.length} chart titles are headings`);
  for (const [title, level] of headed) {
    assert.equal(level, "3", title);
    assert.ok(headings.includes(title), `a heading "${title}" in the tree`);
  }
  // A table for every chart: closed behind its "Show data table" button, out of the tree (so
  // browse mode reads no table after a button that says "collapsed"); where no button is
  // offered (a tile, a sparkline), in the tree for screen readers; once opened, in the tree.
  const tableNames = (all) => all.filter((n) => value(n, "role") === "table" && !n.ignored).map((n) => value(n, "name"));
  const tables = tableNames(nodes);
  const held = await page.$$eval(".council-chart__table", (boxes) =>
    boxes.map((box) => {
      const button = box.closest("figure").querySelector(".council-chart__table-button");
      return { caption: box.querySelector("caption")?.textContent, offered: !button.hidden };
    }),
  );
  assert.equal(held.length, charts.length, "a table for every chart");
  assert.ok(held.every((t) => t.caption), "every table built after the first paint");
  assert.ok(held.some((t) => t.offered) && held.some((t) => !t.offered), "charts with and without a table button");
  // Counted by caption: a line chart and a sparkline of the same figures share one.
  const count = (list, caption) => list.filter((c) => c === caption).length;
  for (const { caption } of held) {
    const unoffered = held.filter((t) => t.caption === caption && !t.offered).length;
    assert.equal(count(tables, caption), unoffered, `"${caption}": in the tree closed only where no button opens it`);
  }
  for (const button of await page.locator(".council-chart__table-button:visible").all()) await button.click();
  const opened = tableNames((await cdp.send("Accessibility.getFullAXTree")).nodes);
  for (const { caption } of held) assert.ok(opened.includes(caption), `a table named by its caption "${caption}" once opened`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the toolbar downloads the chart as CSV, PNG and SVG", async () => {
  const { readFile } = await import("node:fs/promises");
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  // Only the charts that ask for a toolbar show one.
  const asked = await page.$$eval("[data-options]", (cards) => cards.filter((c) => JSON.parse(c.dataset.options).toolbar).length);
  // ...and the spine and the compare view, drawn by the gallery's script with one each.
  assert.equal(await page.getByRole("button", { name: "Download CSV" }).count(), asked + 2, "a toolbar only where options.toolbar is true");
  const card = page.locator('article.card:not(.card--dark)[data-src="data/funding-improvement-programme.json"]');
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

test("Copy image puts the chart on the clipboard as a PNG, and says so when the browser refuses", async () => {
  const context = await gallery.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: gallery.server.url });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(gallery.server.url);
  await page.waitForFunction(() => document.documentElement.dataset.galleryReady);
  const card = page.locator('article.card:not(.card--dark)[data-src="data/funding-improvement-programme.json"]');
  await card.getByRole("button", { name: "Copy image" }).click();
  const status = card.locator(".council-chart__status");
  await page.waitForFunction((el) => el.textContent !== "", await status.elementHandle());
  assert.equal(await status.textContent(), "Copied: paste the chart into Word or PowerPoint.");
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const blob = await item.getType("image/png");
    return { types: item.types, size: blob.size, head: [...new Uint8Array(await blob.slice(0, 4).arrayBuffer())] };
  });
  assert.deepEqual(copied.types, ["image/png"]);
  assert.deepEqual(copied.head, [0x89, 0x50, 0x4e, 0x47], "a PNG");
  assert.ok(copied.size > 40_000, `${copied.size} bytes: at print resolution`);
  await context.close();
  // A browser that refuses: the toolbar says so and points at the download.
  const refusing = await gallery.browser.newContext();
  const other = await refusing.newPage();
  await other.addInitScript(() => {
    navigator.clipboard.write = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  await other.goto(gallery.server.url);
  await other.waitForFunction(() => document.documentElement.dataset.galleryReady);
  const refused = other.locator('article.card:not(.card--dark)[data-src="data/funding-improvement-programme.json"]');
  await refused.getByRole("button", { name: "Copy image" }).click();
  await other.waitForFunction(() => [...document.querySelectorAll(".council-chart__status")].some((s) => s.textContent !== ""));
  assert.equal(await refused.locator(".council-chart__status").textContent(), "This browser did not allow copying the image; use Download PNG instead.");
  await refusing.close();
  assert.deepEqual(problems, []);
});

// Walks every datum of a chart with the keyboard, group by group: Home, then Right to the
// group's end, then Down; each announcement must say what the tooltip shows.
async function walkEveryDatum(page, card) {
  const canvas = card.locator("canvas.council-chart__canvas");
  const live = card.locator(".council-chart__live");
  const tooltip = card.locator(".council-chart__tooltip");
  await canvas.focus();
  // What a key says: the tooltip's words then where it is ("3 of 12"); `null` for an end cue
  // ("End of the series.", "No more lines below."), said instead of the same datum again.
  const press = async (key) => {
    await page.keyboard.press(key);
    const said = await live.textContent();
    if (/^((End|Start) of the series(: \d+ of \d+, the (last|first))?|No more \w+ (below|above))\.$/.test(said)) return null;
    // The tooltip's words as the ear gets them: money in full ("£5.5m" is said "£5.5 million").
    const ear = (text) => text.replace(/£([\d.,]*\d)(bn|m|k)(?![A-Za-z0-9])/g, (_, n, size) => `£${n} ${{ bn: "billion", m: "million", k: "thousand" }[size]}`);
    const heading = ear(await tooltip.locator(".council-chart__tooltip-heading").textContent());
    const lines = (await tooltip.locator(".council-chart__tooltip-line").allTextContents()).map(ear);
    assert.match(said, /, \d+ of \d+$/, "every step says where it is");
    // What the tooltip shows; or, where a row's or series' name is said only on entering it
    // (judgements, KPI lines), its value first, with or without the name before it.
    const words = said.replace(/, \d+ of \d+$/, "");
    const value = lines[0].replace(/^[^:]+: /, "");
    assert.ok(words === [heading, ...lines].join(", ") || words.startsWith(`${lines[0]}`) || words.startsWith(`${value}, ${heading}`), `the announcement says what the tooltip shows: ${said}`);
    // The datum, told apart by its tooltip's heading too (a row's name is not said on every step).
    return `${heading} | ${said}`;
  };
  const heard = new Set();
  const first = await press("ArrowRight");
  let groupStart = (await press("Home")) ?? first;
  for (let groups = 0; groups < 200; groups++) {
    heard.add(groupStart);
    for (let steps = 0; steps < 200; steps++) {
      const next = await press("ArrowRight");
      if (next === null) break;
      heard.add(next);
    }
    const down = await press("ArrowDown");
    if (down === null) break; // no more groups
    const nextStart = (await press("Home")) ?? down;
    if (heard.has(nextStart)) break;
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

test("legend buttons show and hide lines, say so with aria-pressed, and work from the keyboard", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const card = page.locator('article.card:not(.card--branded)[data-src="data/kpi-neighbours.json"]');
  const legend = card.getByRole("group", { name: "Show or hide lines" });
  const buttons = legend.getByRole("button");
  assert.deepEqual(await buttons.allTextContents(), ["Our council", "England", "Statistical neighbours (10)"]);
  for (const pressed of await buttons.evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-pressed")))) assert.equal(pressed, "true");
  const canvas = card.locator("canvas.council-chart__canvas");
  const teal = [0x28, 0xa1, 0x97]; // England, the second of three series
  const before = await pixelsOf(canvas, teal);
  assert.ok(before > 100, `England is drawn (${before} teal pixels)`);

  const england = legend.getByRole("button", { name: "England" });
  await england.click();
  assert.equal(await england.getAttribute("aria-pressed"), "false");
  assert.equal(await pixelsOf(canvas, teal), 0, "England's line, markers and label are gone");
  // The keyboard cursor skips a hidden line: no announcement names England.
  await canvas.focus();
  const said = [];
  for (const key of ["Home", "ArrowDown", "ArrowDown", "ArrowDown"]) {
    await page.keyboard.press(key);
    said.push(await card.locator(".council-chart__live").textContent());
  }
  assert.ok(said.every((s) => !s.includes("England")), said.join(" | "));
  assert.ok(said.some((s) => s.includes("Our council")), said.join(" | "));

  // Space on the focused button brings it back.
  await england.focus();
  await page.keyboard.press("Space");
  assert.equal(await england.getAttribute("aria-pressed"), "true");
  assert.ok((await pixelsOf(canvas, teal)) > 100, "England is drawn again");
  // Charts with one line, and word-sized charts, have no legend buttons.
  const single = page.locator('article[data-src="data/kpi-revenue-budget.json"]');
  assert.equal(await single.getByRole("group", { name: "Show or hide lines" }).count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("in forced-colors mode charts redraw in the reader's system colours, and back again", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const canvas = page.locator('article[data-src="data/kpi-children-looked-after.json"]:not(.card--dark) canvas.council-chart__canvas').first();
  const navy = [0x12, 0x43, 0x6d]; // the council's own line in the default palette
  const coloured = (c) => c.evaluate((canvas) => {
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 24) n++;
    return n;
  });
  assert.ok((await pixelsOf(canvas, navy)) > 100);
  // Switching the mode while the page is open: each chart hears the media query change.
  // Media query change events are delivered with the next rendering update.
  const nextFrame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  await page.emulateMedia({ forcedColors: "active" });
  await nextFrame();
  assert.equal(await pixelsOf(canvas, navy), 0, "no palette colour is left");
  assert.equal(await coloured(canvas), 0, "every pixel is a shade between the two system colours");
  await page.emulateMedia({ forcedColors: "none" });
  await nextFrame();
  assert.ok((await pixelsOf(canvas, navy)) > 100, "the palette is back");
  assert.deepEqual(problems, []);
  await page.close();
});

test("at 320 CSS px (400% zoom) no gallery chart draws text over text or past its edges, and nothing scrolls sideways", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { width: 320, scale: 1 });
  const report = await page.evaluate(() => {
    // More than a pixel's overlap both ways: letters' side bearings make touching boxes fine.
    const overlap = (a, b) => a[1] < b[3] - 1 && b[1] < a[3] - 1 && a[2] < b[4] - 1 && b[2] < a[4] - 1;
    const layouts = globalThis.galleryCharts.flatMap((chart) => [chart.textBoxes()].flat());
    const found = [];
    let texts = 0;
    for (const { width, height, texts: boxes } of layouts) {
      texts += boxes.length;
      boxes.forEach((a, i) => {
        if (a[1] < -1 || a[2] < -1 || a[3] > width + 1 || a[4] > height + 1) found.push(`"${a[0]}" is cut off at the edge of a ${width} px chart`);
        for (const b of boxes.slice(i + 1)) if (overlap(a, b)) found.push(`"${a[0]}" overlaps "${b[0]}" in a ${width} px chart`);
      });
    }
    return { found, texts, charts: layouts.length, widths: layouts.map((l) => l.width), pageWidth: document.documentElement.scrollWidth };
  });
  assert.ok(report.charts >= 28, `${report.charts} charts laid out`);
  assert.ok(report.texts > 300, `${report.texts} texts measured`);
  assert.ok(Math.max(...report.widths) <= 290, `charts are narrower than the viewport: ${report.widths}`);
  assert.deepEqual(report.found, []);
  assert.ok(report.pageWidth <= 320, `the page is ${report.pageWidth} px wide`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("axe-core finds no WCAG 2.2 AA violations on the docs page, the element page and the screen-reader pages, wide and at 320 px", async () => {
  // axe is injected as a script, which the element page's CSP would rightly refuse: this
  // context bypasses CSP for axe's sake (tests/e2e/embedding.test.mjs checks the CSP itself).
  const elementsDrawn = () => [...document.querySelectorAll("council-chart")].every((e) => ["drawn", "error"].includes(e.dataset.state));
  const pages = [
    ["docs.html", () => document.documentElement.dataset.galleryReady],
    ["elements.html", elementsDrawn],
    ...["kpi", "judgement", "waterfall", "spine"].map((kind) => [`reader/${kind}.html`, elementsDrawn]),
  ];
  for (const width of [1280, 320]) {
    const context = await gallery.browser.newContext({ bypassCSP: true, viewport: { width, height: 8000 } });
    for (const [path, ready] of pages) {
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(e.message));
      await page.goto(`${gallery.server.url}${path}`);
      await page.waitForFunction(ready, null, { timeout: 20_000 });
      assert.deepEqual(await violations(page), [], `${path} at ${width} px`);
      assert.deepEqual(problems, [], path);
    }
    await context.close();
  }
});

test("no grade is cut with an ellipsis in any gallery chart, at 320 px or in the two-column layout", async () => {
  for (const width of [320, 1000, 1280]) {
    const { page, problems } = await openPage(gallery.browser, gallery.server.url, { width, scale: 1 });
    const cut = await page.evaluate(() =>
      globalThis.galleryCharts
        .flatMap((chart) => [chart.textBoxes()].flat())
        .flatMap(({ texts }) => texts.map((t) => t[0]))
        .filter((text) => /…$/.test(text) && /^(Outst|Good|Requi|Inadeq|Not in|Not ju|RI)/.test(text)),
    );
    assert.deepEqual(cut, [], `at ${width} px`);
    assert.deepEqual(problems, []);
    await page.close();
  }
});
