// A council page built with GOV.UK Frontend that pastes four <council-chart> tags and
// council-charts.css, with the one-file build or with the element's module, served gzipped under
// the strict Content-Security-Policy, audited by Lighthouse 12.2.3 on its mobile defaults (CPU
// slowed 4 times, a slow 4G network simulated), and again with that throttling applied, for
// comparison. Issue 19's targets: cumulative layout shift at most 0.1, performance at least 90,
// accessibility 100; issue 45's: performance at least 95 and largest contentful paint at most
// 2.5 s. Writes its section of BENCHMARKS.md.
// Usage: node bench/lighthouse.mjs [--runs 5]   (scripts/bench.sh)
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { writeSection } from "./report-section.mjs";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
// Five runs a form: the one-file form's simulated largest paint flips between 1.2 and 3.4 s from
// run to run (BENCHMARKS.md), and a median of three is decided by a single run.
const RUNS = Number(args.includes("--runs") ? args[args.indexOf("--runs") + 1] : 5);

// The page, in a folder of its own with GOV.UK Frontend's styles and fonts beside it.
const site = mkdtempSync(join(tmpdir(), "council-govuk-"));
const govuk = join(root, "bench", "node_modules", "govuk-frontend", "dist", "govuk");
mkdirSync(join(site, "assets"), { recursive: true });
cpSync(join(govuk, "govuk-frontend.min.css"), join(site, "govuk-frontend.min.css"));
cpSync(join(govuk, "assets"), join(site, "assets"), { recursive: true });
for (const file of ["council-charts.one-file.js", "council-charts.css"]) cpSync(join(root, "build", "npm", file), join(site, file));
// The package's folder too, for the element's form (README, "Streamed where the page allows").
cpSync(join(root, "build", "npm"), join(site, "council-charts"), { recursive: true });
// The two ways the README shows a page taking the charts: the one-file build (one classic
// script, the WebAssembly inside), and the element's module, which fetches a family's module
// as the first chart nears the viewport.
const FORMS = [
  { name: "the one-file build", file: "index.html", script: '<script src="council-charts.one-file.js" defer></script>' },
  { name: "the element's module", file: "element.html", script: '<script type="module" src="council-charts/element.js"></script>' },
];
const data = (file) => readFileSync(join(root, "www", "data", file), "utf8");
const chart = (kind, view, json) => `<council-chart kind="${kind}"${view ? ` view="${view}"` : ""}><script type="application/json">${json}</script></council-chart>`;
const section = (heading, text, tag) => `<h2 class="govuk-heading-m">${heading}</h2>\n<p class="govuk-body">${text}</p>\n${tag}`;
for (const form of FORMS) writeFileSync(join(site, form.file), `<!doctype html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Children's services performance - Northshire Council</title>
  <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
  <meta name="description" content="How Northshire's children's services are doing: key indicators, inspections and the budget.">
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="govuk-frontend.min.css">
  <link rel="stylesheet" href="council-charts.css">
  ${form.script}
</head>
<body class="govuk-template__body">
  <header class="govuk-header"><div class="govuk-header__container govuk-width-container"><a href="#" class="govuk-header__link govuk-header__service-name">Northshire Council</a></div></header>
  <div class="govuk-width-container">
    <main class="govuk-main-wrapper" id="main-content">
      <h1 class="govuk-heading-xl">Children's services performance</h1>
      <p class="govuk-body-l">How our services for children and families are doing, updated each quarter.</p>
      ${section("Children looked after", "The rate per 10,000 children, against our target and the England average.", chart("kpi", "", data("kpi-children-looked-after.json")))}
      ${section("Against the target", "The latest figure on the bands we set.", chart("kpi", "bullet", data("kpi-children-looked-after.json")))}
      ${section("Ofsted inspections", "Each judgement area, inspection after inspection.", chart("judgement", "", data("judgements-journey.json")))}
      ${section("The improvement programme budget", "Planned spending by year, in thousands of pounds.", chart("funding", "", data("funding-improvement-programme.json")))}
      <p class="govuk-body">Figures are illustrative.</p>
    </main>
  </div>
  <footer class="govuk-footer"><div class="govuk-width-container"><p class="govuk-footer__meta-custom">Northshire Council</p></div></footer>
</body>
</html>
`);

const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", "0", "--site", site, "--csp", "--gzip"], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
const base = await new Promise((resolve) => server.stdout.on("data", (chunk) => {
  const found = /http:\/\/\S+/.exec(String(chunk));
  if (found) resolve(found[0]);
}));

// Each run loads every form in turn, each in a fresh Chromium, so the machine's drift falls on both.
// Each form is also audited with the same throttling applied to the real load rather than
// simulated from an unthrottled one (Lighthouse's "devtools" method), for comparison only: the
// targets are on Lighthouse's defaults. Its simulation can count a deferred script among what
// the largest paint waited for when the script happened to run just before that paint
// (BENCHMARKS.md); applied throttling shows when the heading was really painted.
const runsOf = Object.fromEntries(FORMS.map((form) => [form.name, []]));
const appliedOf = Object.fromEntries(FORMS.map((form) => [form.name, []]));
try {
  for (let r = 0; r < RUNS; r++) {
    for (const [form, throttlingMethod, into] of FORMS.flatMap((form) => [[form, "simulate", runsOf], [form, "devtools", appliedOf]])) {
      const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
      try {
        const { lhr } = await lighthouse(`${base}${form.file}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], throttlingMethod });
        into[form.name].push({
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          cls: lhr.audits["cumulative-layout-shift"].numericValue,
          lcp: lhr.audits["largest-contentful-paint"].numericValue,
          tbt: lhr.audits["total-blocking-time"].numericValue,
          failed: Object.values(lhr.audits).filter((a) => a.scoreDisplayMode === "binary" && a.score === 0 && lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id)).map((a) => a.id),
          version: lhr.lighthouseVersion,
        });
        process.stdout.write(".");
      } finally {
        await chrome.kill();
      }
    }
  }
} finally {
  server.kill();
  rmSync(site, { recursive: true, force: true });
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const verdict = (met) => (met ? "met" : "**missed**");
// A form's runs: a figure's median, and every run's figure as shown.
const figures = (runs) => ({
  pick: (key) => median(runs.map((run) => run[key])),
  each: (key, show) => runs.map((run) => show(run[key])).join(", "),
});
const applied = (name) => {
  const { pick, each } = figures(appliedOf[name]);
  return `| ${name}, throttling applied rather than simulated (for comparison, no target) | | performance ${pick("performance")} (runs: ${each("performance", String)}); largest contentful paint ${(pick("lcp") / 1000).toFixed(1)} s (runs: ${each("lcp", (x) => (x / 1000).toFixed(2))}); total blocking time ${Math.round(pick("tbt"))} ms |`;
};
const rows = FORMS.flatMap(({ name }) => {
  const runs = runsOf[name];
  const { pick, each } = figures(runs);
  const failed = [...new Set(runs.flatMap((run) => run.failed))];
  return [
    `| ${name}: cumulative layout shift at most 0.1 | ${verdict(pick("cls") <= 0.1)} | ${pick("cls").toFixed(3)} (runs: ${each("cls", (x) => x.toFixed(3))}) |`,
    `| ${name}: performance at least 90 (issue 19) | ${verdict(pick("performance") >= 90)} | ${pick("performance")} (runs: ${each("performance", String)}); total blocking time ${Math.round(pick("tbt"))} ms |`,
    `| ${name}: performance at least 95 and largest contentful paint at most 2.5 s (issue 45) | ${verdict(pick("performance") >= 95 && pick("lcp") <= 2500)} | ${pick("performance")}; largest contentful paint ${(pick("lcp") / 1000).toFixed(1)} s (runs: ${each("lcp", (x) => (x / 1000).toFixed(1))}) |`,
    `| ${name}: accessibility 100 | ${verdict(pick("accessibility") === 100)} | ${pick("accessibility")}${failed.length ? `; failed: ${failed.join(", ")}` : ""} |`,
    applied(name),
  ];
});
const first = runsOf[FORMS[0].name];
const lines = [
  "<!-- lighthouse:start -->",
  "## A GOV.UK Frontend page with four charts (Lighthouse)",
  "",
  `A council page built with GOV.UK Frontend 6.6.0 (header, headings, text) that pastes four \`<council-chart>\` tags (a KPI line, a KPI bullet, a judgement grid, a funding plan, data inline) and \`council-charts.css\` (the room each chart keeps before the script runs), in two forms: with the one-file build (one deferred classic script, the WebAssembly inside, as the README's CMS section shows), and with the element's module (\`council-charts/element.js\`, which fetches the library's module as the first chart nears the viewport). Served gzipped under the strict CSP, audited by Lighthouse ${first[0]?.version} on its mobile defaults (CPU slowed 4 times, slow 4G simulated); the median of ${first.length} runs of each form, in turn, each in a fresh Chromium. The last row of each form is the same audit with the throttling applied to the load rather than simulated from an unthrottled one, for comparison (no target is set on it). Written by \`node bench/lighthouse.mjs\`, ${new Date().toISOString().slice(0, 10)}. Before issue 19 the same kind of page scored performance 78, cumulative layout shift 0.255 and largest contentful paint 3.1 s.`,
  "",
  "| target | result | figures |",
  "| --- | --- | --- |",
  ...rows,
  "<!-- lighthouse:end -->",
].join("\n");
writeSection(`${root}BENCHMARKS.md`, "lighthouse", lines);
console.log(`\n${lines}`);
