#!/usr/bin/env bash
# The README's "From Rust" section, tested as a reader would use it: its Cargo.toml, src/main.rs
# and tests/page.rs blocks, as written there, become a crate outside the repository that depends
# on this one by path. The native example reads DfE's published file where ../shared/real-data
# sits beside the checkout (else a small illustrative file of the same layout, and says so); the
# WebAssembly example mounts a chart in headless Chromium. Run by scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export PATH="$repo/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
crate=$(mktemp -d /tmp/council-charts-from-rust.XXXXXX)
trap 'rm -rf "$crate"' EXIT

# The README's blocks: the one after its "### From Rust" heading fenced as toml, and the rust
# blocks whose first line names their file.
python3 - "$repo/README.md" "$crate" "$repo" <<'PY'
import os, re, sys
readme, crate, repo = sys.argv[1:]
text = open(readme, encoding="utf-8").read()
section = text.split("### From Rust", 1)[1].split("\n## ", 1)[0]
blocks = re.findall(r"```(toml|rust)\n(.*?)```", section, re.S)
toml = [b for kind, b in blocks if kind == "toml"]
rust = {b.split("\n", 1)[0].removeprefix("// ").strip(): b for kind, b in blocks if kind == "rust"}
assert len(toml) == 1 and set(rust) == {"src/main.rs", "tests/page.rs"}, (len(toml), list(rust))
manifest = toml[0].replace('{ path = "../council-charts" }', '{ path = "%s" }' % repo)
assert repo in manifest, "the README's dependency line changed: update scripts/from-rust.sh"
header = '[package]\nname = "from-rust"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n[workspace]\n\n'
open(os.path.join(crate, "Cargo.toml"), "w").write(header + manifest)
for path, body in rust.items():
    os.makedirs(os.path.join(crate, os.path.dirname(path)), exist_ok=True)
    open(os.path.join(crate, path), "w").write(body)
PY
# The same versions as the library's own lock, and its compiled dependencies reused.
cp Cargo.lock "$crate/Cargo.lock"
export CARGO_TARGET_DIR="$repo/target/from-rust"

real="$repo/../shared/real-data/cla_number_and_rate_per_10k_children.csv"
if [ -f "$real" ]; then
  file=$real council=Devon
else
  echo "from-rust: ../shared/real-data is absent; the native example reads the illustrative file (skipped: the published one)"
  file="$repo/tests/fixtures/kpi/ees-every-council-illustrative.csv" council=Eastborough
fi
(cd "$crate" && cargo run --quiet -- "$file" "$council") > "$crate/words.txt"
grep -q "$council" "$crate/words.txt" || { echo "from-rust: the words do not name $council:"; cat "$crate/words.txt"; exit 1; }
grep -q "^<svg" "$crate/chart.svg" || { echo "from-rust: chart.svg is not an SVG"; exit 1; }
echo "from-rust: natively, $(basename "$file") for $council: $(head -c 160 "$crate/words.txt")..."
(cd "$crate" && wasm-pack test --headless --chrome 2>&1) | tee "$crate/browser.txt" | grep -E "^test |test result" || true
grep -q "test result: ok. 1 passed" "$crate/browser.txt" || { echo "from-rust: the browser example failed:"; tail -40 "$crate/browser.txt"; exit 1; }
echo "from-rust: 2 passed, 0 failed"
