// A scorecard of 100 tiles makes a tile's overlay canvas, tooltip and live region, and listens
// to the page's Escape and taps, only when a reader first comes to that tile (issue 45): none
// for the 100 untouched tiles; one tile's worth when a tile no pointer has touched is focused,
// and it is heard (its keys step through its data and say each point); one more when another is
// pointed at. Printed, every tile's title is in the PDF and every tile is redrawn for paper.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { illustrativeKpis, launchBrowser, libraryPage } from "./harness.mjs";

const kpis = () => illustrativeKpis(100);

// How many of the document's (or the window's) own listeners there are for `type` (Chromium's
// DevTools protocol).
async function documentListeners(cdp, type, of = "document") {
  const { result } = await cdp.send("Runtime.evaluate", { expression: of });
  const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
  return listeners.filter((l) => l.type === type).length;
}

test("100 tiles make their overlay, tooltip, live region and page listeners only when a reader comes, and listen for printing once; focused untouched, a tile is heard; printed, all 100 are", async () => {
  const site = await libraryPage();
  const browser = await launchBrowser();
  const folder = mkdtempSync(join(tmpdir(), "council-tiles-"));
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready);
    const cdp = await page.context().newCDPSession(page);
    const before = { keydown: await documentListeners(cdp, "keydown"), pointerdown: await documentListeners(cdp, "pointerdown") };
    await page.evaluate((items) => { window.card = window.library.kpiScorecard(document.getElementById("main"), items); }, kpis());
    const count = (selector) => page.locator(selector).count();
    assert.equal(await count(".council-scorecard__tile canvas.council-chart__canvas"), 100, "100 tiles drawn");
    for (const part of ["canvas.council-chart__overlay", ".council-chart__tooltip", ".council-chart__live"]) {
      assert.equal(await count(part), 0, `no tile has made its ${part} before a reader comes`);
    }
    assert.equal(await documentListeners(cdp, "keydown"), before.keydown, "no tile listens to the page's keys yet");
    assert.equal(await documentListeners(cdp, "pointerdown"), before.pointerdown, "nor to its taps");
    // Printing is listened for once for the page, not by each tile (web::page_events).
    for (const type of ["beforeprint", "afterprint"]) {
      assert.equal(await documentListeners(cdp, type, "window"), 1, `the page listens for ${type} once, for 100 tiles`);
    }

    // A tile far down the list, which no pointer has touched, focused from the keyboard's side.
    const tile = page.locator(".council-scorecard__tile").nth(57);
    const canvas = tile.locator("canvas.council-chart__canvas");
    await canvas.focus();
    assert.equal(await count(".council-chart__live"), 1, "focus made that tile's live region, before it says anything");
    assert.equal(await tile.locator(".council-chart__live").count(), 1);
    await page.keyboard.press("Home");
    const first = await canvas.getAttribute("aria-valuetext");
    assert.match(first, /^Northshire: [\d.]+%, Q1 2023\/24.*1 of 8$/, "Home is heard as the slider's value: the first quarter");
    await page.keyboard.press("ArrowRight");
    assert.match(await canvas.getAttribute("aria-valuetext"), /Q2 2023\/24.*2 of 8$/, "and a step right as the next");
    assert.ok(await tile.locator(".council-chart__tooltip").isVisible(), "the tooltip shows the point the keys are on");
    assert.equal(await count("canvas.council-chart__overlay"), 1, "one tile woken, one overlay");
    assert.equal(await documentListeners(cdp, "keydown"), before.keydown + 1, "and it alone listens for Escape on the page");
    await page.keyboard.press("Escape");
    assert.equal(await tile.locator(".council-chart__tooltip").isVisible(), false, "Escape takes the tooltip away");

    // Another tile, pointed at: its own overlay and tooltip, made on the pointer's arrival.
    const other = page.locator(".council-scorecard__tile").nth(3);
    await other.scrollIntoViewIfNeeded();
    const box = await other.locator("canvas.council-chart__canvas").boundingBox();
    for (let x = box.x + box.width - 2; x > box.x && !(await other.locator(".council-chart__tooltip").isVisible().catch(() => false)); x -= 4) {
      await page.mouse.move(x, box.y + box.height / 2);
    }
    assert.ok(await other.locator(".council-chart__tooltip").isVisible(), "pointing shows a tooltip");
    assert.equal(await count("canvas.council-chart__overlay"), 2);

    // Printed: every tile's title in the PDF.
    const pdf = join(folder, "tiles.pdf");
    await page.pdf({ path: pdf, format: "A4", margin: { top: "15mm", right: "15mm", bottom: "15mm", left: "15mm" } });
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const missing = Array.from({ length: 100 }, (_, n) => `Illustrative indicator ${n + 1}`).filter((title) => !new RegExp(`${title}\\b`).test(text));
    assert.deepEqual(missing, [], "every tile's title is printed");
    // Chromium prints a canvas's drawing as vectors, so each tile's is checked on the page as
    // printing leaves it: redrawn at print resolution (3 device pixels a CSS pixel), with ink.
    await page.emulateMedia({ media: "print" });
    await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
    const printed = await page.$$eval(".council-scorecard__tile canvas.council-chart__canvas", (canvases) =>
      canvases.map((c) => {
        const { data } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) ink++;
        return { ratio: c.width / parseFloat(c.style.width), ink };
      }));
    await page.evaluate(() => dispatchEvent(new Event("afterprint")));
    await page.emulateMedia({ media: "screen" });
    assert.equal(printed.length, 100);
    assert.deepEqual(printed.filter((p) => Math.abs(p.ratio - 3) > 0.05 || p.ink < 100), [], "every tile redrawn for print, with ink");
    assert.equal(await count("canvas.council-chart__overlay"), 2, "printing made no overlays");
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    site.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

// A scorecard reads one width, the first tile's, while the list holds that tile alone: the
// grid's columns are equal, and the page is not laid out with every tile inside the call. A
// tile the page's own CSS makes wider is redrawn at its width by the size watch. A tile's
// summary and headline for screen readers come after the first paint, with its table.
test("tiles are drawn at the first tile's width and a tile the page widens is redrawn at its own; a tile's spoken words come after the first paint", async () => {
  const site = await libraryPage();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready);
    const drawn = await page.evaluate((items) => {
      const sheet = new CSSStyleSheet();
      sheet.insertRule(".council-scorecard__tile:nth-child(3) { grid-column: span 2 }");
      document.adoptedStyleSheets = [sheet];
      window.card = window.library.kpiScorecard(document.getElementById("main"), items);
      const tiles = [...document.querySelectorAll(".council-scorecard__tile")];
      const headline = (tile) => document.getElementById(tile.querySelector("canvas.council-chart__canvas").getAttribute("aria-describedby")).textContent;
      return {
        widths: tiles.map((tile) => tile.querySelector("canvas.council-chart__canvas").style.width),
        headlines: tiles.map(headline),
        descriptions: tiles.map((tile) => tile.querySelector(".council-chart__description").textContent),
      };
    }, kpis().slice(0, 12));
    assert.equal(new Set(drawn.widths).size, 1, `every tile first drawn at the first tile's width (${drawn.widths})`);
    assert.deepEqual([...new Set([...drawn.headlines, ...drawn.descriptions])], [""], "no tile's spoken words yet: they wait for the first paint");
    // Two frames and a task: the size watch has seen the wide tile, the after-paint jobs have run.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    const after = await page.$$eval(".council-scorecard__tile", (tiles) => tiles.map((tile) => {
      const canvas = tile.querySelector("canvas.council-chart__canvas");
      return {
        drawn: parseFloat(canvas.style.width),
        plot: tile.querySelector(".council-chart__plot").clientWidth,
        headline: document.getElementById(canvas.getAttribute("aria-describedby")).textContent,
        description: tile.querySelector(".council-chart__description").textContent,
      };
    }));
    assert.deepEqual(after.filter((t) => Math.abs(t.drawn - t.plot) > 0.5), [], "every tile drawn at its own plot's width");
    assert.ok(after[2].drawn > 1.8 * after[0].drawn, `the widened tile redrawn wider (${after[2].drawn} px beside ${after[0].drawn})`);
    assert.deepEqual(after.filter((t) => !/Press question mark for keys\.$/.test(t.headline) || !/Northshire/.test(t.description)), [],
      "each tile's headline and summary said after the first paint");
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    site.stop();
  }
});
