// Many charts follow the page together: when the page narrows, prints or turns dark, every
// chart reads what changed before any chart is redrawn (web::watched), so the page is laid out
// a few times, not once a chart. Read and drawn chart by chart, five scorecards of 200 tiles
// took 6 to 10 seconds to narrow, 7 to 11 to start printing and 10 to 11 to turn dark
// (BENCHMARKS.md, "Many charts follow the page"); 100 tiles, 100 layouts an event.
// Chromium's own counts of layouts and style recalculations (the DevTools protocol's
// Performance.getMetrics) are what is asserted, not times: they do not vary from run to run.
// A theme's faint colours are said on the console once for the page, not by every tile.
import { test } from "node:test";
import assert from "node:assert/strict";
import { illustrativeKpis, launchBrowser, libraryPage } from "./harness.mjs";

const TILES = 100;
// Layouts or style recalculations one event may cost with every tile redrawn: the event's own,
// a tile's first read, a frame's. Chart by chart it was one for every tile (about 100 here).
const AT_MOST = 5;

test("100 tiles narrowed, printed and turned dark are each redrawn with the page laid out a few times, not once a tile, and a faint colour is said once", async () => {
  const site = await libraryPage();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const counts = async () => {
      const { metrics } = await cdp.send("Performance.getMetrics");
      const named = (name) => metrics.find((m) => m.name === name)?.value;
      return { layouts: named("LayoutCount"), styles: named("RecalcStyleCount") };
    };
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    // Each tile's canvas: its CSS width, its backing store's ratio to it, and a pixel of its background.
    const tiles = () =>
      page.$$eval(".council-scorecard__tile canvas.council-chart__canvas", (canvases) =>
        canvases.map((c) => ({
          width: parseFloat(c.style.width),
          ratio: c.width / parseFloat(c.style.width),
          corner: [...c.getContext("2d").getImageData(1, 1, 1, 1).data.slice(0, 3)],
        })));
    await page.evaluate((items) => {
      // The page's own dark colours, which tiles inherit as custom properties.
      const sheet = new CSSStyleSheet();
      sheet.insertRule("@media (prefers-color-scheme: dark) { #main { --council-chart-background: #0b0c0c; --council-chart-text: #ffffff; --council-chart-muted-text: #d0d0d0 } }");
      document.adoptedStyleSheets = [sheet];
      window.library.kpiScorecard(document.getElementById("main"), items);
    }, illustrativeKpis(TILES));
    await frames();
    const drawn = await tiles();
    assert.equal(drawn.length, TILES);

    // Narrowed: every tile redrawn at its new width (two columns where there were four).
    let before = await counts();
    await page.evaluate(() => { document.getElementById("main").style.width = "600px"; });
    await frames();
    let after = await counts();
    const narrowed = await tiles();
    assert.deepEqual(narrowed.filter((t, i) => t.width === drawn[i].width), [], "every tile is redrawn at its new width");
    assert.ok(after.layouts - before.layouts <= AT_MOST, `narrowing ${TILES} tiles laid the page out ${after.layouts - before.layouts} times`);

    // Printing: every tile redrawn at print resolution, inside the beforeprint event, and back.
    for (const [event, ratio] of [["beforeprint", 3], ["afterprint", 1]]) {
      before = await counts();
      await page.evaluate((type) => dispatchEvent(new Event(type)), event);
      after = await counts();
      const ratios = (await tiles()).map((t) => Math.round(t.ratio * 10) / 10);
      assert.deepEqual(ratios.filter((r) => r !== ratio), [], `${event}: every tile drawn at ${ratio} device pixels a CSS pixel`);
      assert.ok(after.layouts - before.layouts <= AT_MOST, `${event} laid the page out ${after.layouts - before.layouts} times for ${TILES} tiles`);
    }

    // Dark: every tile reads its new theme, then every tile is redrawn in it.
    before = await counts();
    await page.emulateMedia({ colorScheme: "dark" });
    await frames();
    after = await counts();
    const dark = await tiles();
    assert.deepEqual(dark.filter((t) => t.corner.some((c) => c > 40)), [], "every tile is redrawn on the page's dark background");
    assert.ok(after.layouts - before.layouts <= AT_MOST, `turning dark laid the page out ${after.layouts - before.layouts} times for ${TILES} tiles`);
    assert.ok(after.styles - before.styles <= AT_MOST, `and worked out its style ${after.styles - before.styles} times`);
    // The page's dark colours leave the axis and three of the palette's colours too faint on
    // its background: each is said once, not once a tile.
    const faint = warnings.filter((w) => w.includes("WCAG"));
    assert.equal(faint.length, 4, `each faint colour said once: ${faint.join("; ")}`);
    assert.equal(new Set(faint).size, 4);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    site.stop();
  }
});
