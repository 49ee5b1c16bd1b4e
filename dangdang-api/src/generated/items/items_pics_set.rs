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
//! - The client builds the archive (with the `zip` crate): the typed document as GBK XML under `request` › `functionID`, `time` \[2+: DOC-143, JSDK ItemPicsRequest/ItemPicsInfo/ItemSkuPicsInfo, CSDK ItemsPicsSet\], stored as `setItemsPics.xml` (the name of the XML file inside the archive is not documented \[inf\]), followed by the picture files the document names, which the caller passes as `(name, bytes)`. The archive's size is checked against the 20 MB cap before sending.
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
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document, the file `setItemsPics.xml` of the zip archive uploaded as file part `setItemsPics`.
    pub document: upload::Document,
    /// The other files of the archive, as `(name inside the archive, bytes)`: the files the document names.
    pub files: Vec<(String, Vec<u8>)>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(document: upload::Document, files: Vec<(String, Vec<u8>)>) -> Self {
        Self {
            document,
            files,
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
                body: crate::UploadBody::Bytes({
                    let mut w = crate::xml::XmlWriter::new();
                    self.document.write_xml(&mut w, METHOD)?;
                    crate::zip_upload::archive(
                        METHOD,
                        "setItemsPics",
                        "setItemsPics.xml",
                        &w.finish(),
                        &self.files,
                    )?
                }),
            }),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// The document uploaded in file part `setItemsPics` (GBK XML under `<request>`).
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
        /// The items whose pictures are set.
        ///
        /// Wire name: `PicsList` › `ProductPicsInfo*`.
        /// Certainty: \[2+\] DOC-143, JSDK, CSDK.
        #[cfg_attr(feature = "serde", serde(default))]
        pub pics_list: Vec<ProductPicsInfo>,
    }

    impl Document {
        /// Builds `<request>` from its required children; optional ones start empty.
        pub fn new(pics_list: Vec<ProductPicsInfo>) -> Self {
            Self { pics_list }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            w.start("PicsList");
            for item in &self.pics_list {
                w.start("ProductPicsInfo");
                item.write_xml(w, method)?;
                w.end("ProductPicsInfo");
            }
            w.end("PicsList");
            Ok(())
        }
    }

    /// The picture of one colour.
    ///
    /// Element `SpecialPicInfo`.
    #[derive(Debug, Clone, PartialEq, Default)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct SpecialPicInfo {
        /// The colour value, e.g. 军绿.
        ///
        /// Wire name: `specialAttributeValue` (text).
        pub special_attribute_value: Option<String>,
        /// The picture's file name inside the archive.
        ///
        /// Wire name: `ItemPic` (text).
        pub item_pic: Option<String>,
    }

    impl SpecialPicInfo {
        /// Builds `<SpecialPicInfo>` from its required children; optional ones start empty.
        pub fn new() -> Self {
            Self {
                special_attribute_value: None,
                item_pic: None,
            }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            _method: &'static str,
        ) -> Result<(), crate::Error> {
            if let Some(value) = &self.special_attribute_value {
                let text = crate::wire::text(value);
                w.leaf("specialAttributeValue", &text);
            }
            if let Some(value) = &self.item_pic {
                let text = crate::wire::text(value);
                w.leaf("ItemPic", &text);
            }
            Ok(())
        }
    }

    /// The pictures of one item.
    ///
    /// Element `ProductPicsInfo`.
    /// Certainty: \[2+\] DOC-143, JSDK ItemPicsInfo, CSDK.
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct ProductPicsInfo {
        /// Dangdang item id.
        ///
        /// Wire name: `itemID` (integer).
        /// Certainty: \[2+\] DOC-143, JSDK, CSDK; required \[inf\].
        pub item_id: i64,
        /// Main picture 1: a file name inside the archive.
        ///
        /// Wire name: `productPic1` (text).
        pub product_pic1: Option<String>,
        /// Main picture 2 (file name).
        ///
        /// Wire name: `productPic2` (text).
        pub product_pic2: Option<String>,
        /// Main picture 3 (file name).
        ///
        /// Wire name: `productPic3` (text).
        pub product_pic3: Option<String>,
        /// Main picture 4 (file name).
        ///
        /// Wire name: `productPic4` (text).
        pub product_pic4: Option<String>,
        /// Main picture 5 (file name).
        ///
        /// Wire name: `productPic5` (text).
        pub product_pic5: Option<String>,
        /// Main picture 6 (file name).
        ///
        /// Wire name: `productPic6` (text).
        pub product_pic6: Option<String>,
        /// Main picture 7 (file name).
        ///
        /// Wire name: `productPic7` (text).
        pub product_pic7: Option<String>,
        /// Main picture 8 (file name).
        ///
        /// Wire name: `productPic8` (text).
        pub product_pic8: Option<String>,
        /// Colour pictures.
        ///
        /// Wire name: `SpecialPicList` › `SpecialPicInfo*`.
        /// Certainty: \[2+\] DOC-143, JSDK ItemSkuPicsInfo.
        #[cfg_attr(feature = "serde", serde(default))]
        pub special_pic_list: Vec<SpecialPicInfo>,
    }

    impl ProductPicsInfo {
        /// Builds `<ProductPicsInfo>` from its required children; optional ones start empty.
        pub fn new(item_id: i64) -> Self {
            Self {
                item_id,
                product_pic1: None,
                product_pic2: None,
                product_pic3: None,
                product_pic4: None,
                product_pic5: None,
                product_pic6: None,
                product_pic7: None,
                product_pic8: None,
                special_pic_list: Vec::new(),
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
            if let Some(value) = &self.product_pic1 {
                let text = crate::wire::text(value);
                w.leaf("productPic1", &text);
            }
            if let Some(value) = &self.product_pic2 {
                let text = crate::wire::text(value);
                w.leaf("productPic2", &text);
            }
            if let Some(value) = &self.product_pic3 {
                let text = crate::wire::text(value);
                w.leaf("productPic3", &text);
            }
            if let Some(value) = &self.product_pic4 {
                let text = crate::wire::text(value);
                w.leaf("productPic4", &text);
            }
            if let Some(value) = &self.product_pic5 {
                let text = crate::wire::text(value);
                w.leaf("productPic5", &text);
            }
            if let Some(value) = &self.product_pic6 {
                let text = crate::wire::text(value);
                w.leaf("productPic6", &text);
            }
            if let Some(value) = &self.product_pic7 {
                let text = crate::wire::text(value);
                w.leaf("productPic7", &text);
            }
            if let Some(value) = &self.product_pic8 {
                let text = crate::wire::text(value);
                w.leaf("productPic8", &text);
            }
            w.start("SpecialPicList");
            for item in &self.special_pic_list {
                w.start("SpecialPicInfo");
                item.write_xml(w, method)?;
                w.end("SpecialPicInfo");
            }
            w.end("SpecialPicList");
            Ok(())
        }
    }
}

/// Set the main and colour pictures of many items by uploading a zip of one XML file plus the images it names.
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
