// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `wms.stockin.SmartRefund.upload`: 快速退货 — Quick return: create a refund, optionally with a pre-stock-in.
//!
//! - Category: 售后类 (group `aftersales`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//!
//! Notes:
//! - Reply data (catalog): object.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "wms.stockin.SmartRefund.upload";

/// Request for `wms.stockin.SmartRefund.upload`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "wms.stockin.SmartRefund.upload")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `refundInfo`.
    pub refund_info: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `detailMapList`.
    pub detail_map_list: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `createPreStockin`.
    pub create_pre_stockin: Option<crate::json::Value>,
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
    /// Wire name: body argument `refundInfo`.
    pub fn refund_info(mut self, refund_info: crate::json::Value) -> Self {
        self.refund_info = Some(refund_info);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `detailMapList`.
    pub fn detail_map_list(mut self, detail_map_list: crate::json::Value) -> Self {
        self.detail_map_list = Some(detail_map_list);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `createPreStockin`.
    pub fn create_pre_stockin(mut self, create_pre_stockin: crate::json::Value) -> Self {
        self.create_pre_stockin = Some(create_pre_stockin);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::WMS_STOCKIN_SMART_REFUND_UPLOAD;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        Ok(
            Some(
                crate::json::body(
                    vec![
                        crate ::json::ToJson::to_json(& self.refund_info), crate
                        ::json::ToJson::to_json(& self.detail_map_list), crate
                        ::json::ToJson::to_json(& self.create_pre_stockin)
                    ],
                ),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<crate::json::Value, crate::Error> {
        crate::decode::classified_data(METHOD, body)
    }
}
