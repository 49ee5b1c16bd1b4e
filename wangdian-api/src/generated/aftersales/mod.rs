// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! 售后类 (`aftersales`) methods.

#[rustfmt::skip]
pub mod wms_stockin_refund_query_with_detail;

#[rustfmt::skip]
pub mod aftersales_refund_raw_refund_upload;

#[rustfmt::skip]
pub mod wms_stockin_pre_stockin_create_ext;

#[rustfmt::skip]
pub mod aftersales_refund_refund_search;

#[rustfmt::skip]
pub mod wms_stockin_pre_stockin_search;

#[rustfmt::skip]
pub mod wms_stockin_pre_stockin_cancel;

#[rustfmt::skip]
pub mod aftersales_refund_refund_search_history;

#[rustfmt::skip]
pub mod aftersales_refund_raw_refund_search;

#[rustfmt::skip]
pub mod aftersales_refund_raw_refund_upload2;

#[rustfmt::skip]
pub mod wms_stockin_refund_create_order;

#[rustfmt::skip]
pub mod wms_stockin_smart_refund_upload;

#[rustfmt::skip]
pub mod wms_stockin_refund_query_his_with_detail;

#[rustfmt::skip]
pub mod aftersales_refund_raw_refund_search_history;

#[rustfmt::skip]
pub mod wms_stockin_refund_return_logistics_package_query;
