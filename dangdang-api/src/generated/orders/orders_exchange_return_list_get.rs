// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.orders.exchange.return.list.get`: 查询退换货订单列表 — Search return, exchange and refund-only requests by state, type and request date, ten per page.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/searchReturnExchangeOrders.php`
//! - Transport: GET, parameters in the query string
//! - Safety: read (safe to retry)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-138: Official doc page 138 (orders.exchange.return.list.get), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=138>
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - EF: Baison eFAST PHP adapter DangdangAPIModel and its MySQL column comments (repository not identified)
//!
//! Notes:
//! - Covers 自发 / 代发, COD and non-COD orders; v1.1 (2017-06) added the refund-only (仅退款) type \[1: DOC-138\].
//! - Verb GET \[2+: DOC-138, WF\].
//! - Fixed page size 10: EF sends pageSize=20, but DG notes "only 10 per call, pageSize unusable" and EF's own page-size constant is 10 \[2+: DG, EF\].
//! - `resd` / `reed`: the doc format is YYYY-MM-DD, but EF and DG send `yyyy-MM-dd HH:mm:ss`; this client sends the date only.
//! - `returnExchangeStatus`: 1 / 2 \[2+: EF, WF\], 3 = 代退货 \[1: EF\]; with `type=5` a refund-only value presumably appears too \[inf\] (value not found).
//! - `returnExchangeOrdersApprStatus` majority reading 0 pending / 1 approved / 2 rejected \[2+: EF SQL, WF ReturnOrder\]; WF's runnable comment says 0 rejected, 1 approved, 2 pending; DG's translator lists 0 未审核, 1 审核通过待处理, 2 审核不通过 and 11/12/13 = approved + agree/refuse/defer refund (ApprStatus concatenated with orderResult).
//! - EF also has a column `warning` ("未说明") next to these fields → \[inf\] an undocumented `warning` element may exist \[1: EF\].
//! - The list uses a lower-case `itemsList` (order.details.get has `ItemsList`) \[2+\].
//!
//! Result codes:
//! - `35`: 订单编号错误 — Wrong order id. (\[1\] DG)
//! - `46`: Wrong return/exchange type. (\[1\] DG)
//! - `47`: Wrong processing state. (\[1\] DG)
//! - `48`: Wrong processing result. (\[1\] DG)
//! - `49`: Bad time format. (\[1\] DG)
//! - `50`: Bad page number. (\[1\] DG)
//! - `1300`: Wrong request state. (\[1\] DG)

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.orders.exchange.return.list.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/searchReturnExchangeOrders.php";

/// Request for `dangdang.orders.exchange.return.list.get` (searchReturnExchangeOrders.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.orders.exchange.return.list.get")]
#[doc(alias = "searchReturnExchangeOrders.php")]
#[doc(alias = "searchReturnExchangeOrders")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — One Dangdang order id.
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[2+\] DOC-138, DG.
    #[doc(alias = "o")]
    pub order_id: Option<i64>,
    /// Request-state filter: 9999 all, -100 cancelled, 1100 failed, 0 awaiting review, 300 return/exchange done, 1000 accepted.
    ///
    /// Wire name: `applyStatus` (code table [`ReturnApplyStatus`](crate::types::ReturnApplyStatus)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[1\] DOC-138 (DG passes it).
    pub apply_status: Option<crate::types::ReturnApplyStatus>,
    /// Request-type filter: 9999 all, 1 return, 2 exchange, 5 refund only.
    ///
    /// Wire name: `type` (code table [`ReturnExchangeType`](crate::types::ReturnExchangeType)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[1\] DOC-138.
    #[doc(alias = "type")]
    pub request_type: Option<crate::types::ReturnExchangeType>,
    /// Processing-state filter: 9999 all, 1 pending, 2 processed.
    ///
    /// Wire name: `status` (code table [`ReturnProcessingStatus`](crate::types::ReturnProcessingStatus)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[2+\] DOC-138, WF.
    #[doc(alias = "status")]
    pub processing_status: Option<crate::types::ReturnProcessingStatus>,
    /// Processing-result filter: 9999 all, 1 agreed, 2 refused; ignored when `status` = pending.
    ///
    /// Wire name: `result` (code table [`ReturnProcessingResult`](crate::types::ReturnProcessingResult)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[2+\] DOC-138, WF (commented out).
    #[doc(alias = "result")]
    pub processing_result: Option<crate::types::ReturnProcessingResult>,
    /// Request-date window start, inclusive.
    ///
    /// Wire name: `resd` (`yyyy-MM-dd`).
    /// Limits: doc format YYYY-MM-DD; EF and DG send yyyy-MM-dd HH:mm:ss.
    /// Certainty: \[2+\] DOC-138, DG, EF.
    #[doc(alias = "resd")]
    pub request_date_start: Option<crate::NaiveDate>,
    /// Request-date window end, inclusive.
    ///
    /// Wire name: `reed` (`yyyy-MM-dd`).
    /// Limits: as `resd`.
    /// Certainty: \[2+\] DOC-138, DG, EF.
    #[doc(alias = "reed")]
    pub request_date_end: Option<crate::NaiveDate>,
    /// 1 = also return the per-item return reasons; 0 (or any other value) = not.
    ///
    /// Wire name: `isNeedReverseReason` (`1` / `0`).
    /// Certainty: \[2+\] DOC-138 (name truncated), DG, EF.
    pub is_need_reverse_reason: Option<bool>,
    /// 页码 — Page number, 1-based.
    ///
    /// Wire name: `p` (integer).
    /// Server default when omitted: `1`.
    /// Certainty: \[2+\] DG, WF, EF.
    #[doc(alias = "p")]
    pub page: Option<i32>,
    /// Page size; fixed at 10 (DG: "pageSize unusable"), so only 10 is accepted here.
    ///
    /// Wire name: `pageSize` (integer).
    /// Server default when omitted: `10`.
    /// Allowed values (checked before sending): `10`.
    /// Certainty: \[2+\] DG, EF.
    pub page_size: Option<i32>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
    }

    /// 订单编号 — One Dangdang order id.
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[2+\] DOC-138, DG.
    #[doc(alias = "o")]
    pub fn order_id(mut self, order_id: i64) -> Self {
        self.order_id = Some(order_id);
        self
    }

    /// Request-state filter: 9999 all, -100 cancelled, 1100 failed, 0 awaiting review, 300 return/exchange done, 1000 accepted.
    ///
    /// Wire name: `applyStatus` (code table [`ReturnApplyStatus`](crate::types::ReturnApplyStatus)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[1\] DOC-138 (DG passes it).
    pub fn apply_status(
        mut self,
        apply_status: crate::types::ReturnApplyStatus,
    ) -> Self {
        self.apply_status = Some(apply_status);
        self
    }

    /// Request-type filter: 9999 all, 1 return, 2 exchange, 5 refund only.
    ///
    /// Wire name: `type` (code table [`ReturnExchangeType`](crate::types::ReturnExchangeType)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[1\] DOC-138.
    #[doc(alias = "type")]
    pub fn request_type(
        mut self,
        request_type: crate::types::ReturnExchangeType,
    ) -> Self {
        self.request_type = Some(request_type);
        self
    }

    /// Processing-state filter: 9999 all, 1 pending, 2 processed.
    ///
    /// Wire name: `status` (code table [`ReturnProcessingStatus`](crate::types::ReturnProcessingStatus)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[2+\] DOC-138, WF.
    #[doc(alias = "status")]
    pub fn processing_status(
        mut self,
        processing_status: crate::types::ReturnProcessingStatus,
    ) -> Self {
        self.processing_status = Some(processing_status);
        self
    }

    /// Processing-result filter: 9999 all, 1 agreed, 2 refused; ignored when `status` = pending.
    ///
    /// Wire name: `result` (code table [`ReturnProcessingResult`](crate::types::ReturnProcessingResult)).
    /// Server default when omitted: `9999`.
    /// Certainty: \[2+\] DOC-138, WF (commented out).
    #[doc(alias = "result")]
    pub fn processing_result(
        mut self,
        processing_result: crate::types::ReturnProcessingResult,
    ) -> Self {
        self.processing_result = Some(processing_result);
        self
    }

    /// Request-date window start, inclusive.
    ///
    /// Wire name: `resd` (`yyyy-MM-dd`).
    /// Limits: doc format YYYY-MM-DD; EF and DG send yyyy-MM-dd HH:mm:ss.
    /// Certainty: \[2+\] DOC-138, DG, EF.
    #[doc(alias = "resd")]
    pub fn request_date_start(mut self, request_date_start: crate::NaiveDate) -> Self {
        self.request_date_start = Some(request_date_start);
        self
    }

    /// Request-date window end, inclusive.
    ///
    /// Wire name: `reed` (`yyyy-MM-dd`).
    /// Limits: as `resd`.
    /// Certainty: \[2+\] DOC-138, DG, EF.
    #[doc(alias = "reed")]
    pub fn request_date_end(mut self, request_date_end: crate::NaiveDate) -> Self {
        self.request_date_end = Some(request_date_end);
        self
    }

    /// 1 = also return the per-item return reasons; 0 (or any other value) = not.
    ///
    /// Wire name: `isNeedReverseReason` (`1` / `0`).
    /// Certainty: \[2+\] DOC-138 (name truncated), DG, EF.
    pub fn is_need_reverse_reason(mut self, is_need_reverse_reason: bool) -> Self {
        self.is_need_reverse_reason = Some(is_need_reverse_reason);
        self
    }

    /// 页码 — Page number, 1-based.
    ///
    /// Wire name: `p` (integer).
    /// Server default when omitted: `1`.
    /// Certainty: \[2+\] DG, WF, EF.
    #[doc(alias = "p")]
    pub fn page(mut self, page: i32) -> Self {
        self.page = Some(page);
        self
    }

    /// Page size; fixed at 10 (DG: "pageSize unusable"), so only 10 is accepted here.
    ///
    /// Wire name: `pageSize` (integer).
    /// Server default when omitted: `10`.
    /// Allowed values (checked before sending): `10`.
    /// Certainty: \[2+\] DG, EF.
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDERS_EXCHANGE_RETURN_LIST_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("o", &self.order_id);
        params.opt("applyStatus", &self.apply_status);
        params.opt("type", &self.request_type);
        params.opt("status", &self.processing_status);
        params.opt("result", &self.processing_result);
        params.opt("resd", &self.request_date_start);
        params.opt("reed", &self.request_date_end);
        params.opt_flag("isNeedReverseReason", self.is_need_reverse_reason, ("1", "0"));
        params.opt("p", &self.page);
        params.opt_checked("pageSize", &self.page_size, &[crate::Rule::OneOf(&["10"])])?;
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

    fn total(response: &Response) -> crate::Total {
        crate::Total::pages(response.total_info.as_ref().and_then(|v| v.page_total))
    }

    fn items(response: &mut Response) -> &mut Vec<OrderInfo> {
        &mut response.orders_list
    }
}

/// 查询退换货订单列表 — Search return, exchange and refund-only requests by state, type and request date, ten per page.
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
    /// Totals and paging of the query.
    ///
    /// Wire name: `totalInfo`.
    /// Certainty: totalOrderCount \[2+\] DG, EF; pageTotal \[2+\] DG, WF; others \[1\] DG.
    pub total_info: Option<TotalInfo>,
    /// The requests on this page; absent when nothing matched.
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

/// Totals and paging of the query.
///
/// Element `totalInfo`.
/// Certainty: totalOrderCount \[2+\] DG, EF; pageTotal \[2+\] DG, WF; others \[1\] DG.
///
/// To build one in a test: `let mut value = TotalInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TotalInfo {
    /// Requests matching the query.
    ///
    /// Wire name: `totalOrderCount` (integer).
    pub total_order_count: Option<i32>,
    /// Returns awaiting handling.
    ///
    /// Wire name: `needReturnOrderCount` (integer).
    pub need_return_order_count: Option<i32>,
    /// Exchanges awaiting handling.
    ///
    /// Wire name: `needExchangeOrderCount` (integer).
    pub need_exchange_order_count: Option<i32>,
    /// Item count on this page.
    ///
    /// Wire name: `pageItemCount` (integer).
    pub page_item_count: Option<i32>,
    /// Amount on this page.
    ///
    /// Wire name: `pageItemMoney` (decimal yuan).
    pub page_item_money: Option<crate::Decimal>,
    /// Requests on this page.
    ///
    /// Wire name: `currentOrderCount` (integer).
    pub current_order_count: Option<i32>,
    /// Number of pages.
    ///
    /// Wire name: `pageTotal` (integer).
    pub page_total: Option<i32>,
    /// Current page number.
    ///
    /// Wire name: `currentPage` (integer).
    pub current_page: Option<i32>,
}

impl crate::xml_decode::FromXml for TotalInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            total_order_count: None,
            need_return_order_count: None,
            need_exchange_order_count: None,
            page_item_count: None,
            page_item_money: None,
            current_order_count: None,
            page_total: None,
            current_page: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"totalOrderCount") => out.total_order_count = decoder.opt()?,
                Some(b"needReturnOrderCount") => {
                    out.need_return_order_count = decoder.opt()?;
                }
                Some(b"needExchangeOrderCount") => {
                    out.need_exchange_order_count = decoder.opt()?;
                }
                Some(b"pageItemCount") => out.page_item_count = decoder.opt()?,
                Some(b"pageItemMoney") => out.page_item_money = decoder.opt()?,
                Some(b"currentOrderCount") => out.current_order_count = decoder.opt()?,
                Some(b"pageTotal") => out.page_total = decoder.opt()?,
                Some(b"currentPage") => out.current_page = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One returned or exchanged line.
///
/// Element `ItemInfo`.
/// Certainty: itemID, itemName, itemSubhead, unitPrice, orderCount, outerItemID \[2+\] DG, WF, EF; reason fields \[2+\] DG, EF; itemCode \[1\] DG.
///
/// To build one in a test: `let mut value = ItemInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemInfo {
    /// 商品编号 — Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    /// Certainty: \[2+\] DG, WF, EF; in every published example.
    pub item_id: i64,
    /// 商品名称 — Item title.
    ///
    /// Wire name: `itemName` (text).
    pub item_name: Option<String>,
    /// Item subtitle.
    ///
    /// Wire name: `itemSubhead` (text).
    pub item_subhead: Option<String>,
    /// Unit price.
    ///
    /// Wire name: `unitPrice` (decimal yuan).
    pub unit_price: Option<crate::Decimal>,
    /// Quantity.
    ///
    /// Wire name: `orderCount` (integer).
    pub order_count: Option<i32>,
    /// 企业商品标识符 — Seller item code (EF: currently always empty).
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// First-level return reason (with `isNeedReverseReason=1`).
    ///
    /// Wire name: `oneLevelReverseReason` (text).
    pub one_level_reverse_reason: Option<String>,
    /// Second-level return reason (with `isNeedReverseReason=1`).
    ///
    /// Wire name: `twoLevelReverseReason` (text).
    pub two_level_reverse_reason: Option<String>,
    /// Detailed return reason (with `isNeedReverseReason=1`).
    ///
    /// Wire name: `reverseDetailReason` (text).
    pub reverse_detail_reason: Option<String>,
    /// Item code (meaning not documented).
    ///
    /// Wire name: `itemCode` (text).
    /// Certainty: \[1\] DG.
    pub item_code: Option<String>,
}

impl crate::xml_decode::FromXml for ItemInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut item_id = None;
        let mut item_name = None;
        let mut item_subhead = None;
        let mut unit_price = None;
        let mut order_count = None;
        let mut outer_item_id = None;
        let mut one_level_reverse_reason = None;
        let mut two_level_reverse_reason = None;
        let mut reverse_detail_reason = None;
        let mut item_code = None;
        loop {
            match decoder.next_child()? {
                Some(b"itemID") => item_id = Some(decoder.required()?),
                Some(b"itemName") => item_name = decoder.opt()?,
                Some(b"itemSubhead") => item_subhead = decoder.opt()?,
                Some(b"unitPrice") => unit_price = decoder.opt()?,
                Some(b"orderCount") => order_count = decoder.opt()?,
                Some(b"outerItemID") => outer_item_id = decoder.opt()?,
                Some(b"oneLevelReverseReason") => {
                    one_level_reverse_reason = decoder.opt()?;
                }
                Some(b"twoLevelReverseReason") => {
                    two_level_reverse_reason = decoder.opt()?;
                }
                Some(b"reverseDetailReason") => reverse_detail_reason = decoder.opt()?,
                Some(b"itemCode") => item_code = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            item_id: item_id.ok_or_else(|| decoder.missing("itemID"))?,
            item_name,
            item_subhead,
            unit_price,
            order_count,
            outer_item_id,
            one_level_reverse_reason,
            two_level_reverse_reason,
            reverse_detail_reason,
            item_code,
        })
    }
}

/// One return, exchange or refund-only request.
///
/// Element `OrderInfo`.
/// Certainty: orderID, returnExchangeStatus, returnExchangeCode, orderMoney, orderTime, orderStatus, returnExchangeOrdersApprStatus \[2+\] DG, WF, EF; orderResult \[2+\] DG, EF, WF.
///
/// To build one in a test: `let mut value = OrderInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OrderInfo {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `orderID` (integer).
    /// Certainty: \[2+\] DG, WF, EF; in every published example.
    pub order_id: i64,
    /// Kind of request: 1 return, 2 exchange, 3 代退货 (return on the buyer's behalf).
    ///
    /// Wire name: `returnExchangeStatus` (code table [`ReturnExchangeType`](crate::types::ReturnExchangeType)).
    pub return_exchange_status: Option<crate::types::ReturnExchangeType>,
    /// Request id: the `ro` / `eo` of dangdang.order.return / dangdang.order.goods.exchange and the key of the approval upload.
    ///
    /// Wire name: `returnExchangeCode` (integer).
    /// Certainty: \[2+\] DG, WF, EF; in every published example.
    pub return_exchange_code: i64,
    /// Total of this request.
    ///
    /// Wire name: `orderMoney` (decimal yuan).
    pub order_money: Option<crate::Decimal>,
    /// When the request was made.
    ///
    /// Wire name: `orderTime` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub order_time: Option<crate::BeijingTime>,
    /// Processing state: 1 pending, 2 processed (WF also lists 3 deferred).
    ///
    /// Wire name: `orderStatus` (code table [`ReturnProcessingStatus`](crate::types::ReturnProcessingStatus)).
    pub order_status: Option<crate::types::ReturnProcessingStatus>,
    /// Processing result: 1 agreed, 2 refused, 3 deferred; absent while pending.
    ///
    /// Wire name: `orderResult` (code table [`ReturnProcessingResult`](crate::types::ReturnProcessingResult)).
    pub order_result: Option<crate::types::ReturnProcessingResult>,
    /// Review state: 0 awaiting review, 1 approved, 2 rejected (majority reading; see notes).
    ///
    /// Wire name: `returnExchangeOrdersApprStatus` (code table [`ReturnApprovalStatus`](crate::types::ReturnApprovalStatus)).
    pub return_exchange_orders_appr_status: Option<crate::types::ReturnApprovalStatus>,
    /// The request's lines (lower-case `itemsList`).
    ///
    /// Wire name: `itemsList` › `ItemInfo*`.
    pub items_list: Vec<ItemInfo>,
    /// \[inf\] Undocumented element suggested by EF's `warning` column ("未说明"); meaning unknown.
    ///
    /// Wire name: `warning` (text).
    /// Certainty: \[inf\] from \[1\] EF.
    pub warning: Option<String>,
}

impl crate::xml_decode::FromXml for OrderInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut order_id = None;
        let mut return_exchange_status = None;
        let mut return_exchange_code = None;
        let mut order_money = None;
        let mut order_time = None;
        let mut order_status = None;
        let mut order_result = None;
        let mut return_exchange_orders_appr_status = None;
        let mut items_list = Vec::new();
        let mut warning = None;
        loop {
            match decoder.next_child()? {
                Some(b"orderID") => order_id = Some(decoder.required()?),
                Some(b"returnExchangeStatus") => return_exchange_status = decoder.opt()?,
                Some(b"returnExchangeCode") => {
                    return_exchange_code = Some(decoder.required()?);
                }
                Some(b"orderMoney") => order_money = decoder.opt()?,
                Some(b"orderTime") => order_time = decoder.opt()?,
                Some(b"orderStatus") => order_status = decoder.opt()?,
                Some(b"orderResult") => order_result = decoder.opt()?,
                Some(b"returnExchangeOrdersApprStatus") => {
                    return_exchange_orders_appr_status = decoder.opt()?;
                }
                Some(b"itemsList") => decoder.list_of(b"ItemInfo", &mut items_list)?,
                Some(b"warning") => warning = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            order_id: order_id.ok_or_else(|| decoder.missing("orderID"))?,
            return_exchange_status,
            return_exchange_code: return_exchange_code
                .ok_or_else(|| decoder.missing("returnExchangeCode"))?,
            order_money,
            order_time,
            order_status,
            order_result,
            return_exchange_orders_appr_status,
            items_list,
            warning,
        })
    }
}
