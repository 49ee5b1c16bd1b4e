//! Maps YAML paths such as `methods[3].params[1].type` to line and column in the spec file.

use std::collections::HashMap;

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// A 1-based position in a source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Line, 1-based.
    pub line: usize,
    /// Column, 1-based.
    pub column: usize,
}

/// Positions of every key and value in one YAML document, by path.
#[derive(Debug, Default)]
pub struct SourceMap {
    /// Where the value at a path starts.
    values: HashMap<String, Location>,
    /// Where the key naming a path starts (mapping entries only).
    keys: HashMap<String, Location>,
}

impl SourceMap {
    /// Builds the map; a YAML syntax error yields an empty map (serde_yaml reports it).
    pub fn build(text: &str) -> SourceMap {
        let mut builder = Builder::default();
        let mut parser = Parser::new_from_str(text);
        if parser.load(&mut builder, false).is_err() {
            return SourceMap::default();
        }
        builder.map
    }

    /// Where the value at `path` starts, falling back to the nearest enclosing path.
    pub fn value(&self, path: &str) -> Option<Location> {
        self.lookup(&self.values, path)
    }

    /// Where the key of `path` starts (for "this key is wrong" messages), else its value.
    pub fn key(&self, path: &str) -> Option<Location> {
        self.keys.get(path).copied().or_else(|| self.value(path))
    }

    fn lookup(&self, table: &HashMap<String, Location>, path: &str) -> Option<Location> {
        let mut current = path;
        loop {
            if let Some(location) = table.get(current) {
                return Some(*location);
            }
            let cut = current.rfind(['.', '['])?;
            current = &current[..cut];
        }
    }
}

/// One open collection while walking the event stream.
enum Frame {
    Mapping { path: String, pending_key: Option<(String, Location)> },
    Sequence { path: String, next_index: usize },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    map: SourceMap,
}

impl Builder {
    /// The path of the value that starts now, or `None` when the event is a mapping key.
    fn next_value_path(&mut self, scalar: Option<&str>, location: Location) -> Option<String> {
        match self.stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Sequence { path, next_index }) => {
                let child = format!("{path}[{next_index}]");
                *next_index += 1;
                Some(child)
            }
            Some(Frame::Mapping { path, pending_key }) => match pending_key.take() {
                Some((key, key_location)) => {
                    let child = if path.is_empty() { key } else { format!("{path}.{key}") };
                    self.map.keys.insert(child.clone(), key_location);
                    Some(child)
                }
                None => {
                    *pending_key = Some((scalar.unwrap_or_default().to_owned(), location));
                    None
                }
            },
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        let location = Location { line: mark.line(), column: mark.col() + 1 };
        match event {
            Event::Scalar(value, ..) => {
                if let Some(path) = self.next_value_path(Some(&value), location) {
                    self.map.values.insert(path, location);
                }
            }
            Event::Alias(_) => {
                if let Some(path) = self.next_value_path(Some(""), location) {
                    self.map.values.insert(path, location);
                }
            }
            Event::MappingStart(..) => {
                let path = self.next_value_path(None, location).unwrap_or_default();
                self.map.values.insert(path.clone(), location);
                self.stack.push(Frame::Mapping { path, pending_key: None });
            }
            Event::SequenceStart(..) => {
                let path = self.next_value_path(None, location).unwrap_or_default();
                self.map.values.insert(path.clone(), location);
                self.stack.push(Frame::Sequence { path, next_index: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
            }
            _ => {}
        }
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
    }
}
