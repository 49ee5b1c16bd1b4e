//! `XmlWriter`: builds the GBK-bound XML documents of upload methods.

/// Writes elements into a string; text is escaped, element names are trusted (they come from the spec).
#[derive(Debug, Default)]
pub struct XmlWriter {
    out: String,
}

impl XmlWriter {
    /// An empty writer.
    pub fn new() -> Self {
        XmlWriter::default()
    }

    /// `<name>`.
    pub fn start(&mut self, name: &str) {
        self.out.push('<');
        self.out.push_str(name);
        self.out.push('>');
    }

    /// `</name>`.
    pub fn end(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// `<name>text</name>` with `&`, `<` and `>` escaped.
    pub fn leaf(&mut self, name: &str, text: &str) {
        self.start(name);
        self.out.push_str(&quick_xml::escape::partial_escape(text));
        self.end(name);
    }

    /// The written XML.
    pub fn finish(self) -> String {
        self.out
    }
}

/// A complete upload document: declaration, `<request>`, `functionID`, `time`, then `body`.
pub fn request_document(method: &str, timestamp: &str, body: &str) -> String {
    let mut w = XmlWriter::new();
    w.out.push_str("<?xml version=\"1.0\" encoding=\"GBK\"?>\n");
    w.start("request");
    w.leaf("functionID", method);
    w.leaf("time", timestamp);
    w.out.push_str(body);
    w.end("request");
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_the_header_comes_first() {
        let mut body = XmlWriter::new();
        body.leaf("itemName", "裙子 <新> & 包");
        let document = request_document("dangdang.item.add", "2015-03-20 15:10:50", &body.finish());
        assert_eq!(
            document,
            "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<request><functionID>dangdang.item.add</functionID>\
             <time>2015-03-20 15:10:50</time><itemName>裙子 &lt;新&gt; &amp; 包</itemName></request>"
        );
    }
}
