//! End-to-end: order cancel, courier receipt details, returns and exchanges (list, approval, handling)
//! and delivery-status uploads through the real `Client` against the fake gateway.

mod common;

use common::{gbk, money, time, uploaded_document};

use dangdang_api::orders::{
    order_cancel, order_goods_exchange, order_receipt_details_get, order_return, orders_distristatus_update,
    orders_exchange_return_apply_approve, orders_exchange_return_list_get,
};
use dangdang_api::types::{
    CancelOrderResultCode, DistriStatus, ExchangeAction, ExchangeGoodsResultCode, ReceiptDetailsResultCode,
    ReceiptShippingType, ReturnAction, ReturnApplyStatus, ReturnApprovalStatus, ReturnExchangeType,
    ReturnGoodsResultCode, ReturnProcessingResult, ReturnProcessingStatus,
};
use dangdang_api::{Decimal, Error, NaiveDate};
use dangdang_tests::Reply;

/// The query-string form of `text` in GBK, percent-encoded byte by byte.
fn gbk_query(text: &str) -> String {
    gbk(text).iter().map(|b| format!("%{b:02X}")).collect()
}

fn invalid_param(error: &Error) -> &str {
    match error {
        Error::InvalidParam { param, .. } => param,
        other => panic!("expected InvalidParam, got {other:?}"),
    }
}

#[tokio::test]
async fn order_cancel_sends_the_order_and_reason_and_decodes_the_result() {
    let (server, client) = common::server_and_client();
    server.respond(order_cancel::METHOD, dangdang_tests::fixture("order_cancel.xml"));

    let reply = client.order_cancel(&order_cancel::Request::new(5081234567, "800003")).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    assert_eq!(received.api_method.as_deref(), Some("dangdang.order.cancel"));
    assert_eq!(received.business_params["o"], "5081234567");
    assert_eq!(received.business_params["cr"], "800003");
    assert_eq!(received.business_params.len(), 2);

    assert_eq!(reply.function_id.as_deref(), Some("cancelOrder"));
    assert_eq!(reply.time, Some(time("2015-06-02 09:15:30")));
    let result = reply.result.expect("Result element");
    assert_eq!(result.order_id, Some(5081234567));
    assert_eq!(result.oper_code, Some(CancelOrderResultCode::Success));
    assert_eq!(result.operation.as_deref(), Some("取消订单成功"));
}

#[tokio::test]
async fn receipt_details_decode_waybills_and_per_order_failures() {
    let (server, client) = common::server_and_client();
    server.respond(order_receipt_details_get::METHOD, dangdang_tests::fixture("order_receipt_details_get.xml"));

    let request = order_receipt_details_get::Request::new([5081234567, 5081234999, 5081230000])
        .shipping_type(ReceiptShippingType::Air);
    let reply = client.order_receipt_details_get(&request).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    assert_eq!(received.business_params["o"], "5081234567,5081234999,5081230000");
    assert_eq!(received.business_params["shippingType"], "1");

    let waybills = &reply.order_courier_receipt_details;
    assert_eq!(waybills.len(), 3);

    let first = &waybills[0];
    assert_eq!(first.receipt_title.as_deref(), Some("当当网货到付款面单"));
    assert_eq!(first.reject_warehouse.as_deref(), Some("北京马驹桥退货仓"));
    assert_eq!(first.order_id, 5081234567);
    assert_eq!(first.order_create_time, Some(time("2015-05-31 22:15:00")));
    assert_eq!(first.consignee_addr_province.as_deref(), Some("北京"));
    assert_eq!(first.consignee_tel, None, "empty element is None");
    assert_eq!(first.consigner_addr.as_deref(), Some("北京市通州区马驹桥物流园3号"));
    assert_eq!(first.total_bargain_price, Some(money("1079.00")));
    assert_eq!(first.send_goods_time.as_deref(), Some("周六日及公共假期"));
    assert_eq!(first.pay_type.as_deref(), Some("货到付款"));
    assert_eq!(first.oper_code, None, "an empty operCode means success");

    let second = &waybills[1];
    assert_eq!(second.express_company.as_deref(), Some("顺丰快递"));
    assert_eq!(second.total_bargain_price, Some(Decimal::ZERO));
    assert_eq!(second.shop_warehouse, None, "absent element is None");

    let failed = &waybills[2];
    assert_eq!(failed.order_id, 5081230000);
    assert_eq!(failed.oper_code, Some(ReceiptDetailsResultCode::NoWarehouseForCity));
    assert_eq!(failed.operation.as_deref(), Some("顾客所在城市没有对应仓库"));
    assert_eq!(failed.receipt_title, None);
    let failures: Vec<_> = reply.failures().into_iter().map(|(order, code)| (order.order_id, code)).collect();
    assert_eq!(failures, [(5081230000, &ReceiptDetailsResultCode::NoWarehouseForCity)], "an empty operCode is success");
}

#[tokio::test]
async fn receipt_details_with_a_single_order_keep_an_unknown_code() {
    let (server, client) = common::server_and_client();
    server.respond(order_receipt_details_get::METHOD, dangdang_tests::fixture("order_receipt_details_get_single.xml"));

    let reply = client.order_receipt_details_get(&order_receipt_details_get::Request::new([5081231111])).await.unwrap();
    assert!(!server.last_request().unwrap().business_params.contains_key("shippingType"));

    assert_eq!(reply.order_courier_receipt_details.len(), 1);
    let only = &reply.order_courier_receipt_details[0];
    assert_eq!(only.oper_code, Some(ReceiptDetailsResultCode::Other("2301".into())));
    assert_eq!(only.oper_code.as_ref().unwrap().meaning(), None);
    assert_eq!(only.operation.as_deref(), Some("未知错误"));
}

#[tokio::test]
async fn receipt_details_take_at_most_one_hundred_order_ids() {
    let (server, client) = common::server_and_client();
    server.respond(order_receipt_details_get::METHOD, dangdang_tests::fixture("order_receipt_details_get_single.xml"));
    let ids = |n: i64| (0..n).map(|i| 5_081_000_000 + i);

    let error = client.order_receipt_details_get(&order_receipt_details_get::Request::new(ids(101))).await.unwrap_err();
    assert_eq!(invalid_param(&error), "o");
    assert!(error.to_string().contains("at most 100 per call, got 101"), "{error}");
    assert!(server.requests().is_empty(), "nothing is sent");

    client.order_receipt_details_get(&order_receipt_details_get::Request::new(ids(100))).await.unwrap();
    assert_eq!(server.requests().len(), 1, "100 ids are accepted");
}

#[tokio::test]
async fn order_return_sends_the_action_amounts_and_a_gbk_note() {
    let (server, client) = common::server_and_client();
    server.respond(order_return::METHOD, dangdang_tests::fixture("order_return.xml"));

    let request = order_return::Request::new(5081234567, 300012345, ReturnAction::AgreeRefund)
        .shipping_amount(money("8.50"))
        .deduct_amount(money("0"))
        .memo("同意退款，运费已补");
    let reply = client.order_return(&request).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    assert_eq!(received.business_params["o"], "5081234567");
    assert_eq!(received.business_params["ro"], "300012345");
    assert_eq!(received.business_params["op"], "1000");
    assert_eq!(received.business_params["shippingAmount"], "8.50");
    assert_eq!(received.business_params["deductAmount"], "0");
    assert_eq!(received.business_params["mo"], "同意退款，运费已补");
    assert!(received.raw_query.contains(&gbk_query("同意退款")), "note not GBK-encoded: {}", received.raw_query);

    let result = reply.result.expect("Result element");
    assert_eq!(result.order_id, Some(5081234567));
    assert_eq!(result.return_order_id.as_deref(), Some("R20150603001"));
    assert_eq!(result.oper_code, Some(ReturnGoodsResultCode::Success));
    assert_eq!(result.operation.as_deref(), Some("操作成功"));
}

#[tokio::test]
async fn goods_exchange_reports_an_already_queued_request() {
    let (server, client) = common::server_and_client();
    server.respond(order_goods_exchange::METHOD, dangdang_tests::fixture("order_goods_exchange.xml"));

    let request = order_goods_exchange::Request::new(5081234999, 300012399, ExchangeAction::OutOfStockRefund);
    let reply = client.order_goods_exchange(&request).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.business_params["eo"], "300012399");
    assert_eq!(received.business_params["op"], "0");
    assert!(!received.business_params.contains_key("mo"), "unset optional parameters are not sent");

    let result = reply.result.expect("Result element");
    assert_eq!(result.order_id, Some(5081234999));
    assert_eq!(result.exchange_order_id, None, "empty element is None");
    assert_eq!(result.oper_code, Some(ExchangeGoodsResultCode::AlreadyQueued));
    assert_eq!(result.operation.as_deref(), Some("队列中已经存在数据"));
}

#[tokio::test]
async fn return_list_sends_filters_and_decodes_a_page() {
    let (server, client) = common::server_and_client();
    server.respond(
        orders_exchange_return_list_get::METHOD,
        dangdang_tests::fixture("orders_exchange_return_list_get.xml"),
    );

    let request = orders_exchange_return_list_get::Request::new()
        .apply_status(ReturnApplyStatus::Cancelled)
        .request_type(ReturnExchangeType::RefundOnly)
        .processing_status(ReturnProcessingStatus::Pending)
        .processing_result(ReturnProcessingResult::All)
        .request_date_start(NaiveDate::from_ymd_opt(2015, 6, 1).unwrap())
        .request_date_end(NaiveDate::from_ymd_opt(2015, 6, 4).unwrap())
        .is_need_reverse_reason(true)
        .page(1);
    let page = client.orders_exchange_return_list_get(&request).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    let params = &received.business_params;
    assert_eq!(params["applyStatus"], "-100");
    assert_eq!(params["type"], "5");
    assert_eq!(params["status"], "1");
    assert_eq!(params["result"], "9999");
    assert_eq!(params["resd"], "2015-06-01");
    assert_eq!(params["reed"], "2015-06-04");
    assert_eq!(params["isNeedReverseReason"], "1");
    assert_eq!(params["p"], "1");
    assert!(!params.contains_key("pageSize") && !params.contains_key("o"));

    assert_eq!(page.function_id.as_deref(), Some("searchReturnExchangeOrders"));
    let totals = page.total_info.as_ref().unwrap();
    assert_eq!(totals.total_order_count, Some(13));
    assert_eq!(totals.need_return_order_count, Some(4));
    assert_eq!(totals.page_item_money, Some(money("1218.80")));
    assert_eq!(totals.page_total, Some(2));

    assert_eq!(page.orders_list.len(), 3);
    let first = &page.orders_list[0];
    assert_eq!(first.order_id, 5081234567);
    assert_eq!(first.return_exchange_status, Some(ReturnExchangeType::Return));
    assert_eq!(first.return_exchange_code, 300012345);
    assert_eq!(first.order_money, Some(money("1099.00")));
    assert_eq!(first.order_time, Some(time("2015-06-03 18:30:00")));
    assert_eq!(first.order_status, Some(ReturnProcessingStatus::Pending));
    assert_eq!(first.order_result, None, "empty orderResult while pending");
    assert_eq!(first.return_exchange_orders_appr_status, Some(ReturnApprovalStatus::AwaitingReview));
    assert_eq!(first.warning, None);
    assert_eq!(first.items_list.len(), 1);
    let line = &first.items_list[0];
    assert_eq!(line.item_id, 1900123456);
    assert_eq!(line.item_subhead.as_deref(), Some("冬季加厚 & 连帽"));
    assert_eq!(line.unit_price, Some(money("1099.00")));
    assert_eq!(line.outer_item_id, None, "empty element is None");
    assert_eq!(line.one_level_reverse_reason.as_deref(), Some("质量问题"));
    assert_eq!(line.reverse_detail_reason.as_deref(), Some("袖口开线，拉链卡顿"));
    assert_eq!(line.item_code.as_deref(), Some("YRF-2015-JL"));

    let second = &page.orders_list[1];
    assert_eq!(second.return_exchange_status, Some(ReturnExchangeType::Exchange));
    assert_eq!(second.order_status, Some(ReturnProcessingStatus::Processed));
    assert_eq!(second.order_result, Some(ReturnProcessingResult::Agreed));
    assert_eq!(second.return_exchange_orders_appr_status, Some(ReturnApprovalStatus::Approved));
    assert_eq!(second.warning.as_deref(), Some("换货商品缺货"));
    assert_eq!(second.items_list.len(), 2, "unknown <refundChannel> is ignored");
    assert_eq!(second.items_list[1].item_name.as_deref(), Some("纯棉T恤 黑色"));
    assert_eq!(second.items_list[1].unit_price, Some(money("29.95")));

    let third = &page.orders_list[2];
    assert_eq!(third.return_exchange_status, Some(ReturnExchangeType::Other("6".into())), "unknown codes are kept");
    assert_eq!(third.order_status, Some(ReturnProcessingStatus::Deferred));
    assert_eq!(third.order_result, Some(ReturnProcessingResult::Deferred));
    assert_eq!(third.return_exchange_orders_appr_status, Some(ReturnApprovalStatus::Other("12".into())));
    assert!(third.items_list.is_empty(), "empty itemsList");
}

#[tokio::test]
async fn return_list_with_one_request_and_with_none() {
    let (server, client) = common::server_and_client();
    server.respond_sequence(
        orders_exchange_return_list_get::METHOD,
        vec![
            dangdang_tests::fixture("orders_exchange_return_list_get_single.xml"),
            dangdang_tests::fixture("orders_exchange_return_list_get_empty.xml"),
        ],
    );
    let request = orders_exchange_return_list_get::Request::new().order_id(5081235555).page(2);

    let single = client.orders_exchange_return_list_get(&request).await.unwrap();
    assert_eq!(server.last_request().unwrap().business_params["o"], "5081235555");
    assert_eq!(single.total_info.as_ref().unwrap().current_page, Some(2));
    assert_eq!(single.orders_list.len(), 1);
    let only = &single.orders_list[0];
    assert_eq!(only.return_exchange_status, Some(ReturnExchangeType::ReturnOnBuyersBehalf));
    assert_eq!(only.order_result, Some(ReturnProcessingResult::Refused));
    assert_eq!(only.return_exchange_orders_appr_status, Some(ReturnApprovalStatus::Rejected));
    assert_eq!(only.items_list.len(), 1);
    assert_eq!(only.items_list[0].item_name.as_deref(), Some("《红楼梦》精装版"));

    let empty = client.orders_exchange_return_list_get(&request).await.unwrap();
    assert!(empty.orders_list.is_empty());
    let totals = empty.total_info.unwrap();
    assert_eq!(totals.total_order_count, Some(0));
    assert_eq!(totals.page_total, None, "empty pageTotal is None");
}

#[tokio::test]
async fn return_list_page_size_is_fixed_at_ten() {
    let (server, client) = common::server_and_client();
    let error = client
        .orders_exchange_return_list_get(&orders_exchange_return_list_get::Request::new().page_size(20))
        .await
        .unwrap_err();
    assert_eq!(invalid_param(&error), "pageSize");
    assert_eq!(error.to_string(), "dangdang.orders.exchange.return.list.get: invalid `pageSize`: must be one of 10");
    assert!(server.requests().is_empty(), "nothing is sent");

    server.respond(
        orders_exchange_return_list_get::METHOD,
        dangdang_tests::fixture("orders_exchange_return_list_get_empty.xml"),
    );
    client
        .orders_exchange_return_list_get(&orders_exchange_return_list_get::Request::new().page_size(10))
        .await
        .unwrap();
    assert_eq!(server.last_request().unwrap().business_params["pageSize"], "10");
}

#[tokio::test]
async fn approval_uploads_review_decisions_as_gbk_xml() {
    use orders_exchange_return_apply_approve::upload::{Document, OrderInfo};
    let (server, client) = common::server_and_client();
    server.respond(
        orders_exchange_return_apply_approve::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.orders.exchange.return.apply.approve</functionID><time>2015-06-04 10:00:00</time><Result><OrdersList><OrderInfo><orderID>5081234567</orderID><orderOperCode>0</orderOperCode><orderOperation>审核成功</orderOperation></OrderInfo></OrdersList></Result></response>"#,
        ),
    );

    let mut approve = OrderInfo::new(5081234567, 300012345, ReturnApprovalStatus::Approved);
    approve.appr_comments = Some("同意退货，请寄回 <原包装>".into());
    // A refund-only request's lines: the doc truncates `itemsList`, so its content is caller-built XML.
    let mut line = dangdang_api::XmlElement::new("ItemInfo");
    let mut item_id = dangdang_api::XmlElement::new("itemID");
    item_id.text = "1900123456".into();
    line.children.push(item_id);
    let mut items = dangdang_api::XmlElement::new("itemsList");
    items.children.push(line);
    approve.items_list = Some(items);
    let reject = OrderInfo::new(5081234999, 300012399, ReturnApprovalStatus::Rejected);
    let request = orders_exchange_return_apply_approve::Request::new(Document::new(vec![approve, reject]));
    let tree = client.orders_exchange_return_apply_approve(&request).await.unwrap();

    let received = server.last_request().unwrap();
    let document = uploaded_document(&received, "updateReturnExchangeOrdersApprStatus", Some("同意退货"));
    assert_eq!(document.text_at("functionID"), Some("dangdang.orders.exchange.return.apply.approve"));
    let orders: Vec<_> = document.at("OrdersList").unwrap().children_named("OrderInfo").collect();
    assert_eq!(orders.len(), 2);
    assert_eq!(orders[0].text_at("orderID"), Some("5081234567"));
    assert_eq!(orders[0].text_at("returnExchangeCode"), Some("300012345"));
    assert_eq!(orders[0].text_at("returnExchangeOrdersApprStatus"), Some("1"));
    assert_eq!(orders[0].text_at("apprComments"), Some("同意退货，请寄回 <原包装>"));
    assert_eq!(orders[1].text_at("returnExchangeOrdersApprStatus"), Some("2"));
    assert_eq!(orders[1].text_at("apprComments"), None, "unset optional elements are left out");
    assert_eq!(orders[0].text_at("itemsList/ItemInfo/itemID"), Some("1900123456"), "itemsList is sent");
    assert_eq!(orders[1].child("itemsList"), None);

    assert_eq!(tree.text_at("Result/OrdersList/OrderInfo/orderOperation"), Some("审核成功"));

    // Caller-built content that would change the document's structure is refused before sending.
    let mut bad = OrderInfo::new(5081234567, 300012345, ReturnApprovalStatus::Approved);
    let mut items = dangdang_api::XmlElement::new("itemsList");
    items.children.push(dangdang_api::XmlElement::new("a><b"));
    bad.items_list = Some(items);
    let request = orders_exchange_return_apply_approve::Request::new(Document::new(vec![bad]));
    let sent = server.requests().len();
    let error = client.orders_exchange_return_apply_approve(&request).await.unwrap_err();
    assert!(matches!(&error, dangdang_api::Error::InvalidParam { param, .. } if param == "itemsList"), "{error}");
    assert_eq!(server.requests().len(), sent, "nothing more is sent");
}

#[tokio::test]
async fn distribution_status_uploads_orders_with_their_delivery_time() {
    use orders_distristatus_update::upload::{Document, OrderInfo};
    let (server, client) = common::server_and_client();
    server.respond(
        orders_distristatus_update::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.orders.distristatus.update</functionID><time>2015-06-05 10:00:00</time><Result><OrdersList><OrderInfo><orderID>5081234567</orderID><orderOperCode>0</orderOperCode><orderOperation>配送状态更新成功</orderOperation></OrderInfo></OrdersList></Result></response>"#,
        ),
    );

    let document = Document::new(vec![
        OrderInfo::new(5081234567, DistriStatus::Delivered, time("2012-03-13 12:12:12")),
        OrderInfo::new(5081234999, DistriStatus::Other("2".into()), time("2015-06-05 09:30:00")),
    ]);
    let tree = client.orders_distristatus_update(&orders_distristatus_update::Request::new(document)).await.unwrap();

    let received = server.last_request().unwrap();
    let uploaded = uploaded_document(&received, "updateMultiOrdersDistriStatus", None);
    assert_eq!(uploaded.text_at("functionID"), Some("dangdang.orders.distristatus.update"));
    let orders: Vec<_> = uploaded.at("OrdersList").unwrap().children_named("OrderInfo").collect();
    assert_eq!(orders.len(), 2);
    assert_eq!(orders[0].text_at("orderID"), Some("5081234567"));
    assert_eq!(orders[0].text_at("distriStatus"), Some("1"));
    assert_eq!(orders[0].text_at("distriTime"), Some("2012-03-13 12:12:12"));
    assert_eq!(orders[1].text_at("distriStatus"), Some("2"), "codes the spec does not know are sent as given");

    assert_eq!(tree.text_at("Result/OrdersList/OrderInfo/orderOperation"), Some("配送状态更新成功"));
}

#[tokio::test]
async fn distribution_status_refuses_more_than_one_hundred_orders_before_sending() {
    use orders_distristatus_update::upload::{Document, OrderInfo};
    let (server, client) = common::server_and_client();
    let orders =
        (0..101).map(|i| OrderInfo::new(5_000_000_000 + i, DistriStatus::Delivered, time("2015-06-05 09:30:00")));
    let request = orders_distristatus_update::Request::new(Document::new(orders.collect()));
    let error = client.orders_distristatus_update(&request).await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "dangdang.orders.distristatus.update: invalid `OrderInfo`: at most 100 per call, got 101"
    );
    assert!(server.requests().is_empty(), "nothing is sent");
}
