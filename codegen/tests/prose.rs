//! Spec prose never becomes code: text that rustdoc would run as a doctest (fenced or indented code)
//! or read as HTML, links or Markdown structure comes out inert in the generated docs, and `|` or
//! line breaks in spec text keep the rows of `docs/methods.md` whole. Checked with rustdoc itself:
//! `rustdoc --test -- --list` finds no doctest in the generated docs, and finds them in the same
//! prose written straight into doc comments (the control, which shows the check can fail).

#[path = "support/hostile_spec.rs"]
mod hostile_spec;

use std::path::PathBuf;
use std::process::Command;

use hostile_spec::{PROSE, check_doc_line, doc_strings, quoted};

/// A valid spec with every piece of hostile prose in every prose slot, and a `|` and a line break
/// in an upload field shown in the methods table.
fn hostile_prose_spec() -> String {
    let all: Vec<String> = PROSE.iter().map(|p| quoted(p)).collect();
    let joined = quoted(&PROSE.join("\n"));
    let values: String = all
        .iter()
        .enumerate()
        .map(|(i, p)| format!("      - {{ code: {i}, name: V{i}, en: {p}, zh: {p} }}\n"))
        .collect();
    let params: String = all
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!("      - {{ wire: p{i}, type: int, en: {p}, zh: {p}, limits: {p}, cert: {p}, default: {p} }}\n")
        })
        .collect();
    let elements: String = all
        .iter()
        .enumerate()
        .map(|(i, p)| format!("        - {{ name: e{i}, en: {p}, zh: {p}, cert: {p} }}\n"))
        .collect();
    format!(
        "info: {{ title: t, protocol: dangdang-xml, gateway: http://api.open.dangdang.com/openapi/rest, version: \"1.0\" }}
sources:
  S: {joined}
types:
  Hostile:
    repr: int
    en: {joined}
    zh: {joined}
    cert: {joined}
    values:
{values}methods:
  - name: dangdang.order.goods.send
    group: orders
    legacy_url: http://api.dangdang.com/v2/send_Goods.php
    transport: multipart
    safety: write
    en: {joined}
    zh: {joined}
    notes: [{}]
    provenance: {{ status: documented, sources: [S] }}
    codes: [{{ code: 1, en: {joined}, zh: {joined}, cert: {joined} }}]
    params:
{params}      - {{ wire: \"a`b\", rust: tick, type: string, allowed: [\"```\", \"x|y\"] }}
    upload:
      field: \"a|b\\n```\"
      format: xml
      document:
        - name: OrderInfo
          en: {joined}
          children:
{elements}    response:
      - name: Result
        struct: SendResult
        en: {joined}
        children:
{elements}",
        all.join(", ")
    )
}

fn rustdoc_listed_tests(docs: &[String]) -> usize {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("prose-doctests");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("docs{}.rs", docs.len()));
    // A doc string with line breaks reads as several lines, as in a `#[doc]` attribute.
    let text: String = docs.iter().flat_map(|doc| doc.split('\n')).map(|line| format!("//!{line}\n")).collect();
    std::fs::write(&file, text).unwrap();
    let rustdoc = std::env::var("RUSTDOC").unwrap_or_else(|_| "rustdoc".to_owned());
    let output = Command::new(rustdoc)
        .args(["--test", "--edition", "2021", "--crate-name", "prose"])
        .arg(&file)
        .args(["--test-args", "--list"])
        .output()
        .expect("rustdoc runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "rustdoc failed: {stdout}{}", String::from_utf8_lossy(&output.stderr));
    stdout.lines().filter(|line| line.ends_with(": test")).count()
}

#[test]
fn hostile_prose_yields_no_doctest_and_whole_table_rows() {
    let spec = hostile_prose_spec();
    let generation = dangdang_codegen::generate_str("spec/prose.yaml", &spec)
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)));
    let mut docs = Vec::new();
    for file in generation.files.iter().filter(|f| f.path.extension().is_some_and(|e| e == "rs")) {
        for doc in doc_strings(&file.contents) {
            check_doc_line(&doc).unwrap_or_else(|problem| panic!("{}: {doc:?} {problem}", file.path.display()));
            docs.push(doc);
        }
    }
    let method_docs = docs.iter().filter(|d| d.contains("std::process::exit(3);")).count();
    assert!(method_docs >= 10, "the hostile prose reached only {method_docs} doc lines");
    assert_eq!(rustdoc_listed_tests(&docs), 0, "rustdoc found doctests in the generated docs");

    // The control: the same prose as plain doc comments holds doctests rustdoc would run.
    let raw: Vec<String> = PROSE.iter().flat_map(|p| p.lines().chain([""])).map(|l| format!(" {l}")).collect();
    assert!(rustdoc_listed_tests(&raw) >= 5, "the control found no doctests: the check could not fail");

    hostile_spec::check_property(&spec);
    let table = &generation.files.iter().find(|f| f.path.ends_with("methods.md")).unwrap().contents;
    let row = table.lines().find(|l| l.contains("dangdang.order.goods.send") && l.contains("Client")).unwrap();
    assert!(row.contains(r"`a\|b \`\`\``") || row.contains(r"a\|b"), "{row}");
}
