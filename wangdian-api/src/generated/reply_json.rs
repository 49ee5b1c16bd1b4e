// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Typed replies as JSON (feature `serde`): [`decode_json`] decodes a reply by the method's
//! dotted name into its `Response` and serialises it; [`decode_items_json`] does so for the
//! records of a page of a paged method.

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
        #[cfg(feature = "trade")]
        "wms.stockout.Sales.queryWithDetail" => {
            Some(
                typed_json::<
                    crate::trade::wms_stockout_sales_query_with_detail::Request,
                >(body),
            )
        }

        #[cfg(feature = "trade")]
        "sales.LogisticsSync.update" => {
            Some(typed_json::<crate::trade::sales_logistics_sync_update::Request>(body))
        }

        #[cfg(feature = "trade")]
        "sales.TradeQuery.queryWithDetail" => {
            Some(
                typed_json::<
                    crate::trade::sales_trade_query_query_with_detail::Request,
                >(body),
            )
        }

        #[cfg(feature = "trade")]
        "sales.LogisticsSync.getSyncListExt" => {
            Some(
                typed_json::<
                    crate::trade::sales_logistics_sync_get_sync_list_ext::Request,
                >(body),
            )
        }

        #[cfg(feature = "trade")]
        "sales.StockSync.syncSuccess" => {
            Some(
                typed_json::<crate::trade::sales_stock_sync_sync_success::Request>(body),
            )
        }

        #[cfg(feature = "trade")]
        "sales.StockSync.getSelfWaitSyncIdListOpen" => {
            Some(
                typed_json::<
                    crate::trade::sales_stock_sync_get_self_wait_sync_id_list_open::Request,
                >(body),
            )
        }

        #[cfg(feature = "trade")]
        "sales.StockSync.calcStock" => {
            Some(typed_json::<crate::trade::sales_stock_sync_calc_stock::Request>(body))
        }

        #[cfg(feature = "trade")]
        "sales.RawTrade.pushSelf2" => {
            Some(typed_json::<crate::trade::sales_raw_trade_push_self2::Request>(body))
        }

        #[cfg(feature = "base")]
        "setting.Logistics.queryLogistics" => {
            Some(
                typed_json::<
                    crate::base::setting_logistics_query_logistics::Request,
                >(body),
            )
        }

        #[cfg(feature = "base")]
        "setting.Warehouse.queryWarehouse" => {
            Some(
                typed_json::<
                    crate::base::setting_warehouse_query_warehouse::Request,
                >(body),
            )
        }

        #[cfg(feature = "base")]
        "setting.Shop.queryShop" => {
            Some(typed_json::<crate::base::setting_shop_query_shop::Request>(body))
        }

        #[cfg(feature = "goods")]
        "goods.Goods.queryWithSpec" => {
            Some(typed_json::<crate::goods::goods_goods_query_with_spec::Request>(body))
        }

        #[cfg(feature = "purchase")]
        "purchase.PurchaseOrder.queryWithDetail" => {
            Some(
                typed_json::<
                    crate::purchase::purchase_purchase_order_query_with_detail::Request,
                >(body),
            )
        }

        #[cfg(feature = "purchase")]
        "purchase.PurchaseApply.search" => {
            Some(
                typed_json::<
                    crate::purchase::purchase_purchase_apply_search::Request,
                >(body),
            )
        }

        #[cfg(feature = "stock")]
        "wms.StockSpec.search2" => {
            Some(typed_json::<crate::stock::wms_stock_spec_search2::Request>(body))
        }

        #[cfg(feature = "aftersales")]
        "aftersales.refund.Refund.search" => {
            Some(
                typed_json::<
                    crate::aftersales::aftersales_refund_refund_search::Request,
                >(body),
            )
        }
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
        #[cfg(feature = "trade")]
        "wms.stockout.Sales.queryWithDetail" => {
            Some(
                typed_items_json::<
                    crate::trade::wms_stockout_sales_query_with_detail::Request,
                >(body),
            )
        }

        #[cfg(feature = "trade")]
        "sales.TradeQuery.queryWithDetail" => {
            Some(
                typed_items_json::<
                    crate::trade::sales_trade_query_query_with_detail::Request,
                >(body),
            )
        }

        #[cfg(feature = "trade")]
        "sales.LogisticsSync.getSyncListExt" => {
            Some(
                typed_items_json::<
                    crate::trade::sales_logistics_sync_get_sync_list_ext::Request,
                >(body),
            )
        }

        #[cfg(feature = "base")]
        "setting.Logistics.queryLogistics" => {
            Some(
                typed_items_json::<
                    crate::base::setting_logistics_query_logistics::Request,
                >(body),
            )
        }

        #[cfg(feature = "base")]
        "setting.Warehouse.queryWarehouse" => {
            Some(
                typed_items_json::<
                    crate::base::setting_warehouse_query_warehouse::Request,
                >(body),
            )
        }

        #[cfg(feature = "base")]
        "setting.Shop.queryShop" => {
            Some(typed_items_json::<crate::base::setting_shop_query_shop::Request>(body))
        }

        #[cfg(feature = "goods")]
        "goods.Goods.queryWithSpec" => {
            Some(
                typed_items_json::<
                    crate::goods::goods_goods_query_with_spec::Request,
                >(body),
            )
        }

        #[cfg(feature = "purchase")]
        "purchase.PurchaseOrder.queryWithDetail" => {
            Some(
                typed_items_json::<
                    crate::purchase::purchase_purchase_order_query_with_detail::Request,
                >(body),
            )
        }

        #[cfg(feature = "purchase")]
        "purchase.PurchaseApply.search" => {
            Some(
                typed_items_json::<
                    crate::purchase::purchase_purchase_apply_search::Request,
                >(body),
            )
        }

        #[cfg(feature = "stock")]
        "wms.StockSpec.search2" => {
            Some(typed_items_json::<crate::stock::wms_stock_spec_search2::Request>(body))
        }

        #[cfg(feature = "aftersales")]
        "aftersales.refund.Refund.search" => {
            Some(
                typed_items_json::<
                    crate::aftersales::aftersales_refund_refund_search::Request,
                >(body),
            )
        }
        _ => None,
    }
}
