// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.item.itemid.get`: Look up the Dangdang item id of a merchant outer item id.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getItemID.php`
//! - Transport: GET, parameters in the query string
//! - Safety: read (safe to retry)
//! - Provenance: partial
//!
//! Sources:
//! - ECS: an ECSHOP admin lib_main.php (repository not identified)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//!
//! Notes:
//! - Verb GET / POST form (ECS POSTs via its client).
//! - The legacy call took `gShopID` + `oit` + `validateString` \[2+: ECS, WF\].
//! - The reply is known only in part: `Result` › `itemID` \[1: ECS reads it\]; `operCode`/`operation` in `Result` on failure are \[inf\], by analogy with item.stock.update.
//! - This is the method of the published signature sample (protocol §5) \[2+: JSDK and another copy\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.item.itemid.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getItemID.php";

/// Request for `dangdang.item.itemid.get` (getItemID.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.item.itemid.get")]
#[doc(alias = "getItemID.php")]
#[doc(alias = "getItemID")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 企业商品标识符 — Merchant outer item id.
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[2+\] ECS, WF; required \[inf\].
    #[doc(alias = "oit")]
    pub outer_item_id: String,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(outer_item_id: impl Into<String>) -> Self {
        Self {
            outer_item_id: outer_item_id.into(),
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEM_ITEMID_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.req("oit", &self.outer_item_id);
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// Look up the Dangdang item id of a merchant outer item id.
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
    /// The looked-up id, or a failure code.
    ///
    /// Wire name: `Result`.
    pub result: Option<ItemIdResult>,
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

/// The looked-up id, or a failure code.
///
/// Element `Result`.
///
/// To build one in a test: `let mut value = ItemIdResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemIdResult {
    /// Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    /// Certainty: \[1\] ECS.
    pub item_id: Option<i64>,
    /// Failure code (0 = ok); codes not found.
    ///
    /// Wire name: `operCode` (code table [`ItemIdGetResultCode`](crate::types::ItemIdGetResultCode)).
    /// Certainty: \[inf\].
    pub oper_code: Option<crate::types::ItemIdGetResultCode>,
    /// Failure text.
    ///
    /// Wire name: `operation` (text).
    /// Certainty: \[inf\].
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for ItemIdResult {
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
