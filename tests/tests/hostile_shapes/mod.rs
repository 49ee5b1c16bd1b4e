//! Reply bodies of hostile shapes (ASCII, so valid GBK), shared by `e2e_hostile_replies` and
//! `memory_peak`: deep nesting, many attributes, many tiny elements, many entity references.

#![allow(dead_code, reason = "each test file uses part of these shapes")]

/// `head`, then `count` copies of `unit`, then `tail`.
pub fn repeated(head: &str, unit: &str, count: usize, tail: &str) -> Vec<u8> {
    let mut body = Vec::with_capacity(head.len() + unit.len() * count + tail.len());
    body.extend_from_slice(head.as_bytes());
    for _ in 0..count {
        body.extend_from_slice(unit.as_bytes());
    }
    body.extend_from_slice(tail.as_bytes());
    body
}

/// How many copies of `unit` make a body of about `bytes` bytes.
pub fn copies_for(bytes: usize, unit: &str) -> usize {
    bytes / unit.len()
}

/// `head`, then `levels` nested `<a>` elements (well-formed, closed again), then `tail`.
pub fn nested(head: &str, levels: usize, tail: &str) -> Vec<u8> {
    let mut body = Vec::with_capacity(head.len() + 7 * levels + tail.len());
    body.extend_from_slice(head.as_bytes());
    for _ in 0..levels {
        body.extend_from_slice(b"<a>");
    }
    for _ in 0..levels {
        body.extend_from_slice(b"</a>");
    }
    body.extend_from_slice(tail.as_bytes());
    body
}

/// A whole `<response>` whose elements nest exactly `depth` levels, the root included.
pub fn response_of_depth(depth: usize) -> Vec<u8> {
    nested("<response>", depth - 1, "</response>")
}

/// The attributes ` a0="v" a1="v" …` (`count` of them), for a start tag.
pub fn attributes(count: usize, value: &str) -> String {
    let mut text = String::new();
    for index in 0..count {
        text.push_str(&format!(" a{index}=\"{value}\""));
    }
    text
}

/// A `<response>` holding one `<element …/>` with `count` attributes.
pub fn one_element_with_attributes(element: &str, count: usize) -> Vec<u8> {
    format!("<response><{element}{}/></response>", attributes(count, "v")).into_bytes()
}

/// An orders page (`OrdersList` › `OrderInfo*`) of `count` copies of `order`.
pub fn orders_page(order: &str, count: usize) -> Vec<u8> {
    repeated("<response><OrdersList>", order, count, "</OrdersList></response>")
}
