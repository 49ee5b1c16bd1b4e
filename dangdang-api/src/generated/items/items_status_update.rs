// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.items.status.update`: List (上架) or delist (下架) many items at once, by Dangdang item id; one result per item.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateMultiItemsStatus.php`
//! - Transport: multipart POST, document in file part `updateMultiItemsStatus`
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//! - LPPZ: crazybin5848/kernel-lppz-common: upload field names
//!
//! Notes:
//! - Upload field `updateMultiItemsStatus` \[2+: DG `client.execute(method, "updateMultiItemsStatus", request)`, LPPZ enum\].
//! - DG names the file part `updateMultiItemsStatus` with no extension (file names are free, protocol §3); this client sends `updateMultiItemsStatus.xml`. DG also sends the XML redundantly as a text part `requestXml` \[1\]; this client does not.
//! - Neither DG nor JSDK puts `functionID`/`time` in the upload \[2+\]; this client always writes them (headers appear unchecked \[inf\], protocol §3).
//! - Whole-call failure: E2 \[2+\], returned as `Error::Business`.
//!
//! Result codes:
//! - `11`: Item-state error. (\[1\] DG DangdangCommonTool)
//! - `17`: Item-identifier error. (\[1\] DG DangdangCommonTool)
//! - `84`: Update-state error: only 上架 or 下架 allowed. (\[1\] DG DangdangCommonTool)
//! - `1000`: Meaning unknown; JSDK treats it as not a failure (\[inf\] already in that state). (\[1\] JSDK)

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.items.status.update";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateMultiItemsStatus.php";

/// Request for `dangdang.items.status.update` (updateMultiItemsStatus.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.items.status.update")]
#[doc(alias = "updateMultiItemsStatus.php")]
#[doc(alias = "updateMultiItemsStatus")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document uploaded as file part `updateMultiItemsStatus`.
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEMS_STATUS_UPDATE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "updateMultiItemsStatus",
                filename: "updateMultiItemsStatus.xml",
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

/// The document uploaded in file part `updateMultiItemsStatus` (GBK XML under `<request>`).
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
        /// The items whose state changes.
        ///
        /// Wire name: `ProductInfoList` › `ProductInfo*`.
        /// Certainty: \[2+\] DG ItemsStatusUpdateRequest/ProductInfoList/ProductInfo, JSDK ItemStatusUpdateRequest/ProductInfo.
        #[cfg_attr(feature = "serde", serde(default))]
        pub product_info_list: Vec<ProductInfo>,
    }

    impl Document {
        /// Builds `<request>` from its required children; optional ones start empty.
        pub fn new(product_info_list: Vec<ProductInfo>) -> Self {
            Self { product_info_list }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            w.start("ProductInfoList");
            for item in &self.product_info_list {
                w.start("ProductInfo");
                item.write_xml(w, method)?;
                w.end("ProductInfo");
            }
            w.end("ProductInfoList");
            Ok(())
        }
    }

    /// One item and its new state.
    ///
    /// Element `ProductInfo`.
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct ProductInfo {
        /// Dangdang item id.
        ///
        /// Wire name: `itemID` (integer).
        pub item_id: i64,
        /// New state: 上架 (list) or 下架 (delist).
        ///
        /// Wire name: `productStatus` (code table [`ItemState`](crate::types::ItemState)).
        /// Allowed values (checked before sending): `上架`, `下架`.
        pub product_status: crate::types::ItemState,
    }

    impl ProductInfo {
        /// Builds `<ProductInfo>` from its required children; optional ones start empty.
        pub fn new(item_id: i64, product_status: crate::types::ItemState) -> Self {
            Self { item_id, product_status }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            let text = crate::wire::text(&self.item_id);
            w.leaf("itemID", &text);
            let text = crate::wire::text(&self.product_status);
            crate::rt::check(
                method,
                "productStatus",
                &text,
                &crate::Rule::OneOf(&["上架", "下架"]),
            )?;
            w.leaf("productStatus", &text);
            Ok(())
        }
    }
}

/// List (上架) or delist (下架) many items at once, by Dangdang item id; one result per item.
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
    /// Certainty: \[2+\] DG ItemsStatusUpdateResponse/ItemsIDList/ItemIDInfo, JSDK ItemStatusUpdateResponse.
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
    pub item_id: Option<i64>,
    /// Result code, 0 = ok.
    ///
    /// Wire name: `operCode` (code table [`ItemStatusResultCode`](crate::types::ItemStatusResultCode)).
    pub oper_code: Option<crate::types::ItemStatusResultCode>,
    /// Result text.
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for ItemIdInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            item_id: None,
            oper_code: None,
            operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"itemID") => out.item_id = decoder.opt()?,
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
    /// [`ItemStatusResultCode::meaning`](crate::types::ItemStatusResultCode::meaning) says what a known code means; an unknown one is `ItemStatusResultCode::Other` with the raw code.
    pub fn failures(&self) -> Vec<(&ItemIdInfo, &crate::types::ItemStatusResultCode)> {
        crate::types::failed(self.items_id_list.iter(), |entry| entry.oper_code.as_ref())
    }
}
