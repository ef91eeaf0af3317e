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

async function open(url, { width = 1280, height = 900, before = null } = {}) {
  const page = await gallery.browser.newPage({ viewport: { width, height } });
  const problems = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.addInitScript(watch);
  if (before) await page.addInitScript(before);
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
  assert.deepEqual(states, ["kpi:drawn", "kpi:drawn", "judgement:drawn", "judgement:drawn", "judgement:drawn", "funding:drawn", "funding:drawn", "scorecard:drawn", "scorecard:drawn", "scorecard:drawn", "kpi:error"]);
  // The scorecard from published files: three items, two naming one file, fetched once; the
  // off-target indicator first.
  // (Once for that scorecard, once for the spine below it: each element fetches its own.)
  assert.equal(requests.filter((p) => p.endsWith("/data/kpi-every-council-illustrative.csv")).length, 2, requests.join(" "));
  const reported = page.locator("council-chart[kind=scorecard]").nth(1);
  assert.equal(await reported.locator("li.council-scorecard__tile").count(), 3);
  const said = await reported.evaluate((e) => e.chart.describe());
  assert.match(said, /^3 indicators\. /);
  // Every chart drew; a tile's canvas holds its sparkline alone (its words are text).
  for (const canvas of await page.locator("council-chart canvas.council-chart__canvas").all()) {
    const tile = await canvas.evaluate((c) => c.closest(".council-scorecard__tile") !== null);
    assert.ok((await inkedIn(canvas)) > (tile ? 40 : 500));
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // The bad file's message is inside its element, as text, and it was logged.
  const message = page.locator('council-chart[src="data/kpi-bad-value.json"] .council-chart__error');
  assert.equal(await message.textContent(), 'This chart could not be drawn. series[0].points[1].value: expected a number or null, found the text "abc"');
  assert.equal(await page.locator('council-chart[src="data/kpi-bad-value.json"] *').count(), 1, "no element made from the data");
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0], /^<council-chart>: Error: series\[0\]\.points\[1\]\.value/);
  // One file: the WebAssembly came inside it, and one instance serves every chart; the
  // spreadsheet's reader is the one other, imported from beside the one file for the .ods.
  assert.equal(requests.filter((p) => p.endsWith(".wasm")).length, 0, requests.join(" "));
  assert.deepEqual(requests.filter((p) => p.includes("sheet")), ["/npm/council-charts.sheet.one-file.js"]);
  assert.equal(await page.evaluate(() => window.__instances), 2);
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
  // An attribute the element does not read is named, not ignored.
  const refused = await bullet.evaluate(async (el) => {
    const said = [];
    el.setAttribute("kind", "kpi");
    for (const [name, value] of [["vew", "line"], ["council", "Leeds"]]) {
      el.setAttribute(name, value);
      await el.render();
      said.push(el.querySelector(".council-chart__error")?.textContent);
      el.removeAttribute(name);
    }
    return said;
  });
  assert.deepEqual(refused, [
    'This chart could not be drawn. vew: is not an attribute of <council-chart>; did you mean "view"?',
    `This chart could not be drawn. council: is not an attribute of <council-chart> (kind, view, src, options, sheet, range); give it in the options, such as options='{"council": ...}'`,
  ]);
  await bullet.evaluate((el) => el.setAttribute("kind", "pie"));
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
  // A page of KPIs with the KPI family's one file, and one chart of another family by mistake.
  cpSync(join(root, "build", "npm", "council-charts.kpi.one-file.js"), join(deep, "council-charts.kpi.one-file.js"));
  const kpiPage = [["kpi", kpi], ["scorecard", `[${kpi}, ${kpi}]`], ["funding", plan]]
    .map(([kind, json]) => `<council-chart kind="${kind}"><script type="application/json">${json}</script></council-chart>`)
    .join("\n");
  writeFileSync(join(intranet, "sites", "performance", "kpis.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>KPIs</title><link rel="icon" href="data:,">
<script src="assets/council-charts.kpi.one-file.js" defer></script></head><body><main><h1>KPIs</h1>${kpiPage}</main></body></html>`);
  // A hundred charts on one page, most far below the fold.
  const hundred = Array.from({ length: 100 }, (_, i) => `<h2>KPI ${i + 1}</h2><council-chart kind="kpi" id="c${i}"><script type="application/json">${kpi}</script></council-chart>`).join("\n");
  writeFileSync(join(intranet, "sites", "performance", "hundred.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>100 charts</title><link rel="icon" href="data:,">
<script src="assets/council-charts.one-file.js" defer></script></head><body><main>${hundred}</main></body></html>`);
});
after(() => intranet && rmSync(intranet, { recursive: true, force: true }));

test("under a policy without 'wasm-unsafe-eval', each chart says to add it, not 'unsafe-eval'", async () => {
  // The editor's page: its own policy in a meta tag, script-src 'self' and nothing for WebAssembly.
  const page = readFileSync(join(intranet, "sites", "performance", "index.html"), "utf8").replace(
    "<title>",
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"><title>`,
  );
  writeFileSync(join(intranet, "sites", "performance", "no-wasm.html"), page);
  const server = await startServer(["--site", intranet]);
  try {
    const { page: opened, problems } = await open(`${server.url}sites/performance/no-wasm.html`);
    await opened.waitForFunction(() => [...document.querySelectorAll("council-chart")].every((e) => e.dataset.state === "error"), null, { timeout: 15_000 });
    const said = await opened.$$eval("council-chart .council-chart__error", (els) => els.map((e) => e.textContent));
    assert.equal(said.length, 3);
    for (const text of said) {
      assert.match(text, /^This chart could not be drawn\. the page's Content-Security-Policy does not let WebAssembly compile: add 'wasm-unsafe-eval' to script-src \(not 'unsafe-eval', which allows far more\)\. The browser said: /);
    }
    assert.ok(problems.some((p) => p.includes("add 'wasm-unsafe-eval' to script-src")), `the console says it too: ${problems.join("\n")}`);
    await opened.close();
  } finally {
    server.stop();
  }
});

test("the npm entry's init() under a policy without 'wasm-unsafe-eval' says to add it, thrown and in the console", async () => {
  // A web developer's page importing the package's main entry, with script-src 'self' only.
  cpSync(join(root, "build", "npm"), join(intranet, "npm"), { recursive: true });
  writeFileSync(join(intranet, "npm-start.js"), `import init from "./npm/web/index.js";
init().then(() => { document.body.dataset.state = "drawn"; }, (error) => {
  document.getElementById("said").textContent = error.message;
  document.body.dataset.state = "error";
});
`);
  writeFileSync(join(intranet, "npm-no-wasm.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"><title>npm</title><link rel="icon" href="data:,">
<script type="module" src="npm-start.js"></script></head><body><main><h1>From npm</h1><p id="said"></p></main></body></html>`);
  const server = await startServer(["--site", intranet]);
  try {
    const { page, problems } = await open(`${server.url}npm-no-wasm.html`);
    await page.waitForFunction(() => document.body.dataset.state, null, { timeout: 15_000 });
    assert.equal(await page.evaluate(() => document.body.dataset.state), "error");
    assert.match(await page.textContent("#said"), /^the page's Content-Security-Policy does not let WebAssembly compile: add 'wasm-unsafe-eval' to script-src \(not 'unsafe-eval', which allows far more\)\. The browser said: /);
    assert.ok(problems.some((p) => p.includes("council-charts: the page's Content-Security-Policy")), `the console says it too: ${problems.join("\n")}`);
    await page.close();
  } finally {
    server.stop();
  }
});

// The one file reads its base64 with Uint8Array.fromBase64, or where a browser has none (before
// Chrome 140, Firefox 133, Safari 18.2) with atob and a loop: both ways are drawn.
const withoutFromBase64 = () => delete Uint8Array.fromBase64;
for (const [older, before] of [["", null], [", and without Uint8Array.fromBase64", withoutFromBase64]])
test(`the one-file build works from any path under the strict CSP, with no request but itself${older}`, async () => {
  const server = await startServer(["--site", intranet, "--csp"]);
  try {
    const { page, problems, requests } = await open(`${server.url}sites/performance/`, { before });
    if (before) assert.equal(await page.evaluate(() => typeof Uint8Array.fromBase64), "undefined");
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

test("a family's one file draws that family's kinds, and says which file another kind needs", async () => {
  const server = await startServer(["--site", intranet, "--csp"]);
  try {
    const { page, problems, requests } = await open(`${server.url}sites/performance/kpis.html`);
    await settled(page);
    assert.deepEqual(await page.$$eval("council-chart", (els) => els.map((e) => e.dataset.state)), ["drawn", "drawn", "error"]);
    assert.equal(
      await page.locator('council-chart[kind="funding"] .council-chart__error').textContent(),
      'This chart could not be drawn. kind: this build of council-charts draws kpi, scorecard only; "funding" needs council-charts.one-file.js or council-charts.funding.one-file.js',
    );
    assert.deepEqual(requests, ["/sites/performance/kpis.html", "/sites/performance/assets/council-charts.kpi.one-file.js"]);
    assert.deepEqual(Object.keys(await page.evaluate(() => window.councilCharts)).sort(), ["init", "kpiChart", "kpiScorecard", "readSpreadsheet", "reserveRoom"]);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], /^<council-chart>: Error: kind: this build/);
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
    // Printing draws every chart still waiting, so none prints as blank space.
    await page.emulateMedia({ media: "print" });
    await page.waitForFunction(() => [...document.querySelectorAll("council-chart")].every((e) => e.dataset.state === "drawn"), null, { timeout: 15_000 });
    await page.emulateMedia({ media: "screen" });
    assert.equal(await page.evaluate(() => window.__instances), 1, "one WebAssembly instance for every chart");
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    console.log(`# 100-chart page: first chart drawn ${Math.round(opened)} ms after navigation start, ${first} drawn at first`);
    await page.close();
  } finally {
    server.stop();
  }
});

// The npm package's element (`council-charts/element`): each family's WebAssembly is loaded the
// first time a chart of that family is drawn, and not before; and each element keeps its chart's
// room before the data and the WebAssembly arrive.
let npmPages;
before(() => {
  npmPages = mkdtempSync(join(tmpdir(), "council-npm-element-"));
  const kpi = readFileSync(join(root, "www", "data", "kpi-children-looked-after.json"), "utf8");
  const plan = readFileSync(join(root, "www", "data", "funding-improvement-programme.json"), "utf8");
  const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="page.css"><link rel="stylesheet" href="/npm/council-charts.css"><script type="module" src="/npm/element.js"></script></head><body><main>${body}</main></body></html>`;
  const inline = (kind, view, json) => `<council-chart kind="${kind}"${view ? ` view="${view}"` : ""}><script type="application/json">${json}</script></council-chart>`;
  writeFileSync(join(npmPages, "plan.json"), plan);
  writeFileSync(join(npmPages, "kpi.csv"), "period,Council,England\n2021/22,10,12\n2022/23,12,12\n");
  writeFileSync(join(npmPages, "page.css"), "main { width: 800px; } .spacer { height: 5000px; }\n");
  writeFileSync(join(npmPages, "mixed.html"), page("Mixed", [inline("kpi", "", kpi), inline("funding", "", plan)].join("\n")));
  writeFileSync(join(npmPages, "kpi.html"), page("KPIs", [inline("kpi", "", kpi), inline("kpi", "bullet", kpi), inline("kpi", "sparkline", kpi)].join("\n")));
  // Far below the fold, so that each is measured while it waits, then drawn on request.
  const spacer = '<div class="spacer"></div>';
  const views = [["kpi", "", kpi], ["kpi", "line", kpi], ["kpi", "bullet", kpi], ["kpi", "sparkline", kpi], ["funding", "", plan], ["funding", "stacked", plan]];
  const room = views.map(([kind, view, json]) => inline(kind, view, json)).join("\n");
  writeFileSync(join(npmPages, "room.html"), page("Room", spacer + room));
  writeFileSync(join(npmPages, "room-css-only.html"), page("Room", room).replace('<script type="module" src="/npm/element.js"></script>', ""));
  // Charts mounted by script: each container keeps its room (reserveRoom) before the KPI
  // module is even fetched, and gives it back once its chart is drawn.
  writeFileSync(join(npmPages, "kpi.json"), kpi);
  writeFileSync(
    join(npmPages, "script-mount.js"),
    `import { reserveRoom } from "/npm/element.js";
const views = ["line", "bullet", "sparkline"];
const slots = [...document.querySelectorAll(".slot")];
const data = await (await fetch("kpi.json")).json();
const releases = slots.map((slot, i) => reserveRoom(slot, "kpi", { view: views[i] }, data));
const heights = () => slots.map((slot) => slot.getBoundingClientRect().height);
const reserved = heights();
const before = performance.getEntriesByType("resource").filter((r) => r.name.endsWith(".wasm")).length;
const { default: init, kpiChart } = await import("/npm/kpi/council_charts_kpi.js");
await init();
slots.forEach((slot, i) => kpiChart(slot, data, { view: views[i] }));
releases.forEach((release) => release());
window.__room = { reserved, before, released: heights(), minHeights: slots.map((slot) => slot.style.minHeight) };
`,
  );
  writeFileSync(
    join(npmPages, "script-mount.html"),
    page("Mounted by script", '<div class="slot"></div><div class="slot"></div><div class="slot"></div>').replace('<script type="module" src="/npm/element.js"></script>', '<script type="module" src="script-mount.js"></script>'),
  );
});
after(() => npmPages && rmSync(npmPages, { recursive: true, force: true }));

// When the WebAssembly arrives, every chart waiting for it goes on at once; each is drawn in a
// task of its own, so what the page has queued (a key, a tap: here a task of the same priority
// as input) runs between one chart and the next rather than after the last.
test("the element draws each chart in a task of its own, so the page's queued work runs between charts", async () => {
  const server = await startServer(["--site", npmPages, "--csp"]);
  try {
    const page = await gallery.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      window.__order = [];
      document.addEventListener("council-chart-drawn", (event) => {
        const i = [...document.querySelectorAll("council-chart")].indexOf(event.target);
        window.__order.push(`drawn ${i}`);
        scheduler.postTask(() => window.__order.push(`page's task after ${i}`), { priority: "user-blocking" });
      });
    });
    await page.goto(`${server.url}kpi.html`);
    await settled(page);
    await page.evaluate(() => new Promise((done) => scheduler.postTask(done, { priority: "background" })));
    const order = await page.evaluate(() => window.__order);
    assert.equal(order.length, 6, order.join(", "));
    for (let i = 0; i < order.length; i += 2) {
      const chart = order[i].replace("drawn ", "");
      assert.deepEqual(order.slice(i, i + 2), [`drawn ${chart}`, `page's task after ${chart}`], order.join(", "));
    }
    await page.close();
  } finally {
    server.stop();
  }
});

test("the npm element loads only the WebAssembly of the families a page draws, under the strict CSP", async () => {
  const server = await startServer(["--site", npmPages, "--csp"]);
  try {
    const { page, problems, requests } = await open(`${server.url}kpi.html`);
    await settled(page);
    assert.deepEqual(await page.$$eval("council-chart", (els) => els.map((e) => e.dataset.state)), ["drawn", "drawn", "drawn"]);
    const wasm = () => requests.filter((p) => p.endsWith(".wasm"));
    assert.deepEqual(wasm(), ["/npm/kpi-json/council_charts_kpi_json_bg.wasm"], "a page of KPI charts from JSON loads the KPI module without the text readers");
    assert.equal(await page.evaluate(() => window.__instances), 1);
    // A funding chart from JSON added later brings the funding module without the text readers,
    // once; the KPI module is not loaded again.
    await page.evaluate(() => new Promise((done) => {
      const element = document.createElement("council-chart");
      element.setAttribute("kind", "funding");
      element.setAttribute("src", "plan.json");
      element.addEventListener("council-chart-drawn", done, { once: true });
      document.querySelector("main").prepend(element);
    }));
    await settled(page);
    const states = await page.$$eval("council-chart", (els) => els.map((e) => `${e.getAttribute("kind")}:${e.dataset.state}`));
    assert.deepEqual(states, ["funding:drawn", "kpi:drawn", "kpi:drawn", "kpi:drawn"]);
    assert.deepEqual(wasm(), ["/npm/kpi-json/council_charts_kpi_json_bg.wasm", "/npm/funding-json/council_charts_funding_json_bg.wasm"]);
    // A KPI chart from CSV brings the KPI module with the text readers, once.
    await page.evaluate(() => new Promise((done) => {
      const element = document.createElement("council-chart");
      element.setAttribute("src", "kpi.csv");
      element.addEventListener("council-chart-drawn", done, { once: true });
      document.querySelector("main").append(element);
      element.render();
    }));
    assert.equal(await page.$eval("main > council-chart:last-child", (e) => e.dataset.state), "drawn");
    assert.deepEqual(wasm(), ["/npm/kpi-json/council_charts_kpi_json_bg.wasm", "/npm/funding-json/council_charts_funding_json_bg.wasm", "/npm/kpi/council_charts_kpi_bg.wasm"]);
    assert.equal(wasm().filter((p) => p.includes("judgement")).length, 0);
    // A JSON-only module, given text, says which modules read it, naming its own family's.
    const givenText = (family, draw, text) =>
      page.evaluate(async ([family, draw, text]) => {
        const module = await import(`/npm/${family}-json/council_charts_${family}_json.js`);
        await module.default();
        const host = document.createElement("div");
        document.querySelector("main").append(host);
        try {
          module[draw](host, text);
          return "drawn";
        } catch (error) {
          return error.message;
        } finally {
          host.remove();
        }
      }, [family, draw, text]);
    const texts = [
      ["kpi", "kpiChart", "period,Council\n2021/22,10\n"],
      ["judgement", "judgementChart", "Area,2019\nLeaders,Good\n"],
      ["funding", "fundingChart", "Line,2024/25\nStaff,100\n"],
    ];
    for (const [family, draw, text] of texts) {
      assert.equal(
        await givenText(family, draw, text),
        `data: this build of council-charts reads JSON only (council-charts/${family}-json); for CSV or tab-separated text use council-charts/${family} or the whole library`,
      );
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    server.stop();
  }
});

test("a page of charts of several families loads the whole library once, not a module per family", async () => {
  const server = await startServer(["--site", npmPages, "--csp"]);
  try {
    const { page, problems, requests } = await open(`${server.url}mixed.html`);
    await settled(page);
    assert.deepEqual(await page.$$eval("council-chart", (els) => els.map((e) => e.dataset.state)), ["drawn", "drawn"]);
    assert.deepEqual(requests.filter((p) => p.endsWith(".wasm")), ["/npm/web/council_charts_bg.wasm"]);
    assert.equal(await page.evaluate(() => window.__instances), 1);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    server.stop();
  }
});

test("an element keeps its chart's room before the chart arrives, and council-charts.css before the script runs", async () => {
  const server = await startServer(["--site", npmPages, "--csp"]);
  try {
    // Before the script: the stylesheet alone gives each element its room (widths from the
    // viewport's: 1280 px, so a line's canvas is at its 420 px most, a plan's at 460 px).
    const { page: bare } = await open(`${server.url}room-css-only.html`);
    const bareHeights = await bare.$$eval("council-chart", (els) => els.map((e) => e.getBoundingClientRect().height));
    const rem = 16;
    assert.deepEqual(bareHeights, [420 + 9 * rem, 420 + 9 * rem, 124 + 7 * rem, 44 + 7 * rem, 460 + 9.5 * rem, 460 + 9.5 * rem]);
    await bare.close();

    const { page, problems } = await open(`${server.url}room.html`);
    await page.waitForFunction(() => customElements.get("council-chart") !== undefined);
    const reserved = await page.$$eval("council-chart", (els) => els.map((e) => `${e.dataset.state} ${e.style.minHeight}`));
    // 800 px wide: a line is half as high (240 to 420), a funding plan's stacked bars 0.55 (300
    // to 460); around the canvas, the title, subtitle, source, legend and table button most
    // charts have, until the data says.
    assert.deepEqual(reserved, [
      "waiting calc(400px + 8.75rem)",
      "waiting calc(400px + 8.75rem)",
      "waiting calc(124px + 6.875rem)",
      "waiting calc(44px + 6.875rem)",
      "waiting calc(440px + 9.375rem)",
      "waiting calc(440px + 9.375rem)",
    ]);
    const drawn = await page.$$eval("council-chart", (els) => Promise.all(els.map(async (e) => {
      const room = e.getBoundingClientRect().height;
      await e.render();
      return [e.dataset.state, e.querySelector("canvas.council-chart__canvas").getBoundingClientRect().height, room, e.getBoundingClientRect().height];
    })));
    for (const [i, [state, canvas, room, height]] of drawn.entries()) {
      assert.equal(state, "drawn");
      assert.equal(`${canvas}px`, /calc\((\d+px)/.exec(reserved[i])[1], `element ${i}: the canvas is as high as the room kept for it`);
      // The figure's text is estimated in rem, one line each: the whole is within two lines of
      // the room kept (a long subtitle wraps).
      assert.ok(Math.abs(height - room) <= 32, `element ${i}: kept ${room} px, drawn ${height} px`);
    }
    // Once drawn, the room is given back: no gap below the chart (the stylesheet's room was
    // kept as a 47 px gap before).
    const gaps = await page.$$eval("council-chart", (els) => els.map((e) => Math.round(e.getBoundingClientRect().bottom - e.lastElementChild.getBoundingClientRect().bottom)));
    assert.deepEqual(gaps, [0, 0, 0, 0, 0, 0], "a drawn element keeps no room below its chart");
    // An error takes the room its message needs, no more (it kept about 500 px before).
    const failed = await page.evaluate(async () => {
      const element = document.createElement("council-chart");
      element.setAttribute("kind", "funding");
      element.setAttribute("options", "{ not JSON");
      document.querySelector("main").append(element);
      await element.render();
      const message = element.querySelector(".council-chart__error");
      return [element.dataset.state, Math.round(element.getBoundingClientRect().height - message.getBoundingClientRect().height)];
    });
    assert.deepEqual(failed, ["error", 0], "an element showing an error is as high as its message");
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes("options: expected JSON")));
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    server.stop();
  }
});

test("a chart mounted by script keeps its room with reserveRoom until it is drawn", async () => {
  const server = await startServer(["--site", npmPages, "--csp"]);
  try {
    const { page, problems } = await open(`${server.url}script-mount.html`);
    await page.waitForFunction(() => window.__room, null, { timeout: 30_000 });
    const { reserved, before, released, minHeights } = await page.evaluate(() => window.__room);
    assert.equal(before, 0, "the room is kept before any WebAssembly is fetched");
    assert.deepEqual(minHeights, ["", "", ""], "the room is given back");
    for (const [i, height] of released.entries()) {
      // The chart's own height once the room is given back. The canvas's height is the
      // library's own; the text around it is estimated in rem, one line each: within two lines,
      // as for the element.
      assert.ok(reserved[i] > 100 && Math.abs(height - reserved[i]) <= 32, `slot ${i}: kept ${reserved[i]} px, drawn ${height} px`);
    }
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    server.stop();
  }
});
