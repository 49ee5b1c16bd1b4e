// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.items.pics.set`: Set the main and colour pictures of many items by uploading a zip of one XML file plus the images it names.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/setItemsPics.php`
//! - Transport: multipart POST, document in file part `setItemsPics`
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-143: Official doc page 143 (items.pics.set), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=143>
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//! - CSDK: MrLiu-97/MyProject dangdangSDK: decompiled C# dangdangSDK.dll
//!
//! Notes:
//! - Verb POST multipart \[2+: DOC-143, CSDK\]; upload field `setItemsPics` \[2+: DOC-143, CSDK\] holding a **zip** archive of ≤ 20 MB \[1: DOC-143\]. CSDK builds a `.rar` with WinRAR instead \[1\]; the doc asks for zip. The cap is checked as 20 × 1024 × 1024 bytes (\[inf\] whether the doc means 20,000,000).
//! - The archive is passed as bytes and sent unchanged; build it yourself. XML inside the archive \[2+: DOC-143, JSDK ItemPicsRequest/ItemPicsInfo/ItemSkuPicsInfo, CSDK ItemsPicsSet\] (GBK, see protocol §3): `request` › `functionID` (dangdang.items.pics.set), `time` (`yyyy-MM-dd HH:mm:ss`), `PicsList` › `ProductPicsInfo*` › `itemID`, `productPic1` … `productPic8` (file names inside the archive; main pictures), `SpecialPicList` › `SpecialPicInfo*` › `specialAttributeValue` (the colour value, e.g. 军绿), `ItemPic` (file name). The spec schema types upload documents only for XML uploads, so this tree is not generated as structs.
//! - Response: note the lower-case `itemIDInfo` (unlike the other item batch writes). DOC-143 is truncated after `operation`. No result codes besides 0 were found.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.items.pics.set";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/setItemsPics.php";

/// Request for `dangdang.items.pics.set` (setItemsPics.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.items.pics.set")]
#[doc(alias = "setItemsPics.php")]
#[doc(alias = "setItemsPics")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Request {
    /// The zip archive uploaded as file part `setItemsPics`.
    pub document: Vec<u8>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(document: impl Into<Vec<u8>>) -> Self {
        Self {
            document: document.into(),
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEMS_PICS_SET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "setItemsPics",
                filename: "setItemsPics.zip",
                max_bytes: Some(20971520u64),
                body: crate::UploadBody::Bytes(self.document.clone()),
            }),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// Set the main and colour pictures of many items by uploading a zip of one XML file plus the images it names.
///
/// Element `response`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Response {
    /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
    pub function_id: Option<String>,
    /// `time`: when the server answered, Beijing time.
    pub time: Option<crate::BeijingTime>,
    /// One result per item in the archive's XML.
    ///
    /// Wire name: `ItemsIDList` › `itemIDInfo*`.
    /// Certainty: \[2+\] DOC-143 (truncated after operation), JSDK ItemPicResponse/ItemPicIdInfo, CSDK XmlArrayItem("itemIDInfo").
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
                    decoder.list_of(b"itemIDInfo", &mut out.items_id_list)?
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// Result for one item (lower-case first letter on the wire).
///
/// Element `itemIDInfo`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ItemIdInfo {
    /// Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    pub item_id: Option<i64>,
    /// Result code, 0 = ok.
    ///
    /// Wire name: `operCode` (code table [`ItemBatchResultCode`](crate::types::ItemBatchResultCode)).
    pub oper_code: Option<crate::types::ItemBatchResultCode>,
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
    /// The entries of `ItemsIDList` › `itemIDInfo*` that failed: those whose `operCode` is not `0` (success), each with its code.
    ///
    /// [`ItemBatchResultCode::meaning`](crate::types::ItemBatchResultCode::meaning) says what a known code means; an unknown one is `ItemBatchResultCode::Other` with the raw code.
    pub fn failures(&self) -> Vec<(&ItemIdInfo, &crate::types::ItemBatchResultCode)> {
        crate::types::failed(self.items_id_list.iter(), |entry| entry.oper_code.as_ref())
    }
}
