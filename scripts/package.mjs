// Assembles the npm package `council-charts` in build/npm/ from wasm-pack's two builds (pkg/ for
// the web target, build/bundler/ for the bundler target) and js/, then writes the one-file build.
// Run by scripts/package.sh, which builds first; `npm pack` of build/npm/ gives the tarball.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const out = join(root, "build", "npm");
const read = (...path) => readFileSync(join(root, ...path), "utf8");
const version = /^version = "([^"]+)"/m.exec(read("Cargo.toml"))?.[1];
if (!version) throw new Error("Cargo.toml: no version");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The generated declarations make `options` a required argument; it is optional. They also need
// the disposable lib.
function optionalOptions(declarations, file) {
  let count = 0;
  const fixed = declarations.replace(/, options: (\w+Options) \| null \| undefined\)/g, (_, type) => {
    count++;
    return `, options?: ${type} | null)`;
  });
  if (count !== 5) throw new Error(`${file}: expected 5 functions taking options, found ${count}`);
  // The classes declare [Symbol.dispose]; a consumer whose `lib` stops at ES2022 needs this.
  return `/// <reference lib="esnext.disposable" />\n${fixed}`;
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

// The element: its code, an entry that hands it the web target, and its declarations.
cpSync(join(root, "js", "council-chart-element.js"), join(out, "council-chart-element.js"));
writeFileSync(
  join(out, "element.js"),
  `// Defines <council-chart> with the web target; import "council-charts/element".
import init, { kpiChart, judgementChart, fundingChart, kpiScorecard } from "./web/council_charts.js";
import { defineCouncilChart } from "./council-chart-element.js";

export const CouncilChart = defineCouncilChart({ init, kpiChart, judgementChart, fundingChart, kpiScorecard });
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
declare global {
  interface HTMLElementTagNameMap { "council-chart": CouncilChart }
}
`,
);

// The one-file build: a classic script (no module, no second request) with the WebAssembly
// inside it as base64, which defines <council-chart> and sets window.councilCharts.
const glue = read("pkg", "council_charts.js");
const element = read("js", "council-chart-element.js");
const wasm = readFileSync(join(root, "pkg", "council_charts_bg.wasm")).toString("base64");
const asScript = (module, name) => {
  // `export` is a module's keyword; the script keeps the names in its own scope instead. The
  // glue's default path (a URL beside the module) is never used: the bytes are passed in.
  let text = module
    .replace(/^export \{[^}]*\};?$/gm, "")
    .replace(/^export (class|function|const|async function) /gm, "$1 ")
    .replace("new URL('council_charts_bg.wasm', import.meta.url)", "undefined");
  if (/^export |import\.meta/m.test(text)) throw new Error(`${name}: module syntax left in the one-file build`);
  return text;
};
writeFileSync(
  join(out, "council-charts.one-file.js"),
  `/*! council-charts ${version}: one file, WebAssembly included. <script src="council-charts.one-file.js" defer></script> */
(function () {
"use strict";
${asScript(glue, "pkg/council_charts.js")}
${asScript(element, "js/council-chart-element.js")}
const wasmBase64 = "${wasm}";
function wasmBytes() {
  const text = atob(wasmBase64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}
let started = null;
const init = () => (started ??= __wbg_init({ module_or_path: wasmBytes() }));
globalThis.councilCharts = { init, kpiChart, judgementChart, fundingChart, kpiScorecard, checkFundingPlan };
defineCouncilChart({ init, kpiChart, judgementChart, fundingChart, kpiScorecard });
})();
`,
);

cpSync(join(root, "js", "README.npm.md"), join(out, "README.md"));
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
      main: "./web/council_charts.js",
      types: "./web/council_charts.d.ts",
      exports: {
        ".": { types: "./web/council_charts.d.ts", default: "./web/council_charts.js" },
        "./bundler": { types: "./bundler/council_charts.d.ts", default: "./bundler/council_charts.js" },
        "./element": { types: "./element.d.ts", default: "./element.js" },
        "./one-file": "./council-charts.one-file.js",
        "./council_charts_bg.wasm": "./web/council_charts_bg.wasm",
        "./package.json": "./package.json",
      },
      files: ["web/", "bundler/", "element.js", "element.d.ts", "council-chart-element.js", "council-charts.one-file.js", "README.md"],
      sideEffects: ["./element.js", "./council-charts.one-file.js", "./bundler/council_charts.js"],
      keywords: ["charts", "accessibility", "wasm", "council", "ofsted", "kpi", "budget"],
    },
    null,
    2,
  ) + "\n",
);
console.log(`build/npm: council-charts ${version}`);
