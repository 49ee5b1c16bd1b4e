//! A spec that is odd everywhere yet valid — non-ASCII and punctuated wire names with overrides,
//! names next to reserved ones, keyword-like overrides with a suffix, extreme bounds, hostile prose,
//! a shared shape sent and received whose fields are named like the generated code's locals, list
//! methods paged from 0 or 1, by record total or none, with a required page and checked flags —
//! generates a client that compiles and passes clippy (edition 2024, warnings denied) and whose docs
//! hold no doctest.
//!
//! Slow (it checks a copy of the workspace with the generated code swapped in, in its own target
//! directory), so it is ignored by default:
//! `cargo test -p dangdang-codegen --test hostile_compiles -- --ignored`.

use std::path::{Path, PathBuf};

#[path = "support/cargo_run.rs"]
mod cargo_run;
#[path = "support/paged_methods.rs"]
mod paged_methods;

/// Odd but valid: every name passes the rules of `identifiers.rs`.
const SPEC: &str = r##"
info: { title: t, protocol: dangdang-xml, gateway: http://api.open.dangdang.com/openapi/rest, version: "1.0" }
sources:
  "[2+] <b>": "```rust\nstd::process::exit(3);\n```"
types:
  Requests:
    repr: text
    en: "    indented();\n~~~\nfenced();\n~~~"
    values:
      - { code: "a`b", name: Other2, en: "<script>alert(1)</script>" }
      - { code: "|", name: SelfValue, zh: "1. ```rust" }
shapes:
  W:
    en: "```\nshape();\n```"
    children:
      - { name: method, type: int, required: true, min: 0, max: 9 }
      - { name: w, personal: true }
      - { name: 订单, rust: self_w, type: Requests }
      - name: nested.x
        struct: NestedX
        children:
          - { name: _method, rust: method_, type: bool01 }
methods:
  - name: dangdang.type.get
    rust_name: type_get
    group: orders
    legacy_url: "http://api.dangdang.com/v2/a_b[1]().php"
    transport: multipart
    safety: write
    en: "```\nstd::fs::write(\"pwned\", \"x\").unwrap();\n```"
    notes: ["- ```", "> ~~~", "# heading"]
    provenance: { status: documented }
    params:
      - { wire: 订单号, rust: order_no, type: long, min: -9223372036854775808, max: 9223372036854775807 }
      - { wire: x-y, type: int, min: -2147483648, max: 2147483647 }
      - { wire: _leading, type: decimal, min: 0.000000000000001, max: 1e28 }
      - { wire: self, rust: self_, type: Requests, en: "`unclosed <img src=x onerror=alert(1)>" }
      - { wire: type, rust: type_, type: string, allowed: ["```", "a|b"], max_chars: 4294967295 }
      - { wire: new_value, type: bool01 }
      - { wire: document_id, type: datetime }
    upload:
      field: "a|b\n```"
      format: xml
      document:
        - name: a.b
          struct: Ab
          repeated: true
          max_items: 4294967295
          children:
            - { name: time, type: int, required: true, min: -1, max: 1 }
            - { name: decoder2, type: decimal, min: -0.5, max: 0.5 }
            - { name: 订单, rust: order, type: Requests }
            - { name: "w.x", rust: w_items, shape: W, repeated: true, max_items: 3 }
    response:
      - { name: functionID2, type: string }
      - { name: W, shape: W }
      - name: Result
        struct: ResultInfo
        children:
          - { name: time, type: datetime }
          - { name: decoder_x, type: Requests }
      - name: OptionList
        children:
          - name: Option2
            repeated: true
            children:
              - { name: Vec, rust: vec_items, type: long }
"##;

/// The odd spec with the list methods of every pagination kind.
fn spec() -> String {
    format!("{SPEC}{}", paged_methods::PAGED_METHODS)
}

/// Copies `from` into `to`, leaving out build output and git metadata.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let name = entry.file_name();
        if [".git", "target"].iter().any(|skip| name == *skip) {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(&name));
        } else {
            std::fs::copy(&path, to.join(&name)).unwrap();
        }
    }
}

/// The spec is valid and its docs pass the same checks as the property test (fast, not ignored).
#[test]
fn the_odd_spec_is_valid() {
    if let Err(problems) = dangdang_codegen::generate_str("spec/dangdang.yaml", &spec()) {
        panic!("{}", dangdang_codegen::diagnostics::render(&problems));
    }
}

#[test]
#[ignore = "slow: checks a copy of the workspace in its own target directory"]
fn an_odd_but_valid_spec_generates_a_client_that_compiles() {
    let generation = dangdang_codegen::generate_str("spec/dangdang.yaml", &spec())
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)));
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let workspace = tmp.join("hostile-workspace");
    let _ = std::fs::remove_dir_all(&workspace);
    copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join(".."), &workspace);
    std::fs::remove_dir_all(workspace.join(dangdang_codegen::OUTPUT_DIR)).unwrap();
    for file in &generation.files {
        let path = workspace.join(&file.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &file.contents).unwrap();
    }
    // Documented (rustdoc checks doc aliases, links and HTML), linted by clippy, compiled with
    // warnings denied, and
    // its doctests listed: those of generated modules would be named after their files. (The
    // hand-written doctests name methods this spec does not have, so they are listed, not run.)
    cargo(&workspace, &["doc", "-p", "dangdang-api", "--all-features", "--no-deps", "--offline"]);
    cargo(&workspace, &["clippy", "-p", "dangdang-api", "--all-features", "--offline", "--", "-D", "warnings"]);
    let list =
        cargo(&workspace, &["test", "-p", "dangdang-api", "--all-features", "--doc", "--offline", "--", "--list"]);
    assert!(list.contains("src/lib.rs"), "no doctest listed at all:\n{list}");
    assert!(!list.contains("src/generated/"), "a generated doc comment became a doctest:\n{list}");
}

/// Runs cargo in `workspace` (its own target directory, warnings denied).
fn cargo(workspace: &Path, args: &[&str]) -> String {
    cargo_run::cargo(workspace, &PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hostile-target"), args)
}
