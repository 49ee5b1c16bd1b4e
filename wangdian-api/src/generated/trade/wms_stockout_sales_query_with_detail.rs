// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `wms.stockout.Sales.queryWithDetail`: 销售出库单查询 — Query sales stock-out orders with their lines, by modification or shipping time.
//!
//! - Category: 订单类 (group `trade`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: documented
//! - Time window: start_time和end_time最大跨度为60分钟。
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//! - S5: go-marvis/wangdian-sdk-go (last commit 2026-01-28): typed Go client with live tests against production (int64 time fields)
//!
//! Notes:
//! - Window ≤ 60 minutes; the doc advises paging back to front.
//! - The detail list is details_list (not detail_list as in the trade query).
//! - need_sn fills sn_list, need_pick_position=1 adds pick_position_details_list, get_anchor returns live-stream host fields, need_gov_subsidy_info adds gov_subsidy_info.
//! - In the published example money fields are strings ("0.0000") and trade_time, created, pay_time, stock_check_time epoch-millisecond numbers: both are accepted.
//! - Permissions: shop and warehouse; privacy rules as for trades. History variant: wms.stockout.Sales.queryHistoryWithDetail.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "wms.stockout.Sales.queryWithDetail";

/// Request for `wms.stockout.Sales.queryWithDetail`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "wms.stockout.Sales.queryWithDetail")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 页号 — 从0开始 — Page number, from 0. A paged method called without page_no and page_size is refused (status 100, 此方法仅支持分页查询).
    ///
    /// Wire name: `page_no` (integer).
    pub page_no: Option<i32>,
    /// 分页大小 — Page size. The doc advises below 200 for large sellers (单量较大的卖家，page_size建议200以下).
    ///
    /// Wire name: `page_size` (integer).
    pub page_size: Option<i32>,
    /// 开始时间 — 起始时间, status_type =1,2,3 按照出库单修改时间查询, status_type=0 按照发货时间查询 — Window start; may be left out when stockout_no, src_order_no or a matching logistics_no is given.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub start_time: Option<crate::BeijingTime>,
    /// 结束时间 — End time.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub end_time: Option<crate::BeijingTime>,
    /// 出库单状态 — 出库单状态: 默认值为.已取消 / 2.在企业版状态中对应status=55(已确认),这里为 待分配~延时发货（此条件会返回延时发货状态的订单） / 3.按照指定的status状态字段查询 / 0.延时发货&已完成 — 0 延时发货&已完成 (window on the ship time); 1/2/3 window on the modification time; 2 待分配~延时发货; 3 filter by status. The text for the default is garbled (默认值为.已取消, reads like 1 = 已取消) \[uncertain\]. Marked required in the doc but has a default: optional here.
    ///
    /// Wire name: `status_type` (integer).
    pub status_type: Option<i32>,
    /// 出库单状态详细 — 传status_type=3情况下，按照修改时间和status查询 / （status_type=3的情况下，若不传status字段，按照发货时间查询） / 出库单状态 （若多个状态则以“，”隔开）: / 5已取消 / 10待放回(拣货待放回), 小于该值的都是已取消的单子 / 50待审核 / 51缺货 / 52缺货待入库 / 53 WMS已接单 / 54 获取电子面单 / 58 档口锁定 / 60 待分配 / 61 排队中 / 63 待补货 / 65 待处理 / 70 待发货 / 73 爆款锁定 / 74 预打包 / 75 待拣货 / 77 拣货中,PDA拣货后 / 79 已拣货 / 90 延时发货 / 110已完成 / -1未发货 — Comma-separated stock-out status codes, used with status_type=3 (without it the ship time is used). Marked required in the doc: optional here.
    ///
    /// Wire name: `status` (text).
    pub status: Option<String>,
    /// 仓库编号 — Warehouse code.
    ///
    /// Wire name: `warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub warehouse_no: Option<String>,
    /// 出库单号 — 出库单号（传入出库单号可以不传时间条件） — Stock-out order number (with it, the time conditions may be omitted).
    ///
    /// Wire name: `stockout_no` (text).
    /// At most 20 characters (checked before sending).
    pub stockout_no: Option<String>,
    /// 店铺编号 — 多个店铺编号使用英文逗号分隔 — Shop codes, several separated by English commas.
    ///
    /// Wire name: `shop_nos` (text).
    pub shop_nos: Option<String>,
    /// 销售订单号 — 系统订单号（传入ERP订单号可以不传时间条件） — Sales trade number: the system (ERP) trade number; with it, the time conditions may be omitted.
    ///
    /// Wire name: `src_order_no` (text).
    /// At most 40 characters (checked before sending).
    pub src_order_no: Option<String>,
    /// 物流单号 — 物流单号（存在匹配的出库单时，可以不传时间条件） — Logistics number; when a matching stock-out order exists, the time conditions may be omitted.
    ///
    /// Wire name: `logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub logistics_no: Option<String>,
    /// 是否返回sn信息 — true:返回 / false:不返回 — Return serial-number (sn) information: true yes, false no.
    ///
    /// Wire name: `need_sn` (`true` / `false`).
    pub need_sn: Option<bool>,
    /// 是否按照货位排序 — 等于0为否，不等于0为是，不填为否 — Sort by storage location: 0 no, non-zero yes, no when omitted.
    ///
    /// Wire name: `position` (integer).
    pub position: Option<i32>,
    /// 是否使用从库查询 — 使用：true 不使用：false / (仅对开通从库配置客户生效) — Query the replica database: true use, false do not (only for customers with the replica setting enabled).
    ///
    /// Wire name: `is_slave` (`true` / `false`).
    pub is_slave: Option<bool>,
    /// 是否获取主播信息 — true:返回 false:不返回 — Get streamer (anchor) information: true return, false do not.
    ///
    /// Wire name: `get_anchor` (`true` / `false`).
    pub get_anchor: Option<bool>,
    /// 排序类型 — 0：默认 / 1：修改时间降序 / 2：发货时间降序 — Sort order: 0 default, 1 modification time descending, 2 shipping time descending.
    ///
    /// Wire name: `order_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`.
    pub order_type: Option<i32>,
    /// 是否需要拣货位明细 — 0：不需要（默认） / 1：需要 — Need picking-location details: 0 no (default), 1 yes.
    ///
    /// Wire name: `need_pick_position` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub need_pick_position: Option<i32>,
    /// 是否需要国补信息 — 0：不需要（默认） / 1：需要 — Need national-subsidy information: 0 no (default), 1 yes.
    ///
    /// Wire name: `need_gov_subsidy_info` (`true` / `false`).
    pub need_gov_subsidy_info: Option<bool>,
    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `src_tid` (text).
    /// At most 40 characters (checked before sending).
    pub src_tid: Option<String>,
    /// 0：否1：是默认0 — From the newer doc scrape (S4) only: 0 no, 1 yes, default 0.
    ///
    /// Wire name: `fetch_stock_only` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    pub fetch_stock_only: Option<i32>,
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

    /// 分页大小 — Page size. The doc advises below 200 for large sellers (单量较大的卖家，page_size建议200以下).
    ///
    /// Wire name: `page_size` (integer).
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// 开始时间 — 起始时间, status_type =1,2,3 按照出库单修改时间查询, status_type=0 按照发货时间查询 — Window start; may be left out when stockout_no, src_order_no or a matching logistics_no is given.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn start_time(mut self, start_time: impl Into<crate::BeijingTime>) -> Self {
        self.start_time = Some(start_time.into());
        self
    }

    /// 结束时间 — End time.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn end_time(mut self, end_time: impl Into<crate::BeijingTime>) -> Self {
        self.end_time = Some(end_time.into());
        self
    }

    /// 出库单状态 — 出库单状态: 默认值为.已取消 / 2.在企业版状态中对应status=55(已确认),这里为 待分配~延时发货（此条件会返回延时发货状态的订单） / 3.按照指定的status状态字段查询 / 0.延时发货&已完成 — 0 延时发货&已完成 (window on the ship time); 1/2/3 window on the modification time; 2 待分配~延时发货; 3 filter by status. The text for the default is garbled (默认值为.已取消, reads like 1 = 已取消) \[uncertain\]. Marked required in the doc but has a default: optional here.
    ///
    /// Wire name: `status_type` (integer).
    pub fn status_type(mut self, status_type: i32) -> Self {
        self.status_type = Some(status_type);
        self
    }

    /// 出库单状态详细 — 传status_type=3情况下，按照修改时间和status查询 / （status_type=3的情况下，若不传status字段，按照发货时间查询） / 出库单状态 （若多个状态则以“，”隔开）: / 5已取消 / 10待放回(拣货待放回), 小于该值的都是已取消的单子 / 50待审核 / 51缺货 / 52缺货待入库 / 53 WMS已接单 / 54 获取电子面单 / 58 档口锁定 / 60 待分配 / 61 排队中 / 63 待补货 / 65 待处理 / 70 待发货 / 73 爆款锁定 / 74 预打包 / 75 待拣货 / 77 拣货中,PDA拣货后 / 79 已拣货 / 90 延时发货 / 110已完成 / -1未发货 — Comma-separated stock-out status codes, used with status_type=3 (without it the ship time is used). Marked required in the doc: optional here.
    ///
    /// Wire name: `status` (text).
    pub fn status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
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

    /// 出库单号 — 出库单号（传入出库单号可以不传时间条件） — Stock-out order number (with it, the time conditions may be omitted).
    ///
    /// Wire name: `stockout_no` (text).
    /// At most 20 characters (checked before sending).
    pub fn stockout_no(mut self, stockout_no: impl Into<String>) -> Self {
        self.stockout_no = Some(stockout_no.into());
        self
    }

    /// 店铺编号 — 多个店铺编号使用英文逗号分隔 — Shop codes, several separated by English commas.
    ///
    /// Wire name: `shop_nos` (text).
    pub fn shop_nos(mut self, shop_nos: impl Into<String>) -> Self {
        self.shop_nos = Some(shop_nos.into());
        self
    }

    /// 销售订单号 — 系统订单号（传入ERP订单号可以不传时间条件） — Sales trade number: the system (ERP) trade number; with it, the time conditions may be omitted.
    ///
    /// Wire name: `src_order_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn src_order_no(mut self, src_order_no: impl Into<String>) -> Self {
        self.src_order_no = Some(src_order_no.into());
        self
    }

    /// 物流单号 — 物流单号（存在匹配的出库单时，可以不传时间条件） — Logistics number; when a matching stock-out order exists, the time conditions may be omitted.
    ///
    /// Wire name: `logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn logistics_no(mut self, logistics_no: impl Into<String>) -> Self {
        self.logistics_no = Some(logistics_no.into());
        self
    }

    /// 是否返回sn信息 — true:返回 / false:不返回 — Return serial-number (sn) information: true yes, false no.
    ///
    /// Wire name: `need_sn` (`true` / `false`).
    pub fn need_sn(mut self, need_sn: bool) -> Self {
        self.need_sn = Some(need_sn);
        self
    }

    /// 是否按照货位排序 — 等于0为否，不等于0为是，不填为否 — Sort by storage location: 0 no, non-zero yes, no when omitted.
    ///
    /// Wire name: `position` (integer).
    pub fn position(mut self, position: i32) -> Self {
        self.position = Some(position);
        self
    }

    /// 是否使用从库查询 — 使用：true 不使用：false / (仅对开通从库配置客户生效) — Query the replica database: true use, false do not (only for customers with the replica setting enabled).
    ///
    /// Wire name: `is_slave` (`true` / `false`).
    pub fn is_slave(mut self, is_slave: bool) -> Self {
        self.is_slave = Some(is_slave);
        self
    }

    /// 是否获取主播信息 — true:返回 false:不返回 — Get streamer (anchor) information: true return, false do not.
    ///
    /// Wire name: `get_anchor` (`true` / `false`).
    pub fn get_anchor(mut self, get_anchor: bool) -> Self {
        self.get_anchor = Some(get_anchor);
        self
    }

    /// 排序类型 — 0：默认 / 1：修改时间降序 / 2：发货时间降序 — Sort order: 0 default, 1 modification time descending, 2 shipping time descending.
    ///
    /// Wire name: `order_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`.
    pub fn order_type(mut self, order_type: i32) -> Self {
        self.order_type = Some(order_type);
        self
    }

    /// 是否需要拣货位明细 — 0：不需要（默认） / 1：需要 — Need picking-location details: 0 no (default), 1 yes.
    ///
    /// Wire name: `need_pick_position` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub fn need_pick_position(mut self, need_pick_position: i32) -> Self {
        self.need_pick_position = Some(need_pick_position);
        self
    }

    /// 是否需要国补信息 — 0：不需要（默认） / 1：需要 — Need national-subsidy information: 0 no (default), 1 yes.
    ///
    /// Wire name: `need_gov_subsidy_info` (`true` / `false`).
    pub fn need_gov_subsidy_info(mut self, need_gov_subsidy_info: bool) -> Self {
        self.need_gov_subsidy_info = Some(need_gov_subsidy_info);
        self
    }

    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `src_tid` (text).
    /// At most 40 characters (checked before sending).
    pub fn src_tid(mut self, src_tid: impl Into<String>) -> Self {
        self.src_tid = Some(src_tid.into());
        self
    }

    /// 0：否1：是默认0 — From the newer doc scrape (S4) only: 0 no, 1 yes, default 0.
    ///
    /// Wire name: `fetch_stock_only` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    pub fn fetch_stock_only(mut self, fetch_stock_only: i32) -> Self {
        self.fetch_stock_only = Some(fetch_stock_only);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::WMS_STOCKOUT_SALES_QUERY_WITH_DETAIL;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("page_no", &self.page_no);
        params.opt("page_size", &self.page_size);
        params
            .span_minutes(
                ("start_time", self.start_time.as_ref()),
                ("end_time", self.end_time.as_ref()),
                60u32,
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
        if let Some(value) = &self.stockout_no {
            crate::rt::check(
                METHOD,
                "stockout_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(20),
            )?;
        }
        if let Some(value) = &self.src_order_no {
            crate::rt::check(
                METHOD,
                "src_order_no",
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
        if let Some(value) = &self.order_type {
            crate::rt::check(
                METHOD,
                "order_type",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1", "2"]),
            )?;
        }
        if let Some(value) = &self.need_pick_position {
            crate::rt::check(
                METHOD,
                "need_pick_position",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1"]),
            )?;
        }
        if let Some(value) = &self.src_tid {
            crate::rt::check(
                METHOD,
                "src_tid",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.fetch_stock_only {
            crate::rt::check(
                METHOD,
                "fetch_stock_only",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1"]),
            )?;
        }
        let mut arg0 = crate::json::Object::new();
        arg0.opt("start_time", &self.start_time);
        arg0.opt("end_time", &self.end_time);
        arg0.opt("status_type", &self.status_type);
        arg0.opt("status", &self.status);
        arg0.opt("warehouse_no", &self.warehouse_no);
        arg0.opt("stockout_no", &self.stockout_no);
        arg0.opt("shop_nos", &self.shop_nos);
        arg0.opt("src_order_no", &self.src_order_no);
        arg0.opt("logistics_no", &self.logistics_no);
        arg0.opt("need_sn", &self.need_sn);
        arg0.opt("position", &self.position);
        arg0.opt("is_slave", &self.is_slave);
        arg0.opt("get_anchor", &self.get_anchor);
        arg0.opt("order_type", &self.order_type);
        arg0.opt("need_pick_position", &self.need_pick_position);
        arg0.opt("need_gov_subsidy_info", &self.need_gov_subsidy_info);
        arg0.opt("src_tid", &self.src_tid);
        arg0.opt("fetch_stock_only", &self.fetch_stock_only);
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

/// 销售出库单查询 — Query sales stock-out orders with their lines, by modification or shipping time.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 出库单信息 — 出库信息 — Stock-out order information.
    ///
    /// Wire name: `data`.
    #[serde(default)]
    pub data: Option<Data>,
}

/// 物流单列表 — 物流单详情 — Logistics (waybill) list: the waybill details.
///
/// JSON key `logistics_list`.
///
/// To build one in a test: `let mut value = LogisticsList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct LogisticsList {
    /// 物流单id — Waybill id.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i32>,
    /// 出库单id — Stock-out order id.
    ///
    /// Wire name: `stockout_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockout_id: Option<i32>,
    /// 物流单号 — Logistics number.
    ///
    /// Wire name: `logistics_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_no: Option<String>,
    /// 估算重量 — Estimated weight.
    ///
    /// Wire name: `calc_weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub calc_weight: Option<crate::Decimal>,
    /// 称重重量 — Weighed weight.
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 包装 — Packaging.
    ///
    /// Wire name: `package_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub package_name: Option<String>,
    /// 物流名称 — 物流公司名称（查看路径：旺店通客户端设置--基本设置--物流） — Logistics company name (in the Wangdiantong client: settings, basic settings, logistics).
    ///
    /// Wire name: `logistics_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_name: Option<String>,
    /// 物流ID — Logistics id.
    ///
    /// Wire name: `logistics_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_id: Option<i32>,
    /// 估算邮资 — Estimated postage.
    ///
    /// Wire name: `postage` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub postage: Option<crate::Decimal>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 长 — Length.
    ///
    /// Wire name: `length` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub length: Option<crate::Decimal>,
    /// 宽 — Width.
    ///
    /// Wire name: `width` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub width: Option<crate::Decimal>,
    /// 高 — Height.
    ///
    /// Wire name: `height` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub height: Option<crate::Decimal>,
    /// 体积 — 长*宽*高 — Volume: length * width * height.
    ///
    /// Wire name: `volume` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub volume: Option<crate::Decimal>,
}

/// 出库货位明细 — Stock-out storage location details.
///
/// JSON key `position_details_list`.
///
/// To build one in a test: `let mut value = PositionDetailsList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PositionDetailsList {
    /// 货位明细id — Storage location detail id.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i32>,
    /// 销售出库单详情id — Sales stock-out detail id.
    ///
    /// Wire name: `stockout_detail_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockout_detail_id: Option<i32>,
    /// 货位id — Storage location id.
    ///
    /// Wire name: `position_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub position_id: Option<i32>,
    /// 货位号 — Storage location number.
    ///
    /// Wire name: `position_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub position_no: Option<String>,
    /// 有效期 — Expiry date.
    ///
    /// Wire name: `expire_date` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub expire_date: Option<String>,
    /// 生产日期 — Production date.
    ///
    /// Wire name: `production_date` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub production_date: Option<String>,
    /// 批次号 — Batch number.
    ///
    /// Wire name: `batch_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub batch_no: Option<String>,
    /// 当前货位出库总货品数量 — 当前货位出库货品总量 — Total goods quantity shipped out from this storage location.
    ///
    /// Wire name: `position_goods_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub position_goods_count: Option<crate::Decimal>,
    /// 批次备注 — Batch remark.
    ///
    /// Wire name: `batch_remark` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub batch_remark: Option<String>,
}

/// 拣货位明细 — Picking location details.
///
/// JSON key `pick_position_details_list`.
///
/// To build one in a test: `let mut value = PickPositionDetailsList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PickPositionDetailsList {
    /// 货位明细id — Storage location detail id.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i32>,
    /// 销售出库单详情id — Sales stock-out detail id.
    ///
    /// Wire name: `stockout_detail_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockout_detail_id: Option<i32>,
    /// 货位id — Storage location id.
    ///
    /// Wire name: `position_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub position_id: Option<i32>,
    /// 货位号 — Storage location number.
    ///
    /// Wire name: `position_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub position_no: Option<String>,
    /// 有效期 — Expiry date.
    ///
    /// Wire name: `expire_date` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub expire_date: Option<String>,
    /// 生产日期 — Production date.
    ///
    /// Wire name: `production_date` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub production_date: Option<String>,
    /// 批次号 — Batch number.
    ///
    /// Wire name: `batch_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub batch_no: Option<String>,
    /// 当前货位出库总货品数量 — 当前货位出库货品总量 — Total goods quantity shipped out from this storage location.
    ///
    /// Wire name: `position_goods_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub position_goods_count: Option<crate::Decimal>,
    /// 商家编码 — Merchant code (SKU code).
    ///
    /// Wire name: `spec_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_no: Option<String>,
}

/// 销售出库单详情 — Sales stock-out order details.
///
/// JSON key `details_list`.
///
/// To build one in a test: `let mut value = DetailsList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DetailsList {
    /// 销售出库单详情的id — Sales stock-out detail id.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i32>,
    /// 出库单id — Stock-out order id.
    ///
    /// Wire name: `stockout_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockout_id: Option<i32>,
    /// 订单明细id — Trade line id.
    ///
    /// Wire name: `src_order_detail_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_order_detail_id: Option<i32>,
    /// 单品id — 单品id（系统单品主键） — Spec id (the system spec key).
    ///
    /// Wire name: `spec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_id: Option<i32>,
    /// 商家编码 — Merchant code (SKU code).
    ///
    /// Wire name: `spec_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_no: Option<String>,
    /// 货品数量 — 货品数量: 如果按照货位分组就是总货品数量 — Goods quantity; the total quantity when grouped by storage location.
    ///
    /// Wire name: `goods_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_count: Option<crate::Decimal>,
    /// 总成本 — 总成本: 成本价*货品数量 — Total cost: cost price * goods quantity.
    ///
    /// Wire name: `total_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_amount: Option<crate::Decimal>,
    /// 成交价 — 成交价（当订单货品发生变更导致价格变化，该值不变，若需获取ERP销售出库明细中的货品成交价取share_price字段） — Deal price; unchanged when goods changes alter the price (for the deal price in the ERP's sales stock-out lines use share_price).
    ///
    /// Wire name: `sell_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sell_price: Option<crate::Decimal>,
    /// 出库单明细备注 — Stock-out detail remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 货品名称 — Goods name.
    ///
    /// Wire name: `goods_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_name: Option<String>,
    /// 货品编号 — Goods code.
    ///
    /// Wire name: `goods_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_no: Option<String>,
    /// 规格名称 — Spec name.
    ///
    /// Wire name: `spec_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_name: Option<String>,
    /// 规格码 — Spec code.
    ///
    /// Wire name: `spec_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_code: Option<String>,
    /// 货品成本 — Goods cost.
    ///
    /// Wire name: `cost_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub cost_price: Option<crate::Decimal>,
    /// 总重量 — Total weight.
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 货品id — 货品id（系统货品主键） — Goods id (the system goods key).
    ///
    /// Wire name: `goods_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_id: Option<i32>,
    /// 规格自定义属性1 — Spec custom property 1.
    ///
    /// Wire name: `prop1` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop1: Option<String>,
    /// 规格自定义属性2 — Spec custom property 2.
    ///
    /// Wire name: `prop2` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop2: Option<String>,
    /// 规格自定义属性3 — Spec custom property 3.
    ///
    /// Wire name: `prop3` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop3: Option<String>,
    /// 规格自定义属性4 — Spec custom property 4.
    ///
    /// Wire name: `prop4` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop4: Option<String>,
    /// 规格自定义属性5 — Spec custom property 5.
    ///
    /// Wire name: `prop5` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop5: Option<String>,
    /// 规格自定义属性6 — Spec custom property 6.
    ///
    /// Wire name: `prop6` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop6: Option<String>,
    /// 平台id — 平台id，点击查看 平台代码表 — Platform id; see the platform code table.
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 退款状态 — 退款状态: / 0无退款 / 1取消退款, / 2已申请退款 / 3等待退货 / 4等待收货 / 5退款成功---(原始子订单关闭，这里也是退款状态) — Refund status: 0 no refund, 1 refund cancelled, 2 refund requested, 3 awaiting return, 4 awaiting receipt, 5 refund succeeded (the original sub-order is closed; still a refund status).
    ///
    /// Wire name: `refund_status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_status: Option<i32>,
    /// 单价/货品原单价 — Unit price / the goods' original unit price.
    ///
    /// Wire name: `market_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub market_price: Option<crate::Decimal>,
    /// 货品总优惠 — Total goods discount.
    ///
    /// Wire name: `discount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub discount: Option<crate::Decimal>,
    /// 货品成交价 — 系统销售出库明细对应的货品成交价 — Goods deal price of the system's sales stock-out line.
    ///
    /// Wire name: `share_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub share_price: Option<crate::Decimal>,
    /// 总货款/货品成交总价 — Total goods payment / total goods deal price.
    ///
    /// Wire name: `share_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub share_amount: Option<crate::Decimal>,
    /// 税率 — Tax rate.
    ///
    /// Wire name: `tax_rate` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax_rate: Option<crate::Decimal>,
    /// 主条码 — Main barcode.
    ///
    /// Wire name: `barcode` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub barcode: Option<String>,
    /// 基本单位名称 — Base unit name.
    ///
    /// Wire name: `unit_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub unit_name: Option<String>,
    /// 订单货品(子订单)id — Trade goods (sub-order) id.
    ///
    /// Wire name: `sale_order_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sale_order_id: Option<i32>,
    /// 是否是赠品 — 是否是赠品: / 0非赠品 / 1自动赠送 / 2手工赠送 / 4周期购赠送 / 8平台赠送 / 32阶梯满赠 / 64CRM追加赠送 / 65 主品（1.5.7.0版本以上返回） — Gift type: 0 not a gift, 1 automatic gift, 2 manual gift, 4 subscription gift, 8 platform gift, 32 tiered spend gift, 64 CRM added gift, 65 main item (returned from version 1.5.7.0).
    ///
    /// Wire name: `gift_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gift_type: Option<i32>,
    /// 原始子订单号 — Original sub-order number.
    ///
    /// Wire name: `src_oid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_oid: Option<String>,
    /// 子单原始订单号 — Original order number of the sub-order.
    ///
    /// Wire name: `src_tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_tid: Option<String>,
    /// 订单内部来源 — 订单内部来源: / 0：无来源 / 1：手机 / 2：聚划算 / 32：开具电子发票 / 2048：当日达 / 4096：次日达 / 8192：承诺时效 / 2097152：区域零售 / 4194304：拼多多厂家代打 / 8388608：周期购 / 1048576：预售单 / 33554432：前N有礼 / 524288：天猫物流升级 / 64：按需配送 / 256：承诺结构化/QIC / 16384：商仓鸟配 / ext-2：小时达订单 / ext-4：自选物流 / ext-16：国补订单 — Internal trade source flags: 0 none, 1 mobile, 2 Juhuasuan, 32 e-invoice issued, 2048 same-day delivery, 4096 next-day delivery, 8192 promised delivery time, 2097152 regional retail, 4194304 Pinduoduo manufacturer printing, 8388608 subscription, 1048576 pre-sale, 33554432 first-N gift, 524288 Tmall logistics upgrade, 64 on-demand delivery, 256 structured promise/QIC, 16384 merchant warehouse with Cainiao delivery; ext-2 hourly delivery, ext-4 self-chosen logistics, ext-16 national-subsidy trade.
    ///
    /// Wire name: `from_mask` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub from_mask: Option<i32>,
    /// 货品类型 — 货品类型: / 0：其它 / 1：销售货品 / 2：原材料 / 3：包装物 / 4：周转材料 / 5：虚拟商品 / 6：固定资产 / 8：分装箱 — Goods type: 0 other, 1 sales goods, 2 raw material, 3 packaging, 4 turnover material, 5 virtual goods, 6 fixed asset, 8 sub-packing box.
    ///
    /// Wire name: `goods_type` (code table [`GoodsType`](crate::types::GoodsType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_type: Option<crate::types::GoodsType>,
    /// 货品自定义属性1 — Goods custom property 1.
    ///
    /// Wire name: `good_prop1` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub good_prop1: Option<String>,
    /// 货品自定义属性2 — Goods custom property 2.
    ///
    /// Wire name: `good_prop2` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub good_prop2: Option<String>,
    /// 货品自定义属性3 — Goods custom property 3.
    ///
    /// Wire name: `good_prop3` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub good_prop3: Option<String>,
    /// 货品自定义属性4 — Goods custom property 4.
    ///
    /// Wire name: `good_prop4` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub good_prop4: Option<String>,
    /// 货品自定义属性5 — Goods custom property 5.
    ///
    /// Wire name: `good_prop5` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub good_prop5: Option<String>,
    /// 货品自定义属性6 — Goods custom property 6.
    ///
    /// Wire name: `good_prop6` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub good_prop6: Option<String>,
    /// sn_list — 当need_sn=true时返回英文逗号分隔的sn — Serial numbers, comma-separated, returned when need_sn=true.
    ///
    /// Wire name: `sn_list` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sn_list: Option<String>,
    /// 组合装编码 — 系统订单生成时组合装对应的组合装编码 — Suite code of the suite when the system trade was created.
    ///
    /// Wire name: `suite_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_no: Option<String>,
    /// 组合装数量 — Suite quantity.
    ///
    /// Wire name: `suite_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_num: Option<crate::Decimal>,
    /// 分摊邮费 — Apportioned postage.
    ///
    /// Wire name: `share_post_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub share_post_amount: Option<crate::Decimal>,
    /// 已付 — Paid.
    ///
    /// Wire name: `paid` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub paid: Option<crate::Decimal>,
    /// 是否包装 — 是否包装 / true:是 / false:否 — Is packaging: true yes, false no.
    ///
    /// Wire name: `is_package` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_package: Option<bool>,
    /// 品牌编号 — Brand code.
    ///
    /// Wire name: `brand_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_no: Option<String>,
    /// 品牌名称 — Brand name.
    ///
    /// Wire name: `brand_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_name: Option<String>,
    /// 源单据类别 — 源单据类别 / 1：销售订单 — Source document type: 1 sales trade.
    ///
    /// Wire name: `src_order_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_order_type: Option<i32>,
    /// 基本单位id — Base unit id.
    ///
    /// Wire name: `base_unit_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub base_unit_id: Option<i32>,
    /// 辅助单位 — Auxiliary unit.
    ///
    /// Wire name: `unit_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub unit_id: Option<i32>,
    /// 单位换算 — Unit conversion.
    ///
    /// Wire name: `unit_ratio` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub unit_ratio: Option<crate::Decimal>,
    /// 辅助数量 — Auxiliary quantity.
    ///
    /// Wire name: `num2` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num2: Option<crate::Decimal>,
    /// 货品数量 — Goods quantity.
    ///
    /// Wire name: `num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num: Option<crate::Decimal>,
    /// 出库货位id — Stock-out storage location id.
    ///
    /// Wire name: `position_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub position_id: Option<i32>,
    /// 指定出库批次 — Designated stock-out batch.
    ///
    /// Wire name: `batch_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub batch_id: Option<i32>,
    /// 是否验货 — Inspected.
    ///
    /// Wire name: `is_examined` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub is_examined: Option<i32>,
    /// 有效期 — 有效期，时间格式：yyyy-MM-dd HH:mm:ss — Expiry date, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `expire_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub expire_date: Option<crate::BeijingTime>,
    /// 扫描方式 — 扫描方式 / 0：未验货 / 1：扫描验货 / 2：手工验货 / 3：快速验货 / 4：无需验货 — Scan mode: 0 not inspected, 1 scan inspection, 2 manual inspection, 3 quick inspection, 4 no inspection needed.
    ///
    /// Wire name: `scan_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub scan_type: Option<i32>,
    /// 最后修改时间 — 最后修改时间，时间格式：yyyy-MM-dd HH:mm:ss — Last modification time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `modified_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified_date: Option<crate::BeijingTime>,
    /// 创建时间 — 创建时间，时间格式：yyyy-MM-dd HH:mm:ss — Creation time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `created_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created_date: Option<crate::BeijingTime>,
    /// 分类 — 分类名称 — Category name.
    ///
    /// Wire name: `class_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub class_name: Option<String>,
    /// 平台货品id — Platform goods id.
    ///
    /// Wire name: `api_goods_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub api_goods_id: Option<String>,
    /// 平台规格id — Platform spec id.
    ///
    /// Wire name: `api_spec_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub api_spec_id: Option<String>,
    /// 打包积分 — Packing points.
    ///
    /// Wire name: `pack_score` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pack_score: Option<crate::Decimal>,
    /// 拣货积分 — Picking points.
    ///
    /// Wire name: `pick_score` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pick_score: Option<crate::Decimal>,
    /// 验货积分 — Inspection points.
    ///
    /// Wire name: `scan_score` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub scan_score: Option<crate::Decimal>,
    /// 平台货品名称 — Platform goods name.
    ///
    /// Wire name: `api_goods_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub api_goods_name: Option<String>,
    /// 出库货位明细 — Stock-out storage location details.
    ///
    /// Wire name: `position_details_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub position_details_list: Vec<PositionDetailsList>,
    /// 拣货位明细 — Picking location details.
    ///
    /// Wire name: `pick_position_details_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub pick_position_details_list: Vec<PickPositionDetailsList>,
    /// 组合装名称 — Suite name.
    ///
    /// Wire name: `suit_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suit_name: Option<String>,
    /// 批次备注 — Batch remark.
    ///
    /// Wire name: `batch_remark` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub batch_remark: Option<String>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `class_id` (integer).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub class_id: Option<i32>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `goods_amount` (decimal yuan).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_amount: Option<crate::Decimal>,
}

/// 国补信息 — National-subsidy information.
///
/// JSON key `gov_subsidy_info`.
///
/// To build one in a test: `let mut value = GovSubsidyInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GovSubsidyInfo {
    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tid: Option<String>,
    /// 原始子单号 — Original (platform) sub-order number.
    ///
    /// Wire name: `oid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub oid: Option<String>,
    /// 公司主体名称 — Company entity name.
    ///
    /// Wire name: `corp_entity_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub corp_entity_name: Option<String>,
}

/// 单据数据 — 出库单相关数据 — Document data: the stock-out orders.
///
/// JSON key `order`.
///
/// To build one in a test: `let mut value = Order::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Order {
    /// 出库单ID — Stock-out order id.
    ///
    /// Wire name: `stockout_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockout_id: Option<i32>,
    /// 出库单号 — Stock-out order number.
    ///
    /// Wire name: `order_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub order_no: Option<String>,
    /// 虚拟仓编号 — Virtual warehouse code.
    ///
    /// Wire name: `virtual_warehouse_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub virtual_warehouse_no: Option<String>,
    /// 虚拟仓名称 — Virtual warehouse name.
    ///
    /// Wire name: `virtual_warehouse_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub virtual_warehouse_name: Option<String>,
    /// 系统订单编号 — ERP系统订单编号 — System trade number in the ERP.
    ///
    /// Wire name: `src_order_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_order_no: Option<String>,
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
    /// 发货时间 — 发货时间，订单未发货不返回该字段 例如：2020-09-23 14:56:18 — Shipping time, absent while the trade is unshipped, e.g. 2020-09-23 14:56:18.
    ///
    /// Wire name: `consign_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub consign_time: Option<crate::BeijingTime>,
    /// 源单据类别 — 1销售订单 — Source document type: 1 sales trade.
    ///
    /// Wire name: `order_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub order_type: Option<i32>,
    /// 货品数量 — Goods quantity.
    ///
    /// Wire name: `goods_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_count: Option<crate::Decimal>,
    /// 物流单号 — Logistics number.
    ///
    /// Wire name: `logistics_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_no: Option<String>,
    /// 收件人姓名 — 收件人姓名（仅自有平台及线下平台返回，其他平台均不返回） — Receiver name (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_name: Option<crate::Personal>,
    /// 国家 — 国家,默认为1 — Country, 1 by default.
    ///
    /// Wire name: `receiver_country` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_country: Option<i32>,
    /// 省份ID — 省份ID，点击查看 城市代码表 — Province id; see the city code table.
    ///
    /// Wire name: `receiver_province` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_province: Option<i32>,
    /// 城市ID — 城市ID，点击查看 城市代码表 — City id; see the city code table.
    ///
    /// Wire name: `receiver_city` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_city: Option<i32>,
    /// 地区ID — 地区ID，点击查看 城市代码表 — District id; see the city code table.
    ///
    /// Wire name: `receiver_district` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_district: Option<i32>,
    /// 地址 — 地址，不包含省市区，（仅自有平台及线下平台返回，其他平台均不返回） — Address without province, city and district (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_address` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_address: Option<crate::Personal>,
    /// 收件人手机 — 收件人手机（仅自有平台及线下平台返回，其他平台均不返回） — Receiver mobile (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_mobile` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_mobile: Option<crate::Personal>,
    /// 收件人固话 — 收件人固话（ 仅自有平台及线下平台返回，其他平台均不返回） — Receiver landline (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_telno` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_telno: Option<crate::Personal>,
    /// 收件人邮编 — Receiver postal code.
    ///
    /// Wire name: `receiver_zip` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_zip: Option<crate::Personal>,
    /// 省市区 — 省市区空格分隔 — Province, city and district, separated by spaces.
    ///
    /// Wire name: `receiver_area` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_area: Option<crate::Personal>,
    /// 出库单备注 — Stock-out order remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 重量 — 实际称得重量KG — Weight actually weighed, in kg.
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 截停原因 — 截停原因: / 0 正常 / 1 申请退款 / 2 已退款 / 4 地址被修改 / 8 发票被修改 / 16 物流被修改 / 32 仓库变化 / 64 备注修改 / 128 更换货品 / 256 取消退款 / 1024 其它原因 / 2048 拦截赠品 / 8192 修改买家留言 / 16384 平台已发货 / 65536 撤销出库 / 32768 配送时间变更 / 16777216 阶梯满赠赠品重算,发现赠送错误 / 33554432 分销取消 / 1073741824 驳回审核 — Block reason: 0 normal, 1 refund requested, 2 refunded, 4 address changed, 8 invoice changed, 16 logistics changed, 32 warehouse changed, 64 remark changed, 128 goods replaced, 256 refund cancelled, 1024 other, 2048 gift intercepted, 8192 buyer message changed, 16384 shipped on the platform, 65536 stock-out revoked, 32768 delivery time changed, 16777216 tiered gift recalculated and found wrong, 33554432 distribution cancelled, 1073741824 review rejected.
    ///
    /// Wire name: `block_reason` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub block_reason: Option<i32>,
    /// 物流方式 — 物流方式，点击 物流代码表 查看 — Logistics mode; see the logistics code table.
    ///
    /// Wire name: `logistics_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_type: Option<i32>,
    /// 物流编号 — ERP物流编号（查看路径：旺店通客户端设置--基本设置--物流） — ERP logistics code (in the Wangdiantong client: settings, basic settings, logistics).
    ///
    /// Wire name: `logistics_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_code: Option<String>,
    /// 物流公司名称 — 物流公司名称（查看路径：旺店通客户端设置--基本设置--物流） — Logistics company name (in the Wangdiantong client: settings, basic settings, logistics).
    ///
    /// Wire name: `logistics_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_name: Option<String>,
    /// 店铺id — Shop id.
    ///
    /// Wire name: `shop_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_id: Option<i32>,
    /// 仓库id — Warehouse id.
    ///
    /// Wire name: `warehouse_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_id: Option<i32>,
    /// 物流id — Logistics id.
    ///
    /// Wire name: `logistics_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_id: Option<i32>,
    /// 异常原因 — 异常原因: / 0正常 / 1无库存记录 / 2地址发生变化 / 4发票变化 / 8仓库变化 / 16备注变化 / 32平台更换货品 / 64退款 — Exception reason: 0 normal, 1 no stock record, 2 address changed, 4 invoice changed, 8 warehouse changed, 16 remark changed, 32 goods replaced on the platform, 64 refund.
    ///
    /// Wire name: `bad_reason` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub bad_reason: Option<i32>,
    /// 大头笔 — Big-pen routing code (大头笔).
    ///
    /// Wire name: `receiver_dtb` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_dtb: Option<String>,
    /// 退款状态 — 退款状态: / 0无退款 / 1申请退款 / 2部分退款 / 3全部退款 — Refund status: 0 no refund, 1 refund requested, 2 partly refunded, 3 fully refunded.
    ///
    /// Wire name: `refund_status` (code table [`TradeRefundStatus`](crate::types::TradeRefundStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_status: Option<crate::types::TradeRefundStatus>,
    /// 销售类型 — 销售类型: / 1网店销售 / 2线下订单 / 3售后换货 / 4批发业务 / 7现款销售 / 8分销订单 / 101 订单自定义属性 订单自定义属性 订单自定义属性 订单自定义属性 订单自定义属性 订单自定义属性 订单自定义属性 订单自定义属性 订单自定义属性 订单自定义属性10 / （与ERP中自定义类型的映射关系 ，点击链接查看） — This page's text for 101–110 is garbled (订单自定义属性 …); read as the trade query's custom types.
    ///
    /// Wire name: `trade_type` (code table [`TradeType`](crate::types::TradeType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_type: Option<crate::types::TradeType>,
    /// 业务员编号 — 业务员为"系统"时不返回 — Salesperson code; absent when the salesperson is "system".
    ///
    /// Wire name: `salesman_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub salesman_no: Option<String>,
    /// 业务员姓名 — 业务员为"系统"时不返回 — Salesperson name; absent when the salesperson is "system".
    ///
    /// Wire name: `fullname` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fullname: Option<String>,
    /// 拣货员 — Picker.
    ///
    /// Wire name: `picker_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub picker_name: Option<String>,
    /// 验货员 — Inspector.
    ///
    /// Wire name: `examiner_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub examiner_name: Option<String>,
    /// 发货员 — Shipper.
    ///
    /// Wire name: `consigner_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub consigner_name: Option<String>,
    /// 打单员 — Waybill printer (operator).
    ///
    /// Wire name: `printer_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub printer_name: Option<String>,
    /// 打包员 — Packer.
    ///
    /// Wire name: `packager_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub packager_name: Option<String>,
    /// 订单状态 — 订单状态: / 4 线下退款 / 5已取消 / 6 待转预订单(待审核) / 7 待转已完成 / 10未付款 / 12待尾款 / 15等未付 / 16延时审核 / 19预订单前处理 / 20 审核前处理 / 21自流转待发货 / 23 异常预订单 / 24 换货预订单 / 25 待处理预订单 / 27待分配预订单 / 30待客审 / 35待财审 / 55已审核 / 95已发货 / 96 成本确认（待录入计划成本，订单结算时有货品无计划成本） / 101 已过账 / 110已完成 — This page lists the trade-query codes without 40 审核中 and calls 23 异常预订单.
    ///
    /// Wire name: `trade_status` (code table [`TradeStatus`](crate::types::TradeStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_status: Option<crate::types::TradeStatus>,
    /// 订单编号 — Trade number.
    ///
    /// Wire name: `trade_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_no: Option<String>,
    /// 原始单号 — 原始单号(如果有多个，以","分隔且以增序排列,不重复,过长将被裁剪) — Original order numbers (several joined by ",", ascending, no repeats, truncated when too long).
    ///
    /// Wire name: `src_trade_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_trade_no: Option<String>,
    /// 客户网名 — 客户网名（仅自有平台及线下平台返回，其他平台均不返回） — Customer's online nickname (returned only for own and offline platforms).
    ///
    /// Wire name: `nick_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub nick_name: Option<crate::Personal>,
    /// 客户编码 — Customer code.
    ///
    /// Wire name: `customer_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_no: Option<String>,
    /// 客户姓名 — 客户姓名（仅自有平台及线下平台返回，其他平台均不返回） — Customer name (returned only for own and offline platforms).
    ///
    /// Wire name: `customer_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_name: Option<crate::Personal>,
    /// 下单时间 — 下单时间（毫秒级时间戳，例如：1631861379000） — Order time (millisecond timestamp, e.g. 1631861379000).
    ///
    /// Wire name: `trade_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub trade_time: Option<crate::BeijingTime>,
    /// 支付时间 — 支付时间（毫秒级时间戳，例如：1631861379000） — Payment time (millisecond timestamp, e.g. 1631861379000).
    ///
    /// Wire name: `pay_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub pay_time: Option<crate::BeijingTime>,
    /// 标记名称 — 标记名称（订单标记） — Flag name (trade flag).
    ///
    /// Wire name: `flag_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_name: Option<String>,
    /// 邮费 — 邮费/订单邮费 — Postage (trade postage).
    ///
    /// Wire name: `post_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub post_amount: Option<crate::Decimal>,
    /// 证件类别 — ID document type.
    ///
    /// Wire name: `id_card_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub id_card_type: Option<i32>,
    /// 证件号码 — 证件号码（仅自有平台及线下平台返回，其他平台均不返回） — ID document number (returned only for own and offline platforms).
    ///
    /// Wire name: `id_card` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub id_card: Option<crate::Personal>,
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
    /// 店铺备注 — Shop remark.
    ///
    /// Wire name: `shop_remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_remark: Option<String>,
    /// 出库单状态 — 出库单状态: / 5已取消 / 10待放回(拣货待放回), 小于该值的都是已取消的单子 / 50待审核 / 51缺货 / 52缺货待入库 / 53 WMS已接单 / 54 获取电子面单 / 58 档口锁定 / 60 待分配 / 61 排队中 / 63 待补货 / 65 待处理 / 70 待发货 / 73 爆款锁定 / 74 预打包 / 75 待拣货 / 77 拣货中,PDA拣货后 / 79 已拣货 / 90 延时发货 / 110已完成 / -1未发货 — Stock-out order status: 5 cancelled, 10 to put back (picked, to put back; lower values are cancelled), 50 awaiting review, 51 out of stock, 52 out of stock awaiting stock-in, 53 accepted by the WMS, 54 getting the e-waybill, 58 stall locked, 60 awaiting allocation, 61 queued, 63 awaiting replenishment, 65 awaiting processing, 70 awaiting shipment, 73 best-seller locked, 74 pre-packed, 75 awaiting picking, 77 picking (after PDA picking), 79 picked, 90 delayed shipment, 110 completed, -1 not shipped.
    ///
    /// Wire name: `status` (code table [`StockoutStatus`](crate::types::StockoutStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub status: Option<crate::types::StockoutStatus>,
    /// 发票类型 — 发票类型: / 0：不需要 / 1：电子普通发票 / 2：增值税普通发票 / 3：电子增值税专用发票 / 4：纸质普通发票 / 5：纸质增值税专用发票 — This page's codes differ from the trade query's: 0 不需要, 1 电子普通发票, 2 增值税普通发票, 3 电子增值税专用发票, 4 纸质普通发票, 5 纸质增值税专用发票 (kept as an integer).
    ///
    /// Wire name: `invoice_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub invoice_type: Option<i32>,
    /// 发票ID — 发票id: / 目前只设0-1， / 1表示已开发票 — Invoice id: only 0 and 1 for now; 1 means invoiced.
    ///
    /// Wire name: `invoice_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub invoice_id: Option<i32>,
    /// 货到付款金额 — Cash-on-delivery amount.
    ///
    /// Wire name: `cod_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub cod_amount: Option<crate::Decimal>,
    /// 发货条件 — 发货条件: / 1款到发货 / 2货到付款(包含部分货到付款) / 3分期付款 / 4挂账 — Delivery terms: 1 pay before shipment, 2 cash on delivery (including partial COD), 3 instalments, 4 on account.
    ///
    /// Wire name: `delivery_term` (code table [`DeliveryTerm`](crate::types::DeliveryTerm)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub delivery_term: Option<crate::types::DeliveryTerm>,
    /// 平台ID — 平台ID（请点击 平台代码表 查看对应关系） — Platform id; see the platform code table.
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 订单ID — Trade id.
    ///
    /// Wire name: `trade_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_id: Option<i32>,
    /// 审核员编号 — 审核员编号（为系统用户时不返回） — Reviewer code (absent for the system user).
    ///
    /// Wire name: `employee_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub employee_no: Option<String>,
    /// 优惠金额 — 优惠金额(订单总优惠) — Discount amount (the trade's total discount).
    ///
    /// Wire name: `discount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub discount: Option<crate::Decimal>,
    /// 税额 — Tax amount.
    ///
    /// Wire name: `tax` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax: Option<crate::Decimal>,
    /// 税率 — Tax rate.
    ///
    /// Wire name: `tax_rate` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax_rate: Option<crate::Decimal>,
    /// 币种 — Currency.
    ///
    /// Wire name: `currency` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub currency: Option<String>,
    /// 系统订单建单时间 — 系统订单建单时间（毫秒级时间戳，例如：1631861379000） — System trade creation time (millisecond timestamp, e.g. 1631861379000).
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 出库单建单时间 — 出库单建单时间（毫秒级时间戳，例如：1631861379000） — Stock-out order creation time (millisecond timestamp, e.g. 1631861379000).
    ///
    /// Wire name: `stock_check_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub stock_check_time: Option<crate::BeijingTime>,
    /// 打印备注 — Print remark.
    ///
    /// Wire name: `print_remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub print_remark: Option<String>,
    /// 买家留言 — Buyer message.
    ///
    /// Wire name: `buyer_message` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub buyer_message: Option<crate::Personal>,
    /// 客服备注 — Customer-service remark.
    ///
    /// Wire name: `cs_remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub cs_remark: Option<String>,
    /// 发票抬头 — Invoice title.
    ///
    /// Wire name: `invoice_title` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub invoice_title: Option<crate::Personal>,
    /// 发票内容 — Invoice content.
    ///
    /// Wire name: `invoice_content` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub invoice_content: Option<crate::Personal>,
    /// 称重预估邮资 — 称重预估邮资 / (使用根据重量预估的邮费) — Postage estimated from the weight.
    ///
    /// Wire name: `post_fee` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub post_fee: Option<crate::Decimal>,
    /// 包装成本 — 包装成本(1.5.9.4及以上版本按照订单包装成本展示的信息返回) — Packaging cost (from 1.5.9.4, as shown as the trade's packaging cost).
    ///
    /// Wire name: `package_fee` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub package_fee: Option<crate::Decimal>,
    /// 已付金额 — 已付金额(使用应收金额) — Amount paid (the receivable amount is used).
    ///
    /// Wire name: `receivable` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receivable: Option<crate::Decimal>,
    /// 总成本价 — 总成本价（对应销售出库明细内实际货品总成本） — Total cost (the actual total goods cost of the sales stock-out lines).
    ///
    /// Wire name: `goods_total_cost` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_total_cost: Option<crate::Decimal>,
    /// 总货款 — Total goods payment.
    ///
    /// Wire name: `goods_total_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_total_amount: Option<crate::Decimal>,
    /// 最后修改时间 — 最后修改时间，例如：2021-09-23 15:56:18 — Last modification time, e.g. 2021-09-23 15:56:18.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 分销商昵称 — Distributor nickname.
    ///
    /// Wire name: `fenxiao_nick` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_nick: Option<String>,
    /// 订单标签 — Trade labels.
    ///
    /// Wire name: `trade_label` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_label: Option<String>,
    /// 订单来源 — 订单来源： / 1、接口抓取 / 2、手工创建 / 3、Excel导入 / 4、复制订单 / 5、接口推送 / 6、补发订单 / 7、PDA选货开单 / 8、分销补发订单 — Trade source: 1 API download, 2 manual, 3 Excel import, 4 copied trade, 5 API push, 6 reshipment, 7 PDA goods selection, 8 distribution reshipment.
    ///
    /// Wire name: `trade_from` (code table [`TradeFrom`](crate::types::TradeFrom)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_from: Option<crate::types::TradeFrom>,
    /// 分拣波次 — Sorting wave.
    ///
    /// Wire name: `picklist_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub picklist_no: Option<String>,
    /// 分拣序号 — Sorting sequence number.
    ///
    /// Wire name: `picklist_seq` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub picklist_seq: Option<i32>,
    /// 物流单打印状态 — 0：未打印 / 1：打印中 / 2：已打印 / 3：无需打印 — Waybill print status: 0 not printed, 1 printing, 2 printed, 3 no printing needed.
    ///
    /// Wire name: `logistics_print_status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_print_status: Option<i32>,
    /// 已付 — Paid.
    ///
    /// Wire name: `paid` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub paid: Option<crate::Decimal>,
    /// 店铺平台id — Shop's platform id.
    ///
    /// Wire name: `shop_platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_platform_id: Option<i32>,
    /// 子平台id — Sub-platform id.
    ///
    /// Wire name: `sub_platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sub_platform_id: Option<i32>,
    /// 接口处理错误信息 — API processing error message.
    ///
    /// Wire name: `error_info` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub error_info: Option<String>,
    /// 其他出库自定义子类别 — 其他出库自定义子类别0,1,2,3,4 — Custom sub-category of other stock-outs: 0, 1, 2, 3, 4.
    ///
    /// Wire name: `custom_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub custom_type: Option<i32>,
    /// 发货单模板id — Delivery-note template id.
    ///
    /// Wire name: `sendbill_template_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sendbill_template_id: Option<i32>,
    /// 客户id — Customer id.
    ///
    /// Wire name: `customer_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_id: Option<i32>,
    /// 仓库类别 — 1:普通（内部）,2:自流转,3:平台,4:京东沧海.6:抖音云仓,125:代发仓,126:分销委外 — Warehouse category: 1 ordinary (internal), 2 self-flow, 3 platform, 4 JD Canghai, 6 Douyin cloud warehouse, 125 drop-ship warehouse, 126 distribution outsourcing.
    ///
    /// Wire name: `warehouse_type` (code table [`WarehouseType`](crate::types::WarehouseType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_type: Option<crate::types::WarehouseType>,
    /// 制单人id（操作员） — Document maker id (operator).
    ///
    /// Wire name: `operator_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub operator_id: Option<i32>,
    /// 外部单号 — External document number.
    ///
    /// Wire name: `outer_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub outer_no: Option<String>,
    /// 出库状态 — 出库状态 / 0：无 / 1：已验货 / 2：已称重 / 16：已拣货 / 32：电子面单回传 / 64：已分拣 / 128：配送清单打印状态 / 4096：订单回告（订单生成出库单中间量，暂时只有订单合并回告使用） — Stock-out status flags: 0 none, 1 inspected, 2 weighed, 16 picked, 32 e-waybill fed back, 64 sorted, 128 delivery list printed, 4096 trade callback (an intermediate value while a trade becomes a stock-out; only used by trade-merge callbacks for now).
    ///
    /// Wire name: `consign_status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub consign_status: Option<i32>,
    /// 货品种类 — Number of goods kinds.
    ///
    /// Wire name: `goods_type_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_type_count: Option<i32>,
    /// 预估邮资成本 — Estimated postage cost.
    ///
    /// Wire name: `calc_post_cost` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub calc_post_cost: Option<crate::Decimal>,
    /// 打印批次 — Print batch.
    ///
    /// Wire name: `batch_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub batch_no: Option<String>,
    /// 销售出库单创建时间 — 销售出库单创建时间,DateTime格式 — Sales stock-out order creation time (DateTime format).
    ///
    /// Wire name: `created_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created_date: Option<crate::BeijingTime>,
    /// 分销原始单号 — Distribution original order number.
    ///
    /// Wire name: `fenxiao_tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_tid: Option<String>,
    /// 分销商编号 — Distributor code.
    ///
    /// Wire name: `fenxiao_nick_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_nick_no: Option<String>,
    /// 物流单列表 — 物流单详情 — Logistics (waybill) list: the waybill details.
    ///
    /// Wire name: `logistics_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub logistics_list: Vec<LogisticsList>,
    /// 销售出库单详情 — Sales stock-out order details.
    ///
    /// Wire name: `details_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub details_list: Vec<DetailsList>,
    /// 主播 — Streamer (anchor).
    ///
    /// Wire name: `anchor_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub anchor_name: Option<String>,
    /// 助播 — Assistant streamer.
    ///
    /// Wire name: `assist_achor_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub assist_achor_name: Option<String>,
    /// 场控 — Live-room controller.
    ///
    /// Wire name: `control_achor_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub control_achor_name: Option<String>,
    /// 运营 — Operations staff.
    ///
    /// Wire name: `operation_anchor_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub operation_anchor_name: Option<String>,
    /// 拣货分组名称 — Picking group name.
    ///
    /// Wire name: `pick_group_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pick_group_name: Option<String>,
    /// 分销店铺名称 — Distribution shop name.
    ///
    /// Wire name: `fenxiao_shop_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_shop_name: Option<String>,
    /// wms业务单号 — WMS business document number.
    ///
    /// Wire name: `wms_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wms_code: Option<String>,
    /// 销售出库单标记名称 — Sales stock-out order flag name.
    ///
    /// Wire name: `stockout_flag_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockout_flag_name: Option<String>,
    /// 国补信息 — National-subsidy information.
    ///
    /// Wire name: `gov_subsidy_info*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub gov_subsidy_info: Vec<GovSubsidyInfo>,
    /// 源单据主键id — Source document key id.
    ///
    /// Wire name: `src_order_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_order_id: Option<i64>,
    /// 拣货员id — Picker id.
    ///
    /// Wire name: `picker_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub picker_id: Option<i64>,
    /// 打包员id — Packer id.
    ///
    /// Wire name: `packager_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub packager_id: Option<i64>,
    /// 发货员id — Shipper id.
    ///
    /// Wire name: `consigner_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub consigner_id: Option<i64>,
    /// 验货员id — Inspector id.
    ///
    /// Wire name: `examiner_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub examiner_id: Option<i64>,
    /// 第三方订单类型（无值该字段不返回） — Third-party order type (absent when empty).
    ///
    /// Wire name: `fenxiao_distributor_order_type` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_distributor_order_type: Option<String>,
    /// 第三方分销商id （无值该字段不返回） — Third-party distributor id (absent when empty).
    ///
    /// Wire name: `fenxiao_distributor_id` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_distributor_id: Option<String>,
    /// 第三方分销商名称 （无值该字段不返回） — Third-party distributor name (absent when empty).
    ///
    /// Wire name: `fenxiao_distributor_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_distributor_name: Option<String>,
    /// 打包员编码 — Packer code.
    ///
    /// Wire name: `packager_no` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub packager_no: Option<String>,
    /// 分拣员id — Sorter id.
    ///
    /// Wire name: `sorter_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sorter_id: Option<i64>,
    /// 分拣员名称 — Sorter name.
    ///
    /// Wire name: `sorter_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sorter_name: Option<String>,
    /// 签出员工id — Check-out employee id.
    ///
    /// Wire name: `checkouter_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub checkouter_id: Option<i64>,
    /// 签出员工名称 — Check-out employee name.
    ///
    /// Wire name: `checkouter_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub checkouter_name: Option<String>,
    /// 审单员id — Order checker id.
    ///
    /// Wire name: `checker_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub checker_id: Option<i64>,
    /// 审单员名称 — Order checker name.
    ///
    /// Wire name: `checker_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub checker_name: Option<String>,
    /// 订单预估邮资成本 — Trade's estimated postage cost.
    ///
    /// Wire name: `post_cost` (decimal yuan).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub post_cost: Option<crate::Decimal>,
    /// 冻结原因id — Freeze reason id.
    ///
    /// Wire name: `freeze_reason` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub freeze_reason: Option<i32>,
    /// 冻结原因名称 — Freeze reason name.
    ///
    /// Wire name: `freeze_reason_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub freeze_reason_name: Option<String>,
    /// 包装id — Packaging id.
    ///
    /// Wire name: `package_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub package_id: Option<i64>,
    /// 分销商别名（无值该字段不返回） — Distributor alias (absent when empty).
    ///
    /// Wire name: `fenxiao_alias` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_alias: Option<String>,
    /// 分销订单类型（无值该字段不返回） — Distribution order type (absent when empty).
    ///
    /// Wire name: `fenxiao_order_type` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_order_type: Option<String>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `new_trade_label` (text).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub new_trade_label: Option<String>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `pick_group` (integer).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pick_group: Option<i32>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `seq_no` (integer).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub seq_no: Option<i32>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `warehouse_mapping_code` (text).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_mapping_code: Option<String>,
}

/// 出库单信息 — 出库信息 — Stock-out order information.
///
/// JSON key `data`.
///
/// To build one in a test: `let mut value = Data::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// 总数 — 查询条件总单据数 — Total number of documents matching the query.
    ///
    /// Wire name: `total_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_count: Option<i32>,
    /// 单据数据 — 出库单相关数据 — Document data: the stock-out orders.
    ///
    /// Wire name: `order*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub order: Vec<Order>,
}
