//! End-to-end: the shop methods (Dangdang categories, sale properties, brands, shop categories,
//! coupons) and the QA answer upload through the real `Client` against the fake gateway.

mod common;

use common::{gbk, time};

use dangdang_api::qa::qa_answer;
use dangdang_api::shop::{
    shop_category_get, shop_coupon_send, shop_ddbrand_get, shop_ddcategory_get, shop_ddsaleprops_get,
};
use dangdang_api::types::{CouponSendResultCode, QaAnswerResultCode, StandardAttributeFillType};
use dangdang_api::{BeijingTime, Error};
use dangdang_tests::Reply;

#[tokio::test]
async fn ddcategory_decodes_the_category_template() {
    let (server, client) = common::server_and_client();
    server.respond(shop_ddcategory_get::METHOD, dangdang_tests::fixture("shop_ddcategory_get.xml"));

    let request = shop_ddcategory_get::Request::new().param("categoryID", "4002074");
    let reply = client.shop_ddcategory_get(&request).await.expect("the call succeeds");

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "fake server rejected the call: {:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert!(received.content_type.as_deref().unwrap().starts_with("application/x-www-form-urlencoded"));
    assert_eq!(received.api_method.as_deref(), Some("dangdang.shop.ddcategory.get"));
    assert_eq!(received.business_params.len(), 1, "only the raw parameter: {:?}", received.business_params);
    assert_eq!(received.business_params["categoryID"], "4002074");

    assert_eq!(reply.function_id.as_deref(), Some("dangdang.shop.ddcategory.get"));
    assert_eq!(reply.time, Some(time("2015-03-20 15:10:51")));
    assert_eq!(reply.categories.len(), 2);

    let coats = &reply.categories[0];
    assert_eq!(coats.category_id.as_deref(), Some("4002074"));
    assert_eq!(coats.category_name.as_deref(), Some("男士羽绒服"));
    assert_eq!(coats.standard_attributes.len(), 2);
    let fabric = &coats.standard_attributes[0];
    assert_eq!(fabric.standard_attribute_name.as_deref(), Some("面料"));
    assert_eq!(fabric.options, vec!["棉", "涤纶", "锦纶"]);
    assert_eq!(fabric.fill_type, Some(StandardAttributeFillType::Required));
    let filling = &coats.standard_attributes[1];
    assert_eq!(filling.options, vec!["白鸭绒"], "a list of exactly one option");
    assert_eq!(filling.fill_type, Some(StandardAttributeFillType::Optional));
    assert_eq!(coats.special_attributes, vec!["颜色", "尺码"]);
    let tabs = coats.extended_descriptions.as_ref().expect("extendedDescriptions");
    assert_eq!(tabs.product_description2.as_deref(), Some("尺码说明"));
    assert_eq!(tabs.product_description4.as_deref(), Some("品牌故事"));
    assert_eq!(tabs.product_description5, None, "empty element is None");

    let second = &reply.categories[1];
    assert_eq!(second.category_name.as_deref(), Some("女士羽绒服"));
    assert_eq!(second.standard_attributes.len(), 1, "a list of exactly one attribute");
    assert!(second.standard_attributes[0].options.is_empty(), "empty optionInfo is an empty list");
    assert_eq!(
        second.standard_attributes[0].fill_type,
        Some(StandardAttributeFillType::Other("2".into())),
        "unknown codes are kept"
    );
    assert_eq!(second.special_attributes, vec!["颜色"]);
    assert_eq!(second.extended_descriptions, None);
}

#[tokio::test]
async fn ddcategory_business_error_becomes_an_error() {
    let (server, client) = common::server_and_client();
    server.respond(
        shop_ddcategory_get::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.shop.ddcategory.get</functionID><time>2015-03-20 15:10:51</time><Error><operCode>5</operCode><operation>分类编号错误</operation></Error></response>"#,
        ),
    );
    let error = client.shop_ddcategory_get(&shop_ddcategory_get::Request::new()).await.unwrap_err();
    assert!(
        matches!(&error, Error::Business { code, message, .. } if code == "5" && message == "分类编号错误"),
        "{error:?}"
    );
}

#[tokio::test]
async fn ddsaleprops_decodes_sale_attributes_and_their_options() {
    let (server, client) = common::server_and_client();
    server.respond(shop_ddsaleprops_get::METHOD, dangdang_tests::fixture("shop_ddsaleprops_get.xml"));

    let reply = client.shop_ddsaleprops_get(&shop_ddsaleprops_get::Request::new()).await.unwrap();
    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert!(received.business_params.is_empty());

    assert_eq!(reply.time, Some(time("2015-03-20 15:11:02")));
    assert_eq!(reply.special_attributes.len(), 2);
    let colour = &reply.special_attributes[0];
    assert_eq!(colour.special_attribute_id.as_deref(), Some("1001"));
    assert_eq!(colour.special_attribute_name.as_deref(), Some("颜色"));
    let names: Vec<_> = colour.options.iter().map(|o| o.option_name.as_deref().unwrap()).collect();
    assert_eq!(names, ["军绿", "藏青", "黑色"]);
    assert_eq!(colour.options[2].option_id.as_deref(), Some("20003"));

    let size = &reply.special_attributes[1];
    assert_eq!(size.special_attribute_name.as_deref(), Some("鞋码"));
    assert_eq!(size.options.len(), 1, "a list of exactly one option");
    assert_eq!(size.options[0].option_id.as_deref(), Some("30038"));
    assert_eq!(size.options[0].option_name, None, "empty element is None");
}

#[tokio::test]
async fn ddbrand_decodes_brand_names_several_and_one() {
    let (server, client) = common::server_and_client();
    server.respond_sequence(
        shop_ddbrand_get::METHOD,
        vec![dangdang_tests::fixture("shop_ddbrand_get.xml"), dangdang_tests::fixture("shop_ddbrand_get_single.xml")],
    );
    let request = shop_ddbrand_get::Request::new();

    let several = client.shop_ddbrand_get(&request).await.unwrap();
    assert_eq!(several.brands, vec!["波司登", "李宁", "Nike 耐克"], "empty <DDBrand/> is skipped");
    assert_eq!(several.time, Some(time("2015-03-20 15:12:00")));

    let single = client.shop_ddbrand_get(&request).await.unwrap();
    assert_eq!(single.brands, vec!["鸭鸭"]);
    assert_eq!(server.requests_for(shop_ddbrand_get::METHOD).len(), 2);
}

#[tokio::test]
async fn ddbrand_without_a_list_is_an_empty_list() {
    let (server, client) = common::server_and_client();
    server.respond(
        shop_ddbrand_get::METHOD,
        Reply::xml(r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.shop.ddbrand.get</functionID><time>2015-03-20 15:12:00</time></response>"#),
    );
    let reply = client.shop_ddbrand_get(&shop_ddbrand_get::Request::new()).await.unwrap();
    assert!(reply.brands.is_empty());
}

#[tokio::test]
async fn shop_category_takes_no_parameters_and_returns_a_tree() {
    let (server, client) = common::server_and_client();
    server.respond(
        shop_category_get::METHOD,
        Reply::xml(
            r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.shop.category.get</functionID><time>2019-04-01 10:00:00</time><shopCategoryList><shopCategoryInfo><name>羽绒服专区</name></shopCategoryInfo></shopCategoryList></response>"#,
        ),
    );
    let tree = client.shop_category_get(&shop_category_get::Request::new()).await.unwrap();
    assert_eq!(tree.text_at("shopCategoryList/shopCategoryInfo/name"), Some("羽绒服专区"));
    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert!(received.business_params.is_empty(), "{:?}", received.business_params);
}

#[tokio::test]
async fn coupon_send_posts_a_form_with_repeated_customer_keys() {
    let (server, client) = common::server_and_client();
    server.respond(shop_coupon_send::METHOD, dangdang_tests::fixture("shop_coupon_send.xml"));

    let request = shop_coupon_send::Request::new(880012345, ["50001", "50002", "50003"], 2);
    assert_eq!(request.cus_ids, ["50001", "50002", "50003"]);
    let reply = client.shop_coupon_send(&request).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert!(received.content_type.as_deref().unwrap().starts_with("application/x-www-form-urlencoded"));
    assert!(received.upload.is_none(), "no file part");
    assert_eq!(received.api_method.as_deref(), Some("dangdang.shop.coupon.send"));
    assert_eq!(received.business_params["apply_id"], "880012345");
    assert_eq!(received.business_params["send_num"], "2");
    // The key is sent once per customer, in order.
    assert_eq!(received.business_params["cus_id[]"], "50001");
    assert_eq!(received.repeated_params["cus_id[]"], ["50001", "50002", "50003"]);
    assert!(received.warnings.is_empty(), "{:?}", received.warnings);

    assert_eq!(reply.function_id.as_deref(), Some("dangdang.shop.coupon.send"));
    assert_eq!(reply.time, Some(time("2015-11-10 09:30:00")));
    assert_eq!(reply.oper_code, Some(CouponSendResultCode::Success));
    assert_eq!(reply.operation.as_deref(), Some("成功"));
}

#[tokio::test]
async fn coupon_send_result_codes_decode_known_and_unknown() {
    let (server, client) = common::server_and_client();
    server.respond_sequence(
        shop_coupon_send::METHOD,
        vec![
            dangdang_tests::fixture("shop_coupon_send_limit.xml"),
            Reply::xml(
                r#"<?xml version="1.0" encoding="GBK"?><response><functionID>dangdang.shop.coupon.send</functionID><time>2015-11-10 09:32:00</time><operCode>1513</operCode><operation>礼券批次已过期</operation></response>"#,
            ),
        ],
    );
    let request = shop_coupon_send::Request::new(880012345, vec![String::from("50001")], 1);

    let limit = client.shop_coupon_send(&request).await.unwrap();
    assert_eq!(limit.oper_code, Some(CouponSendResultCode::CustomerCouponLimitReached));
    assert_eq!(limit.oper_code.as_ref().unwrap().code(), "1515");
    assert_eq!(limit.operation.as_deref(), Some("所选用户拥有礼券已经达到上限"));

    let unknown = client.shop_coupon_send(&request).await.unwrap();
    assert_eq!(unknown.oper_code, Some(CouponSendResultCode::Other("1513".into())));
    assert_eq!(unknown.operation.as_deref(), Some("礼券批次已过期"));
}

#[test]
fn coupon_send_keeps_the_internal_legacy_url() {
    assert_eq!(shop_coupon_send::LEGACY_URL, "http://shopapi.idc3/coupon_bind.php");
    assert_eq!(dangdang_api::shop::shop_coupons_list::LEGACY_URL, "http://shopapi.idc3/coupon_list.php");
}

fn answers() -> qa_answer::upload::Document {
    use qa_answer::upload::{Document, QaInfo};
    let mut first = QaInfo::new(3001234);
    first.answer_content = Some("您好，这款羽绒服是90%白鸭绒，尺码偏大 <建议> 选小一号 & 当天发货。".into());
    first.display_state = Some(1);
    let second = QaInfo::new(3009999);
    Document::new(vec![first, second])
}

#[tokio::test]
async fn qa_answer_uploads_a_gbk_document_and_returns_per_question_results() {
    let (server, client) = common::server_and_client();
    server.respond(qa_answer::METHOD, dangdang_tests::fixture("qa_answer.xml"));

    let result = client.qa_answer(&qa_answer::Request::new(answers())).await.unwrap();

    let received = server.last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert!(received.content_type.as_deref().unwrap().starts_with("multipart/form-data"));
    assert!(received.business_params.is_empty(), "the file is the only business parameter");
    let upload = received.upload.as_ref().expect("a file part");
    assert_eq!(upload.field, "answerQA");
    assert_eq!(upload.filename.as_deref(), Some("answerQA.xml"));
    assert_eq!(upload.declared_encoding.as_deref(), Some("GBK"));
    let needle = gbk("羽绒服");
    assert!(upload.bytes.windows(needle.len()).any(|w| w == needle), "document bytes are GBK");
    assert!(!upload.bytes.windows(3).any(|w| w == "羽".as_bytes()), "no UTF-8 left in the document");

    let document = dangdang_api::XmlElement::parse(&upload.text).expect("well-formed XML");
    assert_eq!(document.name, "request");
    assert_eq!(document.text_at("functionID"), Some("dangdang.qa.answer"));
    assert!(document.text_at("time").unwrap().parse::<BeijingTime>().is_ok());
    let questions: Vec<_> = document.at("QAList").unwrap().children_named("QAInfo").collect();
    assert_eq!(questions.len(), 2);
    assert_eq!(questions[0].text_at("QAID"), Some("3001234"));
    assert_eq!(
        questions[0].text_at("AContent"),
        Some("您好，这款羽绒服是90%白鸭绒，尺码偏大 <建议> 选小一号 & 当天发货。"),
        "special characters survive escaping"
    );
    assert_eq!(questions[0].text_at("displayState"), Some("1"));
    assert_eq!(questions[1].text_at("QAID"), Some("3009999"));
    assert_eq!(questions[1].text_at("AContent"), None, "unset optional elements are left out");
    assert_eq!(questions[1].text_at("displayState"), None);

    assert_eq!(result.time, Some(time("2015-06-01 14:00:00")));
    let outcome = result.result.as_ref().expect("Result element");
    assert_eq!(outcome.qa_list.len(), 3);
    assert_eq!(outcome.qa_list[0].qa_id.as_deref(), Some("3001234"));
    assert_eq!(outcome.qa_list[0].qa_oper_code, Some(QaAnswerResultCode::Success));
    assert_eq!(outcome.qa_list[0].qa_operation.as_deref(), Some("操作成功"));
    assert_eq!(outcome.qa_list[1].qa_oper_code, Some(QaAnswerResultCode::QaIdNotFound));
    assert_eq!(outcome.qa_list[1].qa_operation.as_deref(), Some("留言编号不存在"));
    assert_eq!(outcome.qa_list[2].qa_id.as_deref(), Some("abc"), "a non-numeric echo decodes");
    assert_eq!(outcome.qa_list[2].qa_oper_code, Some(QaAnswerResultCode::Other("202".into())));
    assert_eq!(outcome.qa_list[2].qa_operation, None, "empty element is None");
    let failures: Vec<_> =
        result.failures().into_iter().map(|(qa, code)| (qa.qa_id.as_deref(), code.clone())).collect();
    assert_eq!(
        failures,
        [(Some("3009999"), QaAnswerResultCode::QaIdNotFound), (Some("abc"), QaAnswerResultCode::Other("202".into()))]
    );
}

#[tokio::test]
async fn qa_answer_with_one_result() {
    let (server, client) = common::server_and_client();
    server.respond(qa_answer::METHOD, dangdang_tests::fixture("qa_answer_single.xml"));
    let document = qa_answer::upload::Document::new(vec![qa_answer::upload::QaInfo::new(3001235)]);
    let result = client.qa_answer(&qa_answer::Request::new(document)).await.unwrap();
    let outcome = result.result.unwrap();
    assert_eq!(outcome.qa_list.len(), 1);
    assert_eq!(outcome.qa_list[0].qa_id.as_deref(), Some("3001235"));
    assert_eq!(outcome.qa_list[0].qa_oper_code, Some(QaAnswerResultCode::Success));
}
