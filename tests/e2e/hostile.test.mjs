// Hostile text in every text field of every chart kind renders as inert text: no payload runs,
// no element is made from data, toSvg() escapes it, toCsv() neutralises formulae, and
// "__proto__" and "constructor" keys leave Object.prototype as it was. No CSP on this page:
// the library itself must be safe, not the policy.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { launchBrowser, libraryPage } from "./harness.mjs";
import { PAYLOADS } from "./payloads.mjs";

let page_, browser;

before(async () => {
  page_ = await libraryPage(`
window.__pwnedCalls = [];
window.__pwned = (n) => window.__pwnedCalls.push(n);
window.__added = [];
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node.nodeType === 1) window.__added.push(node);
}).observe(document, { childList: true, subtree: true });`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  page_?.stop();
});

test(`${PAYLOADS.length} hostile payloads in every text field of every kind stay inert text`, async () => {
  assert.ok(PAYLOADS.length >= 50);
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(page_.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready);
  const report = await page.evaluate(async (payloads) => {
    const { kpiChart, judgementChart, fundingChart, kpiScorecard, checkFundingPlan } = window.library;
    const main = document.getElementById("main");
    const failures = [];
    const svgs = [];
    const csvs = [];
    const host = () => main.appendChild(document.createElement("div"));
    const kpi = (p) => ({
      title: p, subtitle: p, source: p, unit: p, polarity: "higher-is-better", target: 5,
      series: [
        { name: p, points: [{ period: "2019/20", value: 4 }, { period: "2020/21", value: 6 }] },
        { name: `${p} (benchmark)`, role: "benchmark", points: [{ period: "2019/20", value: 5 }, { period: "2020/21", value: 5 }] },
      ],
      annotations: [{ period: "2020/21", label: p }],
    });
    const judgements = (p) => ({
      title: p, subtitle: p, source: p,
      scale: [{ name: `${p} 1`, short: p }, `${p} 2`, `${p} 3`, `${p} 4`],
      inspections: [{ label: p }, { label: `${p} again` }],
      areas: [{ name: p, grades: [`${p} 1`, `${p} 4`] }, { name: `${p} too`, grades: [null, `${p} 2`] }],
    });
    const plan = (p) => ({
      title: p, subtitle: p, source: p, unit: p,
      columns: [`${p} A`, `${p} B`],
      sections: [{ name: p, lines: [{ name: p, values: [10, 12] }, { name: `${p} 2`, values: [5, 4] }], subtotal: [15, 17] }],
      totals: [{ name: `${p} total`, values: [15, 16] }],
      available: { name: `${p} funding`, values: [14, 20] },
    });
    for (const p of payloads) {
      const charts = [
        kpiChart(host(), kpi(p), { toolbar: true }),
        kpiChart(host(), kpi(p), { view: "bullet" }),
        judgementChart(host(), judgements(p), { toolbar: true }),
        judgementChart(host(), judgements(p), { view: "journey" }),
        fundingChart(host(), plan(p), { toolbar: true }),
        fundingChart(host(), plan(p), { view: "waterfall" }),
        kpiScorecard(host(), [kpi(p), kpi(`${p} second`)]),
        kpiScorecard(host(), [kpi(p), kpi(`${p} second`)], { view: "spine", title: p, toolbar: true }),
      ];
      for (const chart of charts) {
        chart.describe();
        // A scorecard of tiles is many pictures, and says so; a spine (and every chart) is one.
        try {
          svgs.push([p, chart.toSvg()]);
        } catch (e) {
          if (!/many pictures/.test(e.message)) throw e;
        }
        csvs.push(chart.toCsv());
      }
      checkFundingPlan(plan(p));
      // Errors that quote the payload, shown the way a page would show them: as text.
      for (const attempt of [
        () => kpiChart(host(), { title: "T", series: [{ name: "A", points: [{ period: "2019/20", value: p }] }] }),
        () => judgementChart(host(), { title: "T", inspections: [{ label: "2023" }], areas: [{ name: "A", grades: [p] }] }),
        () => kpiChart(host(), { title: "T", series: [{ name: "A", points: [{ period: p, value: 1 }] }] }),
      ]) {
        try {
          attempt();
          failures.push(`accepted bad data with ${p}`);
        } catch (error) {
          const shown = host();
          shown.textContent = error.message;
          if (!error.message.includes(p.trim().slice(0, 12)) && !/[\u200B-\u200D\u2066-\u2069\u202A-\u202E\uFEFF]/.test(p)) failures.push(`the error does not quote the payload: ${error.message}`);
        }
      }
    }
    // Everything the charts offer a reader: every data table shown, a tooltip on every chart.
    for (const button of main.querySelectorAll(".council-chart__table-button")) if (!button.hidden) button.click();
    for (const canvas of main.querySelectorAll("canvas.council-chart__canvas")) {
      canvas.focus();
      canvas.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    }
    await new Promise((done) => setTimeout(done, 500)); // time for any onerror or onload to fire
    // A tile's glyphs are small SVGs of the scene's shapes (never text, never from data).
    const allowed = new Set(["DIV", "FIGURE", "FIGCAPTION", "CANVAS", "BUTTON", "P", "SPAN", "TABLE", "CAPTION", "THEAD", "TBODY", "TR", "TH", "TD", "UL", "LI", "svg", "polygon", "circle", "rect", "polyline"]);
    const made = [...new Set(window.__added.flatMap((el) => [el, ...el.querySelectorAll("*")]).map((el) => el.tagName))];
    if (made.length < 10) failures.push(`only ${made.join()} seen: the watch is not working`);
    const strange = made.filter((tag) => !allowed.has(tag));
    const everything = [...new Set(window.__added.flatMap((el) => [el, ...el.querySelectorAll("*")]))];
    const handlers = everything.flatMap((el) => [...el.attributes].filter((a) => /^on|^(src|href|srcdoc|action|formaction)$/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
    const titles = [...main.querySelectorAll(".council-chart__title")].map((t) => t.textContent);
    return { pwned: window.__pwnedCalls, failures, strange, handlers, titles, svgs, csvs, elements: window.__added.length };
  }, PAYLOADS);

  assert.deepEqual(report.pwned, [], "no payload ran");
  assert.deepEqual(report.failures, []);
  assert.deepEqual(report.strange, [], "no element made from data");
  assert.deepEqual(report.handlers, [], "no event handler or URL attribute on anything added to the page");
  // Titles read exactly as given, less surrounding spaces and tabs (the library trims text).
  for (const p of PAYLOADS) assert.ok(report.titles.includes(p.replace(/^[ \t]+|[ \t]+$/g, "")), `the title reads exactly ${JSON.stringify(p)}`);

  // toSvg: parsed as SVG, the payloads are text, never elements or attributes.
  const svgReport = await page.evaluate((svgs) => {
    const problems = [];
    for (const [p, svg] of svgs) {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      if (doc.querySelector("parsererror")) problems.push(`not well-formed SVG for ${p}`);
      const tags = new Set([...doc.querySelectorAll("*")].map((e) => e.localName));
      for (const bad of ["script", "foreignObject", "image", "a", "iframe", "animate", "set", "use", "style"]) if (tags.has(bad)) problems.push(`<${bad}> in the SVG for ${p}`);
      for (const el of doc.querySelectorAll("*")) for (const a of el.attributes) if (/^on/i.test(a.name) || /javascript:/i.test(a.value)) problems.push(`${el.localName} ${a.name} in the SVG for ${p}`);
      if (doc.querySelector("title")?.textContent !== p.replace(/^[ \t]+|[ \t]+$/g, "")) problems.push(`the SVG title is not the payload ${p}`);
    }
    return problems;
  }, report.svgs);
  assert.deepEqual(svgReport, []);
  assert.ok(report.svgs.length >= PAYLOADS.length * 6);

  // toCsv: no cell starts with a formula character, unless it is a plain negative number.
  const cells = report.csvs.flatMap(parseCsv);
  const live = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-\d[\d.]*$/.test(c));
  assert.deepEqual(live, []);
  assert.ok(cells.some((c) => c.startsWith("'=HYPERLINK")), "formulae are kept, neutralised");
  assert.deepEqual(problems, []);
  await page.close();
});

test('"__proto__" and "constructor" keys in data leave Object.prototype unchanged', async () => {
  const page = await browser.newPage();
  await page.goto(page_.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready);
  const result = await page.evaluate(() => {
    const { kpiChart, judgementChart, fundingChart } = window.library;
    const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
    const text = (kind) => `{"__proto__": {"polluted": "yes", "toString": "no"}, "constructor": {"prototype": {"polluted2": "yes"}}, ${kind}}`;
    const host = () => document.body.appendChild(document.createElement("div"));
    const outcomes = [];
    for (const [draw, body] of [
      [kpiChart, `"title": "T", "series": [{"__proto__": {"name": "X"}, "name": "A", "points": [{"period": "2019/20", "value": 1, "__proto__": {"value": 9}}]}]`],
      [judgementChart, `"title": "T", "inspections": [{"label": "2023"}], "areas": [{"name": "A", "grades": ["Good"]}]`],
      [fundingChart, `"title": "T", "columns": ["A"], "sections": [{"name": "S", "lines": [{"name": "L", "values": [1]}]}]`],
    ]) {
      for (const data of [text(body), JSON.parse(text(body))]) {
        try {
          const chart = draw(host(), data);
          outcomes.push(chart.describe().slice(0, 40));
        } catch (error) {
          outcomes.push(`error: ${error.message}`);
        }
      }
    }
    const after = Object.getOwnPropertyNames(Object.prototype).sort().join();
    return { same: before === after, polluted: {}.polluted ?? null, polluted2: {}.polluted2 ?? null, toString: typeof {}.toString, outcomes };
  });
  assert.equal(result.same, true);
  assert.equal(result.polluted, null);
  assert.equal(result.polluted2, null);
  assert.equal(result.toString, "function");
  assert.equal(result.outcomes.length, 6);
  // The JSON.parse'd object's own "__proto__" key is an ordinary key to the library, and like
  // any key the shapes do not define it is refused, by name, before anything is read from it.
  assert.ok(result.outcomes.every((o) => /^error: __proto__: is not a field of/.test(o)), result.outcomes.join(" | "));
  await page.close();
});

// RFC 4180 fields, enough for the library's own CSV.
function parseCsv(text) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === "," || ch === "\n") cells.push(cell), (cell = "");
    else cell += ch;
  }
  if (cell) cells.push(cell);
  return cells;
}
