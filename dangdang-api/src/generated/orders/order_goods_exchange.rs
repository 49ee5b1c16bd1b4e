// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.order.goods.exchange`: 换货处理 — Handle one approved buyer exchange request: refund when out of stock, confirm, defer or refuse. Marked withdrawn (已下架) in the doc.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/exchangeGoods.php`
//! - Transport: GET, parameters in the query string
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-137: Official doc page 137 (order.goods.exchange, marked 已下架), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=137>
//!
//! Notes:
//! - Marked "已下架" (withdrawn) in the doc \[1: DOC-137\].
//! - One order per call; the request must be approved first with dangdang.orders.exchange.return.apply.approve \[1: DOC-137\].
//! - Verb GET \[1: DOC-137\]. That `o`, `eo` and `op` are required is an inference \[inf\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.order.goods.exchange";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/exchangeGoods.php";

/// Request for `dangdang.order.goods.exchange` (exchangeGoods.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.order.goods.exchange")]
#[doc(alias = "exchangeGoods.php")]
#[doc(alias = "exchangeGoods")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[1\] DOC-137; required \[inf\].
    #[doc(alias = "o")]
    pub order_id: i64,
    /// Exchange request id: `returnExchangeCode` from dangdang.orders.exchange.return.list.get.
    ///
    /// Wire name: `eo` (integer).
    /// Certainty: \[1\] DOC-137; required \[inf\].
    #[doc(alias = "eo")]
    pub exchange_id: i64,
    /// Reverse shipping fee (yuan).
    ///
    /// Wire name: `shippingAmount` (decimal yuan).
    /// Between 0 and 50 (checked before sending).
    /// Certainty: \[1\] DOC-137.
    pub shipping_amount: Option<crate::Decimal>,
    /// Partial deduction; only after `op=0` and only for specific sellers.
    ///
    /// Wire name: `deductAmount` (decimal yuan).
    /// Server default when omitted: `0`.
    /// Certainty: \[1\] DOC-137.
    pub deduct_amount: Option<crate::Decimal>,
    /// Seller note.
    ///
    /// Wire name: `mo` (text).
    /// At most 50 characters (checked before sending).
    /// Certainty: \[1\] DOC-137.
    #[doc(alias = "mo")]
    pub memo: Option<String>,
    /// Action: 0 out of stock → refund, 1 confirm the exchange, 2 defer, 3 refuse.
    ///
    /// Wire name: `op` (code table [`ExchangeAction`](crate::types::ExchangeAction)).
    /// Certainty: \[1\] DOC-137; required \[inf\].
    #[doc(alias = "op")]
    pub action: crate::types::ExchangeAction,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(
        order_id: i64,
        exchange_id: i64,
        action: crate::types::ExchangeAction,
    ) -> Self {
        Self {
            order_id,
            exchange_id,
            shipping_amount: None,
            deduct_amount: None,
            memo: None,
            action,
            extra_params: Vec::new(),
        }
    }

    /// Reverse shipping fee (yuan).
    ///
    /// Wire name: `shippingAmount` (decimal yuan).
    /// Between 0 and 50 (checked before sending).
    /// Certainty: \[1\] DOC-137.
    pub fn shipping_amount(mut self, shipping_amount: crate::Decimal) -> Self {
        self.shipping_amount = Some(shipping_amount);
        self
    }

    /// Partial deduction; only after `op=0` and only for specific sellers.
    ///
    /// Wire name: `deductAmount` (decimal yuan).
    /// Server default when omitted: `0`.
    /// Certainty: \[1\] DOC-137.
    pub fn deduct_amount(mut self, deduct_amount: crate::Decimal) -> Self {
        self.deduct_amount = Some(deduct_amount);
        self
    }

    /// Seller note.
    ///
    /// Wire name: `mo` (text).
    /// At most 50 characters (checked before sending).
    /// Certainty: \[1\] DOC-137.
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDER_GOODS_EXCHANGE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.req("o", &self.order_id);
        params.req("eo", &self.exchange_id);
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

/// 换货处理 — Handle one approved buyer exchange request: refund when out of stock, confirm, defer or refuse. Marked withdrawn (已下架) in the doc.
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
    /// Outcome of the exchange handling.
    ///
    /// Wire name: `Result`.
    /// Certainty: \[1\] DOC-137.
    pub result: Option<ExchangeResult>,
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

/// Outcome of the exchange handling.
///
/// Element `Result`.
/// Certainty: \[1\] DOC-137.
///
/// To build one in a test: `let mut value = ExchangeResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ExchangeResult {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `orderID` (integer).
    pub order_id: Option<i64>,
    /// Exchange order id.
    ///
    /// Wire name: `exchangeOrderID` (text).
    pub exchange_order_id: Option<String>,
    /// Result code; 0 = success, 2 = already queued.
    ///
    /// Wire name: `operCode` (code table [`ExchangeGoodsResultCode`](crate::types::ExchangeGoodsResultCode)).
    pub oper_code: Option<crate::types::ExchangeGoodsResultCode>,
    /// Result text.
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for ExchangeResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            order_id: None,
            exchange_order_id: None,
            oper_code: None,
            operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"orderID") => out.order_id = decoder.opt()?,
                Some(b"exchangeOrderID") => out.exchange_order_id = decoder.opt()?,
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}
