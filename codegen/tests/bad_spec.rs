//! Broken specs: every problem is reported at once, each with file:line:col, the line and a hint.

use dangdang_codegen::diagnostics::render;

const HEADER: &str = "info:\n  title: t\n  protocol: dangdang-xml\n  gateway: http://api.open.dangdang.com/openapi/rest\n  version: \"1.0\"\n";

fn problems(text: &str) -> String {
    match dangdang_codegen::generate_str("spec/broken.yaml", text) {
        Ok(_) => panic!("the spec was accepted"),
        Err(problems) => render(&problems),
    }
}

#[test]
fn duplicate_method_and_unknown_type_are_both_reported_with_locations() {
    let text = format!(
        "{HEADER}methods:
  - name: dangdang.orders.list.get
    group: orders
    legacy_url: http://api.dangdang.com/v2/searchOrders.php
    transport: get
    safety: read
    en: Search orders.
    provenance: {{ status: documented }}
    params:
      - {{ wire: os, type: OrderStatus }}
  - name: dangdang.orders.list.get
    group: orders
    legacy_url: http://api.dangdang.com/v2/searchOrders.php
    transport: get
    safety: read
    en: Again.
    provenance: {{ status: documented }}
"
    );
    let rendered = problems(&text);
    assert!(rendered.contains("error[E020]: unknown type `OrderStatus`"), "{rendered}");
    assert!(rendered.contains("--> spec/broken.yaml:15:27"), "{rendered}");
    assert!(rendered.contains("error[E010]: duplicate method `dangdang.orders.list.get`"), "{rendered}");
    assert!(rendered.contains("--> spec/broken.yaml:16:11"), "{rendered}");
    insta::assert_snapshot!(rendered);
}

#[test]
fn semantic_problems_are_all_collected() {
    let text = format!(
        "{HEADER}types:
  Color:
    repr: int
    values:
      - {{ code: 1, name: Red }}
      - {{ code: 1, name: Blue }}
methods:
  - name: dangdang.order.goods.send
    group: orders
    legacy_url: not a url
    transport: multipart
    safety: write
    provenance: {{ status: unknown }}
    params:
      - {{ wire: type, type: string }}
      - {{ wire: pageSize, type: int, required: true, default: 20 }}
      - {{ wire: page_size, type: int }}
    pagination: {{ page: p, total_pages: a/b, items: c }}
    response:
      - name: Result
        children:
          - {{ name: orderID, type: long }}
"
    );
    let rendered = problems(&text);
    for code in ["E040", "E013", "E030", "E023", "E024", "E022", "E050", "E051", "E034"] {
        assert!(rendered.contains(&format!("error[{code}]")), "missing {code} in:\n{rendered}");
    }
    insta::assert_snapshot!(rendered);
}

#[test]
fn yaml_syntax_and_shape_errors_have_locations() {
    let syntax = problems(&format!("{HEADER}methods:\n  - name: \"unterminated\n    group: orders\n"));
    assert!(syntax.contains("error[E001]") && syntax.contains("spec/broken.yaml:"), "{syntax}");
    let shape = problems(&format!("{HEADER}methods:\n  - name: dangdang.a.get\n    grop: orders\n"));
    assert!(shape.contains("error[E002]") && shape.contains("unknown field `grop`"), "{shape}");
    assert!(shape.contains("spec/broken.yaml:8:5"), "{shape}");
    insta::assert_snapshot!("syntax", syntax);
    insta::assert_snapshot!("shape", shape);
}

#[test]
fn problems_in_included_files_name_that_file() {
    let root = format!("include:\n  - methods/a.yaml\n  - methods/b.yaml\n{HEADER}");
    let method = "methods:\n  - name: dangdang.qa.list.get\n    group: qa\n    legacy_url: http://api.dangdang.com/v2/searchQA.php\n    transport: post_form\n    safety: read\n    en: Questions.\n    provenance: { status: unknown }\n";
    let b = format!("{method}    params:\n      - {{ wire: x, type: Missing }}\n");
    let read = |name: &str| match name {
        "spec/root.yaml" => Ok(root.clone()),
        "spec/methods/a.yaml" => Ok(method.to_owned()),
        "spec/methods/b.yaml" => Ok(b.clone()),
        _ => Err(std::io::Error::new(std::io::ErrorKind::NotFound, name.to_owned())),
    };
    let rendered = render(&dangdang_codegen::load("spec/root.yaml", &read).unwrap_err());
    assert!(rendered.contains("error[E010]") && rendered.contains("--> spec/methods/b.yaml:2:11"), "{rendered}");
    assert!(rendered.contains("error[E020]") && rendered.contains("--> spec/methods/b.yaml:10:26"), "{rendered}");
    insta::assert_snapshot!(rendered);
}
