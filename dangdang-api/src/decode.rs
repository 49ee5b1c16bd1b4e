//! Reply decoding: bytes → charset → envelope check (`errorResponse`, `Error`) → typed value or tree.
//!
//! Generated methods use these; call them yourself to decode a reply of
//! [`Client::execute`](crate::rt::Client::execute).
//! Both read within the per-reply [`limits`](crate::limits) (depth, element count, list records) in
//! time linear in the reply's size.

use std::borrow::Cow;

#[cfg(feature = "serde")]
pub use crate::generated::reply_json::{decode_items_json, decode_json};

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::rt::{Envelope as ReplyEnvelope, Verdict};
use crate::xml_decode::{Decoder, FromXml};
use crate::{Error, RawBody, XmlElement};

/// A reply body read per Dangdang's charset rules (a UTF-8 byte-order mark, else the XML
/// declaration, else GBK), for decoding bytes obtained elsewhere with [`typed`] or [`tree`].
pub fn raw_body(bytes: impl Into<bytes::Bytes>) -> RawBody {
    let bytes = bytes.into();
    let charset = crate::charset::reply_encoding(&bytes).unwrap_or(encoding_rs::GBK);
    RawBody::new(bytes, charset)
}

/// What the top of a reply says.
enum Envelope {
    /// `<errorResponse>`: gateway failure.
    Gateway(Refusal),
    /// `<response>` with an `<Error>` child: the whole request was rejected.
    Business(Refusal),
    /// Anything else: decode the payload.
    Payload,
}

/// A refusal's code and message, and the envelope's `functionID` and `time` when it has them.
struct Refusal {
    code: String,
    message: String,
    function_id: Option<String>,
    time: Option<String>,
}

impl Refusal {
    fn business(self, method: &'static str, body: &RawBody) -> Error {
        let Refusal { code, message, function_id, time } = self;
        Error::Business { method, code, message, envelope: ReplyEnvelope::boxed(function_id, time), raw: body.clone() }
    }
}

/// Decodes a reply into a generated response type.
///
/// One pass over the events: the root must be `<response>`; if the document turns out not to be a
/// payload (another root, an `<Error>` child, malformed XML, a value that does not parse), the
/// envelope check decides which error it is, exactly as if it had run first.
///
/// A GBK reply (Dangdang's) is first read without decoding the whole body to UTF-8 (only its text
/// nodes are transcoded); when that cannot decode it, the whole body is decoded first, and errors
/// are always reported that way.
pub fn typed<T: FromXml>(method: &'static str, body: &RawBody) -> Result<T, Error> {
    match typed_gbk(body.bytes()) {
        Some(value) => Ok(value),
        None => typed_whole(method, body),
    }
}

/// The fast path of [`typed`]: quick-xml over the GBK bytes, transcoding only the text kept, for a
/// GBK reply whose markup is ASCII ([`crate::xml_events`] says why this reads the same events).
/// `None` for anything else — another charset, a first byte that is not ASCII, non-ASCII markup,
/// bytes that are not GBK (a CDATA section cut inside a character among them), and every error —
/// which [`typed_whole`] then decodes or reports.
///
/// Why: the whole-body GBK → UTF-8 step was ~9.5% of the typed decode of a 20-order page (`perf`),
/// and it is 20–30% of the raw scan baseline (`gbk_scan` vs `raw_scan` in `benches/api/decode.rs`).
/// Most text nodes are ASCII, which `encoding_rs` borrows without copying.
fn typed_gbk<T: FromXml>(bytes: &[u8]) -> Option<T> {
    if !bytes.first().is_some_and(u8::is_ascii) || crate::charset::reply_encoding(bytes) != Ok(encoding_rs::GBK) {
        return None;
    }
    let mut decoder = Decoder::gbk(bytes);
    decoder.open_response().ok()?;
    let value = T::from_xml(&mut decoder).ok()?;
    decoder.rest_is_gbk().then_some(value)
}

/// [`typed`] over the whole body decoded to UTF-8 first; errors are classified here.
fn typed_whole<T: FromXml>(method: &'static str, body: &RawBody) -> Result<T, Error> {
    let text = utf8_text(method, body)?;
    let mut decoder = Decoder::new(&text);
    let decoded = decoder.open_response().and_then(|()| T::from_xml(&mut decoder));
    decoded.map_err(|error| match envelope(&text) {
        // A payload after all: the decode error stands (at `.` for a malformed document).
        Ok(Envelope::Payload) => Error::Decode {
            method,
            path: error.path().to_owned(),
            message: error.message().to_owned(),
            raw: body.clone(),
        },
        Ok(Envelope::Gateway(refusal)) => gateway_error(method, refusal, body),
        Ok(Envelope::Business(refusal)) => refusal.business(method, body),
        Err(message) => Error::Decode { method, path: ".".into(), message, raw: body.clone() },
    })
}

/// What the runtime does with a reply before decoding it: an `<errorResponse>` root (found by
/// reading at most the first 1 KiB) is a gateway failure or a throttle; everything else goes to the
/// decoder, which finds business errors and malformed replies in the same pass as the payload.
pub(crate) fn classify(method: &'static str, body: &RawBody) -> Verdict {
    let head = &body.bytes()[..body.bytes().len().min(1024)];
    if root_name(head) != Some(b"errorResponse".as_slice()) {
        return Verdict::Success;
    }
    match utf8_text(method, body).map(|text| envelope(&text)) {
        Ok(Ok(Envelope::Gateway(refusal))) => match gateway_error(method, refusal, body) {
            error @ Error::Throttled { .. } => Verdict::Throttled(error),
            error => Verdict::Failed(error),
        },
        // A broken error reply: the decoder names what is wrong with it.
        _ => Verdict::Success,
    }
}

/// The messages of Dangdang's throttle reply (protocol reference §7: `SHOP访问API一分钟频次超限`, or
/// one containing `访问频率过高`).
const THROTTLE_MESSAGES: [&str; 2] = ["频次超限", "访问频率过高"];

/// A gateway refusal: a throttle when its message says so. (No session-expiry code or message is
/// published for Dangdang — protocol reference §7, §9 — so none is matched: an expired session is
/// a plain [`Error::Gateway`].)
fn gateway_error(method: &'static str, refusal: Refusal, body: &RawBody) -> Error {
    let Refusal { code, message, function_id, time } = refusal;
    let raw = body.clone();
    if THROTTLE_MESSAGES.iter().any(|throttle| message.contains(throttle)) {
        Error::throttled(method, code, message, raw)
    } else {
        Error::Gateway { method, code, message, envelope: ReplyEnvelope::boxed(function_id, time), raw }
    }
}

/// The name of the root element at the start of `head` (after a byte-order mark, the XML
/// declaration, comments, a doctype and whitespace), or `None` when `head` does not reach it.
fn root_name(head: &[u8]) -> Option<&[u8]> {
    let mut rest = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    loop {
        let open = rest.iter().position(|byte| *byte == b'<')?;
        rest = &rest[open + 1..];
        let skip_to: &[u8] = match rest.first()? {
            b'?' => b"?>",
            b'!' if rest.starts_with(b"!--") => b"-->",
            b'!' => b">",
            _ => {
                let end = rest.iter().position(|byte| byte.is_ascii_whitespace() || matches!(byte, b'>' | b'/'))?;
                return Some(&rest[..end]);
            }
        };
        let end = rest.windows(skip_to.len()).position(|window| window == skip_to)?;
        rest = &rest[end + skip_to.len()..];
    }
}

/// Decodes a reply into a generic XML tree (methods without a typed response); a reply past
/// [`MAX_DEPTH`](crate::limits::MAX_DEPTH) or [`MAX_NODES`](crate::limits::MAX_NODES) is an
/// [`Error::Decode`] at path `.`.
pub fn tree(method: &'static str, body: &RawBody) -> Result<XmlElement, Error> {
    let text = checked_text(method, body)?;
    XmlElement::parse(&text).map_err(|message| Error::Decode { method, path: ".".into(), message, raw: body.clone() })
}

/// The reply as text (borrowed when the body is ASCII or UTF-8), after turning error envelopes into errors.
fn checked_text<'a>(method: &'static str, body: &'a RawBody) -> Result<Cow<'a, str>, Error> {
    let text = utf8_text(method, body)?;
    match envelope(&text) {
        Ok(Envelope::Payload) => Ok(text),
        Ok(Envelope::Gateway(refusal)) => Err(gateway_error(method, refusal, body)),
        Ok(Envelope::Business(refusal)) => Err(refusal.business(method, body)),
        Err(message) => Err(Error::Decode { method, path: ".".into(), message, raw: body.clone() }),
    }
}

/// The body as UTF-8 text: borrowed when it is ASCII or UTF-8, else decoded and trimmed to size
/// (the decoder reserves room for the worst case, 3 bytes of UTF-8 per GBK byte: twice the size
/// Chinese text takes).
fn utf8_text<'a>(method: &'static str, body: &'a RawBody) -> Result<Cow<'a, str>, Error> {
    let text = crate::charset::decode_strict(body.bytes()).map_err(|message| charset_failure(method, message, body))?;
    Ok(match text {
        Cow::Owned(mut text) => {
            text.shrink_to_fit();
            Cow::Owned(text)
        }
        borrowed => borrowed,
    })
}

/// A body that fails strict decoding is a charset problem only if it is otherwise a whole reply:
/// an HTML page or a truncated document (which may end inside a character) is a decode error.
fn charset_failure(method: &'static str, message: String, body: &RawBody) -> Error {
    match envelope(&body.text_lossy()) {
        Ok(_) => Error::Charset { method, message, raw: body.clone() },
        Err(problem) => Error::Decode { method, path: ".".into(), message: problem, raw: body.clone() },
    }
}

/// Reads the root and its direct children only (subtrees are skipped), looking for error shapes.
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
            let fields = leaf_children(&mut reader, &["errorCode", "errorMessage", "functionID", "time"])?;
            let [code, message, function_id, time] = fields;
            Ok(Envelope::Gateway(Refusal { code, message, function_id: present(function_id), time: present(time) }))
        }
        "response" => {
            let (mut function_id, mut time) = (None, None);
            loop {
                match reader.read_event().map_err(|e| format!("malformed XML: {e}"))? {
                    Event::Start(start) if start.name().as_ref() == b"Error" => {
                        let [code, message] = leaf_children(&mut reader, &["operCode", "operation"])?;
                        return Ok(Envelope::Business(Refusal { code, message, function_id, time }));
                    }
                    Event::Start(start) if matches!(start.name().as_ref(), b"functionID" | b"time") => {
                        let end = start.to_end().into_owned();
                        let text = reader.read_text(end.name()).map_err(|e| format!("malformed XML: {e}"))?;
                        let text = envelope_text(&text)?;
                        if start.name().as_ref() == b"time" {
                            time = present(text)
                        } else {
                            function_id = present(text)
                        }
                    }
                    Event::Start(start) => {
                        let end = start.to_end().into_owned();
                        reader.read_to_end(end.name()).map_err(|e| format!("malformed XML: {e}"))?;
                    }
                    Event::End(_) => return Ok(Envelope::Payload),
                    Event::Eof => return Err("document ended before </response>".into()),
                    _ => {}
                }
            }
        }
        other => Err(format!("unexpected root element <{other}>, expected <response> or <errorResponse>")),
    }
}

/// An envelope field's text, `None` when empty.
fn present(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// The text inside a leaf element as [`Reader::read_text`] returns it: CDATA unwrapped, entities
/// resolved, trimmed.
fn envelope_text(inner: &str) -> Result<String, String> {
    let text = inner.trim();
    let text = match text.strip_prefix("<![CDATA[").and_then(|rest| rest.strip_suffix("]]>")) {
        Some(data) => data.to_owned(),
        None => quick_xml::escape::unescape(text).map_err(|e| e.to_string())?.into_owned(),
    };
    Ok(text.trim().to_owned())
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

#[cfg(all(test, feature = "orders"))]
#[path = "decode_gbk_tests.rs"]
mod gbk_tests;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(body: &[u8]) -> Result<String, Error> {
        checked_text("m", &raw(body)).map(Cow::into_owned)
    }

    fn raw(body: &[u8]) -> RawBody {
        raw_body(bytes::Bytes::copy_from_slice(body))
    }

    #[test]
    fn error_roots_are_classified_and_throttles_told_apart() {
        let gateway = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<!-- a --><errorResponse><errorCode>7</errorCode>\
                       <errorMessage>签名错误</errorMessage></errorResponse>";
        assert!(matches!(classify("m", &raw(gateway.as_bytes())), Verdict::Failed(Error::Gateway { .. })));
        for message in ["SHOP访问API一分钟频次超限", "您的访问频率过高，请稍后"] {
            let throttle = format!(
                "<errorResponse><errorCode>1</errorCode><errorMessage>{message}</errorMessage></errorResponse>"
            );
            let (gbk, _, _) = encoding_rs::GBK.encode(&throttle);
            assert!(matches!(classify("m", &raw(&gbk)), Verdict::Throttled(Error::Throttled { .. })), "{message}");
        }
        for payload in ["<response><a>1</a></response>", "<?xml version=\"1.0\"?>", "", "<", "<errorResp"] {
            assert!(matches!(classify("m", &raw(payload.as_bytes())), Verdict::Success), "{payload}");
        }
        assert_eq!(root_name(b"\xEF\xBB\xBF<!DOCTYPE x><?pi?>\n <response a='1'>"), Some(b"response".as_slice()));
    }

    #[test]
    fn a_document_missing_its_end_tag_is_a_decode_error() {
        let error = check(b"<response><a>1</a>").unwrap_err();
        assert!(matches!(&error, Error::Decode { path, .. } if path == "."), "{error:?}");
        assert!(check(b"<response><a>1</a></response>").is_ok());
    }

    #[test]
    fn bad_bytes_are_a_charset_error_only_in_an_otherwise_whole_reply() {
        let cut_inside_a_character = b"<?xml version=\"1.0\" encoding=\"GBK\"?><response><a>\xD6";
        let error = check(cut_inside_a_character).unwrap_err();
        assert!(matches!(&error, Error::Decode { path, .. } if path == "."), "{error:?}");
        let html = "<html><body>服务器错误</body></html>";
        assert!(matches!(check(html.as_bytes()), Err(Error::Decode { .. })));
        let whole = b"<?xml version=\"1.0\" encoding=\"GBK\"?><response><a>\xFF</a></response>";
        assert!(matches!(check(whole), Err(Error::Charset { .. })));
    }
}
