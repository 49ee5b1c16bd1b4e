// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.promotions.enddate.update`: Legacy `updateMultiPromosEndDate.php`.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateMultiPromosEndDate.php`
//! - Transport: POST, parameters in a form body
//! - Safety: write (never retried automatically)
//! - Provenance: unknown
//!
//! No public documentation was found for this method. Pass parameters with
//! [`Request::param`]; the reply is returned as a generic [`XmlElement`](crate::XmlElement) tree.
//!
//! Notes:
//! - No public documentation was found for this method; parameters and response are unknown. Send parameters with `.param()`; the reply is returned as a generic XML tree.
//! - HTTP verb not documented; sent as a form POST, which the gateway accepts for non-upload methods (\[2+\] protocol §2: DG, JSDK, WD).
//! - Safety inferred from the method name (\[inf\]); treated as a write, so it is never retried automatically.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.promotions.enddate.update";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateMultiPromosEndDate.php";

/// Request for `dangdang.promotions.enddate.update` (updateMultiPromosEndDate.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.promotions.enddate.update")]
#[doc(alias = "updateMultiPromosEndDate.php")]
#[doc(alias = "updateMultiPromosEndDate")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
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

    const INFO: crate::MethodInfo = crate::generated::catalog::PROMOTIONS_ENDDATE_UPDATE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<crate::XmlElement, crate::Error> {
        crate::decode::tree(METHOD, body)
    }
}
