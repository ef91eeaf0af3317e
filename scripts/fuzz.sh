#!/usr/bin/env bash
# Fuzzes every input path with cargo-fuzz (libFuzzer, nightly Rust), starting from the project's
# own fixtures. Usage:
#   scripts/fuzz.sh                 # smoke run: 20,000 executions per target (part of test.sh)
#   scripts/fuzz.sh 10000000        # 10 million executions per target, with AddressSanitizer
#   scripts/fuzz.sh 10000000 kpi_json scene_svg   # some targets only
#   FUZZ_SANITIZER=none scripts/fuzz.sh 10000000  # the long run RELIABILITY.md reports
#       # Without AddressSanitizer: several times the executions a second. The library is
#       # #![forbid(unsafe_code)], so what ASan adds is checking its dependencies' unsafe code.
# A crash or an input slower than a second stops the run and is saved under
# fuzz/artifacts/TARGET/; copy it into tests/fuzz_regressions/TARGET/ so the native tests keep
# replaying it.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
runs=${1:-20000}
sanitizer=${FUZZ_SANITIZER:-address}
# Each sanitizer builds into its own directory, so a run of one never rebuilds under another.
target_dir=fuzz/target
[ "$sanitizer" = address ] || target_dir="fuzz/target-$sanitizer"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(kpi_json kpi_csv judgement_json judgement_csv funding_json funding_csv scene_svg fingertips_csv ofsted_csv outturn_csv paste_tsv sheet_bytes)

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: no nightly Rust toolchain (rustup toolchain install nightly)" >&2
  exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz (about a minute)"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi

# Seeds: every fixture and gallery file, with the selector byte(s) each target reads first.
seed() { # seed TARGET PREFIX_HEX FILE...
  local target=$1 prefix=$2
  shift 2
  mkdir -p "fuzz/corpus/$target"
  for file in "$@"; do
    { printf "$prefix"; cat "$file"; } > "fuzz/corpus/$target/seed-$(basename "$file")"
  done
}
seed kpi_json '\x00' tests/fixtures/kpi/*.json www/data/kpi-*.json
seed judgement_json '\x00' tests/fixtures/judgements/*.json www/data/judgements-*.json
seed funding_json '\x00' tests/fixtures/funding/*.json www/data/funding-*.json
seed kpi_csv '\x00' www/data/kpi-*.csv
seed judgement_csv '\x00' www/data/judgements-*.csv
seed funding_csv '\x00' www/data/funding-*.csv
# Published layouts (illustrative fixtures), and spreadsheet pastes: the CSV seeds with tabs.
seed fingertips_csv '\x00' tests/fixtures/kpi/fingertips-*.csv
seed ofsted_csv '\x00' tests/fixtures/judgements/ofsted-*.csv
seed outturn_csv '\x00' tests/fixtures/funding/revenue-outturn-*.csv
mkdir -p fuzz/corpus/paste_tsv
for file in www/data/kpi-*.csv www/data/judgements-*.csv www/data/funding-*.csv; do
  case $(basename "$file") in kpi-*) kind='\x00' ;; judgements-*) kind='\x01' ;; *) kind='\x02' ;; esac
  { printf "$kind\x00"; tr ',' '\t' < "$file"; } > "fuzz/corpus/paste_tsv/seed-$(basename "$file")"
done
# Spreadsheets: every fixture of our own, the hostile ones (zip bombs, entities, deep XML) too.
seed sheet_bytes '' tests/fixtures/sheets/*
seed scene_svg '\x80\x02\x00\x00' tests/fixtures/kpi/*.json
seed scene_svg '\x40\x01\x01\x01' tests/fixtures/judgements/*.json
seed scene_svg '\xa0\x00\x02\x01' tests/fixtures/funding/*.json
for regression in tests/fuzz_regressions/*/*; do
  [ -f "$regression" ] || continue
  target=$(basename "$(dirname "$regression")")
  mkdir -p "fuzz/corpus/$target" && cp "$regression" "fuzz/corpus/$target/"
done

for target in "${targets[@]}"; do
  echo "== fuzz $target: $runs executions, sanitizer $sanitizer"
  started=$(date +%s)
  # -timeout=1: an input taking over a second is a hang. -rss_limit_mb: a leak or a runaway
  # allocation is a crash too.
  log="fuzz/$target.log"
  status=0
  cargo +nightly fuzz run --release --sanitizer "$sanitizer" --target-dir "$target_dir" "$target" -- -runs="$runs" -timeout=1 -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+== ERROR|SUMMARY|Test unit written|thread .* panicked)" "$log" || true
  echo "   $target: exit $status after $(( $(date +%s) - started )) s"
  [ "$status" = 0 ] || exit "$status"
done
