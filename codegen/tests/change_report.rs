//! The semantic change report on a few spec edits: each edit of the test spec
//! (`tests/wangdian/test_spec.yaml`) is diffed against the unedited spec's API surface, and the
//! report is snapshot-tested — which items changed and which break users.

use dangdang_codegen::surface;

const SPEC_FILE: &str = "spec/wangdian.yaml";

fn spec_text() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/wangdian/test_spec.yaml")).unwrap()
}

/// The generated surface file of a spec text.
fn surface_of(text: &str) -> String {
    let generation = dangdang_codegen::generate_str(SPEC_FILE, text).unwrap_or_else(|problems| {
        panic!("the edited test spec must stay valid: {problems:#?}");
    });
    let path = std::path::Path::new(dangdang_codegen::APIS[1].surface);
    generation.files.into_iter().find(|file| file.path == path).expect("a surface file is generated").contents
}

/// The report of `edit` (pairs of text replaced in the test spec, each found exactly once).
fn report_of(edit: &[(&str, &str)]) -> String {
    let before = spec_text();
    let mut after = before.clone();
    for (from, to) in edit {
        assert_eq!(after.matches(from).count(), 1, "`{from}` must occur once in the test spec");
        after = after.replace(from, to);
    }
    let changes = surface::diff(&surface_of(&before), &surface_of(&after));
    surface::report("wangdian-api", "0.1.0", &changes).unwrap_or_else(|| "no change\n".to_owned())
}

#[test]
fn an_unchanged_spec_reports_nothing() {
    assert_eq!(report_of(&[]), "no change\n");
}

#[test]
fn additions_are_not_breaking_unless_they_add_a_constructor_argument() {
    let optional = report_of(&[(
        "{ wire: shop_no, type: string, max_chars: 40, zh: 店铺编号 }",
        "{ wire: shop_no, type: string, max_chars: 40, zh: 店铺编号 }\n          - { wire: warehouse_no, type: string }",
    )]);
    let reply_field = report_of(&[(
        "              - { name: trade_no }",
        "              - { name: trade_no }\n              - { name: logistics_no }",
    )]);
    let required = report_of(&[(
        "{ wire: shop_no, type: string, max_chars: 40, zh: 店铺编号 }",
        "{ wire: shop_no, type: string, max_chars: 40, zh: 店铺编号 }\n          - { wire: warehouse_no, type: string, required: true }",
    )]);
    let code = report_of(&[(
        "      - { code: 95, name: Shipped, zh: 已发货 }",
        "      - { code: 95, name: Shipped, zh: 已发货 }\n      - { code: 110, name: Done, zh: 已完成 }",
    )]);
    insta::assert_snapshot!(format!("{optional}{reply_field}{required}{code}"));
}

#[test]
fn removals_retypings_and_presence_changes_break_users() {
    let removed = report_of(&[("              - { name: trade_no }\n", "")]);
    let retyped = report_of(&[(
        "              - { name: paid, type: decimal }\n              - { name: is_sealed",
        "              - { name: paid, type: string }\n              - { name: is_sealed",
    )]);
    let now_required = report_of(&[(
        "{ wire: shop_no, type: string, max_chars: 40, zh: 店铺编号 }",
        "{ wire: shop_no, type: string, required: true, max_chars: 40, zh: 店铺编号 }",
    )]);
    let renamed =
        report_of(&[("  - name: goods.Goods.push\n", "  - name: goods.Goods.push\n    rust: goods_push_v2\n")]);
    insta::assert_snapshot!(format!("{removed}{retyped}{now_required}{renamed}"));
}
