//! End-to-end: item stock, price, state and picture updates through the real `Client` against the
//! fake gateway (reference methods §6, §7, §8, §9, §16, §32).

mod common;

use common::{contains, gbk, money, time};

use dangdang_api::items::{
    item_price_update, item_stock_update, items_pics_set, items_price_update, items_status_update, items_stock_update,
};
use dangdang_api::types::{
    ItemBatchResultCode, ItemPriceResultCode, ItemState, ItemStatusResultCode, ItemStockResultCode,
};
use dangdang_api::{BeijingTime, Error};
use dangdang_tests::Reply;

// ---------------------------------------------------------------- dangdang.item.stock.update (§6)

#[tokio::test]
async fn item_stock_update_sends_outer_id_and_stock_and_decodes_the_result() {
    let (server, client) = common::server_and_client();
    server.respond(item_stock_update::METHOD, dangdang_tests::fixture("item_stock_update.xml"));

    let reply = client.item_stock_update(&item_stock_update::Request::new("YRF-军绿-38", 120)).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    assert_eq!(received.api_method.as_deref(), Some("dangdang.item.stock.update"));
    assert_eq!(received.business_params["oit"], "YRF-军绿-38");
    assert_eq!(received.business_params["stk"], "120");
    assert!(received.raw_query.contains("oit=YRF-%BE%FC%C2%CC-38"), "oit not GBK-encoded: {}", received.raw_query);
    assert!(received.upload.is_none());

    assert_eq!(reply.function_id.as_deref(), Some("dangdang.item.stock.update"));
    assert_eq!(reply.time, Some(time("2015-06-02 09:30:00")));
    let result = reply.result.expect("Result element");
    assert_eq!(result.outer_item_id.as_deref(), Some("YRF-军绿-38"));
    assert_eq!(result.oper_code, Some(ItemStockResultCode::Success));
    assert_eq!(result.operation.as_deref(), Some("操作成功"));
}

#[tokio::test]
async fn item_stock_update_unknown_outer_id_is_code_22_and_zero_stock_is_sent() {
    let (server, client) = common::server_and_client();
    server.respond(item_stock_update::METHOD, dangdang_tests::fixture("item_stock_update_unknown_item.xml"));

    let reply = client.item_stock_update(&item_stock_update::Request::new("NOPE-1", 0)).await.unwrap();
    assert_eq!(server.last_request().unwrap().business_params["stk"], "0", "0 is sent (clients routinely do)");

    assert_eq!(reply.function_id.as_deref(), Some("updateItemStock"), "functionID is not validated");
    let result = reply.result.unwrap();
    assert_eq!(result.outer_item_id, None, "empty element is None");
    assert_eq!(result.oper_code, Some(ItemStockResultCode::OuterItemIdNotFound));
    assert_eq!(result.oper_code.as_ref().unwrap().code(), "22");
    assert_eq!(result.operation.as_deref(), Some("企业商品标识符错误"));
}

#[tokio::test]
async fn item_stock_update_whole_call_failure_is_a_business_error() {
    let (server, client) = common::server_and_client();
    server.respond(
        item_stock_update::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.item.stock.update</functionID><time>2015-06-02 09:30:00</time><Error><operCode>22</operCode><operation>企业商品标识符错误</operation></Error></response>"#,
        ),
    );
    let error = client.item_stock_update(&item_stock_update::Request::new("NOPE-1", 5)).await.unwrap_err();
    match &error {
        Error::Business { method, code, message, .. } => {
            assert_eq!(*method, "dangdang.item.stock.update");
            assert_eq!(code, "22");
            assert_eq!(message, "企业商品标识符错误");
        }
        other => panic!("expected a business error, got {other:?}"),
    }
}

// ---------------------------------------------------------------- dangdang.item.price.update (§7)

#[tokio::test]
async fn item_price_update_sends_decimal_prices_and_decodes_a_refusal() {
    let (server, client) = common::server_and_client();
    server.respond(item_price_update::METHOD, dangdang_tests::fixture("item_price_update.xml"));

    let request = item_price_update::Request::new()
        .outer_item_id("YRF-军绿-38")
        .price(money("59.90"))
        .market_price(money("129.00"));
    let reply = client.item_price_update(&request).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    assert_eq!(received.business_params["oit"], "YRF-军绿-38");
    assert_eq!(received.business_params["pr"], "59.90");
    assert_eq!(received.business_params["marketPrice"], "129.00");

    assert_eq!(reply.function_id.as_deref(), Some("dangdang.itme.price.update"), "the doc's misspelling is kept");
    let result = reply.result.unwrap();
    assert_eq!(result.outer_item_id.as_deref(), Some("YRF-军绿-38"));
    assert_eq!(result.oper_code, Some(ItemPriceResultCode::PriceRiseRefused));
    assert_eq!(result.operation.as_deref(), Some("当当价涨幅超过100%，不允许修改"));
}

#[tokio::test]
async fn item_price_update_leaves_unset_prices_out() {
    let (server, client) = common::server_and_client();
    server.respond(item_price_update::METHOD, dangdang_tests::fixture("item_price_update_ok.xml"));

    let request = item_price_update::Request::new().outer_item_id("YRF-藏青-40").price(money("88.5"));
    let reply = client.item_price_update(&request).await.unwrap();

    let received = server.last_request().unwrap();
    assert_eq!(received.business_params["pr"], "88.5");
    assert!(!received.business_params.contains_key("marketPrice"), "unset optional parameters are not sent");

    let result = reply.result.unwrap();
    assert_eq!(result.oper_code, Some(ItemPriceResultCode::Success));
    assert_eq!(result.operation, None, "empty element is None");
    assert_eq!(result.outer_item_id.as_deref(), Some("YRF-藏青-40"));
}

// ---------------------------------------------------------------- dangdang.items.stock.update (§8)

#[tokio::test]
async fn items_stock_update_uploads_a_gbk_document_and_decodes_per_item_results() {
    use items_stock_update::upload::{Document, ItemStock};
    let (server, client) = common::server_and_client();
    server.respond(items_stock_update::METHOD, dangdang_tests::fixture("items_stock_update.xml"));

    let document = Document::new(vec![ItemStock::new("YRF-军绿-38", 120), ItemStock::new("A&B<1>", 0)]);
    let reply = client.items_stock_update(&items_stock_update::Request::new(document)).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert!(received.content_type.as_deref().unwrap().starts_with("multipart/form-data"));
    let upload = received.upload.as_ref().expect("a file part");
    assert_eq!(upload.field, "multiItemsStock");
    assert_eq!(upload.filename.as_deref(), Some("multiItemsStock.xml"));
    assert_eq!(upload.declared_encoding.as_deref(), Some("GBK"));
    assert!(contains(&upload.bytes, &gbk("YRF-军绿-38")), "document bytes are GBK");

    let tree = common::xml(&upload.text);
    assert_eq!(tree.name, "request");
    assert_eq!(tree.text_at("functionID"), Some("dangdang.items.stock.update"));
    assert!(tree.text_at("time").unwrap().parse::<BeijingTime>().is_ok());
    let entries: Vec<_> = tree.at("ItemsList").unwrap().children_named("ItemUpadteInfo").collect();
    assert_eq!(entries.len(), 2, "entries go under the misspelt ItemUpadteInfo");
    assert_eq!(entries[0].text_at("outerItemID"), Some("YRF-军绿-38"));
    assert_eq!(entries[0].text_at("stockCount"), Some("120"));
    assert_eq!(entries[1].text_at("outerItemID"), Some("A&B<1>"), "special characters survive escaping");
    assert_eq!(entries[1].text_at("stockCount"), Some("0"));

    assert_eq!(reply.function_id.as_deref(), Some("dangdang.items.stock.update"), "CDATA functionID is read");
    assert_eq!(reply.time, Some(time("2015-06-02 11:00:00")));
    assert_eq!(reply.items_id_list.len(), 3);
    let first = &reply.items_id_list[0];
    assert_eq!(first.item_id, Some(1900123456));
    assert_eq!(first.outer_item_id.as_deref(), Some("YRF-军绿-38"));
    assert_eq!(first.oper_code, Some(ItemBatchResultCode::Success));
    assert_eq!(first.operation.as_deref(), Some("操作成功"));
    let second = &reply.items_id_list[1];
    assert_eq!(second.item_id, None, "empty element is None");
    assert_eq!(second.outer_item_id.as_deref(), Some("不存在的编码"));
    assert_eq!(second.oper_code, Some(ItemBatchResultCode::Other("22".into())), "unknown codes are kept");
    assert_eq!(second.oper_code.as_ref().unwrap().meaning(), None);
    assert_eq!(reply.items_id_list[2].outer_item_id.as_deref(), Some("YRF-藏青-40"));
    let failures: Vec<_> =
        reply.failures().into_iter().map(|(item, code)| (item.outer_item_id.as_deref(), code)).collect();
    assert_eq!(failures, [(Some("不存在的编码"), &ItemBatchResultCode::Other("22".into()))]);
}

#[tokio::test]
async fn items_stock_update_with_one_result() {
    use items_stock_update::upload::{Document, ItemStock};
    let (server, client) = common::server_and_client();
    server.respond(items_stock_update::METHOD, dangdang_tests::fixture("items_stock_update_single.xml"));

    let request = items_stock_update::Request::new(Document::new(vec![ItemStock::new("YRF-军绿-38", 7)]));
    let reply = client.items_stock_update(&request).await.unwrap();
    assert_eq!(reply.items_id_list.len(), 1);
    assert_eq!(reply.items_id_list[0].item_id, Some(1900123456));
    assert_eq!(reply.items_id_list[0].oper_code, Some(ItemBatchResultCode::Success));
    assert_eq!(reply.items_id_list[0].operation.as_deref(), Some("成功"));
}

// ---------------------------------------------------------------- dangdang.items.price.update (§9)

#[tokio::test]
async fn items_price_update_uploads_prices_and_returns_the_reply_as_a_tree() {
    use items_price_update::upload::{Document, ItemPrice};
    let (server, client) = common::server_and_client();
    server.respond(
        items_price_update::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.itmes.price.update</functionID><time>2015-06-02 14:00:00</time><ItemsIDList><ItemIDInfo><itemID>1900123456</itemID><outerItemID>YRF-军绿-38</outerItemID><operCode>403</operCode><operation>涨价幅度过大</operation></ItemIDInfo></ItemsIDList></response>"#,
        ),
    );

    let mut both = ItemPrice::new("YRF-军绿-38");
    both.unit_price = Some(money("59.90"));
    both.market_price = Some(money("129.00"));
    let mut only_price = ItemPrice::new("YRF-藏青-40");
    only_price.unit_price = Some(money("0.01"));
    let reply = client
        .items_price_update(&items_price_update::Request::new(Document::new(vec![both, only_price])))
        .await
        .unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    let upload = received.upload.as_ref().expect("a file part");
    assert_eq!(upload.field, "multiItemsInfo");
    assert_eq!(upload.filename.as_deref(), Some("multiItemsInfo.xml"));
    assert_eq!(upload.declared_encoding.as_deref(), Some("GBK"));
    assert!(contains(&upload.bytes, &gbk("藏青")), "document bytes are GBK");

    let tree = common::xml(&upload.text);
    assert_eq!(tree.text_at("functionID"), Some("dangdang.items.price.update"));
    let entries: Vec<_> = tree.at("ItemsList").unwrap().children_named("ItemUpadteInfo").collect();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].text_at("outerItemID"), Some("YRF-军绿-38"));
    assert_eq!(entries[0].text_at("unitPrice"), Some("59.90"));
    assert_eq!(entries[0].text_at("marketPrice"), Some("129.00"));
    assert_eq!(entries[1].text_at("unitPrice"), Some("0.01"));
    assert_eq!(entries[1].text_at("marketPrice"), None, "unset optional elements are left out");

    assert_eq!(reply.text_at("ItemsIDList/ItemIDInfo/outerItemID"), Some("YRF-军绿-38"));
    let code = ItemPriceResultCode::from_code(reply.text_at("ItemsIDList/ItemIDInfo/operCode").unwrap());
    assert_eq!(code, ItemPriceResultCode::PriceRiseRefused);
}

// ---------------------------------------------------------------- dangdang.items.status.update (§16)

#[tokio::test]
async fn items_status_update_uploads_listed_and_delisted_states_and_decodes_codes() {
    use items_status_update::upload::{Document, ProductInfo};
    let (server, client) = common::server_and_client();
    server.respond(items_status_update::METHOD, dangdang_tests::fixture("items_status_update.xml"));

    let document = Document::new(vec![
        ProductInfo::new(1900123456, ItemState::Listed),
        ProductInfo::new(1900123457, ItemState::Delisted),
    ]);
    let reply = client.items_status_update(&items_status_update::Request::new(document)).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    let upload = received.upload.as_ref().expect("a file part");
    assert_eq!(upload.field, "updateMultiItemsStatus");
    assert_eq!(upload.filename.as_deref(), Some("updateMultiItemsStatus.xml"));
    assert_eq!(upload.declared_encoding.as_deref(), Some("GBK"));
    assert!(contains(&upload.bytes, &gbk("<productStatus>上架</productStatus>")), "上架 is sent as GBK");
    assert!(contains(&upload.bytes, &gbk("<productStatus>下架</productStatus>")), "下架 is sent as GBK");

    let tree = common::xml(&upload.text);
    let products: Vec<_> = tree.at("ProductInfoList").unwrap().children_named("ProductInfo").collect();
    assert_eq!(products.len(), 2);
    assert_eq!(products[0].text_at("itemID"), Some("1900123456"));
    assert_eq!(products[0].text_at("productStatus"), Some("上架"));
    assert_eq!(products[1].text_at("itemID"), Some("1900123457"));
    assert_eq!(products[1].text_at("productStatus"), Some("下架"));

    assert_eq!(reply.time, Some(time("2015-06-02 12:00:00")));
    let results = &reply.items_id_list;
    assert_eq!(results.len(), 4);
    assert_eq!(results[0].item_id, Some(1900123456));
    assert_eq!(results[0].oper_code, Some(ItemStatusResultCode::Success));
    assert_eq!(results[1].oper_code, Some(ItemStatusResultCode::WrongTargetState));
    assert_eq!(results[1].operation.as_deref(), Some("更新状态错误，只能为上架或下架"));
    assert_eq!(results[2].oper_code, Some(ItemStatusResultCode::NotAFailure));
    assert_eq!(results[2].operation, None, "empty element is None");
    assert_eq!(results[3].oper_code, Some(ItemStatusResultCode::Other("99".into())), "unknown codes are kept");
    assert_eq!(results[3].item_id, Some(1900123459));
    let failures: Vec<_> = reply.failures().into_iter().map(|(item, code)| (item.item_id, code.meaning())).collect();
    assert_eq!(failures.len(), 3, "every code but 0 is listed: {failures:?}");
    assert_eq!(failures[0].1, ItemStatusResultCode::WrongTargetState.meaning());
    assert!(failures[0].1.is_some(), "a known code has its meaning");
    assert_eq!(failures[2], (Some(1900123459), None), "an unknown code has none");
}

#[tokio::test]
async fn items_status_update_with_one_result() {
    use items_status_update::upload::{Document, ProductInfo};
    let (server, client) = common::server_and_client();
    server.respond(items_status_update::METHOD, dangdang_tests::fixture("items_status_update_single.xml"));

    let request =
        items_status_update::Request::new(Document::new(vec![ProductInfo::new(1900123457, ItemState::Listed)]));
    let reply = client.items_status_update(&request).await.unwrap();
    assert_eq!(reply.items_id_list.len(), 1);
    assert_eq!(reply.items_id_list[0].oper_code, Some(ItemStatusResultCode::WrongItemId));
    assert_eq!(reply.items_id_list[0].operation.as_deref(), Some("商品标识符错误"));
}

// ---------------------------------------------------------------- dangdang.items.pics.set (§32)

/// The pictures of two items: the main picture of each and the colour picture of the first.
fn pictures() -> items_pics_set::Request {
    use items_pics_set::upload::{Document, ProductPicsInfo, SpecialPicInfo};
    let mut dress = ProductPicsInfo::new(1900123456);
    dress.product_pic1 = Some("dress-main.jpg".into());
    dress.special_pic_list = vec![SpecialPicInfo {
        special_attribute_value: Some("军绿".into()),
        item_pic: Some("dress-green.jpg".into()),
    }];
    let mut shoes = ProductPicsInfo::new(1900123457);
    shoes.product_pic1 = Some("shoes-main.jpg".into());
    let files = vec![
        ("dress-main.jpg".to_owned(), vec![0xFF, 0xD8, 0xFF, 0xE0, 1]),
        ("dress-green.jpg".to_owned(), vec![0xFF, 0xD8, 0xFF, 0xE0, 2]),
        ("shoes-main.jpg".to_owned(), vec![0xFF, 0xD8, 0xFF, 0xE0, 3]),
    ];
    items_pics_set::Request::new(Document::new(vec![dress, shoes]), files)
}

/// The entries of a zip archive: (name, bytes), in order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            (file.name().to_owned(), content)
        })
        .collect()
}

#[tokio::test]
async fn items_pics_set_zips_the_gbk_document_with_the_pictures_and_decodes_lower_case_item_id_info() {
    let (server, client) = common::server_and_client();
    server.respond(items_pics_set::METHOD, dangdang_tests::fixture("items_pics_set.xml"));

    let reply = client.items_pics_set(&pictures()).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    let upload = received.upload.as_ref().expect("a file part");
    assert_eq!(upload.field, "setItemsPics");
    assert_eq!(upload.filename.as_deref(), Some("setItemsPics.zip"));
    assert_eq!(upload.content_type.as_deref(), Some("application/zip"));
    assert_eq!(upload.declared_encoding, None, "no XML declaration is added to a zip");
    let entries = unzip(&upload.bytes);
    let names: Vec<&str> = entries.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["setItemsPics.xml", "dress-main.jpg", "dress-green.jpg", "shoes-main.jpg"]);
    assert_eq!(entries[2].1, [0xFF, 0xD8, 0xFF, 0xE0, 2], "pictures arrive byte for byte");
    let xml = &entries[0].1;
    assert!(contains(xml, &gbk("<SpecialPicInfo><specialAttributeValue>军绿</specialAttributeValue>")), "GBK document");
    let (text, _, malformed) = encoding_rs::GBK.decode(xml);
    assert!(!malformed);
    let tree = common::xml(&text);
    assert_eq!(tree.text_at("functionID"), Some("dangdang.items.pics.set"));
    let products: Vec<_> = tree.at("PicsList").unwrap().children_named("ProductPicsInfo").collect();
    assert_eq!(products.len(), 2);
    assert_eq!(products[0].text_at("itemID"), Some("1900123456"));
    assert_eq!(products[0].text_at("productPic1"), Some("dress-main.jpg"));
    assert_eq!(products[0].text_at("SpecialPicList/SpecialPicInfo/ItemPic"), Some("dress-green.jpg"));
    assert_eq!(products[1].text_at("productPic2"), None, "unset pictures are left out");
    assert!(
        products[1].child("SpecialPicList").unwrap().children.is_empty(),
        "an empty colour list is an empty wrapper"
    );

    assert_eq!(reply.time, Some(time("2015-06-02 13:00:00")));
    assert_eq!(reply.items_id_list.len(), 2, "entries are the lower-case itemIDInfo");
    assert_eq!(reply.items_id_list[0].item_id, Some(1900123456));
    assert_eq!(reply.items_id_list[0].oper_code, Some(ItemBatchResultCode::Success));
    assert_eq!(reply.items_id_list[0].operation.as_deref(), Some("图片上传成功"));
    assert_eq!(reply.items_id_list[1].oper_code, Some(ItemBatchResultCode::Other("31".into())));
    assert_eq!(reply.items_id_list[1].operation.as_deref(), Some("图片文件不存在"));
    let failures: Vec<_> = reply.failures().into_iter().map(|(item, code)| (item.item_id, code.code())).collect();
    assert_eq!(failures, [(reply.items_id_list[1].item_id, "31")]);
}

#[tokio::test]
async fn items_pics_set_with_one_result() {
    let (server, client) = common::server_and_client();
    server.respond(items_pics_set::METHOD, dangdang_tests::fixture("items_pics_set_single.xml"));

    let reply = client.items_pics_set(&pictures()).await.unwrap();
    assert_eq!(unzip(&server.last_request().unwrap().upload.unwrap().bytes).len(), 4);
    assert_eq!(reply.items_id_list.len(), 1);
    assert_eq!(reply.items_id_list[0].item_id, Some(1900123456));
    assert_eq!(reply.items_id_list[0].operation, None, "empty element is None");
}

#[tokio::test]
async fn items_pics_set_refuses_an_archive_over_20_mb_before_sending() {
    let (server, client) = common::server_and_client();
    server.respond(items_pics_set::METHOD, dangdang_tests::fixture("items_pics_set.xml"));

    // Pictures are stored, not compressed: 20 MiB of picture makes an archive over the cap.
    let mut request = pictures();
    request.files.push(("big.jpg".to_owned(), vec![0u8; 20 * 1024 * 1024]));
    let error = client.items_pics_set(&request).await.unwrap_err();
    match &error {
        Error::InvalidParam { method, param, rule } => {
            assert_eq!(*method, "dangdang.items.pics.set");
            assert_eq!(param, "setItemsPics");
            assert!(rule.starts_with("at most 20971520 bytes, got 2097"), "{rule}");
        }
        other => panic!("expected InvalidParam, got {other:?}"),
    }
    let mut twice = pictures();
    twice.files.push(("dress-main.jpg".to_owned(), vec![1]));
    let error = client.items_pics_set(&twice).await.unwrap_err();
    assert!(
        matches!(&error, Error::InvalidParam { param, rule, .. } if param == "setItemsPics" && rule.contains("dress-main.jpg")),
        "{error}"
    );
    assert!(server.requests().is_empty(), "nothing is sent");
}

#[test]
fn items_pics_set_call_carries_the_20_mb_cap() {
    let call = dangdang_api::rt::Call::of(&pictures()).unwrap();
    let upload = call.upload.expect("an upload");
    assert_eq!(upload.field, "setItemsPics");
    assert_eq!(upload.max_bytes, Some(20 * 1024 * 1024));
    let dangdang_api::rt::UploadBody::Bytes(bytes) = &upload.body else { panic!("a zip archive") };
    assert_eq!(unzip(bytes).len(), 4);
}
