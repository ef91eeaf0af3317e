// council-charts, as a page of KPI charts from JSON would use it: the KPI module without the text
// readers (the npm package's "council-charts/kpi-json", which is all such a page loads, and what
// <council-chart> loads for it), then the chart functions.
// `?module=DIR` loads build/npm/DIR/council_charts_kpi_json.js instead (bench/phases.mjs, which
// compares two builds of the module).
import { NAMES } from "../data.js";

export const name = "council-charts";
let wasm, kpiChart, kpiScorecard;
export async function load() {
  const dir = new URLSearchParams(location.search).get("module") ?? "kpi-json";
  const library = await import(`/npm/${dir}/council_charts_kpi_json.js`);
  ({ kpiChart, kpiScorecard } = library);
  wasm = await library.default();
}
export function wasmMemory() {
  return wasm.memory.buffer.byteLength;
}
export function line(el, values) {
  const series = NAMES.map((name, i) => ({ name, start: "1872-01-01", values: values[i] }));
  const chart = kpiChart(el, { title: "Three daily series", series }, { height: 600, titles: false });
  // Pointed at through the chart canvas: the overlay is made at the first pointer (issue 45).
  const canvas = el.querySelector("canvas.council-chart__canvas");
  return { canvas, hover: canvas, event: "pointermove", destroy: () => chart.destroy() };
}
export function scorecard(el, kpis) {
  const card = kpiScorecard(el, kpis);
  return { canvases: [...el.querySelectorAll("canvas.council-chart__canvas")], destroy: () => card.destroy() };
}
export function small(el, kpi) {
  const chart = kpiChart(el, kpi, { height: 120 });
  return { destroy: () => chart.destroy() };
}
