#!/usr/bin/env bash
# Runs a real screen reader, Orca, on a page with one chart of each kind (www/reader/), presses
# the keys a blind reader would, and writes what it spoke to build/screen-reader/transcript.json
# (or the file given). The test command runs the same through tests/e2e/screen_reader.test.mjs,
# which checks the transcript. Needs the npm package built (scripts/package.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh test
exec node scripts/screen-reader.mjs "$@"
