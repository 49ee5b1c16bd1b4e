// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `wms.stockout.Transfer.cancelOrder`: 调拨单出库取消 — Cancel a transfer stock-out order.
//!
//! - Category: 库存类 (group `stock`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "wms.stockout.Transfer.cancelOrder";

/// Request for `wms.stockout.Transfer.cancelOrder`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "wms.stockout.Transfer.cancelOrder")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `transfer_out_no`.
    pub transfer_out_no: Option<crate::json::Value>,
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
    /// Wire name: body argument `transfer_out_no`.
    pub fn transfer_out_no(mut self, transfer_out_no: crate::json::Value) -> Self {
        self.transfer_out_no = Some(transfer_out_no);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::WMS_STOCKOUT_TRANSFER_CANCEL_ORDER;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        Ok(
            Some(
                crate::json::body(
                    vec![crate ::json::ToJson::to_json(& self.transfer_out_no)],
                ),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<crate::json::Value, crate::Error> {
        crate::decode::classified_data(METHOD, body)
    }
}
