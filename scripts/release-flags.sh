# How every shipped module is compiled; sourced by scripts/package.sh (release_build) and by
# bench/twiggy.mjs, so what twiggy reads is what ships. Nightly Rust builds the standard
# library again for size (build-std with optimize_for_size), panics abort at once with no
# message machinery, and export names use the legacy mangling (shorter in the glue): about
# 15 KB gzipped off every module (8%), measured 2026-12-01 (README, "Toolchain notes").
# The code needs no nightly feature: the tests and lints build it on stable.
RELEASE_ENV=(RUSTUP_TOOLCHAIN=nightly "RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort -Csymbol-mangling-version=legacy")
RELEASE_CARGO_ARGS=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
