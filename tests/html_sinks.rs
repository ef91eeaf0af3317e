//! Data reaches the DOM through textContent only. This fails if the library's source, its
//! JavaScript (the element), the gallery, the generated glue or the npm package (with the
//! one-file build) use an HTML or code-evaluating sink.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const SINKS: [&str; 9] = [
    "innerHTML",
    "outerHTML",
    "insertAdjacentHTML",
    "set_inner_html",
    "set_outer_html",
    "document.write",
    "eval(",
    "new Function",
    "Function::new",
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("rs" | "js" | "mjs" | "html")) {
            out.push(path);
        }
    }
}

#[test]
fn no_html_or_eval_sinks_in_source_gallery_or_glue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    for dir in ["src", "js", "www", "pkg", "build/npm"] {
        files(&root.join(dir), &mut all);
    }
    assert!(all.iter().any(|p| p.ends_with("src/web/dom/mod.rs")), "the scan found the source");
    assert!(all.iter().any(|p| p.ends_with("js/council-chart-element.js")), "the scan found the element");
    // The test command builds these first; a bare `cargo test` may run before any build.
    for built in ["pkg/council_charts.js", "build/npm/council-charts.one-file.js"] {
        if root.join(built).exists() {
            assert!(all.iter().any(|p| p.ends_with(built)), "the scan found {built}");
        }
    }
    let found: Vec<String> = all
        .iter()
        .flat_map(|path| {
            let text = fs::read_to_string(path).unwrap_or_default();
            SINKS
                .iter()
                .filter(move |sink| text.contains(*sink))
                .map(move |sink| format!("{}: {sink}", path.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(found.is_empty(), "HTML or eval sinks found:\n{}", found.join("\n"));
}
