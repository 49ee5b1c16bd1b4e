//! Buyer personal data (consignee name, phone, address) never shows in `Debug`, `Display`, errors or
//! TRACE logs — on success, on retries, on HTTP, decode and parameter errors — while the raw reply
//! stays readable through its explicit accessors.

mod common;

use std::borrow::Cow;
use std::time::Duration;

use dangdang_api::orders::{order_customid_get, order_details_get, order_return, orders_list_get};
use dangdang_api::rt::{Call, Safety, Transport};
use dangdang_api::types::ReturnAction;
use dangdang_api::{Client, Error, Personal, RetryPolicy};
use dangdang_tests::{Reply, Sandbox, SandboxConfig};

/// Consignee data in the `order_details_get.xml` fixture, and a secret of the test configuration.
const PERSONAL: [&str; 4] = ["张三", "13800138000", "建国路88号", "朝阳区"];

/// A reply whose first characters are personal data.
const SHORT_REPLY: &str = "<?xml version=\"1.0\" encoding=\"GBK\"?><response><consigneeName>张三</consigneeName>\
     <consigneeMobileTel>13800138000</consigneeMobileTel><consigneeAddr>朝阳区建国路88号</consigneeAddr></response>";

fn fixture_text() -> String {
    let Reply::Xml(text) = dangdang_tests::fixture("order_details_get.xml") else { unreachable!("fixtures are XML") };
    assert!(PERSONAL.iter().all(|value| text.contains(value)), "the fixture carries the consignee data");
    text
}

fn assert_no_personal_data(what: &str, shown: &str) {
    for value in PERSONAL {
        assert!(!shown.contains(value), "{what} shows {value:?}: {shown}");
    }
    let config = SandboxConfig::default();
    assert!(!shown.contains(&config.session) && !shown.contains(&config.app_secret), "{what} shows a secret");
}

/// Runs `scenario` with every TRACE event and span captured, and returns the log.
fn traced(scenario: impl FnOnce(&tokio::runtime::Runtime)) -> String {
    let log = dangdang_tests::trace_capture::traced(scenario);
    assert!(log.contains("api.call"), "the scenario was traced: {log}");
    log
}

fn client_for(server: &Sandbox) -> Client {
    common::client_for(server, |builder| {
        builder.retry(RetryPolicy {
            max_attempts: 2,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(2),
        })
    })
}

#[test]
fn failed_calls_show_no_personal_data_but_keep_the_raw_reply() {
    let server = dangdang_tests::sandbox();
    let client = client_for(&server);
    let broken_number = fixture_text().replace("<goodsMoney>1099.00</goodsMoney>", "<goodsMoney>lots</goodsMoney>");
    // Short, with the personal data first: a preview of the body's start would show it.
    let server_error = Reply::raw(500, "text/xml", common::gbk(SHORT_REPLY));
    let mut errors = Vec::new();
    let log = traced(|runtime| {
        let request = order_details_get::Request::new().order_id(5081234567);
        server.respond(order_details_get::METHOD, server_error);
        errors.push(runtime.block_on(client.order_details_get(&request)).unwrap_err());
        server.respond(order_details_get::METHOD, Reply::xml(broken_number));
        errors.push(runtime.block_on(client.order_details_get(&request)).unwrap_err());
        let memo = format!("{} {}", PERSONAL[0], PERSONAL[1]).repeat(10);
        let refused = order_return::Request::new(1, 2, ReturnAction::Defer).memo(memo.as_str());
        errors.push(runtime.block_on(client.order_return(&refused)).unwrap_err());
    });
    assert_no_personal_data("the TRACE log", &log);
    assert!(matches!(errors[0], Error::HttpStatus { status: 500, .. }), "{:?}", errors[0]);
    assert!(matches!(errors[1], Error::Decode { .. }), "{:?}", errors[1]);
    assert!(matches!(errors[2], Error::InvalidParam { .. }), "{:?}", errors[2]);
    for error in &errors {
        assert_no_personal_data("an error", &format!("{error} / {error:?}"));
    }
    for error in &errors[..2] {
        let raw = error.raw_body().expect("the reply is kept");
        assert_no_personal_data("RawBody's Debug", &format!("{raw:?}"));
        let text = raw.text_lossy();
        assert!(PERSONAL.iter().all(|value| text.contains(value)), "the accessor returns the whole reply: {text}");
        assert!(common::contains(raw.bytes(), &common::gbk(PERSONAL[0])), "the bytes are the GBK reply");
    }
}

#[test]
fn a_successful_raw_call_and_its_retry_log_show_no_personal_data() {
    let server = dangdang_tests::sandbox();
    let client = client_for(&server);
    server.respond_sequence(
        "dangdang.order.details.get",
        vec![Reply::raw(503, "text/xml", common::gbk(SHORT_REPLY)), Reply::xml(fixture_text())],
    );
    let call = Call::raw(
        "dangdang.order.details.get",
        Transport::Get,
        Safety::Read,
        vec![(Cow::Borrowed("o"), "5081234567".to_owned()), (Cow::Borrowed("name"), PERSONAL[0].to_owned())],
    );
    assert_no_personal_data("Call's Debug", &format!("{call:?}"));
    let mut body = None;
    let log = traced(|runtime| body = Some(runtime.block_on(client.execute(call)).expect("the retry succeeds")));
    assert!(log.contains("http.request.resend_count=1"), "the 503 was retried: {log}");
    assert_no_personal_data("the TRACE log", &log);
    let body = body.unwrap();
    assert_no_personal_data("RawBody's Debug", &format!("{body:?}"));
    assert!(format!("{body:?}").contains("bytes"), "{body:?}");
    assert!(body.text_lossy().contains(PERSONAL[1]));
}

#[test]
fn personal_values_are_redacted_in_debug_and_exposed_on_request() {
    let phone = Personal::new(PERSONAL[1].to_owned());
    let nested = Some(vec![phone.clone()]);
    assert_no_personal_data("Personal's Debug", &format!("{phone:?} {nested:?} {phone:#?}"));
    assert_eq!(phone.expose(), PERSONAL[1]);
    assert_eq!(phone.into_inner(), PERSONAL[1]);
}

#[test]
fn decoded_replies_trees_and_requests_hide_personal_fields_in_debug() {
    let server = dangdang_tests::sandbox();
    let client = client_for(&server);
    server.respond(order_details_get::METHOD, Reply::xml(fixture_text()));
    // An untyped method whose reply happens to carry consignee elements: the tree hides them too.
    server.respond(order_customid_get::METHOD, Reply::xml(SHORT_REPLY.to_owned()));
    let (mut order, mut tree) = (None, None);
    let log = traced(|runtime| {
        order =
            Some(runtime.block_on(client.order_details_get(&order_details_get::Request::new().order_id(1))).unwrap());
        tree = Some(runtime.block_on(client.order_customid_get(&order_customid_get::Request::new())).unwrap());
    });
    assert_no_personal_data("the TRACE log", &log);
    let (order, tree) = (order.unwrap(), tree.unwrap());
    assert_no_personal_data("a decoded order's Debug", &format!("{order:?} {order:#?}"));
    assert_no_personal_data("an XmlElement's Debug", &format!("{tree:?} {tree:#?}"));
    assert!(format!("{tree:?}").contains("consigneeName"), "element names stay visible: {tree:?}");
    // The values are there for whoever reads them on purpose.
    let delivery = order.send_goods_info.as_ref().expect("the fixture has a consignee");
    assert_eq!(delivery.consignee_name.as_deref(), Some(PERSONAL[0]));
    assert_eq!(delivery.consignee_mobile_tel.as_deref(), Some(PERSONAL[1]));
    assert_eq!(tree.text_at("consigneeMobileTel"), Some(PERSONAL[1]));
    // A personal request parameter (`name`, perhaps the consignee's) is hidden in the request's Debug.
    let request = orders_list_get::Request::new().name(PERSONAL[0]);
    assert_no_personal_data("a request's Debug", &format!("{request:?}"));
    assert_eq!(request.name.as_deref(), Some(PERSONAL[0]));
}
