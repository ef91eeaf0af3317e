// Writes one marked section of BENCHMARKS.md (between `<!-- name:start -->` and
// `<!-- name:end -->`, which `text` includes), replacing the last run's or, the first time,
// adding it before "How to rerun". Used by every script scripts/bench.sh runs; the text between
// sections is written by hand and kept.
import { readFileSync, writeFileSync } from "node:fs";

export function writeSection(file, name, text) {
  const report = readFileSync(file, "utf8");
  const marked = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  // A function as the replacement, so "$" in the text is never read as a pattern.
  writeFileSync(file, marked.test(report) ? report.replace(marked, () => text) : report.replace("\n## How to rerun", () => `\n${text}\n\n## How to rerun`));
}
