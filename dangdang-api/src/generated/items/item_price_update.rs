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
#[non_exhaustive]
pub struct Request {
    /// 企业商品标识符 — Seller's outer item id (required-ness not visible in the doc).
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] DOC-118.
    pub outer_item_id: Option<String>,
    /// 当当价 — New Dangdang selling price, yuan.
    ///
    /// Wire name: `pr` (decimal yuan).
    /// Between 0.01 and 9999999.99 (checked before sending).
    /// Limits: 0.01 – 9,999,999.99 \[1: DOC-118\]; ≥ 20 yuan and a rise ≥ 100 % is refused with 403.
    /// Certainty: \[1\] DOC-118.
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
        Self {
            outer_item_id: None,
            price: None,
            market_price: None,
            extra_params: Vec::new(),
        }
    }

    /// 企业商品标识符 — Seller's outer item id (required-ness not visible in the doc).
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[1\] DOC-118.
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

    /// Checks the spec's client-side rules and builds the wire call.
    pub fn to_call(&self) -> Result<crate::call::ApiCall, crate::Error> {
        let mut params: Vec<(std::borrow::Cow<'static, str>, String)> = Vec::new();
        if let Some(value) = &self.outer_item_id {
            let text = crate::wire::text(value);
            params.push(("oit".into(), text));
        }
        if let Some(value) = &self.price {
            let text = crate::wire::text(value);
            crate::call::check_range(
                METHOD,
                "pr",
                &text,
                Some(const { crate::Decimal::from_parts(1, 0, 0, false, 2) }),
                Some(const { crate::Decimal::from_parts(999999999, 0, 0, false, 2) }),
            )?;
            params.push(("pr".into(), text));
        }
        if let Some(value) = &self.market_price {
            let text = crate::wire::text(value);
            crate::call::check_range(
                METHOD,
                "marketPrice",
                &text,
                Some(const { crate::Decimal::from_parts(1, 0, 0, false, 2) }),
                Some(const { crate::Decimal::from_parts(999999999, 0, 0, false, 2) }),
            )?;
            params.push(("marketPrice".into(), text));
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

    /// Sends this request; the same as [`Client::item_price_update`](crate::Client::item_price_update).
    pub async fn send(&self, client: &crate::Client) -> Result<Response, crate::Error> {
        client.item_price_update(self).await
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

/// Set the 当当价 and/or market price of one item, by the seller's outer item id.
///
/// Element `response`.
#[derive(Debug, Clone, PartialEq)]
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

/// The outcome for the item.
///
/// Element `Result`.
/// Certainty: \[1\] DOC-118.
#[derive(Debug, Clone, PartialEq)]
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
        let mut outer_item_id = None;
        let mut oper_code = None;
        let mut operation = None;
        loop {
            match decoder.next_child()? {
                Some(b"outerItemID") => outer_item_id = decoder.opt()?,
                Some(b"operCode") => oper_code = decoder.opt()?,
                Some(b"operation") => operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            outer_item_id,
            oper_code,
            operation,
        })
    }
}

impl crate::Client {
    /// `dangdang.item.price.update`: Set the 当当价 and/or market price of one item, by the seller's outer item id.
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `updateItemsInfo.php`.
    #[doc(alias = "dangdang.item.price.update")]
    #[doc(alias = "updateItemsInfo.php")]
    #[doc(alias = "updateItemsInfo")]
    pub async fn item_price_update(
        &self,
        request: &Request,
    ) -> Result<Response, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::typed::<Response>(METHOD, &body)
    }
}
