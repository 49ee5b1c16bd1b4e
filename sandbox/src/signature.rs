//! Independent implementation of the Dangdang request signature and Beijing-time timestamps.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDateTime, TimeZone, Timelike, Utc};
use md5::{Digest, Md5};

/// The seven signed system parameters, already in ascending name order (the signing order).
pub const SIGNED_PARAMS: [&str; 7] = ["app_key", "format", "method", "session", "sign_method", "timestamp", "v"];

/// Name of the system parameter that carries the signature (itself never signed).
pub const SIGN_PARAM: &str = "sign";

/// `chrono` format of the protocol's date-time values: `yyyy-MM-dd HH:mm:ss`.
pub const TIMESTAMP_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// Whether `name` is one of the eight system parameters (the seven signed ones or `sign`).
pub fn is_system_param(name: &str) -> bool {
    name == SIGN_PARAM || SIGNED_PARAMS.contains(&name)
}

/// The part of the signed string between the two copies of the secret: `name + value` for each
/// of the seven system parameters present in `params`, in ascending name order. Any other entry
/// of `params` (business parameters, `sign`) is ignored.
pub fn sign_preimage_body(params: &BTreeMap<String, String>) -> String {
    let mut body = String::new();
    for name in SIGNED_PARAMS {
        if let Some(value) = params.get(name) {
            body.push_str(name);
            body.push_str(value);
        }
    }
    body
}

/// Upper-case hex MD5 of `secret + sign_preimage_body(params) + secret`. Values must be the
/// decoded ones (a timestamp with its literal space, not `+` or `%20`).
pub fn compute_sign(secret: &str, params: &BTreeMap<String, String>) -> String {
    let mut hasher = Md5::new();
    hasher.update(secret.as_bytes());
    hasher.update(sign_preimage_body(params).as_bytes());
    hasher.update(secret.as_bytes());
    hasher.finalize().iter().map(|byte| format!("{byte:02X}")).collect()
}

/// Beijing time (UTC+8), the zone the sandbox assumes for every `timestamp`.
pub fn beijing() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).unwrap_or_else(|| unreachable!("+08:00 is a valid offset"))
}

/// Formats `instant` as a protocol timestamp in Beijing time.
pub fn format_beijing(instant: DateTime<Utc>) -> String {
    format_naive(&instant.with_timezone(&beijing()).naive_local())
}

/// `TIMESTAMP_FORMAT` written field by field: chrono's `format` re-reads the pattern on every call,
/// which was most of the sandbox's time per list page. Years outside 0..=9999 and leap seconds go
/// through chrono.
fn format_naive(at: &NaiveDateTime) -> String {
    if !(0..=9999).contains(&at.year()) || at.nanosecond() >= 1_000_000_000 {
        return at.format(TIMESTAMP_FORMAT).to_string();
    }
    let (year, month, day) = (at.year(), at.month(), at.day());
    let (hour, minute, second) = (at.hour(), at.minute(), at.second());
    format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}")
}

/// The current time as a protocol timestamp in Beijing time, e.g. `2015-03-20 15:10:50`.
pub fn beijing_now() -> String {
    format_beijing(Utc::now())
}

/// Parses a protocol timestamp (strictly `yyyy-MM-dd HH:mm:ss`, zero-padded) as Beijing time.
/// Returns `None` for anything else.
pub fn parse_beijing(text: &str) -> Option<DateTime<Utc>> {
    let naive = NaiveDateTime::parse_from_str(text, TIMESTAMP_FORMAT).ok()?;
    if format_naive(&naive) != text {
        return None;
    }
    beijing().from_local_datetime(&naive).single().map(|dt| dt.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timestamp_writer_agrees_with_chrono() {
        let start = NaiveDateTime::parse_from_str("1999-12-31 23:59:58", TIMESTAMP_FORMAT).unwrap();
        let leap = NaiveDateTime::parse_from_str("2016-12-31 23:59:60", TIMESTAMP_FORMAT).unwrap();
        let far = NaiveDateTime::parse_from_str("+12345-01-01 00:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
        let steps = (0..400).map(|n| start + chrono::Duration::seconds(n * n * 7919 + n));
        for at in steps.chain([leap, far, NaiveDateTime::MIN]) {
            assert_eq!(format_naive(&at), at.format(TIMESTAMP_FORMAT).to_string(), "{at:?}");
        }
        assert!(parse_beijing("2016-12-31 23:59:60").is_some(), "a leap second still reads as it did");
    }

    fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn vector1() -> BTreeMap<String, String> {
        params(&[
            ("app_key", "2100000000"),
            ("format", "xml"),
            ("method", "dangdang.shop.ddcategory.get"),
            ("session", "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789"),
            ("sign_method", "md5"),
            ("timestamp", "2015-03-20 15:10:50"),
            ("v", "1.0"),
        ])
    }

    #[test]
    fn vector_1() {
        assert_eq!(compute_sign("TESTSECRET0123456789ABCDEFABCDEF", &vector1()), "C53504B74FE22700822A8F08A903D10C");
    }

    #[test]
    fn vector_2() {
        let zeros = "0".repeat(64);
        let p = params(&[
            ("app_key", "2100001234"),
            ("format", "xml"),
            ("method", "dangdang.promotions.list.get"),
            ("session", &zeros),
            ("sign_method", "md5"),
            ("timestamp", "2014-12-31 23:59:59"),
            ("v", "1.0"),
        ]);
        assert_eq!(compute_sign("0123456789ABCDEF0123456789ABCDEF", &p), "9ED1C087916AAFAC3BF35782DD55B6C5");
    }

    #[test]
    fn business_params_and_sign_are_not_signed() {
        let mut p = vector1();
        p.insert("categoryID".into(), "4002074".into());
        p.insert("sign".into(), "WHATEVER".into());
        assert_eq!(compute_sign("TESTSECRET0123456789ABCDEFABCDEF", &p), "C53504B74FE22700822A8F08A903D10C");
    }

    #[test]
    fn negative_vector_encoded_timestamp() {
        let mut p = vector1();
        p.insert("timestamp".into(), "2015-03-20+15%3A10%3A50".into());
        assert_eq!(compute_sign("TESTSECRET0123456789ABCDEFABCDEF", &p), "E9F128E86003BB0BF827A5429854921A");
    }

    #[test]
    fn timestamps_are_beijing_time() {
        let t = parse_beijing("2015-03-20 15:10:50").unwrap();
        assert_eq!(t.to_rfc3339(), "2015-03-20T07:10:50+00:00");
        assert_eq!(format_beijing(t), "2015-03-20 15:10:50");
        assert!(parse_beijing("2015-3-20 15:10:50").is_none());
        assert!(parse_beijing("2015-03-20T15:10:50").is_none());
        assert!(parse_beijing("2015-03-20 15:10:50+08:00").is_none());
        assert!(parse_beijing(&beijing_now()).is_some());
    }
}
