// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.items.stock.update`: Set the stock of many items at once (absolute quantities by outer item id); one result per item.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateMultiItemsStock.php`
//! - Transport: multipart POST, document in file part `multiItemsStock`
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-119: Official doc page 119 (items.stock.update), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=119>
//! - HL: halentest/dongganjituan: Java shop ERP DangdangService (2013)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - LPPZ: crazybin5848/kernel-lppz-common: upload field names
//!
//! Notes:
//! - Verb POST multipart, version label 2.0 \[2+: DOC-119, HL, LPPZ\]; upload field `multiItemsStock` \[2+: DOC-119, HL, LPPZ, WF\].
//! - Batch size is not stated; clients send 20–30 (WF) or 40 (HL) entries per file, so no cap is checked here.
//! - `stockCount`: the doc says a positive integer below 1,000,000 \[1: DOC-119\]; clients still send 0 \[2+\], so the check before sending lets 0 through and refuses negatives and 1,000,000 or more.
//! - DOC-119: values with special characters or HTML should be CDATA; this client escapes them as entities instead (same XML content). `functionID` may come back in CDATA \[1\].
//! - Clients put `updateMultiItemsStock` (WF) or used the tag `functionId` (HL) in the upload header and apparently succeed: the header seems unchecked \[inf\].
//! - Dangdang deducts stock itself when an order ships \[1: DOC-119\].
//! - Response certainty: DOC-119 is truncated after `outerItemID`; HL and WF read `operCode`, `operation`, `outerItemID` per entry \[2+\]. Whole-call failure: E2 \[2+: WF, HL\], returned as `Error::Business`.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.items.stock.update";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateMultiItemsStock.php";

/// Request for `dangdang.items.stock.update` (updateMultiItemsStock.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.items.stock.update")]
#[doc(alias = "updateMultiItemsStock.php")]
#[doc(alias = "updateMultiItemsStock")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document uploaded as file part `multiItemsStock`.
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEMS_STOCK_UPDATE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "multiItemsStock",
                filename: "multiItemsStock.xml",
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

/// The document uploaded in file part `multiItemsStock` (GBK XML under `<request>`).
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
        /// Certainty: \[2+\] DOC-119, HL, WF.
        #[cfg_attr(feature = "serde", serde(default))]
        pub items_list: Vec<ItemStock>,
    }

    impl Document {
        /// Builds `<request>` from its required children; optional ones start empty.
        pub fn new(items_list: Vec<ItemStock>) -> Self {
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

    /// One item's new stock (element name misspelt `ItemUpadteInfo` on the wire).
    ///
    /// Element `ItemUpadteInfo`.
    #[doc(alias = "ItemUpadteInfo")]
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct ItemStock {
        /// 企业商品标识符 — Seller's outer item id.
        ///
        /// Wire name: `outerItemID` (text).
        pub outer_item_id: String,
        /// New absolute stock; the doc says a positive integer below 1,000,000.
        ///
        /// Wire name: `stockCount` (integer).
        /// Between 0 and 999999 (checked before sending).
        pub stock_count: i32,
    }

    impl ItemStock {
        /// Builds `<ItemUpadteInfo>` from its required children; optional ones start empty.
        pub fn new(outer_item_id: impl Into<String>, stock_count: i32) -> Self {
            Self {
                outer_item_id: outer_item_id.into(),
                stock_count,
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
            let text = crate::wire::text(&self.stock_count);
            crate::rt::check(
                method,
                "stockCount",
                &text,
                &crate::Rule::Range(
                    Some(const { crate::Decimal::from_parts(0, 0, 0, false, 0) }),
                    Some(const { crate::Decimal::from_parts(999999, 0, 0, false, 0) }),
                ),
            )?;
            w.leaf("stockCount", &text);
            Ok(())
        }
    }
}

/// Set the stock of many items at once (absolute quantities by outer item id); one result per item.
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
    /// One result per uploaded item.
    ///
    /// Wire name: `ItemsIDList` › `ItemIDInfo*`.
    /// Certainty: \[2+\] DOC-119 (truncated), HL, WF.
    pub items_id_list: Vec<ItemIdInfo>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            items_id_list: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
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

/// Result for one item.
///
/// Element `ItemIDInfo`.
///
/// To build one in a test: `let mut value = ItemIdInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemIdInfo {
    /// Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    /// Certainty: \[1\] DOC-119.
    pub item_id: Option<i64>,
    /// 企业商品标识符 — Seller's outer item id.
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// Result code, 0 = ok.
    ///
    /// Wire name: `operCode` (code table [`ItemBatchResultCode`](crate::types::ItemBatchResultCode)).
    /// Certainty: \[2+\] HL, WF.
    pub oper_code: Option<crate::types::ItemBatchResultCode>,
    /// Result text.
    ///
    /// Wire name: `operation` (text).
    /// Certainty: \[2+\] HL, WF.
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for ItemIdInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            item_id: None,
            outer_item_id: None,
            oper_code: None,
            operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"itemID") => out.item_id = decoder.opt()?,
                Some(b"outerItemID") => out.outer_item_id = decoder.opt()?,
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
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
    /// [`ItemBatchResultCode::meaning`](crate::types::ItemBatchResultCode::meaning) says what a known code means; an unknown one is `ItemBatchResultCode::Other` with the raw code.
    pub fn failures(&self) -> Vec<(&ItemIdInfo, &crate::types::ItemBatchResultCode)> {
        crate::types::failed(self.items_id_list.iter(), |entry| entry.oper_code.as_ref())
    }
}
