// What a council developer writes: typed data, the library from npm, the element too.
import init, { kpiChart, fundingChart, checkFundingPlan, type KpiData, type FundingData, type Finding, type Summary } from "council-charts";
import "council-charts/element";
// A page of KPI charts only would import this instead: the KPI module, smaller than the whole.
import initKpi, { kpiChart as kpiOnlyChart, type KpiOptions } from "council-charts/kpi";

const kpi: KpiData = {
  title: "Children looked after per 10,000 children",
  unit: "per 10,000",
  polarity: "lower-is-better",
  target: 60,
  series: [
    { name: "Our council", points: [{ period: "2015/16", value: 61 }, { period: "2016/17", value: 67 }] },
    { name: "England", role: "benchmark", points: [{ period: "2015/16", value: 60 }, { period: "2016/17", value: 62 }] },
  ],
};

const plan: FundingData = {
  title: "Resource plan",
  columns: ["2024/25", "2025/26"],
  sections: [{ name: "Staffing", lines: [{ name: "Social workers", values: [820, 860] }, { name: "Managers", values: [210, "-"] }] }],
  totals: [{ name: "Total", values: [1030, 860] }],
};

await init();
const chart = kpiChart(document.getElementById("kpi")!, kpi, { toolbar: true });
fundingChart(document.getElementById("plan")!, plan);
await initKpi();
const sparkline: KpiOptions = { view: "sparkline" };
kpiOnlyChart(document.getElementById("spark")!, kpi, sparkline);
const findings: Finding[] = checkFundingPlan(plan);
// The README's own call: sonify's options may be left out (typed, not played here).
const play: () => number = () => chart.sonify();
void play;
// The headline figures as typed data: the union narrows on `kind`.
const headline: Summary = chart.summary();
const latest: string | undefined = headline.kind === "kpi" ? headline.value?.text : undefined;
const element = document.querySelector("council-chart");
element?.addEventListener("council-chart-drawn", () => {
  document.getElementById("status")!.textContent = `Ready: ${chart.describe().length} characters of description, latest ${latest}, ${findings.length} findings, element ${element.chart ? "drawn" : "empty"}`;
});
await element?.render();
