//! `OAuthClient`: the token endpoint (code exchange and refresh) over HTTP.

use std::fmt;
use std::time::Duration;

use serde_json::{Map, Value};

use super::{AccessToken, MAX_REPLY_BYTES, OAuthError, RefreshReply, ReplyBody, TOKEN_URL, TokenReply, join_query};
use crate::rt::{self as transport, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE};
use secrecy::{ExposeSecret, SecretString};

/// Where the token-endpoint parameters go. Both are used by public clients (HEGEL: query; OAPHP: form).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParamPlacement {
    /// An `application/x-www-form-urlencoded` POST body.
    FormBody,
    /// The query string of the POST (the body is empty).
    Query,
}

/// Parameters whose values are secrets, scrubbed from a redirect's `Location` wherever they appear.
const SECRET_PARAMS: [&str; 3] = ["appSecret", "code", "refreshToken"];

const EXCHANGE: &str = "exchange_code";
const REFRESH: &str = "refresh";

/// Talks to the token endpoint for one app: code exchange and refresh.
///
/// Cheap to clone. `Debug` redacts the app secret. No call is retried automatically.
#[derive(Clone)]
pub struct OAuthClient {
    http: reqwest::Client,
    app_id: String,
    app_secret: SecretString,
    token_url: String,
    exchange_params: ParamPlacement,
    refresh_params: ParamPlacement,
    view_web: bool,
}

impl fmt::Debug for OAuthClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthClient")
            .field("app_id", &self.app_id)
            .field("app_secret", &self.app_secret)
            .field("token_url", &self.token_url)
            .field("exchange_params", &self.exchange_params)
            .field("refresh_params", &self.refresh_params)
            .field("view_web", &self.view_web)
            .finish()
    }
}

/// Settings for an [`OAuthClient`]. `Debug` redacts the app secret.
#[derive(Debug, Clone)]
pub struct OAuthClientBuilder {
    app_id: String,
    app_secret: SecretString,
    token_url: String,
    timeout: Duration,
    connect_timeout: Duration,
    exchange_params: ParamPlacement,
    refresh_params: ParamPlacement,
    view_web: bool,
    root_certificates_pem: Vec<Vec<u8>>,
}

impl OAuthClientBuilder {
    /// The token endpoint (default [`TOKEN_URL`]); point it at a test server.
    pub fn token_url(mut self, url: impl Into<String>) -> Self {
        self.token_url = url.into();
        self
    }

    /// Limit for a whole call: connect, send and receive the whole reply (default
    /// [`DEFAULT_DEADLINE`]; calls are never retried, so this is also the call's deadline).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Limit for connecting (default [`DEFAULT_CONNECT_TIMEOUT`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Where the code-exchange parameters go (default [`ParamPlacement::FormBody`], which keeps
    /// the app secret out of URLs and logs).
    pub fn exchange_params_in(mut self, placement: ParamPlacement) -> Self {
        self.exchange_params = placement;
        self
    }

    /// Where the refresh parameters go (default [`ParamPlacement::Query`], the one public refresh
    /// client's choice).
    pub fn refresh_params_in(mut self, placement: ParamPlacement) -> Self {
        self.refresh_params = placement;
        self
    }

    /// Also sends `view=web` with the code exchange, as one public client does (default off).
    pub fn view_web(mut self, on: bool) -> Self {
        self.view_web = on;
        self
    }

    /// Also trusts the PEM root certificate(s) in `pem` for an https token URL (a private CA, a test
    /// server); the built-in web roots stay trusted. May be called several times.
    pub fn add_root_certificate_pem(mut self, pem: impl Into<Vec<u8>>) -> Self {
        self.root_certificates_pem.push(pem.into());
        self
    }

    /// Builds the client, or [`OAuthError::Config`] naming the first out-of-range setting (a token
    /// URL that is not an http(s) URL, an empty app id, a zero timeout, a bad certificate).
    pub fn build(self) -> Result<OAuthClient, OAuthError> {
        transport::check_url("token_url", &self.token_url).map_err(OAuthError::Config)?;
        if self.app_id.is_empty() {
            return Err(OAuthError::Config("app_id is empty".into()));
        }
        let timeout = transport::check_positive("timeout", self.timeout).map_err(OAuthError::Config)?;
        let connect_timeout =
            transport::check_positive("connect_timeout", self.connect_timeout).map_err(OAuthError::Config)?;
        let http = transport::http_client(connect_timeout, Some(timeout), &self.root_certificates_pem)
            .map_err(OAuthError::Config)?;
        Ok(OAuthClient {
            http,
            app_id: self.app_id,
            app_secret: self.app_secret,
            token_url: self.token_url,
            exchange_params: self.exchange_params,
            refresh_params: self.refresh_params,
            view_web: self.view_web,
        })
    }
}

impl OAuthClient {
    /// Starts building a client from the app id (the app key) and the app secret.
    pub fn builder(app_id: impl Into<String>, app_secret: impl Into<String>) -> OAuthClientBuilder {
        OAuthClientBuilder {
            app_id: app_id.into(),
            app_secret: SecretString::from(app_secret.into()),
            token_url: TOKEN_URL.to_owned(),
            timeout: DEFAULT_DEADLINE,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            exchange_params: ParamPlacement::FormBody,
            refresh_params: ParamPlacement::Query,
            view_web: false,
            root_certificates_pem: Vec::new(),
        }
    }

    /// The app id (app key).
    pub fn app_id(&self) -> &str {
        &self.app_id
    }

    /// The token endpoint in use.
    pub fn token_url(&self) -> &str {
        &self.token_url
    }

    /// Exchanges an authorization code: POST `appId`, `grantType=code`, `code`, `appSecret`,
    /// `redirectUrl`, `state` (plus `view=web` if configured). `redirect_url` and `state` are the
    /// values of the authorize URL (pass `""` for a state that was not set).
    ///
    /// Fails with [`OAuthError::HttpStatus`] on a non-success status, [`OAuthError::BadJson`] when
    /// the reply is not a JSON object and [`OAuthError::MissingField`] when it has no string
    /// `accessToken` (how Dangdang reports a rejected code is not documented; all three keep the body).
    pub async fn exchange_code(&self, code: &str, redirect_url: &str, state: &str) -> Result<TokenReply, OAuthError> {
        let mut params = vec![
            ("appId", self.app_id.as_str()),
            ("grantType", "code"),
            ("code", code),
            ("appSecret", self.app_secret.expose_secret()),
            ("redirectUrl", redirect_url),
            ("state", state),
        ];
        if self.view_web {
            params.push(("view", "web"));
        }
        let (json, body) = self.post(EXCHANGE, self.exchange_params, &params).await?;
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
        let params = [("appId", self.app_id.as_str()), ("grantType", "token"), ("refreshToken", refresh_token)];
        let (json, _) = self.post(REFRESH, self.refresh_params, &params).await?;
        Ok(RefreshReply::from_json(json))
    }

    /// [`RefreshReply::verify_sign`] with this client's app secret.
    pub fn verify_refresh_sign(&self, reply: &RefreshReply) -> Result<(), OAuthError> {
        reply.verify_sign(self.app_secret.expose_secret())
    }

    /// One POST to the token endpoint; returns the reply's JSON object and its body. A redirect is
    /// [`OAuthError::Redirect`] (never followed: it would carry the app secret or the refresh token).
    async fn post(
        &self,
        operation: &'static str,
        placement: ParamPlacement,
        params: &[(&str, &str)],
    ) -> Result<(Map<String, Value>, ReplyBody), OAuthError> {
        let mut encoded = form_urlencoded::Serializer::new(String::new());
        encoded.extend_pairs(params);
        let encoded = encoded.finish();
        let request = match placement {
            ParamPlacement::FormBody => self
                .http
                .post(self.token_url.as_str())
                .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(encoded),
            ParamPlacement::Query => self.http.post(join_query(&self.token_url, &encoded)),
        };
        let mut response = request.send().await.map_err(|error| OAuthError::transport(operation, error))?;
        let status = response.status();
        if status.is_redirection() {
            let location = response.headers().get(reqwest::header::LOCATION).map(|value| value.as_bytes());
            let secrets: Vec<&str> = std::iter::once(self.app_secret.expose_secret())
                .chain(params.iter().filter(|(name, _)| SECRET_PARAMS.contains(name)).map(|(_, value)| *value))
                .collect();
            let redirect = transport::describe_redirect(status.as_u16(), response.url(), location, &secrets);
            let transport::Redirect { status, location, https_upgrade } = redirect;
            return Err(OAuthError::Redirect { operation, status, location, https_upgrade });
        }
        let body =
            ReplyBody(transport::read_body(&mut response, MAX_REPLY_BYTES).await.map_err(|error| match error {
                transport::BodyError::TooLarge => OAuthError::ResponseTooLarge { operation, limit: MAX_REPLY_BYTES },
                transport::BodyError::Transport(error) => OAuthError::transport(operation, error),
            })?);
        tracing::debug!(operation, status = status.as_u16(), bytes = body.0.len(), "OAuth reply received");
        if !status.is_success() {
            return Err(OAuthError::HttpStatus { operation, status: status.as_u16(), body });
        }
        match serde_json::from_str::<Value>(&body.text()) {
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
