// Screenshots a page in Debian's Chromium: node scripts/screenshot.mjs URL OUT.png [width] [scale]
import { chromium } from "../tools/node_modules/playwright-core/index.mjs";

const [url, out, width = "1280", scale = "2"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, deviceScaleFactor: Number(scale) });
  page.on("console", (m) => m.type() === "error" && console.error("console:", m.text()));
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.galleryReady || document.documentElement.dataset.galleryError, null, { timeout: 15000 });
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
