// <council-chart> and the one-file build, as CMS editors and intranets use them: under the
// strict Content-Security-Policy, with no request but the one file, and a hundred to a page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inkedIn, launchBrowser, root, startServer, useGallery } from "./harness.mjs";

const gallery = useGallery();

// Records CSP violations from the first moment of the page, and counts WebAssembly instances.
function watch() {
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  window.__instances = 0;
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      window.__instances++;
      return original.apply(this, args);
    };
  }
}

async function open(url, { width = 1280, height = 900 } = {}) {
  const page = await gallery.browser.newPage({ viewport: { width, height } });
  const problems = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.addInitScript(watch);
  await page.goto(url);
  return { page, problems, requests };
}

const settled = (page) => page.waitForFunction(() => [...document.querySelectorAll("council-chart")].every((e) => e.dataset.state !== "waiting" && e.dataset.state !== undefined), null, { timeout: 15_000 });

test("the element page renders every chart kind under the strict CSP with no violation, and bad data as text", async () => {
  const { page, problems, requests } = await open(`${gallery.server.url}elements.html`, { height: 6000 });
  const response = await page.request.get(`${gallery.server.url}elements.html`);
  assert.match(response.headers()["content-security-policy"], /require-trusted-types-for 'script'/);
  await settled(page);
  const states = await page.$$eval("council-chart", (els) => els.map((e) => `${e.getAttribute("kind")}:${e.dataset.state}`));
  assert.deepEqual(states, ["kpi:drawn", "kpi:drawn", "judgement:drawn", "judgement:drawn", "funding:drawn", "funding:drawn", "scorecard:drawn", "kpi:error"]);
  for (const canvas of await page.locator("council-chart canvas.council-chart__canvas").all()) assert.ok((await inkedIn(canvas)) > 500);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // The bad file's message is inside its element, as text, and it was logged.
  const message = page.locator('council-chart[src="data/kpi-bad-value.json"] .council-chart__error');
  assert.equal(await message.textContent(), 'This chart could not be drawn. series[0].points[1].value: expected a number or null, found the text "abc"');
  assert.equal(await page.locator('council-chart[src="data/kpi-bad-value.json"] *').count(), 1, "no element made from the data");
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0], /^<council-chart>: Error: series\[0\]\.points\[1\]\.value/);
  // One file: the WebAssembly came inside it, and one instance serves every chart.
  assert.equal(requests.filter((p) => p.endsWith(".wasm")).length, 0, requests.join(" "));
  assert.equal(await page.evaluate(() => window.__instances), 1);
  await page.close();
});

test("changing an attribute redraws the element; removing it destroys the chart", async () => {
  const { page } = await open(`${gallery.server.url}elements.html`, { height: 6000 });
  await settled(page);
  await page.$eval('council-chart[view="bullet"]', (el) => (el.id = "subject"));
  const bullet = page.locator("#subject");
  const height = () => bullet.locator("canvas.council-chart__canvas").evaluate((c) => c.getBoundingClientRect().height);
  const before = await height();
  await bullet.evaluate((el) => new Promise((done) => {
    el.addEventListener("council-chart-drawn", done, { once: true });
    el.setAttribute("view", "line");
  }));
  assert.ok((await height()) > before + 50, `the line view is taller than the bullet (${before} px)`);
  assert.equal(await bullet.locator("figure").count(), 1, "the old chart was replaced, not added to");
  assert.equal(await bullet.getByRole("group", { name: "Show or hide lines" }).count(), 1);
  const figures = await page.locator("figure.council-chart").count();
  // A bad attribute shows a message; a good one brings the chart back.
  await bullet.evaluate((el) => el.setAttribute("kind", "pie"));
  await page.waitForFunction(() => document.getElementById("subject").dataset.state === "error");
  assert.match(await bullet.locator(".council-chart__error").textContent(), /kind: expected one of kpi, judgement, funding, scorecard, found "pie"/);
  const removed = await bullet.evaluate((el) => {
    el.setAttribute("kind", "kpi");
    return new Promise((done) => el.addEventListener("council-chart-drawn", () => {
      const figure = el.querySelector("figure");
      el.remove();
      done(figure.isConnected);
    }, { once: true }));
  });
  assert.equal(removed, false, "removing the element removed its chart");
  assert.equal(await page.locator("figure.council-chart").count(), figures - 1);
  await page.close();
});

// An intranet: the one file copied to a deep path, a page with inline data, the strict CSP on
// everything, and no other file at all.
let intranet;
before(() => {
  intranet = mkdtempSync(join(tmpdir(), "council-intranet-"));
  const deep = join(intranet, "sites", "performance", "assets");
  mkdirSync(deep, { recursive: true });
  cpSync(join(root, "build", "npm", "council-charts.one-file.js"), join(deep, "council-charts.one-file.js"));
  const kpi = readFileSync(join(root, "www", "data", "kpi-children-looked-after.json"), "utf8");
  const plan = readFileSync(join(root, "www", "data", "funding-improvement-programme.json"), "utf8");
  const grades = readFileSync(join(root, "www", "data", "judgements-journey.json"), "utf8");
  const charts = [["kpi", kpi], ["funding", plan], ["judgement", grades]]
    .map(([kind, json]) => `<council-chart kind="${kind}"><script type="application/json">${json}</script></council-chart>`)
    .join("\n");
  writeFileSync(join(intranet, "sites", "performance", "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Intranet</title><link rel="icon" href="data:,">
<script src="assets/council-charts.one-file.js" defer></script></head><body><main><h1>Performance</h1>${charts}</main></body></html>`);
  // A hundred charts on one page, most far below the fold.
  const hundred = Array.from({ length: 100 }, (_, i) => `<h2>KPI ${i + 1}</h2><council-chart kind="kpi" id="c${i}"><script type="application/json">${kpi}</script></council-chart>`).join("\n");
  writeFileSync(join(intranet, "sites", "performance", "hundred.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>100 charts</title><link rel="icon" href="data:,">
<script src="assets/council-charts.one-file.js" defer></script></head><body><main>${hundred}</main></body></html>`);
});
after(() => intranet && rmSync(intranet, { recursive: true, force: true }));

test("the one-file build works from any path under the strict CSP, with no request but itself", async () => {
  const server = await startServer(["--site", intranet, "--csp"]);
  try {
    const { page, problems, requests } = await open(`${server.url}sites/performance/`);
    await settled(page);
    assert.deepEqual(await page.$$eval("council-chart", (els) => els.map((e) => e.dataset.state)), ["drawn", "drawn", "drawn"]);
    for (const canvas of await page.locator("council-chart canvas.council-chart__canvas").all()) assert.ok((await inkedIn(canvas)) > 2000);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(requests, ["/sites/performance/", "/sites/performance/assets/council-charts.one-file.js"]);
    assert.equal(await page.evaluate(() => typeof window.councilCharts.kpiChart), "function");
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    server.stop();
  }
});

test("a page of 100 charts draws those in view first, shares one instance, and draws the rest on scrolling", async () => {
  const server = await startServer(["--site", intranet, "--csp"]);
  try {
    const { page, problems } = await open(`${server.url}sites/performance/hundred.html`);
    await page.waitForFunction(() => document.getElementById("c0").dataset.state === "drawn", null, { timeout: 15_000 });
    const opened = await page.evaluate(() => performance.now());
    const drawn = () => page.$$eval("council-chart", (els) => els.filter((e) => e.dataset.state === "drawn").length);
    const first = await drawn();
    assert.ok(first >= 1 && first <= 10, `${first} of 100 drawn on opening`);
    assert.equal(await page.evaluate(() => document.getElementById("c99").dataset.state), "waiting");
    await page.locator("#c99").scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.getElementById("c99").dataset.state === "drawn", null, { timeout: 15_000 });
    assert.ok((await drawn()) < 100, "charts scrolled past quickly need not all be drawn");
    assert.equal(await page.evaluate(() => window.__instances), 1, "one WebAssembly instance for every chart");
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    console.log(`# 100-chart page: first chart drawn ${Math.round(opened)} ms after navigation start, ${first} drawn at first`);
    await page.close();
  } finally {
    server.stop();
  }
});
