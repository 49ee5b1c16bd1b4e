// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `setting.Shop.queryShop`: 店铺查询 — Query shops.
//!
//! - Category: 基础类 (group `base`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: documented
//! - Time window: 店铺编号不传则全量获取
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//! - S5: go-marvis/wangdian-sdk-go (last commit 2026-01-28): typed Go client with live tests against production (int64 time fields)
//! - G1: Go operation table, package wdt (index id 60431816433): app operations mapped to QJB direct and Qimen method names
//! - S1-plat: S1 Firecrawl/open.wangdian.cn_qjb_open_guide_path=qjbguide_ptdmbb.md: the official platform code table (平台代码表; 127 = 其他（自有商城）)
//!
//! Notes:
//! - Not incremental; without shop_no it returns every shop the app key may see (店铺权限). The doc's 1.4 text 店铺编号不传则全量获取 is this rule, not a time window.
//! - auth_state: 0 未授权, 1 已授权, 2 授权失效, 3 授权停用.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "setting.Shop.queryShop";

/// Request for `setting.Shop.queryShop`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "setting.Shop.queryShop")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 页号 — 从0开始 — Page number, from 0. A paged method called without page_no and page_size is refused (status 100, 此方法仅支持分页查询).
    ///
    /// Wire name: `page_no` (integer).
    pub page_no: Option<i32>,
    /// 分页大小 — Page size.
    ///
    /// Wire name: `page_size` (integer).
    pub page_size: Option<i32>,
    /// 店铺编号 — Shop code.
    ///
    /// Wire name: `shop_no` (text).
    /// At most 20 characters (checked before sending).
    pub shop_no: Option<String>,
    /// 平台id — 平台id,点击 查看 获取平台id — Platform id (127 = 其他（自有商城）, the self-built platform). The doc's JSON example sends it as a string, its PHP example as an int; which the server prefers is uncertain, the spec sends a JSON number.
    ///
    /// Wire name: `platform_id` (integer).
    pub platform_id: Option<i32>,
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

    /// 分页大小 — Page size.
    ///
    /// Wire name: `page_size` (integer).
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// 店铺编号 — Shop code.
    ///
    /// Wire name: `shop_no` (text).
    /// At most 20 characters (checked before sending).
    pub fn shop_no(mut self, shop_no: impl Into<String>) -> Self {
        self.shop_no = Some(shop_no.into());
        self
    }

    /// 平台id — 平台id,点击 查看 获取平台id — Platform id (127 = 其他（自有商城）, the self-built platform). The doc's JSON example sends it as a string, its PHP example as an int; which the server prefers is uncertain, the spec sends a JSON number.
    ///
    /// Wire name: `platform_id` (integer).
    pub fn platform_id(mut self, platform_id: i32) -> Self {
        self.platform_id = Some(platform_id);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SETTING_SHOP_QUERY_SHOP;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("page_no", &self.page_no);
        params.opt("page_size", &self.page_size);
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
        let mut arg0 = crate::json::Object::new();
        arg0.opt("shop_no", &self.shop_no);
        arg0.opt("platform_id", &self.platform_id);
        Ok(Some(crate::json::body(vec![arg0.into_value()])))
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

impl crate::Paged for Request {
    type Item = Details;

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
        crate::Total::records(response.data.as_ref().and_then(|v| v.total_count))
    }

    fn items(response: &mut Response) -> &mut Vec<Details> {
        &mut response.data.get_or_insert_with(Default::default).details
    }
}

/// 店铺查询 — Query shops.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 返回信息 — Returned information.
    ///
    /// Wire name: `data`.
    #[serde(default)]
    pub data: Option<Data>,
}

/// 查询结果 — Query results.
///
/// JSON key `details`.
///
/// To build one in a test: `let mut value = Details::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Details {
    /// 店铺id — 店铺唯一键 — Shop id, its unique key.
    ///
    /// Wire name: `shop_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_id: Option<i32>,
    /// 店铺名称 — Shop name.
    ///
    /// Wire name: `shop_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_name: Option<String>,
    /// 店铺编号 — Shop code.
    ///
    /// Wire name: `shop_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_no: Option<String>,
    /// 平台id — 平台id，点击查看 平台代码表 — Platform id; see the platform code table.
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 子平台id — Sub-platform id.
    ///
    /// Wire name: `sub_platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sub_platform_id: Option<i32>,
    /// 联系人 — Contact person.
    ///
    /// Wire name: `contact` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub contact: Option<String>,
    /// 省份 — Province.
    ///
    /// Wire name: `province` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub province: Option<String>,
    /// 城市 — City.
    ///
    /// Wire name: `city` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub city: Option<String>,
    /// 区县 — District / county.
    ///
    /// Wire name: `district` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub district: Option<String>,
    /// 地址 — Address.
    ///
    /// Wire name: `address` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub address: Option<String>,
    /// 电话 — Phone.
    ///
    /// Wire name: `telno` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub telno: Option<String>,
    /// 手机 — Mobile phone.
    ///
    /// Wire name: `mobile` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub mobile: Option<String>,
    /// 邮编 — Postal code.
    ///
    /// Wire name: `zip` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub zip: Option<String>,
    /// Email — Email.
    ///
    /// Wire name: `email` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub email: Option<String>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 网址 — Website.
    ///
    /// Wire name: `website` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub website: Option<String>,
    /// 分组 — Group.
    ///
    /// Wire name: `group_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub group_id: Option<String>,
    /// 平台的主键 — 平台的主键（平台店铺授权时平台有推送对应值则返回，不推送则返回空字符串） — Platform's key for the shop (returned when the platform pushed it at shop authorization, else an empty string).
    ///
    /// Wire name: `account_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub account_id: Option<String>,
    /// 停用 — true:停用 false:未停用 — Disabled: true disabled, false not disabled.
    ///
    /// Wire name: `is_disabled` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_disabled: Option<bool>,
    /// 授权状态 — 授权状态 / 0：未授权 / 1：已授权 / 2：授权失效 / 3：授权停用 — Authorization state: 0 unauthorized, 1 authorized, 2 expired, 3 suspended.
    ///
    /// Wire name: `auth_state` (code table [`ShopAuthState`](crate::types::ShopAuthState)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub auth_state: Option<crate::types::ShopAuthState>,
    /// 授权时间 — Authorization time.
    ///
    /// Wire name: `auth_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub auth_time: Option<crate::BeijingTime>,
    /// refresh_token过期时间 — refresh_token expiry time.
    ///
    /// Wire name: `re_expire_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub re_expire_time: Option<crate::BeijingTime>,
    /// 修改时间 — Modification time.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// session过期时间 — Session expiry time.
    ///
    /// Wire name: `expire_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub expire_time: Option<crate::BeijingTime>,
    /// 创建时间 — Creation time.
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 平台账号 — Platform account.
    ///
    /// Wire name: `account_nick` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub account_nick: Option<String>,
    /// 省份ID — Province id.
    ///
    /// Wire name: `province_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub province_id: Option<i64>,
    /// 城市ID — City id.
    ///
    /// Wire name: `city_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub city_id: Option<i64>,
    /// 区县ID — District id.
    ///
    /// Wire name: `district_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub district_id: Option<i64>,
    /// 0:否 1:是 — 0 no, 1 yes.
    ///
    /// Wire name: `is_push` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub is_push: Option<i32>,
    /// 是否禁止自动抓取订单 — Automatic trade download disabled.
    ///
    /// Wire name: `is_undownload_trade` (`true` / `false`).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_undownload_trade: Option<bool>,
    /// 物流同步延迟小时数 — Logistics sync delay, in hours.
    ///
    /// Wire name: `delay_logistics_sync_hours` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub delay_logistics_sync_hours: Option<i32>,
    /// 0:未授权 1:已授权 2:失效 3:停用 — Payment authorization state: 0 unauthorized, 1 authorized, 2 expired, 3 suspended.
    ///
    /// Wire name: `pay_auth_state` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pay_auth_state: Option<i32>,
}

/// 返回信息 — Returned information.
///
/// JSON key `data`.
///
/// To build one in a test: `let mut value = Data::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// 总条数 — 结果总数 — Total count of results.
    ///
    /// Wire name: `total_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_count: Option<i32>,
    /// 查询结果 — Query results.
    ///
    /// Wire name: `details*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub details: Vec<Details>,
}
