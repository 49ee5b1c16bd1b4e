//! `MethodInfo`: what the spec says about each method, as data (see [`crate::METHODS`]).

use crate::call::{Safety, Transport};

/// How much of a method is publicly known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Provenance {
    /// Parameters and response known.
    Documented,
    /// Some of parameters, response or verb known.
    Partial,
    /// Nothing public: raw parameters in, generic XML tree out.
    Unknown,
}

/// One method of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodInfo {
    /// Dotted name, `dangdang.orders.list.get`.
    pub name: &'static str,
    /// Legacy v2 URL.
    pub legacy_url: &'static str,
    /// The `Client` method and module name, `orders_list_get`.
    pub rust_name: &'static str,
    /// Group module and cargo feature.
    pub group: &'static str,
    /// How the request travels.
    pub transport: Transport,
    /// Read or write.
    pub safety: Safety,
    /// Provenance.
    pub provenance: Provenance,
    /// Multipart field of the uploaded document.
    pub upload_field: Option<&'static str>,
    /// Whether the response is typed (otherwise an [`XmlElement`](crate::XmlElement) tree).
    pub typed_response: bool,
}
