//! Byte-level codecs of the wire format: GBK percent-encoding, XML declarations, charset transcoding.

use std::borrow::Cow;

use encoding_rs::{Encoding, GBK};
use percent_encoding::percent_decode;

/// Decodes GBK bytes; returns the text and whether any byte sequence was malformed (replaced by U+FFFD).
pub fn decode_gbk(bytes: &[u8]) -> (String, bool) {
    let (text, had_errors) = GBK.decode_without_bom_handling(bytes);
    (text.into_owned(), had_errors)
}

/// Percent-decodes one `application/x-www-form-urlencoded` component on bytes (`+` is a space),
/// then decodes the bytes as GBK. Returns the text and a list of problems found (bad `%` escapes,
/// bytes that are not GBK); invalid escapes are kept literally and bad bytes decoded lossily.
pub fn decode_component(raw: &[u8]) -> (String, Vec<String>) {
    let mut problems = Vec::new();
    if has_bad_escape(raw) {
        problems.push(format!("invalid percent escape in {:?} (kept literally)", String::from_utf8_lossy(raw)));
    }
    let plus_as_space: Cow<'_, [u8]> = if raw.contains(&b'+') {
        Cow::Owned(raw.iter().map(|&b| if b == b'+' { b' ' } else { b }).collect())
    } else {
        Cow::Borrowed(raw)
    };
    let bytes: Vec<u8> = percent_decode(&plus_as_space).collect();
    let (text, lossy) = decode_gbk(&bytes);
    if lossy {
        problems.push(format!(
            "bytes of {:?} are not valid GBK (decoded lossily as {text:?})",
            String::from_utf8_lossy(raw)
        ));
    }
    (text, problems)
}

fn has_bad_escape(raw: &[u8]) -> bool {
    raw.iter().enumerate().any(|(i, &b)| {
        b == b'%'
            && !(raw.get(i + 1).is_some_and(u8::is_ascii_hexdigit) && raw.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

/// Splits an urlencoded string (query string or form body) into decoded `(name, value)` pairs
/// in wire order, appending any decoding problems to `problems`. Empty segments are skipped; a
/// segment without `=` is a name with an empty value.
pub fn parse_urlencoded(raw: &[u8], problems: &mut Vec<String>) -> Vec<(String, String)> {
    raw.split(|&b| b == b'&')
        .filter(|segment| !segment.is_empty())
        .map(|segment| {
            let (name, value) = match segment.iter().position(|&b| b == b'=') {
                Some(eq) => (&segment[..eq], &segment[eq + 1..]),
                None => (segment, &segment[segment.len()..]),
            };
            let (name, name_problems) = decode_component(name);
            let (value, value_problems) = decode_component(value);
            problems.extend(name_problems);
            problems.extend(value_problems);
            (name, value)
        })
        .collect()
}

/// Encodes `text` as GBK and percent-encodes the bytes the way Java's `URLEncoder` does: ASCII
/// letters, digits and `-_.*` stay, a space becomes `+`, every other byte becomes `%XX`.
/// Characters GBK cannot represent are written as HTML numeric character references.
pub fn percent_encode_gbk(text: &str) -> String {
    let (bytes, _, _) = GBK.encode(text);
    let mut out = String::with_capacity(bytes.len() * 3);
    for &b in bytes.iter() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => out.push(char::from(b)),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The `encoding` pseudo-attribute of a leading `<?xml ...?>` declaration, if there is one
/// (a UTF-8 byte-order mark and leading whitespace are skipped).
pub fn xml_declared_encoding(bytes: &[u8]) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = bytes[start..].strip_prefix(b"<?xml")?;
    let end = rest.windows(2).take(512).position(|w| w == b"?>")?;
    let decl = &rest[..end];
    let at = decl.windows(8).position(|w| w == b"encoding")?;
    let after = trim_ascii_start(&decl[at + 8..]);
    let after = trim_ascii_start(after.strip_prefix(b"=")?);
    let quote = *after.first().filter(|q| **q == b'"' || **q == b'\'')?;
    let value = &after[1..];
    let close = value.iter().position(|&b| b == quote)?;
    std::str::from_utf8(&value[..close]).ok().map(|s| s.trim().to_string())
}

fn trim_ascii_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[skip..]
}

/// The encoding named by `label` (WHATWG labels: `GBK`, `gb2312`, `GB18030`, `UTF-8`, ...), if
/// it is one the sandbox can also write (UTF-16 labels are refused).
pub fn writable_encoding(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes()).filter(|enc| enc.output_encoding() == *enc)
}

/// Transcodes an XML document held as text to the bytes the sandbox serves: the charset named in its
/// XML declaration, GBK when there is none. Characters the charset cannot hold become numeric
/// character references. Errors when the declared charset is unknown or cannot be written.
pub fn transcode_xml(text: &str) -> Result<Vec<u8>, String> {
    let encoding = match xml_declared_encoding(text.as_bytes()) {
        None => GBK,
        Some(label) => writable_encoding(&label)
            .ok_or_else(|| format!("the XML declaration names encoding {label:?}, which the sandbox cannot write"))?,
    };
    let (bytes, _, _) = encoding.encode(text);
    Ok(bytes.into_owned())
}

/// Decodes a document's bytes per its XML declaration (GBK when there is none). Returns the
/// text, the declared label, and problems found (unknown label, malformed bytes).
pub fn decode_xml_bytes(bytes: &[u8]) -> (String, Option<String>, Vec<String>) {
    let declared = xml_declared_encoding(bytes);
    let mut problems = Vec::new();
    let encoding = match declared.as_deref() {
        None => GBK,
        Some(label) => Encoding::for_label(label.trim().as_bytes()).unwrap_or_else(|| {
            problems.push(format!("unknown declared encoding {label:?}; decoded as GBK"));
            GBK
        }),
    };
    let (text, used, had_errors) = encoding.decode(bytes);
    if had_errors {
        problems.push(format!("uploaded bytes are not valid {}; decoded lossily", used.name()));
    }
    (text.into_owned(), declared, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_query_decoding() {
        let mut problems = Vec::new();
        let pairs = parse_urlencoded(b"name=%D6%D0%CE%C4&ts=2015-03-20+15%3A10%3A50&flag&&plus=a%2Bb", &mut problems);
        assert_eq!(
            pairs,
            vec![
                ("name".to_string(), "中文".to_string()),
                ("ts".to_string(), "2015-03-20 15:10:50".to_string()),
                ("flag".to_string(), String::new()),
                ("plus".to_string(), "a+b".to_string()),
            ]
        );
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn malformed_input_is_decoded_leniently_and_reported() {
        let mut problems = Vec::new();
        let pairs = parse_urlencoded(b"a=%ZZ%4&b=%FF%FF%D6", &mut problems);
        assert_eq!(pairs[0], ("a".to_string(), "%ZZ%4".to_string()));
        assert_eq!(pairs[1].0, "b");
        assert!(pairs[1].1.contains('\u{FFFD}'));
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn gbk_percent_encoding_round_trips() {
        assert_eq!(percent_encode_gbk("中文 a-b"), "%D6%D0%CE%C4+a-b");
        let (text, problems) = decode_component(percent_encode_gbk("当当 2015-03-20 15:10:50").as_bytes());
        assert_eq!(text, "当当 2015-03-20 15:10:50");
        assert!(problems.is_empty());
    }

    #[test]
    fn xml_declarations() {
        assert_eq!(
            xml_declared_encoding(b"\xEF\xBB\xBF <?xml version=\"1.0\" encoding = 'gb2312' ?><a/>"),
            Some("gb2312".to_string())
        );
        assert_eq!(xml_declared_encoding(b"<?xml version=\"1.0\"?><a/>"), None);
        assert_eq!(xml_declared_encoding(b"<a encoding=\"x\"/>"), None);
        assert_eq!(xml_declared_encoding(b"<?xml encoding=\"GBK\""), None);
    }

    #[test]
    fn transcoding_follows_the_declaration() {
        let gbk = transcode_xml("<?xml version=\"1.0\" encoding=\"GBK\"?><a>中文</a>").unwrap();
        assert!(gbk.ends_with(b"<a>\xD6\xD0\xCE\xC4</a>"));
        let none = transcode_xml("<a>中文</a>").unwrap();
        assert_eq!(none, b"<a>\xD6\xD0\xCE\xC4</a>");
        let utf8 = transcode_xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>中文</a>").unwrap();
        assert!(utf8.ends_with("<a>中文</a>".as_bytes()));
        assert!(transcode_xml("<?xml version=\"1.0\" encoding=\"klingon\"?><a/>").is_err());
        assert!(transcode_xml("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a/>").is_err());
        let (text, declared, problems) = decode_xml_bytes(&gbk);
        assert_eq!(declared.as_deref(), Some("GBK"));
        assert!(text.ends_with("<a>中文</a>"));
        assert!(problems.is_empty());
    }
}
