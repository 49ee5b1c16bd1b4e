//! Writes a caller-built [`XmlElement`] into an upload document: the content of upload elements
//! whose children the reference does not give (spec `type: xml`).

use crate::xml::XmlWriter;
use crate::{Error, XmlElement};

/// Deepest caller-built content written (the replies the client reads nest at most 256 levels).
const MAX_WRITE_DEPTH: usize = 64;

impl XmlElement {
    /// Writes this element's children (its own name is the spec's, written by the caller of this
    /// function) into `w`: each child with children as an element, a child without as a text leaf,
    /// text escaped. Refused before anything is sent, naming `element` (the spec's wire name): a
    /// child name that is not a plain XML name (it would change the document's structure),
    /// attributes, text beside children, or nesting deeper than 64 levels.
    pub(crate) fn write_children(&self, w: &mut XmlWriter, method: &'static str, element: &str) -> Result<(), Error> {
        write_children(self, w, 0).map_err(|rule| Error::InvalidParam { method, param: element.to_owned(), rule })
    }
}

fn write_children(element: &XmlElement, w: &mut XmlWriter, depth: usize) -> Result<(), String> {
    if depth >= MAX_WRITE_DEPTH {
        return Err(format!("nested deeper than {MAX_WRITE_DEPTH} levels"));
    }
    for child in &element.children {
        if !is_plain_name(&child.name) {
            return Err(format!("element name {:?} is not a plain XML name", child.name));
        }
        if !child.attributes.is_empty() {
            return Err(format!("`{}` has attributes, which are not sent", child.name));
        }
        if child.children.is_empty() {
            w.leaf(&child.name, &child.text);
        } else if !child.text.trim().is_empty() {
            return Err(format!("`{}` has text beside its children", child.name));
        } else {
            w.start(&child.name);
            write_children(child, w, depth + 1)?;
            w.end(&child.name);
        }
    }
    Ok(())
}

/// ASCII letters, digits, `_`, `-`, `.`, not starting with a digit, `-` or `.` (no `:`: no namespaces).
fn is_plain_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(element: &XmlElement) -> Result<String, Error> {
        let mut w = XmlWriter::new();
        element.write_children(&mut w, "m", "itemsList")?;
        Ok(w.finish())
    }

    fn el(name: &str, text: &str, children: Vec<XmlElement>) -> XmlElement {
        let mut element = XmlElement::new(name);
        element.text = text.to_owned();
        element.children = children;
        element
    }

    #[test]
    fn children_are_written_as_elements_and_escaped_leaves() {
        let item = el("ItemInfo", "", vec![el("itemID", "1900123456", vec![]), el("note", "a<b & c", vec![])]);
        let list = el("ignored", "", vec![item]);
        assert_eq!(
            written(&list).unwrap(),
            "<ItemInfo><itemID>1900123456</itemID><note>a&lt;b &amp; c</note></ItemInfo>"
        );
        assert_eq!(written(&XmlElement::new("x")).unwrap(), "", "no children, nothing written");
    }

    #[test]
    fn what_would_change_the_document_is_refused_naming_the_element() {
        for bad in ["a><b", "1a", "", "x y", "ns:a"] {
            let error = written(&el("l", "", vec![el(bad, "", vec![])])).unwrap_err();
            assert!(matches!(&error, Error::InvalidParam { param, .. } if param == "itemsList"), "{bad}: {error}");
        }
        let mut with_attribute = XmlElement::new("a");
        with_attribute.attributes.push(("k".into(), "v".into()));
        assert!(written(&el("l", "", vec![with_attribute])).is_err());
        assert!(written(&el("l", "", vec![el("a", "text", vec![el("b", "", vec![])])])).is_err());
        let deep = (0..70).fold(el("leaf", "", vec![]), |inner, _| el("a", "", vec![inner]));
        assert!(written(&el("l", "", vec![deep])).is_err());
    }
}
