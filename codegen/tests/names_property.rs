//! Property: over specs built from hostile names, prose and bounds, validation passing means
//! emission never panics, every generated file parses with `syn`, holds no keyword misuse, and its
//! docs hold no code block; a rejected spec gets located diagnostics with hints.

#[path = "support/hostile_spec.rs"]
mod hostile_spec;

use hostile_spec::{Outcome, check_property, spec_from_bytes};

/// xorshift64*: a fixed sequence of byte strings, the same on every run.
fn byte_strings(count: usize, seed: u64) -> Vec<Vec<u8>> {
    let mut state = seed;
    let mut next = move || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    };
    (0..count)
        .map(|_| {
            let len = 32 + (next() % 160) as usize;
            (0..len).map(|_| (next() >> 56) as u8).collect()
        })
        .collect()
}

/// How many random specs one run checks (about 15 ms each in a debug build).
const SPECS: usize = 120;

#[test]
fn validated_specs_always_emit_parseable_inert_code() {
    let mut accepted = 0;
    let mut rejected = 0;
    for data in byte_strings(SPECS, 0x9e37_79b9_7f4a_7c15) {
        let spec = spec_from_bytes(&data);
        let outcome = std::panic::catch_unwind(|| check_property(&spec))
            .unwrap_or_else(|_| panic!("the property failed for this spec:\n{spec}"));
        match outcome {
            Outcome::Accepted => accepted += 1,
            Outcome::Rejected => rejected += 1,
        }
    }
    eprintln!("{accepted} accepted, {rejected} rejected");
    // Both sides of the property must be exercised, or the test proves nothing.
    assert!(accepted >= SPECS / 5, "only {accepted} of {SPECS} specs were accepted");
    assert!(rejected >= SPECS / 5, "only {rejected} of {SPECS} specs were rejected");
}

/// The generator does reach the names of the issue: every one of them, alone in an otherwise valid
/// spec, is rejected (or accepted when it is a valid name), and never panics.
#[test]
fn every_pool_name_in_every_position_is_checked() {
    for name in hostile_spec::NAMES {
        let quoted = hostile_spec::quoted(name);
        let positions = [
            format!("methods:\n  - {{ name: {}, {METHOD_TAIL} }}\n", hostile_spec::quoted(&format!("dangdang.{name}"))),
            format!("methods:\n  - {{ name: dangdang.a.get, rust_name: {quoted}, {METHOD_TAIL} }}\n"),
            format!(
                "methods:\n  - {{ name: dangdang.a.get, {METHOD_TAIL}, params: [{{ wire: {quoted}, type: int }}] }}\n"
            ),
            format!("methods:\n  - {{ name: dangdang.a.get, {METHOD_TAIL}, response: [{{ name: {quoted} }}] }}\n"),
            format!(
                "methods:\n  - {{ name: dangdang.a.get, {METHOD_TAIL}, response: [{{ name: x, struct: {quoted}, children: [{{ name: y }}] }}] }}\n"
            ),
            format!("types:\n  {quoted}: {{ repr: int, values: [{{ code: 1, name: A }}] }}\nmethods: []\n"),
            format!("types:\n  T: {{ repr: int, values: [{{ code: 1, name: {quoted} }}] }}\nmethods: []\n"),
        ];
        for body in positions {
            check_property(&format!("{HEADER}{body}"));
        }
    }
}

/// The same for the positions a `wangdian-json` spec adds: dotted names without `dangdang.`, groups,
/// category and window prose, argument names and overrides, flattened fields, list shapes, reply keys.
#[test]
fn every_pool_name_in_every_wangdian_position_is_checked() {
    let (mut accepted, mut rejected) = (0, 0);
    for name in hostile_spec::NAMES {
        let quoted = hostile_spec::quoted(name);
        let method = |extra: &str| format!("methods:\n  - {{ name: a.b, {WANGDIAN_TAIL}{extra} }}\n");
        let positions = [
            format!("methods:\n  - {{ name: {}, {WANGDIAN_TAIL} }}\n", hostile_spec::quoted(&format!("sales.{name}"))),
            format!(
                "methods:\n  - {{ name: a.b, group: {quoted}, safety: read, en: x, provenance: {{ status: partial }} }}\n"
            ),
            method(&format!(", category: {quoted}, window: {quoted}, zh: {quoted}")),
            method(&format!(", args: [{{ name: {quoted}, type: json }}]")),
            method(&format!(", args: [{{ name: x, rust: {quoted}, type: string, required: true }}]")),
            method(&format!(", args: [{{ name: params, flatten: true, fields: [{{ wire: {quoted}, type: int }}] }}]")),
            method(&format!(", response: [{{ name: data, children: [{{ name: {quoted}, type: long }}] }}]")),
            format!(
                "shapes:\n  {quoted}: {{ children: [{{ name: tid }}] }}\n{}",
                method(&format!(", args: [{{ name: list, type: list, shape: {quoted} }}]"))
            ),
        ];
        for body in positions {
            match check_property(&format!("{WANGDIAN_HEADER}{body}")) {
                Outcome::Accepted => accepted += 1,
                Outcome::Rejected => rejected += 1,
            }
        }
    }
    // Both sides of the property must be exercised, or the test proves nothing.
    assert!(accepted > 0 && rejected > 0, "{accepted} accepted, {rejected} rejected");
}

const WANGDIAN_HEADER: &str =
    "info: { title: t, protocol: wangdian-json, gateway: http://wdt.wangdian.cn/openapi, version: \"1.0\" }\n";
const WANGDIAN_TAIL: &str = "group: trade, safety: read, en: x, provenance: { status: partial }";

const HEADER: &str = "info: { title: t, protocol: dangdang-xml, gateway: http://api.open.dangdang.com/openapi/rest, version: \"1.0\" }\n";
const METHOD_TAIL: &str = "group: orders, legacy_url: http://api.dangdang.com/v2/x.php, transport: get, safety: read, en: x, provenance: { status: documented }";

/// The `spec_names` fuzz target's regression corpus, through the same property.
#[test]
fn fuzz_regressions_of_spec_names_hold_the_property() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions/spec_names");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(!files.is_empty(), "{} is empty", dir.display());
    for path in files {
        let spec = spec_from_bytes(&std::fs::read(&path).unwrap());
        std::panic::catch_unwind(|| check_property(&spec))
            .unwrap_or_else(|_| panic!("{} fails the property; its spec:\n{spec}", path.display()));
    }
}
