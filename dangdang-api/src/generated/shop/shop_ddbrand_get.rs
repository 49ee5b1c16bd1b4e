// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.shop.ddbrand.get`: Get Dangdang brand names.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getDDBrand.php`
//! - Transport: POST, parameters in a form body
//! - Safety: read (safe to retry)
//! - Provenance: partial
//!
//! Sources:
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//!
//! Notes:
//! - Verb not documented; sent as a form POST, which the gateway accepts for non-upload methods (\[2+\] protocol §2: DG, JSDK, WD).
//! - Parameters not found (\[inf\] possibly by category). Send parameters with `.param()`.
//! - Response from JSDK `…/response/shop/brand/DdbrandResponse` \[1\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.shop.ddbrand.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getDDBrand.php";

/// Request for `dangdang.shop.ddbrand.get` (getDDBrand.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.shop.ddbrand.get")]
#[doc(alias = "getDDBrand.php")]
#[doc(alias = "getDDBrand")]
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

    /// Sends this request; the same as [`Client::shop_ddbrand_get`](crate::Client::shop_ddbrand_get).
    pub async fn send(&self, client: &crate::Client) -> Result<Response, crate::Error> {
        client.shop_ddbrand_get(self).await
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

/// Get Dangdang brand names.
///
/// Element `response`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Response {
    /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
    pub function_id: Option<String>,
    /// `time`: when the server answered, Beijing time.
    pub time: Option<crate::BeijingTime>,
    /// The brand names.
    ///
    /// Wire name: `DDBrandList` › `DDBrand*` (text).
    /// Certainty: \[1\] JSDK.
    pub brands: Vec<String>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut function_id = None;
        let mut time = None;
        let mut brands = Vec::new();
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => function_id = decoder.opt()?,
                Some(b"time") => time = decoder.opt()?,
                Some(b"DDBrandList") => decoder.value_list_of(b"DDBrand", &mut brands)?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self { function_id, time, brands })
    }
}

impl crate::Client {
    /// `dangdang.shop.ddbrand.get`: Get Dangdang brand names.
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `getDDBrand.php`.
    #[doc(alias = "dangdang.shop.ddbrand.get")]
    #[doc(alias = "getDDBrand.php")]
    #[doc(alias = "getDDBrand")]
    pub async fn shop_ddbrand_get(
        &self,
        request: &Request,
    ) -> Result<Response, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::typed::<Response>(METHOD, &body)
    }
}
