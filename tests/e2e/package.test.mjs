// The npm package as a council's developer meets it: the packed tarball installed into a fresh
// app (tests/consumer/), its declarations type-checked with tsc against every fixture the Rust
// tests read, built with Vite 7, and opened in Chromium.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inkedIn, launchBrowser, root, startServer } from "./harness.mjs";

const tools = join(root, "tools", "node_modules");
let app;
let browser;

before(() => {
  const tarball = readdirSync(join(root, "build")).find((f) => /^council-charts-.*\.tgz$/.test(f));
  assert.ok(tarball, "build/council-charts-VERSION.tgz (scripts/package.sh makes it)");
  app = mkdtempSync(join(tmpdir(), "council-charts-consumer-"));
  cpSync(join(root, "tests", "consumer"), app, { recursive: true });
  execFileSync("npm", ["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error", join(root, "build", tarball)], { cwd: app, stdio: "pipe" });
  writeFileSync(join(app, "src", "fixtures.ts"), fixturesModule());
});

after(async () => {
  await browser?.close();
  if (app) rmSync(app, { recursive: true, force: true });
});

// Every JSON fixture as a typed constant: an object literal is checked field by field, so a
// field the declarations lack, or a value outside a declared union, fails tsc.
function fixturesModule() {
  const typeFor = { kpi: "KpiData", judgements: "JudgementData", funding: "FundingData" };
  const lines = ['import type { KpiData, JudgementData, FundingData } from "council-charts";'];
  let n = 0;
  for (const [folder, type] of Object.entries(typeFor)) {
    for (const file of readdirSync(join(root, "tests", "fixtures", folder)).filter((f) => f.endsWith(".json")).sort()) {
      const json = readFileSync(join(root, "tests", "fixtures", folder, file), "utf8");
      const isList = json.trimStart().startsWith("[");
      lines.push(`export const fixture${n++}: ${type}${isList ? "[]" : ""} = ${json.trim()};`);
    }
  }
  assert.ok(n >= 15, `${n} fixtures`);
  return lines.join("\n") + "\n";
}

test("the package's README links the full documentation, and the package holds it", () => {
  const installed = join(app, "node_modules", "council-charts");
  const readme = readFileSync(join(installed, "README.md"), "utf8");
  const links = [...readme.matchAll(/\]\(\.\/([^)]+)\)/g)].map((m) => m[1]);
  assert.ok(links.includes("DOCUMENTATION.md"), "the README links DOCUMENTATION.md");
  for (const link of links) assert.ok(existsSync(join(installed, link)), `${link} is in the package`);
  assert.match(readFileSync(join(installed, "DOCUMENTATION.md"), "utf8"), /## Using it/);
});

// What npm shows is read where the package is installed: every link in its README and
// DOCUMENTATION.md resolves inside the package (a file it holds, or a heading of the same
// page) or is a full address; the documentation starts with installing and importing, and says
// "not yet" of nothing it also says is done.
test("the package's documentation is for its users: install first, every link inside the package", () => {
  const installed = join(app, "node_modules", "council-charts");
  const slug = (heading) => heading.toLowerCase().replace(/`/g, "").replace(/[^a-z0-9 _-]/g, "").trim().replace(/ /g, "-");
  const broken = [];
  for (const page of ["README.md", "DOCUMENTATION.md"]) {
    const text = readFileSync(join(installed, page), "utf8");
    const anchors = new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => slug(m[1])));
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const fine = /^https?:/.test(target) || (target.startsWith("#") ? anchors.has(target.slice(1)) : existsSync(join(installed, target.split("#")[0])));
      if (!fine) broken.push(`${page}: ${target}`);
    }
  }
  assert.deepEqual(broken, []);
  const documentation = readFileSync(join(installed, "DOCUMENTATION.md"), "utf8");
  assert.ok(documentation.indexOf("npm install") < documentation.indexOf("## Using it"), "install comes first");
  assert.ok(!/scripts\/(serve|test)\.sh/.test(documentation), "nothing of building or testing the project");
  assert.ok(!/not in this version|Not yet: print/.test(documentation), "no 'not yet' for what is done");
  assert.ok(documentation.includes("break-after: avoid"), "the committee pack's note on headings");
  assert.ok(documentation.includes("<!-- size:kpi -->"), "sizes measured (tests/e2e/figures.test.mjs), not typed");
});

test("the package's declarations type-check a consumer, every fixture, and refuse wrong shapes (tsc --noEmit)", () => {
  const run = () => execFileSync(process.execPath, [join(tools, "typescript", "bin", "tsc"), "-p", app], { cwd: app, stdio: "pipe" });
  try {
    run();
  } catch (error) {
    assert.fail(`tsc found errors:\n${error.stdout}`);
  }
  // The check can fail: a fixture with a mistyped field is refused.
  writeFileSync(join(app, "src", "broken.ts"), 'import type { KpiData } from "council-charts";\nexport const k: KpiData = { title: "T", serie: [] };\n');
  assert.throws(run, (error) => /broken\.ts.*'serie' does not exist/s.test(String(error.stdout)));
  rmSync(join(app, "src", "broken.ts"));
});

test("a fresh Vite 7 app installs the packed tarball, builds, and draws charts in Chromium", async () => {
  execFileSync(process.execPath, [join(tools, "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], { cwd: app, stdio: "pipe" });
  const assets = readdirSync(join(app, "dist", "assets"));
  assert.ok(assets.some((f) => /^council_charts_bg-.*\.wasm$/.test(f)), `the WebAssembly is emitted as an asset: ${assets}`);
  assert.ok(assets.some((f) => /^council_charts_kpi_bg-.*\.wasm$/.test(f)), `the KPI module's WebAssembly is emitted as an asset: ${assets}`);
  assert.ok(existsSync(join(app, "dist", "index.html")));

  const server = await startServer(["--site", join(app, "dist")]);
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("Ready"), null, { timeout: 15_000 });
    const status = await page.textContent("#status");
    assert.match(status, /^Ready: \d+ characters of description, latest 67 per 10,000, 0 findings, element drawn$/);
    assert.ok((await inkedIn(page.locator("#kpi canvas.council-chart__canvas"))) > 2000, "the KPI chart is drawn");
    assert.ok((await inkedIn(page.locator("#plan canvas.council-chart__canvas"))) > 2000, "the funding chart is drawn");
    assert.ok((await inkedIn(page.locator("#spark canvas.council-chart__canvas"))) > 200, "the sparkline from council-charts/kpi is drawn");
    assert.ok((await inkedIn(page.locator("council-chart canvas.council-chart__canvas"))) > 2000, "the element's chart is drawn");
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    server.stop();
  }
});

test("the bundler target initialises on import (Node's WebAssembly ES module integration stands in for a bundler)", () => {
  writeFileSync(
    join(app, "bundler-check.mjs"),
    `import { checkFundingPlan } from "council-charts/bundler";
const plan = { title: "T", columns: ["A"], sections: [{ name: "S", lines: [{ name: "L", values: [1] }], subtotal: [2] }] };
console.log(JSON.stringify(checkFundingPlan(plan)));
`,
  );
  const out = execFileSync(process.execPath, ["--experimental-wasm-modules", "--no-warnings", "bundler-check.mjs"], { cwd: app, encoding: "utf8" });
  assert.deepEqual(JSON.parse(out), [{ level: "error", path: "sections[0].subtotal[0]", message: 'subtotal of "S" in "A": printed 2 but its 1 line sums to 1; difference 1' }]);
});
