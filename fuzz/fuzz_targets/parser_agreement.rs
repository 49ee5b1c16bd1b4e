//! The spec loader's two readers of YAML, serde_yaml (values) and the source map (positions, from
//! libyaml's events): on any UTF-8 text they accept and refuse alike, at the same place, and every
//! value serde_yaml reads is located (`dangdang_codegen::parser_agreement::agreement`).
#![no_main]

use dangdang_codegen::parser_agreement::agreement;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(how) = agreement(text) {
        panic!("read differently: {how}");
    }
});
