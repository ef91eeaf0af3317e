#!/usr/bin/env bash
# Installs what the build (and, with "test", the tests) need, skipping whatever is present,
# so a second run takes seconds. Usage: scripts/setup.sh build|test
set -euo pipefail
cd "$(dirname "$0")/.."
purpose=${1:-build}
export PATH="$HOME/.cargo/bin:$PATH"
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo

say() { printf '== %s\n' "$*"; }

if [ "$purpose" = test ] && ! { command -v chromium && command -v chromedriver; } >/dev/null 2>&1; then
  say "installing Debian's Chromium and ChromeDriver (browser tests)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# The committee-pack test prints a page to PDF and reads it back (pdfinfo, pdftotext, pdftoppm).
if [ "$purpose" = test ] && ! command -v pdftotext >/dev/null 2>&1; then
  say "installing Debian's poppler-utils (reading printed PDFs)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq poppler-utils >/dev/null
fi

# A real screen reader for tests/e2e/screen_reader.test.mjs: Orca under Xvfb, its speech
# through speech-dispatcher and eSpeak NG into a null audio sink, keys pressed by xdotool.
if [ "$purpose" = test ] && ! { command -v orca && command -v Xvfb && command -v xdotool && command -v openbox \
  && command -v pulseaudio && [ -x /usr/libexec/at-spi2-registryd ]; } >/dev/null 2>&1; then
  say "installing Orca, Xvfb and xdotool (the screen-reader test)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends xvfb orca at-spi2-core \
    speech-dispatcher speech-dispatcher-espeak-ng espeak-ng dbus-x11 python3-pyatspi gir1.2-atspi-2.0 xdotool \
    openbox pulseaudio >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release modules are built by nightly Rust, its standard library compiled for size
# (scripts/package.sh): nightly with its source and the WebAssembly target.
if ! cargo +nightly --version >/dev/null 2>&1; then
  say "installing nightly Rust (release modules, fuzzing)"
  rustup toolchain install nightly --profile minimal
fi
if ! rustup component list --toolchain nightly --installed | grep -q '^rust-src'; then
  say "adding nightly Rust's source (the standard library built for size)"
  rustup component add rust-src --toolchain nightly
fi
if ! rustup target list --toolchain nightly --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target to nightly Rust"
  rustup target add wasm32-unknown-unknown --toolchain nightly
fi

wasm_pack_version=0.15.1
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $wasm_pack_version" ]; then
  say "installing wasm-pack $wasm_pack_version (about 2 minutes)"
  cargo install wasm-pack --version "$wasm_pack_version"
fi

# The CLI must equal the wasm-bindgen library in Cargo.lock, or wasm-pack tries to download one.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (about 2 minutes)"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version"   # not --locked: see TOOLCHAIN notes in README
fi

# binaryen 132 (a wasm-opt that works) and playwright-core, as pinned in tools/package-lock.json.
if ! cmp -s tools/package-lock.json tools/node_modules/.installed-lock 2>/dev/null; then
  say "installing npm tools (binaryen, playwright-core, axe-core, vite, typescript)"
  # Not `npm ci`: the lock records only the Linux builds of rollup (Vite's), the ones the
  # registry here serves, and `npm ci` refuses a lock without every platform's. `install
  # --no-save` follows the lock and leaves it as it is.
  npm install --prefix tools --no-save --no-audit --no-fund --loglevel=error
  cp tools/package-lock.json tools/node_modules/.installed-lock
fi
