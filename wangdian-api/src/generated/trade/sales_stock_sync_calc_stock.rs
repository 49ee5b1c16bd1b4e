// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.StockSync.calcStock`: 库存同步计算查询 — Compute the stock quantity a self-built-platform goods item should sync.
//!
//! - Category: 订单类 (group `trade`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: documented
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//!
//! Notes:
//! - Replacement of sales.StockSync.calcStockWithAuth (which the Java SDK still calls); self-built platforms only; for batches use sales.StockSync.batchCalcStock.
//! - syn_stock is the quantity to sync; stock_change_count must be echoed back to syncSuccess/syncFail/cancelSync.
//! - rec_id is declared Int(20); it is the apiGoodsId (long), so the spec reads it as long.
//! - Error example: 货品id:jitx002规格Id:jitx002 已停用或者未开启同步.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.StockSync.calcStock";

/// Request for `sales.StockSync.calcStock`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.StockSync.calcStock")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 平台货品的rec_id — rec_id of the platform goods.
    ///
    /// Wire name: body argument `apiGoodsId` (integer).
    pub api_goods_id: i64,
    /// 货品是否开启检测 — True开启；False未开启，（主要用于被停用平台货品或临时停止库存同步时强制同步库存，无该逻辑传false即可） — Check enabled for the goods: True on, False off (mainly to force a stock sync for disabled platform goods or a paused stock sync; pass false otherwise).
    ///
    /// Wire name: body argument `forceSync` (`true` / `false`).
    pub force_sync: bool,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(api_goods_id: i64, force_sync: bool) -> Self {
        Self {
            api_goods_id,
            force_sync,
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_STOCK_SYNC_CALC_STOCK;

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
                        ::json::ToJson::to_json(& self.force_sync)
                    ],
                ),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

/// 库存同步计算查询 — Compute the stock quantity a self-built-platform goods item should sync.
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
    /// 编码 — 如果是根据商家编码自动匹配的，那么这个字段记录了商家编码，可以是货品的编码+规格的编码 — Code: the merchant code when matched automatically by merchant code; may be the goods code plus the spec code.
    ///
    /// Wire name: `match_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub match_code: Option<String>,
    /// 定时上架时间 — Scheduled listing time.
    ///
    /// Wire name: `list_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub list_time: Option<crate::BeijingTime>,
    /// 最小同步库存量 — Minimum synced stock.
    ///
    /// Wire name: `stock_syn_min` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_syn_min: Option<crate::Decimal>,
    /// 平台库存 — Platform stock.
    ///
    /// Wire name: `stock_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_num: Option<crate::Decimal>,
    /// 库存同步的仓库id — 库存同步的仓库id，多个仓库则用,分隔 — Warehouse ids of the stock sync, several separated by ",".
    ///
    /// Wire name: `stock_syn_warehouses` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_syn_warehouses: Option<String>,
    /// 子平台ID — 子平台ID,子平台只是业务流程上有差别，订单、货品应该是同一管理方式 — Sub-platform id; sub-platforms differ only in business flow, trades and goods are managed the same way.
    ///
    /// Wire name: `sub_platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sub_platform_id: Option<i32>,
    /// 平台货品编码 — Platform goods code.
    ///
    /// Wire name: `outer_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub outer_id: Option<String>,
    /// 平台规格编码 — Platform spec code.
    ///
    /// Wire name: `spec_outer_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_outer_id: Option<String>,
    /// 同步百分比 — Sync percentage.
    ///
    /// Wire name: `stock_syn_percent` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_syn_percent: Option<i32>,
    /// 平台规格id — Platform spec id.
    ///
    /// Wire name: `spec_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_id: Option<String>,
    /// 是否自动下架 — Declared Boolean; the example has 1 (0/1 and true/false both read).
    ///
    /// Wire name: `is_auto_delisting` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_auto_delisting: Option<bool>,
    /// 增加值 — Added value.
    ///
    /// Wire name: `stock_syn_plus` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_syn_plus: Option<crate::Decimal>,
    /// 是否自动上架 — Declared Boolean; the example has 1 (0/1 and true/false both read).
    ///
    /// Wire name: `is_auto_listing` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_auto_listing: Option<bool>,
    /// 系统货品的ID — 系统货品的ID，如果match_target_type=1，这值是goods_spec的主键，如果match_target_id=2，这值是goods_suite的主键 — System goods id: the goods_spec key when match_target_type=1, the goods_suite key when 2.
    ///
    /// Wire name: `match_target_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub match_target_id: Option<i32>,
    /// target_id的类型 — target_id的类型 / 0未绑定 / 1规格 / 2组合装 — Type of target_id: 0 unbound, 1 spec, 2 suite.
    ///
    /// Wire name: `match_target_type` (code table [`MatchTargetType`](crate::types::MatchTargetType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub match_target_type: Option<crate::types::MatchTargetType>,
    /// 掩码 — 掩码,1临时延时 — Mask: 1 temporary delay.
    ///
    /// Wire name: `mask` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub mask: Option<i32>,
    /// 需要同步库存的量 — 需要进行同步库存的量 — Stock quantity to sync.
    ///
    /// Wire name: `syn_stock` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub syn_stock: Option<i32>,
    /// 保留 — Reserved.
    ///
    /// Wire name: `reserve_s` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub reserve_s: Option<String>,
    /// 同步规则策略id — Sync rule strategy id.
    ///
    /// Wire name: `stock_syn_rule_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_syn_rule_id: Option<i32>,
    /// 库存计算方法的掩码 — Mask of the stock calculation method.
    ///
    /// Wire name: `stock_syn_mask` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_syn_mask: Option<i32>,
    /// 平台货品id — 平台货品号 — Platform goods number.
    ///
    /// Wire name: `goods_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_id: Option<String>,
    /// Api_goodsspec表的主键id — Declared Int(20); the api_goodsspec primary key, the same value as the long apiGoodsId: read as long.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i64>,
    /// 最后同步库存量 — Last synced stock quantity.
    ///
    /// Wire name: `last_syn_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub last_syn_num: Option<crate::Decimal>,
    /// 店铺ID — 店铺id — Shop id.
    ///
    /// Wire name: `shop_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_id: Option<i32>,
    /// 最大同步 — Maximum synced stock.
    ///
    /// Wire name: `stock_syn_max` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_syn_max: Option<crate::Decimal>,
    /// 最后同步时间 — Last sync time.
    ///
    /// Wire name: `last_syn_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub last_syn_time: Option<crate::BeijingTime>,
    /// 定时下架时间 — Scheduled delisting time.
    ///
    /// Wire name: `delist_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub delist_time: Option<crate::BeijingTime>,
    /// 平台id — 因为是自有平台，所以固定是127 — Platform id, always 127 (own platform).
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 同步规则策略编号 — 在此映射记录上起作用的同步规则策略编号 — Sync rule strategy code in effect on this mapping record.
    ///
    /// Wire name: `stock_syn_rule_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_syn_rule_no: Option<String>,
    /// 平台货品状态 — 0删除 1在架 2下架 — Platform goods status: 0 deleted, 1 listed, 2 delisted.
    ///
    /// Wire name: `status` (code table [`ApiGoodsStatus`](crate::types::ApiGoodsStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub status: Option<crate::types::ApiGoodsStatus>,
    /// 库存变化量 — 库存变化时自增 — Stock change count, incremented when the stock changes.
    ///
    /// Wire name: `stock_change_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_change_count: Option<i32>,
}
