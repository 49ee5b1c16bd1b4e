// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.StockSync.cancelSync`: 取消当前同步 — Cancel the current stock sync of a platform goods item.
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

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.StockSync.cancelSync";

/// Request for `sales.StockSync.cancelSync`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.StockSync.cancelSync")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `apiGoodsId`.
    pub api_goods_id: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `stockChangeCount`.
    pub stock_change_count: Option<crate::json::Value>,
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
    /// Wire name: body argument `apiGoodsId`.
    pub fn api_goods_id(mut self, api_goods_id: crate::json::Value) -> Self {
        self.api_goods_id = Some(api_goods_id);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `stockChangeCount`.
    pub fn stock_change_count(mut self, stock_change_count: crate::json::Value) -> Self {
        self.stock_change_count = Some(stock_change_count);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_STOCK_SYNC_CANCEL_SYNC;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        Ok(
            Some(
                crate::json::body(
                    vec![
                        crate ::json::ToJson::to_json(& self.api_goods_id), crate
                        ::json::ToJson::to_json(& self.stock_change_count)
                    ],
                ),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<crate::json::Value, crate::Error> {
        crate::decode::classified_data(METHOD, body)
    }
}
