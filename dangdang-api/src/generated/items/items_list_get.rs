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
#[non_exhaustive]
pub struct Request {
    /// Page number, 1-based.
    ///
    /// Wire name: `p` (integer).
    /// Server default when omitted: `1`.
    /// Certainty: \[2+\] DG comment (default), EF, WF, LPPZ.
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
    pub modify_time_start: Option<crate::BeijingTime>,
    /// 修改时间之前 — Modified at or before.
    ///
    /// Wire name: `mte` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    /// Certainty: \[2+\] DG, WF, WD.
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
    pub item_id: Option<i64>,
    /// 企业商品标识符 — Merchant outer item id.
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] JSDK field.
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
    /// Probably the shop category \[inf\]; type unknown.
    ///
    /// Wire name: `sc` (text).
    /// Certainty: name \[1\] JSDK.
    pub shop_category: Option<String>,
    /// Probably the brand \[inf\]; type unknown.
    ///
    /// Wire name: `itb` (text).
    /// Certainty: name \[1\] JSDK.
    pub brand: Option<String>,
    /// Probably the model \[inf\]; type unknown.
    ///
    /// Wire name: `itm` (text).
    /// Certainty: name \[1\] JSDK.
    pub model: Option<String>,
    /// Probably the lowest price \[inf\]; type unknown.
    ///
    /// Wire name: `slv` (text).
    /// Certainty: name \[1\] JSDK.
    pub price_low: Option<String>,
    /// Probably the highest price \[inf\]; type unknown.
    ///
    /// Wire name: `shv` (text).
    /// Certainty: name \[1\] JSDK.
    pub price_high: Option<String>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self {
            page: None,
            page_size: None,
            item_state: None,
            datatype: None,
            modify_time_start: None,
            modify_time_end: None,
            is_cod: None,
            is_gift: None,
            item_id: None,
            outer_item_id: None,
            bar_code: None,
            name: None,
            shop_category: None,
            brand: None,
            model: None,
            price_low: None,
            price_high: None,
            extra_params: Vec::new(),
        }
    }

    /// Page number, 1-based.
    ///
    /// Wire name: `p` (integer).
    /// Server default when omitted: `1`.
    /// Certainty: \[2+\] DG comment (default), EF, WF, LPPZ.
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
    pub fn item_id(mut self, item_id: i64) -> Self {
        self.item_id = Some(item_id);
        self
    }

    /// 企业商品标识符 — Merchant outer item id.
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] JSDK field.
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

    /// Probably the shop category \[inf\]; type unknown.
    ///
    /// Wire name: `sc` (text).
    /// Certainty: name \[1\] JSDK.
    pub fn shop_category(mut self, shop_category: impl Into<String>) -> Self {
        self.shop_category = Some(shop_category.into());
        self
    }

    /// Probably the brand \[inf\]; type unknown.
    ///
    /// Wire name: `itb` (text).
    /// Certainty: name \[1\] JSDK.
    pub fn brand(mut self, brand: impl Into<String>) -> Self {
        self.brand = Some(brand.into());
        self
    }

    /// Probably the model \[inf\]; type unknown.
    ///
    /// Wire name: `itm` (text).
    /// Certainty: name \[1\] JSDK.
    pub fn model(mut self, model: impl Into<String>) -> Self {
        self.model = Some(model.into());
        self
    }

    /// Probably the lowest price \[inf\]; type unknown.
    ///
    /// Wire name: `slv` (text).
    /// Certainty: name \[1\] JSDK.
    pub fn price_low(mut self, price_low: impl Into<String>) -> Self {
        self.price_low = Some(price_low.into());
        self
    }

    /// Probably the highest price \[inf\]; type unknown.
    ///
    /// Wire name: `shv` (text).
    /// Certainty: name \[1\] JSDK.
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

    /// Checks the spec's client-side rules and builds the wire call.
    pub fn to_call(&self) -> Result<crate::call::ApiCall, crate::Error> {
        let mut params: Vec<(std::borrow::Cow<'static, str>, String)> = Vec::new();
        if let Some(value) = &self.page {
            let text = crate::wire::text(value);
            params.push(("p".into(), text));
        }
        if let Some(value) = &self.page_size {
            let text = crate::wire::text(value);
            crate::call::check_allowed(
                METHOD,
                "pageSize",
                &text,
                &["5", "10", "15", "20"],
            )?;
            params.push(("pageSize".into(), text));
        }
        if let Some(value) = &self.item_state {
            let text = crate::wire::text(value);
            params.push(("its".into(), text));
        }
        if let Some(value) = &self.datatype {
            let text = crate::wire::text(value);
            params.push(("datatype".into(), text));
        }
        if let Some(value) = &self.modify_time_start {
            let text = crate::wire::text(value);
            params.push(("mts".into(), text));
        }
        if let Some(value) = &self.modify_time_end {
            let text = crate::wire::text(value);
            params.push(("mte".into(), text));
        }
        if let Some(value) = &self.is_cod {
            let text = crate::wire::text(value);
            params.push(("is_cod".into(), text));
        }
        if let Some(value) = &self.is_gift {
            let text = crate::wire::text(value);
            params.push(("is_gift".into(), text));
        }
        if let Some(value) = &self.item_id {
            let text = crate::wire::text(value);
            params.push(("it".into(), text));
        }
        if let Some(value) = &self.outer_item_id {
            let text = crate::wire::text(value);
            params.push(("oit".into(), text));
        }
        if let Some(value) = &self.bar_code {
            let text = crate::wire::text(value);
            params.push(("barCode".into(), text));
        }
        if let Some(value) = &self.name {
            let text = crate::wire::text(value);
            params.push(("name".into(), text));
        }
        if let Some(value) = &self.shop_category {
            let text = crate::wire::text(value);
            params.push(("sc".into(), text));
        }
        if let Some(value) = &self.brand {
            let text = crate::wire::text(value);
            params.push(("itb".into(), text));
        }
        if let Some(value) = &self.model {
            let text = crate::wire::text(value);
            params.push(("itm".into(), text));
        }
        if let Some(value) = &self.price_low {
            let text = crate::wire::text(value);
            params.push(("slv".into(), text));
        }
        if let Some(value) = &self.price_high {
            let text = crate::wire::text(value);
            params.push(("shv".into(), text));
        }
        for (name, value) in &self.extra_params {
            params.push((name.clone().into(), value.clone()));
        }
        Ok(crate::call::ApiCall {
            method: METHOD,
            transport: crate::call::Transport::Get,
            safety: crate::call::Safety::Read,
            params,
            upload: None,
        })
    }

    /// Sends this request; the same as [`Client::items_list_get`](crate::Client::items_list_get).
    pub async fn send(&self, client: &crate::Client) -> Result<Response, crate::Error> {
        client.items_list_get(self).await
    }

    /// Sends this request and waits for the reply, without an async runtime (feature `blocking`).
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        &self,
        client: &crate::blocking::Client,
    ) -> Result<Response, crate::Error> {
        client.block_on(self.send(client.inner()))
    }
}

/// Search the shop's items by state, ids, name and modified time, one page at a time.
///
/// Element `response`.
#[derive(Debug, Clone, PartialEq)]
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
        let mut function_id = None;
        let mut time = None;
        let mut total_info = None;
        let mut items_list = Vec::new();
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => function_id = decoder.opt()?,
                Some(b"time") => time = decoder.opt()?,
                Some(b"totalInfo") => total_info = decoder.opt_nested()?,
                Some(b"ItemsList") => decoder.list_of(b"ItemInfo", &mut items_list)?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            function_id,
            time,
            total_info,
            items_list,
        })
    }
}

/// Totals and paging of the query.
///
/// Element `totalInfo`.
/// Certainty: \[2+\] DG TotalInfo, JSDK TotalInfo.
#[derive(Debug, Clone, PartialEq)]
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
        let mut items_count = None;
        let mut page_size = None;
        let mut page_total = None;
        let mut current_page = None;
        loop {
            match decoder.next_child()? {
                Some(b"itemsCount") => items_count = decoder.opt()?,
                Some(b"pageSize") => page_size = decoder.opt()?,
                Some(b"pageTotal") => page_total = decoder.opt()?,
                Some(b"currentPage") => current_page = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            items_count,
            page_size,
            page_total,
            current_page,
        })
    }
}

/// One shop category.
///
/// Element `shopCategoryInfo`.
#[derive(Debug, Clone, PartialEq)]
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
        let mut shop_category_id = None;
        let mut shop_category_name = None;
        loop {
            match decoder.next_child()? {
                Some(b"shopCategoryID") => shop_category_id = decoder.opt()?,
                Some(b"shopCategoryName") => shop_category_name = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            shop_category_id,
            shop_category_name,
        })
    }
}

/// One item.
///
/// Element `ItemInfo`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ItemInfo {
    /// Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    pub item_id: Option<i64>,
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
                Some(b"itemID") => item_id = decoder.opt()?,
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
            item_id,
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

impl crate::Client {
    /// `dangdang.items.list.get`: Search the shop's items by state, ids, name and modified time, one page at a time.
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `searchItems.php`.
    #[doc(alias = "dangdang.items.list.get")]
    #[doc(alias = "searchItems.php")]
    #[doc(alias = "searchItems")]
    pub async fn items_list_get(
        &self,
        request: &Request,
    ) -> Result<Response, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::typed::<Response>(METHOD, &body)
    }
}

/// How the runtime walks this method's pages.
static PAGING: crate::paginate::Paging<Request, Response, ItemInfo> = crate::paginate::Paging {
    method: METHOD,
    page_of: |request| request.page,
    set_page: |request, page| request.page = Some(page),
    fetch: fetch_page,
    total_pages: |response| response.total_info.as_ref().and_then(|v| v.page_total),
    items: |response| &mut response.items_list,
};

fn fetch_page<'a>(
    client: &'a crate::Client,
    request: &'a Request,
) -> crate::paginate::PageFuture<'a, Response> {
    Box::pin(client.items_list_get(request))
}

impl Request {
    /// Every page from this request's page (default 1) to the last, keeping every other
    /// parameter; stops with [`Error::Pagination`](crate::Error::Pagination) if the server repeats a page.
    pub fn pages(
        &self,
        client: &crate::Client,
    ) -> impl futures_util::Stream<
        Item = Result<Response, crate::Error>,
    > + Send + 'static {
        crate::paginate::pages(client.clone(), self.clone(), &PAGING)
    }

    /// Every record of every page, in order (see [`Request::pages`]).
    pub fn items(
        &self,
        client: &crate::Client,
    ) -> impl futures_util::Stream<
        Item = Result<ItemInfo, crate::Error>,
    > + Send + 'static {
        crate::paginate::items(client.clone(), self.clone(), &PAGING)
    }

    /// Blocking [`Request::pages`]: an iterator of pages.
    #[cfg(feature = "blocking")]
    pub fn pages_blocking<'a>(
        &self,
        client: &'a crate::blocking::Client,
    ) -> impl Iterator<Item = Result<Response, crate::Error>> + 'a {
        client.iter(Box::pin(self.pages(client.inner())))
    }

    /// Blocking [`Request::items`]: an iterator of records.
    #[cfg(feature = "blocking")]
    pub fn items_blocking<'a>(
        &self,
        client: &'a crate::blocking::Client,
    ) -> impl Iterator<Item = Result<ItemInfo, crate::Error>> + 'a {
        client.iter(Box::pin(self.items(client.inner())))
    }
}
