//! `dangdang call` and `dangdang pages` against the sandbox: JSON of the tree, JSON Lines, raw XML
//! (typed JSON: `typed.rs`).

mod common;

use common::{assert_code, run, sandbox, stdout};

#[test]
fn call_with_tree_prints_the_reply_as_json_of_the_tree() {
    let sandbox = sandbox();
    let awaiting = sandbox.shop().orders.values().filter(|order| order.state == 101).count();
    let output =
        run(&sandbox, &["call", "dangdang.orders.list.get", "--tree", "--param", "os=101", "-p", "pageSize=5"]);
    assert_code(&output, 0);
    let reply: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("one JSON document");
    assert_eq!(reply["functionID"], "dangdang.orders.list.get");
    assert_eq!(reply["totalInfo"]["orderCount"], awaiting.to_string());
    let orders = reply["OrdersList"]["OrderInfo"].as_array().expect("a repeated element is an array");
    assert_eq!(orders.len(), awaiting.min(5));
    assert!(orders.iter().all(|order| order["orderState"] == "101"));
    assert!(orders.iter().all(|order| order["consigneeName"] == "[personal]"));
    // Piped, the JSON is compact: one line.
    assert_eq!(stdout(&output).lines().count(), 1);
    let request = sandbox.last_request().expect("the call reached the sandbox");
    assert_eq!(request.api_method.as_deref(), Some("dangdang.orders.list.get"));
}

#[test]
fn every_spelling_of_a_method_calls_the_same_one() {
    let sandbox = sandbox();
    for spelling in
        ["orders_list_get", "orders.list.get", "searchOrders.php", "http://api.dangdang.com/v2/searchOrders.php"]
    {
        let output = run(&sandbox, &["call", spelling, "-p", "pageSize=5"]);
        assert_code(&output, 0);
        assert_eq!(
            sandbox.last_request().unwrap().api_method.as_deref(),
            Some("dangdang.orders.list.get"),
            "{spelling}"
        );
    }
}

#[test]
fn pages_writes_one_line_per_order_of_the_filter() {
    let sandbox = sandbox();
    let awaiting: Vec<String> =
        sandbox.shop().orders.values().filter(|order| order.state == 101).map(|order| order.id.to_string()).collect();
    assert!(awaiting.len() > 5, "the seeded shop spans several pages");
    let output = run(&sandbox, &["pages", "dangdang.orders.list.get", "-p", "os=101", "-p", "pageSize=5"]);
    assert_code(&output, 0);
    let mut ids: Vec<String> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).expect("each line is JSON"))
        .map(|order| order["order_id"].as_i64().expect("a typed order id").to_string())
        .collect();
    assert_eq!(ids.len(), awaiting.len());
    ids.sort();
    let mut expected = awaiting;
    expected.sort();
    assert_eq!(ids, expected);
    let pages = sandbox.requests_for("dangdang.orders.list.get").len();
    assert_eq!(pages, ids.len().div_ceil(5));
}

#[test]
fn pages_writes_typed_lines_with_masked_personal_data_or_tree_lines_with_tree() {
    let sandbox = sandbox();
    let args = ["pages", "dangdang.orders.list.get", "-p", "os=101", "-p", "pageSize=5", "--max-pages", "1"];
    let typed = run(&sandbox, &args);
    assert_code(&typed, 0);
    for line in stdout(&typed).lines() {
        let order: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(order["order_state"], serde_json::json!({"code": "101", "name": "AwaitingShipment"}), "{line}");
        assert_eq!(order["consignee_name"], "[personal]", "{line}");
    }
    let shown = run(&sandbox, &[&args[..], &["--show-personal"]].concat());
    assert!(stdout(&shown).contains("沙箱收货人"), "{}", stdout(&shown));
    let tree = run(&sandbox, &[&args[..], &["--tree"]].concat());
    assert_code(&tree, 0);
    let first: serde_json::Value = serde_json::from_str(stdout(&tree).lines().next().expect("a line")).unwrap();
    assert_eq!((first["orderState"].as_str(), first["consigneeName"].as_str()), (Some("101"), Some("[personal]")));
    assert_eq!(stdout(&tree).lines().count(), stdout(&typed).lines().count());
}

#[test]
fn pages_stops_at_max_pages_and_refuses_unpaged_methods() {
    let sandbox = sandbox();
    let output = run(&sandbox, &["pages", "orders_list_get", "-p", "pageSize=5", "--max-pages", "2"]);
    assert_code(&output, 0);
    assert_eq!(stdout(&output).lines().count(), 10);
    assert_eq!(sandbox.requests().len(), 2);
    assert_code(&run(&sandbox, &["pages", "dangdang.order.details.get", "-p", "o=1"]), 2);
}

#[test]
fn raw_prints_the_xml_and_needs_consent_for_personal_data() {
    let sandbox = sandbox();
    let refused = run(&sandbox, &["call", "dangdang.orders.list.get", "--raw"]);
    assert_code(&refused, 2);
    assert!(sandbox.requests().is_empty(), "refused before sending");
    let output = run(&sandbox, &["call", "dangdang.orders.list.get", "--raw", "--show-personal", "-p", "pageSize=5"]);
    assert_code(&output, 0);
    let text = stdout(&output);
    assert!(text.trim_start().starts_with("<?xml"), "{text}");
    assert!(text.contains("<consigneeName>"), "{text}");
}
