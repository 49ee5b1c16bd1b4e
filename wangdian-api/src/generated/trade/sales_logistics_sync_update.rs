// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.LogisticsSync.update`: 物流同步状态回传 — Report back to the ERP whether each logistics sync (tracking number upload to the platform) succeeded.
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
//!
//! Notes:
//! - The body is an array inside an array: \[\[{sync_id, status, error_msg}, …\]\].
//! - data is a list of error strings; an empty list means every item was accepted. The doc's exception example has status 0 with data \["同步结果状态为空!"\]: check data even when status is 0.
//! - Self-built platforms only.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.LogisticsSync.update";

pub use crate::generated::shapes::LogisticsSyncResult;

/// Request for `sales.LogisticsSync.update`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.LogisticsSync.update")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 同步结果列表 — 同步信息列表 — Sync result (information) list.
    ///
    /// Wire name: body argument `syncList`.
    pub sync_list: Vec<LogisticsSyncResult>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(sync_list: Vec<LogisticsSyncResult>) -> Self {
        Self {
            sync_list,
            extra_params: Vec::new(),
        }
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_LOGISTICS_SYNC_UPDATE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        for item in &self.sync_list {
            item.check(METHOD)?;
        }
        Ok(
            Some(
                crate::json::body(vec![crate ::json::ToJson::to_json(& self.sync_list)]),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

/// 物流同步状态回传 — Report back to the ERP whether each logistics sync (tracking number upload to the platform) succeeded.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 结果数据 — 结果数据，如果全部成功则返回空List — Result data; an empty list when all succeeded.
    ///
    /// Wire name: `data*`.
    #[serde(default, deserialize_with = "crate::json::de::scalar_list")]
    pub data: Vec<String>,
}
