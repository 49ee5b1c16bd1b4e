// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.item.itemid.get`: Look up the Dangdang item id of a merchant outer item id.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getItemID.php`
//! - Transport: GET, parameters in the query string
//! - Safety: read (safe to retry)
//! - Provenance: partial
//!
//! Sources:
//! - ECS: an ECSHOP admin lib_main.php (repository not identified)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//!
//! Notes:
//! - Verb GET / POST form (ECS POSTs via its client).
//! - The legacy call took `gShopID` + `oit` + `validateString` \[2+: ECS, WF\].
//! - The reply is known only in part: `Result` › `itemID` \[1: ECS reads it\]; `operCode`/`operation` in `Result` on failure are \[inf\], by analogy with item.stock.update.
//! - This is the method of the published signature sample (protocol §5) \[2+: JSDK and another copy\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.item.itemid.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getItemID.php";

/// Request for `dangdang.item.itemid.get` (getItemID.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.item.itemid.get")]
#[doc(alias = "getItemID.php")]
#[doc(alias = "getItemID")]
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Request {
    /// 企业商品标识符 — Merchant outer item id.
    ///
    /// Wire name: `oit` (text).
    /// Certainty: \[2+\] ECS, WF; required \[inf\].
    pub outer_item_id: String,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(outer_item_id: impl Into<String>) -> Self {
        Self {
            outer_item_id: outer_item_id.into(),
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
        {
            let text = crate::wire::text(&self.outer_item_id);
            params.push(("oit".into(), text));
        }
        for (name, value) in &self.extra_params {
            params.push((name.clone().into(), value.clone()));
        }
        Ok(crate::call::ApiCall {
            method: METHOD,
            transport: crate::call::Transport::Get,
            safety: crate::call::Safety::Read,
            params,
            upload: None,
        })
    }

    /// Sends this request; the same as [`Client::item_itemid_get`](crate::Client::item_itemid_get).
    pub async fn send(&self, client: &crate::Client) -> Result<Response, crate::Error> {
        client.item_itemid_get(self).await
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

/// Look up the Dangdang item id of a merchant outer item id.
///
/// Element `response`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Response {
    /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
    pub function_id: Option<String>,
    /// `time`: when the server answered, Beijing time.
    pub time: Option<crate::BeijingTime>,
    /// The looked-up id, or a failure code.
    ///
    /// Wire name: `Result`.
    pub result: Option<ItemIdResult>,
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

/// The looked-up id, or a failure code.
///
/// Element `Result`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ItemIdResult {
    /// Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    /// Certainty: \[1\] ECS.
    pub item_id: Option<i64>,
    /// Failure code (0 = ok); codes not found.
    ///
    /// Wire name: `operCode` (integer).
    /// Certainty: \[inf\].
    pub oper_code: Option<i32>,
    /// Failure text.
    ///
    /// Wire name: `operation` (text).
    /// Certainty: \[inf\].
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for ItemIdResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut item_id = None;
        let mut oper_code = None;
        let mut operation = None;
        loop {
            match decoder.next_child()? {
                Some(b"itemID") => item_id = decoder.opt()?,
                Some(b"operCode") => oper_code = decoder.opt()?,
                Some(b"operation") => operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            item_id,
            oper_code,
            operation,
        })
    }
}

impl crate::Client {
    /// `dangdang.item.itemid.get`: Look up the Dangdang item id of a merchant outer item id.
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `getItemID.php`.
    #[doc(alias = "dangdang.item.itemid.get")]
    #[doc(alias = "getItemID.php")]
    #[doc(alias = "getItemID")]
    pub async fn item_itemid_get(
        &self,
        request: &Request,
    ) -> Result<Response, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::typed::<Response>(METHOD, &body)
    }
}
