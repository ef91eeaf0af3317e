//! The pipeline runs one way: model ← scale ← scene ← paint and interact ← words and export ←
//! chart ← web. Read from the source's own paths (`crate::…` and `super::…`), no file may
//! reach a later stage, and no files may reach one another in a circle. And every file stays
//! short enough to read.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each stage's place in the pipeline; a file may use its own stage and earlier ones.
fn rank(stage: &str) -> Option<usize> {
    Some(match stage {
        "error" | "model" => 0,
        "scale" => 1,
        "scene" => 2,
        "paint" | "interact" => 3,
        "words" | "export" => 4,
        "chart" => 5,
        // The front door for Rust callers, over the charts; web mounts its charts.
        "api" => 6,
        "web" => 7,
        _ => return None,
    })
}

const MOST_LINES: usize = 400;

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `model/kpi.rs` for src/model/kpi.rs.
fn name(path: &Path) -> String {
    path.strip_prefix(src()).unwrap().to_string_lossy().replace('\\', "/")
}

/// The file a module path (`["model", "kpi", "Kpi"]`) lands in: the longest prefix that is a
/// file or a folder's mod.rs.
fn resolve(path: &[&str]) -> Option<String> {
    (1..=path.len()).rev().find_map(|n| {
        let stem = path[..n].join("/");
        [format!("{stem}.rs"), format!("{stem}/mod.rs")].into_iter().find(|f| src().join(f).is_file())
    })
}

/// The file's code with its test modules (`#[cfg(test)] mod tests { ... }`) cut out, whatever
/// follows them kept.
fn without_tests(text: &str) -> String {
    let mut code = String::new();
    let mut rest = text;
    while let Some(at) = ["#[cfg(test)]", "#[cfg(all(test"].iter().filter_map(|m| rest.find(m)).min() {
        code.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(open) = after.find('{') else { return code };
        let mut depth = 0usize;
        let mut end = after.len();
        for (i, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    code.push_str(rest);
    code
}

/// The module paths a file names, from the crate root: `crate::a::b` and `super::a::b`, and
/// each item of `use crate::{a, b}` / `use super::{a, b}`. Test modules are left out.
fn references(file: &str, text: &str) -> BTreeSet<Vec<String>> {
    let code = without_tests(text);
    let code = code.as_str();
    let folder: Vec<&str> = file.split('/').collect();
    // The module `super` names: a mod.rs's parent folder, or a file's own folder.
    let mut parent: Vec<String> = folder[..folder.len() - 1].iter().map(|s| s.to_string()).collect();
    if file.ends_with("mod.rs") {
        parent.pop();
    }
    let mut out = BTreeSet::new();
    let bytes = code.as_bytes();
    for (root, base) in [("crate::", Vec::new()), ("super::", parent.clone())] {
        let mut at = 0;
        while let Some(found) = code[at..].find(root) {
            let start = at + found;
            at = start + root.len();
            // `super::` inside `crate::x::super::`, or a longer word ending in the root: skip.
            if start > 0
                && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b':' || bytes[start - 1] == b'_')
            {
                continue;
            }
            let rest = &code[at..];
            if let Some(group) = rest.strip_prefix('{') {
                for item in group.split('}').next().unwrap_or("").split(',') {
                    let item = item.split_whitespace().next().unwrap_or("");
                    if !item.is_empty() && item != "self" {
                        let mut path = base.clone();
                        path.extend(item.split("::").map(str::to_owned));
                        out.insert(path);
                    }
                }
                continue;
            }
            let path_text: String =
                rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            let mut path = base.clone();
            path.extend(path_text.split("::").filter(|s| !s.is_empty()).map(str::to_owned));
            out.insert(path);
        }
    }
    out
}

#[test]
fn no_stage_reaches_a_later_one_and_no_files_reach_one_another_in_a_circle() {
    let mut paths = Vec::new();
    files(&src(), &mut paths);
    let mut uphill = Vec::new();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for path in &paths {
        let file = name(path);
        let stage = file.split('/').next().unwrap().trim_end_matches(".rs").to_owned();
        let Some(own) = rank(&stage) else { continue }; // lib.rs wires the stages together
        let text = fs::read_to_string(path).unwrap();
        for reference in references(&file, &text) {
            let Some(first) = reference.first() else { continue };
            if rank(first).is_some_and(|r| r > own) {
                uphill.push(format!("{file} uses {}", reference.join("::")));
            }
            let parts: Vec<&str> = reference.iter().map(String::as_str).collect();
            if let Some(target) = resolve(&parts) {
                // A folder's mod.rs is where its files are declared, not a module they use.
                if target != file && !(target.ends_with("mod.rs") && reference.len() == 1) {
                    graph.entry(file.clone()).or_default().insert(target);
                }
            }
        }
    }
    assert!(uphill.is_empty(), "imports that run back up the pipeline:\n{}", uphill.join("\n"));
    assert!(paths.len() > 100, "{} files read", paths.len());
    // Circles: a depth-first walk that meets a file still on its own path.
    fn walk(
        file: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        circles: &mut Vec<String>,
    ) {
        if let Some(at) = path.iter().position(|f| f == file) {
            circles.push(format!("{} → {file}", path[at..].join(" → ")));
            return;
        }
        if !done.insert(file.to_owned()) {
            return;
        }
        path.push(file.to_owned());
        for next in graph.get(file).into_iter().flatten() {
            walk(next, graph, path, done, circles);
        }
        path.pop();
    }
    let (mut done, mut circles) = (BTreeSet::new(), Vec::new());
    for file in graph.keys() {
        walk(file, &graph, &mut Vec::new(), &mut done, &mut circles);
    }
    assert!(circles.is_empty(), "files that import one another in a circle:\n{}", circles.join("\n"));
    // Folders too: two stages of one rank (words and export) may not each use the other.
    let mut folders: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, targets) in &graph {
        for target in targets {
            let (from, to) = (folder(file), folder(target));
            if from != to {
                folders.entry(from).or_default().insert(to);
            }
        }
    }
    let (mut done, mut circles) = (BTreeSet::new(), Vec::new());
    for from in folders.keys() {
        walk(from, &folders, &mut Vec::new(), &mut done, &mut circles);
    }
    assert!(circles.is_empty(), "folders that import one another:\n{}", circles.join("\n"));
}

/// The top folder (stage) a file is in: `words` for `words/kpi.rs`.
fn folder(file: &str) -> String {
    file.split('/').next().unwrap_or(file).trim_end_matches(".rs").to_owned()
}

#[test]
fn the_checker_sees_an_import_that_runs_back_up() {
    // The references this test reads, on a made-up file, so the check above cannot pass by
    // reading nothing.
    let found = references(
        "model/grade.rs",
        "use crate::scene::Color;\nuse super::{node::Node, json};\nfn f() { super::period::parse_period(\"x\"); }",
    );
    let found: Vec<String> = found.iter().map(|p| p.join("::")).collect();
    assert_eq!(found, ["model::json", "model::node::Node", "model::period::parse_period", "scene::Color"]);
}

#[test]
fn every_file_under_src_is_at_most_400_lines() {
    let mut paths = Vec::new();
    files(&src(), &mut paths);
    let long: Vec<String> = paths
        .iter()
        .map(|p| (name(p), fs::read_to_string(p).unwrap().lines().count()))
        .filter(|(_, n)| *n > MOST_LINES)
        .map(|(f, n)| format!("{f}: {n} lines"))
        .collect();
    assert!(long.is_empty(), "files over {MOST_LINES} lines:\n{}", long.join("\n"));
}

#[test]
fn the_checker_reads_what_follows_a_test_module() {
    // model/spine.rs kept 161 lines after its tests; they are read, the tests are not.
    let text = "use crate::scale::x;\n#[cfg(test)]\nmod tests {\n    use crate::web::y;\n    fn f() { if true { } }\n}\nfn g() { crate::scene::z(); }\n";
    let found: Vec<String> = references("model/a.rs", text).iter().map(|p| p.join("::")).collect();
    assert_eq!(found, ["scale::x", "scene::z"]);
}
