//! The spec loader and generator: `generate_str` on any UTF-8 text must return the generated files
//! or diagnostics, never panic; the diagnostics must render.
#![no_main]

use dangdang_codegen::diagnostics::render;
use dangdang_codegen::generate_str;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let rendered = match generate_str("spec/fuzz.yaml", text) {
        Ok(generation) => render(&generation.warnings),
        Err(diagnostics) => render(&diagnostics),
    };
    std::hint::black_box(rendered);
});
