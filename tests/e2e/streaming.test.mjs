// The WebAssembly compiled while it downloads: the element and the npm entries fetch their
// module and hand the response to WebAssembly.instantiateStreaming (wasm-bindgen's loader, with
// the server's application/wasm type), and a page that preloads the module in its <head>, as the
// README shows, has it fetched once, before the element's script asks for it, under the strict
// Content-Security-Policy. What each way costs on a slow connection is a benchmark
// (bench/streaming.mjs), not a test.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, startServer } from "./harness.mjs";

let browser;
let server;
let site;
const WASM = "/npm/kpi-json/council_charts_kpi_json_bg.wasm";
const chart = `<council-chart kind="kpi"><script type="application/json">{ "title": "Re-referrals", "unit": "%",
  "series": [{ "name": "Northshire", "start": "2021/22", "values": [24, 22, 21] }] }</script></council-chart>`;
const page = (head) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streaming</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/npm/council-charts.css">${head}<script type="module" src="/npm/element.js"></script></head><body><main>${chart}</main></body></html>`;

before(async () => {
  site = mkdtempSync(join(tmpdir(), "council-streaming-"));
  writeFileSync(join(site, "preloaded.html"), page(`<link rel="preload" href="${WASM}" as="fetch" type="application/wasm" crossorigin>`));
  writeFileSync(join(site, "plain.html"), page(""));
  writeFileSync(join(site, "no-crossorigin.html"), page(`<link rel="preload" href="${WASM}" as="fetch" type="application/wasm">`));
  server = await startServer(["--site", site, "--csp"]);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function load(name) {
  const tab = await browser.newPage();
  const requests = [];
  const messages = [];
  tab.on("request", (r) => requests.push(new URL(r.url()).pathname));
  tab.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  // Count the module compiled from a stream and from bytes, as the page's loader calls them.
  await tab.addInitScript(() => {
    window.__streamed = 0;
    window.__fromBytes = 0;
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = (...args) => (window.__streamed++, streaming.apply(WebAssembly, args));
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = (...args) => (args[0] instanceof WebAssembly.Module || window.__fromBytes++, instantiate.apply(WebAssembly, args));
  });
  await tab.goto(`${server.url}${name}`);
  await tab.waitForFunction(() => document.querySelector("council-chart")?.dataset.state === "drawn", null, { timeout: 20_000 });
  return { tab, requests, messages };
}

test("the element's module is compiled from the stream as it downloads", async () => {
  const { tab, requests, messages } = await load("plain.html");
  assert.deepEqual(await tab.evaluate(() => [window.__streamed, window.__fromBytes]), [1, 0], "instantiateStreaming, never the bytes");
  assert.equal(requests.filter((p) => p === WASM).length, 1, requests.join(" "));
  assert.deepEqual(messages.filter((m) => /instantiateStreaming|MIME/.test(m)), []);
  await tab.close();
});

test("a preloaded module is fetched once, early, and used: no second request, no unused-preload warning", async () => {
  const { tab, requests, messages } = await load("preloaded.html");
  assert.equal(requests.filter((p) => p === WASM).length, 1, requests.join(" "));
  // The preload is asked for before the element's script, which would otherwise find the need.
  assert.ok(requests.indexOf(WASM) < requests.indexOf("/npm/element.js"), requests.join(" "));
  assert.deepEqual(await tab.evaluate(() => window.__streamed), 1);
  // Chrome warns when a preload goes unused or does not match the fetch (its mode or credentials).
  assert.deepEqual(messages.filter((m) => /preload/i.test(m)), []);
  await tab.close();
});

test("a preload without crossorigin does not match the loader's fetch: the module comes twice (why the README's link has it)", async () => {
  const { tab, requests } = await load("no-crossorigin.html");
  assert.equal(requests.filter((p) => p === WASM).length, 2, requests.join(" "));
  await tab.close();
});
