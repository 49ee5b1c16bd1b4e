//! Every typed method and every upload method has an end-to-end test: a reply configured on the fake
//! gateway for it and, for uploads, an assertion on the multipart field name. The methods come from
//! the generated catalog (`dangdang_api::METHODS`, i.e. the spec), never from a count written here;
//! the rule is stated in `spec/README.md` ("Adding a method"), and a failure says what to add where.

use std::path::Path;

use dangdang_api::rt::MethodInfo;

/// `(file name, text)` of every `tests/tests/e2e_*.rs` but this one, sorted by name.
fn e2e_sources() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut sources: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("e2e_") && name.ends_with(".rs") && name != "e2e_coverage.rs")
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

/// The file a new test for `method` belongs in: the e2e file that already tests most methods of its
/// group, or a new `e2e_<group>.rs`.
fn home_of(method: &MethodInfo, sources: &[(String, String)]) -> String {
    let same_group = |text: &str| {
        dangdang_api::METHODS.iter().filter(|other| other.group == method.group && exercises(text, other)).count()
    };
    sources
        .iter()
        .map(|(name, text)| (same_group(text), name))
        .filter(|(count, _)| *count > 0)
        .max_by_key(|(count, _)| *count)
        .map_or_else(|| format!("e2e_{}.rs", method.group), |(_, name)| name.clone())
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
         \n        server.respond({rust}::METHOD, Reply::fixture(\"{rust}.xml\")); // a reply in tests/fixtures/{rust}.xml\
         \n        let reply = client.{rust}(&{rust}::Request::new(/* required parameters */)).await.expect(\"the call succeeds\");{upload}\
         \n        // assert on what the gateway received (server.last_request()) and on reply's decoded fields\
         \n    }}\n",
        name = method.name,
        kind = if method.upload_field.is_some() { "upload method" } else { "typed reply" },
        file = home_of(method, sources),
        group = method.group,
    )
}

#[test]
fn every_typed_and_every_upload_method_is_exercised_end_to_end() {
    let sources = e2e_sources();
    let mut missing = Vec::new();
    for method in dangdang_api::METHODS.iter().filter(|m| m.typed_response || m.upload_field.is_some()) {
        let Some((_, text)) = sources.iter().find(|(_, text)| exercises(text, method)) else {
            missing.push(missing_test(method, &sources));
            continue;
        };
        if let Some(field) = method.upload_field {
            if !text.contains(&format!("\"{field}\"")) {
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
    let sources = e2e_sources();
    let upload = dangdang_api::legacy::by_name("dangdang.qa.answer").expect("a method with an upload");
    let message = missing_test(upload, &sources);
    assert!(message.starts_with("dangdang.qa.answer (upload method): add to tests/tests/e2e_shop_qa.rs"), "{message}");
    for part in [
        "use dangdang_api::qa::qa_answer;",
        "server.respond(qa_answer::METHOD, Reply::fixture(\"qa_answer.xml\"))",
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
