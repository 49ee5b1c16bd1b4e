//! Reply decoding: bytes → charset → envelope check (`errorResponse`, `Error`) → typed value or tree.
//!
//! Generated methods use these; call them yourself to decode a reply of [`Client::execute`](crate::Client::execute).

use quick_xml::Reader;
use quick_xml::events::Event;
use serde::de::DeserializeOwned;

use crate::error::RawBody;
use crate::{Error, XmlElement};

/// What the top of a reply says.
enum Envelope {
    /// `<errorResponse>`: gateway failure.
    Gateway { code: String, message: String },
    /// `<response>` with an `<Error>` child: the whole request was rejected.
    Business { code: String, message: String },
    /// Anything else: decode the payload.
    Payload,
}

/// Decodes a reply into a generated response type.
pub fn typed<T: DeserializeOwned>(method: &'static str, body: &RawBody) -> Result<T, Error> {
    let text = checked_text(method, body)?;
    let mut deserializer = quick_xml::de::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        Error::Decode { method, path, message: error.into_inner().to_string(), raw: body.clone() }
    })
}

/// Decodes a reply into a generic XML tree (methods without a typed response).
pub fn tree(method: &'static str, body: &RawBody) -> Result<XmlElement, Error> {
    let text = checked_text(method, body)?;
    XmlElement::parse(&text).map_err(|message| Error::Decode { method, path: ".".into(), message, raw: body.clone() })
}

/// The reply as text, after turning error envelopes into errors.
fn checked_text(method: &'static str, body: &RawBody) -> Result<String, Error> {
    let text = crate::charset::decode_strict(body.bytes())
        .map_err(|message| Error::Charset { method, message, raw: body.clone() })?
        .into_owned();
    match envelope(&text) {
        Ok(Envelope::Payload) => Ok(text),
        Ok(Envelope::Gateway { code, message }) => Err(Error::Gateway { method, code, message, raw: body.clone() }),
        Ok(Envelope::Business { code, message }) => Err(Error::Business { method, code, message, raw: body.clone() }),
        Err(message) => Err(Error::Decode { method, path: ".".into(), message, raw: body.clone() }),
    }
}

const MISPLACED_DOCTYPE: &str = "a DOCTYPE declaration is only allowed before the root element";

/// Reads the root and its direct children, looking for error shapes; a `<response>` is read to its
/// end tag, and a DOCTYPE inside it is an error.
fn envelope(text: &str) -> Result<Envelope, String> {
    let mut reader = Reader::from_str(text);
    let root = loop {
        match reader.read_event().map_err(|e| format!("not XML: {e}"))? {
            Event::Start(start) => break String::from_utf8_lossy(start.name().as_ref()).into_owned(),
            Event::Empty(start) => {
                let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
                return if name == "response" {
                    Ok(Envelope::Payload)
                } else {
                    Err(format!("unexpected root element <{name}/>"))
                };
            }
            Event::Eof => return Err("empty document".into()),
            _ => {}
        }
    };
    match root.as_str() {
        "errorResponse" => {
            let fields = leaf_children(&mut reader, &["errorCode", "errorMessage"])?;
            let [code, message] = fields;
            Ok(Envelope::Gateway { code, message })
        }
        "response" => {
            // Every event up to the root's end is looked at here, so that the typed decoder only
            // ever sees what it can handle: quick-xml's deserializer panics (an `unreachable!`)
            // on a DOCTYPE between two pieces of an element's text (found by fuzzing).
            let mut depth = 0usize;
            loop {
                match reader.read_event().map_err(|e| format!("malformed XML: {e}"))? {
                    Event::Start(start) if depth == 0 && start.name().as_ref() == b"Error" => {
                        let [code, message] = leaf_children(&mut reader, &["operCode", "operation"])?;
                        return Ok(Envelope::Business { code, message });
                    }
                    Event::Start(_) => depth += 1,
                    Event::End(_) => match depth.checked_sub(1) {
                        Some(up) => depth = up,
                        // The root closed; what follows it is not deserialized.
                        None => return Ok(Envelope::Payload),
                    },
                    Event::DocType(_) => return Err(MISPLACED_DOCTYPE.into()),
                    Event::Eof => return Ok(Envelope::Payload),
                    _ => {}
                }
            }
        }
        other => Err(format!("unexpected root element <{other}>, expected <response> or <errorResponse>")),
    }
}

/// Text of the named leaf children of the element just opened, read up to its end tag.
fn leaf_children<const N: usize>(reader: &mut Reader<&[u8]>, names: &[&str; N]) -> Result<[String; N], String> {
    let mut values: [String; N] = std::array::from_fn(|_| String::new());
    let mut current: Option<usize> = None;
    let mut depth = 0usize;
    loop {
        match reader.read_event().map_err(|e| format!("malformed XML: {e}"))? {
            Event::Start(start) => {
                depth += 1;
                current =
                    (depth == 1).then(|| names.iter().position(|n| n.as_bytes() == start.name().as_ref())).flatten();
            }
            Event::Text(text) => {
                if let Some(index) = current {
                    let decoded = text.decode().map_err(|e| e.to_string())?;
                    values[index].push_str(&quick_xml::escape::unescape(&decoded).map_err(|e| e.to_string())?);
                }
            }
            Event::CData(data) => {
                if let Some(index) = current {
                    values[index].push_str(&String::from_utf8_lossy(&data));
                }
            }
            Event::End(_) => {
                if depth == 0 {
                    return Ok(values.map(|v| v.trim().to_owned()));
                }
                depth -= 1;
                current = None;
            }
            Event::Eof => return Err("document ended inside an error element".into()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Reply {
        #[serde(rename = "functionID", default)]
        _function_id: Option<String>,
    }

    fn body(xml: &str) -> RawBody {
        RawBody(bytes::Bytes::copy_from_slice(xml.as_bytes()))
    }

    #[test]
    fn a_doctype_inside_the_document_is_an_error_not_a_panic() {
        // Text, DOCTYPE, text: two text events in a row made quick-xml's deserializer panic.
        for xml in [
            "<response><functionID>a<!DOCTYPE x>b</functionID></response>",
            "<response><functionID>a<!DOCTYPE x></functionID></response>",
            "<response><a><b><!DOCTYPE x></b></a></response>",
        ] {
            let error = typed::<Reply>("dangdang.x.get", &body(xml)).unwrap_err();
            assert!(error.to_string().contains("DOCTYPE"), "{xml}: {error}");
            assert!(tree("dangdang.x.get", &body(xml)).is_err(), "{xml}");
        }
        let prolog = "<?xml version=\"1.0\"?><!DOCTYPE response><response><functionID>x</functionID></response>";
        assert!(typed::<Reply>("dangdang.x.get", &body(prolog)).is_ok());
    }

    #[test]
    fn only_a_direct_error_child_is_a_business_error() {
        let nested = "<response><a><Error><operCode>1</operCode></Error></a></response>";
        assert!(typed::<Reply>("dangdang.x.get", &body(nested)).is_ok());
        let direct = "<response><a/><Error><operCode>35</operCode><operation>x</operation></Error></response>";
        assert!(
            matches!(typed::<Reply>("dangdang.x.get", &body(direct)), Err(Error::Business { code, .. }) if code == "35")
        );
    }
}
