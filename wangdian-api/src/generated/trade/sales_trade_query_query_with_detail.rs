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
    /// 仓库编号
    ///
    /// Wire name: `warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub warehouse_no: Option<String>,
    /// 订单状态 — 若多个状态则以“，”隔开。 / 订单状态: / 4 线下退款 / 5已取消 / 6 待转预订单(待审核) / 7 待转已完成 / 10未付款 / 12待尾款 / 15等未付 / 16延时审核 / 19预订单前处理 / 20 审核前处理 / 21自流转待发货 / 23 异常订单 / 24 换货预订单 / 25 待处理预订单 / 27待分配预订单 / 30待客审 / 35待财审 / 40审核中 / 55已审核 / 95已发货 / 96 成本确认（待录入计划成本，订单结算时有货品无计划成本） / 101 已过账 / 110已完成 — Comma-separated trade-status codes (a malformed list gives 状态应该是由逗号分隔开的整数数组).
    ///
    /// Wire name: `status` (text).
    /// At most 255 characters (checked before sending).
    pub status: Option<String>,
    /// 订单编号
    ///
    /// Wire name: `trade_no` (text).
    /// At most 40 characters (checked before sending).
    pub trade_no: Option<String>,
    /// 店铺编号 — 店铺编号（暂不支持批量查询） — One shop number (no batch query).
    ///
    /// Wire name: `shop_no` (text).
    /// At most 20 characters (checked before sending).
    pub shop_no: Option<String>,
    /// 物流单号 — 物流单号，（V1.4.9.9版本以上支持按照物流单号查询不传入时间范围）
    ///
    /// Wire name: `logistics_no` (text).
    /// At most 40 characters (checked before sending).
    pub logistics_no: Option<String>,
    /// 原始单号 — 原始单号, 多个原始单号之间使用英文逗号分隔 — One or more raw (platform) trade numbers, comma-separated; the doc's length 40 is that of one number, so the length is not checked.
    ///
    /// Wire name: `src_tid` (text).
    pub src_tid: Option<String>,
    /// 是否使用从库查询 — 使用：true 不使用：false / （仅对开通从库配置客户生效）
    ///
    /// Wire name: `is_slave` (`true` / `false`).
    pub is_slave: Option<bool>,
    /// 是否计算分摊邮费 — 是否计算分摊邮费 / 默认false / 计算：true / 不计算：false
    ///
    /// Wire name: `cal_share_post_amount` (`true` / `false`).
    pub cal_share_post_amount: Option<bool>,
    /// 订单来源 — 订单来源 / 1、API抓单 / 2、手工建单 / 3、导入 / 4、复制订单 / 5、接口推送 / 6、补发订单 / 7、PDA选货开单 / 8、分销补发订单
    ///
    /// Wire name: `trade_from` (text).
    /// At most 40 characters (checked before sending).
    pub trade_from: Option<String>,
    /// 排序类型 — 0：默认排序 / 1：修改时间降序
    ///
    /// Wire name: `order_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub order_type: Option<i32>,
    /// 时间类型 — 1：修改时间 / 2：付款时间 / 3：下单时间 / 默认1
    ///
    /// Wire name: `time_type` (integer).
    /// Allowed values (checked before sending): `1`, `2`, `3`.
    pub time_type: Option<i32>,
    /// 是否返回赠品关联关系 — 0：不返回 / 1：返回 / 默认1
    ///
    /// Wire name: `need_gift_relation` (`true` / `false`).
    pub need_gift_relation: Option<bool>,
    /// 是否强制指定src_tid精准查询 — 0：否 / 1：是 / 默认0
    ///
    /// Wire name: `accurate_query` (`true` / `false`).
    pub accurate_query: Option<bool>,
    /// 是否截取物流单号 — 0：不截取 / 1：截取 / 默认0
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

    /// 仓库编号
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

    /// 订单编号
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

    /// 物流单号 — 物流单号，（V1.4.9.9版本以上支持按照物流单号查询不传入时间范围）
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

    /// 是否使用从库查询 — 使用：true 不使用：false / （仅对开通从库配置客户生效）
    ///
    /// Wire name: `is_slave` (`true` / `false`).
    pub fn is_slave(mut self, is_slave: bool) -> Self {
        self.is_slave = Some(is_slave);
        self
    }

    /// 是否计算分摊邮费 — 是否计算分摊邮费 / 默认false / 计算：true / 不计算：false
    ///
    /// Wire name: `cal_share_post_amount` (`true` / `false`).
    pub fn cal_share_post_amount(mut self, cal_share_post_amount: bool) -> Self {
        self.cal_share_post_amount = Some(cal_share_post_amount);
        self
    }

    /// 订单来源 — 订单来源 / 1、API抓单 / 2、手工建单 / 3、导入 / 4、复制订单 / 5、接口推送 / 6、补发订单 / 7、PDA选货开单 / 8、分销补发订单
    ///
    /// Wire name: `trade_from` (text).
    /// At most 40 characters (checked before sending).
    pub fn trade_from(mut self, trade_from: impl Into<String>) -> Self {
        self.trade_from = Some(trade_from.into());
        self
    }

    /// 排序类型 — 0：默认排序 / 1：修改时间降序
    ///
    /// Wire name: `order_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`.
    pub fn order_type(mut self, order_type: i32) -> Self {
        self.order_type = Some(order_type);
        self
    }

    /// 时间类型 — 1：修改时间 / 2：付款时间 / 3：下单时间 / 默认1
    ///
    /// Wire name: `time_type` (integer).
    /// Allowed values (checked before sending): `1`, `2`, `3`.
    pub fn time_type(mut self, time_type: i32) -> Self {
        self.time_type = Some(time_type);
        self
    }

    /// 是否返回赠品关联关系 — 0：不返回 / 1：返回 / 默认1
    ///
    /// Wire name: `need_gift_relation` (`true` / `false`).
    pub fn need_gift_relation(mut self, need_gift_relation: bool) -> Self {
        self.need_gift_relation = Some(need_gift_relation);
        self
    }

    /// 是否强制指定src_tid精准查询 — 0：否 / 1：是 / 默认0
    ///
    /// Wire name: `accurate_query` (`true` / `false`).
    pub fn accurate_query(mut self, accurate_query: bool) -> Self {
        self.accurate_query = Some(accurate_query);
        self
    }

    /// 是否截取物流单号 — 0：不截取 / 1：截取 / 默认0
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
        crate::decode::typed(METHOD, body)
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
#[derive(Debug, Clone, PartialEq, serde::Deserialize, Default)]
#[non_exhaustive]
pub struct Response {
    /// 单据数据
    ///
    /// Wire name: `data`.
    #[serde(rename = "data", default)]
    pub data: Option<Data>,
}

/// 订单明细
///
/// JSON key `detail_list`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, Default)]
#[non_exhaustive]
pub struct DetailList {
    /// 订单唯一键
    ///
    /// Wire name: `trade_id` (integer).
    #[serde(rename = "trade_id", default, deserialize_with = "crate::json::de::opt")]
    pub trade_id: Option<i64>,
    /// 订单明细唯一键
    ///
    /// Wire name: `rec_id` (integer).
    #[serde(rename = "rec_id", default, deserialize_with = "crate::json::de::opt")]
    pub rec_id: Option<i64>,
    /// 平台ID
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(rename = "platform_id", default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 原始子单号
    ///
    /// Wire name: `src_oid` (text).
    #[serde(rename = "src_oid", default, deserialize_with = "crate::json::de::opt")]
    pub src_oid: Option<String>,
    /// 原始单号
    ///
    /// Wire name: `src_tid` (text).
    #[serde(rename = "src_tid", default, deserialize_with = "crate::json::de::opt")]
    pub src_tid: Option<String>,
    /// 赠品方式 — 赠品方式 / 0非赠品 / 1自动赠送 / 2手工赠送 / 4周期购赠送 / 8平台赠送 / 32阶梯满赠 / 64CRM追加赠送 / 65 主品 （1.5.7.0版本前主品枚举值为128）
    ///
    /// Wire name: `gift_type` (integer).
    #[serde(rename = "gift_type", default, deserialize_with = "crate::json::de::opt")]
    pub gift_type: Option<i32>,
    /// 支付状态 — 0:未付款 1:部分付款 2:已付款（原始订单的支付状态）
    ///
    /// Wire name: `pay_status` (integer).
    #[serde(rename = "pay_status", default, deserialize_with = "crate::json::de::opt")]
    pub pay_status: Option<i32>,
    /// 退款状态 — 退款状态: / 0、无退款 / 1、取消退款 / 2、申请退款 / 3、待退款 / 4、待还原 / 5、退款成功 / 6、已退（未付款关闭，未付款的取消了）
    ///
    /// Wire name: `refund_status` (integer).
    #[serde(
        rename = "refund_status",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub refund_status: Option<i32>,
    /// 退款模式 — 退款模式: / 1、担保 / 2、非担保 / 3、在线非担保
    ///
    /// Wire name: `guarantee_mode` (integer).
    #[serde(
        rename = "guarantee_mode",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub guarantee_mode: Option<i32>,
    /// 子单平台状态 — 如果没有对应的原始单明细,则返回0. / 平台状态: / 10、未确认 / 20、待尾款 / 30、待发货 / 40、部分发货 / 50、已发货 / 60、已签收 / 70、已完成 / 80、已退款 / 90、已关闭
    ///
    /// Wire name: `platform_status` (code table [`PlatformStatus`](crate::types::PlatformStatus)).
    #[serde(
        rename = "platform_status",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub platform_status: Option<crate::types::PlatformStatus>,
    /// 发货条件 — 发货条件:1、款到发货 2、货到付款(包含部分货到付款) / 3、分期付款
    ///
    /// Wire name: `delivery_term` (integer).
    #[serde(
        rename = "delivery_term",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub delivery_term: Option<i32>,
    /// 数量
    ///
    /// Wire name: `num` (decimal yuan).
    #[serde(rename = "num", default, deserialize_with = "crate::json::de::opt")]
    pub num: Option<crate::Decimal>,
    /// 标价 — 标价，手工新建时使用货品属性中的“零售价”
    ///
    /// Wire name: `price` (decimal yuan).
    #[serde(rename = "price", default, deserialize_with = "crate::json::de::opt")]
    pub price: Option<crate::Decimal>,
    /// 售后退款数量
    ///
    /// Wire name: `refund_num` (decimal yuan).
    #[serde(rename = "refund_num", default, deserialize_with = "crate::json::de::opt")]
    pub refund_num: Option<crate::Decimal>,
    /// 成交价 — 成交价,原始单折扣及分摊之后的价格
    ///
    /// Wire name: `order_price` (decimal yuan).
    #[serde(rename = "order_price", default, deserialize_with = "crate::json::de::opt")]
    pub order_price: Option<crate::Decimal>,
    /// 分摊后价格 — 分摊后价格，进入ERP后再次调整的价格，默认值与order_price一致
    ///
    /// Wire name: `share_price` (decimal yuan).
    #[serde(rename = "share_price", default, deserialize_with = "crate::json::de::opt")]
    pub share_price: Option<crate::Decimal>,
    /// 手工调整价 — 手工调整价,正数为加价,负数为减价,暂未处理
    ///
    /// Wire name: `adjust` (decimal yuan).
    #[serde(rename = "adjust", default, deserialize_with = "crate::json::de::opt")]
    pub adjust: Option<crate::Decimal>,
    /// 优惠
    ///
    /// Wire name: `discount` (decimal yuan).
    #[serde(rename = "discount", default, deserialize_with = "crate::json::de::opt")]
    pub discount: Option<crate::Decimal>,
    /// 分摊后总价
    ///
    /// Wire name: `share_amount` (decimal yuan).
    #[serde(rename = "share_amount", default, deserialize_with = "crate::json::de::opt")]
    pub share_amount: Option<crate::Decimal>,
    /// 税率
    ///
    /// Wire name: `tax_rate` (decimal yuan).
    #[serde(rename = "tax_rate", default, deserialize_with = "crate::json::de::opt")]
    pub tax_rate: Option<crate::Decimal>,
    /// 货品名称
    ///
    /// Wire name: `goods_name` (text).
    #[serde(rename = "goods_name", default, deserialize_with = "crate::json::de::opt")]
    pub goods_name: Option<String>,
    /// 货品编号
    ///
    /// Wire name: `goods_no` (text).
    #[serde(rename = "goods_no", default, deserialize_with = "crate::json::de::opt")]
    pub goods_no: Option<String>,
    /// 规格名称
    ///
    /// Wire name: `spec_name` (text).
    #[serde(rename = "spec_name", default, deserialize_with = "crate::json::de::opt")]
    pub spec_name: Option<String>,
    /// 商家编码
    ///
    /// Wire name: `spec_no` (text).
    #[serde(rename = "spec_no", default, deserialize_with = "crate::json::de::opt")]
    pub spec_no: Option<String>,
    /// 规格码
    ///
    /// Wire name: `spec_code` (text).
    #[serde(rename = "spec_code", default, deserialize_with = "crate::json::de::opt")]
    pub spec_code: Option<String>,
    /// 组合装编码
    ///
    /// Wire name: `suite_no` (text).
    #[serde(rename = "suite_no", default, deserialize_with = "crate::json::de::opt")]
    pub suite_no: Option<String>,
    /// 组合装名称 — 如果是组合装拆分的，此为组合装名称
    ///
    /// Wire name: `suite_name` (text).
    #[serde(rename = "suite_name", default, deserialize_with = "crate::json::de::opt")]
    pub suite_name: Option<String>,
    /// 组合装数量 — 组合装数量,不受拆分合并影响
    ///
    /// Wire name: `suite_num` (decimal yuan).
    #[serde(rename = "suite_num", default, deserialize_with = "crate::json::de::opt")]
    pub suite_num: Option<crate::Decimal>,
    /// 组合装分摊后总价
    ///
    /// Wire name: `suite_amount` (decimal yuan).
    #[serde(rename = "suite_amount", default, deserialize_with = "crate::json::de::opt")]
    pub suite_amount: Option<crate::Decimal>,
    /// 组合装优惠
    ///
    /// Wire name: `suite_discount` (decimal yuan).
    #[serde(
        rename = "suite_discount",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub suite_discount: Option<crate::Decimal>,
    /// 平台货品名称
    ///
    /// Wire name: `api_goods_name` (text).
    #[serde(
        rename = "api_goods_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub api_goods_name: Option<String>,
    /// 平台规格名称
    ///
    /// Wire name: `api_spec_name` (text).
    #[serde(
        rename = "api_spec_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub api_spec_name: Option<String>,
    /// 平台货品id
    ///
    /// Wire name: `api_goods_id` (text).
    #[serde(rename = "api_goods_id", default, deserialize_with = "crate::json::de::opt")]
    pub api_goods_id: Option<String>,
    /// 平台规格id
    ///
    /// Wire name: `api_spec_id` (text).
    #[serde(rename = "api_spec_id", default, deserialize_with = "crate::json::de::opt")]
    pub api_spec_id: Option<String>,
    /// 货品id — 货品id（系统货品主键）
    ///
    /// Wire name: `goods_id` (integer).
    #[serde(rename = "goods_id", default, deserialize_with = "crate::json::de::opt")]
    pub goods_id: Option<i32>,
    /// 单品id — 单品id(系统单品主键)
    ///
    /// Wire name: `spec_id` (integer).
    #[serde(rename = "spec_id", default, deserialize_with = "crate::json::de::opt")]
    pub spec_id: Option<i32>,
    /// 佣金
    ///
    /// Wire name: `commission` (decimal yuan).
    #[serde(rename = "commission", default, deserialize_with = "crate::json::de::opt")]
    pub commission: Option<crate::Decimal>,
    /// 货品类型 — 货品类型: / 0：其它 / 1：销售货品 / 2：原材料 / 3：包装物 / 4：周转材料 / 5：虚拟商品 / 6：固定资产 / 8：分装箱
    ///
    /// Wire name: `goods_type` (code table [`GoodsType`](crate::types::GoodsType)).
    #[serde(rename = "goods_type", default, deserialize_with = "crate::json::de::opt")]
    pub goods_type: Option<crate::types::GoodsType>,
    /// 订单内部来源 — 订单内部来源: / 0：无来源 / 1：手机 / 2：聚划算 / 32：开具电子发票 / 2048：当日达 / 4096：次日达 / 8192：承诺时效 / 2097152：区域零售 / 4194304：拼多多厂家代打 / 8388608：周期购 / 1048576：预售单 / 33554432：前N有礼 / 524288：天猫物流升级 / 64：按需配送 / 256：承诺结构化/QIC / 16384：商仓鸟配
    ///
    /// Wire name: `from_mask` (integer).
    #[serde(rename = "from_mask", default, deserialize_with = "crate::json::de::opt")]
    pub from_mask: Option<i32>,
    /// 订单内部来源扩展 — 订单内部来源: / 2：小时达订单 / 4：自选物流 / 16：国补订单
    ///
    /// Wire name: `from_mask_ext` (integer).
    #[serde(
        rename = "from_mask_ext",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub from_mask_ext: Option<i32>,
    /// 子单备注
    ///
    /// Wire name: `remark` (text).
    #[serde(rename = "remark", default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 修改时间 — 修改时间（毫秒级时间戳，例如：1631861379000）
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "modified",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub modified: Option<crate::BeijingTime>,
    /// 创建时间 — 创建时间（毫秒级时间戳，例如：1631861379000）
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(rename = "created", default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 单品自定义属性1
    ///
    /// Wire name: `prop1` (text).
    #[serde(rename = "prop1", default, deserialize_with = "crate::json::de::opt")]
    pub prop1: Option<String>,
    /// 单品自定义属性2
    ///
    /// Wire name: `prop2` (text).
    #[serde(rename = "prop2", default, deserialize_with = "crate::json::de::opt")]
    pub prop2: Option<String>,
    /// 单品自定义属性3
    ///
    /// Wire name: `prop3` (text).
    #[serde(rename = "prop3", default, deserialize_with = "crate::json::de::opt")]
    pub prop3: Option<String>,
    /// 单品自定义属性4
    ///
    /// Wire name: `prop4` (text).
    #[serde(rename = "prop4", default, deserialize_with = "crate::json::de::opt")]
    pub prop4: Option<String>,
    /// 单品自定义属性5
    ///
    /// Wire name: `prop5` (text).
    #[serde(rename = "prop5", default, deserialize_with = "crate::json::de::opt")]
    pub prop5: Option<String>,
    /// 单品自定义属性6
    ///
    /// Wire name: `prop6` (text).
    #[serde(rename = "prop6", default, deserialize_with = "crate::json::de::opt")]
    pub prop6: Option<String>,
    /// 货品重量 — 货品重量（子单预估货品总重量）
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(rename = "weight", default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 图片路径
    ///
    /// Wire name: `img_url` (text).
    #[serde(rename = "img_url", default, deserialize_with = "crate::json::de::opt")]
    pub img_url: Option<String>,
    /// 实发数量 — 实发数量（此数量为发货数量,删除操作等于将此值设置为0）
    ///
    /// Wire name: `actual_num` (decimal yuan).
    #[serde(rename = "actual_num", default, deserialize_with = "crate::json::de::opt")]
    pub actual_num: Option<crate::Decimal>,
    /// 条码
    ///
    /// Wire name: `barcode` (text).
    #[serde(rename = "barcode", default, deserialize_with = "crate::json::de::opt")]
    pub barcode: Option<String>,
    /// 已付
    ///
    /// Wire name: `paid` (decimal yuan).
    #[serde(rename = "paid", default, deserialize_with = "crate::json::de::opt")]
    pub paid: Option<crate::Decimal>,
    /// 组合装id
    ///
    /// Wire name: `suite_id` (integer).
    #[serde(rename = "suite_id", default, deserialize_with = "crate::json::de::opt")]
    pub suite_id: Option<i32>,
    /// bind_oid
    ///
    /// Wire name: `bind_oid` (text).
    #[serde(rename = "bind_oid", default, deserialize_with = "crate::json::de::opt")]
    pub bind_oid: Option<String>,
    /// 打印组合装 — 打印组合装 / 0：组合装明细 / 1：组合装及明细 / 2：组合装
    ///
    /// Wire name: `print_suite_mode` (integer).
    #[serde(
        rename = "print_suite_mode",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub print_suite_mode: Option<i32>,
    /// 天猫物流升级信息 — 1：天猫物流升级-顺丰配送 / 2：需要回传 / 4：天猫物流升级-按需配送 / 8：天猫物流升级-承诺发货时效 / 16：天猫物流升级-承诺达时效 / 32：天猫物流升级-预售下沉 / 64：天猫物流升级-预计到货时效 / 128：天猫物流升级-配送线路异常 / 1024：定金链接 / 2048：补款链接 / 4096：确认收货 / （mask类型值. 在判断的时候使用&运算）
    ///
    /// Wire name: `flag` (integer).
    #[serde(rename = "flag", default, deserialize_with = "crate::json::de::opt")]
    pub flag: Option<i32>,
    /// 库存保留情况 — 库存保留情况 / 0：未保留（取消的订单或完成） / 1：无库存记录 / 2：未付款 / 3：已保留待审核 / 4：待发货 / 5：预订单库存
    ///
    /// Wire name: `stock_state` (integer).
    #[serde(rename = "stock_state", default, deserialize_with = "crate::json::de::opt")]
    pub stock_state: Option<i32>,
    /// 平台已发货
    ///
    /// Wire name: `is_consigned` (`true` / `false`).
    #[serde(
        rename = "is_consigned",
        default,
        deserialize_with = "crate::json::de::opt_bool"
    )]
    pub is_consigned: Option<bool>,
    /// 是否付款
    ///
    /// Wire name: `is_received` (integer).
    #[serde(rename = "is_received", default, deserialize_with = "crate::json::de::opt")]
    pub is_received: Option<i32>,
    /// 平台类目主键
    ///
    /// Wire name: `cid` (integer).
    #[serde(rename = "cid", default, deserialize_with = "crate::json::de::opt")]
    pub cid: Option<i32>,
    /// 最后更新时间 — 最后更新时间，DateTime格式
    ///
    /// Wire name: `modified_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "modified_date",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub modified_date: Option<crate::BeijingTime>,
    /// 创建时间 — 创建时间，DateTime格式
    ///
    /// Wire name: `created_date` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "created_date",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub created_date: Option<crate::BeijingTime>,
    /// 分摊邮费
    ///
    /// Wire name: `share_post_price` (decimal yuan).
    #[serde(
        rename = "share_post_price",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub share_post_price: Option<crate::Decimal>,
    /// 发票内容
    ///
    /// Wire name: `invoice_content` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "invoice_content",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub invoice_content: Option<crate::Personal>,
    /// 支付时间 — 支付时间，DateTime格式，取自原始订单支付时间
    ///
    /// Wire name: `pay_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "pay_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub pay_time: Option<crate::BeijingTime>,
    /// 货品简称
    ///
    /// Wire name: `short_name` (text).
    #[serde(rename = "short_name", default, deserialize_with = "crate::json::de::opt")]
    pub short_name: Option<String>,
    /// 赠品关联关系 — 赠品关联关系 返回执行的策略编号和名称
    ///
    /// Wire name: `goods_gift_relation` (text).
    #[serde(
        rename = "goods_gift_relation",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub goods_gift_relation: Option<String>,
    /// 成本价
    ///
    /// Wire name: `avg_cost` (decimal yuan).
    #[serde(rename = "avg_cost", default, deserialize_with = "crate::json::de::opt")]
    pub avg_cost: Option<crate::Decimal>,
    /// 已占用库存
    ///
    /// Wire name: `reserve_num` (decimal yuan).
    #[serde(rename = "reserve_num", default, deserialize_with = "crate::json::de::opt")]
    pub reserve_num: Option<crate::Decimal>,
    /// 分类名称
    ///
    /// Wire name: `class_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(rename = "class_name", default, deserialize_with = "crate::json::de::opt")]
    pub class_name: Option<String>,
    /// 基本单位id
    ///
    /// Wire name: `base_unit_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(rename = "base_unit_id", default, deserialize_with = "crate::json::de::opt")]
    pub base_unit_id: Option<i64>,
    /// 基本单位名称
    ///
    /// Wire name: `base_unit_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(
        rename = "base_unit_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub base_unit_name: Option<String>,
    /// 分销商id
    ///
    /// Wire name: `fenxiao_rec_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(
        rename = "fenxiao_rec_id",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub fenxiao_rec_id: Option<i64>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `post_amount` (decimal yuan).
    /// Certainty: \[solid\] S1 example.
    #[serde(rename = "post_amount", default, deserialize_with = "crate::json::de::opt")]
    pub post_amount: Option<crate::Decimal>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `tid` (text).
    /// Certainty: \[solid\] S1 example.
    #[serde(rename = "tid", default, deserialize_with = "crate::json::de::opt")]
    pub tid: Option<String>,
}

/// 单据数据 — 订单相关数据
///
/// JSON key `order`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, Default)]
#[non_exhaustive]
pub struct Order {
    /// 订单唯一键
    ///
    /// Wire name: `trade_id` (integer).
    #[serde(rename = "trade_id", default, deserialize_with = "crate::json::de::opt")]
    pub trade_id: Option<i64>,
    /// 订单编号 — 订单编号（旺店通系统订单号）
    ///
    /// Wire name: `trade_no` (text).
    #[serde(rename = "trade_no", default, deserialize_with = "crate::json::de::opt")]
    pub trade_no: Option<String>,
    /// 平台ID — 平台ID（请点击平台代码表 查看对应关系）
    ///
    /// Wire name: `platform_id` (integer).
    #[serde(rename = "platform_id", default, deserialize_with = "crate::json::de::opt")]
    pub platform_id: Option<i32>,
    /// 仓库类型 — 仓库类型: / 1、普通仓库,大于1为委外仓库(如京东仓储,物流宝等)，如订单无仓库的话，则不返回该字段
    ///
    /// Wire name: `warehouse_type` (integer).
    #[serde(
        rename = "warehouse_type",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub warehouse_type: Option<i32>,
    /// 原始单号 — 原始单号（平台订单号），如果有多个，以","分隔，且以增序排列,不重复,过长将被裁剪
    ///
    /// Wire name: `src_tids` (text).
    #[serde(rename = "src_tids", default, deserialize_with = "crate::json::de::opt")]
    pub src_tids: Option<String>,
    /// 平台支付帐号 — 平台支付帐号, （仅自有平台及线下平台返回，其他平台均不返回）
    ///
    /// Wire name: `pay_account` (text; buyer personal data, redacted in `Debug`).
    #[serde(rename = "pay_account", default, deserialize_with = "crate::json::de::opt")]
    pub pay_account: Option<crate::Personal>,
    /// 订单状态 — 订单状态: / 4 线下退款 / 5已取消 / 6 待转预订单(待审核) / 7 待转已完成 / 10未付款 / 12待尾款 / 15等未付 / 16延时审核 / 19预订单前处理 / 20 审核前处理 / 21自流转待发货 / 23 异常订单 / 24 换货预订单 / 25 待处理预订单 / 27待分配预订单 / 30待客审 / 35待财审 / 40审核中 / 55已审核 / 95已发货 / 96 成本确认（待录入计划成本，订单结算时有货品无计划成本） / 101 已过账 / 110已完成
    ///
    /// Wire name: `trade_status` (code table [`TradeStatus`](crate::types::TradeStatus)).
    #[serde(rename = "trade_status", default, deserialize_with = "crate::json::de::opt")]
    pub trade_status: Option<crate::types::TradeStatus>,
    /// 订单类型 — 订单类型: / 1、网店销售 / 2、线下订单 / 3、售后换货 / 4、批发业务 / 7、现款销售 / 8、分销订单 / 101、自定义类型一 / 102、自定义类型二 / 103、自定义类型三 / 104、自定义类型四 / 105、自定义类型五 / 106、自定义类型六 / 107、自定义类型七 / 108、自定义类型八 / 109、自定义类型九 / 110、自定义类型十 / （与ERP中自定义类型的映射关系 ，点击链接查看）
    ///
    /// Wire name: `trade_type` (code table [`TradeType`](crate::types::TradeType)).
    #[serde(rename = "trade_type", default, deserialize_with = "crate::json::de::opt")]
    pub trade_type: Option<crate::types::TradeType>,
    /// 发货条件 — 发货条件: / 1、款到发货 / 2、货到付款(包含部分货到付款) / 3、分期付款 / 4、挂账
    ///
    /// Wire name: `delivery_term` (code table [`DeliveryTerm`](crate::types::DeliveryTerm)).
    #[serde(
        rename = "delivery_term",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub delivery_term: Option<crate::types::DeliveryTerm>,
    /// 京东几环 — 京东几环（淘宝模糊化后的买家昵称）
    ///
    /// Wire name: `receiver_ring` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "receiver_ring",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receiver_ring: Option<crate::Personal>,
    /// 冻结原因
    ///
    /// Wire name: `freeze_reason` (text).
    #[serde(
        rename = "freeze_reason",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub freeze_reason: Option<String>,
    /// 退款状态 — 退款状态: / 0、无退款 / 1、申请退款 / 2、部分退款 / 3、全部退款
    ///
    /// Wire name: `refund_status` (code table [`TradeRefundStatus`](crate::types::TradeRefundStatus)).
    #[serde(
        rename = "refund_status",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub refund_status: Option<crate::types::TradeRefundStatus>,
    /// 分销类别 — 分销类别: / 0、非分销订单 / 1、代销 / 2、经销
    ///
    /// Wire name: `fenxiao_type` (integer).
    #[serde(rename = "fenxiao_type", default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_type: Option<i32>,
    /// 分销商昵称
    ///
    /// Wire name: `fenxiao_nick` (text).
    #[serde(rename = "fenxiao_nick", default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_nick: Option<String>,
    /// 下单时间 — 下单时间（毫秒级时间戳，例如：1631861379000）
    ///
    /// Wire name: `trade_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "trade_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub trade_time: Option<crate::BeijingTime>,
    /// 付款时间 — 付款时间，例如：2020-10-19 00:00:00
    ///
    /// Wire name: `pay_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "pay_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub pay_time: Option<crate::BeijingTime>,
    /// 发货时间 — 发货时间，订单未发货不返回该字段（毫秒级时间戳，例如：1631861379000）
    ///
    /// Wire name: `consign_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "consign_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub consign_time: Option<crate::BeijingTime>,
    /// 客户网名 — 客户网名（淘宝ouid,淘系平台不返回）, （仅自有平台及线下平台返回，其他平台均不返回）
    ///
    /// Wire name: `buyer_nick` (text; buyer personal data, redacted in `Debug`).
    #[serde(rename = "buyer_nick", default, deserialize_with = "crate::json::de::opt")]
    pub buyer_nick: Option<crate::Personal>,
    /// 收货人/收件人 — 收货人/收件人, （仅自有平台及线下平台返回，其他平台均不返回）
    ///
    /// Wire name: `receiver_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "receiver_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receiver_name: Option<crate::Personal>,
    /// 省份id — 省份id，可参考 城市代码表
    ///
    /// Wire name: `receiver_province` (integer).
    #[serde(
        rename = "receiver_province",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receiver_province: Option<i32>,
    /// 城市id — 城市id，可参考 城市代码表
    ///
    /// Wire name: `receiver_city` (integer).
    #[serde(
        rename = "receiver_city",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receiver_city: Option<i32>,
    /// 地区id — 地区id，可参考 城市代码表
    ///
    /// Wire name: `receiver_district` (integer).
    #[serde(
        rename = "receiver_district",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receiver_district: Option<i32>,
    /// 地址 — 收件人地址, （仅自有平台及线下平台返回，其他平台均不返回）
    ///
    /// Wire name: `receiver_address` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "receiver_address",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receiver_address: Option<crate::Personal>,
    /// 手机 — 手机,（仅自有平台及线下平台返回，其他平台均不返回）
    ///
    /// Wire name: `receiver_mobile` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "receiver_mobile",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receiver_mobile: Option<crate::Personal>,
    /// 固话 — 固话, （仅自有平台及线下平台返回，其他平台均不返回）
    ///
    /// Wire name: `receiver_telno` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "receiver_telno",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receiver_telno: Option<crate::Personal>,
    /// 邮编
    ///
    /// Wire name: `receiver_zip` (text; buyer personal data, redacted in `Debug`).
    #[serde(rename = "receiver_zip", default, deserialize_with = "crate::json::de::opt")]
    pub receiver_zip: Option<crate::Personal>,
    /// 地区 — 省市区空格分隔
    ///
    /// Wire name: `receiver_area` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "receiver_area",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receiver_area: Option<crate::Personal>,
    /// 大头笔
    ///
    /// Wire name: `receiver_dtb` (text).
    #[serde(rename = "receiver_dtb", default, deserialize_with = "crate::json::de::opt")]
    pub receiver_dtb: Option<String>,
    /// 异常订单原因 — 异常订单原因（位运算）: / 2、修改地址 / 4、修改发票 / 8、更换仓库 / 16、修改备注 / 32、更换货品 / 128、拦截赠品 / 256、拦截换货 / 512、买家留言变化 / 1024、拦截平台已发货
    ///
    /// Wire name: `bad_reason` (integer).
    #[serde(rename = "bad_reason", default, deserialize_with = "crate::json::de::opt")]
    pub bad_reason: Option<i32>,
    /// 物流单号
    ///
    /// Wire name: `logistics_no` (text).
    #[serde(rename = "logistics_no", default, deserialize_with = "crate::json::de::opt")]
    pub logistics_no: Option<String>,
    /// 买家留言
    ///
    /// Wire name: `buyer_message` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "buyer_message",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub buyer_message: Option<crate::Personal>,
    /// 客服备注
    ///
    /// Wire name: `cs_remark` (text).
    #[serde(rename = "cs_remark", default, deserialize_with = "crate::json::de::opt")]
    pub cs_remark: Option<String>,
    /// 标旗 — 标旗（1 红、2 黄、3 绿、4 蓝、5 紫、6 橙、7 浅蓝、8 浅粉、9 深绿、10 桃红）
    ///
    /// Wire name: `remark_flag` (integer).
    #[serde(rename = "remark_flag", default, deserialize_with = "crate::json::de::opt")]
    pub remark_flag: Option<i32>,
    /// 打印备注
    ///
    /// Wire name: `print_remark` (text).
    #[serde(rename = "print_remark", default, deserialize_with = "crate::json::de::opt")]
    pub print_remark: Option<String>,
    /// 货品种类数
    ///
    /// Wire name: `goods_type_count` (decimal yuan).
    #[serde(
        rename = "goods_type_count",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub goods_type_count: Option<crate::Decimal>,
    /// 货品总量
    ///
    /// Wire name: `goods_count` (decimal yuan).
    #[serde(rename = "goods_count", default, deserialize_with = "crate::json::de::opt")]
    pub goods_count: Option<crate::Decimal>,
    /// 总货款 — 总货款（折前总额）
    ///
    /// Wire name: `goods_amount` (decimal yuan).
    #[serde(rename = "goods_amount", default, deserialize_with = "crate::json::de::opt")]
    pub goods_amount: Option<crate::Decimal>,
    /// 邮费 — 邮费（买家支付邮费）
    ///
    /// Wire name: `post_amount` (decimal yuan).
    #[serde(rename = "post_amount", default, deserialize_with = "crate::json::de::opt")]
    pub post_amount: Option<crate::Decimal>,
    /// 其他费用
    ///
    /// Wire name: `other_amount` (decimal yuan).
    #[serde(rename = "other_amount", default, deserialize_with = "crate::json::de::opt")]
    pub other_amount: Option<crate::Decimal>,
    /// 优惠
    ///
    /// Wire name: `discount` (decimal yuan).
    #[serde(rename = "discount", default, deserialize_with = "crate::json::de::opt")]
    pub discount: Option<crate::Decimal>,
    /// 应收
    ///
    /// Wire name: `receivable` (decimal yuan).
    #[serde(rename = "receivable", default, deserialize_with = "crate::json::de::opt")]
    pub receivable: Option<crate::Decimal>,
    /// COD金额 — COD金额（货到付款金额）
    ///
    /// Wire name: `cod_amount` (decimal yuan).
    #[serde(rename = "cod_amount", default, deserialize_with = "crate::json::de::opt")]
    pub cod_amount: Option<crate::Decimal>,
    /// 买家COD费用
    ///
    /// Wire name: `ext_cod_fee` (decimal yuan).
    #[serde(rename = "ext_cod_fee", default, deserialize_with = "crate::json::de::opt")]
    pub ext_cod_fee: Option<crate::Decimal>,
    /// 预估货品成本 — 货品预估成本
    ///
    /// Wire name: `goods_cost` (decimal yuan).
    #[serde(rename = "goods_cost", default, deserialize_with = "crate::json::de::opt")]
    pub goods_cost: Option<crate::Decimal>,
    /// 预估邮资成本
    ///
    /// Wire name: `post_cost` (decimal yuan).
    #[serde(rename = "post_cost", default, deserialize_with = "crate::json::de::opt")]
    pub post_cost: Option<crate::Decimal>,
    /// 预估重量 — 预估重量（kg）
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(rename = "weight", default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 预估毛利
    ///
    /// Wire name: `profit` (decimal yuan).
    #[serde(rename = "profit", default, deserialize_with = "crate::json::de::opt")]
    pub profit: Option<crate::Decimal>,
    /// 税额
    ///
    /// Wire name: `tax` (decimal yuan).
    #[serde(rename = "tax", default, deserialize_with = "crate::json::de::opt")]
    pub tax: Option<crate::Decimal>,
    /// 税率
    ///
    /// Wire name: `tax_rate` (decimal yuan).
    #[serde(rename = "tax_rate", default, deserialize_with = "crate::json::de::opt")]
    pub tax_rate: Option<crate::Decimal>,
    /// 佣金
    ///
    /// Wire name: `commission` (decimal yuan).
    #[serde(rename = "commission", default, deserialize_with = "crate::json::de::opt")]
    pub commission: Option<crate::Decimal>,
    /// 发票类型 — 发票类型: / 0：不需要 / 1：普通发票 / 2：增值税普通发票 / 3：增值税专用发票
    ///
    /// Wire name: `invoice_type` (code table [`InvoiceType`](crate::types::InvoiceType)).
    #[serde(rename = "invoice_type", default, deserialize_with = "crate::json::de::opt")]
    pub invoice_type: Option<crate::types::InvoiceType>,
    /// 发票抬头
    ///
    /// Wire name: `invoice_title` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "invoice_title",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub invoice_title: Option<crate::Personal>,
    /// 发票内容
    ///
    /// Wire name: `invoice_content` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "invoice_content",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub invoice_content: Option<crate::Personal>,
    /// 业务员
    ///
    /// Wire name: `salesman_name` (text).
    #[serde(
        rename = "salesman_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub salesman_name: Option<String>,
    /// 审核人
    ///
    /// Wire name: `checker_name` (text).
    #[serde(rename = "checker_name", default, deserialize_with = "crate::json::de::opt")]
    pub checker_name: Option<String>,
    /// 财审人
    ///
    /// Wire name: `fchecker_name` (text).
    #[serde(
        rename = "fchecker_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub fchecker_name: Option<String>,
    /// 签出人
    ///
    /// Wire name: `checkouter_name` (text).
    #[serde(
        rename = "checkouter_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub checkouter_name: Option<String>,
    /// 出库单号 — 出库单号（系统产生的出库单号）
    ///
    /// Wire name: `stockout_no` (text).
    #[serde(rename = "stockout_no", default, deserialize_with = "crate::json::de::opt")]
    pub stockout_no: Option<String>,
    /// 标记名称
    ///
    /// Wire name: `flag_name` (text).
    #[serde(rename = "flag_name", default, deserialize_with = "crate::json::de::opt")]
    pub flag_name: Option<String>,
    /// 订单来源 — 订单来源: / 1、API抓单 / 2、手工建单 / 3、导入 / 4、复制订单 / 5、接口推送 / 6、补发订单 / 7、PDA选货开单 / 8、分销补发订单
    ///
    /// Wire name: `trade_from` (code table [`TradeFrom`](crate::types::TradeFrom)).
    #[serde(rename = "trade_from", default, deserialize_with = "crate::json::de::opt")]
    pub trade_from: Option<crate::types::TradeFrom>,
    /// 货品商家编码 — 货品商家编码,多种货品为空,组合装时为组合装编码
    ///
    /// Wire name: `single_spec_no` (text).
    #[serde(
        rename = "single_spec_no",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub single_spec_no: Option<String>,
    /// 原始货品数量
    ///
    /// Wire name: `raw_goods_count` (decimal yuan).
    #[serde(
        rename = "raw_goods_count",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub raw_goods_count: Option<crate::Decimal>,
    /// 原始货品种类数
    ///
    /// Wire name: `raw_goods_type_count` (integer).
    #[serde(
        rename = "raw_goods_type_count",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub raw_goods_type_count: Option<i32>,
    /// 币种
    ///
    /// Wire name: `currency` (text).
    #[serde(rename = "currency", default, deserialize_with = "crate::json::de::opt")]
    pub currency: Option<String>,
    /// 发票ID — 发票ID(自增生成)，0代表没有发票或已取消/已冲红
    ///
    /// Wire name: `invoice_id` (integer).
    #[serde(rename = "invoice_id", default, deserialize_with = "crate::json::de::opt")]
    pub invoice_id: Option<i32>,
    /// 版本号
    ///
    /// Wire name: `version_id` (integer).
    #[serde(rename = "version_id", default, deserialize_with = "crate::json::de::opt")]
    pub version_id: Option<i32>,
    /// 修改时间 — 修改时间，例如：2020-10-19 00:00:00
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "modified",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub modified: Option<crate::BeijingTime>,
    /// 递交时间 — 递交时间（毫秒级时间戳，例如：1631861379000）
    ///
    /// Wire name: `created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(rename = "created", default, deserialize_with = "crate::json::de::opt_time")]
    pub created: Option<crate::BeijingTime>,
    /// 审核时间
    ///
    /// Wire name: `check_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "check_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub check_time: Option<crate::BeijingTime>,
    /// 证件类别
    ///
    /// Wire name: `id_card_type` (integer).
    #[serde(rename = "id_card_type", default, deserialize_with = "crate::json::de::opt")]
    pub id_card_type: Option<i32>,
    /// 店铺编号
    ///
    /// Wire name: `shop_no` (text).
    #[serde(rename = "shop_no", default, deserialize_with = "crate::json::de::opt")]
    pub shop_no: Option<String>,
    /// 店铺名称
    ///
    /// Wire name: `shop_name` (text).
    #[serde(rename = "shop_name", default, deserialize_with = "crate::json::de::opt")]
    pub shop_name: Option<String>,
    /// 店铺备注
    ///
    /// Wire name: `shop_remark` (text).
    #[serde(rename = "shop_remark", default, deserialize_with = "crate::json::de::opt")]
    pub shop_remark: Option<String>,
    /// 仓库编号 — 仓库编号，如订单无仓库的话，则不返回该字段
    ///
    /// Wire name: `warehouse_no` (text).
    #[serde(rename = "warehouse_no", default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_no: Option<String>,
    /// 客户姓名
    ///
    /// Wire name: `customer_name` (text; buyer personal data, redacted in `Debug`).
    #[serde(
        rename = "customer_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub customer_name: Option<crate::Personal>,
    /// 客户编码
    ///
    /// Wire name: `customer_no` (text).
    #[serde(rename = "customer_no", default, deserialize_with = "crate::json::de::opt")]
    pub customer_no: Option<String>,
    /// 物流公司名称
    ///
    /// Wire name: `logistics_name` (text).
    #[serde(
        rename = "logistics_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub logistics_name: Option<String>,
    /// 物流公司编号
    ///
    /// Wire name: `logistics_code` (text).
    #[serde(
        rename = "logistics_code",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub logistics_code: Option<String>,
    /// 物流类型 — 物流类型名称
    ///
    /// Wire name: `logistics_type_name` (text).
    #[serde(
        rename = "logistics_type_name",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub logistics_type_name: Option<String>,
    /// 送货时间 — 送货时间,例如：2020-10-19 00:00:00
    ///
    /// Wire name: `to_deliver_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "to_deliver_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub to_deliver_time: Option<crate::BeijingTime>,
    /// 计划发货时间
    ///
    /// Wire name: `delay_to_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "delay_to_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub delay_to_time: Option<crate::BeijingTime>,
    /// 最晚发货时间
    ///
    /// Wire name: `estimate_consign_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "estimate_consign_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub estimate_consign_time: Option<crate::BeijingTime>,
    /// 店铺id
    ///
    /// Wire name: `shop_id` (integer).
    #[serde(rename = "shop_id", default, deserialize_with = "crate::json::de::opt")]
    pub shop_id: Option<i32>,
    /// 仓库id
    ///
    /// Wire name: `warehouse_id` (integer).
    #[serde(rename = "warehouse_id", default, deserialize_with = "crate::json::de::opt")]
    pub warehouse_id: Option<i32>,
    /// 体积
    ///
    /// Wire name: `volume` (decimal yuan).
    #[serde(rename = "volume", default, deserialize_with = "crate::json::de::opt")]
    pub volume: Option<crate::Decimal>,
    /// 订单标签
    ///
    /// Wire name: `trade_label` (text).
    #[serde(rename = "trade_label", default, deserialize_with = "crate::json::de::opt")]
    pub trade_label: Option<String>,
    /// 订单掩码 — 1：使用智选物流 / 2：货品标签 / 4：预订单自动激活失败 / 16：订单货品指定批次 / 32：平台自动流转仓库 / 64：部分发货 / 128：全部发货 / 256：优先占用 / 512：待分配转审核失败或订单审核失败 / 1024：催未付款订单短信发送标记 / 2048：拆分 / 在判断的时候使用&运算
    ///
    /// Wire name: `trade_mask` (integer).
    #[serde(rename = "trade_mask", default, deserialize_with = "crate::json::de::opt")]
    pub trade_mask: Option<i32>,
    /// 店铺平台id
    ///
    /// Wire name: `shop_platform_id` (integer).
    #[serde(
        rename = "shop_platform_id",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub shop_platform_id: Option<i32>,
    /// 子平台id
    ///
    /// Wire name: `sub_platform_id` (integer).
    #[serde(
        rename = "sub_platform_id",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub sub_platform_id: Option<i32>,
    /// 包装
    ///
    /// Wire name: `package_name` (text).
    #[serde(rename = "package_name", default, deserialize_with = "crate::json::de::opt")]
    pub package_name: Option<String>,
    /// 包装id
    ///
    /// Wire name: `package_id` (integer).
    #[serde(rename = "package_id", default, deserialize_with = "crate::json::de::opt")]
    pub package_id: Option<i32>,
    /// 包装成本 — 包装成本（计划成本）
    ///
    /// Wire name: `package_cost` (decimal yuan).
    #[serde(rename = "package_cost", default, deserialize_with = "crate::json::de::opt")]
    pub package_cost: Option<crate::Decimal>,
    /// 已付
    ///
    /// Wire name: `paid` (decimal yuan).
    #[serde(rename = "paid", default, deserialize_with = "crate::json::de::opt")]
    pub paid: Option<crate::Decimal>,
    /// 大件类型 — 大件类型 / 1：普通套件 / 2：独立套件 / 3：分组单发,未使用 / -1：非单发件 取子单中的最大值
    ///
    /// Wire name: `large_type` (integer).
    #[serde(rename = "large_type", default, deserialize_with = "crate::json::de::opt")]
    pub large_type: Option<i32>,
    /// 赠品标记 — 赠品标记 / 0：无标记 / 1：自动赠送 / 2：手工赠送 / 4：回购赠送 / 8：平台赠送 / （注意：如果是3，则表示既有自动赠送也有手工赠送“1+2”）
    ///
    /// Wire name: `gift_mask` (integer).
    #[serde(rename = "gift_mask", default, deserialize_with = "crate::json::de::opt")]
    pub gift_mask: Option<i32>,
    /// 客户id
    ///
    /// Wire name: `customer_id` (integer).
    #[serde(rename = "customer_id", default, deserialize_with = "crate::json::de::opt")]
    pub customer_id: Option<i32>,
    /// 其他成本
    ///
    /// Wire name: `other_cost` (decimal yuan).
    #[serde(rename = "other_cost", default, deserialize_with = "crate::json::de::opt")]
    pub other_cost: Option<crate::Decimal>,
    /// 不可合并拆分
    ///
    /// Wire name: `is_sealed` (`true` / `false`).
    #[serde(
        rename = "is_sealed",
        default,
        deserialize_with = "crate::json::de::opt_bool"
    )]
    pub is_sealed: Option<bool>,
    /// 客户类型 — 客户类型（0：普通客户；1：分销商；2：线下批发）
    ///
    /// Wire name: `customer_type` (integer).
    #[serde(
        rename = "customer_type",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub customer_type: Option<i32>,
    /// 物流公司id
    ///
    /// Wire name: `logistics_id` (integer).
    #[serde(rename = "logistics_id", default, deserialize_with = "crate::json::de::opt")]
    pub logistics_id: Option<i32>,
    /// 取消原因
    ///
    /// Wire name: `cancel_reason` (text).
    #[serde(
        rename = "cancel_reason",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub cancel_reason: Option<String>,
    /// 驳回原因
    ///
    /// Wire name: `revert_reason` (text).
    #[serde(
        rename = "revert_reason",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub revert_reason: Option<String>,
    /// 订单标签mask — 订单标签掩码
    ///
    /// Wire name: `new_trade_label` (text).
    #[serde(
        rename = "new_trade_label",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub new_trade_label: Option<String>,
    /// 分销原始单号 — 分销原始单号（无长度限制）
    ///
    /// Wire name: `fenxiao_tid` (text).
    #[serde(rename = "fenxiao_tid", default, deserialize_with = "crate::json::de::opt")]
    pub fenxiao_tid: Option<String>,
    /// 客户唯一编码
    ///
    /// Wire name: `customer_unique_id` (text).
    #[serde(
        rename = "customer_unique_id",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub customer_unique_id: Option<String>,
    /// 平台标签 — 平台标签（客户端V1.5.6.8及以上版本返回）
    ///
    /// Wire name: `platform_label` (text).
    #[serde(
        rename = "platform_label",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub platform_label: Option<String>,
    /// 分销商编号
    ///
    /// Wire name: `fenxiao_nick_no` (text).
    #[serde(
        rename = "fenxiao_nick_no",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub fenxiao_nick_no: Option<String>,
    /// 预物流同步单号
    ///
    /// Wire name: `pre_sync_logistics_no` (text).
    #[serde(
        rename = "pre_sync_logistics_no",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub pre_sync_logistics_no: Option<String>,
    /// 预物流同步时间
    ///
    /// Wire name: `pre_sync_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "pre_sync_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub pre_sync_time: Option<crate::BeijingTime>,
    /// 订单结束时间
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "end_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub end_time: Option<crate::BeijingTime>,
    /// 订单结算时间
    ///
    /// Wire name: `settle_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "settle_time",
        default,
        deserialize_with = "crate::json::de::opt_time"
    )]
    pub settle_time: Option<crate::BeijingTime>,
    /// 订单明细
    ///
    /// Wire name: `detail_list*`.
    #[serde(rename = "detail_list", default, deserialize_with = "crate::json::de::list")]
    pub detail_list: Vec<DetailList>,
    /// 订单便签
    ///
    /// Wire name: `tasks` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(rename = "tasks", default, deserialize_with = "crate::json::de::opt")]
    pub tasks: Option<String>,
    /// 冻结原因id
    ///
    /// Wire name: `freeze_reason_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(
        rename = "freeze_reason_id",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub freeze_reason_id: Option<i64>,
    /// 标记id
    ///
    /// Wire name: `flag_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(rename = "flag_id", default, deserialize_with = "crate::json::de::opt")]
    pub flag_id: Option<i64>,
    /// 订单管理页面内置标记
    ///
    /// Wire name: `warning_flag` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(rename = "warning_flag", default, deserialize_with = "crate::json::de::opt")]
    pub warning_flag: Option<String>,
    /// 手工建单页面收款账户
    ///
    /// Wire name: `receive_account` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(
        rename = "receive_account",
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub receive_account: Option<String>,
}

/// 单据数据
///
/// JSON key `data`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, Default)]
#[non_exhaustive]
pub struct Data {
    /// 单据数据 — 订单相关数据
    ///
    /// Wire name: `order*`.
    #[serde(rename = "order", default, deserialize_with = "crate::json::de::list")]
    pub order: Vec<Order>,
    /// 总数 — 查询条件总单据数
    ///
    /// Wire name: `total_count` (integer).
    #[serde(rename = "total_count", default, deserialize_with = "crate::json::de::opt")]
    pub total_count: Option<i32>,
}
