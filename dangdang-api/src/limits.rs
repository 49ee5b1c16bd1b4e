//! Per-reply limits of the decoders: nesting depth, element and attribute count, list items.
//!
//! Every reply is read within these limits, by the generated typed decoders
//! ([`decode::typed`](crate::decode::typed)) and by the generic tree ([`XmlElement`](crate::XmlElement))
//! alike; a reply past one of them is an [`Error::Decode`](crate::Error::Decode) whose message names
//! the limit (the raw body is kept). Each is far above any real Dangdang reply: those nest about
//! 6 levels, list pages hold at most a few hundred records (`pageSize` is at most 20 for orders, a
//! few hundred for SKUs or order lines), and a whole reply holds a few thousand elements.
//!
//! With them, decoding time is linear in the reply's size for every shape (within 5× of a normal
//! orders page in MB/s, `benches/pathological.rs`), and memory is bounded. Decoding a reply of
//! `n` bytes peaks at about `4 × n` (the body, its UTF-8 text and the text kept in the value; GBK
//! Chinese text is the costliest per byte) plus at most about 11 MiB that only replies reaching a
//! count limit take (empty records or elements cost hundreds of bytes each in memory for a few
//! bytes of XML). Measured with a counting allocator in `tests/tests/memory_peak.rs`: at most
//! 6.5 × n for 4 MiB replies of the worst shapes, 4.3 × n at the default
//! [`DEFAULT_MAX_RESPONSE_BYTES`](crate::DEFAULT_MAX_RESPONSE_BYTES) of 32 MiB; so any reply of
//! 3 MiB or more peaks within 8× its size, a smaller one within 8 × n + 11 MiB, and one at the
//! default cap within 256 MiB. Through [`Client`](crate::Client) its read buffer adds up to 1×
//! (7.4 × n measured for the worst 4 MiB shapes).

/// Deepest nesting of elements in a reply, the root being level 1.
///
/// Checked while reading, before anything deeper is kept, so no parsed [`XmlElement`](crate::XmlElement)
/// is deeper than this and nothing recursive over a parsed tree (drop, clone, comparison,
/// `Debug`) can exhaust a thread's stack. Real replies nest about 6 levels.
pub const MAX_DEPTH: usize = 256;

/// Most elements and attributes together in one reply.
///
/// The tree counts both (each is a heap allocation of its own); the typed decoders count elements,
/// skipped ones included, and ignore attributes other than `xsi:nil`. Real replies hold a few
/// thousand elements.
pub const MAX_NODES: usize = 50_000;

/// Most list records in one reply, all lists of a typed response together (`OrdersList` ›
/// `OrderInfo`, value lists, nested lists).
///
/// Real list pages hold at most a few hundred records; an empty record (`<OrderInfo/>`, 12 bytes)
/// still takes its whole struct in memory (hundreds of bytes), which this bounds.
pub const MAX_ITEMS: usize = 10_000;

/// The message of a reply nested deeper than [`MAX_DEPTH`].
pub(crate) fn too_deep() -> String {
    format!("elements nested deeper than {MAX_DEPTH} levels (dangdang_api::limits::MAX_DEPTH)")
}

/// The message of a reply with more than [`MAX_NODES`] elements and attributes.
pub(crate) fn too_many_nodes() -> String {
    format!("more than {MAX_NODES} elements and attributes in one reply (dangdang_api::limits::MAX_NODES)")
}

/// The message of a reply with more than [`MAX_ITEMS`] list records.
pub(crate) fn too_many_items() -> String {
    format!("more than {MAX_ITEMS} list records in one reply (dangdang_api::limits::MAX_ITEMS)")
}
