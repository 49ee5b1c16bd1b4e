// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! What the spec says of each method (name, legacy URL, transport, safety, provenance), one
//! constant per method in spec order; `METHODS` lists them all.

/// `wms.stockout.Sales.queryWithDetail`.
pub const WMS_STOCKOUT_SALES_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Sales.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockout_sales_query_with_detail",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `sales.LogisticsSync.update`.
pub const SALES_LOGISTICS_SYNC_UPDATE: crate::MethodInfo = crate::MethodInfo {
    name: "sales.LogisticsSync.update",
    legacy_url: None,
    rust_name: "sales_logistics_sync_update",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `sales.RawTrade.pushSelf`.
pub const SALES_RAW_TRADE_PUSH_SELF: crate::MethodInfo = crate::MethodInfo {
    name: "sales.RawTrade.pushSelf",
    legacy_url: None,
    rust_name: "sales_raw_trade_push_self",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeQuery.queryWithDetail`.
pub const SALES_TRADE_QUERY_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeQuery.queryWithDetail",
    legacy_url: None,
    rust_name: "sales_trade_query_query_with_detail",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `sales.LogisticsSync.getSyncListExt`.
pub const SALES_LOGISTICS_SYNC_GET_SYNC_LIST_EXT: crate::MethodInfo = crate::MethodInfo {
    name: "sales.LogisticsSync.getSyncListExt",
    legacy_url: None,
    rust_name: "sales_logistics_sync_get_sync_list_ext",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `wms.stockout.Sales.weighingExt`.
pub const WMS_STOCKOUT_SALES_WEIGHING_EXT: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Sales.weighingExt",
    legacy_url: None,
    rust_name: "wms_stockout_sales_weighing_ext",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Sales.onceWeighing`.
pub const WMS_STOCKOUT_SALES_ONCE_WEIGHING: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Sales.onceWeighing",
    legacy_url: None,
    rust_name: "wms_stockout_sales_once_weighing",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.invoice.InvoiceOrder.search`.
pub const FINANCE_INVOICE_INVOICE_ORDER_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.invoice.InvoiceOrder.search",
    legacy_url: None,
    rust_name: "finance_invoice_invoice_order_search",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.invoice.InvoiceOrder.updateInvoice`.
pub const FINANCE_INVOICE_INVOICE_ORDER_UPDATE_INVOICE: crate::MethodInfo = crate::MethodInfo {
    name: "finance.invoice.InvoiceOrder.updateInvoice",
    legacy_url: None,
    rust_name: "finance_invoice_invoice_order_update_invoice",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.RawPayment.search`.
pub const FINANCE_RAW_PAYMENT_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.RawPayment.search",
    legacy_url: None,
    rust_name: "finance_raw_payment_search",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.RawPayment.push`.
pub const FINANCE_RAW_PAYMENT_PUSH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.RawPayment.push",
    legacy_url: None,
    rust_name: "finance_raw_payment_push",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.StockSync.cancelSync`.
pub const SALES_STOCK_SYNC_CANCEL_SYNC: crate::MethodInfo = crate::MethodInfo {
    name: "sales.StockSync.cancelSync",
    legacy_url: None,
    rust_name: "sales_stock_sync_cancel_sync",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.StockSync.syncFail`.
pub const SALES_STOCK_SYNC_SYNC_FAIL: crate::MethodInfo = crate::MethodInfo {
    name: "sales.StockSync.syncFail",
    legacy_url: None,
    rust_name: "sales_stock_sync_sync_fail",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.StockSync.syncSuccess`.
pub const SALES_STOCK_SYNC_SYNC_SUCCESS: crate::MethodInfo = crate::MethodInfo {
    name: "sales.StockSync.syncSuccess",
    legacy_url: None,
    rust_name: "sales_stock_sync_sync_success",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `sales.StockSync.getSelfWaitSyncIdListOpen`.
pub const SALES_STOCK_SYNC_GET_SELF_WAIT_SYNC_ID_LIST_OPEN: crate::MethodInfo = crate::MethodInfo {
    name: "sales.StockSync.getSelfWaitSyncIdListOpen",
    legacy_url: None,
    rust_name: "sales_stock_sync_get_self_wait_sync_id_list_open",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `wms.stockout.Sales.queryHistoryWithDetail`.
pub const WMS_STOCKOUT_SALES_QUERY_HISTORY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Sales.queryHistoryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockout_sales_query_history_with_detail",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeQuery.queryHistoryWithDetail`.
pub const SALES_TRADE_QUERY_QUERY_HISTORY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeQuery.queryHistoryWithDetail",
    legacy_url: None,
    rust_name: "sales_trade_query_query_history_with_detail",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.AlipayAccountCheck.search`.
pub const FINANCE_ALIPAY_ACCOUNT_CHECK_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.AlipayAccountCheck.search",
    legacy_url: None,
    rust_name: "finance_alipay_account_check_search",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.RawTrade.search`.
pub const SALES_RAW_TRADE_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "sales.RawTrade.search",
    legacy_url: None,
    rust_name: "sales_raw_trade_search",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeQuery.getTradeMergedLog`.
pub const SALES_TRADE_QUERY_GET_TRADE_MERGED_LOG: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeQuery.getTradeMergedLog",
    legacy_url: None,
    rust_name: "sales_trade_query_get_trade_merged_log",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.Payment.search`.
pub const FINANCE_PAYMENT_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.Payment.search",
    legacy_url: None,
    rust_name: "finance_payment_search",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Sales.onceWeighingByNo`.
pub const WMS_STOCKOUT_SALES_ONCE_WEIGHING_BY_NO: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Sales.onceWeighingByNo",
    legacy_url: None,
    rust_name: "wms_stockout_sales_once_weighing_by_no",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.StockSync.calcStock`.
pub const SALES_STOCK_SYNC_CALC_STOCK: crate::MethodInfo = crate::MethodInfo {
    name: "sales.StockSync.calcStock",
    legacy_url: None,
    rust_name: "sales_stock_sync_calc_stock",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `wms.stockout.Sales.salesWeighing`.
pub const WMS_STOCKOUT_SALES_SALES_WEIGHING: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Sales.salesWeighing",
    legacy_url: None,
    rust_name: "wms_stockout_sales_sales_weighing",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeEdit.modifyRemark`.
pub const SALES_TRADE_EDIT_MODIFY_REMARK: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeEdit.modifyRemark",
    legacy_url: None,
    rust_name: "sales_trade_edit_modify_remark",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Sales.searchLogistics`.
pub const WMS_STOCKOUT_SALES_SEARCH_LOGISTICS: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Sales.searchLogistics",
    legacy_url: None,
    rust_name: "wms_stockout_sales_search_logistics",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.RawTrade.searchHistory`.
pub const SALES_RAW_TRADE_SEARCH_HISTORY: crate::MethodInfo = crate::MethodInfo {
    name: "sales.RawTrade.searchHistory",
    legacy_url: None,
    rust_name: "sales_raw_trade_search_history",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.jit.JitRefund.search`.
pub const SALES_JIT_JIT_REFUND_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "sales.jit.JitRefund.search",
    legacy_url: None,
    rust_name: "sales_jit_jit_refund_search",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.RawTrade.pushSelf2`.
pub const SALES_RAW_TRADE_PUSH_SELF2: crate::MethodInfo = crate::MethodInfo {
    name: "sales.RawTrade.pushSelf2",
    legacy_url: None,
    rust_name: "sales_raw_trade_push_self2",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `wms.stockout.Sales.searchPositionDetail`.
pub const WMS_STOCKOUT_SALES_SEARCH_POSITION_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Sales.searchPositionDetail",
    legacy_url: None,
    rust_name: "wms_stockout_sales_search_position_detail",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.Payment.queryWithDetail`.
pub const SALES_PAYMENT_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "sales.Payment.queryWithDetail",
    legacy_url: None,
    rust_name: "sales_payment_query_with_detail",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeImport.upload`.
pub const SALES_TRADE_IMPORT_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeImport.upload",
    legacy_url: None,
    rust_name: "sales_trade_import_upload",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Sales.searchCancel`.
pub const WMS_STOCKOUT_SALES_SEARCH_CANCEL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Sales.searchCancel",
    legacy_url: None,
    rust_name: "wms_stockout_sales_search_cancel",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeQuery.getLog`.
pub const SALES_TRADE_QUERY_GET_LOG: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeQuery.getLog",
    legacy_url: None,
    rust_name: "sales_trade_query_get_log",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.CustomAttr.getTradeLabel`.
pub const SETTING_CUSTOM_ATTR_GET_TRADE_LABEL: crate::MethodInfo = crate::MethodInfo {
    name: "setting.CustomAttr.getTradeLabel",
    legacy_url: None,
    rust_name: "setting_custom_attr_get_trade_label",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeEdit.toException`.
pub const SALES_TRADE_EDIT_TO_EXCEPTION: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeEdit.toException",
    legacy_url: None,
    rust_name: "sales_trade_edit_to_exception",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.StockSync.batchCalcStock`.
pub const SALES_STOCK_SYNC_BATCH_CALC_STOCK: crate::MethodInfo = crate::MethodInfo {
    name: "sales.StockSync.batchCalcStock",
    legacy_url: None,
    rust_name: "sales_stock_sync_batch_calc_stock",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeQuery.querySelfOrderWithDetail`.
pub const SALES_TRADE_QUERY_QUERY_SELF_ORDER_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeQuery.querySelfOrderWithDetail",
    legacy_url: None,
    rust_name: "sales_trade_query_query_self_order_with_detail",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.RawTrade.searchHistorySelfOrder`.
pub const SALES_RAW_TRADE_SEARCH_HISTORY_SELF_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "sales.RawTrade.searchHistorySelfOrder",
    legacy_url: None,
    rust_name: "sales_raw_trade_search_history_self_order",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeQuery.queryHistorySelfOrderWithDetail`.
pub const SALES_TRADE_QUERY_QUERY_HISTORY_SELF_ORDER_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeQuery.queryHistorySelfOrderWithDetail",
    legacy_url: None,
    rust_name: "sales_trade_query_query_history_self_order_with_detail",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.RawTrade.searchSelfOrder`.
pub const SALES_RAW_TRADE_SEARCH_SELF_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "sales.RawTrade.searchSelfOrder",
    legacy_url: None,
    rust_name: "sales_raw_trade_search_self_order",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeQuery.getLog2`.
pub const SALES_TRADE_QUERY_GET_LOG2: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeQuery.getLog2",
    legacy_url: None,
    rust_name: "sales_trade_query_get_log2",
    group: "trade",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `setting.Logistics.queryLogistics`.
pub const SETTING_LOGISTICS_QUERY_LOGISTICS: crate::MethodInfo = crate::MethodInfo {
    name: "setting.Logistics.queryLogistics",
    legacy_url: None,
    rust_name: "setting_logistics_query_logistics",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `setting.PurchaseProvider.queryDetail`.
pub const SETTING_PURCHASE_PROVIDER_QUERY_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "setting.PurchaseProvider.queryDetail",
    legacy_url: None,
    rust_name: "setting_purchase_provider_query_detail",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.Warehouse.queryWarehouse`.
pub const SETTING_WAREHOUSE_QUERY_WAREHOUSE: crate::MethodInfo = crate::MethodInfo {
    name: "setting.Warehouse.queryWarehouse",
    legacy_url: None,
    rust_name: "setting_warehouse_query_warehouse",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `setting.Shop.queryShop`.
pub const SETTING_SHOP_QUERY_SHOP: crate::MethodInfo = crate::MethodInfo {
    name: "setting.Shop.queryShop",
    legacy_url: None,
    rust_name: "setting_shop_query_shop",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `setting.PurchaseProvider.push`.
pub const SETTING_PURCHASE_PROVIDER_PUSH: crate::MethodInfo = crate::MethodInfo {
    name: "setting.PurchaseProvider.push",
    legacy_url: None,
    rust_name: "setting_purchase_provider_push",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.Shop.updateShop`.
pub const SETTING_SHOP_UPDATE_SHOP: crate::MethodInfo = crate::MethodInfo {
    name: "setting.Shop.updateShop",
    legacy_url: None,
    rust_name: "setting_shop_update_shop",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.Employee.search`.
pub const SETTING_EMPLOYEE_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "setting.Employee.search",
    legacy_url: None,
    rust_name: "setting_employee_search",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.strategy.VirtualWarehouse.warehouseSearch`.
pub const SETTING_STRATEGY_VIRTUAL_WAREHOUSE_WAREHOUSE_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "setting.strategy.VirtualWarehouse.warehouseSearch",
    legacy_url: None,
    rust_name: "setting_strategy_virtual_warehouse_warehouse_search",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.OperationReason.search`.
pub const SETTING_OPERATION_REASON_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "setting.OperationReason.search",
    legacy_url: None,
    rust_name: "setting_operation_reason_search",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.Address.provinceSearch`.
pub const SETTING_ADDRESS_PROVINCE_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "setting.Address.provinceSearch",
    legacy_url: None,
    rust_name: "setting_address_province_search",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.Address.citySearch`.
pub const SETTING_ADDRESS_CITY_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "setting.Address.citySearch",
    legacy_url: None,
    rust_name: "setting_address_city_search",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.Address.districtSearch`.
pub const SETTING_ADDRESS_DISTRICT_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "setting.Address.districtSearch",
    legacy_url: None,
    rust_name: "setting_address_district_search",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.strategy.VirtualWarehouse.query`.
pub const SETTING_STRATEGY_VIRTUAL_WAREHOUSE_QUERY: crate::MethodInfo = crate::MethodInfo {
    name: "setting.strategy.VirtualWarehouse.query",
    legacy_url: None,
    rust_name: "setting_strategy_virtual_warehouse_query",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `sales.TradeEdit.uploadChangeGoodsByApi`.
pub const SALES_TRADE_EDIT_UPLOAD_CHANGE_GOODS_BY_API: crate::MethodInfo = crate::MethodInfo {
    name: "sales.TradeEdit.uploadChangeGoodsByApi",
    legacy_url: None,
    rust_name: "sales_trade_edit_upload_change_goods_by_api",
    group: "base",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `goods.Goods.push`.
pub const GOODS_GOODS_PUSH: crate::MethodInfo = crate::MethodInfo {
    name: "goods.Goods.push",
    legacy_url: None,
    rust_name: "goods_goods_push",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.Suite.search`.
pub const GOODS_SUITE_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "goods.Suite.search",
    legacy_url: None,
    rust_name: "goods_suite_search",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.Goods.queryWithSpec`.
pub const GOODS_GOODS_QUERY_WITH_SPEC: crate::MethodInfo = crate::MethodInfo {
    name: "goods.Goods.queryWithSpec",
    legacy_url: None,
    rust_name: "goods_goods_query_with_spec",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `goods.ApiGoods.search`.
pub const GOODS_API_GOODS_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "goods.ApiGoods.search",
    legacy_url: None,
    rust_name: "goods_api_goods_search",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.ApiGoods.upload`.
pub const GOODS_API_GOODS_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "goods.ApiGoods.upload",
    legacy_url: None,
    rust_name: "goods_api_goods_upload",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `process.Bom.upload`.
pub const PROCESS_BOM_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "process.Bom.upload",
    legacy_url: None,
    rust_name: "process_bom_upload",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `process.Process.upload`.
pub const PROCESS_PROCESS_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "process.Process.upload",
    legacy_url: None,
    rust_name: "process_process_upload",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `process.Process.search`.
pub const PROCESS_PROCESS_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "process.Process.search",
    legacy_url: None,
    rust_name: "process_process_search",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.GoodsClass.search`.
pub const GOODS_GOODS_CLASS_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "goods.GoodsClass.search",
    legacy_url: None,
    rust_name: "goods_goods_class_search",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.GoodsBrand.search`.
pub const GOODS_GOODS_BRAND_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "goods.GoodsBrand.search",
    legacy_url: None,
    rust_name: "goods_goods_brand_search",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.Suite.upload2`.
pub const GOODS_SUITE_UPLOAD2: crate::MethodInfo = crate::MethodInfo {
    name: "goods.Suite.upload2",
    legacy_url: None,
    rust_name: "goods_suite_upload2",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.Category.search`.
pub const GOODS_CATEGORY_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "goods.Category.search",
    legacy_url: None,
    rust_name: "goods_category_search",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.Goods.batchPush`.
pub const GOODS_GOODS_BATCH_PUSH: crate::MethodInfo = crate::MethodInfo {
    name: "goods.Goods.batchPush",
    legacy_url: None,
    rust_name: "goods_goods_batch_push",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `process.Bom.search`.
pub const PROCESS_BOM_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "process.Bom.search",
    legacy_url: None,
    rust_name: "process_bom_search",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.Barcode.upload`.
pub const GOODS_BARCODE_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "goods.Barcode.upload",
    legacy_url: None,
    rust_name: "goods_barcode_upload",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.Goods.push2`.
pub const GOODS_GOODS_PUSH2: crate::MethodInfo = crate::MethodInfo {
    name: "goods.Goods.push2",
    legacy_url: None,
    rust_name: "goods_goods_push2",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.GoodsClass.upload`.
pub const GOODS_GOODS_CLASS_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "goods.GoodsClass.upload",
    legacy_url: None,
    rust_name: "goods_goods_class_upload",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `goods.GoodsBrand.upload`.
pub const GOODS_GOODS_BRAND_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "goods.GoodsBrand.upload",
    legacy_url: None,
    rust_name: "goods_goods_brand_upload",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.settle.process.search`.
pub const FINANCE_SETTLE_PROCESS_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.settle.process.search",
    legacy_url: None,
    rust_name: "finance_settle_process_search",
    group: "goods",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.ProviderGoods.queryDetail`.
pub const PURCHASE_PROVIDER_GOODS_QUERY_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.ProviderGoods.queryDetail",
    legacy_url: None,
    rust_name: "purchase_provider_goods_query_detail",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseReturn.queryWithDetail`.
pub const PURCHASE_PURCHASE_RETURN_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseReturn.queryWithDetail",
    legacy_url: None,
    rust_name: "purchase_purchase_return_query_with_detail",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseReturn.cancelOrder`.
pub const PURCHASE_PURCHASE_RETURN_CANCEL_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseReturn.cancelOrder",
    legacy_url: None,
    rust_name: "purchase_purchase_return_cancel_order",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseReturn.createOrder`.
pub const PURCHASE_PURCHASE_RETURN_CREATE_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseReturn.createOrder",
    legacy_url: None,
    rust_name: "purchase_purchase_return_create_order",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Purchase.upload`.
pub const WMS_STOCKIN_PURCHASE_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Purchase.upload",
    legacy_url: None,
    rust_name: "wms_stockin_purchase_upload",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseOrder.queryWithDetail`.
pub const PURCHASE_PURCHASE_ORDER_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseOrder.queryWithDetail",
    legacy_url: None,
    rust_name: "purchase_purchase_order_query_with_detail",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `purchase.PurchaseOrder.createOrder`.
pub const PURCHASE_PURCHASE_ORDER_CREATE_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseOrder.createOrder",
    legacy_url: None,
    rust_name: "purchase_purchase_order_create_order",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.settle.Purchase.search`.
pub const FINANCE_SETTLE_PURCHASE_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.settle.Purchase.search",
    legacy_url: None,
    rust_name: "finance_settle_purchase_search",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Purchase.queryWithDetail`.
pub const WMS_STOCKIN_PURCHASE_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Purchase.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockin_purchase_query_with_detail",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.PurchaseReturn.queryWithDetail`.
pub const WMS_STOCKOUT_PURCHASE_RETURN_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.PurchaseReturn.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockout_purchase_return_query_with_detail",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Purchase.cancel`.
pub const WMS_STOCKIN_PURCHASE_CANCEL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Purchase.cancel",
    legacy_url: None,
    rust_name: "wms_stockin_purchase_cancel",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseOrder.cancelOrder`.
pub const PURCHASE_PURCHASE_ORDER_CANCEL_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseOrder.cancelOrder",
    legacy_url: None,
    rust_name: "purchase_purchase_order_cancel_order",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseOrder.pending`.
pub const PURCHASE_PURCHASE_ORDER_PENDING: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseOrder.pending",
    legacy_url: None,
    rust_name: "purchase_purchase_order_pending",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseReturn.pending`.
pub const PURCHASE_PURCHASE_RETURN_PENDING: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseReturn.pending",
    legacy_url: None,
    rust_name: "purchase_purchase_return_pending",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.ProviderGoods.upload`.
pub const PURCHASE_PROVIDER_GOODS_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.ProviderGoods.upload",
    legacy_url: None,
    rust_name: "purchase_provider_goods_upload",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.PurchaseReturn.createOrder`.
pub const WMS_STOCKOUT_PURCHASE_RETURN_CREATE_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.PurchaseReturn.createOrder",
    legacy_url: None,
    rust_name: "wms_stockout_purchase_return_create_order",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseOrder.updatePurchaseInfo`.
pub const PURCHASE_PURCHASE_ORDER_UPDATE_PURCHASE_INFO: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseOrder.updatePurchaseInfo",
    legacy_url: None,
    rust_name: "purchase_purchase_order_update_purchase_info",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseApply.upload`.
pub const PURCHASE_PURCHASE_APPLY_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseApply.upload",
    legacy_url: None,
    rust_name: "purchase_purchase_apply_upload",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseApply.search`.
pub const PURCHASE_PURCHASE_APPLY_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseApply.search",
    legacy_url: None,
    rust_name: "purchase_purchase_apply_search",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `purchase.PurchaseReturn.batchCancelOrder`.
pub const PURCHASE_PURCHASE_RETURN_BATCH_CANCEL_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseReturn.batchCancelOrder",
    legacy_url: None,
    rust_name: "purchase_purchase_return_batch_cancel_order",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.settle.Purchase.upload`.
pub const FINANCE_SETTLE_PURCHASE_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "finance.settle.Purchase.upload",
    legacy_url: None,
    rust_name: "finance_settle_purchase_upload",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseOrder.cancelByType`.
pub const PURCHASE_PURCHASE_ORDER_CANCEL_BY_TYPE: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseOrder.cancelByType",
    legacy_url: None,
    rust_name: "purchase_purchase_order_cancel_by_type",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseApply.cancelForApi`.
pub const PURCHASE_PURCHASE_APPLY_CANCEL_FOR_API: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseApply.cancelForApi",
    legacy_url: None,
    rust_name: "purchase_purchase_apply_cancel_for_api",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.PurchaseApply.stopForApi`.
pub const PURCHASE_PURCHASE_APPLY_STOP_FOR_API: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.PurchaseApply.stopForApi",
    legacy_url: None,
    rust_name: "purchase_purchase_apply_stop_for_api",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `purchase.StockInPreOrder.search`.
pub const PURCHASE_STOCK_IN_PRE_ORDER_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "purchase.StockInPreOrder.search",
    legacy_url: None,
    rust_name: "purchase_stock_in_pre_order_search",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.settle.PurchaseReturn.upload`.
pub const FINANCE_SETTLE_PURCHASE_RETURN_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "finance.settle.PurchaseReturn.upload",
    legacy_url: None,
    rust_name: "finance_settle_purchase_return_upload",
    group: "purchase",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.MoveOrder.queryWithDetail`.
pub const WMS_MOVE_ORDER_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.MoveOrder.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_move_order_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockSpec.search`.
pub const WMS_STOCK_SPEC_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockSpec.search",
    legacy_url: None,
    rust_name: "wms_stock_spec_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockPd.stockSyncByPd`.
pub const WMS_STOCK_PD_STOCK_SYNC_BY_PD: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockPd.stockSyncByPd",
    legacy_url: None,
    rust_name: "wms_stock_pd_stock_sync_by_pd",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Other.createOtherOrder`.
pub const WMS_STOCKIN_OTHER_CREATE_OTHER_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Other.createOtherOrder",
    legacy_url: None,
    rust_name: "wms_stockin_other_create_other_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stocktransfer.Manage.queryWithDetail`.
pub const WMS_STOCKTRANSFER_MANAGE_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stocktransfer.Manage.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stocktransfer_manage_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.OtherQuery.queryWithDetail`.
pub const WMS_STOCKOUT_OTHER_QUERY_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.OtherQuery.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockout_other_query_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Other.queryWithDetail`.
pub const WMS_STOCKIN_OTHER_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Other.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockin_other_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Transfer.queryWithDetail`.
pub const WMS_STOCKIN_TRANSFER_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Transfer.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockin_transfer_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockSpec.queryAvailableStock`.
pub const WMS_STOCK_SPEC_QUERY_AVAILABLE_STOCK: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockSpec.queryAvailableStock",
    legacy_url: None,
    rust_name: "wms_stock_spec_query_available_stock",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Other.createOther`.
pub const WMS_STOCKOUT_OTHER_CREATE_OTHER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Other.createOther",
    legacy_url: None,
    rust_name: "wms_stockout_other_create_other",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Transfer.queryWithDetail`.
pub const WMS_STOCKOUT_TRANSFER_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Transfer.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockout_transfer_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Transfer.cancelOrder`.
pub const WMS_STOCKIN_TRANSFER_CANCEL_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Transfer.cancelOrder",
    legacy_url: None,
    rust_name: "wms_stockin_transfer_cancel_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockPd.queryStockPdInDetail`.
pub const WMS_STOCK_PD_QUERY_STOCK_PD_IN_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockPd.queryStockPdInDetail",
    legacy_url: None,
    rust_name: "wms_stock_pd_query_stock_pd_in_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockPd.queryStockPdOutDetail`.
pub const WMS_STOCK_PD_QUERY_STOCK_PD_OUT_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockPd.queryStockPdOutDetail",
    legacy_url: None,
    rust_name: "wms_stock_pd_query_stock_pd_out_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Transfer.cancelOrder`.
pub const WMS_STOCKOUT_TRANSFER_CANCEL_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Transfer.cancelOrder",
    legacy_url: None,
    rust_name: "wms_stockout_transfer_cancel_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stocktransfer.Manage.cancelOrder`.
pub const WMS_STOCKTRANSFER_MANAGE_CANCEL_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stocktransfer.Manage.cancelOrder",
    legacy_url: None,
    rust_name: "wms_stocktransfer_manage_cancel_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Transfer.createOrder`.
pub const WMS_STOCKIN_TRANSFER_CREATE_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Transfer.createOrder",
    legacy_url: None,
    rust_name: "wms_stockin_transfer_create_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Transfer.createOrder`.
pub const WMS_STOCKOUT_TRANSFER_CREATE_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Transfer.createOrder",
    legacy_url: None,
    rust_name: "wms_stockout_transfer_create_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stocktransfer.Edit.createOrder`.
pub const WMS_STOCKTRANSFER_EDIT_CREATE_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stocktransfer.Edit.createOrder",
    legacy_url: None,
    rust_name: "wms_stocktransfer_edit_create_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockShelve.queryWithDetail`.
pub const WMS_STOCK_SHELVE_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockShelve.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stock_shelve_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockSpec.queryChangeHistory`.
pub const WMS_STOCK_SPEC_QUERY_CHANGE_HISTORY: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockSpec.queryChangeHistory",
    legacy_url: None,
    rust_name: "wms_stock_spec_query_change_history",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.StockCost.search`.
pub const FINANCE_STOCK_COST_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.StockCost.search",
    legacy_url: None,
    rust_name: "finance_stock_cost_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stocktransfer.Manage.pending`.
pub const WMS_STOCKTRANSFER_MANAGE_PENDING: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stocktransfer.Manage.pending",
    legacy_url: None,
    rust_name: "wms_stocktransfer_manage_pending",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockother.Out.push`.
pub const WMS_STOCKOTHER_OUT_PUSH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockother.Out.push",
    legacy_url: None,
    rust_name: "wms_stockother_out_push",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockother.In.push`.
pub const WMS_STOCKOTHER_IN_PUSH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockother.In.push",
    legacy_url: None,
    rust_name: "wms_stockother_in_push",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Process.queryWithDetail`.
pub const WMS_STOCKOUT_PROCESS_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Process.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockout_process_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Process.queryWithDetail`.
pub const WMS_STOCKIN_PROCESS_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Process.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockin_process_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.outer.OuterOut.createOrder`.
pub const WMS_OUTER_OUTER_OUT_CREATE_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.outer.OuterOut.createOrder",
    legacy_url: None,
    rust_name: "wms_outer_outer_out_create_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.outer.OuterIn.createOrder`.
pub const WMS_OUTER_OUTER_IN_CREATE_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.outer.OuterIn.createOrder",
    legacy_url: None,
    rust_name: "wms_outer_outer_in_create_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.outer.OuterOut.queryWithDetail`.
pub const WMS_OUTER_OUTER_OUT_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.outer.OuterOut.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_outer_outer_out_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.outer.OuterIn.queryWithDetail`.
pub const WMS_OUTER_OUTER_IN_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.outer.OuterIn.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_outer_outer_in_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.settle.Transfer.search`.
pub const FINANCE_SETTLE_TRANSFER_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.settle.Transfer.search",
    legacy_url: None,
    rust_name: "finance_settle_transfer_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockdefect.DefectChange.search`.
pub const WMS_STOCKDEFECT_DEFECT_CHANGE_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockdefect.DefectChange.search",
    legacy_url: None,
    rust_name: "wms_stockdefect_defect_change_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockother.OutQuery.queryWithDetail`.
pub const WMS_STOCKOTHER_OUT_QUERY_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockother.OutQuery.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockother_out_query_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockother.InQuery.queryWithDetail`.
pub const WMS_STOCKOTHER_IN_QUERY_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockother.InQuery.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockother_in_query_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.SalesPick.pickListOverviewForApi`.
pub const WMS_STOCKOUT_SALES_PICK_PICK_LIST_OVERVIEW_FOR_API: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.SalesPick.pickListOverviewForApi",
    legacy_url: None,
    rust_name: "wms_stockout_sales_pick_pick_list_overview_for_api",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.PositionCapacity.search`.
pub const WMS_POSITION_CAPACITY_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.PositionCapacity.search",
    legacy_url: None,
    rust_name: "wms_position_capacity_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.strategy.VirtualWarehouse.stockSearch`.
pub const SETTING_STRATEGY_VIRTUAL_WAREHOUSE_STOCK_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "setting.strategy.VirtualWarehouse.stockSearch",
    legacy_url: None,
    rust_name: "setting_strategy_virtual_warehouse_stock_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.strategy.VirtualWarehouse.create`.
pub const SETTING_STRATEGY_VIRTUAL_WAREHOUSE_CREATE: crate::MethodInfo = crate::MethodInfo {
    name: "setting.strategy.VirtualWarehouse.create",
    legacy_url: None,
    rust_name: "setting_strategy_virtual_warehouse_create",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.strategy.VirtualWarehouse.orderSearch`.
pub const SETTING_STRATEGY_VIRTUAL_WAREHOUSE_ORDER_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "setting.strategy.VirtualWarehouse.orderSearch",
    legacy_url: None,
    rust_name: "setting_strategy_virtual_warehouse_order_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Pack.search`.
pub const WMS_STOCKOUT_PACK_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Pack.search",
    legacy_url: None,
    rust_name: "wms_stockout_pack_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.JitRefund.searchOrderWithDetail`.
pub const WMS_STOCKIN_JIT_REFUND_SEARCH_ORDER_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.JitRefund.searchOrderWithDetail",
    legacy_url: None,
    rust_name: "wms_stockin_jit_refund_search_order_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.JitOrder.search`.
pub const WMS_STOCKOUT_JIT_ORDER_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.JitOrder.search",
    legacy_url: None,
    rust_name: "wms_stockout_jit_order_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.GoodsSN.queryWithDetail`.
pub const WMS_GOODS_SN_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.GoodsSN.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_goods_sn_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.settle.OtherIn.upload`.
pub const FINANCE_SETTLE_OTHER_IN_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "finance.settle.OtherIn.upload",
    legacy_url: None,
    rust_name: "finance_settle_other_in_upload",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockSpec.search2`.
pub const WMS_STOCK_SPEC_SEARCH2: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockSpec.search2",
    legacy_url: None,
    rust_name: "wms_stock_spec_search2",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `statistic.StockoutCollect.queryCostWithDetail`.
pub const STATISTIC_STOCKOUT_COLLECT_QUERY_COST_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "statistic.StockoutCollect.queryCostWithDetail",
    legacy_url: None,
    rust_name: "statistic_stockout_collect_query_cost_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `statistic.StockinCollect.queryCostWithDetail`.
pub const STATISTIC_STOCKIN_COLLECT_QUERY_COST_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "statistic.StockinCollect.queryCostWithDetail",
    legacy_url: None,
    rust_name: "statistic_stockin_collect_query_cost_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockPd.queryStockPd`.
pub const WMS_STOCK_PD_QUERY_STOCK_PD: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockPd.queryStockPd",
    legacy_url: None,
    rust_name: "wms_stock_pd_query_stock_pd",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockPd.queryStockPdDetail`.
pub const WMS_STOCK_PD_QUERY_STOCK_PD_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockPd.queryStockPdDetail",
    legacy_url: None,
    rust_name: "wms_stock_pd_query_stock_pd_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Base.search`.
pub const WMS_STOCKIN_BASE_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Base.search",
    legacy_url: None,
    rust_name: "wms_stockin_base_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Base.search`.
pub const WMS_STOCKOUT_BASE_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Base.search",
    legacy_url: None,
    rust_name: "wms_stockout_base_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.StockSpec.stockDetailSearch`.
pub const WMS_STOCK_SPEC_STOCK_DETAIL_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.StockSpec.stockDetailSearch",
    legacy_url: None,
    rust_name: "wms_stock_spec_stock_detail_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Base.searchSN`.
pub const WMS_STOCKOUT_BASE_SEARCH_SN: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Base.searchSN",
    legacy_url: None,
    rust_name: "wms_stockout_base_search_sn",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Base.searchSN`.
pub const WMS_STOCKIN_BASE_SEARCH_SN: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Base.searchSN",
    legacy_url: None,
    rust_name: "wms_stockin_base_search_sn",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Base.uploadSN`.
pub const WMS_STOCKIN_BASE_UPLOAD_SN: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Base.uploadSN",
    legacy_url: None,
    rust_name: "wms_stockin_base_upload_sn",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Base.uploadSN`.
pub const WMS_STOCKOUT_BASE_UPLOAD_SN: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Base.uploadSN",
    legacy_url: None,
    rust_name: "wms_stockout_base_upload_sn",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Other.cancelOtherOrder`.
pub const WMS_STOCKIN_OTHER_CANCEL_OTHER_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Other.cancelOtherOrder",
    legacy_url: None,
    rust_name: "wms_stockin_other_cancel_other_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockout.Other.cancelOtherOrder`.
pub const WMS_STOCKOUT_OTHER_CANCEL_OTHER_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockout.Other.cancelOtherOrder",
    legacy_url: None,
    rust_name: "wms_stockout_other_cancel_other_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `finance.settle.Logistics.search`.
pub const FINANCE_SETTLE_LOGISTICS_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "finance.settle.Logistics.search",
    legacy_url: None,
    rust_name: "finance_settle_logistics_search",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.GoodsPack.upload`.
pub const WMS_GOODS_PACK_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "wms.GoodsPack.upload",
    legacy_url: None,
    rust_name: "wms_goods_pack_upload",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockother.In.cancelOrder`.
pub const WMS_STOCKOTHER_IN_CANCEL_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockother.In.cancelOrder",
    legacy_url: None,
    rust_name: "wms_stockother_in_cancel_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockother.Out.cancelOrder`.
pub const WMS_STOCKOTHER_OUT_CANCEL_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockother.Out.cancelOrder",
    legacy_url: None,
    rust_name: "wms_stockother_out_cancel_order",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.strategy.VirtualWarehouse.strategyAllocationCreate`.
pub const SETTING_STRATEGY_VIRTUAL_WAREHOUSE_STRATEGY_ALLOCATION_CREATE: crate::MethodInfo = crate::MethodInfo {
    name: "setting.strategy.VirtualWarehouse.strategyAllocationCreate",
    legacy_url: None,
    rust_name: "setting_strategy_virtual_warehouse_strategy_allocation_create",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `setting.strategy.VirtualWarehouse.reserveExtractAdd`.
pub const SETTING_STRATEGY_VIRTUAL_WAREHOUSE_RESERVE_EXTRACT_ADD: crate::MethodInfo = crate::MethodInfo {
    name: "setting.strategy.VirtualWarehouse.reserveExtractAdd",
    legacy_url: None,
    rust_name: "setting_strategy_virtual_warehouse_reserve_extract_add",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.outer.OuterTransfer.createByApi`.
pub const WMS_OUTER_OUTER_TRANSFER_CREATE_BY_API: crate::MethodInfo = crate::MethodInfo {
    name: "wms.outer.OuterTransfer.createByApi",
    legacy_url: None,
    rust_name: "wms_outer_outer_transfer_create_by_api",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.GoodsBatch.createByApi`.
pub const WMS_GOODS_BATCH_CREATE_BY_API: crate::MethodInfo = crate::MethodInfo {
    name: "wms.GoodsBatch.createByApi",
    legacy_url: None,
    rust_name: "wms_goods_batch_create_by_api",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `setting.strategy.VirtualWarehouse.strategyAllocationQuery`.
pub const SETTING_STRATEGY_VIRTUAL_WAREHOUSE_STRATEGY_ALLOCATION_QUERY: crate::MethodInfo = crate::MethodInfo {
    name: "setting.strategy.VirtualWarehouse.strategyAllocationQuery",
    legacy_url: None,
    rust_name: "setting_strategy_virtual_warehouse_strategy_allocation_query",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `wms.ErrorCorrection.queryWithDetail`.
pub const WMS_ERROR_CORRECTION_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.ErrorCorrection.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_error_correction_query_with_detail",
    group: "stock",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Unknown,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Refund.queryWithDetail`.
pub const WMS_STOCKIN_REFUND_QUERY_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Refund.queryWithDetail",
    legacy_url: None,
    rust_name: "wms_stockin_refund_query_with_detail",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `aftersales.refund.RawRefund.upload`.
pub const AFTERSALES_REFUND_RAW_REFUND_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "aftersales.refund.RawRefund.upload",
    legacy_url: None,
    rust_name: "aftersales_refund_raw_refund_upload",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.PreStockin.createExt`.
pub const WMS_STOCKIN_PRE_STOCKIN_CREATE_EXT: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.PreStockin.createExt",
    legacy_url: None,
    rust_name: "wms_stockin_pre_stockin_create_ext",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `aftersales.refund.Refund.search`.
pub const AFTERSALES_REFUND_REFUND_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "aftersales.refund.Refund.search",
    legacy_url: None,
    rust_name: "aftersales_refund_refund_search",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Documented,
    upload_field: None,
    typed_response: true,
};

/// `wms.stockin.PreStockin.search`.
pub const WMS_STOCKIN_PRE_STOCKIN_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.PreStockin.search",
    legacy_url: None,
    rust_name: "wms_stockin_pre_stockin_search",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.PreStockin.cancel`.
pub const WMS_STOCKIN_PRE_STOCKIN_CANCEL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.PreStockin.cancel",
    legacy_url: None,
    rust_name: "wms_stockin_pre_stockin_cancel",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `aftersales.refund.Refund.searchHistory`.
pub const AFTERSALES_REFUND_REFUND_SEARCH_HISTORY: crate::MethodInfo = crate::MethodInfo {
    name: "aftersales.refund.Refund.searchHistory",
    legacy_url: None,
    rust_name: "aftersales_refund_refund_search_history",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `aftersales.refund.RawRefund.search`.
pub const AFTERSALES_REFUND_RAW_REFUND_SEARCH: crate::MethodInfo = crate::MethodInfo {
    name: "aftersales.refund.RawRefund.search",
    legacy_url: None,
    rust_name: "aftersales_refund_raw_refund_search",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `aftersales.refund.RawRefund.upload2`.
pub const AFTERSALES_REFUND_RAW_REFUND_UPLOAD2: crate::MethodInfo = crate::MethodInfo {
    name: "aftersales.refund.RawRefund.upload2",
    legacy_url: None,
    rust_name: "aftersales_refund_raw_refund_upload2",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Refund.createOrder`.
pub const WMS_STOCKIN_REFUND_CREATE_ORDER: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Refund.createOrder",
    legacy_url: None,
    rust_name: "wms_stockin_refund_create_order",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.SmartRefund.upload`.
pub const WMS_STOCKIN_SMART_REFUND_UPLOAD: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.SmartRefund.upload",
    legacy_url: None,
    rust_name: "wms_stockin_smart_refund_upload",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Write,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Refund.queryHisWithDetail`.
pub const WMS_STOCKIN_REFUND_QUERY_HIS_WITH_DETAIL: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Refund.queryHisWithDetail",
    legacy_url: None,
    rust_name: "wms_stockin_refund_query_his_with_detail",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `aftersales.refund.RawRefund.searchHistory`.
pub const AFTERSALES_REFUND_RAW_REFUND_SEARCH_HISTORY: crate::MethodInfo = crate::MethodInfo {
    name: "aftersales.refund.RawRefund.searchHistory",
    legacy_url: None,
    rust_name: "aftersales_refund_raw_refund_search_history",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};

/// `wms.stockin.Refund.returnLogisticsPackageQuery`.
pub const WMS_STOCKIN_REFUND_RETURN_LOGISTICS_PACKAGE_QUERY: crate::MethodInfo = crate::MethodInfo {
    name: "wms.stockin.Refund.returnLogisticsPackageQuery",
    legacy_url: None,
    rust_name: "wms_stockin_refund_return_logistics_package_query",
    group: "aftersales",
    transport: crate::Transport::PostJson,
    safety: crate::Safety::Read,
    provenance: crate::Provenance::Partial,
    upload_field: None,
    typed_response: false,
};
