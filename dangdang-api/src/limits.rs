//! Per-reply limits of the decoders: nesting depth, element and attribute count, list items.
//!
//! Every reply is read within these limits, by the generated typed decoders
//! ([`decode::typed`](crate::decode::typed)) and by the generic tree ([`XmlElement`](crate::XmlElement))
//! alike; a reply past one of them is an [`Error::Decode`](crate::Error::Decode) whose message names
//! the limit (the raw body is kept). Each is far above any real Dangdang reply: those nest about
//! 6 levels, list pages hold at most a few hundred records (`pageSize` is at most 20 for orders, a
//! few hundred for SKUs or order lines), and a whole reply holds a few thousand elements.
//!
//! With them, decoding time is linear in the reply's size for every shape, and memory is bounded:
//! a reply of `n` bytes peaks at most at about `8 × n` while decoded (the body, its text and the
//! decoded value together), or, for the shapes that cost most per byte (empty elements, empty list
//! items, attribute-only elements), at the fixed amount the count limits allow (about 30 MiB,
//! measured with a counting allocator in `tests/tests/memory_peak.rs`). At the default
//! [`DEFAULT_MAX_RESPONSE_BYTES`](crate::DEFAULT_MAX_RESPONSE_BYTES) of 32 MiB the worst case is
//! therefore 8 × 32 MiB = 256 MiB per call in flight.

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
