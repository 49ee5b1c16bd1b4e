// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `goods.Goods.queryWithSpec`: 货品档案查询 — Query goods records with their specs and barcodes.
//!
//! - Category: 货品类 (group `goods`)
//! - Transport: POST, parameters in the query string, arguments in a JSON body
//! - Safety: read (safe to retry)
//! - Provenance: documented
//! - Time window: start_time和end_time最大跨度为30天
//!
//! Sources:
//! - S1: cunsheng/wangdiantong-api-qjb: Firecrawl scrapes of the official doc pages <https://open.wangdian.cn/qjb/open/apidoc/doc?path=>\<method> (179 methods; last commit 2025-12-31)
//! - S4: waywake/wdt-sdk-ts (last commit 2026-06-28): src/endpoints.ts, the official API list (184 methods, order, category, names) and src/endpoint-types.ts, request/response types generated from the live doc pages
//! - J: Official QJB Java SDK cn.wangdian.erp.sdk (J1) and repackaged copies (J2): API interfaces with @Api(value, paged)
//! - S5: go-marvis/wangdian-sdk-go (last commit 2026-01-28): typed Go client with live tests against production (int64 time fields)
//! - G1: Go operation table, package wdt (index id 60431816433): app operations mapped to QJB direct and Qimen method names
//!
//! Notes:
//! - The window (≤ 30 days) applies to the last modification of the goods or of its specs; with no window, spec_no or goods_no must be given.
//! - goods_modified and spec_modified come as epoch-millisecond numbers (spec_modified is even declared int); modified, goods_created, spec_created and barcode_list.modified as yyyy-MM-dd HH:mm:ss.
//! - The maximum page size is not documented (one user report: 500–1000 works) \[uncertain\].
//! - Permission: 品牌权限 (brand permission).

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "goods.Goods.queryWithSpec";

/// Request for `goods.Goods.queryWithSpec`.
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "goods.Goods.queryWithSpec")]
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
    /// 商家编码 — 商家编码（如果不传时间，则spec_no和goods_no必须传一个） — Merchant code; without a time window, spec_no or goods_no must be given.
    ///
    /// Wire name: `spec_no` (text).
    /// At most 40 characters (checked before sending).
    pub spec_no: Option<String>,
    /// 货品编号 — Goods code.
    ///
    /// Wire name: `goods_no` (text).
    /// At most 40 characters (checked before sending).
    pub goods_no: Option<String>,
    /// 品牌名称 — Brand name.
    ///
    /// Wire name: `brand_name` (text).
    /// At most 64 characters (checked before sending).
    pub brand_name: Option<String>,
    /// 分类名称 — Category name.
    ///
    /// Wire name: `class_name` (text).
    /// At most 100 characters (checked before sending).
    pub class_name: Option<String>,
    /// 条码 — Barcode.
    ///
    /// Wire name: `barcode` (text).
    /// At most 50 characters (checked before sending).
    pub barcode: Option<String>,
    /// 是否隐藏已删除的货品。 — 0:返回全部;1:隐藏已删除 默认隐藏 — Hide deleted goods (默认隐藏). The doc's table says boolean and its text 0/1; its example sends 1 and S5 sends a JSON boolean, so both forms are in use; the spec sends a JSON boolean.
    ///
    /// Wire name: `hide_deleted` (`true` / `false`).
    pub hide_deleted: Option<bool>,
    /// 开始时间 — 起始修改时间 最大跨度为30天 — Start time (of modification); the span is at most 30 days.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub start_time: Option<crate::BeijingTime>,
    /// 结束时间 — 结束修改时间, 不填默认为当前时间 最大跨度为30天 — Window end on the goods or spec modification time; defaults to now; at most 30 days after start_time.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub end_time: Option<crate::BeijingTime>,
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

    /// 商家编码 — 商家编码（如果不传时间，则spec_no和goods_no必须传一个） — Merchant code; without a time window, spec_no or goods_no must be given.
    ///
    /// Wire name: `spec_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn spec_no(mut self, spec_no: impl Into<String>) -> Self {
        self.spec_no = Some(spec_no.into());
        self
    }

    /// 货品编号 — Goods code.
    ///
    /// Wire name: `goods_no` (text).
    /// At most 40 characters (checked before sending).
    pub fn goods_no(mut self, goods_no: impl Into<String>) -> Self {
        self.goods_no = Some(goods_no.into());
        self
    }

    /// 品牌名称 — Brand name.
    ///
    /// Wire name: `brand_name` (text).
    /// At most 64 characters (checked before sending).
    pub fn brand_name(mut self, brand_name: impl Into<String>) -> Self {
        self.brand_name = Some(brand_name.into());
        self
    }

    /// 分类名称 — Category name.
    ///
    /// Wire name: `class_name` (text).
    /// At most 100 characters (checked before sending).
    pub fn class_name(mut self, class_name: impl Into<String>) -> Self {
        self.class_name = Some(class_name.into());
        self
    }

    /// 条码 — Barcode.
    ///
    /// Wire name: `barcode` (text).
    /// At most 50 characters (checked before sending).
    pub fn barcode(mut self, barcode: impl Into<String>) -> Self {
        self.barcode = Some(barcode.into());
        self
    }

    /// 是否隐藏已删除的货品。 — 0:返回全部;1:隐藏已删除 默认隐藏 — Hide deleted goods (默认隐藏). The doc's table says boolean and its text 0/1; its example sends 1 and S5 sends a JSON boolean, so both forms are in use; the spec sends a JSON boolean.
    ///
    /// Wire name: `hide_deleted` (`true` / `false`).
    pub fn hide_deleted(mut self, hide_deleted: bool) -> Self {
        self.hide_deleted = Some(hide_deleted);
        self
    }

    /// 开始时间 — 起始修改时间 最大跨度为30天 — Start time (of modification); the span is at most 30 days.
    ///
    /// Wire name: `start_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn start_time(mut self, start_time: impl Into<crate::BeijingTime>) -> Self {
        self.start_time = Some(start_time.into());
        self
    }

    /// 结束时间 — 结束修改时间, 不填默认为当前时间 最大跨度为30天 — Window end on the goods or spec modification time; defaults to now; at most 30 days after start_time.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub fn end_time(mut self, end_time: impl Into<crate::BeijingTime>) -> Self {
        self.end_time = Some(end_time.into());
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

    const INFO: crate::MethodInfo = crate::generated::catalog::GOODS_GOODS_QUERY_WITH_SPEC;

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
        if let Some(value) = &self.spec_no {
            crate::rt::check(
                METHOD,
                "spec_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.goods_no {
            crate::rt::check(
                METHOD,
                "goods_no",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.brand_name {
            crate::rt::check(
                METHOD,
                "brand_name",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(64),
            )?;
        }
        if let Some(value) = &self.class_name {
            crate::rt::check(
                METHOD,
                "class_name",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(100),
            )?;
        }
        if let Some(value) = &self.barcode {
            crate::rt::check(
                METHOD,
                "barcode",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(50),
            )?;
        }
        let mut arg0 = crate::json::Object::new();
        arg0.opt("spec_no", &self.spec_no);
        arg0.opt("goods_no", &self.goods_no);
        arg0.opt("brand_name", &self.brand_name);
        arg0.opt("class_name", &self.class_name);
        arg0.opt("barcode", &self.barcode);
        arg0.opt("hide_deleted", &self.hide_deleted);
        arg0.opt("start_time", &self.start_time);
        arg0.opt("end_time", &self.end_time);
        Ok(Some(crate::json::body(vec![arg0.into_value()])))
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::classified(METHOD, body)
    }
}

impl crate::Paged for Request {
    type Item = GoodsList;

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

    fn items(response: &mut Response) -> &mut Vec<GoodsList> {
        &mut response.data.get_or_insert_with(Default::default).goods_list
    }
}

/// 货品档案查询 — Query goods records with their specs and barcodes.
///
/// The reply envelope: the keys below besides `status` and `message`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// 货品数据 — 货品相关数据 — Goods data.
    ///
    /// Wire name: `data`.
    #[serde(default)]
    pub data: Option<Data>,
}

/// 条码信息 — 条码信息，没有时为空数组 — Barcode information; an empty array when none.
///
/// JSON key `barcode_list`.
///
/// To build one in a test: `let mut value = BarcodeList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct BarcodeList {
    /// 条码 — Barcode.
    ///
    /// Wire name: `barcode` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub barcode: Option<String>,
    /// 类型 — 货品类型，这里默认为1 — Type (goods type), 1 here by default.
    ///
    /// Wire name: `type` (integer).
    #[doc(alias = "type")]
    #[serde(
        rename(deserialize = "type"),
        default,
        deserialize_with = "crate::json::de::opt"
    )]
    pub barcode_type: Option<i32>,
    /// 是否主条码 — 是否主条码 / 1：是 / 0：否· — Main barcode: 1 yes, 0 no.
    ///
    /// Wire name: `is_master` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub is_master: Option<i32>,
    /// 最后修改时间 — 最后修改时间， / 格式: yyyy-MM-dd HH:mm:ss — Last modification time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
}

/// 单品信息详情 — Spec (single item) details.
///
/// JSON key `spec_list`.
///
/// To build one in a test: `let mut value = SpecList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SpecList {
    /// 货品id — 货品唯一键 — Goods id, the goods' unique key.
    ///
    /// Wire name: `goods_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_id: Option<i32>,
    /// 单品id — 单品唯一键 — Spec id, the spec's unique key.
    ///
    /// Wire name: `spec_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_id: Option<i32>,
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
    /// 主条码 — Main barcode.
    ///
    /// Wire name: `barcode` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub barcode: Option<String>,
    /// 规格名称 — Spec name.
    ///
    /// Wire name: `spec_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_name: Option<String>,
    /// 最低价 — Lowest price.
    ///
    /// Wire name: `lowest_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub lowest_price: Option<crate::Decimal>,
    /// 零售价 — Retail price.
    ///
    /// Wire name: `retail_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub retail_price: Option<crate::Decimal>,
    /// 批发价 — Wholesale price.
    ///
    /// Wire name: `wholesale_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wholesale_price: Option<crate::Decimal>,
    /// 会员价 — Member price.
    ///
    /// Wire name: `member_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub member_price: Option<crate::Decimal>,
    /// 市场价 — Market price.
    ///
    /// Wire name: `market_price` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub market_price: Option<crate::Decimal>,
    /// 有效期天数 — Validity period, in days.
    ///
    /// Wire name: `validity_days` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub validity_days: Option<i32>,
    /// 最佳销售天数 — Best-sale period, in days.
    ///
    /// Wire name: `sales_days` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sales_days: Option<i32>,
    /// 最佳收货天数 — Best-receiving period, in days.
    ///
    /// Wire name: `receive_days` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub receive_days: Option<i32>,
    /// 重量(kg) — Weight (kg).
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub weight: Option<crate::Decimal>,
    /// 长(cm) — Length (cm).
    ///
    /// Wire name: `length` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub length: Option<crate::Decimal>,
    /// 宽(cm) — Width (cm).
    ///
    /// Wire name: `width` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub width: Option<crate::Decimal>,
    /// 高(cm) — Height (cm).
    ///
    /// Wire name: `height` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub height: Option<crate::Decimal>,
    /// 启用序列号 — 启用序列号(原is_sn_enable) 0:未启用 1:已启用 — Serial numbers enabled (formerly is_sn_enable): 0 not enabled, 1 enabled.
    ///
    /// Wire name: `sn_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sn_type: Option<i32>,
    /// 允许低于成本价 — 允许低于成本价 / true：是 / false：否 — Allowed below cost price: true yes, false no.
    ///
    /// Wire name: `is_lower_cost` (`true` / `false`).
    #[serde(default, deserialize_with = "crate::json::de::opt_bool")]
    pub is_lower_cost: Option<bool>,
    /// 航空禁运 — Air transport prohibited.
    ///
    /// Wire name: `is_not_use_air` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub is_not_use_air: Option<i32>,
    /// 仓库流程 — 默认0：无仓库流程 / （需要的仓库流程相加） / 2：无需验货 / 8：需要质检 / 16：无需拣货 / 32：无需唯一码 / 64：无需自动打印吊牌 / 128：不计结构 / 256：电子面单不打印 / 512：不计绩效 / 1024：管理克重 / 2048：退货入库不校验 — Warehouse process flags (default 0, none; add the needed ones): 2 no inspection, 8 quality check needed, 16 no picking, 32 no unique code, 64 no automatic tag printing, 128 structure not counted, 256 e-waybill not printed, 512 performance not counted, 1024 manage gram weight, 2048 no check on return stock-in.
    ///
    /// Wire name: `wms_process_mask` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub wms_process_mask: Option<i32>,
    /// 税率 — Tax rate.
    ///
    /// Wire name: `tax_rate` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax_rate: Option<crate::Decimal>,
    /// 拆分 — 大件类别 / 0、 普通件 / 1、 普通大件（可与非大件一起发） / 2、 独立大件（不可和小件一起发） / 3、按箱规拆分 / -1、非单发件 — Split (large-item class): 0 ordinary, 1 ordinary large (may ship with non-large items), 2 standalone large (not with small items), 3 split by carton spec, -1 not shipped alone.
    ///
    /// Wire name: `large_type` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub large_type: Option<i32>,
    /// 货品标签 — 货品标签，多个标签用英文逗号隔开 — Goods labels, several separated by English commas.
    ///
    /// Wire name: `goods_label` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_label: Option<String>,
    /// 货品已删除 — 0代表未删除 大于0代表已删除 — Goods deleted: 0 not deleted, greater than 0 deleted.
    ///
    /// Wire name: `deleted` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub deleted: Option<i32>,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub remark: Option<String>,
    /// 最后修改时间 — Declared int: an epoch-millisecond time, read as a time.
    ///
    /// Wire name: `spec_modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub spec_modified: Option<crate::BeijingTime>,
    /// 创建时间 — 创建时间, 时间格式 YYYY-MM-DD HH:MM:SS — Creation time, format YYYY-MM-DD HH:MM:SS.
    ///
    /// Wire name: `spec_created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub spec_created: Option<crate::BeijingTime>,
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
    /// 自定义属性3 — Custom property 3.
    ///
    /// Wire name: `prop3` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop3: Option<String>,
    /// 自定义属性4 — Custom property 4.
    ///
    /// Wire name: `prop4` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop4: Option<String>,
    /// 自定义属性5 — Custom property 5.
    ///
    /// Wire name: `prop5` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop5: Option<String>,
    /// 自定义属性6 — Custom property 6.
    ///
    /// Wire name: `prop6` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop6: Option<String>,
    /// 自定义价格1 — Custom price 1.
    ///
    /// Wire name: `custom_price1` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub custom_price1: Option<crate::Decimal>,
    /// 自定义价格2 — Custom price 2.
    ///
    /// Wire name: `custom_price2` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub custom_price2: Option<crate::Decimal>,
    /// 图片URL — Image URL.
    ///
    /// Wire name: `img_url` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub img_url: Option<String>,
    /// 基本单位 — Base unit.
    ///
    /// Wire name: `spec_unit_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_unit_name: Option<String>,
    /// 辅助单位 — Auxiliary unit.
    ///
    /// Wire name: `spec_aux_unit_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_aux_unit_name: Option<String>,
    /// 税务编码 — Tax code.
    ///
    /// Wire name: `tax_code` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub tax_code: Option<String>,
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
    /// 单品标记名称 — Spec flag name.
    ///
    /// Wire name: `spec_flag_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_flag_name: Option<String>,
    /// 条码个数 — Number of barcodes.
    ///
    /// Wire name: `barcode_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub barcode_count: Option<i32>,
    /// 销售积分 — Sales points.
    ///
    /// Wire name: `sale_score` (decimal yuan).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub sale_score: Option<crate::Decimal>,
    /// 是否出库不验货 — 是否出库不验货 / 1：出库不验货 / 0：出库验货 — Stock-out without inspection: 1 no inspection, 0 inspected.
    ///
    /// Wire name: `is_not_need_examine` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub is_not_need_examine: Option<i32>,
    /// 条码信息 — 条码信息，没有时为空数组 — Barcode information; an empty array when none.
    ///
    /// Wire name: `barcode_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub barcode_list: Vec<BarcodeList>,
    /// 自定义属性7 — Custom property 7.
    ///
    /// Wire name: `prop7` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop7: Option<String>,
    /// 自定义属性8 — Custom property 8.
    ///
    /// Wire name: `prop8` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop8: Option<String>,
    /// 自定义属性9 — Custom property 9.
    ///
    /// Wire name: `prop9` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop9: Option<String>,
    /// 自定义属性10 — Custom property 10.
    ///
    /// Wire name: `prop10` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop10: Option<String>,
    /// 自定义属性11 — Custom property 11.
    ///
    /// Wire name: `prop11` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop11: Option<String>,
    /// 自定义属性12 — Custom property 12.
    ///
    /// Wire name: `prop12` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop12: Option<String>,
    /// 自定义属性13 — Custom property 13.
    ///
    /// Wire name: `prop13` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop13: Option<String>,
    /// 自定义属性14 — Custom property 14.
    ///
    /// Wire name: `prop14` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop14: Option<String>,
    /// 自定义属性15 — Custom property 15.
    ///
    /// Wire name: `prop15` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop15: Option<String>,
    /// 自定义属性16 — Custom property 16.
    ///
    /// Wire name: `prop16` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop16: Option<String>,
    /// 自定义属性17 — Custom property 17.
    ///
    /// Wire name: `prop17` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop17: Option<String>,
    /// 自定义属性18 — Custom property 18.
    ///
    /// Wire name: `prop18` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop18: Option<String>,
    /// 自定义属性19 — Custom property 19.
    ///
    /// Wire name: `prop19` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop19: Option<String>,
    /// 自定义属性20 — Custom property 20.
    ///
    /// Wire name: `prop20` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop20: Option<String>,
    /// 基本单位id — Base unit id.
    ///
    /// Wire name: `spec_unit` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_unit: Option<i32>,
    /// 辅助单位id — Auxiliary unit id.
    ///
    /// Wire name: `spec_aux_unit` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_aux_unit: Option<i32>,
    /// 备注换货货品的换货识别符（无值该字段不返回） — Exchange identifier of a remark-exchange goods (absent when empty).
    ///
    /// Wire name: `exchange_name` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub exchange_name: Option<String>,
    /// 备注换货货品的最大限制数量 （无值该字段不返回） — Maximum quantity of a remark-exchange goods (absent when empty).
    ///
    /// Wire name: `max_limit_num` (decimal yuan).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub max_limit_num: Option<crate::Decimal>,
    /// 单品多张图片的 URL 列表（数组） — URL list (array) of the spec's images.
    ///
    /// Wire name: `img_more_url*`.
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::scalar_list")]
    pub img_more_url: Vec<String>,
}

/// 货品数据 — Goods data.
///
/// JSON key `goods_list`.
///
/// To build one in a test: `let mut value = GoodsList::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct GoodsList {
    /// 货品id — 唯一键 — Goods id, its unique key.
    ///
    /// Wire name: `goods_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_id: Option<i32>,
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
    /// 货品别名 — Goods alias.
    ///
    /// Wire name: `alias` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub alias: Option<String>,
    /// 货品类别 — 货品类别 / 0：其它 / 1：销售货品 / 2：原材料 / 3：包装物 / 4：周转材料 / 5：虚拟商品 / 6：固定资产 / 8：分装箱 / 9：周期送货品 / 10：赠品 — Goods category: 0 other, 1 sales goods, 2 raw material, 3 packaging, 4 turnover material, 5 virtual goods, 6 fixed asset, 8 sub-packing box, 9 periodic-delivery goods, 10 gift.
    ///
    /// Wire name: `goods_type` (code table [`GoodsType`](crate::types::GoodsType)).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub goods_type: Option<crate::types::GoodsType>,
    /// 规格数 — Number of specs.
    ///
    /// Wire name: `spec_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub spec_count: Option<i32>,
    /// 品牌名称 — Brand name.
    ///
    /// Wire name: `brand_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_name: Option<String>,
    /// 品牌id — Brand id.
    ///
    /// Wire name: `brand_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_id: Option<i32>,
    /// 备注 — Remark.
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
    /// 自定义属性3 — Custom property 3.
    ///
    /// Wire name: `prop3` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop3: Option<String>,
    /// 自定义属性4 — Custom property 4.
    ///
    /// Wire name: `prop4` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop4: Option<String>,
    /// 自定义属性5 — Custom property 5.
    ///
    /// Wire name: `prop5` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop5: Option<String>,
    /// 自定义属性6 — Custom property 6.
    ///
    /// Wire name: `prop6` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop6: Option<String>,
    /// 产地 — Place of origin.
    ///
    /// Wire name: `origin` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub origin: Option<String>,
    /// 分类名称 — Category name.
    ///
    /// Wire name: `class_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub class_name: Option<String>,
    /// 分类ID — 分类ID主键 — Category id, its key.
    ///
    /// Wire name: `class_id` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub class_id: Option<i32>,
    /// 基本单位 — Base unit.
    ///
    /// Wire name: `unit_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub unit_name: Option<String>,
    /// 辅助单位 — Auxiliary unit.
    ///
    /// Wire name: `aux_unit_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub aux_unit_name: Option<String>,
    /// 标记名称 — Flag name.
    ///
    /// Wire name: `flag_name` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_name: Option<String>,
    /// 货品已删除 — 0代表未删除 大于0代表已删除 — Goods deleted: 0 not deleted, greater than 0 deleted.
    ///
    /// Wire name: `deleted` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub deleted: Option<i32>,
    /// 最后修改时间 — Last modification time.
    ///
    /// Wire name: `goods_modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub goods_modified: Option<crate::BeijingTime>,
    /// 创建时间 — 创建时间, 时间格式 YYYY-MM-DD HH:MM:SS — Creation time, format YYYY-MM-DD HH:MM:SS.
    ///
    /// Wire name: `goods_created` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub goods_created: Option<crate::BeijingTime>,
    /// 最后修改时间 — 最后修改时间，格式：yyyy-MM-dd HH:mm:ss — Last modification time, format yyyy-MM-dd HH:mm:ss.
    ///
    /// Wire name: `modified` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(default, deserialize_with = "crate::json::de::opt_time")]
    pub modified: Option<crate::BeijingTime>,
    /// 品牌编号 — Brand code.
    ///
    /// Wire name: `brand_no` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub brand_no: Option<String>,
    /// 水洗标 — Washing label.
    ///
    /// Wire name: `washing_label` (text).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub washing_label: Option<String>,
    /// 单品信息详情 — Spec (single item) details.
    ///
    /// Wire name: `spec_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub spec_list: Vec<SpecList>,
    /// 自定义属性7 — Custom property 7.
    ///
    /// Wire name: `prop7` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop7: Option<String>,
    /// 自定义属性8 — Custom property 8.
    ///
    /// Wire name: `prop8` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop8: Option<String>,
    /// 自定义属性9 — Custom property 9.
    ///
    /// Wire name: `prop9` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop9: Option<String>,
    /// 自定义属性10 — Custom property 10.
    ///
    /// Wire name: `prop10` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop10: Option<String>,
    /// 自定义属性11 — Custom property 11.
    ///
    /// Wire name: `prop11` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop11: Option<String>,
    /// 自定义属性12 — Custom property 12.
    ///
    /// Wire name: `prop12` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop12: Option<String>,
    /// 自定义属性13 — Custom property 13.
    ///
    /// Wire name: `prop13` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop13: Option<String>,
    /// 自定义属性14 — Custom property 14.
    ///
    /// Wire name: `prop14` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop14: Option<String>,
    /// 自定义属性15 — Custom property 15.
    ///
    /// Wire name: `prop15` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop15: Option<String>,
    /// 自定义属性16 — Custom property 16.
    ///
    /// Wire name: `prop16` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop16: Option<String>,
    /// 自定义属性17 — Custom property 17.
    ///
    /// Wire name: `prop17` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop17: Option<String>,
    /// 自定义属性18 — Custom property 18.
    ///
    /// Wire name: `prop18` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop18: Option<String>,
    /// 自定义属性19 — Custom property 19.
    ///
    /// Wire name: `prop19` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop19: Option<String>,
    /// 自定义属性20 — Custom property 20.
    ///
    /// Wire name: `prop20` (text).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub prop20: Option<String>,
    /// 基本单位id — Base unit id.
    ///
    /// Wire name: `unit` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub unit: Option<i32>,
    /// 辅助单位id — Auxiliary unit id.
    ///
    /// Wire name: `aux_unit` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub aux_unit: Option<i32>,
    /// 标记id — Flag id.
    ///
    /// Wire name: `flag_id` (integer).
    /// Certainty: \[likely\] S4 (newer doc scrape, 2026-06).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub flag_id: Option<i64>,
    /// In the doc's published example only; not in its field table.
    ///
    /// Wire name: `pinyin` (text).
    /// Certainty: \[solid\] S1 example.
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub pinyin: Option<String>,
}

/// 货品数据 — 货品相关数据 — Goods data.
///
/// JSON key `data`.
///
/// To build one in a test: `let mut value = Data::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Data {
    /// 货品数据 — Goods data.
    ///
    /// Wire name: `goods_list*`.
    #[serde(default, deserialize_with = "crate::json::de::list")]
    pub goods_list: Vec<GoodsList>,
    /// 总数 — 查询条件总单据数 — Total number of documents matching the query.
    ///
    /// Wire name: `total_count` (integer).
    #[serde(default, deserialize_with = "crate::json::de::opt")]
    pub total_count: Option<i32>,
}
