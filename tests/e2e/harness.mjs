// Shared by the end-to-end tests: the gallery server, Debian's Chromium, and a page that
// records every console error, page error and failed request.
import { spawn } from "node:child_process";
import { after, before } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "../../tools/node_modules/playwright-core/index.mjs";

export const root = fileURLToPath(new URL("../..", import.meta.url));

// The gallery's server on a free port; `args` as for scripts/serve.mjs (--site DIR, --csp).
export async function startServer(args = []) {
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", "0", ...args], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the gallery server did not start")), 10_000);
    server.stdout.on("data", (chunk) => {
      const found = /http:\/\/\S+/.exec(String(chunk));
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    });
    server.on("exit", (code) => reject(new Error(`the gallery server exited (${code})`)));
  });
  return { url, stop: () => server.kill() };
}

// `extraArgs` such as "--js-flags=--expose-gc" (window.gc) for memory tests.
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...extraArgs],
  });
}

export async function openPage(browser, url, { width = 1280, scale = 2 } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: scale });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.galleryReady || document.documentElement.dataset.galleryError, null, { timeout: 20_000 });
  return { page, problems };
}

// Pixels of a canvas that are not white: proof something was painted.
function countInked(canvas) {
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let inked = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) inked++;
  return inked;
}

export function inkedPixels(page, selector, index = 0) {
  return inkedIn(page.locator(selector).nth(index));
}

export function inkedIn(locator) {
  return locator.evaluate(countInked);
}

// Pixels of a canvas within `tolerance` of an RGB colour: how much of one series is drawn.
export function pixelsOf(locator, [r, g, b], tolerance = 12) {
  return locator.evaluate((canvas, [r, g, b, tolerance]) => {
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) <= tolerance && Math.abs(data[i + 1] - g) <= tolerance && Math.abs(data[i + 2] - b) <= tolerance) n++;
    }
    return n;
  }, [r, g, b, tolerance]);
}

// Starts the gallery server and a browser for a test file, and stops both after it.
export function useGallery() {
  const shared = {};
  before(async () => {
    shared.server = await startServer();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    shared.server?.stop();
  });
  return shared;
}

// A blank page with the library loaded (window.library, and window.wasm for its exports,
// memory included) and `setup` run first, served from a folder of its own; no CSP, so what is
// tested is the library, not the policy. Returns { url, stop }.
export async function libraryPage(setup = "") {
  const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const site = mkdtempSync(join(tmpdir(), "council-page-"));
  writeFileSync(join(site, "index.html"), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>council-charts under test</title><link rel="icon" href="data:,"><script type="module" src="page.js"></script></head><body><main id="main"></main></body></html>');
  writeFileSync(join(site, "page.js"), `${setup}\nimport init, * as library from "/pkg/council_charts.js";\nwindow.wasm = await init();\nwindow.library = library;\ndocument.documentElement.dataset.ready = "1";\n`);
  const server = await startServer(["--site", site]);
  return { url: server.url, stop: () => (server.stop(), rmSync(site, { recursive: true, force: true })) };
}

// `count` made-up KPIs of eight quarters each, with targets (so each tile has a dashed target
// line), the same on every call.
export function illustrativeKpis(count) {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const quarters = Array.from({ length: 8 }, (_, i) => `Q${(i % 4) + 1} ${2023 + Math.floor(i / 4)}/${24 + Math.floor(i / 4)}`);
  return Array.from({ length: count }, (_, n) => ({
    title: `Illustrative indicator ${n + 1}`,
    unit: "%",
    polarity: n % 2 ? "lower-is-better" : "higher-is-better",
    target: 50,
    source: "Illustrative figures made up for this test",
    series: [{ name: "Northshire", points: quarters.map((period) => ({ period, value: Math.round(300 + 400 * next()) / 10 })) }],
  }));
}
