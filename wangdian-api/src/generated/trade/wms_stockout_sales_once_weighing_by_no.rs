// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `wms.stockout.Sales.onceWeighingByNo`: 重量回传3 — Send back a package's weight by packager number (variant 3).
//!
//! - Category: 订单类 (group `trade`)
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
pub const METHOD: &str = "wms.stockout.Sales.onceWeighingByNo";

/// Request for `wms.stockout.Sales.onceWeighingByNo`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "wms.stockout.Sales.onceWeighingByNo")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `logisticsOrTradeNo`.
    pub logistics_or_trade_no: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `packageBarcode`.
    pub package_barcode: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `weight`.
    pub weight: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `packagerNo`.
    pub packager_no: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `operateTableName`.
    pub operate_table_name: Option<crate::json::Value>,
    /// (No description in the spec.)
    ///
    /// Wire name: body argument `force`.
    pub force: Option<crate::json::Value>,
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
    /// Wire name: body argument `logisticsOrTradeNo`.
    pub fn logistics_or_trade_no(
        mut self,
        logistics_or_trade_no: crate::json::Value,
    ) -> Self {
        self.logistics_or_trade_no = Some(logistics_or_trade_no);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `packageBarcode`.
    pub fn package_barcode(mut self, package_barcode: crate::json::Value) -> Self {
        self.package_barcode = Some(package_barcode);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `weight`.
    pub fn weight(mut self, weight: crate::json::Value) -> Self {
        self.weight = Some(weight);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `packagerNo`.
    pub fn packager_no(mut self, packager_no: crate::json::Value) -> Self {
        self.packager_no = Some(packager_no);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `operateTableName`.
    pub fn operate_table_name(mut self, operate_table_name: crate::json::Value) -> Self {
        self.operate_table_name = Some(operate_table_name);
        self
    }

    /// (No description in the spec.)
    ///
    /// Wire name: body argument `force`.
    pub fn force(mut self, force: crate::json::Value) -> Self {
        self.force = Some(force);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::WMS_STOCKOUT_SALES_ONCE_WEIGHING_BY_NO;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        Ok(
            Some(
                crate::json::body(
                    vec![
                        crate ::json::ToJson::to_json(& self.logistics_or_trade_no),
                        crate ::json::ToJson::to_json(& self.package_barcode), crate
                        ::json::ToJson::to_json(& self.weight), crate
                        ::json::ToJson::to_json(& self.packager_no), crate
                        ::json::ToJson::to_json(& self.operate_table_name), crate
                        ::json::ToJson::to_json(& self.force)
                    ],
                ),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<crate::json::Value, crate::Error> {
        crate::decode::classified_data(METHOD, body)
    }
}
