//! Character sets: GBK for everything sent, and the XML declaration's charset for replies.

use std::borrow::Cow;

use encoding_rs::{Encoding, GBK, UTF_8};

/// Encodes text as GBK; `None` when a character has no GBK form.
pub fn to_gbk(text: &str) -> Option<Cow<'_, [u8]>> {
    let (bytes, _, had_unmappable) = GBK.encode(text);
    (!had_unmappable).then_some(bytes)
}

/// Encodes an XML document as GBK; characters outside GBK become numeric character references,
/// which any XML parser reads back as the original character.
pub fn xml_to_gbk(xml: &str) -> Vec<u8> {
    GBK.encode(xml).0.into_owned()
}

/// Appends `name=value` to a form/query string, both GBK-encoded and percent-escaped
/// (`application/x-www-form-urlencoded`: space as `+`).
pub fn append_pair(out: &mut String, name: &str, value: &[u8]) {
    if !out.is_empty() {
        out.push('&');
    }
    out.extend(form_urlencoded::byte_serialize(name.as_bytes()));
    out.push('=');
    out.extend(form_urlencoded::byte_serialize(value));
}

/// The encoding named by the XML declaration (`<?xml ... encoding="GBK"?>`), if any.
fn declared_label(body: &[u8]) -> Option<&[u8]> {
    let head = &body[..body.len().min(256)];
    if !head.starts_with(b"<?xml") {
        return None;
    }
    let end = head.windows(2).position(|w| w == b"?>")?;
    let declaration = &head[..end];
    let at = declaration.windows(8).position(|w| w == b"encoding")?;
    let rest = &declaration[at + 8..];
    let quote_at = rest.iter().position(|b| *b == b'"' || *b == b'\'')?;
    let quote = rest[quote_at];
    let value = &rest[quote_at + 1..];
    let close = value.iter().position(|b| *b == quote)?;
    Some(&value[..close])
}

/// The encoding of a reply: a UTF-8 BOM, else the declaration, else GBK (Dangdang's default).
pub fn reply_encoding(body: &[u8]) -> Result<&'static Encoding, String> {
    if body.starts_with(b"\xEF\xBB\xBF") {
        return Ok(UTF_8);
    }
    match declared_label(body) {
        None => Ok(GBK),
        Some(label) => Encoding::for_label(label)
            .ok_or_else(|| format!("unsupported charset `{}`", String::from_utf8_lossy(label))),
    }
}

/// Decodes a reply strictly: malformed bytes for its charset are an error.
pub fn decode_strict(body: &[u8]) -> Result<Cow<'_, str>, String> {
    let encoding = reply_encoding(body)?;
    let bytes = if encoding == UTF_8 { body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body) } else { body };
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .ok_or_else(|| format!("the body is not valid {}", encoding.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_percent_encoded_gbk() {
        let mut query = String::new();
        append_pair(&mut query, "timestamp", b"2015-03-20 15:10:50");
        append_pair(&mut query, "name", &to_gbk("中文").unwrap());
        assert_eq!(query, "timestamp=2015-03-20+15%3A10%3A50&name=%D6%D0%CE%C4");
        assert!(to_gbk("emoji 😀").is_none());
    }

    #[test]
    fn replies_decode_per_their_declaration() {
        let gbk =
            [b"<?xml version=\"1.0\" encoding=\"GBK\"?><a>".as_slice(), &to_gbk("订单").unwrap(), b"</a>"].concat();
        assert!(decode_strict(&gbk).unwrap().contains("订单"));
        let utf8 = "<?xml version='1.0' encoding='UTF-8'?><a>订单</a>";
        assert!(decode_strict(utf8.as_bytes()).unwrap().contains("订单"));
        let undeclared = [b"<a>".as_slice(), &to_gbk("订单").unwrap(), b"</a>"].concat();
        assert!(decode_strict(&undeclared).unwrap().contains("订单"));
        // UTF-8 bytes labelled GBK are not valid GBK here ("订单" in UTF-8 ends in a lone lead byte).
        let mislabelled = [b"<?xml version=\"1.0\" encoding=\"GBK\"?><a>".as_slice(), "订".as_bytes()].concat();
        assert!(decode_strict(&mislabelled).is_err());
        assert!(reply_encoding(b"<?xml version=\"1.0\" encoding=\"x-nope\"?>").is_err());
    }
}
