// Chart.js 4.6.1, configured as fairly as its performance documentation allows: animation
// off, parsing off (data already in its internal {x, y} form), decimation on (min-max),
// points not drawn, a linear x scale.
import { POINTS, START_DAY, NAMES, tileText } from "../data.js";

export const name = "Chart.js";
let Chart;
export async function load() {
  await new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = "/node_modules/chart.js/dist/chart.umd.min.js";
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
  Chart = window.Chart;
}
const colors = ["#12436D", "#28A197", "#801650"];
export function line(el, values) {
  const canvas = document.createElement("canvas");
  el.append(canvas);
  el.style.height = "600px";
  const datasets = NAMES.map((label, s) => {
    const data = new Array(POINTS);
    for (let i = 0; i < POINTS; i++) data[i] = { x: START_DAY + i, y: values[s][i] };
    return { label, data, borderColor: colors[s], borderWidth: 2, pointRadius: 0, indexAxis: "x" };
  });
  const chart = new Chart(canvas, {
    type: "line",
    data: { datasets },
    options: {
      animation: false, parsing: false, normalized: true, maintainAspectRatio: false, spanGaps: true,
      interaction: { mode: "nearest", axis: "x", intersect: false },
      plugins: { decimation: { enabled: true, algorithm: "min-max" }, legend: { display: false } },
      scales: { x: { type: "linear" } },
    },
  });
  return { canvas, hover: canvas, event: "mousemove", destroy: () => chart.destroy() };
}
function tile(el, kpi) {
  const points = tileText(el, kpi);
  const box = document.createElement("div");
  box.style.height = "60px";
  const canvas = document.createElement("canvas");
  box.append(canvas);
  el.append(box);
  const chart = new Chart(canvas, {
    type: "line",
    data: { labels: points.map((p) => p.period), datasets: [{ data: points.map((p) => p.value), borderColor: colors[0], pointRadius: 0 }] },
    options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { x: { display: false }, y: { display: false } } },
  });
  return { chart, canvas };
}
export function scorecard(el, kpis) {
  el.classList.add("tiles");
  const tiles = kpis.map((kpi) => {
    const cell = document.createElement("div");
    el.append(cell);
    return tile(cell, kpi);
  });
  return { canvases: tiles.map((t) => t.canvas), destroy: () => tiles.forEach((t) => t.chart.destroy()) };
}
export function small(el, kpi) {
  const { chart } = tile(el, kpi);
  return { destroy: () => { chart.destroy(); el.textContent = ""; } };
}
