// Every view in forced colours (Windows' high contrast), as a reader who needs them sees it:
// each is screenshot into target/e2e-artifacts/forced-colours/ to be looked at, and checked by
// its pixels: nothing drawn in a colour of its own, and no two of a key's swatches alike (the
// pieces they stand for are drawn as the swatches are).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { openPage, root, useGallery } from "./harness.mjs";

const gallery = useGallery();
const artifacts = `${root}target/e2e-artifacts/forced-colours`;

const GRADES = ["Outstanding", "Good", "Requires improvement to be good", "Inadequate"];
// [view, kind, data, options, width of the key's swatches (CSS px), the key's labels]
const VIEWS = [
  ["kpi-line", "kpi", "data/kpi-neighbours.json", {}, 0, []],
  ["kpi-bullet", "kpi", "data/kpi-children-looked-after.json", { view: "bullet" }, 0, []],
  ["kpi-sparkline", "kpi", "data/kpi-children-looked-after.json", { view: "sparkline" }, 0, []],
  ["kpi-distribution", "kpi", "data/kpi-every-council-illustrative.csv", { view: "distribution", council: "Northshire", indicator: "rate_per_10000", title: "Children looked after per 10,000" }, 0, []],
  ["kpi-map", "kpi", "data/kpi-map-illustrative.csv", { view: "map", council: "Derbyshire", indicator: "rate_per_10000", polarity: "lower-is-better" }, 0, []],
  ["kpi-map-value", "kpi", "data/kpi-map-illustrative.csv", { view: "map", mapColour: "value", council: "Derbyshire", indicator: "rate_per_10000", polarity: "lower-is-better" }, 0, []],
  ["judgement-grid", "judgement", "data/judgements-journey.json", {}, 44, GRADES],
  ["judgement-journey", "judgement", "data/judgements-journey.json", { view: "journey" }, 0, []],
  ["judgement-national", "judgement", "data/judgements-ofsted-outcomes-illustrative.csv", { view: "national", council: "Northshire" }, 44, GRADES],
  ["judgement-map", "judgement", "data/judgements-map-illustrative.csv", { view: "map", council: "Derbyshire" }, 0, []],
  ["funding-stacked", "funding", "data/funding-temporary-investment.json", {}, 14, ["Practice Improvement/Behaviour Change Programme", "Programme Management and support", "Senior Improvement Leads", "Leadership Development Programme", "Specific Project Consultancy", "5 other lines"]],
  ["funding-waterfall", "funding", "data/funding-temporary-investment.json", { view: "waterfall" }, 22, ["Total", "Increase (+)", "Decrease (\u2212)"]],
  ["funding-lines", "funding", "data/funding-temporary-investment.json", { view: "lines" }, 22, ["Planned 2020/21", "Projected 2020/21"]],
];

test("every view in forced colours: screenshots kept, nothing in a colour of its own, and the key's swatches differ", async () => {
  mkdirSync(artifacts, { recursive: true });
  const { page, problems } = await openPage(gallery.browser, gallery.server.url, { width: 1000, scale: 1 });
  await page.emulateMedia({ forcedColors: "active" });
  const reports = await page.evaluate(
    async (views) => {
      // How many pixels of a canvas have a hue (a colour of their own, not a shade between the
      // two system colours), and which pairs of the key's swatches (read left of their labels'
      // boxes) are alike.
      function inspect(canvas, layout, swatchWidth, labels) {
        const context = canvas.getContext("2d");
        const ratio = canvas.width / layout.width;
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let hued = 0;
        for (let i = 0; i < data.length; i += 4) if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 24) hued++;
        const missing = labels.filter((label) => !layout.texts.some((t) => t[0] === label));
        const swatches = labels.flatMap((label) => {
          const box = layout.texts.find((t) => t[0] === label);
          if (!box) return [];
          const [, left, top, , bottom] = box;
          const middle = (top + bottom) / 2;
          const x = Math.round((left - 6 - swatchWidth) * ratio);
          const y = Math.round((middle - 7) * ratio);
          const pixels = context.getImageData(x, y, Math.round(swatchWidth * ratio), Math.round(14 * ratio)).data;
          const light = [];
          for (let i = 0; i < pixels.length; i += 4) light.push(pixels[i] + pixels[i + 1] + pixels[i + 2]);
          return [{ label, light }];
        });
        const alike = [];
        swatches.forEach((a, i) => {
          for (const b of swatches.slice(i + 1)) {
            const differ = a.light.filter((v, k) => Math.abs(v - b.light[k]) > 192).length;
            if (differ < 8) alike.push(`"${a.label}" and "${b.label}" (${differ} pixels differ)`);
          }
        });
        return { hued, missing, alike, swatches: swatches.length };
      }
      const library = await import("./pkg/council_charts.js");
      const draw = { kpi: library.kpiChart, judgement: library.judgementChart, funding: library.fundingChart };
      const reports = [];
      for (const [name, kind, src, options, swatchWidth, labels] of views) {
        const response = await fetch(src);
        const data = /\.(csv|tsv)$/.test(src) ? await response.text() : await response.json();
        const host = document.createElement("div");
        host.id = `forced-${name}`;
        host.style.cssText = "width: 640px; padding: 8px; background: Canvas";
        document.body.prepend(host);
        const chart = draw[kind](host, data, options);
        const canvas = host.querySelector("canvas.council-chart__canvas");
        const report = inspect(canvas, chart.textBoxes(), swatchWidth, labels);
        // A line chart's key is its legend's buttons, each with a sample painted in a canvas.
        const samples = [...host.querySelectorAll("canvas.council-chart__legend-sample")].map((c) => {
          const pixels = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
          const light = [];
          for (let i = 0; i < pixels.length; i += 4) light.push(pixels[i] + pixels[i + 1] + pixels[i + 2]);
          return light;
        });
        samples.forEach((a, i) => {
          for (const [j, b] of samples.slice(i + 1).entries()) {
            if (a.filter((v, k) => Math.abs(v - b[k]) > 192).length < 8) report.alike.push(`legend samples ${i + 1} and ${i + j + 2}`);
          }
        });
        reports.push({ name, ...report, samples: samples.length });
      }
      // The spine, as the gallery draws it.
      const layouts = globalThis.galleryCharts.flatMap((c) => [c.textBoxes()].flat());
      const spine = layouts.find((layout) => layout.texts.some((t) => t[0] === "A: best quarter"));
      const spineCanvas = document.querySelector("#spine canvas.council-chart__canvas");
      const bands = ["A: best quarter", "B", "C", "D: worst quarter", "No better or worse"];
      reports.push({ name: "kpi-spine", ...inspect(spineCanvas, spine, 16, bands), samples: 0 });
      return reports;
    },
    VIEWS,
  );
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  for (const [name] of VIEWS) await page.locator(`#forced-${name}`).screenshot({ path: `${artifacts}/${name}.png` });
  // The scorecard's tiles and the spine, as the gallery draws them.
  await page.locator("#scorecard").screenshot({ path: `${artifacts}/kpi-tiles.png` });
  await page.locator("#spine").screenshot({ path: `${artifacts}/kpi-spine.png` });
  const tiles = await page.$$eval("#scorecard canvas.council-chart__canvas", (canvases) =>
    canvases.map((canvas) => {
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let hued = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 24) hued++;
      return hued;
    }),
  );
  assert.ok(tiles.length >= 4, `${tiles.length} tiles`);
  assert.deepEqual(tiles.filter((hued) => hued > 0), [], "no tile draws in a colour of its own");
  for (const report of reports) {
    assert.equal(report.hued, 0, `${report.name}: every pixel is a shade between the system colours`);
    assert.deepEqual(report.missing, [], `${report.name}: the key's labels are drawn`);
    assert.deepEqual(report.alike, [], `${report.name}: no two of the key's swatches alike`);
  }
  const keyed = reports.filter((r) => r.swatches + r.samples >= 2).map((r) => r.name);
  assert.deepEqual(keyed, ["kpi-line", "judgement-grid", "judgement-national", "funding-stacked", "funding-waterfall", "funding-lines", "kpi-spine"]);
  assert.deepEqual(problems, []);
  await page.close();
});
