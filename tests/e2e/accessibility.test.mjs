// WCAG checks with axe-core over the gallery, in the states a reader can put it in: as loaded,
// at 320 CSS px (400% zoom), with every data table shown, and with a tooltip up.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, openPage, root, startServer } from "./harness.mjs";

let server, browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function violations(page) {
  await page.addScriptTag({ path: `${root}tools/node_modules/axe-core/axe.min.js` });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")})`);
}

test("axe-core finds no WCAG 2.2 AA violations in the gallery, as loaded and at 320 px", async () => {
  for (const width of [1280, 320]) {
    const { page, problems } = await openPage(browser, server.url, { width, scale: 1 });
    assert.deepEqual(await violations(page), [], `at ${width} px`);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test("axe-core finds none with every data table shown and a tooltip up", async () => {
  const { page, problems } = await openPage(browser, server.url, { scale: 1 });
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
