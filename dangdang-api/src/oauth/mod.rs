//! OAuth 2.0 (Dangdang's camelCase variant): authorize URLs, callbacks, code exchange and refresh.
//!
//! Every call of the open platform carries an access token as the `session` system parameter.
//! This module obtains that token; [`Client::builder`](crate::Client::builder) then takes it as
//! its third argument:
//!
//! ```no_run
//! # async fn run(code: &str) -> Result<(), Box<dyn std::error::Error>> {
//! use dangdang_api::oauth::OAuthClient;
//!
//! let oauth = OAuthClient::builder("2100000000", "app secret").build()?;
//! let reply = oauth.exchange_code(code, "https://erp.example.com/dangdang/callback", "csrf-state").await?;
//! let client = dangdang_api::Client::builder("2100000000", "app secret", reply.access_token().secret()).build()?;
//! # let _ = client; Ok(()) }
//! ```
//!
//! # What is known (protocol reference §9, source keys in parentheses)
//!
//! * Three flows (DOC-88): **server-side** (`responseType=code`, the app exchanges the code for a
//!   token), **client-side** (`responseType=token`, the token comes back in the redirect) and
//!   **refresh**. In the server-side flow `redirectUrl` is mandatory and must share the top-level
//!   domain of the callback registered for the app; in the client-side flow it is optional and
//!   without it the result goes to Dangdang's default page ([`DEFAULT_CALLBACK_URL`]).
//! * Parameter names are camelCase: `appId` (the app key), `redirectUrl`, `responseType`, `state`,
//!   `grantType`, `appSecret`, `refreshToken`. One source writes `grant_type` (snake case) instead;
//!   two others write `grantType`, which is what this module sends.
//! * The token endpoint ([`TOKEN_URL`]) is used with **POST**; clients put the parameters in the
//!   query string or in the form body ([`ParamPlacement`]).
//! * The code-exchange reply is JSON with the access token in `accessToken`. The refresh reply is
//!   JSON with `shop_id`, `app_id`, `edition_id`, `edition_end_date` and a `sign` computed by its
//!   own rule ([`edition_sign`]).
//!
//! # What is not known, and how this module copes
//!
//! * **Token lifetime** (code and token modes): not documented anywhere; nothing here assumes one.
//! * **Other fields of the code-exchange reply** (expiry, refresh token): their names are unknown.
//!   [`TokenReply`] keeps the whole JSON object ([`TokenReply::json`], [`TokenReply::get`]).
//! * **The refresh reply** is only known to contain the edition fields and `sign`; whether it has
//!   a new token is not shown. [`RefreshReply`] reads `accessToken` if present and keeps the JSON.
//! * **The parameter carrying the token in the client-side redirect** is not named anywhere (nor
//!   whether it is in the query or the `#fragment`). [`Callback::from_url`] keeps every parameter of
//!   both parts, for [`Callback::get`].
//! * **Hex case of the refresh `sign`**: unknown, so [`RefreshReply::verify_sign`] compares
//!   case-insensitively.
//! * **Charset**: not stated for the OAuth host. Values are sent UTF-8 percent-encoded; callback
//!   values and JSON replies are read as UTF-8, falling back to GBK when the bytes are not UTF-8.
//! * **Error replies** of the token endpoint are not documented: a non-success HTTP status is
//!   [`OAuthError::Call`] with [`Error::HttpStatus`](crate::Error::HttpStatus), a success without a string `accessToken` is
//!   [`OAuthError::MissingField`]; both keep the body ([`ReplyBody`]).
//!
//! # The app console's authorization modes (DOC-165)
//!
//! An app is registered with one of four modes. Which DOC-88 flow each one uses is not stated; the
//! pairing of `code`/`token` below is inferred from the names.
//!
//! | mode | what DOC-165 says | helpers |
//! |---|---|---|
//! | `persistentToken` | The code/token obtained stays valid as long as the merchant's purchase of the app; the recommended mode. Merchants copy the code shown on the default callback page back into the ISV software. | DOC-165 calls the pasted value a code: pass it to [`OAuthClient::exchange_code`] (or, should it be a token, wrap it with [`AccessToken::new`]). How this mode's authorization is started, and which `redirectUrl` the exchange then needs, is not documented; [`DEFAULT_CALLBACK_URL`] is the page the merchant copies from. |
//! | `code` | — | [`AuthorizeUrl::code`] → redirect the merchant → [`Callback::from_query`] on your callback → [`Callback::check_state`] → [`OAuthClient::exchange_code`] → [`TokenReply::access_token`]. |
//! | `token` | — | [`AuthorizeUrl::token`] → [`Callback::from_url`] on the redirect (or the default page) → [`Callback::get`] with the token's parameter name, which is unknown. |
//! | `custom` (自定义) | Only the name is public. | None; the pieces above can be combined by hand. |
//!
//! Up to two trial shops may authorize an app without buying it (DOC-165). Refreshing uses
//! [`OAuthClient::refresh`] and [`OAuthClient::verify_refresh_sign`].
//!
//! # Secrets
//!
//! The app secret, access tokens and authorization codes never appear in `Debug` or `Display`
//! output of any type here; reply bodies show only their size and JSON field names. The secret is
//! only sent to the token endpoint for the code exchange.
//!
//! # Redirects, time limits, https
//!
//! [`OAuthClient`] runs on the same runtime as the API [`Client`](crate::Client): its builder is
//! the runtime's ([`OAuthClientBuilder`]; the token URL is its `endpoint`), so time limits, https
//! roots and a shared connection pool are set the same way. The token endpoint's redirects are
//! never followed and no `Referer` is sent (a followed redirect would re-send the app secret, the
//! code or the refresh token): a 3xx is [`Error::Redirect`](crate::Error::Redirect) naming the
//! `Location`, credentials redacted. Replies are capped at [`MAX_REPLY_BYTES`]. Neither call is
//! retried once it may have arrived (a code is single-use).

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

/// The authorize page the merchant is sent to.
pub const AUTHORIZE_URL: &str = "http://oauth.dangdang.com/authorize";
/// The token endpoint (code exchange and refresh), called with POST.
pub const TOKEN_URL: &str = "http://oauth.dangdang.com/token";
/// Dangdang's default callback page, which shows the result when no `redirectUrl` is given.
pub const DEFAULT_CALLBACK_URL: &str = "http://oauth.dangdang.com/default.jsp";
/// Cap on the size of a token-endpoint reply.
pub const MAX_REPLY_BYTES: usize = 1024 * 1024;

/// An access token: the value to pass as `session` to [`Client::builder`](crate::Client::builder).
///
/// `Debug` prints `AccessToken(<redacted>)`; there is no `Display`. Read it with [`AccessToken::secret`].
/// The token is held by `secrecy` and zeroised when dropped.
#[derive(Clone)]
pub struct AccessToken(SecretString);

impl AccessToken {
    /// Wraps a token obtained elsewhere (e.g. pasted by the merchant).
    pub fn new(token: impl Into<String>) -> AccessToken {
        AccessToken(SecretString::from(token.into()))
    }

    /// The token itself.
    pub fn secret(&self) -> &str {
        self.0.expose_secret()
    }

    /// The token itself, by value (a copy the caller owns; the wrapped one is zeroised on drop).
    pub fn into_secret(self) -> String {
        self.0.expose_secret().to_owned()
    }
}

impl PartialEq for AccessToken {
    fn eq(&self, other: &AccessToken) -> bool {
        self.secret() == other.secret()
    }
}

impl Eq for AccessToken {}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

// ---------------------------------------------------------------------------------------------
// Authorize URL
// ---------------------------------------------------------------------------------------------

/// The `responseType` of an authorize URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResponseType {
    /// `code`: the server-side flow; the callback receives a code for [`OAuthClient::exchange_code`].
    Code,
    /// `token`: the client-side flow; the redirect carries the token itself.
    Token,
}

impl ResponseType {
    /// The wire value, `code` or `token`.
    pub fn as_str(self) -> &'static str {
        match self {
            ResponseType::Code => "code",
            ResponseType::Token => "token",
        }
    }
}

/// Builds `http://oauth.dangdang.com/authorize?appId=…&redirectUrl=…&responseType=…&state=…[&view=web]`.
///
/// Values are percent-encoded (`application/x-www-form-urlencoded`, UTF-8); parameters that were
/// not set are left out.
///
/// ```
/// use dangdang_api::oauth::AuthorizeUrl;
///
/// let url = AuthorizeUrl::code("2100000000", "https://erp.example.com/cb?shop=1").state("s 1").view_web(true);
/// assert_eq!(
///     url.to_string(),
///     "http://oauth.dangdang.com/authorize?appId=2100000000&redirectUrl=https%3A%2F%2Ferp.example.com%2Fcb%3Fshop%3D1\
///      &responseType=code&state=s+1&view=web"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthorizeUrl {
    base: String,
    app_id: String,
    redirect_url: Option<String>,
    response_type: ResponseType,
    state: Option<String>,
    view_web: bool,
}

impl AuthorizeUrl {
    /// The server-side flow (`responseType=code`). `redirect_url` is mandatory here and must share
    /// the top-level domain of the callback registered for the app (DOC-88).
    pub fn code(app_id: impl Into<String>, redirect_url: impl Into<String>) -> AuthorizeUrl {
        AuthorizeUrl::new(app_id, ResponseType::Code).redirect_url(redirect_url)
    }

    /// The client-side flow (`responseType=token`). Without [`AuthorizeUrl::redirect_url`] the
    /// result goes to [`DEFAULT_CALLBACK_URL`] (DOC-88).
    pub fn token(app_id: impl Into<String>) -> AuthorizeUrl {
        AuthorizeUrl::new(app_id, ResponseType::Token)
    }

    /// Any response type, without a redirect URL.
    pub fn new(app_id: impl Into<String>, response_type: ResponseType) -> AuthorizeUrl {
        AuthorizeUrl {
            base: AUTHORIZE_URL.to_owned(),
            app_id: app_id.into(),
            redirect_url: None,
            response_type,
            state: None,
            view_web: false,
        }
    }

    /// `redirectUrl`: where Dangdang sends the merchant afterwards.
    pub fn redirect_url(mut self, url: impl Into<String>) -> AuthorizeUrl {
        self.redirect_url = Some(url.into());
        self
    }

    /// `state`: an opaque value returned to the callback (use it against request forgery; see
    /// [`Callback::check_state`]).
    pub fn state(mut self, state: impl Into<String>) -> AuthorizeUrl {
        self.state = Some(state.into());
        self
    }

    /// Adds `view=web`, as one public client does; its effect is not documented.
    pub fn view_web(mut self, on: bool) -> AuthorizeUrl {
        self.view_web = on;
        self
    }

    /// Another authorize page than [`AUTHORIZE_URL`] (tests). A `?` in it is respected.
    pub fn base(mut self, url: impl Into<String>) -> AuthorizeUrl {
        self.base = url.into();
        self
    }

    /// The response type.
    pub fn response_type(&self) -> ResponseType {
        self.response_type
    }

    /// The complete URL.
    pub fn build(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("appId", &self.app_id);
        if let Some(url) = &self.redirect_url {
            query.append_pair("redirectUrl", url);
        }
        query.append_pair("responseType", self.response_type.as_str());
        if let Some(state) = &self.state {
            query.append_pair("state", state);
        }
        if self.view_web {
            query.append_pair("view", "web");
        }
        join_query(&self.base, &query.finish())
    }
}

impl fmt::Display for AuthorizeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.build())
    }
}

fn join_query(base: &str, query: &str) -> String {
    if query.is_empty() {
        base.to_owned()
    } else if base.contains('?') {
        let separator = if base.ends_with('?') || base.ends_with('&') { "" } else { "&" };
        format!("{base}{separator}{query}")
    } else {
        format!("{base}?{query}")
    }
}

// ---------------------------------------------------------------------------------------------
// Refresh sign
// ---------------------------------------------------------------------------------------------

/// The refresh reply's `sign` (HEGEL, one source):
/// `md5(secret + "shop_id"+shop_id + "app_id"+app_id + "edition_id"+edition_id + "edition_end_date"+edition_end_date + secret)`,
/// in that fixed (not alphabetical) order, over the UTF-8 bytes. Returned as 32 **upper-case**
/// hex characters; the case Dangdang uses is unknown, so compare with [`sign_matches`].
///
/// ```
/// use dangdang_api::oauth::{edition_sign, sign_matches};
///
/// let sign = edition_sign("secret", "8888", "2100000000", "1", "2030-12-31");
/// assert_eq!(sign.len(), 32);
/// assert!(sign_matches(&sign.to_ascii_lowercase(), &sign));
/// ```
pub fn edition_sign(app_secret: &str, shop_id: &str, app_id: &str, edition_id: &str, edition_end_date: &str) -> String {
    let mut md5 = md5::Context::new();
    md5.consume(app_secret.as_bytes());
    for (name, value) in
        [("shop_id", shop_id), ("app_id", app_id), ("edition_id", edition_id), ("edition_end_date", edition_end_date)]
    {
        md5.consume(name.as_bytes());
        md5.consume(value.as_bytes());
    }
    md5.consume(app_secret.as_bytes());
    format!("{:X}", md5.finalize())
}

/// Whether two hex signs are equal ignoring ASCII case (constant time for equal lengths).
pub fn sign_matches(received: &str, expected: &str) -> bool {
    let (a, b) = (received.as_bytes(), expected.as_bytes());
    a.len() == b.len()
        && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x.to_ascii_lowercase() ^ y.to_ascii_lowercase())) == 0
}

mod callback;
mod client;
mod error;
mod reply;

pub use callback::Callback;
use callback::decode_text;
pub use client::{OAuthClient, OAuthClientBuilder, ParamPlacement, TokenCalls};
pub use error::OAuthError;
pub use reply::{RefreshReply, ReplyBody, TokenReply};

#[cfg(test)]
mod tests {
    use serde_json::{Map, Value};

    use super::*;

    #[test]
    fn edition_sign_follows_the_fixed_order() {
        let preimage = "Sshop_id8888app_id2100000000edition_id1edition_end_date2030-12-31S";
        let expected: String = format!("{:X}", md5::compute(preimage));
        assert_eq!(edition_sign("S", "8888", "2100000000", "1", "2030-12-31"), expected);
        let alphabetical = "Sapp_id2100000000edition_end_date2030-12-31edition_id1shop_id8888S";
        let wrong: String = format!("{:X}", md5::compute(alphabetical));
        assert_ne!(edition_sign("S", "8888", "2100000000", "1", "2030-12-31"), wrong);
    }

    #[test]
    fn sign_comparison_ignores_case_only() {
        assert!(sign_matches("abcdef", "ABCDEF"));
        assert!(!sign_matches("abcdee", "ABCDEF"));
        assert!(!sign_matches("abcde", "ABCDEF"));
    }

    #[test]
    fn refresh_reply_reads_numbers_as_text() {
        let json: Map<String, Value> =
            serde_json::from_str(r#"{"shop_id": 8888, "app_id": "2100000000", "edition_id": 1}"#).unwrap();
        let reply = RefreshReply::from_json(json);
        assert_eq!(reply.shop_id.as_deref(), Some("8888"));
        assert_eq!(reply.edition_id.as_deref(), Some("1"));
        assert!(matches!(reply.verify_sign("S"), Err(OAuthError::SignFieldMissing { field: "sign" })));
    }

    #[test]
    fn query_is_appended_to_urls_with_and_without_query() {
        assert_eq!(join_query("http://h/t", "a=1"), "http://h/t?a=1");
        assert_eq!(join_query("http://h/t?x=2", "a=1"), "http://h/t?x=2&a=1");
        assert_eq!(join_query("http://h/t?", "a=1"), "http://h/t?a=1");
    }
}
