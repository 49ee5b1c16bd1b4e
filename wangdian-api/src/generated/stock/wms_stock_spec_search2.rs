// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `wms.StockSpec.search2`: 库存查询2 — Query stock per spec and warehouse (successor of wms.StockSpec.search).
//!
//! - Category: 库存类 (group `stock`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: documented
//! - Time window: start_time和end_time最大跨度为30天
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//! - G1: Go operation table, package wdt (index id 60431816433): app operations mapped to QJB direct and Qimen method names
//! - A1: Apps calling wms.StockSpec.search2 (index ids 56696630502, 70092519707): spec_nos arrays, page sizes 500 and 1000
//!
//! Notes:
//! - Successor of the deprecated wms.StockSpec.search (which returns top-level total with data as the list).
//! - Each row is one (spec × warehouse) stock record; wms.StockSpec.stockDetailSearch takes its rec_id.
//! - The sales-statistics fields come with mask 1 or 3, cost_price with mask 2 or 3, the alarm fields with need_alarm_info=1.
//! - Unknown warehouse_no gives 仓库不存在 仓库编号: \<no>. Permission: 仓库权限.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "wms.StockSpec.search2";

/// Request for `wms.StockSpec.search2`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "wms.StockSpec.search2")]
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
    /// 开始时间 — 开始时间(最后更新时间) , 传入商家编码时可传空值 — Window start on the stock record's last update; may be left empty when spec_nos is given.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub start_time: Option<crate::BeijingTime>,
    /// 结束时间 — 结束时间(最后更新时间), 传入商家编码时可传空值 — End time (last update time); may be empty when merchant codes are given.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub end_time: Option<crate::BeijingTime>,
    /// 商家编码 — 商家编码列表 — A JSON array of merchant codes (List\<String>), e.g. \["test"\].
    ///
    /// Wire name: `spec_nos` (any JSON value).
    pub spec_nos: Option<crate::json::Value>,
    /// 仓库编号 — Warehouse code.
    ///
    /// Wire name: `warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub warehouse_no: Option<String>,
    /// 掩码 — 1: 返回销量统计数据; 2: 返回成本价数据; 3:返回销售统计数据和成本价数据 / 不传默认为0 — 1 adds sales statistics, 2 adds cost_price, 3 both; default 0.
    ///
    /// Wire name: `mask` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`.
    pub mask: Option<i32>,
    /// 是否需要警戒相关信息 — 0：否 / 1：是 （比较影响性能 慎用） / 不传默认为0 — 1 adds the alarm fields (slow: 比较影响性能 慎用); default 0.
    ///
    /// Wire name: `need_alarm_info` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub need_alarm_info: Option<i32>,
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

    /// 开始时间 — 开始时间(最后更新时间) , 传入商家编码时可传空值 — Window start on the stock record's last update; may be left empty when spec_nos is given.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn start_time(mut self, start_time: impl Into<crate::BeijingTime>) -> Self {
        self.start_time = Some(start_time.into());
        self
    }

    /// 结束时间 — 结束时间(最后更新时间), 传入商家编码时可传空值 — End time (last update time); may be empty when merchant codes are given.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn end_time(mut self, end_time: impl Into<crate::BeijingTime>) -> Self {
        self.end_time = Some(end_time.into());
        self
    }

    /// 商家编码 — 商家编码列表 — A JSON array of merchant codes (List\<String>), e.g. \["test"\].
    ///
    /// Wire name: `spec_nos` (any JSON value).
    pub fn spec_nos(mut self, spec_nos: crate::json::Value) -> Self {
        self.spec_nos = Some(spec_nos);
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

    /// 掩码 — 1: 返回销量统计数据; 2: 返回成本价数据; 3:返回销售统计数据和成本价数据 / 不传默认为0 — 1 adds sales statistics, 2 adds cost_price, 3 both; default 0.
    ///
    /// Wire name: `mask` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`.
    pub fn mask(mut self, mask: i32) -> Self {
        self.mask = Some(mask);
        self
    }

    /// 是否需要警戒相关信息 — 0：否 / 1：是 （比较影响性能 慎用） / 不传默认为0 — 1 adds the alarm fields (slow: 比较影响性能 慎用); default 0.
    ///
    /// Wire name: `need_alarm_info` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub fn need_alarm_info(mut self, need_alarm_info: i32) -> Self {
        self.need_alarm_info = Some(need_alarm_info);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::WMS_STOCK_SPEC_SEARCH2;

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
        if let Some(value) = &self.warehouse_no {
            crate::rt::check(
                METHOD,
                "warehouse_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.mask {
            crate::rt::check(
                METHOD,
                "mask",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1", "2", "3"]),
            )?;
        }
        if let Some(value) = &self.need_alarm_info {
            crate::rt::check(
                METHOD,
                "need_alarm_info",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1"]),
            )?;
        }
        let mut arg0 = crate::json::Object::new();
        arg0.opt("start_time", &self.start_time);
        arg0.opt("end_time", &self.end_time);
        arg0.opt("spec_nos", &self.spec_nos);
        arg0.opt("warehouse_no", &self.warehouse_no);
        arg0.opt("mask", &self.mask);
        arg0.opt("need_alarm_info", &self.need_alarm_info);
        Ok(Some(crate::json::body(vec![arg0.into_value()])))
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

impl crate::Paged for Request {
    type Item = DetailList;

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

    fn items(response: &mut Response) -> &mut Vec<DetailList> {
        &mut response.data.get_or_insert_with(Default::default).detail_list
    }
}

/// 库存查询2 — Query stock per spec and warehouse (successor of wms.StockSpec.search).
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 响应正文 — 响应正文数据 — Response body data.
    ///
    /// Wire name: `data`.
    #[serde(default)]
    pub data: Option<Data>,
}

/// 数据节点 — Data node.
///
/// JSON key `detail_list`.
///
/// To build one in a test: `let mut value = DetailList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DetailList {
    /// 明细唯一键 — Detail line's unique key.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i32>,
    /// 残次品 — false,正品; true,残品 — Defective goods: false good, true defective.
    ///
    /// Wire name: `defect` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub defect: Option<bool>,
    /// 库存量 — Stock quantity.
    ///
    /// Wire name: `stock_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_num: Option<crate::Decimal>,
    /// 外部库存 — 外部WMS同步时库存 — External stock: the stock at external WMS sync.
    ///
    /// Wire name: `wms_sync_stock` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wms_sync_stock: Option<crate::Decimal>,
    /// 库存差异 — 外部WMS同步时,与系统库存的差 — Stock difference from the system stock at the external WMS sync.
    ///
    /// Wire name: `wms_stock_diff` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wms_stock_diff: Option<crate::Decimal>,
    /// 商家编码 — Merchant code (SKU code).
    ///
    /// Wire name: `spec_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_no: Option<String>,
    /// 单品id — 单品唯一键 — Spec id, the spec's unique key.
    ///
    /// Wire name: `spec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_id: Option<i32>,
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
    /// 规格码 — Spec code.
    ///
    /// Wire name: `spec_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_code: Option<String>,
    /// 品牌名称 — Brand name.
    ///
    /// Wire name: `brand_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_name: Option<String>,
    /// 规格名称 — Spec name.
    ///
    /// Wire name: `spec_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_name: Option<String>,
    /// 条码 — Barcode.
    ///
    /// Wire name: `barcode` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub barcode: Option<String>,
    /// 未付款量 — Unpaid quantity.
    ///
    /// Wire name: `unpay_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub unpay_num: Option<crate::Decimal>,
    /// 预订单量 — Pre-order quantity.
    ///
    /// Wire name: `subscribe_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub subscribe_num: Option<crate::Decimal>,
    /// 待审核量 — Quantity awaiting review.
    ///
    /// Wire name: `order_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub order_num: Option<crate::Decimal>,
    /// 待发货量 — Quantity awaiting shipment.
    ///
    /// Wire name: `sending_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sending_num: Option<crate::Decimal>,
    /// 采购在途量 — Purchase in-transit quantity.
    ///
    /// Wire name: `purchase_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_num: Option<crate::Decimal>,
    /// 调拨在途量 — Transfer in-transit quantity.
    ///
    /// Wire name: `transfer_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub transfer_num: Option<crate::Decimal>,
    /// 待采购量 — Quantity to purchase.
    ///
    /// Wire name: `to_purchase_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub to_purchase_num: Option<crate::Decimal>,
    /// 采购到货量 — Purchase arrived quantity.
    ///
    /// Wire name: `purchase_arrive_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub purchase_arrive_num: Option<crate::Decimal>,
    /// 外部WMS同步时占用库存 — Occupied stock at the external WMS sync.
    ///
    /// Wire name: `wms_preempty_stock` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wms_preempty_stock: Option<crate::Decimal>,
    /// 重量 — Weight.
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 图片URL — Image URL.
    ///
    /// Wire name: `img_url` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub img_url: Option<String>,
    /// 仓库编号 — Warehouse code.
    ///
    /// Wire name: `warehouse_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_no: Option<String>,
    /// 仓库id — 仓库id，仓库唯一键 — Warehouse id, the warehouse's unique key.
    ///
    /// Wire name: `warehouse_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_id: Option<i32>,
    /// 仓库名称 — Warehouse name.
    ///
    /// Wire name: `warehouse_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_name: Option<String>,
    /// 仓库类型 — 仓库类型0为普通,非0为外部WMS — Warehouse type: 0 ordinary, non-zero external WMS.
    ///
    /// Wire name: `warehouse_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_type: Option<i32>,
    /// 可发库存 — Stock available to ship.
    ///
    /// Wire name: `available_send_stock` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub available_send_stock: Option<crate::Decimal>,
    /// 创建时间 — Creation time.
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 修改时间 — Modification time.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 部分付款库存 — Partly paid stock.
    ///
    /// Wire name: `part_paid_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub part_paid_num: Option<crate::Decimal>,
    /// 销售换货在途量 — 销售换货在途量(卖家发给买家) — Sales-exchange in-transit quantity (seller to buyer).
    ///
    /// Wire name: `refund_exch_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_exch_num: Option<crate::Decimal>,
    /// 销售退货量 — Sales return quantity.
    ///
    /// Wire name: `refund_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_num: Option<crate::Decimal>,
    /// 销售退货在途量 — 销售换货在途量(从买家回到卖家) — Sales-return in-transit quantity (from the buyer back to the seller).
    ///
    /// Wire name: `refund_onway_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_onway_num: Option<crate::Decimal>,
    /// 采购换货量 — Purchase exchange quantity.
    ///
    /// Wire name: `return_exch_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_exch_num: Option<crate::Decimal>,
    /// 采购退货量 — Purchase return quantity.
    ///
    /// Wire name: `return_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_num: Option<crate::Decimal>,
    /// 采购换货在途量 — Purchase-exchange in-transit quantity.
    ///
    /// Wire name: `return_onway_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub return_onway_num: Option<crate::Decimal>,
    /// 待调出量 — Quantity to transfer out.
    ///
    /// Wire name: `to_transfer_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub to_transfer_num: Option<crate::Decimal>,
    /// 外部WMS同步时,占用库存差 — Occupied-stock difference at the external WMS sync.
    ///
    /// Wire name: `wms_preempty_diff` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wms_preempty_diff: Option<crate::Decimal>,
    /// 与外部wms同步时间 — Time of the sync with the external WMS.
    ///
    /// Wire name: `wms_sync_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub wms_sync_time: Option<crate::BeijingTime>,
    /// 库存备注 — 单品在当前仓库记录的备注 — Stock remark recorded for the spec in this warehouse.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 锁定量 — 库存锁定量 — Locked stock quantity.
    ///
    /// Wire name: `lock_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub lock_num: Option<crate::Decimal>,
    /// 标记id — Flag id.
    ///
    /// Wire name: `flag_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_id: Option<i32>,
    /// 标记名称 — Flag name.
    ///
    /// Wire name: `flag_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_name: Option<String>,
    /// 品牌编号 — Brand code.
    ///
    /// Wire name: `brand_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_no: Option<String>,
    /// 其他待出库量 — Other quantity awaiting stock-out.
    ///
    /// Wire name: `to_other_out_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub to_other_out_num: Option<crate::Decimal>,
    /// 其他待入库量 — Other quantity awaiting stock-in.
    ///
    /// Wire name: `to_other_in_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub to_other_in_num: Option<crate::Decimal>,
    /// 生产待出库量 — Production quantity awaiting stock-out.
    ///
    /// Wire name: `to_process_out_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub to_process_out_num: Option<crate::Decimal>,
    /// 生产待入库量 — Production quantity awaiting stock-in.
    ///
    /// Wire name: `to_process_in_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub to_process_in_num: Option<crate::Decimal>,
    /// 待调拨量 — Quantity awaiting transfer.
    ///
    /// Wire name: `wait_transfer_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wait_transfer_num: Option<crate::Decimal>,
    /// 上次盘点时间 — Last stocktaking time.
    ///
    /// Wire name: `last_pd_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub last_pd_time: Option<crate::BeijingTime>,
    /// 上次出入库时间 — Last stock-in/out time.
    ///
    /// Wire name: `last_inout_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub last_inout_time: Option<crate::BeijingTime>,
    /// 自定义库存1 — Custom stock 1.
    ///
    /// Wire name: `sys_user_define_stock1` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sys_user_define_stock1: Option<crate::Decimal>,
    /// 自定义库存2 — Custom stock 2.
    ///
    /// Wire name: `sys_user_define_stock2` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sys_user_define_stock2: Option<crate::Decimal>,
    /// 已质检库存 — Quality-checked stock.
    ///
    /// Wire name: `inspect_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub inspect_num: Option<crate::Decimal>,
    /// 未发货订单总数 — Total of unshipped trades.
    ///
    /// Wire name: `trade_reserve_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_reserve_num: Option<crate::Decimal>,
    /// 单位 — Unit.
    ///
    /// Wire name: `unit_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub unit_name: Option<String>,
    /// 辅助单位 — Auxiliary unit.
    ///
    /// Wire name: `aux_unit_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub aux_unit_name: Option<String>,
    /// 生产在途量 — Production in-transit quantity.
    ///
    /// Wire name: `process_onway_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub process_onway_num: Option<crate::Decimal>,
    /// 状态 — 0：未启用 / 1：启用 / 2：停用 — Status: 0 not enabled, 1 enabled, 2 disabled.
    ///
    /// Wire name: `status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub status: Option<i32>,
    /// 今日销量 — 今日销量 请求参数：mask（掩码）传为1和3时返回 — Today's sales; returned when the request's mask is 1 or 3.
    ///
    /// Wire name: `today_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub today_num: Option<crate::Decimal>,
    /// 昨日销量 — 昨日销量 请求参数：mask（掩码）传为1和3时返回 — Yesterday's sales; returned when the request's mask is 1 or 3.
    ///
    /// Wire name: `num_yesterday` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num_yesterday: Option<crate::Decimal>,
    /// 7天销量 — 7天销量 请求参数：mask（掩码）传为1和3时返回 — 7-day sales; returned when the request's mask is 1 or 3.
    ///
    /// Wire name: `num_7days` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num_7days: Option<crate::Decimal>,
    /// 14天销量 — 14天销量请求参数：mask（掩码）传为1和3时返回 — 14-day sales; returned when the request's mask is 1 or 3.
    ///
    /// Wire name: `num_14days` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num_14days: Option<crate::Decimal>,
    /// 月销量 — 月销量请求参数：mask（掩码）传为1和3时返回 — Monthly sales; returned when the request's mask is 1 or 3.
    ///
    /// Wire name: `num_month` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num_month: Option<crate::Decimal>,
    /// 总销量 — 总销量请求参数：mask（掩码）传为1和3时返回 — Total sales; returned when the request's mask is 1 or 3.
    ///
    /// Wire name: `num_all` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num_all: Option<crate::Decimal>,
    /// 60天销量 — 60天销量请求参数：mask（掩码）传为1和3时返回 — 60-day sales; returned when the request's mask is 1 or 3.
    ///
    /// Wire name: `num_60days` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num_60days: Option<crate::Decimal>,
    /// 90天销量 — 90天销量请求参数：mask（掩码）传为1和3时返回 — 90-day sales; returned when the request's mask is 1 or 3.
    ///
    /// Wire name: `num_90days` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num_90days: Option<crate::Decimal>,
    /// 成本价 — 成本价请求参数：mask（掩码）传为2和3时返回 — Cost price; returned when the request's mask is 2 or 3.
    ///
    /// Wire name: `cost_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub cost_price: Option<crate::Decimal>,
    /// 警戒库存下限 — Alert stock lower limit.
    ///
    /// Wire name: `safe_stock` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub safe_stock: Option<crate::Decimal>,
    /// 警戒库存上限 — Alert stock upper limit.
    ///
    /// Wire name: `safe_stock_upper` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub safe_stock_upper: Option<crate::Decimal>,
    /// 警戒类型 — 0:"使用全局设置", / 1:"不刷新警戒库存", / 2:"按销售增长率刷新", / 3:"按历史平均销量刷新", / 4:"按历史加权平均销量刷新" — Alert type: 0 use the global setting, 1 do not refresh alert stock, 2 refresh by sales growth rate, 3 refresh by historical average sales, 4 refresh by historical weighted average sales.
    ///
    /// Wire name: `alarm_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub alarm_type: Option<i32>,
    /// 警戒天数下限 — Alert days lower limit.
    ///
    /// Wire name: `alarm_days` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub alarm_days: Option<crate::Decimal>,
    /// 警戒天数上限 — Alert days upper limit.
    ///
    /// Wire name: `alarm_days_upper` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub alarm_days_upper: Option<crate::Decimal>,
    /// 计算周期（天) — 计算周期（天） — Calculation period (days).
    ///
    /// Wire name: `cycle_days` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub cycle_days: Option<crate::Decimal>,
}

/// 响应正文 — 响应正文数据 — Response body data.
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
    /// 数据节点 — Data node.
    ///
    /// Wire name: `detail_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub detail_list: Vec<DetailList>,
}
