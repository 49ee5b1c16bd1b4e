// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.shop.ddsaleprops.get`: Get the sale attributes (colour/size classes) with their options.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getSpecialAttributeClass.php`
//! - Transport: POST, parameters in a form body
//! - Safety: read (safe to retry)
//! - Provenance: partial
//!
//! Sources:
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//! - EF: Baison eFAST PHP adapter DangdangAPIModel and its MySQL column comments (repository not identified)
//!
//! Notes:
//! - Verb not documented; sent as a form POST, which the gateway accepts for non-upload methods (\[2+\] protocol §2: DG, JSDK, WD).
//! - Parameters not found (\[inf\] probably a category id). Send parameters with `.param()`.
//! - Response tree from JSDK `…/response/shop/category/saleprop/*` \[1\].
//! - Item SKUs carry `specialAttributeClass`, `specialAttribute`, `specialAttributeSeq` (JSDK request classes `ItemSkuAddInfo` / `SpecilaItemModifydiInfo`; element `SpecilaItemInfo`, sic) \[1: JSDK\].
//! - Attribute strings on items are `name>>value;name>>value`, e.g. `颜色>>军绿;鞋码>>38` (\[2+\] CSDK, DOC-116, DG, WD, DOC-133); EF parses an item's `specialAttribute` as `;`-separated `<class>>><value>` pairs \[1\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.shop.ddsaleprops.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getSpecialAttributeClass.php";

/// Request for `dangdang.shop.ddsaleprops.get` (getSpecialAttributeClass.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.shop.ddsaleprops.get")]
#[doc(alias = "getSpecialAttributeClass.php")]
#[doc(alias = "getSpecialAttributeClass")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SHOP_DDSALEPROPS_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// Get the sale attributes (colour/size classes) with their options.
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
    /// The sale attributes returned.
    ///
    /// Wire name: `DDSpecialAttribute` › `specialAttributeInfo*`.
    /// Certainty: \[1\] JSDK.
    #[doc(alias = "DDSpecialAttribute")]
    pub special_attributes: Vec<SpecialAttributeInfo>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            special_attributes: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"DDSpecialAttribute") => {
                    decoder
                        .list_of(b"specialAttributeInfo", &mut out.special_attributes)?
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One option.
///
/// Element `specialAttributeClassInfo`.
///
/// To build one in a test: `let mut value = SpecialAttributeClassInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SpecialAttributeClassInfo {
    /// Option id (text; JSDK: string/number).
    ///
    /// Wire name: `optionID` (text).
    pub option_id: Option<String>,
    /// Option name.
    ///
    /// Wire name: `optionName` (text).
    pub option_name: Option<String>,
}

impl crate::xml_decode::FromXml for SpecialAttributeClassInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            option_id: None,
            option_name: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"optionID") => out.option_id = decoder.opt()?,
                Some(b"optionName") => out.option_name = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One sale attribute (class).
///
/// Element `specialAttributeInfo`.
///
/// To build one in a test: `let mut value = SpecialAttributeInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SpecialAttributeInfo {
    /// Sale-attribute id (text; JSDK: string/number).
    ///
    /// Wire name: `specialAttributeID` (text).
    pub special_attribute_id: Option<String>,
    /// Sale-attribute name, e.g. colour or size.
    ///
    /// Wire name: `specialAttributeName` (text).
    pub special_attribute_name: Option<String>,
    /// The attribute's options.
    ///
    /// Wire name: `specialAttributeClass` › `specialAttributeClassInfo*`.
    #[doc(alias = "specialAttributeClass")]
    pub options: Vec<SpecialAttributeClassInfo>,
}

impl crate::xml_decode::FromXml for SpecialAttributeInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            special_attribute_id: None,
            special_attribute_name: None,
            options: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"specialAttributeID") => out.special_attribute_id = decoder.opt()?,
                Some(b"specialAttributeName") => {
                    out.special_attribute_name = decoder.opt()?;
                }
                Some(b"specialAttributeClass") => {
                    decoder.list_of(b"specialAttributeClassInfo", &mut out.options)?
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}
