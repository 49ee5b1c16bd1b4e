// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! The `Client` methods of the spec: one per method, behind its group's cargo feature, each
//! sending the method's `Request` (the same as `request.send(&client)`).

impl crate::Client {
    /// `dangdang.item.add`: Add items (with their SKUs) to the shop in a batch; returns the new Dangdang item and SKU ids with a result code per item and per SKU.
    ///
    /// See [the module docs](crate::items::item_add) and [`Request`](crate::items::item_add::Request). Legacy: `addItems.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.item.add")]
    #[doc(alias = "addItems.php")]
    #[doc(alias = "addItems")]
    pub async fn item_add(
        &self,
        request: &crate::items::item_add::Request,
    ) -> Result<crate::items::item_add::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.item.detail.update`: Update the details of several items (and their SKUs) in one call; send only what changes.
    ///
    /// See [the module docs](crate::items::item_detail_update) and [`Request`](crate::items::item_detail_update::Request). Legacy: `updateItemsDetail.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.item.detail.update")]
    #[doc(alias = "updateItemsDetail.php")]
    #[doc(alias = "updateItemsDetail")]
    pub async fn item_detail_update(
        &self,
        request: &crate::items::item_detail_update::Request,
    ) -> Result<crate::items::item_detail_update::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.delete`: Delete an item by its Dangdang id (only the `it` parameter is known; the reply is not).
    ///
    /// See [the module docs](crate::items::items_delete) and [`Request`](crate::items::items_delete::Request). Legacy: `deleteItems.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.delete")]
    #[doc(alias = "deleteItems.php")]
    #[doc(alias = "deleteItems")]
    pub async fn items_delete(
        &self,
        request: &crate::items::items_delete::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.list.get`: Search the shop's items by state, ids, name and modified time, one page at a time.
    ///
    /// See [the module docs](crate::items::items_list_get) and [`Request`](crate::items::items_list_get::Request). Legacy: `searchItems.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.list.get")]
    #[doc(alias = "searchItems.php")]
    #[doc(alias = "searchItems")]
    pub async fn items_list_get(
        &self,
        request: &crate::items::items_list_get::Request,
    ) -> Result<crate::items::items_list_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.item.get`: Get one item's full details (a plain item, a multi-SKU product, or one SKU under it), with its SKUs and pictures.
    ///
    /// See [the module docs](crate::items::item_get) and [`Request`](crate::items::item_get::Request). Legacy: `getItemDetail.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.item.get")]
    #[doc(alias = "getItemDetail.php")]
    #[doc(alias = "getItemDetail")]
    pub async fn item_get(
        &self,
        request: &crate::items::item_get::Request,
    ) -> Result<crate::items::item_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.item.itemid.get`: Look up the Dangdang item id of a merchant outer item id.
    ///
    /// See [the module docs](crate::items::item_itemid_get) and [`Request`](crate::items::item_itemid_get::Request). Legacy: `getItemID.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.item.itemid.get")]
    #[doc(alias = "getItemID.php")]
    #[doc(alias = "getItemID")]
    pub async fn item_itemid_get(
        &self,
        request: &crate::items::item_itemid_get::Request,
    ) -> Result<crate::items::item_itemid_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.item.customid.get`: Legacy `getOuterItemID.php`.
    ///
    /// See [the module docs](crate::items::item_customid_get) and [`Request`](crate::items::item_customid_get::Request). Legacy: `getOuterItemID.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.item.customid.get")]
    #[doc(alias = "getOuterItemID.php")]
    #[doc(alias = "getOuterItemID")]
    pub async fn item_customid_get(
        &self,
        request: &crate::items::item_customid_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.bestpartners.set`: Legacy `setItemsBestPartners.php`.
    ///
    /// See [the module docs](crate::items::items_bestpartners_set) and [`Request`](crate::items::items_bestpartners_set::Request). Legacy: `setItemsBestPartners.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.bestpartners.set")]
    #[doc(alias = "setItemsBestPartners.php")]
    #[doc(alias = "setItemsBestPartners")]
    pub async fn items_bestpartners_set(
        &self,
        request: &crate::items::items_bestpartners_set::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.item.bestpartners.get`: Legacy `getBestPartners.php`.
    ///
    /// See [the module docs](crate::items::item_bestpartners_get) and [`Request`](crate::items::item_bestpartners_get::Request). Legacy: `getBestPartners.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.item.bestpartners.get")]
    #[doc(alias = "getBestPartners.php")]
    #[doc(alias = "getBestPartners")]
    pub async fn item_bestpartners_get(
        &self,
        request: &crate::items::item_bestpartners_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.publiccolumns.set`: Legacy `setItemsPublicColumns.php`.
    ///
    /// See [the module docs](crate::items::items_publiccolumns_set) and [`Request`](crate::items::items_publiccolumns_set::Request). Legacy: `setItemsPublicColumns.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.publiccolumns.set")]
    #[doc(alias = "setItemsPublicColumns.php")]
    #[doc(alias = "setItemsPublicColumns")]
    pub async fn items_publiccolumns_set(
        &self,
        request: &crate::items::items_publiccolumns_set::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.item.publiccolumns.get`: Legacy `getItemPublicColumns.php`.
    ///
    /// See [the module docs](crate::items::item_publiccolumns_get) and [`Request`](crate::items::item_publiccolumns_get::Request). Legacy: `getItemPublicColumns.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.item.publiccolumns.get")]
    #[doc(alias = "getItemPublicColumns.php")]
    #[doc(alias = "getItemPublicColumns")]
    pub async fn item_publiccolumns_get(
        &self,
        request: &crate::items::item_publiccolumns_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.spec.update`: Legacy `updateMultiItemsExtendedAttributes.php`.
    ///
    /// See [the module docs](crate::items::items_spec_update) and [`Request`](crate::items::items_spec_update::Request). Legacy: `updateMultiItemsExtendedAttributes.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.spec.update")]
    #[doc(alias = "updateMultiItemsExtendedAttributes.php")]
    #[doc(alias = "updateMultiItemsExtendedAttributes")]
    pub async fn items_spec_update(
        &self,
        request: &crate::items::items_spec_update::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.extradesctab.update`: Legacy `updateMultiItemsExtendedDescriptions.php`.
    ///
    /// See [the module docs](crate::items::items_extradesctab_update) and [`Request`](crate::items::items_extradesctab_update::Request). Legacy: `updateMultiItemsExtendedDescriptions.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.extradesctab.update")]
    #[doc(alias = "updateMultiItemsExtendedDescriptions.php")]
    #[doc(alias = "updateMultiItemsExtendedDescriptions")]
    pub async fn items_extradesctab_update(
        &self,
        request: &crate::items::items_extradesctab_update::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.codinfo.update`: Legacy `updateMultiItemsCODInfo.php`.
    ///
    /// See [the module docs](crate::items::items_codinfo_update) and [`Request`](crate::items::items_codinfo_update::Request). Legacy: `updateMultiItemsCODInfo.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.codinfo.update")]
    #[doc(alias = "updateMultiItemsCODInfo.php")]
    #[doc(alias = "updateMultiItemsCODInfo")]
    pub async fn items_codinfo_update(
        &self,
        request: &crate::items::items_codinfo_update::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.postage.update`: Legacy `updateMultiItemsPostage.php`.
    ///
    /// See [the module docs](crate::items::items_postage_update) and [`Request`](crate::items::items_postage_update::Request). Legacy: `updateMultiItemsPostage.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.postage.update")]
    #[doc(alias = "updateMultiItemsPostage.php")]
    #[doc(alias = "updateMultiItemsPostage")]
    pub async fn items_postage_update(
        &self,
        request: &crate::items::items_postage_update::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.errorpics.get`: Legacy `getItemsErrorPics.php`.
    ///
    /// See [the module docs](crate::items::items_errorpics_get) and [`Request`](crate::items::items_errorpics_get::Request). Legacy: `getItemsErrorPics.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.errorpics.get")]
    #[doc(alias = "getItemsErrorPics.php")]
    #[doc(alias = "getItemsErrorPics")]
    pub async fn items_errorpics_get(
        &self,
        request: &crate::items::items_errorpics_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.item.stock.update`: Set the stock of one item (or one SKU) to an absolute quantity, by the seller's outer item id.
    ///
    /// See [the module docs](crate::items::item_stock_update) and [`Request`](crate::items::item_stock_update::Request). Legacy: `updateItemStock.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.item.stock.update")]
    #[doc(alias = "updateItemStock.php")]
    #[doc(alias = "updateItemStock")]
    pub async fn item_stock_update(
        &self,
        request: &crate::items::item_stock_update::Request,
    ) -> Result<crate::items::item_stock_update::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.item.price.update`: Set the 当当价 and/or market price of one item, by the seller's outer item id.
    ///
    /// See [the module docs](crate::items::item_price_update) and [`Request`](crate::items::item_price_update::Request). Legacy: `updateItemsInfo.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.item.price.update")]
    #[doc(alias = "updateItemsInfo.php")]
    #[doc(alias = "updateItemsInfo")]
    pub async fn item_price_update(
        &self,
        request: &crate::items::item_price_update::Request,
    ) -> Result<crate::items::item_price_update::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.stock.update`: Set the stock of many items at once (absolute quantities by outer item id); one result per item.
    ///
    /// See [the module docs](crate::items::items_stock_update) and [`Request`](crate::items::items_stock_update::Request). Legacy: `updateMultiItemsStock.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.stock.update")]
    #[doc(alias = "updateMultiItemsStock.php")]
    #[doc(alias = "updateMultiItemsStock")]
    pub async fn items_stock_update(
        &self,
        request: &crate::items::items_stock_update::Request,
    ) -> Result<crate::items::items_stock_update::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.price.update`: Set the 当当价 and market price of many items at once, by outer item id.
    ///
    /// See [the module docs](crate::items::items_price_update) and [`Request`](crate::items::items_price_update::Request). Legacy: `updateMultiItemsInfo.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.price.update")]
    #[doc(alias = "updateMultiItemsInfo.php")]
    #[doc(alias = "updateMultiItemsInfo")]
    pub async fn items_price_update(
        &self,
        request: &crate::items::items_price_update::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.status.update`: List (上架) or delist (下架) many items at once, by Dangdang item id; one result per item.
    ///
    /// See [the module docs](crate::items::items_status_update) and [`Request`](crate::items::items_status_update::Request). Legacy: `updateMultiItemsStatus.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.status.update")]
    #[doc(alias = "updateMultiItemsStatus.php")]
    #[doc(alias = "updateMultiItemsStatus")]
    pub async fn items_status_update(
        &self,
        request: &crate::items::items_status_update::Request,
    ) -> Result<crate::items::items_status_update::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.items.pics.set`: Set the main and colour pictures of many items by uploading a zip of one XML file plus the images it names.
    ///
    /// See [the module docs](crate::items::items_pics_set) and [`Request`](crate::items::items_pics_set::Request). Legacy: `setItemsPics.php`.
    #[cfg(feature = "items")]
    #[doc(alias = "dangdang.items.pics.set")]
    #[doc(alias = "setItemsPics.php")]
    #[doc(alias = "setItemsPics")]
    pub async fn items_pics_set(
        &self,
        request: &crate::items::items_pics_set::Request,
    ) -> Result<crate::items::items_pics_set::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.orders.list.get`: 查询订单列表 — Search orders by state, ids and time windows, one page at a time.
    ///
    /// See [the module docs](crate::orders::orders_list_get) and [`Request`](crate::orders::orders_list_get::Request). Legacy: `searchOrders.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.orders.list.get")]
    #[doc(alias = "searchOrders.php")]
    #[doc(alias = "searchOrders")]
    pub async fn orders_list_get(
        &self,
        request: &crate::orders::orders_list_get::Request,
    ) -> Result<crate::orders::orders_list_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.order.details.get`: 查询订单详情 — Get one order with its buyer, consignee, lines, promotions and invoice.
    ///
    /// See [the module docs](crate::orders::order_details_get) and [`Request`](crate::orders::order_details_get::Request). Legacy: `getOrderDetail.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.order.details.get")]
    #[doc(alias = "getOrderDetail.php")]
    #[doc(alias = "getOrderDetail")]
    pub async fn order_details_get(
        &self,
        request: &crate::orders::order_details_get::Request,
    ) -> Result<crate::orders::order_details_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.order.goods.send`: 订单发货 — Ship self-fulfilled (自发) orders in a batch: moves 正在配货 / 等待发货 orders to 已发货.
    ///
    /// See [the module docs](crate::orders::order_goods_send) and [`Request`](crate::orders::order_goods_send::Request). Legacy: `sendGoods.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.order.goods.send")]
    #[doc(alias = "sendGoods.php")]
    #[doc(alias = "sendGoods")]
    pub async fn order_goods_send(
        &self,
        request: &crate::orders::order_goods_send::Request,
    ) -> Result<crate::orders::order_goods_send::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.order.cancel`: 取消订单 — Cancel an order with a reason code (known only from a legacy `cancelOrder.php` call).
    ///
    /// See [the module docs](crate::orders::order_cancel) and [`Request`](crate::orders::order_cancel::Request). Legacy: `cancelOrder.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.order.cancel")]
    #[doc(alias = "cancelOrder.php")]
    #[doc(alias = "cancelOrder")]
    pub async fn order_cancel(
        &self,
        request: &crate::orders::order_cancel::Request,
    ) -> Result<crate::orders::order_cancel::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.order.orderid.get`: Legacy `getOrderID.php`.
    ///
    /// See [the module docs](crate::orders::order_orderid_get) and [`Request`](crate::orders::order_orderid_get::Request). Legacy: `getOrderID.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.order.orderid.get")]
    #[doc(alias = "getOrderID.php")]
    #[doc(alias = "getOrderID")]
    pub async fn order_orderid_get(
        &self,
        request: &crate::orders::order_orderid_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.order.customid.get`: Legacy `getOuterOrderID.php`.
    ///
    /// See [the module docs](crate::orders::order_customid_get) and [`Request`](crate::orders::order_customid_get::Request). Legacy: `getOuterOrderID.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.order.customid.get")]
    #[doc(alias = "getOuterOrderID.php")]
    #[doc(alias = "getOuterOrderID")]
    pub async fn order_customid_get(
        &self,
        request: &crate::orders::order_customid_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.order.receipt.details.get`: 获取订单面单详情 — Courier waybill (面单) data for up to 100 orders; depending on the order type the call also ships or marks orders (see notes).
    ///
    /// See [the module docs](crate::orders::order_receipt_details_get) and [`Request`](crate::orders::order_receipt_details_get::Request). Legacy: `getMultiOrderCourierReceiptDetails.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.order.receipt.details.get")]
    #[doc(alias = "getMultiOrderCourierReceiptDetails.php")]
    #[doc(alias = "getMultiOrderCourierReceiptDetails")]
    pub async fn order_receipt_details_get(
        &self,
        request: &crate::orders::order_receipt_details_get::Request,
    ) -> Result<crate::orders::order_receipt_details_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.order.return`: 退货处理 — Handle one approved buyer return request: agree to refund, refuse or defer.
    ///
    /// See [the module docs](crate::orders::order_return) and [`Request`](crate::orders::order_return::Request). Legacy: `returnGoods.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.order.return")]
    #[doc(alias = "returnGoods.php")]
    #[doc(alias = "returnGoods")]
    pub async fn order_return(
        &self,
        request: &crate::orders::order_return::Request,
    ) -> Result<crate::orders::order_return::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.order.goods.exchange`: 换货处理 — Handle one approved buyer exchange request: refund when out of stock, confirm, defer or refuse. Marked withdrawn (已下架) in the doc.
    ///
    /// See [the module docs](crate::orders::order_goods_exchange) and [`Request`](crate::orders::order_goods_exchange::Request). Legacy: `exchangeGoods.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.order.goods.exchange")]
    #[doc(alias = "exchangeGoods.php")]
    #[doc(alias = "exchangeGoods")]
    pub async fn order_goods_exchange(
        &self,
        request: &crate::orders::order_goods_exchange::Request,
    ) -> Result<crate::orders::order_goods_exchange::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.orders.exchange.return.list.get`: 查询退换货订单列表 — Search return, exchange and refund-only requests by state, type and request date, ten per page.
    ///
    /// See [the module docs](crate::orders::orders_exchange_return_list_get) and [`Request`](crate::orders::orders_exchange_return_list_get::Request). Legacy: `searchReturnExchangeOrders.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.orders.exchange.return.list.get")]
    #[doc(alias = "searchReturnExchangeOrders.php")]
    #[doc(alias = "searchReturnExchangeOrders")]
    pub async fn orders_exchange_return_list_get(
        &self,
        request: &crate::orders::orders_exchange_return_list_get::Request,
    ) -> Result<crate::orders::orders_exchange_return_list_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.orders.exchange.return.apply.approve`: 退换货申请审核 — Approve (or \[inf\] reject) buyers' return/exchange requests in a batch; required before handling them with dangdang.order.return / dangdang.order.goods.exchange.
    ///
    /// See [the module docs](crate::orders::orders_exchange_return_apply_approve) and [`Request`](crate::orders::orders_exchange_return_apply_approve::Request). Legacy: `updateReturnExchangeOrdersApprStatus.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.orders.exchange.return.apply.approve")]
    #[doc(alias = "updateReturnExchangeOrdersApprStatus.php")]
    #[doc(alias = "updateReturnExchangeOrdersApprStatus")]
    pub async fn orders_exchange_return_apply_approve(
        &self,
        request: &crate::orders::orders_exchange_return_apply_approve::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.orders.distristatus.update`: 批量更新订单配送状态 — Mark the delivery result of shipped self-ship (自发) orders, up to 100 per call.
    ///
    /// See [the module docs](crate::orders::orders_distristatus_update) and [`Request`](crate::orders::orders_distristatus_update::Request). Legacy: `updateMultiOrdersDistriStatus.php`.
    #[cfg(feature = "orders")]
    #[doc(alias = "dangdang.orders.distristatus.update")]
    #[doc(alias = "updateMultiOrdersDistriStatus.php")]
    #[doc(alias = "updateMultiOrdersDistriStatus")]
    pub async fn orders_distristatus_update(
        &self,
        request: &crate::orders::orders_distristatus_update::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.shop.ddcategory.get`: Get the Dangdang standard category tree with each category's attribute template: standard attributes and their options, sale-attribute names and the labels of the extra description tabs.
    ///
    /// See [the module docs](crate::shop::shop_ddcategory_get) and [`Request`](crate::shop::shop_ddcategory_get::Request). Legacy: `getDDCategory.php`.
    #[cfg(feature = "shop")]
    #[doc(alias = "dangdang.shop.ddcategory.get")]
    #[doc(alias = "getDDCategory.php")]
    #[doc(alias = "getDDCategory")]
    pub async fn shop_ddcategory_get(
        &self,
        request: &crate::shop::shop_ddcategory_get::Request,
    ) -> Result<crate::shop::shop_ddcategory_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.shop.ddsaleprops.get`: Get the sale attributes (colour/size classes) with their options.
    ///
    /// See [the module docs](crate::shop::shop_ddsaleprops_get) and [`Request`](crate::shop::shop_ddsaleprops_get::Request). Legacy: `getSpecialAttributeClass.php`.
    #[cfg(feature = "shop")]
    #[doc(alias = "dangdang.shop.ddsaleprops.get")]
    #[doc(alias = "getSpecialAttributeClass.php")]
    #[doc(alias = "getSpecialAttributeClass")]
    pub async fn shop_ddsaleprops_get(
        &self,
        request: &crate::shop::shop_ddsaleprops_get::Request,
    ) -> Result<crate::shop::shop_ddsaleprops_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.shop.ddbrand.get`: Get Dangdang brand names.
    ///
    /// See [the module docs](crate::shop::shop_ddbrand_get) and [`Request`](crate::shop::shop_ddbrand_get::Request). Legacy: `getDDBrand.php`.
    #[cfg(feature = "shop")]
    #[doc(alias = "dangdang.shop.ddbrand.get")]
    #[doc(alias = "getDDBrand.php")]
    #[doc(alias = "getDDBrand")]
    pub async fn shop_ddbrand_get(
        &self,
        request: &crate::shop::shop_ddbrand_get::Request,
    ) -> Result<crate::shop::shop_ddbrand_get::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.shop.category.get`: 下载店内分类 — Download the shop's own (店内) categories.
    ///
    /// See [the module docs](crate::shop::shop_category_get) and [`Request`](crate::shop::shop_category_get::Request). Legacy: `getShopCategory.php`.
    #[cfg(feature = "shop")]
    #[doc(alias = "dangdang.shop.category.get")]
    #[doc(alias = "getShopCategory.php")]
    #[doc(alias = "getShopCategory")]
    pub async fn shop_category_get(
        &self,
        request: &crate::shop::shop_category_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.shop.spec.get`: Legacy `getExtendedAttributeClass.php`.
    ///
    /// See [the module docs](crate::shop::shop_spec_get) and [`Request`](crate::shop::shop_spec_get::Request). Legacy: `getExtendedAttributeClass.php`.
    #[cfg(feature = "shop")]
    #[doc(alias = "dangdang.shop.spec.get")]
    #[doc(alias = "getExtendedAttributeClass.php")]
    #[doc(alias = "getExtendedAttributeClass")]
    pub async fn shop_spec_get(
        &self,
        request: &crate::shop::shop_spec_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.shop.ddcategorynew.get`: Legacy `getDDCategoryNew.php`.
    ///
    /// See [the module docs](crate::shop::shop_ddcategorynew_get) and [`Request`](crate::shop::shop_ddcategorynew_get::Request). Legacy: `getDDCategoryNew.php`.
    #[cfg(feature = "shop")]
    #[doc(alias = "dangdang.shop.ddcategorynew.get")]
    #[doc(alias = "getDDCategoryNew.php")]
    #[doc(alias = "getDDCategoryNew")]
    pub async fn shop_ddcategorynew_get(
        &self,
        request: &crate::shop::shop_ddcategorynew_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.shop.coupons.list`: Legacy `coupon_list.php`.
    ///
    /// See [the module docs](crate::shop::shop_coupons_list) and [`Request`](crate::shop::shop_coupons_list::Request). Legacy: `coupon_list.php`.
    #[cfg(feature = "shop")]
    #[doc(alias = "dangdang.shop.coupons.list")]
    #[doc(alias = "coupon_list.php")]
    #[doc(alias = "coupon_list")]
    pub async fn shop_coupons_list(
        &self,
        request: &crate::shop::shop_coupons_list::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.shop.coupon.send`: 礼券批量发放 — Issue coupons of one coupon batch to a list of customers.
    ///
    /// See [the module docs](crate::shop::shop_coupon_send) and [`Request`](crate::shop::shop_coupon_send::Request). Legacy: `coupon_bind.php`.
    #[cfg(feature = "shop")]
    #[doc(alias = "dangdang.shop.coupon.send")]
    #[doc(alias = "coupon_bind.php")]
    #[doc(alias = "coupon_bind")]
    pub async fn shop_coupon_send(
        &self,
        request: &crate::shop::shop_coupon_send::Request,
    ) -> Result<crate::shop::shop_coupon_send::Response, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.promotions.list.get`: Legacy `searchPromotions.php`.
    ///
    /// See [the module docs](crate::promotions::promotions_list_get) and [`Request`](crate::promotions::promotions_list_get::Request). Legacy: `searchPromotions.php`.
    #[cfg(feature = "promotions")]
    #[doc(alias = "dangdang.promotions.list.get")]
    #[doc(alias = "searchPromotions.php")]
    #[doc(alias = "searchPromotions")]
    pub async fn promotions_list_get(
        &self,
        request: &crate::promotions::promotions_list_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.promotion.get`: Legacy `getPromotion.php`.
    ///
    /// See [the module docs](crate::promotions::promotion_get) and [`Request`](crate::promotions::promotion_get::Request). Legacy: `getPromotion.php`.
    #[cfg(feature = "promotions")]
    #[doc(alias = "dangdang.promotion.get")]
    #[doc(alias = "getPromotion.php")]
    #[doc(alias = "getPromotion")]
    pub async fn promotion_get(
        &self,
        request: &crate::promotions::promotion_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.promotion.itemtype.update`: Legacy `updateItemType.php`.
    ///
    /// See [the module docs](crate::promotions::promotion_itemtype_update) and [`Request`](crate::promotions::promotion_itemtype_update::Request). Legacy: `updateItemType.php`.
    #[cfg(feature = "promotions")]
    #[doc(alias = "dangdang.promotion.itemtype.update")]
    #[doc(alias = "updateItemType.php")]
    #[doc(alias = "updateItemType")]
    pub async fn promotion_itemtype_update(
        &self,
        request: &crate::promotions::promotion_itemtype_update::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.promotions.enddate.update`: Legacy `updateMultiPromosEndDate.php`.
    ///
    /// See [the module docs](crate::promotions::promotions_enddate_update) and [`Request`](crate::promotions::promotions_enddate_update::Request). Legacy: `updateMultiPromosEndDate.php`.
    #[cfg(feature = "promotions")]
    #[doc(alias = "dangdang.promotions.enddate.update")]
    #[doc(alias = "updateMultiPromosEndDate.php")]
    #[doc(alias = "updateMultiPromosEndDate")]
    pub async fn promotions_enddate_update(
        &self,
        request: &crate::promotions::promotions_enddate_update::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.promotions.offprice.add`: Legacy `addMultiOffPricePromos.php`.
    ///
    /// See [the module docs](crate::promotions::promotions_offprice_add) and [`Request`](crate::promotions::promotions_offprice_add::Request). Legacy: `addMultiOffPricePromos.php`.
    #[cfg(feature = "promotions")]
    #[doc(alias = "dangdang.promotions.offprice.add")]
    #[doc(alias = "addMultiOffPricePromos.php")]
    #[doc(alias = "addMultiOffPricePromos")]
    pub async fn promotions_offprice_add(
        &self,
        request: &crate::promotions::promotions_offprice_add::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.promotions.offprice.update`: Legacy `updateMultiOffPricePromos.php`.
    ///
    /// See [the module docs](crate::promotions::promotions_offprice_update) and [`Request`](crate::promotions::promotions_offprice_update::Request). Legacy: `updateMultiOffPricePromos.php`.
    #[cfg(feature = "promotions")]
    #[doc(alias = "dangdang.promotions.offprice.update")]
    #[doc(alias = "updateMultiOffPricePromos.php")]
    #[doc(alias = "updateMultiOffPricePromos")]
    pub async fn promotions_offprice_update(
        &self,
        request: &crate::promotions::promotions_offprice_update::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.qa.list.get`: Legacy `searchQA.php`.
    ///
    /// See [the module docs](crate::qa::qa_list_get) and [`Request`](crate::qa::qa_list_get::Request). Legacy: `searchQA.php`.
    #[cfg(feature = "qa")]
    #[doc(alias = "dangdang.qa.list.get")]
    #[doc(alias = "searchQA.php")]
    #[doc(alias = "searchQA")]
    pub async fn qa_list_get(
        &self,
        request: &crate::qa::qa_list_get::Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        self.send(request).await
    }

    /// `dangdang.qa.answer`: Answer buyer questions (留言) in a batch; the page says the same call can also change a question's display state or delete questions.
    ///
    /// See [the module docs](crate::qa::qa_answer) and [`Request`](crate::qa::qa_answer::Request). Legacy: `answerQA.php`.
    #[cfg(feature = "qa")]
    #[doc(alias = "dangdang.qa.answer")]
    #[doc(alias = "answerQA.php")]
    #[doc(alias = "answerQA")]
    pub async fn qa_answer(
        &self,
        request: &crate::qa::qa_answer::Request,
    ) -> Result<crate::qa::qa_answer::Response, crate::Error> {
        self.send(request).await
    }
}
