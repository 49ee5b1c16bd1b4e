// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.item.get`: Get one item's full details (a plain item, a multi-SKU product, or one SKU under it), with its SKUs and pictures.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getItemDetail.php`
//! - Transport: GET, parameters in the query string
//! - Safety: read (safe to retry)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-116: Official doc page 116 (item.get, version label 2.0), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=116>
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - EF: Baison eFAST PHP adapter DangdangAPIModel and its MySQL column comments (repository not identified)
//! - D1: ACGT/d1: HttpInvokeUtil and JSP pages of the d1.com.cn shop
//! - WD: a Wangdian-style PHP ERP DangdangClient (repository not identified)
//! - PY: a Python DangDangAPi script (repository not identified)
//! - CSDK: MrLiu-97/MyProject dangdangSDK: decompiled C# dangdangSDK.dll
//!
//! Notes:
//! - Verb GET, version label 2.0 \[1: DOC-116\]; clients use GET and POST \[2+\].
//! - The legacy endpoint also took `gShopID` + `validateString` \[2+: WF test, D1\]; not for the new gateway.
//! - Conflict `itemBarcod` / `itemBarcode`: DOC-116's example opens `itemBarcod` and closes `itemBarcode`; JSDK maps `itemBarcod` \[2+\]. Both spellings are read into one field, `item_barcode`.
//! - Conflict `isShopType` (DOC-116) / `isShopVip` (DG) \[1 each\]: both are decoded.
//! - `shopCategoryID1`…`5`: DOC-116 shows 1–2, JSDK maps 1–5. `pic1`…`pic8`: DG maps 1–5, JSDK 1–8.
//! - That `it` is required is an inference \[inf\].
//! - Errors: `response/Error` (E2, returned as `Error::Business`) or `response/Result` carrying `operCode`/`operation` \[2+: WF checks both, DG `ResponseErr` has both\]; the latter is decoded into `result`, so check it. No codes found.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.item.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getItemDetail.php";

/// Request for `dangdang.item.get` (getItemDetail.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.item.get")]
#[doc(alias = "getItemDetail.php")]
#[doc(alias = "getItemDetail")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// Item identifier: a plain item, a multi-SKU product, or one SKU under it (the reference types it `int`; sent as 64-bit).
    ///
    /// Wire name: `it` (integer).
    /// Certainty: \[2+\] DOC-116, DG, WF, EF, D1, WD, PY; required \[inf\].
    #[doc(alias = "it")]
    pub item_id: i64,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(item_id: i64) -> Self {
        Self {
            item_id,
            extra_params: Vec::new(),
        }
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEM_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.req("it", &self.item_id);
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// Get one item's full details (a plain item, a multi-SKU product, or one SKU under it), with its SKUs and pictures.
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
    /// The item.
    ///
    /// Wire name: `ItemDetail`.
    /// Certainty: \[2+\] union of DOC-116, DG, JSDK.
    pub item_detail: Option<ItemDetail>,
    /// Failure shape: `operCode` and `operation` instead of `ItemDetail`.
    ///
    /// Wire name: `Result`.
    /// Certainty: \[2+\] WF, DG.
    pub result: Option<ItemGetResult>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            item_detail: None,
            result: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"ItemDetail") => out.item_detail = decoder.opt_nested()?,
                Some(b"Result") => out.result = decoder.opt_nested()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One SKU (sic: `Specila`); only for 分色分码 items.
///
/// Element `SpecilaItemInfo`.
/// Certainty: \[2+\].
///
/// To build one in a test: `let mut value = SpecialItemInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "SpecilaItemInfo")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SpecialItemInfo {
    /// Sales-attribute class.
    ///
    /// Wire name: `specialAttributeClass` (text).
    pub special_attribute_class: Option<String>,
    /// Sales attributes, e.g. `颜色>>军绿;鞋码>>38`.
    ///
    /// Wire name: `specialAttribute` (text).
    pub special_attribute: Option<String>,
    /// Display order.
    ///
    /// Wire name: `specialAttributeSeq` (integer).
    pub special_attribute_seq: Option<i32>,
    /// Stock of this SKU.
    ///
    /// Wire name: `stockCount` (integer).
    pub stock_count: Option<i32>,
    /// 当当价 — Selling price of this SKU.
    ///
    /// Wire name: `unitPrice` (decimal yuan).
    pub unit_price: Option<crate::Decimal>,
    /// 企业商品标识符 — Merchant code of this SKU.
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// SKU id.
    ///
    /// Wire name: `subItemID` (integer).
    pub sub_item_id: Option<i64>,
    /// SKU picture.
    ///
    /// Wire name: `itemPic` (text).
    /// Certainty: \[2+\] JSDK, WD.
    pub item_pic: Option<String>,
    /// Volume of this SKU.
    ///
    /// Wire name: `volume` (decimal yuan).
    /// Certainty: \[1\] DG.
    pub volume: Option<crate::Decimal>,
    /// Weight of this SKU.
    ///
    /// Wire name: `weight` (decimal yuan).
    /// Certainty: \[1\] DG.
    pub weight: Option<crate::Decimal>,
}

impl crate::xml_decode::FromXml for SpecialItemInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            special_attribute_class: None,
            special_attribute: None,
            special_attribute_seq: None,
            stock_count: None,
            unit_price: None,
            outer_item_id: None,
            sub_item_id: None,
            item_pic: None,
            volume: None,
            weight: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"specialAttributeClass") => {
                    out.special_attribute_class = decoder.opt()?;
                }
                Some(b"specialAttribute") => out.special_attribute = decoder.opt()?,
                Some(b"specialAttributeSeq") => {
                    out.special_attribute_seq = decoder.opt()?;
                }
                Some(b"stockCount") => out.stock_count = decoder.opt()?,
                Some(b"unitPrice") => out.unit_price = decoder.opt()?,
                Some(b"outerItemID") => out.outer_item_id = decoder.opt()?,
                Some(b"subItemID") => out.sub_item_id = decoder.opt()?,
                Some(b"itemPic") => out.item_pic = decoder.opt()?,
                Some(b"volume") => out.volume = decoder.opt()?,
                Some(b"weight") => out.weight = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// The item.
///
/// Element `ItemDetail`.
/// Certainty: \[2+\] union of DOC-116, DG, JSDK.
///
/// To build one in a test: `let mut value = ItemDetail::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemDetail {
    /// Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    pub item_id: Option<i64>,
    /// Barcode. The wire spells it `itemBarcod` (DOC-116's opening tag, JSDK) or `itemBarcode` (its closing tag); both are read here.
    ///
    /// Wire name: `itemBarcode` (text).
    /// Also read from `itemBarcod` (another spelling on the wire).
    /// Certainty: itemBarcod \[2+\] DOC-116 example, JSDK; itemBarcode \[1\] DOC-116.
    #[doc(alias = "itemBarcod")]
    pub item_barcode: Option<String>,
    /// Item title.
    ///
    /// Wire name: `itemName` (text).
    pub item_name: Option<String>,
    /// Subtitle.
    ///
    /// Wire name: `itemSubhead` (text).
    pub item_subhead: Option<String>,
    /// Dangdang leaf category code.
    ///
    /// Wire name: `classificationCode1` (text).
    pub classification_code1: Option<String>,
    /// Secondary category code.
    ///
    /// Wire name: `classificationCode2` (text).
    pub classification_code2: Option<String>,
    /// Brand.
    ///
    /// Wire name: `brand` (text).
    pub brand: Option<String>,
    /// 货号 — Model number.
    ///
    /// Wire name: `model` (text).
    pub model: Option<String>,
    /// General attributes, `name>>value;name>>value`.
    ///
    /// Wire name: `attribute` (text).
    pub attribute: Option<String>,
    /// HTML description.
    ///
    /// Wire name: `itemDetail` (text).
    pub item_detail: Option<String>,
    /// 进货价 — Purchase (cost) price.
    ///
    /// Wire name: `stockPrice` (decimal yuan).
    pub stock_price: Option<crate::Decimal>,
    /// Market price.
    ///
    /// Wire name: `marketPrice` (decimal yuan).
    pub market_price: Option<crate::Decimal>,
    /// Shop-VIP price flag, `是` / `否`.
    ///
    /// Wire name: `vipPriceType` (`是` / `否`).
    pub vip_price_type: Option<bool>,
    /// Shop-VIP flag as named by DOC-116 (conflicts with isShopVip).
    ///
    /// Wire name: `isShopType` (text).
    /// Certainty: \[1\] DOC-116.
    pub is_shop_type: Option<String>,
    /// Shop-VIP flag as named by DG (conflicts with isShopType).
    ///
    /// Wire name: `isShopVip` (text).
    /// Certainty: \[1\] DG.
    pub is_shop_vip: Option<String>,
    /// Shop category id 1.
    ///
    /// Wire name: `shopCategoryID1` (text).
    pub shop_category_id1: Option<String>,
    /// Shop category id 2.
    ///
    /// Wire name: `shopCategoryID2` (text).
    pub shop_category_id2: Option<String>,
    /// Shop category id 3 (JSDK only).
    ///
    /// Wire name: `shopCategoryID3` (text).
    /// Certainty: \[1\] JSDK.
    pub shop_category_id3: Option<String>,
    /// Shop category id 4 (JSDK only).
    ///
    /// Wire name: `shopCategoryID4` (text).
    /// Certainty: \[1\] JSDK.
    pub shop_category_id4: Option<String>,
    /// Shop category id 5 (JSDK only).
    ///
    /// Wire name: `shopCategoryID5` (text).
    /// Certainty: \[1\] JSDK.
    pub shop_category_id5: Option<String>,
    /// 商品状态 — Listing state, `上架` / `下架`.
    ///
    /// Wire name: `itemState` (code table [`ItemState`](crate::types::ItemState)).
    pub item_state: Option<crate::types::ItemState>,
    /// Cash on delivery, `是` / `否`.
    ///
    /// Wire name: `is_cod` (`是` / `否`).
    pub is_cod: Option<bool>,
    /// Item type text, e.g. `商品`.
    ///
    /// Wire name: `itemType` (text).
    pub item_type: Option<String>,
    /// 企业商品标识符 — Merchant item code.
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// 当当价 — Selling price.
    ///
    /// Wire name: `unitPrice` (decimal yuan).
    pub unit_price: Option<crate::Decimal>,
    /// Stock.
    ///
    /// Wire name: `stockCount` (integer).
    pub stock_count: Option<i32>,
    /// 拍档 — Best-partner items; format not found.
    ///
    /// Wire name: `bestPartnerList` (text).
    /// Certainty: \[1\] JSDK.
    pub best_partner_list: Option<String>,
    /// Volume (unit not stated).
    ///
    /// Wire name: `volume` (decimal yuan).
    pub volume: Option<crate::Decimal>,
    /// Weight (unit not stated).
    ///
    /// Wire name: `weight` (decimal yuan).
    pub weight: Option<crate::Decimal>,
    /// Freight template name.
    ///
    /// Wire name: `templateName` (text).
    pub template_name: Option<String>,
    /// Picture 1 URL.
    ///
    /// Wire name: `pic1` (text).
    pub pic1: Option<String>,
    /// Picture 2 URL.
    ///
    /// Wire name: `pic2` (text).
    pub pic2: Option<String>,
    /// Picture 3 URL.
    ///
    /// Wire name: `pic3` (text).
    pub pic3: Option<String>,
    /// Picture 4 URL.
    ///
    /// Wire name: `pic4` (text).
    pub pic4: Option<String>,
    /// Picture 5 URL.
    ///
    /// Wire name: `pic5` (text).
    pub pic5: Option<String>,
    /// Picture 6 URL (JSDK only).
    ///
    /// Wire name: `pic6` (text).
    /// Certainty: \[1\] JSDK.
    pub pic6: Option<String>,
    /// Picture 7 URL (JSDK only).
    ///
    /// Wire name: `pic7` (text).
    /// Certainty: \[1\] JSDK.
    pub pic7: Option<String>,
    /// Picture 8 URL (JSDK only).
    ///
    /// Wire name: `pic8` (text).
    /// Certainty: \[1\] JSDK.
    pub pic8: Option<String>,
    /// Sales-attribute class directly under ItemDetail.
    ///
    /// Wire name: `specialAttributeClass` (text).
    /// Certainty: \[1\] DG.
    pub special_attribute_class: Option<String>,
    /// One SKU (sic: `Specila`); only for 分色分码 items.
    ///
    /// Wire name: `SpecilaItemInfo*`.
    /// Certainty: \[2+\].
    #[doc(alias = "SpecilaItemInfo")]
    pub special_item_info: Vec<SpecialItemInfo>,
}

impl crate::xml_decode::FromXml for ItemDetail {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            item_id: None,
            item_barcode: None,
            item_name: None,
            item_subhead: None,
            classification_code1: None,
            classification_code2: None,
            brand: None,
            model: None,
            attribute: None,
            item_detail: None,
            stock_price: None,
            market_price: None,
            vip_price_type: None,
            is_shop_type: None,
            is_shop_vip: None,
            shop_category_id1: None,
            shop_category_id2: None,
            shop_category_id3: None,
            shop_category_id4: None,
            shop_category_id5: None,
            item_state: None,
            is_cod: None,
            item_type: None,
            outer_item_id: None,
            unit_price: None,
            stock_count: None,
            best_partner_list: None,
            volume: None,
            weight: None,
            template_name: None,
            pic1: None,
            pic2: None,
            pic3: None,
            pic4: None,
            pic5: None,
            pic6: None,
            pic7: None,
            pic8: None,
            special_attribute_class: None,
            special_item_info: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"itemID") => out.item_id = decoder.opt()?,
                Some(b"itemBarcode") | Some(b"itemBarcod") => {
                    out.item_barcode = decoder.opt()?;
                }
                Some(b"itemName") => out.item_name = decoder.opt()?,
                Some(b"itemSubhead") => out.item_subhead = decoder.opt()?,
                Some(b"classificationCode1") => out.classification_code1 = decoder.opt()?,
                Some(b"classificationCode2") => out.classification_code2 = decoder.opt()?,
                Some(b"brand") => out.brand = decoder.opt()?,
                Some(b"model") => out.model = decoder.opt()?,
                Some(b"attribute") => out.attribute = decoder.opt()?,
                Some(b"itemDetail") => out.item_detail = decoder.opt()?,
                Some(b"stockPrice") => out.stock_price = decoder.opt()?,
                Some(b"marketPrice") => out.market_price = decoder.opt()?,
                Some(b"vipPriceType") => out.vip_price_type = decoder.flag_zh()?,
                Some(b"isShopType") => out.is_shop_type = decoder.opt()?,
                Some(b"isShopVip") => out.is_shop_vip = decoder.opt()?,
                Some(b"shopCategoryID1") => out.shop_category_id1 = decoder.opt()?,
                Some(b"shopCategoryID2") => out.shop_category_id2 = decoder.opt()?,
                Some(b"shopCategoryID3") => out.shop_category_id3 = decoder.opt()?,
                Some(b"shopCategoryID4") => out.shop_category_id4 = decoder.opt()?,
                Some(b"shopCategoryID5") => out.shop_category_id5 = decoder.opt()?,
                Some(b"itemState") => out.item_state = decoder.opt()?,
                Some(b"is_cod") => out.is_cod = decoder.flag_zh()?,
                Some(b"itemType") => out.item_type = decoder.opt()?,
                Some(b"outerItemID") => out.outer_item_id = decoder.opt()?,
                Some(b"unitPrice") => out.unit_price = decoder.opt()?,
                Some(b"stockCount") => out.stock_count = decoder.opt()?,
                Some(b"bestPartnerList") => out.best_partner_list = decoder.opt()?,
                Some(b"volume") => out.volume = decoder.opt()?,
                Some(b"weight") => out.weight = decoder.opt()?,
                Some(b"templateName") => out.template_name = decoder.opt()?,
                Some(b"pic1") => out.pic1 = decoder.opt()?,
                Some(b"pic2") => out.pic2 = decoder.opt()?,
                Some(b"pic3") => out.pic3 = decoder.opt()?,
                Some(b"pic4") => out.pic4 = decoder.opt()?,
                Some(b"pic5") => out.pic5 = decoder.opt()?,
                Some(b"pic6") => out.pic6 = decoder.opt()?,
                Some(b"pic7") => out.pic7 = decoder.opt()?,
                Some(b"pic8") => out.pic8 = decoder.opt()?,
                Some(b"specialAttributeClass") => {
                    out.special_attribute_class = decoder.opt()?;
                }
                Some(b"SpecilaItemInfo") => out.special_item_info.push(decoder.nested()?),
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// Failure shape: `operCode` and `operation` instead of `ItemDetail`.
///
/// Element `Result`.
/// Certainty: \[2+\] WF, DG.
///
/// To build one in a test: `let mut value = ItemGetResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemGetResult {
    /// Result code, 0 = ok; no codes found.
    ///
    /// Wire name: `operCode` (code table [`ItemGetResultCode`](crate::types::ItemGetResultCode)).
    pub oper_code: Option<crate::types::ItemGetResultCode>,
    /// Result text.
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for ItemGetResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            oper_code: None,
            operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}
