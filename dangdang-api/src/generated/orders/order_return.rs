// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.order.return`: 退货处理 — Handle one approved buyer return request: agree to refund, refuse or defer.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/returnGoods.php`
//! - Transport: GET, parameters in the query string
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-136: Official doc page 136 (order.return), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=136>
//!
//! Notes:
//! - The request must already be approved with dangdang.orders.exchange.return.apply.approve; deferring is supported; 代退货 (return on the buyer's behalf) requests cannot be handled \[1: DOC-136\].
//! - Verb GET \[1: DOC-136\]. That `o`, `ro` and `op` are required is an inference \[inf\].
//! - No result-code list was found; 0 = success.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.order.return";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/returnGoods.php";

/// Request for `dangdang.order.return` (returnGoods.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.order.return")]
#[doc(alias = "returnGoods.php")]
#[doc(alias = "returnGoods")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[1\] DOC-136; required \[inf\].
    #[doc(alias = "o")]
    pub order_id: i64,
    /// Return request id: `returnExchangeCode` from dangdang.orders.exchange.return.list.get.
    ///
    /// Wire name: `ro` (integer).
    /// Certainty: \[1\] DOC-136; required \[inf\].
    #[doc(alias = "ro")]
    pub return_id: i64,
    /// Reverse shipping fee refunded (yuan).
    ///
    /// Wire name: `shippingAmount` (decimal yuan).
    /// Between 0 and 50 (checked before sending).
    /// Certainty: \[1\] DOC-136.
    pub shipping_amount: Option<crate::Decimal>,
    /// Partial deduction; only for specific sellers; energy-subsidy refunds go here.
    ///
    /// Wire name: `deductAmount` (decimal yuan).
    /// Server default when omitted: `0`.
    /// Certainty: \[1\] DOC-136.
    pub deduct_amount: Option<crate::Decimal>,
    /// Seller note.
    ///
    /// Wire name: `mo` (text).
    /// At most 50 characters (checked before sending).
    /// Certainty: \[1\] DOC-136.
    #[doc(alias = "mo")]
    pub memo: Option<String>,
    /// Action: 1000 agree to refund, 1100 refuse, 1200 defer.
    ///
    /// Wire name: `op` (code table [`ReturnAction`](crate::types::ReturnAction)).
    /// Certainty: \[1\] DOC-136; required \[inf\].
    #[doc(alias = "op")]
    pub action: crate::types::ReturnAction,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(
        order_id: i64,
        return_id: i64,
        action: crate::types::ReturnAction,
    ) -> Self {
        Self {
            order_id,
            return_id,
            shipping_amount: None,
            deduct_amount: None,
            memo: None,
            action,
            extra_params: Vec::new(),
        }
    }

    /// Reverse shipping fee refunded (yuan).
    ///
    /// Wire name: `shippingAmount` (decimal yuan).
    /// Between 0 and 50 (checked before sending).
    /// Certainty: \[1\] DOC-136.
    pub fn shipping_amount(mut self, shipping_amount: crate::Decimal) -> Self {
        self.shipping_amount = Some(shipping_amount);
        self
    }

    /// Partial deduction; only for specific sellers; energy-subsidy refunds go here.
    ///
    /// Wire name: `deductAmount` (decimal yuan).
    /// Server default when omitted: `0`.
    /// Certainty: \[1\] DOC-136.
    pub fn deduct_amount(mut self, deduct_amount: crate::Decimal) -> Self {
        self.deduct_amount = Some(deduct_amount);
        self
    }

    /// Seller note.
    ///
    /// Wire name: `mo` (text).
    /// At most 50 characters (checked before sending).
    /// Certainty: \[1\] DOC-136.
    #[doc(alias = "mo")]
    pub fn memo(mut self, memo: impl Into<String>) -> Self {
        self.memo = Some(memo.into());
        self
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDER_RETURN;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.req("o", &self.order_id);
        params.req("ro", &self.return_id);
        params
            .opt_checked(
                "shippingAmount",
                &self.shipping_amount,
                &[
                    crate::Rule::Range(
                        Some(const { crate::Decimal::from_parts(0, 0, 0, false, 0) }),
                        Some(const { crate::Decimal::from_parts(50, 0, 0, false, 0) }),
                    ),
                ],
            )?;
        params.opt("deductAmount", &self.deduct_amount);
        params.opt_checked("mo", &self.memo, &[crate::Rule::MaxChars(50)])?;
        params.req("op", &self.action);
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// 退货处理 — Handle one approved buyer return request: agree to refund, refuse or defer.
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
    /// Outcome of the return handling.
    ///
    /// Wire name: `Result`.
    /// Certainty: \[1\] DOC-136.
    pub result: Option<ReturnResult>,
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

/// Outcome of the return handling.
///
/// Element `Result`.
/// Certainty: \[1\] DOC-136.
///
/// To build one in a test: `let mut value = ReturnResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReturnResult {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `orderID` (integer).
    pub order_id: Option<i64>,
    /// Return order id.
    ///
    /// Wire name: `returnOrderID` (text).
    pub return_order_id: Option<String>,
    /// Result code; 0 = success.
    ///
    /// Wire name: `operCode` (code table [`ReturnGoodsResultCode`](crate::types::ReturnGoodsResultCode)).
    pub oper_code: Option<crate::types::ReturnGoodsResultCode>,
    /// Result text.
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for ReturnResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            order_id: None,
            return_order_id: None,
            oper_code: None,
            operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"orderID") => out.order_id = decoder.opt()?,
                Some(b"returnOrderID") => out.return_order_id = decoder.opt()?,
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}
