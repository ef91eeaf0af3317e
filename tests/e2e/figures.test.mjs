// Every size and count the documentation gives is the one measured here, so the README (and
// the package's DOCUMENTATION.md, made from it) never says "311 KB" of a 347 KB library or
// "eleven" of twelve fuzz targets. A figure is written after a marker, `<!-- size:kpi -->270.3
// KB` or `<!-- count:fuzz -->12`, which Markdown does not show. UPDATE_SNAPSHOTS=1 writes the
// measured figures in; otherwise a figure that differs (a size by more than half a kilobyte)
// fails, naming the file and the marker.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { root } from "./harness.mjs";
import { PAYLOADS } from "./payloads.mjs";

// The package's DOCUMENTATION.md is made from the README by scripts/package.sh: checked, never
// written here (it is rebuilt from the README).
const DOCUMENTS = ["README.md", "RELIABILITY.md", "build/npm/DOCUMENTATION.md"];
const gzipped = (...files) => files.reduce((sum, file) => sum + gzipSync(readFileSync(`${root}${file}`), { level: 9 }).length, 0);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const family = (name) => {
  const module = `council_charts_${name.replace("-", "_")}`;
  return kb(gzipped(`build/family/${name}/${module}_bg.wasm`, `build/family/${name}/${module}.js`));
};

function measured() {
  const cases = readFileSync(`${root}tests/cases/malformed.txt`, "utf8").split("\n").filter((l) => !l.startsWith("#") && l.includes(" ==> "));
  const fuzzTargets = readFileSync(`${root}fuzz/Cargo.toml`, "utf8").match(/^\[\[bin\]\]$/gm) ?? [];
  return {
    "count:malformed": String(cases.length),
    "count:fuzz": String(fuzzTargets.length),
    "count:hostile": String(PAYLOADS.length),
    "size:web": kb(gzipped("pkg/council_charts_bg.wasm", "pkg/council_charts.js")),
    ...Object.fromEntries(["kpi", "kpi-json", "judgement", "judgement-json", "funding", "funding-json"].map((f) => [`size:${f}`, family(f)])),
    "size:sheet": kb(gzipped("build/sheet/council_charts_sheet_bg.wasm", "build/sheet/council_charts_sheet.js")),
    "size:sheet-one-file": kb(gzipped("build/npm/council-charts.sheet.one-file.js")),
    "size:one-file": kb(gzipped("build/npm/council-charts.one-file.js")),
    ...Object.fromEntries(["kpi", "judgement", "funding"].map((f) => [`size:${f}-one-file`, kb(gzipped(`build/npm/council-charts.${f}.one-file.js`))])),
  };
}

const MARKED = /<!-- ((?:size|count):[a-z-]+) -->([0-9.]+)/g;

// A count is exact. A size is true as written within half a kilobyte: its last digit moves
// with every change of a few bytes, which a reader neither sees nor needs, while "311 KB" of a
// 347 KB library is caught. UPDATE_SNAPSHOTS=1 still writes the exact figure.
const agrees = (key, said, measured) =>
  key.startsWith("size:") ? Math.abs(Number(said) - Number(measured)) <= 0.5 : said === measured;

test("every size and count in the documentation is the one measured", () => {
  const figures = measured();
  const wrong = [];
  let seen = 0;
  for (const document of DOCUMENTS) {
    const text = readFileSync(`${root}${document}`, "utf8");
    const written = text.replace(MARKED, (whole, key, said) => {
      seen++;
      if (!(key in figures)) {
        wrong.push(`${document}: <!-- ${key} --> measures nothing (known: ${Object.keys(figures).join(", ")})`);
        return whole;
      }
      if (!agrees(key, said, figures[key])) wrong.push(`${document}: <!-- ${key} --> says ${said}, measured ${figures[key]}`);
      return `<!-- ${key} -->${figures[key]}`;
    });
    if (process.env.UPDATE_SNAPSHOTS && written !== text && !document.startsWith("build/")) writeFileSync(`${root}${document}`, written);
  }
  assert.ok(seen >= 20, `${seen} marked figures found`);
  if (!process.env.UPDATE_SNAPSHOTS) assert.deepEqual(wrong, [], `run with UPDATE_SNAPSHOTS=1 to write the measured figures:\n${wrong.join("\n")}`);
});

test("a size within half a kilobyte agrees, a count only exactly", () => {
  assert.ok(agrees("size:kpi", "213.5", "213.4"));
  assert.ok(agrees("size:kpi", "213.0", "213.5"));
  assert.ok(!agrees("size:kpi", "311.0", "347.1"));
  assert.ok(!agrees("size:kpi", "213.0", "213.6"));
  assert.ok(!agrees("count:fuzz", "11", "12"));
});

test("the figures' check finds a marked figure and knows what it measures", () => {
  const sample = "a <!-- count:fuzz -->11 targets, <!-- size:kpi -->1.0 KB";
  const keys = [...sample.matchAll(MARKED)].map((m) => m[1]);
  assert.deepEqual(keys, ["count:fuzz", "size:kpi"]);
  for (const key of keys) assert.ok(key in measured(), key);
});
