//! The sandbox's generic reply for every typed method decodes into that method's typed response
//! with `dangdang-api`'s own decoder; the list below must name every typed method of the catalog.

use dangdang_api::{METHODS, Method, RawBody};
use dangdang_sandbox::render::{Record, response_xml};
use dangdang_sandbox::spec::embedded;

/// Renders the generic reply of `M`'s method, GBK-encodes it and decodes it; returns the method name.
fn decodes<M: Method>() -> &'static str
where
    M::Response: std::fmt::Debug,
{
    let spec = embedded().unwrap();
    let name = M::INFO.name;
    let method = spec.method(name).unwrap_or_else(|| panic!("{name} is in the sandbox's spec"));
    let now = dangdang_sandbox::signature::parse_beijing("2026-01-05 12:00:00").unwrap();
    let xml = response_xml(&spec, method, &Record::new(), now);
    let bytes = dangdang_sandbox::wire::transcode_xml(&xml).unwrap();
    if let Err(error) = M::decode(&RawBody::new(bytes, encoding_rs::GBK)) {
        panic!("{name}: the generic reply does not decode: {error}\n{xml}");
    }
    name
}

macro_rules! typed {
    ($($group:ident::$module:ident),* $(,)?) => {
        vec![$(decodes::<dangdang_api::$group::$module::Request>()),*]
    };
}

#[test]
fn every_typed_method_decodes_its_generic_reply() {
    let checked = typed![
        items::item_add,
        items::item_detail_update,
        items::items_list_get,
        items::item_get,
        items::item_itemid_get,
        items::item_stock_update,
        items::item_price_update,
        items::items_stock_update,
        items::items_status_update,
        items::items_pics_set,
        orders::orders_list_get,
        orders::order_details_get,
        orders::order_goods_send,
        orders::order_cancel,
        orders::order_receipt_details_get,
        orders::order_return,
        orders::order_goods_exchange,
        orders::orders_exchange_return_list_get,
        shop::shop_ddcategory_get,
        shop::shop_ddsaleprops_get,
        shop::shop_ddbrand_get,
        shop::shop_coupon_send,
        qa::qa_answer,
    ];
    let mut typed: Vec<&str> = METHODS.iter().filter(|m| m.typed_response).map(|m| m.name).collect();
    let mut checked_sorted = checked.clone();
    typed.sort_unstable();
    checked_sorted.sort_unstable();
    assert_eq!(checked_sorted, typed, "every typed method of the catalog is checked");
}
