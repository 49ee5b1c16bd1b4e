// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Typed replies as JSON (feature `serde`): [`decode_json`] decodes a reply by the method's
//! dotted name into its `Response` and serialises it; [`decode_items_json`] does so for the
//! records of a page of a paged method.
//!
//! [`document_json`] goes the other way for an upload: JSON to the method's typed document.

#[allow(unused_imports)]
use crate::rt::{typed_items_json, typed_json};

/// Decodes `body`, a reply of the method named `method` (dotted name), into the method's typed
/// `Response` and then JSON: `None` when the method has no typed reply (or its group's feature
/// is off); errors as the method's own decoding gives them. Personal text is in the JSON as
/// itself; serialise inside [`with_personal_masked`](crate::rt::with_personal_masked) to hide it.
/// (With no group's feature on, it knows no method and `body` goes unused.)
#[allow(unused_variables)]
pub fn decode_json(
    method: &str,
    body: &crate::RawBody,
) -> Option<Result<serde_json::Value, crate::Error>> {
    match method {
        #[cfg(feature = "items")]
        "dangdang.item.add" => Some(typed_json::<crate::items::item_add::Request>(body)),
        #[cfg(feature = "items")]
        "dangdang.item.detail.update" => {
            Some(typed_json::<crate::items::item_detail_update::Request>(body))
        }

        #[cfg(feature = "items")]
        "dangdang.items.list.get" => {
            Some(typed_json::<crate::items::items_list_get::Request>(body))
        }

        #[cfg(feature = "items")]
        "dangdang.item.get" => Some(typed_json::<crate::items::item_get::Request>(body)),
        #[cfg(feature = "items")]
        "dangdang.item.itemid.get" => {
            Some(typed_json::<crate::items::item_itemid_get::Request>(body))
        }

        #[cfg(feature = "items")]
        "dangdang.item.stock.update" => {
            Some(typed_json::<crate::items::item_stock_update::Request>(body))
        }

        #[cfg(feature = "items")]
        "dangdang.item.price.update" => {
            Some(typed_json::<crate::items::item_price_update::Request>(body))
        }

        #[cfg(feature = "items")]
        "dangdang.items.stock.update" => {
            Some(typed_json::<crate::items::items_stock_update::Request>(body))
        }

        #[cfg(feature = "items")]
        "dangdang.items.status.update" => {
            Some(typed_json::<crate::items::items_status_update::Request>(body))
        }

        #[cfg(feature = "items")]
        "dangdang.items.pics.set" => {
            Some(typed_json::<crate::items::items_pics_set::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.orders.list.get" => {
            Some(typed_json::<crate::orders::orders_list_get::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.order.details.get" => {
            Some(typed_json::<crate::orders::order_details_get::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.order.goods.send" => {
            Some(typed_json::<crate::orders::order_goods_send::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.order.cancel" => {
            Some(typed_json::<crate::orders::order_cancel::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.order.receipt.details.get" => {
            Some(typed_json::<crate::orders::order_receipt_details_get::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.order.return" => {
            Some(typed_json::<crate::orders::order_return::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.order.goods.exchange" => {
            Some(typed_json::<crate::orders::order_goods_exchange::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.orders.exchange.return.list.get" => {
            Some(
                typed_json::<
                    crate::orders::orders_exchange_return_list_get::Request,
                >(body),
            )
        }

        #[cfg(feature = "shop")]
        "dangdang.shop.ddcategory.get" => {
            Some(typed_json::<crate::shop::shop_ddcategory_get::Request>(body))
        }

        #[cfg(feature = "shop")]
        "dangdang.shop.ddsaleprops.get" => {
            Some(typed_json::<crate::shop::shop_ddsaleprops_get::Request>(body))
        }

        #[cfg(feature = "shop")]
        "dangdang.shop.ddbrand.get" => {
            Some(typed_json::<crate::shop::shop_ddbrand_get::Request>(body))
        }

        #[cfg(feature = "shop")]
        "dangdang.shop.coupon.send" => {
            Some(typed_json::<crate::shop::shop_coupon_send::Request>(body))
        }

        #[cfg(feature = "qa")]
        "dangdang.qa.answer" => Some(typed_json::<crate::qa::qa_answer::Request>(body)),
        _ => None,
    }
}

/// Decodes `body`, one page of the paged method named `method`, into the records of its typed
/// `Response`, each as JSON: `None` when the method is not paged with a typed reply (or its
/// group's feature is off). Personal text as in [`decode_json`].
#[allow(unused_variables)]
pub fn decode_items_json(
    method: &str,
    body: &crate::RawBody,
) -> Option<Result<Vec<serde_json::Value>, crate::Error>> {
    match method {
        #[cfg(feature = "items")]
        "dangdang.items.list.get" => {
            Some(typed_items_json::<crate::items::items_list_get::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.orders.list.get" => {
            Some(typed_items_json::<crate::orders::orders_list_get::Request>(body))
        }

        #[cfg(feature = "orders")]
        "dangdang.orders.exchange.return.list.get" => {
            Some(
                typed_items_json::<
                    crate::orders::orders_exchange_return_list_get::Request,
                >(body),
            )
        }
        _ => None,
    }
}

/// Reads the upload document of the method named `method` (dotted name) from `json`, in the
/// shape its `upload::Document` serialises as, and writes the XML the method uploads (the
/// children of `<request>`): `None` when the method's upload is not a typed XML document (or
/// its group's feature is off). A document of the wrong shape is an `Error::InvalidParam`
/// naming the upload field; the spec's counts and limits are checked as for a typed call.
#[allow(unused_variables)]
pub fn document_json(
    method: &str,
    json: serde_json::Value,
) -> Option<Result<String, crate::Error>> {
    match method {
        #[cfg(feature = "items")]
        "dangdang.item.add" => {
            Some(
                crate::upload_json::document_fragment(
                    crate::items::item_add::METHOD,
                    "addItems",
                    json,
                    crate::items::item_add::upload::Document::write_xml,
                ),
            )
        }

        #[cfg(feature = "items")]
        "dangdang.item.detail.update" => {
            Some(
                crate::upload_json::document_fragment(
                    crate::items::item_detail_update::METHOD,
                    "updateItemsDetail",
                    json,
                    crate::items::item_detail_update::upload::Document::write_xml,
                ),
            )
        }

        #[cfg(feature = "items")]
        "dangdang.items.stock.update" => {
            Some(
                crate::upload_json::document_fragment(
                    crate::items::items_stock_update::METHOD,
                    "multiItemsStock",
                    json,
                    crate::items::items_stock_update::upload::Document::write_xml,
                ),
            )
        }

        #[cfg(feature = "items")]
        "dangdang.items.price.update" => {
            Some(
                crate::upload_json::document_fragment(
                    crate::items::items_price_update::METHOD,
                    "multiItemsInfo",
                    json,
                    crate::items::items_price_update::upload::Document::write_xml,
                ),
            )
        }

        #[cfg(feature = "items")]
        "dangdang.items.status.update" => {
            Some(
                crate::upload_json::document_fragment(
                    crate::items::items_status_update::METHOD,
                    "updateMultiItemsStatus",
                    json,
                    crate::items::items_status_update::upload::Document::write_xml,
                ),
            )
        }

        #[cfg(feature = "orders")]
        "dangdang.order.goods.send" => {
            Some(
                crate::upload_json::document_fragment(
                    crate::orders::order_goods_send::METHOD,
                    "sendGoods",
                    json,
                    crate::orders::order_goods_send::upload::Document::write_xml,
                ),
            )
        }

        #[cfg(feature = "orders")]
        "dangdang.orders.exchange.return.apply.approve" => {
            Some(
                crate::upload_json::document_fragment(
                    crate::orders::orders_exchange_return_apply_approve::METHOD,
                    "updateReturnExchangeOrdersApprStatus",
                    json,
                    crate::orders::orders_exchange_return_apply_approve::upload::Document::write_xml,
                ),
            )
        }

        #[cfg(feature = "orders")]
        "dangdang.orders.distristatus.update" => {
            Some(
                crate::upload_json::document_fragment(
                    crate::orders::orders_distristatus_update::METHOD,
                    "updateMultiOrdersDistriStatus",
                    json,
                    crate::orders::orders_distristatus_update::upload::Document::write_xml,
                ),
            )
        }

        #[cfg(feature = "qa")]
        "dangdang.qa.answer" => {
            Some(
                crate::upload_json::document_fragment(
                    crate::qa::qa_answer::METHOD,
                    "answerQA",
                    json,
                    crate::qa::qa_answer::upload::Document::write_xml,
                ),
            )
        }
        _ => None,
    }
}
