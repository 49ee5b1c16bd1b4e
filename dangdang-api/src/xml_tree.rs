//! `XmlElement`: a generic XML tree, the reply type of methods whose response is not in the spec.

use std::collections::HashSet;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::limits::{self, MAX_DEPTH, MAX_NODES};

/// One XML element with its attributes, text and children.
///
/// A parsed tree is at most [`MAX_DEPTH`](crate::limits::MAX_DEPTH) levels deep and holds at most
/// [`MAX_NODES`](crate::limits::MAX_NODES) elements and attributes; a reply past either is an
/// [`Error::Decode`](crate::Error::Decode). Dropping, cloning and comparing never recurse, so a
/// tree built by hand may be of any depth; `Debug` shows at most 16 levels and 1,000 elements, counting the rest.
#[derive(Default)]
pub struct XmlElement {
    /// Element name as on the wire (prefix included, e.g. `xsi:nil` stays an attribute name).
    pub name: String,
    /// Attributes in document order, values unescaped.
    pub attributes: Vec<(String, String)>,
    /// Text and CDATA directly inside this element, concatenated and trimmed.
    pub text: String,
    /// Child elements in document order.
    pub children: Vec<XmlElement>,
}

impl XmlElement {
    /// An element named `name`, without attributes, text or children (set the public fields to add
    /// them: `XmlElement` implements `Drop`, so `..XmlElement::default()` does not compile).
    pub fn new(name: impl Into<String>) -> XmlElement {
        XmlElement { name: name.into(), attributes: Vec::new(), text: String::new(), children: Vec::new() }
    }

    /// The first child named `name`.
    pub fn child(&self, name: &str) -> Option<&XmlElement> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child named `name`.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a XmlElement> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The element at a `/`-separated path of child names (`totalInfo/pageTotal`).
    pub fn at(&self, path: &str) -> Option<&XmlElement> {
        path.split('/').try_fold(self, |element, name| element.child(name))
    }

    /// The text at a path, `None` when missing or empty.
    pub fn text_at(&self, path: &str) -> Option<&str> {
        self.at(path).map(|e| e.text.as_str()).filter(|t| !t.is_empty())
    }

    /// Parses a document; returns the root element.
    ///
    /// Errors when the document is not well-formed, or nests deeper than
    /// [`MAX_DEPTH`](crate::limits::MAX_DEPTH), or holds more than
    /// [`MAX_NODES`](crate::limits::MAX_NODES) elements and attributes. Time is linear in the
    /// document's length.
    pub fn parse(xml: &str) -> Result<XmlElement, String> {
        let mut reader = Reader::from_str(xml);
        let mut stack: Vec<XmlElement> = Vec::new();
        let mut nodes = 0usize;
        loop {
            let position = reader.buffer_position();
            let event = reader.read_event().map_err(|error| format!("XML error at byte {position}: {error}"))?;
            match event {
                Event::Start(start) => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(format!("at byte {position}: {}", limits::too_deep()));
                    }
                    stack.push(element_from(&start, &reader, &mut nodes)?);
                }
                Event::Empty(start) => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(format!("at byte {position}: {}", limits::too_deep()));
                    }
                    let element = element_from(&start, &reader, &mut nodes)?;
                    match stack.last_mut() {
                        Some(parent) => push_child(parent, element),
                        None => return Ok(element),
                    }
                }
                Event::End(_) => {
                    let mut element = stack.pop().ok_or("unbalanced end tag")?;
                    trim_in_place(&mut element.text);
                    shrink_small(&mut element.children);
                    match stack.last_mut() {
                        Some(parent) => push_child(parent, element),
                        None => return Ok(element),
                    }
                }
                Event::Text(text) => {
                    if let Some(current) = stack.last_mut() {
                        let decoded = text.decode().map_err(|error| error.to_string())?;
                        let unescaped = quick_xml::escape::unescape(&decoded).map_err(|error| error.to_string())?;
                        current.text.push_str(&unescaped);
                    }
                }
                Event::CData(data) => {
                    if let Some(current) = stack.last_mut() {
                        current.text.push_str(&String::from_utf8_lossy(&data));
                    }
                }
                Event::GeneralRef(reference) => {
                    if let Some(current) = stack.last_mut() {
                        crate::xml_text::resolve(&reference)?.push_to(&mut current.text);
                    }
                }
                Event::Eof => return Err("document ended before the root element closed".into()),
                _ => {}
            }
        }
    }
}

/// Appends a child, reserving room for exactly one on the first: `push` would reserve 4 (384 bytes
/// for an only child, which a chain of single children pays on every element).
fn push_child(parent: &mut XmlElement, child: XmlElement) {
    if parent.children.capacity() == 0 {
        parent.children.reserve_exact(1);
    }
    parent.children.push(child);
}

/// Gives back the room a vector of 2 or 3 entries reserved for 4. Larger vectors keep their (at
/// most 2×) slack: shrinking them would copy them.
fn shrink_small<T>(entries: &mut Vec<T>) {
    if entries.len() < 4 && entries.capacity() > entries.len() {
        entries.shrink_to_fit();
    }
}

/// Removes leading and trailing whitespace without copying when there is none.
fn trim_in_place(text: &mut String) {
    let trimmed = text.trim();
    if trimmed.len() != text.len() {
        *text = trimmed.to_owned();
    }
}

/// Attribute counts up to which duplicates are looked for by comparing with each earlier one;
/// past it a hash set keeps the check linear.
const LINEAR_DUPLICATE_CHECK: usize = 8;

/// A childless element from a start tag, counting it and its attributes in `nodes`.
///
/// quick-xml's own duplicate-attribute check compares each attribute with every earlier one
/// (quadratic: 100k attributes took ~26 s), so it is off and duplicates are found here in linear time.
fn element_from(start: &BytesStart<'_>, reader: &Reader<&[u8]>, nodes: &mut usize) -> Result<XmlElement, String> {
    count(nodes)?;
    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    // The first keys, for the linear check (no allocation for the usual few attributes).
    let mut first_keys: [&[u8]; LINEAR_DUPLICATE_CHECK] = [&[]; LINEAR_DUPLICATE_CHECK];
    // Created only past `LINEAR_DUPLICATE_CHECK` attributes (a hasher's keys cost per element).
    let mut seen: Option<HashSet<&[u8]>> = None;
    for attribute in start.attributes().with_checks(false) {
        let attribute = attribute.map_err(|error| error.to_string())?;
        count(nodes)?;
        let key = attribute.key.into_inner();
        let known = attributes.len();
        let duplicate = if known < LINEAR_DUPLICATE_CHECK {
            first_keys[..known].contains(&key)
        } else {
            !seen.get_or_insert_with(|| first_keys.iter().copied().collect()).insert(key)
        };
        if duplicate {
            return Err(format!("duplicate attribute `{}` on <{name}>", String::from_utf8_lossy(key)));
        }
        if known < LINEAR_DUPLICATE_CHECK {
            first_keys[known] = key;
        }
        if known == 0 {
            // Room for exactly one: `push` would reserve 4 (192 bytes) for an only attribute.
            attributes.reserve_exact(1);
        }
        let value = attribute.decode_and_unescape_value(reader.decoder()).map_err(|error| error.to_string())?;
        attributes.push((String::from_utf8_lossy(key).into_owned(), value.into_owned()));
    }
    shrink_small(&mut attributes);
    Ok(XmlElement { name, attributes, text: String::new(), children: Vec::new() })
}

/// Counts one more element or attribute, refusing past [`MAX_NODES`].
fn count(nodes: &mut usize) -> Result<(), String> {
    *nodes += 1;
    if *nodes > MAX_NODES { Err(limits::too_many_nodes()) } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_elements_text_attributes_and_cdata() {
        let root = XmlElement::parse(
            r#"<?xml version="1.0"?><response><functionID><![CDATA[x]]></functionID><a k="v &amp; w"><b>1 &lt; 2</b><b/></a></response>"#,
        )
        .unwrap();
        assert_eq!(root.name, "response");
        assert_eq!(root.text_at("functionID"), Some("x"));
        assert_eq!(root.at("a").unwrap().attributes, vec![("k".to_owned(), "v & w".to_owned())]);
        assert_eq!(root.at("a").unwrap().children_named("b").count(), 2);
        assert_eq!(root.text_at("a/b"), Some("1 < 2"));
        assert!(XmlElement::parse("<a><b></a>").is_err());
        assert!(XmlElement::parse("<a>").is_err());
    }
}
