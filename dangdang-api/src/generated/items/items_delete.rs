// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.items.delete`: Delete an item by its Dangdang id (only the `it` parameter is known; the reply is not).
//!
//! - Legacy URL: `http://api.dangdang.com/v2/deleteItems.php`
//! - Transport: GET, parameters in the query string
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Sources:
//! - PY: a Python DangDangAPi script (repository not identified)
//!
//! Notes:
//! - Known only from one script \[1: PY\], which calls it with `v=2.0` on the gw-api host (`https://gw-api.dangdang.com/openapi/rest`).
//! - Response: not found, so the reply is returned as a generic XML tree. Error codes: not found.
//! - The legacy name is plural (batch?), but no batch or upload evidence exists.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.items.delete";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/deleteItems.php";

/// Request for `dangdang.items.delete` (deleteItems.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.items.delete")]
#[doc(alias = "deleteItems.php")]
#[doc(alias = "deleteItems")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// Dangdang item id (the reference types it `int`; ids are sent as 64-bit here). Whether it is required is not documented.
    ///
    /// Wire name: `it` (integer).
    /// Certainty: \[1\] PY.
    #[doc(alias = "it")]
    pub item_id: Option<i64>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Dangdang item id (the reference types it `int`; ids are sent as 64-bit here). Whether it is required is not documented.
    ///
    /// Wire name: `it` (integer).
    /// Certainty: \[1\] PY.
    #[doc(alias = "it")]
    pub fn item_id(mut self, item_id: i64) -> Self {
        self.item_id = Some(item_id);
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
    type Response = crate::XmlElement;

    const INFO: crate::MethodInfo = crate::generated::catalog::ITEMS_DELETE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("it", &self.item_id);
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<crate::XmlElement, crate::Error> {
        crate::decode::tree(METHOD, body)
    }
}
