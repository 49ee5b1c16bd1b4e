// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.shop.coupon.send`: 礼券批量发放 — Issue coupons of one coupon batch to a list of customers.
//!
//! - Legacy URL: `http://shopapi.idc3/coupon_bind.php`
//! - Transport: POST, parameters in a form body
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-160: Official doc page 160 (shop.coupon.send, 礼券批量发放), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=160>
//!
//! Notes:
//! - POST form, no file \[1: DOC-160, protocol §2\].
//! - Version label 2.0 on the doc page; clients send `v=1.0` to 2.0-labelled methods and report success (protocol §4) \[1: DOC-160\].
//! - Java SDK sample: `CouponSendRequest`, `CouponSendDto.setApply_id(long)`, `setCustIdList(List<String>)` \[1: DOC-160\].
//! - `cus_id[]` travels as the repeated bracketed key `cus_id[]=1&cus_id[]=2&…` (a business parameter, so not signed): `Request::new` takes the list of customer ids and sends the key once per id.
//! - The reply is shape R3: `operCode` and `operation` directly under `response` (no `Result` wrapper) \[1: DOC-160\].
//! - The legacy URL is on the internal host `shopapi.idc3`, kept exactly as the method list gives it (protocol §11).
//!
//! Result codes:
//! - `1512`: 参数不正确 — Parameters are not correct. (\[1\] DOC-160)
//! - `1514`: 超出商铺剩余礼券 — More coupons than the shop has left. (\[1\] DOC-160)
//! - `1515`: 所选用户拥有礼券已经达到上限 — The selected customers already hold the most coupons allowed. (\[1\] DOC-160)

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.shop.coupon.send";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://shopapi.idc3/coupon_bind.php";

/// Request for `dangdang.shop.coupon.send` (coupon_bind.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.shop.coupon.send")]
#[doc(alias = "coupon_bind.php")]
#[doc(alias = "coupon_bind")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 礼券批次ID — Coupon batch id.
    ///
    /// Wire name: `apply_id` (integer).
    /// Certainty: \[1\] DOC-160 (the page leaves the required column blank; effectively required).
    pub apply_id: i64,
    /// The customer ids to receive coupons; the wire form repeats the bracketed key once per customer (`cus_id[]=1&cus_id[]=2&…`). Each id is text (the SDK sample's `List<String>`).
    ///
    /// Wire name: `cus_id[]` (text).
    /// A list: the key `cus_id[]` is sent once per entry.
    /// Limits: maximum customers per call unknown.
    /// Certainty: \[1\] DOC-160; required \[inf\].
    #[doc(alias = "cus_id[]")]
    pub cus_ids: Vec<String>,
    /// Coupons per customer (a positive integer).
    ///
    /// Wire name: `send_num` (integer).
    /// At least 1 (checked before sending).
    /// Certainty: \[1\] DOC-160; required \[inf\].
    pub send_num: i32,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(
        apply_id: i64,
        cus_ids: impl IntoIterator<Item = impl Into<String>>,
        send_num: i32,
    ) -> Self {
        Self {
            apply_id,
            cus_ids: cus_ids.into_iter().map(Into::into).collect(),
            send_num,
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SHOP_COUPON_SEND;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.req("apply_id", &self.apply_id);
        for entry in &self.cus_ids {
            params.req("cus_id[]", entry);
        }
        params
            .req_checked(
                "send_num",
                &self.send_num,
                &[
                    crate::Rule::Range(
                        Some(const { crate::Decimal::from_parts(1, 0, 0, false, 0) }),
                        None,
                    ),
                ],
            )?;
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// 礼券批量发放 — Issue coupons of one coupon batch to a list of customers.
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
    /// Result code, directly under `response`; 0 = success.
    ///
    /// Wire name: `operCode` (code table [`CouponSendResultCode`](crate::types::CouponSendResultCode)).
    /// Certainty: \[1\] DOC-160.
    pub oper_code: Option<crate::types::CouponSendResultCode>,
    /// Result text, e.g. 成功.
    ///
    /// Wire name: `operation` (text).
    /// Certainty: \[1\] DOC-160.
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            oper_code: None,
            operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}
