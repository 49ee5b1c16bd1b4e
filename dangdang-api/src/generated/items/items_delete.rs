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
#[non_exhaustive]
pub struct Request {
    /// Dangdang item id (the reference types it `int`; ids are sent as 64-bit here). Whether it is required is not documented.
    ///
    /// Wire name: `it` (integer).
    /// Certainty: \[1\] PY.
    pub item_id: Option<i64>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self {
            item_id: None,
            extra_params: Vec::new(),
        }
    }

    /// Dangdang item id (the reference types it `int`; ids are sent as 64-bit here). Whether it is required is not documented.
    ///
    /// Wire name: `it` (integer).
    /// Certainty: \[1\] PY.
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

    /// Checks the spec's client-side rules and builds the wire call.
    pub fn to_call(&self) -> Result<crate::call::ApiCall, crate::Error> {
        let mut params: Vec<(std::borrow::Cow<'static, str>, String)> = Vec::new();
        if let Some(value) = &self.item_id {
            let text = crate::wire::text(value);
            params.push(("it".into(), text));
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

    /// Sends this request; the same as [`Client::items_delete`](crate::Client::items_delete).
    pub async fn send(
        &self,
        client: &crate::Client,
    ) -> Result<crate::XmlElement, crate::Error> {
        client.items_delete(self).await
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
    /// `dangdang.items.delete`: Delete an item by its Dangdang id (only the `it` parameter is known; the reply is not).
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `deleteItems.php`.
    #[doc(alias = "dangdang.items.delete")]
    #[doc(alias = "deleteItems.php")]
    #[doc(alias = "deleteItems")]
    pub async fn items_delete(
        &self,
        request: &Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::tree(METHOD, &body)
    }
}
