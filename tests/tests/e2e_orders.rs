//! End-to-end: the three fully specified order methods through the real `Client` against the fake
//! gateway, which verifies signatures and serves GBK XML.

mod common;

use std::time::Duration;

use common::{money, time};

use dangdang_api::orders::{order_cancel, order_details_get, order_goods_send, orders_list_get};
use dangdang_api::types::{BuyerPayMode, OrderLabel, OrderState, ReceiptIssuer, SendGoodsResultCode};
use dangdang_api::{BeijingTime, ClientBuilder, Error, ShopLimit, ThrottleOutcome};
use dangdang_tests::Reply;

#[tokio::test]
async fn orders_list_decodes_a_page_and_sends_signed_gbk_parameters() {
    let (server, client) = common::server_and_client();
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get.xml"));

    let request = orders_list_get::Request::new()
        .order_state(OrderState::AwaitingShipment)
        .page_size(20)
        .page(1)
        .name("张三")
        .product_ids(["7001", "7002"])
        .last_modify_time_start(time("2015-05-31 00:00:00"))
        .last_modify_time_end(time("2015-06-01 00:00:00"));
    let page = client.orders_list_get(&request).await.expect("the call succeeds");

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "fake server rejected the call: {:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    assert_eq!(received.api_method.as_deref(), Some("dangdang.orders.list.get"));
    assert_eq!(received.business_params["os"], "101");
    assert_eq!(received.business_params["pageSize"], "20");
    assert_eq!(received.business_params["name"], "张三");
    assert_eq!(received.business_params["productID"], "7001,7002", "a list travels as one comma-joined value");
    assert_eq!(received.business_params["lastModifyTime_start"], "2015-05-31 00:00:00");
    assert!(received.raw_query.contains("name=%D5%C5%C8%FD"), "name not GBK-encoded: {}", received.raw_query);
    assert!(!received.business_params.contains_key("sm"), "unset optional parameters are not sent");

    assert_eq!(page.function_id.as_deref(), Some("searchOrders"));
    assert_eq!(page.time, Some(time("2015-06-01 10:00:05")));
    let totals = page.total_info.as_ref().unwrap();
    assert_eq!(totals.send_goods_order_count, Some(12));
    assert_eq!(totals.total_order_money, Some(money("1288.50")));
    assert_eq!(totals.page_total, Some(1));

    assert_eq!(page.orders_list.len(), 2);
    let first = &page.orders_list[0];
    assert_eq!(first.order_id, 5081234567);
    assert_eq!(first.consignee_name.as_deref(), Some("张三"));
    assert_eq!(first.consignee_tel, None, "empty element is None");
    assert_eq!(first.remark, None, "xsi:nil element is None");
    assert_eq!(first.send_goods_mode.as_deref(), Some("加急快递送货上门，时间不限"));
    assert_eq!(first.order_money, Some(money("1099.00")));
    assert_eq!(first.order_time_start, Some(time("2015-05-31 22:15:00")));
    assert_eq!(first.order_time_start.unwrap().to_utc().to_rfc3339(), "2015-05-31T14:15:00+00:00");
    assert_eq!(first.order_state, Some(OrderState::AwaitingShipment));
    assert_eq!(first.label, Some(OrderLabel::Green));
    assert_eq!(first.is_presale, Some(false));

    let second = &page.orders_list[1];
    assert_eq!(second.order_state, Some(OrderState::Cancelled));
    assert_eq!(second.label, Some(OrderLabel::Other("7".into())), "unknown codes are kept");
    assert_eq!(second.is_presale, Some(true));
    assert_eq!(second.payment_date, None);
}

#[tokio::test]
async fn orders_list_with_one_order_and_with_none() {
    let (server, client) = common::server_and_client();
    server.respond_sequence(
        orders_list_get::METHOD,
        vec![
            dangdang_tests::fixture("orders_list_get_single.xml"),
            dangdang_tests::fixture("orders_list_get_empty.xml"),
        ],
    );
    let request = orders_list_get::Request::new();
    assert!(request.product_ids.is_empty(), "an unset list is empty");

    let single = client.orders_list_get(&request).await.unwrap();
    assert!(!server.last_request().unwrap().business_params.contains_key("productID"), "an empty list is not sent");
    assert_eq!(single.orders_list.len(), 1);
    assert_eq!(single.orders_list[0].order_state, Some(OrderState::Shipped));
    assert_eq!(single.orders_list[0].send_date, Some(time("2015-06-01 08:00:00")));

    let empty = client.orders_list_get(&request).await.unwrap();
    assert!(empty.orders_list.is_empty());
    assert_eq!(empty.total_info.unwrap().page_total, None, "empty pageTotal is None");
}

#[tokio::test]
async fn order_details_decode_every_block() {
    let (server, client) = common::server_and_client();
    server.respond(order_details_get::METHOD, dangdang_tests::fixture("order_details_get.xml"));

    let order = client.order_details_get(&order_details_get::Request::new().order_id(5081234567)).await.unwrap();
    assert_eq!(server.last_request().unwrap().business_params["o"], "5081234567");

    assert_eq!(order.order_id, 5081234567);
    assert_eq!(order.message.as_deref(), Some("请周末送货，谢谢！"));
    assert_eq!(order.remark, None);
    assert_eq!(order.label, Some(OrderLabel::Red));
    assert_eq!(order.order_operate_list.len(), 2);
    assert_eq!(order.order_operate_list[1].operate_details.as_deref(), Some("顾客付款成功"));
    assert_eq!(order.order_operate_list[1].operate_time, Some(time("2015-05-31 22:16:40")));

    let buyer = order.buyer_info.as_ref().unwrap();
    assert_eq!(buyer.buyer_pay_mode, Some(BuyerPayMode::Online));
    assert_eq!(buyer.real_paid_amount, Some(money("1079.00")));
    assert_eq!(buyer.point_deduction_amount, Some(money("0.01")));
    assert_eq!(buyer.cust_point_used, None);

    let delivery = order.send_goods_info.as_ref().unwrap();
    assert_eq!(delivery.consignee_addr_province.as_deref(), Some("北京"));
    assert_eq!(delivery.consignee_postcode.as_deref(), Some("100022"));
    assert_eq!(delivery.consignee_tel, None);

    assert_eq!(order.items_list.len(), 1);
    let line = &order.items_list[0];
    assert_eq!(line.item_name.as_deref(), Some("男士羽绒服 军绿"));
    assert_eq!(line.special_attribute.as_deref(), Some("颜色>>军绿;鞋码>>38"));
    assert_eq!(line.unit_price, Some(money("1099.00")));
    assert_eq!(line.order_count, Some(1));

    assert_eq!(order.promo_list[0].promo_discount, Some(money("20.00")));
    let receipt = order.receipt_info.as_ref().unwrap();
    assert_eq!(receipt.receipt_name.as_deref(), Some("北京某某科技有限公司"));
    assert_eq!(receipt.is_dangdang_receipt, Some(ReceiptIssuer::NotDangdang));
}

#[tokio::test]
async fn order_details_need_an_order_id_or_an_outer_id_before_sending() {
    let (server, client) = common::server_and_client();
    let error = client.order_details_get(&order_details_get::Request::new()).await.unwrap_err();
    assert!(matches!(&error, Error::InvalidParam { param, .. } if param == "o / outerOrderID"), "{error}");
    assert!(server.requests().is_empty(), "nothing is sent");
}

fn shipment() -> order_goods_send::upload::Document {
    use order_goods_send::upload::{Document, ItemInfo, OrderInfo};
    let mut line = ItemInfo::new(1900123456, 1);
    line.product_item_id = Some("77001".into());
    Document::new(vec![
        OrderInfo {
            order_id: 5081234567,
            logistics_name: "圆通快递".into(),
            logistics_tel: "95554".into(),
            logistics_order_id: "YT1000000001".into(),
            send_goods_list: vec![line],
        },
        OrderInfo {
            order_id: 5081234999,
            logistics_name: "顺丰快递 & 合作方".into(),
            logistics_tel: "400-811-1111".into(),
            logistics_order_id: "SF2000000002".into(),
            send_goods_list: vec![ItemInfo::new(1900999999, 2)],
        },
    ])
}

#[tokio::test]
async fn goods_send_uploads_a_gbk_document_and_returns_per_order_results() {
    let (server, client) = common::server_and_client();
    server.respond(order_goods_send::METHOD, dangdang_tests::fixture("order_goods_send.xml"));

    let result = client.order_goods_send(&order_goods_send::Request::new(shipment())).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert!(received.content_type.as_deref().unwrap().starts_with("multipart/form-data"));
    let upload = received.upload.as_ref().expect("a file part");
    assert_eq!(upload.field, "sendGoods");
    assert_eq!(upload.filename.as_deref(), Some("sendGoods.xml"));
    assert_eq!(upload.declared_encoding.as_deref(), Some("GBK"));
    assert!(upload.bytes.windows(8).any(|w| w == common::gbk("圆通快递")), "document bytes are GBK");

    let document = common::xml(&upload.text);
    assert_eq!(document.name, "request");
    assert_eq!(document.text_at("functionID"), Some("dangdang.order.goods.send"));
    assert!(document.text_at("time").unwrap().parse::<BeijingTime>().is_ok());
    let orders: Vec<_> = document.at("OrdersList").unwrap().children_named("OrderInfo").collect();
    assert_eq!(orders.len(), 2);
    assert_eq!(orders[0].text_at("orderID"), Some("5081234567"));
    assert_eq!(orders[0].text_at("logisticsName"), Some("圆通快递"));
    assert_eq!(orders[0].text_at("SendGoodsList/ItemInfo/productItemId"), Some("77001"));
    assert_eq!(
        orders[0].text_at("SendGoodsList/ItemInfo/belongProductsPromoID"),
        None,
        "unset optional elements are left out"
    );
    assert_eq!(orders[1].text_at("logisticsName"), Some("顺丰快递 & 合作方"));
    assert_eq!(orders[1].text_at("SendGoodsList/ItemInfo/sendGoodsCount"), Some("2"));

    let failures = result.failures();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].0.order_id, Some(5081234999));
    assert_eq!(failures[0].1, &SendGoodsResultCode::StateForbidsShipping);
    assert!(failures[0].1.meaning().is_some_and(|m| !m.is_empty()));
    let outcome = result.result.expect("Result element");
    assert_eq!(outcome.oper_code, None);
    assert_eq!(outcome.orders_list.len(), 2);
    assert_eq!(outcome.orders_list[0].order_oper_code, Some(SendGoodsResultCode::Success));
    assert_eq!(outcome.orders_list[1].order_oper_code, Some(SendGoodsResultCode::StateForbidsShipping));
    assert_eq!(outcome.orders_list[1].order_operation.as_deref(), Some("订单状态决定该订单不能发货"));
}

#[tokio::test]
async fn goods_send_orders_are_struct_literals_and_an_empty_required_text_is_refused() {
    use order_goods_send::upload::{Document, ItemInfo, OrderInfo};
    let (server, client) = common::server_and_client();
    // Forgetting `logistics_tel` leaves it empty through `..Default::default()`: refused, not sent.
    let order = OrderInfo {
        order_id: 5081234567,
        logistics_name: "圆通快递".into(),
        logistics_order_id: "YT1000000001".into(),
        send_goods_list: vec![ItemInfo::new(1900123456, 1)],
        ..Default::default()
    };
    let error = client.order_goods_send(&order_goods_send::Request::new(Document::new(vec![order]))).await.unwrap_err();
    assert_eq!(error.to_string(), "dangdang.order.goods.send: invalid `logisticsTel`: required: may not be empty");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn goods_send_refuses_more_than_fifty_orders_before_sending() {
    let (server, client) = common::server_and_client();
    let orders = (0..51)
        .map(|i| order_goods_send::upload::OrderInfo {
            order_id: 5_000_000_000 + i,
            logistics_name: "圆通快递".into(),
            logistics_tel: "95554".into(),
            logistics_order_id: format!("YT{i}"),
            send_goods_list: vec![],
        })
        .collect();
    let request = order_goods_send::Request::new(order_goods_send::upload::Document::new(orders));
    let error = client.order_goods_send(&request).await.unwrap_err();
    assert_eq!(error.to_string(), "dangdang.order.goods.send: invalid `OrderInfo`: at most 50 per call, got 51");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn gateway_error_response_becomes_a_typed_error_with_the_raw_body() {
    let (server, client) = common::server_and_client();
    server.respond(
        orders_list_get::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><errorResponse><errorCode>7</errorCode><errorMessage>会话已过期</errorMessage></errorResponse>"#,
        ),
    );
    let error = client.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    match &error {
        Error::Gateway { method, code, message, raw, .. } => {
            assert_eq!(*method, "dangdang.orders.list.get");
            assert_eq!(code, "7");
            assert_eq!(message, "会话已过期");
            assert!(raw.text_lossy().contains("会话已过期"));
        }
        other => panic!("expected a gateway error, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 1, "a gateway refusal is not retried");
}

#[tokio::test]
async fn a_throttle_reply_is_its_own_error_retried_for_reads_and_never_for_writes() {
    let throttle = r#"<?xml version="1.0" encoding="GBK"?><errorResponse><errorCode>7</errorCode><errorMessage>SHOP访问API一分钟频次超限</errorMessage></errorResponse>"#;
    // A throttle closes the client's budget for one window: 20 ms here instead of a minute.
    let short_window = |builder: ClientBuilder| {
        builder.limit(ShopLimit::learned().window(Duration::from_millis(20))).deadline(Duration::from_millis(300))
    };
    let server = dangdang_tests::sandbox();
    let client = common::client_for(&server, short_window);
    server.respond_sequence(
        orders_list_get::METHOD,
        vec![Reply::xml(throttle), dangdang_tests::fixture("orders_list_get.xml")],
    );
    let page = client.orders_list_get(&orders_list_get::Request::new()).await.expect("the read is retried");
    assert!(!page.orders_list.is_empty());
    assert_eq!(server.requests().len(), 2);

    let server = dangdang_tests::sandbox();
    let client = common::client_for(&server, short_window);
    server.respond(order_details_get::METHOD, Reply::xml(throttle));
    let error = client.order_details_get(&order_details_get::Request::new().order_id(1)).await.unwrap_err();
    match &error {
        Error::Throttled { code, message, raw, outcome: ThrottleOutcome::ReadGaveUp { attempts }, .. } => {
            assert_eq!((code.as_str(), message.as_str()), ("7", "SHOP访问API一分钟频次超限"));
            assert!(raw.text_lossy().contains("频次超限"));
            // The last attempt may still be on its way when the deadline comes.
            let received = server.requests().len();
            assert!(*attempts as usize == received || *attempts as usize == received + 1, "{attempts} / {received}");
        }
        other => panic!("expected a throttle, got {other:?}"),
    }
    assert!(server.requests().len() > 3, "a throttled read is retried until the deadline");

    let (server, client) = common::server_and_client();
    server.respond(order_cancel::METHOD, Reply::xml(throttle));
    let error = client.order_cancel(&order_cancel::Request::new(1, "buyer asked")).await.unwrap_err();
    assert!(matches!(error, Error::Throttled { outcome: ThrottleOutcome::WriteNotResent, .. }), "{error:?}");
    assert!(error.to_string().contains("a write is never re-sent"), "{error}");
    assert_eq!(server.requests().len(), 1, "a throttled write is sent once");
}

#[tokio::test]
async fn in_body_error_becomes_a_business_error() {
    let (server, client) = common::server_and_client();
    server.respond(
        order_details_get::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.order.details.get</functionID><time>2015-06-01 10:00:05</time><Error><operCode>35</operCode><operation>订单编号错误</operation></Error></response>"#,
        ),
    );
    let error = client.order_details_get(&order_details_get::Request::new().order_id(1)).await.unwrap_err();
    match &error {
        Error::Business { code, message, raw, .. } => {
            assert_eq!(code, "35");
            assert_eq!(message, "订单编号错误");
            assert!(raw.bytes().len() > 100);
        }
        other => panic!("expected a business error, got {other:?}"),
    }
    assert_eq!(error.to_string(), "dangdang.order.details.get: rejected with code 35: 订单编号错误");
}

#[tokio::test]
async fn a_bad_signature_is_refused_by_the_fake_gateway() {
    let (server, _) = common::server_and_client();
    let wrong =
        dangdang_api::Client::builder("2100000000", "NOT-THE-SECRET", dangdang_tests::SandboxConfig::default().session)
            .endpoint(server.endpoint())
            .build()
            .unwrap();
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get.xml"));
    let error = wrong.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    assert!(matches!(error, Error::Gateway { ref code, .. } if code == "2"), "{error:?}");
    assert!(!server.last_request().unwrap().accepted());
}

#[tokio::test]
async fn bad_page_size_is_refused_before_sending() {
    let (server, client) = common::server_and_client();
    let error = client.orders_list_get(&orders_list_get::Request::new().page_size(7)).await.unwrap_err();
    assert_eq!(error.to_string(), "dangdang.orders.list.get: invalid `pageSize`: must be one of 5, 10, 15, 20");
    let error = client
        .orders_list_get(
            &orders_list_get::Request::new()
                .last_modify_time_start(time("2015-05-01 00:00:00"))
                .last_modify_time_end(time("2015-05-17 00:00:00")),
        )
        .await
        .unwrap_err();
    assert!(error.to_string().contains("at most 15 days"), "{error}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_decode_failure_names_the_method_and_the_element_path() {
    let (server, client) = common::server_and_client();
    server.respond(
        orders_list_get::METHOD,
        Reply::xml(r#"<?xml version="1.0" encoding="GBK"?><response><OrdersList><OrderInfo><orderMoney>十元</orderMoney></OrderInfo></OrdersList></response>"#),
    );
    let error = client.orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    match &error {
        Error::Decode { method, path, raw, .. } => {
            assert_eq!(*method, "dangdang.orders.list.get");
            assert!(path.contains("OrdersList") && path.contains("orderMoney"), "path: {path}");
            assert!(raw.text_lossy().contains("十元"));
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn undocumented_methods_take_raw_parameters_and_return_an_xml_tree() {
    use dangdang_api::promotions::promotions_list_get;
    let (server, client) = common::server_and_client();
    server.respond(
        promotions_list_get::METHOD,
        Reply::xml(r#"<?xml version="1.0" encoding="GBK"?><response><functionID>x</functionID><promo id="1"><name>双十一</name></promo></response>"#),
    );
    let tree =
        client.promotions_list_get(&promotions_list_get::Request::new().param("status", "进行中")).await.unwrap();
    assert_eq!(tree.text_at("promo/name"), Some("双十一"));
    assert_eq!(tree.at("promo").unwrap().attributes, vec![("id".to_owned(), "1".to_owned())]);
    let received = server.last_request().unwrap();
    assert_eq!(received.http_method, "POST");
    assert_eq!(received.business_params["status"], "进行中");
}

#[test]
fn secrets_never_show_in_debug_output() {
    let (_server, client) = common::server_and_client();
    let config = dangdang_tests::SandboxConfig::default();
    let builder =
        dangdang_api::Client::builder(config.app_key.clone(), config.app_secret.clone(), config.session.clone());
    let request = order_details_get::Request::new().order_id(1).param("session", "not the real one");
    let error =
        dangdang_api::Client::builder("", config.app_secret.clone(), config.session.clone()).build().unwrap_err();
    for shown in [
        format!("{client:?}"),
        format!("{builder:?}"),
        format!("{:?}", dangdang_api::blocking::Client::new(client.clone()).unwrap()),
        format!("{request:?} {:?}", dangdang_api::rt::Call::of(&request).unwrap()),
        format!("{error} {error:?}"),
    ] {
        assert!(!shown.contains(&config.app_secret) && !shown.contains(&config.session), "{shown}");
    }
    assert!(format!("{client:?}").contains("REDACTED"));
}

/// Issue 12 item 7: a user's own test builds replies from outside the crate — `Default`, then the
/// public fields (`#[non_exhaustive]` forbids struct literals, not assignment).
#[test]
fn replies_can_be_built_in_user_tests() {
    let mut order = orders_list_get::OrderInfo::default();
    order.order_id = 5081234567;
    order.order_state = Some(OrderState::AwaitingShipment);
    let mut page = orders_list_get::Response::default();
    page.orders_list.push(order);
    assert_eq!(page.orders_list[0].order_id, 5081234567);
    assert_eq!(page.total_info, None);

    let mut shipped = order_goods_send::OrderInfo::default();
    shipped.order_id = Some(1);
    shipped.order_oper_code = Some(SendGoodsResultCode::Success);
    let mut refused = order_goods_send::OrderInfo::default();
    refused.order_id = Some(2);
    refused.order_oper_code = Some(SendGoodsResultCode::StateForbidsShipping);
    let mut result = order_goods_send::SendResult::default();
    result.orders_list = vec![shipped, refused];
    let mut reply = order_goods_send::Response::default();
    reply.result = Some(result);
    let failed: Vec<_> = reply.failures().into_iter().map(|(order, code)| (order.order_id, code.clone())).collect();
    assert_eq!(failed, [(Some(2), SendGoodsResultCode::StateForbidsShipping)]);
}
