// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.items.price.update`: Legacy `updateMultiItemsInfo.php`.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateMultiItemsInfo.php`
//! - Transport: multipart POST, document in file part `multiItemsInfo`
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Notes:
//! - Parameters and response are not encoded in this spec yet (see the reference, methods §9); send parameters with `.param()`; the reply is returned as a generic XML tree.
/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.items.price.update";
/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateMultiItemsInfo.php";
/// Request for `dangdang.items.price.update` (updateMultiItemsInfo.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.items.price.update")]
#[doc(alias = "updateMultiItemsInfo.php")]
#[doc(alias = "updateMultiItemsInfo")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Request {
    /// The XML uploaded as file part `multiItemsInfo`: the children of `<request>` after `functionID` and `time`.
    pub document: String,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}
impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(document: impl Into<String>) -> Self {
        Self {
            document: document.into(),
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
        for (name, value) in &self.extra_params {
            params.push((name.clone().into(), value.clone()));
        }
        Result::Ok(crate::call::ApiCall {
            method: METHOD,
            transport: crate::call::Transport::Multipart,
            safety: crate::call::Safety::Write,
            params,
            upload: Option::Some(crate::call::Upload {
                field: "multiItemsInfo",
                filename: "multiItemsInfo.xml",
                max_bytes: Option::None,
                body: crate::call::UploadBody::XmlFragment(self.document.clone()),
            }),
        })
    }
    /// Sends this request; the same as [`Client::items_price_update`](crate::Client::items_price_update).
    pub async fn send(
        &self,
        client: &crate::Client,
    ) -> Result<crate::XmlElement, crate::Error> {
        client.items_price_update(self).await
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
    /// `dangdang.items.price.update`: Legacy `updateMultiItemsInfo.php`.
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `updateMultiItemsInfo.php`.
    #[doc(alias = "dangdang.items.price.update")]
    #[doc(alias = "updateMultiItemsInfo.php")]
    #[doc(alias = "updateMultiItemsInfo")]
    pub async fn items_price_update(
        &self,
        request: &Request,
    ) -> Result<crate::XmlElement, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::tree(METHOD, &body)
    }
}
