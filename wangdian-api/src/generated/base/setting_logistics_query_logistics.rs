// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `setting.Logistics.queryLogistics`: 物流公司查询 — Query logistics companies.
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
//! - G1: Go operation table, package wdt (index id 60431816433): app operations mapped to QJB direct and Qimen method names
//!
//! Notes:
//! - Not incremental; disabled logistics companies are excluded (结果不含已停用的物流).
//! - The doc marks the pager optional (否), but the Java SDK declares paged = true.
//! - logistics_no is the ERP's logistics-company code: the value of cust_data in sales.RawTrade.pushSelf2 and logistics_code in sales.LogisticsSync.getSyncListExt \[likely\].
//! - The doc prints the details fields inside the data table after a separator row; type is declared varchar but the example has a number.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "setting.Logistics.queryLogistics";

/// Request for `setting.Logistics.queryLogistics`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "setting.Logistics.queryLogistics")]
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
    /// 物流编号 — Logistics code.
    ///
    /// Wire name: `logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub logistics_no: Option<String>,
    /// 物流名称 — Logistics name.
    ///
    /// Wire name: `logistics_name` (text).
    pub logistics_name: Option<String>,
    /// 是否隐藏已停用 — true:隐藏；false:不隐藏 — Hide disabled ones: true hide, false show.
    ///
    /// Wire name: `hide_delete` (`true` / `false`).
    pub hide_delete: Option<bool>,
    /// 是否需要刷新单量余额 — 0：否（默认） / 1：是 — Refresh the waybill-quantity balance: 0 no (default), 1 yes; declared bool, sent as a JSON boolean.
    ///
    /// Wire name: `need_quantity` (`true` / `false`).
    pub need_quantity: Option<bool>,
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

    /// 物流编号 — Logistics code.
    ///
    /// Wire name: `logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn logistics_no(mut self, logistics_no: impl Into<String>) -> Self {
        self.logistics_no = Some(logistics_no.into());
        self
    }

    /// 物流名称 — Logistics name.
    ///
    /// Wire name: `logistics_name` (text).
    pub fn logistics_name(mut self, logistics_name: impl Into<String>) -> Self {
        self.logistics_name = Some(logistics_name.into());
        self
    }

    /// 是否隐藏已停用 — true:隐藏；false:不隐藏 — Hide disabled ones: true hide, false show.
    ///
    /// Wire name: `hide_delete` (`true` / `false`).
    pub fn hide_delete(mut self, hide_delete: bool) -> Self {
        self.hide_delete = Some(hide_delete);
        self
    }

    /// 是否需要刷新单量余额 — 0：否（默认） / 1：是 — Refresh the waybill-quantity balance: 0 no (default), 1 yes; declared bool, sent as a JSON boolean.
    ///
    /// Wire name: `need_quantity` (`true` / `false`).
    pub fn need_quantity(mut self, need_quantity: bool) -> Self {
        self.need_quantity = Some(need_quantity);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SETTING_LOGISTICS_QUERY_LOGISTICS;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("page_no", &self.page_no);
        params.opt("page_size", &self.page_size);
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        if let Some(value) = &self.logistics_no {
            crate::rt::check(
                METHOD,
                "logistics_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        let mut arg0 = crate::json::Object::new();
        arg0.opt("logistics_no", &self.logistics_no);
        arg0.opt("logistics_name", &self.logistics_name);
        arg0.opt("hide_delete", &self.hide_delete);
        arg0.opt("need_quantity", &self.need_quantity);
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

/// 物流公司查询 — Query logistics companies.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 返回信息 — Declared List\<Map\<String, Object>>, but the table and the example give an object with total_count and details.
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
    /// 物流id — 物流唯一键 — Logistics id, its unique key.
    ///
    /// Wire name: `logistics_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_id: Option<i32>,
    /// 物流类型 — 物流类型， 点击查看物流代码表 — Logistics type; see the logistics code table.
    ///
    /// Wire name: `logistics_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_type: Option<i32>,
    /// 是否支持货到付款 — true：支持 / false：不支持 — Supports cash on delivery: true yes, false no.
    ///
    /// Wire name: `is_support_cod` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_support_cod: Option<bool>,
    /// 物流编号 — Logistics code.
    ///
    /// Wire name: `logistics_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_no: Option<String>,
    /// 物流名称 — Logistics name.
    ///
    /// Wire name: `logistics_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_name: Option<String>,
    /// 联系人 — Contact person.
    ///
    /// Wire name: `contact` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub contact: Option<String>,
    /// 固话/联系电话 — Landline / contact phone.
    ///
    /// Wire name: `telno` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub telno: Option<String>,
    /// 手机 — Mobile phone.
    ///
    /// Wire name: `mobile` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub mobile: Option<String>,
    /// 地址 — Address.
    ///
    /// Wire name: `address` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub address: Option<String>,
    /// 单号来源 — 0：纸质面单 1：线下热敏 2：菜鸟电子面单（淘宝云栈）3：京东无界 4：拼多多金虹桥 5：区域零售 6：云集电子面单 11：唯品JIT电子面单 16:ASCP电子面单 17：菜鸟集货电子面单 18:抖音电子面单 19：得物品牌直发 20：快手电子面单 21：美团电子面单 22：唯品MP电子面单 23：商家仓自营配电子面单 24：鲸灵电子面单 25:腾讯惠聚电子面单 — Waybill-number source: 0 paper waybill, 1 offline thermal, 2 Cainiao e-waybill (Taobao), 3 JD Wujie, 4 Pinduoduo Jinhongqiao, 5 regional retail, 6 Yunji e-waybill, 11 Vipshop JIT e-waybill, 16 ASCP e-waybill, 17 Cainiao consolidation e-waybill, 18 Douyin e-waybill, 19 Dewu brand direct shipping, 20 Kuaishou e-waybill, 21 Meituan e-waybill, 22 Vipshop MP e-waybill, 23 merchant-warehouse self-delivery e-waybill, 24 Jingling e-waybill, 25 Tencent Huiju e-waybill.
    ///
    /// Wire name: `ebill_api` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub ebill_api: Option<i32>,
    /// 是否预支单号 — true：是 / false：否 — Waybill numbers reserved in advance: true yes, false no.
    ///
    /// Wire name: `is_preset_no` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_preset_no: Option<bool>,
    /// 货运方式 — 0: 标准快递,1: 生鲜速配,2: 冷运速配 — Shipping mode: 0 standard express, 1 fresh express, 2 cold-chain express.
    ///
    /// Wire name: `send_type` (code table [`SendType`](crate::types::SendType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub send_type: Option<crate::types::SendType>,
    /// 停用 — true：已停用 / false：未停用 / （当hide_delete传true时返回） — Disabled: true disabled, false not disabled (returned when hide_delete is true).
    ///
    /// Wire name: `is_disabled` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_disabled: Option<bool>,
    /// 重量上限 — Maximum weight.
    ///
    /// Wire name: `max_weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub max_weight: Option<crate::Decimal>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 修改时间 — 修改时间，格式: yyyy-MM-dd HH:mm:ss — Modification time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 创建时间 — 创建时间，格式: yyyy-MM-dd HH:mm:ss — Creation time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 月结卡号 — Monthly-settlement card number.
    ///
    /// Wire name: `month_card` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub month_card: Option<String>,
    /// 抛重比 — Volumetric weight ratio.
    ///
    /// Wire name: `volume_weight_ratio` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub volume_weight_ratio: Option<crate::Decimal>,
    /// 是否使用分区抛重比 — 0：否 / 1：是 — Use the zoned volumetric weight ratio: 0 no, 1 yes.
    ///
    /// Wire name: `volume_weight_ratio_switch` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub volume_weight_ratio_switch: Option<i32>,
    /// 分区类型 — 分区类型 / 0：体积 / 1：长宽高之和 — Zone type: 0 volume, 1 sum of length, width and height.
    ///
    /// Wire name: `volume_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub volume_type: Option<i32>,
    /// 阈值（体积或长宽高之和） — 使用分区抛重比时，体积或者长宽高之和大于该值时，分区抛重比生效 — Threshold (volume or sum of length, width and height); with zoned ratios, the zoned ratio applies above it.
    ///
    /// Wire name: `volume_threshold` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub volume_threshold: Option<crate::Decimal>,
    /// 分区抛重比 — Zoned volumetric weight ratio.
    ///
    /// Wire name: `volume_weight_ratio_special` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub volume_weight_ratio_special: Option<crate::Decimal>,
    /// 业务类型 — 业务类型 / 1：销售出库 / 2：销售退货 / 3：WMS销售 / 4：JIT销售 / 10：采购业务 / 127：其它业务 — Business type: 1 sales stock-out, 2 sales return, 3 WMS sale, 4 JIT sale, 10 purchase, 127 other.
    ///
    /// Wire name: `type` (code table [`LogisticsBusinessType`](crate::types::LogisticsBusinessType)).
    #[doc(alias = "type")]
    #[serde(
        rename(deserialize = "type"),
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub business_type: Option<crate::types::LogisticsBusinessType>,
    /// 主物流 — 主物流名称 — Main logistics: the main logistics name.
    ///
    /// Wire name: `main_logistics_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub main_logistics_name: Option<String>,
    /// 单量余额 — Waybill-quantity balance.
    ///
    /// Wire name: `quantity` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub quantity: Option<String>,
}

/// 返回信息 — Declared List\<Map\<String, Object>>, but the table and the example give an object with total_count and details.
///
/// JSON key `data`.
///
/// To build one in a test: `let mut value = Data::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// 总条数 — Total count.
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
