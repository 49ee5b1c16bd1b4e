// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.item.detail.update`: Update the details of several items (and their SKUs) in one call; send only what changes.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateItemsDetail.php`
//! - Transport: multipart POST, document in file part `updateItemsDetail`
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-98: Official doc page 98 (item.detail.update, version label 2.0), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=98>
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//!
//! Notes:
//! - Upload field `updateItemsDetail` \[1: DOC-98, version label 2.0\]; the client sends file name `updateItemsDetail.xml` (free, protocol §3).
//! - JSDK's bean has no `functionID`/`time`; other uploads carry them, so the client sends them \[inf\].
//! - Rules \[1: DOC-98\]: several items per call; partial updates allowed (send only what changes); for SKU items the last sent info wins; a SKU item's category may change only to a leaf category with the same sales attributes; the price of promotion items cannot change (except N件起购); the sales-attribute combination (e.g. colour+size) cannot change, names can; SKUs added to a gift product become gifts; re-sending `bestPartnerList` replaces the old list and it must follow a format (text truncated in the doc); `specialAttributeClass` may be empty; `specialAttributeSeq` non-numeric, empty or > 9999 becomes 0; a custom `specialAttribute` name is at most 20 characters (10 Chinese).
//! - `itemID` is a constructor argument because it identifies the item (DOC-98: the item identifier cannot be changed); that it is mandatory is \[inf\]. No other required marks were found.
//! - `bestPartnerList` is not in JSDK's bean; it is here because DOC-98's rules name it for this method \[1\]; its position among the children is unknown (written last).
//! - The wire keeps its spellings: `ItemUpadteInfo` and `SpecilaItemInfo` in the upload, `SpecialItemInfo` in the response; the Rust names are corrected (`ItemUpdateInfo`, `SpecialItemInfo`, `SpecialItemResult`). No error codes were found; a whole-request failure comes as E2 (`Error::Business`).
//! - Response tree \[1: JSDK ItemUpdateResponse + modifyitem/Result\], the same as item.add; `functionID` and `time` in it are \[inf\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.item.detail.update";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateItemsDetail.php";

/// Request for `dangdang.item.detail.update` (updateItemsDetail.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.item.detail.update")]
#[doc(alias = "updateItemsDetail.php")]
#[doc(alias = "updateItemsDetail")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document uploaded as file part `updateItemsDetail`.
    pub document: upload::Document,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(document: upload::Document) -> Self {
        Self {
            document,
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEM_DETAIL_UPDATE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "updateItemsDetail",
                filename: "updateItemsDetail.xml",
                max_bytes: None,
                body: crate::UploadBody::Fragment({
                    let mut w = crate::xml::XmlWriter::new();
                    self.document.write_xml(&mut w, METHOD)?;
                    w.finish()
                }),
            }),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// The document uploaded in file part `updateItemsDetail` (GBK XML under `<request>`).
pub mod upload {
    pub use crate::generated::shapes::SpecialItemInfo;

    /// The `request` element.
    ///
    /// Element `request`.
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct Document {
        /// The items to update.
        ///
        /// Wire name: `ItemsList` › `ItemUpadteInfo*`.
        /// Certainty: \[2+\] DOC-98, JSDK.
        #[cfg_attr(feature = "serde", serde(default))]
        pub items_list: Vec<ItemUpdateInfo>,
    }

    impl Document {
        /// Builds `<request>` from its required children; optional ones start empty.
        pub fn new(items_list: Vec<ItemUpdateInfo>) -> Self {
            Self { items_list }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            w.start("ItemsList");
            for item in &self.items_list {
                w.start("ItemUpadteInfo");
                item.write_xml(w, method)?;
                w.end("ItemUpadteInfo");
            }
            w.end("ItemsList");
            Ok(())
        }
    }

    /// One item to update (sic: `Upadte`); send only the fields that change.
    ///
    /// Element `ItemUpadteInfo`.
    /// Certainty: \[2+\] DOC-98, JSDK; children \[1\] JSDK.
    #[doc(alias = "ItemUpadteInfo")]
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct ItemUpdateInfo {
        /// Dangdang id of the item to update; cannot itself be changed (DOC-98).
        ///
        /// Wire name: `itemID` (integer).
        /// Certainty: \[1\] JSDK; required \[inf\].
        pub item_id: i64,
        /// Barcode.
        ///
        /// Wire name: `itemBarcode` (text).
        pub item_barcode: Option<String>,
        /// Item title.
        ///
        /// Wire name: `itemName` (text).
        pub item_name: Option<String>,
        /// Subtitle.
        ///
        /// Wire name: `itemSubhead` (text).
        pub item_subhead: Option<String>,
        /// Dangdang leaf category code; for SKU items only a leaf with the same sales attributes (DOC-98).
        ///
        /// Wire name: `classificationCode1` (text).
        pub classification_code1: Option<String>,
        /// Secondary category code.
        ///
        /// Wire name: `classificationCode2` (text).
        pub classification_code2: Option<String>,
        /// Brand name.
        ///
        /// Wire name: `brand` (text).
        pub brand: Option<String>,
        /// 货号 — Model number.
        ///
        /// Wire name: `model` (text).
        pub model: Option<String>,
        /// Stock of an item without SKUs.
        ///
        /// Wire name: `stockCount` (integer).
        pub stock_count: Option<i32>,
        /// 当当价 — Selling price; cannot change for promotion items except N件起购 (DOC-98).
        ///
        /// Wire name: `unitPrice` (decimal yuan).
        pub unit_price: Option<crate::Decimal>,
        /// 企业商品标识符 — Merchant item code.
        ///
        /// Wire name: `outerItemID` (text).
        pub outer_item_id: Option<String>,
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
        /// Certainty: values \[2+\] DOC-116, CSDK (shared value formats).
        pub vip_price_type: Option<bool>,
        /// Shop (store) category id 1.
        ///
        /// Wire name: `shopCategoryID1` (text).
        pub shop_category_id1: Option<String>,
        /// Shop (store) category id 2.
        ///
        /// Wire name: `shopCategoryID2` (text).
        pub shop_category_id2: Option<String>,
        /// Shop (store) category id 3.
        ///
        /// Wire name: `shopCategoryID3` (text).
        pub shop_category_id3: Option<String>,
        /// Shop (store) category id 4.
        ///
        /// Wire name: `shopCategoryID4` (text).
        pub shop_category_id4: Option<String>,
        /// Shop (store) category id 5.
        ///
        /// Wire name: `shopCategoryID5` (text).
        pub shop_category_id5: Option<String>,
        /// 商品状态 — Listing state, `上架` / `下架`.
        ///
        /// Wire name: `itemState` (code table [`ItemState`](crate::types::ItemState)).
        pub item_state: Option<crate::types::ItemState>,
        /// Warranty (repair) type; values not found.
        ///
        /// Wire name: `guaranteeRepairType` (text).
        pub guarantee_repair_type: Option<String>,
        /// Return-guarantee type; values not found.
        ///
        /// Wire name: `guaranteeReturnType` (text).
        pub guarantee_return_type: Option<String>,
        /// Cash on delivery, `是` / `否`.
        ///
        /// Wire name: `is_cod` (`是` / `否`).
        /// Certainty: values \[2+\] DOC-116, CSDK (shared value formats).
        pub is_cod: Option<bool>,
        /// One SKU of the item (sic: `Specila`); for SKU items the last sent info wins; the sales-attribute combination cannot change (DOC-98).
        ///
        /// Wire name: `SpecilaItemInfo*`.
        /// Certainty: \[2+\] DOC-98, JSDK; same 6 children as item.add.
        #[doc(alias = "SpecilaItemInfo")]
        #[cfg_attr(feature = "serde", serde(default))]
        pub special_item_info: Vec<SpecialItemInfo>,
        /// Subsidy flag; values not found.
        ///
        /// Wire name: `isSubsidy` (text).
        pub is_subsidy: Option<String>,
        /// Subsidy amount (money, so decimal; the type is not stated).
        ///
        /// Wire name: `subsidyAmount` (decimal yuan).
        pub subsidy_amount: Option<crate::Decimal>,
        /// Volume (unit not stated for v2).
        ///
        /// Wire name: `volume` (decimal yuan).
        pub volume: Option<crate::Decimal>,
        /// Weight (unit not stated for v2).
        ///
        /// Wire name: `weight` (decimal yuan).
        pub weight: Option<crate::Decimal>,
        /// Freight template name, e.g. `店铺运费`.
        ///
        /// Wire name: `templateName` (text).
        pub template_name: Option<String>,
        /// 拍档 — Best-partner items; re-sending replaces the old list; must follow a format the doc text truncates.
        ///
        /// Wire name: `bestPartnerList` (text).
        /// Certainty: \[1\] DOC-98 rules (not in JSDK's bean).
        pub best_partner_list: Option<String>,
    }

    impl ItemUpdateInfo {
        /// Builds `<ItemUpadteInfo>` from its required children; optional ones start empty.
        pub fn new(item_id: i64) -> Self {
            Self {
                item_id,
                item_barcode: None,
                item_name: None,
                item_subhead: None,
                classification_code1: None,
                classification_code2: None,
                brand: None,
                model: None,
                stock_count: None,
                unit_price: None,
                outer_item_id: None,
                attribute: None,
                item_detail: None,
                stock_price: None,
                market_price: None,
                vip_price_type: None,
                shop_category_id1: None,
                shop_category_id2: None,
                shop_category_id3: None,
                shop_category_id4: None,
                shop_category_id5: None,
                item_state: None,
                guarantee_repair_type: None,
                guarantee_return_type: None,
                is_cod: None,
                special_item_info: Vec::new(),
                is_subsidy: None,
                subsidy_amount: None,
                volume: None,
                weight: None,
                template_name: None,
                best_partner_list: None,
            }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            let text = crate::wire::text(&self.item_id);
            w.leaf("itemID", &text);
            if let Some(value) = &self.item_barcode {
                let text = crate::wire::text(value);
                w.leaf("itemBarcode", &text);
            }
            if let Some(value) = &self.item_name {
                let text = crate::wire::text(value);
                w.leaf("itemName", &text);
            }
            if let Some(value) = &self.item_subhead {
                let text = crate::wire::text(value);
                w.leaf("itemSubhead", &text);
            }
            if let Some(value) = &self.classification_code1 {
                let text = crate::wire::text(value);
                w.leaf("classificationCode1", &text);
            }
            if let Some(value) = &self.classification_code2 {
                let text = crate::wire::text(value);
                w.leaf("classificationCode2", &text);
            }
            if let Some(value) = &self.brand {
                let text = crate::wire::text(value);
                w.leaf("brand", &text);
            }
            if let Some(value) = &self.model {
                let text = crate::wire::text(value);
                w.leaf("model", &text);
            }
            if let Some(value) = &self.stock_count {
                let text = crate::wire::text(value);
                w.leaf("stockCount", &text);
            }
            if let Some(value) = &self.unit_price {
                let text = crate::wire::text(value);
                w.leaf("unitPrice", &text);
            }
            if let Some(value) = &self.outer_item_id {
                let text = crate::wire::text(value);
                w.leaf("outerItemID", &text);
            }
            if let Some(value) = &self.attribute {
                let text = crate::wire::text(value);
                w.leaf("attribute", &text);
            }
            if let Some(value) = &self.item_detail {
                let text = crate::wire::text(value);
                w.leaf("itemDetail", &text);
            }
            if let Some(value) = &self.stock_price {
                let text = crate::wire::text(value);
                w.leaf("stockPrice", &text);
            }
            if let Some(value) = &self.market_price {
                let text = crate::wire::text(value);
                w.leaf("marketPrice", &text);
            }
            if let Some(value) = &self.vip_price_type {
                let text = String::from(if *value { "是" } else { "否" });
                w.leaf("vipPriceType", &text);
            }
            if let Some(value) = &self.shop_category_id1 {
                let text = crate::wire::text(value);
                w.leaf("shopCategoryID1", &text);
            }
            if let Some(value) = &self.shop_category_id2 {
                let text = crate::wire::text(value);
                w.leaf("shopCategoryID2", &text);
            }
            if let Some(value) = &self.shop_category_id3 {
                let text = crate::wire::text(value);
                w.leaf("shopCategoryID3", &text);
            }
            if let Some(value) = &self.shop_category_id4 {
                let text = crate::wire::text(value);
                w.leaf("shopCategoryID4", &text);
            }
            if let Some(value) = &self.shop_category_id5 {
                let text = crate::wire::text(value);
                w.leaf("shopCategoryID5", &text);
            }
            if let Some(value) = &self.item_state {
                let text = crate::wire::text(value);
                w.leaf("itemState", &text);
            }
            if let Some(value) = &self.guarantee_repair_type {
                let text = crate::wire::text(value);
                w.leaf("guaranteeRepairType", &text);
            }
            if let Some(value) = &self.guarantee_return_type {
                let text = crate::wire::text(value);
                w.leaf("guaranteeReturnType", &text);
            }
            if let Some(value) = &self.is_cod {
                let text = String::from(if *value { "是" } else { "否" });
                w.leaf("is_cod", &text);
            }
            for item in &self.special_item_info {
                w.start("SpecilaItemInfo");
                item.write_xml(w, method)?;
                w.end("SpecilaItemInfo");
            }
            if let Some(value) = &self.is_subsidy {
                let text = crate::wire::text(value);
                w.leaf("isSubsidy", &text);
            }
            if let Some(value) = &self.subsidy_amount {
                let text = crate::wire::text(value);
                w.leaf("subsidyAmount", &text);
            }
            if let Some(value) = &self.volume {
                let text = crate::wire::text(value);
                w.leaf("volume", &text);
            }
            if let Some(value) = &self.weight {
                let text = crate::wire::text(value);
                w.leaf("weight", &text);
            }
            if let Some(value) = &self.template_name {
                let text = crate::wire::text(value);
                w.leaf("templateName", &text);
            }
            if let Some(value) = &self.best_partner_list {
                let text = crate::wire::text(value);
                w.leaf("bestPartnerList", &text);
            }
            Ok(())
        }
    }
}

pub use crate::generated::shapes::SpecialItemResult;

/// Update the details of several items (and their SKUs) in one call; send only what changes.
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
    /// Per-item results.
    ///
    /// Wire name: `Result`.
    /// Certainty: \[1\] JSDK ItemUpdateResponse, modifyitem/Result.
    pub result: Option<ItemUpdateResult>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            result: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"Result") => out.result = decoder.opt_nested()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// Result for one item.
///
/// Element `ItemIDInfo`.
///
/// To build one in a test: `let mut value = ItemIdInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemIdInfo {
    /// 企业商品标识符 — Merchant item code.
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    pub item_id: Option<i64>,
    /// Item title.
    ///
    /// Wire name: `itemName` (text).
    pub item_name: Option<String>,
    /// Result code, 0 = ok; no other codes found.
    ///
    /// Wire name: `operCode` (code table [`ItemWriteResultCode`](crate::types::ItemWriteResultCode)).
    pub oper_code: Option<crate::types::ItemWriteResultCode>,
    /// Result text, e.g. 操作成功.
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
    /// Result for one SKU (spelled correctly here).
    ///
    /// Wire name: `SpecialItemInfo*`.
    pub special_item_info: Vec<SpecialItemResult>,
}

impl crate::xml_decode::FromXml for ItemIdInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            outer_item_id: None,
            item_id: None,
            item_name: None,
            oper_code: None,
            operation: None,
            special_item_info: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"outerItemID") => out.outer_item_id = decoder.opt()?,
                Some(b"itemID") => out.item_id = decoder.opt()?,
                Some(b"itemName") => out.item_name = decoder.opt()?,
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(b"SpecialItemInfo") => out.special_item_info.push(decoder.nested()?),
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// Per-item results.
///
/// Element `Result`.
/// Certainty: \[1\] JSDK ItemUpdateResponse, modifyitem/Result.
///
/// To build one in a test: `let mut value = ItemUpdateResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemUpdateResult {
    /// One result per uploaded item.
    ///
    /// Wire name: `ItemsIDList` › `ItemIDInfo*`.
    pub items_id_list: Vec<ItemIdInfo>,
}

impl crate::xml_decode::FromXml for ItemUpdateResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self { items_id_list: Vec::new() };
        loop {
            match decoder.next_child()? {
                Some(b"ItemsIDList") => {
                    decoder.list_of(b"ItemIDInfo", &mut out.items_id_list)?
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

impl Response {
    /// The entries of `ItemsIDList` › `ItemIDInfo*` that failed: those whose `operCode` is not `0` (success), each with its code.
    ///
    /// [`ItemWriteResultCode::meaning`](crate::types::ItemWriteResultCode::meaning) says what a known code means; an unknown one is `ItemWriteResultCode::Other` with the raw code.
    pub fn failures(&self) -> Vec<(&ItemIdInfo, &crate::types::ItemWriteResultCode)> {
        crate::types::failed(
            self
                .result
                .as_ref()
                .map(|v| v.items_id_list.as_slice())
                .unwrap_or_default()
                .iter(),
            |entry| entry.oper_code.as_ref(),
        )
    }
}
