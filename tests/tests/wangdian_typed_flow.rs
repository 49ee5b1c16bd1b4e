//! End-to-end tests of what every generated typed call shares: pagination from page 0 through a
//! generated `impl Paged` (and its loop guard), each error form (business status, throttle,
//! clock skew, bodies that are not envelopes or do not fit the types), and an untyped method
//! sent through the JSON path.

mod wangdian_common;

use dangdang_tests::ListAt;
use serde_json::json;
use wangdian_api::prelude::*;
use wangdian_api::trade::{
    sales_logistics_sync_get_sync_list_ext, sales_raw_trade_push_self, sales_raw_trade_push_self2,
    sales_trade_query_query_with_detail,
};
use wangdian_api::{Error, RetryPolicy};
use wangdian_common::*;

/// Seven trades: ids 0..7, Chinese names, paid amounts as strings and modification times as epoch ms.
fn trades() -> Vec<serde_json::Value> {
    (0..7i64)
        .map(|id| {
            json!({
                "trade_id": id,
                "trade_no": format!("JY{id}"),
                "logistics_name": format!("快递{id}"),
                "paid": format!("{id}.50"),
                "modified": 1673418961000i64 + id * 1000,
            })
        })
        .collect()
}

/// A one-hour window, pages of three.
fn trade_walk() -> sales_trade_query_query_with_detail::Request {
    sales_trade_query_query_with_detail::Request::new()
        .start_time(time("2023-01-11 14:00:00"))
        .end_time(time("2023-01-11 15:00:00"))
        .page_size(3)
}

/// `(page_no, calc_total)` of each request the fake received.
fn pages_asked(fake: &FakeWangdian) -> Vec<(String, String)> {
    let param = |request: &dangdang_tests::WangdianRequest, name| request.param(name).unwrap_or("-").to_owned();
    fake.requests().iter().map(|request| (param(request, "page_no"), param(request, "calc_total"))).collect()
}

#[tokio::test]
async fn items_walk_three_pages_from_page_zero_through_the_generated_paged_impl() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_trade_query_query_with_detail::METHOD;
    fake.respond(method, WangdianReply::Pages { at: ListAt::Data("order".into()), items: trades() });
    let items: Vec<_> = trade_walk().items(&client).map(|item| item.expect("a trade")).collect().await;

    let ids: Vec<Option<i64>> = items.iter().map(|order| order.trade_id).collect();
    assert_eq!(ids, (0..7).map(Some).collect::<Vec<_>>());
    assert_eq!((items[6].logistics_name.as_deref(), items[6].paid), (Some("快递6"), Some(dec("6.50"))));
    assert_eq!(items[6].modified, Some(time("2023-01-11 14:36:07")));
    let one = |page: &str| (page.to_owned(), "1".to_owned());
    assert_eq!(pages_asked(&fake), [one("0"), one("1"), one("2")]);
    let requests = fake.requests();
    assert!(requests.iter().all(|request| request.refusal.is_none() && request.body == requests[0].body));
    assert!(requests.iter().all(|request| request.param("page_size") == Some("3")));
}

#[tokio::test]
async fn a_top_level_list_is_walked_by_its_top_level_total() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let rows: Vec<_> = (0..5).map(|id| json!({ "sync_id": id, "logistics_name": "中国邮政" })).collect();
    let method = sales_logistics_sync_get_sync_list_ext::METHOD;
    fake.respond(method, WangdianReply::Pages { at: ListAt::TopLevel, items: rows });
    let request = sales_logistics_sync_get_sync_list_ext::Request::new().shop_no("fx_test").page_size(2);
    let pages: Vec<_> = request.pages(&client).map(|page| page.expect("a page")).collect().await;
    let sizes: Vec<usize> = pages.iter().map(|page| page.data.len()).collect();
    assert_eq!((sizes, pages[0].total), (vec![2, 2, 1], Some(5)));
    assert_eq!(pages[2].data[0].sync_id, Some(4));
    assert_eq!(pages_asked(&fake).iter().map(|(page, _)| page.as_str()).collect::<Vec<_>>(), ["0", "1", "2"]);
}

#[tokio::test]
async fn a_gateway_repeating_its_page_stops_the_generated_walk() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let stuck = json!({ "status": 0, "data": { "total_count": 100, "order": &trades()[..3] } });
    fake.respond(sales_trade_query_query_with_detail::METHOD, WangdianReply::Json(stuck.to_string()));
    let results: Vec<Result<_, Error>> = trade_walk().items(&client).collect().await;
    assert_eq!(results.iter().filter(|item| item.is_ok()).count(), 3, "the first page's items");
    let last = results.last().expect("an outcome");
    assert!(matches!(last, Err(Error::Pagination { page: 1, .. })), "{last:?}");
    assert_eq!(fake.requests().len(), 2, "no third request");
}

#[tokio::test]
async fn a_published_business_refusal_is_a_business_error_with_the_raw_reply() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let published = fixture_text("sales.TradeQuery.queryWithDetail.error.json");
    fake.respond(sales_trade_query_query_with_detail::METHOD, WangdianReply::Json(published.clone()));
    let error = client.sales_trade_query_query_with_detail(&trade_walk().page_no(0)).await.unwrap_err();
    let Error::Business { code, message, raw, .. } = &error else { panic!("{error:?}") };
    assert_eq!((code.as_str(), message.as_str()), ("100", "您的查询时间过宽,查询时间不能大于60分钟"));
    assert_eq!(raw.bytes(), published.as_bytes());
    assert_eq!(fake.requests().len(), 1, "not retried");
}

#[tokio::test]
async fn a_throttled_typed_read_is_retried_and_a_throttled_typed_write_is_not() {
    let fake = FakeWangdian::start(WangdianConfig::default());
    let retry = RetryPolicy { max_attempts: 3, initial_backoff: std::time::Duration::from_millis(1), ..fast_retries() };
    let client = client_for(&fake, |builder| builder.retry(retry));
    let read = sales_trade_query_query_with_detail::METHOD;
    let success = WangdianReply::fixture("sales.TradeQuery.queryWithDetail.response.json");
    fake.respond_sequence(read, vec![WangdianReply::throttle(), WangdianReply::throttle(), success]);
    let reply = client.sales_trade_query_query_with_detail(&trade_walk().page_no(0)).await.expect("retried");
    assert_eq!(reply.data.expect("data").order[0].trade_id, Some(1028159));
    assert_eq!(fake.requests().len(), 3);

    let write = sales_raw_trade_push_self2::METHOD;
    fake.respond(write, WangdianReply::throttle());
    let push = sales_raw_trade_push_self2::Request::new("test", vec![], vec![]);
    let error = client.sales_raw_trade_push_self2(&push).await.unwrap_err();
    let Error::Throttled { code, message, .. } = &error else { panic!("{error:?}") };
    assert_eq!(code, "100");
    assert!(message.contains("超过每分钟最大调用频率限制"), "{message}");
    assert_eq!(fake.requests().iter().filter(|request| request.method() == Some(write)).count(), 1);
}

#[tokio::test]
async fn a_skewed_clock_is_a_clock_skew_error_from_a_typed_call() {
    let config = WangdianConfig { clock_offset_secs: -600, ..WangdianConfig::default() };
    let (fake, client) = fake_and_client(config);
    fake.respond(sales_trade_query_query_with_detail::METHOD, WangdianReply::throttle());
    let error = client.sales_trade_query_query_with_detail(&trade_walk().page_no(0)).await.unwrap_err();
    let Error::ClockSkew { code, message, .. } = &error else { panic!("{error:?}") };
    assert_eq!((code.as_str(), message.as_str()), ("7", "时间戳错误"));
    assert_eq!(fake.requests().len(), 1, "not retried");
}

#[tokio::test]
async fn bodies_that_are_not_the_typed_reply_are_decode_errors_with_the_raw_body() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_trade_query_query_with_detail::METHOD;
    let request = trade_walk().page_no(0);
    let broken = fixture_text("sales.StockSync.syncSuccess.error.as-published.txt");
    let wrong_type = json!({ "status": 0, "data": { "order": [{ "trade_id": 1 }, { "trade_id": "一" }] } }).to_string();
    let html = "<html><body>维护中</body></html>";
    let cases = [
        (WangdianReply::Json(broken.clone()), broken.as_str(), "message"),
        (WangdianReply::Json(wrong_type.clone()), wrong_type.as_str(), "data.order[1].trade_id"),
        (WangdianReply::Raw { status: 200, content_type: "text/html".into(), body: html.into() }, html, "."),
    ];
    for (reply, body, expected_path) in cases {
        fake.respond(method, reply);
        let error = client.sales_trade_query_query_with_detail(&request).await.unwrap_err();
        let Error::Decode { path, raw, .. } = &error else { panic!("{error:?}") };
        assert_eq!((path.as_str(), raw.bytes()), (expected_path, body.as_bytes()), "{error}");
    }
}

#[tokio::test]
async fn an_untyped_method_takes_json_arguments_and_returns_data_as_json() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let method = sales_raw_trade_push_self::METHOD;
    // pushSelf's page has pushSelf2's argument tables; its reply has no error_list.
    fake.respond(
        method,
        WangdianReply::Json(json!({ "status": 0, "data": { "chg_count": 2, "new_count": 0 } }).to_string()),
    );
    let [shop, trades, lines] =
        <[serde_json::Value; 3]>::try_from(fixture_args("sales.RawTrade.pushSelf2.request.json"))
            .expect("three arguments");
    let request =
        sales_raw_trade_push_self::Request::new().shop_no(shop).raw_trade_list(trades).raw_trade_order_list(lines);
    let data = client.sales_raw_trade_push_self(&request).await.expect("accepted");
    assert_eq!(data, json!({ "chg_count": 2, "new_count": 0 }));

    let seen = only_request(&fake);
    assert_pager(&seen, None);
    // The published arguments, compact, unset discountList left out at the end.
    assert_eq!(seen.body, wangdian_api::json::body(fixture_args("sales.RawTrade.pushSelf2.request.json")));
    assert!(seen.body.starts_with(r#"["test",[{"#) && seen.body.contains("北京 北京市 朝阳区"));
}

#[test]
fn a_typed_call_and_a_walk_work_without_an_async_runtime() {
    let (fake, client) = fake_and_client(WangdianConfig::default());
    let blocking = wangdian_api::blocking::Client::new(client.clone()).expect("a blocking client");
    let method = sales_trade_query_query_with_detail::METHOD;
    fake.respond(method, WangdianReply::fixture("sales.TradeQuery.queryWithDetail.response.json"));
    let reply = trade_walk().page_no(0).send_blocking(&blocking).expect("accepted");
    assert_eq!(reply.data.expect("data").order[0].logistics_name.as_deref(), Some("wdt_快弟来了"));

    fake.respond(method, WangdianReply::Pages { at: ListAt::Data("order".into()), items: trades() });
    let walk = trade_walk();
    let ids: Vec<Option<i64>> =
        blocking.iter(Box::pin(walk.items(blocking.inner()))).map(|item| item.expect("a trade").trade_id).collect();
    assert_eq!(ids, (0..7).map(Some).collect::<Vec<_>>());
}
