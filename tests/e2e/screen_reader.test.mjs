// A real screen reader: Orca (Debian's) with Chromium under Xvfb, on a page with one chart of
// each kind (www/reader/), keys pressed as a blind reader would (scripts/screen-reader.mjs).
// What Orca spoke is kept in build/screen-reader/transcript.json; these are its checks:
// - on Tab, Orca speaks the chart's name and headline;
// - Right, with no Orca+A, reaches the chart and speaks a datum with "n of N", once;
// - End at the end speaks where the reader is; Escape says what it closed;
// - reading the card in browse mode says the title once and no table before it is opened.
import { test } from "node:test";
import assert from "node:assert/strict";

import { listen, TRANSCRIPT } from "../../scripts/screen-reader.mjs";

test("Orca speaks each chart's name, headline and steps, and browse mode reads each card once", { timeout: 20 * 60 * 1000 }, async () => {
  const transcript = await listen(TRANSCRIPT);
  assert.equal(transcript.pages.length, 5, "a page of every kind, and a map");
  for (const { page, title, kind, steps } of transcript.pages) {
    const said = (what) => {
      const step = steps.find((s) => s.what.startsWith(what));
      assert.ok(step, `${page}: a step "${what}"`);
      return step.said;
    };
    const anyOf = (words, pattern) => words.some((w) => pattern.test(w));
    const heard = (what) => `${page}, ${what}: ${JSON.stringify(said(what))}`;

    const arriving = said("Tab onto the chart").join(" ");
    assert.ok(arriving.includes(`${kind}: ${title}`), `${page}: Tab says the chart's name: ${heard("Tab")}`);
    assert.ok(arriving.includes("Press question mark for keys."), `${page}: and its headline, ending with the hint: ${heard("Tab")}`);

    const right = said("Right");
    assert.ok(anyOf(right, /\d+ of \d+/), `${page}: Right speaks a datum and where it is: ${heard("Right")}`);
    const positions = right.filter((w) => /\d+ of \d+/.test(w));
    assert.equal(new Set(positions).size, positions.length, `${page}: each step said once: ${heard("Right")}`);

    assert.ok(anyOf(said("End again"), /\d+ of \d+/), `${page}: End at the end says where the reader is: ${heard("End again")}`);
    assert.ok(anyOf(said("Left at the start"), /\d+ of \d+/), `${page}: so does Left at the start: ${heard("Left at the start")}`);
    assert.ok(anyOf(said("Escape"), /closed|Nothing open/), `${page}: Escape says what it closed: ${heard("Escape")}`);
    assert.ok(anyOf(said("question mark"), /^Keys: arrow keys/), `${page}: ? says the keys: ${heard("question mark")}`);
    assert.ok(anyOf(said("T, the data table"), /Data table/), `${page}: T opens the table: ${heard("T, the data table")}`);

    const browse = said("browse mode");
    assert.ok(anyOf(browse, /After the chart/), `${page}: browse mode reads past the chart: ${heard("browse mode")}`);
    const titles = browse.reduce((n, w) => n + w.split(title).length - 1, 0);
    assert.equal(titles, 1, `${page}: browse mode says the title once: ${heard("browse mode")}`);
    assert.ok(!anyOf(browse, /^table with/), `${page}: no table before it is opened: ${heard("browse mode")}`);
    assert.ok(anyOf(browse, /Show data table collapsed/), `${page}: the table's button says it is closed`);
  }
});
