# How every shipped module is compiled; sourced by scripts/package.sh (release_build) and by
# bench/twiggy.mjs, so what twiggy reads is what ships. Nightly Rust builds the standard
# library again for size (build-std with optimize_for_size), panics abort at once with no
# message machinery, and export names use the legacy mangling (shorter in the glue): about
# 15 KB gzipped off every module (8%), measured 2026-12-01 (README, "Toolchain notes").
# `Debug` formatting is compiled to nothing and panic locations left out (no message shows
# them, and no page text uses `{:?}`): 1.9 KB gzipped off the KPI module for JSON (issue 45).
# The code needs no nightly feature: the tests and lints build it on stable.
RELEASE_ENV=(RUSTUP_TOOLCHAIN=nightly "RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort -Csymbol-mangling-version=legacy -Zfmt-debug=none -Zlocation-detail=none")
RELEASE_CARGO_ARGS=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
