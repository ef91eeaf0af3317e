// Many charts following the page (bench/follow.mjs): `?lists=L&tiles=N` scorecards of N KPI
// tiles each, drawn with the KPI module for JSON (`&module=DIR`: build/npm/DIR instead), then
// the page narrowed, printed (beforeprint, afterprint) and, when bench/follow.mjs switches the
// emulated colour scheme, turned dark. Each is timed from the change to the end of the second
// frame after it (printing: the event's own handlers, which redraw every tile inside it).
import { kpis } from "./data.js";

const query = new URLSearchParams(location.search);
const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))));
const timed = async (change) => { const started = performance.now(); await change(); await frames(); return performance.now() - started; };

async function run() {
  const library = await import(`/npm/${query.get("module") ?? "kpi-json"}/council_charts_kpi_json.js`);
  await library.default();
  const host = document.getElementById("charts");
  for (let l = 0; l < Number(query.get("lists") ?? 1); l++) {
    const list = document.createElement("div");
    host.append(list);
    library.kpiScorecard(list, kpis(Number(query.get("tiles") ?? 100)));
  }
  await frames();
  const narrow = await timed(() => { host.style.width = "1200px"; });
  const print = (type) => { const started = performance.now(); dispatchEvent(new Event(type)); return performance.now() - started; };
  const before = print("beforeprint");
  await frames();
  const after = print("afterprint");
  await frames();
  // Turned dark by the runner (the DevTools protocol's emulated media), timed from the query's change.
  window.dark = () => timed(() => new Promise((done) => matchMedia("(prefers-color-scheme: dark)").addEventListener("change", done, { once: true })));
  return { narrow, before, after };
}

run().then(
  (result) => { window.__result = result; },
  (error) => { window.__result = { error: String(error?.stack ?? error) }; },
);
