// Lifecycle and re-entrancy: 10,000 create/update/destroy cycles leave no listener, observer
// or node behind and WebAssembly memory stops growing; storms of interleaved resizes, pointer
// and key events, updates and destroys (some from inside the chart's own events) never give
// "recursive use of an object".
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { launchBrowser, libraryPage, root } from "./harness.mjs";

// Counts every listener and ResizeObserver the page adds and removes, so a leak is a number.
const COUNTING = `
window.__listeners = 0;
window.__observers = 0;
const add = EventTarget.prototype.addEventListener, remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (...a) { window.__listeners++; return add.apply(this, a); };
EventTarget.prototype.removeEventListener = function (...a) { window.__listeners--; return remove.apply(this, a); };
// Elements watched by any ResizeObserver (observe adds one, unobserve and disconnect take them
// away), and how many ResizeObservers were made: the charts of a page share one.
window.__observerObjects = 0;
const Observer = window.ResizeObserver;
window.ResizeObserver = class extends Observer { constructor(callback) { super(callback); window.__observerObjects++; } };
const observe = Observer.prototype.observe, unobserve = Observer.prototype.unobserve, disconnect = Observer.prototype.disconnect;
Observer.prototype.observe = function (element, ...a) { this.__watched ??= new Set(); if (!this.__watched.has(element)) { this.__watched.add(element); window.__observers++; } return observe.call(this, element, ...a); };
Observer.prototype.unobserve = function (element) { if (this.__watched?.delete(element)) window.__observers--; return unobserve.call(this, element); };
Observer.prototype.disconnect = function () { window.__observers -= this.__watched?.size ?? 0; this.__watched?.clear(); return disconnect.call(this); };
`;

const fixture = (path) => JSON.parse(readFileSync(join(root, "tests", "fixtures", path), "utf8"));
const DATA = {
  kpi: [fixture("kpi/kpi-children-looked-after.json"), fixture("kpi/kpi-neighbours.json")],
  judgement: [fixture("judgements/judgements-2023.json"), fixture("judgements/judgements-journey.json")],
  funding: [fixture("funding/funding-temporary-investment.json"), fixture("funding/funding-improvement-programme.json")],
  scorecard: [fixture("kpi/kpi-scorecard.json"), fixture("kpi/kpi-scorecard.json").slice(0, 2)],
};

let site, browser;
before(async () => {
  site = await libraryPage(COUNTING);
  browser = await launchBrowser(["--js-flags=--expose-gc"]);
});
after(async () => {
  await browser?.close();
  site?.stop();
});

async function open() {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
  await page.goto(site.url);
  await page.waitForFunction(() => document.documentElement.dataset.ready);
  return { page, problems };
}

test("10,000 create/update/destroy cycles leave 0 listeners, 0 observers and 0 nodes, and memory stops growing", async () => {
  const { page, problems } = await open();
  const report = await page.evaluate(async (data) => {
    const { kpiChart, judgementChart, fundingChart, kpiScorecard } = window.library;
    const draw = { kpi: kpiChart, judgement: judgementChart, funding: fundingChart, scorecard: kpiScorecard };
    const kinds = Object.keys(draw);
    const main = document.getElementById("main");
    const container = main.appendChild(document.createElement("div"));
    container.style.width = "320px"; // the size of the drawing does not matter here; its cost does
    const base = { listeners: window.__listeners, observers: window.__observers, nodes: document.getElementsByTagName("*").length };
    const memory = () => window.wasm.memory.buffer.byteLength;
    // A destroyed chart's JavaScript object keeps a 44-byte Rust box until the garbage
    // collector finalises it (or the page calls chart.free()): collect now and then, as a
    // browser would, and let the finalisers run.
    const collect = async () => {
      window.gc();
      await new Promise((done) => setTimeout(done, 20));
    };
    const cycle = (i) => {
      const kind = kinds[i % kinds.length];
      const chart = draw[kind](container, data[kind][0], i % 3 === 0 ? { toolbar: true } : undefined);
      chart.update(data[kind][1]);
      try {
        chart.update({ title: 42 });
      } catch {}
      chart.describe();
      chart.destroy();
    };
    let i = 0;
    for (; i < 1000; i++) cycle(i);
    await collect();
    const warm = memory();
    for (; i < 10000; i++) {
      cycle(i);
      if (i % 500 === 499) await collect();
    }
    return {
      cycles: i,
      listeners: window.__listeners - base.listeners,
      observers: window.__observers - base.observers,
      observerObjects: window.__observerObjects,
      nodes: document.getElementsByTagName("*").length - base.nodes,
      children: container.childNodes.length,
      warm,
      end: memory(),
    };
  }, DATA);
  console.log(`# lifecycle: ${report.cycles} cycles; WebAssembly memory ${report.warm} bytes after 1,000 and ${report.end} after 10,000`);
  assertNothingLeft(report, problems);
  assert.equal(report.observerObjects, 1, "one ResizeObserver for every chart the page made");
  assert.equal(report.children, 0);
  await page.close();
});

// 10,000 charts gone, and nothing of them left: no listener, no watched element, no element,
// and WebAssembly memory no larger than after the first 1,000.
function assertNothingLeft(report, problems) {
  assert.equal(report.cycles, 10000);
  assert.equal(report.listeners, 0, "listeners left behind");
  assert.equal(report.observers, 0, "elements left watched by a resize observer");
  assert.equal(report.nodes, 0, "elements left behind");
  assert.equal(report.end, report.warm, "WebAssembly memory grew after warm-up");
  assert.deepEqual(problems, []);
}

test("storms of resizes, pointer and key events, updates and destroys, some from inside the chart's own events, give no recursive-use error", async () => {
  const { page, problems } = await open();
  const report = await page.evaluate(async (data) => {
    const { kpiChart, judgementChart, fundingChart, kpiScorecard } = window.library;
    const draw = { kpi: kpiChart, judgement: judgementChart, funding: fundingChart, scorecard: kpiScorecard };
    const kinds = Object.keys(draw);
    const main = document.getElementById("main");
    const errors = [];
    const attempt = (what, f) => {
      try {
        f();
      } catch (error) {
        // A refused call is fine ("busy", "destroyed", bad data); a broken instance is not.
        if (/recursive use|unreachable|already borrowed|null pointer|RuntimeError/i.test(String(error?.message ?? error))) errors.push(`${what}: ${error.message}`);
      }
    };
    let seed = 12345;
    const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const live = [];
    const make = () => {
      const kind = kinds[random(kinds.length)];
      const box = main.appendChild(document.createElement("div"));
      box.style.width = `${300 + random(700)}px`;
      const chart = draw[kind](box, data[kind][0], { toolbar: true });
      const entry = { chart, box, kind };
      // The page's own listeners on the chart's elements, calling back into the chart from
      // inside its events: before the library's (capture) and after it (bubble).
      const canvas = box.querySelector("canvas.council-chart__canvas");
      const figure = box.querySelector("figure");
      for (const type of ["keydown", "pointermove", "pointerdown", "focus", "blur", "focusout", "click"]) {
        figure.addEventListener(type, () => attempt(`${type} capture`, () => chart.update(data[kind][random(2)])), { capture: true });
        figure.addEventListener(type, () => {
          attempt(`${type} describe`, () => chart.describe());
          attempt(`${type} resize`, () => chart.resize());
          if (random(40) === 0) attempt(`${type} destroy`, () => chart.destroy());
        });
      }
      new ResizeObserver(() => attempt("observer update", () => chart.update(data[kind][random(2)]))).observe(box);
      entry.canvas = canvas;
      live.push(entry);
    };
    for (let i = 0; i < 12; i++) make();
    for (let step = 0; step < 3000; step++) {
      const entry = live[random(live.length)];
      const { chart, box } = entry;
      const canvas = box.querySelector("canvas.council-chart__canvas");
      // The overlay is made at the first pointer or focus; the canvas takes pointers till then.
      const overlay = box.querySelector("canvas.council-chart__overlay") ?? canvas;
      switch (random(12)) {
        case 0: box.style.width = `${200 + random(900)}px`; break;
        case 1: attempt("resize", () => chart.resize()); break;
        case 2: overlay?.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: random(800), clientY: random(400), pointerType: "mouse" })); break;
        case 3: overlay?.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, pointerType: "touch" })); break;
        case 4: canvas?.focus(); canvas?.dispatchEvent(new KeyboardEvent("keydown", { key: ["ArrowRight", "ArrowLeft", "ArrowUp", "ArrowDown", "Home", "End", "Escape"][random(7)], bubbles: true })); break;
        case 5: attempt("update", () => chart.update(data[entry.kind][random(2)])); break;
        case 6: attempt("bad update", () => chart.update({ title: 1 })); break;
        case 7: box.querySelector(".council-chart__table-button")?.click(); break;
        case 8: box.querySelector(".council-chart__legend-button")?.click(); break;
        case 9: attempt("svg", () => chart.toSvg?.()); attempt("csv", () => chart.toCsv()); break;
        case 10: document.body.focus(); canvas?.blur(); break;
        case 11:
          attempt("destroy", () => chart.destroy());
          box.remove();
          live.splice(live.indexOf(entry), 1);
          make();
          break;
      }
      if (step % 100 === 0) await new Promise((done) => requestAnimationFrame(done)); // let resize observers fire
    }
    for (const { chart, box } of live) {
      attempt("final destroy", () => chart.destroy());
      box.remove();
    }
    return { errors };
  }, DATA);
  assert.deepEqual(report.errors, []);
  assert.deepEqual(problems.filter((p) => /recursive use|unreachable|borrow|RuntimeError|panicked/i.test(p)), []);
  await page.close();
});

test("charts whose objects are dropped keep answering buttons, keys, hover and resize after garbage collection", async () => {
  const { page, problems } = await open();
  const report = await page.evaluate(async (data) => {
    const { kpiChart, judgementChart, fundingChart, kpiScorecard } = window.library;
    const main = document.getElementById("main");
    const collected = [];
    const boxes = [];
    // Drawn inside a function that keeps nothing, as a page that needs no later calls does;
    // a WeakRef tells whether the garbage collector really took the object.
    const drawAndDrop = (draw, d) => {
      const box = main.appendChild(document.createElement("div"));
      box.style.width = "640px";
      collected.push(new WeakRef(draw(box, d, { toolbar: true })));
      boxes.push(box);
    };
    drawAndDrop(kpiChart, data.kpi[0]);
    drawAndDrop(judgementChart, data.judgement[0]);
    drawAndDrop(fundingChart, data.funding[0]);
    drawAndDrop(kpiScorecard, data.scorecard[1]);
    await new Promise((done) => setTimeout(done, 100)); // off the stack that made them
    for (let i = 0; i < 10 && collected.some((w) => w.deref()); i++) {
      window.gc();
      await new Promise((done) => setTimeout(done, 50));
    }
    const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const answers = [];
    for (const box of boxes) {
      const figure = box.querySelector("figure");
      const button = figure.querySelector(".council-chart__table-button");
      button.click();
      const canvas = figure.querySelector("canvas.council-chart__canvas");
      canvas.focus();
      canvas.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
      const announced = figure.querySelector(".council-chart__live").textContent;
      canvas.blur();
      const overlay = figure.querySelector("canvas.council-chart__overlay");
      const { left, top, width, height } = overlay.getBoundingClientRect();
      let hovered = false;
      for (let x = 0.1; x < 1 && !hovered; x += 0.05) {
        for (let y = 0.1; y < 1 && !hovered; y += 0.1) {
          overlay.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: left + width * x, clientY: top + height * y, pointerType: "mouse" }));
          hovered = !figure.querySelector(".council-chart__tooltip").hidden;
        }
      }
      const canvasWidth = canvas.width;
      box.style.width = "400px";
      await frame();
      await frame();
      answers.push({ table: button.getAttribute("aria-expanded"), announced: announced.length > 0, hovered, resized: canvas.width !== canvasWidth });
    }
    return { collected: collected.filter((w) => !w.deref()).length, answers };
  }, DATA);
  assert.equal(report.collected, 4, "the garbage collector took every dropped object");
  for (const [i, answer] of report.answers.entries()) {
    assert.deepEqual(answer, { table: "true", announced: true, hovered: true, resized: true }, `chart ${i}`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("10,000 charts drawn into containers removed without destroy() leave 0 listeners, 0 observers and flat memory", async () => {
  const { page, problems } = await open();
  const report = await page.evaluate(async (data) => {
    const { kpiChart, judgementChart, fundingChart, kpiScorecard } = window.library;
    const draw = { kpi: kpiChart, judgement: judgementChart, funding: fundingChart, scorecard: kpiScorecard };
    const kinds = Object.keys(draw);
    const main = document.getElementById("main");
    const base = { listeners: window.__listeners, observers: window.__observers, nodes: document.getElementsByTagName("*").length };
    const memory = () => window.wasm.memory.buffer.byteLength;
    const settle = async () => {
      await new Promise((done) => setTimeout(done, 0)); // the removals' mutation records
      window.gc();
      await new Promise((done) => setTimeout(done, 20));
    };
    const cycle = (i) => {
      const kind = kinds[i % kinds.length];
      const box = main.appendChild(document.createElement("div"));
      box.style.width = "320px";
      draw[kind](box, data[kind][0], i % 3 === 0 ? { toolbar: true } : undefined);
      box.remove(); // no destroy(): the page took the chart away
    };
    let i = 0;
    for (; i < 1000; i++) {
      cycle(i);
      if (i % 100 === 99) await settle();
    }
    await settle();
    const warm = memory();
    for (; i < 10000; i++) {
      cycle(i);
      if (i % 100 === 99) await settle();
    }
    await settle();
    return {
      cycles: i,
      listeners: window.__listeners - base.listeners,
      observers: window.__observers - base.observers,
      nodes: document.getElementsByTagName("*").length - base.nodes,
      warm,
      end: memory(),
    };
  }, DATA);
  console.log(`# removed without destroy: ${report.cycles} charts; WebAssembly memory ${report.warm} bytes after 1,000 and ${report.end} after 10,000`);
  assertNothingLeft(report, problems);
  await page.close();
});
