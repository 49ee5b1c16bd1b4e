//! `dangdang.items.list.get` replies: `decode::typed` must return `Ok` or `Err` for any bytes, never panic.
#![no_main]

use dangdang_api::items::items_list_get::Response;
use dangdang_api::{RawBody, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let body = dangdang_api::decode::raw_body(bytes::Bytes::copy_from_slice(data));
    let described = match decode::typed::<Response>("dangdang.items.list.get", &body) {
        // Formatting walks every decoded field (BeijingTime, Decimal, code tables).
        Ok(response) => format!("{response:?}"),
        // Display and Debug of the error (the latter previews the raw body, decoded lossily).
        Err(error) => format!("{error} {error:?}"),
    };
    std::hint::black_box(described);
});
