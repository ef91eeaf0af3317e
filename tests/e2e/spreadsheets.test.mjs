// Spreadsheets as downloaded: <council-chart src="...ods"> (the npm element and the one-file
// build, under the strict CSP) and readSpreadsheet from the package's entries. The reader is its
// own module: a page that reads no spreadsheet never requests a byte of it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inkedIn, launchBrowser, root, startServer } from "./harness.mjs";

let browser;
let site;
const sheets = join(root, "tests", "fixtures", "sheets");
before(async () => {
  browser = await launchBrowser();
  site = mkdtempSync(join(tmpdir(), "council-sheets-"));
  for (const file of ["ofsted-outcomes.ods", "kpi-rates.xlsx", "report.pdf"]) cpSync(join(sheets, file), join(site, file));
  const page = (title, head, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/npm/council-charts.css"><link rel="stylesheet" href="/page.css">${head}</head><body><main>${body}</main></body></html>`;
  writeFileSync(join(site, "page.css"), "main { width: 800px; }\n");
  const element = '<script type="module" src="/npm/element.js"></script>';
  const charts = `<council-chart kind="judgement" src="ofsted-outcomes.ods" options='{"council":"Northshire"}'></council-chart>
<council-chart kind="kpi" src="kpi-rates.xlsx" sheet="Data"></council-chart>
<council-chart kind="kpi" src="kpi-rates.xlsx" sheet="Dta"></council-chart>`;
  writeFileSync(join(site, "sheets.html"), page("Spreadsheets", element, charts));
  writeFileSync(join(site, "csv.html"), page("No spreadsheet", element, `<council-chart kind="kpi"><script type="text/csv">period,Council\n2022/23,10\n2023/24,12\n</script></council-chart>`));
  writeFileSync(join(site, "blank.html"), page("Blank", "", ""));
  // The one-file build and its spreadsheet reader, uploaded side by side as a CMS editor would.
  mkdirSync(join(site, "cms", "assets"), { recursive: true });
  for (const file of ["council-charts.one-file.js", "council-charts.sheet.one-file.js"]) cpSync(join(root, "build", "npm", file), join(site, "cms", "assets", file));
  cpSync(join(sheets, "ofsted-outcomes.ods"), join(site, "cms", "outcomes.ods"));
  writeFileSync(join(site, "cms", "index.html"), page("CMS", '<script src="assets/council-charts.one-file.js" defer></script>', `<council-chart kind="judgement" src="outcomes.ods" options='{"council":"E06000002"}'></council-chart>`));
});
after(async () => {
  await browser?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function open(server, path) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1600 } });
  const problems = [];
  const requests = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(`${server.url}${path}`);
  return { page, problems, requests };
}

const settled = (page) => page.waitForFunction(() => [...document.querySelectorAll("council-chart")].every((e) => ["drawn", "error"].includes(e.dataset.state)), null, { timeout: 20_000 });
// Requests for the spreadsheet reader: its module, its WebAssembly, the entries' loader.
const fromSheet = (requests) => requests.filter((p) => p.startsWith("/npm/sheet/") || /read-spreadsheet|sheet\.one-file/.test(p));

test("<council-chart src> reads a .ods or .xlsx itself, fetching the reader once, under the strict CSP", async () => {
  const server = await startServer(["--site", site, "--csp"]);
  try {
    const { page, problems, requests } = await open(server, "sheets.html");
    await settled(page);
    const states = await page.$$eval("council-chart", (els) => els.map((e) => e.dataset.state));
    assert.deepEqual(states, ["drawn", "drawn", "error"]);
    for (const canvas of await page.locator("council-chart canvas.council-chart__canvas").all()) assert.ok((await inkedIn(canvas)) > 2000);
    // The judgements are Northshire's, from the sheet the reader recognised.
    const described = await page.$eval("council-chart", (e) => e.chart.describe());
    assert.match(described, /Northshire/);
    assert.match(described, /Outstanding/);
    // The stored 61.4999, not the 61 the cell showed.
    assert.match(await page.$eval("council-chart:nth-of-type(2)", (e) => e.chart.toCsv()), /61\.4999/);
    // A sheet that is not there is named with the sheets there are.
    assert.equal(
      await page.$eval("council-chart:nth-of-type(3) .council-chart__error", (e) => e.textContent),
      'This chart could not be drawn. options.sheet: this spreadsheet has no sheet "Dta"; its sheets are "Front", "Data"',
    );
    assert.deepEqual(fromSheet(requests), ["/npm/sheet/council_charts_sheet.js", "/npm/sheet/council_charts_sheet_bg.wasm"]);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await page.close();

    // A page of charts from CSV never requests the reader.
    const csv = await open(server, "csv.html");
    await settled(csv.page);
    assert.equal(await csv.page.$eval("council-chart", (e) => e.dataset.state), "drawn");
    assert.deepEqual(fromSheet(csv.requests), []);
    assert.ok(csv.requests.some((p) => p.endsWith(".wasm")), "the chart's own module was loaded");
    await csv.page.close();
  } finally {
    server.stop();
  }
});

test("readSpreadsheet is exported by the main entry and each family's, and refuses what is not a spreadsheet", async () => {
  const server = await startServer(["--site", site]);
  try {
    const { page, problems, requests } = await open(server, "blank.html");
    const results = await page.evaluate(async () => {
      const bytes = async (file) => (await fetch(file)).arrayBuffer();
      const { readSpreadsheet, default: init, kpiChart } = await import("/npm/web/index.js");
      const imported = [];
      for (const entry of ["kpi", "kpi-json", "judgement", "judgement-json", "funding", "funding-json"]) {
        const module = await import(`/npm/${entry}/index.js`);
        imported.push(`${entry}:${typeof module.readSpreadsheet}:${typeof module.default}`);
      }
      const error = (promise) => promise.then(() => "no error", (e) => e.message);
      const text = await readSpreadsheet(await bytes("kpi-rates.xlsx"), { sheet: "Data" });
      await init();
      const host = document.createElement("div");
      host.style.width = "600px";
      document.body.append(host);
      const chart = kpiChart(host, text);
      return {
        imported,
        first: text.split("\n")[0],
        drawn: chart.describe().length > 0,
        pdf: await error(readSpreadsheet(await bytes("report.pdf"))),
        option: await error(readSpreadsheet(await bytes("kpi-rates.xlsx"), { sheets: "Data" })),
        text: await error(readSpreadsheet("Year,Rate\n2024,1")),
        bytesToChart: (() => {
          try {
            kpiChart(host, new Uint8Array([80, 75, 3, 4]));
            return "no error";
          } catch (e) {
            return e.message;
          }
        })(),
      };
    });
    assert.deepEqual(results.imported, ["kpi", "kpi-json", "judgement", "judgement-json", "funding", "funding-json"].map((e) => `${e}:function:function`));
    assert.equal(results.first, "#sheet\tData\tthe sheet asked for");
    assert.ok(results.drawn);
    assert.equal(results.pdf, "bytes: this is a PDF, which holds no table a chart can read; download the spreadsheet or CSV the publisher gives beside it");
    assert.equal(results.option, 'options.sheets: is not an option of readSpreadsheet; did you mean "sheet"?');
    assert.equal(results.text, "bytes: expected the file's bytes (an ArrayBuffer or Uint8Array: await response.arrayBuffer() or await file.arrayBuffer()), found text");
    assert.equal(results.bytesToChart, "data: found bytes (a Uint8Array), not data; for a spreadsheet (.xlsx, .ods), read them with await readSpreadsheet(bytes); for CSV or JSON, decode them first: new TextDecoder().decode(bytes)");
    // The reader was fetched once, for all its calls.
    assert.equal(requests.filter((p) => p === "/npm/sheet/council_charts_sheet_bg.wasm").length, 1);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    server.stop();
  }
});

test("the one-file build reads a spreadsheet with the reader uploaded beside it, under the strict CSP", async () => {
  const server = await startServer(["--site", site, "--csp"]);
  try {
    const { page, problems, requests } = await open(server, "cms/");
    await settled(page);
    assert.equal(await page.$eval("council-chart", (e) => e.dataset.state), "drawn");
    assert.match(await page.$eval("council-chart", (e) => e.chart.describe()), /Southby & Wells/);
    assert.deepEqual(requests, ["/cms/", "/npm/council-charts.css", "/page.css", "/cms/assets/council-charts.one-file.js", "/cms/outcomes.ods", "/cms/assets/council-charts.sheet.one-file.js"]);
    assert.equal(await page.evaluate(() => typeof window.councilCharts.readSpreadsheet), "function");
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await page.close();
  } finally {
    server.stop();
  }
});
