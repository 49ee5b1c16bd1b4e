// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.item.price.update`: Set the 当当价 and/or market price of one item, by the seller's outer item id.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateItemsInfo.php`
//! - Transport: GET, parameters in the query string
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-118: Official doc page 118 (item.price.update), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=118>
//! - DOC-120: Official doc page 120 (items.price.update), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=120>
//!
//! Notes:
//! - Verb GET, version label 2.0 \[1: DOC-118\]. No client code found; everything here rests on the doc page.
//! - Whether each parameter is required is not visible in the doc; all are optional here. Prices 0.01 – 9,999,999.99 are checked before sending.
//! - Single item per call; not for items in a promotion, except 'N件起购' \[1: DOC-118\].
//! - The doc example's `functionID` is the misspelt `dangdang.itme.price.update`; `functionID` is not validated.
//! - Whole-call failure: E2 `Error` › `operCode`, `operation` (protocol §7), returned as `Error::Business`.
//!
//! Result codes:
//! - `403`: Refused: the new 当当价 is ≥ 20 yuan and rises ≥ 100 % over the old one. (\[2+\] DOC-118, DOC-120)

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.item.price.update";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateItemsInfo.php";

/// Request for `dangdang.item.price.update` (updateItemsInfo.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.item.price.update")]
#[doc(alias = "updateItemsInfo.php")]
#[doc(alias = "updateItemsInfo")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 企业商品标识符 — Seller's outer item id (required-ness not visible in the doc).
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] DOC-118.
    #[doc(alias = "oit")]
    pub outer_item_id: Option<String>,
    /// 当当价 — New Dangdang selling price, yuan.
    ///
    /// Wire name: `pr` (decimal yuan).
    /// Between 0.01 and 9999999.99 (checked before sending).
    /// Limits: 0.01 – 9,999,999.99 \[1: DOC-118\]; ≥ 20 yuan and a rise ≥ 100 % is refused with 403.
    /// Certainty: \[1\] DOC-118.
    #[doc(alias = "pr")]
    pub price: Option<crate::Decimal>,
    /// New market (list) price, yuan.
    ///
    /// Wire name: `marketPrice` (decimal yuan).
    /// Between 0.01 and 9999999.99 (checked before sending).
    /// Limits: 0.01 – 9,999,999.99 \[1: DOC-118\].
    /// Certainty: \[1\] DOC-118.
    pub market_price: Option<crate::Decimal>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
    }

    /// 企业商品标识符 — Seller's outer item id (required-ness not visible in the doc).
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] DOC-118.
    #[doc(alias = "oit")]
    pub fn outer_item_id(mut self, outer_item_id: impl Into<String>) -> Self {
        self.outer_item_id = Some(outer_item_id.into());
        self
    }

    /// 当当价 — New Dangdang selling price, yuan.
    ///
    /// Wire name: `pr` (decimal yuan).
    /// Between 0.01 and 9999999.99 (checked before sending).
    /// Limits: 0.01 – 9,999,999.99 \[1: DOC-118\]; ≥ 20 yuan and a rise ≥ 100 % is refused with 403.
    /// Certainty: \[1\] DOC-118.
    #[doc(alias = "pr")]
    pub fn price(mut self, price: crate::Decimal) -> Self {
        self.price = Some(price);
        self
    }

    /// New market (list) price, yuan.
    ///
    /// Wire name: `marketPrice` (decimal yuan).
    /// Between 0.01 and 9999999.99 (checked before sending).
    /// Limits: 0.01 – 9,999,999.99 \[1: DOC-118\].
    /// Certainty: \[1\] DOC-118.
    pub fn market_price(mut self, market_price: crate::Decimal) -> Self {
        self.market_price = Some(market_price);
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEM_PRICE_UPDATE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("oit", &self.outer_item_id);
        params
            .opt_checked(
                "pr",
                &self.price,
                &[
                    crate::Rule::Range(
                        Some(const { crate::Decimal::from_parts(1, 0, 0, false, 2) }),
                        Some(const {
                            crate::Decimal::from_parts(999999999, 0, 0, false, 2)
                        }),
                    ),
                ],
            )?;
        params
            .opt_checked(
                "marketPrice",
                &self.market_price,
                &[
                    crate::Rule::Range(
                        Some(const { crate::Decimal::from_parts(1, 0, 0, false, 2) }),
                        Some(const {
                            crate::Decimal::from_parts(999999999, 0, 0, false, 2)
                        }),
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

/// Set the 当当价 and/or market price of one item, by the seller's outer item id.
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
    /// The outcome for the item.
    ///
    /// Wire name: `Result`.
    /// Certainty: \[1\] DOC-118.
    pub result: Option<PriceUpdateResult>,
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

/// The outcome for the item.
///
/// Element `Result`.
/// Certainty: \[1\] DOC-118.
///
/// To build one in a test: `let mut value = PriceUpdateResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PriceUpdateResult {
    /// 企业商品标识符 — The outer item id as echoed.
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// Result code, 0 = ok.
    ///
    /// Wire name: `operCode` (code table [`ItemPriceResultCode`](crate::types::ItemPriceResultCode)).
    pub oper_code: Option<crate::types::ItemPriceResultCode>,
    /// Result text.
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for PriceUpdateResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            outer_item_id: None,
            oper_code: None,
            operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"outerItemID") => out.outer_item_id = decoder.opt()?,
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}
