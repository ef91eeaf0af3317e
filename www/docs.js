// The live editor: paste JSON or CSV, pick a kind and view, and see the chart or the error.
import init, { fundingChart, judgementChart, kpiChart } from "./pkg/council_charts.js";

// Generated from src/chart/views.rs by `UPDATE_SNAPSHOTS=1 cargo test --test views`; edit there.
const VIEWS = {
  kpi: ["line", "sparkline", "bullet", "distribution", "map"],
  judgement: ["grid", "journey", "national", "map"],
  funding: ["stacked", "waterfall", "lines"],
};
// End of generated code.
const kinds = {
  kpi: { draw: kpiChart, views: VIEWS.kpi, example: "data/kpi-children-looked-after.json" },
  judgement: { draw: judgementChart, views: VIEWS.judgement, example: "data/judgements-journey.json" },
  funding: { draw: fundingChart, views: VIEWS.funding, example: "data/funding-improvement-programme.json" },
};
const csvExamples = { kpi: "data/kpi-ees-illustrative.csv", judgement: "data/judgements-pasted.csv", funding: "data/funding-pasted.csv" };
// What a CSV cannot say, for the examples (a pasted CSV names no title or indicator).
const csvOptions = {
  kpi: { title: "Children looked after per 10,000 children (illustrative EES file)", indicator: "rate_per_10000", council: "E06099999", comparators: ["England", "North West"], polarity: "lower-is-better" },
  judgement: { title: "Ofsted judgements, pasted as CSV" },
  funding: { title: "Resource plan pasted from a spreadsheet" },
};

const form = document.getElementById("editor");
const kind = document.getElementById("kind");
const view = document.getElementById("view");
const text = document.getElementById("data");
const options = document.getElementById("options");
const output = document.getElementById("output");
const problem = document.getElementById("problem");
let chart = null;

function fillViews() {
  view.replaceChildren(...kinds[kind.value].views.map((name) => new Option(name, name)));
}

function parsedOptions() {
  const raw = options.value.trim();
  if (!raw) return {};
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new Error(`options: not valid JSON (${error.message})`);
  }
}

// JSON is parsed here; anything else goes to the library as CSV text.
function parsedData() {
  const raw = text.value.trim();
  if (!raw.startsWith("{") && !raw.startsWith("[")) return raw;
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new Error(`data: not valid JSON (${error.message})`);
  }
}

function draw() {
  chart?.destroy();
  chart = null;
  problem.textContent = "";
  problem.hidden = true;
  try {
    chart = kinds[kind.value].draw(output, parsedData(), { ...parsedOptions(), view: view.value });
  } catch (error) {
    problem.textContent = error.message;
    problem.hidden = false;
  }
}

async function load(src, extraOptions = {}) {
  const response = await fetch(src);
  text.value = await response.text();
  options.value = Object.keys(extraOptions).length ? JSON.stringify(extraOptions) : "";
  draw();
}

let pending = 0;
form.addEventListener("input", (event) => {
  if (event.target === kind) fillViews();
  clearTimeout(pending);
  pending = setTimeout(draw, 300);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  draw();
});
document.getElementById("example-json").addEventListener("click", () => load(kinds[kind.value].example));
document.getElementById("example-csv").addEventListener("click", () => load(csvExamples[kind.value], csvOptions[kind.value]));

await init();
fillViews();
await load(kinds.kpi.example);
document.documentElement.dataset.galleryReady = "1";
