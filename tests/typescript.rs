//! js/types.d.ts is what ts-rs writes from the serde shapes (src/model/shapes/), so the
//! TypeScript every export is typed by cannot drift from Rust. UPDATE_SNAPSHOTS=1 rewrites it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

#[test]
fn the_declarations_are_written_from_the_rust_shapes() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("js").join("types.d.ts");
    let written = council_charts::testing::model::shapes::typescript::declarations();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &written).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap();
    assert!(
        on_disk == written,
        "js/types.d.ts differs from the declarations the shapes give (UPDATE_SNAPSHOTS=1 cargo test --test typescript to rewrite it)"
    );
}
