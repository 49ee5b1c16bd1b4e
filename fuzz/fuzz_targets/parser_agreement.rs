//! The two YAML parsers of the spec loader: on any UTF-8 text, every text serde_yaml and
//! yaml-rust2 both accept has every key and item located, and a text only yaml-rust2 refuses is
//! refused by the loader with a located E001 (`dangdang_codegen::parser_agreement`).
#![no_main]

use dangdang_codegen::parser_agreement::located_or_refused;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(how) = located_or_refused(text) {
        panic!("not located alike: {how}");
    }
});
