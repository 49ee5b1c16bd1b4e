// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! 订单类 (`trade`) methods.

#[rustfmt::skip]
pub mod wms_stockout_sales_query_with_detail;

#[rustfmt::skip]
pub mod sales_logistics_sync_update;

#[rustfmt::skip]
pub mod sales_raw_trade_push_self;

#[rustfmt::skip]
pub mod sales_trade_query_query_with_detail;

#[rustfmt::skip]
pub mod sales_logistics_sync_get_sync_list_ext;

#[rustfmt::skip]
pub mod wms_stockout_sales_weighing_ext;

#[rustfmt::skip]
pub mod wms_stockout_sales_once_weighing;

#[rustfmt::skip]
pub mod finance_invoice_invoice_order_search;

#[rustfmt::skip]
pub mod finance_invoice_invoice_order_update_invoice;

#[rustfmt::skip]
pub mod finance_raw_payment_search;

#[rustfmt::skip]
pub mod finance_raw_payment_push;

#[rustfmt::skip]
pub mod sales_stock_sync_cancel_sync;

#[rustfmt::skip]
pub mod sales_stock_sync_sync_fail;

#[rustfmt::skip]
pub mod sales_stock_sync_sync_success;

#[rustfmt::skip]
pub mod sales_stock_sync_get_self_wait_sync_id_list_open;

#[rustfmt::skip]
pub mod wms_stockout_sales_query_history_with_detail;

#[rustfmt::skip]
pub mod sales_trade_query_query_history_with_detail;

#[rustfmt::skip]
pub mod finance_alipay_account_check_search;

#[rustfmt::skip]
pub mod sales_raw_trade_search;

#[rustfmt::skip]
pub mod sales_trade_query_get_trade_merged_log;

#[rustfmt::skip]
pub mod finance_payment_search;

#[rustfmt::skip]
pub mod wms_stockout_sales_once_weighing_by_no;

#[rustfmt::skip]
pub mod sales_stock_sync_calc_stock;

#[rustfmt::skip]
pub mod wms_stockout_sales_sales_weighing;

#[rustfmt::skip]
pub mod sales_trade_edit_modify_remark;

#[rustfmt::skip]
pub mod wms_stockout_sales_search_logistics;

#[rustfmt::skip]
pub mod sales_raw_trade_search_history;

#[rustfmt::skip]
pub mod sales_jit_jit_refund_search;

#[rustfmt::skip]
pub mod sales_raw_trade_push_self2;

#[rustfmt::skip]
pub mod wms_stockout_sales_search_position_detail;

#[rustfmt::skip]
pub mod sales_payment_query_with_detail;

#[rustfmt::skip]
pub mod sales_trade_import_upload;

#[rustfmt::skip]
pub mod wms_stockout_sales_search_cancel;

#[rustfmt::skip]
pub mod sales_trade_query_get_log;

#[rustfmt::skip]
pub mod setting_custom_attr_get_trade_label;

#[rustfmt::skip]
pub mod sales_trade_edit_to_exception;

#[rustfmt::skip]
pub mod sales_stock_sync_batch_calc_stock;

#[rustfmt::skip]
pub mod sales_trade_query_query_self_order_with_detail;

#[rustfmt::skip]
pub mod sales_raw_trade_search_history_self_order;

#[rustfmt::skip]
pub mod sales_trade_query_query_history_self_order_with_detail;

#[rustfmt::skip]
pub mod sales_raw_trade_search_self_order;

#[rustfmt::skip]
pub mod sales_trade_query_get_log2;
