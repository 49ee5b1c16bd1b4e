// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! The `Client` methods of the spec: one per method, behind its group's cargo feature, each
//! sending the method's `Request` (the same as `request.send(&client)`).

impl crate::Client {
    /// `wms.stockout.Sales.queryWithDetail`: 销售出库单查询 — Query sales stock-out orders with their lines, by modification or shipping time.
    ///
    /// See [the module docs](crate::trade::wms_stockout_sales_query_with_detail) and [`Request`](crate::trade::wms_stockout_sales_query_with_detail::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "wms.stockout.Sales.queryWithDetail")]
    pub async fn wms_stockout_sales_query_with_detail(
        &self,
        request: &crate::trade::wms_stockout_sales_query_with_detail::Request,
    ) -> Result<
        crate::trade::wms_stockout_sales_query_with_detail::Response,
        crate::Error,
    > {
        self.send(request).await
    }

    /// `sales.LogisticsSync.update`: 物流同步状态回传 — Report back to the ERP whether each logistics sync (tracking number upload to the platform) succeeded.
    ///
    /// See [the module docs](crate::trade::sales_logistics_sync_update) and [`Request`](crate::trade::sales_logistics_sync_update::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.LogisticsSync.update")]
    pub async fn sales_logistics_sync_update(
        &self,
        request: &crate::trade::sales_logistics_sync_update::Request,
    ) -> Result<crate::trade::sales_logistics_sync_update::Response, crate::Error> {
        self.send(request).await
    }

    /// `sales.RawTrade.pushSelf`: 原始单推送 — Push raw (platform) trades with their lines into the ERP (deprecated: use sales.RawTrade.pushSelf2).
    ///
    /// See [the module docs](crate::trade::sales_raw_trade_push_self) and [`Request`](crate::trade::sales_raw_trade_push_self::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.RawTrade.pushSelf")]
    pub async fn sales_raw_trade_push_self(
        &self,
        request: &crate::trade::sales_raw_trade_push_self::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeQuery.queryWithDetail`: 订单查询 — Query ERP trades with their lines in a time window.
    ///
    /// See [the module docs](crate::trade::sales_trade_query_query_with_detail) and [`Request`](crate::trade::sales_trade_query_query_with_detail::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeQuery.queryWithDetail")]
    pub async fn sales_trade_query_query_with_detail(
        &self,
        request: &crate::trade::sales_trade_query_query_with_detail::Request,
    ) -> Result<
        crate::trade::sales_trade_query_query_with_detail::Response,
        crate::Error,
    > {
        self.send(request).await
    }

    /// `sales.LogisticsSync.getSyncListExt`: 待同步列表查询 — List logistics records waiting to be synced back to the self-built platform.
    ///
    /// See [the module docs](crate::trade::sales_logistics_sync_get_sync_list_ext) and [`Request`](crate::trade::sales_logistics_sync_get_sync_list_ext::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.LogisticsSync.getSyncListExt")]
    pub async fn sales_logistics_sync_get_sync_list_ext(
        &self,
        request: &crate::trade::sales_logistics_sync_get_sync_list_ext::Request,
    ) -> Result<
        crate::trade::sales_logistics_sync_get_sync_list_ext::Response,
        crate::Error,
    > {
        self.send(request).await
    }

    /// `wms.stockout.Sales.weighingExt`: 重量回传 — Send back a package's weight (by logistics or trade number).
    ///
    /// See [the module docs](crate::trade::wms_stockout_sales_weighing_ext) and [`Request`](crate::trade::wms_stockout_sales_weighing_ext::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "wms.stockout.Sales.weighingExt")]
    pub async fn wms_stockout_sales_weighing_ext(
        &self,
        request: &crate::trade::wms_stockout_sales_weighing_ext::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Sales.onceWeighing`: 重量回传2 — Send back a package's weight, with the operating table name (variant 2).
    ///
    /// See [the module docs](crate::trade::wms_stockout_sales_once_weighing) and [`Request`](crate::trade::wms_stockout_sales_once_weighing::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "wms.stockout.Sales.onceWeighing")]
    pub async fn wms_stockout_sales_once_weighing(
        &self,
        request: &crate::trade::wms_stockout_sales_once_weighing::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.invoice.InvoiceOrder.search`: 发票信息查询 — Query invoice information of orders.
    ///
    /// See [the module docs](crate::trade::finance_invoice_invoice_order_search) and [`Request`](crate::trade::finance_invoice_invoice_order_search::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "finance.invoice.InvoiceOrder.search")]
    pub async fn finance_invoice_invoice_order_search(
        &self,
        request: &crate::trade::finance_invoice_invoice_order_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.invoice.InvoiceOrder.updateInvoice`: 发票信息更新 — Update invoice information of orders.
    ///
    /// See [the module docs](crate::trade::finance_invoice_invoice_order_update_invoice) and [`Request`](crate::trade::finance_invoice_invoice_order_update_invoice::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "finance.invoice.InvoiceOrder.updateInvoice")]
    pub async fn finance_invoice_invoice_order_update_invoice(
        &self,
        request: &crate::trade::finance_invoice_invoice_order_update_invoice::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.RawPayment.search`: 平台账单查询 — Query platform bills (raw payment records).
    ///
    /// See [the module docs](crate::trade::finance_raw_payment_search) and [`Request`](crate::trade::finance_raw_payment_search::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "finance.RawPayment.search")]
    pub async fn finance_raw_payment_search(
        &self,
        request: &crate::trade::finance_raw_payment_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.RawPayment.push`: 平台账单推送 — Push platform bills (raw payment records).
    ///
    /// See [the module docs](crate::trade::finance_raw_payment_push) and [`Request`](crate::trade::finance_raw_payment_push::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "finance.RawPayment.push")]
    pub async fn finance_raw_payment_push(
        &self,
        request: &crate::trade::finance_raw_payment_push::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.StockSync.cancelSync`: 取消当前同步 — Cancel the current stock sync of a platform goods item.
    ///
    /// See [the module docs](crate::trade::sales_stock_sync_cancel_sync) and [`Request`](crate::trade::sales_stock_sync_cancel_sync::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.StockSync.cancelSync")]
    pub async fn sales_stock_sync_cancel_sync(
        &self,
        request: &crate::trade::sales_stock_sync_cancel_sync::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.StockSync.syncFail`: 库存同步失败 — Mark a stock sync of a platform goods item as failed.
    ///
    /// See [the module docs](crate::trade::sales_stock_sync_sync_fail) and [`Request`](crate::trade::sales_stock_sync_sync_fail::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.StockSync.syncFail")]
    pub async fn sales_stock_sync_sync_fail(
        &self,
        request: &crate::trade::sales_stock_sync_sync_fail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.StockSync.syncSuccess`: 库存同步成功 — Mark a stock sync of a platform goods item as succeeded.
    ///
    /// See [the module docs](crate::trade::sales_stock_sync_sync_success) and [`Request`](crate::trade::sales_stock_sync_sync_success::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.StockSync.syncSuccess")]
    pub async fn sales_stock_sync_sync_success(
        &self,
        request: &crate::trade::sales_stock_sync_sync_success::Request,
    ) -> Result<crate::trade::sales_stock_sync_sync_success::Response, crate::Error> {
        self.send(request).await
    }

    /// `sales.StockSync.getSelfWaitSyncIdListOpen`: 获取自有平台货品需要同步信息 — Get the ids of self-built-platform goods whose stock needs syncing, from a cursor position.
    ///
    /// See [the module docs](crate::trade::sales_stock_sync_get_self_wait_sync_id_list_open) and [`Request`](crate::trade::sales_stock_sync_get_self_wait_sync_id_list_open::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.StockSync.getSelfWaitSyncIdListOpen")]
    pub async fn sales_stock_sync_get_self_wait_sync_id_list_open(
        &self,
        request: &crate::trade::sales_stock_sync_get_self_wait_sync_id_list_open::Request,
    ) -> Result<
        crate::trade::sales_stock_sync_get_self_wait_sync_id_list_open::Response,
        crate::Error,
    > {
        self.send(request).await
    }

    /// `wms.stockout.Sales.queryHistoryWithDetail`: 历史销售出库单查询 — Query archived (history) sales stock-out orders with their lines.
    ///
    /// See [the module docs](crate::trade::wms_stockout_sales_query_history_with_detail) and [`Request`](crate::trade::wms_stockout_sales_query_history_with_detail::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "wms.stockout.Sales.queryHistoryWithDetail")]
    pub async fn wms_stockout_sales_query_history_with_detail(
        &self,
        request: &crate::trade::wms_stockout_sales_query_history_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeQuery.queryHistoryWithDetail`: 历史订单查询 — Query archived (history) trades with their lines.
    ///
    /// See [the module docs](crate::trade::sales_trade_query_query_history_with_detail) and [`Request`](crate::trade::sales_trade_query_query_history_with_detail::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeQuery.queryHistoryWithDetail")]
    pub async fn sales_trade_query_query_history_with_detail(
        &self,
        request: &crate::trade::sales_trade_query_query_history_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.AlipayAccountCheck.search`: 平台对账单查询 — Query platform account-check statements (Alipay reconciliation).
    ///
    /// See [the module docs](crate::trade::finance_alipay_account_check_search) and [`Request`](crate::trade::finance_alipay_account_check_search::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "finance.AlipayAccountCheck.search")]
    pub async fn finance_alipay_account_check_search(
        &self,
        request: &crate::trade::finance_alipay_account_check_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.RawTrade.search`: 原始单查询 — Query raw (platform) trades.
    ///
    /// See [the module docs](crate::trade::sales_raw_trade_search) and [`Request`](crate::trade::sales_raw_trade_search::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.RawTrade.search")]
    pub async fn sales_raw_trade_search(
        &self,
        request: &crate::trade::sales_raw_trade_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeQuery.getTradeMergedLog`: 被合并订单查询 — Query trades that were merged into other trades.
    ///
    /// See [the module docs](crate::trade::sales_trade_query_get_trade_merged_log) and [`Request`](crate::trade::sales_trade_query_get_trade_merged_log::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeQuery.getTradeMergedLog")]
    pub async fn sales_trade_query_get_trade_merged_log(
        &self,
        request: &crate::trade::sales_trade_query_get_trade_merged_log::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.Payment.search`: 收付款单查询 — Query receipt and payment documents.
    ///
    /// See [the module docs](crate::trade::finance_payment_search) and [`Request`](crate::trade::finance_payment_search::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "finance.Payment.search")]
    pub async fn finance_payment_search(
        &self,
        request: &crate::trade::finance_payment_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Sales.onceWeighingByNo`: 重量回传3 — Send back a package's weight by packager number (variant 3).
    ///
    /// See [the module docs](crate::trade::wms_stockout_sales_once_weighing_by_no) and [`Request`](crate::trade::wms_stockout_sales_once_weighing_by_no::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "wms.stockout.Sales.onceWeighingByNo")]
    pub async fn wms_stockout_sales_once_weighing_by_no(
        &self,
        request: &crate::trade::wms_stockout_sales_once_weighing_by_no::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.StockSync.calcStock`: 库存同步计算查询 — Compute the stock quantity a self-built-platform goods item should sync.
    ///
    /// See [the module docs](crate::trade::sales_stock_sync_calc_stock) and [`Request`](crate::trade::sales_stock_sync_calc_stock::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.StockSync.calcStock")]
    pub async fn sales_stock_sync_calc_stock(
        &self,
        request: &crate::trade::sales_stock_sync_calc_stock::Request,
    ) -> Result<crate::trade::sales_stock_sync_calc_stock::Response, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Sales.salesWeighing`: 重量回传4 — Send back a package's weight (variant 4, one parameter object).
    ///
    /// See [the module docs](crate::trade::wms_stockout_sales_sales_weighing) and [`Request`](crate::trade::wms_stockout_sales_sales_weighing::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "wms.stockout.Sales.salesWeighing")]
    pub async fn wms_stockout_sales_sales_weighing(
        &self,
        request: &crate::trade::wms_stockout_sales_sales_weighing::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeEdit.modifyRemark`: 订单客服备注修改 — Change the customer-service remark of a trade.
    ///
    /// See [the module docs](crate::trade::sales_trade_edit_modify_remark) and [`Request`](crate::trade::sales_trade_edit_modify_remark::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeEdit.modifyRemark")]
    pub async fn sales_trade_edit_modify_remark(
        &self,
        request: &crate::trade::sales_trade_edit_modify_remark::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Sales.searchLogistics`: 物流单查询 — Query logistics (waybill) records of stock-outs.
    ///
    /// See [the module docs](crate::trade::wms_stockout_sales_search_logistics) and [`Request`](crate::trade::wms_stockout_sales_search_logistics::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "wms.stockout.Sales.searchLogistics")]
    pub async fn wms_stockout_sales_search_logistics(
        &self,
        request: &crate::trade::wms_stockout_sales_search_logistics::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.RawTrade.searchHistory`: 历史原始单查询 — Query archived (history) raw trades.
    ///
    /// See [the module docs](crate::trade::sales_raw_trade_search_history) and [`Request`](crate::trade::sales_raw_trade_search_history::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.RawTrade.searchHistory")]
    pub async fn sales_raw_trade_search_history(
        &self,
        request: &crate::trade::sales_raw_trade_search_history::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.jit.JitRefund.search`: JIT退货单查询 — Query JIT return orders.
    ///
    /// See [the module docs](crate::trade::sales_jit_jit_refund_search) and [`Request`](crate::trade::sales_jit_jit_refund_search::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.jit.JitRefund.search")]
    pub async fn sales_jit_jit_refund_search(
        &self,
        request: &crate::trade::sales_jit_jit_refund_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.RawTrade.pushSelf2`: 原始单推送2 — Push raw (platform) trades with their lines and discounts into the ERP, creating or updating them; per-trade failures come back in error_list.
    ///
    /// See [the module docs](crate::trade::sales_raw_trade_push_self2) and [`Request`](crate::trade::sales_raw_trade_push_self2::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.RawTrade.pushSelf2")]
    pub async fn sales_raw_trade_push_self2(
        &self,
        request: &crate::trade::sales_raw_trade_push_self2::Request,
    ) -> Result<crate::trade::sales_raw_trade_push_self2::Response, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Sales.searchPositionDetail`: 销售出库实际出库明细查询 — Query the actual stock-out position details of sales stock-outs.
    ///
    /// See [the module docs](crate::trade::wms_stockout_sales_search_position_detail) and [`Request`](crate::trade::wms_stockout_sales_search_position_detail::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "wms.stockout.Sales.searchPositionDetail")]
    pub async fn wms_stockout_sales_search_position_detail(
        &self,
        request: &crate::trade::wms_stockout_sales_search_position_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.Payment.queryWithDetail`: 销售收付单查询 — Query sales receipt and payment documents with their lines.
    ///
    /// See [the module docs](crate::trade::sales_payment_query_with_detail) and [`Request`](crate::trade::sales_payment_query_with_detail::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.Payment.queryWithDetail")]
    pub async fn sales_payment_query_with_detail(
        &self,
        request: &crate::trade::sales_payment_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeImport.upload`: 已完成订单推送 — Push completed trades into the ERP.
    ///
    /// See [the module docs](crate::trade::sales_trade_import_upload) and [`Request`](crate::trade::sales_trade_import_upload::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeImport.upload")]
    pub async fn sales_trade_import_upload(
        &self,
        request: &crate::trade::sales_trade_import_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Sales.searchCancel`: 已取消出库单查询 — Query cancelled stock-out orders.
    ///
    /// See [the module docs](crate::trade::wms_stockout_sales_search_cancel) and [`Request`](crate::trade::wms_stockout_sales_search_cancel::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "wms.stockout.Sales.searchCancel")]
    pub async fn wms_stockout_sales_search_cancel(
        &self,
        request: &crate::trade::wms_stockout_sales_search_cancel::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeQuery.getLog`: 订单日志查询 — Query the operation log of a trade.
    ///
    /// See [the module docs](crate::trade::sales_trade_query_get_log) and [`Request`](crate::trade::sales_trade_query_get_log::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeQuery.getLog")]
    pub async fn sales_trade_query_get_log(
        &self,
        request: &crate::trade::sales_trade_query_get_log::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.CustomAttr.getTradeLabel`: 订单标签查询 — Query trade labels.
    ///
    /// See [the module docs](crate::trade::setting_custom_attr_get_trade_label) and [`Request`](crate::trade::setting_custom_attr_get_trade_label::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "setting.CustomAttr.getTradeLabel")]
    pub async fn setting_custom_attr_get_trade_label(
        &self,
        request: &crate::trade::setting_custom_attr_get_trade_label::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeEdit.toException`: 订单转异常订单 — Turn a trade into an exception trade.
    ///
    /// See [the module docs](crate::trade::sales_trade_edit_to_exception) and [`Request`](crate::trade::sales_trade_edit_to_exception::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeEdit.toException")]
    pub async fn sales_trade_edit_to_exception(
        &self,
        request: &crate::trade::sales_trade_edit_to_exception::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.StockSync.batchCalcStock`: 库存同步计算查询（批量） — Compute the stock quantities to sync for several platform goods items (batch form of calcStock).
    ///
    /// See [the module docs](crate::trade::sales_stock_sync_batch_calc_stock) and [`Request`](crate::trade::sales_stock_sync_batch_calc_stock::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.StockSync.batchCalcStock")]
    pub async fn sales_stock_sync_batch_calc_stock(
        &self,
        request: &crate::trade::sales_stock_sync_batch_calc_stock::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeQuery.querySelfOrderWithDetail`: 订单查询（仅返回自有平台、线下平台订单信息） — Query trades with their lines, self-built and offline platforms only.
    ///
    /// See [the module docs](crate::trade::sales_trade_query_query_self_order_with_detail) and [`Request`](crate::trade::sales_trade_query_query_self_order_with_detail::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeQuery.querySelfOrderWithDetail")]
    pub async fn sales_trade_query_query_self_order_with_detail(
        &self,
        request: &crate::trade::sales_trade_query_query_self_order_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.RawTrade.searchHistorySelfOrder`: 历史原始单查询（仅返回自有平台、线下平台订单） — Query archived raw trades, self-built and offline platforms only.
    ///
    /// See [the module docs](crate::trade::sales_raw_trade_search_history_self_order) and [`Request`](crate::trade::sales_raw_trade_search_history_self_order::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.RawTrade.searchHistorySelfOrder")]
    pub async fn sales_raw_trade_search_history_self_order(
        &self,
        request: &crate::trade::sales_raw_trade_search_history_self_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeQuery.queryHistorySelfOrderWithDetail`: 历史订单查询（仅返回自有平台、线下平台订单） — Query archived trades with their lines, self-built and offline platforms only.
    ///
    /// See [the module docs](crate::trade::sales_trade_query_query_history_self_order_with_detail) and [`Request`](crate::trade::sales_trade_query_query_history_self_order_with_detail::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeQuery.queryHistorySelfOrderWithDetail")]
    pub async fn sales_trade_query_query_history_self_order_with_detail(
        &self,
        request: &crate::trade::sales_trade_query_query_history_self_order_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.RawTrade.searchSelfOrder`: 原始单查询（仅返回自有平台、线下平台订单） — Query raw trades, self-built and offline platforms only.
    ///
    /// See [the module docs](crate::trade::sales_raw_trade_search_self_order) and [`Request`](crate::trade::sales_raw_trade_search_self_order::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.RawTrade.searchSelfOrder")]
    pub async fn sales_raw_trade_search_self_order(
        &self,
        request: &crate::trade::sales_raw_trade_search_self_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeQuery.getLog2`: 订单日志批量查询 — Query the operation logs of several trades.
    ///
    /// See [the module docs](crate::trade::sales_trade_query_get_log2) and [`Request`](crate::trade::sales_trade_query_get_log2::Request).
    #[cfg(feature = "trade")]
    #[doc(alias = "sales.TradeQuery.getLog2")]
    pub async fn sales_trade_query_get_log2(
        &self,
        request: &crate::trade::sales_trade_query_get_log2::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.Logistics.queryLogistics`: 物流公司查询 — Query logistics companies.
    ///
    /// See [the module docs](crate::base::setting_logistics_query_logistics) and [`Request`](crate::base::setting_logistics_query_logistics::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.Logistics.queryLogistics")]
    pub async fn setting_logistics_query_logistics(
        &self,
        request: &crate::base::setting_logistics_query_logistics::Request,
    ) -> Result<crate::base::setting_logistics_query_logistics::Response, crate::Error> {
        self.send(request).await
    }

    /// `setting.PurchaseProvider.queryDetail`: 供应商查询 — Query suppliers.
    ///
    /// See [the module docs](crate::base::setting_purchase_provider_query_detail) and [`Request`](crate::base::setting_purchase_provider_query_detail::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.PurchaseProvider.queryDetail")]
    pub async fn setting_purchase_provider_query_detail(
        &self,
        request: &crate::base::setting_purchase_provider_query_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.Warehouse.queryWarehouse`: 仓库查询 — Query warehouses.
    ///
    /// See [the module docs](crate::base::setting_warehouse_query_warehouse) and [`Request`](crate::base::setting_warehouse_query_warehouse::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.Warehouse.queryWarehouse")]
    pub async fn setting_warehouse_query_warehouse(
        &self,
        request: &crate::base::setting_warehouse_query_warehouse::Request,
    ) -> Result<crate::base::setting_warehouse_query_warehouse::Response, crate::Error> {
        self.send(request).await
    }

    /// `setting.Shop.queryShop`: 店铺查询 — Query shops.
    ///
    /// See [the module docs](crate::base::setting_shop_query_shop) and [`Request`](crate::base::setting_shop_query_shop::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.Shop.queryShop")]
    pub async fn setting_shop_query_shop(
        &self,
        request: &crate::base::setting_shop_query_shop::Request,
    ) -> Result<crate::base::setting_shop_query_shop::Response, crate::Error> {
        self.send(request).await
    }

    /// `setting.PurchaseProvider.push`: 供应商信息推送 — Push supplier information.
    ///
    /// See [the module docs](crate::base::setting_purchase_provider_push) and [`Request`](crate::base::setting_purchase_provider_push::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.PurchaseProvider.push")]
    pub async fn setting_purchase_provider_push(
        &self,
        request: &crate::base::setting_purchase_provider_push::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.Shop.updateShop`: 店铺更新 — Update shops.
    ///
    /// See [the module docs](crate::base::setting_shop_update_shop) and [`Request`](crate::base::setting_shop_update_shop::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.Shop.updateShop")]
    pub async fn setting_shop_update_shop(
        &self,
        request: &crate::base::setting_shop_update_shop::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.Employee.search`: 员工查询 — Query employees.
    ///
    /// See [the module docs](crate::base::setting_employee_search) and [`Request`](crate::base::setting_employee_search::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.Employee.search")]
    pub async fn setting_employee_search(
        &self,
        request: &crate::base::setting_employee_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.strategy.VirtualWarehouse.warehouseSearch`: 虚拟仓仓库查询 — Query the warehouses of virtual warehouses.
    ///
    /// See [the module docs](crate::base::setting_strategy_virtual_warehouse_warehouse_search) and [`Request`](crate::base::setting_strategy_virtual_warehouse_warehouse_search::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.strategy.VirtualWarehouse.warehouseSearch")]
    pub async fn setting_strategy_virtual_warehouse_warehouse_search(
        &self,
        request: &crate::base::setting_strategy_virtual_warehouse_warehouse_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.OperationReason.search`: 退换原因查询 — Query return and exchange reasons.
    ///
    /// See [the module docs](crate::base::setting_operation_reason_search) and [`Request`](crate::base::setting_operation_reason_search::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.OperationReason.search")]
    pub async fn setting_operation_reason_search(
        &self,
        request: &crate::base::setting_operation_reason_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.Address.provinceSearch`: 地址查询-省 — Query the address library: provinces.
    ///
    /// See [the module docs](crate::base::setting_address_province_search) and [`Request`](crate::base::setting_address_province_search::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.Address.provinceSearch")]
    pub async fn setting_address_province_search(
        &self,
        request: &crate::base::setting_address_province_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.Address.citySearch`: 地址查询-市 — Query the address library: cities.
    ///
    /// See [the module docs](crate::base::setting_address_city_search) and [`Request`](crate::base::setting_address_city_search::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.Address.citySearch")]
    pub async fn setting_address_city_search(
        &self,
        request: &crate::base::setting_address_city_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.Address.districtSearch`: 地址查询-区 — Query the address library: districts.
    ///
    /// See [the module docs](crate::base::setting_address_district_search) and [`Request`](crate::base::setting_address_district_search::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.Address.districtSearch")]
    pub async fn setting_address_district_search(
        &self,
        request: &crate::base::setting_address_district_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.strategy.VirtualWarehouse.query`: 虚拟仓信息查询 — Query virtual warehouses.
    ///
    /// See [the module docs](crate::base::setting_strategy_virtual_warehouse_query) and [`Request`](crate::base::setting_strategy_virtual_warehouse_query::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "setting.strategy.VirtualWarehouse.query")]
    pub async fn setting_strategy_virtual_warehouse_query(
        &self,
        request: &crate::base::setting_strategy_virtual_warehouse_query::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `sales.TradeEdit.uploadChangeGoodsByApi`: 优先级换货策略写入和更新 — Create or update priority exchange-goods strategies.
    ///
    /// See [the module docs](crate::base::sales_trade_edit_upload_change_goods_by_api) and [`Request`](crate::base::sales_trade_edit_upload_change_goods_by_api::Request).
    #[cfg(feature = "base")]
    #[doc(alias = "sales.TradeEdit.uploadChangeGoodsByApi")]
    pub async fn sales_trade_edit_upload_change_goods_by_api(
        &self,
        request: &crate::base::sales_trade_edit_upload_change_goods_by_api::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.Goods.push`: 货品推送 — Push goods with their specs (SKUs).
    ///
    /// See [the module docs](crate::goods::goods_goods_push) and [`Request`](crate::goods::goods_goods_push::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.Goods.push")]
    pub async fn goods_goods_push(
        &self,
        request: &crate::goods::goods_goods_push::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.Suite.search`: 组合装查询 — Query suites (combination goods).
    ///
    /// See [the module docs](crate::goods::goods_suite_search) and [`Request`](crate::goods::goods_suite_search::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.Suite.search")]
    pub async fn goods_suite_search(
        &self,
        request: &crate::goods::goods_suite_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.Goods.queryWithSpec`: 货品档案查询 — Query goods records with their specs and barcodes.
    ///
    /// See [the module docs](crate::goods::goods_goods_query_with_spec) and [`Request`](crate::goods::goods_goods_query_with_spec::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.Goods.queryWithSpec")]
    pub async fn goods_goods_query_with_spec(
        &self,
        request: &crate::goods::goods_goods_query_with_spec::Request,
    ) -> Result<crate::goods::goods_goods_query_with_spec::Response, crate::Error> {
        self.send(request).await
    }

    /// `goods.ApiGoods.search`: 平台货品查询 — Query platform goods.
    ///
    /// See [the module docs](crate::goods::goods_api_goods_search) and [`Request`](crate::goods::goods_api_goods_search::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.ApiGoods.search")]
    pub async fn goods_api_goods_search(
        &self,
        request: &crate::goods::goods_api_goods_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.ApiGoods.upload`: 平台货品推送 — Push platform goods.
    ///
    /// See [the module docs](crate::goods::goods_api_goods_upload) and [`Request`](crate::goods::goods_api_goods_upload::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.ApiGoods.upload")]
    pub async fn goods_api_goods_upload(
        &self,
        request: &crate::goods::goods_api_goods_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `process.Bom.upload`: 物料清单推送 — Push bills of materials.
    ///
    /// See [the module docs](crate::goods::process_bom_upload) and [`Request`](crate::goods::process_bom_upload::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "process.Bom.upload")]
    pub async fn process_bom_upload(
        &self,
        request: &crate::goods::process_bom_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `process.Process.upload`: 生产单推送 — Push production orders.
    ///
    /// See [the module docs](crate::goods::process_process_upload) and [`Request`](crate::goods::process_process_upload::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "process.Process.upload")]
    pub async fn process_process_upload(
        &self,
        request: &crate::goods::process_process_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `process.Process.search`: 生产单查询 — Query production orders.
    ///
    /// See [the module docs](crate::goods::process_process_search) and [`Request`](crate::goods::process_process_search::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "process.Process.search")]
    pub async fn process_process_search(
        &self,
        request: &crate::goods::process_process_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.GoodsClass.search`: 货品分类查询 — Query goods categories.
    ///
    /// See [the module docs](crate::goods::goods_goods_class_search) and [`Request`](crate::goods::goods_goods_class_search::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.GoodsClass.search")]
    pub async fn goods_goods_class_search(
        &self,
        request: &crate::goods::goods_goods_class_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.GoodsBrand.search`: 品牌查询 — Query brands.
    ///
    /// See [the module docs](crate::goods::goods_goods_brand_search) and [`Request`](crate::goods::goods_goods_brand_search::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.GoodsBrand.search")]
    pub async fn goods_goods_brand_search(
        &self,
        request: &crate::goods::goods_goods_brand_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.Suite.upload2`: 组合装创建/更新 — Create or update suites (combination goods).
    ///
    /// See [the module docs](crate::goods::goods_suite_upload2) and [`Request`](crate::goods::goods_suite_upload2::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.Suite.upload2")]
    pub async fn goods_suite_upload2(
        &self,
        request: &crate::goods::goods_suite_upload2::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.Category.search`: 平台类目查询 — Query platform categories.
    ///
    /// See [the module docs](crate::goods::goods_category_search) and [`Request`](crate::goods::goods_category_search::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.Category.search")]
    pub async fn goods_category_search(
        &self,
        request: &crate::goods::goods_category_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.Goods.batchPush`: 货品批量推送 — Push goods in batches.
    ///
    /// See [the module docs](crate::goods::goods_goods_batch_push) and [`Request`](crate::goods::goods_goods_batch_push::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.Goods.batchPush")]
    pub async fn goods_goods_batch_push(
        &self,
        request: &crate::goods::goods_goods_batch_push::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `process.Bom.search`: 物料清单查询 — Query bills of materials.
    ///
    /// See [the module docs](crate::goods::process_bom_search) and [`Request`](crate::goods::process_bom_search::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "process.Bom.search")]
    pub async fn process_bom_search(
        &self,
        request: &crate::goods::process_bom_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.Barcode.upload`: 条码上传 — Upload barcodes.
    ///
    /// See [the module docs](crate::goods::goods_barcode_upload) and [`Request`](crate::goods::goods_barcode_upload::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.Barcode.upload")]
    pub async fn goods_barcode_upload(
        &self,
        request: &crate::goods::goods_barcode_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.Goods.push2`: 货品推送2 — Push goods with their specs (variant 2); the result lists the specs.
    ///
    /// See [the module docs](crate::goods::goods_goods_push2) and [`Request`](crate::goods::goods_goods_push2::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.Goods.push2")]
    pub async fn goods_goods_push2(
        &self,
        request: &crate::goods::goods_goods_push2::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.GoodsClass.upload`: 新建分类 — Create a goods category.
    ///
    /// See [the module docs](crate::goods::goods_goods_class_upload) and [`Request`](crate::goods::goods_goods_class_upload::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.GoodsClass.upload")]
    pub async fn goods_goods_class_upload(
        &self,
        request: &crate::goods::goods_goods_class_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `goods.GoodsBrand.upload`: 货品品牌新建/更新 — Create or update goods brands.
    ///
    /// See [the module docs](crate::goods::goods_goods_brand_upload) and [`Request`](crate::goods::goods_goods_brand_upload::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "goods.GoodsBrand.upload")]
    pub async fn goods_goods_brand_upload(
        &self,
        request: &crate::goods::goods_goods_brand_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.settle.process.search`: 生产结算单查询 — Query production settlement documents.
    ///
    /// See [the module docs](crate::goods::finance_settle_process_search) and [`Request`](crate::goods::finance_settle_process_search::Request).
    #[cfg(feature = "goods")]
    #[doc(alias = "finance.settle.process.search")]
    pub async fn finance_settle_process_search(
        &self,
        request: &crate::goods::finance_settle_process_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.ProviderGoods.queryDetail`: 供应商货品查询 — Query supplier goods.
    ///
    /// See [the module docs](crate::purchase::purchase_provider_goods_query_detail) and [`Request`](crate::purchase::purchase_provider_goods_query_detail::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.ProviderGoods.queryDetail")]
    pub async fn purchase_provider_goods_query_detail(
        &self,
        request: &crate::purchase::purchase_provider_goods_query_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseReturn.queryWithDetail`: 采购退货单及明细查询 — Query purchase returns with their lines.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_return_query_with_detail) and [`Request`](crate::purchase::purchase_purchase_return_query_with_detail::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseReturn.queryWithDetail")]
    pub async fn purchase_purchase_return_query_with_detail(
        &self,
        request: &crate::purchase::purchase_purchase_return_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseReturn.cancelOrder`: 采购退货单取消 — Cancel a purchase return.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_return_cancel_order) and [`Request`](crate::purchase::purchase_purchase_return_cancel_order::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseReturn.cancelOrder")]
    pub async fn purchase_purchase_return_cancel_order(
        &self,
        request: &crate::purchase::purchase_purchase_return_cancel_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseReturn.createOrder`: 采购退货单新建 — Create a purchase return.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_return_create_order) and [`Request`](crate::purchase::purchase_purchase_return_create_order::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseReturn.createOrder")]
    pub async fn purchase_purchase_return_create_order(
        &self,
        request: &crate::purchase::purchase_purchase_return_create_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Purchase.upload`: 采购入库单推送 — Push a purchase stock-in order.
    ///
    /// See [the module docs](crate::purchase::wms_stockin_purchase_upload) and [`Request`](crate::purchase::wms_stockin_purchase_upload::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "wms.stockin.Purchase.upload")]
    pub async fn wms_stockin_purchase_upload(
        &self,
        request: &crate::purchase::wms_stockin_purchase_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseOrder.queryWithDetail`: 采购单及明细查询 — Query purchase orders with their lines.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_order_query_with_detail) and [`Request`](crate::purchase::purchase_purchase_order_query_with_detail::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseOrder.queryWithDetail")]
    pub async fn purchase_purchase_order_query_with_detail(
        &self,
        request: &crate::purchase::purchase_purchase_order_query_with_detail::Request,
    ) -> Result<
        crate::purchase::purchase_purchase_order_query_with_detail::Response,
        crate::Error,
    > {
        self.send(request).await
    }

    /// `purchase.PurchaseOrder.createOrder`: 采购单新建 — Create a purchase order.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_order_create_order) and [`Request`](crate::purchase::purchase_purchase_order_create_order::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseOrder.createOrder")]
    pub async fn purchase_purchase_order_create_order(
        &self,
        request: &crate::purchase::purchase_purchase_order_create_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.settle.Purchase.search`: 采购结算单查询 — Query purchase settlement documents.
    ///
    /// See [the module docs](crate::purchase::finance_settle_purchase_search) and [`Request`](crate::purchase::finance_settle_purchase_search::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "finance.settle.Purchase.search")]
    pub async fn finance_settle_purchase_search(
        &self,
        request: &crate::purchase::finance_settle_purchase_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Purchase.queryWithDetail`: 采购入库单查询 — Query purchase stock-in orders.
    ///
    /// See [the module docs](crate::purchase::wms_stockin_purchase_query_with_detail) and [`Request`](crate::purchase::wms_stockin_purchase_query_with_detail::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "wms.stockin.Purchase.queryWithDetail")]
    pub async fn wms_stockin_purchase_query_with_detail(
        &self,
        request: &crate::purchase::wms_stockin_purchase_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.PurchaseReturn.queryWithDetail`: 采购退货出库单查询 — Query purchase-return stock-out orders.
    ///
    /// See [the module docs](crate::purchase::wms_stockout_purchase_return_query_with_detail) and [`Request`](crate::purchase::wms_stockout_purchase_return_query_with_detail::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "wms.stockout.PurchaseReturn.queryWithDetail")]
    pub async fn wms_stockout_purchase_return_query_with_detail(
        &self,
        request: &crate::purchase::wms_stockout_purchase_return_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Purchase.cancel`: 采购入库单取消 — Cancel a purchase stock-in order.
    ///
    /// See [the module docs](crate::purchase::wms_stockin_purchase_cancel) and [`Request`](crate::purchase::wms_stockin_purchase_cancel::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "wms.stockin.Purchase.cancel")]
    pub async fn wms_stockin_purchase_cancel(
        &self,
        request: &crate::purchase::wms_stockin_purchase_cancel::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseOrder.cancelOrder`: 采购单取消 — Cancel a purchase order.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_order_cancel_order) and [`Request`](crate::purchase::purchase_purchase_order_cancel_order::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseOrder.cancelOrder")]
    pub async fn purchase_purchase_order_cancel_order(
        &self,
        request: &crate::purchase::purchase_purchase_order_cancel_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseOrder.pending`: 采购单停止等待 — Stop waiting on purchase orders.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_order_pending) and [`Request`](crate::purchase::purchase_purchase_order_pending::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseOrder.pending")]
    pub async fn purchase_purchase_order_pending(
        &self,
        request: &crate::purchase::purchase_purchase_order_pending::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseReturn.pending`: 采购退货单停止等待 — Stop waiting on purchase returns.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_return_pending) and [`Request`](crate::purchase::purchase_purchase_return_pending::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseReturn.pending")]
    pub async fn purchase_purchase_return_pending(
        &self,
        request: &crate::purchase::purchase_purchase_return_pending::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.ProviderGoods.upload`: 供应商货品推送 — Push supplier goods.
    ///
    /// See [the module docs](crate::purchase::purchase_provider_goods_upload) and [`Request`](crate::purchase::purchase_provider_goods_upload::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.ProviderGoods.upload")]
    pub async fn purchase_provider_goods_upload(
        &self,
        request: &crate::purchase::purchase_provider_goods_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.PurchaseReturn.createOrder`: 采购退货出库单创建 — Create a purchase-return stock-out order.
    ///
    /// See [the module docs](crate::purchase::wms_stockout_purchase_return_create_order) and [`Request`](crate::purchase::wms_stockout_purchase_return_create_order::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "wms.stockout.PurchaseReturn.createOrder")]
    pub async fn wms_stockout_purchase_return_create_order(
        &self,
        request: &crate::purchase::wms_stockout_purchase_return_create_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseOrder.updatePurchaseInfo`: 采购单标记更新 — Update the marks of a purchase order.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_order_update_purchase_info) and [`Request`](crate::purchase::purchase_purchase_order_update_purchase_info::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseOrder.updatePurchaseInfo")]
    pub async fn purchase_purchase_order_update_purchase_info(
        &self,
        request: &crate::purchase::purchase_purchase_order_update_purchase_info::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseApply.upload`: 采购申请单创建 — Create a purchase application.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_apply_upload) and [`Request`](crate::purchase::purchase_purchase_apply_upload::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseApply.upload")]
    pub async fn purchase_purchase_apply_upload(
        &self,
        request: &crate::purchase::purchase_purchase_apply_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseApply.search`: 采购申请单查询 — Query purchase applications with their lines.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_apply_search) and [`Request`](crate::purchase::purchase_purchase_apply_search::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseApply.search")]
    pub async fn purchase_purchase_apply_search(
        &self,
        request: &crate::purchase::purchase_purchase_apply_search::Request,
    ) -> Result<
        crate::purchase::purchase_purchase_apply_search::Response,
        crate::Error,
    > {
        self.send(request).await
    }

    /// `purchase.PurchaseReturn.batchCancelOrder`: 采购退货批量取消 — Cancel purchase returns in a batch.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_return_batch_cancel_order) and [`Request`](crate::purchase::purchase_purchase_return_batch_cancel_order::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseReturn.batchCancelOrder")]
    pub async fn purchase_purchase_return_batch_cancel_order(
        &self,
        request: &crate::purchase::purchase_purchase_return_batch_cancel_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.settle.Purchase.upload`: 创建采购结算单 — Create a purchase settlement document.
    ///
    /// See [the module docs](crate::purchase::finance_settle_purchase_upload) and [`Request`](crate::purchase::finance_settle_purchase_upload::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "finance.settle.Purchase.upload")]
    pub async fn finance_settle_purchase_upload(
        &self,
        request: &crate::purchase::finance_settle_purchase_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseOrder.cancelByType`: 采购单取消（新） — Cancel purchase orders (new form, by type).
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_order_cancel_by_type) and [`Request`](crate::purchase::purchase_purchase_order_cancel_by_type::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseOrder.cancelByType")]
    pub async fn purchase_purchase_order_cancel_by_type(
        &self,
        request: &crate::purchase::purchase_purchase_order_cancel_by_type::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseApply.cancelForApi`: 采购申请单取消 — Cancel purchase applications.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_apply_cancel_for_api) and [`Request`](crate::purchase::purchase_purchase_apply_cancel_for_api::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseApply.cancelForApi")]
    pub async fn purchase_purchase_apply_cancel_for_api(
        &self,
        request: &crate::purchase::purchase_purchase_apply_cancel_for_api::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.PurchaseApply.stopForApi`: 采购申请单停止引用 — Stop referencing purchase applications.
    ///
    /// See [the module docs](crate::purchase::purchase_purchase_apply_stop_for_api) and [`Request`](crate::purchase::purchase_purchase_apply_stop_for_api::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.PurchaseApply.stopForApi")]
    pub async fn purchase_purchase_apply_stop_for_api(
        &self,
        request: &crate::purchase::purchase_purchase_apply_stop_for_api::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `purchase.StockInPreOrder.search`: 预约入库单查询 — Query scheduled (pre-booked) stock-in orders.
    ///
    /// See [the module docs](crate::purchase::purchase_stock_in_pre_order_search) and [`Request`](crate::purchase::purchase_stock_in_pre_order_search::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "purchase.StockInPreOrder.search")]
    pub async fn purchase_stock_in_pre_order_search(
        &self,
        request: &crate::purchase::purchase_stock_in_pre_order_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.settle.PurchaseReturn.upload`: 创建采购退货结算单 — Create a purchase-return settlement document.
    ///
    /// See [the module docs](crate::purchase::finance_settle_purchase_return_upload) and [`Request`](crate::purchase::finance_settle_purchase_return_upload::Request).
    #[cfg(feature = "purchase")]
    #[doc(alias = "finance.settle.PurchaseReturn.upload")]
    pub async fn finance_settle_purchase_return_upload(
        &self,
        request: &crate::purchase::finance_settle_purchase_return_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.MoveOrder.queryWithDetail`: 移位单查询 — Query position-move orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_move_order_query_with_detail) and [`Request`](crate::stock::wms_move_order_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.MoveOrder.queryWithDetail")]
    pub async fn wms_move_order_query_with_detail(
        &self,
        request: &crate::stock::wms_move_order_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockSpec.search`: 库存查询 — Query stock (deprecated: use wms.StockSpec.search2).
    ///
    /// See [the module docs](crate::stock::wms_stock_spec_search) and [`Request`](crate::stock::wms_stock_spec_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockSpec.search")]
    pub async fn wms_stock_spec_search(
        &self,
        request: &crate::stock::wms_stock_spec_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockPd.stockSyncByPd`: 创建盘点单 — Create a stocktaking order (sync stock by stocktaking).
    ///
    /// See [the module docs](crate::stock::wms_stock_pd_stock_sync_by_pd) and [`Request`](crate::stock::wms_stock_pd_stock_sync_by_pd::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockPd.stockSyncByPd")]
    pub async fn wms_stock_pd_stock_sync_by_pd(
        &self,
        request: &crate::stock::wms_stock_pd_stock_sync_by_pd::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Other.createOtherOrder`: 其它入库单新建 — Create an other stock-in order.
    ///
    /// See [the module docs](crate::stock::wms_stockin_other_create_other_order) and [`Request`](crate::stock::wms_stockin_other_create_other_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Other.createOtherOrder")]
    pub async fn wms_stockin_other_create_other_order(
        &self,
        request: &crate::stock::wms_stockin_other_create_other_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stocktransfer.Manage.queryWithDetail`: 调拨单查询 — Query transfer orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stocktransfer_manage_query_with_detail) and [`Request`](crate::stock::wms_stocktransfer_manage_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stocktransfer.Manage.queryWithDetail")]
    pub async fn wms_stocktransfer_manage_query_with_detail(
        &self,
        request: &crate::stock::wms_stocktransfer_manage_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.OtherQuery.queryWithDetail`: 其它出库单查询 — Query other stock-out orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stockout_other_query_query_with_detail) and [`Request`](crate::stock::wms_stockout_other_query_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.OtherQuery.queryWithDetail")]
    pub async fn wms_stockout_other_query_query_with_detail(
        &self,
        request: &crate::stock::wms_stockout_other_query_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Other.queryWithDetail`: 其它入库单查询 — Query other stock-in orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stockin_other_query_with_detail) and [`Request`](crate::stock::wms_stockin_other_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Other.queryWithDetail")]
    pub async fn wms_stockin_other_query_with_detail(
        &self,
        request: &crate::stock::wms_stockin_other_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Transfer.queryWithDetail`: 调拨入库单查询 — Query transfer stock-in orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stockin_transfer_query_with_detail) and [`Request`](crate::stock::wms_stockin_transfer_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Transfer.queryWithDetail")]
    pub async fn wms_stockin_transfer_query_with_detail(
        &self,
        request: &crate::stock::wms_stockin_transfer_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockSpec.queryAvailableStock`: 可用库存查询 — Query available stock.
    ///
    /// See [the module docs](crate::stock::wms_stock_spec_query_available_stock) and [`Request`](crate::stock::wms_stock_spec_query_available_stock::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockSpec.queryAvailableStock")]
    pub async fn wms_stock_spec_query_available_stock(
        &self,
        request: &crate::stock::wms_stock_spec_query_available_stock::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Other.createOther`: 其它出库单新建 — Create an other stock-out order.
    ///
    /// See [the module docs](crate::stock::wms_stockout_other_create_other) and [`Request`](crate::stock::wms_stockout_other_create_other::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Other.createOther")]
    pub async fn wms_stockout_other_create_other(
        &self,
        request: &crate::stock::wms_stockout_other_create_other::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Transfer.queryWithDetail`: 调拨出库单查询 — Query transfer stock-out orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stockout_transfer_query_with_detail) and [`Request`](crate::stock::wms_stockout_transfer_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Transfer.queryWithDetail")]
    pub async fn wms_stockout_transfer_query_with_detail(
        &self,
        request: &crate::stock::wms_stockout_transfer_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Transfer.cancelOrder`: 调拨单入库取消 — Cancel a transfer stock-in order.
    ///
    /// See [the module docs](crate::stock::wms_stockin_transfer_cancel_order) and [`Request`](crate::stock::wms_stockin_transfer_cancel_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Transfer.cancelOrder")]
    pub async fn wms_stockin_transfer_cancel_order(
        &self,
        request: &crate::stock::wms_stockin_transfer_cancel_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockPd.queryStockPdInDetail`: 盘点入库单查询 — Query stocktaking stock-in orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stock_pd_query_stock_pd_in_detail) and [`Request`](crate::stock::wms_stock_pd_query_stock_pd_in_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockPd.queryStockPdInDetail")]
    pub async fn wms_stock_pd_query_stock_pd_in_detail(
        &self,
        request: &crate::stock::wms_stock_pd_query_stock_pd_in_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockPd.queryStockPdOutDetail`: 盘点出库单查询 — Query stocktaking stock-out orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stock_pd_query_stock_pd_out_detail) and [`Request`](crate::stock::wms_stock_pd_query_stock_pd_out_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockPd.queryStockPdOutDetail")]
    pub async fn wms_stock_pd_query_stock_pd_out_detail(
        &self,
        request: &crate::stock::wms_stock_pd_query_stock_pd_out_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Transfer.cancelOrder`: 调拨单出库取消 — Cancel a transfer stock-out order.
    ///
    /// See [the module docs](crate::stock::wms_stockout_transfer_cancel_order) and [`Request`](crate::stock::wms_stockout_transfer_cancel_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Transfer.cancelOrder")]
    pub async fn wms_stockout_transfer_cancel_order(
        &self,
        request: &crate::stock::wms_stockout_transfer_cancel_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stocktransfer.Manage.cancelOrder`: 调拨单取消 — Cancel a transfer order.
    ///
    /// See [the module docs](crate::stock::wms_stocktransfer_manage_cancel_order) and [`Request`](crate::stock::wms_stocktransfer_manage_cancel_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stocktransfer.Manage.cancelOrder")]
    pub async fn wms_stocktransfer_manage_cancel_order(
        &self,
        request: &crate::stock::wms_stocktransfer_manage_cancel_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Transfer.createOrder`: 调拨入库单新建 — Create a transfer stock-in order.
    ///
    /// See [the module docs](crate::stock::wms_stockin_transfer_create_order) and [`Request`](crate::stock::wms_stockin_transfer_create_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Transfer.createOrder")]
    pub async fn wms_stockin_transfer_create_order(
        &self,
        request: &crate::stock::wms_stockin_transfer_create_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Transfer.createOrder`: 调拨出库单新建 — Create a transfer stock-out order.
    ///
    /// See [the module docs](crate::stock::wms_stockout_transfer_create_order) and [`Request`](crate::stock::wms_stockout_transfer_create_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Transfer.createOrder")]
    pub async fn wms_stockout_transfer_create_order(
        &self,
        request: &crate::stock::wms_stockout_transfer_create_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stocktransfer.Edit.createOrder`: 调拨单新建 — Create a transfer order.
    ///
    /// See [the module docs](crate::stock::wms_stocktransfer_edit_create_order) and [`Request`](crate::stock::wms_stocktransfer_edit_create_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stocktransfer.Edit.createOrder")]
    pub async fn wms_stocktransfer_edit_create_order(
        &self,
        request: &crate::stock::wms_stocktransfer_edit_create_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockShelve.queryWithDetail`: 补货单查询 — Query replenishment orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stock_shelve_query_with_detail) and [`Request`](crate::stock::wms_stock_shelve_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockShelve.queryWithDetail")]
    pub async fn wms_stock_shelve_query_with_detail(
        &self,
        request: &crate::stock::wms_stock_shelve_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockSpec.queryChangeHistory`: 库存变化查询 — Query stock changes.
    ///
    /// See [the module docs](crate::stock::wms_stock_spec_query_change_history) and [`Request`](crate::stock::wms_stock_spec_query_change_history::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockSpec.queryChangeHistory")]
    pub async fn wms_stock_spec_query_change_history(
        &self,
        request: &crate::stock::wms_stock_spec_query_change_history::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.StockCost.search`: 存货成本查询 — Query inventory costs.
    ///
    /// See [the module docs](crate::stock::finance_stock_cost_search) and [`Request`](crate::stock::finance_stock_cost_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "finance.StockCost.search")]
    pub async fn finance_stock_cost_search(
        &self,
        request: &crate::stock::finance_stock_cost_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stocktransfer.Manage.pending`: 调拨单停止等待 — Stop waiting on transfer orders.
    ///
    /// See [the module docs](crate::stock::wms_stocktransfer_manage_pending) and [`Request`](crate::stock::wms_stocktransfer_manage_pending::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stocktransfer.Manage.pending")]
    pub async fn wms_stocktransfer_manage_pending(
        &self,
        request: &crate::stock::wms_stocktransfer_manage_pending::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockother.Out.push`: 其它出库业务单创建 — Create an other stock-out business order.
    ///
    /// See [the module docs](crate::stock::wms_stockother_out_push) and [`Request`](crate::stock::wms_stockother_out_push::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockother.Out.push")]
    pub async fn wms_stockother_out_push(
        &self,
        request: &crate::stock::wms_stockother_out_push::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockother.In.push`: 其它入库业务单创建 — Create an other stock-in business order.
    ///
    /// See [the module docs](crate::stock::wms_stockother_in_push) and [`Request`](crate::stock::wms_stockother_in_push::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockother.In.push")]
    pub async fn wms_stockother_in_push(
        &self,
        request: &crate::stock::wms_stockother_in_push::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Process.queryWithDetail`: 生产出库查询 — Query production stock-outs with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stockout_process_query_with_detail) and [`Request`](crate::stock::wms_stockout_process_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Process.queryWithDetail")]
    pub async fn wms_stockout_process_query_with_detail(
        &self,
        request: &crate::stock::wms_stockout_process_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Process.queryWithDetail`: 生产入库查询 — Query production stock-ins with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stockin_process_query_with_detail) and [`Request`](crate::stock::wms_stockin_process_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Process.queryWithDetail")]
    pub async fn wms_stockin_process_query_with_detail(
        &self,
        request: &crate::stock::wms_stockin_process_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.outer.OuterOut.createOrder`: 外仓调整出库单创建 — Create an external-warehouse adjustment stock-out order.
    ///
    /// See [the module docs](crate::stock::wms_outer_outer_out_create_order) and [`Request`](crate::stock::wms_outer_outer_out_create_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.outer.OuterOut.createOrder")]
    pub async fn wms_outer_outer_out_create_order(
        &self,
        request: &crate::stock::wms_outer_outer_out_create_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.outer.OuterIn.createOrder`: 外仓调整入库单创建 — Create an external-warehouse adjustment stock-in order.
    ///
    /// See [the module docs](crate::stock::wms_outer_outer_in_create_order) and [`Request`](crate::stock::wms_outer_outer_in_create_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.outer.OuterIn.createOrder")]
    pub async fn wms_outer_outer_in_create_order(
        &self,
        request: &crate::stock::wms_outer_outer_in_create_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.outer.OuterOut.queryWithDetail`: 外仓调整出库单查询 — Query external-warehouse adjustment stock-out orders.
    ///
    /// See [the module docs](crate::stock::wms_outer_outer_out_query_with_detail) and [`Request`](crate::stock::wms_outer_outer_out_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.outer.OuterOut.queryWithDetail")]
    pub async fn wms_outer_outer_out_query_with_detail(
        &self,
        request: &crate::stock::wms_outer_outer_out_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.outer.OuterIn.queryWithDetail`: 外仓调整入库单查询 — Query external-warehouse adjustment stock-in orders.
    ///
    /// See [the module docs](crate::stock::wms_outer_outer_in_query_with_detail) and [`Request`](crate::stock::wms_outer_outer_in_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.outer.OuterIn.queryWithDetail")]
    pub async fn wms_outer_outer_in_query_with_detail(
        &self,
        request: &crate::stock::wms_outer_outer_in_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.settle.Transfer.search`: 调拨结算查询 — Query transfer settlements.
    ///
    /// See [the module docs](crate::stock::finance_settle_transfer_search) and [`Request`](crate::stock::finance_settle_transfer_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "finance.settle.Transfer.search")]
    pub async fn finance_settle_transfer_search(
        &self,
        request: &crate::stock::finance_settle_transfer_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockdefect.DefectChange.search`: 正残转换单查询 — Query good-to-defective conversion orders.
    ///
    /// See [the module docs](crate::stock::wms_stockdefect_defect_change_search) and [`Request`](crate::stock::wms_stockdefect_defect_change_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockdefect.DefectChange.search")]
    pub async fn wms_stockdefect_defect_change_search(
        &self,
        request: &crate::stock::wms_stockdefect_defect_change_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockother.OutQuery.queryWithDetail`: 其它出库业务单查询 — Query other stock-out business orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stockother_out_query_query_with_detail) and [`Request`](crate::stock::wms_stockother_out_query_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockother.OutQuery.queryWithDetail")]
    pub async fn wms_stockother_out_query_query_with_detail(
        &self,
        request: &crate::stock::wms_stockother_out_query_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockother.InQuery.queryWithDetail`: 其它入库业务单查询 — Query other stock-in business orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stockother_in_query_query_with_detail) and [`Request`](crate::stock::wms_stockother_in_query_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockother.InQuery.queryWithDetail")]
    pub async fn wms_stockother_in_query_query_with_detail(
        &self,
        request: &crate::stock::wms_stockother_in_query_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.SalesPick.pickListOverviewForApi`: 分拣单全览 — Get the overview of a pick list.
    ///
    /// See [the module docs](crate::stock::wms_stockout_sales_pick_pick_list_overview_for_api) and [`Request`](crate::stock::wms_stockout_sales_pick_pick_list_overview_for_api::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.SalesPick.pickListOverviewForApi")]
    pub async fn wms_stockout_sales_pick_pick_list_overview_for_api(
        &self,
        request: &crate::stock::wms_stockout_sales_pick_pick_list_overview_for_api::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.PositionCapacity.search`: 默认货位查询 — Query default storage positions.
    ///
    /// See [the module docs](crate::stock::wms_position_capacity_search) and [`Request`](crate::stock::wms_position_capacity_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.PositionCapacity.search")]
    pub async fn wms_position_capacity_search(
        &self,
        request: &crate::stock::wms_position_capacity_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.strategy.VirtualWarehouse.stockSearch`: 虚拟仓库存查询 — Query virtual-warehouse stock.
    ///
    /// See [the module docs](crate::stock::setting_strategy_virtual_warehouse_stock_search) and [`Request`](crate::stock::setting_strategy_virtual_warehouse_stock_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "setting.strategy.VirtualWarehouse.stockSearch")]
    pub async fn setting_strategy_virtual_warehouse_stock_search(
        &self,
        request: &crate::stock::setting_strategy_virtual_warehouse_stock_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.strategy.VirtualWarehouse.create`: 虚拟仓单据创建 — Create a virtual-warehouse document.
    ///
    /// See [the module docs](crate::stock::setting_strategy_virtual_warehouse_create) and [`Request`](crate::stock::setting_strategy_virtual_warehouse_create::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "setting.strategy.VirtualWarehouse.create")]
    pub async fn setting_strategy_virtual_warehouse_create(
        &self,
        request: &crate::stock::setting_strategy_virtual_warehouse_create::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.strategy.VirtualWarehouse.orderSearch`: 虚拟仓单据查询 — Query virtual-warehouse documents.
    ///
    /// See [the module docs](crate::stock::setting_strategy_virtual_warehouse_order_search) and [`Request`](crate::stock::setting_strategy_virtual_warehouse_order_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "setting.strategy.VirtualWarehouse.orderSearch")]
    pub async fn setting_strategy_virtual_warehouse_order_search(
        &self,
        request: &crate::stock::setting_strategy_virtual_warehouse_order_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Pack.search`: 装箱单查询 — Query packing lists.
    ///
    /// See [the module docs](crate::stock::wms_stockout_pack_search) and [`Request`](crate::stock::wms_stockout_pack_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Pack.search")]
    pub async fn wms_stockout_pack_search(
        &self,
        request: &crate::stock::wms_stockout_pack_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.JitRefund.searchOrderWithDetail`: JIT退货入库单查询 — Query JIT return stock-in orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_stockin_jit_refund_search_order_with_detail) and [`Request`](crate::stock::wms_stockin_jit_refund_search_order_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.JitRefund.searchOrderWithDetail")]
    pub async fn wms_stockin_jit_refund_search_order_with_detail(
        &self,
        request: &crate::stock::wms_stockin_jit_refund_search_order_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.JitOrder.search`: JIT出库单查询 — Query JIT stock-out orders.
    ///
    /// See [the module docs](crate::stock::wms_stockout_jit_order_search) and [`Request`](crate::stock::wms_stockout_jit_order_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.JitOrder.search")]
    pub async fn wms_stockout_jit_order_search(
        &self,
        request: &crate::stock::wms_stockout_jit_order_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.GoodsSN.queryWithDetail`: SN码查询 — Query serial numbers (SN).
    ///
    /// See [the module docs](crate::stock::wms_goods_sn_query_with_detail) and [`Request`](crate::stock::wms_goods_sn_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.GoodsSN.queryWithDetail")]
    pub async fn wms_goods_sn_query_with_detail(
        &self,
        request: &crate::stock::wms_goods_sn_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.settle.OtherIn.upload`: 其它入库业务结算单创建 — Create an other stock-in business settlement document.
    ///
    /// See [the module docs](crate::stock::finance_settle_other_in_upload) and [`Request`](crate::stock::finance_settle_other_in_upload::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "finance.settle.OtherIn.upload")]
    pub async fn finance_settle_other_in_upload(
        &self,
        request: &crate::stock::finance_settle_other_in_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockSpec.search2`: 库存查询2 — Query stock per spec and warehouse (successor of wms.StockSpec.search).
    ///
    /// See [the module docs](crate::stock::wms_stock_spec_search2) and [`Request`](crate::stock::wms_stock_spec_search2::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockSpec.search2")]
    pub async fn wms_stock_spec_search2(
        &self,
        request: &crate::stock::wms_stock_spec_search2::Request,
    ) -> Result<crate::stock::wms_stock_spec_search2::Response, crate::Error> {
        self.send(request).await
    }

    /// `statistic.StockoutCollect.queryCostWithDetail`: 出库瞬时成本查询 — Query the instant cost of stock-outs.
    ///
    /// See [the module docs](crate::stock::statistic_stockout_collect_query_cost_with_detail) and [`Request`](crate::stock::statistic_stockout_collect_query_cost_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "statistic.StockoutCollect.queryCostWithDetail")]
    pub async fn statistic_stockout_collect_query_cost_with_detail(
        &self,
        request: &crate::stock::statistic_stockout_collect_query_cost_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `statistic.StockinCollect.queryCostWithDetail`: 入库瞬时成本查询 — Query the instant cost of stock-ins.
    ///
    /// See [the module docs](crate::stock::statistic_stockin_collect_query_cost_with_detail) and [`Request`](crate::stock::statistic_stockin_collect_query_cost_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "statistic.StockinCollect.queryCostWithDetail")]
    pub async fn statistic_stockin_collect_query_cost_with_detail(
        &self,
        request: &crate::stock::statistic_stockin_collect_query_cost_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockPd.queryStockPd`: 盘点单查询 — Query stocktaking orders.
    ///
    /// See [the module docs](crate::stock::wms_stock_pd_query_stock_pd) and [`Request`](crate::stock::wms_stock_pd_query_stock_pd::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockPd.queryStockPd")]
    pub async fn wms_stock_pd_query_stock_pd(
        &self,
        request: &crate::stock::wms_stock_pd_query_stock_pd::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockPd.queryStockPdDetail`: 盘点单明细查询 — Query stocktaking order lines.
    ///
    /// See [the module docs](crate::stock::wms_stock_pd_query_stock_pd_detail) and [`Request`](crate::stock::wms_stock_pd_query_stock_pd_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockPd.queryStockPdDetail")]
    pub async fn wms_stock_pd_query_stock_pd_detail(
        &self,
        request: &crate::stock::wms_stock_pd_query_stock_pd_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Base.search`: 入库单查询 — Query stock-in orders.
    ///
    /// See [the module docs](crate::stock::wms_stockin_base_search) and [`Request`](crate::stock::wms_stockin_base_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Base.search")]
    pub async fn wms_stockin_base_search(
        &self,
        request: &crate::stock::wms_stockin_base_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Base.search`: 出库单查询 — Query stock-out orders.
    ///
    /// See [the module docs](crate::stock::wms_stockout_base_search) and [`Request`](crate::stock::wms_stockout_base_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Base.search")]
    pub async fn wms_stockout_base_search(
        &self,
        request: &crate::stock::wms_stockout_base_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.StockSpec.stockDetailSearch`: 库存明细查询 — Query stock details of a stock record.
    ///
    /// See [the module docs](crate::stock::wms_stock_spec_stock_detail_search) and [`Request`](crate::stock::wms_stock_spec_stock_detail_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.StockSpec.stockDetailSearch")]
    pub async fn wms_stock_spec_stock_detail_search(
        &self,
        request: &crate::stock::wms_stock_spec_stock_detail_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Base.searchSN`: 出库SN查询 — Query stock-out serial numbers (SN).
    ///
    /// See [the module docs](crate::stock::wms_stockout_base_search_sn) and [`Request`](crate::stock::wms_stockout_base_search_sn::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Base.searchSN")]
    pub async fn wms_stockout_base_search_sn(
        &self,
        request: &crate::stock::wms_stockout_base_search_sn::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Base.searchSN`: 入库SN查询 — Query stock-in serial numbers (SN).
    ///
    /// See [the module docs](crate::stock::wms_stockin_base_search_sn) and [`Request`](crate::stock::wms_stockin_base_search_sn::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Base.searchSN")]
    pub async fn wms_stockin_base_search_sn(
        &self,
        request: &crate::stock::wms_stockin_base_search_sn::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Base.uploadSN`: 入库SN明细推送 — Push stock-in serial-number (SN) details.
    ///
    /// See [the module docs](crate::stock::wms_stockin_base_upload_sn) and [`Request`](crate::stock::wms_stockin_base_upload_sn::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Base.uploadSN")]
    pub async fn wms_stockin_base_upload_sn(
        &self,
        request: &crate::stock::wms_stockin_base_upload_sn::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Base.uploadSN`: 出库SN明细推送 — Push stock-out serial-number (SN) details.
    ///
    /// See [the module docs](crate::stock::wms_stockout_base_upload_sn) and [`Request`](crate::stock::wms_stockout_base_upload_sn::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Base.uploadSN")]
    pub async fn wms_stockout_base_upload_sn(
        &self,
        request: &crate::stock::wms_stockout_base_upload_sn::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Other.cancelOtherOrder`: 其它入库单取消 — Cancel an other stock-in order.
    ///
    /// See [the module docs](crate::stock::wms_stockin_other_cancel_other_order) and [`Request`](crate::stock::wms_stockin_other_cancel_other_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockin.Other.cancelOtherOrder")]
    pub async fn wms_stockin_other_cancel_other_order(
        &self,
        request: &crate::stock::wms_stockin_other_cancel_other_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockout.Other.cancelOtherOrder`: 其它出库单取消 — Cancel an other stock-out order.
    ///
    /// See [the module docs](crate::stock::wms_stockout_other_cancel_other_order) and [`Request`](crate::stock::wms_stockout_other_cancel_other_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockout.Other.cancelOtherOrder")]
    pub async fn wms_stockout_other_cancel_other_order(
        &self,
        request: &crate::stock::wms_stockout_other_cancel_other_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `finance.settle.Logistics.search`: 电子面单号查询 — Query electronic waybill numbers.
    ///
    /// See [the module docs](crate::stock::finance_settle_logistics_search) and [`Request`](crate::stock::finance_settle_logistics_search::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "finance.settle.Logistics.search")]
    pub async fn finance_settle_logistics_search(
        &self,
        request: &crate::stock::finance_settle_logistics_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.GoodsPack.upload`: 箱码新建 — Create box codes.
    ///
    /// See [the module docs](crate::stock::wms_goods_pack_upload) and [`Request`](crate::stock::wms_goods_pack_upload::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.GoodsPack.upload")]
    pub async fn wms_goods_pack_upload(
        &self,
        request: &crate::stock::wms_goods_pack_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockother.In.cancelOrder`: 其它入库业务单据取消 — Cancel other stock-in business documents.
    ///
    /// See [the module docs](crate::stock::wms_stockother_in_cancel_order) and [`Request`](crate::stock::wms_stockother_in_cancel_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockother.In.cancelOrder")]
    pub async fn wms_stockother_in_cancel_order(
        &self,
        request: &crate::stock::wms_stockother_in_cancel_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockother.Out.cancelOrder`: 其它出库业务单据取消 — Cancel other stock-out business documents.
    ///
    /// See [the module docs](crate::stock::wms_stockother_out_cancel_order) and [`Request`](crate::stock::wms_stockother_out_cancel_order::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.stockother.Out.cancelOrder")]
    pub async fn wms_stockother_out_cancel_order(
        &self,
        request: &crate::stock::wms_stockother_out_cancel_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.strategy.VirtualWarehouse.strategyAllocationCreate`: 虚拟仓库存分配策略创建 — Create a virtual-warehouse stock allocation strategy.
    ///
    /// See [the module docs](crate::stock::setting_strategy_virtual_warehouse_strategy_allocation_create) and [`Request`](crate::stock::setting_strategy_virtual_warehouse_strategy_allocation_create::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "setting.strategy.VirtualWarehouse.strategyAllocationCreate")]
    pub async fn setting_strategy_virtual_warehouse_strategy_allocation_create(
        &self,
        request: &crate::stock::setting_strategy_virtual_warehouse_strategy_allocation_create::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.strategy.VirtualWarehouse.reserveExtractAdd`: 虚拟仓库存释放策略新建 — Create a virtual-warehouse stock release strategy.
    ///
    /// See [the module docs](crate::stock::setting_strategy_virtual_warehouse_reserve_extract_add) and [`Request`](crate::stock::setting_strategy_virtual_warehouse_reserve_extract_add::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "setting.strategy.VirtualWarehouse.reserveExtractAdd")]
    pub async fn setting_strategy_virtual_warehouse_reserve_extract_add(
        &self,
        request: &crate::stock::setting_strategy_virtual_warehouse_reserve_extract_add::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.outer.OuterTransfer.createByApi`: 外仓快速调拨 — Create a quick external-warehouse transfer.
    ///
    /// See [the module docs](crate::stock::wms_outer_outer_transfer_create_by_api) and [`Request`](crate::stock::wms_outer_outer_transfer_create_by_api::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.outer.OuterTransfer.createByApi")]
    pub async fn wms_outer_outer_transfer_create_by_api(
        &self,
        request: &crate::stock::wms_outer_outer_transfer_create_by_api::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.GoodsBatch.createByApi`: 批次号创建 — Create batch numbers.
    ///
    /// See [the module docs](crate::stock::wms_goods_batch_create_by_api) and [`Request`](crate::stock::wms_goods_batch_create_by_api::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.GoodsBatch.createByApi")]
    pub async fn wms_goods_batch_create_by_api(
        &self,
        request: &crate::stock::wms_goods_batch_create_by_api::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `setting.strategy.VirtualWarehouse.strategyAllocationQuery`: 虚拟仓库存分配策略查询 — Query virtual-warehouse stock allocation strategies.
    ///
    /// See [the module docs](crate::stock::setting_strategy_virtual_warehouse_strategy_allocation_query) and [`Request`](crate::stock::setting_strategy_virtual_warehouse_strategy_allocation_query::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "setting.strategy.VirtualWarehouse.strategyAllocationQuery")]
    pub async fn setting_strategy_virtual_warehouse_strategy_allocation_query(
        &self,
        request: &crate::stock::setting_strategy_virtual_warehouse_strategy_allocation_query::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.ErrorCorrection.queryWithDetail`: 纠错单查询 — Query error-correction orders with their lines.
    ///
    /// See [the module docs](crate::stock::wms_error_correction_query_with_detail) and [`Request`](crate::stock::wms_error_correction_query_with_detail::Request).
    #[cfg(feature = "stock")]
    #[doc(alias = "wms.ErrorCorrection.queryWithDetail")]
    pub async fn wms_error_correction_query_with_detail(
        &self,
        request: &crate::stock::wms_error_correction_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Refund.queryWithDetail`: 退货入库单查询 — Query return stock-in orders with their lines.
    ///
    /// See [the module docs](crate::aftersales::wms_stockin_refund_query_with_detail) and [`Request`](crate::aftersales::wms_stockin_refund_query_with_detail::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "wms.stockin.Refund.queryWithDetail")]
    pub async fn wms_stockin_refund_query_with_detail(
        &self,
        request: &crate::aftersales::wms_stockin_refund_query_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `aftersales.refund.RawRefund.upload`: 原始退款单推送 — Push raw refund orders.
    ///
    /// See [the module docs](crate::aftersales::aftersales_refund_raw_refund_upload) and [`Request`](crate::aftersales::aftersales_refund_raw_refund_upload::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "aftersales.refund.RawRefund.upload")]
    pub async fn aftersales_refund_raw_refund_upload(
        &self,
        request: &crate::aftersales::aftersales_refund_raw_refund_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.PreStockin.createExt`: 创建退货预入库 — Create a return pre-stock-in.
    ///
    /// See [the module docs](crate::aftersales::wms_stockin_pre_stockin_create_ext) and [`Request`](crate::aftersales::wms_stockin_pre_stockin_create_ext::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "wms.stockin.PreStockin.createExt")]
    pub async fn wms_stockin_pre_stockin_create_ext(
        &self,
        request: &crate::aftersales::wms_stockin_pre_stockin_create_ext::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `aftersales.refund.Refund.search`: 退换单查询 — Query refund and exchange orders with their lines.
    ///
    /// See [the module docs](crate::aftersales::aftersales_refund_refund_search) and [`Request`](crate::aftersales::aftersales_refund_refund_search::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "aftersales.refund.Refund.search")]
    pub async fn aftersales_refund_refund_search(
        &self,
        request: &crate::aftersales::aftersales_refund_refund_search::Request,
    ) -> Result<
        crate::aftersales::aftersales_refund_refund_search::Response,
        crate::Error,
    > {
        self.send(request).await
    }

    /// `wms.stockin.PreStockin.search`: 预入库单据查询 — Query pre-stock-in documents.
    ///
    /// See [the module docs](crate::aftersales::wms_stockin_pre_stockin_search) and [`Request`](crate::aftersales::wms_stockin_pre_stockin_search::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "wms.stockin.PreStockin.search")]
    pub async fn wms_stockin_pre_stockin_search(
        &self,
        request: &crate::aftersales::wms_stockin_pre_stockin_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.PreStockin.cancel`: 退货预入库单取消 — Cancel a return pre-stock-in order.
    ///
    /// See [the module docs](crate::aftersales::wms_stockin_pre_stockin_cancel) and [`Request`](crate::aftersales::wms_stockin_pre_stockin_cancel::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "wms.stockin.PreStockin.cancel")]
    pub async fn wms_stockin_pre_stockin_cancel(
        &self,
        request: &crate::aftersales::wms_stockin_pre_stockin_cancel::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `aftersales.refund.Refund.searchHistory`: 历史退换单查询 — Query archived (history) refund and exchange orders.
    ///
    /// See [the module docs](crate::aftersales::aftersales_refund_refund_search_history) and [`Request`](crate::aftersales::aftersales_refund_refund_search_history::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "aftersales.refund.Refund.searchHistory")]
    pub async fn aftersales_refund_refund_search_history(
        &self,
        request: &crate::aftersales::aftersales_refund_refund_search_history::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `aftersales.refund.RawRefund.search`: 原始退款单查询 — Query raw refund orders.
    ///
    /// See [the module docs](crate::aftersales::aftersales_refund_raw_refund_search) and [`Request`](crate::aftersales::aftersales_refund_raw_refund_search::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "aftersales.refund.RawRefund.search")]
    pub async fn aftersales_refund_raw_refund_search(
        &self,
        request: &crate::aftersales::aftersales_refund_raw_refund_search::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `aftersales.refund.RawRefund.upload2`: 原始退款单推送2 — Push raw refund orders (variant 2); per-order failures come back in error_list.
    ///
    /// See [the module docs](crate::aftersales::aftersales_refund_raw_refund_upload2) and [`Request`](crate::aftersales::aftersales_refund_raw_refund_upload2::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "aftersales.refund.RawRefund.upload2")]
    pub async fn aftersales_refund_raw_refund_upload2(
        &self,
        request: &crate::aftersales::aftersales_refund_raw_refund_upload2::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Refund.createOrder`: 退货入库单推送 — Push a return stock-in order.
    ///
    /// See [the module docs](crate::aftersales::wms_stockin_refund_create_order) and [`Request`](crate::aftersales::wms_stockin_refund_create_order::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "wms.stockin.Refund.createOrder")]
    pub async fn wms_stockin_refund_create_order(
        &self,
        request: &crate::aftersales::wms_stockin_refund_create_order::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.SmartRefund.upload`: 快速退货 — Quick return: create a refund, optionally with a pre-stock-in.
    ///
    /// See [the module docs](crate::aftersales::wms_stockin_smart_refund_upload) and [`Request`](crate::aftersales::wms_stockin_smart_refund_upload::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "wms.stockin.SmartRefund.upload")]
    pub async fn wms_stockin_smart_refund_upload(
        &self,
        request: &crate::aftersales::wms_stockin_smart_refund_upload::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Refund.queryHisWithDetail`: 历史退货入库单查询 — Query archived (history) return stock-in orders with their lines.
    ///
    /// See [the module docs](crate::aftersales::wms_stockin_refund_query_his_with_detail) and [`Request`](crate::aftersales::wms_stockin_refund_query_his_with_detail::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "wms.stockin.Refund.queryHisWithDetail")]
    pub async fn wms_stockin_refund_query_his_with_detail(
        &self,
        request: &crate::aftersales::wms_stockin_refund_query_his_with_detail::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `aftersales.refund.RawRefund.searchHistory`: 历史原始退款单查询 — Query archived (history) raw refund orders.
    ///
    /// See [the module docs](crate::aftersales::aftersales_refund_raw_refund_search_history) and [`Request`](crate::aftersales::aftersales_refund_raw_refund_search_history::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "aftersales.refund.RawRefund.searchHistory")]
    pub async fn aftersales_refund_raw_refund_search_history(
        &self,
        request: &crate::aftersales::aftersales_refund_raw_refund_search_history::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }

    /// `wms.stockin.Refund.returnLogisticsPackageQuery`: 退货物流包裹查询 — Query return logistics packages.
    ///
    /// See [the module docs](crate::aftersales::wms_stockin_refund_return_logistics_package_query) and [`Request`](crate::aftersales::wms_stockin_refund_return_logistics_package_query::Request).
    #[cfg(feature = "aftersales")]
    #[doc(alias = "wms.stockin.Refund.returnLogisticsPackageQuery")]
    pub async fn wms_stockin_refund_return_logistics_package_query(
        &self,
        request: &crate::aftersales::wms_stockin_refund_return_logistics_package_query::Request,
    ) -> Result<crate::json::Value, crate::Error> {
        self.send(request).await
    }
}
