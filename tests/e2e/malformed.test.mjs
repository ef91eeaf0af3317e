// The malformed-input corpus through the browser API: every JSON case of
// tests/cases/malformed.txt throws the same message in the browser as natively, values only
// JavaScript can hold (NaN, Infinity, undefined, functions, symbols, BigInt, cycles, throwing
// getters and proxies) give errors naming their path, and the page keeps working afterwards.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, libraryPage, root } from "./harness.mjs";

let site, browser;
before(async () => {
  site = await libraryPage();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  site?.stop();
});

// The corpus lines a browser can be given as they are: JSON data and options (CSV and the
// generated cases are read by the same code natively).
function corpus() {
  const lines = readFileSync(join(root, "tests", "cases", "malformed.txt"), "utf8").split("\n");
  const cases = [];
  for (const line of lines) {
    if (line.startsWith("#") || !line.includes(" ==> ")) continue;
    const [input, expected] = line.split(" ==> ");
    const [kind, options, ...rest] = input.split(" | ");
    const data = rest.join(" | ");
    // JSON text the native parser refuses (1e999) is a number to JavaScript's JSON.parse:
    // the next test gives the browser its Infinity.
    if (data.startsWith("@") || data.startsWith("csv:") || expected.startsWith("data: is not valid JSON")) continue;
    try {
      cases.push({ kind, options: JSON.parse(options), data: JSON.parse(data), expected });
    } catch {
      // Not JSON at all (NaN, 1e999): the browser case below gives it as a JavaScript value.
    }
  }
  return cases;
}

test("every JSON case of the malformed corpus throws the same message in the browser as natively", async () => {
  const cases = corpus();
  assert.ok(cases.length >= 100, `${cases.length} cases`);
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(site.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready);
  const results = await page.evaluate((cases) => {
    const { kpiChart, judgementChart, fundingChart } = window.library;
    const draw = { kpi: kpiChart, judgement: judgementChart, funding: fundingChart };
    const host = document.getElementById("main");
    return cases.map(({ kind, options, data }) => {
      try {
        draw[kind](host, data, options);
        return "ACCEPTED";
      } catch (error) {
        return error instanceof Error ? error.message : `not an Error: ${error}`;
      }
    });
  }, cases);
  const mismatches = cases.map((c, i) => [c, results[i]]).filter(([c, got]) => got !== c.expected).map(([c, got]) => `${c.kind}: expected ${c.expected}\n   got ${got}`);
  assert.deepEqual(mismatches, []);
  assert.equal(await page.locator("figure").count(), 0, "nothing was added to the page");
  assert.deepEqual(problems, []);
  await page.close();
});

test("values only JavaScript can hold give errors naming their path, and the page keeps working", async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(site.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready);
  const results = await page.evaluate(() => {
    const { kpiChart, fundingChart } = window.library;
    const host = document.getElementById("main");
    const kpi = (value) => ({ title: "T", series: [{ name: "A", points: [{ period: "2019/20", value }] }] });
    const cyclic = { title: "T" };
    cyclic.series = [cyclic];
    const deep = { title: "T", series: [] };
    let cursor = deep;
    for (let i = 0; i < 100; i++) cursor = cursor.next = {};
    const throwingGetter = { title: "T", get series() { throw new Error("boom"); } };
    const throwingProxy = new Proxy({}, { ownKeys() { throw new Error("boom"); } });
    const attempts = {
      NaN: () => kpiChart(host, kpi(NaN)),
      Infinity: () => kpiChart(host, kpi(Infinity)),
      "-Infinity": () => kpiChart(host, kpi(-Infinity)),
      undefined: () => kpiChart(host, kpi(undefined)) && "undefined is null, a gap",
      function: () => kpiChart(host, kpi(() => 1)),
      symbol: () => kpiChart(host, kpi(Symbol("x"))),
      bigint: () => kpiChart(host, kpi(10n)),
      date: () => kpiChart(host, kpi(new Date())),
      cycle: () => kpiChart(host, cyclic),
      "100 levels": () => kpiChart(host, deep),
      "throwing getter": () => kpiChart(host, throwingGetter),
      "throwing proxy": () => kpiChart(host, throwingProxy),
      // Object.keys asks a proxy for each field's descriptor: a throw there is caught too.
      "proxy with throwing descriptors": () => kpiChart(host, new Proxy(kpi(1), { getOwnPropertyDescriptor() { throw new Error("boom"); } })),
      // Only own enumerable fields are data, as for JSON.stringify: a hidden one is not read
      // (were it read, "colour" would be refused as an unknown key).
      "a non-enumerable field": () => kpiChart(host, Object.defineProperty(kpi(1), "colour", { value: "red", enumerable: false })) && "not read",
      "NaN in a funding plan": () => fundingChart(host, { title: "T", columns: ["A"], sections: [{ name: "S", lines: [{ name: "L", values: [NaN] }] }] }),
      "options as a string": () => kpiChart(host, kpi(1), "line"),
      "no container": () => kpiChart(null, kpi(1)),
      "no container, bad data": () => kpiChart(null, {}),
      "a detached container": () => kpiChart(document.createElement("div"), kpi(1)),
      "a selector for a container": () => kpiChart("#chart", kpi(1)),
      "a Promise": () => kpiChart(host, Promise.resolve(kpi(1))),
      "a Response": () => kpiChart(host, new Response("period,A\n2019/20,1")),
      "a Blob": () => kpiChart(host, new Blob(["period,A\n2019/20,1"])),
      "a File": () => fundingChart(host, new File(["x"], "plan.csv")),
      "an ArrayBuffer": () => kpiChart(host, new ArrayBuffer(8)),
      "a Uint8Array": () => kpiChart(host, new Uint8Array([80, 75, 3, 4])),
      "a URL": () => kpiChart(host, "https://example.org/kpi.csv"),
    };
    const out = {};
    for (const [name, attempt] of Object.entries(attempts)) {
      try {
        const result = attempt();
        out[name] = typeof result === "string" ? result : "ACCEPTED";
      } catch (error) {
        out[name] = error instanceof Error ? error.message : `not an Error: ${String(error)}`;
      }
    }
    // The page and the library still work: a good chart draws.
    const chart = kpiChart(host, kpi(5));
    out.after = chart.describe();
    return out;
  });
  assert.deepEqual(results, {
    NaN: "series[0].points[0].value: expected a number or null, found NaN",
    Infinity: "series[0].points[0].value: expected a number or null, found an infinite number",
    "-Infinity": "series[0].points[0].value: expected a number or null, found an infinite number",
    undefined: "undefined is null, a gap",
    function: "series[0].points[0].value: expected data, found a function",
    symbol: "series[0].points[0].value: expected data, found a value JSON cannot hold (a symbol or a bigint)",
    bigint: "series[0].points[0].value: expected data, found a value JSON cannot hold (a symbol or a bigint)",
    date: "series[0].points[0].value: expected a number or null, found an object",
    cycle: results.cycle.startsWith("series[0].series[0].series[0]") && results.cycle.endsWith("is nested more than 64 levels deep; chart data never is") ? results.cycle : "a cycle names its path",
    "100 levels": results["100 levels"].startsWith("next.next.next") && results["100 levels"].endsWith("is nested more than 64 levels deep; chart data never is") ? results["100 levels"] : "deep nesting names its path",
    "throwing getter": "series: could not be read",
    "throwing proxy": "data: could not be read: listing its fields threw an error",
    "proxy with throwing descriptors": "data: could not be read: listing its fields threw an error",
    "a non-enumerable field": "not read",
    "NaN in a funding plan": "sections[0].lines[0].values[0]: expected a number, null or \"-\", found NaN",
    "options as a string": results["options as a string"].startsWith("options") ? results["options as a string"] : "options named",
    "no container": "container: expected an HTML element in the page, found null (did a querySelector or getElementById find nothing?)",
    "no container, bad data": "container: expected an HTML element in the page, found null (did a querySelector or getElementById find nothing?)",
    "a detached container": "container: the element is not in the page; add it to the document before drawing a chart in it",
    "a selector for a container": 'container: expected an HTML element in the page, found text (give the element itself, such as document.querySelector("#chart"))',
    "a Promise": "data: found a Promise, not data; await it first (kpiChart(el, await data)) or draw in its .then()",
    "a Response": "data: found a fetch Response, not data; give its text: await response.text() (CSV or JSON) or await response.json()",
    "a Blob": "data: found a Blob, not data; give its text: await blob.text() for CSV or JSON; for a spreadsheet (.xlsx, .ods), await readSpreadsheet(await blob.arrayBuffer())",
    "a File": "data: found a File, not data; give its text: await file.text() for CSV or JSON; for a spreadsheet (.xlsx, .ods), await readSpreadsheet(await file.arrayBuffer())",
    "an ArrayBuffer": "data: found bytes (an ArrayBuffer), not data; for a spreadsheet (.xlsx, .ods), read them with await readSpreadsheet(bytes); for CSV or JSON, decode them first: new TextDecoder().decode(bytes)",
    "a Uint8Array": "data: found bytes (a Uint8Array), not data; for a spreadsheet (.xlsx, .ods), read them with await readSpreadsheet(bytes); for CSV or JSON, decode them first: new TextDecoder().decode(bytes)",
    "a URL": 'data: "https://example.org/kpi.csv" is a file\'s address, not its data; fetch it first (await (await fetch(url)).text()) and give the text, or use <council-chart src="...">',
    after: "T. A: 5 in 2019/20.",
  });
  assert.deepEqual(problems, []);
  await page.close();
});
