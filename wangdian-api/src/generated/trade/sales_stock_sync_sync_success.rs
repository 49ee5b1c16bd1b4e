// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.StockSync.syncSuccess`: 库存同步成功 — Mark a stock sync of a platform goods item as succeeded.
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
//! - info carries the values returned by calcStock plus the outcome (is_syn_success, is_manual, syn_result). The doc marks every info field required, but its own example omits stock_syn_other, is_syn_success, is_manual and syn_result: the spec leaves those four optional \[uncertain which omissions the server tolerates\].
//! - sales.StockSync.syncFail has exactly the same argument and field tables (not typed here: it is not one of the 16).
//! - The reply has only status and message. The published error example (status 1064, Unknown Database Error) is not valid JSON.
//! - Self-built platforms only.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.StockSync.syncSuccess";

/// Request for `sales.StockSync.syncSuccess`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.StockSync.syncSuccess")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 同步库存量 — Synced stock quantity.
    ///
    /// Wire name: `syn_stock` (decimal yuan).
    pub syn_stock: crate::Decimal,
    /// 库存变化量 — Stock change count.
    ///
    /// Wire name: `stock_change_count` (decimal yuan).
    pub stock_change_count: crate::Decimal,
    /// 同步规则策略id — Sync rule strategy id.
    ///
    /// Wire name: `stock_syn_rule_id` (integer).
    pub stock_syn_rule_id: i32,
    /// 同步规则策略编号 — Sync rule strategy code.
    ///
    /// Wire name: `stock_syn_rule_no` (text).
    /// At most 40 characters (checked before sending).
    pub stock_syn_rule_no: String,
    /// 同步策略的其他信息 — Other information of the sync strategy.
    ///
    /// Wire name: `stock_syn_other` (text).
    /// At most 1024 characters (checked before sending).
    pub stock_syn_other: Option<String>,
    /// 库存同步的仓库id — 库存同步的仓库id，多个仓库则用,分隔 — Warehouse ids of the stock sync, several separated by ",".
    ///
    /// Wire name: `stock_syn_warehouses` (text).
    /// At most 1024 characters (checked before sending).
    pub stock_syn_warehouses: String,
    /// 库存计算方法的掩码 — Mask of the stock calculation method.
    ///
    /// Wire name: `stock_syn_mask` (integer).
    pub stock_syn_mask: i32,
    /// 同步百分比 — Sync percentage.
    ///
    /// Wire name: `stock_syn_percent` (integer).
    pub stock_syn_percent: i32,
    /// 增加值 — Added value.
    ///
    /// Wire name: `stock_syn_plus` (decimal yuan).
    pub stock_syn_plus: crate::Decimal,
    /// 最小同步库存量 — Minimum synced stock.
    ///
    /// Wire name: `stock_syn_min` (decimal yuan).
    pub stock_syn_min: crate::Decimal,
    /// 最大同步 — Maximum synced stock.
    ///
    /// Wire name: `stock_syn_max` (decimal yuan).
    pub stock_syn_max: crate::Decimal,
    /// 是否自动上架 — List automatically.
    ///
    /// Wire name: `is_auto_listing` (`true` / `false`).
    pub is_auto_listing: bool,
    /// 是否自动下架 — Delist automatically.
    ///
    /// Wire name: `is_auto_delisting` (`true` / `false`).
    pub is_auto_delisting: bool,
    /// 是否同步成功 — Sync succeeded.
    ///
    /// Wire name: `is_syn_success` (`true` / `false`).
    pub is_syn_success: Option<bool>,
    /// 是否手动同步 — Manual sync.
    ///
    /// Wire name: `is_manual` (`true` / `false`).
    pub is_manual: Option<bool>,
    /// 同步结果 — Sync result.
    ///
    /// Wire name: `syn_result` (text).
    /// At most 1024 characters (checked before sending).
    pub syn_result: Option<String>,
    /// Api_goodsspec表的rec_id — rec_id of the Api_goodsspec table.
    ///
    /// Wire name: body argument `apiGoodsId` (integer).
    pub api_goods_id: i64,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per required field of the spec"
    )]
    pub fn new(
        syn_stock: crate::Decimal,
        stock_change_count: crate::Decimal,
        stock_syn_rule_id: i32,
        stock_syn_rule_no: impl Into<String>,
        stock_syn_warehouses: impl Into<String>,
        stock_syn_mask: i32,
        stock_syn_percent: i32,
        stock_syn_plus: crate::Decimal,
        stock_syn_min: crate::Decimal,
        stock_syn_max: crate::Decimal,
        is_auto_listing: bool,
        is_auto_delisting: bool,
        api_goods_id: i64,
    ) -> Self {
        Self {
            syn_stock,
            stock_change_count,
            stock_syn_rule_id,
            stock_syn_rule_no: stock_syn_rule_no.into(),
            stock_syn_other: None,
            stock_syn_warehouses: stock_syn_warehouses.into(),
            stock_syn_mask,
            stock_syn_percent,
            stock_syn_plus,
            stock_syn_min,
            stock_syn_max,
            is_auto_listing,
            is_auto_delisting,
            is_syn_success: None,
            is_manual: None,
            syn_result: None,
            api_goods_id,
            extra_params: Vec::new(),
        }
    }

    /// 同步策略的其他信息 — Other information of the sync strategy.
    ///
    /// Wire name: `stock_syn_other` (text).
    /// At most 1024 characters (checked before sending).
    pub fn stock_syn_other(mut self, stock_syn_other: impl Into<String>) -> Self {
        self.stock_syn_other = Some(stock_syn_other.into());
        self
    }

    /// 是否同步成功 — Sync succeeded.
    ///
    /// Wire name: `is_syn_success` (`true` / `false`).
    pub fn is_syn_success(mut self, is_syn_success: bool) -> Self {
        self.is_syn_success = Some(is_syn_success);
        self
    }

    /// 是否手动同步 — Manual sync.
    ///
    /// Wire name: `is_manual` (`true` / `false`).
    pub fn is_manual(mut self, is_manual: bool) -> Self {
        self.is_manual = Some(is_manual);
        self
    }

    /// 同步结果 — Sync result.
    ///
    /// Wire name: `syn_result` (text).
    /// At most 1024 characters (checked before sending).
    pub fn syn_result(mut self, syn_result: impl Into<String>) -> Self {
        self.syn_result = Some(syn_result.into());
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
    type Response = Response;

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_STOCK_SYNC_SYNC_SUCCESS;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        crate::rt::check(
            METHOD,
            "stock_syn_rule_no",
            &crate::rt::wire::text(&self.stock_syn_rule_no),
            &crate::Rule::MaxChars(40),
        )?;
        if let Some(value) = &self.stock_syn_other {
            crate::rt::check(
                METHOD,
                "stock_syn_other",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(1024),
            )?;
        }
        crate::rt::check(
            METHOD,
            "stock_syn_warehouses",
            &crate::rt::wire::text(&self.stock_syn_warehouses),
            &crate::Rule::MaxChars(1024),
        )?;
        if let Some(value) = &self.syn_result {
            crate::rt::check(
                METHOD,
                "syn_result",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(1024),
            )?;
        }
        let mut arg1 = crate::json::Object::new();
        arg1.req("syn_stock", &self.syn_stock);
        arg1.req("stock_change_count", &self.stock_change_count);
        arg1.req("stock_syn_rule_id", &self.stock_syn_rule_id);
        arg1.req("stock_syn_rule_no", &self.stock_syn_rule_no);
        arg1.opt("stock_syn_other", &self.stock_syn_other);
        arg1.req("stock_syn_warehouses", &self.stock_syn_warehouses);
        arg1.req("stock_syn_mask", &self.stock_syn_mask);
        arg1.req("stock_syn_percent", &self.stock_syn_percent);
        arg1.req("stock_syn_plus", &self.stock_syn_plus);
        arg1.req("stock_syn_min", &self.stock_syn_min);
        arg1.req("stock_syn_max", &self.stock_syn_max);
        arg1.req("is_auto_listing", &self.is_auto_listing);
        arg1.req("is_auto_delisting", &self.is_auto_delisting);
        arg1.opt("is_syn_success", &self.is_syn_success);
        arg1.opt("is_manual", &self.is_manual);
        arg1.opt("syn_result", &self.syn_result);
        Ok(
            Some(
                crate::json::body(
                    vec![
                        crate ::json::ToJson::to_json(& self.api_goods_id), arg1
                        .into_value()
                    ],
                ),
            ),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

/// 库存同步成功 — Mark a stock sync of a platform goods item as succeeded.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {}
