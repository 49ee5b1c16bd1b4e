//! `Error`: every way a call can fail, each keeping what the caller needs (codes, raw body).

use std::fmt;
use std::time::Duration;

use crate::raw_body::RawBody;

mod display;

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
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A parameter breaks a rule from the spec; found before anything was sent. The value itself
    /// is never repeated (it may be buyer personal data): the rule says what was wrong with it.
    InvalidParam {
        /// Dotted method name.
        method: &'static str,
        /// Wire name of the parameter or element.
        param: String,
        /// The rule it breaks, with counts or sizes where they help (`at most 50 characters, got 51`).
        rule: String,
    },
    /// A parameter or document has characters the protocol's charset cannot encode.
    Unencodable {
        /// Dotted method name.
        method: &'static str,
        /// Wire name.
        param: String,
        /// The charset (`GBK`).
        charset: &'static str,
    },
    /// The gateway refused the call (auth, signature, parameters; Dangdang: `<errorResponse>`).
    Gateway {
        /// Dotted method name.
        method: &'static str,
        /// The gateway's code (Dangdang: `errorCode`).
        code: String,
        /// The gateway's message (Dangdang: `errorMessage`).
        message: String,
        /// The envelope's `functionID` and `time`, when the reply has them (Dangdang's
        /// `<errorResponse>` usually has neither; Wangdian's envelope never); see
        /// [`Error::function_id`], [`Error::reply_time`].
        envelope: Option<Box<Envelope>>,
        /// The whole reply.
        raw: RawBody,
    },
    /// The method rejected the whole request (Dangdang: `<response><Error><operCode>`).
    Business {
        /// Dotted method name.
        method: &'static str,
        /// The method's code (Dangdang: `operCode`).
        code: String,
        /// The method's message (Dangdang: `operation`).
        message: String,
        /// The envelope's `functionID` and `time` (Dangdang's `<response>` has them; Wangdian's
        /// envelope has neither); see [`Error::function_id`], [`Error::reply_time`].
        envelope: Option<Box<Envelope>>,
        /// The whole reply.
        raw: RawBody,
    },
    /// The gateway asked the caller to slow down (Dangdang: `SHOP访问API一分钟频次超限`). The
    /// shop's budget waited and slowed down; reads were retried within the deadline, writes never
    /// are (`outcome` says which).
    Throttled {
        /// Dotted method name.
        method: &'static str,
        /// The gateway's code.
        code: String,
        /// The gateway's message.
        message: String,
        /// What the client did about it before giving up.
        outcome: ThrottleOutcome,
        /// The whole reply.
        raw: RawBody,
    },
    /// The gateway said the session (access token) expired or is invalid. Only protocols whose
    /// reference gives the code or message report it (neither Dangdang nor Wangdian publishes
    /// one); with [`ClientBuilder::refresh_session`](crate::ClientBuilder::refresh_session) the
    /// session is refreshed and the call retried once before this is returned.
    SessionExpired {
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
    HttpStatus {
        /// Dotted method name.
        method: &'static str,
        /// Status code.
        status: u16,
        /// The body, whatever it was.
        raw: RawBody,
    },
    /// The reply could not be decoded into the method's response type.
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
    Charset {
        /// Dotted method name.
        method: &'static str,
        /// What went wrong.
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The reply was larger than the client's cap.
    ResponseTooLarge {
        /// Dotted method name.
        method: &'static str,
        /// The cap in bytes.
        limit: usize,
    },
    /// The call did not complete in time; `limit` says which limit fired.
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
    /// Connecting, sending or receiving failed (URLs are stripped: they carry the session). The
    /// message names the innermost cause (`Connection refused`, `dns error: …`), then the chain.
    Transport {
        /// Dotted method name.
        method: &'static str,
        /// The underlying error, without its URL.
        source: reqwest::Error,
    },
    /// A page walk went wrong: the server repeated a page or never ended.
    Pagination {
        /// Dotted method name.
        method: &'static str,
        /// The page that was being fetched.
        page: i32,
        /// What went wrong.
        problem: String,
    },
    /// The client could not be built.
    Config(String),
}

impl Error {
    /// The raw reply, for errors that have one.
    pub fn raw_body(&self) -> Option<&RawBody> {
        match self {
            Error::Gateway { raw, .. }
            | Error::Business { raw, .. }
            | Error::Throttled { raw, .. }
            | Error::SessionExpired { raw, .. }
            | Error::ClockSkew { raw, .. }
            | Error::HttpStatus { raw, .. }
            | Error::Decode { raw, .. }
            | Error::Charset { raw, .. } => Some(raw),
            _ => None,
        }
    }

    /// The reply envelope's `functionID`, for [`Error::Gateway`] and [`Error::Business`].
    pub fn function_id(&self) -> Option<&str> {
        self.envelope().and_then(|envelope| envelope.function_id.as_deref())
    }

    /// The reply envelope's `time` as sent, for [`Error::Gateway`] and [`Error::Business`].
    pub fn reply_time(&self) -> Option<&str> {
        self.envelope().and_then(|envelope| envelope.time.as_deref())
    }

    fn envelope(&self) -> Option<&Envelope> {
        match self {
            Error::Gateway { envelope, .. } | Error::Business { envelope, .. } => envelope.as_deref(),
            _ => None,
        }
    }

    /// A short, stable name of the failure's class, for metrics and the `error.type` field of
    /// the `api.call` and `api.attempt` spans (OpenTelemetry's convention): `throttled`,
    /// `timeout`, `transport`, `http_status`, `gateway`, `business`, `decode`, ….
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InvalidParam { .. } => "invalid_param",
            Error::Unencodable { .. } => "unencodable",
            Error::Gateway { .. } => "gateway",
            Error::Business { .. } => "business",
            Error::Throttled { .. } => "throttled",
            Error::SessionExpired { .. } => "session_expired",
            Error::ClockSkew { .. } => "clock_skew",
            Error::HttpStatus { .. } => "http_status",
            Error::Decode { .. } => "decode",
            Error::Charset { .. } => "charset",
            Error::ResponseTooLarge { .. } => "response_too_large",
            Error::Timeout { .. } => "timeout",
            Error::Redirect { .. } => "redirect",
            Error::Transport { .. } => "transport",
            Error::Pagination { .. } => "pagination",
            Error::Config(_) => "config",
        }
    }

    /// A throttle as a protocol classifies it ([`ThrottleOutcome::Classified`]; the client fills
    /// in what it did).
    pub fn throttled(method: &'static str, code: String, message: String, raw: RawBody) -> Error {
        Error::Throttled { method, code, message, outcome: ThrottleOutcome::Classified, raw }
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

/// A reply envelope's own fields besides the code and message: Dangdang's `functionID` and `time`
/// (boxed in [`Error::Gateway`] and [`Error::Business`] to keep `Error` small).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    /// `functionID` as sent (not validated: Dangdang writes other names there, protocol
    /// reference §7).
    pub function_id: Option<String>,
    /// `time` as sent (Beijing time, `yyyy-MM-dd HH:mm:ss`).
    pub time: Option<String>,
}

impl Envelope {
    /// The fields, boxed; `None` when both are absent.
    pub fn boxed(function_id: Option<String>, time: Option<String>) -> Option<Box<Envelope>> {
        (function_id.is_some() || time.is_some()).then(|| Box::new(Envelope { function_id, time }))
    }
}

/// What the client did about a throttle before returning it (see [`Error::Throttled`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum ThrottleOutcome {
    /// As the protocol classified the reply, before the client acted on it.
    #[default]
    Classified,
    /// A write: never re-sent (a throttle is a refusal, but the client sends a write once).
    WriteNotResent,
    /// A read, throttled on each of `attempts` attempts: the deadline left no time for another
    /// (or retries are off: [`RetryPolicy::none`](crate::RetryPolicy::none)).
    ReadGaveUp {
        /// Attempts made, the first included.
        attempts: u32,
    },
}

impl fmt::Display for ThrottleOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ThrottleOutcome::Classified => Ok(()),
            ThrottleOutcome::WriteNotResent => f.write_str("; a write is never re-sent: retry it yourself later"),
            ThrottleOutcome::ReadGaveUp { attempts: 1 } => f.write_str("; not retried"),
            ThrottleOutcome::ReadGaveUp { attempts } => {
                write!(f, "; throttled on all {attempts} attempts until the deadline")
            }
        }
    }
}

/// The innermost error of `error`'s source chain, then the chain's outer messages:
/// `Connection refused (os error 111) (error sending request › client error (Connect) › tcp connect error)`.
fn root_cause(error: &(dyn std::error::Error + 'static)) -> String {
    let mut chain = vec![error.to_string()];
    let mut current = error;
    while let Some(source) = current.source() {
        let text = source.to_string();
        if chain.last() != Some(&text) {
            chain.push(text);
        }
        current = source;
    }
    let root = chain.pop().unwrap_or_default();
    if chain.is_empty() { root } else { format!("{root} ({})", chain.join(" › ")) }
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

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::*;

    /// An error with a message and an optional source, for building chains.
    #[derive(Debug)]
    struct Layer(&'static str, Option<Box<dyn std::error::Error + 'static>>);

    impl fmt::Display for Layer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
    }

    impl std::error::Error for Layer {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            self.1.as_deref()
        }
    }

    #[test]
    fn the_root_cause_comes_first_on_one_line() {
        let refused = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "Connection refused (os error 111)");
        let chain = Layer(
            "error sending request",
            Some(Box::new(Layer(
                "client error (Connect)",
                Some(Box::new(Layer("tcp connect error", Some(Box::new(refused))))),
            ))),
        );
        assert_eq!(
            root_cause(&chain),
            "Connection refused (os error 111) (error sending request › client error (Connect) › tcp connect error)"
        );
        assert_eq!(root_cause(&Layer("alone", None)), "alone");
        let repeated = Layer("same", Some(Box::new(Layer("same", None))));
        assert_eq!(root_cause(&repeated), "same");
    }

    #[test]
    fn throttles_say_what_the_client_did() {
        let throttle = |outcome| Error::Throttled {
            method: "m",
            code: "7".into(),
            message: "SHOP访问API一分钟频次超限".into(),
            outcome,
            raw: RawBody::utf8(Bytes::new()),
        };
        let shown = |outcome| throttle(outcome).to_string();
        assert_eq!(shown(ThrottleOutcome::Classified), "m: throttled by the gateway (7: SHOP访问API一分钟频次超限)");
        assert!(
            shown(ThrottleOutcome::WriteNotResent).ends_with("; a write is never re-sent: retry it yourself later")
        );
        assert!(
            shown(ThrottleOutcome::ReadGaveUp { attempts: 4 })
                .ends_with("; throttled on all 4 attempts until the deadline")
        );
        assert_eq!(throttle(ThrottleOutcome::Classified).kind(), "throttled");
        let business = Error::Business {
            method: "m",
            code: "35".into(),
            message: "订单编号错误".into(),
            envelope: Envelope::boxed(Some("dangdang.order.details.get".into()), None),
            raw: RawBody::utf8(Bytes::new()),
        };
        assert_eq!((business.function_id(), business.reply_time()), (Some("dangdang.order.details.get"), None));
        assert_eq!(Envelope::boxed(None, None), None);
    }
}
