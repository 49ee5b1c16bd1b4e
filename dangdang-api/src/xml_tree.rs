//! `XmlElement`: a generic XML tree, the reply type of methods whose response is not in the spec.

use quick_xml::Reader;
use quick_xml::events::Event;

/// One XML element with its attributes, text and children.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
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
    pub fn parse(xml: &str) -> Result<XmlElement, String> {
        let mut reader = Reader::from_str(xml);
        let mut stack: Vec<XmlElement> = Vec::new();
        loop {
            let position = reader.buffer_position();
            let event = reader.read_event().map_err(|error| format!("XML error at byte {position}: {error}"))?;
            match event {
                Event::Start(start) => stack.push(element_from(&start, &reader)?),
                Event::Empty(start) => {
                    let element = element_from(&start, &reader)?;
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(element),
                        None => return Ok(element),
                    }
                }
                Event::End(_) => {
                    let mut element = stack.pop().ok_or("unbalanced end tag")?;
                    element.text = element.text.trim().to_owned();
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(element),
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
                        let name = reference.decode().map_err(|error| error.to_string())?;
                        let entity = format!("&{name};");
                        let resolved = quick_xml::escape::unescape(&entity).map_err(|error| error.to_string())?;
                        current.text.push_str(&resolved);
                    }
                }
                Event::Eof => return Err("document ended before the root element closed".into()),
                _ => {}
            }
        }
    }
}

fn element_from(start: &quick_xml::events::BytesStart<'_>, reader: &Reader<&[u8]>) -> Result<XmlElement, String> {
    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|error| error.to_string())?;
        let key = String::from_utf8_lossy(attribute.key.as_ref()).into_owned();
        let value = attribute.decode_and_unescape_value(reader.decoder()).map_err(|error| error.to_string())?;
        attributes.push((key, value.into_owned()));
    }
    Ok(XmlElement { name, attributes, text: String::new(), children: Vec::new() })
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
