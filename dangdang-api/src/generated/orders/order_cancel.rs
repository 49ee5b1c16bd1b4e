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
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[1\] WF; required \[inf\].
    pub order_id: i64,
    /// Cancel reason code; the code table was not found (WF's sample sends `800003`).
    ///
    /// Wire name: `cr` (text).
    /// Certainty: \[1\] WF; required \[inf\].
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

    /// Checks the spec's client-side rules and builds the wire call.
    pub fn to_call(&self) -> Result<crate::call::ApiCall, crate::Error> {
        let mut params: Vec<(std::borrow::Cow<'static, str>, String)> = Vec::new();
        {
            let text = crate::wire::text(&self.order_id);
            params.push(("o".into(), text));
        }
        {
            let text = crate::wire::text(&self.cancel_reason);
            params.push(("cr".into(), text));
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

    /// Sends this request; the same as [`Client::order_cancel`](crate::Client::order_cancel).
    pub async fn send(&self, client: &crate::Client) -> Result<Response, crate::Error> {
        client.order_cancel(self).await
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

/// 取消订单 — Cancel an order with a reason code (known only from a legacy `cancelOrder.php` call).
///
/// Element `response`.
#[derive(Debug, Clone, PartialEq)]
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

/// Outcome of the cancel request.
///
/// Element `Result`.
/// Certainty: \[1\] WF.
#[derive(Debug, Clone, PartialEq)]
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
        let mut order_id = None;
        let mut oper_code = None;
        let mut operation = None;
        loop {
            match decoder.next_child()? {
                Some(b"orderID") => order_id = decoder.opt()?,
                Some(b"operCode") => oper_code = decoder.opt()?,
                Some(b"operation") => operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            order_id,
            oper_code,
            operation,
        })
    }
}

impl crate::Client {
    /// `dangdang.order.cancel`: 取消订单 — Cancel an order with a reason code (known only from a legacy `cancelOrder.php` call).
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `cancelOrder.php`.
    #[doc(alias = "dangdang.order.cancel")]
    #[doc(alias = "cancelOrder.php")]
    #[doc(alias = "cancelOrder")]
    pub async fn order_cancel(
        &self,
        request: &Request,
    ) -> Result<Response, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::typed::<Response>(METHOD, &body)
    }
}
