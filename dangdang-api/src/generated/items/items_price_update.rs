// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.items.price.update`: Set the 当当价 and market price of many items at once, by outer item id.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateMultiItemsInfo.php`
//! - Transport: multipart POST, document in file part `multiItemsInfo`
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Sources:
//! - DOC-120: Official doc page 120 (items.price.update), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=120>
//! - DOC-118: Official doc page 118 (item.price.update), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=118>
//!
//! Notes:
//! - Verb POST multipart, upload field `multiItemsInfo`, version label 2.0 \[1: DOC-120\].
//! - Response unknown: the doc page is truncated right after `<functionID>` \[1\]; the reply is returned as a generic XML tree. Most likely the same shape as dangdang.items.stock.update (`ItemsIDList` › `ItemIDInfo*` with `itemID`, `outerItemID`, `operCode`, `operation`) \[inf\]; read `operCode` with `ItemPriceResultCode::from_code`.
//! - Whether `unitPrice` and `marketPrice` may each be left out is not documented; both are optional here. Prices 0.01 – 9,999,999.99 are checked before sending.
//! - No items in a promotion, except 'N件起购' \[2+: DOC-120, DOC-118\].
//! - The doc example's `functionID` is the misspelt `dangdang.itmes.price.update`; this client sends the method name.
//!
//! Result codes:
//! - `403`: Refused: the new 当当价 is ≥ 20 yuan and rises ≥ 100 % over the old one. (\[2+\] DOC-120, DOC-118)

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.items.price.update";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateMultiItemsInfo.php";

/// Request for `dangdang.items.price.update` (updateMultiItemsInfo.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.items.price.update")]
#[doc(alias = "updateMultiItemsInfo.php")]
#[doc(alias = "updateMultiItemsInfo")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document uploaded as file part `multiItemsInfo`.
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
    type Response = crate::XmlElement;

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEMS_PRICE_UPDATE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "multiItemsInfo",
                filename: "multiItemsInfo.xml",
                max_bytes: None,
                body: crate::UploadBody::Fragment({
                    let mut w = crate::xml::XmlWriter::new();
                    self.document.write_xml(&mut w, METHOD)?;
                    w.finish()
                }),
            }),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<crate::XmlElement, crate::Error> {
        crate::decode::tree(METHOD, body)
    }
}

/// The document uploaded in file part `multiItemsInfo` (GBK XML under `<request>`).
pub mod upload {
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
        /// Certainty: \[1\] DOC-120.
        #[cfg_attr(feature = "serde", serde(default))]
        pub items_list: Vec<ItemPrice>,
    }

    impl Document {
        /// Builds `<request>` from its required children; optional ones start empty.
        pub fn new(items_list: Vec<ItemPrice>) -> Self {
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

    /// One item's new prices (element name misspelt `ItemUpadteInfo` on the wire).
    ///
    /// Element `ItemUpadteInfo`.
    #[doc(alias = "ItemUpadteInfo")]
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct ItemPrice {
        /// 企业商品标识符 — Seller's outer item id (required \[inf\]).
        ///
        /// Wire name: `outerItemID` (text).
        pub outer_item_id: String,
        /// 当当价 — New Dangdang selling price, yuan.
        ///
        /// Wire name: `unitPrice` (decimal yuan).
        /// Between 0.01 and 9999999.99 (checked before sending).
        pub unit_price: Option<crate::Decimal>,
        /// New market (list) price, yuan.
        ///
        /// Wire name: `marketPrice` (decimal yuan).
        /// Between 0.01 and 9999999.99 (checked before sending).
        pub market_price: Option<crate::Decimal>,
    }

    impl ItemPrice {
        /// Builds `<ItemUpadteInfo>` from its required children; optional ones start empty.
        pub fn new(outer_item_id: impl Into<String>) -> Self {
            Self {
                outer_item_id: outer_item_id.into(),
                unit_price: None,
                market_price: None,
            }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            let text = crate::wire::text(&self.outer_item_id);
            if text.is_empty() {
                return Err(crate::Error::InvalidParam {
                    method,
                    param: "outerItemID".to_owned(),
                    rule: "required: may not be empty".to_owned(),
                });
            }
            w.leaf("outerItemID", &text);
            if let Some(value) = &self.unit_price {
                let text = crate::wire::text(value);
                crate::rt::check(
                    method,
                    "unitPrice",
                    &text,
                    &crate::Rule::Range(
                        Some(const { crate::Decimal::from_parts(1, 0, 0, false, 2) }),
                        Some(const {
                            crate::Decimal::from_parts(999999999, 0, 0, false, 2)
                        }),
                    ),
                )?;
                w.leaf("unitPrice", &text);
            }
            if let Some(value) = &self.market_price {
                let text = crate::wire::text(value);
                crate::rt::check(
                    method,
                    "marketPrice",
                    &text,
                    &crate::Rule::Range(
                        Some(const { crate::Decimal::from_parts(1, 0, 0, false, 2) }),
                        Some(const {
                            crate::Decimal::from_parts(999999999, 0, 0, false, 2)
                        }),
                    ),
                )?;
                w.leaf("marketPrice", &text);
            }
            Ok(())
        }
    }
}
