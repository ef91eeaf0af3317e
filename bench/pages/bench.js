// One benchmark case for one library, chosen by the query: ?case=line|scorecard|memory&lib=...
// The clock starts before the library is fetched, so its download, compile (WebAssembly
// included) and set-up are counted; the data are made first, the same for every library.
import { kpis, longSeries } from "./data.js";

const query = new URLSearchParams(location.search);
const [which, lib] = [query.get("case"), query.get("lib")];
const el = document.getElementById("chart");

// Work a library defers to animation frames is counted too: every frame callback is timed.
const nativeFrame = window.requestAnimationFrame.bind(window);
let frameWork = 0;
window.requestAnimationFrame = (callback) =>
  nativeFrame((time) => {
    const started = performance.now();
    try {
      callback(time);
    } finally {
      frameWork += performance.now() - started;
    }
  });
const frames = (n) => new Promise((resolve) => { const step = (k) => (k ? nativeFrame(() => step(k - 1)) : resolve()); step(n); });
// Reading a pixel makes the canvas finish drawing before the clock stops.
const flush = (canvas) => canvas.getContext("2d").getImageData(0, 0, 1, 1);

async function run() {
  const data = which === "line" ? longSeries() : kpis(100);
  const t0 = performance.now();
  const adapter = await import(`./adapters/${lib}.js`);
  const imported = performance.now();
  await adapter.load();
  const loaded = performance.now();
  if (which === "line") {
    const chart = adapter.line(el, data);
    await null;
    flush(chart.canvas);
    const paint = performance.now() - t0;
    await frames(2);
    const rect = chart.hover.getBoundingClientRect();
    const hover = [];
    for (let k = 0; k < 100; k++) {
      const x = rect.left + rect.width * (0.1 + 0.8 * (k / 99));
      const init = { clientX: x, clientY: rect.top + rect.height / 2, bubbles: true, pointerType: "mouse" };
      const event = chart.event === "pointermove" ? new PointerEvent("pointermove", init) : new MouseEvent("mousemove", init);
      frameWork = 0;
      const started = performance.now();
      chart.hover.dispatchEvent(event);
      const sync = performance.now() - started;
      await frames(2);
      hover.push(sync + frameWork);
    }
    return { paint, hover };
  }
  if (which === "scorecard") {
    const card = adapter.scorecard(el, data);
    const made = performance.now();
    await null;
    card.canvases.forEach(flush);
    const end = performance.now();
    // The phases, for bench/phases.mjs: fetching the adapter (and what it imports), loading the
    // library, the call that makes the tiles, and the drawing a flush waits for.
    const phases = { fetch: imported - t0, load: loaded - imported, call: made - loaded, flush: end - made };
    return { paint: end - t0, tiles: card.canvases.length, phases };
  }
  // memory: the runner calls cycles() and reads the heap between calls.
  window.cycles = (n) => {
    const kpi = data[0];
    for (let i = 0; i < n; i++) {
      const host = document.createElement("div");
      host.style.width = "400px";
      document.body.append(host);
      adapter.small(host, kpi).destroy();
      host.remove();
    }
    return adapter.wasmMemory ? adapter.wasmMemory() : null;
  };
  return { ready: true };
}

run().then(
  (result) => { window.__result = result; },
  (error) => { window.__result = { error: String(error?.stack ?? error) }; },
);
