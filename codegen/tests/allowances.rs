//! Warnings a spec accepts on purpose (`allow:` with a reason) are not printed; others still are.

fn warnings(allow_method: &str, allow_info: &str) -> Vec<&'static str> {
    let text = format!(
        "info:\n  title: t\n  protocol: dangdang-xml\n  gateway: http://api.open.dangdang.com/openapi/rest\n  version: \"1.0\"\n{allow_info}\
         methods:\n  - name: dangdang.orders.list.get\n    group: orders\n    legacy_url: http://shopapi.idc3/searchOrders.php\n{allow_method}\
         \x20   transport: get\n    safety: read\n    provenance: {{ status: unknown }}\n"
    );
    let generation = dangdang_codegen::generate_str("spec/allow.yaml", &text)
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)));
    generation.warnings.iter().map(|warning| warning.code).collect()
}

#[test]
fn allowed_warnings_are_quiet_and_the_others_are_not() {
    assert_eq!(warnings("", ""), ["W002", "W001", "W003"]);
    let method = "    allow: { W001: \"no summary in any source\", W002: \"kept as written\" }\n";
    assert_eq!(warnings(method, ""), ["W003"]);
    assert_eq!(warnings(method, "  allow: { W003: \"undocumented methods stay callable\" }\n"), Vec::<&str>::new());
}

/// Every shipped spec (`spec/dangdang.yaml`, and `spec/wangdian.yaml` when present).
#[test]
fn the_shipped_spec_prints_no_warning() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let generation = dangdang_codegen::generate_all(&root).expect("the shipped specs generate");
    let rendered = dangdang_codegen::diagnostics::render(&generation.warnings);
    assert!(generation.warnings.is_empty(), "allow them with a reason in the spec, or fix them:\n{rendered}");
}
