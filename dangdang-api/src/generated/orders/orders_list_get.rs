// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.orders.list.get`: 查询订单列表 — Search orders by state, ids and time windows, one page at a time.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/searchOrders.php`
//! - Transport: GET, parameters in the query string
//! - Safety: read (safe to retry)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-132: Official doc page 132 (orders.list.get), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=132>
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//! - DS: a C# SDK DdSdk (repository not identified)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - HL: halentest/dongganjituan: Java shop ERP DangdangService (2013)
//! - EF: Baison eFAST PHP adapter DangdangAPIModel and its MySQL column comments (repository not identified)
//! - WD: a Wangdian-style PHP ERP DangdangClient (repository not identified)
//! - DC: a PHP distributor sync dangdang11Cron.php, 2018 (repository not identified)
//! - D1: ACGT/d1: HttpInvokeUtil and JSP pages of the d1.com.cn shop
//! - TM: a Java TreeMap test listing searchOrders parameter names in doc order (repository not identified)
//!
//! Notes:
//! - Verb GET per DOC-132 \[1\]; form POST is also used in the wild \[2+: DG, WD\].
//! - Calls send v=1.0; DOC-132 (2021) says V1.0 is offline in favour of V3.0 and that `v` carries the major version \[1\].
//! - Client practice \[2+\]: use either `osd`/`oed` or `lastModifyTime_*`, never both; WD walks the window in 5-minute slices, WF in 1-day slices.
//! - With zero results `OrdersList` may be absent and `pageTotal` empty or 0 \[2+: WD, WF\].
//! - From 2021-09-01 consignee name, phones and address come back encrypted and `encrypt_content` is added (v3.0) \[1: DOC-132\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.orders.list.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/searchOrders.php";

/// Request for `dangdang.orders.list.get` (searchOrders.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.orders.list.get")]
#[doc(alias = "searchOrders.php")]
#[doc(alias = "searchOrders")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — One order id; accepts a package id or a parent order id.
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[1\] DOC-132 (+ D1, TM).
    #[doc(alias = "o")]
    pub order_id: Option<i64>,
    /// 外部订单编号 — Seller's external order id (letters, digits or Chinese), package or parent.
    ///
    /// Wire name: `outerOrderID` (text).
    /// Certainty: \[1\] DOC-132 (+ TM).
    pub outer_order_id: Option<String>,
    /// 商品编号 — Dangdang product ids (the wire value is comma-separated with half-width `,`). Each id is text: the reference types the parameter `string` and gives no id type.
    ///
    /// Wire name: `productID` (text).
    /// A list: sent as one value, the entries joined with `,`.
    /// Not sent when empty.
    /// Certainty: \[1\] DOC-132 (+ TM).
    #[doc(alias = "productID")]
    pub product_ids: Vec<String>,
    /// 企业商品标识符 — Seller item code.
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] DOC-132 (+ TM).
    #[doc(alias = "oit")]
    pub outer_item_id: Option<String>,
    /// 订单状态 — Order-state filter; 9999 means all.
    ///
    /// Wire name: `os` (code table [`OrderState`](crate::types::OrderState)).
    /// Server default when omitted: `101`.
    /// Certainty: \[2+\] DOC-132, DS, DG.
    #[doc(alias = "os")]
    pub order_state: Option<crate::types::OrderState>,
    /// 送货方式 — Delivery-mode filter.
    ///
    /// Wire name: `sm` (code table [`DeliveryModeFilter`](crate::types::DeliveryModeFilter)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[1\] DOC-132 (+ D1 sends 9999).
    #[doc(alias = "sm")]
    pub delivery_mode: Option<crate::types::DeliveryModeFilter>,
    /// 付款方式 — Payment-mode filter; the code table was not recovered (page truncated), D1 sends 9999.
    ///
    /// Wire name: `pm` (integer).
    /// Certainty: \[1\] DOC-132 / \[1\] D1.
    #[doc(alias = "pm")]
    pub pay_mode: Option<i32>,
    /// 配送方式 — Shipping-mode filter; values unknown except 9999.
    ///
    /// Wire name: `sendMode` (text).
    /// Server default when omitted: `9999`.
    /// Certainty: \[2+\] D1, WF, TM.
    pub send_mode: Option<String>,
    /// Listed between `sendMode` and `lastModifyTime_start`; meaning not found (\[inf\] consignee name).
    ///
    /// Wire name: `name` (text; buyer personal data, redacted in `Debug`).
    /// Certainty: \[1\] TM.
    pub name: Option<crate::Personal>,
    /// 最后修改时间开始 — Start of the last-modified window.
    ///
    /// Wire name: `lastModifyTime_start` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Limits: span to lastModifyTime_end at most 15 days (EF comment).
    /// Certainty: \[2+\] DG, DS, WF, WD, EF.
    pub last_modify_time_start: Option<crate::BeijingTime>,
    /// 最后修改时间结束 — End of the last-modified window.
    ///
    /// Wire name: `lastModifyTime_end` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, DS, WF, WD, EF.
    pub last_modify_time_end: Option<crate::BeijingTime>,
    /// 下单开始日期 — Start of the order-placed window (maximum span not found).
    ///
    /// Wire name: `osd` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, HL, DC.
    #[doc(alias = "osd")]
    pub order_time_start: Option<crate::BeijingTime>,
    /// 下单结束日期 — End of the order-placed window.
    ///
    /// Wire name: `oed` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, HL, DC.
    #[doc(alias = "oed")]
    pub order_time_end: Option<crate::BeijingTime>,
    /// In TM's list; \[inf\] send-goods start date (by name only). The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `sgsd` (text).
    /// Certainty: \[1\] TM.
    #[doc(alias = "sgsd")]
    pub send_goods_start: Option<String>,
    /// In TM's list; \[inf\] send-goods end date (by name only). The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `sged` (text).
    /// Certainty: \[1\] TM.
    #[doc(alias = "sged")]
    pub send_goods_end: Option<String>,
    /// In TM's list; \[inf\] order label filter (by name only). The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `ol` (text).
    /// Certainty: \[1\] TM.
    #[doc(alias = "ol")]
    pub order_label: Option<String>,
    /// 每页条数 — Page size.
    ///
    /// Wire name: `pageSize` (integer).
    /// Server default when omitted: `20`.
    /// Allowed values (checked before sending): `5`, `10`, `15`, `20`.
    /// Certainty: \[2+\] DG comment, DS response comment.
    pub page_size: Option<i32>,
    /// 页码 — Page number, 1-based.
    ///
    /// Wire name: `p` (integer).
    /// Server default when omitted: `1`.
    /// Certainty: \[2+\] DG, DS, WF, HL, EF.
    #[doc(alias = "p")]
    pub page: Option<i32>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
    }

    /// 订单编号 — One order id; accepts a package id or a parent order id.
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[1\] DOC-132 (+ D1, TM).
    #[doc(alias = "o")]
    pub fn order_id(mut self, order_id: i64) -> Self {
        self.order_id = Some(order_id);
        self
    }

    /// 外部订单编号 — Seller's external order id (letters, digits or Chinese), package or parent.
    ///
    /// Wire name: `outerOrderID` (text).
    /// Certainty: \[1\] DOC-132 (+ TM).
    pub fn outer_order_id(mut self, outer_order_id: impl Into<String>) -> Self {
        self.outer_order_id = Some(outer_order_id.into());
        self
    }

    /// 商品编号 — Dangdang product ids (the wire value is comma-separated with half-width `,`). Each id is text: the reference types the parameter `string` and gives no id type.
    ///
    /// Wire name: `productID` (text).
    /// A list: sent as one value, the entries joined with `,`.
    /// Not sent when empty.
    /// Certainty: \[1\] DOC-132 (+ TM).
    #[doc(alias = "productID")]
    pub fn product_ids(
        mut self,
        product_ids: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.product_ids = product_ids.into_iter().map(Into::into).collect();
        self
    }

    /// 企业商品标识符 — Seller item code.
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] DOC-132 (+ TM).
    #[doc(alias = "oit")]
    pub fn outer_item_id(mut self, outer_item_id: impl Into<String>) -> Self {
        self.outer_item_id = Some(outer_item_id.into());
        self
    }

    /// 订单状态 — Order-state filter; 9999 means all.
    ///
    /// Wire name: `os` (code table [`OrderState`](crate::types::OrderState)).
    /// Server default when omitted: `101`.
    /// Certainty: \[2+\] DOC-132, DS, DG.
    #[doc(alias = "os")]
    pub fn order_state(mut self, order_state: crate::types::OrderState) -> Self {
        self.order_state = Some(order_state);
        self
    }

    /// 送货方式 — Delivery-mode filter.
    ///
    /// Wire name: `sm` (code table [`DeliveryModeFilter`](crate::types::DeliveryModeFilter)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[1\] DOC-132 (+ D1 sends 9999).
    #[doc(alias = "sm")]
    pub fn delivery_mode(
        mut self,
        delivery_mode: crate::types::DeliveryModeFilter,
    ) -> Self {
        self.delivery_mode = Some(delivery_mode);
        self
    }

    /// 付款方式 — Payment-mode filter; the code table was not recovered (page truncated), D1 sends 9999.
    ///
    /// Wire name: `pm` (integer).
    /// Certainty: \[1\] DOC-132 / \[1\] D1.
    #[doc(alias = "pm")]
    pub fn pay_mode(mut self, pay_mode: i32) -> Self {
        self.pay_mode = Some(pay_mode);
        self
    }

    /// 配送方式 — Shipping-mode filter; values unknown except 9999.
    ///
    /// Wire name: `sendMode` (text).
    /// Server default when omitted: `9999`.
    /// Certainty: \[2+\] D1, WF, TM.
    pub fn send_mode(mut self, send_mode: impl Into<String>) -> Self {
        self.send_mode = Some(send_mode.into());
        self
    }

    /// Listed between `sendMode` and `lastModifyTime_start`; meaning not found (\[inf\] consignee name).
    ///
    /// Wire name: `name` (text; buyer personal data, redacted in `Debug`).
    /// Certainty: \[1\] TM.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(crate::Personal::new(name.into()));
        self
    }

    /// 最后修改时间开始 — Start of the last-modified window.
    ///
    /// Wire name: `lastModifyTime_start` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Limits: span to lastModifyTime_end at most 15 days (EF comment).
    /// Certainty: \[2+\] DG, DS, WF, WD, EF.
    pub fn last_modify_time_start(
        mut self,
        last_modify_time_start: impl Into<crate::BeijingTime>,
    ) -> Self {
        self.last_modify_time_start = Some(last_modify_time_start.into());
        self
    }

    /// 最后修改时间结束 — End of the last-modified window.
    ///
    /// Wire name: `lastModifyTime_end` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, DS, WF, WD, EF.
    pub fn last_modify_time_end(
        mut self,
        last_modify_time_end: impl Into<crate::BeijingTime>,
    ) -> Self {
        self.last_modify_time_end = Some(last_modify_time_end.into());
        self
    }

    /// 下单开始日期 — Start of the order-placed window (maximum span not found).
    ///
    /// Wire name: `osd` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, HL, DC.
    #[doc(alias = "osd")]
    pub fn order_time_start(
        mut self,
        order_time_start: impl Into<crate::BeijingTime>,
    ) -> Self {
        self.order_time_start = Some(order_time_start.into());
        self
    }

    /// 下单结束日期 — End of the order-placed window.
    ///
    /// Wire name: `oed` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, HL, DC.
    #[doc(alias = "oed")]
    pub fn order_time_end(
        mut self,
        order_time_end: impl Into<crate::BeijingTime>,
    ) -> Self {
        self.order_time_end = Some(order_time_end.into());
        self
    }

    /// In TM's list; \[inf\] send-goods start date (by name only). The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `sgsd` (text).
    /// Certainty: \[1\] TM.
    #[doc(alias = "sgsd")]
    pub fn send_goods_start(mut self, send_goods_start: impl Into<String>) -> Self {
        self.send_goods_start = Some(send_goods_start.into());
        self
    }

    /// In TM's list; \[inf\] send-goods end date (by name only). The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `sged` (text).
    /// Certainty: \[1\] TM.
    #[doc(alias = "sged")]
    pub fn send_goods_end(mut self, send_goods_end: impl Into<String>) -> Self {
        self.send_goods_end = Some(send_goods_end.into());
        self
    }

    /// In TM's list; \[inf\] order label filter (by name only). The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `ol` (text).
    /// Certainty: \[1\] TM.
    #[doc(alias = "ol")]
    pub fn order_label(mut self, order_label: impl Into<String>) -> Self {
        self.order_label = Some(order_label.into());
        self
    }

    /// 每页条数 — Page size.
    ///
    /// Wire name: `pageSize` (integer).
    /// Server default when omitted: `20`.
    /// Allowed values (checked before sending): `5`, `10`, `15`, `20`.
    /// Certainty: \[2+\] DG comment, DS response comment.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// 页码 — Page number, 1-based.
    ///
    /// Wire name: `p` (integer).
    /// Server default when omitted: `1`.
    /// Certainty: \[2+\] DG, DS, WF, HL, EF.
    #[doc(alias = "p")]
    pub fn page(mut self, page: i32) -> Self {
        self.page = Some(page);
        self
    }

    /// Adds a parameter the spec does not know, by wire name.
    pub fn param(
        mut self,
        wire_name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.extra_params.push((wire_name.into(), value.into()));
        self
    }
}

impl crate::Method for Request {
    type Response = Response;

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDERS_LIST_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("o", &self.order_id);
        params.opt("outerOrderID", &self.outer_order_id);
        if !self.product_ids.is_empty() {
            let joined = self
                .product_ids
                .iter()
                .map(crate::wire::text)
                .collect::<Vec<_>>()
                .join(",");
            crate::rt::check_list_len(
                METHOD,
                "productID",
                &joined,
                self.product_ids.len(),
            )?;
            params.req("productID", &joined);
        }
        params.opt("oit", &self.outer_item_id);
        params.opt("os", &self.order_state);
        params.opt("sm", &self.delivery_mode);
        params.opt("pm", &self.pay_mode);
        params.opt("sendMode", &self.send_mode);
        params.opt("name", &self.name);
        params.opt("lastModifyTime_start", &self.last_modify_time_start);
        params.opt("lastModifyTime_end", &self.last_modify_time_end);
        params.opt("osd", &self.order_time_start);
        params.opt("oed", &self.order_time_end);
        params.opt("sgsd", &self.send_goods_start);
        params.opt("sged", &self.send_goods_end);
        params.opt("ol", &self.order_label);
        params
            .opt_checked(
                "pageSize",
                &self.page_size,
                &[crate::Rule::OneOf(&["5", "10", "15", "20"])],
            )?;
        params.opt("p", &self.page);
        params
            .span(
                ("lastModifyTime_start", self.last_modify_time_start.as_ref()),
                ("lastModifyTime_end", self.last_modify_time_end.as_ref()),
                15u32,
            )?;
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

impl crate::Paged for Request {
    type Item = OrderInfo;

    const FIRST_PAGE: i32 = 1;

    fn page(&self) -> Option<i32> {
        self.page
    }

    fn set_page(&mut self, page: i32) {
        self.page = Some(page);
    }

    fn page_size(&self) -> Option<i32> {
        self.page_size
    }

    fn total(response: &Response) -> crate::Total {
        crate::Total::pages(response.total_info.as_ref().and_then(|v| v.page_total))
    }

    fn items(response: &mut Response) -> &mut Vec<OrderInfo> {
        &mut response.orders_list
    }
}

/// 查询订单列表 — Search orders by state, ids and time windows, one page at a time.
///
/// Element `response`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
    pub function_id: Option<String>,
    /// `time`: when the server answered, Beijing time.
    pub time: Option<crate::BeijingTime>,
    /// 统计信息 — Totals and paging of the query.
    ///
    /// Wire name: `totalInfo`.
    /// Certainty: \[2+\] DG, DS; HL, D1, WD, EF, DC in part.
    pub total_info: Option<TotalInfo>,
    /// 订单列表 — The orders on this page; absent when nothing matched.
    ///
    /// Wire name: `OrdersList` › `OrderInfo*`.
    pub orders_list: Vec<OrderInfo>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            total_info: None,
            orders_list: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"totalInfo") => out.total_info = decoder.opt_nested()?,
                Some(b"OrdersList") => {
                    decoder.list_of(b"OrderInfo", &mut out.orders_list)?
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// 统计信息 — Totals and paging of the query.
///
/// Element `totalInfo`.
/// Certainty: \[2+\] DG, DS; HL, D1, WD, EF, DC in part.
///
/// To build one in a test: `let mut value = TotalInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TotalInfo {
    /// 等待发货订单数 — Orders awaiting shipment, independent of the query filter.
    ///
    /// Wire name: `sendGoodsOrderCount` (integer).
    pub send_goods_order_count: Option<i32>,
    /// 需处理退换货订单数 — Orders awaiting return/exchange handling (no longer provided in v3).
    ///
    /// Wire name: `needExchangeOrderCount` (integer).
    pub need_exchange_order_count: Option<i32>,
    /// 订单总数 — Orders matching the query.
    ///
    /// Wire name: `orderCount` (integer).
    pub order_count: Option<i32>,
    /// 订单总金额 — Sum over all matched orders.
    ///
    /// Wire name: `totalOrderMoney` (decimal yuan).
    pub total_order_money: Option<crate::Decimal>,
    /// 每页条数 — Page size (5/10/15/20).
    ///
    /// Wire name: `pageSize` (integer).
    pub page_size: Option<i32>,
    /// 总页数 — Number of pages.
    ///
    /// Wire name: `pageTotal` (integer).
    pub page_total: Option<i32>,
    /// 当前页 — Current page number.
    ///
    /// Wire name: `currentPage` (integer).
    pub current_page: Option<i32>,
}

impl crate::xml_decode::FromXml for TotalInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            send_goods_order_count: None,
            need_exchange_order_count: None,
            order_count: None,
            total_order_money: None,
            page_size: None,
            page_total: None,
            current_page: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"sendGoodsOrderCount") => {
                    out.send_goods_order_count = decoder.opt()?;
                }
                Some(b"needExchangeOrderCount") => {
                    out.need_exchange_order_count = decoder.opt()?;
                }
                Some(b"orderCount") => out.order_count = decoder.opt()?,
                Some(b"totalOrderMoney") => out.total_order_money = decoder.opt()?,
                Some(b"pageSize") => out.page_size = decoder.opt()?,
                Some(b"pageTotal") => out.page_total = decoder.opt()?,
                Some(b"currentPage") => out.current_page = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// 订单信息 — One order.
///
/// Element `OrderInfo`.
/// Certainty: orderID \[2+\] all; consignee name/address/mobile and paymentDate \[2+\] DG, DC; others \[1\] DG.
///
/// To build one in a test: `let mut value = OrderInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OrderInfo {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `orderID` (integer).
    /// Certainty: \[2+\] all sources (DG, DS, HL, WF, WD, EF, DC); in every published example.
    pub order_id: i64,
    /// 收货人姓名 — Consignee name (encrypted from 2021-09-01).
    ///
    /// Wire name: `consigneeName` (text; buyer personal data, redacted in `Debug`).
    pub consignee_name: Option<crate::Personal>,
    /// 收货人固定电话 — Consignee landline (encrypted from 2021-09-01).
    ///
    /// Wire name: `consigneeTel` (text; buyer personal data, redacted in `Debug`).
    pub consignee_tel: Option<crate::Personal>,
    /// 收货人手机 — Consignee mobile (encrypted from 2021-09-01).
    ///
    /// Wire name: `consigneeMobileTel` (text; buyer personal data, redacted in `Debug`).
    pub consignee_mobile_tel: Option<crate::Personal>,
    /// 收货地址 — Consignee address (encrypted from 2021-09-01).
    ///
    /// Wire name: `consigneeAddr` (text; buyer personal data, redacted in `Debug`).
    pub consignee_addr: Option<crate::Personal>,
    /// 当当仓库地址 — Dangdang warehouse address.
    ///
    /// Wire name: `DangdangWarehouseAddr` (text).
    pub dangdang_warehouse_addr: Option<String>,
    /// 送货方式 — Delivery mode text, `${快递方式}送货上门${送货时间段}`.
    ///
    /// Wire name: `sendGoodsMode` (text).
    pub send_goods_mode: Option<String>,
    /// 订单金额 — Order amount.
    ///
    /// Wire name: `orderMoney` (decimal yuan).
    pub order_money: Option<crate::Decimal>,
    /// 下单时间 — When the order was placed.
    ///
    /// Wire name: `orderTimeStart` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub order_time_start: Option<crate::BeijingTime>,
    /// 最后修改时间 — Last modification time.
    ///
    /// Wire name: `lastModifyTime` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub last_modify_time: Option<crate::BeijingTime>,
    /// 订单状态 — Order state.
    ///
    /// Wire name: `orderState` (code table [`OrderState`](crate::types::OrderState)).
    pub order_state: Option<crate::types::OrderState>,
    /// 订单状态 — Order state (second field).
    ///
    /// Wire name: `orderStatus` (code table [`OrderState`](crate::types::OrderState)).
    pub order_status: Option<crate::types::OrderState>,
    /// 是否已打印快递单 — Whether the waybill was printed (deprecated in v3).
    ///
    /// Wire name: `isCourierReceiptDetail` (text).
    pub is_courier_receipt_detail: Option<String>,
    /// 外部订单编号 — Seller's external order id.
    ///
    /// Wire name: `outerOrderID` (text).
    pub outer_order_id: Option<String>,
    /// 商家备注 — Seller remark.
    ///
    /// Wire name: `remark` (text).
    pub remark: Option<String>,
    /// 标记 — Colour label.
    ///
    /// Wire name: `label` (code table [`OrderLabel`](crate::types::OrderLabel)).
    pub label: Option<crate::types::OrderLabel>,
    /// 付款时间 — Payment time.
    ///
    /// Wire name: `paymentDate` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub payment_date: Option<crate::BeijingTime>,
    /// 发货方式 — Who ships.
    ///
    /// Wire name: `orderMode` (code table [`OrderMode`](crate::types::OrderMode)).
    pub order_mode: Option<crate::types::OrderMode>,
    /// 是否预售 — Pre-sale order.
    ///
    /// Wire name: `isPresale` (`1` / `0`).
    pub is_presale: Option<bool>,
    /// 发货时间 — Shipping time.
    ///
    /// Wire name: `sendDate` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub send_date: Option<crate::BeijingTime>,
    /// 原始订单编号 — Original order id.
    ///
    /// Wire name: `originalOrderId` (text).
    pub original_order_id: Option<String>,
    /// 加密内容 — Encrypted consignee block (v3+), for the decrypt API.
    ///
    /// Wire name: `encrypt_content` (text; buyer personal data, redacted in `Debug`).
    pub encrypt_content: Option<crate::Personal>,
}

impl crate::xml_decode::FromXml for OrderInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut order_id = None;
        let mut consignee_name = None;
        let mut consignee_tel = None;
        let mut consignee_mobile_tel = None;
        let mut consignee_addr = None;
        let mut dangdang_warehouse_addr = None;
        let mut send_goods_mode = None;
        let mut order_money = None;
        let mut order_time_start = None;
        let mut last_modify_time = None;
        let mut order_state = None;
        let mut order_status = None;
        let mut is_courier_receipt_detail = None;
        let mut outer_order_id = None;
        let mut remark = None;
        let mut label = None;
        let mut payment_date = None;
        let mut order_mode = None;
        let mut is_presale = None;
        let mut send_date = None;
        let mut original_order_id = None;
        let mut encrypt_content = None;
        loop {
            match decoder.next_child()? {
                Some(b"orderID") => order_id = Some(decoder.required()?),
                Some(b"consigneeName") => consignee_name = decoder.opt()?,
                Some(b"consigneeTel") => consignee_tel = decoder.opt()?,
                Some(b"consigneeMobileTel") => consignee_mobile_tel = decoder.opt()?,
                Some(b"consigneeAddr") => consignee_addr = decoder.opt()?,
                Some(b"DangdangWarehouseAddr") => {
                    dangdang_warehouse_addr = decoder.opt()?;
                }
                Some(b"sendGoodsMode") => send_goods_mode = decoder.opt()?,
                Some(b"orderMoney") => order_money = decoder.opt()?,
                Some(b"orderTimeStart") => order_time_start = decoder.opt()?,
                Some(b"lastModifyTime") => last_modify_time = decoder.opt()?,
                Some(b"orderState") => order_state = decoder.opt()?,
                Some(b"orderStatus") => order_status = decoder.opt()?,
                Some(b"isCourierReceiptDetail") => {
                    is_courier_receipt_detail = decoder.opt()?;
                }
                Some(b"outerOrderID") => outer_order_id = decoder.opt()?,
                Some(b"remark") => remark = decoder.opt()?,
                Some(b"label") => label = decoder.opt()?,
                Some(b"paymentDate") => payment_date = decoder.opt()?,
                Some(b"orderMode") => order_mode = decoder.opt()?,
                Some(b"isPresale") => is_presale = decoder.flag01()?,
                Some(b"sendDate") => send_date = decoder.opt()?,
                Some(b"originalOrderId") => original_order_id = decoder.opt()?,
                Some(b"encrypt_content") => encrypt_content = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            order_id: order_id.ok_or_else(|| decoder.missing("orderID"))?,
            consignee_name,
            consignee_tel,
            consignee_mobile_tel,
            consignee_addr,
            dangdang_warehouse_addr,
            send_goods_mode,
            order_money,
            order_time_start,
            last_modify_time,
            order_state,
            order_status,
            is_courier_receipt_detail,
            outer_order_id,
            remark,
            label,
            payment_date,
            order_mode,
            is_presale,
            send_date,
            original_order_id,
            encrypt_content,
        })
    }
}
