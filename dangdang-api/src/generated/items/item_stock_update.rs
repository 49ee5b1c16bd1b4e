// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.item.stock.update`: Set the stock of one item (or one SKU) to an absolute quantity, by the seller's outer item id.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateItemStock.php`
//! - Transport: GET, parameters in the query string
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-117: Official doc page 117 (item.stock.update), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=117>
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - EF: Baison eFAST PHP adapter DangdangAPIModel and its MySQL column comments (repository not identified)
//! - D1: ACGT/d1: HttpInvokeUtil and JSP pages of the d1.com.cn shop
//! - WD: a Wangdian-style PHP ERP DangdangClient (repository not identified)
//! - ZEND: a PHP Custom_Model_Shop_Dangdang (repository not identified)
//!
//! Notes:
//! - Verb GET, version label 2.0 \[1: DOC-117\]; GET \[2+: WF, D1\]; form POST also used \[2+: DG, ZEND, WD\]. The runtime sends v=1.0, which clients use for 2.0-labelled methods (protocol §4).
//! - Dangdang deducts stock itself when an order ships; do not deduct again on shipment \[1: DOC-117\].
//! - Whole-call failure: E2 `Error` › `operCode`, `operation` \[2+: DG `ItemStockUpdateResponseErr`, WF\] (returned as `Error::Business`).
//! - WD reports the message 企业商品标识符错误 (bad outer item id) without a known code \[1\].
//!
//! Result codes:
//! - `22`: No Dangdang item for that outer item id. (\[1\] WF)

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.item.stock.update";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateItemStock.php";

/// Request for `dangdang.item.stock.update` (updateItemStock.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.item.stock.update")]
#[doc(alias = "updateItemStock.php")]
#[doc(alias = "updateItemStock")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 企业商品标识符 — Seller's outer item id; for an SKU item send the SKU's `outerItemID` (\[1\] WD + \[inf\]).
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[2+\] DOC-117, DG, WF, EF, D1, WD, ZEND; required \[inf\].
    #[doc(alias = "oit")]
    pub outer_item_id: String,
    /// New absolute stock (replaces the current quantity).
    ///
    /// Wire name: `stk` (integer).
    /// Between 0 and 999999 (checked before sending).
    /// Limits: none stated for this method; the batch doc says 0 \< n \< 1,000,000 \[1: DOC-119\], yet clients routinely send 0 (WF clamps negatives to 0) \[2+\], so 0 is let through.
    /// Certainty: \[2+\]; required \[inf\].
    #[doc(alias = "stk")]
    pub stock: i32,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(outer_item_id: impl Into<String>, stock: i32) -> Self {
        Self {
            outer_item_id: outer_item_id.into(),
            stock,
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEM_STOCK_UPDATE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.req("oit", &self.outer_item_id);
        params
            .req_checked(
                "stk",
                &self.stock,
                &[
                    crate::Rule::Range(
                        Some(const { crate::Decimal::from_parts(0, 0, 0, false, 0) }),
                        Some(const {
                            crate::Decimal::from_parts(999999, 0, 0, false, 0)
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

/// Set the stock of one item (or one SKU) to an absolute quantity, by the seller's outer item id.
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
    /// Certainty: \[2+\] DOC-117, DG ItemStockUpdateResponse/Result, D1, ZEND.
    pub result: Option<StockUpdateResult>,
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
/// Certainty: \[2+\] DOC-117, DG ItemStockUpdateResponse/Result, D1, ZEND.
///
/// To build one in a test: `let mut value = StockUpdateResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct StockUpdateResult {
    /// 企业商品标识符 — The outer item id as echoed.
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// Result code, 0 = ok.
    ///
    /// Wire name: `operCode` (code table [`ItemStockResultCode`](crate::types::ItemStockResultCode)).
    pub oper_code: Option<crate::types::ItemStockResultCode>,
    /// Result text (e.g. 操作成功).
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for StockUpdateResult {
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
