// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `sales.TradeQuery.queryWithDetail`: 订单查询 — Query ERP trades with their lines in a time window.
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
//! - S1-err: S1 Firecrawl/open.wangdian.cn_qjb_open_guide_path=qjbguide_cwmsm.md: the official error-code page (错误码说明) with method-specific messages
//! - S2: Official PHP SDK wdtsdk.php (copy westng/wangdian-sdk-php src/wdtsdk.php): call, pageCall (pager in the query), callEx
//!
//! Notes:
//! - start_time/end_time are required unless trade_no, src_tid or logistics_no is given (logistics_no without a window from client V1.4.9.9); the spec leaves them optional and checks the 60-minute span when both are set.
//! - Orders of 淘系 (Taobao/Tmall), 拼多多 and 系统供销 platforms are not returned; pay_account, buyer_nick, receiver_name, receiver_address, receiver_mobile, receiver_telno and customer_name are returned only for self-built (自有) and offline (线下) platforms.
//! - The doc advises walking pages from the last page backwards (通过从后往前翻页的方式可以避免漏单问题).
//! - trade_time, consign_time, created (and, in the doc's example, modified) come as epoch-millisecond numbers; pay_time and modified as yyyy-MM-dd HH:mm:ss: every time field accepts both.
//! - Fields marked cert \[likely\] S4 come only from the newer doc scrape (2026-06).
//! - Variants with the same window: sales.TradeQuery.querySelfOrderWithDetail (same fields, no reserve_num in detail_list), queryHistoryWithDetail and queryHistorySelfOrderWithDetail (fewer fields).

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "sales.TradeQuery.queryWithDetail";

/// Request for `sales.TradeQuery.queryWithDetail`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "sales.TradeQuery.queryWithDetail")]
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
    /// 开始时间 — 修改起始时间，若无订单编号/原始单号/物流单号，则为必填。示例：“ 2021-11-11 00:00:00” — Window start (modification time unless time_type says otherwise); required unless trade_no, src_tid or logistics_no is given.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub start_time: Option<crate::BeijingTime>,
    /// 结束时间 — 修改结束时间，上同开始时间。示例：“ 2021-11-11 01:00:00” — Window end; at most 60 minutes after start_time (status 100 您的查询时间过宽,查询时间不能大于60分钟).
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub end_time: Option<crate::BeijingTime>,
    /// 仓库编号 — Warehouse code.
    ///
    /// Wire name: `warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub warehouse_no: Option<String>,
    /// 订单状态 — 若多个状态则以“，”隔开。 / 订单状态: / 4 线下退款 / 5已取消 / 6 待转预订单(待审核) / 7 待转已完成 / 10未付款 / 12待尾款 / 15等未付 / 16延时审核 / 19预订单前处理 / 20 审核前处理 / 21自流转待发货 / 23 异常订单 / 24 换货预订单 / 25 待处理预订单 / 27待分配预订单 / 30待客审 / 35待财审 / 40审核中 / 55已审核 / 95已发货 / 96 成本确认（待录入计划成本，订单结算时有货品无计划成本） / 101 已过账 / 110已完成 — Comma-separated trade-status codes (a malformed list gives 状态应该是由逗号分隔开的整数数组).
    ///
    /// Wire name: `status` (text).
    /// At most 255 characters (checked before sending).
    pub status: Option<String>,
    /// 订单编号 — Trade number.
    ///
    /// Wire name: `trade_no` (text).
    /// At most 40 characters (checked before sending).
    pub trade_no: Option<String>,
    /// 店铺编号 — 店铺编号（暂不支持批量查询） — One shop number (no batch query).
    ///
    /// Wire name: `shop_no` (text).
    /// At most 20 characters (checked before sending).
    pub shop_no: Option<String>,
    /// 物流单号 — 物流单号，（V1.4.9.9版本以上支持按照物流单号查询不传入时间范围） — Logistics number (from V1.4.9.9, a query by logistics number needs no time range).
    ///
    /// Wire name: `logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub logistics_no: Option<String>,
    /// 原始单号 — 原始单号, 多个原始单号之间使用英文逗号分隔 — One or more raw (platform) trade numbers, comma-separated; the doc's length 40 is that of one number, so the length is not checked.
    ///
    /// Wire name: `src_tid` (text).
    pub src_tid: Option<String>,
    /// 是否使用从库查询 — 使用：true 不使用：false / （仅对开通从库配置客户生效） — Query the replica database: true use, false do not (only for customers with the replica setting enabled).
    ///
    /// Wire name: `is_slave` (`true` / `false`).
    pub is_slave: Option<bool>,
    /// 是否计算分摊邮费 — 是否计算分摊邮费 / 默认false / 计算：true / 不计算：false — Calculate the apportioned postage: true calculate, false not; default false.
    ///
    /// Wire name: `cal_share_post_amount` (`true` / `false`).
    pub cal_share_post_amount: Option<bool>,
    /// 订单来源 — 订单来源 / 1、API抓单 / 2、手工建单 / 3、导入 / 4、复制订单 / 5、接口推送 / 6、补发订单 / 7、PDA选货开单 / 8、分销补发订单 — Trade source: 1 API download, 2 manual, 3 import, 4 copied trade, 5 API push, 6 reshipment, 7 PDA goods selection, 8 distribution reshipment.
    ///
    /// Wire name: `trade_from` (text).
    /// At most 40 characters (checked before sending).
    pub trade_from: Option<String>,
    /// 排序类型 — 0：默认排序 / 1：修改时间降序 — Sort order: 0 default, 1 modification time descending.
    ///
    /// Wire name: `order_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub order_type: Option<i32>,
    /// 时间类型 — 1：修改时间 / 2：付款时间 / 3：下单时间 / 默认1 — Time type: 1 modification time, 2 payment time, 3 order time; default 1.
    ///
    /// Wire name: `time_type` (integer).
    /// Allowed values (checked before sending): `1`, `2`, `3`.
    pub time_type: Option<i32>,
    /// 是否返回赠品关联关系 — 0：不返回 / 1：返回 / 默认1 — Return gift relations: 0 no, 1 yes; default 1.
    ///
    /// Wire name: `need_gift_relation` (`true` / `false`).
    pub need_gift_relation: Option<bool>,
    /// 是否强制指定src_tid精准查询 — 0：否 / 1：是 / 默认0 — Force an exact query by src_tid: 0 no, 1 yes; default 0.
    ///
    /// Wire name: `accurate_query` (`true` / `false`).
    pub accurate_query: Option<bool>,
    /// 是否截取物流单号 — 0：不截取 / 1：截取 / 默认0 — Truncate the logistics number: 0 no, 1 yes; default 0.
    ///
    /// Wire name: `cut_logistics_no` (`true` / `false`).
    pub cut_logistics_no: Option<bool>,
    /// 0：不拆分 1：拆分 默认全部 — From the newer doc scrape (S4) only: 0 not split, 1 split; all when not given.
    ///
    /// Wire name: `is_split` (`true` / `false`).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    pub is_split: Option<bool>,
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

    /// 开始时间 — 修改起始时间，若无订单编号/原始单号/物流单号，则为必填。示例：“ 2021-11-11 00:00:00” — Window start (modification time unless time_type says otherwise); required unless trade_no, src_tid or logistics_no is given.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn start_time(mut self, start_time: impl Into<crate::BeijingTime>) -> Self {
        self.start_time = Some(start_time.into());
        self
    }

    /// 结束时间 — 修改结束时间，上同开始时间。示例：“ 2021-11-11 01:00:00” — Window end; at most 60 minutes after start_time (status 100 您的查询时间过宽,查询时间不能大于60分钟).
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn end_time(mut self, end_time: impl Into<crate::BeijingTime>) -> Self {
        self.end_time = Some(end_time.into());
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

    /// 订单状态 — 若多个状态则以“，”隔开。 / 订单状态: / 4 线下退款 / 5已取消 / 6 待转预订单(待审核) / 7 待转已完成 / 10未付款 / 12待尾款 / 15等未付 / 16延时审核 / 19预订单前处理 / 20 审核前处理 / 21自流转待发货 / 23 异常订单 / 24 换货预订单 / 25 待处理预订单 / 27待分配预订单 / 30待客审 / 35待财审 / 40审核中 / 55已审核 / 95已发货 / 96 成本确认（待录入计划成本，订单结算时有货品无计划成本） / 101 已过账 / 110已完成 — Comma-separated trade-status codes (a malformed list gives 状态应该是由逗号分隔开的整数数组).
    ///
    /// Wire name: `status` (text).
    /// At most 255 characters (checked before sending).
    pub fn status(mut self, status: impl Into<String>) -> Self {
        self.status = Some(status.into());
        self
    }

    /// 订单编号 — Trade number.
    ///
    /// Wire name: `trade_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn trade_no(mut self, trade_no: impl Into<String>) -> Self {
        self.trade_no = Some(trade_no.into());
        self
    }

    /// 店铺编号 — 店铺编号（暂不支持批量查询） — One shop number (no batch query).
    ///
    /// Wire name: `shop_no` (text).
    /// At most 20 characters (checked before sending).
    pub fn shop_no(mut self, shop_no: impl Into<String>) -> Self {
        self.shop_no = Some(shop_no.into());
        self
    }

    /// 物流单号 — 物流单号，（V1.4.9.9版本以上支持按照物流单号查询不传入时间范围） — Logistics number (from V1.4.9.9, a query by logistics number needs no time range).
    ///
    /// Wire name: `logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn logistics_no(mut self, logistics_no: impl Into<String>) -> Self {
        self.logistics_no = Some(logistics_no.into());
        self
    }

    /// 原始单号 — 原始单号, 多个原始单号之间使用英文逗号分隔 — One or more raw (platform) trade numbers, comma-separated; the doc's length 40 is that of one number, so the length is not checked.
    ///
    /// Wire name: `src_tid` (text).
    pub fn src_tid(mut self, src_tid: impl Into<String>) -> Self {
        self.src_tid = Some(src_tid.into());
        self
    }

    /// 是否使用从库查询 — 使用：true 不使用：false / （仅对开通从库配置客户生效） — Query the replica database: true use, false do not (only for customers with the replica setting enabled).
    ///
    /// Wire name: `is_slave` (`true` / `false`).
    pub fn is_slave(mut self, is_slave: bool) -> Self {
        self.is_slave = Some(is_slave);
        self
    }

    /// 是否计算分摊邮费 — 是否计算分摊邮费 / 默认false / 计算：true / 不计算：false — Calculate the apportioned postage: true calculate, false not; default false.
    ///
    /// Wire name: `cal_share_post_amount` (`true` / `false`).
    pub fn cal_share_post_amount(mut self, cal_share_post_amount: bool) -> Self {
        self.cal_share_post_amount = Some(cal_share_post_amount);
        self
    }

    /// 订单来源 — 订单来源 / 1、API抓单 / 2、手工建单 / 3、导入 / 4、复制订单 / 5、接口推送 / 6、补发订单 / 7、PDA选货开单 / 8、分销补发订单 — Trade source: 1 API download, 2 manual, 3 import, 4 copied trade, 5 API push, 6 reshipment, 7 PDA goods selection, 8 distribution reshipment.
    ///
    /// Wire name: `trade_from` (text).
    /// At most 40 characters (checked before sending).
    pub fn trade_from(mut self, trade_from: impl Into<String>) -> Self {
        self.trade_from = Some(trade_from.into());
        self
    }

    /// 排序类型 — 0：默认排序 / 1：修改时间降序 — Sort order: 0 default, 1 modification time descending.
    ///
    /// Wire name: `order_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub fn order_type(mut self, order_type: i32) -> Self {
        self.order_type = Some(order_type);
        self
    }

    /// 时间类型 — 1：修改时间 / 2：付款时间 / 3：下单时间 / 默认1 — Time type: 1 modification time, 2 payment time, 3 order time; default 1.
    ///
    /// Wire name: `time_type` (integer).
    /// Allowed values (checked before sending): `1`, `2`, `3`.
    pub fn time_type(mut self, time_type: i32) -> Self {
        self.time_type = Some(time_type);
        self
    }

    /// 是否返回赠品关联关系 — 0：不返回 / 1：返回 / 默认1 — Return gift relations: 0 no, 1 yes; default 1.
    ///
    /// Wire name: `need_gift_relation` (`true` / `false`).
    pub fn need_gift_relation(mut self, need_gift_relation: bool) -> Self {
        self.need_gift_relation = Some(need_gift_relation);
        self
    }

    /// 是否强制指定src_tid精准查询 — 0：否 / 1：是 / 默认0 — Force an exact query by src_tid: 0 no, 1 yes; default 0.
    ///
    /// Wire name: `accurate_query` (`true` / `false`).
    pub fn accurate_query(mut self, accurate_query: bool) -> Self {
        self.accurate_query = Some(accurate_query);
        self
    }

    /// 是否截取物流单号 — 0：不截取 / 1：截取 / 默认0 — Truncate the logistics number: 0 no, 1 yes; default 0.
    ///
    /// Wire name: `cut_logistics_no` (`true` / `false`).
    pub fn cut_logistics_no(mut self, cut_logistics_no: bool) -> Self {
        self.cut_logistics_no = Some(cut_logistics_no);
        self
    }

    /// 0：不拆分 1：拆分 默认全部 — From the newer doc scrape (S4) only: 0 not split, 1 split; all when not given.
    ///
    /// Wire name: `is_split` (`true` / `false`).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    pub fn is_split(mut self, is_split: bool) -> Self {
        self.is_split = Some(is_split);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SALES_TRADE_QUERY_QUERY_WITH_DETAIL;

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
        if let Some(value) = &self.status {
            crate::rt::check(
                METHOD,
                "status",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(255),
            )?;
        }
        if let Some(value) = &self.trade_no {
            crate::rt::check(
                METHOD,
                "trade_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.shop_no {
            crate::rt::check(
                METHOD,
                "shop_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(20),
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
        if let Some(value) = &self.trade_from {
            crate::rt::check(
                METHOD,
                "trade_from",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.order_type {
            crate::rt::check(
                METHOD,
                "order_type",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1"]),
            )?;
        }
        if let Some(value) = &self.time_type {
            crate::rt::check(
                METHOD,
                "time_type",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["1", "2", "3"]),
            )?;
        }
        let mut arg0 = crate::json::Object::new();
        arg0.opt("start_time", &self.start_time);
        arg0.opt("end_time", &self.end_time);
        arg0.opt("warehouse_no", &self.warehouse_no);
        arg0.opt("status", &self.status);
        arg0.opt("trade_no", &self.trade_no);
        arg0.opt("shop_no", &self.shop_no);
        arg0.opt("logistics_no", &self.logistics_no);
        arg0.opt("src_tid", &self.src_tid);
        arg0.opt("is_slave", &self.is_slave);
        arg0.opt("cal_share_post_amount", &self.cal_share_post_amount);
        arg0.opt("trade_from", &self.trade_from);
        arg0.opt("order_type", &self.order_type);
        arg0.opt("time_type", &self.time_type);
        arg0.opt("need_gift_relation", &self.need_gift_relation);
        arg0.opt("accurate_query", &self.accurate_query);
        arg0.opt("cut_logistics_no", &self.cut_logistics_no);
        arg0.opt("is_split", &self.is_split);
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

/// 订单查询 — Query ERP trades with their lines in a time window.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 单据数据 — Document data.
    ///
    /// Wire name: `data`.
    #[serde(default)]
    pub data: Option<Data>,
}

/// 订单明细 — Trade details.
///
/// JSON key `detail_list`.
///
/// To build one in a test: `let mut value = DetailList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DetailList {
    /// 订单唯一键 — Trade's unique key.
    ///
    /// Wire name: `trade_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_id: Option<i64>,
    /// 订单明细唯一键 — Trade line's unique key.
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i64>,
    /// 平台ID — Platform id.
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 原始子单号 — Original (platform) sub-order number.
    ///
    /// Wire name: `src_oid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_oid: Option<String>,
    /// 原始单号 — Original (platform) order number.
    ///
    /// Wire name: `src_tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_tid: Option<String>,
    /// 赠品方式 — 赠品方式 / 0非赠品 / 1自动赠送 / 2手工赠送 / 4周期购赠送 / 8平台赠送 / 32阶梯满赠 / 64CRM追加赠送 / 65 主品 （1.5.7.0版本前主品枚举值为128） — Gift mode: 0 not a gift, 1 automatic gift, 2 manual gift, 4 subscription gift, 8 platform gift, 32 tiered spend gift, 64 CRM added gift, 65 main item (128 before version 1.5.7.0).
    ///
    /// Wire name: `gift_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gift_type: Option<i32>,
    /// 支付状态 — 0:未付款 1:部分付款 2:已付款（原始订单的支付状态） — Payment status of the original order: 0 unpaid, 1 partly paid, 2 paid.
    ///
    /// Wire name: `pay_status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pay_status: Option<i32>,
    /// 退款状态 — 退款状态: / 0、无退款 / 1、取消退款 / 2、申请退款 / 3、待退款 / 4、待还原 / 5、退款成功 / 6、已退（未付款关闭，未付款的取消了） — Refund status: 0 no refund, 1 refund cancelled, 2 refund requested, 3 awaiting refund, 4 awaiting restore, 5 refund succeeded, 6 refunded (closed unpaid, the unpaid line cancelled).
    ///
    /// Wire name: `refund_status` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_status: Option<i32>,
    /// 退款模式 — 退款模式: / 1、担保 / 2、非担保 / 3、在线非担保 — Refund mode: 1 guaranteed, 2 non-guaranteed, 3 online non-guaranteed.
    ///
    /// Wire name: `guarantee_mode` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub guarantee_mode: Option<i32>,
    /// 子单平台状态 — 如果没有对应的原始单明细,则返回0. / 平台状态: / 10、未确认 / 20、待尾款 / 30、待发货 / 40、部分发货 / 50、已发货 / 60、已签收 / 70、已完成 / 80、已退款 / 90、已关闭 — Sub-order platform status (0 when there is no matching original line): 10 unconfirmed, 20 awaiting balance payment, 30 awaiting shipment, 40 partly shipped, 50 shipped, 60 signed for, 70 completed, 80 refunded, 90 closed.
    ///
    /// Wire name: `platform_status` (code table [`PlatformStatus`](crate::types::PlatformStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_status: Option<crate::types::PlatformStatus>,
    /// 发货条件 — 发货条件:1、款到发货 2、货到付款(包含部分货到付款) / 3、分期付款 — Delivery terms: 1 pay before shipment, 2 cash on delivery (including partial COD), 3 instalments.
    ///
    /// Wire name: `delivery_term` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub delivery_term: Option<i32>,
    /// 数量 — Quantity.
    ///
    /// Wire name: `num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub num: Option<crate::Decimal>,
    /// 标价 — 标价，手工新建时使用货品属性中的“零售价” — List price; a manually created trade uses the goods' retail price.
    ///
    /// Wire name: `price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub price: Option<crate::Decimal>,
    /// 售后退款数量 — After-sale refund quantity.
    ///
    /// Wire name: `refund_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_num: Option<crate::Decimal>,
    /// 成交价 — 成交价,原始单折扣及分摊之后的价格 — Deal price: the price after the original order's discounts and apportioning.
    ///
    /// Wire name: `order_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub order_price: Option<crate::Decimal>,
    /// 分摊后价格 — 分摊后价格，进入ERP后再次调整的价格，默认值与order_price一致 — Price after apportioning, as adjusted again in the ERP; defaults to order_price.
    ///
    /// Wire name: `share_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub share_price: Option<crate::Decimal>,
    /// 手工调整价 — 手工调整价,正数为加价,负数为减价,暂未处理 — Manual price adjustment: positive raises, negative lowers; not yet processed.
    ///
    /// Wire name: `adjust` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub adjust: Option<crate::Decimal>,
    /// 优惠 — Discount.
    ///
    /// Wire name: `discount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub discount: Option<crate::Decimal>,
    /// 分摊后总价 — Total after apportioning.
    ///
    /// Wire name: `share_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub share_amount: Option<crate::Decimal>,
    /// 税率 — Tax rate.
    ///
    /// Wire name: `tax_rate` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax_rate: Option<crate::Decimal>,
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
    /// 商家编码 — Merchant code (SKU code).
    ///
    /// Wire name: `spec_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_no: Option<String>,
    /// 规格码 — Spec code.
    ///
    /// Wire name: `spec_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_code: Option<String>,
    /// 组合装编码 — Suite code.
    ///
    /// Wire name: `suite_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_no: Option<String>,
    /// 组合装名称 — 如果是组合装拆分的，此为组合装名称 — Suite name, when split from a suite.
    ///
    /// Wire name: `suite_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_name: Option<String>,
    /// 组合装数量 — 组合装数量,不受拆分合并影响 — Suite quantity, unaffected by splits and merges.
    ///
    /// Wire name: `suite_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_num: Option<crate::Decimal>,
    /// 组合装分摊后总价 — Suite total after apportioning.
    ///
    /// Wire name: `suite_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_amount: Option<crate::Decimal>,
    /// 组合装优惠 — Suite discount.
    ///
    /// Wire name: `suite_discount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_discount: Option<crate::Decimal>,
    /// 平台货品名称 — Platform goods name.
    ///
    /// Wire name: `api_goods_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub api_goods_name: Option<String>,
    /// 平台规格名称 — Platform spec name.
    ///
    /// Wire name: `api_spec_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub api_spec_name: Option<String>,
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
    /// 货品id — 货品id（系统货品主键） — Goods id (the system goods key).
    ///
    /// Wire name: `goods_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_id: Option<i32>,
    /// 单品id — 单品id(系统单品主键) — Spec id (the system spec key).
    ///
    /// Wire name: `spec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_id: Option<i32>,
    /// 佣金 — Commission.
    ///
    /// Wire name: `commission` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub commission: Option<crate::Decimal>,
    /// 货品类型 — 货品类型: / 0：其它 / 1：销售货品 / 2：原材料 / 3：包装物 / 4：周转材料 / 5：虚拟商品 / 6：固定资产 / 8：分装箱 — Goods type: 0 other, 1 sales goods, 2 raw material, 3 packaging, 4 turnover material, 5 virtual goods, 6 fixed asset, 8 sub-packing box.
    ///
    /// Wire name: `goods_type` (code table [`GoodsType`](crate::types::GoodsType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_type: Option<crate::types::GoodsType>,
    /// 订单内部来源 — 订单内部来源: / 0：无来源 / 1：手机 / 2：聚划算 / 32：开具电子发票 / 2048：当日达 / 4096：次日达 / 8192：承诺时效 / 2097152：区域零售 / 4194304：拼多多厂家代打 / 8388608：周期购 / 1048576：预售单 / 33554432：前N有礼 / 524288：天猫物流升级 / 64：按需配送 / 256：承诺结构化/QIC / 16384：商仓鸟配 — Internal trade source flags: 0 none, 1 mobile, 2 Juhuasuan, 32 e-invoice issued, 2048 same-day delivery, 4096 next-day delivery, 8192 promised delivery time, 2097152 regional retail, 4194304 Pinduoduo manufacturer printing, 8388608 subscription, 1048576 pre-sale, 33554432 first-N gift, 524288 Tmall logistics upgrade, 64 on-demand delivery, 256 structured promise/QIC, 16384 merchant warehouse with Cainiao delivery.
    ///
    /// Wire name: `from_mask` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub from_mask: Option<i32>,
    /// 订单内部来源扩展 — 订单内部来源: / 2：小时达订单 / 4：自选物流 / 16：国补订单 — Internal trade source extension: 2 hourly delivery, 4 self-chosen logistics, 16 national-subsidy trade.
    ///
    /// Wire name: `from_mask_ext` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub from_mask_ext: Option<i32>,
    /// 子单备注 — Sub-order remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 修改时间 — 修改时间（毫秒级时间戳，例如：1631861379000） — Modification time (millisecond timestamp, e.g. 1631861379000).
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 创建时间 — 创建时间（毫秒级时间戳，例如：1631861379000） — Creation time (millisecond timestamp, e.g. 1631861379000).
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 单品自定义属性1 — Spec custom property 1.
    ///
    /// Wire name: `prop1` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop1: Option<String>,
    /// 单品自定义属性2 — Spec custom property 2.
    ///
    /// Wire name: `prop2` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop2: Option<String>,
    /// 单品自定义属性3 — Spec custom property 3.
    ///
    /// Wire name: `prop3` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop3: Option<String>,
    /// 单品自定义属性4 — Spec custom property 4.
    ///
    /// Wire name: `prop4` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop4: Option<String>,
    /// 单品自定义属性5 — Spec custom property 5.
    ///
    /// Wire name: `prop5` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop5: Option<String>,
    /// 单品自定义属性6 — Spec custom property 6.
    ///
    /// Wire name: `prop6` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop6: Option<String>,
    /// 货品重量 — 货品重量（子单预估货品总重量） — Goods weight (the sub-order's estimated total goods weight).
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 图片路径 — Image path.
    ///
    /// Wire name: `img_url` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub img_url: Option<String>,
    /// 实发数量 — 实发数量（此数量为发货数量,删除操作等于将此值设置为0） — Actually shipped quantity (deleting a line sets it to 0).
    ///
    /// Wire name: `actual_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub actual_num: Option<crate::Decimal>,
    /// 条码 — Barcode.
    ///
    /// Wire name: `barcode` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub barcode: Option<String>,
    /// 已付 — Paid.
    ///
    /// Wire name: `paid` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub paid: Option<crate::Decimal>,
    /// 组合装id — Suite id.
    ///
    /// Wire name: `suite_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub suite_id: Option<i32>,
    /// bind_oid — bind_oid.
    ///
    /// Wire name: `bind_oid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub bind_oid: Option<String>,
    /// 打印组合装 — 打印组合装 / 0：组合装明细 / 1：组合装及明细 / 2：组合装 — Print suites as: 0 suite details, 1 suite and details, 2 suite.
    ///
    /// Wire name: `print_suite_mode` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub print_suite_mode: Option<i32>,
    /// 天猫物流升级信息 — 1：天猫物流升级-顺丰配送 / 2：需要回传 / 4：天猫物流升级-按需配送 / 8：天猫物流升级-承诺发货时效 / 16：天猫物流升级-承诺达时效 / 32：天猫物流升级-预售下沉 / 64：天猫物流升级-预计到货时效 / 128：天猫物流升级-配送线路异常 / 1024：定金链接 / 2048：补款链接 / 4096：确认收货 / （mask类型值. 在判断的时候使用&运算） — Tmall logistics-upgrade flags (test with &): 1 SF delivery, 2 feedback needed, 4 on-demand delivery, 8 promised shipping time, 16 promised arrival time, 32 pre-sale sinking, 64 estimated arrival time, 128 delivery route exception, 1024 deposit link, 2048 balance link, 4096 receipt confirmed.
    ///
    /// Wire name: `flag` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag: Option<i32>,
    /// 库存保留情况 — 库存保留情况 / 0：未保留（取消的订单或完成） / 1：无库存记录 / 2：未付款 / 3：已保留待审核 / 4：待发货 / 5：预订单库存 — Stock reservation: 0 not reserved (cancelled or completed), 1 no stock record, 2 unpaid, 3 reserved awaiting review, 4 awaiting shipment, 5 pre-order stock.
    ///
    /// Wire name: `stock_state` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stock_state: Option<i32>,
    /// 平台已发货 — Shipped on the platform.
    ///
    /// Wire name: `is_consigned` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_consigned: Option<bool>,
    /// 是否付款 — Paid.
    ///
    /// Wire name: `is_received` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub is_received: Option<i32>,
    /// 平台类目主键 — Platform category key.
    ///
    /// Wire name: `cid` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub cid: Option<i32>,
    /// 最后更新时间 — 最后更新时间，DateTime格式 — Last update time (DateTime format).
    ///
    /// Wire name: `modified_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified_date: Option<crate::BeijingTime>,
    /// 创建时间 — 创建时间，DateTime格式 — Creation time (DateTime format).
    ///
    /// Wire name: `created_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created_date: Option<crate::BeijingTime>,
    /// 分摊邮费 — Apportioned postage.
    ///
    /// Wire name: `share_post_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub share_post_price: Option<crate::Decimal>,
    /// 发票内容 — Invoice content.
    ///
    /// Wire name: `invoice_content` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub invoice_content: Option<crate::Personal>,
    /// 支付时间 — 支付时间，DateTime格式，取自原始订单支付时间 — Payment time (DateTime format), from the original order's payment time.
    ///
    /// Wire name: `pay_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub pay_time: Option<crate::BeijingTime>,
    /// 货品简称 — Goods short name.
    ///
    /// Wire name: `short_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub short_name: Option<String>,
    /// 赠品关联关系 — 赠品关联关系 返回执行的策略编号和名称 — Gift relations: the number and name of the applied strategy.
    ///
    /// Wire name: `goods_gift_relation` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_gift_relation: Option<String>,
    /// 成本价 — Cost price.
    ///
    /// Wire name: `avg_cost` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub avg_cost: Option<crate::Decimal>,
    /// 已占用库存 — Occupied stock.
    ///
    /// Wire name: `reserve_num` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub reserve_num: Option<crate::Decimal>,
    /// 分类名称 — Category name.
    ///
    /// Wire name: `class_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub class_name: Option<String>,
    /// 基本单位id — Base unit id.
    ///
    /// Wire name: `base_unit_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub base_unit_id: Option<i64>,
    /// 基本单位名称 — Base unit name.
    ///
    /// Wire name: `base_unit_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub base_unit_name: Option<String>,
    /// 分销商id — Distributor id.
    ///
    /// Wire name: `fenxiao_rec_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_rec_id: Option<i64>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `post_amount` (decimal yuan).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub post_amount: Option<crate::Decimal>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `tid` (text).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tid: Option<String>,
}

/// 单据数据 — 订单相关数据 — Document data: the trades.
///
/// JSON key `order`.
///
/// To build one in a test: `let mut value = Order::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Order {
    /// 订单唯一键 — Trade's unique key.
    ///
    /// Wire name: `trade_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_id: Option<i64>,
    /// 订单编号 — 订单编号（旺店通系统订单号） — Trade number (the Wangdiantong system trade number).
    ///
    /// Wire name: `trade_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_no: Option<String>,
    /// 平台ID — 平台ID（请点击平台代码表 查看对应关系） — Platform id; see the platform code table.
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 仓库类型 — 仓库类型: / 1、普通仓库,大于1为委外仓库(如京东仓储,物流宝等)，如订单无仓库的话，则不返回该字段 — Warehouse type: 1 ordinary warehouse, greater than 1 outsourced warehouse (JD warehousing, Wuliubao, ...); absent when the trade has no warehouse.
    ///
    /// Wire name: `warehouse_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_type: Option<i32>,
    /// 原始单号 — 原始单号（平台订单号），如果有多个，以","分隔，且以增序排列,不重复,过长将被裁剪 — Original (platform) order numbers; several joined by ",", ascending, no repeats, truncated when too long.
    ///
    /// Wire name: `src_tids` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub src_tids: Option<String>,
    /// 平台支付帐号 — 平台支付帐号, （仅自有平台及线下平台返回，其他平台均不返回） — Platform payment account (returned only for own and offline platforms).
    ///
    /// Wire name: `pay_account` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pay_account: Option<crate::Personal>,
    /// 订单状态 — 订单状态: / 4 线下退款 / 5已取消 / 6 待转预订单(待审核) / 7 待转已完成 / 10未付款 / 12待尾款 / 15等未付 / 16延时审核 / 19预订单前处理 / 20 审核前处理 / 21自流转待发货 / 23 异常订单 / 24 换货预订单 / 25 待处理预订单 / 27待分配预订单 / 30待客审 / 35待财审 / 40审核中 / 55已审核 / 95已发货 / 96 成本确认（待录入计划成本，订单结算时有货品无计划成本） / 101 已过账 / 110已完成 — Trade status: 4 offline refund, 5 cancelled, 6 to become a pre-order (awaiting review), 7 to become completed, 10 unpaid, 12 awaiting balance payment, 15 waiting for unpaid, 16 delayed review, 19 pre-order preprocessing, 20 processing before review, 21 self-flow awaiting shipment, 23 exception, 24 exchange pre-order, 25 pre-order to process, 27 pre-order to allocate, 30 awaiting customer-service review, 35 awaiting finance review, 40 under review, 55 reviewed, 95 shipped, 96 cost confirmation (a line has no planned cost at settlement), 101 posted, 110 completed.
    ///
    /// Wire name: `trade_status` (code table [`TradeStatus`](crate::types::TradeStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_status: Option<crate::types::TradeStatus>,
    /// 订单类型 — 订单类型: / 1、网店销售 / 2、线下订单 / 3、售后换货 / 4、批发业务 / 7、现款销售 / 8、分销订单 / 101、自定义类型一 / 102、自定义类型二 / 103、自定义类型三 / 104、自定义类型四 / 105、自定义类型五 / 106、自定义类型六 / 107、自定义类型七 / 108、自定义类型八 / 109、自定义类型九 / 110、自定义类型十 / （与ERP中自定义类型的映射关系 ，点击链接查看） — Trade type: 1 online-shop sale, 2 offline, 3 after-sale exchange, 4 wholesale, 7 cash sale, 8 distribution, 101-110 custom types one to ten (mapped to the ERP's custom types; see the link).
    ///
    /// Wire name: `trade_type` (code table [`TradeType`](crate::types::TradeType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_type: Option<crate::types::TradeType>,
    /// 发货条件 — 发货条件: / 1、款到发货 / 2、货到付款(包含部分货到付款) / 3、分期付款 / 4、挂账 — Delivery terms: 1 pay before shipment, 2 cash on delivery (including partial COD), 3 instalments, 4 on account.
    ///
    /// Wire name: `delivery_term` (code table [`DeliveryTerm`](crate::types::DeliveryTerm)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub delivery_term: Option<crate::types::DeliveryTerm>,
    /// 京东几环 — 京东几环（淘宝模糊化后的买家昵称） — JD ring-road zone (the doc also says: Taobao's masked buyer nickname).
    ///
    /// Wire name: `receiver_ring` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_ring: Option<crate::Personal>,
    /// 冻结原因 — Freeze reason.
    ///
    /// Wire name: `freeze_reason` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub freeze_reason: Option<String>,
    /// 退款状态 — 退款状态: / 0、无退款 / 1、申请退款 / 2、部分退款 / 3、全部退款 — Refund status: 0 no refund, 1 refund requested, 2 partly refunded, 3 fully refunded.
    ///
    /// Wire name: `refund_status` (code table [`TradeRefundStatus`](crate::types::TradeRefundStatus)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub refund_status: Option<crate::types::TradeRefundStatus>,
    /// 分销类别 — 分销类别: / 0、非分销订单 / 1、代销 / 2、经销 — Distribution category: 0 not a distribution trade, 1 consignment, 2 dealership.
    ///
    /// Wire name: `fenxiao_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_type: Option<i32>,
    /// 分销商昵称 — Distributor nickname.
    ///
    /// Wire name: `fenxiao_nick` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_nick: Option<String>,
    /// 下单时间 — 下单时间（毫秒级时间戳，例如：1631861379000） — Order time (millisecond timestamp, e.g. 1631861379000).
    ///
    /// Wire name: `trade_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub trade_time: Option<crate::BeijingTime>,
    /// 付款时间 — 付款时间，例如：2020-10-19 00:00:00 — Payment time, e.g. 2020-10-19 00:00:00.
    ///
    /// Wire name: `pay_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub pay_time: Option<crate::BeijingTime>,
    /// 发货时间 — 发货时间，订单未发货不返回该字段（毫秒级时间戳，例如：1631861379000） — Shipping time, absent while the trade is unshipped (millisecond timestamp, e.g. 1631861379000).
    ///
    /// Wire name: `consign_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub consign_time: Option<crate::BeijingTime>,
    /// 客户网名 — 客户网名（淘宝ouid,淘系平台不返回）, （仅自有平台及线下平台返回，其他平台均不返回） — Customer online name (Taobao ouid; not returned for Taobao-family platforms; returned only for own and offline platforms).
    ///
    /// Wire name: `buyer_nick` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub buyer_nick: Option<crate::Personal>,
    /// 收货人/收件人 — 收货人/收件人, （仅自有平台及线下平台返回，其他平台均不返回） — Consignee / receiver (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_name: Option<crate::Personal>,
    /// 省份id — 省份id，可参考 城市代码表 — Province id; see the city code table.
    ///
    /// Wire name: `receiver_province` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_province: Option<i32>,
    /// 城市id — 城市id，可参考 城市代码表 — City id; see the city code table.
    ///
    /// Wire name: `receiver_city` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_city: Option<i32>,
    /// 地区id — 地区id，可参考 城市代码表 — District id; see the city code table.
    ///
    /// Wire name: `receiver_district` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_district: Option<i32>,
    /// 地址 — 收件人地址, （仅自有平台及线下平台返回，其他平台均不返回） — Receiver address (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_address` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_address: Option<crate::Personal>,
    /// 手机 — 手机,（仅自有平台及线下平台返回，其他平台均不返回） — Mobile (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_mobile` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_mobile: Option<crate::Personal>,
    /// 固话 — 固话, （仅自有平台及线下平台返回，其他平台均不返回） — Landline (returned only for own and offline platforms).
    ///
    /// Wire name: `receiver_telno` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_telno: Option<crate::Personal>,
    /// 邮编 — Postal code.
    ///
    /// Wire name: `receiver_zip` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_zip: Option<crate::Personal>,
    /// 地区 — 省市区空格分隔 — Region: province, city and district separated by spaces.
    ///
    /// Wire name: `receiver_area` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_area: Option<crate::Personal>,
    /// 大头笔 — Big-pen routing code (大头笔).
    ///
    /// Wire name: `receiver_dtb` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receiver_dtb: Option<String>,
    /// 异常订单原因 — 异常订单原因（位运算）: / 2、修改地址 / 4、修改发票 / 8、更换仓库 / 16、修改备注 / 32、更换货品 / 128、拦截赠品 / 256、拦截换货 / 512、买家留言变化 / 1024、拦截平台已发货 — Exception reason (bit flags): 2 address changed, 4 invoice changed, 8 warehouse changed, 16 remark changed, 32 goods replaced, 128 gift intercepted, 256 exchange intercepted, 512 buyer message changed, 1024 intercepted as shipped on the platform.
    ///
    /// Wire name: `bad_reason` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub bad_reason: Option<i32>,
    /// 物流单号 — Logistics number.
    ///
    /// Wire name: `logistics_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_no: Option<String>,
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
    /// 标旗 — 标旗（1 红、2 黄、3 绿、4 蓝、5 紫、6 橙、7 浅蓝、8 浅粉、9 深绿、10 桃红） — Flag colour: 1 red, 2 yellow, 3 green, 4 blue, 5 purple, 6 orange, 7 light blue, 8 light pink, 9 dark green, 10 peach.
    ///
    /// Wire name: `remark_flag` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark_flag: Option<i32>,
    /// 打印备注 — Print remark.
    ///
    /// Wire name: `print_remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub print_remark: Option<String>,
    /// 货品种类数 — Number of goods kinds.
    ///
    /// Wire name: `goods_type_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_type_count: Option<crate::Decimal>,
    /// 货品总量 — Total goods quantity.
    ///
    /// Wire name: `goods_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_count: Option<crate::Decimal>,
    /// 总货款 — 总货款（折前总额） — Total goods payment (total before discount).
    ///
    /// Wire name: `goods_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_amount: Option<crate::Decimal>,
    /// 邮费 — 邮费（买家支付邮费） — Postage (paid by the buyer).
    ///
    /// Wire name: `post_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub post_amount: Option<crate::Decimal>,
    /// 其他费用 — Other fees.
    ///
    /// Wire name: `other_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub other_amount: Option<crate::Decimal>,
    /// 优惠 — Discount.
    ///
    /// Wire name: `discount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub discount: Option<crate::Decimal>,
    /// 应收 — Receivable.
    ///
    /// Wire name: `receivable` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receivable: Option<crate::Decimal>,
    /// COD金额 — COD金额（货到付款金额） — COD amount (cash-on-delivery amount).
    ///
    /// Wire name: `cod_amount` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub cod_amount: Option<crate::Decimal>,
    /// 买家COD费用 — Buyer's COD fee.
    ///
    /// Wire name: `ext_cod_fee` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub ext_cod_fee: Option<crate::Decimal>,
    /// 预估货品成本 — 货品预估成本 — Estimated goods cost.
    ///
    /// Wire name: `goods_cost` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_cost: Option<crate::Decimal>,
    /// 预估邮资成本 — Estimated postage cost.
    ///
    /// Wire name: `post_cost` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub post_cost: Option<crate::Decimal>,
    /// 预估重量 — 预估重量（kg） — Estimated weight (kg).
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 预估毛利 — Estimated gross profit.
    ///
    /// Wire name: `profit` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub profit: Option<crate::Decimal>,
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
    /// 佣金 — Commission.
    ///
    /// Wire name: `commission` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub commission: Option<crate::Decimal>,
    /// 发票类型 — 发票类型: / 0：不需要 / 1：普通发票 / 2：增值税普通发票 / 3：增值税专用发票 — Invoice type: 0 none needed, 1 ordinary invoice, 2 VAT ordinary invoice, 3 VAT special invoice.
    ///
    /// Wire name: `invoice_type` (code table [`InvoiceType`](crate::types::InvoiceType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub invoice_type: Option<crate::types::InvoiceType>,
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
    /// 业务员 — Salesperson.
    ///
    /// Wire name: `salesman_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub salesman_name: Option<String>,
    /// 审核人 — Reviewer.
    ///
    /// Wire name: `checker_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub checker_name: Option<String>,
    /// 财审人 — Finance reviewer.
    ///
    /// Wire name: `fchecker_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fchecker_name: Option<String>,
    /// 签出人 — Checked out by.
    ///
    /// Wire name: `checkouter_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub checkouter_name: Option<String>,
    /// 出库单号 — 出库单号（系统产生的出库单号） — Stock-out order number (generated by the system).
    ///
    /// Wire name: `stockout_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub stockout_no: Option<String>,
    /// 标记名称 — Flag name.
    ///
    /// Wire name: `flag_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_name: Option<String>,
    /// 订单来源 — 订单来源: / 1、API抓单 / 2、手工建单 / 3、导入 / 4、复制订单 / 5、接口推送 / 6、补发订单 / 7、PDA选货开单 / 8、分销补发订单 — Trade source: 1 API download, 2 manual, 3 import, 4 copied trade, 5 API push, 6 reshipment, 7 PDA goods selection, 8 distribution reshipment.
    ///
    /// Wire name: `trade_from` (code table [`TradeFrom`](crate::types::TradeFrom)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_from: Option<crate::types::TradeFrom>,
    /// 货品商家编码 — 货品商家编码,多种货品为空,组合装时为组合装编码 — Goods merchant code; empty for several goods, the suite code for a suite.
    ///
    /// Wire name: `single_spec_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub single_spec_no: Option<String>,
    /// 原始货品数量 — Original goods quantity.
    ///
    /// Wire name: `raw_goods_count` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub raw_goods_count: Option<crate::Decimal>,
    /// 原始货品种类数 — Original number of goods kinds.
    ///
    /// Wire name: `raw_goods_type_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub raw_goods_type_count: Option<i32>,
    /// 币种 — Currency.
    ///
    /// Wire name: `currency` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub currency: Option<String>,
    /// 发票ID — 发票ID(自增生成)，0代表没有发票或已取消/已冲红 — Invoice id (auto-generated); 0 means no invoice, or cancelled / reversed.
    ///
    /// Wire name: `invoice_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub invoice_id: Option<i32>,
    /// 版本号 — Version number.
    ///
    /// Wire name: `version_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub version_id: Option<i32>,
    /// 修改时间 — 修改时间，例如：2020-10-19 00:00:00 — Modification time, e.g. 2020-10-19 00:00:00.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 递交时间 — 递交时间（毫秒级时间戳，例如：1631861379000） — Submission time (millisecond timestamp, e.g. 1631861379000).
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 审核时间 — Review time.
    ///
    /// Wire name: `check_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub check_time: Option<crate::BeijingTime>,
    /// 证件类别 — ID document type.
    ///
    /// Wire name: `id_card_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub id_card_type: Option<i32>,
    /// 店铺编号 — Shop code.
    ///
    /// Wire name: `shop_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_no: Option<String>,
    /// 店铺名称 — Shop name.
    ///
    /// Wire name: `shop_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_name: Option<String>,
    /// 店铺备注 — Shop remark.
    ///
    /// Wire name: `shop_remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub shop_remark: Option<String>,
    /// 仓库编号 — 仓库编号，如订单无仓库的话，则不返回该字段 — Warehouse code; absent when the trade has no warehouse.
    ///
    /// Wire name: `warehouse_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_no: Option<String>,
    /// 客户姓名 — Customer name.
    ///
    /// Wire name: `customer_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_name: Option<crate::Personal>,
    /// 客户编码 — Customer code.
    ///
    /// Wire name: `customer_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_no: Option<String>,
    /// 物流公司名称 — Logistics company name.
    ///
    /// Wire name: `logistics_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_name: Option<String>,
    /// 物流公司编号 — Logistics company code.
    ///
    /// Wire name: `logistics_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_code: Option<String>,
    /// 物流类型 — 物流类型名称 — Logistics type name.
    ///
    /// Wire name: `logistics_type_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_type_name: Option<String>,
    /// 送货时间 — 送货时间,例如：2020-10-19 00:00:00 — Delivery time, e.g. 2020-10-19 00:00:00.
    ///
    /// Wire name: `to_deliver_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub to_deliver_time: Option<crate::BeijingTime>,
    /// 计划发货时间 — Planned shipping time.
    ///
    /// Wire name: `delay_to_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub delay_to_time: Option<crate::BeijingTime>,
    /// 最晚发货时间 — Latest shipping time.
    ///
    /// Wire name: `estimate_consign_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub estimate_consign_time: Option<crate::BeijingTime>,
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
    /// 体积 — Volume.
    ///
    /// Wire name: `volume` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub volume: Option<crate::Decimal>,
    /// 订单标签 — Trade labels.
    ///
    /// Wire name: `trade_label` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_label: Option<String>,
    /// 订单掩码 — 1：使用智选物流 / 2：货品标签 / 4：预订单自动激活失败 / 16：订单货品指定批次 / 32：平台自动流转仓库 / 64：部分发货 / 128：全部发货 / 256：优先占用 / 512：待分配转审核失败或订单审核失败 / 1024：催未付款订单短信发送标记 / 2048：拆分 / 在判断的时候使用&运算 — Trade mask (test with &): 1 smart logistics used, 2 goods labels, 4 pre-order automatic activation failed, 16 batch specified for trade goods, 32 platform automatic-flow warehouse, 64 partly shipped, 128 fully shipped, 256 priority occupation, 512 allocation-to-review or trade review failed, 1024 unpaid-reminder SMS sent, 2048 split.
    ///
    /// Wire name: `trade_mask` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub trade_mask: Option<i32>,
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
    /// 包装 — Packaging.
    ///
    /// Wire name: `package_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub package_name: Option<String>,
    /// 包装id — Packaging id.
    ///
    /// Wire name: `package_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub package_id: Option<i32>,
    /// 包装成本 — 包装成本（计划成本） — Packaging cost (planned cost).
    ///
    /// Wire name: `package_cost` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub package_cost: Option<crate::Decimal>,
    /// 已付 — Paid.
    ///
    /// Wire name: `paid` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub paid: Option<crate::Decimal>,
    /// 大件类型 — 大件类型 / 1：普通套件 / 2：独立套件 / 3：分组单发,未使用 / -1：非单发件 取子单中的最大值 — Large-item type: 1 ordinary set, 2 standalone set, 3 grouped single shipment (unused), -1 not shipped alone; the largest value among the sub-orders.
    ///
    /// Wire name: `large_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub large_type: Option<i32>,
    /// 赠品标记 — 赠品标记 / 0：无标记 / 1：自动赠送 / 2：手工赠送 / 4：回购赠送 / 8：平台赠送 / （注意：如果是3，则表示既有自动赠送也有手工赠送“1+2”） — Gift flags: 0 none, 1 automatic gift, 2 manual gift, 4 repurchase gift, 8 platform gift (3 means both automatic and manual, 1+2).
    ///
    /// Wire name: `gift_mask` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub gift_mask: Option<i32>,
    /// 客户id — Customer id.
    ///
    /// Wire name: `customer_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_id: Option<i32>,
    /// 其他成本 — Other costs.
    ///
    /// Wire name: `other_cost` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub other_cost: Option<crate::Decimal>,
    /// 不可合并拆分 — Cannot be merged or split.
    ///
    /// Wire name: `is_sealed` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_sealed: Option<bool>,
    /// 客户类型 — 客户类型（0：普通客户；1：分销商；2：线下批发） — Customer type: 0 ordinary customer, 1 distributor, 2 offline wholesale.
    ///
    /// Wire name: `customer_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_type: Option<i32>,
    /// 物流公司id — Logistics company id.
    ///
    /// Wire name: `logistics_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub logistics_id: Option<i32>,
    /// 取消原因 — Cancellation reason.
    ///
    /// Wire name: `cancel_reason` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub cancel_reason: Option<String>,
    /// 驳回原因 — Rejection reason.
    ///
    /// Wire name: `revert_reason` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub revert_reason: Option<String>,
    /// 订单标签mask — 订单标签掩码 — Trade label mask.
    ///
    /// Wire name: `new_trade_label` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub new_trade_label: Option<String>,
    /// 分销原始单号 — 分销原始单号（无长度限制） — Distribution original order number (no length limit).
    ///
    /// Wire name: `fenxiao_tid` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_tid: Option<String>,
    /// 客户唯一编码 — Customer unique code.
    ///
    /// Wire name: `customer_unique_id` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub customer_unique_id: Option<String>,
    /// 平台标签 — 平台标签（客户端V1.5.6.8及以上版本返回） — Platform labels (returned from client V1.5.6.8).
    ///
    /// Wire name: `platform_label` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub platform_label: Option<String>,
    /// 分销商编号 — Distributor code.
    ///
    /// Wire name: `fenxiao_nick_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_nick_no: Option<String>,
    /// 预物流同步单号 — Pre-sync logistics number.
    ///
    /// Wire name: `pre_sync_logistics_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pre_sync_logistics_no: Option<String>,
    /// 预物流同步时间 — Pre-sync logistics time.
    ///
    /// Wire name: `pre_sync_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub pre_sync_time: Option<crate::BeijingTime>,
    /// 订单结束时间 — Trade end time.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub end_time: Option<crate::BeijingTime>,
    /// 订单结算时间 — Trade settlement time.
    ///
    /// Wire name: `settle_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub settle_time: Option<crate::BeijingTime>,
    /// 订单明细 — Trade details.
    ///
    /// Wire name: `detail_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub detail_list: Vec<DetailList>,
    /// 订单便签 — Trade notes.
    ///
    /// Wire name: `tasks` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tasks: Option<String>,
    /// 冻结原因id — Freeze reason id.
    ///
    /// Wire name: `freeze_reason_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub freeze_reason_id: Option<i64>,
    /// 标记id — Flag id.
    ///
    /// Wire name: `flag_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_id: Option<i64>,
    /// 订单管理页面内置标记 — Built-in flag of the trade management page.
    ///
    /// Wire name: `warning_flag` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub warning_flag: Option<String>,
    /// 手工建单页面收款账户 — Receiving account on the manual trade creation page.
    ///
    /// Wire name: `receive_account` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receive_account: Option<String>,
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
    /// 单据数据 — 订单相关数据 — Document data: the trades.
    ///
    /// Wire name: `order*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub order: Vec<Order>,
    /// 总数 — 查询条件总单据数 — Total number of documents matching the query.
    ///
    /// Wire name: `total_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_count: Option<i32>,
}
