// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.items.list.get`: Search the shop's items by state, ids, name and modified time, one page at a time.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/searchItems.php`
//! - Transport: GET, parameters in the query string
//! - Safety: read (safe to retry)
//! - Provenance: documented
//!
//! Sources:
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - EF: Baison eFAST PHP adapter DangdangAPIModel and its MySQL column comments (repository not identified)
//! - WD: a Wangdian-style PHP ERP DangdangClient (repository not identified)
//! - D1: ACGT/d1: HttpInvokeUtil and JSP pages of the d1.com.cn shop
//! - ZEND: a PHP Custom_Model_Shop_Dangdang (repository not identified)
//! - PY: a Python DangDangAPi script (repository not identified)
//! - LPPZ: crazybin5848/kernel-lppz-common: upload field names
//! - OSDK: isisiwish/openapi-sdk-test: tests of the official com.dangdang.openplatform:sdk (2019)
//!
//! Notes:
//! - Verb GET \[2+: WF, D1\]; form POST is also used \[2+: DG, WD, ZEND\]. The official-SDK test sends `setVersion("2.0")` \[1: OSDK\]; this client sends the global `v`.
//! - `mts`/`mte` are sent as `yyyy-MM-dd HH:mm:ss` (as DG does); WF and WD send a plain `yyyy-MM-dd` date. The spec cannot type a parameter as date-or-datetime; send the date form with `.param("mts", "2015-06-01")` if needed.
//! - `is_cod` / `is_gift` wire spelling is from D1; JSDK's fields are `isCod` / `isGift` (wire spelling unverified).
//! - `sc`, `itb`, `itm`, `slv`, `shv` are names only \[1: JSDK\]; their Rust names follow the inferred meanings (shop category, brand, model, price low/high) \[inf\].
//! - Empty result: `itemsCount` 0 and `pageTotal` 0 or empty \[2+: WF, ZEND\]. Paging: loop while `currentPage` \< `pageTotal` \[2+\].
//! - `itemState` is 上架/下架 \[2+: EF, WD, DG\]; ZEND maps `可销售` instead \[1\] (unresolved; decodes as `ItemState::Other`).
//! - Casing of the shop-category wrapper: `shopCategoryList`/`shopCategoryInfo` as mapped; the Java bean classes are named `ShopCategoryList`/`ShopCategoryInfo` (unverified against a live reply).
//! - Spelling conflict `datatype` (DG) / `datetype` (JSDK) in the reply: both are decoded.
//! - Open: the `its` and `datatype` code lists. No error codes found (errors as E2 \[1: WF\] or E1 \[1: EF\]).

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.items.list.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/searchItems.php";

/// Request for `dangdang.items.list.get` (searchItems.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.items.list.get")]
#[doc(alias = "searchItems.php")]
#[doc(alias = "searchItems")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// Page number, 1-based.
    ///
    /// Wire name: `p` (integer).
    /// Server default when omitted: `1`.
    /// Certainty: \[2+\] DG comment (default), EF, WF, LPPZ.
    #[doc(alias = "p")]
    pub page: Option<i32>,
    /// Page size.
    ///
    /// Wire name: `pageSize` (integer).
    /// Server default when omitted: `20`.
    /// Allowed values (checked before sending): `5`, `10`, `15`, `20`.
    /// Certainty: values/default \[1\] DG comment; name \[2+\] (15 WF, 20 EF/WD, 10 D1).
    pub page_size: Option<i32>,
    /// 商品状态 — Item-state filter; `9999` = all states; other codes not found.
    ///
    /// Wire name: `its` (integer).
    /// Certainty: \[2+\] WD comment, WF, EF, D1, PY.
    #[doc(alias = "its")]
    pub item_state: Option<i32>,
    /// 审核状态 — Filter; the value `8990` is used everywhere; EF labels it audit state; other codes not found.
    ///
    /// Wire name: `datatype` (integer).
    /// Certainty: value \[2+\]; meaning \[1\] EF.
    pub datatype: Option<i32>,
    /// 修改时间之后 — Modified at or after.
    ///
    /// Wire name: `mts` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, WF, WD.
    #[doc(alias = "mts")]
    pub modify_time_start: Option<crate::BeijingTime>,
    /// 修改时间之前 — Modified at or before.
    ///
    /// Wire name: `mte` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, WF, WD.
    #[doc(alias = "mte")]
    pub modify_time_end: Option<crate::BeijingTime>,
    /// Cash-on-delivery filter; `9999` = all; other codes not found.
    ///
    /// Wire name: `is_cod` (integer).
    /// Certainty: \[1\] D1 (JSDK field isCod).
    pub is_cod: Option<i32>,
    /// Gift filter; `9999` = all; other codes not found.
    ///
    /// Wire name: `is_gift` (integer).
    /// Certainty: \[1\] D1 (JSDK field isGift).
    pub is_gift: Option<i32>,
    /// Dangdang item id.
    ///
    /// Wire name: `it` (integer).
    /// Certainty: \[1\] JSDK field.
    #[doc(alias = "it")]
    pub item_id: Option<i64>,
    /// 企业商品标识符 — Merchant outer item id.
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] JSDK field.
    #[doc(alias = "oit")]
    pub outer_item_id: Option<String>,
    /// Barcode.
    ///
    /// Wire name: `barCode` (text).
    /// Certainty: \[1\] JSDK field.
    pub bar_code: Option<String>,
    /// Item-name search.
    ///
    /// Wire name: `name` (text).
    /// Certainty: \[1\] JSDK field; PY uses it.
    pub name: Option<String>,
    /// Probably the shop category \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `sc` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "sc")]
    pub shop_category: Option<String>,
    /// Probably the brand \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `itb` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "itb")]
    pub brand: Option<String>,
    /// Probably the model \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `itm` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "itm")]
    pub model: Option<String>,
    /// Probably the lowest price \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `slv` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "slv")]
    pub price_low: Option<String>,
    /// Probably the highest price \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `shv` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "shv")]
    pub price_high: Option<String>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Page number, 1-based.
    ///
    /// Wire name: `p` (integer).
    /// Server default when omitted: `1`.
    /// Certainty: \[2+\] DG comment (default), EF, WF, LPPZ.
    #[doc(alias = "p")]
    pub fn page(mut self, page: i32) -> Self {
        self.page = Some(page);
        self
    }

    /// Page size.
    ///
    /// Wire name: `pageSize` (integer).
    /// Server default when omitted: `20`.
    /// Allowed values (checked before sending): `5`, `10`, `15`, `20`.
    /// Certainty: values/default \[1\] DG comment; name \[2+\] (15 WF, 20 EF/WD, 10 D1).
    pub fn page_size(mut self, page_size: i32) -> Self {
        self.page_size = Some(page_size);
        self
    }

    /// 商品状态 — Item-state filter; `9999` = all states; other codes not found.
    ///
    /// Wire name: `its` (integer).
    /// Certainty: \[2+\] WD comment, WF, EF, D1, PY.
    #[doc(alias = "its")]
    pub fn item_state(mut self, item_state: i32) -> Self {
        self.item_state = Some(item_state);
        self
    }

    /// 审核状态 — Filter; the value `8990` is used everywhere; EF labels it audit state; other codes not found.
    ///
    /// Wire name: `datatype` (integer).
    /// Certainty: value \[2+\]; meaning \[1\] EF.
    pub fn datatype(mut self, datatype: i32) -> Self {
        self.datatype = Some(datatype);
        self
    }

    /// 修改时间之后 — Modified at or after.
    ///
    /// Wire name: `mts` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, WF, WD.
    #[doc(alias = "mts")]
    pub fn modify_time_start(
        mut self,
        modify_time_start: impl Into<crate::BeijingTime>,
    ) -> Self {
        self.modify_time_start = Some(modify_time_start.into());
        self
    }

    /// 修改时间之前 — Modified at or before.
    ///
    /// Wire name: `mte` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, WF, WD.
    #[doc(alias = "mte")]
    pub fn modify_time_end(
        mut self,
        modify_time_end: impl Into<crate::BeijingTime>,
    ) -> Self {
        self.modify_time_end = Some(modify_time_end.into());
        self
    }

    /// Cash-on-delivery filter; `9999` = all; other codes not found.
    ///
    /// Wire name: `is_cod` (integer).
    /// Certainty: \[1\] D1 (JSDK field isCod).
    pub fn is_cod(mut self, is_cod: i32) -> Self {
        self.is_cod = Some(is_cod);
        self
    }

    /// Gift filter; `9999` = all; other codes not found.
    ///
    /// Wire name: `is_gift` (integer).
    /// Certainty: \[1\] D1 (JSDK field isGift).
    pub fn is_gift(mut self, is_gift: i32) -> Self {
        self.is_gift = Some(is_gift);
        self
    }

    /// Dangdang item id.
    ///
    /// Wire name: `it` (integer).
    /// Certainty: \[1\] JSDK field.
    #[doc(alias = "it")]
    pub fn item_id(mut self, item_id: i64) -> Self {
        self.item_id = Some(item_id);
        self
    }

    /// 企业商品标识符 — Merchant outer item id.
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] JSDK field.
    #[doc(alias = "oit")]
    pub fn outer_item_id(mut self, outer_item_id: impl Into<String>) -> Self {
        self.outer_item_id = Some(outer_item_id.into());
        self
    }

    /// Barcode.
    ///
    /// Wire name: `barCode` (text).
    /// Certainty: \[1\] JSDK field.
    pub fn bar_code(mut self, bar_code: impl Into<String>) -> Self {
        self.bar_code = Some(bar_code.into());
        self
    }

    /// Item-name search.
    ///
    /// Wire name: `name` (text).
    /// Certainty: \[1\] JSDK field; PY uses it.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Probably the shop category \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `sc` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "sc")]
    pub fn shop_category(mut self, shop_category: impl Into<String>) -> Self {
        self.shop_category = Some(shop_category.into());
        self
    }

    /// Probably the brand \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `itb` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "itb")]
    pub fn brand(mut self, brand: impl Into<String>) -> Self {
        self.brand = Some(brand.into());
        self
    }

    /// Probably the model \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `itm` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "itm")]
    pub fn model(mut self, model: impl Into<String>) -> Self {
        self.model = Some(model.into());
        self
    }

    /// Probably the lowest price \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `slv` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "slv")]
    pub fn price_low(mut self, price_low: impl Into<String>) -> Self {
        self.price_low = Some(price_low.into());
        self
    }

    /// Probably the highest price \[inf\]. The reference marks its type unknown (`?`), so it stays text, sent as given.
    ///
    /// Wire name: `shv` (text).
    /// Certainty: name \[1\] JSDK.
    #[doc(alias = "shv")]
    pub fn price_high(mut self, price_high: impl Into<String>) -> Self {
        self.price_high = Some(price_high.into());
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEMS_LIST_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("p", &self.page);
        params
            .opt_checked(
                "pageSize",
                &self.page_size,
                &[crate::Rule::OneOf(&["5", "10", "15", "20"])],
            )?;
        params.opt("its", &self.item_state);
        params.opt("datatype", &self.datatype);
        params.opt("mts", &self.modify_time_start);
        params.opt("mte", &self.modify_time_end);
        params.opt("is_cod", &self.is_cod);
        params.opt("is_gift", &self.is_gift);
        params.opt("it", &self.item_id);
        params.opt("oit", &self.outer_item_id);
        params.opt("barCode", &self.bar_code);
        params.opt("name", &self.name);
        params.opt("sc", &self.shop_category);
        params.opt("itb", &self.brand);
        params.opt("itm", &self.model);
        params.opt("slv", &self.price_low);
        params.opt("shv", &self.price_high);
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

impl crate::Paged for Request {
    type Item = ItemInfo;

    const FIRST_PAGE: i32 = 1;

    fn page(&self) -> Option<i32> {
        self.page
    }

    fn set_page(&mut self, page: i32) {
        self.page = Some(page);
    }

    fn page_size(&self) -> Option<i32> {
        self.page_size
    }

    fn total(response: &Response) -> crate::Total {
        crate::Total::pages(response.total_info.as_ref().and_then(|v| v.page_total))
    }

    fn items(response: &mut Response) -> &mut Vec<ItemInfo> {
        &mut response.items_list
    }
}

/// Search the shop's items by state, ids, name and modified time, one page at a time.
///
/// Element `response`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
    pub function_id: Option<String>,
    /// `time`: when the server answered, Beijing time.
    pub time: Option<crate::BeijingTime>,
    /// Totals and paging of the query.
    ///
    /// Wire name: `totalInfo`.
    /// Certainty: \[2+\] DG TotalInfo, JSDK TotalInfo.
    pub total_info: Option<TotalInfo>,
    /// The items on this page.
    ///
    /// Wire name: `ItemsList` › `ItemInfo*`.
    /// Certainty: \[2+\] DG, JSDK; used by WF, EF, ZEND, D1, PY, WD.
    pub items_list: Vec<ItemInfo>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            total_info: None,
            items_list: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"totalInfo") => out.total_info = decoder.opt_nested()?,
                Some(b"ItemsList") => decoder.list_of(b"ItemInfo", &mut out.items_list)?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// Totals and paging of the query.
///
/// Element `totalInfo`.
/// Certainty: \[2+\] DG TotalInfo, JSDK TotalInfo.
///
/// To build one in a test: `let mut value = TotalInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TotalInfo {
    /// Items matching the query.
    ///
    /// Wire name: `itemsCount` (integer).
    pub items_count: Option<i32>,
    /// Page size.
    ///
    /// Wire name: `pageSize` (integer).
    pub page_size: Option<i32>,
    /// Number of pages (0 or empty when nothing matched).
    ///
    /// Wire name: `pageTotal` (integer).
    pub page_total: Option<i32>,
    /// Current page number.
    ///
    /// Wire name: `currentPage` (integer).
    pub current_page: Option<i32>,
}

impl crate::xml_decode::FromXml for TotalInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            items_count: None,
            page_size: None,
            page_total: None,
            current_page: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"itemsCount") => out.items_count = decoder.opt()?,
                Some(b"pageSize") => out.page_size = decoder.opt()?,
                Some(b"pageTotal") => out.page_total = decoder.opt()?,
                Some(b"currentPage") => out.current_page = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One shop category.
///
/// Element `shopCategoryInfo`.
///
/// To build one in a test: `let mut value = ShopCategoryInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ShopCategoryInfo {
    /// Shop category id.
    ///
    /// Wire name: `shopCategoryID` (text).
    pub shop_category_id: Option<String>,
    /// Shop category name.
    ///
    /// Wire name: `shopCategoryName` (text).
    pub shop_category_name: Option<String>,
}

impl crate::xml_decode::FromXml for ShopCategoryInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            shop_category_id: None,
            shop_category_name: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"shopCategoryID") => out.shop_category_id = decoder.opt()?,
                Some(b"shopCategoryName") => out.shop_category_name = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One item.
///
/// Element `ItemInfo`.
///
/// To build one in a test: `let mut value = ItemInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemInfo {
    /// Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    /// Certainty: \[2+\] DG, JSDK; read by WF, EF, ZEND, D1, PY, WD; in every published example.
    pub item_id: i64,
    /// Item title.
    ///
    /// Wire name: `itemName` (text).
    pub item_name: Option<String>,
    /// Subtitle.
    ///
    /// Wire name: `itemSubhead` (text).
    pub item_subhead: Option<String>,
    /// Brand.
    ///
    /// Wire name: `brand` (text).
    /// Certainty: \[1\] DG.
    pub brand: Option<String>,
    /// Model (WF falls back to it).
    ///
    /// Wire name: `model` (text).
    /// Certainty: \[1\] DG.
    pub model: Option<String>,
    /// 当当价 — Selling price.
    ///
    /// Wire name: `unitPrice` (decimal yuan).
    pub unit_price: Option<crate::Decimal>,
    /// Stock.
    ///
    /// Wire name: `stockCount` (integer).
    pub stock_count: Option<i32>,
    /// The item's shop categories.
    ///
    /// Wire name: `shopCategoryList` › `shopCategoryInfo*`.
    pub shop_category_list: Vec<ShopCategoryInfo>,
    /// 商品状态 — Listing state, 上架 / 下架 (ZEND: 可销售).
    ///
    /// Wire name: `itemState` (code table [`ItemState`](crate::types::ItemState)).
    /// Certainty: \[2+\] EF, WD, DG.
    pub item_state: Option<crate::types::ItemState>,
    /// Audit state; values not found.
    ///
    /// Wire name: `itemCheckState` (text).
    /// Certainty: \[1\] DG.
    pub item_check_state: Option<String>,
    /// Last update time.
    ///
    /// Wire name: `updateTime` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub update_time: Option<crate::BeijingTime>,
    /// 企业商品标识符 — Merchant item code (WF treats it as optional).
    ///
    /// Wire name: `outerItemID` (text).
    /// Certainty: \[2+\] JSDK, ZEND.
    pub outer_item_id: Option<String>,
    /// Undocumented element `ty`; meaning not found.
    ///
    /// Wire name: `ty` (text).
    pub ty: Option<String>,
    /// Data type (DG spelling; meaning not found).
    ///
    /// Wire name: `datatype` (text).
    /// Certainty: \[1\] DG.
    pub datatype: Option<String>,
    /// The same field as spelled by JSDK.
    ///
    /// Wire name: `datetype` (text).
    /// Certainty: \[1\] JSDK.
    pub datetype: Option<String>,
}

impl crate::xml_decode::FromXml for ItemInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut item_id = None;
        let mut item_name = None;
        let mut item_subhead = None;
        let mut brand = None;
        let mut model = None;
        let mut unit_price = None;
        let mut stock_count = None;
        let mut shop_category_list = Vec::new();
        let mut item_state = None;
        let mut item_check_state = None;
        let mut update_time = None;
        let mut outer_item_id = None;
        let mut ty = None;
        let mut datatype = None;
        let mut datetype = None;
        loop {
            match decoder.next_child()? {
                Some(b"itemID") => item_id = Some(decoder.required()?),
                Some(b"itemName") => item_name = decoder.opt()?,
                Some(b"itemSubhead") => item_subhead = decoder.opt()?,
                Some(b"brand") => brand = decoder.opt()?,
                Some(b"model") => model = decoder.opt()?,
                Some(b"unitPrice") => unit_price = decoder.opt()?,
                Some(b"stockCount") => stock_count = decoder.opt()?,
                Some(b"shopCategoryList") => {
                    decoder.list_of(b"shopCategoryInfo", &mut shop_category_list)?
                }
                Some(b"itemState") => item_state = decoder.opt()?,
                Some(b"itemCheckState") => item_check_state = decoder.opt()?,
                Some(b"updateTime") => update_time = decoder.opt()?,
                Some(b"outerItemID") => outer_item_id = decoder.opt()?,
                Some(b"ty") => ty = decoder.opt()?,
                Some(b"datatype") => datatype = decoder.opt()?,
                Some(b"datetype") => datetype = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            item_id: item_id.ok_or_else(|| decoder.missing("itemID"))?,
            item_name,
            item_subhead,
            brand,
            model,
            unit_price,
            stock_count,
            shop_category_list,
            item_state,
            item_check_state,
            update_time,
            outer_item_id,
            ty,
            datatype,
            datetype,
        })
    }
}
