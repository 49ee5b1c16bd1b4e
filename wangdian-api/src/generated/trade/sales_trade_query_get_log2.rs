// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.TradeQuery.getLog2`: 订单日志批量查询 — Query the operation logs of several trades.
//!
//! - Category: 订单类 (group `trade`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: unknown
//!
//! No public documentation was found for this method. Pass parameters with
//! [`Request::param`]; the reply is returned as a generic JSON [`Value`](crate::json::Value) (the reply's `data`).
//!
//! Sources:
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//!
//! Notes:
//! - Known only from the official list as captured by S4 (no doc-page scrape): paged or not is not determinable, so it is not paged here; request shape per S4: tradeNo: Record\<string, unknown>.
//! - S4's reply type: data result\[\] of {trade_no, detail_list\[{created, shortname, type}\]}.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.TradeQuery.getLog2";

/// Request for `sales.TradeQuery.getLog2`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.TradeQuery.getLog2")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `tradeNo`.
    pub trade_no: Option<crate::json::Value>,
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
    /// Wire name: body argument `tradeNo`.
    pub fn trade_no(mut self, trade_no: crate::json::Value) -> Self {
        self.trade_no = Some(trade_no);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_TRADE_QUERY_GET_LOG2;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        Ok(Some(crate::json::body(vec![crate ::json::ToJson::to_json(& self.trade_no)])))
    }

    fn decode(body: &crate::RawBody) -> Result<crate::json::Value, crate::Error> {
        crate::decode::classified_data(METHOD, body)
    }
}
