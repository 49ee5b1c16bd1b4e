//! The fake Wangdian gateway's checks of one request, each failing with the status the real
//! gateway documents for it (signing reference §1.6): system parameters, the 120 s timestamp
//! window (status 7), the body being what was signed, the pager.

use std::collections::BTreeMap;

use crate::wangdian_signature::{SIGN_PARAM, SYSTEM_PARAMS, compute_sign};

/// Argument errors, unknown `sid`, bad key or signature (`验证失败`), bad timestamp format.
pub const STATUS_ARGUMENT: i64 = 1;
/// A parameter name the gateway does not know (message: the name).
pub const STATUS_UNKNOWN_PARAM: i64 = 2;
/// Timestamp more than about 2 minutes off.
pub const STATUS_TIMESTAMP: i64 = 7;
/// Wrong `v`.
pub const STATUS_VERSION: i64 = 8;
/// Application errors: paging required, rate limits, business refusals.
pub const STATUS_APPLICATION: i64 = 100;

/// The query parameters of paged calls.
pub const PAGER_PARAMS: [&str; 3] = ["page_no", "page_size", "calc_total"];

/// A failed check: the envelope status and message to answer with.
pub type Refusal = (i64, String);

/// The credentials and tolerances the fake checks requests against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WangdianConfig {
    /// The only `sid` (seller account) known.
    pub sid: String,
    /// The only `key` (app key) accepted.
    pub app_key: String,
    /// The part of the issued secret before the colon: verifies `sign`.
    pub secret: String,
    /// The part after it: the only `salt` accepted.
    pub salt: String,
    /// How far `timestamp` may be from the fake's clock, either way, in seconds.
    pub max_skew_secs: i64,
    /// Seconds added to the fake's clock (to stage a skewed client).
    pub clock_offset_secs: i64,
}

impl Default for WangdianConfig {
    /// Made-up credentials and the documented 120 s window.
    fn default() -> Self {
        WangdianConfig {
            sid: "fake-sid".into(),
            app_key: "fake-key".into(),
            secret: "fake-secret-9f3a61".into(),
            salt: "fake-salt-27c4e8".into(),
            max_skew_secs: 120,
            clock_offset_secs: 0,
        }
    }
}

impl WangdianConfig {
    /// The app secret as Wangdian issues it: `secret:salt`.
    pub fn issued_secret(&self) -> String {
        format!("{}:{}", self.secret, self.salt)
    }
}

/// What a request carried, decoded.
#[derive(Debug, Clone, Copy)]
pub struct Incoming<'a> {
    /// HTTP verb.
    pub verb: &'a str,
    /// `Content-Type`, if any.
    pub content_type: Option<&'a str>,
    /// Query parameters, percent-decoded.
    pub query: &'a BTreeMap<String, String>,
    /// The POST body as text.
    pub body: &'a str,
    /// Whether the method must be called with the pager.
    pub paged: bool,
    /// The fake's clock, in protocol seconds.
    pub now: i64,
}

fn refuse<T>(status: i64, message: impl Into<String>) -> Result<T, Refusal> {
    Err((status, message.into()))
}

/// Every check, in the order a gateway would run them.
pub fn check(config: &WangdianConfig, request: Incoming<'_>) -> Result<(), Refusal> {
    if request.verb != "POST" {
        return refuse(STATUS_ARGUMENT, format!("仅支持POST (got {})", request.verb));
    }
    let json = request.content_type.and_then(|ct| ct.split(';').next()).map(str::trim);
    if !json.is_some_and(|mime| mime.eq_ignore_ascii_case("application/json")) {
        return refuse(STATUS_ARGUMENT, format!("Content-Type必须为application/json (got {json:?})"));
    }
    check_system_params(config, request.query, request.now)?;
    check_body_and_sign(config, request.query, request.body)?;
    check_pager(request.query, request.paged)
}

fn check_system_params(config: &WangdianConfig, query: &BTreeMap<String, String>, now: i64) -> Result<(), Refusal> {
    let get = |name: &str| query.get(name).map(String::as_str).unwrap_or("");
    let missing: Vec<&str> =
        SYSTEM_PARAMS.iter().copied().chain([SIGN_PARAM]).filter(|name| get(name).is_empty()).collect();
    if !missing.is_empty() {
        return refuse(STATUS_ARGUMENT, format!("缺少参数 {}", missing.join(",")));
    }
    let known = |name: &str| SYSTEM_PARAMS.contains(&name) || name == SIGN_PARAM || PAGER_PARAMS.contains(&name);
    if let Some(unknown) = query.keys().find(|name| !known(name)) {
        return refuse(STATUS_UNKNOWN_PARAM, unknown.clone());
    }
    if get("sid") != config.sid {
        return refuse(STATUS_ARGUMENT, "sid is not exists");
    }
    if get("key") != config.app_key {
        return refuse(STATUS_ARGUMENT, "app auth fail");
    }
    if get("salt") != config.salt {
        return refuse(STATUS_ARGUMENT, "验证失败");
    }
    if get("v") != "1.0" {
        return refuse(STATUS_VERSION, "版本错误");
    }
    let timestamp = get("timestamp");
    let Ok(seconds) = timestamp.parse::<i32>() else {
        return refuse(STATUS_ARGUMENT, format!("For input string: \"{timestamp}\""));
    };
    if (now - i64::from(seconds)).abs() > config.max_skew_secs {
        return refuse(STATUS_TIMESTAMP, "时间戳错误");
    }
    Ok(())
}

fn check_body_and_sign(config: &WangdianConfig, query: &BTreeMap<String, String>, body: &str) -> Result<(), Refusal> {
    if !matches!(serde_json::from_str::<serde_json::Value>(body), Ok(serde_json::Value::Array(_))) {
        return refuse(STATUS_ARGUMENT, "参数错误: the body must be a JSON array of the arguments");
    }
    // The body as received is what must have been signed: re-serialising it would hide a client
    // that signs one text and sends another.
    let expected = compute_sign(&config.secret, query, body);
    if query.get(SIGN_PARAM).map(String::as_str) != Some(expected.as_str()) {
        return refuse(STATUS_ARGUMENT, "验证失败");
    }
    Ok(())
}

fn check_pager(query: &BTreeMap<String, String>, paged: bool) -> Result<(), Refusal> {
    for name in PAGER_PARAMS {
        if let Some(value) = query.get(name) {
            let valid = match name {
                "page_no" => value.parse::<u32>().is_ok(),
                "page_size" => value.parse::<u32>().is_ok_and(|size| size > 0),
                _ => value == "0" || value == "1",
            };
            if !valid {
                return refuse(STATUS_ARGUMENT, format!("{name}参数错误"));
            }
        }
    }
    if paged && !(query.contains_key("page_no") && query.contains_key("page_size")) {
        let method = query.get("method").map(String::as_str).unwrap_or("");
        return refuse(STATUS_APPLICATION, format!("此方法仅支持分页查询：接口{method}"));
    }
    Ok(())
}
