// The gallery: draws every chart on the page from its JSON file, as a council page would.
import init, { fundingChart, judgementChart, kpiChart, kpiScorecard } from "./pkg/council_charts.js";

const kinds = { kpi: kpiChart, judgement: judgementChart, funding: fundingChart };

const charts = [];

// JSON files are parsed here; CSV files are passed to the library as text.
async function json(src) {
  const response = await fetch(src);
  if (!response.ok) throw new Error(`${src}: ${response.status} ${response.statusText}`);
  return /\.(csv|tsv)$/.test(src) ? response.text() : response.json();
}

// A chart in a card, with its data file named and its description offered as text.
function drawCard(card, data, src, kind = "kpi", view = undefined, title = undefined, subtitle = "Pasted from a spreadsheet as CSV", extra = {}) {
  const host = document.createElement("div");
  card.append(host);
  // Each card's title a heading under its section's <h2>, so a screen reader's heading keys
  // find every chart on the page.
  const options = { headingLevel: 3, ...(view && { view }), ...(title && { title, subtitle }), ...extra };
  const chart = kinds[kind](host, data, options);
  charts.push(chart);
  const details = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = "What this chart shows, in words";
  const words = document.createElement("p");
  words.textContent = chart.describe();
  details.append(summary, words);
  const file = document.createElement("p");
  file.className = "card__file";
  file.textContent = `Data: ${src}${view ? `, view "${view}"` : ""}`;
  card.append(details, file);
}

// Synthetic data, made here so the page needs no large file: a yearly cycle, a slow trend and
// repeatable noise (a linear congruential generator), 55,550 days from 1 January 1872.
function drawLongSeries(card) {
  const n = 55550;
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
  const series = ["Series A", "Series B", "Series C"].map((name, s) => {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = 100 + 25 * s + 15 * Math.sin((i / 365.25) * 2 * Math.PI) + i / 2000 + 12 * noise();
    return { name, start: "1872-01-01", values };
  });
  const host = document.createElement("div");
  card.append(host);
  const started = performance.now();
  const chart = kpiChart(host, {
    title: "Long series: three synthetic daily series of 55,550 values",
    subtitle: "Generated in the page to show 166,650 points drawing and hovering; not real data",
    series,
  });
  charts.push(chart);
  card.dataset.drawnInMs = String(Math.round(performance.now() - started));
}

// A committee report's spine: published files, each item with its own options, exceptions first.
async function drawSpine(card) {
  const [everyCouncil, fingertips, reReferrals] = await Promise.all(
    ["data/kpi-every-council-illustrative.csv", "data/kpi-fingertips-illustrative.csv", "data/kpi-re-referrals-illustrative.json"].map(json),
  );
  const lookedAfter = { population_type: "Children looked after on 31 March each year" };
  return kpiScorecard(
    card,
    [
      { data: everyCouncil, options: { indicator: "rate_per_10000", title: "Children looked after per 10,000 children", polarity: "lower-is-better", target: 60, unit: "per 10,000", filters: lookedAfter } },
      { data: everyCouncil, options: { indicator: "children_count", title: "Children looked after", filters: lookedAfter } },
      { data: fingertips, options: { title: "Hospital admissions for injuries, aged 0 to 14", polarity: "lower-is-better", unit: "per 10,000" } },
      reReferrals,
    ],
    {
      view: "spine",
      order: "exceptions",
      council: "Northshire",
      subtitle: "Illustrative figures in DfE's and OHID's published layouts",
      toolbar: true,
      print: "table",
      accessed: "2026-12-02",
    },
  );
}

// The benchmarking table of a council beside its statistical neighbours, from DfE's four
// published files and its neighbours workbook as downloaded. They are served from
// ../shared/real-data beside the checkout (never copied into the repository); where they are
// not there, the card says so and draws illustrative figures in their place.
async function drawCompare(card) {
  const files = ["cla_number_and_rate_per_10k_children.csv", "la_care_leavers_accommodation_suitability.csv", "csww_indicators_2017_to_2025.csv", "b1_children_in_need_2013_to_2025.csv"];
  const note = document.createElement("p");
  note.className = "card__file";
  try {
    const [cla, leavers, workforce, inNeed] = await Promise.all(files.map((file) => json(`real-data/${file}`)));
    const workbook = await fetch("real-data/sn_may_2025.xlsx");
    if (!workbook.ok) throw new Error(`real-data/sn_may_2025.xlsx: ${workbook.status}`);
    const { readSpreadsheet } = await import("./npm/read-spreadsheet.js");
    const neighbours = await readSpreadsheet(await workbook.arrayBuffer());
    const item = (data, indicator, title, polarity, filters = {}) => ({ data, options: { indicator, title, polarity, filters } });
    const chart = kpiScorecard(
      card,
      [
        item(cla, "rate_per_10000", "Children looked after per 10,000 children", "neutral", { population_type: "Children looked after on 31 March each year" }),
        item(leavers, "care_leaver_percent", "Care leavers aged 19 to 21 in suitable accommodation", "higher-is-better", { care_leaver_age: "19 to 21 years", breakdown: "Accommodation considered suitable" }),
        item(workforce, "agency_rate_fte", "Agency children's social workers (FTE rate)", "lower-is-better"),
        item(workforce, "turnover_rate_fte", "Children's social worker turnover (FTE rate)", "lower-is-better"),
        item(workforce, "vacancy_rate_fte", "Children's social worker vacancies (FTE rate)", "lower-is-better"),
        item(workforce, "caseload_fte", "Average caseload per social worker (FTE)", "lower-is-better"),
        item(inNeed, "Anypoint_child", "Children in need at any point in the year", "neutral", { category: "Children in Need" }),
      ],
      { view: "compare", council: "Leeds", neighbours, comparators: ["England", "Yorkshire and The Humber"], toolbar: true, print: "table" },
    );
    note.textContent = `Data: DfE's published files (${files.join(", ")}) and sn_may_2025.xlsx, as downloaded, view "compare"`;
    card.append(note);
    return chart;
  } catch (error) {
    note.textContent = `DfE's published files are not beside this checkout (${error.message}); illustrative figures instead: data/kpi-compare-illustrative.json, view "compare"`;
    const { items, options } = await json("data/kpi-compare-illustrative.json");
    const chart = kpiScorecard(card, items, { ...options, view: "compare", toolbar: true, print: "table" });
    card.append(note);
    return chart;
  }
}

function showError(card, error) {
  const message = document.createElement("p");
  message.className = "error-message";
  message.setAttribute("role", "alert");
  message.textContent = error.message;
  card.append(message);
}

async function main() {
  await init();
  for (const card of document.querySelectorAll("[data-chart]")) {
    const { src, chart, view, title, subtitle, options } = card.dataset;
    drawCard(card, await json(src), src, chart, view, title, subtitle, options ? JSON.parse(options) : {});
  }
  drawLongSeries(document.getElementById("long-series"));
  const scorecard = document.getElementById("scorecard");
  charts.push(kpiScorecard(scorecard, await json(scorecard.dataset.src)));
  charts.push(await drawSpine(document.getElementById("spine")));
  charts.push(await drawCompare(document.getElementById("compare")));
  const table = document.getElementById("sparklines");
  for (const kpi of await json(table.dataset.src)) {
    const row = table.tBodies[0].insertRow();
    const name = document.createElement("th");
    name.scope = "row";
    name.textContent = kpi.title;
    const cell = row.insertCell();
    row.prepend(name);
    const host = document.createElement("div");
    host.className = "kpi-table__spark";
    cell.append(host);
    charts.push(kpiChart(host, kpi, { view: "sparkline", height: 40, titles: false }));
  }
  const bad = document.getElementById("bad-data");
  const heading = document.createElement("p");
  heading.textContent = `kpiChart(container, data) with ${bad.dataset.src} throws:`;
  bad.append(heading);
  try {
    drawCard(bad, await json(bad.dataset.src), bad.dataset.src);
  } catch (error) {
    showError(bad, error);
  }
  // For the gallery's own tests (layout at 320 px): every chart and scorecard drawn here.
  globalThis.galleryCharts = charts;
  document.documentElement.dataset.galleryReady = String(charts.length);
}

main().catch((error) => {
  console.error(error);
  document.documentElement.dataset.galleryError = error.message;
});
