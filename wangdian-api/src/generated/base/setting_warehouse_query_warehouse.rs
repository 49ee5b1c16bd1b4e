// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `setting.Warehouse.queryWarehouse`: 仓库查询 — Query warehouses.
//!
//! - Category: 基础类 (group `base`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: documented
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//! - S5: go-marvis/wangdian-sdk-go (last commit 2026-01-28): typed Go client with live tests against production (int64 time fields)
//! - G1: Go operation table, package wdt (index id 60431816433): app operations mapped to QJB direct and Qimen method names
//! - S7: waywake/wdt-sdk-deno: README and test/ultimate.test.ts (setting.Warehouse.queryWarehouse with {hide_delete:0})
//!
//! Notes:
//! - All params are optional: two independent test suites call it with {} and {hide_delete:0} \[likely\].
//! - modified is declared String but the example shows epoch milliseconds; created is a string.
//! - The example rows also carry prop1/prop2, which the field table does not list (kept here from the example).

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "setting.Warehouse.queryWarehouse";

/// Request for `setting.Warehouse.queryWarehouse`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "setting.Warehouse.queryWarehouse")]
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
    /// 仓库编号 — Warehouse code.
    ///
    /// Wire name: `warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub warehouse_no: Option<String>,
    /// 仓库名称 — Warehouse name.
    ///
    /// Wire name: `warehouse_name` (text).
    /// At most 64 characters (checked before sending).
    pub warehouse_name: Option<String>,
    /// 类型 — 1:普通（内部）,2:自流转,3:平台,4:京东沧海.6:抖音云仓,125:代发仓,126:分销委外 — Type: 1 ordinary (internal), 2 self-flow, 3 platform, 4 JD Canghai, 6 Douyin cloud warehouse, 125 drop-ship warehouse, 126 distribution outsourcing.
    ///
    /// Wire name: `type` (integer).
    #[doc(alias = "type")]
    pub warehouse_type: Option<i32>,
    /// 子类型 — 0:默认,1:旺店通,2:菜鸟,3:百世WMS,4:巨沃,5:心怡WMS,6:科捷,7:吉客云,8:中通WMS,9:通天晓,10:酷仓宝WMS,11:景天WMS,12:网店管家笛佛WMS,13:九曳WMS,14:万里牛,15:麓客WMS,16:青图WMS(ERP),17:安鲜达WMS,18:顺丰WMS,19苏宁WMS,20:雅澳E,21:EMS,22:递四方,23:中邮WMS,24:云腾WMS,25:天图WMS;26:但丁WMS,27:e仓宝,28:仓卫士,29:山橙WMS,30橙蚁WMS,31:中山邮政WMS,32:赢路WMS,33:无忧WMS,34:筋斗云WMS,35:韵达WMS,36:GEEK — Sub-type: 0 default; the other codes name the WMS provider (1 Wangdiantong, 2 Cainiao, 3 Best WMS, ... 36 GEEK; full list in zh).
    ///
    /// Wire name: `sub_type` (integer).
    pub sub_type: Option<i32>,
    /// 开始时间 — 最后修改时间 — Start time (last modification time).
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub start_time: Option<crate::BeijingTime>,
    /// 结束时间 — 最后修改时间 — End time (last modification time).
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub end_time: Option<crate::BeijingTime>,
    /// 是否隐藏已停用数据 — 0:不隐藏; 1:隐藏已删除; 默认隐藏已删除 — Hide disabled data: 0 show, 1 hide deleted; deleted are hidden by default.
    ///
    /// Wire name: `hide_delete` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub hide_delete: Option<i32>,
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

    /// 仓库编号 — Warehouse code.
    ///
    /// Wire name: `warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn warehouse_no(mut self, warehouse_no: impl Into<String>) -> Self {
        self.warehouse_no = Some(warehouse_no.into());
        self
    }

    /// 仓库名称 — Warehouse name.
    ///
    /// Wire name: `warehouse_name` (text).
    /// At most 64 characters (checked before sending).
    pub fn warehouse_name(mut self, warehouse_name: impl Into<String>) -> Self {
        self.warehouse_name = Some(warehouse_name.into());
        self
    }

    /// 类型 — 1:普通（内部）,2:自流转,3:平台,4:京东沧海.6:抖音云仓,125:代发仓,126:分销委外 — Type: 1 ordinary (internal), 2 self-flow, 3 platform, 4 JD Canghai, 6 Douyin cloud warehouse, 125 drop-ship warehouse, 126 distribution outsourcing.
    ///
    /// Wire name: `type` (integer).
    #[doc(alias = "type")]
    pub fn warehouse_type(mut self, warehouse_type: i32) -> Self {
        self.warehouse_type = Some(warehouse_type);
        self
    }

    /// 子类型 — 0:默认,1:旺店通,2:菜鸟,3:百世WMS,4:巨沃,5:心怡WMS,6:科捷,7:吉客云,8:中通WMS,9:通天晓,10:酷仓宝WMS,11:景天WMS,12:网店管家笛佛WMS,13:九曳WMS,14:万里牛,15:麓客WMS,16:青图WMS(ERP),17:安鲜达WMS,18:顺丰WMS,19苏宁WMS,20:雅澳E,21:EMS,22:递四方,23:中邮WMS,24:云腾WMS,25:天图WMS;26:但丁WMS,27:e仓宝,28:仓卫士,29:山橙WMS,30橙蚁WMS,31:中山邮政WMS,32:赢路WMS,33:无忧WMS,34:筋斗云WMS,35:韵达WMS,36:GEEK — Sub-type: 0 default; the other codes name the WMS provider (1 Wangdiantong, 2 Cainiao, 3 Best WMS, ... 36 GEEK; full list in zh).
    ///
    /// Wire name: `sub_type` (integer).
    pub fn sub_type(mut self, sub_type: i32) -> Self {
        self.sub_type = Some(sub_type);
        self
    }

    /// 开始时间 — 最后修改时间 — Start time (last modification time).
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn start_time(mut self, start_time: impl Into<crate::BeijingTime>) -> Self {
        self.start_time = Some(start_time.into());
        self
    }

    /// 结束时间 — 最后修改时间 — End time (last modification time).
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn end_time(mut self, end_time: impl Into<crate::BeijingTime>) -> Self {
        self.end_time = Some(end_time.into());
        self
    }

    /// 是否隐藏已停用数据 — 0:不隐藏; 1:隐藏已删除; 默认隐藏已删除 — Hide disabled data: 0 show, 1 hide deleted; deleted are hidden by default.
    ///
    /// Wire name: `hide_delete` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub fn hide_delete(mut self, hide_delete: i32) -> Self {
        self.hide_delete = Some(hide_delete);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SETTING_WAREHOUSE_QUERY_WAREHOUSE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("page_no", &self.page_no);
        params.opt("page_size", &self.page_size);
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        if let Some(value) = &self.warehouse_no {
            crate::rt::check(
                METHOD,
                "warehouse_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.warehouse_name {
            crate::rt::check(
                METHOD,
                "warehouse_name",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(64),
            )?;
        }
        if let Some(value) = &self.hide_delete {
            crate::rt::check(
                METHOD,
                "hide_delete",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1"]),
            )?;
        }
        let mut arg0 = crate::json::Object::new();
        arg0.opt("warehouse_no", &self.warehouse_no);
        arg0.opt("warehouse_name", &self.warehouse_name);
        arg0.opt("type", &self.warehouse_type);
        arg0.opt("sub_type", &self.sub_type);
        arg0.opt("start_time", &self.start_time);
        arg0.opt("end_time", &self.end_time);
        arg0.opt("hide_delete", &self.hide_delete);
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

/// 仓库查询 — Query warehouses.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 查询出的详细信息 — 详细信息 — Details found.
    ///
    /// Wire name: `data`.
    #[serde(default)]
    pub data: Option<Data>,
}

/// 结果详情 — Result details.
///
/// JSON key `details`.
///
/// To build one in a test: `let mut value = Details::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Details {
    /// 仓库id — 仓库唯一键 — Warehouse id, its unique key.
    ///
    /// Wire name: `warehouse_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_id: Option<i32>,
    /// 仓库编号 — Warehouse code.
    ///
    /// Wire name: `warehouse_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_no: Option<String>,
    /// 仓库名称 — Warehouse name.
    ///
    /// Wire name: `name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub name: Option<String>,
    /// 邮编 — Postal code.
    ///
    /// Wire name: `zip` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub zip: Option<String>,
    /// 地址 — Address.
    ///
    /// Wire name: `address` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub address: Option<String>,
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
    /// 手机 — Mobile phone.
    ///
    /// Wire name: `mobile` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub mobile: Option<String>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 类别 — 1:普通（内部）,2:自流转,3:平台,4:京东沧海.6:抖音云仓,125:代发仓,126:分销委外 — Category: 1 ordinary (internal), 2 self-flow, 3 platform, 4 JD Canghai, 6 Douyin cloud warehouse, 125 drop-ship warehouse, 126 distribution outsourcing.
    ///
    /// Wire name: `type` (code table [`WarehouseType`](crate::types::WarehouseType)).
    #[doc(alias = "type")]
    #[serde(
        rename(deserialize = "type"),
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub warehouse_type: Option<crate::types::WarehouseType>,
    /// 固话 — Landline.
    ///
    /// Wire name: `telno` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub telno: Option<String>,
    /// 子类别 — 0:默认,1:旺店通,2:菜鸟,3:百世WMS,4:巨沃,5:心怡WMS,6:科捷,7:吉客云,8:中通WMS,9:通天晓,10:酷仓宝WMS,11:景天WMS,12:网店管家笛佛WMS,13:九曳WMS,14:万里牛,15:麓客WMS,16:青图WMS(ERP),17:安鲜达WMS,18:顺丰WMS,19苏宁WMS,20:雅澳E,21:EMS,22:递四方,23:中邮WMS,24:云腾WMS,25:天图WMS;26:但丁WMS,27:e仓宝,28:仓卫士,29:山橙WMS,30橙蚁WMS,31:中山邮政WMS,32:赢路WMS,33:无忧WMS,34:筋斗云WMS,35:韵达WMS,36:GEEK — Sub-category: 0 default; the other codes name the WMS provider (1 Wangdiantong, 2 Cainiao, 3 Best WMS, ... 36 GEEK; full list in zh).
    ///
    /// Wire name: `sub_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sub_type: Option<i32>,
    /// 联系人 — Contact person.
    ///
    /// Wire name: `contact` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub contact: Option<String>,
    /// 修改时间 — Modification time.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 停用 — false:未停用; true:已停用 — Disabled: false not disabled, true disabled.
    ///
    /// Wire name: `is_disabled` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_disabled: Option<bool>,
    /// 创建时间 — Creation time.
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 采购联系人 — Purchasing contact.
    ///
    /// Wire name: `purchase_contact` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_contact: Option<String>,
    /// 采购联系电话 — Purchasing contact phone.
    ///
    /// Wire name: `purchase_telno` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_telno: Option<String>,
    /// 采购联系地址 — Purchasing contact address.
    ///
    /// Wire name: `purchase_address` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_address: Option<String>,
    /// 外部编号 — External code.
    ///
    /// Wire name: `ext_warehouse_no` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub ext_warehouse_no: Option<String>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `prop1` (text).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop1: Option<String>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `prop2` (text).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop2: Option<String>,
}

/// 查询出的详细信息 — 详细信息 — Details found.
///
/// JSON key `data`.
///
/// To build one in a test: `let mut value = Data::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// 结果总数 — Total number of results.
    ///
    /// Wire name: `total_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_count: Option<i32>,
    /// 结果详情 — Result details.
    ///
    /// Wire name: `details*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub details: Vec<Details>,
}
