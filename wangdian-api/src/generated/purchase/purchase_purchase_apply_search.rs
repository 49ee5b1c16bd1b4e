// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `purchase.PurchaseApply.search`: 采购申请单查询 — Query purchase applications with their lines.
//!
//! - Category: 采购类 (group `purchase`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: documented
//! - Time window: start_time和end_time最大跨度为30天。
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//!
//! Notes:
//! - A bad date gives 日期格式不合法.
//! - Related: purchase.PurchaseApply.upload, cancelForApi, stopForApi.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "purchase.PurchaseApply.search";

/// Request for `purchase.PurchaseApply.search`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "purchase.PurchaseApply.search")]
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
    /// 开始时间 — 开始时间，格式: yyyy-MM-dd HH:mm:ss — Start time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub start_time: Option<crate::BeijingTime>,
    /// 结束时间 — 结束时间，格式: yyyy-MM-dd HH:mm:ss — End time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub end_time: Option<crate::BeijingTime>,
    /// 采购申请单号 — 采购申请单号 V1.5.1.0版本以上支持 — Purchase requisition number (supported from version V1.5.1.0).
    ///
    /// Wire name: `purchase_apply_no` (text).
    pub purchase_apply_no: Option<String>,
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

    /// 开始时间 — 开始时间，格式: yyyy-MM-dd HH:mm:ss — Start time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn start_time(mut self, start_time: impl Into<crate::BeijingTime>) -> Self {
        self.start_time = Some(start_time.into());
        self
    }

    /// 结束时间 — 结束时间，格式: yyyy-MM-dd HH:mm:ss — End time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn end_time(mut self, end_time: impl Into<crate::BeijingTime>) -> Self {
        self.end_time = Some(end_time.into());
        self
    }

    /// 采购申请单号 — 采购申请单号 V1.5.1.0版本以上支持 — Purchase requisition number (supported from version V1.5.1.0).
    ///
    /// Wire name: `purchase_apply_no` (text).
    pub fn purchase_apply_no(mut self, purchase_apply_no: impl Into<String>) -> Self {
        self.purchase_apply_no = Some(purchase_apply_no.into());
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

    const INFO: crate::MethodInfo = crate::generated::catalog::PURCHASE_PURCHASE_APPLY_SEARCH;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("page_no", &self.page_no);
        params.opt("page_size", &self.page_size);
        params
            .span(
                ("start_time", self.start_time.as_ref()),
                ("end_time", self.end_time.as_ref()),
                30u32,
            )?;
        params.extra(&self.extra_params);
        Ok(())
    }

    fn json(&self) -> Result<Option<String>, crate::Error> {
        let mut arg0 = crate::json::Object::new();
        arg0.opt("start_time", &self.start_time);
        arg0.opt("end_time", &self.end_time);
        arg0.opt("purchase_apply_no", &self.purchase_apply_no);
        Ok(Some(crate::json::body(vec![arg0.into_value()])))
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

impl crate::Paged for Request {
    type Item = OrderList;

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

    fn items(response: &mut Response) -> &mut Vec<OrderList> {
        &mut response.data.get_or_insert_with(Default::default).order_list
    }
}

/// 采购申请单查询 — Query purchase applications with their lines.
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

/// 采购申请单明细 — Purchase requisition details.
///
/// JSON key `detail_list`.
///
/// To build one in a test: `let mut value = DetailList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DetailList {
    /// 采购申请单号 — Purchase requisition number.
    ///
    /// Wire name: `purchase_apply_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_apply_no: Option<String>,
    /// 采购申请单ID — Purchase requisition id.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i32>,
    /// 商家编码 — Merchant code (SKU code).
    ///
    /// Wire name: `spec_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_no: Option<String>,
    /// 货品编号 — Goods code.
    ///
    /// Wire name: `goods_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_no: Option<String>,
    /// 货品名称 — Goods name.
    ///
    /// Wire name: `goods_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_name: Option<String>,
    /// 规格名称 — Spec name.
    ///
    /// Wire name: `spec_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_name: Option<String>,
    /// 申请量 — Requested quantity.
    ///
    /// Wire name: `num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num: Option<crate::Decimal>,
    /// 引用量 — Referenced quantity.
    ///
    /// Wire name: `ref_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub ref_num: Option<crate::Decimal>,
    /// 入库量 — Stocked-in quantity.
    ///
    /// Wire name: `stockin_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockin_num: Option<crate::Decimal>,
    /// 供应商编号 — 供应商编号（为空时不返回） — Supplier code (absent when empty).
    ///
    /// Wire name: `provider_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub provider_no: Option<String>,
    /// 供应商名称 — 供应商名称（为空时不返回） — Supplier name (absent when empty).
    ///
    /// Wire name: `provider_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub provider_name: Option<String>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 品牌 — Brand.
    ///
    /// Wire name: `brand_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_name: Option<String>,
}

/// 单据数据 — Document data.
///
/// JSON key `order_list`.
///
/// To build one in a test: `let mut value = OrderList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OrderList {
    /// 采购申请单号 — Purchase requisition number.
    ///
    /// Wire name: `purchase_apply_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_apply_no: Option<String>,
    /// 采购申请单状态 — 采购申请单状态 / 5：已取消 / 10：编辑中 / 20：待确认 / 23：待引用 / 25：部分引用 / 30：已引用 — Purchase requisition status: 5 cancelled, 10 editing, 20 awaiting confirmation, 23 awaiting reference, 25 partly referenced, 30 referenced.
    ///
    /// Wire name: `status` (code table [`PurchaseApplyStatus`](crate::types::PurchaseApplyStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub status: Option<crate::types::PurchaseApplyStatus>,
    /// 申请人 — Applicant.
    ///
    /// Wire name: `apply_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub apply_name: Option<String>,
    /// 仓库编号 — Warehouse code.
    ///
    /// Wire name: `warehouse_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_no: Option<String>,
    /// 仓库名称 — Warehouse name.
    ///
    /// Wire name: `warehouse_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_name: Option<String>,
    /// 供应商编号 — 供应商编号（为空时不返回） — Supplier code (absent when empty).
    ///
    /// Wire name: `provider_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub provider_no: Option<String>,
    /// 供应商名称 — 供应商名称（为空时不返回） — Supplier name (absent when empty).
    ///
    /// Wire name: `provider_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub provider_name: Option<String>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 期望到货时间 — 期望到货时间，格式: yyyy-MM-dd HH:mm:ss — Expected arrival time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `expected_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub expected_time: Option<crate::BeijingTime>,
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
    /// 采购申请单明细 — Purchase requisition details.
    ///
    /// Wire name: `detail_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub detail_list: Vec<DetailList>,
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
    /// 单据数据 — Document data.
    ///
    /// Wire name: `order_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub order_list: Vec<OrderList>,
    /// 总条数 — Total count.
    ///
    /// Wire name: `total_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_count: Option<i32>,
}
