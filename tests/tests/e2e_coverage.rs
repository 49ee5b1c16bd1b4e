//! Every typed method and every upload method has an end-to-end test: a reply configured on the fake
//! gateway for it and, for uploads, an assertion on the multipart field name. The methods come from
//! the generated catalogs (`dangdang_api::METHODS`, `wangdian_api::METHODS`, i.e. the specs), never
//! from a count written here; the rule is stated in `spec/README.md` ("Adding a method" and the
//! Wangdian section), and a failure says what to add where.

use std::path::Path;

use dangdang_api::rt::MethodInfo;

/// One client's end-to-end tests: its catalog and where its test files are.
struct Suite {
    /// The generated catalog of the client.
    methods: &'static [MethodInfo],
    /// The prefix of its test files in `tests/tests/`.
    prefix: &'static str,
    /// The file for a group no test file covers yet: the prefix, then the group.
    new_file_prefix: &'static str,
}

const DANGDANG: Suite = Suite { methods: &dangdang_api::METHODS, prefix: "e2e_", new_file_prefix: "e2e_" };
const WANGDIAN: Suite =
    Suite { methods: &wangdian_api::METHODS, prefix: "wangdian_", new_file_prefix: "wangdian_typed_" };

/// `(file name, text)` of every `tests/tests/<prefix>*.rs` but this one, sorted by name.
fn sources(prefix: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut sources: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(prefix) && name.ends_with(".rs") && name != "e2e_coverage.rs")
        .map(|name| {
            let text = std::fs::read_to_string(dir.join(&name)).unwrap();
            (name, text)
        })
        .collect();
    sources.sort();
    sources
}

/// Whether `text` configures the fake gateway for `method` and calls it.
fn exercises(text: &str, method: &MethodInfo) -> bool {
    let rust = method.rust_name;
    text.contains(&format!("{rust}::METHOD"))
        && text.contains(&format!(".{rust}("))
        && text.contains(&format!("{rust}::Request"))
}

/// The file a new test for `method` belongs in: the test file that already tests most methods of its
/// group, or a new `<new_file_prefix><group>.rs`.
fn home_of(suite: &Suite, method: &MethodInfo, sources: &[(String, String)]) -> String {
    let same_group =
        |text: &str| suite.methods.iter().filter(|other| other.group == method.group && exercises(text, other)).count();
    sources
        .iter()
        .map(|(name, text)| (same_group(text), name))
        .filter(|(count, _)| *count > 0)
        .max_by_key(|(count, _)| *count)
        .map_or_else(|| format!("{}{}.rs", suite.new_file_prefix, method.group), |(_, name)| name.clone())
}

/// What to add, where, for a method without an end-to-end test.
fn missing_test(method: &MethodInfo, sources: &[(String, String)]) -> String {
    let rust = method.rust_name;
    let upload = method.upload_field.map_or_else(String::new, |field| {
        format!(
            "\n        let upload = server.last_request().unwrap().upload.expect(\"a multipart upload\");\
             \n        assert_eq!(upload.field, \"{field}\");"
        )
    });
    format!(
        "{name} ({kind}): add to tests/tests/{file} (with `use dangdang_api::{group}::{rust};`) a test like\n\
         \n    #[tokio::test]\
         \n    async fn {rust}_sends_and_decodes() {{\
         \n        let (server, client) = common::server_and_client();\
         \n        server.respond({rust}::METHOD, dangdang_tests::fixture(\"{rust}.xml\")); // a reply in tests/fixtures/{rust}.xml\
         \n        let reply = client.{rust}(&{rust}::Request::new(/* required parameters */)).await.expect(\"the call succeeds\");{upload}\
         \n        // assert on what the gateway received (server.last_request()) and on reply's decoded fields\
         \n    }}\n",
        name = method.name,
        kind = if method.upload_field.is_some() { "upload method" } else { "typed reply" },
        file = home_of(&DANGDANG, method, sources),
        group = method.group,
    )
}

#[test]
fn every_typed_and_every_upload_method_is_exercised_end_to_end() {
    let sources = sources(DANGDANG.prefix);
    let mut missing = Vec::new();
    for method in DANGDANG.methods.iter().filter(|m| m.typed_response || m.upload_field.is_some()) {
        let exercising: Vec<&str> =
            sources.iter().filter(|(_, text)| exercises(text, method)).map(|(_, text)| text.as_str()).collect();
        if exercising.is_empty() {
            missing.push(missing_test(method, &sources));
            continue;
        }
        // Any of the files that exercise the method may be the one that checks its upload field.
        if let Some(field) = method.upload_field {
            if !exercising.iter().any(|text| text.contains(&format!("\"{field}\""))) {
                missing.push(format!(
                    "{}: the end-to-end test does not check the upload field: add `assert_eq!(upload.field, \"{field}\");`",
                    method.name
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "every method with a typed reply or an upload needs an end-to-end test against the fake gateway \
         (spec/README.md, \"Adding a method\"):\n\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_missing_test_message_names_the_file_and_the_test_shape() {
    let sources = sources(DANGDANG.prefix);
    let upload = dangdang_api::legacy::by_name("dangdang.qa.answer").expect("a method with an upload");
    let message = missing_test(upload, &sources);
    assert!(message.starts_with("dangdang.qa.answer (upload method): add to tests/tests/e2e_shop_qa.rs"), "{message}");
    for part in [
        "use dangdang_api::qa::qa_answer;",
        "server.respond(qa_answer::METHOD, dangdang_tests::fixture(\"qa_answer.xml\"))",
        "client.qa_answer(&qa_answer::Request::new(",
        "assert_eq!(upload.field, \"answerQA\");",
    ] {
        assert!(message.contains(part), "missing `{part}` in:\n{message}");
    }
    let typed = dangdang_api::legacy::by_name("dangdang.orders.list.get").expect("a typed method");
    let message = missing_test(typed, &sources);
    assert!(message.starts_with("dangdang.orders.list.get (typed reply): add to tests/tests/e2e_"), "{message}");
    assert!(!message.contains("upload"), "{message}");
    // A group no e2e file tests yet gets a file of its own.
    let unknown = MethodInfo { group: "newgroup", ..*typed };
    assert!(missing_test(&unknown, &sources).contains("tests/tests/e2e_newgroup.rs"));
}

/// What to add, where, for a Wangdian method with a typed reply and no end-to-end test.
fn missing_wangdian_test(method: &MethodInfo, sources: &[(String, String)]) -> String {
    let rust = method.rust_name;
    format!(
        "{name} (typed reply): add to tests/tests/{file} (with `use wangdian_api::{group}::{rust};`; a new file \
         starts with `mod wangdian_common;` and `use wangdian_common::*;`) a test like\n\
         \n    #[tokio::test]\
         \n    async fn {rust}_sends_and_decodes() {{\
         \n        let (fake, client) = fake_and_client(WangdianConfig::default());\
         \n        // the doc's published success example, copied into tests/fixtures/wangdian/ (never generated from the spec)\
         \n        fake.respond({rust}::METHOD, WangdianReply::fixture(\"{name}.response.json\"));\
         \n        let reply = client.{rust}(&{rust}::Request::new(/* required arguments */)).await.expect(\"the call succeeds\");\
         \n        // assert on what the gateway received (only_request(&fake): the pager, the exact JSON body)\
         \n        // and on the reply's decoded values (text, Decimal money, times, personal fields)\
         \n    }}\n",
        name = method.name,
        file = home_of(&WANGDIAN, method, sources),
        group = method.group,
    )
}

#[test]
fn every_typed_wangdian_method_is_exercised_end_to_end() {
    let sources = sources(WANGDIAN.prefix);
    let missing: Vec<String> = WANGDIAN
        .methods
        .iter()
        .filter(|method| method.typed_response && !sources.iter().any(|(_, text)| exercises(text, method)))
        .map(|method| missing_wangdian_test(method, &sources))
        .collect();
    assert!(
        missing.is_empty(),
        "every Wangdian method with a typed reply needs an end-to-end test against the fake gateway, in a \
         tests/tests/wangdian_*.rs file (spec/README.md, the wangdian-json section):\n\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_missing_wangdian_test_message_names_the_file_and_the_test_shape() {
    let sources = sources(WANGDIAN.prefix);
    let typed = WANGDIAN.methods.iter().find(|method| method.name == "setting.Shop.queryShop").expect("a typed method");
    assert!(typed.typed_response);
    let message = missing_wangdian_test(typed, &sources);
    assert!(
        message.starts_with("setting.Shop.queryShop (typed reply): add to tests/tests/wangdian_typed_base.rs"),
        "{message}"
    );
    for part in [
        "use wangdian_api::base::setting_shop_query_shop;",
        "fake.respond(setting_shop_query_shop::METHOD, WangdianReply::fixture(\"setting.Shop.queryShop.response.json\"))",
        "client.setting_shop_query_shop(&setting_shop_query_shop::Request::new(",
        "tests/fixtures/wangdian/",
    ] {
        assert!(message.contains(part), "missing `{part}` in:\n{message}");
    }
    // A group no Wangdian test file covers yet gets a file of its own.
    let unknown = MethodInfo { group: "newgroup", ..*typed };
    assert!(missing_wangdian_test(&unknown, &sources).contains("tests/tests/wangdian_typed_newgroup.rs"));
    // Only typed replies count: the suite knows untyped methods exist and asks nothing of them.
    assert!(WANGDIAN.methods.iter().any(|method| !method.typed_response));
}
