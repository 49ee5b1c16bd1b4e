//! A small element tree of an uploaded XML document (quick-xml), for checking its shape.

use quick_xml::Reader;
use quick_xml::events::Event;

/// One element: its name, its text (concatenated, trimmed) and its child elements.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Node {
    /// Element name.
    pub name: String,
    /// Text content directly inside it, trimmed.
    pub text: String,
    /// Child elements, in order.
    pub children: Vec<Node>,
}

impl Node {
    /// The children called `name`.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Node> + 'a {
        self.children.iter().filter(move |child| child.name == name)
    }

    /// The first child called `name`.
    pub fn child(&self, name: &str) -> Option<&Node> {
        self.children.iter().find(|child| child.name == name)
    }

    /// The trimmed text of the first child called `name`.
    pub fn text_of(&self, name: &str) -> Option<&str> {
        self.child(name).map(|node| node.text.as_str())
    }
}

/// Parses a whole document into its root element; errors name the byte offset.
pub fn parse(text: &str) -> Result<Node, String> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Node> = Vec::new();
    loop {
        let at = reader.buffer_position();
        match reader.read_event() {
            Ok(Event::Start(start)) => stack
                .push(Node { name: String::from_utf8_lossy(start.name().as_ref()).into_owned(), ..Node::default() }),
            Ok(Event::Empty(empty)) => {
                let node =
                    Node { name: String::from_utf8_lossy(empty.name().as_ref()).into_owned(), ..Node::default() };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(node),
                    None => return Ok(node),
                }
            }
            Ok(Event::Text(t)) => {
                let decoded = t.decode().map_err(|e| format!("bad text at byte {at}: {e}"))?;
                if let Some(node) = stack.last_mut() {
                    node.text.push_str(&decoded);
                }
            }
            Ok(Event::GeneralRef(r)) => {
                let name = String::from_utf8_lossy(r.as_ref()).into_owned();
                let resolved = quick_xml::escape::resolve_predefined_entity(&name)
                    .map(str::to_owned)
                    .or_else(|| r.resolve_char_ref().ok().flatten().map(String::from))
                    .ok_or_else(|| format!("unknown entity &{name}; at byte {at}"))?;
                if let Some(node) = stack.last_mut() {
                    node.text.push_str(&resolved);
                }
            }
            Ok(Event::CData(c)) => {
                if let Some(node) = stack.last_mut() {
                    node.text.push_str(&String::from_utf8_lossy(&c));
                }
            }
            Ok(Event::End(_)) => {
                let Some(mut node) = stack.pop() else { return Err(format!("unexpected end tag at byte {at}")) };
                node.text = node.text.trim().to_string();
                match stack.last_mut() {
                    Some(parent) => parent.children.push(node),
                    None => return Ok(node),
                }
            }
            Ok(Event::Eof) => return Err("the document ends before its root element is closed".to_string()),
            Ok(_) => {}
            Err(err) => return Err(format!("not well-formed XML at byte {at}: {err}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_text_entities_and_cdata() {
        let root =
            parse("<?xml version=\"1.0\"?><request><a> x &amp; y </a><b><![CDATA[<c>]]></b><e/></request>").unwrap();
        assert_eq!(root.name, "request");
        assert_eq!(root.text_of("a"), Some("x & y"));
        assert_eq!(root.text_of("b"), Some("<c>"));
        assert_eq!(root.text_of("e"), Some(""));
        assert!(parse("<request><a></request>").is_err());
        assert!(parse("<request>").is_err());
    }
}
