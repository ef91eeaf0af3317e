// Assembles the npm package `council-charts` in build/npm/ from wasm-pack's builds (pkg/ for the
// web target, build/bundler/ for the bundler target, build/family/* for one family each) and
// js/, then writes the one-file builds.
// Run by scripts/package.sh, which builds first; `npm pack` of build/npm/ gives the tarball.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const out = join(root, "build", "npm");
const read = (...path) => readFileSync(join(root, ...path), "utf8");
const version = /^version = "([^"]+)"/m.exec(read("Cargo.toml"))?.[1];
if (!version) throw new Error("Cargo.toml: no version");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The generated declarations, checked and given the disposable lib.
function optionalOptions(declarations, file, expected = 5) {
  // The Rust exports declare their options optional (unchecked_optional_param_type), and
  // sonify's too: checked here, so a new export that forgets is caught before it ships.
  const count = (declarations.match(/, options\?: \w+Options \| null\)/g) ?? []).length;
  if (count !== expected) throw new Error(`${file}: expected ${expected} functions with optional options, found ${count}`);
  if (!/sonify\(options\?: SonifyOptions \| null\)/.test(declarations)) throw new Error(`${file}: sonify's options are not optional`);
  // The classes declare [Symbol.dispose]; a consumer whose `lib` stops at ES2022 needs this.
  return `/// <reference lib="esnext.disposable" />\n${declarations}`;
}

for (const [target, from] of [["web", "pkg"], ["bundler", join("build", "bundler")]]) {
  mkdirSync(join(out, target));
  for (const file of ["council_charts.js", "council_charts_bg.wasm", "council_charts_bg.wasm.d.ts", "council_charts_bg.js"]) {
    try {
      cpSync(join(root, from, file), join(out, target, file));
    } catch (error) {
      if (!(target === "web" && file === "council_charts_bg.js")) throw error; // only the bundler target has it
    }
  }
  writeFileSync(join(out, target, "council_charts.d.ts"), optionalOptions(read(from, "council_charts.d.ts"), `${from}/council_charts.d.ts`));
}

// One module per chart family (web target): "council-charts/kpi" exports kpiChart and
// kpiScorecard, "council-charts/judgement" judgementChart, "council-charts/funding" fundingChart
// and checkFundingPlan, each with the Chart class and its own, smaller WebAssembly.
// "council-charts/kpi-json" (and judgement-json, funding-json) is the family for pages that draw
// from JSON: without the CSV and tab-separated readers, which is what a page of that family's
// charts from JSON loads.
// wasm-pack's name for a family's files: council_charts_kpi_json for "kpi-json".
const moduleName = (family) => `council_charts_${family.replace("-", "_")}`;
const FAMILIES = { kpi: 2, "kpi-json": 2, judgement: 1, "judgement-json": 1, funding: 2, "funding-json": 2 }; // functions taking options, per family
for (const [family, functions] of Object.entries(FAMILIES)) {
  const from = join("build", "family", family);
  const name = moduleName(family);
  mkdirSync(join(out, family));
  for (const file of [`${name}.js`, `${name}_bg.wasm`, `${name}_bg.wasm.d.ts`]) cpSync(join(root, from, file), join(out, family, file));
  writeFileSync(join(out, family, `${name}.d.ts`), optionalOptions(read(from, `${name}.d.ts`), `${from}/${name}.d.ts`, functions));
}

// The spreadsheet reader (build/sheet/): its own module, which readSpreadsheet fetches on first
// use. Every entry (the whole library, each family, the bundler target) is the wasm-bindgen
// module plus readSpreadsheet: a small index.js re-exporting both.
mkdirSync(join(out, "sheet"));
for (const file of ["council_charts_sheet.js", "council_charts_sheet_bg.wasm", "council_charts_sheet_bg.wasm.d.ts", "council_charts_sheet.d.ts"]) {
  cpSync(join(root, "build", "sheet", file), join(out, "sheet", file));
}
cpSync(join(root, "js", "read-spreadsheet.js"), join(out, "read-spreadsheet.js"));
writeFileSync(
  join(out, "read-spreadsheet.d.ts"),
  `import type { SpreadsheetOptions } from "./sheet/council_charts_sheet.js";
/**
 * A .xlsx or .ods file's chosen sheet (options.sheet, or the first laid out as a table a chart
 * reads) as the tab-separated text every chart function takes; its first line says which sheet.
 * The reader is its own module, fetched on the first call. Bad bytes reject with an Error
 * saying what they look like and what to give instead.
 */
export declare function readSpreadsheet(bytes: ArrayBuffer | Uint8Array, options?: SpreadsheetOptions | null): Promise<string>;
`,
);
const ENTRIES = [
  ["web", "council_charts", true],
  ["bundler", "council_charts", false],
  ...Object.keys(FAMILIES).map((family) => [family, moduleName(family), true]),
];
// An entry's init() is wasm-bindgen's, but a module that a Content-Security-Policy will not let
// compile is refused in words that name the fix ('wasm-unsafe-eval'), thrown and in the console,
// as the element says it (council-chart-element.js's `explained`, which the tree-shaker keeps
// alone: the file has no side effects).
const initSayingPolicy = (name) => `import wasmBindgenInit from "./${name}.js";
import { explained } from "../council-chart-element.js";
export default function init(input) {
  return wasmBindgenInit(input).catch((error) => {
    const said = explained(error);
    if (said !== error) console.error(\`council-charts: \${said.message}\`);
    throw said;
  });
}`;
for (const [folder, name, hasInit] of ENTRIES) {
  const shared = [`export * from "./${name}.js";`, `export { readSpreadsheet } from "../read-spreadsheet.js";`];
  const js = [...shared, ...(hasInit ? [initSayingPolicy(name)] : [])];
  const types = [...shared, ...(hasInit ? [`export { default } from "./${name}.js";`] : [])];
  writeFileSync(join(out, folder, "index.js"), `${js.join("\n")}\n`);
  writeFileSync(join(out, folder, "index.d.ts"), `${types.join("\n")}\n`);
}

// The element: its code, an entry that loads the WebAssembly it needs on first use (below), and
// its declarations. Bundlers split the dynamic imports into chunks.
cpSync(join(root, "js", "council-chart-element.js"), join(out, "council-chart-element.js"));
cpSync(join(root, "js", "council-charts.css"), join(out, "council-charts.css"));
writeFileSync(
  join(out, "element.js"),
  `// Defines <council-chart>; import "council-charts/element". The WebAssembly is loaded when the
// first chart needs it: one family's module (kpi, judgement or funding) for a page whose charts
// are all of that family, the whole library's for a page of several; for a family's charts whose
// data are all JSON, the family's module without the text readers.
import { defineCouncilChart } from "./council-chart-element.js";

export { reserveRoom } from "./council-chart-element.js";

const once = (load) => {
  let module = null;
  return () => (module ??= load().then(async (library) => (await library.default(), library)));
};

export const CouncilChart = defineCouncilChart({
  all: once(() => import("./web/council_charts.js")),
  kpi: once(() => import("./kpi/council_charts_kpi.js")),
  kpiJson: once(() => import("./kpi-json/council_charts_kpi_json.js")),
  judgement: once(() => import("./judgement/council_charts_judgement.js")),
  judgementJson: once(() => import("./judgement-json/council_charts_judgement_json.js")),
  funding: once(() => import("./funding/council_charts_funding.js")),
  fundingJson: once(() => import("./funding-json/council_charts_funding_json.js")),
  sheet: once(() => import("./sheet/council_charts_sheet.js")),
});
`,
);
writeFileSync(
  join(out, "element.d.ts"),
  `import type { Chart, Scorecard } from "./web/council_charts.js";
/** <council-chart kind="kpi|judgement|funding|scorecard" view="..." src="..." options="{...}">. */
export declare class CouncilChart extends HTMLElement {
  /** The chart (or scorecard) once drawn. */
  readonly chart: Chart | Scorecard | null;
  /** Draws (or redraws) now, whether or not the element is in view. */
  render(): Promise<void>;
}
/**
 * Keeps the room a chart mounted by script will take in \`container\` (options.height, or the
 * view's height for the container's width, and the text around it) until the returned
 * function is called, once the chart is mounted: the page does not jump when it is drawn.
 */
export declare function reserveRoom(
  container: HTMLElement,
  kind?: "kpi" | "judgement" | "funding" | "scorecard",
  options?: { view?: string; height?: number; titles?: boolean; subtitle?: string; source?: string },
  data?: unknown,
): () => void;
declare global {
  interface HTMLElementTagNameMap { "council-chart": CouncilChart }
}
`,
);

// The one-file build: a classic script (no module, no second request) with the WebAssembly
// inside it, which defines <council-chart> and sets window.councilCharts. The WebAssembly is
// gzipped before it is written as base64 and unzipped by the browser's DecompressionStream:
// base64 of raw WebAssembly is a third larger than the bytes and compresses badly, so this file
// is 2.4 times smaller as served without compression, and about a quarter smaller gzipped.
// A page of one family can use that family's one file instead (council-charts.kpi.one-file.js
// and so on): the same, with that family's module, and an element that draws its kinds only.
// How a one file reads its WebAssembly: the base64 as bytes by `Uint8Array.fromBase64` where
// the browser has it (Chrome 140, Firefox 133, Safari 18.2: 3 ms against 26 for atob and a loop,
// on a processor slowed 4 times), then unzipped. Handing the glue the unzipping stream as a
// Response, to compile as it unzips, was measured and gained nothing (BENCHMARKS.md).
const UNZIPPED = `async function unzippedWasm(base64) {
  let zipped;
  if (typeof Uint8Array.fromBase64 === "function") {
    zipped = Uint8Array.fromBase64(base64);
  } else {
    const text = atob(base64);
    zipped = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) zipped[i] = text.charCodeAt(i);
  }
  const unzipped = new Blob([zipped]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(unzipped).arrayBuffer());
}`;
const element = read("js", "council-chart-element.js");
const asScript = (module, name) => {
  // `export` is a module's keyword; the script keeps the names in its own scope instead. The
  // glue's default path (a URL beside the module) is never used: the bytes are passed in.
  let text = module
    .replace(/^export \{[^}]*\};?$/gm, "")
    .replace(/^export (class|function|const|async function) /gm, "$1 ")
    .replace(/new URL\('council_charts(_\w+)?_bg\.wasm', import\.meta\.url\)/, "undefined");
  if (/^export |import\.meta/m.test(text)) throw new Error(`${name}: module syntax left in the one-file build`);
  return text;
};
const ONE_FILES = [
  // [file, glue and WebAssembly, functions it offers, the element's modules]
  ["council-charts.one-file.js", ["pkg", "council_charts"], "kpiChart, judgementChart, fundingChart, kpiScorecard, checkFundingPlan", "all"],
  ["council-charts.kpi.one-file.js", ["build/family/kpi", "council_charts_kpi"], "kpiChart, kpiScorecard", "kpi"],
  ["council-charts.judgement.one-file.js", ["build/family/judgement", "council_charts_judgement"], "judgementChart", "judgement"],
  ["council-charts.funding.one-file.js", ["build/family/funding", "council_charts_funding"], "fundingChart, checkFundingPlan", "funding"],
];
for (const [file, [folder, name], functions, modules] of ONE_FILES) {
  const wasm = gzipSync(readFileSync(join(root, folder, `${name}_bg.wasm`)), { level: 9 }).toString("base64");
  writeFileSync(
    join(out, file),
    `/*! council-charts ${version}: one file, WebAssembly included. <script src="${file}" defer></script> */
(function () {
"use strict";
${asScript(read(folder, `${name}.js`), `${folder}/${name}.js`)}
${asScript(element, "js/council-chart-element.js")}
const wasmGzipBase64 = "${wasm}";
${UNZIPPED}
let started = null;
const init = () => (started ??= unzippedWasm(wasmGzipBase64).then((bytes) => __wbg_init({ module_or_path: bytes })));
// The spreadsheet reader is council-charts.sheet.one-file.js beside this file, imported on the
// first readSpreadsheet (a page that reads no spreadsheet never fetches it).
const here = document.currentScript?.src ?? location.href;
let sheetReader = null;
const sheet = () => {
  sheetReader ??= import(new URL("council-charts.sheet.one-file.js", here).href).then(async (module) => (await module.ready(), module));
  sheetReader.catch(() => (sheetReader = null));
  return sheetReader;
};
const readSpreadsheet = (bytes, options) => sheet().then((module) => module.readSpreadsheet(bytes, options));
globalThis.councilCharts = { init, reserveRoom, readSpreadsheet, ${functions} };
defineCouncilChart({ ${modules}: () => init().then(() => ({ ${functions} })), sheet });
})();
`,
  );
}

// The spreadsheet reader as one file for the one-file builds: an ES module with its WebAssembly
// inside, imported from beside council-charts.*.one-file.js the first time a page reads a
// spreadsheet. Upload it with the one-file script; a page that reads none never requests it.
{
  const glue = read("build/sheet", "council_charts_sheet.js").replace(/new URL\('council_charts_sheet_bg\.wasm', import\.meta\.url\)/, "undefined");
  if (/import\.meta/.test(glue)) throw new Error("build/sheet/council_charts_sheet.js: import.meta left in the one-file build");
  const wasm = gzipSync(readFileSync(join(root, "build", "sheet", "council_charts_sheet_bg.wasm")), { level: 9 }).toString("base64");
  writeFileSync(
    join(out, "council-charts.sheet.one-file.js"),
    `/*! council-charts ${version}: the spreadsheet reader, one file (an ES module, WebAssembly included), imported by council-charts.*.one-file.js from beside it. */
${glue}
const wasmGzipBase64 = "${wasm}";
${UNZIPPED}
let started = null;
export function ready() {
  started ??= unzippedWasm(wasmGzipBase64).then((bytes) => __wbg_init({ module_or_path: bytes }));
  return started;
}
`,
  );
}

cpSync(join(root, "js", "README.npm.md"), join(out, "README.md"));
// The hex layouts inside the WebAssembly are adapted from MIT-licensed work: its notice goes
// with every copy.
cpSync(join(root, "src", "model", "map", "LICENSE-hexmaps"), join(out, "LICENSE-hexmaps"));
writeFileSync(join(out, "DOCUMENTATION.md"), npmDocumentation(read("README.md")));
const cargo = read("Cargo.toml");
const field = (name) => new RegExp(`^${name} = "([^"]*)"`, "m").exec(cargo)?.[1];
writeFileSync(
  join(out, "package.json"),
  JSON.stringify(
    {
      name: "council-charts",
      version,
      description: field("description"),
      license: field("license"),
      type: "module",
      main: "./web/index.js",
      types: "./web/index.d.ts",
      exports: {
        ".": { types: "./web/index.d.ts", default: "./web/index.js" },
        "./bundler": { types: "./bundler/index.d.ts", default: "./bundler/index.js" },
        // "./kpi", "./kpi-json", "./judgement" and so on: one entry per family module.
        ...Object.fromEntries(
          Object.keys(FAMILIES).map((family) => {
            return [`./${family}`, { types: `./${family}/index.d.ts`, default: `./${family}/index.js` }];
          }),
        ),
        "./element": { types: "./element.d.ts", default: "./element.js" },
        "./one-file": "./council-charts.one-file.js",
        "./one-file/kpi": "./council-charts.kpi.one-file.js",
        "./one-file/judgement": "./council-charts.judgement.one-file.js",
        "./one-file/funding": "./council-charts.funding.one-file.js",
        "./council-charts.css": "./council-charts.css",
        "./council_charts_bg.wasm": "./web/council_charts_bg.wasm",
        "./sheet": { types: "./read-spreadsheet.d.ts", default: "./read-spreadsheet.js" },
        "./package.json": "./package.json",
      },
      files: ["web/", "bundler/", "sheet/", "read-spreadsheet.js", "read-spreadsheet.d.ts", "council-charts.sheet.one-file.js", ...Object.keys(FAMILIES).map((family) => `${family}/`), "element.js", "element.d.ts", "council-chart-element.js", "council-charts.one-file.js", "council-charts.kpi.one-file.js", "council-charts.judgement.one-file.js", "council-charts.funding.one-file.js", "council-charts.css", "README.md", "DOCUMENTATION.md", "LICENSE-hexmaps"],
      sideEffects: ["./element.js", "./*.one-file.js", "./bundler/council_charts.js", "*.css"],
      keywords: ["charts", "accessibility", "wasm", "council", "ofsted", "kpi", "budget"],
    },
    null,
    2,
  ) + "\n",
);
console.log(`build/npm: council-charts ${version}`);

// The package's full documentation (its README links to it) is the project README's parts for
// someone who installed the package: putting charts on a page (install and import first), then
// using them; not how to build or test the project, nor the Rust API. A link to a file the
// package does not hold keeps its words and loses its target; a link to a heading left out does
// the same; a full address is kept. Its figures are the README's, which
// tests/e2e/figures.test.mjs holds to the measured sizes and counts.
function npmDocumentation(readme) {
  const sections = readme.split(/^(?=## )/m);
  const section = (title) => sections.find((s) => s.startsWith(`## ${title}\n`)) ?? "";
  const withoutRust = section("Putting charts on a page").replace(/^### From Rust\n[\s\S]*?(?=^### |^## |(?![\s\S]))/m, "");
  const intro = readme.split(/\n\n/)[1] ?? "";
  let text = `# council-charts: documentation\n\n${intro}\n\nInstall the package and import it, then draw a chart: the first part below. How each chart is used, its data and options, follows.\n\n${withoutRust}${section("Using it")}`;
  const slug = (heading) => heading.toLowerCase().replace(/`/g, "").replace(/[^a-z0-9 _-]/g, "").trim().replace(/ /g, "-");
  const anchors = new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1])));
  text = text.replace(/(!?)\[([^\]]+)\]\(([^)\s]+)\)/g, (whole, image, words, target) => {
    if (/^(https?:|mailto:)/.test(target)) return whole;
    const kept = target.startsWith("#") ? anchors.has(target.slice(1)) : existsSync(join(out, target.split("#")[0]));
    return kept ? whole : image ? "" : words;
  });
  return text;
}
