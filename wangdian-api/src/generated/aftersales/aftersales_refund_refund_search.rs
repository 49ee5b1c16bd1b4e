// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `aftersales.refund.Refund.search`: 退换单查询 — Query refund and exchange orders with their lines.
//!
//! - Category: 售后类 (group `aftersales`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: documented
//! - Time window: 请求时间最大跨度为30天。
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//! - S5: go-marvis/wangdian-sdk-go (last commit 2026-01-28): typed Go client with live tests against production (int64 time fields)
//!
//! Notes:
//! - Time filters come in pairs (modified, settle, agree, current_phase_timeout); each pair spans at most 30 days. Which pair is mandatory is not stated (S5's live test uses settle_from/settle_to; the error example 参数中必须包含起止时间 suggests one is needed) \[uncertain\].
//! - No 淘系/拼多多/系统供销 data; privacy fields only for self-built and offline platforms.
//! - gov_subsidy_info comes only with need_gov_subsidy_info=true.
//! - The response table says status is not returned on errors (在调用错误时不返回该值); the standard envelope is treated as authoritative.
//! - modified and created come as epoch-millisecond numbers in the example.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "aftersales.refund.Refund.search";

/// Request for `aftersales.refund.Refund.search`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "aftersales.refund.Refund.search")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 页号 — 从0开始 — Page number, from 0. A paged method called without page_no and page_size is refused (status 100, 此方法仅支持分页查询).
    ///
    /// Wire name: `page_no` (integer).
    pub page_no: Option<i32>,
    /// 分页大小 — Page size. The doc advises below 200 for large sellers (单量较大的卖家，page_size建议200以下).
    ///
    /// Wire name: `page_size` (integer).
    pub page_size: Option<i32>,
    /// 店铺编号 — 由英文逗号分隔的店铺编号 — Shop numbers, comma-separated (a string, not an array).
    ///
    /// Wire name: `shop_nos` (text).
    /// At most 255 characters (checked before sending).
    pub shop_nos: Option<String>,
    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    /// At most 40 characters (checked before sending).
    pub tid: Option<String>,
    /// 客户网名 — Customer's online nickname.
    ///
    /// Wire name: `buyer_nick` (text; buyer personal data, redacted in `Debug`).
    /// At most 100 characters (checked before sending).
    pub buyer_nick: Option<crate::Personal>,
    /// 系统订单编号 — System trade number.
    ///
    /// Wire name: `trade_no` (text).
    /// At most 40 characters (checked before sending).
    pub trade_no: Option<String>,
    /// 退换单号 — Refund/exchange order number.
    ///
    /// Wire name: `refund_no` (text).
    /// At most 40 characters (checked before sending).
    pub refund_no: Option<String>,
    /// 物流单号 — 物流单号（退换单上的退回物流单号） — Logistics number (the return logistics number on the refund/exchange order).
    ///
    /// Wire name: `return_logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub return_logistics_no: Option<String>,
    /// 修改起始时间 — Modification start time.
    ///
    /// Wire name: `modified_from` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub modified_from: Option<crate::BeijingTime>,
    /// 修改结束时间 — Modification end time.
    ///
    /// Wire name: `modified_to` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub modified_to: Option<crate::BeijingTime>,
    /// 开始时间 — 结算时间 — Start time (settlement time).
    ///
    /// Wire name: `settle_from` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub settle_from: Option<crate::BeijingTime>,
    /// 结束时间 — 结算时间 — End time (settlement time).
    ///
    /// Wire name: `settle_to` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub settle_to: Option<crate::BeijingTime>,
    /// 审核起始时间 — Review start time.
    ///
    /// Wire name: `agree_from` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub agree_from: Option<crate::BeijingTime>,
    /// 审核结束时间 — Review end time.
    ///
    /// Wire name: `agree_to` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub agree_to: Option<crate::BeijingTime>,
    /// 退换单状态 — 10:已取消;20:待审核;30:已审核;40已推送:80:已结算;81:待回传;85:待过账;86:已过账;87:成本确认;90:已完成 — Refund/exchange order status: 10 cancelled, 20 awaiting review, 30 reviewed, 40 pushed, 80 settled, 81 awaiting feedback, 85 awaiting posting, 86 posted, 87 cost confirmation, 90 completed.
    ///
    /// Wire name: `status` (integer).
    /// Allowed values (checked before sending): `10`, `20`, `30`, `40`, `80`, `81`, `85`, `86`, `87`, `90`.
    pub status: Option<i32>,
    /// 入库状态 — 0:无需入库;1:待入库;2:部分入库;3:全部入库;4:终止入库 — Stock-in status: 0 no stock-in needed, 1 awaiting stock-in, 2 partly stocked in, 3 fully stocked in, 4 stock-in terminated.
    ///
    /// Wire name: `stockin_status` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`, `4`.
    pub stockin_status: Option<i32>,
    /// 退回仓库编号 — 退回仓库编号，用英文逗号分隔 — Return-warehouse numbers, comma-separated.
    ///
    /// Wire name: `return_warehouse_nos` (text).
    /// At most 1000 characters (checked before sending).
    pub return_warehouse_nos: Option<String>,
    /// 退换单类型 — 1:售前退款;2:退货;3:换货;4:退款不退货;6:保价退款 — Refund/exchange order type: 1 pre-sale refund, 2 return, 3 exchange, 4 refund without return, 6 price-protection refund.
    ///
    /// Wire name: `type` (integer).
    /// Allowed values (checked before sending): `1`, `2`, `3`, `4`, `6`.
    #[doc(alias = "type")]
    pub refund_type: Option<i32>,
    /// 模糊查询 — 默认false,业务单号进行模糊查询匹配，匹配数量大于1条时会报错 — Fuzzy-match document numbers; more than one match is an error.
    ///
    /// Wire name: `fuzzy_query` (`true` / `false`).
    pub fuzzy_query: Option<bool>,
    /// 是否为拦截件 — 0：否 1：是 / 不传不判断 — Intercepted parcel: 0 no, 1 yes; not checked when omitted.
    ///
    /// Wire name: `return_mask_manual_intercept` (`true` / `false`).
    pub return_mask_manual_intercept: Option<bool>,
    /// 是否拒收 — 0：否 1：是 / 不传不判断 — Rejected (refused delivery): 0 no, 1 yes; not checked when omitted.
    ///
    /// Wire name: `refund_mask_reject_return` (`true` / `false`).
    pub refund_mask_reject_return: Option<bool>,
    /// 排序类型 — 0：默认排序 / 1：修改时间降序 — Sort order: 0 default, 1 modification time descending.
    ///
    /// Wire name: `order_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub order_type: Option<i32>,
    /// 平台状态 — 1：取消退款 / 2：申请退款 / 3：等待退货 / 4：等待收货 / 5：退款成功 / 不传默认全部 — S1 lists 1–5; the newer S4 scrape adds 7 and exchange states 10–80 \[likely\]: not checked.
    ///
    /// Wire name: `rr_status` (integer).
    pub rr_status: Option<i32>,
    /// 退款成功时间起始 — Refund-success time, start.
    ///
    /// Wire name: `current_phase_timeout_from` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub current_phase_timeout_from: Option<crate::BeijingTime>,
    /// 退款成功时间结束 — Refund-success time, end.
    ///
    /// Wire name: `current_phase_timeout_to` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub current_phase_timeout_to: Option<crate::BeijingTime>,
    /// 是否需要国补信息 — 0：不需要 / 1：需要 / 默认0 — Need national-subsidy information: 0 no, 1 yes; default 0.
    ///
    /// Wire name: `need_gov_subsidy_info` (`true` / `false`).
    pub need_gov_subsidy_info: Option<bool>,
    /// 原始退款单号 — Original (platform) refund numbers.
    ///
    /// Wire name: `raw_refund_nos` (text).
    /// At most 255 characters (checked before sending).
    pub raw_refund_nos: Option<String>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
    }

    /// 页号 — 从0开始 — Page number, from 0. A paged method called without page_no and page_size is refused (status 100, 此方法仅支持分页查询).
    ///
    /// Wire name: `page_no` (integer).
    pub fn page_no(mut self, page_no: i32) -> Self {
        self.page_no = Some(page_no);
        self
    }

    /// 分页大小 — Page size. The doc advises below 200 for large sellers (单量较大的卖家，page_size建议200以下).
    ///
    /// Wire name: `page_size` (integer).
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// 店铺编号 — 由英文逗号分隔的店铺编号 — Shop numbers, comma-separated (a string, not an array).
    ///
    /// Wire name: `shop_nos` (text).
    /// At most 255 characters (checked before sending).
    pub fn shop_nos(mut self, shop_nos: impl Into<String>) -> Self {
        self.shop_nos = Some(shop_nos.into());
        self
    }

    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    /// At most 40 characters (checked before sending).
    pub fn tid(mut self, tid: impl Into<String>) -> Self {
        self.tid = Some(tid.into());
        self
    }

    /// 客户网名 — Customer's online nickname.
    ///
    /// Wire name: `buyer_nick` (text; buyer personal data, redacted in `Debug`).
    /// At most 100 characters (checked before sending).
    pub fn buyer_nick(mut self, buyer_nick: impl Into<String>) -> Self {
        self.buyer_nick = Some(crate::Personal::new(buyer_nick.into()));
        self
    }

    /// 系统订单编号 — System trade number.
    ///
    /// Wire name: `trade_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn trade_no(mut self, trade_no: impl Into<String>) -> Self {
        self.trade_no = Some(trade_no.into());
        self
    }

    /// 退换单号 — Refund/exchange order number.
    ///
    /// Wire name: `refund_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn refund_no(mut self, refund_no: impl Into<String>) -> Self {
        self.refund_no = Some(refund_no.into());
        self
    }

    /// 物流单号 — 物流单号（退换单上的退回物流单号） — Logistics number (the return logistics number on the refund/exchange order).
    ///
    /// Wire name: `return_logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn return_logistics_no(
        mut self,
        return_logistics_no: impl Into<String>,
    ) -> Self {
        self.return_logistics_no = Some(return_logistics_no.into());
        self
    }

    /// 修改起始时间 — Modification start time.
    ///
    /// Wire name: `modified_from` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn modified_from(
        mut self,
        modified_from: impl Into<crate::BeijingTime>,
    ) -> Self {
        self.modified_from = Some(modified_from.into());
        self
    }

    /// 修改结束时间 — Modification end time.
    ///
    /// Wire name: `modified_to` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn modified_to(mut self, modified_to: impl Into<crate::BeijingTime>) -> Self {
        self.modified_to = Some(modified_to.into());
        self
    }

    /// 开始时间 — 结算时间 — Start time (settlement time).
    ///
    /// Wire name: `settle_from` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn settle_from(mut self, settle_from: impl Into<crate::BeijingTime>) -> Self {
        self.settle_from = Some(settle_from.into());
        self
    }

    /// 结束时间 — 结算时间 — End time (settlement time).
    ///
    /// Wire name: `settle_to` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn settle_to(mut self, settle_to: impl Into<crate::BeijingTime>) -> Self {
        self.settle_to = Some(settle_to.into());
        self
    }

    /// 审核起始时间 — Review start time.
    ///
    /// Wire name: `agree_from` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn agree_from(mut self, agree_from: impl Into<crate::BeijingTime>) -> Self {
        self.agree_from = Some(agree_from.into());
        self
    }

    /// 审核结束时间 — Review end time.
    ///
    /// Wire name: `agree_to` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn agree_to(mut self, agree_to: impl Into<crate::BeijingTime>) -> Self {
        self.agree_to = Some(agree_to.into());
        self
    }

    /// 退换单状态 — 10:已取消;20:待审核;30:已审核;40已推送:80:已结算;81:待回传;85:待过账;86:已过账;87:成本确认;90:已完成 — Refund/exchange order status: 10 cancelled, 20 awaiting review, 30 reviewed, 40 pushed, 80 settled, 81 awaiting feedback, 85 awaiting posting, 86 posted, 87 cost confirmation, 90 completed.
    ///
    /// Wire name: `status` (integer).
    /// Allowed values (checked before sending): `10`, `20`, `30`, `40`, `80`, `81`, `85`, `86`, `87`, `90`.
    pub fn status(mut self, status: i32) -> Self {
        self.status = Some(status);
        self
    }

    /// 入库状态 — 0:无需入库;1:待入库;2:部分入库;3:全部入库;4:终止入库 — Stock-in status: 0 no stock-in needed, 1 awaiting stock-in, 2 partly stocked in, 3 fully stocked in, 4 stock-in terminated.
    ///
    /// Wire name: `stockin_status` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`, `4`.
    pub fn stockin_status(mut self, stockin_status: i32) -> Self {
        self.stockin_status = Some(stockin_status);
        self
    }

    /// 退回仓库编号 — 退回仓库编号，用英文逗号分隔 — Return-warehouse numbers, comma-separated.
    ///
    /// Wire name: `return_warehouse_nos` (text).
    /// At most 1000 characters (checked before sending).
    pub fn return_warehouse_nos(
        mut self,
        return_warehouse_nos: impl Into<String>,
    ) -> Self {
        self.return_warehouse_nos = Some(return_warehouse_nos.into());
        self
    }

    /// 退换单类型 — 1:售前退款;2:退货;3:换货;4:退款不退货;6:保价退款 — Refund/exchange order type: 1 pre-sale refund, 2 return, 3 exchange, 4 refund without return, 6 price-protection refund.
    ///
    /// Wire name: `type` (integer).
    /// Allowed values (checked before sending): `1`, `2`, `3`, `4`, `6`.
    #[doc(alias = "type")]
    pub fn refund_type(mut self, refund_type: i32) -> Self {
        self.refund_type = Some(refund_type);
        self
    }

    /// 模糊查询 — 默认false,业务单号进行模糊查询匹配，匹配数量大于1条时会报错 — Fuzzy-match document numbers; more than one match is an error.
    ///
    /// Wire name: `fuzzy_query` (`true` / `false`).
    pub fn fuzzy_query(mut self, fuzzy_query: bool) -> Self {
        self.fuzzy_query = Some(fuzzy_query);
        self
    }

    /// 是否为拦截件 — 0：否 1：是 / 不传不判断 — Intercepted parcel: 0 no, 1 yes; not checked when omitted.
    ///
    /// Wire name: `return_mask_manual_intercept` (`true` / `false`).
    pub fn return_mask_manual_intercept(
        mut self,
        return_mask_manual_intercept: bool,
    ) -> Self {
        self.return_mask_manual_intercept = Some(return_mask_manual_intercept);
        self
    }

    /// 是否拒收 — 0：否 1：是 / 不传不判断 — Rejected (refused delivery): 0 no, 1 yes; not checked when omitted.
    ///
    /// Wire name: `refund_mask_reject_return` (`true` / `false`).
    pub fn refund_mask_reject_return(mut self, refund_mask_reject_return: bool) -> Self {
        self.refund_mask_reject_return = Some(refund_mask_reject_return);
        self
    }

    /// 排序类型 — 0：默认排序 / 1：修改时间降序 — Sort order: 0 default, 1 modification time descending.
    ///
    /// Wire name: `order_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub fn order_type(mut self, order_type: i32) -> Self {
        self.order_type = Some(order_type);
        self
    }

    /// 平台状态 — 1：取消退款 / 2：申请退款 / 3：等待退货 / 4：等待收货 / 5：退款成功 / 不传默认全部 — S1 lists 1–5; the newer S4 scrape adds 7 and exchange states 10–80 \[likely\]: not checked.
    ///
    /// Wire name: `rr_status` (integer).
    pub fn rr_status(mut self, rr_status: i32) -> Self {
        self.rr_status = Some(rr_status);
        self
    }

    /// 退款成功时间起始 — Refund-success time, start.
    ///
    /// Wire name: `current_phase_timeout_from` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn current_phase_timeout_from(
        mut self,
        current_phase_timeout_from: impl Into<crate::BeijingTime>,
    ) -> Self {
        self.current_phase_timeout_from = Some(current_phase_timeout_from.into());
        self
    }

    /// 退款成功时间结束 — Refund-success time, end.
    ///
    /// Wire name: `current_phase_timeout_to` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn current_phase_timeout_to(
        mut self,
        current_phase_timeout_to: impl Into<crate::BeijingTime>,
    ) -> Self {
        self.current_phase_timeout_to = Some(current_phase_timeout_to.into());
        self
    }

    /// 是否需要国补信息 — 0：不需要 / 1：需要 / 默认0 — Need national-subsidy information: 0 no, 1 yes; default 0.
    ///
    /// Wire name: `need_gov_subsidy_info` (`true` / `false`).
    pub fn need_gov_subsidy_info(mut self, need_gov_subsidy_info: bool) -> Self {
        self.need_gov_subsidy_info = Some(need_gov_subsidy_info);
        self
    }

    /// 原始退款单号 — Original (platform) refund numbers.
    ///
    /// Wire name: `raw_refund_nos` (text).
    /// At most 255 characters (checked before sending).
    pub fn raw_refund_nos(mut self, raw_refund_nos: impl Into<String>) -> Self {
        self.raw_refund_nos = Some(raw_refund_nos.into());
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

    const INFO: crate::MethodInfo = crate::generated::catalog::AFTERSALES_REFUND_REFUND_SEARCH;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("page_no", &self.page_no);
        params.opt("page_size", &self.page_size);
        params
            .span(
                ("modified_from", self.modified_from.as_ref()),
                ("modified_to", self.modified_to.as_ref()),
                30u32,
            )?;
        params
            .span(
                ("settle_from", self.settle_from.as_ref()),
                ("settle_to", self.settle_to.as_ref()),
                30u32,
            )?;
        params
            .span(
                ("agree_from", self.agree_from.as_ref()),
                ("agree_to", self.agree_to.as_ref()),
                30u32,
            )?;
        params
            .span(
                ("current_phase_timeout_from", self.current_phase_timeout_from.as_ref()),
                ("current_phase_timeout_to", self.current_phase_timeout_to.as_ref()),
                30u32,
            )?;
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        if let Some(value) = &self.shop_nos {
            crate::rt::check(
                METHOD,
                "shop_nos",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(255),
            )?;
        }
        if let Some(value) = &self.tid {
            crate::rt::check(
                METHOD,
                "tid",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.buyer_nick {
            crate::rt::check(
                METHOD,
                "buyer_nick",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(100),
            )?;
        }
        if let Some(value) = &self.trade_no {
            crate::rt::check(
                METHOD,
                "trade_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.refund_no {
            crate::rt::check(
                METHOD,
                "refund_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.return_logistics_no {
            crate::rt::check(
                METHOD,
                "return_logistics_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.status {
            crate::rt::check(
                METHOD,
                "status",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(
                    &["10", "20", "30", "40", "80", "81", "85", "86", "87", "90"],
                ),
            )?;
        }
        if let Some(value) = &self.stockin_status {
            crate::rt::check(
                METHOD,
                "stockin_status",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1", "2", "3", "4"]),
            )?;
        }
        if let Some(value) = &self.return_warehouse_nos {
            crate::rt::check(
                METHOD,
                "return_warehouse_nos",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(1000),
            )?;
        }
        if let Some(value) = &self.refund_type {
            crate::rt::check(
                METHOD,
                "type",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["1", "2", "3", "4", "6"]),
            )?;
        }
        if let Some(value) = &self.order_type {
            crate::rt::check(
                METHOD,
                "order_type",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1"]),
            )?;
        }
        if let Some(value) = &self.raw_refund_nos {
            crate::rt::check(
                METHOD,
                "raw_refund_nos",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(255),
            )?;
        }
        let mut arg0 = crate::json::Object::new();
        arg0.opt("shop_nos", &self.shop_nos);
        arg0.opt("tid", &self.tid);
        arg0.opt("buyer_nick", &self.buyer_nick);
        arg0.opt("trade_no", &self.trade_no);
        arg0.opt("refund_no", &self.refund_no);
        arg0.opt("return_logistics_no", &self.return_logistics_no);
        arg0.opt("modified_from", &self.modified_from);
        arg0.opt("modified_to", &self.modified_to);
        arg0.opt("settle_from", &self.settle_from);
        arg0.opt("settle_to", &self.settle_to);
        arg0.opt("agree_from", &self.agree_from);
        arg0.opt("agree_to", &self.agree_to);
        arg0.opt("status", &self.status);
        arg0.opt("stockin_status", &self.stockin_status);
        arg0.opt("return_warehouse_nos", &self.return_warehouse_nos);
        arg0.opt("type", &self.refund_type);
        arg0.opt("fuzzy_query", &self.fuzzy_query);
        arg0.opt("return_mask_manual_intercept", &self.return_mask_manual_intercept);
        arg0.opt("refund_mask_reject_return", &self.refund_mask_reject_return);
        arg0.opt("order_type", &self.order_type);
        arg0.opt("rr_status", &self.rr_status);
        arg0.opt("current_phase_timeout_from", &self.current_phase_timeout_from);
        arg0.opt("current_phase_timeout_to", &self.current_phase_timeout_to);
        arg0.opt("need_gov_subsidy_info", &self.need_gov_subsidy_info);
        arg0.opt("raw_refund_nos", &self.raw_refund_nos);
        Ok(Some(crate::json::body(vec![arg0.into_value()])))
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

impl crate::Paged for Request {
    type Item = Order;

    const FIRST_PAGE: i32 = 0;

    fn page(&self) -> Option<i32> {
        self.page_no
    }

    fn set_page(&mut self, page: i32) {
        self.page_no = Some(page);
    }

    fn page_size(&self) -> Option<i32> {
        self.page_size
    }

    fn total(response: &Response) -> crate::Total {
        crate::Total::records(response.data.as_ref().and_then(|v| v.total_count))
    }

    fn items(response: &mut Response) -> &mut Vec<Order> {
        &mut response.data.get_or_insert_with(Default::default).order
    }
}

/// 退换单查询 — Query refund and exchange orders with their lines.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 单据数据 — Document data.
    ///
    /// Wire name: `data`.
    #[serde(default)]
    pub data: Option<Data>,
}

/// 退换单详情 — Refund/exchange order details.
///
/// JSON key `detail_list`.
///
/// To build one in a test: `let mut value = DetailList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DetailList {
    /// 退换单明细Id — 明细唯一键 — Refund/exchange detail id, the line's unique key.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i32>,
    /// 退换单id — Refund/exchange order id.
    ///
    /// Wire name: `refund_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_id: Option<i32>,
    /// 原始子单号 — Original (platform) sub-order number.
    ///
    /// Wire name: `oid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub oid: Option<String>,
    /// 订单明细id — Trade line id.
    ///
    /// Wire name: `trade_order_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_order_id: Option<i32>,
    /// 平台id — 平台id， 见附件 — Platform id; see the attachment.
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tid: Option<String>,
    /// 系统订单编号 — System trade number.
    ///
    /// Wire name: `trade_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_no: Option<String>,
    /// 数量 — 实际发出数量 — Quantity actually shipped.
    ///
    /// Wire name: `num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num: Option<crate::Decimal>,
    /// 价格 — 价格, 系统订单明细分摊后价格 — Price: the system trade line's price after apportioning.
    ///
    /// Wire name: `price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub price: Option<crate::Decimal>,
    /// 原价 — 原价, 系统订单明细标价 — Original price: the system trade line's list price.
    ///
    /// Wire name: `original_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub original_price: Option<crate::Decimal>,
    /// 成本价 — Cost price.
    ///
    /// Wire name: `checked_cost_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub checked_cost_price: Option<crate::Decimal>,
    /// 退款数量 — Refund quantity.
    ///
    /// Wire name: `refund_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_num: Option<crate::Decimal>,
    /// 退款总额 — 退款总额, 系统订单明细的分摊后金额 — Total refund: the system trade line's amount after apportioning.
    ///
    /// Wire name: `total_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_amount: Option<crate::Decimal>,
    /// 退款金额 — 已经退款的总金额 — Refund amount: the total already refunded.
    ///
    /// Wire name: `refund_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_amount: Option<crate::Decimal>,
    /// 担保退款 — 是否担保退款 / 是:true；否:false — Guaranteed refund: true yes, false no.
    ///
    /// Wire name: `is_guarantee` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_guarantee: Option<bool>,
    /// 货品编号 — Goods code.
    ///
    /// Wire name: `goods_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_no: Option<String>,
    /// 货品名称 — Goods name.
    ///
    /// Wire name: `goods_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_name: Option<String>,
    /// 规格名 — Spec name.
    ///
    /// Wire name: `spec_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_name: Option<String>,
    /// 商家编码 — Merchant code (SKU code).
    ///
    /// Wire name: `spec_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_no: Option<String>,
    /// 平台货品id — Platform goods id.
    ///
    /// Wire name: `goods_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_id: Option<String>,
    /// 平台规格id — Platform spec id.
    ///
    /// Wire name: `spec_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_id: Option<String>,
    /// 系统货品id — 系统货品id（旺店通货品档案中货品维度自增生成的id） — System goods id (auto-generated per goods in the Wangdiantong goods archive).
    ///
    /// Wire name: `sys_goods_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sys_goods_id: Option<i32>,
    /// 系统规格id — 系统规格id（旺店通货品档案中单品维度自增生成的id） — System spec id (auto-generated per spec in the Wangdiantong goods archive).
    ///
    /// Wire name: `sys_spec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sys_spec_id: Option<i32>,
    /// 规格码 — Spec code.
    ///
    /// Wire name: `spec_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_code: Option<String>,
    /// 条码 — Barcode.
    ///
    /// Wire name: `barcode` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub barcode: Option<String>,
    /// 入库数量 — 退货入库数量 — Return stock-in quantity.
    ///
    /// Wire name: `stockin_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockin_num: Option<crate::Decimal>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 平台规格名称 — Platform spec name.
    ///
    /// Wire name: `api_spec_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub api_spec_name: Option<String>,
    /// 平台货品名称 — Platform goods name.
    ///
    /// Wire name: `api_goods_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub api_goods_name: Option<String>,
    /// 最后修改时间 — Last modification time.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 组合装编号 — 组合装编号（单据中若不包含组合装，该字段不返回） — Suite code (absent when the document has no suite).
    ///
    /// Wire name: `suite_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_no: Option<String>,
    /// 组合装名称 — 组合装名称（单据中若不包含组合装，该字段不返回） — Suite name (absent when the document has no suite).
    ///
    /// Wire name: `suite_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_name: Option<String>,
    /// 原始退款单号 — 按照oid和platform_id匹配原始退款单数据, 包含已取消的原始退款单号， / 多个原始退款单号之间使用英文逗号隔开 — Original refund numbers matched by oid and platform_id, cancelled ones included, several separated by English commas.
    ///
    /// Wire name: `raw_refund_nos` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub raw_refund_nos: Option<String>,
    /// 原始退款单号 — 原始退款单递交时刷新该值，取值与客户端保持一致 — Original refund number; refreshed when the original refund is submitted, same value as in the client.
    ///
    /// Wire name: `raw_refund_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub raw_refund_no: Option<String>,
    /// 订单id — Trade id.
    ///
    /// Wire name: `sales_trade_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sales_trade_id: Option<i32>,
    /// 总折扣金额 — Total discount amount.
    ///
    /// Wire name: `discount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub discount: Option<crate::Decimal>,
    /// 已支付金额 — Amount paid.
    ///
    /// Wire name: `paid` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub paid: Option<crate::Decimal>,
    /// 组合装id — Suite id.
    ///
    /// Wire name: `suite_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_id: Option<i32>,
    /// 组合装数量 — Suite quantity.
    ///
    /// Wire name: `suite_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_num: Option<crate::Decimal>,
    /// 创建时间 — Creation time.
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 最后修改时间 — Last modification time.
    ///
    /// Wire name: `modified_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified_date: Option<crate::BeijingTime>,
    /// 赠品类型 — 是否赠品 / 0：非赠品 / 1：自动赠送 / 2：手工赠送 / 4：周期购赠送 / 8：平台赠送 / 32：阶梯满赠 / 64：CRM追加赠送 / 128：主品 — Gift type: 0 not a gift, 1 automatic gift, 2 manual gift, 4 subscription gift, 8 platform gift, 32 tiered spend gift, 64 CRM added gift, 128 main item.
    ///
    /// Wire name: `gift_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gift_type: Option<i32>,
    /// 品牌名称 — Brand name.
    ///
    /// Wire name: `brand_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_name: Option<String>,
}

/// 金额明细 — Amount details.
///
/// JSON key `amount_detail_list`.
///
/// To build one in a test: `let mut value = AmountDetailList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct AmountDetailList {
    /// 金额明细记录id — Amount detail record id.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i32>,
    /// 退换单id — Refund/exchange order id.
    ///
    /// Wire name: `refund_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_id: Option<i32>,
    /// 退换类型 — 1: 货款 2:邮费 99:返现 — Refund/exchange type: 1 goods payment, 2 postage, 99 cash back.
    ///
    /// Wire name: `refund_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_type: Option<i32>,
    /// 金额流向 — 0:商家->买家 / 1:买家->商家 — Money direction: 0 merchant to buyer, 1 buyer to merchant.
    ///
    /// Wire name: `is_return` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub is_return: Option<i32>,
    /// 退款金额 — Refund amount.
    ///
    /// Wire name: `refund_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_amount: Option<crate::Decimal>,
    /// 收款金额 — Received amount.
    ///
    /// Wire name: `receive_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receive_amount: Option<crate::Decimal>,
    /// 是否担保支付 — 1:担保支付 / 0:非担保支付 — Guaranteed payment: 1 guaranteed, 0 not guaranteed.
    ///
    /// Wire name: `is_guarantee` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_guarantee: Option<bool>,
    /// 支付账户 — Payment account.
    ///
    /// Wire name: `account_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub account_id: Option<i32>,
    /// 买家账号 — 买家账号（仅自有平台及线下平台返回，其他平台均不返回） — Buyer account (returned only for own and offline platforms).
    ///
    /// Wire name: `pay_account` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pay_account: Option<crate::Personal>,
    /// 买家开户人姓名 — Buyer's account-holder name.
    ///
    /// Wire name: `account_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub account_name: Option<crate::Personal>,
    /// 开户银行 — Bank of the account.
    ///
    /// Wire name: `account_bank` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub account_bank: Option<crate::Personal>,
    /// 是否系统自动生成 — Generated automatically by the system.
    ///
    /// Wire name: `is_auto` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_auto: Option<bool>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
}

/// 换出订单明细 — Exchange-out order details.
///
/// JSON key `swap_order_detail_list`.
///
/// To build one in a test: `let mut value = SwapOrderDetailList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SwapOrderDetailList {
    /// 原始子单号 — Original (platform) sub-order number.
    ///
    /// Wire name: `oid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub oid: Option<String>,
    /// 货品类型 — 货品类型（1 单品，2 组合装） — Goods type (1 spec, 2 suite).
    ///
    /// Wire name: `target_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub target_type: Option<i32>,
    /// 换出货品id — Exchanged-out goods id.
    ///
    /// Wire name: `target_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub target_id: Option<i32>,
    /// 是否残次品 — Defective goods.
    ///
    /// Wire name: `defect` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub defect: Option<bool>,
    /// 货品名称 — Goods name.
    ///
    /// Wire name: `goods_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_name: Option<String>,
    /// 货品编号 — Goods code.
    ///
    /// Wire name: `goods_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_no: Option<String>,
    /// 规格名称 — Spec name.
    ///
    /// Wire name: `spec_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_name: Option<String>,
    /// 规格码 — Spec code.
    ///
    /// Wire name: `spec_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_code: Option<String>,
    /// 商家编码 — 商家编码,换出货品为组合装则此编码为组合装的商家编码 — Merchant code; the suite's merchant code when the exchanged-out goods is a suite.
    ///
    /// Wire name: `merchant_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub merchant_no: Option<String>,
    /// 零售价 — Retail price.
    ///
    /// Wire name: `price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub price: Option<crate::Decimal>,
    /// 总价 — Total price.
    ///
    /// Wire name: `total_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_amount: Option<crate::Decimal>,
    /// 数量 — Quantity.
    ///
    /// Wire name: `num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num: Option<crate::Decimal>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
}

/// 换出订单 — 非换货类型的单据不返回 — Exchange-out order; absent for documents that are not exchanges.
///
/// JSON key `swap_order`.
///
/// To build one in a test: `let mut value = SwapOrder::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SwapOrder {
    /// 换出订单原始单号 — Original order number of the exchange-out order.
    ///
    /// Wire name: `tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tid: Option<String>,
    /// 店铺编号 — Shop code.
    ///
    /// Wire name: `shop_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_no: Option<String>,
    /// 店铺名称 — Shop name.
    ///
    /// Wire name: `shop_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_name: Option<String>,
    /// 仓库名称 — Warehouse name.
    ///
    /// Wire name: `warehouse_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_no: Option<String>,
    /// 店铺id — Shop id.
    ///
    /// Wire name: `shop_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_id: Option<i32>,
    /// 仓库id — Warehouse id.
    ///
    /// Wire name: `warehouse_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_id: Option<i32>,
    /// 省份id — Province id.
    ///
    /// Wire name: `swap_province` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub swap_province: Option<i32>,
    /// 城市id — City id.
    ///
    /// Wire name: `swap_city` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub swap_city: Option<i32>,
    /// 地区 — Area.
    ///
    /// Wire name: `swap_area` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub swap_area: Option<crate::Personal>,
    /// 地区id — District id.
    ///
    /// Wire name: `swap_district` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub swap_district: Option<i32>,
    /// 换货新订单物流公司id — Logistics company id of the new exchange order.
    ///
    /// Wire name: `swap_logistics_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub swap_logistics_id: Option<i32>,
    /// 换货邮费 — Exchange postage.
    ///
    /// Wire name: `post_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub post_amount: Option<crate::Decimal>,
    /// 其他金额 — Other amount.
    ///
    /// Wire name: `other_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub other_amount: Option<crate::Decimal>,
    /// 换出订单明细 — Exchange-out order details.
    ///
    /// Wire name: `swap_order_detail_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub swap_order_detail_list: Vec<SwapOrderDetailList>,
    /// 换货收件人姓名 — Exchange receiver name.
    ///
    /// Wire name: `swap_receiver_name` (text; buyer personal data, redacted in `Debug`).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub swap_receiver_name: Option<crate::Personal>,
    /// 换货收件地址 — Exchange receiver address.
    ///
    /// Wire name: `swap_receiver_address` (text; buyer personal data, redacted in `Debug`).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub swap_receiver_address: Option<crate::Personal>,
    /// 换货收件人手机 — Exchange receiver mobile.
    ///
    /// Wire name: `swap_receiver_mobile` (text; buyer personal data, redacted in `Debug`).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub swap_receiver_mobile: Option<crate::Personal>,
    /// 换货收件人电话 — Exchange receiver phone.
    ///
    /// Wire name: `swap_receiver_telno` (text; buyer personal data, redacted in `Debug`).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub swap_receiver_telno: Option<crate::Personal>,
}

/// 国补信息 — National-subsidy information.
///
/// JSON key `gov_subsidy_info`.
///
/// To build one in a test: `let mut value = GovSubsidyInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GovSubsidyInfo {
    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tid: Option<String>,
    /// 原始子单号 — Original (platform) sub-order number.
    ///
    /// Wire name: `oid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub oid: Option<String>,
    /// 公司主体名称 — Company entity name.
    ///
    /// Wire name: `corp_entity_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub corp_entity_name: Option<String>,
    /// 基本单位 — Base unit.
    ///
    /// Wire name: `base_unit_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub base_unit_name: Option<String>,
    /// 辅助单位 — Auxiliary unit.
    ///
    /// Wire name: `aux_unit_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub aux_unit_name: Option<String>,
}

/// 单据数据 — Document data.
///
/// JSON key `order`.
///
/// To build one in a test: `let mut value = Order::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Order {
    /// 退换单id — Refund/exchange order id.
    ///
    /// Wire name: `refund_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_id: Option<i32>,
    /// 原始单号 — 原始单号（关联的销售单平台订单号） — Original order numbers (platform order numbers of the linked sales orders).
    ///
    /// Wire name: `src_tids` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_tids: Option<String>,
    /// 退换单号 — Refund/exchange order number.
    ///
    /// Wire name: `refund_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_no: Option<String>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 退换单类型 — 1:售前退款;2:退货;3:换货;4:退款不退货;6:保价退款 — Refund/exchange order type: 1 pre-sale refund, 2 return, 3 exchange, 4 refund without return, 6 price-protection refund.
    ///
    /// Wire name: `type` (code table [`RefundType`](crate::types::RefundType)).
    #[doc(alias = "type")]
    #[serde(
        rename(deserialize = "type"),
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub refund_type: Option<crate::types::RefundType>,
    /// 入库状态 — 0:无需入库;1:待入库;2:部分入库;3:全部入库;4:终止入库 — Stock-in status: 0 no stock-in needed, 1 awaiting stock-in, 2 partly stocked in, 3 fully stocked in, 4 stock-in terminated.
    ///
    /// Wire name: `stockin_status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockin_status: Option<i32>,
    /// 标记名称 — Flag name.
    ///
    /// Wire name: `flag_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_name: Option<String>,
    /// 退回货品数量 — Returned goods quantity.
    ///
    /// Wire name: `return_goods_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_goods_count: Option<crate::Decimal>,
    /// 退款订单中收件人电话 — 退款订单中收件人电话（仅自有平台及线下平台返回，其他平台均不返回） — Receiver phone of the refunded order (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_telno` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_telno: Option<crate::Personal>,
    /// 退款订单中收件人姓名 — 退款订单中收件人姓名（仅自有平台及线下平台返回，其他平台均不返回） — Receiver name of the refunded order (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_name: Option<crate::Personal>,
    /// 修改时间 — Modification time.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 便签数量 — Number of notes.
    ///
    /// Wire name: `note_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub note_count: Option<i32>,
    /// 店铺编号 — Shop code.
    ///
    /// Wire name: `shop_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_no: Option<String>,
    /// 建单方式 — 0:API抓单;1:手工建单;2:Excel导入;3:分销商推送 — Creation method: 0 API download, 1 manual, 2 Excel import, 3 pushed by distributor.
    ///
    /// Wire name: `from_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub from_type: Option<i32>,
    /// 建单时间 — Document creation time.
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 结算时间 — 若无结算时间，返回空字符串 — Settlement time; an empty string when none.
    ///
    /// Wire name: `settle_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub settle_time: Option<crate::BeijingTime>,
    /// 审核时间 — 未审核，返回空字符串 — Review time; an empty string when not reviewed.
    ///
    /// Wire name: `check_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub check_time: Option<crate::BeijingTime>,
    /// 退货物流单号 — Return logistics number.
    ///
    /// Wire name: `return_logistics_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_logistics_no: Option<String>,
    /// 系统订单号列表 — List of system trade numbers.
    ///
    /// Wire name: `trade_no_list` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_no_list: Option<String>,
    /// 平台退款金额 — 平台退款金额（担保退款金额） — Platform refund amount (guaranteed refund amount).
    ///
    /// Wire name: `guarantee_refund_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub guarantee_refund_amount: Option<crate::Decimal>,
    /// 退货金额 — Returned goods amount.
    ///
    /// Wire name: `return_goods_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_goods_amount: Option<crate::Decimal>,
    /// 物流公司名称 — Logistics company name.
    ///
    /// Wire name: `return_logistics_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_logistics_name: Option<String>,
    /// 退换说明 — Refund/exchange explanation.
    ///
    /// Wire name: `reason_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub reason_name: Option<String>,
    /// 退款原因 — Refund reason.
    ///
    /// Wire name: `refund_reason` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_reason: Option<String>,
    /// 客户网名 — 客户网名（仅自有平台及线下平台返回，其他平台均不返回） — Customer's online nickname (returned only for own and offline platforms).
    ///
    /// Wire name: `buyer_nick` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub buyer_nick: Option<crate::Personal>,
    /// 建单者 — Document creator.
    ///
    /// Wire name: `operator_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub operator_name: Option<String>,
    /// 实际退款金额 — Actual refund amount.
    ///
    /// Wire name: `actual_refund_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub actual_refund_amount: Option<crate::Decimal>,
    /// 驳回原因 — Rejection reason.
    ///
    /// Wire name: `revert_reason_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub revert_reason_name: Option<String>,
    /// 退回仓库编号 — Return warehouse code.
    ///
    /// Wire name: `return_warehouse_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_warehouse_no: Option<String>,
    /// 线下退款金额 — 线下退款金额（非担保退款金额） — Offline refund amount (non-guaranteed refund amount).
    ///
    /// Wire name: `direct_refund_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub direct_refund_amount: Option<crate::Decimal>,
    /// 收款金额 — 收款金额，买家支付给卖家 — Received amount, paid by the buyer to the seller.
    ///
    /// Wire name: `receive_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receive_amount: Option<crate::Decimal>,
    /// 客户姓名 — 客户姓名（仅自有平台及线下平台返回，其他平台均不返回） — Customer name (returned only for own and offline platforms).
    ///
    /// Wire name: `customer_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_name: Option<crate::Personal>,
    /// 分销商昵称 — 分销商昵称，若无值则字段不返回 — Distributor nickname; absent when empty.
    ///
    /// Wire name: `fenxiao_nick_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_nick_name: Option<String>,
    /// 退换单状态 — 10:已取消;20:待审核;30:已审核;40已推送:80:已结算;81:待回传;85:待过账;86:已过账;87:成本确认;90:已完成 — Refund/exchange order status: 10 cancelled, 20 awaiting review, 30 reviewed, 40 pushed, 80 settled, 81 awaiting feedback, 85 awaiting posting, 86 posted, 87 cost confirmation, 90 completed.
    ///
    /// Wire name: `status` (code table [`RefundOrderStatus`](crate::types::RefundOrderStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub status: Option<crate::types::RefundOrderStatus>,
    /// 店铺id — Shop id.
    ///
    /// Wire name: `shop_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_id: Option<i32>,
    /// 订单id — Trade id.
    ///
    /// Wire name: `trade_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_id: Option<i32>,
    /// 原始退换单号 — 原始退换单号 多个原始退款单号之间使用英文逗号隔开 — Original refund/exchange numbers, several separated by English commas.
    ///
    /// Wire name: `raw_refund_nos` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub raw_refund_nos: Option<String>,
    /// 支付订单号 — Payment order number.
    ///
    /// Wire name: `pay_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pay_id: Option<String>,
    /// 分销退换单号 — 分销原始单号 — Distribution refund/exchange number (the distribution original number).
    ///
    /// Wire name: `provider_refund_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub provider_refund_no: Option<String>,
    /// 店铺平台id — Shop's platform id.
    ///
    /// Wire name: `shop_platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_platform_id: Option<i32>,
    /// 原始单号 — 原始单号（同退换单管理界面原始单号字段） — Original order numbers (as in the original-number column of the refund/exchange management screen).
    ///
    /// Wire name: `tid_list` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tid_list: Option<String>,
    /// 子平台id — Sub-platform id.
    ///
    /// Wire name: `sub_platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sub_platform_id: Option<i32>,
    /// 退回仓库id — Return warehouse id.
    ///
    /// Wire name: `return_warehouse_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_warehouse_id: Option<i32>,
    /// 平台id — Platform id.
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 奇门货主编号 — Qimen owner code.
    ///
    /// Wire name: `wms_owner_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wms_owner_no: Option<String>,
    /// 退回仓库类型 — 退回仓库类型 1:普通（内部）,2:自流转,3:平台,4:京东沧海.6:抖音云仓,125:代发仓,126:分销委外 — Return warehouse type: 1 ordinary (internal), 2 self-flow, 3 platform, 4 JD Canghai, 6 Douyin cloud warehouse, 125 drop-ship warehouse, 126 distribution outsourcing.
    ///
    /// Wire name: `warehouse_type` (code table [`WarehouseType`](crate::types::WarehouseType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_type: Option<crate::types::WarehouseType>,
    /// 拦截原因 — Interception reason.
    ///
    /// Wire name: `bad_reason` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub bad_reason: Option<i32>,
    /// 最后修改时间 — Last modification time.
    ///
    /// Wire name: `modified_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified_date: Option<crate::BeijingTime>,
    /// 退换信息 — Refund/exchange information.
    ///
    /// Wire name: `return_mask_info` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_mask_info: Option<String>,
    /// 处理状态 — 处理状态 / 0：待递交 / 15：已递交 / 25：待回传 / 35：已回传 — Processing status: 0 awaiting submission, 15 submitted, 25 awaiting feedback, 35 fed back.
    ///
    /// Wire name: `process_status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub process_status: Option<i32>,
    /// 退款原因id — Refund reason id.
    ///
    /// Wire name: `reason_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub reason_id: Option<i32>,
    /// 驳回原因id — Rejection reason id.
    ///
    /// Wire name: `revert_reason` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub revert_reason: Option<i32>,
    /// 客户id — Customer id.
    ///
    /// Wire name: `customer_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_id: Option<i32>,
    /// 发货方式 — 0：并行 / 1：交替 / 2：顺延 — Shipping mode: 0 parallel, 1 alternating, 2 deferred.
    ///
    /// Wire name: `consign_mode` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub consign_mode: Option<i32>,
    /// 退款创建时间 — 退款创建时间，格式: yyyy-MM-dd HH:mm:ss — Refund creation time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `refund_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub refund_time: Option<crate::BeijingTime>,
    /// 分销原始单号 — Distribution original order number.
    ///
    /// Wire name: `fenxiao_tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_tid: Option<String>,
    /// 分销商编码 — Distributor code.
    ///
    /// Wire name: `fenxiao_nick_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_nick_no: Option<String>,
    /// wms单号 — wms单号(奇门自定义接口不返回该字段) — WMS document number (not returned by Qimen custom interfaces).
    ///
    /// Wire name: `wms_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wms_code: Option<String>,
    /// 平台状态 — 0：空 / 1：取消退款 / 2：申请退款 / 3：等待退货 / 4：等待收货 / 5：退款成功 — Platform status: 0 empty, 1 refund cancelled, 2 refund requested, 3 awaiting return, 4 awaiting receipt, 5 refund succeeded.
    ///
    /// Wire name: `rr_status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rr_status: Option<i32>,
    /// 退款成功时间 — Refund-success time.
    ///
    /// Wire name: `current_phase_timeout` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub current_phase_timeout: Option<crate::BeijingTime>,
    /// 退换单详情 — Refund/exchange order details.
    ///
    /// Wire name: `detail_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub detail_list: Vec<DetailList>,
    /// 金额明细 — Amount details.
    ///
    /// Wire name: `amount_detail_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub amount_detail_list: Vec<AmountDetailList>,
    /// 换出订单 — 非换货类型的单据不返回 — Exchange-out order; absent for documents that are not exchanges.
    ///
    /// Wire name: `swap_order`.
    #[serde(default)]
    pub swap_order: Option<SwapOrder>,
    /// 国补信息 — National-subsidy information.
    ///
    /// Wire name: `gov_subsidy_info*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub gov_subsidy_info: Vec<GovSubsidyInfo>,
    /// 原始退款单备注 — Original refund remark.
    ///
    /// Wire name: `raw_refund_remark` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub raw_refund_remark: Option<String>,
    /// 第三方分销商id — Third-party distributor id.
    ///
    /// Wire name: `fenxiao_distributor_id` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_distributor_id: Option<String>,
    /// 第三方分销商名称 — Third-party distributor name.
    ///
    /// Wire name: `fenxiao_distributor_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_distributor_name: Option<String>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `return_mask` (integer).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_mask: Option<i32>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `return_telno` (text; buyer personal data, redacted in `Debug`).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_telno: Option<crate::Personal>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `sync_return` (`true` / `false`).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub sync_return: Option<bool>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `tmp_data` (text).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tmp_data: Option<String>,
}

/// 单据数据 — Document data.
///
/// JSON key `data`.
///
/// To build one in a test: `let mut value = Data::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// 单据数据 — Document data.
    ///
    /// Wire name: `order*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub order: Vec<Order>,
    /// 数据总条数 — 单据数据总条数 — Total number of documents.
    ///
    /// Wire name: `total_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_count: Option<i32>,
}
