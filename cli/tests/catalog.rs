//! `methods`, `describe`, `legacy` and `completions`: what the spec and the catalog say.

mod common;

use common::{assert_code, dangdang, stdout};
use dangdang_api::METHODS;

fn ok(args: &[&str]) -> String {
    let output = dangdang().args(args).output().unwrap();
    assert_code(&output, 0);
    stdout(&output)
}

#[test]
fn methods_lists_the_catalog_by_group_and_typed() {
    let all = ok(&["methods"]);
    assert_eq!(all.lines().count(), METHODS.len());
    assert!(METHODS.iter().all(|m| all.lines().any(|line| line.starts_with(&format!("{} ", m.name)))));
    let orders = ok(&["methods", "--group", "orders"]);
    assert_eq!(orders.lines().count(), METHODS.iter().filter(|m| m.group == "orders").count());
    let typed = ok(&["methods", "--typed"]);
    assert_eq!(typed.lines().count(), METHODS.iter().filter(|m| m.typed_response).count());
    assert!(typed.lines().count() < METHODS.len());
    assert_code(&dangdang().args(["methods", "--group", "nope"]).output().unwrap(), 2);
}

#[test]
fn describe_shows_parameters_pagination_response_and_provenance() {
    let text = ok(&["describe", "searchOrders.php"]);
    assert!(text.starts_with("dangdang.orders.list.get"), "{text}");
    for expected in [
        "rust:       Client::orders_list_get",
        "provenance: documented",
        "pageSize",
        "one of 5/10/15/20",
        "pagination (dangdang pages): page `p`, size `pageSize`, items at OrdersList/OrderInfo",
        "OrderInfo",
        "[repeated]",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(text.lines().any(|line| line.contains("consigneeName") && line.contains("personal")), "{text}");
    let upload = ok(&["describe", "dangdang.order.goods.send"]);
    assert!(upload.contains("upload (--upload FILE or --document FILE.json): field `sendGoods`"), "{upload}");
    // A zip archive has no JSON form.
    let zip = ok(&["describe", "dangdang.items.pics.set"]);
    assert!(zip.contains("upload (--upload FILE): field"), "{zip}");
    assert_code(&dangdang().args(["describe", "nope"]).output().unwrap(), 2);
}

#[test]
fn legacy_finds_the_replacing_method() {
    let text = ok(&["legacy", "http://api.dangdang.com/v2/searchOrders.php?x=1"]);
    assert!(text.starts_with("dangdang.orders.list.get\n"), "{text}");
    assert!(text.contains("Client::orders_list_get"), "{text}");
    assert_code(&dangdang().args(["legacy", "noSuchScript.php"]).output().unwrap(), 2);
}

#[test]
fn completions_and_help_come_from_the_binary() {
    assert!(ok(&["completions", "bash"]).contains("dangdang"));
    let help = ok(&["--help"]);
    for code in
        ["2  usage", "3  refused before sending", "4  gateway error", "5  business error", "6  transport", "7  decode"]
    {
        assert!(help.contains(code), "{code}: {help}");
    }
}
