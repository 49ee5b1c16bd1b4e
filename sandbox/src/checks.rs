//! Validation of the system parameters of a request against the sandbox's configuration.

use std::collections::BTreeMap;

use chrono::Utc;

use crate::config::SandboxConfig;
use crate::envelope::ErrorCode;
use crate::signature::{SIGN_PARAM, SIGNED_PARAMS, compute_sign, parse_beijing, sign_preimage_body};

/// A failed check: the code to answer with and a message (Chinese gist plus English detail).
pub type CheckFailure = (ErrorCode, String);

/// Checks the system parameters in order: presence (1), fixed values of `format`/`v`/`sign_method`
/// (5), `app_key`/`session` (3), `timestamp` (4), `sign` (2).
pub fn check_system_params(config: &SandboxConfig, params: &BTreeMap<String, String>) -> Result<(), CheckFailure> {
    let get = |name: &str| params.get(name).map(String::as_str).unwrap_or("");

    let missing: Vec<&str> =
        SIGNED_PARAMS.iter().copied().chain([SIGN_PARAM]).filter(|name| get(name).is_empty()).collect();
    if !missing.is_empty() {
        return Err((
            ErrorCode::MissingParameter,
            format!("缺少系统参数 (missing system parameter): {}", missing.join(", ")),
        ));
    }

    for (name, expected) in [("format", "xml"), ("v", "1.0"), ("sign_method", "md5")] {
        if get(name) != expected {
            return Err((
                ErrorCode::BadFixedParameter,
                format!("参数错误 (bad {name}): expected {expected:?}, got {:?}", get(name)),
            ));
        }
    }

    if get("app_key") != config.app_key {
        return Err((ErrorCode::BadCredentials, format!("app_key无效 (unknown app_key {:?})", get("app_key"))));
    }
    if get("session") != config.session {
        return Err((ErrorCode::BadCredentials, "session无效 (session does not match the configured one)".to_string()));
    }

    let timestamp = get("timestamp");
    let Some(sent) = parse_beijing(timestamp) else {
        return Err((
            ErrorCode::BadTimestamp,
            format!("时间戳格式错误 (timestamp {timestamp:?} is not yyyy-MM-dd HH:mm:ss)"),
        ));
    };
    let skew = Utc::now().signed_duration_since(sent);
    if skew.abs() > config.max_clock_skew {
        return Err((
            ErrorCode::BadTimestamp,
            format!(
                "时间戳超出范围 (timestamp {timestamp:?}, read as Beijing time, is {}s away from now; \
                 allowed {}s)",
                skew.num_seconds(),
                config.max_clock_skew.num_seconds()
            ),
        ));
    }

    let expected = compute_sign(&config.app_secret, params);
    if get(SIGN_PARAM) != expected {
        return Err((
            ErrorCode::BadSignature,
            format!(
                "签名错误 (sign mismatch): the sign is not the upper-case MD5 of secret + string + secret, \
                 where the string is (session value left out here): {}",
                sign_preimage_body(params).replacen(get("session"), "<session>", 1)
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signature::beijing_now;

    fn valid(config: &SandboxConfig) -> BTreeMap<String, String> {
        let mut p: BTreeMap<String, String> = [
            ("app_key", config.app_key.as_str()),
            ("format", "xml"),
            ("method", "dangdang.orders.list.get"),
            ("session", config.session.as_str()),
            ("sign_method", "md5"),
            ("timestamp", &beijing_now()),
            ("v", "1.0"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let sign = compute_sign(&config.app_secret, &p);
        p.insert("sign".into(), sign);
        p
    }

    fn code_after(change: impl FnOnce(&mut BTreeMap<String, String>)) -> Option<u32> {
        let config = SandboxConfig::default();
        let mut p = valid(&config);
        change(&mut p);
        check_system_params(&config, &p).err().map(|(c, _)| c.code())
    }

    #[test]
    fn each_check() {
        assert_eq!(code_after(|_| {}), None);
        assert_eq!(code_after(|p| drop(p.remove("timestamp"))), Some(1));
        assert_eq!(code_after(|p| drop(p.insert("sign".into(), String::new()))), Some(1));
        assert_eq!(code_after(|p| drop(p.insert("sign".into(), "0".repeat(32)))), Some(2));
        assert_eq!(code_after(|p| drop(p.insert("app_key".into(), "2100000001".into()))), Some(3));
        assert_eq!(code_after(|p| drop(p.insert("session".into(), "X".into()))), Some(3));
        assert_eq!(code_after(|p| drop(p.insert("timestamp".into(), "2015-03-20 15:10:50".into()))), Some(4));
        assert_eq!(code_after(|p| drop(p.insert("timestamp".into(), "yesterday".into()))), Some(4));
        assert_eq!(code_after(|p| drop(p.insert("format".into(), "json".into()))), Some(5));
        assert_eq!(code_after(|p| drop(p.insert("v".into(), "2.0".into()))), Some(5));
        // Business parameters do not affect the signature.
        assert_eq!(code_after(|p| drop(p.insert("pageSize".into(), "20".into()))), None);
    }

    #[test]
    fn utc_timestamp_is_eight_hours_off() {
        let config = SandboxConfig::default();
        let mut p = valid(&config);
        let utc = Utc::now().format(crate::signature::TIMESTAMP_FORMAT).to_string();
        p.insert("timestamp".into(), utc);
        let sign = compute_sign(&config.app_secret, &p);
        p.insert("sign".into(), sign);
        let (code, _) = check_system_params(&config, &p).unwrap_err();
        assert_eq!(code, ErrorCode::BadTimestamp);
    }
}
