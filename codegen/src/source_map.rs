//! Maps YAML paths such as `methods[3].params[1].type` to line and column in the spec file.

use std::collections::HashMap;

use crate::libyaml_events::{Data, Events};

mod serde_reading;

use serde_reading::{Aliases, Keys};
pub use serde_reading::{SERDE_YAML_DEPTH, Unreadable};

/// How deeply mappings and sequences may nest in a spec file. The shipped spec nests 15 levels;
/// serde_yaml stops at 128. The map is built (and the depth checked) before any recursive pass.
pub const MAX_DEPTH: usize = 64;

/// Characters a spec file may not hold although YAML reads them: a byte-order mark past the start
/// of the text, and the YAML 1.1 line breaks NEL, LS and PS, which libyaml counts as line breaks
/// while editors and diagnostics count lines at `\n` only (so positions after them would be off).
pub const UNREAD_ALIKE: [char; 4] = ['\u{feff}', '\u{85}', '\u{2028}', '\u{2029}'];

/// Where the first character of [`UNREAD_ALIKE`] is, lines counted at `\n` only.
pub fn unread_alike(text: &str) -> Option<Location> {
    let at = text.find(UNREAD_ALIKE)?;
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    Some(Location { line, column })
}

/// A 1-based position in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Line, 1-based.
    pub line: usize,
    /// Column, 1-based.
    pub column: usize,
}

/// Positions of every key and value in one YAML document, by path.
///
/// Stored as a tree of nodes (parent, key or index) rather than a full path string per node, so
/// memory stays linear in the text however long the keys above a node are.
#[derive(Debug, Default)]
pub struct SourceMap {
    /// Every collection and scalar, in document order; node 0 is the document's root value.
    nodes: Vec<Node>,
    /// A node's children by key or index.
    children: HashMap<(usize, Segment), usize>,
    /// Where the first collection nested deeper than [`MAX_DEPTH`] starts; the map stops there.
    too_deep: Option<Location>,
    /// Keys given twice in one mapping: the key, where it first appears and where again.
    duplicates: Vec<DuplicateKey>,
    /// Where libyaml found a syntax error, if it did.
    syntax_error: Option<Location>,
    /// YAML serde_yaml cannot turn into a value, and where (the map stops there).
    unreadable: Option<Unreadable>,
    /// The first anchor defined twice: its name, where first and where again.
    anchor_redefined: Option<(String, Location, Location)>,
    /// serde_yaml meets a duplicate key before the syntax error or unreadable YAML the map
    /// stopped at, and refuses the text for it.
    duplicate_first: bool,
    /// Where the second document starts, if there is one (serde_yaml reads one).
    second_document: Option<Location>,
}

/// A key given twice in one mapping (serde_yaml refuses the file, naming only one place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateKey {
    /// The key.
    pub key: String,
    /// Where it first appears.
    pub first: Location,
    /// Where it appears again.
    pub again: Location,
}

#[derive(Debug)]
struct Node {
    /// Where the value starts.
    value: Location,
    /// Where the key naming it starts (mapping entries only).
    key: Option<Location>,
    /// An alias (`*name`): serde_yaml reads the anchored value here, whose parts the map locates
    /// at the anchor only.
    alias: bool,
}

/// One step of a path: `.name` or `[index]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Segment {
    Key(Box<str>),
    Index(usize),
}

impl SourceMap {
    /// Builds the map of the first document; after a YAML syntax error it holds what came
    /// before (serde_yaml reports the error). Walks the event stream iteratively and stops at the
    /// first collection nested deeper than [`MAX_DEPTH`] (see [`SourceMap::too_deep`]).
    pub fn build(text: &str) -> SourceMap {
        let mut builder = Builder::default();
        builder.walk(&mut Events::new(text));
        let mut map = builder.map;
        map.duplicates = builder.keys.duplicates;
        map.anchor_redefined = builder.aliases.redefined;
        map
    }

    /// Where the spec first nests deeper than [`MAX_DEPTH`], if it does.
    pub fn too_deep(&self) -> Option<Location> {
        self.too_deep
    }

    /// Where libyaml found the text is not YAML, or an alias names no anchor before it (not
    /// checked further once a nesting limit is passed).
    pub fn syntax_error(&self) -> Option<Location> {
        self.syntax_error
    }

    /// Whether serde_yaml meets a duplicate key before the syntax error or the unreadable YAML
    /// this map stopped at, and so refuses the text for the duplicate.
    pub fn duplicate_first(&self) -> bool {
        self.duplicate_first
    }

    /// YAML serde_yaml cannot turn into a value (an unknown or endless alias, a value unlike its
    /// tag), if there is some before any syntax error.
    pub fn unreadable(&self) -> Option<&Unreadable> {
        self.unreadable.as_ref()
    }

    /// The first anchor defined twice (`&x` … `&x`), with where first and where again: the loader
    /// refuses it, since serde_yaml 0.9.34 can then resolve aliases to the wrong value.
    pub fn anchor_redefined(&self) -> Option<&(String, Location, Location)> {
        self.anchor_redefined.as_ref()
    }

    /// Where a second document starts, if the text holds more than one.
    pub fn second_document(&self) -> Option<Location> {
        self.second_document
    }

    /// Keys given twice in one mapping, in document order.
    pub fn duplicate_keys(&self) -> &[DuplicateKey] {
        &self.duplicates
    }

    /// Where the value at `path` starts, falling back to the nearest enclosing path.
    pub fn value(&self, path: &str) -> Option<Location> {
        self.find(path).map(|(node, _)| node.value)
    }

    /// Whether `path` is located: it is in the map, or lies inside an alias (located at the alias).
    pub fn locates(&self, path: &str) -> bool {
        self.find(path).is_some_and(|(node, exact)| exact || node.alias)
    }

    /// Where the key of `path` starts (for "this key is wrong" messages), else its value.
    pub fn key(&self, path: &str) -> Option<Location> {
        self.find(path).map(|(node, exact)| if exact { node.key.unwrap_or(node.value) } else { node.value })
    }

    /// The deepest node along `path`, and whether it is the whole path; `None` when not even the
    /// first step is there (the document's root is only found for the empty path).
    fn find(&self, path: &str) -> Option<(&Node, bool)> {
        let mut current = 0;
        self.nodes.first()?;
        for (step, segment) in segments(path).enumerate() {
            match self.children.get(&(current, segment)) {
                Some(&child) => current = child,
                None if step == 0 => return None,
                None => return Some((&self.nodes[current], false)),
            }
        }
        Some((&self.nodes[current], true))
    }
}

/// Splits `methods[3].params[1].type` into `methods`, `[3]`, `params`, `[1]`, `type`.
fn segments(path: &str) -> impl Iterator<Item = Segment> + '_ {
    path.split('.').filter(|part| !part.is_empty()).flat_map(|part| {
        let (key, indexes) = part.split_once('[').map_or((part, ""), |(key, rest)| (key, rest));
        let key = (!key.is_empty()).then(|| Segment::Key(key.into()));
        let indexes =
            indexes.split('[').filter_map(|index| index.trim_end_matches(']').parse().ok()).map(Segment::Index);
        key.into_iter().chain(indexes)
    })
}

/// libyaml's 0-based mark (columns in characters), 1-based as serde_yaml reports it.
fn location_of(line: u64, column: u64) -> Location {
    let at = |n: u64| usize::try_from(n).map_or(usize::MAX, |n| n.saturating_add(1));
    Location { line: at(line), column: at(column) }
}

/// One open collection while walking the event stream.
enum Frame {
    Mapping { node: usize, pending_key: Option<Key> },
    Sequence { node: usize, next_index: usize },
}

/// A mapping key read, waiting for its value.
enum Key {
    /// A scalar key: a path can name it. With where it is.
    Named(Box<str>, Location),
    /// A collection or an alias as a key (`? [a, b]`, `*k :`): no path names it nor its value
    /// (duplicates among them are found by [`Keys`]).
    Unnamed,
}

/// What starts: a scalar, an alias or a collection.
#[derive(Clone, Copy)]
enum Kind<'a> {
    /// The text.
    Scalar(&'a str),
    Alias,
    Collection,
}

/// What the map does with a value that starts.
enum Start {
    /// Records it as this node.
    Node(usize),
    /// It is a mapping key (remembered for the value that follows).
    Key,
    /// Neither it nor what it holds is recorded (a collection as a key, or its value).
    Skip,
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    map: SourceMap,
    /// Open collections, counted by [`SourceMap::build`] for every document.
    depth: usize,
    /// Open collections of a subtree that is not recorded.
    skipping: usize,
    /// Past the first document: nothing more is recorded.
    later_document: bool,
    /// Anchors and aliases, followed as serde_yaml follows them.
    aliases: Aliases,
    /// Mapping keys compared as serde_yaml compares them.
    keys: Keys,
}

impl Builder {
    /// Reads the events up to the end of the stream, a refusal or a nesting too deep.
    fn walk(&mut self, events: &mut Events<'_>) {
        loop {
            let event = match events.next_event() {
                Ok(Some(event)) => event,
                Ok(None) => return,
                Err(refusal) => {
                    let at = location_of(refusal.line, refusal.column);
                    if self.later_document {
                        // serde_yaml refuses whatever follows the first document as "more than
                        // one document"; it is located where that starts.
                        self.map.second_document.get_or_insert(at);
                    } else {
                        self.map.syntax_error = Some(at);
                        // serde_yaml reads the document up to the error and checks each key
                        // as it reads it: a duplicate before the error is what it reports.
                        self.map.duplicate_first = !self.keys.duplicates.is_empty();
                    }
                    return;
                }
            };
            let location = location_of(event.line, event.column);
            let data = event.data;
            // Every open collection counts, in any document and in skipped subtrees alike.
            if matches!(data, Data::MappingStart { .. } | Data::SequenceStart { .. }) {
                if self.depth >= MAX_DEPTH {
                    self.map.too_deep = Some(location);
                    return;
                }
                self.depth += 1;
            } else if matches!(data, Data::MappingEnd | Data::SequenceEnd) {
                self.depth = self.depth.saturating_sub(1);
            }
            match data {
                Data::StreamEnd => return,
                // Later documents (an error serde_yaml reports) are only checked for depth.
                Data::DocumentEnd => self.later_document = true,
                Data::DocumentStart if self.later_document => {
                    self.map.second_document.get_or_insert(location);
                }
                _ if self.later_document => {}
                data => {
                    if let Err(unreadable) = self.on_event(data, location) {
                        // serde_yaml checks each key as it reads it: a duplicate before this
                        // is what it reports.
                        self.map.duplicate_first = !self.keys.duplicates.is_empty();
                        self.map.unreadable = Some(unreadable);
                        return;
                    }
                }
            }
        }
    }

    /// Records the value that starts now.
    fn value_starts(&mut self, kind: Kind<'_>, location: Location) -> Start {
        let (parent, segment, key) = match self.stack.last_mut() {
            None if self.map.nodes.is_empty() => {
                self.map.nodes.push(Node { value: location, key: None, alias: false });
                return Start::Node(0);
            }
            None => return Start::Skip,
            Some(Frame::Sequence { node, next_index }) => {
                *next_index += 1;
                (*node, Segment::Index(*next_index - 1), None)
            }
            // The first duplicate key's value ends now (a scalar) or with its collection.
            Some(Frame::Mapping { node, pending_key }) => match pending_key.take() {
                Some(Key::Named(key, key_location)) => (*node, Segment::Key(key), Some(key_location)),
                Some(Key::Unnamed) => return Start::Skip,
                None => {
                    return match kind {
                        Kind::Scalar(text) => {
                            *pending_key = Some(Key::Named(text.into(), location));
                            Start::Key
                        }
                        Kind::Alias => {
                            *pending_key = Some(Key::Unnamed);
                            Start::Key
                        }
                        Kind::Collection => {
                            *pending_key = Some(Key::Unnamed);
                            Start::Skip
                        }
                    };
                }
            },
        };
        let child = self.map.nodes.len();
        self.map.nodes.push(Node { value: location, key, alias: matches!(kind, Kind::Alias) });
        self.map.children.insert((parent, segment), child);
        Start::Node(child)
    }

    /// Records one event of the first document; `Err` for what serde_yaml could not read.
    fn on_event(&mut self, data: Data, location: Location) -> Result<(), Unreadable> {
        self.aliases.follow(&data, location)?;
        self.keys.read(&data, location);
        let opens = matches!(data, Data::MappingStart { .. } | Data::SequenceStart { .. });
        if self.skipping > 0 {
            if opens {
                self.skipping += 1;
            } else if matches!(data, Data::MappingEnd | Data::SequenceEnd) {
                self.skipping -= 1;
            }
            return Ok(());
        }
        match data {
            Data::Scalar { value, .. } => {
                self.value_starts(Kind::Scalar(&value), location);
            }
            Data::Alias { .. } => {
                self.value_starts(Kind::Alias, location);
            }
            Data::MappingStart { .. } | Data::SequenceStart { .. } => {
                let mapping = matches!(data, Data::MappingStart { .. });
                match self.value_starts(Kind::Collection, location) {
                    Start::Node(node) if mapping => self.stack.push(Frame::Mapping { node, pending_key: None }),
                    Start::Node(node) => self.stack.push(Frame::Sequence { node, next_index: 0 }),
                    Start::Key | Start::Skip => self.skipping = 1,
                }
            }
            Data::MappingEnd | Data::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_resolve_to_lines_and_columns() {
        let text = "info:\n  title: x\nmethods:\n  - name: a\n    params:\n      - wire: o\n        type: long\n  - { name: b }\n";
        let map = SourceMap::build(text);
        assert_eq!(map.value("info.title"), Some(Location { line: 2, column: 10 }));
        assert_eq!(map.key("methods[0].params[0].type"), Some(Location { line: 7, column: 9 }));
        assert_eq!(map.value("methods[0].params[0].type"), Some(Location { line: 7, column: 15 }));
        assert_eq!(map.value("methods[1].name"), Some(Location { line: 8, column: 13 }));
        // Unknown leaves fall back to the nearest known parent.
        assert_eq!(map.value("methods[1].response"), Some(Location { line: 8, column: 5 }));
        assert_eq!(map.too_deep(), None);
        assert_eq!(map.key("methods[1].response"), Some(Location { line: 8, column: 5 }));
    }

    #[test]
    fn long_keys_are_stored_once() {
        // A 100 KB key above 20,000 values: a path string per node would hold 2 GB.
        // (An explicit `? key`: plain keys stop at 1024 characters.)
        let text = format!("? {}\n:\n{}", "k".repeat(100_000), "  - 1\n".repeat(20_000));
        let map = SourceMap::build(&text);
        assert_eq!(map.value(&format!("{}[19999]", "k".repeat(100_000))), Some(Location { line: 20_002, column: 5 }));
        assert_eq!(map.nodes.len(), 20_002);
    }

    #[test]
    fn nesting_past_the_limit_is_located_without_recursion() {
        let nested = |depth: usize| format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(SourceMap::build(&nested(MAX_DEPTH)).too_deep(), None);
        assert_eq!(
            SourceMap::build(&nested(MAX_DEPTH + 1)).too_deep(),
            Some(Location { line: 1, column: MAX_DEPTH + 1 })
        );
        // A million levels, compact block sequences (2 bytes a level): found at the same place,
        // in linear time and memory.
        let compact = format!("{}x", "- ".repeat(1_000_000));
        assert_eq!(SourceMap::build(&compact).too_deep(), Some(Location { line: 1, column: 2 * MAX_DEPTH + 1 }));
        // A second document is checked too, and records nothing.
        let second = format!("a: 1\n---\n{compact}");
        let map = SourceMap::build(&second);
        assert_eq!(map.too_deep(), Some(Location { line: 3, column: 2 * MAX_DEPTH + 1 }));
        assert_eq!(map.nodes.len(), 2);
        // Flow collections, a million levels: found at the same place.
        assert_eq!(SourceMap::build(&nested(1_000_000)).too_deep(), Some(Location { line: 1, column: MAX_DEPTH + 1 }));
        let block = (0..=MAX_DEPTH).map(|level| format!("{}k{level}:\n", "  ".repeat(level))).collect::<String>();
        assert_eq!(
            SourceMap::build(&format!("{block}{}x", "  ".repeat(MAX_DEPTH + 1))).too_deep().map(|l| l.line),
            Some(MAX_DEPTH + 1)
        );
    }
}
