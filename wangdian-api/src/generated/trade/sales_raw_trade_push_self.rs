// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.RawTrade.pushSelf`: 原始单推送 — Push raw (platform) trades with their lines into the ERP (deprecated: use sales.RawTrade.pushSelf2).
//!
//! - Category: 订单类 (group `trade`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//!
//! Notes:
//! - Deprecated on its own page: 接口已过时, 请使用 sales.RawTrade.pushSelf2.
//! - Reply data (catalog): object.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.RawTrade.pushSelf";

/// Request for `sales.RawTrade.pushSelf`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.RawTrade.pushSelf")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `shop_no`.
    pub shop_no: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `rawTradeList`.
    pub raw_trade_list: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `rawTradeOrderList`.
    pub raw_trade_order_list: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `discountList`.
    pub discount_list: Option<crate::json::Value>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `shop_no`.
    pub fn shop_no(mut self, shop_no: crate::json::Value) -> Self {
        self.shop_no = Some(shop_no);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `rawTradeList`.
    pub fn raw_trade_list(mut self, raw_trade_list: crate::json::Value) -> Self {
        self.raw_trade_list = Some(raw_trade_list);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `rawTradeOrderList`.
    pub fn raw_trade_order_list(
        mut self,
        raw_trade_order_list: crate::json::Value,
    ) -> Self {
        self.raw_trade_order_list = Some(raw_trade_order_list);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `discountList`.
    pub fn discount_list(mut self, discount_list: crate::json::Value) -> Self {
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
    type Response = crate::json::Value;

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_RAW_TRADE_PUSH_SELF;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
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

    fn decode(body: &crate::RawBody) -> Result<crate::json::Value, crate::Error> {
        crate::decode::classified_data(METHOD, body)
    }
}
