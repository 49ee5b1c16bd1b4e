//! End-to-end: the item catalogue methods (add, detail update, delete, list, get, id lookup) through the
//! real `Client` against the fake gateway, which verifies signatures, parses uploads and serves GBK XML.

mod common;

use common::{contains, gbk, money, time};

use dangdang_api::items::{item_add, item_detail_update, item_get, item_itemid_get, items_delete, items_list_get};
use dangdang_api::types::{ItemGetResultCode, ItemIdGetResultCode, ItemState, ItemWriteResultCode};
use dangdang_api::{BeijingTime, Error, XmlElement};
use dangdang_tests::Reply;

fn texts<'a>(element: &'a XmlElement, name: &'a str) -> Vec<&'a str> {
    element.children_named(name).map(|e| e.text.as_str()).collect()
}

fn new_items() -> item_add::upload::Document {
    use item_add::upload::{Document, ItemAddInfo, SpecialItemInfo};
    let sku = |outer: &str, size: &str, seq: i32, stock: i32, price: &str| SpecialItemInfo {
        special_attribute_class: Some("颜色;尺码".into()),
        special_attribute: Some(format!("颜色>>红色;尺码>>{size}")),
        special_attribute_seq: Some(seq),
        stock_count: Some(stock),
        unit_price: Some(money(price)),
        outer_item_id: Some(outer.into()),
    };
    let dress = ItemAddInfo {
        item_name: Some("女士连衣裙 碎花 雪纺".into()),
        classification_code1: Some("4002074".into()),
        brand: Some("某某服饰".into()),
        attribute: Some("材质>>雪纺;风格>>甜美".into()),
        item_detail: Some("<p>轻薄<b>雪纺</b>面料 & 碎花印染</p>".into()),
        stock_price: Some(money("80.00")),
        market_price: Some(money("399.00")),
        unit_price: Some(money("199.00")),
        vip_price_type: Some(false),
        item_state: Some(ItemState::Delisted),
        is_cod: Some(false),
        outer_item_id: Some("QZ-2015-001".into()),
        template_name: Some("店铺运费".into()),
        special_item_info: vec![
            sku("QZ-2015-001-红-S", "S", 1, 70, "199.00"),
            sku("QZ-2015-001-红-M", "M", 2, 50, "209.00"),
        ],
        ..ItemAddInfo::default()
    };
    let shoes = ItemAddInfo {
        item_name: Some("男士休闲鞋 透气".into()),
        stock_count: Some(12),
        unit_price: Some(money("89.50")),
        is_cod: Some(true),
        item_state: Some(ItemState::Listed),
        outer_item_id: Some("XZ-2015-009".into()),
        ..ItemAddInfo::default()
    };
    Document::new(vec![dress, shoes])
}

#[tokio::test]
async fn item_add_uploads_a_gbk_items_document_and_decodes_item_and_sku_results() {
    let (server, client) = common::server_and_client();
    server.respond(item_add::METHOD, dangdang_tests::fixture("item_add.xml"));

    let reply = client.item_add(&item_add::Request::new(new_items())).await.expect("the call succeeds");

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "fake server rejected the call: {:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert_eq!(received.api_method.as_deref(), Some("dangdang.item.add"));
    assert!(received.content_type.as_deref().unwrap().starts_with("multipart/form-data"));
    assert!(received.business_params.is_empty(), "item.add has no business parameters besides the file");
    let upload = received.upload.as_ref().expect("a file part");
    assert_eq!(upload.field, "addItems");
    assert_eq!(upload.filename.as_deref(), Some("addItems.xml"));
    assert_eq!(upload.declared_encoding.as_deref(), Some("GBK"));
    assert!(contains(&upload.bytes, &gbk("女士连衣裙 碎花 雪纺")), "document bytes are GBK");
    assert!(!contains(&upload.bytes, "连衣裙".as_bytes()), "no UTF-8 text in the document");
    assert!(upload.text.contains("颜色&gt;&gt;红色;尺码&gt;&gt;S"), "`>` travels escaped: {}", upload.text);

    let document = XmlElement::parse(&upload.text).expect("well-formed upload");
    assert_eq!(document.name, "request");
    assert_eq!(document.text_at("functionID"), Some("dangdang.item.add"));
    assert!(document.text_at("time").unwrap().parse::<BeijingTime>().is_ok());
    let items: Vec<_> = document.at("ItemsList").unwrap().children_named("ItemAddInfo").collect();
    assert_eq!(items.len(), 2);
    let dress = items[0];
    assert_eq!(dress.text_at("itemName"), Some("女士连衣裙 碎花 雪纺"));
    assert_eq!(dress.text_at("classificationCode1"), Some("4002074"));
    assert_eq!(dress.text_at("attribute"), Some("材质>>雪纺;风格>>甜美"));
    assert_eq!(dress.text_at("itemDetail"), Some("<p>轻薄<b>雪纺</b>面料 & 碎花印染</p>"), "HTML survives escaping");
    assert_eq!(dress.text_at("stockPrice"), Some("80.00"));
    assert_eq!(dress.text_at("unitPrice"), Some("199.00"));
    assert_eq!(dress.text_at("vipPriceType"), Some("否"));
    assert_eq!(dress.text_at("itemState"), Some("下架"));
    assert_eq!(dress.text_at("is_cod"), Some("否"));
    assert_eq!(dress.text_at("templateName"), Some("店铺运费"));
    assert_eq!(dress.child("itemBarcode"), None, "unset optional elements are left out");
    assert_eq!(dress.child("stockCount"), None);
    let skus: Vec<_> = dress.children_named("SpecilaItemInfo").collect();
    assert_eq!(skus.len(), 2, "SKUs repeat directly under ItemAddInfo, spelled `SpecilaItemInfo`");
    assert_eq!(skus[0].text_at("specialAttribute"), Some("颜色>>红色;尺码>>S"));
    assert_eq!(skus[1].text_at("specialAttributeSeq"), Some("2"));
    assert_eq!(skus[1].text_at("stockCount"), Some("50"));
    assert_eq!(skus[1].text_at("unitPrice"), Some("209.00"));
    assert_eq!(skus[1].text_at("outerItemID"), Some("QZ-2015-001-红-M"));
    let child_names: Vec<&str> = dress.children.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(child_names.last(), Some(&"SpecilaItemInfo"), "SKUs come last, in spec order: {child_names:?}");
    let shoes = items[1];
    assert_eq!(shoes.text_at("stockCount"), Some("12"));
    assert_eq!(shoes.text_at("is_cod"), Some("是"));
    assert_eq!(shoes.text_at("itemState"), Some("上架"));
    assert_eq!(shoes.children_named("SpecilaItemInfo").count(), 0);

    assert_eq!(reply.time, Some(time("2015-06-02 09:30:12")));
    let failures = reply.failures();
    assert_eq!(failures.len(), 1, "only the second item failed");
    assert_eq!(failures[0].0.outer_item_id.as_deref(), Some("XZ-2015-009"));
    assert_eq!(failures[0].0.operation.as_deref(), Some("商品分类编号错误"));
    assert_eq!(failures[0].1, &ItemWriteResultCode::Other("1".into()), "no code list is public: 1 is kept raw");
    assert_eq!(failures[0].1.meaning(), None);
    let results = reply.result.expect("Result element").items_id_list;
    assert_eq!(results.len(), 2);
    let ok = &results[0];
    assert_eq!(ok.outer_item_id.as_deref(), Some("QZ-2015-001"));
    assert_eq!(ok.item_id, Some(1900123456));
    assert_eq!(ok.item_name.as_deref(), Some("女士连衣裙 碎花 雪纺"));
    assert_eq!(ok.oper_code, Some(ItemWriteResultCode::Success));
    assert_eq!(ok.operation.as_deref(), Some("操作成功"));
    assert_eq!(ok.sub_item_id, None);
    assert_eq!(ok.special_item_info.len(), 2);
    assert_eq!(ok.special_item_info[1].outer_item_id.as_deref(), Some("QZ-2015-001-红-M"));
    assert_eq!(ok.special_item_info[1].sub_item_id, Some(1900123458));
    let failed = &results[1];
    assert_eq!(failed.item_id, None, "empty element is None");
    assert_eq!(failed.oper_code, Some(ItemWriteResultCode::Other("1".into())));
    assert_eq!(failed.operation.as_deref(), Some("商品分类编号错误"));
    assert_eq!(failed.sub_item_id, Some(1900999001), "item-level subItemID (CSDK)");
    assert_eq!(failed.special_item_info.len(), 1, "a single SKU result is a one-element list");
    assert_eq!(failed.special_item_info[0].sub_item_id, None, "xsi:nil element is None");
    assert_eq!(failed.special_item_info[0].oper_code, Some(ItemWriteResultCode::Other("1".into())));
}

#[tokio::test]
async fn item_add_whole_request_failure_is_a_business_error() {
    let (server, client) = common::server_and_client();
    server.respond(
        item_add::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.item.add</functionID><time>2015-06-02 09:30:12</time><Error><operCode>102</operCode><operation>上传的文件不是XML格式</operation></Error></response>"#,
        ),
    );
    let error = client.item_add(&item_add::Request::new(new_items())).await.unwrap_err();
    match &error {
        Error::Business { method, code, message, .. } => {
            assert_eq!(*method, "dangdang.item.add");
            assert_eq!(code, "102");
            assert_eq!(message, "上传的文件不是XML格式");
        }
        other => panic!("expected a business error, got {other:?}"),
    }
    assert_eq!(server.requests().len(), 1, "a write is sent once and never retried");
}

#[tokio::test]
async fn item_detail_update_sends_only_the_changed_fields_under_item_upadte_info() {
    use item_detail_update::upload::{Document, ItemUpdateInfo, SpecialItemInfo};
    let (server, client) = common::server_and_client();
    server.respond(item_detail_update::METHOD, dangdang_tests::fixture("item_detail_update.xml"));

    let mut dress = ItemUpdateInfo::new(1900123456);
    dress.item_name = Some("女士连衣裙 碎花 雪纺（新款）".into());
    dress.market_price = Some(money("459.00"));
    dress.is_cod = Some(true);
    dress.best_partner_list = Some("1900555001,1900555002".into());
    dress.special_item_info = vec![SpecialItemInfo { stock_count: Some(65), ..SpecialItemInfo::new() }];
    let price_only = ItemUpdateInfo { unit_price: Some(money("79.90")), ..ItemUpdateInfo::new(1900888777) };
    let request = item_detail_update::Request::new(Document::new(vec![dress, price_only]));
    let reply = client.item_detail_update(&request).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    let upload = received.upload.as_ref().expect("a file part");
    assert_eq!(upload.field, "updateItemsDetail");
    assert_eq!(upload.filename.as_deref(), Some("updateItemsDetail.xml"));
    assert_eq!(upload.declared_encoding.as_deref(), Some("GBK"));
    assert!(contains(&upload.bytes, &gbk("（新款）")), "document bytes are GBK");

    let document = XmlElement::parse(&upload.text).unwrap();
    assert_eq!(document.text_at("functionID"), Some("dangdang.item.detail.update"));
    let items: Vec<_> = document.at("ItemsList").unwrap().children_named("ItemUpadteInfo").collect();
    assert_eq!(items.len(), 2, "the misspelled `ItemUpadteInfo` is what goes on the wire");
    let names: Vec<&str> = items[0].children.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["itemID", "itemName", "marketPrice", "is_cod", "SpecilaItemInfo", "bestPartnerList"]);
    assert_eq!(items[0].text_at("itemID"), Some("1900123456"));
    assert_eq!(items[0].text_at("marketPrice"), Some("459.00"));
    assert_eq!(items[0].text_at("is_cod"), Some("是"));
    assert_eq!(texts(items[0], "bestPartnerList"), ["1900555001,1900555002"]);
    let sku = items[0].child("SpecilaItemInfo").unwrap();
    assert_eq!(sku.children.len(), 1);
    assert_eq!(sku.text_at("stockCount"), Some("65"));
    let names: Vec<&str> = items[1].children.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["itemID", "unitPrice"]);
    assert_eq!(items[1].text_at("unitPrice"), Some("79.90"));

    assert_eq!(reply.function_id.as_deref(), Some("updateItemsDetail"), "functionID is echoed, not validated");
    assert!(reply.failures().is_empty(), "the only item succeeded");
    let results = reply.result.unwrap().items_id_list;
    assert_eq!(results.len(), 1, "a single ItemIDInfo is a one-element list");
    assert_eq!(results[0].item_id, Some(1900123456));
    assert_eq!(results[0].item_name.as_deref(), Some("女士连衣裙 碎花 雪纺（新款）"));
    assert_eq!(results[0].oper_code, Some(ItemWriteResultCode::Success));
    assert_eq!(results[0].special_item_info.len(), 1);
    assert_eq!(results[0].special_item_info[0].sub_item_id, Some(1900123457));
    assert_eq!(results[0].special_item_info[0].operation.as_deref(), Some("操作成功"));
}

#[tokio::test]
async fn items_delete_sends_the_item_id_and_returns_an_xml_tree() {
    let (server, client) = common::server_and_client();
    server.respond(
        items_delete::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.items.delete</functionID><time>2015-06-01 12:00:00</time><Result><operCode>0</operCode><operation>删除成功</operation></Result></response>"#,
        ),
    );
    let tree = client.items_delete(&items_delete::Request::new().item_id(1900123456)).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    assert_eq!(received.business_params["it"], "1900123456");
    assert_eq!(received.business_params.len(), 1);
    assert_eq!(tree.text_at("Result/operation"), Some("删除成功"), "the reply is not typed: a generic tree");
}

#[tokio::test]
async fn items_list_decodes_a_page_with_shop_categories_and_sends_gbk_filters() {
    let (server, client) = common::server_and_client();
    server.respond(items_list_get::METHOD, dangdang_tests::fixture("items_list_get.xml"));

    let request = items_list_get::Request::new()
        .page(1)
        .page_size(20)
        .item_state(9999)
        .datatype(8990)
        .modify_time_start(time("2015-05-01 00:00:00"))
        .modify_time_end(time("2015-06-01 00:00:00"))
        .name("连衣裙");
    let page = client.items_list_get(&request).await.expect("the call succeeds");

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "fake server rejected the call: {:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    assert_eq!(received.api_method.as_deref(), Some("dangdang.items.list.get"));
    assert_eq!(received.business_params["p"], "1");
    assert_eq!(received.business_params["pageSize"], "20");
    assert_eq!(received.business_params["its"], "9999");
    assert_eq!(received.business_params["datatype"], "8990");
    assert_eq!(received.business_params["mts"], "2015-05-01 00:00:00");
    assert_eq!(received.business_params["mte"], "2015-06-01 00:00:00");
    assert_eq!(received.business_params["name"], "连衣裙");
    assert!(received.raw_query.contains("name=%C1%AC%D2%C2%C8%B9"), "name not GBK-encoded: {}", received.raw_query);
    assert!(!received.business_params.contains_key("oit"), "unset optional parameters are not sent");

    let totals = page.total_info.as_ref().unwrap();
    assert_eq!(totals.items_count, Some(37));
    assert_eq!(totals.page_size, Some(20));
    assert_eq!(totals.page_total, Some(2));
    assert_eq!(totals.current_page, Some(1));

    assert_eq!(page.items_list.len(), 2);
    let dress = &page.items_list[0];
    assert_eq!(dress.item_id, 1900123456);
    assert_eq!(dress.item_name.as_deref(), Some("女士连衣裙 碎花 雪纺"));
    assert_eq!(dress.brand.as_deref(), Some("某某服饰"));
    assert_eq!(dress.unit_price, Some(money("199.00")));
    assert_eq!(dress.stock_count, Some(120));
    assert_eq!(dress.shop_category_list.len(), 2);
    assert_eq!(dress.shop_category_list[0].shop_category_id.as_deref(), Some("0010001"), "leading zeros kept");
    assert_eq!(dress.shop_category_list[1].shop_category_name.as_deref(), Some("夏季特惠"));
    assert_eq!(dress.item_state, Some(ItemState::Listed));
    assert_eq!(dress.item_check_state.as_deref(), Some("审核通过"));
    assert_eq!(dress.update_time, Some(time("2015-05-30 16:45:00")));
    assert_eq!(dress.update_time.unwrap().to_utc().to_rfc3339(), "2015-05-30T08:45:00+00:00");
    assert_eq!(dress.outer_item_id.as_deref(), Some("QZ-2015-001"));
    assert_eq!(dress.ty.as_deref(), Some("1"));
    assert_eq!(dress.datatype.as_deref(), Some("8990"));
    assert_eq!(dress.datetype, None);

    let shoes = &page.items_list[1];
    assert_eq!(shoes.item_subhead, None, "empty element is None");
    assert_eq!(shoes.unit_price, Some(money("89.5")));
    assert_eq!(shoes.stock_count, Some(0));
    assert_eq!(shoes.shop_category_list.len(), 1, "one shop category is a one-element list");
    assert_eq!(shoes.item_state, Some(ItemState::Other("可销售".into())), "ZEND's state is kept as an unknown code");
    assert_eq!(shoes.item_state.as_ref().unwrap().meaning(), None);
    assert_eq!(shoes.outer_item_id, None, "xsi:nil element is None");
    assert_eq!(shoes.datetype.as_deref(), Some("8990"), "JSDK's spelling decodes too");
}

#[tokio::test]
async fn items_list_with_one_item_and_with_none() {
    let (server, client) = common::server_and_client();
    server.respond_sequence(
        items_list_get::METHOD,
        vec![dangdang_tests::fixture("items_list_get_single.xml"), dangdang_tests::fixture("items_list_get_empty.xml")],
    );
    let request = items_list_get::Request::new().page_size(5);

    let single = client.items_list_get(&request).await.unwrap();
    assert_eq!(single.items_list.len(), 1);
    let item = &single.items_list[0];
    assert_eq!(item.item_state, Some(ItemState::Delisted));
    assert_eq!(item.unit_price, Some(money("59.90")));
    assert!(item.shop_category_list.is_empty(), "an empty wrapper is an empty list");
    assert_eq!(item.brand, None, "a missing element is None");

    let empty = client.items_list_get(&request).await.unwrap();
    assert!(empty.items_list.is_empty(), "no ItemsList wrapper at all");
    let totals = empty.total_info.unwrap();
    assert_eq!(totals.items_count, Some(0));
    assert_eq!(totals.page_total, None, "empty pageTotal is None");
}

#[tokio::test]
async fn items_list_refuses_a_bad_page_size_before_sending() {
    let (server, client) = common::server_and_client();
    let error = client.items_list_get(&items_list_get::Request::new().page_size(50)).await.unwrap_err();
    match &error {
        Error::InvalidParam { method, param, .. } => {
            assert_eq!(*method, "dangdang.items.list.get");
            assert_eq!(param, "pageSize");
        }
        other => panic!("expected InvalidParam, got {other:?}"),
    }
    assert_eq!(error.to_string(), "dangdang.items.list.get: invalid `pageSize`: must be one of 5, 10, 15, 20");
    assert!(server.requests().is_empty(), "nothing is sent");
}

#[tokio::test]
async fn item_get_decodes_the_item_its_skus_and_both_barcode_spellings() {
    let (server, client) = common::server_and_client();
    server.respond_sequence(
        item_get::METHOD,
        vec![dangdang_tests::fixture("item_get.xml"), dangdang_tests::fixture("item_get_one_sku.xml")],
    );

    let reply = client.item_get(&item_get::Request::new(1900123456)).await.unwrap();
    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "GET");
    assert_eq!(received.business_params["it"], "1900123456");

    assert_eq!(reply.function_id.as_deref(), Some("getItemDetail"));
    assert_eq!(reply.result, None);
    let item = reply.item_detail.expect("ItemDetail");
    assert_eq!(item.item_id, Some(1900123456));
    assert_eq!(item.item_barcode.as_deref(), Some("6901234567892"), "the misspelled `itemBarcod` is read too");
    assert_eq!(item.item_subhead.as_deref(), Some("夏季新款 包邮"));
    assert_eq!(item.classification_code1.as_deref(), Some("4002074"));
    assert_eq!(item.classification_code2, None, "empty element is None");
    assert_eq!(item.attribute.as_deref(), Some("材质>>雪纺;风格>>甜美"));
    assert_eq!(item.item_detail.as_deref(), Some("<p>轻薄<b>雪纺</b>面料 & 碎花印染</p>"), "CDATA HTML");
    assert_eq!(item.stock_price, Some(money("80.00")));
    assert_eq!(item.market_price, Some(money("399.00")));
    assert_eq!(item.vip_price_type, Some(false), "否");
    assert_eq!(item.is_shop_type.as_deref(), Some("0"));
    assert_eq!(item.shop_category_id2.as_deref(), Some("0010003"));
    assert_eq!(item.shop_category_id3, None);
    assert_eq!(item.item_state, Some(ItemState::Listed));
    assert_eq!(item.is_cod, Some(true), "是");
    assert_eq!(item.item_type.as_deref(), Some("商品"));
    assert_eq!(item.unit_price, Some(money("199.00")));
    assert_eq!(item.stock_count, Some(120));
    assert_eq!(item.volume, Some(money("0.012")));
    assert_eq!(item.weight, Some(money("0.35")));
    assert_eq!(item.template_name.as_deref(), Some("店铺运费"));
    assert_eq!(item.pic1.as_deref(), Some("http://img3x1.ddimg.cn/20/1/1900123456-1_u.jpg"));
    assert_eq!(item.pic3, None);
    assert_eq!(item.special_attribute_class.as_deref(), Some("颜色;尺码"));
    assert_eq!(item.special_item_info.len(), 2);
    let red_m = &item.special_item_info[1];
    assert_eq!(red_m.special_attribute.as_deref(), Some("颜色>>红色;尺码>>M"));
    assert_eq!(red_m.special_attribute_seq, Some(2));
    assert_eq!(red_m.stock_count, Some(50));
    assert_eq!(red_m.unit_price, Some(money("209.00")));
    assert_eq!(red_m.outer_item_id.as_deref(), Some("QZ-2015-001-红-M"));
    assert_eq!(red_m.sub_item_id, Some(1900123458));
    assert_eq!(red_m.item_pic, None);
    assert_eq!(red_m.weight, Some(money("0.38")));
    assert_eq!(item.special_item_info[0].item_pic.as_deref(), Some("http://img3x1.ddimg.cn/20/1/1900123457-1_u.jpg"));

    let reply = client.item_get(&item_get::Request::new(1900888777)).await.unwrap();
    let item = reply.item_detail.unwrap();
    assert_eq!(item.item_barcode.as_deref(), Some("6909876543210"), "DOC-116's closing-tag spelling");
    assert_eq!(item.is_shop_vip.as_deref(), Some("1"));
    assert_eq!(item.vip_price_type, Some(true));
    assert_eq!(item.is_cod, Some(false));
    assert_eq!(item.item_state, Some(ItemState::Delisted));
    assert_eq!(item.pic8.as_deref(), Some("http://img3x1.ddimg.cn/20/7/1900888777-8_u.jpg"));
    assert_eq!(item.special_item_info.len(), 1, "one SKU is a one-element list");
    assert_eq!(item.special_item_info[0].special_attribute_seq, Some(0));
    assert_eq!(item.special_item_info[0].sub_item_id, Some(1900888778));
}

#[tokio::test]
async fn item_get_failure_in_result_is_decoded_not_dropped() {
    let (server, client) = common::server_and_client();
    server.respond(
        item_get::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>getItemDetail</functionID><time>2015-06-01 11:11:11</time><Result><operCode>17</operCode><operation>商品标识符错误</operation></Result></response>"#,
        ),
    );
    let reply = client.item_get(&item_get::Request::new(1)).await.unwrap();
    assert_eq!(reply.item_detail, None);
    let result = reply.result.expect("Result element");
    assert_eq!(result.oper_code, Some(ItemGetResultCode::Other("17".into())));
    assert_eq!(result.operation.as_deref(), Some("商品标识符错误"));
}

#[tokio::test]
async fn item_itemid_get_looks_up_an_outer_id() {
    let (server, client) = common::server_and_client();
    server.respond(item_itemid_get::METHOD, dangdang_tests::fixture("item_itemid_get.xml"));

    let reply = client.item_itemid_get(&item_itemid_get::Request::new("QZ-2015-001-红")).await.unwrap();
    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.business_params["oit"], "QZ-2015-001-红");
    assert!(received.raw_query.contains("oit=QZ-2015-001-%BA%EC"), "oit not GBK-encoded: {}", received.raw_query);

    let result = reply.result.expect("Result element");
    assert_eq!(result.item_id, Some(1900123456));
    assert_eq!(result.oper_code, None::<ItemIdGetResultCode>);
    assert_eq!(result.operation, None);
}
