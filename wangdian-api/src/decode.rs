//! Reply decoding: the JSON envelope (`status`, `message`, `data`) → a typed response or the
//! `data` value, and the classification of replies the runtime acts on (throttles, clock skew).
//!
//! Generated methods call [`typed`] and [`data`]; call them yourself to decode a reply of
//! [`Client::execute`](crate::rt::Client::execute). serde_json bounds nesting (128 levels) and
//! reads in time linear in the reply; a reply that is not what was expected is an
//! [`Error::Decode`] with the failing path and the raw body, never a panic.

#[cfg(feature = "serde")]
pub use crate::generated::reply_json::{decode_items_json, decode_json};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::json::Value;
use crate::rt::Verdict;
use crate::{Error, RawBody};

/// The status of a success (signing reference §1.6).
pub const STATUS_OK: i64 = 0;
/// The status of a refused timestamp (`时间戳错误`, more than about 2 minutes off).
pub const STATUS_CLOCK_SKEW: i64 = 7;
/// The status of application errors, rate limits among them.
pub const STATUS_APPLICATION: i64 = 100;
/// The messages of status-100 rate limits (per-minute calls, per-minute concurrency), matched as
/// substrings; the gateway appends `，请稍后重试`.
pub const THROTTLE_MESSAGES: [&str; 2] = ["超过每分钟最大调用频率限制", "超过每分钟最大并发次数限制"];

/// The envelope's own fields, whatever their JSON type (other fields are skipped unread).
#[derive(Deserialize)]
struct Envelope {
    #[serde(default)]
    status: Value,
    #[serde(default)]
    message: Value,
}

/// A failed reply's status: its code as sent, and its number when it is one.
struct Failure {
    code: String,
    status: Option<i64>,
    message: String,
}

/// A JSON value as text: strings as they are, anything else in compact JSON.
fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.trim().to_owned(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The failure an envelope states: a `status` other than 0 (a number, or a string or float that
/// reads as one; any other value is a failure with that code). `None` for a success, a reply with
/// no status, or a body that is not a JSON object (the decoder reports that one).
fn failure(body: &RawBody) -> Option<Failure> {
    // Only an object is an envelope (serde would also read a struct from an array).
    let start = body.bytes().iter().find(|byte| !byte.is_ascii_whitespace())?;
    if *start != b'{' {
        return None;
    }
    let envelope: Envelope = serde_json::from_slice(body.bytes()).ok()?;
    let code = text(&envelope.status);
    let status = match &envelope.status {
        Value::Null => return None,
        Value::Number(number) => number
            .as_i64()
            .or_else(|| number.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 9.0e18).map(|f| f as i64)),
        _ => code.parse().ok(),
    };
    if status == Some(STATUS_OK) {
        return None;
    }
    let code = status.map_or(code, |status| status.to_string());
    Some(Failure { code, status, message: text(&envelope.message) })
}

/// The error a failure stands for, each with the status, the message and the whole reply: status 100
/// is the method's own refusal ([`Error::Business`]) or, with the rate-limit messages, a throttle;
/// 7 is a clock skew; the gateway's other statuses (1 arguments, signature, credentials; 2 unknown
/// parameter; 3 dynamic password; 4, 5 database; 6 IP whitelist; 8 version; 99 other — signing
/// reference §1.6) are [`Error::Gateway`], as Dangdang's `<errorResponse>` is. Wangdian sends no
/// session (status 1's `app auth fail` is about the app's credentials), so no reply is a session error.
fn status_error(method: &'static str, failure: Failure, body: &RawBody) -> Error {
    let Failure { code, status, message } = failure;
    let raw = body.clone();
    if status == Some(STATUS_APPLICATION) && THROTTLE_MESSAGES.iter().any(|throttle| message.contains(throttle)) {
        Error::throttled(method, code, message, raw)
    } else if status == Some(STATUS_CLOCK_SKEW) {
        // The reply does not state the gateway's time, so the skew itself stays unknown.
        Error::ClockSkew { method, code, message, local_clock_ahead_by_secs: None, raw }
    } else if status == Some(STATUS_APPLICATION) {
        // The envelope has no function name or time (status, message, data only).
        Error::Business { method, code, message, envelope: None, raw }
    } else {
        Error::Gateway { method, code, message, envelope: None, raw }
    }
}

/// What the runtime does with a reply before the method decodes it: a non-zero `status` is a
/// throttle (retried for reads), a clock skew or a business error; everything else, including a
/// body that is not JSON or has no status, goes to the decoder, which says what is wrong with it.
pub(crate) fn classify(method: &'static str, body: &RawBody) -> Verdict {
    match failure(body).map(|failure| status_error(method, failure, body)) {
        Some(error @ Error::Throttled { .. }) => Verdict::Throttled(error),
        Some(error) => Verdict::Failed(error),
        None => Verdict::Success,
    }
}

/// The envelope's error, if the reply states a failure.
fn check_status(method: &'static str, body: &RawBody) -> Result<(), Error> {
    match failure(body) {
        Some(failure) => Err(status_error(method, failure, body)),
        None => Ok(()),
    }
}

/// Decodes a reply's envelope object into a generated response type (its `data` tree and any
/// other envelope field), after turning a non-zero `status` into its error. A failure is
/// [`Error::Decode`] with the path (`data.order[3].paid`, `.` for the document) and the raw body.
pub fn typed<T: DeserializeOwned>(method: &'static str, body: &RawBody) -> Result<T, Error> {
    check_status(method, body)?;
    classified(method, body)
}

/// [`typed`] for a reply [`classify`] already passed as a success — what the generated
/// `Method::decode` receives from the runtime — without reading the status a second time.
#[doc(hidden)]
pub fn classified<T: DeserializeOwned>(method: &'static str, body: &RawBody) -> Result<T, Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(body.bytes());
    let decoded = match serde_path_to_error::deserialize(&mut deserializer) {
        // Trailing characters after the envelope: the document is at fault.
        Ok(value) => deserializer.end().map(|()| value).map_err(|error| (".".to_owned(), error.to_string())),
        // `?` is serde_path_to_error's unknown segment (a document cut short): the document, then.
        Err(error) => {
            let path = error.path().to_string();
            Err((if path == "?" { ".".to_owned() } else { path }, error.inner().to_string()))
        }
    };
    decoded.map_err(|(path, message)| Error::Decode { method, path, message: scrub(&message), raw: body.clone() })
}

/// The reply's `data` (JSON `null` when it has none), for methods the spec does not type, after
/// turning a non-zero `status` into its error.
pub fn data(method: &'static str, body: &RawBody) -> Result<Value, Error> {
    check_status(method, body)?;
    classified_data(method, body)
}

/// [`data`] for a reply [`classify`] already passed as a success (see [`classified`]).
#[doc(hidden)]
pub fn classified_data(method: &'static str, body: &RawBody) -> Result<Value, Error> {
    #[derive(Deserialize)]
    struct Data {
        #[serde(default)]
        data: Value,
    }
    classified::<Data>(method, body).map(|reply| reply.data)
}

/// serde's messages quote the unexpected value (`invalid type: string "张三", expected i32`); it
/// may be buyer personal data, so only its kind is kept (`invalid type: string, expected i32`).
fn scrub(message: &str) -> String {
    if !message.starts_with("invalid type") && !message.starts_with("invalid value") {
        return message.to_owned();
    }
    let Some(quote) = message.find(['"', '`']) else { return message.to_owned() };
    match message.rfind(", expected") {
        Some(expected) if expected > quote => format!("{}{}", message[..quote].trim_end(), &message[expected..]),
        _ => format!("{} (value not shown)", message[..quote].trim_end()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(text: &str) -> RawBody {
        RawBody::utf8(text.to_owned())
    }

    #[test]
    fn statuses_are_classified() {
        let throttles = ["超过每分钟最大调用频率限制，请稍后重试", "超过每分钟最大并发次数限制，请稍后重试"];
        for message in throttles {
            let body = format!(r#"{{"status":100,"message":"{message}"}}"#);
            assert!(matches!(classify("m", &raw(&body)), Verdict::Throttled(Error::Throttled { .. })), "{message}");
        }
        let skew = classify("m", &raw(r#"{"status":"7","message":"时间戳错误"}"#));
        assert!(matches!(skew, Verdict::Failed(Error::ClockSkew { ref code, .. }) if code == "7"), "{skew:?}");
        let business = classify("m", &raw(r#"{"status":100,"message":"参数中必须包含起止时间"}"#));
        let Verdict::Failed(Error::Business { code, message, raw: kept, .. }) = business else {
            panic!("{business:?}")
        };
        assert_eq!((code.as_str(), message.as_str()), ("100", "参数中必须包含起止时间"));
        assert!(kept.text_lossy().contains("起止时间"));
        // A throttle message under another status is that status's error.
        let other = classify("m", &raw(r#"{"status":1,"message":"超过每分钟最大调用频率限制"}"#));
        assert!(matches!(other, Verdict::Failed(Error::Gateway { .. })), "{other:?}");
        // A status that is no number is a failure with that code; a message of any type is kept.
        let odd = classify("m", &raw(r#"{"status":"E42","message":{"a":1}}"#));
        assert!(
            matches!(&odd, Verdict::Failed(Error::Gateway { code, message, .. }) if code == "E42" && message == r#"{"a":1}"#),
            "{odd:?}"
        );
        let float = classify("m", &raw(r#"{"status":7.0,"message":"时间戳错误"}"#));
        assert!(matches!(float, Verdict::Failed(Error::ClockSkew { .. })), "{float:?}");
        for success in [
            r#"{"status":0,"data":{}}"#,
            r#"{"status":"0"}"#,
            r#"{"status":0.0}"#,
            "<html>",
            "",
            r#"{"data":1}"#,
            "[1]",
            r#"{"status":null}"#,
        ] {
            assert!(matches!(classify("m", &raw(success)), Verdict::Success), "{success}");
        }
    }

    #[test]
    fn data_and_typed_replies_keep_the_raw_body_on_failure() {
        assert_eq!(data("m", &raw(r#"{"status":0,"data":{"a":[1]}}"#)).unwrap(), serde_json::json!({"a":[1]}));
        assert_eq!(data("m", &raw(r#"{"status":0}"#)).unwrap(), Value::Null);
        assert!(matches!(data("m", &raw(r#"{"status":5,"message":"db"}"#)), Err(Error::Gateway { .. })));
        for (bad, path) in [
            ("<html>oops</html>", "."),
            (r#"{"status":0} x"#, "."),
            (r#"{"status":0,"data":1"#, "."),
            (r#"{"status":0,"data":[{"a":"#, "data[0].a"),
        ] {
            let error = data("m", &raw(bad)).unwrap_err();
            let Error::Decode { path: at, raw: kept, .. } = &error else { panic!("{error:?}") };
            assert_eq!((at.as_str(), kept.bytes()), (path, bad.as_bytes()), "{bad}");
        }
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let body = format!(r#"{{"status":0,"data":{deep}}}"#);
        assert!(matches!(data("m", &raw(&body)), Err(Error::Decode { .. })));
    }

    #[test]
    fn decode_messages_never_repeat_values() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Reply {
            data: Option<Inner>,
        }
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Inner {
            n: i32,
        }
        for bad in [r#"{"data":"张三 13800138000"}"#, r#"{"data":{"n":13800138000}}"#, r#"{"data":{"n":"张三"}}"#] {
            let error = typed::<Reply>("m", &raw(bad)).unwrap_err();
            let shown = format!("{error} {error:?}");
            assert!(!shown.contains("13800138000") && !shown.contains("张三"), "{shown}");
        }
        assert_eq!(scrub(r#"invalid type: string "x", expected i32"#), "invalid type: string, expected i32");
        assert_eq!(scrub("invalid value: integer `5`"), "invalid value: integer (value not shown)");
        assert_eq!(scrub("missing field `n`"), "missing field `n`");
    }
}
