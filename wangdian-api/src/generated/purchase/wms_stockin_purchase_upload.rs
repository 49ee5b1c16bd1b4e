// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `wms.stockin.Purchase.upload`: 采购入库单推送 — Push a purchase stock-in order.
//!
//! - Category: 采购类 (group `purchase`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - G1: Go operation table, package wdt (index id 60431816433): app operations mapped to QJB direct and Qimen method names
//!
//! Notes:
//! - Reply data (catalog): data: String.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "wms.stockin.Purchase.upload";

/// Request for `wms.stockin.Purchase.upload`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "wms.stockin.Purchase.upload")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `stockin_order`.
    pub stockin_order: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `stockin_detail_list`.
    pub stockin_detail_list: Option<crate::json::Value>,
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
    /// Wire name: body argument `stockin_order`.
    pub fn stockin_order(mut self, stockin_order: crate::json::Value) -> Self {
        self.stockin_order = Some(stockin_order);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `stockin_detail_list`.
    pub fn stockin_detail_list(
        mut self,
        stockin_detail_list: crate::json::Value,
    ) -> Self {
        self.stockin_detail_list = Some(stockin_detail_list);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::WMS_STOCKIN_PURCHASE_UPLOAD;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        Ok(
            Some(
                crate::json::body(
                    vec![
                        crate ::json::ToJson::to_json(& self.stockin_order), crate
                        ::json::ToJson::to_json(& self.stockin_detail_list)
                    ],
                ),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<crate::json::Value, crate::Error> {
        crate::decode::classified_data(METHOD, body)
    }
}
