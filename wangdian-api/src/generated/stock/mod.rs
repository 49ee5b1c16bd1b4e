// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! 库存类 (`stock`) methods.

#[rustfmt::skip]
pub mod wms_move_order_query_with_detail;

#[rustfmt::skip]
pub mod wms_stock_spec_search;

#[rustfmt::skip]
pub mod wms_stock_pd_stock_sync_by_pd;

#[rustfmt::skip]
pub mod wms_stockin_other_create_other_order;

#[rustfmt::skip]
pub mod wms_stocktransfer_manage_query_with_detail;

#[rustfmt::skip]
pub mod wms_stockout_other_query_query_with_detail;

#[rustfmt::skip]
pub mod wms_stockin_other_query_with_detail;

#[rustfmt::skip]
pub mod wms_stockin_transfer_query_with_detail;

#[rustfmt::skip]
pub mod wms_stock_spec_query_available_stock;

#[rustfmt::skip]
pub mod wms_stockout_other_create_other;

#[rustfmt::skip]
pub mod wms_stockout_transfer_query_with_detail;

#[rustfmt::skip]
pub mod wms_stockin_transfer_cancel_order;

#[rustfmt::skip]
pub mod wms_stock_pd_query_stock_pd_in_detail;

#[rustfmt::skip]
pub mod wms_stock_pd_query_stock_pd_out_detail;

#[rustfmt::skip]
pub mod wms_stockout_transfer_cancel_order;

#[rustfmt::skip]
pub mod wms_stocktransfer_manage_cancel_order;

#[rustfmt::skip]
pub mod wms_stockin_transfer_create_order;

#[rustfmt::skip]
pub mod wms_stockout_transfer_create_order;

#[rustfmt::skip]
pub mod wms_stocktransfer_edit_create_order;

#[rustfmt::skip]
pub mod wms_stock_shelve_query_with_detail;

#[rustfmt::skip]
pub mod wms_stock_spec_query_change_history;

#[rustfmt::skip]
pub mod finance_stock_cost_search;

#[rustfmt::skip]
pub mod wms_stocktransfer_manage_pending;

#[rustfmt::skip]
pub mod wms_stockother_out_push;

#[rustfmt::skip]
pub mod wms_stockother_in_push;

#[rustfmt::skip]
pub mod wms_stockout_process_query_with_detail;

#[rustfmt::skip]
pub mod wms_stockin_process_query_with_detail;

#[rustfmt::skip]
pub mod wms_outer_outer_out_create_order;

#[rustfmt::skip]
pub mod wms_outer_outer_in_create_order;

#[rustfmt::skip]
pub mod wms_outer_outer_out_query_with_detail;

#[rustfmt::skip]
pub mod wms_outer_outer_in_query_with_detail;

#[rustfmt::skip]
pub mod finance_settle_transfer_search;

#[rustfmt::skip]
pub mod wms_stockdefect_defect_change_search;

#[rustfmt::skip]
pub mod wms_stockother_out_query_query_with_detail;

#[rustfmt::skip]
pub mod wms_stockother_in_query_query_with_detail;

#[rustfmt::skip]
pub mod wms_stockout_sales_pick_pick_list_overview_for_api;

#[rustfmt::skip]
pub mod wms_position_capacity_search;

#[rustfmt::skip]
pub mod setting_strategy_virtual_warehouse_stock_search;

#[rustfmt::skip]
pub mod setting_strategy_virtual_warehouse_create;

#[rustfmt::skip]
pub mod setting_strategy_virtual_warehouse_order_search;

#[rustfmt::skip]
pub mod wms_stockout_pack_search;

#[rustfmt::skip]
pub mod wms_stockin_jit_refund_search_order_with_detail;

#[rustfmt::skip]
pub mod wms_stockout_jit_order_search;

#[rustfmt::skip]
pub mod wms_goods_sn_query_with_detail;

#[rustfmt::skip]
pub mod finance_settle_other_in_upload;

#[rustfmt::skip]
pub mod wms_stock_spec_search2;

#[rustfmt::skip]
pub mod statistic_stockout_collect_query_cost_with_detail;

#[rustfmt::skip]
pub mod statistic_stockin_collect_query_cost_with_detail;

#[rustfmt::skip]
pub mod wms_stock_pd_query_stock_pd;

#[rustfmt::skip]
pub mod wms_stock_pd_query_stock_pd_detail;

#[rustfmt::skip]
pub mod wms_stockin_base_search;

#[rustfmt::skip]
pub mod wms_stockout_base_search;

#[rustfmt::skip]
pub mod wms_stock_spec_stock_detail_search;

#[rustfmt::skip]
pub mod wms_stockout_base_search_sn;

#[rustfmt::skip]
pub mod wms_stockin_base_search_sn;

#[rustfmt::skip]
pub mod wms_stockin_base_upload_sn;

#[rustfmt::skip]
pub mod wms_stockout_base_upload_sn;

#[rustfmt::skip]
pub mod wms_stockin_other_cancel_other_order;

#[rustfmt::skip]
pub mod wms_stockout_other_cancel_other_order;

#[rustfmt::skip]
pub mod finance_settle_logistics_search;

#[rustfmt::skip]
pub mod wms_goods_pack_upload;

#[rustfmt::skip]
pub mod wms_stockother_in_cancel_order;

#[rustfmt::skip]
pub mod wms_stockother_out_cancel_order;

#[rustfmt::skip]
pub mod setting_strategy_virtual_warehouse_strategy_allocation_create;

#[rustfmt::skip]
pub mod setting_strategy_virtual_warehouse_reserve_extract_add;

#[rustfmt::skip]
pub mod wms_outer_outer_transfer_create_by_api;

#[rustfmt::skip]
pub mod wms_goods_batch_create_by_api;

#[rustfmt::skip]
pub mod setting_strategy_virtual_warehouse_strategy_allocation_query;

#[rustfmt::skip]
pub mod wms_error_correction_query_with_detail;
