// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.StockSync.getSelfWaitSyncIdListOpen`: 获取自有平台货品需要同步信息 — Get the ids of self-built-platform goods whose stock needs syncing, from a cursor position.
//!
//! - Category: 订单类 (group `trade`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: documented
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//!
//! Notes:
//! - Not paged by the pager: \[count, position\] is a cursor walk; data.position is the next cursor.
//! - data.id_list holds api_goodsspec rec_id values: the apiGoodsId of calcStock, syncSuccess, syncFail and cancelSync.
//! - Stock-sync flow (assembled from the five pages) \[likely\]: getSelfWaitSyncIdListOpen → calcStock per id → push to your platform → syncSuccess or syncFail with the calcStock values → optionally cancelSync.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.StockSync.getSelfWaitSyncIdListOpen";

/// Request for `sales.StockSync.getSelfWaitSyncIdListOpen`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.StockSync.getSelfWaitSyncIdListOpen")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 一次的记录数 — 一次的记录数最小值10, 最大值5000 — Records per call, 10–5000. The doc's JSON example sends it as a string ("500"), its PHP example and the Java SDK as an int \[likely\]: sent as a number.
    ///
    /// Wire name: body argument `count` (integer).
    pub count: i32,
    /// 起始位置 — 第一次用0, 后面则使用上一次调用返回的position — 0 on the first call, then the position returned by the previous call.
    ///
    /// Wire name: body argument `position` (integer).
    pub position: i32,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(count: i32, position: i32) -> Self {
        Self {
            count,
            position,
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_STOCK_SYNC_GET_SELF_WAIT_SYNC_ID_LIST_OPEN;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        crate::rt::check(
            METHOD,
            "count",
            &crate::rt::wire::text(&self.count),
            &crate::Rule::Range(
                Some(const { crate::Decimal::from_parts(10, 0, 0, false, 0) }),
                Some(const { crate::Decimal::from_parts(5000, 0, 0, false, 0) }),
            ),
        )?;
        Ok(
            Some(
                crate::json::body(
                    vec![
                        crate ::json::ToJson::to_json(& self.count), crate
                        ::json::ToJson::to_json(& self.position)
                    ],
                ),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

/// 获取自有平台货品需要同步信息 — Get the ids of self-built-platform goods whose stock needs syncing, from a cursor position.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 数据信息 — Data.
    ///
    /// Wire name: `data`.
    #[serde(default)]
    pub data: Option<Data>,
}

/// 数据信息 — Data.
///
/// JSON key `data`.
///
/// To build one in a test: `let mut value = Data::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// rec_id的集合 — 待同步的api_goodsspec表rec_id — Set of rec_id: the api_goodsspec rec_ids to sync.
    ///
    /// Wire name: `id_list*`.
    #[serde(default, deserialize_with = "crate::json::de::scalar_list")]
    pub id_list: Vec<i64>,
    /// 下次调用的起始位置 — list中对应最后一条的disable_syn_until — Start position of the next call: the disable_syn_until of the last entry in the list.
    ///
    /// Wire name: `position` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub position: Option<i32>,
}
