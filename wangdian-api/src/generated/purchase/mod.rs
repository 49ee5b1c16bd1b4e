// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! 采购类 (`purchase`) methods.

#[rustfmt::skip]
pub mod purchase_provider_goods_query_detail;

#[rustfmt::skip]
pub mod purchase_purchase_return_query_with_detail;

#[rustfmt::skip]
pub mod purchase_purchase_return_cancel_order;

#[rustfmt::skip]
pub mod purchase_purchase_return_create_order;

#[rustfmt::skip]
pub mod wms_stockin_purchase_upload;

#[rustfmt::skip]
pub mod purchase_purchase_order_query_with_detail;

#[rustfmt::skip]
pub mod purchase_purchase_order_create_order;

#[rustfmt::skip]
pub mod finance_settle_purchase_search;

#[rustfmt::skip]
pub mod wms_stockin_purchase_query_with_detail;

#[rustfmt::skip]
pub mod wms_stockout_purchase_return_query_with_detail;

#[rustfmt::skip]
pub mod wms_stockin_purchase_cancel;

#[rustfmt::skip]
pub mod purchase_purchase_order_cancel_order;

#[rustfmt::skip]
pub mod purchase_purchase_order_pending;

#[rustfmt::skip]
pub mod purchase_purchase_return_pending;

#[rustfmt::skip]
pub mod purchase_provider_goods_upload;

#[rustfmt::skip]
pub mod wms_stockout_purchase_return_create_order;

#[rustfmt::skip]
pub mod purchase_purchase_order_update_purchase_info;

#[rustfmt::skip]
pub mod purchase_purchase_apply_upload;

#[rustfmt::skip]
pub mod purchase_purchase_apply_search;

#[rustfmt::skip]
pub mod purchase_purchase_return_batch_cancel_order;

#[rustfmt::skip]
pub mod finance_settle_purchase_upload;

#[rustfmt::skip]
pub mod purchase_purchase_order_cancel_by_type;

#[rustfmt::skip]
pub mod purchase_purchase_apply_cancel_for_api;

#[rustfmt::skip]
pub mod purchase_purchase_apply_stop_for_api;

#[rustfmt::skip]
pub mod purchase_stock_in_pre_order_search;

#[rustfmt::skip]
pub mod finance_settle_purchase_return_upload;
