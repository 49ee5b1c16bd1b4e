//! The `wangdian-json` protocol end to end in the generator: a small test spec of every argument
//! and reply kind (`tests/wangdian/test_spec.yaml`) validates, lowers and emits into
//! `wangdian-api/src/generated/` and `docs/wangdian-methods.md`; the emitted code keeps the contract
//! with the crate (checked here by its text and snapshots, and compiled against a stub of the
//! crate-root items by the ignored `generated_code_compiles_against_the_crate_contract`).

use std::path::{Path, PathBuf};

use dangdang_codegen::{GeneratedFile, Generation};

#[path = "support/cargo_run.rs"]
mod cargo_run;

const SPEC_FILE: &str = "spec/wangdian.yaml";

fn spec_text() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wangdian/test_spec.yaml")).unwrap()
}

fn generation() -> Generation {
    dangdang_codegen::generate_str(SPEC_FILE, &spec_text())
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)))
}

/// Text without whitespace and without the trailing commas prettyplease adds where it wraps, so an
/// expectation does not depend on line width.
fn squashed(text: &str) -> String {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    text.replace(",)", ")").replace(",]", "]").replace(",}", "}")
}

/// Asserts that `text` holds every one of `expected`, whitespace aside.
fn assert_holds(text: &str, expected: &[&str]) {
    let flat = squashed(text);
    for item in expected {
        assert!(flat.contains(&squashed(item)), "missing `{item}` in:\n{text}");
    }
}

fn file<'a>(generation: &'a Generation, path: &str) -> &'a str {
    let found = generation.files.iter().find(|f: &&GeneratedFile| f.path == Path::new(path));
    &found.unwrap_or_else(|| panic!("{path} not generated")).contents
}

#[test]
fn the_test_spec_generates_the_wangdian_files() {
    let generation = generation();
    let paths: Vec<String> = generation.files.iter().map(|f| f.path.to_string_lossy().replace('\\', "/")).collect();
    for path in &paths {
        assert!(
            path.starts_with("wangdian-api/src/generated/")
                || path == "docs/wangdian-methods.md"
                || path == "docs/api/wangdian.surface",
            "{path} is outside the Wangdian output"
        );
    }
    for expected in [
        "wangdian-api/src/generated/mod.rs",
        "wangdian-api/src/generated/catalog.rs",
        "wangdian-api/src/generated/client.rs",
        "wangdian-api/src/generated/shapes.rs",
        "wangdian-api/src/generated/types.rs",
        "wangdian-api/src/generated/trade/mod.rs",
        "wangdian-api/src/generated/trade/trade_query_with_detail.rs",
        "wangdian-api/src/generated/trade/sales_raw_trade_push_self2.rs",
        "wangdian-api/src/generated/trade/logistics_sync_get_sync_list_ext.rs",
        "wangdian-api/src/generated/goods/goods_goods_push.rs",
        "wangdian-api/src/generated/setting/setting_shop_query_shop.rs",
        "docs/wangdian-methods.md",
    ] {
        assert!(paths.iter().any(|p| p == expected), "{expected} missing from {paths:?}");
    }
    assert!(generation.warnings.iter().all(|w| w.code == "W003"), "{:?}", generation.warnings);
}

#[test]
fn a_typed_paged_query_flattens_its_params_and_reads_its_reply_tolerantly() {
    let generation = generation();
    let text = file(&generation, "wangdian-api/src/generated/trade/trade_query_with_detail.rs");
    assert_holds(
        text,
        &[
            // The flattened object's fields are the request's own; required ones are `new` arguments.
            "pub fn new(start_time: impl Into<crate::BeijingTime>, end_time: impl Into<crate::BeijingTime>) -> Self",
            "pub fn receiver_mobile(mut self, receiver_mobile: impl Into<String>) -> Self",
            "self.receiver_mobile = Some(crate::Personal::new(receiver_mobile.into()));",
            // Query parameters: the pager, its cap checked; the window checked in minutes.
            "params.opt_checked(\"page_size\", &self.page_size, &[crate::Rule::Range(None, Some(",
            "params.span_minutes((\"start_time\", Some(&self.start_time)), (\"end_time\", Some(&self.end_time)), 60u32)?;",
            // The body: one object, built field by field, its checks first.
            "crate::rt::check(METHOD, \"shop_no\", &crate::rt::wire::text(value), &crate::Rule::MaxChars(40))?;",
            "pub fn src_tids(mut self, src_tids: crate::json::Value) -> Self",
            "arg0.opt(\"src_tids\", &self.src_tids);",
            "#[serde(default)] pub extra: Option<crate::json::Value>,",
            "arg0.req(\"start_time\", &self.start_time);",
            "arg0.opt(\"shop_no\", &self.shop_no);",
            "Ok(Some(crate::json::body(vec![",
            "crate::decode::classified(METHOD, body)",
            // The reply: serde with the crate's tolerant helpers, a key renamed only where the Rust
            // name differs (and for reading only: `Serialize`, feature `serde`, writes Rust names).
            "#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)] #[cfg_attr(feature = \"serde\", derive(serde::Serialize))]",
            "#[serde(default, deserialize_with = \"crate::json::de::opt_time\")] pub trade_time: Option<crate::BeijingTime>,",
            "#[serde(deserialize_with = \"crate::json::de::req\")] pub trade_id: i64,",
            "#[serde(default, deserialize_with = \"crate::json::de::opt_bool\")] pub is_sealed: Option<bool>,",
            "#[serde(default, deserialize_with = \"crate::json::de::list\")]",
            "#[serde(default)] pub data: Option<Data>",
            "#[serde(default, deserialize_with = \"crate::json::de::scalar_list\")] pub gift_ids: Vec<i64>,",
            "pub receiver_name: Option<crate::Personal>,",
            "pub paid: Option<crate::Decimal>,",
            // Pages from 0; records counted by `data/total_count`, taken from `data/order`.
            "const FIRST_PAGE: i32 = 0;",
            "crate::Total::records(response.data.as_ref().and_then(|v| v.total_count))",
            "&mut response.data.get_or_insert_with(Default::default).order",
        ],
    );
    assert!(!text.contains("LEGACY_URL"), "{text}");
}

#[test]
fn a_write_sends_scalar_and_list_arguments_in_order() {
    let generation = generation();
    let text = file(&generation, "wangdian-api/src/generated/trade/sales_raw_trade_push_self2.rs");
    assert_holds(
        text,
        &[
            "pub use crate::generated::shapes::{RawTrade, RawTradeOrder};",
            "pub fn new(shop_no: impl Into<String>, raw_trade_list: Vec<RawTrade>) -> Self",
            "pub fn raw_trade_order_list(mut self, raw_trade_order_list: Vec<RawTradeOrder>) -> Self",
            "crate::rt::check(METHOD, \"shopNo\", &crate::rt::wire::text(&self.shop_no), &crate::Rule::MaxChars(20))?;",
            "for item in &self.raw_trade_list {",
            "crate::json::ToJson::to_json(&self.shop_no), crate::json::ToJson::to_json(&self.raw_trade_list),",
        ],
    );
    let shapes = file(&generation, "wangdian-api/src/generated/shapes.rs");
    assert_holds(
        shapes,
        &[
            "impl crate::json::ToJson for RawTrade {",
            "object.req(\"tid\", &self.tid);",
            "object.opt(\"receiver_name\", &self.receiver_name);",
            "pub(crate) fn check(&self, method: &'static str) -> Result<(), crate::Error> {",
            "crate::rt::check(method, \"remark\", &crate::rt::wire::text(value), &crate::Rule::MaxChars(255))?;",
            "pub(crate) fn check(&self, _method: &'static str) -> Result<(), crate::Error> {",
        ],
    );
}

#[test]
fn untyped_methods_take_json_arguments_and_return_the_data() {
    let generation = generation();
    let text = file(&generation, "wangdian-api/src/generated/goods/goods_goods_push.rs");
    assert_holds(
        text,
        &[
            "pub fn new(goods: crate::json::Value) -> Self",
            "pub fn spec_list(mut self, spec_list: crate::json::Value) -> Self",
            "type Response = crate::json::Value;",
            "crate::decode::classified_data(METHOD, body)",
        ],
    );
    let catalog = file(&generation, "wangdian-api/src/generated/catalog.rs");
    assert!(catalog.contains("legacy_url: None,") && catalog.contains("transport: crate::Transport::PostJson,"));
    assert!(!catalog.contains("Some(\"http"), "{catalog}");
    let paged_untyped = file(&generation, "wangdian-api/src/generated/setting/setting_shop_query_shop.rs");
    assert!(!paged_untyped.contains("impl crate::Paged"), "an untyped reply has no records to walk");
}

#[test]
fn data_that_is_the_list_pages_by_the_top_level_total() {
    let generation = generation();
    let text = file(&generation, "wangdian-api/src/generated/trade/logistics_sync_get_sync_list_ext.rs");
    assert_holds(
        text,
        &[
            "crate::Total::records(response.total)",
            "fn items(response: &mut Response) -> &mut Vec<Data> {",
            "&mut response.data",
            "pub fn is_part_sync_able(mut self, is_part_sync_able: bool) -> Self",
        ],
    );
}

#[test]
fn the_methods_table_has_one_row_per_method() {
    let generation = generation();
    let table = file(&generation, "docs/wangdian-methods.md");
    assert!(table.contains("| # | name | 中文名 | group | Rust entry point | paged | read/write | reply |"), "{table}");
    assert!(
        table.contains("| 1 | `sales.TradeQuery.queryWithDetail` | 订单查询 | `trade` | `Client::trade_query_with_detail` | yes | read | typed |"),
        "{table}"
    );
    assert!(
        table.contains(
            "| 3 | `goods.Goods.push` | 创建货品 | `goods` | `Client::goods_goods_push` | no | write | JSON |"
        ),
        "{table}"
    );
    assert_eq!(table.lines().filter(|line| line.starts_with("| ") && !line.starts_with("| #")).count(), 5, "{table}");
}

#[test]
fn every_generated_file_matches_its_snapshot() {
    for file in &generation().files {
        let name = file.path.to_string_lossy().replace(['/', '\\'], "__").replace(".rs", "").replace(".md", "");
        insta::assert_snapshot!(format!("test_spec__{name}"), file.contents);
    }
}

/// Copies the stub crate and the generated files into a crate of their own, checks it with clippy
/// (warnings denied, offline, own target directory) and runs the stub's tests of the generated
/// code's behaviour. Slow, so ignored by default:
/// `cargo test -p dangdang-codegen --test wangdian -- --ignored`.
#[test]
#[ignore = "slow: builds a stub crate with the generated code"]
fn generated_code_compiles_against_the_crate_contract() {
    let generation = generation();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let krate = tmp.join("wangdian-stub");
    let _ = std::fs::remove_dir_all(&krate);
    std::fs::create_dir_all(krate.join("src")).unwrap();
    let runtime = manifest.join("../runtime").canonicalize().unwrap();
    let cargo_toml = std::fs::read_to_string(manifest.join("tests/wangdian/stub/Cargo.toml.in"))
        .unwrap()
        .replace("@RUNTIME@", &runtime.to_string_lossy());
    std::fs::write(krate.join("Cargo.toml"), cargo_toml).unwrap();
    for name in ["lib.rs", "behaviour.rs"] {
        std::fs::copy(manifest.join("tests/wangdian/stub").join(name), krate.join("src").join(name)).unwrap();
    }
    // The workspace's lock file, so the offline build resolves to the versions already downloaded.
    std::fs::copy(manifest.join("../Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    for file in generation.files.iter().filter(|f| f.path.starts_with("wangdian-api/src")) {
        let path = krate.join(file.path.strip_prefix("wangdian-api").unwrap());
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, &file.contents).unwrap();
    }
    cargo(&krate, &["clippy", "--all-features", "--all-targets", "--offline", "--", "-D", "warnings"]);
    // The stub's own tests (`stub/behaviour.rs`) drive the generated requests and replies.
    cargo(&krate, &["test", "--offline"]);
}

/// Runs cargo in the stub crate (its own target directory, warnings denied).
fn cargo(krate: &Path, args: &[&str]) {
    cargo_run::cargo(krate, &PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("wangdian-stub-target"), args);
}

/// A method that sends `RawTrade` items and names a reply object `RawTrade` too.
fn echo_spec(reply_children: &str) -> String {
    format!(
        r#"info: {{ title: t, protocol: wangdian-json, gateway: http://wdt.wangdian.cn/openapi, version: "1.0" }}
shapes:
  RawTrade:
    children:
      - {{ name: tid, required: true }}
methods:
  - name: sales.RawTrade.echo
    group: trade
    safety: write
    en: Echo.
    provenance: {{ status: partial }}
    args:
      - {{ name: rawTradeList, type: list, shape: RawTrade, required: true }}
    response:
      - name: data
        children:
          - name: raw_trade
            struct: RawTrade
            children: {reply_children}
"#
    )
}

#[test]
fn a_reply_struct_like_an_argument_shape_is_the_shared_one() {
    let generation = dangdang_codegen::generate_str(SPEC_FILE, &echo_spec("[{ name: tid, required: true }]"))
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)));
    let text = file(&generation, "wangdian-api/src/generated/trade/sales_raw_trade_echo.rs");
    assert_eq!(text.matches("pub use crate::generated::shapes::RawTrade;").count(), 1, "{text}");
    assert!(!text.contains("pub struct RawTrade"), "{text}");
    let shapes = file(&generation, "wangdian-api/src/generated/shapes.rs");
    assert_holds(
        shapes,
        &["#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]", "impl crate::json::ToJson for RawTrade"],
    );

    let problems = dangdang_codegen::generate_str(SPEC_FILE, &echo_spec("[{ name: tid, type: long }]")).unwrap_err();
    let rendered = dangdang_codegen::diagnostics::render(&problems);
    assert!(rendered.contains("error[E033]: struct `RawTrade` is defined here and at"), "{rendered}");
}
