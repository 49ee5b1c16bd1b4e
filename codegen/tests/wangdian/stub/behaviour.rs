//! What the generated code does with the stub's contract items: the body it builds, the query
//! parameters and checks it writes, how it reads a reply and walks its records.

use crate::rt::{Method, Paged, Params, RawBody};
use crate::trade::{logistics_sync_get_sync_list_ext, sales_raw_trade_push_self2, trade_query_with_detail};
use crate::types::TradeStatus;

fn time(text: &str) -> crate::BeijingTime {
    text.parse().unwrap()
}

fn written(request: &impl Method) -> Result<Vec<(String, String)>, crate::Error> {
    let mut params = Params::new("m");
    request.write(&mut params)?;
    Ok(params.pairs().iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
}

fn body(text: &str) -> RawBody {
    RawBody::new(text.as_bytes().to_vec(), encoding_rs::UTF_8)
}

#[test]
fn a_flattened_object_is_one_positional_argument_with_its_set_fields() {
    let request = trade_query_with_detail::Request::new(time("2024-01-01 10:00:00"), time("2024-01-01 11:00:00"))
        .shop_no("s1")
        .status(TradeStatus::Shipped)
        .page_no(0)
        .page_size(100)
        .src_tids(serde_json::json!(["a", "b"]));
    assert_eq!(
        request.json().unwrap().unwrap(),
        r#"[{"end_time":"2024-01-01 11:00:00","shop_no":"s1","src_tids":["a","b"],"start_time":"2024-01-01 10:00:00","status":"95"}]"#
    );
    let pairs = written(&request).unwrap();
    assert_eq!(pairs, [("page_no".to_owned(), "0".to_owned()), ("page_size".to_owned(), "100".to_owned())]);
}

#[test]
fn checks_run_before_sending() {
    let wide = trade_query_with_detail::Request::new(time("2024-01-01 10:00:00"), time("2024-01-01 11:00:01"));
    assert!(written(&wide).unwrap_err().to_string().contains("60 minutes"), "the window is capped");
    let big_page = trade_query_with_detail::Request::new(time("2024-01-01 10:00:00"), time("2024-01-01 10:30:00"))
        .page_size(1001);
    assert!(written(&big_page).is_err(), "the page size is capped");
    let long_shop = trade_query_with_detail::Request::new(time("2024-01-01 10:00:00"), time("2024-01-01 10:30:00"))
        .shop_no("x".repeat(41));
    assert!(long_shop.json().is_err(), "a body field's limit is checked");
}

#[test]
fn scalar_and_list_arguments_keep_their_order() {
    let trade = sales_raw_trade_push_self2::RawTrade::new("t1", 30);
    let request = sales_raw_trade_push_self2::Request::new("shop", vec![trade.clone()]);
    assert_eq!(request.json().unwrap().unwrap(), r#"["shop",[{"tid":"t1","trade_status":30}],null]"#);
    let long_shop = sales_raw_trade_push_self2::Request::new("s".repeat(21), vec![trade.clone()]);
    assert!(long_shop.json().is_err(), "a scalar argument's limit is checked");
    let mut long = trade;
    long.remark = Some("r".repeat(256));
    let request = sales_raw_trade_push_self2::Request::new("shop", vec![long]);
    assert!(request.json().is_err(), "a shape's limit is checked in every item");
}

#[test]
fn a_reply_decodes_and_its_records_are_walked() {
    let reply = r#"{"status":0,"data":{"total_count":2,"order":[
        {"trade_id":1,"paid":"1.50","receiver_name":"张三","is_sealed":1,"trade_status":95,"detail_list":null},
        {"trade_id":"2","trade_time":"2024-01-01 10:00:00","unknown":{"x":1},"extra":{"k":[1]},"gift_ids":[7,"8"]}]}}"#;
    let mut response = trade_query_with_detail::Request::decode(&body(reply)).unwrap();
    assert_eq!(trade_query_with_detail::Request::total(&response), crate::Total::Records(2));
    let orders = trade_query_with_detail::Request::items(&mut response);
    assert_eq!(orders.len(), 2);
    assert_eq!(orders[0].paid, Some("1.50".parse().unwrap()));
    assert_eq!(orders[0].is_sealed, Some(true));
    assert_eq!(orders[0].trade_status, Some(TradeStatus::Shipped));
    assert_eq!(orders[1].trade_id, 2);
    assert_eq!(orders[1].extra, Some(serde_json::json!({"k": [1]})));
    assert_eq!(orders[0].extra, None);
    assert_eq!(orders[1].gift_ids, [7, 8]);
    assert!(orders[0].gift_ids.is_empty());
    assert!(!format!("{:?}", orders[0]).contains("张三"), "personal data is redacted");
    let empty = trade_query_with_detail::Request::decode(&body(r#"{"status":0}"#));
    let mut empty = empty.unwrap();
    assert!(trade_query_with_detail::Request::items(&mut empty).is_empty());
}

#[test]
fn data_that_is_the_list_is_walked_by_the_top_level_total() {
    let reply = r#"{"status":0,"total":3,"data":[{"rec_id":7,"logistics_no":"SF1"}]}"#;
    let mut response = logistics_sync_get_sync_list_ext::Request::decode(&body(reply)).unwrap();
    assert_eq!(logistics_sync_get_sync_list_ext::Request::total(&response), crate::Total::Records(3));
    assert_eq!(logistics_sync_get_sync_list_ext::Request::items(&mut response)[0].rec_id, Some(7));
    assert_eq!(<logistics_sync_get_sync_list_ext::Request as Paged>::FIRST_PAGE, 0);
}

#[test]
fn an_untyped_method_sends_json_values_and_returns_the_data() {
    let request = crate::goods::goods_goods_push::Request::new(serde_json::json!({"goods_no": "g1"}));
    assert_eq!(request.json().unwrap().unwrap(), r#"[{"goods_no":"g1"},null]"#);
    let data = crate::goods::goods_goods_push::Request::decode(&body(r#"{"status":0,"data":{"x":[1]}}"#)).unwrap();
    assert_eq!(data, serde_json::json!({"x": [1]}));
}
