//! The Wangdian (旗舰版) protocol for the runtime: system parameters and the pager in the query,
//! signed together with the JSON body (MD5, secret never sent), POSTed as `application/json`;
//! replies classified by their `status`.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};

use crate::rt::{Call, Error, Protocol, RawBody, Target, Verdict};
use crate::{API_VERSION, decode, sign};

/// The query parameters the client sets itself; a call may not set them (nor `body`, which is
/// signed under that name).
pub const SYSTEM_PARAMS: [&str; 8] = ["sid", "key", "salt", "method", "v", "timestamp", "sign", sign::BODY_KEY];

/// The body of a call without arguments (the official SDK's choice; signing reference §1.5).
pub const EMPTY_BODY: &str = "[]";

/// The credentials of one seller account; everything else the runtime holds.
pub(crate) struct Wangdian {
    pub sid: String,
    pub app_key: String,
    /// The part of the issued secret before the first colon: signs, never sent.
    secret: SecretString,
    /// The part after it: sent as `salt`, shown nowhere else.
    salt: SecretString,
    /// Why the issued secret is unusable, reported by `build()`.
    problem: Option<&'static str>,
}

impl Wangdian {
    /// Splits the issued `secret:salt` on its first colon; a malformed one is refused when the
    /// client is built (never echoed).
    pub fn new(sid: String, app_key: String, issued_secret: SecretString) -> Wangdian {
        let (secret, salt, problem) = match sign::split_secret(issued_secret.expose_secret()) {
            None => ("", "", Some(NO_COLON)),
            Some(("", _)) => {
                ("", "", Some("app_secret has nothing before its colon: it must be `secret:salt` as issued"))
            }
            Some((_, "")) => {
                ("", "", Some("app_secret has nothing after its colon: it must be `secret:salt` as issued"))
            }
            Some((secret, salt)) => (secret, salt, None),
        };
        let (secret, salt) = (SecretString::from(secret), SecretString::from(salt));
        Wangdian { sid, app_key, secret, salt, problem }
    }
}

const NO_COLON: &str = "app_secret has no colon: Wangdian issues it as `secret:salt` (the part before the first \
                        colon signs, the part after it is sent as `salt`); pass the whole issued value";

impl fmt::Debug for Wangdian {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Wangdian")
            .field("sid", &self.sid)
            .field("app_key", &self.app_key)
            .field("secret", &self.secret)
            .field("salt", &self.salt)
            .finish()
    }
}

impl Protocol for Wangdian {
    fn name(&self) -> &'static str {
        "wangdian"
    }

    fn check_config(&self) -> Result<(), String> {
        if let Some(problem) = self.problem {
            Err(problem.to_owned())
        } else if self.sid.is_empty() {
            Err("sid is empty".into())
        } else if self.app_key.is_empty() {
            Err("app_key is empty".into())
        } else {
            Ok(())
        }
    }

    /// Signs the call with a fresh timestamp and POSTs its JSON body (`[]` without one), every
    /// parameter in the query. Every transport is sent this way: the gateway knows no other.
    fn encode(&self, call: &Call, target: Target<'_>) -> Result<reqwest::RequestBuilder, Error> {
        let method = call.method();
        if let Some(upload) = &call.upload {
            return Err(invalid(method, upload.field, "uploads are not part of the Wangdian protocol"));
        }
        let timestamp = sign::timestamp(chrono::Utc::now().timestamp()).to_string();
        let mut query: Vec<(&str, &str)> = vec![
            ("sid", &self.sid),
            ("key", &self.app_key),
            ("salt", self.salt.expose_secret()),
            ("method", method),
            ("v", API_VERSION),
            ("timestamp", &timestamp),
        ];
        for (name, value) in &call.params {
            if SYSTEM_PARAMS.contains(&name.as_ref()) {
                return Err(invalid(method, name, "is a system parameter the client sets itself"));
            }
            if query.iter().any(|(sent, _)| sent == name) {
                return Err(invalid(method, name, "is set twice"));
            }
            query.push((name, value));
        }
        let paged = query.iter().any(|(name, _)| *name == "page_no");
        if paged && !query.iter().any(|(name, _)| *name == "calc_total") {
            query.push(("calc_total", "1"));
        }
        let body = call.json.as_deref().unwrap_or(EMPTY_BODY);
        let signature = sign::sign(self.secret.expose_secret(), &query, body);
        let mut encoded = form_urlencoded::Serializer::new(String::new());
        encoded.extend_pairs(&query).append_pair("sign", &signature);
        let Target { http, endpoint } = target;
        Ok(http
            .post(format!("{endpoint}?{}", encoded.finish()))
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_owned()))
    }

    fn classify(&self, call: &Call, body: &RawBody) -> Verdict {
        decode::classify(call.method(), body)
    }

    fn secrets(&self) -> Vec<&str> {
        [self.secret.expose_secret(), self.salt.expose_secret()].into_iter().filter(|s| !s.is_empty()).collect()
    }
}

fn invalid(method: &'static str, param: &str, rule: &str) -> Error {
    Error::InvalidParam { method, param: param.to_owned(), rule: rule.to_owned() }
}
