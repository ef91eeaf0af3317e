// What a keyboard and screen-reader user meets on a chart: the keys' hint, ? to hear the keys,
// Page Up and Page Down, T to the data table, Escape out; the "where we stand" views walked
// council by council; and the data as sound, rendered through an OfflineAudioContext.
import { test } from "node:test";
import assert from "node:assert/strict";
import { libraryPage, launchBrowser, openPage, useGallery } from "./harness.mjs";

const gallery = useGallery();

const rankOf = (said) => Number(/(\d+)(?:st|nd|rd|th) of \d+/.exec(said)?.[1]);

test("the keys: a visible hint on keyboard focus, ? repeats it, Page Down moves by ten, T opens the table, Escape leaves", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const card = page.locator('article[data-chart="kpi"][data-view="distribution"]');
  const canvas = card.locator("canvas.council-chart__canvas");
  const live = card.locator(".council-chart__live");
  const hint = card.locator(".council-chart__keys");
  await canvas.scrollIntoViewIfNeeded();
  // Keyboard focus: Tab from the control just before the chart.
  await card.locator(".council-chart__table-button").focus();
  await page.keyboard.press("Shift+Tab");
  for (let i = 0; i < 10 && !(await canvas.evaluate((c) => c === document.activeElement)); i++) await page.keyboard.press("Shift+Tab");
  assert.ok(await canvas.evaluate((c) => c === document.activeElement), "the chart's canvas has focus");
  const box = await hint.boundingBox();
  assert.ok(box && box.height > 10 && box.width > 100, `the hint is shown: ${JSON.stringify(box)}`);
  assert.match(await hint.textContent(), /^Keys: arrow keys move through the data/);
  await page.keyboard.press("?");
  assert.equal(await live.textContent(), await hint.textContent(), "? says the keys");
  // Councils in rank order: the first, then ten on.
  await page.keyboard.press("ArrowRight");
  const first = await live.textContent();
  assert.equal(rankOf(first), 1, first);
  await page.keyboard.press("PageDown");
  const tenOn = await live.textContent();
  assert.ok(rankOf(tenOn) >= 10 && rankOf(tenOn) <= 11, tenOn);
  await page.keyboard.press("PageUp");
  assert.equal(await live.textContent(), first);
  // Escape: out of the data; the tooltip and hint go.
  await page.keyboard.press("Escape");
  assert.equal(await card.locator(".council-chart__tooltip").isVisible(), false);
  assert.ok((await hint.boundingBox()).height <= 1, "the hint is hidden after Escape");
  // T: the data table, shown and focused.
  await page.keyboard.press("t");
  const table = card.locator(".council-chart__table");
  assert.equal(await card.locator(".council-chart__table-button").getAttribute("aria-expanded"), "true");
  assert.ok(await table.evaluate((t) => t === document.activeElement), "the table has focus");
  assert.ok((await table.boundingBox()).height > 100, "and is shown");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the keyboard walks the distribution view council by council in rank order, and the national view piece by piece", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const card = page.locator('article[data-chart="kpi"][data-view="distribution"]');
  const canvas = card.locator("canvas.council-chart__canvas");
  const live = card.locator(".council-chart__live");
  const tooltip = card.locator(".council-chart__tooltip");
  const councils = await card.locator(".council-chart__table tbody tr").count();
  assert.ok(councils >= 20, `${councils} councils in the table`);
  await canvas.focus();
  const heard = [];
  await page.keyboard.press("Home");
  let ended = false;
  for (let i = 0; i < councils + 2; i++) {
    const said = await live.textContent();
    if (said === `End of the series: ${councils} of ${councils}, the last.`) {
      ended = true;
      break;
    }
    const shown = [await tooltip.locator(".council-chart__tooltip-heading").textContent(), ...(await tooltip.locator(".council-chart__tooltip-line").allTextContents())].join(", ");
    // What the tooltip shows, then where it is: "council 1 of 47".
    assert.equal(said, `${shown}, ${heard.length + 1} of ${councils}`, "each announcement says what the tooltip shows, then where");
    heard.push(said);
    await page.keyboard.press("ArrowRight");
  }
  assert.ok(ended, "past the last council: End of the series");
  assert.equal(heard.length, councils, "every council once");
  const ranks = heard.map(rankOf);
  assert.ok(ranks.every((r, i) => i === 0 || r >= ranks[i - 1]), `ranks in order: ${ranks.join(" ")}`);
  assert.ok(heard.some((s) => s.includes("The council this chart is about")), "the council itself is said");
  // The national picture: every piece of every bar (England's and the region's), each saying its count.
  const national = page.locator('article[data-chart="judgement"][data-view="national"]');
  const nationalLive = national.locator(".council-chart__live");
  await national.locator("canvas.council-chart__canvas").focus();
  const pieces = new Set();
  await page.keyboard.press("ArrowRight");
  for (let bar = 0; bar < 12; bar++) {
    // Where Down (or the first Right) landed, then the bar from its start (Home says the
    // first piece, even when the cursor is on it already).
    const landed = await nationalLive.textContent();
    if (/: \d+ of \d+ councils/.test(landed)) pieces.add(landed);
    await page.keyboard.press("Home");
    let previous = "";
    for (let step = 0; step < 8; step++) {
      const said = await nationalLive.textContent();
      if (said === previous || said.startsWith("End of the series")) break;
      if (!said.startsWith("Start of the series")) {
        assert.match(said, /: \d+ of \d+ councils/, said);
        pieces.add(said);
      }
      previous = said;
      await page.keyboard.press("ArrowRight");
    }
    await page.keyboard.press("ArrowDown");
  }
  assert.ok([...pieces].some((s) => s.includes("in the South East region")), "the region's bars are reached");
  assert.ok(pieces.size >= 30, `${pieces.size} pieces`);
  assert.deepEqual(problems, []);
  await page.close();
});

// Renders a chart's sound offline and measures it: for each of `notes` equal stretches, the
// pitch (from zero crossings) and the loudness (root mean square), away from the fades.
async function renderSound(page, kind, data, notes, sonifyOptions = {}) {
  return page.evaluate(
    async ([kind, data, notes, sonifyOptions]) => {
      const host = document.createElement("div");
      host.style.width = "640px";
      document.querySelector("main").append(host);
      const chart = window.library[kind](host, data);
      const rate = 22050;
      const context = new OfflineAudioContext(1, rate * 7, rate);
      const seconds = chart.sonify({ ...sonifyOptions, context });
      const said = host.querySelector(".council-chart__live").textContent;
      const samples = (await context.startRendering()).getChannelData(0);
      chart.destroy();
      let first = -1;
      let last = 0;
      for (let i = 0; i < samples.length; i++) {
        if (Math.abs(samples[i]) > 1e-3) {
          if (first < 0) first = i;
          last = i;
        }
      }
      const stretch = seconds / notes;
      const measured = [];
      for (let n = 0; n < notes; n++) {
        const a = Math.floor((first / rate + (n + 0.2) * stretch) * rate);
        const b = Math.floor((first / rate + (n + 0.8) * stretch) * rate);
        let crossings = 0;
        let energy = 0;
        for (let i = a + 1; i < b; i++) {
          if (samples[i - 1] < 0 !== samples[i] < 0) crossings++;
          energy += samples[i] * samples[i];
        }
        measured.push({ hz: crossings / 2 / ((b - a) / rate), rms: Math.sqrt(energy / (b - a)) });
      }
      return { seconds, said, from: first / rate, to: last / rate, measured };
    },
    [kind, data, notes, sonifyOptions],
  );
}

test("the data as sound: a rising series rises in pitch, a gap is silent, the target is a steady tone, and it lasts 2 to 5 seconds", async () => {
  const site = await libraryPage();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready);
    const values = [10, 12, 14, 16, 18, null, 22, 24];
    const kpi = { title: "Rising", unit: "%", series: [{ name: "Northshire", points: values.map((value, i) => ({ period: String(2015 + i), value })) }] };
    const rising = await renderSound(page, "kpiChart", kpi, values.length);
    assert.ok(rising.seconds >= 2 && rising.seconds <= 5, `${rising.seconds} s`);
    assert.ok(Math.abs(rising.to - rising.from - rising.seconds) < 0.05, `heard for ${rising.to - rising.from} s of ${rising.seconds}`);
    const pitches = rising.measured.filter((_, i) => values[i] !== null).map((m) => m.hz);
    assert.ok(pitches.every((hz, i) => i === 0 || hz > pitches[i - 1] * 1.05), `pitch rises: ${pitches.map(Math.round).join(" ")}`);
    assert.ok(Math.abs(pitches[0] - 220) < 15 && Math.abs(pitches.at(-1) - 880) < 30, `from about 220 Hz to 880 Hz: ${pitches.map(Math.round).join(" ")}`);
    assert.ok(rising.measured[5].rms < 1e-3, `the gap is silent (${rising.measured[5].rms})`);
    assert.ok(rising.measured.filter((_, i) => values[i] !== null).every((m) => m.rms > 0.05), "every value is heard");
    assert.match(rising.said, /^Playing Northshire as sound: 8 values over \d\.\d seconds, higher values higher in pitch, silence for a gap\.$/);
    // With a target, a quieter steady tone sounds under the notes, through the gap too.
    const withTarget = await renderSound(page, "kpiChart", { ...kpi, target: 17 }, values.length);
    assert.ok(withTarget.measured[5].rms > 0.01 && withTarget.measured[5].rms < withTarget.measured[0].rms, `the target's tone in the gap: ${withTarget.measured[5].rms}`);
    assert.match(withTarget.said, /the steady tone is the target\.$/);
    // A falling series falls.
    const falling = await renderSound(page, "kpiChart", { ...kpi, series: [{ name: "Northshire", points: [30, 20, 10].map((value, i) => ({ period: String(2020 + i), value })) }] }, 3);
    assert.ok(falling.measured[0].hz > falling.measured[1].hz && falling.measured[1].hz > falling.measured[2].hz, JSON.stringify(falling.measured));
    // A judgement area: the better grade higher in pitch.
    const grades = { title: "Ofsted", inspections: ["2014", "2018", "2022"].map((label) => ({ label })), areas: [{ name: "Overall effectiveness", grades: ["Inadequate", "Requires improvement to be good", "Outstanding"] }] };
    const judged = await renderSound(page, "judgementChart", grades, 3);
    assert.ok(judged.measured[0].hz < judged.measured[1].hz && judged.measured[1].hz < judged.measured[2].hz, JSON.stringify(judged.measured));
    assert.match(judged.said, /better grades higher in pitch/);
    // A long series is at most five seconds.
    const long = { title: "Long", series: [{ name: "Daily", start: "2020-01-01", values: Array.from({ length: 3000 }, (_, i) => i) }] };
    const longSound = await renderSound(page, "kpiChart", long, 100);
    assert.ok(longSound.seconds <= 5 && longSound.to - longSound.from <= 5.05, `${longSound.seconds} s`);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await browser.close();
    site.stop();
  }
});

test("Play as sound: the toolbar button and S start and stop it, and say so", async () => {
  const site = await libraryPage();
  const browser = await launchBrowser(["--autoplay-policy=no-user-gesture-required"]);
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    await page.goto(site.url);
    await page.waitForFunction(() => document.documentElement.dataset.ready);
    await page.evaluate(() => {
      const host = document.createElement("div");
      host.style.width = "640px";
      document.querySelector("main").append(host);
      window.chart = window.library.kpiChart(host, { title: "Rising", unit: "%", target: 15, series: [{ name: "Northshire", points: [10, 14, 18].map((value, i) => ({ period: String(2020 + i), value })) }] }, { toolbar: true });
    });
    const button = page.locator(".council-chart__play");
    const live = page.locator(".council-chart__live");
    assert.equal(await button.textContent(), "Play as sound");
    await button.click();
    assert.match(await live.textContent(), /^Playing Northshire as sound: 3 values over 2\.0 seconds/);
    assert.equal(await button.textContent(), "Stop sound");
    await button.click();
    assert.equal(await live.textContent(), "Sound stopped.");
    assert.equal(await button.textContent(), "Play as sound");
    // S on the focused chart, and it says when it has finished.
    await page.locator("canvas.council-chart__canvas").focus();
    await page.keyboard.press("s");
    assert.match(await live.textContent(), /^Playing Northshire/);
    await page.waitForFunction(() => document.querySelector(".council-chart__live").textContent === "Finished playing.", null, { timeout: 8000 });
    assert.equal(await button.textContent(), "Play as sound");
    // Escape stops it; destroy() while playing leaves nothing behind.
    await page.keyboard.press("s");
    await page.keyboard.press("Escape");
    assert.equal(await button.textContent(), "Play as sound");
    await page.keyboard.press("s");
    await page.evaluate(() => window.chart.destroy());
    assert.equal(await page.locator("figure").count(), 0);
    // Bad options name their path.
    const refused = await page.evaluate(() => {
      const host = document.createElement("div");
      document.querySelector("main").append(host);
      const chart = window.library.kpiChart(host, { title: "T", series: [{ name: "A", points: [{ period: "2020", value: 1 }] }] });
      return [{ context: {} }, { benchmark: true }].map((options) => {
        try {
          chart.sonify(options);
          return "accepted";
        } catch (e) {
          return e.message;
        }
      });
    });
    assert.deepEqual(refused, [
      "options.context: expected a Web Audio context (an AudioContext or OfflineAudioContext)",
      'options.benchmark: is not an option of sonify(); did you mean "benchmarks"?',
    ]);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    await browser.close();
    site.stop();
  }
});

test("the spine: Down moves between indicators, Right along a row's marks, T opens one table of every indicator", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const card = page.locator("#spine");
  const canvas = card.locator("canvas.council-chart__canvas");
  const live = card.locator(".council-chart__live");
  await canvas.scrollIntoViewIfNeeded();
  await canvas.focus();
  assert.match(await card.locator(".council-chart__keys").textContent(), /Up and Down to change indicators, Home and End/);
  assert.doesNotMatch(await card.locator(".council-chart__keys").textContent(), /sound/, "a spine has no sound to play");
  assert.equal(await card.locator(".council-chart__play").isVisible(), false);
  // Right: the first row's own mark, the council, where a reader starts; Home the row's
  // leftmost, the worst council; then on along the row.
  await page.keyboard.press("ArrowRight");
  const own = await live.textContent();
  assert.match(own, /^Children looked after per 10,000 children, 2025, Northshire: 46 per 10,000, 15th of 47 councils, band B, Better than England \(67 per 10,000\), \d of 7$/, own);
  await page.keyboard.press("Home");
  const worst = await live.textContent();
  assert.match(worst, /^Children looked after per 10,000 children, 2025, Worst of 47 councils: \w+, [\d.]+ per 10,000, 1 of 7$/, worst);
  const along = [worst];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press("ArrowRight");
    along.push(await live.textContent());
  }
  assert.ok(along.some((s) => /Northshire: 46 per 10,000, 15th of 47 councils, band B/.test(s)), along.join("\n"));
  assert.ok(along.some((s) => /England: 67 per 10,000, The centre of the bar/.test(s)), along.join("\n"));
  assert.ok(along.some((s) => /Median of 47 councils/.test(s)), along.join("\n"));
  // Down: the next indicator, each named as it is entered; the row without a bar says why.
  const titles = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("ArrowDown");
    titles.push(await live.textContent());
  }
  assert.match(titles[0], /^Children looked after, 2025, /);
  assert.ok(titles.some((t) => /Hospital admissions for injuries, aged 0 to 14, 2023\/24, Northshire: 61.2 per 10,000.*No bar: only 1 council has a figure/.test(t)), titles.join("\n"));
  // T: one table, a row per indicator.
  await page.keyboard.press("t");
  const table = card.locator("table");
  await table.waitFor({ state: "visible" });
  assert.equal(await table.locator("tbody tr").count(), 4);
  assert.match(await table.locator("thead").textContent(), /Indicator.*Period.*Northshire.*England.*Rank.*Band.*Worst.*25th percentile.*Median.*75th percentile.*Best.*Councils with a figure/);
  assert.deepEqual(problems, []);
});

test("every step says where it is, an end says so, the waterfall's Home and End move, and T opens a tile's table", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const focus = async (card) => {
    const canvas = card.locator("canvas.council-chart__canvas").first();
    await canvas.scrollIntoViewIfNeeded();
    await canvas.focus();
    return card.locator(".council-chart__live").first();
  };
  // A line: "n of N" on every step; past the end, "End of the series", not the datum again.
  const line = page.locator('article[data-chart="kpi"]:not([data-view])[data-src="data/kpi-children-looked-after.json"]').first();
  let live = await focus(line);
  await page.keyboard.press("Home");
  assert.match(await live.textContent(), /, 1 of 5$/);
  await page.keyboard.press("End");
  assert.match(await live.textContent(), /, 5 of 5$/);
  await page.keyboard.press("ArrowRight");
  assert.equal(await live.textContent(), "End of the series: 5 of 5, the last.");
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await live.textContent(), "Start of the series: 1 of 5, the first.");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await live.textContent(), "No more lines below.");
  // The waterfall: its bars are one row; Home and End go to the first and last bar.
  const waterfall = page.locator('article[data-chart="funding"][data-view="waterfall"]').first();
  live = await focus(waterfall);
  assert.doesNotMatch(await waterfall.locator(".council-chart__keys").textContent(), /Up and Down/);
  await page.keyboard.press("ArrowRight");
  const first = await live.textContent();
  const [, count] = /, 1 of (\d+)$/.exec(first) ?? [];
  assert.ok(Number(count) > 2, first);
  await page.keyboard.press("End");
  assert.match(await live.textContent(), new RegExp(`, ${count} of ${count}$`));
  await page.keyboard.press("Home");
  assert.equal(await live.textContent(), first);
  // A scorecard tile: T opens its table, as the keys' sentence says.
  const tile = page.locator("#scorecard li").first();
  await focus(tile);
  assert.match(await tile.locator(".council-chart__keys").textContent(), /T opens the data table/);
  await page.keyboard.press("t");
  await tile.locator("table").waitFor({ state: "visible" });
  assert.deepEqual(problems, []);
});

test("at 400% zoom (320 x 256 CSS px) the keyboard's tooltip is scrolled into view after each move", async () => {
  const page = await gallery.browser.newPage({ viewport: { width: 320, height: 256 }, deviceScaleFactor: 1 });
  await page.goto(gallery.server.url);
  await page.waitForFunction(() => document.documentElement.dataset.galleryReady);
  for (const selector of ['article[data-chart="judgement"][data-view="national"]', "#spine", 'article[data-chart="funding"][data-view="waterfall"]']) {
    const card = page.locator(selector).first();
    if ((await card.count()) === 0) continue;
    const canvas = card.locator("canvas.council-chart__canvas").first();
    await canvas.scrollIntoViewIfNeeded();
    await canvas.focus();
    for (const key of ["ArrowRight", "ArrowRight", "ArrowDown", "End", "ArrowDown", "Home"]) {
      await page.keyboard.press(key);
      const tip = card.locator(".council-chart__tooltip").first();
      if (!(await tip.isVisible())) continue;
      const box = await tip.boundingBox();
      assert.ok(box.y >= -1 && box.y + Math.min(box.height, 256) <= 257 && box.x >= -1 && box.x + Math.min(box.width, 320) <= 321, `${selector} after ${key}: tooltip at ${JSON.stringify(box)}`);
    }
  }
  await page.close();
});
