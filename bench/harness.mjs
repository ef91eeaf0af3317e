// What the benchmark scripts share: the gallery's server on a free port, Debian's Chromium
// headless, the median of a list of timings, their command-line options, and where the
// published files are.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "../tools/node_modules/playwright-core/index.mjs";

export const root = new URL("..", import.meta.url).pathname;

// scripts/serve.mjs on a free port, with `args` (--site DIR); resolves to { base, server }.
export async function startServer(args = []) {
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", "0", ...args], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const base = await new Promise((resolve) => server.stdout.on("data", (chunk) => {
    const found = /http:\/\/\S+/.exec(String(chunk));
    if (found) resolve(found[0]);
  }));
  return { base, server };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

// The number after `--name` on the command line, or `fallback`.
export function option(name, fallback) {
  const args = process.argv.slice(2);
  return Number(args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
}

// ../shared/real-data/, read where it sits; a script that needs it says it was skipped and
// exits where it is not beside the checkout.
export function sharedRealData() {
  const shared = `${root}../shared/real-data/`;
  if (!existsSync(shared)) {
    console.log(`skipped: ${shared} is not beside this checkout`);
    process.exit(0);
  }
  return shared;
}
