//! Diagnostics point at the fix: "did you mean" for near-miss names of every kind (and no list of
//! every known name), duplicates named at both places, carets under CJK text, and YAML syntax
//! errors whose hint names the likely cause.

use dangdang_codegen::diagnostics::{Diagnostic, render};

const HEADER: &str = "info: { title: t, protocol: dangdang-xml, gateway: http://api.open.dangdang.com/openapi/rest, version: \"1.0\" }\nsources:\n  DOC-1: \"a public source\"\n  Seller-guide: \"another\"\n";

/// A spec with 40 code tables (`OrderState`, `Table1` … `Table39`) and `shapes: { SkuResult }`,
/// then `methods`.
fn spec(methods: &str) -> String {
    let mut types = String::from("types:\n  OrderState:\n    repr: int\n    values: [{ code: 1, name: One }]\n");
    for n in 1..40 {
        types.push_str(&format!("  Table{n}:\n    repr: int\n    values: [{{ code: 1, name: One }}]\n"));
    }
    let shapes = "shapes:\n  SkuResult:\n    children: [{ name: sku }]\n";
    format!("{HEADER}{types}{shapes}methods:\n{methods}")
}

const METHOD: &str = "  - name: dangdang.orders.list.get
    group: orders
    legacy_url: http://api.dangdang.com/v2/searchOrders.php
    transport: get
    safety: read
    en: Search orders.
    provenance: { status: documented, sources: [DOC-1] }
";

fn problems(text: &str) -> Vec<Diagnostic> {
    match dangdang_codegen::generate_str("spec/hints.yaml", text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(problems) => problems,
    }
}

fn only(text: &str, code: &str) -> Diagnostic {
    let found = problems(text);
    let matching: Vec<&Diagnostic> = found.iter().filter(|p| p.code == code).collect();
    assert_eq!(matching.len(), 1, "expected one {code}:\n{}", render(&found));
    matching[0].clone()
}

fn help(diagnostic: &Diagnostic) -> &str {
    diagnostic.help.as_deref().unwrap_or_default()
}

#[test]
fn near_miss_names_get_one_suggestion_of_their_kind() {
    let params = "    params:\n      - { wire: pageNo, type: int }\n      - { wire: pageSize, type: int }\n";
    let response = "    response:\n      - name: totalInfo\n        children: [{ name: pageTotal, type: int }]\n      - name: OrdersList\n        children:\n          - { name: OrderInfo, repeated: true, shape: SkuResult }\n";
    let cases = [
        ("E020", format!("{METHOD}    params: [{{ wire: os, type: OrderStatus }}]\n"), "OrderState"),
        ("E020", format!("{METHOD}    params: [{{ wire: os, type: Lnog }}]\n"), "long"),
        ("E045", format!("{METHOD}    response: [{{ name: r, shape: SkuResults }}]\n"), "SkuResult"),
        ("E060", METHOD.replace("[DOC-1]", "[seller-guide]"), "Seller-guide"),
        (
            "E050",
            format!(
                "{METHOD}{params}    pagination: {{ page: pageNO, total_pages: totalInfo/pageTotal, items: OrdersList/OrderInfo }}\n{response}"
            ),
            "pageNo",
        ),
        (
            "E051",
            format!(
                "{METHOD}{params}    pagination: {{ page: pageNo, total_pages: totalinfo/pagetotal, items: OrdersList/OrderInfo }}\n{response}"
            ),
            "totalInfo/pageTotal",
        ),
        ("E052", format!("{METHOD}{params}    rules: [{{ one_of: [pageNo, pagesize] }}]\n"), "pageSize"),
        ("E002", format!("{METHOD}    parms: []\n"), "params"),
        ("E002", METHOD.replace("transport: get", "transport: post-form"), "post_form"),
        ("E002", METHOD.replace("sources: [DOC-1]", "sorces: [DOC-1]"), "sources"),
    ];
    for (code, methods, near) in cases {
        let problem = only(&spec(&methods), code);
        assert!(help(&problem).starts_with(&format!("did you mean `{near}`?")), "{code}: {problem}");
        // One name, not the list: no other code table, variant or key is named.
        let said = format!("{} {}", problem.message, help(&problem));
        for other in ["Table7", "Table39", "`items`", "notes", "bool01"] {
            assert!(!said.contains(other), "{code} lists names: {problem}");
        }
        assert!(problem.location.is_some(), "{problem}");
    }
}

#[test]
fn strangers_get_the_way_to_define_them_not_a_list_of_every_name() {
    let problem = only(&spec(&format!("{METHOD}    params: [{{ wire: os, type: Invoice }}]\n")), "E020");
    assert!(!help(&problem).contains("did you mean") && !help(&problem).contains("Table"), "{problem}");
    assert!(help(&problem).contains("define `Invoice` there"), "{problem}");
    let problem = only(&spec(&format!("{METHOD}    verb: GET\n")), "E002");
    assert!(!help(&problem).contains("did you mean"), "{problem}");
    // Numbered names are a series, not misspellings.
    let problem = only(&spec(&METHOD.replace("[DOC-1]", "[DOC-2]")), "E060");
    assert!(!help(&problem).contains("did you mean"), "{problem}");
}

#[test]
fn duplicates_name_both_places() {
    let methods = format!(
        "{METHOD}    params:\n      - {{ wire: os, type: int }}\n      - {{ wire: pageSize, type: int }}\n      - {{ wire: os, type: long }}\n"
    );
    let text = spec(&methods);
    let line_of = |needle: &str| text.lines().position(|line| line.contains(needle)).unwrap() + 1;
    let problem = only(&text, "E021");
    assert_eq!(problem.location.map(|at| at.line), Some(line_of("wire: os, type: long")));
    let first = format!("spec/hints.yaml:{}:17", line_of("wire: os, type: int"));
    assert!(problem.message.contains(&first), "{problem}");
    // A key given twice in one mapping: at the second, naming the first.
    let text = format!("{HEADER}  DOC-1: \"again\"\n");
    let problem = only(&text, "E044");
    assert_eq!(problem.location.map(|at| (at.line, at.column)), Some((5, 3)));
    assert!(problem.message.contains("spec/hints.yaml:3:3"), "{problem}");
}

/// The display width of `text` for the strings used here: CJK takes two cells.
fn cells(text: &str) -> usize {
    text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// The snippet line holding `token` and the caret line under it, from a rendered diagnostic.
fn caret_under(rendered: &str, token: &str) -> (usize, usize, usize) {
    let lines: Vec<&str> = rendered.lines().collect();
    let source = lines.iter().position(|line| line.contains(token) && line.contains(" | ")).expect("the snippet");
    let (snippet, carets) = (lines[source], lines[source + 1]);
    let at = snippet.rfind(token).unwrap();
    let caret = carets.find('^').expect("carets");
    let count = carets[caret..].chars().take_while(|c| *c == '^').count();
    (cells(&snippet[..at]), cells(&carets[..caret]), count)
}

#[test]
fn carets_sit_under_the_token_after_cjk_text() {
    // Carets start at the token's cell, after CJK text, and cover its cells.
    let methods = format!("{METHOD}    params:\n      - {{ zh: 订单状态（可选）, wire: os, type: OrderStatu }}\n");
    let (token_cell, caret_cell, count) = caret_under(&only(&spec(&methods), "E020").to_string(), "OrderStatu");
    assert_eq!((caret_cell, count), (token_cell, "OrderStatu".len()));
    // A CJK token is underlined by two carets a character.
    let methods = format!("{METHOD}    params: [{{ zh: 状态, wire: 订单号, type: int }}]\n");
    let (token_cell, caret_cell, count) = caret_under(&only(&spec(&methods), "E023").to_string(), "订单号");
    assert_eq!((caret_cell, count), (token_cell, 6));
}

#[test]
fn syntax_errors_name_the_likely_cause() {
    let cases = [
        // A tab in the indentation.
        (format!("{HEADER}types:\n\tOrderState:\n    repr: int\n"), "line 6 indents with a tab"),
        (format!("{HEADER}methods:\n  - name: a\n\t  group: orders\n"), "line 7 indents with a tab"),
        // Indentation unlike the siblings.
        (
            format!("{METHOD}   group: orders\n"),
            "line 8 is indented 3 spaces, but the entries around it start at 2 or 4",
        ),
        // Deeper than a line that already has a value.
        (
            format!("{HEADER}types:\n  OrderState:\n    repr: int\n      values: []\n"),
            "deeper than line 7, which already has a value",
        ),
        // An unclosed quote and an unclosed flow collection, named where they open.
        (format!("{HEADER}types:\n  A:\n    zh: \"订单\n"), "quoted value opened at line 7, column 9 is never closed"),
        (format!("{HEADER}types:\n  A: {{ repr: int\n  B: 1\n"), "opened at line 6, column 6 is not closed"),
        // `: ` inside a plain value; a value starting with a backtick.
        (format!("{HEADER}types:\n  A:\n    en: Note: the state\n"), "a plain value holds `: `: quote the value"),
        (format!("{HEADER}types:\n  A:\n    en: `code`\n"), "a plain value cannot start with `` ` ``"),
        // A second document, located where it starts (serde_yaml gives no position).
        (format!("{HEADER}---\ntypes: {{}}\n"), "a `---` line starts a second document"),
        // An alias inside the value its anchor names: located at the alias (serde_yaml names
        // where it gave up following it).
        (
            format!("{HEADER}types: &t {{ A: {{ repr: int, values: [*t] }} }}\n"),
            "write the value out instead of the alias",
        ),
        // An anchor defined twice (serde_yaml 0.9 can resolve aliases after it wrongly).
        (format!("{HEADER}types: &t {{}}\nshapes: &t {{}}\n"), "give each anchor its own name"),
        // A byte-order mark past the start, invisible in an editor.
        (format!("{HEADER}\u{feff}types: {{}}\n"), "remove"),
        (format!("{HEADER}types:\n\u{feff}  A: {{ repr: int, values: [] }}\n"), "remove"),
        // YAML 1.1 line breaks, which libyaml counts as lines and editors do not.
        (format!("{HEADER}# a comment\u{85}types: {{}}\n"), "replace it with a newline or a space"),
        (format!("{HEADER}types:\n  A:\n    zh: \"订单\u{2028}状态\"\n"), "replace it with a newline or a space"),
    ];
    for (text, cause) in cases {
        let problem = only(&text, "E001");
        if cause.contains("second document") {
            assert_eq!(problem.location.map(|at| at.line), Some(5), "{problem}");
        }
        if cause.contains("alias") {
            assert_eq!(problem.location.map(|at| (at.line, at.column)), Some((5, 38)), "{problem}");
        }
        if cause.contains("quoted value") {
            // Where the quote opens, not the end of the file serde_yaml names.
            assert_eq!(problem.location.map(|at| (at.line, at.column)), Some((7, 9)), "{problem}");
        }
        assert!(help(&problem).contains(cause), "expected `{cause}` in:\n{problem}\n{text}");
        assert!(!problem.message.contains(" at line "), "positions stay in the location: {problem}");
        assert!(problem.location.is_some(), "{problem}");
    }
}
