//! `dangdang call` of a typed method prints the library's typed reply as JSON (feature `serde` of
//! `dangdang-api`): Rust field names, numbers, decimals as strings, times as wire text, codes as
//! code plus name, personal data masked unless `--show-personal`.

mod common;

use common::{assert_code, run, sandbox, stdout};
use dangdang_api::{BeijingTime, Decimal};
use serde_json::{Value, json};

/// One JSON document from the run's stdout.
fn json_of(output: &std::process::Output) -> Value {
    assert_code(output, 0);
    serde_json::from_str(&stdout(output)).expect("one JSON document")
}

#[test]
fn orders_list_prints_typed_json_with_codes_times_and_decimals() {
    let sandbox = sandbox();
    let reply = json_of(&run(&sandbox, &["call", "dangdang.orders.list.get", "-p", "os=101", "-p", "pageSize=5"]));
    let shop = sandbox.shop();
    let awaiting = shop.orders.values().filter(|order| order.state == 101).count();
    assert_eq!(reply["function_id"], "dangdang.orders.list.get");
    assert_eq!(reply["total_info"]["order_count"], awaiting as i64, "a number, not text");
    let orders = reply["orders_list"].as_array().expect("the orders");
    assert_eq!(orders.len(), awaiting.min(5));
    for printed in orders {
        let id = printed["order_id"].as_i64().expect("the order id is a number");
        let order = &shop.orders[&id];
        assert_eq!(printed["order_state"], json!({"code": "101", "name": "AwaitingShipment"}));
        let money: Decimal = printed["order_money"].as_str().expect("a decimal is a string").parse().unwrap();
        assert_eq!(money, order.money());
        assert_eq!(printed["outer_order_id"], order.outer_id);
        assert_eq!(printed["order_time_start"], BeijingTime::from(order.placed).to_string());
        assert_eq!(printed["last_modify_time"], BeijingTime::from(order.modified).to_string());
        for personal in ["consignee_name", "consignee_addr", "consignee_tel", "consignee_mobile_tel"] {
            assert_eq!(printed[personal], "[personal]", "{personal} of {id}");
        }
    }
    assert_eq!(stdout(&run(&sandbox, &["call", "orders_list_get", "-p", "pageSize=5"])).lines().count(), 1);
}

#[test]
fn show_personal_prints_the_consignee_and_tree_keeps_the_wire_names() {
    let sandbox = sandbox();
    let id = *sandbox.shop().orders.keys().next().expect("a seeded order");
    let order = format!("o={id}");
    let consignee = format!("沙箱收货人{}号", sandbox.shop().orders[&id].consignee);
    let shown = run(&sandbox, &["call", "dangdang.order.details.get", "--show-personal", "-p", &order]);
    assert!(stdout(&shown).contains(&consignee), "{}", stdout(&shown));
    let masked = run(&sandbox, &["call", "dangdang.order.details.get", "-p", &order]);
    assert_code(&masked, 0);
    assert!(!stdout(&masked).contains(&consignee) && stdout(&masked).contains("[personal]"), "{}", stdout(&masked));
    let typed = json_of(&masked);
    assert!(typed.get("function_id").is_some(), "Rust names: {typed}");
    let tree = json_of(&run(&sandbox, &["call", "dangdang.order.details.get", "--tree", "-p", &order]));
    assert!(tree.get("functionID").is_some(), "wire names: {tree}");
}

#[test]
fn an_untyped_method_prints_the_tree() {
    let sandbox = sandbox();
    let item = *sandbox.shop().items.keys().next().expect("a seeded item");
    let output = run(&sandbox, &["call", "dangdang.items.delete", "-p", &format!("it={item}")]);
    let reply = json_of(&output);
    assert!(reply.is_object(), "{reply}");
    assert!(reply.get("function_id").is_none(), "no typed reply: {reply}");
}
