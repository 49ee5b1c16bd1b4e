// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.RawTrade.pushSelf2`: 原始单推送2 — Push raw (platform) trades with their lines and discounts into the ERP, creating or updating them; per-trade failures come back in error_list.
//!
//! - Category: 订单类 (group `trade`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//! - S1-err: S1 Firecrawl/open.wangdian.cn_qjb_open_guide_path=qjbguide_cwmsm.md: the official error-code page (错误码说明) with method-specific messages
//!
//! Notes:
//! - Creates or updates raw trades of a self-built (自有) platform shop; recommended at most 100 trades per call; test the whole flow in the test environment first.
//! - The fourth argument discountList is optional; the doc example sends three elements.
//! - Per-trade failures come back with status 0 in data.error_list ({no, error}); no and error come from the doc's example, the table does not declare them.
//! - order_count is the number of sub-orders in rawTradeOrderList and goods_count the sum of their num.
//! - Errors: 店铺平台不是自有平台, 店铺编号不存在或已停用, 昵称/收件人姓名/收件人地址/买家留言包含非法字符或为空,原始单号为：…
//! - sales.RawTrade.pushSelf (v1) has the same argument tables and lacks error_list.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.RawTrade.pushSelf2";

pub use crate::generated::shapes::{RawTrade, RawTradeDiscount, RawTradeOrder};

/// Request for `sales.RawTrade.pushSelf2`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.RawTrade.pushSelf2")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 店铺编号 — Shop code.
    ///
    /// Wire name: body argument `shop_no` (text).
    pub shop_no: String,
    /// 原始单信息 — 原始单信息信息集合 — Original orders (a collection).
    ///
    /// Wire name: body argument `rawTradeList`.
    pub raw_trade_list: Vec<RawTrade>,
    /// 原始子单信息 — 原始子单信息集合 — Original sub-orders (a collection).
    ///
    /// Wire name: body argument `rawTradeOrderList`.
    pub raw_trade_order_list: Vec<RawTradeOrder>,
    /// 优惠信息 — 不需要优惠明细可不传,优惠明细显示在订单管理界面的优惠明细Tab页 — Discounts; optional if no discount details are needed; shown on the trade management page's discount-details tab.
    ///
    /// Wire name: body argument `discountList`.
    pub discount_list: Option<Vec<RawTradeDiscount>>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(
        shop_no: impl Into<String>,
        raw_trade_list: Vec<RawTrade>,
        raw_trade_order_list: Vec<RawTradeOrder>,
    ) -> Self {
        Self {
            shop_no: shop_no.into(),
            raw_trade_list,
            raw_trade_order_list,
            discount_list: None,
            extra_params: Vec::new(),
        }
    }

    /// 优惠信息 — 不需要优惠明细可不传,优惠明细显示在订单管理界面的优惠明细Tab页 — Discounts; optional if no discount details are needed; shown on the trade management page's discount-details tab.
    ///
    /// Wire name: body argument `discountList`.
    pub fn discount_list(mut self, discount_list: Vec<RawTradeDiscount>) -> Self {
        self.discount_list = Some(discount_list);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_RAW_TRADE_PUSH_SELF2;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        crate::rt::check(
            METHOD,
            "shop_no",
            &crate::rt::wire::text(&self.shop_no),
            &crate::Rule::MaxChars(40),
        )?;
        for item in &self.raw_trade_list {
            item.check(METHOD)?;
        }
        for item in &self.raw_trade_order_list {
            item.check(METHOD)?;
        }
        for item in self.discount_list.iter().flatten() {
            item.check(METHOD)?;
        }
        Ok(
            Some(
                crate::json::body(
                    vec![
                        crate ::json::ToJson::to_json(& self.shop_no), crate
                        ::json::ToJson::to_json(& self.raw_trade_list), crate
                        ::json::ToJson::to_json(& self.raw_trade_order_list), crate
                        ::json::ToJson::to_json(& self.discount_list)
                    ],
                ),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

/// 原始单推送2 — Push raw (platform) trades with their lines and discounts into the ERP, creating or updating them; per-trade failures come back in error_list.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 单据数据 — 结果相关数据 — Document data: the results.
    ///
    /// Wire name: `data`.
    #[serde(default)]
    pub data: Option<Data>,
}

/// 错误信息 — 错误信息为空，表示全部创建成功 — Errors; empty when everything was created.
///
/// JSON key `error_list`.
///
/// To build one in a test: `let mut value = ErrorList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ErrorList {
    /// 单号 — Document number.
    ///
    /// Wire name: `no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub no: Option<String>,
    /// 错误信息 — Error message.
    ///
    /// Wire name: `error` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub error: Option<String>,
}

/// 单据数据 — 结果相关数据 — Document data: the results.
///
/// JSON key `data`.
///
/// To build one in a test: `let mut value = Data::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// 更新订单数 — 返回的为更新订单的数量 — Number of trades updated.
    ///
    /// Wire name: `chg_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub chg_count: Option<i32>,
    /// 新增订单数 — 返回的为新增订单的数量 — Number of trades added.
    ///
    /// Wire name: `new_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub new_count: Option<i32>,
    /// 错误信息 — 错误信息为空，表示全部创建成功 — Errors; empty when everything was created.
    ///
    /// Wire name: `error_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub error_list: Vec<ErrorList>,
}
