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
//! - Conflict `itemBarcod` / `itemBarcode`: DOC-116's example opens `itemBarcod` and closes `itemBarcode`; JSDK maps `itemBarcod` \[2+\]. Both names are decoded.
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
#[non_exhaustive]
pub struct Request {
    /// Item identifier: a plain item, a multi-SKU product, or one SKU under it (the reference types it `int`; sent as 64-bit).
    ///
    /// Wire name: `it` (integer).
    /// Certainty: \[2+\] DOC-116, DG, WF, EF, D1, WD, PY; required \[inf\].
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

    /// Checks the spec's client-side rules and builds the wire call.
    pub fn to_call(&self) -> Result<crate::call::ApiCall, crate::Error> {
        let mut params: Vec<(std::borrow::Cow<'static, str>, String)> = Vec::new();
        {
            let text = crate::wire::text(&self.item_id);
            params.push(("it".into(), text));
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

    /// Sends this request; the same as [`Client::item_get`](crate::Client::item_get).
    pub async fn send(&self, client: &crate::Client) -> Result<Response, crate::Error> {
        client.item_get(self).await
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

/// Get one item's full details (a plain item, a multi-SKU product, or one SKU under it), with its SKUs and pictures.
///
/// Element `response`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct Response {
    /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
    #[serde(
        rename = "functionID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub function_id: Option<String>,
    /// `time`: when the server answered, Beijing time.
    #[serde(rename = "time", default, deserialize_with = "crate::wire::de::parsed")]
    pub time: Option<crate::BeijingTime>,
    /// The item.
    ///
    /// Wire name: `ItemDetail`.
    /// Certainty: \[2+\] union of DOC-116, DG, JSDK.
    #[serde(rename = "ItemDetail", default)]
    pub item_detail: Option<ItemDetail>,
    /// Failure shape: `operCode` and `operation` instead of `ItemDetail`.
    ///
    /// Wire name: `Result`.
    /// Certainty: \[2+\] WF, DG.
    #[serde(rename = "Result", default)]
    pub result: Option<ItemGetResult>,
}

/// One SKU (sic: `Specila`); only for 分色分码 items.
///
/// Element `SpecilaItemInfo`.
/// Certainty: \[2+\].
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct SpecilaItemInfo {
    /// Sales-attribute class.
    ///
    /// Wire name: `specialAttributeClass` (text).
    #[serde(
        rename = "specialAttributeClass",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub special_attribute_class: Option<String>,
    /// Sales attributes, e.g. `颜色>>军绿;鞋码>>38`.
    ///
    /// Wire name: `specialAttribute` (text).
    #[serde(
        rename = "specialAttribute",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub special_attribute: Option<String>,
    /// Display order.
    ///
    /// Wire name: `specialAttributeSeq` (integer).
    #[serde(
        rename = "specialAttributeSeq",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub special_attribute_seq: Option<i32>,
    /// Stock of this SKU.
    ///
    /// Wire name: `stockCount` (integer).
    #[serde(
        rename = "stockCount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub stock_count: Option<i32>,
    /// 当当价 — Selling price of this SKU.
    ///
    /// Wire name: `unitPrice` (decimal yuan).
    #[serde(rename = "unitPrice", default, deserialize_with = "crate::wire::de::parsed")]
    pub unit_price: Option<crate::Decimal>,
    /// 企业商品标识符 — Merchant code of this SKU.
    ///
    /// Wire name: `outerItemID` (text).
    #[serde(
        rename = "outerItemID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub outer_item_id: Option<String>,
    /// SKU id.
    ///
    /// Wire name: `subItemID` (integer).
    #[serde(rename = "subItemID", default, deserialize_with = "crate::wire::de::parsed")]
    pub sub_item_id: Option<i64>,
    /// SKU picture.
    ///
    /// Wire name: `itemPic` (text).
    /// Certainty: \[2+\] JSDK, WD.
    #[serde(rename = "itemPic", default, deserialize_with = "crate::wire::de::parsed")]
    pub item_pic: Option<String>,
    /// Volume of this SKU.
    ///
    /// Wire name: `volume` (decimal yuan).
    /// Certainty: \[1\] DG.
    #[serde(rename = "volume", default, deserialize_with = "crate::wire::de::parsed")]
    pub volume: Option<crate::Decimal>,
    /// Weight of this SKU.
    ///
    /// Wire name: `weight` (decimal yuan).
    /// Certainty: \[1\] DG.
    #[serde(rename = "weight", default, deserialize_with = "crate::wire::de::parsed")]
    pub weight: Option<crate::Decimal>,
}

/// The item.
///
/// Element `ItemDetail`.
/// Certainty: \[2+\] union of DOC-116, DG, JSDK.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct ItemDetail {
    /// Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    #[serde(rename = "itemID", default, deserialize_with = "crate::wire::de::parsed")]
    pub item_id: Option<i64>,
    /// Barcode (sic).
    ///
    /// Wire name: `itemBarcod` (text).
    /// Certainty: \[2+\] DOC-116 example, JSDK.
    #[serde(
        rename = "itemBarcod",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub item_barcod: Option<String>,
    /// Barcode, spelled as DOC-116's closing tag.
    ///
    /// Wire name: `itemBarcode` (text).
    /// Certainty: \[1\] DOC-116.
    #[serde(
        rename = "itemBarcode",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub item_barcode: Option<String>,
    /// Item title.
    ///
    /// Wire name: `itemName` (text).
    #[serde(rename = "itemName", default, deserialize_with = "crate::wire::de::parsed")]
    pub item_name: Option<String>,
    /// Subtitle.
    ///
    /// Wire name: `itemSubhead` (text).
    #[serde(
        rename = "itemSubhead",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub item_subhead: Option<String>,
    /// Dangdang leaf category code.
    ///
    /// Wire name: `classificationCode1` (text).
    #[serde(
        rename = "classificationCode1",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub classification_code1: Option<String>,
    /// Secondary category code.
    ///
    /// Wire name: `classificationCode2` (text).
    #[serde(
        rename = "classificationCode2",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub classification_code2: Option<String>,
    /// Brand.
    ///
    /// Wire name: `brand` (text).
    #[serde(rename = "brand", default, deserialize_with = "crate::wire::de::parsed")]
    pub brand: Option<String>,
    /// 货号 — Model number.
    ///
    /// Wire name: `model` (text).
    #[serde(rename = "model", default, deserialize_with = "crate::wire::de::parsed")]
    pub model: Option<String>,
    /// General attributes, `name>>value;name>>value`.
    ///
    /// Wire name: `attribute` (text).
    #[serde(rename = "attribute", default, deserialize_with = "crate::wire::de::parsed")]
    pub attribute: Option<String>,
    /// HTML description.
    ///
    /// Wire name: `itemDetail` (text).
    #[serde(
        rename = "itemDetail",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub item_detail: Option<String>,
    /// 进货价 — Purchase (cost) price.
    ///
    /// Wire name: `stockPrice` (decimal yuan).
    #[serde(
        rename = "stockPrice",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub stock_price: Option<crate::Decimal>,
    /// Market price.
    ///
    /// Wire name: `marketPrice` (decimal yuan).
    #[serde(
        rename = "marketPrice",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub market_price: Option<crate::Decimal>,
    /// Shop-VIP price flag, `是` / `否`.
    ///
    /// Wire name: `vipPriceType` (`是` / `否`).
    #[serde(
        rename = "vipPriceType",
        default,
        deserialize_with = "crate::wire::de::flag_zh"
    )]
    pub vip_price_type: Option<bool>,
    /// Shop-VIP flag as named by DOC-116 (conflicts with isShopVip).
    ///
    /// Wire name: `isShopType` (text).
    /// Certainty: \[1\] DOC-116.
    #[serde(
        rename = "isShopType",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub is_shop_type: Option<String>,
    /// Shop-VIP flag as named by DG (conflicts with isShopType).
    ///
    /// Wire name: `isShopVip` (text).
    /// Certainty: \[1\] DG.
    #[serde(rename = "isShopVip", default, deserialize_with = "crate::wire::de::parsed")]
    pub is_shop_vip: Option<String>,
    /// Shop category id 1.
    ///
    /// Wire name: `shopCategoryID1` (text).
    #[serde(
        rename = "shopCategoryID1",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub shop_category_id1: Option<String>,
    /// Shop category id 2.
    ///
    /// Wire name: `shopCategoryID2` (text).
    #[serde(
        rename = "shopCategoryID2",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub shop_category_id2: Option<String>,
    /// Shop category id 3 (JSDK only).
    ///
    /// Wire name: `shopCategoryID3` (text).
    /// Certainty: \[1\] JSDK.
    #[serde(
        rename = "shopCategoryID3",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub shop_category_id3: Option<String>,
    /// Shop category id 4 (JSDK only).
    ///
    /// Wire name: `shopCategoryID4` (text).
    /// Certainty: \[1\] JSDK.
    #[serde(
        rename = "shopCategoryID4",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub shop_category_id4: Option<String>,
    /// Shop category id 5 (JSDK only).
    ///
    /// Wire name: `shopCategoryID5` (text).
    /// Certainty: \[1\] JSDK.
    #[serde(
        rename = "shopCategoryID5",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub shop_category_id5: Option<String>,
    /// 商品状态 — Listing state, `上架` / `下架`.
    ///
    /// Wire name: `itemState` (code table [`ItemState`](crate::types::ItemState)).
    #[serde(rename = "itemState", default, deserialize_with = "crate::wire::de::parsed")]
    pub item_state: Option<crate::types::ItemState>,
    /// Cash on delivery, `是` / `否`.
    ///
    /// Wire name: `is_cod` (`是` / `否`).
    #[serde(rename = "is_cod", default, deserialize_with = "crate::wire::de::flag_zh")]
    pub is_cod: Option<bool>,
    /// Item type text, e.g. `商品`.
    ///
    /// Wire name: `itemType` (text).
    #[serde(rename = "itemType", default, deserialize_with = "crate::wire::de::parsed")]
    pub item_type: Option<String>,
    /// 企业商品标识符 — Merchant item code.
    ///
    /// Wire name: `outerItemID` (text).
    #[serde(
        rename = "outerItemID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub outer_item_id: Option<String>,
    /// 当当价 — Selling price.
    ///
    /// Wire name: `unitPrice` (decimal yuan).
    #[serde(rename = "unitPrice", default, deserialize_with = "crate::wire::de::parsed")]
    pub unit_price: Option<crate::Decimal>,
    /// Stock.
    ///
    /// Wire name: `stockCount` (integer).
    #[serde(
        rename = "stockCount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub stock_count: Option<i32>,
    /// 拍档 — Best-partner items; format not found.
    ///
    /// Wire name: `bestPartnerList` (text).
    /// Certainty: \[1\] JSDK.
    #[serde(
        rename = "bestPartnerList",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub best_partner_list: Option<String>,
    /// Volume (unit not stated).
    ///
    /// Wire name: `volume` (decimal yuan).
    #[serde(rename = "volume", default, deserialize_with = "crate::wire::de::parsed")]
    pub volume: Option<crate::Decimal>,
    /// Weight (unit not stated).
    ///
    /// Wire name: `weight` (decimal yuan).
    #[serde(rename = "weight", default, deserialize_with = "crate::wire::de::parsed")]
    pub weight: Option<crate::Decimal>,
    /// Freight template name.
    ///
    /// Wire name: `templateName` (text).
    #[serde(
        rename = "templateName",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub template_name: Option<String>,
    /// Picture 1 URL.
    ///
    /// Wire name: `pic1` (text).
    #[serde(rename = "pic1", default, deserialize_with = "crate::wire::de::parsed")]
    pub pic1: Option<String>,
    /// Picture 2 URL.
    ///
    /// Wire name: `pic2` (text).
    #[serde(rename = "pic2", default, deserialize_with = "crate::wire::de::parsed")]
    pub pic2: Option<String>,
    /// Picture 3 URL.
    ///
    /// Wire name: `pic3` (text).
    #[serde(rename = "pic3", default, deserialize_with = "crate::wire::de::parsed")]
    pub pic3: Option<String>,
    /// Picture 4 URL.
    ///
    /// Wire name: `pic4` (text).
    #[serde(rename = "pic4", default, deserialize_with = "crate::wire::de::parsed")]
    pub pic4: Option<String>,
    /// Picture 5 URL.
    ///
    /// Wire name: `pic5` (text).
    #[serde(rename = "pic5", default, deserialize_with = "crate::wire::de::parsed")]
    pub pic5: Option<String>,
    /// Picture 6 URL (JSDK only).
    ///
    /// Wire name: `pic6` (text).
    /// Certainty: \[1\] JSDK.
    #[serde(rename = "pic6", default, deserialize_with = "crate::wire::de::parsed")]
    pub pic6: Option<String>,
    /// Picture 7 URL (JSDK only).
    ///
    /// Wire name: `pic7` (text).
    /// Certainty: \[1\] JSDK.
    #[serde(rename = "pic7", default, deserialize_with = "crate::wire::de::parsed")]
    pub pic7: Option<String>,
    /// Picture 8 URL (JSDK only).
    ///
    /// Wire name: `pic8` (text).
    /// Certainty: \[1\] JSDK.
    #[serde(rename = "pic8", default, deserialize_with = "crate::wire::de::parsed")]
    pub pic8: Option<String>,
    /// Sales-attribute class directly under ItemDetail.
    ///
    /// Wire name: `specialAttributeClass` (text).
    /// Certainty: \[1\] DG.
    #[serde(
        rename = "specialAttributeClass",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub special_attribute_class: Option<String>,
    /// One SKU (sic: `Specila`); only for 分色分码 items.
    ///
    /// Wire name: `SpecilaItemInfo*`.
    /// Certainty: \[2+\].
    #[serde(rename = "SpecilaItemInfo", default)]
    pub specila_item_info: Vec<SpecilaItemInfo>,
}

/// Failure shape: `operCode` and `operation` instead of `ItemDetail`.
///
/// Element `Result`.
/// Certainty: \[2+\] WF, DG.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct ItemGetResult {
    /// Result code, 0 = ok; no codes found.
    ///
    /// Wire name: `operCode` (integer).
    #[serde(rename = "operCode", default, deserialize_with = "crate::wire::de::parsed")]
    pub oper_code: Option<i32>,
    /// Result text.
    ///
    /// Wire name: `operation` (text).
    #[serde(rename = "operation", default, deserialize_with = "crate::wire::de::parsed")]
    pub operation: Option<String>,
}

impl crate::Client {
    /// `dangdang.item.get`: Get one item's full details (a plain item, a multi-SKU product, or one SKU under it), with its SKUs and pictures.
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `getItemDetail.php`.
    #[doc(alias = "dangdang.item.get")]
    #[doc(alias = "getItemDetail.php")]
    #[doc(alias = "getItemDetail")]
    pub async fn item_get(&self, request: &Request) -> Result<Response, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::typed::<Response>(METHOD, &body)
    }
}
