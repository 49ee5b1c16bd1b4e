//! Replies of methods without a typed response: `decode::tree` on the bytes and `XmlElement::parse`
//! on their UTF-8-lossy text must return `Ok` or `Err`, never panic.
#![no_main]

use dangdang_api::{RawBody, XmlElement, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let body = dangdang_api::decode::raw_body(bytes::Bytes::copy_from_slice(data));
    let described = match decode::tree("dangdang.qa.list.get", &body) {
        Ok(root) => format!("{root:?} {:?}", root.text_at("totalInfo/pageTotal")),
        Err(error) => format!("{error} {error:?}"),
    };
    std::hint::black_box(described);
    if let Ok(root) = XmlElement::parse(&String::from_utf8_lossy(data)) {
        std::hint::black_box(root.at("a/b"));
    }
});
