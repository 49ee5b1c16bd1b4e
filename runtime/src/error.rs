//! `Error`: every way a call can fail, each keeping what the caller needs (codes, raw body).

use std::fmt;
use std::time::Duration;

use bytes::Bytes;
use encoding_rs::{Encoding, UTF_8};

/// A response body kept for diagnosis, with the charset its protocol reads it in.
///
/// Replies carry buyer personal data (consignee names, phones, addresses), so `Debug` shows only the
/// size; read the content explicitly with [`RawBody::bytes`] or [`RawBody::text_lossy`].
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody {
    bytes: Bytes,
    charset: &'static Encoding,
}

impl RawBody {
    /// A body read in `charset` (the protocol decides: Dangdang's XML declaration, else GBK).
    pub fn new(bytes: impl Into<Bytes>, charset: &'static Encoding) -> RawBody {
        RawBody { bytes: bytes.into(), charset }
    }

    /// A UTF-8 body.
    pub fn utf8(bytes: impl Into<Bytes>) -> RawBody {
        RawBody::new(bytes, UTF_8)
    }

    /// The bytes as received.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bytes as received, shared.
    pub fn to_bytes(&self) -> Bytes {
        self.bytes.clone()
    }

    /// The body decoded in its charset, malformed bytes replaced.
    pub fn text_lossy(&self) -> String {
        let bytes = if self.charset == UTF_8 {
            self.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&self.bytes)
        } else {
            &self.bytes
        };
        self.charset.decode_without_bom_handling(bytes).0.into_owned()
    }
}

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawBody({} bytes)", self.bytes.len())
    }
}

/// The time limit that ended a call (see [`Error::Timeout`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum TimeLimit {
    /// Establishing one connection took longer than
    /// [`ClientBuilder::connect_timeout`](crate::ClientBuilder::connect_timeout).
    Connect(Duration),
    /// One attempt (connect, send, receive the whole body) took longer than
    /// [`ClientBuilder::attempt_timeout`](crate::ClientBuilder::attempt_timeout).
    Attempt(Duration),
    /// The whole call (every attempt, backoff and rate-limit wait) reached
    /// [`ClientBuilder::deadline`](crate::ClientBuilder::deadline).
    Deadline(Duration),
}

impl fmt::Display for TimeLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeLimit::Connect(limit) => write!(f, "the connect timeout ({limit:?})"),
            TimeLimit::Attempt(limit) => write!(f, "the per-attempt timeout ({limit:?})"),
            TimeLimit::Deadline(limit) => write!(f, "the deadline for the whole call ({limit:?})"),
        }
    }
}

/// Everything that can go wrong with a call. Never contains the app secret or the session.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A parameter breaks a rule from the spec; found before anything was sent. The value itself
    /// is never repeated (it may be buyer personal data): the rule says what was wrong with it.
    #[error("{method}: invalid `{param}`: {rule}")]
    InvalidParam {
        /// Dotted method name.
        method: &'static str,
        /// Wire name of the parameter or element.
        param: String,
        /// The rule it breaks, with counts or sizes where they help (`at most 50 characters, got 51`).
        rule: String,
    },
    /// A parameter or document has characters the protocol's charset cannot encode.
    #[error("{method}: `{param}` contains characters that {charset} cannot encode")]
    Unencodable {
        /// Dotted method name.
        method: &'static str,
        /// Wire name.
        param: String,
        /// The charset (`GBK`).
        charset: &'static str,
    },
    /// The gateway refused the call (auth, signature, parameters; Dangdang: `<errorResponse>`).
    #[error("{method}: gateway error {code}: {message}")]
    Gateway {
        /// Dotted method name.
        method: &'static str,
        /// The gateway's code (Dangdang: `errorCode`).
        code: String,
        /// The gateway's message (Dangdang: `errorMessage`).
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The method rejected the whole request (Dangdang: `<response><Error><operCode>`).
    #[error("{method}: rejected with code {code}: {message}")]
    Business {
        /// Dotted method name.
        method: &'static str,
        /// The method's code (Dangdang: `operCode`).
        code: String,
        /// The method's message (Dangdang: `operation`).
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The gateway asked the caller to slow down (Dangdang: `SHOP访问API一分钟频次超限`); reads
    /// were retried within the deadline, writes never are.
    #[error("{method}: throttled by the gateway ({code}: {message})")]
    Throttled {
        /// Dotted method name.
        method: &'static str,
        /// The gateway's code.
        code: String,
        /// The gateway's message.
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The gateway refused the call's timestamp: the local clock is off (Wangdian: status 7
    /// `时间戳错误`, more than about 2 minutes). Fix the clock; retrying does not help.
    #[error("{method}: the gateway refused the timestamp ({code}: {message}); the local clock is off{}", skew_hint(*local_clock_ahead_by_secs))]
    ClockSkew {
        /// Dotted method name.
        method: &'static str,
        /// The gateway's code.
        code: String,
        /// The gateway's message.
        message: String,
        /// How far the local clock is ahead of the gateway's (negative: behind), in seconds, when the
        /// reply tells.
        local_clock_ahead_by_secs: Option<i32>,
        /// The whole reply.
        raw: RawBody,
    },
    /// The server answered with a non-success HTTP status.
    #[error("{method}: HTTP status {status}")]
    HttpStatus {
        /// Dotted method name.
        method: &'static str,
        /// Status code.
        status: u16,
        /// The body, whatever it was.
        raw: RawBody,
    },
    /// The reply could not be decoded into the method's response type.
    #[error("{method}: cannot decode the response at `{path}`: {message}")]
    Decode {
        /// Dotted method name.
        method: &'static str,
        /// Element path where decoding failed (`OrdersList.OrderInfo[0].orderMoney`), or `.` for the document.
        path: String,
        /// What went wrong.
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The reply's bytes do not match its declared charset, or the charset is unsupported. A body
    /// that is not a whole reply besides (an HTML page, a truncated document) is [`Error::Decode`].
    #[error("{method}: response charset problem: {message}")]
    Charset {
        /// Dotted method name.
        method: &'static str,
        /// What went wrong.
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The reply was larger than the client's cap.
    #[error("{method}: response larger than the {limit}-byte cap")]
    ResponseTooLarge {
        /// Dotted method name.
        method: &'static str,
        /// The cap in bytes.
        limit: usize,
    },
    /// The call did not complete in time; `limit` says which limit fired.
    #[error("{method}: {limit} elapsed (attempt {attempt})")]
    Timeout {
        /// Dotted method name.
        method: &'static str,
        /// The limit that fired.
        limit: TimeLimit,
        /// The attempt under way (1 for the first) when it fired.
        attempt: u32,
    },
    /// The server answered with a redirect (3xx). Redirects are never followed: they would carry
    /// the signed request (session included) to wherever the server points.
    #[error("{method}: HTTP status {status} redirects to {location}; redirects are not followed{}", https_hint(*https_upgrade, location, "endpoint"))]
    Redirect {
        /// Dotted method name.
        method: &'static str,
        /// Status code (301, 302, 303, 307, 308, ...).
        status: u16,
        /// The `Location`, resolved against the request URL, with userinfo and every query value
        /// but `method`'s replaced by `REDACTED` (values may be credentials or personal data);
        /// `(none)` when the header is missing.
        location: String,
        /// The `Location` is the same host over https: switch the endpoint to https.
        https_upgrade: bool,
    },
    /// Connecting, sending or receiving failed (URLs are stripped: they carry the session).
    #[error("{method}: HTTP transport error: {source}")]
    Transport {
        /// Dotted method name.
        method: &'static str,
        /// The underlying error, without its URL.
        #[source]
        source: reqwest::Error,
    },
    /// A page walk went wrong: the server repeated a page or never ended.
    #[error("{method}: pagination stopped at page {page}: {problem}")]
    Pagination {
        /// Dotted method name.
        method: &'static str,
        /// The page that was being fetched.
        page: i32,
        /// What went wrong.
        problem: String,
    },
    /// The client could not be built.
    #[error("invalid client configuration: {0}")]
    Config(String),
}

impl Error {
    /// The raw reply, for errors that have one.
    pub fn raw_body(&self) -> Option<&RawBody> {
        match self {
            Error::Gateway { raw, .. }
            | Error::Business { raw, .. }
            | Error::Throttled { raw, .. }
            | Error::ClockSkew { raw, .. }
            | Error::HttpStatus { raw, .. }
            | Error::Decode { raw, .. }
            | Error::Charset { raw, .. } => Some(raw),
            _ => None,
        }
    }

    /// A reqwest error: its only timeout is the connect timeout (attempts and deadlines are timed
    /// by the client itself).
    #[doc(hidden)]
    pub fn transport(method: &'static str, error: reqwest::Error, connect_timeout: Duration) -> Error {
        if error.is_timeout() {
            Error::Timeout { method, limit: TimeLimit::Connect(connect_timeout), attempt: 1 }
        } else {
            Error::Transport { method, source: error.without_url() }
        }
    }
}

/// How far off the clock is, for [`Error::ClockSkew`]'s message.
fn skew_hint(ahead_by_secs: Option<i32>) -> String {
    match ahead_by_secs {
        Some(secs) if secs >= 0 => format!(" (ahead of the gateway by {secs} s)"),
        Some(secs) => format!(" (behind the gateway by {} s)", secs.unsigned_abs()),
        None => String::new(),
    }
}

/// The advice appended to a redirect error: switch to https when that is all the server asked for.
/// `setting` names what to change (`endpoint`, `token URL`).
#[doc(hidden)]
pub fn https_hint(https_upgrade: bool, location: &str, setting: &str) -> String {
    if https_upgrade {
        let url = location.split(['?', '#']).next().unwrap_or(location);
        format!(" — the server moved to https on the same host: switch the {setting} to {url}")
    } else {
        String::new()
    }
}
