//! Whether the location parser (yaml-rust2, [`SourceMap`]) and serde_yaml read a text alike.
//!
//! serde_yaml gives the values and yaml-rust2 the positions, so diagnostics are only as good as the
//! two agree. [`compare`] checks, on one text: both accept it or both reject it; a syntax error is
//! located at the same line and column by both; and every key and item serde_yaml reads has a
//! position in the source map. Used by `codegen/tests/parser_agreement.rs` (spec files, the
//! broken-spec corpus and generated variants) and the `parser_agreement` fuzz target.

use serde_yaml::Value;

use crate::source_map::{Location, MAX_DEPTH, SourceMap};

/// How the two parsers read one text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Both accept it and every value serde_yaml reads is located.
    AgreeAccept,
    /// Both reject it, at the same position (or, for a duplicate key, both reject it).
    AgreeReject,
    /// Both reject it at different positions; E001 shows serde_yaml's position and message.
    RejectElsewhere(String),
    /// serde_yaml rejects what yaml-rust2 reads; E001 shows serde_yaml's position and message.
    SerdeOnlyRejects(String),
    /// serde_yaml reads what yaml-rust2 refuses: the loader refuses it too (E001 at yaml-rust2's
    /// position), since it could not locate its problems.
    MapOnlyRejects(String),
    /// Both accept it, but a key or item serde_yaml reads is not in the source map.
    Unlocated(String),
    /// Nested deeper than [`MAX_DEPTH`]: the loader refuses it (E005) before serde_yaml reads it.
    TooDeep,
}

/// Compares the two parsers on `text` (a leading byte-order mark is dropped, as the loader does).
pub fn compare(text: &str) -> Outcome {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let map = SourceMap::build(text);
    if map.too_deep().is_some() {
        return Outcome::TooDeep;
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
            "serde_yaml accepts, yaml-rust2 rejects ({why} at {}:{})",
            at.line, at.column
        )),
        (Err(error), None) => Outcome::SerdeOnlyRejects(format!("serde_yaml rejects ({error}), yaml-rust2 accepts")),
        (Err(error), Some((why, at))) => {
            // Where the loader's E001 points (serde_yaml's position, or where an unclosed quote opens).
            let serde_at = crate::syntax_hint::explain_error(text, &error, &map).location;
            // A duplicate key is located by the source map (at the second key); serde_yaml names
            // the mapping, which is why the loader asks the source map.
            if why == "duplicate key" || serde_at == Some(at) {
                Outcome::AgreeReject
            } else {
                let shown = serde_at.map_or("no position".to_owned(), |l| format!("{}:{}", l.line, l.column));
                Outcome::RejectElsewhere(format!(
                    "both reject, serde_yaml at {shown} ({error}), yaml-rust2 ({why}) at {}:{}",
                    at.line, at.column
                ))
            }
        }
    }
}

/// Why and where the source map refuses a text, as the loader would.
fn map_rejection(map: &SourceMap) -> Option<(&'static str, Location)> {
    if let Some(at) = map.syntax_error() {
        return Some(("syntax error", at));
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

/// The property diagnostics rely on, for the test and the fuzz target: the loader refuses (E001
/// or E044, located) every text only the source map refuses and every text whose values the map
/// does not all locate, so whatever it accepts is located.
/// `Err` says how `text` breaks it.
pub fn located_or_refused(text: &str) -> Result<Outcome, String> {
    match compare(text) {
        Outcome::Unlocated(how) | Outcome::MapOnlyRejects(how) => match crate::generate_str("spec/fuzz.yaml", text) {
            Err(problems) if problems.iter().any(|p| matches!(p.code, "E001" | "E044") && p.location.is_some()) => {
                Ok(compare(text))
            }
            _ => Err(format!("{how}, and the loader does not refuse it with a located E001 or E044")),
        },
        outcome => Ok(outcome),
    }
}
