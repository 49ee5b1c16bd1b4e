// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! What the spec says of each method (name, legacy URL, transport, safety, provenance), one
//! constant per method in spec order; `METHODS` lists them all.

/// `dangdang.item.add` (`addItems.php`).
pub const ITEM_ADD: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.item.add",
    legacy_url: Some("http://api.dangdang.com/v2/addItems.php"),
    rust_name: "item_add",
    group: "items",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: Some("addItems"),
    typed_response: true,
};

/// `dangdang.item.detail.update` (`updateItemsDetail.php`).
pub const ITEM_DETAIL_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.item.detail.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateItemsDetail.php"),
    rust_name: "item_detail_update",
    group: "items",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: Some("updateItemsDetail"),
    typed_response: true,
};

/// `dangdang.items.delete` (`deleteItems.php`).
pub const ITEMS_DELETE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.delete",
    legacy_url: Some("http://api.dangdang.com/v2/deleteItems.php"),
    rust_name: "items_delete",
    group: "items",
    transport: crate::Transport::Get,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.items.list.get` (`searchItems.php`).
pub const ITEMS_LIST_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.list.get",
    legacy_url: Some("http://api.dangdang.com/v2/searchItems.php"),
    rust_name: "items_list_get",
    group: "items",
    transport: crate::Transport::Get,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.item.get` (`getItemDetail.php`).
pub const ITEM_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.item.get",
    legacy_url: Some("http://api.dangdang.com/v2/getItemDetail.php"),
    rust_name: "item_get",
    group: "items",
    transport: crate::Transport::Get,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.item.itemid.get` (`getItemID.php`).
pub const ITEM_ITEMID_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.item.itemid.get",
    legacy_url: Some("http://api.dangdang.com/v2/getItemID.php"),
    rust_name: "item_itemid_get",
    group: "items",
    transport: crate::Transport::Get,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.item.customid.get` (`getOuterItemID.php`).
pub const ITEM_CUSTOMID_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.item.customid.get",
    legacy_url: Some("http://api.dangdang.com/v2/getOuterItemID.php"),
    rust_name: "item_customid_get",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.items.bestpartners.set` (`setItemsBestPartners.php`).
pub const ITEMS_BESTPARTNERS_SET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.bestpartners.set",
    legacy_url: Some("http://api.dangdang.com/v2/setItemsBestPartners.php"),
    rust_name: "items_bestpartners_set",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.item.bestpartners.get` (`getBestPartners.php`).
pub const ITEM_BESTPARTNERS_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.item.bestpartners.get",
    legacy_url: Some("http://api.dangdang.com/v2/getBestPartners.php"),
    rust_name: "item_bestpartners_get",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.items.publiccolumns.set` (`setItemsPublicColumns.php`).
pub const ITEMS_PUBLICCOLUMNS_SET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.publiccolumns.set",
    legacy_url: Some("http://api.dangdang.com/v2/setItemsPublicColumns.php"),
    rust_name: "items_publiccolumns_set",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.item.publiccolumns.get` (`getItemPublicColumns.php`).
pub const ITEM_PUBLICCOLUMNS_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.item.publiccolumns.get",
    legacy_url: Some("http://api.dangdang.com/v2/getItemPublicColumns.php"),
    rust_name: "item_publiccolumns_get",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.items.spec.update` (`updateMultiItemsExtendedAttributes.php`).
pub const ITEMS_SPEC_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.spec.update",
    legacy_url: Some(
        "http://api.dangdang.com/v2/updateMultiItemsExtendedAttributes.php",
    ),
    rust_name: "items_spec_update",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.items.extradesctab.update` (`updateMultiItemsExtendedDescriptions.php`).
pub const ITEMS_EXTRADESCTAB_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.extradesctab.update",
    legacy_url: Some(
        "http://api.dangdang.com/v2/updateMultiItemsExtendedDescriptions.php",
    ),
    rust_name: "items_extradesctab_update",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.items.codinfo.update` (`updateMultiItemsCODInfo.php`).
pub const ITEMS_CODINFO_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.codinfo.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateMultiItemsCODInfo.php"),
    rust_name: "items_codinfo_update",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.items.postage.update` (`updateMultiItemsPostage.php`).
pub const ITEMS_POSTAGE_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.postage.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateMultiItemsPostage.php"),
    rust_name: "items_postage_update",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.items.errorpics.get` (`getItemsErrorPics.php`).
pub const ITEMS_ERRORPICS_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.errorpics.get",
    legacy_url: Some("http://api.dangdang.com/v2/getItemsErrorPics.php"),
    rust_name: "items_errorpics_get",
    group: "items",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.item.stock.update` (`updateItemStock.php`).
pub const ITEM_STOCK_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.item.stock.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateItemStock.php"),
    rust_name: "item_stock_update",
    group: "items",
    transport: crate::Transport::Get,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.item.price.update` (`updateItemsInfo.php`).
pub const ITEM_PRICE_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.item.price.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateItemsInfo.php"),
    rust_name: "item_price_update",
    group: "items",
    transport: crate::Transport::Get,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.items.stock.update` (`updateMultiItemsStock.php`).
pub const ITEMS_STOCK_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.stock.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateMultiItemsStock.php"),
    rust_name: "items_stock_update",
    group: "items",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: Some("multiItemsStock"),
    typed_response: true,
};

/// `dangdang.items.price.update` (`updateMultiItemsInfo.php`).
pub const ITEMS_PRICE_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.price.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateMultiItemsInfo.php"),
    rust_name: "items_price_update",
    group: "items",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: Some("multiItemsInfo"),
    typed_response: false,
};

/// `dangdang.items.status.update` (`updateMultiItemsStatus.php`).
pub const ITEMS_STATUS_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.status.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateMultiItemsStatus.php"),
    rust_name: "items_status_update",
    group: "items",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: Some("updateMultiItemsStatus"),
    typed_response: true,
};

/// `dangdang.items.pics.set` (`setItemsPics.php`).
pub const ITEMS_PICS_SET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.items.pics.set",
    legacy_url: Some("http://api.dangdang.com/v2/setItemsPics.php"),
    rust_name: "items_pics_set",
    group: "items",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: Some("setItemsPics"),
    typed_response: true,
};

/// `dangdang.orders.list.get` (`searchOrders.php`).
pub const ORDERS_LIST_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.orders.list.get",
    legacy_url: Some("http://api.dangdang.com/v2/searchOrders.php"),
    rust_name: "orders_list_get",
    group: "orders",
    transport: crate::Transport::Get,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.order.details.get` (`getOrderDetail.php`).
pub const ORDER_DETAILS_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.order.details.get",
    legacy_url: Some("http://api.dangdang.com/v2/getOrderDetail.php"),
    rust_name: "order_details_get",
    group: "orders",
    transport: crate::Transport::Get,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.order.goods.send` (`sendGoods.php`).
pub const ORDER_GOODS_SEND: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.order.goods.send",
    legacy_url: Some("http://api.dangdang.com/v2/sendGoods.php"),
    rust_name: "order_goods_send",
    group: "orders",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: Some("sendGoods"),
    typed_response: true,
};

/// `dangdang.order.cancel` (`cancelOrder.php`).
pub const ORDER_CANCEL: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.order.cancel",
    legacy_url: Some("http://api.dangdang.com/v2/cancelOrder.php"),
    rust_name: "order_cancel",
    group: "orders",
    transport: crate::Transport::Get,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.order.orderid.get` (`getOrderID.php`).
pub const ORDER_ORDERID_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.order.orderid.get",
    legacy_url: Some("http://api.dangdang.com/v2/getOrderID.php"),
    rust_name: "order_orderid_get",
    group: "orders",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.order.customid.get` (`getOuterOrderID.php`).
pub const ORDER_CUSTOMID_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.order.customid.get",
    legacy_url: Some("http://api.dangdang.com/v2/getOuterOrderID.php"),
    rust_name: "order_customid_get",
    group: "orders",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.order.receipt.details.get` (`getMultiOrderCourierReceiptDetails.php`).
pub const ORDER_RECEIPT_DETAILS_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.order.receipt.details.get",
    legacy_url: Some(
        "http://api.dangdang.com/v2/getMultiOrderCourierReceiptDetails.php",
    ),
    rust_name: "order_receipt_details_get",
    group: "orders",
    transport: crate::Transport::Get,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.order.return` (`returnGoods.php`).
pub const ORDER_RETURN: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.order.return",
    legacy_url: Some("http://api.dangdang.com/v2/returnGoods.php"),
    rust_name: "order_return",
    group: "orders",
    transport: crate::Transport::Get,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.order.goods.exchange` (`exchangeGoods.php`).
pub const ORDER_GOODS_EXCHANGE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.order.goods.exchange",
    legacy_url: Some("http://api.dangdang.com/v2/exchangeGoods.php"),
    rust_name: "order_goods_exchange",
    group: "orders",
    transport: crate::Transport::Get,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.orders.exchange.return.list.get` (`searchReturnExchangeOrders.php`).
pub const ORDERS_EXCHANGE_RETURN_LIST_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.orders.exchange.return.list.get",
    legacy_url: Some("http://api.dangdang.com/v2/searchReturnExchangeOrders.php"),
    rust_name: "orders_exchange_return_list_get",
    group: "orders",
    transport: crate::Transport::Get,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.orders.exchange.return.apply.approve` (`updateReturnExchangeOrdersApprStatus.php`).
pub const ORDERS_EXCHANGE_RETURN_APPLY_APPROVE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.orders.exchange.return.apply.approve",
    legacy_url: Some(
        "http://api.dangdang.com/v2/updateReturnExchangeOrdersApprStatus.php",
    ),
    rust_name: "orders_exchange_return_apply_approve",
    group: "orders",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: Some("updateReturnExchangeOrdersApprStatus"),
    typed_response: false,
};

/// `dangdang.orders.distristatus.update` (`updateMultiOrdersDistriStatus.php`).
pub const ORDERS_DISTRISTATUS_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.orders.distristatus.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateMultiOrdersDistriStatus.php"),
    rust_name: "orders_distristatus_update",
    group: "orders",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: Some("updateMultiOrdersDistriStatus"),
    typed_response: false,
};

/// `dangdang.shop.ddcategory.get` (`getDDCategory.php`).
pub const SHOP_DDCATEGORY_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.shop.ddcategory.get",
    legacy_url: Some("http://api.dangdang.com/v2/getDDCategory.php"),
    rust_name: "shop_ddcategory_get",
    group: "shop",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.shop.ddsaleprops.get` (`getSpecialAttributeClass.php`).
pub const SHOP_DDSALEPROPS_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.shop.ddsaleprops.get",
    legacy_url: Some("http://api.dangdang.com/v2/getSpecialAttributeClass.php"),
    rust_name: "shop_ddsaleprops_get",
    group: "shop",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.shop.ddbrand.get` (`getDDBrand.php`).
pub const SHOP_DDBRAND_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.shop.ddbrand.get",
    legacy_url: Some("http://api.dangdang.com/v2/getDDBrand.php"),
    rust_name: "shop_ddbrand_get",
    group: "shop",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.shop.category.get` (`getShopCategory.php`).
pub const SHOP_CATEGORY_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.shop.category.get",
    legacy_url: Some("http://api.dangdang.com/v2/getShopCategory.php"),
    rust_name: "shop_category_get",
    group: "shop",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.shop.spec.get` (`getExtendedAttributeClass.php`).
pub const SHOP_SPEC_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.shop.spec.get",
    legacy_url: Some("http://api.dangdang.com/v2/getExtendedAttributeClass.php"),
    rust_name: "shop_spec_get",
    group: "shop",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.shop.ddcategorynew.get` (`getDDCategoryNew.php`).
pub const SHOP_DDCATEGORYNEW_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.shop.ddcategorynew.get",
    legacy_url: Some("http://api.dangdang.com/v2/getDDCategoryNew.php"),
    rust_name: "shop_ddcategorynew_get",
    group: "shop",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.shop.coupons.list` (`coupon_list.php`).
pub const SHOP_COUPONS_LIST: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.shop.coupons.list",
    legacy_url: Some("http://shopapi.idc3/coupon_list.php"),
    rust_name: "shop_coupons_list",
    group: "shop",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.shop.coupon.send` (`coupon_bind.php`).
pub const SHOP_COUPON_SEND: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.shop.coupon.send",
    legacy_url: Some("http://shopapi.idc3/coupon_bind.php"),
    rust_name: "shop_coupon_send",
    group: "shop",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `dangdang.promotions.list.get` (`searchPromotions.php`).
pub const PROMOTIONS_LIST_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.promotions.list.get",
    legacy_url: Some("http://api.dangdang.com/v2/searchPromotions.php"),
    rust_name: "promotions_list_get",
    group: "promotions",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.promotion.get` (`getPromotion.php`).
pub const PROMOTION_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.promotion.get",
    legacy_url: Some("http://api.dangdang.com/v2/getPromotion.php"),
    rust_name: "promotion_get",
    group: "promotions",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.promotion.itemtype.update` (`updateItemType.php`).
pub const PROMOTION_ITEMTYPE_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.promotion.itemtype.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateItemType.php"),
    rust_name: "promotion_itemtype_update",
    group: "promotions",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.promotions.enddate.update` (`updateMultiPromosEndDate.php`).
pub const PROMOTIONS_ENDDATE_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.promotions.enddate.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateMultiPromosEndDate.php"),
    rust_name: "promotions_enddate_update",
    group: "promotions",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.promotions.offprice.add` (`addMultiOffPricePromos.php`).
pub const PROMOTIONS_OFFPRICE_ADD: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.promotions.offprice.add",
    legacy_url: Some("http://api.dangdang.com/v2/addMultiOffPricePromos.php"),
    rust_name: "promotions_offprice_add",
    group: "promotions",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.promotions.offprice.update` (`updateMultiOffPricePromos.php`).
pub const PROMOTIONS_OFFPRICE_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.promotions.offprice.update",
    legacy_url: Some("http://api.dangdang.com/v2/updateMultiOffPricePromos.php"),
    rust_name: "promotions_offprice_update",
    group: "promotions",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.qa.list.get` (`searchQA.php`).
pub const QA_LIST_GET: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.qa.list.get",
    legacy_url: Some("http://api.dangdang.com/v2/searchQA.php"),
    rust_name: "qa_list_get",
    group: "qa",
    transport: crate::Transport::PostForm,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `dangdang.qa.answer` (`answerQA.php`).
pub const QA_ANSWER: crate::MethodInfo = crate::MethodInfo {
    name: "dangdang.qa.answer",
    legacy_url: Some("http://api.dangdang.com/v2/answerQA.php"),
    rust_name: "qa_answer",
    group: "qa",
    transport: crate::Transport::Multipart,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: Some("answerQA"),
    typed_response: true,
};
