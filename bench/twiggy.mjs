// What each WebAssembly module is made of: each module built as scripts/package.sh builds it,
// kept unstripped (names, before wasm-opt) and read by twiggy, whose largest items are written
// to BENCHMARKS.md. Sizes here are raw bytes before wasm-opt, so they add up to more than the
// shipped modules; they say where the bytes are, not what a page downloads.
// Usage: node bench/twiggy.mjs   (scripts/bench.sh; needs twiggy, which scripts/bench.sh installs)
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSection } from "./report-section.mjs";

const root = new URL("..", import.meta.url).pathname;
const TOP = 12;
const MODULES = [
  ["a page of KPI charts from JSON (`council-charts/kpi-json`)", ["--no-default-features", "--features", "kpi"]],
  ["KPI charts, CSV read too (`council-charts/kpi`)", ["--no-default-features", "--features", "kpi,text"]],
  ["judgement charts (`council-charts/judgement`)", ["--no-default-features", "--features", "judgement,text"]],
  ["funding charts (`council-charts/funding`)", ["--no-default-features", "--features", "funding,text"]],
  ["every kind (`council-charts`)", []],
];

const run = (command, args, options = {}) => execFileSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20, ...options });
const out = mkdtempSync(join(tmpdir(), "council-twiggy-"));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
// twiggy's CSV: Name,ShallowSize,ShallowSizePercent,... with names quoted where they hold commas.
const parseCsv = (text) => text.trim().split("\n").slice(1).map((line) => {
  const cells = [];
  let cell = "", quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) { cells.push(cell); cell = ""; }
    else cell += ch;
  }
  cells.push(cell);
  return cells;
});
// Names without their hashes and crate disambiguators, long generic ones cut to what
// identifies them.
const short = (raw) => {
  const name = raw.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
  return (name.length > 90 ? `${name.slice(0, 87)}...` : name).replaceAll("|", "\\|");
};
// What the shipped module does not carry: the names kept here to read it, and custom sections.
const shipped = ([name]) => name && !name.startsWith("Σ") && !name.includes("subsection") && !name.startsWith("custom section");

const sections = [];
try {
  for (const [what, features] of MODULES) {
    // Compiled as the shipped modules are (scripts/release-flags.sh).
    const cargo = '. scripts/release-flags.sh && env "${RELEASE_ENV[@]}" cargo build --quiet --release --target wasm32-unknown-unknown "$@" "${RELEASE_CARGO_ARGS[@]}"';
    run("bash", ["-c", cargo, "release-cargo", ...features]);
    const dir = join(out, String(sections.length));
    run("wasm-bindgen", ["--target", "web", "--keep-debug", "--out-dir", dir, "target/wasm32-unknown-unknown/release/council_charts.wasm"]);
    const wasm = join(dir, "council_charts_bg.wasm");
    const all = parseCsv(run("twiggy", ["top", "-n", String(TOP + 4), "-f", "csv", wasm]));
    const names = all.filter((row) => !shipped(row) && row[0] && !row[0].startsWith("Σ")).reduce((sum, [, bytes]) => sum + Number(bytes), 0);
    const table = all
      .filter(shipped)
      .slice(0, TOP)
      .map(([name, bytes, percent]) => `| \`${short(name)}\` | ${kb(Number(bytes))} | ${Number(percent).toFixed(1)}% |`);
    sections.push(`### ${what}: ${kb(statSync(wasm).size - names)} before wasm-opt, without names\n\n| item | size | share |\n| --- | ---: | ---: |\n${table.join("\n")}`);
    process.stdout.write(".");
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 10);
writeSection(
  join(root, "BENCHMARKS.md"),
  "twiggy",
  `<!-- twiggy:start -->
## What each module is made of (twiggy)

Each module built as \`scripts/package.sh\` builds it, read by twiggy ${run("twiggy", ["--version"]).trim().split(" ").pop()} before wasm-opt with names kept (after wasm-bindgen): its ${TOP} largest items, leaving out the names kept to read it, which no shipped module carries. Raw bytes, so more than the shipped modules; "data[n]" is read-only data (messages, words, tables); shares are of the unstripped file. Written by \`node bench/twiggy.mjs\`, ${date}.

${sections.join("\n\n")}
<!-- twiggy:end -->`,
);
console.log(" wrote the twiggy section of BENCHMARKS.md");
