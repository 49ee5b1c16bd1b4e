//! Whether the source map (positions, from libyaml's events) and serde_yaml (values) read a text alike.
//!
//! Diagnostics are only as good as the two agree. [`compare`] checks, on one text: both accept it
//! or both reject it; a syntax error is located at the same line and column by both; and every key
//! and item serde_yaml reads has a position in the source map. Used by
//! `codegen/tests/parser_agreement.rs` (spec files, the broken-spec corpus and generated variants)
//! and the `parser_agreement` fuzz target, which require 0 disagreements.

use serde_yaml::Value;

use crate::source_map::{Location, MAX_DEPTH, SourceMap, Unreadable};

/// How the two parsers read one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Both accept it and every value serde_yaml reads is located.
    AgreeAccept,
    /// Both reject it, at the same position; or for the same reason where serde_yaml gives no
    /// useful position (a second document, a duplicate key, an endless alias), which the loader
    /// then takes from the source map.
    AgreeReject,
    /// Both reject it at different positions (a disagreement).
    RejectElsewhere(String),
    /// serde_yaml rejects what the source map reads (a disagreement).
    SerdeOnlyRejects(String),
    /// serde_yaml reads what the source map refuses (a disagreement).
    MapOnlyRejects(String),
    /// Both accept it, but a key or item serde_yaml reads is not in the source map.
    Unlocated(String),
    /// Nested deeper than [`MAX_DEPTH`]: the loader refuses it (E005) before serde_yaml reads it.
    TooDeep,
    /// An anchor defined twice: the loader refuses it (E001) before serde_yaml reads it, since
    /// serde_yaml 0.9.34 can then resolve aliases to the wrong value.
    AnchorRedefined,
}

/// Compares the two parsers on `text` (a leading byte-order mark is dropped, as the loader does).
pub fn compare(text: &str) -> Outcome {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let map = SourceMap::build(text);
    if map.too_deep().is_some() {
        return Outcome::TooDeep;
    }
    if map.anchor_redefined().is_some() {
        return Outcome::AnchorRedefined;
    }
    let serde = serde_yaml::from_str::<Value>(text);
    match (serde, map_rejection(&map)) {
        (Ok(value), None) => match unlocated(&value, &map) {
            None => Outcome::AgreeAccept,
            Some(path) => {
                Outcome::Unlocated(format!("serde_yaml reads `{path}`, which the source map does not locate"))
            }
        },
        (Ok(_), Some((why, at))) => Outcome::MapOnlyRejects(format!(
            "serde_yaml accepts, the source map rejects ({why} at {}:{})",
            at.line, at.column
        )),
        (Err(error), None) => {
            Outcome::SerdeOnlyRejects(format!("serde_yaml rejects ({error}), the source map accepts"))
        }
        (Err(error), Some((why, at))) => {
            // serde_yaml locates neither a second document (nor anything after the first one)
            // nor, usefully, a duplicate key (it names the mapping) or an endless alias (it names
            // where it gave up): there the loader points where the source map does, and the two
            // agree when they reject for the same reason.
            let message = error.to_string();
            let same_reason = match why {
                "second document" => message.contains("more than one document"),
                "duplicate key" => message.contains("duplicate entry"),
                "endless alias" => message.contains("recursion limit exceeded"),
                _ => false,
            };
            let serde_at = error.location().map(|at| Location { line: at.line(), column: at.column() });
            // A value serde_yaml cannot read is unlocated at the document's root.
            let unlocated_root = why == "unreadable value" && serde_at.is_none() && map.value("") == Some(at);
            if same_reason || unlocated_root || serde_at == Some(at) {
                Outcome::AgreeReject
            } else {
                let shown = serde_at.map_or("no position".to_owned(), |l| format!("{}:{}", l.line, l.column));
                Outcome::RejectElsewhere(format!(
                    "both reject, serde_yaml at {shown} ({error}), the source map ({why}) at {}:{}",
                    at.line, at.column
                ))
            }
        }
    }
}

/// Why and where the source map refuses a text, as the loader would.
fn map_rejection(map: &SourceMap) -> Option<(&'static str, Location)> {
    if let Some(duplicate) = map.duplicate_keys().first().filter(|_| map.duplicate_first()) {
        return Some(("duplicate key", duplicate.again));
    }
    if let Some(at) = map.syntax_error() {
        return Some(("syntax error", at));
    }
    if let Some(unreadable) = map.unreadable() {
        let why = match unreadable {
            Unreadable::UnknownAnchor { .. } => "unknown anchor",
            Unreadable::EndlessAlias { .. } => "endless alias",
            Unreadable::Value { .. } => "unreadable value",
        };
        return Some((why, unreadable.location()));
    }
    if let Some(duplicate) = map.duplicate_keys().first() {
        return Some(("duplicate key", duplicate.again));
    }
    map.second_document().map(|at| ("second document", at))
}

/// The first path serde_yaml reads that the source map does not hold, walking keys that a path can
/// name (strings without `.`, `[` or `]`) and items; `None` when every one is located.
pub(crate) fn unlocated(value: &Value, map: &SourceMap) -> Option<String> {
    let mut pending = vec![(String::new(), value, 0usize)];
    while let Some((path, value, depth)) = pending.pop() {
        if depth > MAX_DEPTH {
            continue;
        }
        match value {
            Value::Mapping(entries) => {
                for (key, child) in entries {
                    let Some(key) = key.as_str().filter(|key| !key.is_empty() && !key.contains(['.', '[', ']'])) else {
                        continue;
                    };
                    let child_path = if path.is_empty() { key.to_owned() } else { format!("{path}.{key}") };
                    if !map.locates(&child_path) {
                        return Some(child_path);
                    }
                    pending.push((child_path, child, depth + 1));
                }
            }
            Value::Sequence(items) => {
                for (index, item) in items.iter().enumerate() {
                    let child_path = format!("{path}[{index}]");
                    if !map.locates(&child_path) {
                        return Some(child_path);
                    }
                    pending.push((child_path, item, depth + 1));
                }
            }
            Value::Tagged(tagged) => pending.push((path, &tagged.value, depth)),
            _ => {}
        }
    }
    None
}

/// The property diagnostics rely on, for the test and the fuzz target: serde_yaml and the source
/// map accept and refuse `text` alike, at the same place, and every value serde_yaml reads is
/// located. `Err` says how `text` breaks it.
pub fn agreement(text: &str) -> Result<Outcome, String> {
    match compare(text) {
        Outcome::RejectElsewhere(how)
        | Outcome::SerdeOnlyRejects(how)
        | Outcome::MapOnlyRejects(how)
        | Outcome::Unlocated(how) => Err(how),
        outcome => Ok(outcome),
    }
}
