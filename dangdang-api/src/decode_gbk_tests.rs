//! Tests of the GBK fast path of `decode::typed`: it decodes plain GBK replies itself, gives every
//! other document to the whole-body path, and never answers differently from it.

use super::*;
use crate::orders::order_details_get::Response as Details;

fn gbk(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable, "{text}");
    bytes.into_owned()
}

fn fixture() -> Vec<u8> {
    // The reference-doc fixture the e2e tests serve.
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/order_details_get.xml");
    gbk(&std::fs::read_to_string(path).expect("fixture"))
}

/// `typed` (fast path first) and the whole-body path give the same answer, value or error.
fn agree(bytes: &[u8]) {
    let body = raw_body(bytes::Bytes::copy_from_slice(bytes));
    let fast_then_whole = format!("{:?}", typed::<Details>("m", &body));
    let whole = format!("{:?}", typed_whole::<Details>("m", &body));
    assert_eq!(fast_then_whole, whole, "{:?}", String::from_utf8_lossy(bytes));
}

/// The fast path decodes `bytes` itself, to the whole-body path's value.
fn fast(bytes: &[u8]) -> Details {
    let value = typed_gbk::<Details>(bytes).unwrap_or_else(|| panic!("refused: {:?}", String::from_utf8_lossy(bytes)));
    let whole = typed_whole::<Details>("m", &raw_body(bytes::Bytes::copy_from_slice(bytes))).expect("whole");
    assert_eq!(value, whole);
    value
}

/// The fast path refuses `bytes`, and `typed` answers as the whole-body path does.
fn refused(bytes: &[u8]) {
    assert!(typed_gbk::<Details>(bytes).is_none(), "taken: {:?}", String::from_utf8_lossy(bytes));
    agree(bytes);
}

/// A reply with `inner` after its one required field.
fn doc(inner: &[u8]) -> Vec<u8> {
    let head = b"<?xml version=\"1.0\" encoding=\"GBK\"?>\n<response><orderID>7</orderID>";
    [head.as_slice(), inner, b"</response>\n"].concat()
}

#[test]
fn plain_gbk_replies_are_decoded_by_the_fast_path_as_by_the_whole_body() {
    let details = fast(&fixture());
    assert_eq!(details.items_list.len(), 1);
    // Text of every kind: Chinese, entity and character references, CDATA (with `]` trail bytes
    // inside, 0x815D), `xsi:nil`, an undeclared charset, surrounding whitespace (U+3000 included).
    let message = fast(&doc(&gbk("<message>\u{3000} 中文&amp;&#x4E2D;<![CDATA[<b>丂]]> 丂</message>")));
    assert_eq!(message.message.as_deref(), Some("中文&中<b>丂 丂"));
    let cdata = b"<message><![CDATA[\x81\x5D]]]></message>";
    let trail_is_bracket = encoding_rs::GBK.decode_without_bom_handling(b"\x81\x5D").0.into_owned();
    assert_eq!(fast(&doc(cdata)).message.as_deref(), Some(format!("{trail_is_bracket}]").as_str()));
    let nil = fast(&doc(b"<message xmlns:xsi=\"x\" xsi:nil=\"true\">x</message>"));
    assert_eq!((nil.message.as_deref(), nil.order_id), (None, 7));
    fast(&gbk("<response><orderID>8</orderID><message>无声明</message></response>"));
}

#[test]
fn documents_only_the_whole_body_reads_right_are_refused_and_answered_alike() {
    let cases: Vec<Vec<u8>> = vec![
        // Non-ASCII markup: a tag name, an attribute, an end tag, a comment, a PI, a doctype.
        doc(&gbk("<消息>x</消息>")),
        doc(&gbk("<message a=\"中\">x</message>")),
        doc(&gbk("<!-- 注释 --><message>x</message>")),
        doc(&gbk("<?pi 中?><message>x</message>")),
        [gbk("<!DOCTYPE response [<!ENTITY e \"中\">]>"), doc(b"")].concat(),
        // `]]>` found inside a character (0x81 0x5D): the section's content ends in a lead byte.
        doc(b"<message><![CDATA[\x81]]>]]></message>"),
        // Bytes that are not GBK: kept text, skipped text, whitespace, after the root, before it.
        doc(b"<message>\xFF</message>"),
        doc(b"<unknown>\x81</unknown>"),
        doc(b"<unknown><a>\x80\xFF</a></unknown>"),
        doc(b"\n\xFE\n<message>x</message>"),
        [doc(b"<message>x</message>"), b"\xFF".to_vec()].concat(),
        [doc(b"<message>x</message>"), b"<!-- \x81".to_vec()].concat(),
        b"\xFF\xFE<response/>".to_vec(),
        // A lead byte cut off by markup.
        doc(b"<message>\xD6</message>"),
        doc(b"<message>a\xD6&amp;</message>"),
        // Not GBK, errors, envelopes, limits.
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><message>中</message></response>".as_bytes().to_vec(),
        gbk("<response><orderID>x</orderID></response>"),
        gbk("<response><message>没有订单号</message></response>"),
        doc(b"<message>x</messag>"),
        doc(b"<message>x"),
        doc(b"<Error><operCode>1</operCode><operation>no</operation></Error>"),
        gbk("<errorResponse><errorCode>7</errorCode><errorMessage>签名错误</errorMessage></errorResponse>"),
        doc(&b"<a>".repeat(300)),
        Vec::new(),
    ];
    for case in &cases {
        refused(case);
    }
}

#[test]
fn mutated_replies_get_the_same_answer_either_way() {
    // Every answer of `typed` equals the whole-body path's, for the fixture with one byte replaced
    // (bytes chosen to hit markup, GBK lead and trail bytes, `]`, and invalid bytes) at positions
    // spread over the whole document; and a good share of them still go through the fast path (most
    // replacements break a tag name, a value or a character: those fall back).
    let original = fixture();
    let replacements = [b'<', b'>', b'&', b'/', b']', b' ', b'x', 0x80, 0x81, 0xA1, 0xFF, 0x00];
    let mut taken = 0;
    let mut total = 0;
    for at in (0..original.len()).step_by(17) {
        for byte in replacements {
            let mut bytes = original.clone();
            bytes[at] = byte;
            agree(&bytes);
            total += 1;
            taken += usize::from(typed_gbk::<Details>(&bytes).is_some());
        }
    }
    assert!(taken * 10 > total, "the fast path took only {taken} of {total}");
}
