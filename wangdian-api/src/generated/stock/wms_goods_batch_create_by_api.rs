// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `wms.GoodsBatch.createByApi`: 批次号创建 — Create batch numbers.
//!
//! - Category: 库存类 (group `stock`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: write (never retried automatically)
//! - Provenance: unknown
//!
//! No public documentation was found for this method. Pass parameters with
//! [`Request::param`]; the reply is returned as a generic JSON [`Value`](crate::json::Value) (the reply's `data`).
//!
//! Sources:
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//!
//! Notes:
//! - Known only from the official list as captured by S4 (no doc-page scrape): paged or not is not determinable, so it is not paged here; request shape per S4: params object.
//! - S4's request object: {batch_no, remark}.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "wms.GoodsBatch.createByApi";

/// Request for `wms.GoodsBatch.createByApi`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "wms.GoodsBatch.createByApi")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `params`.
    pub params: Option<crate::json::Value>,
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
    /// Wire name: body argument `params`.
    pub fn params(mut self, params: crate::json::Value) -> Self {
        self.params = Some(params);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::WMS_GOODS_BATCH_CREATE_BY_API;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        Ok(Some(crate::json::body(vec![crate ::json::ToJson::to_json(& self.params)])))
    }

    fn decode(body: &crate::RawBody) -> Result<crate::json::Value, crate::Error> {
        crate::decode::classified_data(METHOD, body)
    }
}
