//! `OAuthClient`: the token endpoint (code exchange and refresh), a small protocol on the runtime.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use encoding_rs::Encoding;
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Map, Value};

use super::{AccessToken, MAX_REPLY_BYTES, OAuthError, RefreshReply, ReplyBody, TOKEN_URL, TokenReply, join_query};
use crate::rt::{self, Call, Error, Protocol, RawBody, Safety, Target, Transport, Verdict};

/// Where the token-endpoint parameters go. Both are used by public clients (HEGEL: query; OAPHP: form).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamPlacement {
    /// An `application/x-www-form-urlencoded` POST body.
    FormBody,
    /// The query string of the POST (the body is empty).
    Query,
}

/// The token endpoint's parameters whose values are secrets, scrubbed from a redirect's
/// `Location` wherever they appear (the app secret is scrubbed as a credential).
const SECRET_PARAMS: &[&str] = &["appSecret", "code", "refreshToken"];

const EXCHANGE: &str = "exchange_code";
const REFRESH: &str = "refresh";

/// The token endpoint as a runtime protocol: parameters UTF-8 form-encoded (in the body or the
/// query string), replies JSON in UTF-8 (GBK when the bytes are not UTF-8), nothing signed.
struct TokenEndpoint {
    app_id: String,
    app_secret: SecretString,
}

impl fmt::Debug for TokenEndpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenEndpoint").field("app_id", &self.app_id).field("app_secret", &self.app_secret).finish()
    }
}

impl Protocol for TokenEndpoint {
    fn name(&self) -> &'static str {
        "dangdang.oauth"
    }

    fn check_config(&self) -> Result<(), String> {
        if self.app_id.is_empty() { Err("app_id is empty".into()) } else { Ok(()) }
    }

    fn encode(&self, call: &Call, target: Target<'_>) -> Result<reqwest::RequestBuilder, Error> {
        let mut encoded = form_urlencoded::Serializer::new(String::new());
        encoded.extend_pairs(call.params.iter().map(|(name, value)| (name.as_ref(), value.as_str())));
        let encoded = encoded.finish();
        Ok(match call.info.transport {
            Transport::PostForm => target
                .http
                .post(target.endpoint)
                .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(encoded),
            _ => target.http.post(join_query(target.endpoint, &encoded)),
        })
    }

    fn reply_charset(&self, body: &[u8]) -> &'static Encoding {
        let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        if std::str::from_utf8(body).is_ok() { encoding_rs::UTF_8 } else { encoding_rs::GBK }
    }

    /// Every reply with a success status is read as JSON by [`OAuthClient`].
    fn classify(&self, _call: &Call, _body: &RawBody) -> Verdict {
        Verdict::Success
    }

    fn secrets(&self) -> Vec<&str> {
        vec![self.app_secret.expose_secret()]
    }

    fn secret_params(&self) -> &'static [&'static str] {
        SECRET_PARAMS
    }
}

/// Talks to the token endpoint for one app: code exchange and refresh, through the runtime (the
/// same transport, time limits, reply cap and redirect refusal as the API client).
///
/// Cheap to clone. `Debug` redacts the app secret. Both calls are writes: a code is single-use and
/// a refresh replaces the token, so neither is re-sent once it may have arrived.
#[derive(Debug, Clone)]
pub struct OAuthClient {
    client: rt::Client,
    calls: TokenCalls,
}

/// How the token endpoint is called: plain data, set with [`OAuthClient::with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokenCalls {
    /// Where the code-exchange parameters go (default [`ParamPlacement::FormBody`], which keeps the
    /// app secret out of URLs and logs).
    pub exchange_params: ParamPlacement,
    /// Where the refresh parameters go (default [`ParamPlacement::Query`], the one public refresh
    /// client's choice).
    pub refresh_params: ParamPlacement,
    /// Also send `view=web` with the code exchange, as one public client does (default off).
    pub view_web: bool,
}

impl Default for TokenCalls {
    fn default() -> TokenCalls {
        TokenCalls { exchange_params: ParamPlacement::FormBody, refresh_params: ParamPlacement::Query, view_web: false }
    }
}

/// Settings for an [`OAuthClient`]: the runtime's builder, so the token URL is its
/// [`endpoint`](rt::ClientBuilder::endpoint) (default [`TOKEN_URL`]) and time limits, certificates
/// and a shared connection pool are set exactly as for the API [`Client`](crate::Client).
pub type OAuthClientBuilder = rt::ClientBuilder<OAuthClient>;

/// What [`OAuthClientBuilder::build`](rt::ClientBuilder::build) makes of the runtime's client,
/// with the default [`TokenCalls`].
impl From<rt::Client> for OAuthClient {
    fn from(client: rt::Client) -> OAuthClient {
        OAuthClient { client, calls: TokenCalls::default() }
    }
}

impl OAuthClient {
    /// Starts building a client from the app id (the app key) and the app secret.
    pub fn builder(app_id: impl Into<String>, app_secret: impl Into<String>) -> OAuthClientBuilder {
        let endpoint = TokenEndpoint { app_id: app_id.into(), app_secret: SecretString::from(app_secret.into()) };
        OAuthClientBuilder::new(Arc::new(endpoint), TOKEN_URL).max_response_bytes(MAX_REPLY_BYTES)
    }

    /// The same client calling the token endpoint as `calls` says.
    pub fn with(self, calls: TokenCalls) -> Self {
        OAuthClient { calls, ..self }
    }

    /// The token endpoint's protocol; only a client converted from another protocol's has none.
    fn endpoint(&self) -> Result<&TokenEndpoint, OAuthError> {
        let not_oauth = || Error::Config("this OAuthClient was not built by OAuthClient::builder".into());
        self.client.protocol::<TokenEndpoint>().ok_or_else(|| OAuthError::Call(not_oauth()))
    }

    /// The app id (app key).
    pub fn app_id(&self) -> &str {
        self.endpoint().map_or("", |endpoint| &endpoint.app_id)
    }

    /// The token endpoint in use.
    pub fn token_url(&self) -> &str {
        self.client.endpoint()
    }

    /// Exchanges an authorization code: POST `appId`, `grantType=code`, `code`, `appSecret`,
    /// `redirectUrl`, `state` (plus `view=web` if configured). `redirect_url` and `state` are the
    /// values of the authorize URL (pass `""` for a state that was not set).
    ///
    /// Fails with [`OAuthError::Call`] (e.g. [`Error::HttpStatus`]) on a non-success status, [`OAuthError::BadJson`] when
    /// the reply is not a JSON object and [`OAuthError::MissingField`] when it has no string
    /// `accessToken` (how Dangdang reports a rejected code is not documented; all three keep the body).
    pub async fn exchange_code(&self, code: &str, redirect_url: &str, state: &str) -> Result<TokenReply, OAuthError> {
        let mut params = vec![
            ("appId", self.app_id()),
            ("grantType", "code"),
            ("code", code),
            ("appSecret", self.endpoint()?.app_secret.expose_secret()),
            ("redirectUrl", redirect_url),
            ("state", state),
        ];
        if self.calls.view_web {
            params.push(("view", "web"));
        }
        let (json, body) = self.post(EXCHANGE, self.calls.exchange_params, &params).await?;
        let access_token = match json.get("accessToken") {
            Some(Value::String(token)) => AccessToken::new(token.clone()),
            _ => return Err(OAuthError::MissingField { operation: EXCHANGE, field: "accessToken", body }),
        };
        Ok(TokenReply { access_token, json })
    }

    /// Refreshes: POST `appId`, `grantType=token`, `refreshToken`. The reply's `sign` is **not**
    /// checked here (its rule has one source and an unknown hex case); call
    /// [`OAuthClient::verify_refresh_sign`].
    pub async fn refresh(&self, refresh_token: &str) -> Result<RefreshReply, OAuthError> {
        let params = [("appId", self.app_id()), ("grantType", "token"), ("refreshToken", refresh_token)];
        let (json, _) = self.post(REFRESH, self.calls.refresh_params, &params).await?;
        Ok(RefreshReply::from_json(json))
    }

    /// [`RefreshReply::verify_sign`] with this client's app secret.
    pub fn verify_refresh_sign(&self, reply: &RefreshReply) -> Result<(), OAuthError> {
        reply.verify_sign(self.endpoint()?.app_secret.expose_secret())
    }

    /// One POST to the token endpoint through the runtime; returns the reply's JSON object and its
    /// body. A redirect is [`Error::Redirect`] (never followed: it would carry the app secret or
    /// the refresh token).
    async fn post(
        &self,
        operation: &'static str,
        placement: ParamPlacement,
        params: &[(&'static str, &str)],
    ) -> Result<(Map<String, Value>, ReplyBody), OAuthError> {
        let transport = match placement {
            ParamPlacement::FormBody => Transport::PostForm,
            ParamPlacement::Query => Transport::PostQuery,
        };
        let pairs = params.iter().map(|(name, value)| (Cow::Borrowed(*name), (*value).to_owned())).collect();
        let raw = self.client.execute(Call::raw(operation, transport, Safety::Write, pairs)).await?;
        let body = ReplyBody(raw.to_bytes());
        match serde_json::from_str::<Value>(&raw.text_lossy()) {
            Ok(Value::Object(json)) => Ok((json, body)),
            Ok(other) => Err(OAuthError::BadJson {
                operation,
                message: format!("expected an object, got {}", json_kind(&other)),
                body,
            }),
            Err(error) => Err(OAuthError::BadJson { operation, message: error.to_string(), body }),
        }
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
