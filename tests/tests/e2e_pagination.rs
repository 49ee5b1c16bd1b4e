//! End-to-end: walking page-numbered lists with `pages()` / `items()` against the fake gateway.

mod common;

use dangdang_api::orders::orders_list_get;
use dangdang_api::prelude::*;
use dangdang_api::types::OrderState;
use dangdang_api::{Error, StreamExt};
use dangdang_tests::Reply;

/// An orders-list page holding `ids`, saying it is page `current` of `total`.
fn page(current: i32, total: i32, ids: &[i64]) -> Reply {
    let orders: String = ids
        .iter()
        .map(|id| format!("<OrderInfo><orderID>{id}</orderID><consigneeName>收货人{id}</consigneeName><orderState>101</orderState></OrderInfo>"))
        .collect();
    Reply::xml(format!(
        r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.orders.list.get</functionID><time>2015-06-01 10:00:05</time><totalInfo><orderCount>5</orderCount><pageSize>5</pageSize><pageTotal>{total}</pageTotal><currentPage>{current}</currentPage></totalInfo><OrdersList>{orders}</OrdersList></response>"#
    ))
}

fn three_pages() -> Vec<Reply> {
    vec![page(1, 3, &[1, 2]), page(2, 3, &[3, 4]), page(3, 3, &[5])]
}

#[tokio::test]
async fn a_three_page_walk_yields_every_record_once_and_keeps_the_filters() {
    let (server, client) = common::server_and_client();
    server.respond_sequence(orders_list_get::METHOD, three_pages());
    let request = orders_list_get::Request::new().order_state(OrderState::AwaitingShipment).page_size(5);

    let ids: Vec<i64> = request.items(&client).map(|order| order.unwrap().order_id).collect().await;
    assert_eq!(ids, vec![1, 2, 3, 4, 5]);

    let sent = server.requests_for(orders_list_get::METHOD);
    let pages: Vec<&str> = sent.iter().map(|r| r.business_params["p"].as_str()).collect();
    assert_eq!(pages, ["1", "2", "3"], "exactly three page requests");
    assert!(sent.iter().all(|r| r.business_params["os"] == "101" && r.business_params["pageSize"] == "5"));
}

#[tokio::test]
async fn pages_start_at_the_requests_page() {
    let (server, client) = common::server_and_client();
    server.respond_sequence(orders_list_get::METHOD, vec![page(2, 3, &[3, 4]), page(3, 3, &[5])]);
    let pages: Vec<_> = orders_list_get::Request::new().page(2).pages(&client).collect().await;
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[1].as_ref().unwrap().orders_list[0].order_id, 5);
    let sent: Vec<String> = server.requests().iter().map(|r| r.business_params["p"].clone()).collect();
    assert_eq!(sent, ["2", "3"]);
}

#[tokio::test]
async fn a_server_that_repeats_a_page_stops_the_walk_with_an_error() {
    let (server, client) = common::server_and_client();
    // Claims 100 pages but keeps sending page 1.
    server.respond(orders_list_get::METHOD, page(1, 100, &[1, 2]));
    let results: Vec<_> = orders_list_get::Request::new().pages(&client).collect().await;
    assert_eq!(results.len(), 2, "the first page, then the error");
    assert!(results[0].is_ok());
    match &results[1] {
        Err(Error::Pagination { page: 2, problem, .. }) => assert!(problem.contains("same records"), "{problem}"),
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn without_a_page_total_the_walk_ends_at_an_empty_page() {
    let (server, client) = common::server_and_client();
    let no_total = |ids: &[i64]| {
        let orders: String = ids.iter().map(|id| format!("<OrderInfo><orderID>{id}</orderID></OrderInfo>")).collect();
        Reply::xml(format!(
            r#"<?xml version="1.0" encoding="GBK"?><response><totalInfo><pageTotal></pageTotal></totalInfo><OrdersList>{orders}</OrdersList></response>"#
        ))
    };
    server.respond_sequence(orders_list_get::METHOD, vec![no_total(&[1]), no_total(&[2]), no_total(&[])]);
    let ids: Vec<i64> = orders_list_get::Request::new().items(&client).map(|o| o.unwrap().order_id).collect().await;
    assert_eq!(ids, [1, 2]);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn an_error_on_a_later_page_is_yielded_and_ends_the_walk() {
    let (server, client) = common::server_and_client();
    server.respond_sequence(
        orders_list_get::METHOD,
        vec![page(1, 3, &[1]), Reply::error_response(7, "会话无效"), page(3, 3, &[3])],
    );
    let results: Vec<_> = orders_list_get::Request::new().items(&client).collect().await;
    assert_eq!(results.len(), 2);
    assert!(matches!(results[1], Err(Error::Gateway { .. })));
}

#[tokio::test]
async fn a_walk_starting_at_the_last_page_number_ends_with_an_error_not_an_overflow() {
    let (server, client) = common::server_and_client();
    // Records and no page total: the walk would ask for page i32::MAX + 1.
    server.respond(
        orders_list_get::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><OrdersList><OrderInfo><orderID>1</orderID></OrderInfo></OrdersList></response>"#
                .to_owned(),
        ),
    );
    let results: Vec<_> = orders_list_get::Request::new().page(i32::MAX).pages(&client).collect().await;
    assert_eq!(results.len(), 2, "the page, then the error");
    assert!(results[0].is_ok());
    match &results[1] {
        Err(Error::Pagination { problem, .. }) => assert!(problem.contains("does not fit"), "{problem}"),
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 1);
}
