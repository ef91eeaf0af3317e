//! The keys the readers accept are the fields js/types.d.ts declares (written by ts-rs from the
//! serde shapes): for every object the readers check, its list of known keys equals its type's
//! fields, and its required keys the type's non-optional ones. A field added to a shape and not
//! to the reader (or the other way round) fails here, so a key the TypeScript allows is never
//! refused and a key it refuses is never read.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;

use council_charts::testing::model::input::keys::ALL;

/// `export type Name = { a: ..., b?: ..., };` as (every field, the required ones).
fn declared(declarations: &str, name: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let start = format!("export type {name} = {{\n");
    let at = declarations.find(&start).unwrap_or_else(|| panic!("js/types.d.ts declares no object type {name}"));
    let body = &declarations[at + start.len()..];
    let body = &body[..body.find("\n};").unwrap_or_else(|| panic!("{name} does not end"))];
    let (mut all, mut required) = (BTreeSet::new(), BTreeSet::new());
    for line in body.lines() {
        // Fields sit two spaces in; comments and nested lines do not.
        let Some(field) = line.strip_prefix("  ").filter(|l| !l.starts_with(' ') && !l.starts_with('/')) else {
            continue;
        };
        let Some((key, _)) = field.split_once(':') else { continue };
        match key.strip_suffix('?') {
            Some(optional) => all.insert(optional.to_owned()),
            None => required.insert(key.to_owned()) && all.insert(key.to_owned()),
        };
    }
    (all, required)
}

#[test]
fn every_reader_knows_exactly_the_keys_its_type_declares() {
    let declarations = std::fs::read_to_string(support::root().join("../js/types.d.ts")).unwrap();
    for known in ALL {
        // A union (a series of points or of regular values) allows any member's fields and
        // requires what every member requires.
        let members: Vec<_> = known.types.split('|').map(|t| declared(&declarations, t)).collect();
        let all: BTreeSet<String> = members.iter().flat_map(|(a, _)| a.iter().cloned()).collect();
        let required: BTreeSet<String> = members
            .iter()
            .map(|(_, r)| r.clone())
            .reduce(|a, b| a.intersection(&b).cloned().collect())
            .unwrap_or_default();
        let keys: BTreeSet<String> = known.keys.iter().map(|k| (*k).to_owned()).collect();
        let wanted: BTreeSet<String> = known.required.iter().map(|k| (*k).to_owned()).collect();
        assert_eq!(keys, all, "{}: the reader's keys against the declared fields", known.types);
        assert_eq!(wanted, required, "{}: the reader's required keys against the declared ones", known.types);
    }
}
