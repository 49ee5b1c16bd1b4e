//! What serde_yaml makes of scalars, keys and aliases, for the source map to read YAML as it does:
//! keys compared as values, anchors and aliases followed, scalars it cannot read found.

use std::collections::HashMap;
use std::rc::Rc;

use serde_yaml::Value;

use super::{DuplicateKey, Location, UNREAD_ALIKE};
use crate::libyaml_events::Data;

/// YAML whose syntax is fine but which serde_yaml cannot turn into a value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// `*name` before any `&name` (serde_yaml: "unknown anchor", at the alias).
    UnknownAnchor { name: String, at: Location },
    /// `*name` inside the node `&name` anchors, or aliases nesting values deeper than serde_yaml
    /// reads ([`SERDE_YAML_DEPTH`]; serde_yaml: "recursion limit exceeded", further in).
    EndlessAlias { name: String, at: Location },
    /// A scalar serde_yaml cannot read: a text unlike its tag (`!!int x`), a number too large
    /// (serde_yaml: "invalid value" or "invalid type", at the scalar).
    Value { text: String, at: Location },
}

impl Unreadable {
    /// Where it is.
    pub fn location(&self) -> Location {
        match self {
            Unreadable::UnknownAnchor { at, .. }
            | Unreadable::EndlessAlias { at, .. }
            | Unreadable::Value { at, .. } => *at,
        }
    }
}

/// How deeply serde_yaml follows nested mappings and sequences, aliases expanded.
pub const SERDE_YAML_DEPTH: usize = 128;

/// Anchors and how deep values nest, aliases expanded, as serde_yaml follows them.
#[derive(Default)]
pub(super) struct Aliases {
    /// The anchors defined so far.
    anchors: HashMap<Box<str>, Anchor>,
    /// The first anchor defined a second time: its name, where first and where again.
    /// serde_yaml 0.9.34 numbers anchors by how many names it has seen, so the next new anchor
    /// after a redefinition takes the redefined one's number, and aliases to either resolve to the
    /// later value: the loader refuses such a file before serde_yaml reads it.
    pub redefined: Option<(String, Location, Location)>,
    /// Where each anchor was first defined.
    defined_at: HashMap<Box<str>, Location>,
    /// Every open collection (recorded or not): its anchor and how deep what it holds so far nests.
    open: Vec<(Option<Box<str>>, usize)>,
}

/// An anchor and the value it names.
#[derive(Clone, Copy)]
struct Anchor {
    /// Nesting of its value, aliases expanded (a scalar is 0, `[]` is 1).
    height: usize,
    /// Its collection has not ended yet.
    open: bool,
}

impl Aliases {
    /// Notes where an anchor is defined, and the first one defined twice.
    fn defined(&mut self, name: &str, at: Location) {
        match self.defined_at.get(name) {
            Some(first) => {
                self.redefined.get_or_insert_with(|| (name.to_owned(), *first, at));
            }
            None => {
                self.defined_at.insert(name.into(), at);
            }
        }
    }

    /// Follows one event (every one, in recorded subtrees or not); `Err` at an alias serde_yaml
    /// cannot follow or a scalar it cannot read.
    pub fn follow(&mut self, data: &Data, location: Location) -> Result<(), Unreadable> {
        let nested = |height: usize, open: &mut Vec<(Option<Box<str>>, usize)>| {
            if let Some((_, held)) = open.last_mut() {
                *held = (*held).max(height);
            }
            open.len() + height > SERDE_YAML_DEPTH
        };
        match data {
            Data::Alias { anchor } => {
                let endless = || Unreadable::EndlessAlias { name: anchor.clone(), at: location };
                let Some(target) = self.anchors.get(anchor.as_str()).copied() else {
                    return Err(Unreadable::UnknownAnchor { name: anchor.clone(), at: location });
                };
                if target.open || nested(target.height, &mut self.open) {
                    return Err(endless());
                }
            }
            Data::Scalar { value, plain, tag, anchor } => {
                if let Some(Err(())) = serde_reads(value, *plain, tag.as_deref()) {
                    return Err(Unreadable::Value { text: value.clone(), at: location });
                }
                if let Some(anchor) = anchor {
                    self.defined(anchor, location);
                    self.anchors.insert(anchor.as_str().into(), Anchor { height: 0, open: false });
                }
            }
            Data::SequenceStart { anchor, .. } | Data::MappingStart { anchor, .. } => {
                let anchor: Option<Box<str>> = anchor.as_deref().map(Into::into);
                if let Some(name) = &anchor {
                    self.defined(name, location);
                    self.anchors.insert(name.clone(), Anchor { height: 1, open: true });
                }
                self.open.push((anchor, 0));
            }
            Data::SequenceEnd | Data::MappingEnd => {
                if let Some((anchor, held)) = self.open.pop() {
                    let height = held + 1;
                    if let Some(name) = anchor {
                        self.anchors.insert(name, Anchor { height, open: false });
                    }
                    nested(height, &mut self.open);
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// Mapping keys as serde_yaml compares them, for every mapping of the document (recorded or not):
/// a scalar key by the value serde_yaml reads, a collection key by its contents (sequences in
/// order, mappings in any order), an alias key by the value its anchor names.
#[derive(Default)]
pub(super) struct Keys {
    /// Every open collection.
    open: Vec<Collection>,
    /// The identity of each anchored value read so far.
    anchors: HashMap<Box<str>, Rc<str>>,
    /// Duplicate keys found, in document order.
    pub duplicates: Vec<DuplicateKey>,
}

/// One open collection.
struct Collection {
    mapping: bool,
    /// A tag serde_yaml keeps (`!x`), part of the collection's identity.
    tag: Option<Rc<str>>,
    /// Its identity is needed (a key, an anchored value, or inside one): its items are kept.
    kept: bool,
    items: Vec<Rc<str>>,
    /// A mapping's keys by identity, with where each first appears.
    keys: HashMap<Rc<str>, Location>,
    /// A mapping waits for a key (else for a value).
    wants_key: bool,
    anchor: Option<Box<str>>,
    at: Location,
}

/// A value read whole: its identity (when needed), how a message shows it, and where it starts.
struct Item {
    identity: Option<Rc<str>>,
    shown: String,
    at: Location,
}

impl Keys {
    /// Reads one event of the first document.
    pub fn read(&mut self, data: &Data, at: Location) {
        let needed = self.open.last().is_some_and(|parent| parent.kept || (parent.mapping && parent.wants_key));
        match data {
            Data::Scalar { value, plain, tag, anchor } => {
                let identity = (needed || anchor.is_some()).then(|| identity(value, *plain, tag.as_deref()));
                if let (Some(anchor), Some(identity)) = (anchor, &identity) {
                    self.anchors.insert(anchor.as_str().into(), identity.clone());
                }
                self.item(Item { identity, shown: value.clone(), at });
            }
            Data::Alias { anchor } => {
                let identity = self.anchors.get(anchor.as_str()).cloned();
                self.item(Item { identity, shown: format!("*{anchor}"), at });
            }
            Data::SequenceStart { anchor, tag } | Data::MappingStart { anchor, tag } => self.open.push(Collection {
                mapping: matches!(data, Data::MappingStart { .. }),
                // serde_yaml ignores a core-schema tag on a collection (`!!map`, `!!seq`, even
                // `!!str`) and keeps any other as a tagged value.
                tag: tag.as_deref().filter(|tag| !tag.starts_with("tag:yaml.org,2002:")).map(Rc::from),
                kept: needed || anchor.is_some(),
                items: Vec::new(),
                keys: HashMap::new(),
                wants_key: true,
                anchor: anchor.as_deref().map(Into::into),
                at,
            }),
            Data::SequenceEnd | Data::MappingEnd => {
                let Some(closed) = self.open.pop() else { return };
                let identity = closed.kept.then(|| closed.identity());
                if let (Some(anchor), Some(identity)) = (&closed.anchor, &identity) {
                    self.anchors.insert(anchor.clone(), identity.clone());
                }
                let shown = identity.as_deref().unwrap_or(if closed.mapping { "{…}" } else { "[…]" }).to_owned();
                self.item(Item { identity, shown, at: closed.at });
            }
            _ => {}
        }
    }

    /// A value read whole goes to the collection holding it.
    fn item(&mut self, item: Item) {
        let Some(parent) = self.open.last_mut() else { return };
        if parent.mapping {
            if parent.wants_key {
                if let Some(identity) = &item.identity {
                    match parent.keys.get(identity) {
                        Some(first) => {
                            self.duplicates.push(DuplicateKey { key: item.shown, first: *first, again: item.at });
                        }
                        None => {
                            parent.keys.insert(identity.clone(), item.at);
                        }
                    }
                }
            }
            parent.wants_key = !parent.wants_key;
        }
        if parent.kept {
            // An item without an identity (an alias of an unknown anchor) stops the map anyway.
            parent.items.push(item.identity.unwrap_or_else(|| Rc::from("?")));
        }
    }
}

impl Collection {
    /// Its contents as one text: `[a, b]`, or `{k: v, …}` with the entries sorted; with its tag.
    fn identity(&self) -> Rc<str> {
        let content = if self.mapping {
            let mut entries: Vec<String> =
                self.items.chunks(2).map(|entry| format!("{}: {}", entry[0], entry.get(1).map_or("", |v| v))).collect();
            entries.sort();
            format!("{{{}}}", entries.join(", "))
        } else {
            format!("[{}]", self.items.join(", "))
        };
        match &self.tag {
            Some(tag) => format!("Tagged({tag:?}, {content})").into(),
            None => content.into(),
        }
    }
}

/// How serde_yaml reads a scalar, asked of serde_yaml itself so the two cannot differ: `None` for
/// text it keeps as a string, else the value it makes (a plain `1`, `0x1`, `~`, `true`; a tagged
/// `!!int "7"`, `!custom x`) or `Err` when it cannot read it (`!!int x`, a number too large).
fn serde_reads(text: &str, plain: bool, tag: Option<&str>) -> Option<Result<Value, ()>> {
    // What YAML 1.2's core schema (serde_yaml's) may resolve: numbers, `.inf`/`.nan`, `~` and the
    // null and boolean words; other untagged scalars are text without asking serde_yaml.
    let may_resolve = plain
        && (text.chars().next().is_none_or(|c| c.is_ascii_digit() || "+-.~".contains(c))
            || matches!(text, "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"));
    if tag.is_none() && !may_resolve {
        return None;
    }
    // Probed as the value of a block mapping (where `...` or `---` is not a document marker), in
    // its own style where that matters: a core-schema tag (`!!int`) resolves the text whatever
    // its style (probed double-quoted); an untagged or custom-tagged (`!x`) plain scalar resolves
    // like a plain one, a quoted one is text. Only a plain text of the characters numbers, `~`,
    // `null` and booleans are spelt with can resolve to one (and is safe to probe plain); any other
    // is text.
    let token = plain && text.chars().all(|c| c.is_ascii_alphanumeric() || "+-._~".contains(c));
    let probe = match tag {
        Some(tag) if tag.starts_with("tag:yaml.org,2002:") => {
            format!("k: !<{}> {}", percent_encoded(tag), double_quoted(text))
        }
        Some(tag) if token => format!("k: !<{}> {text}", percent_encoded(tag)),
        Some(tag) => format!("k: !<{}> {}", percent_encoded(tag), double_quoted(text)),
        None if token => format!("k: {text}"),
        None => return None,
    };
    match serde_yaml::from_str::<Value>(&probe) {
        Ok(mapping) => match mapping.get("k") {
            Some(value @ (Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) | Value::Tagged(_))) => {
                Some(Ok(value.clone()))
            }
            // Text the probe cannot hold as a scalar (a plain `-` reads as a sequence there): a
            // plain scalar that resolves to a null, a boolean or a number never looks like that.
            _ => None,
        },
        // serde_yaml read the scalar and refused its value ("invalid type", "invalid value").
        Err(error) if error.to_string().contains("invalid type") || error.to_string().contains("invalid value") => {
            Some(Err(()))
        }
        // Text the probe cannot hold (a plain `-:`): as above.
        Err(_) => None,
    }
}

/// A tag as a verbatim tag's URI: every byte but letters, digits and URI punctuation as `%XX`
/// (libyaml decodes them back).
fn percent_encoded(tag: &str) -> String {
    tag.bytes()
        .map(|byte| {
            if byte.is_ascii_alphanumeric() || b"-;/?:@&=+$,_.!~*'()#".contains(&byte) {
                char::from(byte).to_string()
            } else {
                format!("%{byte:02X}")
            }
        })
        .collect()
}

/// `text` as a YAML double-quoted scalar (escapes for `"`, `\` and every character that is not
/// printable on one line).
fn double_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || UNREAD_ALIKE.contains(&c) => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A key as serde_yaml compares keys: the value serde_yaml reads (`1` and `0x1` are one key, `1`
/// and `"1"` two, as are `~` and `null` one; a tag counts); any other key is its text.
fn identity(text: &str, plain: bool, tag: Option<&str>) -> Rc<str> {
    match serde_reads(text, plain, tag) {
        Some(Ok(Value::String(_))) | None | Some(Err(())) => format!("{text:?}").into(),
        Some(Ok(value)) => format!("{value:?}").into(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::SourceMap;
    use super::*;

    #[test]
    fn the_problem_serde_yaml_meets_first_is_the_one_reported() {
        // serde_yaml reads a document up to a syntax error or an unknown anchor, and checks each
        // key as it reads it (before its value): a duplicate key before the problem is reported.
        for (text, duplicate_first) in [
            ("a: 1\na: ]\n", true),
            ("a: 1\na: [1, 2\n", true),
            ("a: 1\na: 2\nb: *nope\n", true),
            ("a: 1\na: !!int x\n", true),
            ("!!int x: 1\n!!int x: 2\n", false),
            ("a: !!int x\na: 1\n", false),
            ("a: 1\na: {b: *nope}\n", true),
        ] {
            assert_eq!(SourceMap::build(text).duplicate_first(), duplicate_first, "{text:?}");
            let serde = serde_yaml::from_str::<Value>(text).expect_err(text).to_string();
            assert_eq!(serde.contains("duplicate entry"), duplicate_first, "{text:?}: {serde}");
        }
    }

    #[test]
    fn keys_are_duplicates_as_serde_yaml_compares_them() {
        let again =
            |text: &str| SourceMap::build(text).duplicate_keys().iter().map(|d| d.again.line).collect::<Vec<_>>();
        assert_eq!(again("1: a\n0x1: b\n\"1\": c\n"), [2]);
        assert_eq!(again("~: a\nnull: b\n'null': c\ntrue: d\nTrue: e\n"), [2, 5]);
        assert_eq!(again("a: 1\n'a': 2\n\"a\": 3\n"), [2, 3]);
        // Collection keys compare as serde_yaml compares them: sequences in order, mappings in
        // any order.
        assert_eq!(again("? [a]\n: 1\n? [a]\n: {x: 1, y: 2}\n*r : 3\n"), [3]);
        assert_eq!(again("? [a, b]\n: 1\n? [b, a]\n: 2\n? {x: 1, y: 2}\n: 3\n? {y: 2, x: 0x1}\n: 4\n"), [7]);
        // Aliases compare as the value their anchor names, in keys and inside them.
        assert_eq!(again("k: &r 1\n? [*r]\n: 1\n? [1]\n: 2\n*r : 3\n1: 4\n"), [4, 7]);
        // A tag serde_yaml keeps is part of a collection key; a core-schema one is not.
        assert_eq!(again("? !x {a: 1}\n? {a: 1}\n? !x {a: 1}\n? !!map {a: 1}\n"), [3, 4]);
        // Inside a collection key and inside a value no path names.
        assert_eq!(again("? {a: 1, a: 2}\n: x\n"), [1]);
        assert_eq!(again("? [k]\n: {x: 1, x: 2}\n"), [2]);
    }

    #[test]
    fn what_serde_yaml_cannot_read_is_located() {
        let unreadable = |text: &str| SourceMap::build(text).unreadable().cloned();
        let at = |line, column| Location { line, column };
        assert_eq!(unreadable("a: *x\n"), Some(Unreadable::UnknownAnchor { name: "x".into(), at: at(1, 4) }));
        assert_eq!(unreadable("a: &x [b, *x]\n"), Some(Unreadable::EndlessAlias { name: "x".into(), at: at(1, 11) }));
        assert_eq!(unreadable("a: !!int x\n"), Some(Unreadable::Value { text: "x".into(), at: at(1, 4) }));
        assert_eq!(
            unreadable("- 99999999999999999999999\n"),
            Some(Unreadable::Value { text: "99999999999999999999999".into(), at: at(1, 3) })
        );
        // Aliases nesting values deeper than serde_yaml follows.
        let chain = |levels: usize| {
            let (open, close) = ("[".repeat(levels), "]".repeat(levels));
            format!("a: &a {open}1{close}\nb: &b {open}*a{close}\nc: {open}*b{close}\n")
        };
        // 1 + 50 + 100 levels: serde_yaml stops at 128.
        assert!(
            matches!(unreadable(&chain(50)), Some(Unreadable::EndlessAlias { at, .. }) if at == Location { line: 3, column: 54 })
        );
        assert!(serde_yaml::from_str::<Value>(&chain(50)).is_err());
        // 1 + 42 + 84 levels.
        assert_eq!(unreadable(&chain(42)), None);
        assert!(serde_yaml::from_str::<Value>(&chain(42)).is_ok());
        assert_eq!(unreadable("a: !!int '7'\nb: !custom x\nc: &y 1\nd: *y\n"), None);
    }
}
