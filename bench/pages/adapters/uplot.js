// uPlot 1.6.32, configured from its documentation: one x array shared by three series.
import { POINTS, START_DAY, NAMES, tileText } from "../data.js";

export const name = "uPlot";
let uPlot;
export async function load() {
  const css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = "/node_modules/uplot/dist/uPlot.min.css";
  document.head.append(css);
  uPlot = (await import("/node_modules/uplot/dist/uPlot.esm.js")).default;
}
const colors = ["#12436D", "#28A197", "#801650"];
export function line(el, values) {
  const xs = new Float64Array(POINTS);
  for (let i = 0; i < POINTS; i++) xs[i] = (START_DAY + i) * 86400;
  const u = new uPlot(
    { width: el.clientWidth, height: 600, series: [{}, ...NAMES.map((label, i) => ({ label, stroke: colors[i], width: 2 }))], legend: { show: false } },
    [xs, ...values],
    el,
  );
  return { canvas: u.ctx.canvas, hover: u.over, event: "mousemove", destroy: () => u.destroy() };
}
function tile(el, kpi) {
  const points = tileText(el, kpi);
  const xs = points.map((_, i) => i);
  return new uPlot({ width: 280, height: 60, series: [{}, { stroke: colors[0], width: 2 }], legend: { show: false }, axes: [{ show: false }, { show: false }], cursor: { show: true } }, [xs, points.map((p) => p.value)], el);
}
export function scorecard(el, kpis) {
  el.classList.add("tiles");
  const charts = kpis.map((kpi) => {
    const cell = document.createElement("div");
    el.append(cell);
    return tile(cell, kpi);
  });
  return { canvases: charts.map((u) => u.ctx.canvas), destroy: () => charts.forEach((u) => u.destroy()) };
}
export function small(el, kpi) {
  const u = tile(el, kpi);
  return { destroy: () => { u.destroy(); el.textContent = ""; } };
}
