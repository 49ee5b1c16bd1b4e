// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.LogisticsSync.getSyncListExt`: 待同步列表查询 — List logistics records waiting to be synced back to the self-built platform.
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
//! - total is a top-level sibling of status and data is the list of sync records itself (no data.total_count).
//! - Flow: fetch pending records, ship on your platform, then report each sync_id through sales.LogisticsSync.update.
//! - One oid gets one tracking number; oids is filled only for split shipments or partial refunds; multi-package orders sync one tracking number; goods_count is returned only when is_part_sync=1 and the shop splits by quantity.
//! - Self-built platforms only (店铺权限).

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.LogisticsSync.getSyncListExt";

/// Request for `sales.LogisticsSync.getSyncListExt`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.LogisticsSync.getSyncListExt")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 页号 — 从0开始 — Page number, from 0. A paged method called without page_no and page_size is refused (status 100, 此方法仅支持分页查询).
    ///
    /// Wire name: `page_no` (integer).
    pub page_no: Option<i32>,
    /// 分页大小 — Page size, at most 1000 (the doc's cap, checked before sending).
    ///
    /// Wire name: `page_size` (integer).
    /// At most 1000 (checked before sending).
    pub page_size: Option<i32>,
    /// 店铺编号 — 店铺编号，不支持传入多个店铺编号 — Shop code; several shop codes are not supported.
    ///
    /// Wire name: `shop_no` (text).
    /// At most 20 characters (checked before sending).
    pub shop_no: Option<String>,
    /// 是否自有平台 — 是否自有平台（自有平台调用传true） / 是：true 否：false / 不填默认为false — Pass true for self-built platforms; default false.
    ///
    /// Wire name: `is_own_platform` (`true` / `false`).
    pub is_own_platform: Option<bool>,
    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    /// At most 40 characters (checked before sending).
    pub tid: Option<String>,
    /// 物流单号 — Logistics number.
    ///
    /// Wire name: `logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub logistics_no: Option<String>,
    /// 是否拆单发货 — 1拆单发货，0非拆单发货 不传则不使用该条件 — Split shipment: 1 split, 0 not split; not filtered when omitted.
    ///
    /// Wire name: `is_part_sync` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub is_part_sync: Option<i32>,
    /// 3:淘宝发货等待判断-2:淘宝发货不可达-1:淘宝发货可达0:等待同步2:同步失败3:同步成功4:手动设置同步成功5:手动取消同步6:自动取消同步 — From the newer doc scrape (S4) only; its comment lists -3..-1 淘宝发货 states and 0 等待同步, 2 同步失败, 3 同步成功, 4 手动设置同步成功, 5 手动取消同步, 6 自动取消同步. Sent as text.
    ///
    /// Wire name: `sync_status` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    pub sync_status: Option<String>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
    }

    /// 页号 — 从0开始 — Page number, from 0. A paged method called without page_no and page_size is refused (status 100, 此方法仅支持分页查询).
    ///
    /// Wire name: `page_no` (integer).
    pub fn page_no(mut self, page_no: i32) -> Self {
        self.page_no = Some(page_no);
        self
    }

    /// 分页大小 — Page size, at most 1000 (the doc's cap, checked before sending).
    ///
    /// Wire name: `page_size` (integer).
    /// At most 1000 (checked before sending).
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// 店铺编号 — 店铺编号，不支持传入多个店铺编号 — Shop code; several shop codes are not supported.
    ///
    /// Wire name: `shop_no` (text).
    /// At most 20 characters (checked before sending).
    pub fn shop_no(mut self, shop_no: impl Into<String>) -> Self {
        self.shop_no = Some(shop_no.into());
        self
    }

    /// 是否自有平台 — 是否自有平台（自有平台调用传true） / 是：true 否：false / 不填默认为false — Pass true for self-built platforms; default false.
    ///
    /// Wire name: `is_own_platform` (`true` / `false`).
    pub fn is_own_platform(mut self, is_own_platform: bool) -> Self {
        self.is_own_platform = Some(is_own_platform);
        self
    }

    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    /// At most 40 characters (checked before sending).
    pub fn tid(mut self, tid: impl Into<String>) -> Self {
        self.tid = Some(tid.into());
        self
    }

    /// 物流单号 — Logistics number.
    ///
    /// Wire name: `logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn logistics_no(mut self, logistics_no: impl Into<String>) -> Self {
        self.logistics_no = Some(logistics_no.into());
        self
    }

    /// 是否拆单发货 — 1拆单发货，0非拆单发货 不传则不使用该条件 — Split shipment: 1 split, 0 not split; not filtered when omitted.
    ///
    /// Wire name: `is_part_sync` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub fn is_part_sync(mut self, is_part_sync: i32) -> Self {
        self.is_part_sync = Some(is_part_sync);
        self
    }

    /// 3:淘宝发货等待判断-2:淘宝发货不可达-1:淘宝发货可达0:等待同步2:同步失败3:同步成功4:手动设置同步成功5:手动取消同步6:自动取消同步 — From the newer doc scrape (S4) only; its comment lists -3..-1 淘宝发货 states and 0 等待同步, 2 同步失败, 3 同步成功, 4 手动设置同步成功, 5 手动取消同步, 6 自动取消同步. Sent as text.
    ///
    /// Wire name: `sync_status` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    pub fn sync_status(mut self, sync_status: impl Into<String>) -> Self {
        self.sync_status = Some(sync_status.into());
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_LOGISTICS_SYNC_GET_SYNC_LIST_EXT;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("page_no", &self.page_no);
        params
            .opt_checked(
                "page_size",
                &self.page_size,
                &[
                    crate::Rule::Range(
                        None,
                        Some(const { crate::Decimal::from_parts(1000, 0, 0, false, 0) }),
                    ),
                ],
            )?;
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        if let Some(value) = &self.shop_no {
            crate::rt::check(
                METHOD,
                "shop_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(20),
            )?;
        }
        if let Some(value) = &self.tid {
            crate::rt::check(
                METHOD,
                "tid",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.logistics_no {
            crate::rt::check(
                METHOD,
                "logistics_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.is_part_sync {
            crate::rt::check(
                METHOD,
                "is_part_sync",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1"]),
            )?;
        }
        let mut arg0 = crate::json::Object::new();
        arg0.opt("shop_no", &self.shop_no);
        arg0.opt("is_own_platform", &self.is_own_platform);
        arg0.opt("tid", &self.tid);
        arg0.opt("logistics_no", &self.logistics_no);
        arg0.opt("is_part_sync", &self.is_part_sync);
        arg0.opt("sync_status", &self.sync_status);
        Ok(Some(crate::json::body(vec![arg0.into_value()])))
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

impl crate::Paged for Request {
    type Item = Data;

    const FIRST_PAGE: i32 = 0;

    fn page(&self) -> Option<i32> {
        self.page_no
    }

    fn set_page(&mut self, page: i32) {
        self.page_no = Some(page);
    }

    fn page_size(&self) -> Option<i32> {
        self.page_size
    }

    fn total(response: &Response) -> crate::Total {
        crate::Total::records(response.total)
    }

    fn items(response: &mut Response) -> &mut Vec<Data> {
        &mut response.data
    }
}

/// 待同步列表查询 — List logistics records waiting to be synced back to the self-built platform.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 总条数 — Total count.
    ///
    /// Wire name: `total` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total: Option<i32>,
    /// 单据数据 — Document data.
    ///
    /// Wire name: `data*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub data: Vec<Data>,
}

/// 单据数据 — Document data.
///
/// JSON key `data`.
///
/// To build one in a test: `let mut value = Data::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// 物流同步id — Logistics sync id.
    ///
    /// Wire name: `sync_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sync_id: Option<i32>,
    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tid: Option<String>,
    /// 物流单号 — Logistics number.
    ///
    /// Wire name: `logistics_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_no: Option<String>,
    /// 物流公司编号 — 系统内自定义物流公司的编号，在ERP设置--基本设置--物流页面查看 — Logistics company code: the system's custom code, shown in ERP settings, basic settings, logistics.
    ///
    /// Wire name: `logistics_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_code: Option<String>,
    /// 物流公司名称 — 通用物流公司名称,例如申通快递 — Generic logistics company name, e.g. 申通快递 (STO Express).
    ///
    /// Wire name: `logistics_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_name: Option<String>,
    /// 是否拆单发货 — 是：1 否：0 店铺下“拆单发货配置”需要为“子单拆分发货”或才可以正确标记拆分情况 — Split shipment: 1 yes, 0 no; marked correctly only when the shop's split-shipment setting is sub-order split shipment.
    ///
    /// Wire name: `is_part_sync` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub is_part_sync: Option<i32>,
    /// 原始子单号 — 原始子单号,仅拆单发货和部分退款成功的单据该字段有值。 — Original sub-order numbers; only set for split shipments and documents with a successful partial refund.
    ///
    /// Wire name: `oids` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub oids: Option<String>,
    /// 订单id — Trade id.
    ///
    /// Wire name: `trade_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_id: Option<i32>,
    /// 平台id — Platform id.
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 创建时间 — 格式: yyyy-MM-dd HH:mm:ss — Creation time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 货品数量 — 物流单号对应的货品数量，当is_part_sync = 1且订单对应店铺为【数量拆单发货】时返回；其他场景不返回 — Goods quantity of the logistics number; returned only when is_part_sync = 1 and the shop uses quantity split shipment.
    ///
    /// Wire name: `goods_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_count: Option<crate::Decimal>,
}
