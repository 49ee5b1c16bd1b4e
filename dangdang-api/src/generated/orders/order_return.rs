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
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[1\] DOC-136; required \[inf\].
    pub order_id: i64,
    /// Return request id: `returnExchangeCode` from dangdang.orders.exchange.return.list.get.
    ///
    /// Wire name: `ro` (integer).
    /// Certainty: \[1\] DOC-136; required \[inf\].
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
    pub memo: Option<String>,
    /// Action: 1000 agree to refund, 1100 refuse, 1200 defer.
    ///
    /// Wire name: `op` (code table [`ReturnAction`](crate::types::ReturnAction)).
    /// Certainty: \[1\] DOC-136; required \[inf\].
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

    /// Checks the spec's client-side rules and builds the wire call.
    pub fn to_call(&self) -> Result<crate::call::ApiCall, crate::Error> {
        let mut params: Vec<(std::borrow::Cow<'static, str>, String)> = Vec::new();
        {
            let text = crate::wire::text(&self.order_id);
            params.push(("o".into(), text));
        }
        {
            let text = crate::wire::text(&self.return_id);
            params.push(("ro".into(), text));
        }
        if let Some(value) = &self.shipping_amount {
            let text = crate::wire::text(value);
            crate::call::check_range(
                METHOD,
                "shippingAmount",
                &text,
                Some(const { crate::Decimal::from_parts(0, 0, 0, false, 0) }),
                Some(const { crate::Decimal::from_parts(50, 0, 0, false, 0) }),
            )?;
            params.push(("shippingAmount".into(), text));
        }
        if let Some(value) = &self.deduct_amount {
            let text = crate::wire::text(value);
            params.push(("deductAmount".into(), text));
        }
        if let Some(value) = &self.memo {
            let text = crate::wire::text(value);
            crate::call::check_chars(METHOD, "mo", &text, 50)?;
            params.push(("mo".into(), text));
        }
        {
            let text = crate::wire::text(&self.action);
            params.push(("op".into(), text));
        }
        for (name, value) in &self.extra_params {
            params.push((name.clone().into(), value.clone()));
        }
        Ok(crate::call::ApiCall {
            method: METHOD,
            transport: crate::call::Transport::Get,
            safety: crate::call::Safety::Write,
            params,
            upload: None,
        })
    }

    /// Sends this request; the same as [`Client::order_return`](crate::Client::order_return).
    pub async fn send(&self, client: &crate::Client) -> Result<Response, crate::Error> {
        client.order_return(self).await
    }

    /// Sends this request and waits for the reply, without an async runtime (feature `blocking`).
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        &self,
        client: &crate::blocking::Client,
    ) -> Result<Response, crate::Error> {
        client.block_on(self.send(client.inner()))
    }
}

/// 退货处理 — Handle one approved buyer return request: agree to refund, refuse or defer.
///
/// Element `response`.
#[derive(Debug, Clone, PartialEq)]
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
        let mut function_id = None;
        let mut time = None;
        let mut result = None;
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => function_id = decoder.opt()?,
                Some(b"time") => time = decoder.opt()?,
                Some(b"Result") => result = decoder.opt_nested()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self { function_id, time, result })
    }
}

/// Outcome of the return handling.
///
/// Element `Result`.
/// Certainty: \[1\] DOC-136.
#[derive(Debug, Clone, PartialEq)]
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
        let mut order_id = None;
        let mut return_order_id = None;
        let mut oper_code = None;
        let mut operation = None;
        loop {
            match decoder.next_child()? {
                Some(b"orderID") => order_id = decoder.opt()?,
                Some(b"returnOrderID") => return_order_id = decoder.opt()?,
                Some(b"operCode") => oper_code = decoder.opt()?,
                Some(b"operation") => operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            order_id,
            return_order_id,
            oper_code,
            operation,
        })
    }
}

impl crate::Client {
    /// `dangdang.order.return`: 退货处理 — Handle one approved buyer return request: agree to refund, refuse or defer.
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `returnGoods.php`.
    #[doc(alias = "dangdang.order.return")]
    #[doc(alias = "returnGoods.php")]
    #[doc(alias = "returnGoods")]
    pub async fn order_return(
        &self,
        request: &Request,
    ) -> Result<Response, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::typed::<Response>(METHOD, &body)
    }
}
