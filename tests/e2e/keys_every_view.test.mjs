// Every chart in the gallery, of every kind and view (tiles, the spine and the sparklines
// included), from the keyboard: Home and End go to the ends and say where they are ("1 of N",
// "N of N"), a step past either end says so, each key the hint names does something, and T opens
// the chart's table. The hint is worked out from the chart as drawn, so it cannot promise a key
// the view lacks; this holds it to that.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useGallery } from "./harness.mjs";

const gallery = useGallery();

const position = (said) => /(\d+) of (\d+)$/.exec(said)?.slice(1).map(Number) ?? null;

test("every chart of every kind and view: Home and End, n of N, an end cue, the keys its hint names, and T", async () => {
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { scale: 1 });
  const canvases = page.locator("canvas.council-chart__canvas");
  const count = await canvases.count();
  assert.ok(count >= 35, `${count} charts`);
  const kinds = new Set();
  let paged = 0;
  let rowed = 0;
  let maps = 0;
  for (let index = 0; index < count; index++) {
    const canvas = canvases.nth(index);
    const figure = canvas.locator("xpath=ancestor::figure[1]");
    const name = await canvas.getAttribute("aria-label");
    kinds.add(name.split(": ")[0]);
    const live = figure.locator(".council-chart__live");
    const keys = await figure.locator(".council-chart__keys").textContent();
    const press = async (key) => {
      await page.keyboard.press(key);
      return live.textContent();
    };
    await canvas.scrollIntoViewIfNeeded();
    await canvas.focus();
    // Home: the first datum of the run, "1 of N"; End: "N of N".
    const first = await press("Home");
    const [one, total] = position(first) ?? [];
    assert.equal(one, 1, `${name}: Home says "1 of N": ${first}`);
    const last = await press("End");
    if (name.startsWith("Hex map")) {
      // A map: End is the worst ranked (councils with no figure come after it); the arrows are
      // a compass and the page keys move region to region.
      maps++;
      const [worst, of] = position(last) ?? [];
      assert.ok(of === total && worst > 1 && worst <= total, `${name}: End says the worst ranked: ${last}`);
      await press("Home");
      const moves = [];
      for (const key of ["ArrowUp", "ArrowRight", "ArrowDown", "ArrowLeft"]) moves.push(await press(key));
      assert.ok(moves.every((m) => position(m) || /^No council further (north|east|south|west)\.$/.test(m)), `${name}: each arrow moves or says the edge: ${moves.join(" / ")}`);
      assert.ok(new Set(moves).size > 1, `${name}: the arrows move across the map: ${moves.join(" / ")}`);
      const region = (said) => said.split(", ").at(-2);
      const before = await press("Home");
      const next = await press("PageDown");
      assert.notEqual(region(next), region(before), `${name}: Page Down goes to another region: ${before} / ${next}`);
      assert.match(keys, /Page Up and Page Down move from region to region/);
    } else {
      assert.deepEqual(position(last), [total, total], `${name}: End says "${total} of ${total}": ${last}`);
      // Past either end: a cue, not the same datum again.
      assert.equal(await press("ArrowRight"), `End of the series: ${total} of ${total}, the last.`, `${name}: past the end`);
      await press("Home");
      assert.equal(await press("ArrowLeft"), `Start of the series: 1 of ${total}, the first.`, `${name}: before the start`);
      if (/Page Up and Page Down/.test(keys)) {
        paged++;
        await press("Home");
        const [at] = position(await press("PageDown")) ?? [];
        assert.ok(at > 1 && at <= 11, `${name}: Page Down moves by up to ten (to ${at})`);
      }
      if (/Up and Down to change (\w+)/.test(keys)) {
        const rows = /Up and Down to change (\w+)/.exec(keys)[1];
        rowed++;
        await press("Home");
        const down = await press("ArrowDown");
        assert.notEqual(down, `No more ${rows} below.`, `${name}: Down moves to the next of its ${rows}`);
        assert.notEqual(down, first, `${name}: Down says something new`);
      }
    }
    // T: the chart's own table, shown and focused.
    assert.match(keys, /T opens the data table/);
    await canvas.focus();
    await page.keyboard.press("t");
    const inItsTable = await figure.evaluate((f) => f.contains(document.activeElement) && document.activeElement.closest(".council-chart__table") !== null);
    assert.ok(inItsTable, `${name}: T opens its table and moves focus there`);
    assert.ok(await figure.locator("table").first().isVisible(), `${name}: the table is shown`);
  }
  assert.ok(paged >= 2 && rowed >= 10, `Page keys tried on ${paged} charts, Up and Down on ${rowed}`);
  assert.equal(maps, 3, "the gallery's three maps walked by compass and region");
  assert.ok(kinds.size >= 12, `every kind and view: ${[...kinds].join(", ")}`);
  assert.deepEqual(problems, []);
  await page.close();
});
