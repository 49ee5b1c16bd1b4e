//! Tests of the lenient readers, through a struct shaped exactly as generated responses are.

use serde::Deserialize;

use crate::{BeijingTime, Decimal, Personal};

/// As the generator emits a response row (design §2).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
struct Row {
    #[serde(rename = "trade_id", default, deserialize_with = "crate::json::de::opt")]
    trade_id: Option<i64>,
    #[serde(rename = "type", default, deserialize_with = "crate::json::de::opt")]
    kind: Option<i32>,
    #[serde(rename = "paid", default, deserialize_with = "crate::json::de::opt")]
    paid: Option<Decimal>,
    #[serde(rename = "receiver_name", default, deserialize_with = "crate::json::de::opt")]
    receiver_name: Option<Personal>,
    #[serde(rename = "remark", default, deserialize_with = "crate::json::de::opt")]
    remark: Option<String>,
    #[serde(rename = "modified", default, deserialize_with = "crate::json::de::opt_time")]
    modified: Option<BeijingTime>,
    #[serde(rename = "is_disabled", default, deserialize_with = "crate::json::de::opt_bool")]
    is_disabled: Option<bool>,
    #[serde(rename = "warehouse_no", deserialize_with = "crate::json::de::req")]
    warehouse_no: String,
    #[serde(rename = "created", deserialize_with = "crate::json::de::req_time")]
    created: BeijingTime,
    #[serde(rename = "detail_list", default, deserialize_with = "crate::json::de::list")]
    detail_list: Vec<Detail>,
    #[serde(rename = "ids", default, deserialize_with = "crate::json::de::scalar_list")]
    ids: Vec<i64>,
    #[serde(default)]
    extra: Option<Detail>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[non_exhaustive]
struct Detail {
    #[serde(rename = "num", default, deserialize_with = "crate::json::de::opt")]
    num: Option<Decimal>,
}

fn row(json: &str) -> Result<Row, String> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| format!("{} at {}", error.inner(), error.path()))
}

fn time(text: &str) -> BeijingTime {
    text.parse().unwrap()
}

const MINIMAL: &str = r#""warehouse_no":"wdtapi3-test","created":"2021-11-26 17:02:21""#;

#[test]
fn times_are_strings_or_epoch_milliseconds() {
    let as_number = row(&format!(r#"{{{MINIMAL},"modified":1675088001000}}"#)).unwrap();
    assert_eq!(as_number.modified, Some(time("2023-01-30 22:13:21")));
    let as_digits = row(&format!(r#"{{{MINIMAL},"modified":"1675088001000"}}"#)).unwrap();
    assert_eq!(as_digits.modified, as_number.modified);
    let as_float = row(&format!(r#"{{{MINIMAL},"modified":1.675088001e12}}"#)).unwrap();
    assert_eq!(as_float.modified, as_number.modified);
    let as_text = row(&format!(r#"{{{MINIMAL},"modified":"2020-10-19 00:00:00"}}"#)).unwrap();
    assert_eq!(as_text.modified, Some(time("2020-10-19 00:00:00")));
    assert_eq!(as_text.created, time("2021-11-26 17:02:21"));
    for empty in ["null", r#""""#, r#"" ""#] {
        assert_eq!(row(&format!(r#"{{{MINIMAL},"modified":{empty}}}"#)).unwrap().modified, None, "{empty}");
    }
    let created_ms = row(r#"{"warehouse_no":"w","created":1631861379000}"#).unwrap();
    assert_eq!(created_ms.created, time("2021-09-17 14:49:39"));
    for bad in ["true", r#""2020-13-01 00:00:00""#, r#""yesterday""#, "99999999999999999999", "-5"] {
        let error = row(&format!(r#"{{{MINIMAL},"modified":{bad}}}"#)).unwrap_err();
        assert!(error.ends_with("at modified"), "{bad}: {error}");
    }
    assert!(row(r#"{"warehouse_no":"w","created":null}"#).unwrap_err().contains("at created"));
    assert!(row(r#"{"warehouse_no":"w"}"#).unwrap_err().contains("missing field `created`"));
}

#[test]
fn decimals_come_exact_from_numbers_and_strings() {
    for (json, cents) in [("19.9", 1990), (r#""19.90""#, 1990), ("0.2", 20), ("7", 700), (r#"" 3.5 ""#, 350)] {
        let parsed = row(&format!(r#"{{{MINIMAL},"paid":{json}}}"#)).unwrap();
        assert_eq!(parsed.paid.map(|paid| paid * Decimal::from(100)), Some(Decimal::from(cents)), "{json}");
    }
    assert_eq!(row(&format!(r#"{{{MINIMAL},"paid":""}}"#)).unwrap().paid, None);
    assert!(row(&format!(r#"{{{MINIMAL},"paid":"abc"}}"#)).unwrap_err().ends_with("at paid"));
}

#[test]
fn integers_are_lenient_about_their_spelling() {
    for json in ["624", r#""624""#, "624.0", r#"" 624 ""#] {
        let parsed = row(&format!(r#"{{{MINIMAL},"trade_id":{json},"type":{json}}}"#)).unwrap();
        assert_eq!((parsed.trade_id, parsed.kind), (Some(624), Some(624)), "{json}");
    }
    assert!(row(&format!(r#"{{{MINIMAL},"type":6.5}}"#)).unwrap_err().ends_with("at type"));
    assert!(row(&format!(r#"{{{MINIMAL},"type":99999999999}}"#)).unwrap_err().ends_with("at type"));
    assert!(row(&format!(r#"{{{MINIMAL},"type":[1]}}"#)).unwrap_err().ends_with("at type"));
    assert!(row(&format!(r#"{{{MINIMAL},"type":{{}}}}"#)).unwrap_err().ends_with("at type"));
}

#[test]
fn flags_take_booleans_and_zero_one() {
    for (json, flag) in [("true", Some(true)), ("0", Some(false)), (r#""1""#, Some(true)), (r#""FALSE""#, Some(false))]
    {
        assert_eq!(row(&format!(r#"{{{MINIMAL},"is_disabled":{json}}}"#)).unwrap().is_disabled, flag, "{json}");
    }
    assert_eq!(row(&format!(r#"{{{MINIMAL},"is_disabled":null}}"#)).unwrap().is_disabled, None);
    for bad in ["2", r#""yes""#] {
        assert!(row(&format!(r#"{{{MINIMAL},"is_disabled":{bad}}}"#)).unwrap_err().ends_with("at is_disabled"));
    }
}

#[test]
fn lists_may_be_null_missing_or_empty_strings() {
    for json in ["null", r#""""#, "[]"] {
        let parsed = row(&format!(r#"{{{MINIMAL},"detail_list":{json},"ids":{json}}}"#)).unwrap();
        assert!(parsed.detail_list.is_empty() && parsed.ids.is_empty(), "{json}");
    }
    assert!(row(&format!("{{{MINIMAL}}}")).unwrap().detail_list.is_empty());
    let parsed =
        row(&format!(r#"{{{MINIMAL},"detail_list":[{{"num":"2"}},null,{{}}],"ids":["1",2,null,""]}}"#)).unwrap();
    assert_eq!(parsed.detail_list.len(), 2);
    assert_eq!(parsed.detail_list[0].num, Some(Decimal::from(2)));
    assert_eq!(parsed.ids, vec![1, 2]);
    let error = row(&format!(r#"{{{MINIMAL},"detail_list":[{{"num":1}},{{"num":"x"}}]}}"#)).unwrap_err();
    assert!(error.ends_with("at detail_list[1].num"), "{error}");
    assert!(row(&format!(r#"{{{MINIMAL},"detail_list":"oops"}}"#)).is_err());
    assert_eq!(row(&format!(r#"{{{MINIMAL},"extra":null}}"#)).unwrap().extra, None);
}

#[test]
fn strings_take_numbers_and_keep_chinese_text() {
    let parsed = row(&format!(r#"{{{MINIMAL},"remark":12,"receiver_name":"张三"}}"#)).unwrap();
    assert_eq!(parsed.remark.as_deref(), Some("12"));
    assert_eq!(parsed.receiver_name.as_ref().map(Personal::expose), Some("张三"));
    assert!(!format!("{parsed:?}").contains("张三"));
    let empty_required = row(r#"{"warehouse_no":"","created":"2021-11-26 17:02:21"}"#).unwrap();
    assert_eq!(empty_required.warehouse_no, "");
}

#[test]
fn messages_never_repeat_the_value() {
    let phone = "13800138000";
    for json in [
        format!(r#"{{{MINIMAL},"type":"{phone}x"}}"#),
        format!(r#"{{{MINIMAL},"paid":"张三{phone}"}}"#),
        format!(r#"{{{MINIMAL},"modified":"张三{phone}"}}"#),
        format!(r#"{{{MINIMAL},"is_disabled":"{phone}"}}"#),
        format!(r#"{{{MINIMAL},"detail_list":"{phone}"}}"#),
    ] {
        let error = row(&json).unwrap_err();
        assert!(!error.contains(phone) && !error.contains("张三"), "{error}");
    }
}
