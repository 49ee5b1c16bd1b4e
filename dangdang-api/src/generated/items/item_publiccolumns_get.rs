// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.item.publiccolumns.get`: Legacy `getItemPublicColumns.php`.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getItemPublicColumns.php`
//! - Transport: POST, parameters in a form body
//! - Safety: read (safe to retry)
//! - Provenance: unknown
//!
//! No public documentation was found for this method. Pass parameters with
//! [`Request::param`]; the reply is returned as a generic [`XmlElement`](crate::XmlElement) tree.
//!
//! Notes:
//! - No public documentation was found for this method; parameters and response are unknown. Send parameters with `.param()`; the reply is returned as a generic XML tree.
//! - HTTP verb not documented; sent as a form POST, which the gateway accepts for non-upload methods (\[2+\] protocol §2: DG, JSDK, WD).

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.item.publiccolumns.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getItemPublicColumns.php";

/// Request for `dangdang.item.publiccolumns.get` (getItemPublicColumns.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.item.publiccolumns.get")]
#[doc(alias = "getItemPublicColumns.php")]
#[doc(alias = "getItemPublicColumns")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Request {
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self { extra_params: Vec::new() }
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
        for (name, value) in &self.extra_params {
            params.push((name.clone().into(), value.clone()));
        }
        Ok(crate::call::ApiCall {
            method: METHOD,
            transport: crate::call::Transport::PostForm,
            safety: crate::call::Safety::Read,
            params,
            upload: None,
        })
    }

    /// Sends this request; the same as [`Client::item_publiccolumns_get`](crate::Client::item_publiccolumns_get).
    pub async fn send(
        &self,
        client: &crate::Client,
    ) -> Result<crate::XmlElement, crate::Error> {
        client.item_publiccolumns_get(self).await
    }

    /// Sends this request and waits for the reply, without an async runtime (feature `blocking`).
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        &self,
        client: &crate::blocking::Client,
    ) -> Result<crate::XmlElement, crate::Error> {
        client.block_on(self.send(client.inner()))
    }
}

impl crate::Client {
    /// `dangdang.item.publiccolumns.get`: Legacy `getItemPublicColumns.php`.
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `getItemPublicColumns.php`.
    #[doc(alias = "dangdang.item.publiccolumns.get")]
    #[doc(alias = "getItemPublicColumns.php")]
    #[doc(alias = "getItemPublicColumns")]
    pub async fn item_publiccolumns_get(
        &self,
        request: &Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::tree(METHOD, &body)
    }
}
