//! What `pagination:` generates: the `Paged` impl reads the page number and size where the spec
//! says (required or optional), starts at `first_page` (default 1), and reads the total the reply
//! states (`total_pages`, `total_records`, or none). `hostile_compiles.rs` compiles such methods.

#[path = "support/paged_methods.rs"]
mod paged_methods;

const HEADER: &str = "info: { title: t, protocol: dangdang-xml, gateway: http://api.open.dangdang.com/openapi/rest, version: \"1.0\" }\nmethods:\n";

/// The generated module `path`.
fn module(path: &str) -> String {
    let spec = format!("{HEADER}{}", paged_methods::PAGED_METHODS);
    let generation = dangdang_codegen::generate_str("spec/dangdang.yaml", &spec)
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)));
    generation.files.iter().find(|f| f.path.ends_with(path)).expect("generated").contents.clone()
}

/// The `Paged` impl of the generated module `path`, as printed.
fn paged(path: &str) -> String {
    let module = module(path);
    let start = module.find("impl crate::Paged for Request").unwrap_or_else(|| panic!("{module}"));
    let end = start + module[start..].find("\n}\n").unwrap();
    module[start..end].to_owned()
}

/// Every one of `expected` is in `text`.
fn contains_all(text: &str, expected: &[&str]) {
    for expected in expected {
        assert!(text.contains(expected), "{expected}\nnot in\n{text}");
    }
}

#[test]
fn flags_are_written_with_their_spelling_and_checked_when_the_spec_has_rules() {
    let module = module("shop/rows_get.rs");
    contains_all(
        &module,
        &[
            r#"params.req_flag("all", self.all, ("Y", "N"));"#,
            r#"&self.some.map(|set| String::from(if set { "1" } else { "0" })),"#,
            r#"&String::from(if self.must { "是" } else { "否" }),"#,
            r#"params.opt_checked("n", &self.n, &[crate::Rule::OneOf(&["10", "50"])])?;"#,
        ],
    );
}

#[test]
fn a_required_page_from_0_with_a_record_total() {
    let paged = paged("shop/rows_get.rs");
    contains_all(
        &paged,
        &[
            "type Item = Row;",
            "const FIRST_PAGE: i32 = 0;",
            "fn page(&self) -> Option<i32> {\n        Some(self.page_no)\n    }",
            "fn set_page(&mut self, page: i32) {\n        self.page_no = page;\n    }",
            "fn page_size(&self) -> Option<i32> {\n        self.n\n    }",
            "crate::Total::records(Some(response.head.records))",
            "&mut response.row",
        ],
    );
}

#[test]
fn no_total_and_a_required_size() {
    let paged = paged("qa/ids_get.rs");
    contains_all(
        &paged,
        &[
            "type Item = i64;",
            "const FIRST_PAGE: i32 = 1;",
            "fn set_page(&mut self, page: i32) {\n        self.p = Some(page);\n    }",
            "fn page_size(&self) -> Option<i32> {\n        Some(self.size)\n    }",
            "fn total(_response: &Response) -> crate::Total {\n        crate::Total::Unknown\n    }",
        ],
    );
}

#[test]
fn a_page_total_through_an_optional_element_and_no_size() {
    let paged = paged("orders/pages_get.rs");
    assert!(paged.contains("crate::Total::pages(response.total_info.as_ref().and_then(|v| v.page_total))"), "{paged}");
    assert!(!paged.contains("fn page_size"), "no `size:`, so the runtime's default: {paged}");
}
