// The docs page's live editor: paste JSON or CSV, see the chart or the error naming the field.
import { test } from "node:test";
import assert from "node:assert/strict";
import { inkedIn, useGallery } from "./harness.mjs";

const gallery = useGallery();

test("the live editor draws pasted data, names the field in bad data, and reads CSV", async () => {
  const page = await gallery.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(`${gallery.server.url}docs.html`);
  await page.waitForFunction(() => document.documentElement.dataset.galleryReady);
  const output = page.locator("#output");
  const problem = page.locator("#problem");
  assert.ok((await inkedIn(output.locator("canvas.council-chart__canvas"))) > 2000, "the example KPI is drawn");

  // A number written as text: the message names the point and says what was expected.
  await page.fill("#data", '{ "title": "Caseload", "series": [ { "name": "Our council", "points": [ { "period": "2019/20", "value": "58" } ] } ] }');
  await page.click("button[type=submit]");
  assert.equal(await problem.isVisible(), true);
  assert.match(await problem.textContent(), /^series\[0\]\.points\[0\]\.value: expected a number or null, found the text "58"/);
  assert.equal(await output.locator("figure").count(), 0, "no chart is drawn from bad data");
  await page.fill("#data", "{ not json");
  await page.click("button[type=submit]");
  assert.match(await problem.textContent(), /^data: not valid JSON/);

  // A funding plan pasted as CSV, with its deliberate typo found and written under the chart.
  await page.selectOption("#kind", "funding");
  assert.deepEqual(await page.locator("#view option").allTextContents(), ["stacked", "waterfall", "lines"]);
  await page.click("#example-csv");
  await page.waitForFunction(() => document.querySelector("#output canvas.council-chart__canvas"));
  assert.equal(await problem.isVisible(), false);
  assert.match(await output.locator(".council-chart__notes").textContent(), /does not add up/);
  await page.selectOption("#view", "waterfall");
  await page.click("button[type=submit]");
  assert.ok((await inkedIn(output.locator("canvas.council-chart__canvas"))) > 2000, "the waterfall is drawn");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the docs and element pages fit 320 CSS px without scrolling sideways", async () => {
  for (const path of ["docs.html", "elements.html"]) {
    const page = await gallery.browser.newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(`${gallery.server.url}${path}`);
    await page.waitForFunction(() => document.documentElement.dataset.galleryReady || document.querySelector('council-chart[data-state="drawn"]'));
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, path);
    await page.close();
  }
});
