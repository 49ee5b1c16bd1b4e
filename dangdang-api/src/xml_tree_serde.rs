//! `Serialize` of [`XmlElement`] (feature `serde`): `{"name", "attributes", "text", "children"}`,
//! the text of a personal element as [`Personal`] text (masked inside `with_personal_masked`).

use serde::ser::{Error as _, Serialize, SerializeStruct, Serializer};

use crate::limits::MAX_DEPTH;
use crate::{Personal, XmlElement};

impl Serialize for XmlElement {
    /// The element as `{"name", "attributes": [[name, value], …], "text", "children": […]}`. A tree
    /// deeper than [`MAX_DEPTH`] (only a hand-built one can be) is refused, not recursed into.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if depth(self) > MAX_DEPTH {
            return Err(S::Error::custom(crate::limits::too_deep()));
        }
        Node(self).serialize(serializer)
    }
}

/// One element, serialised once its tree is known to be shallow enough.
struct Node<'a>(&'a XmlElement);

impl Serialize for Node<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let element = self.0;
        let mut out = serializer.serialize_struct("XmlElement", 4)?;
        out.serialize_field("name", &element.name)?;
        out.serialize_field("attributes", &element.attributes)?;
        if crate::generated::PERSONAL_ELEMENTS.binary_search(&element.name.as_str()).is_ok() {
            out.serialize_field("text", &Personal::new(element.text.as_str()))?;
        } else {
            out.serialize_field("text", &element.text)?;
        }
        let children: Vec<Node<'_>> = element.children.iter().map(Node).collect();
        out.serialize_field("children", &children)?;
        out.end()
    }
}

/// How many levels `element`'s tree has, counted without recursion.
fn depth(element: &XmlElement) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(element, 1)];
    while let Some((element, level)) = stack.pop() {
        deepest = deepest.max(level);
        stack.extend(element.children.iter().map(|child| (child, level + 1)));
    }
    deepest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_element_serialises_with_its_children_and_personal_text_follows_the_mask() {
        let mut root = XmlElement::new("ItemsList");
        root.attributes.push(("id".to_owned(), "1".to_owned()));
        let mut name = XmlElement::new("consigneeName");
        name.text = "张三".to_owned();
        root.children.push(name);
        let json = serde_json::to_string(&root).unwrap();
        assert_eq!(
            json,
            r#"{"name":"ItemsList","attributes":[["id","1"]],"text":"","children":[{"name":"consigneeName","attributes":[],"text":"张三","children":[]}]}"#
        );
        let masked = crate::rt::with_personal_masked(|| serde_json::to_string(&root).unwrap());
        assert!(masked.contains(r#""text":"[personal]""#) && !masked.contains("张三"), "{masked}");
    }

    #[test]
    fn a_tree_deeper_than_the_limit_is_an_error() {
        let mut deep = XmlElement::new("leaf");
        for _ in 0..MAX_DEPTH {
            let mut parent = XmlElement::new("level");
            parent.children.push(deep);
            deep = parent;
        }
        assert!(serde_json::to_string(&deep).is_err());
    }
}
