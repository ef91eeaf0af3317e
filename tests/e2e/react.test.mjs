// A React 19 page in StrictMode, built from the packed tarball as a council developer's app
// would be (tests/react-app/): StrictMode runs each effect twice on mount, and a first attempt
// with no cleanup used to leave two charts, then a stale chart above the new one after each
// council switch. Each container must hold exactly one chart, showing the council chosen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, root, startServer } from "./harness.mjs";

const tools = join(root, "tools", "node_modules");
// React as pinned here: what the README's example was run with.
const REACT = "19.3.1";
let app;
let browser;

before(() => {
  const tarball = readdirSync(join(root, "build")).find((f) => /^council-charts-.*\.tgz$/.test(f));
  assert.ok(tarball, "build/council-charts-VERSION.tgz (scripts/package.sh makes it)");
  app = mkdtempSync(join(tmpdir(), "council-charts-react-"));
  cpSync(join(root, "tests", "react-app"), app, { recursive: true });
  const install = ["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--loglevel=error"];
  execFileSync("npm", [...install, join(root, "build", tarball), `react@${REACT}`, `react-dom@${REACT}`], { cwd: app, stdio: "pipe" });
  execFileSync(process.execPath, [join(tools, "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], { cwd: app, stdio: "pipe" });
});

after(async () => {
  await browser?.close();
  if (app) rmSync(app, { recursive: true, force: true });
});

test("in React StrictMode each container holds one chart, with or without an effect's cleanup, through council switches", async () => {
  const server = await startServer(["--site", join(app, "dist")]);
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  const charts = () =>
    page.evaluate(() =>
      [...document.querySelectorAll(".chart")].map((c) => ({
        kind: c.dataset.kind,
        figures: c.querySelectorAll("figure").length,
        title: ["Northshire", "Southbury", "Eastborough"].find((n) => c.querySelector("figure")?.textContent.includes(`children: ${n}`)),
      })),
    );
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => document.querySelectorAll(".chart figure").length >= 2, null, { timeout: 15_000 });
    for (const council of ["Northshire", "Southbury", "Eastborough", "Northshire", "Southbury"]) {
      await page.waitForFunction((c) => document.getElementById("council").textContent === c, council);
      // Effects run after paint: wait until both containers show this council.
      await page.waitForFunction(
        (c) => [...document.querySelectorAll(".chart figure")].every((f) => f.textContent.includes(`children: ${c}`)),
        council,
      );
      assert.deepEqual(await charts(), [
        { kind: "documented", figures: 1, title: council },
        { kind: "first-attempt", figures: 1, title: council },
      ]);
      await page.click("#switch");
    }
    assert.deepEqual(problems, []);
  } finally {
    await page.close();
    server.stop();
  }
});
