// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `purchase.PurchaseOrder.queryWithDetail`: 采购单及明细查询 — Query purchase orders with their lines.
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
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//! - G1: Go operation table, package wdt (index id 60431816433): app operations mapped to QJB direct and Qimen method names
//!
//! Notes:
//! - Without purchase_no both start_time and end_time are required (≤ 30 days); with purchase_no the times are ignored.
//! - Permissions: warehouse and supplier (仓库权限、供应商权限).

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "purchase.PurchaseOrder.queryWithDetail";

/// Request for `purchase.PurchaseOrder.queryWithDetail`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "purchase.PurchaseOrder.queryWithDetail")]
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
    /// 采购单号 — Purchase order number.
    ///
    /// Wire name: `purchase_no` (text).
    /// At most 40 characters (checked before sending).
    pub purchase_no: Option<String>,
    /// 供应商编号 — Supplier code.
    ///
    /// Wire name: `provider_no` (text).
    /// At most 20 characters (checked before sending).
    pub provider_no: Option<String>,
    /// 预计入库仓编号 — 预计入库仓 — Code of the warehouse expected to receive the stock-in.
    ///
    /// Wire name: `expect_warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub expect_warehouse_no: Option<String>,
    /// 收货仓编号 — 收货仓 — Receiving warehouse code.
    ///
    /// Wire name: `receive_warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub receive_warehouse_no: Option<String>,
    /// 开始时间 — 采购单修改时间 — Window start on the purchase order's modification time; required without purchase_no, ignored with it.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub start_time: Option<crate::BeijingTime>,
    /// 结束时间 — 采购单修改时间 — End time (purchase order modification time).
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub end_time: Option<crate::BeijingTime>,
    /// 入库状态 — 入库状态,0 未入库 1部分入库 2已入库 3停止入库 4超量入库 5部分-超量入库 — Stock-in status: 0 not stocked in, 1 partly stocked in, 2 stocked in, 3 stock-in stopped, 4 over-received, 5 partly over-received.
    ///
    /// Wire name: `stockin_status` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`, `4`, `5`.
    pub stockin_status: Option<i32>,
    /// 采购单状态 — 10 已取消 / 20 编辑中 / 30 待审核 / 35 待财审 / 40 已审核 / 50 部分到货 / 60 已到货 / 70 待结算 / 80 部分结算 / 90 已完成 / 多个状态间使用英文逗号隔开 — Comma-separated purchase-order status codes (10 已取消 … 90 已完成).
    ///
    /// Wire name: `status` (text).
    /// At most 64 characters (checked before sending).
    pub status: Option<String>,
    /// 模糊查询 — 默认false,业务单号进行模糊查询匹配，匹配数量大于1条时会报错 — Fuzzy query on the business document number (default false); more than one match is an error.
    ///
    /// Wire name: `fuzzy_query` (`true` / `false`).
    pub fuzzy_query: Option<bool>,
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

    /// 采购单号 — Purchase order number.
    ///
    /// Wire name: `purchase_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn purchase_no(mut self, purchase_no: impl Into<String>) -> Self {
        self.purchase_no = Some(purchase_no.into());
        self
    }

    /// 供应商编号 — Supplier code.
    ///
    /// Wire name: `provider_no` (text).
    /// At most 20 characters (checked before sending).
    pub fn provider_no(mut self, provider_no: impl Into<String>) -> Self {
        self.provider_no = Some(provider_no.into());
        self
    }

    /// 预计入库仓编号 — 预计入库仓 — Code of the warehouse expected to receive the stock-in.
    ///
    /// Wire name: `expect_warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn expect_warehouse_no(
        mut self,
        expect_warehouse_no: impl Into<String>,
    ) -> Self {
        self.expect_warehouse_no = Some(expect_warehouse_no.into());
        self
    }

    /// 收货仓编号 — 收货仓 — Receiving warehouse code.
    ///
    /// Wire name: `receive_warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn receive_warehouse_no(
        mut self,
        receive_warehouse_no: impl Into<String>,
    ) -> Self {
        self.receive_warehouse_no = Some(receive_warehouse_no.into());
        self
    }

    /// 开始时间 — 采购单修改时间 — Window start on the purchase order's modification time; required without purchase_no, ignored with it.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn start_time(mut self, start_time: impl Into<crate::BeijingTime>) -> Self {
        self.start_time = Some(start_time.into());
        self
    }

    /// 结束时间 — 采购单修改时间 — End time (purchase order modification time).
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn end_time(mut self, end_time: impl Into<crate::BeijingTime>) -> Self {
        self.end_time = Some(end_time.into());
        self
    }

    /// 入库状态 — 入库状态,0 未入库 1部分入库 2已入库 3停止入库 4超量入库 5部分-超量入库 — Stock-in status: 0 not stocked in, 1 partly stocked in, 2 stocked in, 3 stock-in stopped, 4 over-received, 5 partly over-received.
    ///
    /// Wire name: `stockin_status` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`, `4`, `5`.
    pub fn stockin_status(mut self, stockin_status: i32) -> Self {
        self.stockin_status = Some(stockin_status);
        self
    }

    /// 采购单状态 — 10 已取消 / 20 编辑中 / 30 待审核 / 35 待财审 / 40 已审核 / 50 部分到货 / 60 已到货 / 70 待结算 / 80 部分结算 / 90 已完成 / 多个状态间使用英文逗号隔开 — Comma-separated purchase-order status codes (10 已取消 … 90 已完成).
    ///
    /// Wire name: `status` (text).
    /// At most 64 characters (checked before sending).
    pub fn status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
        self
    }

    /// 模糊查询 — 默认false,业务单号进行模糊查询匹配，匹配数量大于1条时会报错 — Fuzzy query on the business document number (default false); more than one match is an error.
    ///
    /// Wire name: `fuzzy_query` (`true` / `false`).
    pub fn fuzzy_query(mut self, fuzzy_query: bool) -> Self {
        self.fuzzy_query = Some(fuzzy_query);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::PURCHASE_PURCHASE_ORDER_QUERY_WITH_DETAIL;

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
        if let Some(value) = &self.purchase_no {
            crate::rt::check(
                METHOD,
                "purchase_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.provider_no {
            crate::rt::check(
                METHOD,
                "provider_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(20),
            )?;
        }
        if let Some(value) = &self.expect_warehouse_no {
            crate::rt::check(
                METHOD,
                "expect_warehouse_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.receive_warehouse_no {
            crate::rt::check(
                METHOD,
                "receive_warehouse_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.stockin_status {
            crate::rt::check(
                METHOD,
                "stockin_status",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1", "2", "3", "4", "5"]),
            )?;
        }
        if let Some(value) = &self.status {
            crate::rt::check(
                METHOD,
                "status",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(64),
            )?;
        }
        let mut arg0 = crate::json::Object::new();
        arg0.opt("purchase_no", &self.purchase_no);
        arg0.opt("provider_no", &self.provider_no);
        arg0.opt("expect_warehouse_no", &self.expect_warehouse_no);
        arg0.opt("receive_warehouse_no", &self.receive_warehouse_no);
        arg0.opt("start_time", &self.start_time);
        arg0.opt("end_time", &self.end_time);
        arg0.opt("stockin_status", &self.stockin_status);
        arg0.opt("status", &self.status);
        arg0.opt("fuzzy_query", &self.fuzzy_query);
        Ok(Some(crate::json::body(vec![arg0.into_value()])))
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

impl crate::Paged for Request {
    type Item = Order;

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

    fn items(response: &mut Response) -> &mut Vec<Order> {
        &mut response.data.get_or_insert_with(Default::default).order
    }
}

/// 采购单及明细查询 — Query purchase orders with their lines.
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

/// 采购单详情 — Purchase order details.
///
/// JSON key `detail_list`.
///
/// To build one in a test: `let mut value = DetailList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DetailList {
    /// 采购单id — Purchase order id.
    ///
    /// Wire name: `purchase_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_id: Option<i32>,
    /// 明细id — 明细唯一键 — Detail id, its unique key.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i32>,
    /// 单品id — Spec id.
    ///
    /// Wire name: `spec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_id: Option<i32>,
    /// 商家编码 — Merchant code (SKU code).
    ///
    /// Wire name: `spec_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_no: Option<String>,
    /// 零售价格 — Retail price.
    ///
    /// Wire name: `retail_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub retail_price: Option<crate::Decimal>,
    /// 供应商货号 — Supplier's item number.
    ///
    /// Wire name: `provider_goods_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub provider_goods_no: Option<String>,
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
    /// 货品简称 — Goods short name.
    ///
    /// Wire name: `short_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub short_name: Option<String>,
    /// 单品备注 — Spec remark.
    ///
    /// Wire name: `spec_remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_remark: Option<String>,
    /// 规格码 — Spec code.
    ///
    /// Wire name: `spec_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_code: Option<String>,
    /// 规格名称 — Spec name.
    ///
    /// Wire name: `spec_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_name: Option<String>,
    /// 单品条码 — Spec barcode.
    ///
    /// Wire name: `barcode` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub barcode: Option<String>,
    /// 品牌名称 — Brand name.
    ///
    /// Wire name: `brand_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_name: Option<String>,
    /// 图片地址 — Image URL.
    ///
    /// Wire name: `img_url` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub img_url: Option<String>,
    /// 采购量 — Purchase quantity.
    ///
    /// Wire name: `num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num: Option<crate::Decimal>,
    /// 辅助采购量 — Auxiliary purchase quantity.
    ///
    /// Wire name: `num2` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num2: Option<crate::Decimal>,
    /// 采购确认量 — Purchase confirmed quantity.
    ///
    /// Wire name: `confirm_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub confirm_num: Option<crate::Decimal>,
    /// 到货未入库量 — Arrived but not stocked-in quantity.
    ///
    /// Wire name: `arrive_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub arrive_num: Option<crate::Decimal>,
    /// 结算数量 — Settled quantity.
    ///
    /// Wire name: `settle_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub settle_num: Option<crate::Decimal>,
    /// 多到货量 — Over-arrived quantity.
    ///
    /// Wire name: `arrive_more_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub arrive_more_num: Option<crate::Decimal>,
    /// 到货入库量 — Arrived and stocked-in quantity.
    ///
    /// Wire name: `stockin_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockin_num: Option<crate::Decimal>,
    /// 入库总金额 — Total stock-in amount.
    ///
    /// Wire name: `stockin_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockin_amount: Option<crate::Decimal>,
    /// 停止等待数量 — Quantity no longer awaited.
    ///
    /// Wire name: `stopwait_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stopwait_num: Option<crate::Decimal>,
    /// 未到货量 — Not yet arrived quantity.
    ///
    /// Wire name: `lack_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub lack_num: Option<crate::Decimal>,
    /// 采购单位 — Purchase unit.
    ///
    /// Wire name: `purchase_unit_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_unit_name: Option<String>,
    /// 单位变换率 — Unit conversion rate.
    ///
    /// Wire name: `unit_ratio` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub unit_ratio: Option<crate::Decimal>,
    /// 基本单位 — Base unit.
    ///
    /// Wire name: `base_unit_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub base_unit_name: Option<String>,
    /// 税前单价 — Unit price before tax.
    ///
    /// Wire name: `price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub price: Option<crate::Decimal>,
    /// 采购价 — 采购价格 — Purchase price.
    ///
    /// Wire name: `purchase_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_price: Option<crate::Decimal>,
    /// 辅助采购价 — Auxiliary purchase price.
    ///
    /// Wire name: `aux_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub aux_price: Option<crate::Decimal>,
    /// 折扣 — Discount.
    ///
    /// Wire name: `discount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub discount: Option<crate::Decimal>,
    /// 税率 — Tax rate.
    ///
    /// Wire name: `tax_rate` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax_rate: Option<crate::Decimal>,
    /// 税后单价 — Unit price after tax.
    ///
    /// Wire name: `tax_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax_price: Option<crate::Decimal>,
    /// 税后金额 — Amount after tax.
    ///
    /// Wire name: `tax_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax_amount: Option<crate::Decimal>,
    /// 税前折后单价 — Discounted unit price before tax.
    ///
    /// Wire name: `dis_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub dis_price: Option<crate::Decimal>,
    /// 税前金额 — 税前总金额 — Total amount before tax.
    ///
    /// Wire name: `amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub amount: Option<crate::Decimal>,
    /// 预估重量 — Estimated weight.
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 辅助金额 — Auxiliary amount.
    ///
    /// Wire name: `aux_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub aux_amount: Option<crate::Decimal>,
    /// 采购单详情备注 — Purchase order detail remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 自定义属性1 — Custom property 1.
    ///
    /// Wire name: `prop1` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop1: Option<String>,
    /// 自定义属性2 — Custom property 2.
    ///
    /// Wire name: `prop2` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop2: Option<String>,
    /// 自定义属性3 — 自定义属性3（接口创建的采购单不返回该字段） — Custom property 3 (not returned for purchase orders created through the API).
    ///
    /// Wire name: `prop3` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop3: Option<String>,
    /// 自定义属性4 — 自定义属性4（接口创建的采购单不返回该字段） — Custom property 4 (not returned for purchase orders created through the API).
    ///
    /// Wire name: `prop4` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop4: Option<String>,
    /// 单品自定义属性1 — Spec custom property 1.
    ///
    /// Wire name: `gs_prop1` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gs_prop1: Option<String>,
    /// 单品自定义属性2 — Spec custom property 2.
    ///
    /// Wire name: `gs_prop2` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gs_prop2: Option<String>,
    /// 单品自定义属性3 — Spec custom property 3.
    ///
    /// Wire name: `gs_prop3` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gs_prop3: Option<String>,
    /// 单品自定义属性4 — Spec custom property 4.
    ///
    /// Wire name: `gs_prop4` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gs_prop4: Option<String>,
    /// 单品自定义属性5 — Spec custom property 5.
    ///
    /// Wire name: `gs_prop5` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gs_prop5: Option<String>,
    /// 单品自定义属性6 — Spec custom property 6.
    ///
    /// Wire name: `gs_prop6` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gs_prop6: Option<String>,
    /// 批次 — 批次号（如需使用，需要单独开通配置，开启配置的情况下返回） — Batch number (needs a separately enabled setting; returned when it is on).
    ///
    /// Wire name: `batch_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub batch_no: Option<String>,
    /// 有效期 — Expiry date.
    ///
    /// Wire name: `expire_date` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub expire_date: Option<String>,
    /// 修改时间 — Modification time.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 创建时间 — Creation time.
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 单品预计到货日期 — Spec's expected arrival date.
    ///
    /// Wire name: `sku_arrive_date` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sku_arrive_date: Option<String>,
}

/// 单据数据 — Document data.
///
/// JSON key `order`.
///
/// To build one in a test: `let mut value = Order::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Order {
    /// 采购单id — 采购单唯一键 — Purchase order id, its unique key.
    ///
    /// Wire name: `purchase_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_id: Option<i32>,
    /// 采购单号 — Purchase order number.
    ///
    /// Wire name: `purchase_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_no: Option<String>,
    /// 供应商编号 — Supplier code.
    ///
    /// Wire name: `provider_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub provider_no: Option<String>,
    /// 供应商id — 供应商唯一键 — Supplier id, its unique key.
    ///
    /// Wire name: `provider_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub provider_id: Option<i32>,
    /// 供应商名称 — Supplier name.
    ///
    /// Wire name: `provider_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub provider_name: Option<String>,
    /// 当前状态（采购单状态） — 采购单状态：10 已取消,20 编辑中,30 待审核,35 待财审,40 已审核,50 部分到货,60 已到货,70 待结算,80 部分结算,90 已完成 — Current purchase order status: 10 cancelled, 20 editing, 30 awaiting review, 35 awaiting finance review, 40 reviewed, 50 partly arrived, 60 arrived, 70 awaiting settlement, 80 partly settled, 90 completed.
    ///
    /// Wire name: `status` (code table [`PurchaseOrderStatus`](crate::types::PurchaseOrderStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub status: Option<crate::types::PurchaseOrderStatus>,
    /// 入库状态 — 0 未入库 1部分入库 2已入库 3停止入库 4超量入库 5部分-超量入库 — Stock-in status: 0 not stocked in, 1 partly stocked in, 2 stocked in, 3 stock-in stopped, 4 over-received, 5 partly over-received.
    ///
    /// Wire name: `stockin_status` (code table [`PurchaseStockinStatus`](crate::types::PurchaseStockinStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockin_status: Option<crate::types::PurchaseStockinStatus>,
    /// 结算状态 — 0不可结算 1待结算 2部分结算 3已结算 — Settlement status: 0 not settleable, 1 awaiting settlement, 2 partly settled, 3 settled.
    ///
    /// Wire name: `settle_status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub settle_status: Option<i32>,
    /// 仓库名称 — 仓库名称（预计入库仓库） — Warehouse name (of the expected stock-in warehouse).
    ///
    /// Wire name: `warehouse_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_name: Option<String>,
    /// 仓库id — 仓库唯一键（预计入库仓库） — Warehouse id, its unique key (of the expected stock-in warehouse).
    ///
    /// Wire name: `warehouse_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_id: Option<i32>,
    /// 仓库编码 — 仓库编码（预计入库仓库） — Warehouse code (of the expected stock-in warehouse).
    ///
    /// Wire name: `warehouse_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_no: Option<String>,
    /// 建单者 — Document creator.
    ///
    /// Wire name: `creator_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub creator_name: Option<String>,
    /// 采购员 — Purchaser.
    ///
    /// Wire name: `purchaser_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchaser_name: Option<String>,
    /// 审核员 — Reviewer.
    ///
    /// Wire name: `check_operator_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub check_operator_name: Option<String>,
    /// 财审员 — Finance reviewer.
    ///
    /// Wire name: `facheck_operator_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub facheck_operator_name: Option<String>,
    /// 标记名称 — Flag name.
    ///
    /// Wire name: `flag_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_name: Option<String>,
    /// 标记id — Flag id.
    ///
    /// Wire name: `flag_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_id: Option<i32>,
    /// 货运方式 — Shipping method.
    ///
    /// Wire name: `logistics_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_name: Option<String>,
    /// 物流方式 — 物流方式，点击 链接查看 物流代码表 — Logistics mode; see the logistics code table.
    ///
    /// Wire name: `logistics_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_type: Option<i32>,
    /// 物流公司编号 — ERP内维护的采购业务类型的物流公司编号 — Logistics company code, kept in the ERP for the purchase business type.
    ///
    /// Wire name: `logistics_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_no: Option<String>,
    /// 物流公司主键 — Logistics company key.
    ///
    /// Wire name: `logistics_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_id: Option<i32>,
    /// 付款方式 — 1:现付 2:到付 3:挂账 — Payment method: 1 pay now, 2 pay on arrival, 3 on account.
    ///
    /// Wire name: `pay_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pay_type: Option<i32>,
    /// 运费付款方式 — 1:现付 2:到付 3:包邮 — Freight payment method: 1 pay now, 2 pay on arrival, 3 free shipping.
    ///
    /// Wire name: `postfee_pay_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub postfee_pay_type: Option<i32>,
    /// 税前总货款 — Total goods amount before tax.
    ///
    /// Wire name: `goods_fee` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_fee: Option<crate::Decimal>,
    /// 邮资 — Postage.
    ///
    /// Wire name: `post_fee` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub post_fee: Option<crate::Decimal>,
    /// 其他费用 — Other fees.
    ///
    /// Wire name: `other_fee` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub other_fee: Option<crate::Decimal>,
    /// 总金额 — Total amount.
    ///
    /// Wire name: `total_fee` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_fee: Option<crate::Decimal>,
    /// 税后总货款 — Total goods amount after tax.
    ///
    /// Wire name: `tax_fee` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax_fee: Option<crate::Decimal>,
    /// 货品种类数 — Number of goods kinds.
    ///
    /// Wire name: `goods_type_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_type_count: Option<i32>,
    /// 采购开单量 — Purchase ordered quantity.
    ///
    /// Wire name: `goods_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_count: Option<crate::Decimal>,
    /// 采购到货量 — Purchase arrived quantity.
    ///
    /// Wire name: `goods_arrive_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_arrive_count: Option<crate::Decimal>,
    /// 采购入库量 — Purchase stocked-in quantity.
    ///
    /// Wire name: `goods_stockin_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_stockin_count: Option<crate::Decimal>,
    /// 采购单备注 — Purchase order remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 预计到货日期 — Expected arrival date.
    ///
    /// Wire name: `expect_arrive_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub expect_arrive_time: Option<crate::BeijingTime>,
    /// 建单日期 — Document creation date.
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 审核时间 — Review time.
    ///
    /// Wire name: `check_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub check_time: Option<crate::BeijingTime>,
    /// 最后修改日期 — Last modification date.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 采购单自定义属性1 — Purchase order custom property 1.
    ///
    /// Wire name: `prop1` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop1: Option<String>,
    /// 采购单自定义属性2 — Purchase order custom property 2.
    ///
    /// Wire name: `prop2` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop2: Option<String>,
    /// 采购单自定义属性3 — Purchase order custom property 3.
    ///
    /// Wire name: `prop3` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop3: Option<String>,
    /// 采购单自定义属性4 — Purchase order custom property 4.
    ///
    /// Wire name: `prop4` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop4: Option<String>,
    /// 采购单详情 — Purchase order details.
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
    /// Wire name: `order*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub order: Vec<Order>,
    /// 总条数 — Total count.
    ///
    /// Wire name: `total_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_count: Option<i32>,
}
