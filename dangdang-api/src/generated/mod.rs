// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Code generated from the spec: one module per group (each behind a cargo feature of the same
//! name), one submodule per method, the shared code tables in [`types`] and the shared shapes in
//! [`shapes`] (re-exported by the methods that use them), what the spec says of each method in
//! [`catalog`], the `Client` methods in `client` and, with feature `serde`, typed replies as JSON
//! by method name in `reply_json`.

#[rustfmt::skip]
pub mod types;

#[rustfmt::skip]
pub mod shapes;

#[rustfmt::skip]
pub mod catalog;

#[rustfmt::skip]
mod client;

#[cfg(feature = "serde")]
#[rustfmt::skip]
pub mod reply_json;

#[cfg(feature = "items")]
#[rustfmt::skip]
pub mod items;

#[cfg(feature = "orders")]
#[rustfmt::skip]
pub mod orders;

#[cfg(feature = "shop")]
#[rustfmt::skip]
pub mod shop;

#[cfg(feature = "promotions")]
#[rustfmt::skip]
pub mod promotions;

#[cfg(feature = "qa")]
#[rustfmt::skip]
pub mod qa;

/// Every method in the spec, in spec order, whatever features are enabled.
pub const METHODS: [crate::MethodInfo; 50usize] = [
    catalog::ITEM_ADD,
    catalog::ITEM_DETAIL_UPDATE,
    catalog::ITEMS_DELETE,
    catalog::ITEMS_LIST_GET,
    catalog::ITEM_GET,
    catalog::ITEM_ITEMID_GET,
    catalog::ITEM_CUSTOMID_GET,
    catalog::ITEMS_BESTPARTNERS_SET,
    catalog::ITEM_BESTPARTNERS_GET,
    catalog::ITEMS_PUBLICCOLUMNS_SET,
    catalog::ITEM_PUBLICCOLUMNS_GET,
    catalog::ITEMS_SPEC_UPDATE,
    catalog::ITEMS_EXTRADESCTAB_UPDATE,
    catalog::ITEMS_CODINFO_UPDATE,
    catalog::ITEMS_POSTAGE_UPDATE,
    catalog::ITEMS_ERRORPICS_GET,
    catalog::ITEM_STOCK_UPDATE,
    catalog::ITEM_PRICE_UPDATE,
    catalog::ITEMS_STOCK_UPDATE,
    catalog::ITEMS_PRICE_UPDATE,
    catalog::ITEMS_STATUS_UPDATE,
    catalog::ITEMS_PICS_SET,
    catalog::ORDERS_LIST_GET,
    catalog::ORDER_DETAILS_GET,
    catalog::ORDER_GOODS_SEND,
    catalog::ORDER_CANCEL,
    catalog::ORDER_ORDERID_GET,
    catalog::ORDER_CUSTOMID_GET,
    catalog::ORDER_RECEIPT_DETAILS_GET,
    catalog::ORDER_RETURN,
    catalog::ORDER_GOODS_EXCHANGE,
    catalog::ORDERS_EXCHANGE_RETURN_LIST_GET,
    catalog::ORDERS_EXCHANGE_RETURN_APPLY_APPROVE,
    catalog::ORDERS_DISTRISTATUS_UPDATE,
    catalog::SHOP_DDCATEGORY_GET,
    catalog::SHOP_DDSALEPROPS_GET,
    catalog::SHOP_DDBRAND_GET,
    catalog::SHOP_CATEGORY_GET,
    catalog::SHOP_SPEC_GET,
    catalog::SHOP_DDCATEGORYNEW_GET,
    catalog::SHOP_COUPONS_LIST,
    catalog::SHOP_COUPON_SEND,
    catalog::PROMOTIONS_LIST_GET,
    catalog::PROMOTION_GET,
    catalog::PROMOTION_ITEMTYPE_UPDATE,
    catalog::PROMOTIONS_ENDDATE_UPDATE,
    catalog::PROMOTIONS_OFFPRICE_ADD,
    catalog::PROMOTIONS_OFFPRICE_UPDATE,
    catalog::QA_LIST_GET,
    catalog::QA_ANSWER,
];

/// Names of the reply elements the spec marks `personal: true`, sorted: an
/// [`XmlElement`](crate::XmlElement) of one of these names hides its text in `Debug`.
pub(crate) const PERSONAL_ELEMENTS: &[&str] = &[
    "consigneeAddr",
    "consigneeAddr_Area",
    "consigneeAddr_City",
    "consigneeAddr_Province",
    "consigneeAddr_State",
    "consigneeMobileTel",
    "consigneeName",
    "consigneePostcode",
    "consigneeTel",
    "dangdangAccountID",
    "einvoiceAddress",
    "encrypt_content",
    "message",
    "receiptName",
    "receiptTel",
];
