// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.shop.ddbrand.get`: Get Dangdang brand names.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getDDBrand.php`
//! - Transport: POST, parameters in a form body
//! - Safety: read (safe to retry)
//! - Provenance: partial
//!
//! Sources:
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//!
//! Notes:
//! - Verb not documented; sent as a form POST, which the gateway accepts for non-upload methods (\[2+\] protocol §2: DG, JSDK, WD).
//! - Parameters not found (\[inf\] possibly by category). Send parameters with `.param()`.
//! - Response from JSDK `…/response/shop/brand/DdbrandResponse` \[1\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.shop.ddbrand.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getDDBrand.php";

/// Request for `dangdang.shop.ddbrand.get` (getDDBrand.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.shop.ddbrand.get")]
#[doc(alias = "getDDBrand.php")]
#[doc(alias = "getDDBrand")]
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SHOP_DDBRAND_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// Get Dangdang brand names.
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
    /// The brand names.
    ///
    /// Wire name: `DDBrandList` › `DDBrand*` (text).
    /// Certainty: \[1\] JSDK.
    #[doc(alias = "DDBrandList")]
    pub brands: Vec<String>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            brands: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"DDBrandList") => {
                    decoder.value_list_of(b"DDBrand", &mut out.brands)?
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}
