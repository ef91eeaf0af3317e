// The floor: the least a canvas line chart can do. One path per series through the lowest and
// highest value of each pixel column, sized by devicePixelRatio, and a hover that finds the
// nearest point by binary search and draws a guide on an overlay canvas. No axes, no text.

import { tileText } from "../data.js";

export const name = "floor (hand-written canvas)";
export async function load() {}
const colors = ["#12436D", "#28A197", "#801650"];

function canvasIn(el, width, height, overlay = false) {
  const canvas = document.createElement("canvas");
  const ratio = devicePixelRatio;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  if (overlay) Object.assign(canvas.style, { position: "absolute", left: "0", top: "0" });
  el.append(canvas);
  const ctx = canvas.getContext("2d");
  ctx.scale(ratio, ratio);
  return { canvas, ctx };
}

function drawLines(ctx, series, width, height) {
  let lo = Infinity, hi = -Infinity;
  for (const values of series) for (const v of values) { if (v < lo) lo = v; if (v > hi) hi = v; }
  const y = (v) => height - ((v - lo) / (hi - lo)) * height;
  series.forEach((values, s) => {
    const n = values.length, perPixel = n / width;
    ctx.beginPath();
    for (let px = 0; px < width; px++) {
      const from = Math.floor(px * perPixel), to = Math.min(n, Math.floor((px + 1) * perPixel) || from + 1);
      let min = Infinity, max = -Infinity;
      for (let i = from; i < to; i++) { const v = values[i]; if (v < min) min = v; if (v > max) max = v; }
      if (min === Infinity) continue;
      if (px === 0) ctx.moveTo(px, y(min)); else ctx.lineTo(px, y(min));
      ctx.lineTo(px, y(max));
    }
    ctx.strokeStyle = colors[s % colors.length];
    ctx.lineWidth = 2;
    ctx.stroke();
  });
  return y;
}

export function line(el, values) {
  const width = el.clientWidth, height = 600;
  el.style.position = "relative";
  const { canvas, ctx } = canvasIn(el, width, height);
  const y = drawLines(ctx, values, width, height);
  const over = canvasIn(el, width, height, true);
  const n = values[0].length;
  const xs = Float64Array.from({ length: n }, (_, i) => (i / (n - 1)) * width);
  const onMove = (e) => {
    // Binary search for the nearest x, then the nearest series there.
    let a = 0, b = n - 1;
    while (a < b) { const m = (a + b) >> 1; if (xs[m] < e.offsetX) a = m + 1; else b = m; }
    const i = a > 0 && Math.abs(xs[a - 1] - e.offsetX) < Math.abs(xs[a] - e.offsetX) ? a - 1 : a;
    over.ctx.clearRect(0, 0, width, height);
    over.ctx.strokeStyle = "#505a5f";
    over.ctx.beginPath();
    over.ctx.moveTo(xs[i], 0);
    over.ctx.lineTo(xs[i], height);
    over.ctx.stroke();
    for (const series of values) {
      over.ctx.beginPath();
      over.ctx.arc(xs[i], y(series[i]), 5, 0, 2 * Math.PI);
      over.ctx.stroke();
    }
  };
  over.canvas.addEventListener("pointermove", onMove);
  return { canvas, hover: over.canvas, event: "pointermove", destroy: () => { over.canvas.removeEventListener("pointermove", onMove); el.textContent = ""; } };
}

function tile(el, kpi) {
  const points = tileText(el, kpi);
  const { canvas, ctx } = canvasIn(el, 280, 60);
  drawLines(ctx, [Float64Array.from(points, (p) => p.value)], 280, 60);
  return canvas;
}
export function scorecard(el, kpis) {
  el.classList.add("tiles");
  const canvases = kpis.map((kpi) => {
    const cell = document.createElement("div");
    el.append(cell);
    return tile(cell, kpi);
  });
  return { canvases, destroy: () => { el.textContent = ""; } };
}
export function small(el, kpi) {
  tile(el, kpi);
  return { destroy: () => { el.textContent = ""; } };
}
