//! JSON of a generic XML reply tree, in document order: an element with only text is its text, any
//! other an object (`@attr`, `#text`, children by name; a name that repeats, or that the spec marks
//! `repeated`, is an array). Elements the spec marks personal print as `[personal]`.

use std::collections::BTreeSet;

use dangdang_api::XmlElement;
use dangdang_codegen::model::Element;
use dangdang_sandbox::spec::SpecIndex;
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// What the printed text of a personal element is replaced with.
pub const REDACTED: &str = "[personal]";

/// What the spec says of element names: which repeat, which hold buyer personal data.
#[derive(Debug, Default)]
pub struct Names {
    repeated: BTreeSet<String>,
    personal: BTreeSet<String>,
    /// Print personal data as it is (`--show-personal`).
    pub show_personal: bool,
}

impl Names {
    /// Names marked `repeated` in `response`, and names marked personal anywhere in the spec's
    /// responses (an untyped reply may carry them too).
    pub fn of(spec: &SpecIndex, response: Option<&[Element]>) -> Names {
        let mut names = Names::default();
        let mut personal = BTreeSet::new();
        for method in spec.methods() {
            walk(spec, method.response.as_deref().unwrap_or_default(), &mut |element| {
                if element.personal {
                    personal.insert(element.name.clone());
                }
            });
        }
        for shape in spec.shapes().values() {
            walk(spec, &shape.children, &mut |element| {
                if element.personal {
                    personal.insert(element.name.clone());
                }
            });
        }
        walk(spec, response.unwrap_or_default(), &mut |element| {
            if element.repeated {
                names.repeated.insert(element.name.clone());
            }
        });
        names.personal = personal;
        names
    }

    /// Whether the element called `name` holds personal data that is to be hidden.
    pub fn hides(&self, name: &str) -> bool {
        !self.show_personal && self.personal.contains(name)
    }

    /// The JSON view of `element`.
    pub fn json<'a>(&'a self, element: &'a XmlElement) -> Json<'a> {
        Json { element, names: self, hidden: self.hides(&element.name) }
    }
}

/// Whether a reply of `method` may hold buyer personal data: its response has elements marked
/// personal, or the spec does not describe its response at all.
pub fn may_hold_personal(spec: &SpecIndex, method: &dangdang_codegen::model::Method) -> bool {
    let Some(response) = method.response.as_deref() else { return true };
    let mut found = false;
    walk(spec, response, &mut |element| found |= element.personal);
    found
}

/// Visits every element of a spec tree (shared shapes included; a shape is visited once per use).
fn walk(spec: &SpecIndex, elements: &[Element], visit: &mut dyn FnMut(&Element)) {
    let mut pending: Vec<&Element> = elements.iter().collect();
    let mut steps = 0usize;
    while let Some(element) = pending.pop() {
        visit(element);
        // A shape that contains itself would loop forever; the spec validator refuses it, and
        // this bound keeps the walk finite whatever the spec says.
        steps += 1;
        if steps > 100_000 {
            break;
        }
        pending.extend(element.children_in(spec.shapes()));
    }
}

/// An element as JSON (see the module doc).
pub struct Json<'a> {
    element: &'a XmlElement,
    names: &'a Names,
    /// Inside a personal element: every text and attribute value is hidden.
    hidden: bool,
}

impl Json<'_> {
    fn text(&self, text: &str) -> String {
        if self.hidden && !text.is_empty() { REDACTED.to_owned() } else { text.to_owned() }
    }
}

impl Serialize for Json<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let element = self.element;
        if element.children.is_empty() && element.attributes.is_empty() {
            return serializer.serialize_str(&self.text(&element.text));
        }
        let mut map = serializer.serialize_map(None)?;
        for (name, value) in &element.attributes {
            map.serialize_entry(&format!("@{name}"), &self.text(value))?;
        }
        if !element.text.is_empty() {
            map.serialize_entry("#text", &self.text(&element.text))?;
        }
        let mut done: Vec<&str> = Vec::new();
        for child in &element.children {
            if done.contains(&child.name.as_str()) {
                continue;
            }
            done.push(&child.name);
            let same: Vec<Json<'_>> = element
                .children_named(&child.name)
                .map(|c| Json { element: c, names: self.names, hidden: self.hidden || self.names.hides(&c.name) })
                .collect();
            if same.len() > 1 || self.names.repeated.contains(&child.name) {
                map.serialize_entry(&child.name, &List(same))?;
            } else {
                map.serialize_entry(&child.name, &same[0])?;
            }
        }
        map.end()
    }
}

struct List<'a>(Vec<Json<'a>>);

impl Serialize for List<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for item in &self.0 {
            seq.serialize_element(item)?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_personal_data_and_attributes() {
        let spec = dangdang_sandbox::spec::embedded().unwrap();
        let method = spec.method("dangdang.orders.list.get").unwrap();
        let mut names = Names::of(&spec, method.response.as_deref());
        let xml = "<response><OrdersList><OrderInfo a=\"1\"><orderID>7</orderID>\
                   <consigneeName>张三</consigneeName></OrderInfo></OrdersList><x>1</x><x>2</x></response>";
        let tree = XmlElement::parse(xml).unwrap();
        let json = serde_json::to_string(&names.json(&tree)).unwrap();
        assert_eq!(
            json,
            r#"{"OrdersList":{"OrderInfo":[{"@a":"1","orderID":"7","consigneeName":"[personal]"}]},"x":["1","2"]}"#
        );
        names.show_personal = true;
        assert!(serde_json::to_string(&names.json(&tree)).unwrap().contains("张三"));
    }
}
