//! End-to-end fault injection: one broken reply per test, served by the fake gateway to the real
//! `Client`, each asserting the exact typed outcome and that the raw body is kept where there is one.
//!
//! | fault served by the fake gateway                                     | outcome                                               | raw body |
//! |----------------------------------------------------------------------|-------------------------------------------------------|----------|
//! | HTTP 502 with an HTML body, a read                                   | `Error::HttpStatus { status: 502 }` after 3 attempts  | kept     |
//! | HTML error page with HTTP 200 (ASCII, or UTF-8 Chinese)              | `Error::Decode { path: "." }`                         | kept     |
//! | document cut in a tag, in text, before `</response>`, in a character | `Error::Decode { path: "." }` (typed and tree methods) | kept     |
//! | UTF-8 body declaring GBK (Chinese text)                              | `Error::Charset`                                      | kept     |
//! | GBK body declaring UTF-8                                             | `Error::Charset`                                      | kept     |
//! | non-GBK bytes in a GBK body (`FF`, `81` before `<`, `81 7F`)         | `Error::Charset`                                      | kept     |
//! | slow server, no retries                                              | `Error::Timeout`                                      | —        |
//! | slow server once, then a good reply, a read                          | `Ok` on the 2nd attempt                               | —        |
//! | slow server, a write                                                 | `Error::Timeout`, sent once                           | —        |
//! | connection dropped mid-body, a read                                  | `Error::Transport` (a body error) after 3 attempts    | —        |
//! | connection dropped mid-body once, then a good reply, a read          | `Ok` on the 2nd attempt                               | —        |
//! | connection dropped mid-body or right after the headers, a write      | `Error::Transport` (a body error), sent once          | —        |
//! | 64 MiB body, generated as read, against a 1 MiB `max_response_bytes` | `Error::ResponseTooLarge { limit }`; reading stops    | —        |
//! | body of exactly the cap / one byte over                              | `Ok` / `Error::ResponseTooLarge`                      | —        |
//! | `<errorResponse>`                                                    | `Error::Gateway { code, message }`, not retried       | kept     |
//! | `<response><Error><operCode>`                                        | `Error::Business { code, message }`                   | kept     |
//! | batch with some orders / items failing                               | `Ok`, per-order / per-item typed codes                | —        |
//! | empty body, whitespace only, `<?xml ...?>` without a root            | `Error::Decode { path: "." }`                         | kept     |
//! | C0 control characters (U+0000–U+001F) in text and error messages     | tolerated: `Ok`, characters kept verbatim             | —        |
//!
//! Control characters: XML 1.0 forbids most of them, but real replies carry them (WF), so refusing
//! them would make real orders undecodable; they are kept as they are, for the caller to judge.
//!
//! Mislabelled UTF-8 is caught only when its bytes are not also valid GBK: strict decoding cannot
//! tell otherwise. A run of an odd number of CJK characters in UTF-8 (3 bytes each) before an ASCII
//! byte always leaves a GBK lead byte without a trail, so a realistic reply is caught.

//! Timeouts, dropped connections and oversized bodies (rows 6–8) are in `e2e_faults_transport.rs`.

mod common;
mod faults_common;

use dangdang_api::items::items_stock_update;
use dangdang_api::orders::{order_details_get, order_goods_send, orders_list_get};
use dangdang_api::promotions::promotions_list_get;
use dangdang_api::types::{ItemBatchResultCode, SendGoodsResultCode};
use dangdang_api::{Error, RawBody};
use dangdang_tests::Reply;
use faults_common::*;

// 1. HTTP 5xx ---------------------------------------------------------------------------------------

#[tokio::test]
async fn http_5xx_with_a_body_is_http_status_once_the_read_retries_are_spent() {
    let (server, client) = start();
    let page = gbk("<html><body><h1>502 Bad Gateway</h1><p>当当网关暂时不可用</p></body></html>");
    server.respond(orders_list_get::METHOD, Reply::raw(502, "text/html; charset=GBK", page.clone()));
    let error = list_orders(&client).await.unwrap_err();
    match &error {
        Error::HttpStatus { method, status, raw } => {
            assert_eq!(*method, orders_list_get::METHOD);
            assert_eq!(*status, 502);
            assert_raw(raw, &page);
            assert!(raw.text_lossy().contains("网关暂时不可用"));
        }
        other => panic!("expected HTTP 502, got {other:?}"),
    }
    assert_eq!(error.raw_body().map(RawBody::bytes), Some(page.as_slice()));
    assert_eq!(server.requests_for(orders_list_get::METHOD).len(), 3, "3 attempts, then the 502 is returned");
}

// 2. HTML with HTTP 200 -------------------------------------------------------------------------------

#[tokio::test]
async fn an_html_page_with_status_200_is_a_decode_error_at_the_document() {
    let (server, client) = start();
    let page = b"<!DOCTYPE html>\n<html><head><title>Error</title></head><body><h1>System busy</h1><br></body></html>";
    server.respond(orders_list_get::METHOD, Reply::raw(200, "text/html", page.as_slice()));
    let message = assert_document_decode_error(list_orders(&client).await, page);
    assert!(message.contains("<html>"), "{message}");
    assert_eq!(server.requests_for(orders_list_get::METHOD).len(), 1, "a decode error is not retried");
}

#[tokio::test]
async fn a_utf8_chinese_html_page_with_status_200_is_a_decode_error_not_a_charset_one() {
    // A web server's own error page: UTF-8, no XML declaration (so read as GBK by default), and
    // not valid GBK. What is wrong is that it is not an API reply at all.
    let (server, client) = start();
    let page = "<html><head><meta charset=\"utf-8\"><title>错误</title></head><body>服务器错误</body></html>";
    assert!(encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(page.as_bytes()).is_none());
    server.respond(orders_list_get::METHOD, Reply::raw(200, "text/html; charset=utf-8", page));
    let message = assert_document_decode_error(list_orders(&client).await, page.as_bytes());
    assert!(message.contains("<html>"), "{message}");
}

// 3. Truncated XML ------------------------------------------------------------------------------------

#[tokio::test]
async fn a_document_cut_anywhere_is_a_decode_error_at_the_document() {
    let full = gbk(&fixture_text("orders_list_get.xml"));
    let at = |needle: &str| {
        full.windows(needle.len())
            .position(|w| w == needle.as_bytes())
            .unwrap_or_else(|| panic!("{needle} in the fixture"))
    };
    let inside_gbk_char = full.iter().position(|&b| b >= 0x81).unwrap() + 1;
    let cuts = [
        ("inside the declaration", 20),
        ("inside a start tag", at("<OrdersList>") + 4),
        ("inside text", at("searchOrders") + 6),
        ("inside an end tag", at("</OrderInfo>") + 5),
        ("between two orders", at("</OrderInfo>") + "</OrderInfo>".len()),
        ("just before </response>", at("</response>")),
        ("inside </response>", full.len() - 3),
        ("inside a GBK character", inside_gbk_char),
    ];
    let (server, client) = start();
    for (where_, cut) in cuts {
        let body = full[..cut].to_vec();
        server.respond(orders_list_get::METHOD, xml_200(body.clone()));
        let result = list_orders(&client).await;
        match result {
            Err(Error::Decode { path, raw, .. }) if path == "." => assert_raw(&raw, &body),
            other => {
                panic!("cut {where_} (byte {cut} of {}): expected Error::Decode at `.`, got {other:?}", full.len())
            }
        }
    }
    // The uncut fixture decodes: the failures above come from the cuts.
    server.respond(orders_list_get::METHOD, xml_200(full));
    assert_eq!(list_orders(&client).await.unwrap().orders_list.len(), 2);
}

#[tokio::test]
async fn a_cut_document_is_a_decode_error_for_untyped_methods_too() {
    let (server, client) = start();
    let full =
        gbk("<?xml version=\"1.0\" encoding=\"GBK\"?><response><promo id=\"1\"><name>双十一</name></promo></response>");
    let body = full[..full.len() - "</response>".len()].to_vec();
    server.respond(promotions_list_get::METHOD, xml_200(body.clone()));
    match client.promotions_list_get(&promotions_list_get::Request::new()).await {
        Err(Error::Decode { method, path, raw, .. }) => {
            assert_eq!(method, promotions_list_get::METHOD);
            assert_eq!(path, ".");
            assert_raw(&raw, &body);
        }
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

// 4. and 5. Charsets -------------------------------------------------------------------------------------

#[tokio::test]
async fn a_utf8_body_declaring_gbk_is_a_charset_error() {
    let (server, client) = start();
    let utf8 = fixture_text("orders_list_get.xml");
    assert!(utf8.starts_with("<?xml version=\"1.0\" encoding=\"GBK\"?>"));
    server.respond(orders_list_get::METHOD, xml_200(utf8.clone()));
    let message = assert_charset_error(list_orders(&client).await, utf8.as_bytes());
    assert!(message.contains("GBK"), "{message}");
}

#[tokio::test]
async fn a_gbk_body_declaring_utf8_is_a_charset_error() {
    let (server, client) = start();
    let text = fixture_text("orders_list_get.xml").replace("encoding=\"GBK\"", "encoding=\"UTF-8\"");
    let body = gbk(&text);
    server.respond(orders_list_get::METHOD, xml_200(body.clone()));
    let message = assert_charset_error(list_orders(&client).await, &body);
    assert!(message.contains("UTF-8"), "{message}");
}

#[tokio::test]
async fn bytes_that_are_not_gbk_in_a_gbk_body_are_a_charset_error() {
    let (server, client) = start();
    for bad in [b"\xFF".as_slice(), b"\x81", b"\xD5\xC5\x81\x7F"] {
        let body = [
            gbk("<?xml version=\"1.0\" encoding=\"GBK\"?><response><OrdersList><OrderInfo><consigneeName>张三"),
            bad.to_vec(),
            b"</consigneeName></OrderInfo></OrdersList></response>".to_vec(),
        ]
        .concat();
        server.respond(orders_list_get::METHOD, xml_200(body.clone()));
        assert_charset_error(list_orders(&client).await, &body);
    }
}

// 9. and 10. Envelopes --------------------------------------------------------------------------------------

#[tokio::test]
async fn an_error_response_is_a_gateway_error_with_code_message_and_raw_body() {
    let (server, client) = start();
    server.respond(orders_list_get::METHOD, Reply::error_response(7, "会话无效"));
    let expected_raw = gbk(&dangdang_sandbox::envelope::error_response_xml(7, "会话无效"));
    match list_orders(&client).await.unwrap_err() {
        Error::Gateway { method, code, message, envelope, raw } => {
            assert_eq!(method, orders_list_get::METHOD);
            assert_eq!(code, "7");
            assert_eq!(message, "会话无效");
            assert_eq!(envelope, None, "an <errorResponse> has neither functionID nor time");
            assert_raw(&raw, &expected_raw);
        }
        other => panic!("expected a gateway error, got {other:?}"),
    }
    assert_eq!(server.requests_for(orders_list_get::METHOD).len(), 1, "a gateway error is not retried");
}

#[tokio::test]
async fn an_in_body_error_is_a_business_error_with_code_message_and_raw_body() {
    let (server, client) = start();
    let text = "<?xml version=\"1.0\" encoding=\"GBK\"?><response><functionID>dangdang.order.details.get</functionID>\
                <time>2015-06-01 10:00:05</time><Error><operCode>35</operCode><operation>订单编号错误</operation></Error></response>";
    server.respond(order_details_get::METHOD, Reply::xml(text));
    let error = client.order_details_get(&order_details_get::Request::new().order_id(1)).await.unwrap_err();
    assert_eq!(error.function_id(), Some("dangdang.order.details.get"));
    assert_eq!(error.reply_time(), Some("2015-06-01 10:00:05"));
    match error {
        Error::Business { method, code, message, envelope, raw } => {
            assert_eq!(method, order_details_get::METHOD);
            assert_eq!(code, "35");
            assert_eq!(message, "订单编号错误");
            let envelope = envelope.expect("functionID and time");
            assert_eq!(envelope.function_id.as_deref(), Some("dangdang.order.details.get"));
            assert_eq!(envelope.time.as_deref(), Some("2015-06-01 10:00:05"));
            assert_raw(&raw, &gbk(text));
        }
        other => panic!("expected a business error, got {other:?}"),
    }
}

// 11. Partial batch failures ------------------------------------------------------------------------------

#[tokio::test]
async fn a_shipment_batch_with_a_refused_order_is_ok_with_per_order_codes() {
    let (server, client) = start();
    server.respond(order_goods_send::METHOD, dangdang_tests::fixture("order_goods_send.xml"));
    let reply = client.order_goods_send(&one_shipment()).await.expect("a partial failure is not an error");
    assert_eq!(server.last_request().unwrap().upload.unwrap().field, "sendGoods");
    let result = reply.result.expect("<Result>");
    assert_eq!(result.oper_code, None, "no whole-call code");
    let codes: Vec<_> = result.orders_list.iter().map(|o| (o.order_id, o.order_oper_code.clone())).collect();
    assert_eq!(
        codes,
        vec![
            (Some(5081234567), Some(SendGoodsResultCode::Success)),
            (Some(5081234999), Some(SendGoodsResultCode::StateForbidsShipping)),
        ]
    );
    assert_eq!(result.orders_list[1].order_operation.as_deref(), Some("订单状态决定该订单不能发货"));
}

#[tokio::test]
async fn a_stock_batch_with_an_unknown_item_is_ok_with_per_item_codes() {
    use items_stock_update::upload::{Document, ItemStock};
    let (server, client) = start();
    server.respond(items_stock_update::METHOD, dangdang_tests::fixture("items_stock_update.xml"));
    let document = Document::new(vec![
        ItemStock::new("YRF-军绿-38", 120),
        ItemStock::new("不存在的编码", 5),
        ItemStock::new("YRF-藏青-40", 0),
    ]);
    let reply = client
        .items_stock_update(&items_stock_update::Request::new(document))
        .await
        .expect("a partial failure is not an error");
    assert_eq!(server.last_request().unwrap().upload.unwrap().field, "multiItemsStock");
    let codes: Vec<_> = reply.items_id_list.iter().map(|i| (i.outer_item_id.as_deref(), i.oper_code.clone())).collect();
    assert_eq!(
        codes,
        vec![
            (Some("YRF-军绿-38"), Some(ItemBatchResultCode::Success)),
            (Some("不存在的编码"), Some(ItemBatchResultCode::Other("22".into()))),
            (Some("YRF-藏青-40"), Some(ItemBatchResultCode::Success)),
        ]
    );
    assert_eq!(reply.items_id_list[1].operation.as_deref(), Some("企业商品标识符错误"));
}

// 12. Empty bodies, missing roots, control characters -----------------------------------------------------

#[tokio::test]
async fn an_empty_or_rootless_body_is_a_decode_error_at_the_document() {
    let (server, client) = start();
    for body in [
        b"".as_slice(),
        b" \r\n\t ",
        b"<?xml version=\"1.0\" encoding=\"GBK\"?>",
        b"<?xml version=\"1.0\" encoding=\"GBK\"?>\n<!-- nothing -->\n",
    ] {
        server.respond(orders_list_get::METHOD, xml_200(body));
        let message = assert_document_decode_error(list_orders(&client).await, body);
        assert!(message.contains("empty document"), "{body:?}: {message}");
    }
    assert_eq!(server.requests_for(orders_list_get::METHOD).len(), 4, "not retried");
}

#[tokio::test]
async fn control_characters_in_text_are_tolerated_and_kept() {
    let (server, client) = start();
    let body = [gbk("<?xml version=\"1.0\" encoding=\"GBK\"?><response><functionID>search\u{1}Orders</functionID>\
             <OrdersList><OrderInfo><orderID>5081234567</orderID><consigneeName>张\u{0}三\u{b}丰</consigneeName>\
             <sendGoodsMode>送货\u{1f}上门</sendGoodsMode></OrderInfo></OrdersList></response>")]
    .concat();
    server.respond(orders_list_get::METHOD, xml_200(body));
    let page = list_orders(&client).await.expect("control characters are tolerated");
    assert_eq!(page.function_id.as_deref(), Some("search\u{1}Orders"));
    let order = &page.orders_list[0];
    assert_eq!(order.order_id, 5081234567);
    assert_eq!(order.consignee_name.as_deref(), Some("张\u{0}三\u{b}丰"));
    assert_eq!(order.send_goods_mode.as_deref(), Some("送货\u{1f}上门"));
}

#[tokio::test]
async fn control_characters_are_kept_in_trees_and_error_messages() {
    let (server, client) = start();
    server.respond(
        promotions_list_get::METHOD,
        Reply::xml(
            "<?xml version=\"1.0\" encoding=\"GBK\"?><response><promo><name>双\u{2}十一</name></promo></response>",
        ),
    );
    let tree = client.promotions_list_get(&promotions_list_get::Request::new()).await.unwrap();
    assert_eq!(tree.text_at("promo/name"), Some("双\u{2}十一"));

    server.respond(orders_list_get::METHOD, Reply::error_response(7, "频次\u{1b}超限"));
    match list_orders(&client).await.unwrap_err() {
        Error::Gateway { code, message, .. } => assert_eq!((code.as_str(), message.as_str()), ("7", "频次\u{1b}超限")),
        other => panic!("expected a gateway error, got {other:?}"),
    }
}
