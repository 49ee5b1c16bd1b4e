//! `Serialize` of [`XmlElement`] (feature `serde`): `{"name", "attributes", "text", "children"}`,
//! the text of a personal element as [`Personal`] text (masked inside `with_personal_masked`); and
//! `Deserialize` from that form or from XML text (an `xml` field of a JSON upload document).

use serde::de::{Deserialize, Deserializer, Error as _};
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

impl<'de> Deserialize<'de> for XmlElement {
    /// XML text (`"<itemsList>…</itemsList>"`, parsed with [`XmlElement::parse`]'s limits), or the
    /// `{"name", "attributes", "text", "children"}` form it serialises as (at most [`MAX_DEPTH`] deep).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Form::deserialize(deserializer)? {
            Form::Xml(text) => XmlElement::parse(&text).map_err(D::Error::custom),
            Form::Tree(tree) => tree.into_element(1).map_err(D::Error::custom),
        }
    }
}

/// The two JSON forms of an element.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Form {
    Xml(String),
    Tree(Tree),
}

/// The object form, as read.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Tree {
    name: String,
    #[serde(default)]
    attributes: Vec<(String, String)>,
    #[serde(default)]
    text: String,
    #[serde(default)]
    children: Vec<Tree>,
}

impl Tree {
    /// The element, refused beyond [`MAX_DEPTH`] levels (serde_json's own recursion limit, 128,
    /// bounds the recursion here first).
    fn into_element(self, depth: usize) -> Result<XmlElement, String> {
        if depth > MAX_DEPTH {
            return Err(crate::limits::too_deep());
        }
        let children =
            self.children.into_iter().map(|child| child.into_element(depth + 1)).collect::<Result<_, _>>()?;
        let mut element = XmlElement::new(self.name);
        element.attributes = self.attributes;
        element.text = self.text;
        element.children = children;
        Ok(element)
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

    #[test]
    fn an_element_reads_from_xml_text_and_from_its_serialised_form() {
        let from_text: XmlElement =
            serde_json::from_str(r#""<itemsList><item id=\"1\">书</item></itemsList>""#).unwrap();
        assert_eq!(from_text.name, "itemsList");
        assert_eq!(from_text.children[0].attributes, [("id".to_owned(), "1".to_owned())]);
        let json = serde_json::to_value(&from_text).unwrap();
        let back: XmlElement = serde_json::from_value(json).unwrap();
        assert_eq!(back, from_text);
        for bad in [r#""<a><b></a>""#, r#"{"name": "a", "colour": 1}"#, "5"] {
            assert!(serde_json::from_str::<XmlElement>(bad).is_err(), "{bad}");
        }
    }
}
