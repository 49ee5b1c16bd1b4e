//! Shared shapes (`shapes:` and `shape:`): generated once and re-exported by every method using
//! them; W004 when methods repeat a shape inline; a shape defined twice names both places; and the
//! protocol every spec names.

use std::path::Path;

use dangdang_codegen::diagnostics::{Diagnostic, render};

const HEADER: &str = "info: { title: t, protocol: dangdang-xml, gateway: http://api.open.dangdang.com/openapi/rest, version: \"1.0\" }\n";

/// A method of `group` with an upload document and a reply, each given as YAML element lists.
fn method(name: &str, group: &str, document: &str, response: &str) -> String {
    format!(
        "  - name: dangdang.{name}
    group: {group}
    legacy_url: http://api.dangdang.com/v2/{name}.php
    transport: multipart
    safety: write
    en: A method.
    provenance: {{ status: documented }}
    upload:
      field: doc
      format: xml
      document:
{document}    response:
{response}"
    )
}

fn generate(text: &str) -> dangdang_codegen::Generation {
    dangdang_codegen::generate_str("spec/s.yaml", text).unwrap_or_else(|problems| panic!("{}", render(&problems)))
}

fn file<'a>(generation: &'a dangdang_codegen::Generation, path: &str) -> &'a str {
    let found = generation.files.iter().find(|f| f.path == Path::new(path));
    &found.unwrap_or_else(|| panic!("{path} not generated")).contents
}

fn warnings(generation: &dangdang_codegen::Generation, code: &str) -> Vec<Diagnostic> {
    generation.warnings.iter().filter(|w| w.code == code).cloned().collect()
}

const SKU_USE: &str = "        - { name: SpecilaItemInfo, repeated: true, shape: Sku, en: One SKU. }\n";

#[test]
fn a_shape_used_by_several_methods_is_generated_once_and_re_exported_by_each() {
    let shapes = "shapes:
  Sku:
    en: One SKU.
    children:
      - { name: subItemID, type: long, required: true }
      - { name: consignee, personal: true }
      - name: price
        children:
          - { name: amount, type: decimal, min: 0 }
  Unused:
    children:
      - { name: x }
";
    let reply = "      - { name: Outcome, children: [ { name: stateCode, type: int } ] }\n";
    let methods = [
        method("item.add", "items", SKU_USE, reply),
        method("item.detail.update", "items", SKU_USE, "      - { name: SpecilaItemInfo, shape: Sku }\n"),
        method("order.goods.send", "orders", "        - { name: note }\n", "      - { name: sku, shape: Sku }\n"),
    ];
    let generation = generate(&format!("{HEADER}{shapes}methods:\n{}", methods.concat()));
    assert!(warnings(&generation, "W004").is_empty(), "{}", render(&generation.warnings));

    let shared = file(&generation, "dangdang-api/src/generated/shapes.rs");
    assert_eq!(shared.matches("pub struct Sku {").count(), 1, "{shared}");
    assert_eq!(shared.matches("pub struct Price {").count(), 1, "nested structs are shared too:\n{shared}");
    assert!(!shared.contains("Unused"), "a shape no method uses is not generated:\n{shared}");
    // Sent by uploads and received in replies: built by callers (no `non_exhaustive`), written and decoded.
    assert!(shared.contains("pub fn new(sub_item_id: i64) -> Self"), "{shared}");
    assert!(shared.contains("fn write_xml("), "{shared}");
    assert!(shared.contains("impl crate::xml_decode::FromXml for Sku"), "{shared}");
    assert!(!shared.contains("non_exhaustive"), "{shared}");
    assert!(shared.contains("pub consignee: Option<crate::Personal>"), "{shared}");
    // Compiled by the features of every group using it.
    assert!(shared.contains("#[cfg(any(feature = \"items\", feature = \"orders\"))]"), "{shared}");

    let add = file(&generation, "dangdang-api/src/generated/items/item_add.rs");
    assert!(add.contains("pub mod upload {\n    pub use crate::generated::shapes::{Price, Sku};"), "{add}");
    assert!(add.contains("pub specila_item_info: Vec<Sku>"), "the wire name stays, the type is shared:\n{add}");
    assert!(add.contains("w.start(\"SpecilaItemInfo\");"), "{add}");
    let update = file(&generation, "dangdang-api/src/generated/items/item_detail_update.rs");
    assert!(update.contains("\npub use crate::generated::shapes::{Price, Sku};"), "reply re-export:\n{update}");
    for module in [add, update, file(&generation, "dangdang-api/src/generated/orders/order_goods_send.rs")] {
        assert!(!module.contains("pub struct Sku") && !module.contains("pub struct Price"), "{module}");
    }
    // The reply decodes personal text of a shared shape like any other.
    let root = file(&generation, "dangdang-api/src/generated/mod.rs");
    assert!(root.contains("PERSONAL_ELEMENTS: &[&str] = &[\"consignee\"]"), "{root}");
}

#[test]
fn methods_repeating_a_shape_inline_get_one_warning_with_both_places() {
    let sku = |sub_item_type: &str, required: bool, amount_type: &str| {
        format!(
            "        - name: Sku
          repeated: true
          children:
            - {{ name: subItemID, type: {sub_item_type}, required: {required} }}
            - name: Price
              children:
                - {{ name: amount, type: {amount_type} }}
"
        )
    };
    let reply = "      - { name: stateCode, type: int }\n";
    let methods = [
        method("item.add", "items", &sku("long", false, "decimal"), reply),
        method("item.detail.update", "items", &sku("long", false, "decimal"), reply),
        // The same names, not the same shapes: a type or a required flag differs.
        method("item.other", "items", &sku("int", false, "int"), reply),
        method("item.third", "items", &sku("long", true, "long"), reply),
    ];
    let generation = generate(&format!("{HEADER}methods:\n{}", methods.concat()));
    let found = warnings(&generation, "W004");
    assert_eq!(found.len(), 1, "one warning, for the outermost repeated struct only:\n{}", render(&found));
    let shown = render(&found);
    // First definition at line 14 (item.add), the warning at the second (item.detail.update).
    assert!(
        shown.contains("struct `Sku` is defined inline with the same children here and at spec/s.yaml:14:17"),
        "{shown}"
    );
    assert!(shown.contains("--> spec/s.yaml:34:17"), "{shown}");
    assert!(shown.contains("shape: Sku"), "the hint shows the fix:\n{shown}");
    assert!(!shown.contains("more place"), "only two are identical:\n{shown}");
}

#[test]
fn a_shape_defined_in_two_files_names_both_places() {
    let shape = "shapes:\n  Sku:\n    children:\n      - { name: a }\n";
    let root = format!("include:\n  - methods/a.yaml\n  - methods/b.yaml\n{HEADER}");
    let read = |name: &str| match name {
        "spec/root.yaml" => Ok(root.clone()),
        "spec/methods/a.yaml" => Ok(format!("# a\n{shape}")),
        "spec/methods/b.yaml" => Ok(shape.to_owned()),
        _ => Err(std::io::Error::new(std::io::ErrorKind::NotFound, name.to_owned())),
    };
    let problems = dangdang_codegen::load("spec/root.yaml", &read).unwrap_err();
    let shown = render(&problems);
    assert_eq!(problems.len(), 1, "{shown}");
    assert_eq!(problems[0].code, "E044", "{shown}");
    assert!(shown.contains("shape `Sku` is also defined at spec/methods/a.yaml:3:3"), "{shown}");
    assert!(shown.contains("--> spec/methods/b.yaml:2:3"), "{shown}");
}

#[test]
fn every_spec_names_a_protocol_the_generator_knows() {
    let body = "methods: []\n";
    let missing = "info: { title: t, gateway: http://api.open.dangdang.com/openapi/rest, version: \"1.0\" }\n";
    let unknown = missing.replace("title: t,", "title: t, protocol: json,");
    for (header, expected) in [(missing.to_owned(), "missing field `protocol`"), (unknown, "unknown variant `json`")] {
        let problems = dangdang_codegen::generate_str("spec/p.yaml", &format!("{header}{body}")).unwrap_err();
        let shown = render(&problems);
        assert!(problems.iter().all(|p| p.code == "E002" && p.location.is_some()), "{shown}");
        assert!(shown.contains(expected), "{shown}");
    }
    assert!(dangdang_codegen::generate_str("spec/p.yaml", &format!("{HEADER}{body}")).is_ok());
}

#[test]
fn the_shipped_spec_repeats_no_shape_inline() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let generation = dangdang_codegen::generate_all(root).unwrap_or_else(|problems| panic!("{}", render(&problems)));
    let found = warnings(&generation, "W004");
    assert!(found.is_empty(), "move these to `shapes:`:\n{}", render(&found));
    let shared = file(&generation, "dangdang-api/src/generated/shapes.rs");
    for name in ["SpecialItemInfo", "SpecialItemResult"] {
        assert_eq!(shared.matches(&format!("pub struct {name} {{")).count(), 1, "{shared}");
    }
}

#[test]
fn a_struct_defined_inline_exactly_like_a_shape_gets_a_warning_naming_the_shape() {
    let shapes = "shapes:\n  Sku:\n    children:\n      - { name: subItemID, type: long }\n";
    let inline = |ty: &str| format!("        - {{ name: Sku, children: [ {{ name: subItemID, type: {ty} }} ] }}\n");
    let reply = "      - { name: stateCode, type: int }\n";
    let methods =
        [method("item.add", "items", &inline("long"), reply), method("item.other", "items", &inline("int"), reply)];
    let generation = generate(&format!("{HEADER}{shapes}methods:\n{}", methods.concat()));
    let found = warnings(&generation, "W004");
    let shown = render(&found);
    assert_eq!(found.len(), 1, "only the identical one:\n{shown}");
    assert!(shown.contains("struct `Sku` is defined inline exactly like shape `Sku` at spec/s.yaml:3:3"), "{shown}");
    assert!(shown.contains("write `shape: Sku`"), "{shown}");
    assert_eq!(found[0].location.map(|at| at.line), Some(18), "{shown}");
}

#[test]
fn pagination_walks_through_shared_shapes() {
    let spec = format!(
        "{HEADER}shapes:
  Totals:
    children:
      - {{ name: pageTotal, type: int }}
  Order:
    children:
      - {{ name: orderID, type: long }}
methods:
  - name: dangdang.orders.list.get
    group: orders
    legacy_url: http://api.dangdang.com/v2/searchOrders.php
    transport: get
    safety: read
    en: Search orders.
    provenance: {{ status: documented }}
    params:
      - {{ wire: p, type: int }}
    pagination: {{ page: p, total_pages: totalInfo/pageTotal, items: OrdersList/OrderInfo }}
    response:
      - {{ name: totalInfo, shape: Totals }}
      - name: OrdersList
        children:
          - {{ name: OrderInfo, repeated: true, shape: Order }}
"
    );
    let generation = generate(&spec);
    let module = file(&generation, "dangdang-api/src/generated/orders/orders_list_get.rs");
    assert!(module.contains("pub use crate::generated::shapes::{Order, Totals};"), "{module}");
    assert!(module.contains("pub orders_list: Vec<Order>"), "{module}");
    assert!(
        module.contains("crate::Total::pages(response.total_info.as_ref().and_then(|v| v.page_total))"),
        "{module}"
    );
    assert!(module.contains("impl crate::Paged for Request {\n    type Item = Order;"), "{module}");
}
