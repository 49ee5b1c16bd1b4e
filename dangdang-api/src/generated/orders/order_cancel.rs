// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.order.cancel`: 取消订单 — Cancel an order with a reason code (known only from a legacy `cancelOrder.php` call).
//!
//! - Legacy URL: `http://api.dangdang.com/v2/cancelOrder.php`
//! - Transport: GET, parameters in the query string
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Sources:
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//!
//! Notes:
//! - Only one source, and only for the legacy v2 URL (`gShopID` + `validateString` auth, protocol §11) \[1: WF Test4\]. No source for the new method name; it is not listed in the order-API navigation of DOC-132.
//! - Verb GET, seen only on the legacy URL \[1: WF\].
//! - That `o` and `cr` are required is an inference \[inf\].
//! - The cancel-reason code table was not found; WF's sample passes `800003`.
//! - Failure shape: E2 (`Error` › `operCode`, `operation`) \[1: WF\]. Everything else about the reply was not found.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.order.cancel";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/cancelOrder.php";

/// Request for `dangdang.order.cancel` (cancelOrder.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.order.cancel")]
#[doc(alias = "cancelOrder.php")]
#[doc(alias = "cancelOrder")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[1\] WF; required \[inf\].
    #[doc(alias = "o")]
    pub order_id: i64,
    /// Cancel reason code; the code table was not found (WF's sample sends `800003`).
    ///
    /// Wire name: `cr` (text).
    /// Certainty: \[1\] WF; required \[inf\].
    #[doc(alias = "cr")]
    pub cancel_reason: String,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(order_id: i64, cancel_reason: impl Into<String>) -> Self {
        Self {
            order_id,
            cancel_reason: cancel_reason.into(),
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDER_CANCEL;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.req("o", &self.order_id);
        params.req("cr", &self.cancel_reason);
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// 取消订单 — Cancel an order with a reason code (known only from a legacy `cancelOrder.php` call).
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
    /// Outcome of the cancel request.
    ///
    /// Wire name: `Result`.
    /// Certainty: \[1\] WF.
    pub result: Option<CancelResult>,
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

/// Outcome of the cancel request.
///
/// Element `Result`.
/// Certainty: \[1\] WF.
///
/// To build one in a test: `let mut value = CancelResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CancelResult {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `orderID` (integer).
    pub order_id: Option<i64>,
    /// Result code; 0 = success.
    ///
    /// Wire name: `operCode` (code table [`CancelOrderResultCode`](crate::types::CancelOrderResultCode)).
    pub oper_code: Option<crate::types::CancelOrderResultCode>,
    /// Result text.
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for CancelResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            order_id: None,
            oper_code: None,
            operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"orderID") => out.order_id = decoder.opt()?,
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}
