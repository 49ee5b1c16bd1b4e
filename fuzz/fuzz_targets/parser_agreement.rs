//! The two YAML parsers of the spec loader: on any UTF-8 text that serde_yaml reads but
//! yaml-rust2 refuses or does not fully locate, the loader refuses with a located E001 or E044, so
//! whatever it accepts is located (`dangdang_codegen::parser_agreement::located_or_refused`).
#![no_main]

use dangdang_codegen::parser_agreement::located_or_refused;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(how) = located_or_refused(text) {
        panic!("not located alike: {how}");
    }
});
