// The README picture, from the served gallery: node scripts/readme-screenshot.mjs [URL] (serve.sh first).
import { chromium } from "../tools/node_modules/playwright-core/index.mjs";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1180, height: 900 }, deviceScaleFactor: 1 });
await page.goto(process.argv[2] ?? "http://127.0.0.1:8080/");
await page.waitForFunction(() => document.documentElement.dataset.galleryReady);
// For the picture only: the dark-page funding card moved beside the first KPI chart.
await page.evaluate(() => {
  const first = document.querySelector('article[data-src="data/kpi-children-looked-after.json"]');
  first.after(document.querySelector('article.card--dark[data-chart="funding"]'));
});
await page.waitForTimeout(500);
const card = page.locator('article[data-src="data/kpi-children-looked-after.json"]').first();
await card.locator("canvas.council-chart__canvas").focus();
for (const k of ["Home", "ArrowRight", "ArrowRight", "ArrowRight"]) await page.keyboard.press(k);
const box = await card.boundingBox();
await page.screenshot({ path: "www/screenshot.png", clip: { x: box.x, y: box.y, width: 1148, height: 560 } });
await browser.close();
