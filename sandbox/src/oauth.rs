//! The fake OAuth token endpoint: `POST /token` on the fake server (see
//! [`Sandbox::oauth`](crate::Sandbox::oauth) and [`Sandbox::token_url`](crate::Sandbox::token_url)).
//!
//! What it checks follows the protocol reference §9: `appId` must be the configured `app_key`;
//! `grantType=code` needs `appSecret` (the configured secret), a registered `code` and a non-empty
//! `redirectUrl`; `grantType=token` needs a registered `refreshToken`. Parameters are read from
//! the query string and from an `application/x-www-form-urlencoded` body (query first), decoded
//! as UTF-8. Only `grantType` is accepted (not the snake-case `grant_type` one source writes).
//!
//! Replies are JSON. A code exchange answers `{"accessToken": …, "fakeExtra": …}`: only
//! `accessToken` is a real field name; `fakeExtra` is **the fake's invention**, there so tests can
//! see that unknown fields are kept. A refresh answers `shop_id`, `app_id`, `edition_id`,
//! `edition_end_date` and `sign` (rule of reference §5, last row), with no other field. How the
//! real endpoint reports errors is not documented: the fake answers HTTP 400 (bad request) or
//! 401 (bad `appId`/`appSecret`) with `{"fakeError": "<reason>", "message": "…"}`, reasons and
//! shape being **the fake's invention** too.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use md5::{Digest, Md5};
use percent_encoding::percent_decode;

use crate::config::SandboxConfig;
use crate::intake::BODY_LIMIT;
use crate::reply::{Reply, StreamMeter};

/// The path of the token endpoint (as on `oauth.dangdang.com`).
pub const TOKEN_PATH: &str = "/token";

/// An authorization code every fake server accepts; it is exchanged for the configured
/// [`SandboxConfig::session`], so the token works on the fake gateway.
pub const FAKE_AUTH_CODE: &str = "FAKE-AUTH-CODE-0001";

/// A refresh token every fake server accepts; it answers with [`FakeEdition::default`].
pub const FAKE_REFRESH_TOKEN: &str = "FAKE-REFRESH-TOKEN-0001";

/// Value of the fake's invented extra field in code-exchange replies.
pub const FAKE_EXTRA_VALUE: &str = "unknown fields are kept";

/// The edition data a refresh answers with. `app_id` is always the configured `app_key`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FakeEdition {
    /// `shop_id`.
    pub shop_id: String,
    /// `edition_id`.
    pub edition_id: String,
    /// `edition_end_date` (the real format is unknown; the default uses the protocol's date-time format).
    pub edition_end_date: String,
    /// Whether `sign` is written in upper-case hex; the real case is unknown, the default is lower case.
    pub upper_case_sign: bool,
}

impl Default for FakeEdition {
    /// Shop `8888`, edition `1`, ending `2030-12-31 23:59:59`, lower-case sign.
    fn default() -> Self {
        FakeEdition {
            shop_id: "8888".to_string(),
            edition_id: "1".to_string(),
            edition_end_date: "2030-12-31 23:59:59".to_string(),
            upper_case_sign: false,
        }
    }
}

/// One request to the token endpoint as the fake saw it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OAuthRequest {
    /// HTTP verb.
    pub http_method: String,
    /// Request path ([`TOKEN_PATH`]).
    pub path: String,
    /// The raw query string.
    pub raw_query: String,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The raw body as (lossy UTF-8) text.
    pub raw_body: String,
    /// Query-string parameters, decoded (first occurrence wins).
    pub query: BTreeMap<String, String>,
    /// Form-body parameters, decoded (first occurrence wins).
    pub form: BTreeMap<String, String>,
    /// `None` when answered with a success; otherwise the fake's reason (`invalid_code`, ...).
    pub rejection: Option<String>,
    /// The HTTP status answered.
    pub status: u16,
}

impl OAuthRequest {
    /// A parameter from the query string, else from the form body.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query.get(name).or_else(|| self.form.get(name)).map(String::as_str)
    }

    /// Whether the request passed every check.
    pub fn accepted(&self) -> bool {
        self.rejection.is_none()
    }
}

/// State of the fake token endpoint: registered codes and refresh tokens, recorded requests.
#[derive(Debug)]
pub struct FakeOAuth {
    config: SandboxConfig,
    book: Mutex<OAuthBook>,
    meter: Arc<StreamMeter>,
}

#[derive(Debug, Default)]
struct OAuthBook {
    codes: HashMap<String, String>,
    refresh_tokens: HashMap<String, FakeEdition>,
    requests: Vec<OAuthRequest>,
    reply_override: Option<Reply>,
}

impl FakeOAuth {
    /// A token endpoint for `config`, with [`FAKE_AUTH_CODE`] and [`FAKE_REFRESH_TOKEN`] registered.
    pub fn new(config: SandboxConfig) -> FakeOAuth {
        let mut book = OAuthBook::default();
        book.codes.insert(FAKE_AUTH_CODE.to_string(), config.session.clone());
        book.refresh_tokens.insert(FAKE_REFRESH_TOKEN.to_string(), FakeEdition::default());
        FakeOAuth { config, book: Mutex::new(book), meter: Arc::default() }
    }

    fn book(&self) -> MutexGuard<'_, OAuthBook> {
        self.book.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Makes `code` exchangeable for `access_token` (codes stay valid; single use is not documented).
    pub fn register_code(&self, code: &str, access_token: &str) {
        self.book().codes.insert(code.to_string(), access_token.to_string());
    }

    /// Makes `refresh_token` answer with `edition`.
    pub fn register_refresh_token(&self, refresh_token: &str, edition: FakeEdition) {
        self.book().refresh_tokens.insert(refresh_token.to_string(), edition);
    }

    /// Serves `reply` instead of the normal JSON for every request that passes the checks
    /// (fault injection); `None` restores the normal replies.
    pub fn override_reply(&self, reply: Option<Reply>) {
        self.book().reply_override = reply;
    }

    /// Every request received, in order.
    pub fn requests(&self) -> Vec<OAuthRequest> {
        self.book().requests.clone()
    }

    /// The most recent request, if any.
    pub fn last_request(&self) -> Option<OAuthRequest> {
        self.book().requests.last().cloned()
    }

    /// Checks a request and picks the answer: `(status, content type, body)` or a rejection.
    fn answer(&self, rec: &OAuthRequest) -> Result<Reply, (u16, &'static str, String)> {
        let get = |name: &str| rec.param(name).unwrap_or("");
        if rec.http_method != Method::POST.as_str() {
            return Err((405, "method_not_allowed", format!("the token endpoint takes POST, not {}", rec.http_method)));
        }
        if get("appId") != self.config.app_key {
            return Err((401, "invalid_client", format!("unknown appId {:?}", get("appId"))));
        }
        let book = self.book();
        let json = match get("grantType") {
            "code" => {
                if get("appSecret") != self.config.app_secret {
                    return Err((401, "invalid_client", "wrong appSecret".to_string()));
                }
                let Some(token) = book.codes.get(get("code")) else {
                    return Err((400, "invalid_code", format!("unknown code {:?}", get("code"))));
                };
                if get("redirectUrl").is_empty() {
                    return Err((400, "missing_redirect_url", "redirectUrl is mandatory for grantType=code".into()));
                }
                json_object(&[("accessToken", token), ("fakeExtra", FAKE_EXTRA_VALUE)])
            }
            "token" => {
                let Some(edition) = book.refresh_tokens.get(get("refreshToken")) else {
                    return Err((
                        400,
                        "invalid_refresh_token",
                        format!("unknown refreshToken {:?}", get("refreshToken")),
                    ));
                };
                let app_id = &self.config.app_key;
                let mut sign = edition_sign(
                    &self.config.app_secret,
                    &edition.shop_id,
                    app_id,
                    &edition.edition_id,
                    &edition.edition_end_date,
                );
                if !edition.upper_case_sign {
                    sign = sign.to_ascii_lowercase();
                }
                json_object(&[
                    ("shop_id", &edition.shop_id),
                    ("app_id", app_id),
                    ("edition_id", &edition.edition_id),
                    ("edition_end_date", &edition.edition_end_date),
                    ("sign", &sign),
                ])
            }
            "" => return Err((400, "missing_grant_type", "grantType is missing".to_string())),
            other => return Err((400, "unsupported_grant_type", format!("unsupported grantType {other:?}"))),
        };
        Ok(book.reply_override.clone().unwrap_or(Reply::Raw {
            status: 200,
            content_type: "application/json;charset=UTF-8".to_string(),
            body: json.into_bytes(),
        }))
    }
}

/// The refresh reply's sign, written independently of the client: upper-case hex MD5 of
/// `secret + "shop_id"+… + "app_id"+… + "edition_id"+… + "edition_end_date"+… + secret`.
pub fn edition_sign(secret: &str, shop_id: &str, app_id: &str, edition_id: &str, edition_end_date: &str) -> String {
    let preimage = format!(
        "{secret}shop_id{shop_id}app_id{app_id}edition_id{edition_id}edition_end_date{edition_end_date}{secret}"
    );
    Md5::digest(preimage.as_bytes()).iter().map(|byte| format!("{byte:02X}")).collect()
}

/// The axum handler for [`TOKEN_PATH`].
pub async fn handle_token(State(oauth): State<Arc<FakeOAuth>>, request: Request) -> Response {
    let mut rec = OAuthRequest {
        http_method: request.method().as_str().to_string(),
        path: request.uri().path().to_string(),
        raw_query: request.uri().query().unwrap_or("").to_string(),
        content_type: request
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()),
        ..OAuthRequest::default()
    };
    rec.query = parse_utf8_urlencoded(&rec.raw_query);
    let body = match axum::body::to_bytes(request.into_body(), BODY_LIMIT).await {
        Ok(body) => body,
        Err(err) => return reject(&oauth, rec, (413, "body_too_large", err.to_string())),
    };
    rec.raw_body = String::from_utf8_lossy(&body).into_owned();
    let is_form = rec
        .content_type
        .as_deref()
        .is_some_and(|ct| ct.trim().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded"));
    if is_form {
        rec.form = parse_utf8_urlencoded(&rec.raw_body);
    } else if !body.is_empty() {
        let reason = format!("cannot read a body of type {:?}", rec.content_type.as_deref().unwrap_or("<none>"));
        return reject(&oauth, rec, (400, "unsupported_content_type", reason));
    }
    match oauth.answer(&rec) {
        Ok(reply) => match reply.render() {
            Ok(rendered) => {
                if !rendered.delay.is_zero() {
                    tokio::time::sleep(rendered.delay).await;
                }
                rec.status = rendered.status;
                oauth.book().requests.push(rec);
                rendered.into_response(&oauth.meter)
            }
            Err(err) => reject(&oauth, rec, (500, "bad_override", err)),
        },
        Err(failure) => reject(&oauth, rec, failure),
    }
}

fn reject(
    oauth: &FakeOAuth,
    mut rec: OAuthRequest,
    (status, reason, message): (u16, &'static str, String),
) -> Response {
    rec.rejection = Some(reason.to_string());
    rec.status = status;
    oauth.book().requests.push(rec);
    let body = json_object(&[("fakeError", reason), ("message", &message)]);
    response(status, "application/json;charset=UTF-8", body.into_bytes())
}

fn response(status: u16, content_type: &str, body: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type =
        HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    response.headers_mut().insert(header::CONTENT_TYPE, content_type);
    response
}

/// Parses `a=1&b=2` (`+` is a space), decoding UTF-8 lossily; the first occurrence of a name wins.
pub fn parse_utf8_urlencoded(raw: &str) -> BTreeMap<String, String> {
    let decode = |part: &str| percent_decode(part.replace('+', " ").as_bytes()).decode_utf8_lossy().into_owned();
    let mut map = BTreeMap::new();
    for segment in raw.split('&').filter(|segment| !segment.is_empty()) {
        let (name, value) = segment.split_once('=').unwrap_or((segment, ""));
        map.entry(decode(name)).or_insert_with(|| decode(value));
    }
    map
}

/// A flat JSON object of string fields.
fn json_object(fields: &[(&str, &str)]) -> String {
    let members: Vec<String> =
        fields.iter().map(|(name, value)| format!("{}:{}", json_string(name), json_string(value))).collect();
    format!("{{{}}}", members.join(","))
}

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_object(&[("a", "x\"y\\z\n"), ("b", "中")]), r#"{"a":"x\"y\\z\u000a","b":"中"}"#);
    }

    #[test]
    fn urlencoded_pairs_decode_as_utf8() {
        let map = parse_utf8_urlencoded("state=%E8%AE%A2+1&state=other&flag");
        assert_eq!(map["state"], "订 1");
        assert_eq!(map["flag"], "");
    }
}
