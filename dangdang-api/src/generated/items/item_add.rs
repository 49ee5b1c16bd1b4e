// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.item.add`: Add items (with their SKUs) to the shop in a batch; returns the new Dangdang item and SKU ids with a result code per item and per SKU.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/addItems.php`
//! - Transport: multipart POST, document in file part `addItems`
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - CSDK: MrLiu-97/MyProject dangdangSDK: decompiled C# dangdangSDK.dll
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//! - DOC-116: Official doc page 116 (item.get, version label 2.0), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=116>
//! - DOC-98: Official doc page 98 (item.detail.update, version label 2.0), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=98>
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//!
//! Notes:
//! - Upload field `addItems` \[1: CSDK `HttpMethod=POST`, `needUpload=true`\]; that it equals the legacy base name is \[inf\]. The file name is free (protocol §3); this client sends `addItems.xml`.
//! - No required/optional marks were found for any `ItemAddInfo` or `SpecilaItemInfo` child, so every child is optional here; which ones the server insists on is unknown.
//! - Both spellings are real and kept on the wire: `SpecilaItemInfo` (sic) in the upload (and in item.get), `SpecialItemInfo` in the response \[2+\]. In Rust the SKU is `SpecialItemInfo` (field `special_item_info`, the wire name a doc alias) and the per-SKU result `SpecialItemResult`.
//! - SKU rules stated for item.detail.update very likely apply here too \[1: DOC-98; applying them to add = inf\]: `specialAttributeClass` may be empty; `specialAttributeSeq` non-numeric, empty or > 9999 becomes 0; a custom name in `specialAttribute` is at most 20 characters (10 Chinese).
//! - Attribute strings (`attribute`, `specialAttribute`, `specialAttributeClass`) are `name>>value;name>>value`, e.g. `颜色>>军绿;鞋码>>38`; `>` travels escaped as `&gt;` \[2+: CSDK sample, DOC-116, DG comment, WD\].
//! - CSDK writes every value as a CDATA section \[1\]; DOC-119 advises CDATA for values with special characters or HTML \[1\]. This client escapes `&`, `<` and `>` instead, which is the same XML text.
//! - Success test in CSDK usage: the first `ItemIDInfo/operCode` is 0 \[1\]. No item.add error codes were found; a whole-request failure comes as the E2 `Error` envelope (protocol §7), returned as `Error::Business`.
//! - Whether the server needs `functionID`/`time` in the upload is open (protocol §13); the client always writes them.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.item.add";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/addItems.php";

/// Request for `dangdang.item.add` (addItems.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.item.add")]
#[doc(alias = "addItems.php")]
#[doc(alias = "addItems")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document uploaded as file part `addItems`.
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEM_ADD;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "addItems",
                filename: "addItems.xml",
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

/// The document uploaded in file part `addItems` (GBK XML under `<request>`).
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
        /// The items to add.
        ///
        /// Wire name: `ItemsList` › `ItemAddInfo*`.
        /// Certainty: \[2+\] JSDK, CSDK.
        #[cfg_attr(feature = "serde", serde(default))]
        pub items_list: Vec<ItemAddInfo>,
    }

    impl Document {
        /// Builds `<request>` from its required children; optional ones start empty.
        pub fn new(items_list: Vec<ItemAddInfo>) -> Self {
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
                w.start("ItemAddInfo");
                item.write_xml(w, method)?;
                w.end("ItemAddInfo");
            }
            w.end("ItemsList");
            Ok(())
        }
    }

    /// One item to add; no per-call maximum was found.
    ///
    /// Element `ItemAddInfo`.
    /// Certainty: \[2+\] JSDK ItemAddInfo, CSDK ItemAddInfo.
    #[derive(Debug, Clone, PartialEq, Default)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct ItemAddInfo {
        /// Barcode.
        ///
        /// Wire name: `itemBarcode` (text).
        /// Certainty: \[2+\] JSDK, CSDK (name).
        pub item_barcode: Option<String>,
        /// Item title.
        ///
        /// Wire name: `itemName` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub item_name: Option<String>,
        /// Subtitle.
        ///
        /// Wire name: `itemSubhead` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub item_subhead: Option<String>,
        /// Dangdang leaf category code, e.g. a 7-digit number.
        ///
        /// Wire name: `classificationCode1` (text).
        /// Certainty: \[2+\] name; example \[1\] CSDK.
        pub classification_code1: Option<String>,
        /// Secondary category code.
        ///
        /// Wire name: `classificationCode2` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub classification_code2: Option<String>,
        /// Brand name; CSDK's comment says to use Dangdang's standard brand name.
        ///
        /// Wire name: `brand` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub brand: Option<String>,
        /// 货号 — Model number.
        ///
        /// Wire name: `model` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub model: Option<String>,
        /// General attributes, `name>>value;name>>value`.
        ///
        /// Wire name: `attribute` (text).
        /// Certainty: \[2+\] CSDK sample, DOC-116.
        pub attribute: Option<String>,
        /// HTML description.
        ///
        /// Wire name: `itemDetail` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub item_detail: Option<String>,
        /// 进货价 — Purchase (cost) price.
        ///
        /// Wire name: `stockPrice` (decimal yuan).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub stock_price: Option<crate::Decimal>,
        /// Market price.
        ///
        /// Wire name: `marketPrice` (decimal yuan).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub market_price: Option<crate::Decimal>,
        /// Shop-VIP price flag, `是` / `否`.
        ///
        /// Wire name: `vipPriceType` (`是` / `否`).
        /// Certainty: name \[2+\] JSDK, CSDK; 是/否 seen in item.get \[2+\] DOC-116, CSDK; for add \[inf\].
        pub vip_price_type: Option<bool>,
        /// Shop (store) category id 1.
        ///
        /// Wire name: `shopCategoryID1` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub shop_category_id1: Option<String>,
        /// Shop (store) category id 2.
        ///
        /// Wire name: `shopCategoryID2` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub shop_category_id2: Option<String>,
        /// Shop (store) category id 3.
        ///
        /// Wire name: `shopCategoryID3` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub shop_category_id3: Option<String>,
        /// Shop (store) category id 4.
        ///
        /// Wire name: `shopCategoryID4` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub shop_category_id4: Option<String>,
        /// Shop (store) category id 5.
        ///
        /// Wire name: `shopCategoryID5` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub shop_category_id5: Option<String>,
        /// 商品状态 — Listing state, `上架` / `下架` (CSDK sends 下架).
        ///
        /// Wire name: `itemState` (code table [`ItemState`](crate::types::ItemState)).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub item_state: Option<crate::types::ItemState>,
        /// Warranty (repair) type; values not found.
        ///
        /// Wire name: `guaranteeRepairType` (text).
        /// Certainty: \[1\] CSDK.
        pub guarantee_repair_type: Option<String>,
        /// Return-guarantee type; values not found.
        ///
        /// Wire name: `guaranteeReturnType` (text).
        /// Certainty: \[1\] CSDK.
        pub guarantee_return_type: Option<String>,
        /// Cash on delivery, `是` / `否` (CSDK sends 否).
        ///
        /// Wire name: `is_cod` (`是` / `否`).
        /// Certainty: \[2+\] name; values \[2+\] DOC-116, CSDK.
        pub is_cod: Option<bool>,
        /// Freight; meaning unclear.
        ///
        /// Wire name: `postage` (text).
        /// Certainty: \[1\] JSDK.
        pub postage: Option<String>,
        /// Stock of an item without SKUs.
        ///
        /// Wire name: `stockCount` (integer).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub stock_count: Option<i32>,
        /// 当当价 — Selling price.
        ///
        /// Wire name: `unitPrice` (decimal yuan).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub unit_price: Option<crate::Decimal>,
        /// 企业商品标识符 — Merchant item code.
        ///
        /// Wire name: `outerItemID` (text).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub outer_item_id: Option<String>,
        /// 拍档 — Best-partner items; format not found (DOC-98: must follow a format, text truncated).
        ///
        /// Wire name: `bestPartnerList` (text).
        /// Certainty: \[2+\] name.
        pub best_partner_list: Option<String>,
        /// Subsidy flag; values not found.
        ///
        /// Wire name: `isSubsidy` (text).
        /// Certainty: \[2+\] name.
        pub is_subsidy: Option<String>,
        /// Subsidy amount (money, so decimal; the type is not stated).
        ///
        /// Wire name: `subsidyAmount` (decimal yuan).
        /// Certainty: \[2+\] name.
        pub subsidy_amount: Option<crate::Decimal>,
        /// Volume (unit not stated for v2).
        ///
        /// Wire name: `volume` (decimal yuan).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub volume: Option<crate::Decimal>,
        /// Weight (unit not stated for v2).
        ///
        /// Wire name: `weight` (decimal yuan).
        /// Certainty: \[2+\] JSDK, CSDK.
        pub weight: Option<crate::Decimal>,
        /// Freight template name, e.g. `店铺运费`.
        ///
        /// Wire name: `templateName` (text).
        /// Certainty: \[2+\] name; value \[1\] CSDK.
        pub template_name: Option<String>,
        /// One SKU (sales-attribute combination) of the item (sic: `Specila`).
        ///
        /// Wire name: `SpecilaItemInfo*`.
        /// Certainty: \[2+\] JSDK ItemSkuAddInfo, CSDK SpecilaItemInfo.
        #[doc(alias = "SpecilaItemInfo")]
        #[cfg_attr(feature = "serde", serde(default))]
        pub special_item_info: Vec<SpecialItemInfo>,
    }

    impl ItemAddInfo {
        /// Builds `<ItemAddInfo>` from its required children; optional ones start empty.
        pub fn new() -> Self {
            Self {
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
                shop_category_id1: None,
                shop_category_id2: None,
                shop_category_id3: None,
                shop_category_id4: None,
                shop_category_id5: None,
                item_state: None,
                guarantee_repair_type: None,
                guarantee_return_type: None,
                is_cod: None,
                postage: None,
                stock_count: None,
                unit_price: None,
                outer_item_id: None,
                best_partner_list: None,
                is_subsidy: None,
                subsidy_amount: None,
                volume: None,
                weight: None,
                template_name: None,
                special_item_info: Vec::new(),
            }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
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
            if let Some(value) = &self.postage {
                let text = crate::wire::text(value);
                w.leaf("postage", &text);
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
            if let Some(value) = &self.best_partner_list {
                let text = crate::wire::text(value);
                w.leaf("bestPartnerList", &text);
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
            for item in &self.special_item_info {
                w.start("SpecilaItemInfo");
                item.write_xml(w, method)?;
                w.end("SpecilaItemInfo");
            }
            Ok(())
        }
    }
}

pub use crate::generated::shapes::SpecialItemResult;

/// Add items (with their SKUs) to the shop in a batch; returns the new Dangdang item and SKU ids with a result code per item and per SKU.
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
    /// Certainty: \[2+\] JSDK Result, CSDK ItemAddResult.
    pub result: Option<ItemAddResult>,
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
/// Certainty: \[2+\] JSDK ItemIDInfo, CSDK ItemIDInfo.
///
/// To build one in a test: `let mut value = ItemIdInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemIdInfo {
    /// 企业商品标识符 — Merchant item code as uploaded.
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// The new Dangdang item id.
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
    /// SKU id at item level (CSDK maps it).
    ///
    /// Wire name: `subItemID` (integer).
    /// Certainty: \[1\] CSDK.
    pub sub_item_id: Option<i64>,
    /// Result for one SKU (spelled correctly here).
    ///
    /// Wire name: `SpecialItemInfo*`.
    /// Certainty: \[2+\] JSDK ItemSkuIDInfo, CSDK specialItemInfo.
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
            sub_item_id: None,
            special_item_info: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"outerItemID") => out.outer_item_id = decoder.opt()?,
                Some(b"itemID") => out.item_id = decoder.opt()?,
                Some(b"itemName") => out.item_name = decoder.opt()?,
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(b"subItemID") => out.sub_item_id = decoder.opt()?,
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
/// Certainty: \[2+\] JSDK Result, CSDK ItemAddResult.
///
/// To build one in a test: `let mut value = ItemAddResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemAddResult {
    /// One result per uploaded item.
    ///
    /// Wire name: `ItemsIDList` › `ItemIDInfo*`.
    pub items_id_list: Vec<ItemIdInfo>,
}

impl crate::xml_decode::FromXml for ItemAddResult {
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
