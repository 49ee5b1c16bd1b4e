//! What the fake Wangdian gateway answers to a call that passed its checks: a fixture from the
//! docs' published examples, a scripted envelope (throttle, errors), raw bytes, or a page cut
//! from a list by the request's `page_no` (from 0) and `page_size`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::{Value, json};

/// Where the list of a [`WangdianReply::Pages`] reply sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListAt {
    /// `{"data": {"<field>": [...], "total_count": N}}` (most paged queries).
    Data(String),
    /// `{"total": N, "data": [...]}` (`sales.LogisticsSync.getSyncListExt` and a few more).
    TopLevel,
}

/// One reply of the fake Wangdian gateway.
#[derive(Debug, Clone, PartialEq)]
pub enum WangdianReply {
    /// A JSON text served as is (HTTP 200, `application/json`).
    Json(String),
    /// Bytes with the given HTTP status and content type (fault injection).
    Raw {
        /// HTTP status code.
        status: u16,
        /// `Content-Type`.
        content_type: String,
        /// The body.
        body: Vec<u8>,
    },
    /// The page the request asks for, cut from `items`; the total is stated when the request has
    /// `calc_total=1`.
    Pages {
        /// Where the list goes.
        at: ListAt,
        /// Every record of the walk.
        items: Vec<Value>,
    },
}

impl WangdianReply {
    /// A fixture file of `tests/fixtures/wangdian` (the doc's published examples), served as is.
    ///
    /// # Panics
    /// When the file cannot be read (a test bug).
    pub fn fixture(name: &str) -> WangdianReply {
        WangdianReply::Json(fixture_text(name))
    }

    /// An envelope with a non-zero status.
    pub fn status(status: i64, message: &str) -> WangdianReply {
        WangdianReply::Json(json!({ "status": status, "message": message }).to_string())
    }

    /// The per-minute rate limit (status 100), as the gateway words it.
    pub fn throttle() -> WangdianReply {
        WangdianReply::status(100, "超过每分钟最大调用频率限制，请稍后重试")
    }

    /// The body for a request with `query`: `(HTTP status, content type, body)`.
    pub fn render(&self, query: &BTreeMap<String, String>) -> (u16, String, Vec<u8>) {
        match self {
            WangdianReply::Json(text) => (200, "application/json".into(), text.clone().into_bytes()),
            WangdianReply::Raw { status, content_type, body } => (*status, content_type.clone(), body.clone()),
            WangdianReply::Pages { at, items } => {
                (200, "application/json".into(), page(at, items, query).to_string().into_bytes())
            }
        }
    }
}

/// The text of a fixture file.
///
/// # Panics
/// When the file cannot be read (a test bug).
pub fn fixture_text(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "fixtures", "wangdian", name].iter().collect();
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("fixture {}: {error}", path.display()))
}

/// The envelope of one page of `items`: `page_no` counts from 0; a page past the end is empty.
fn page(at: &ListAt, items: &[Value], query: &BTreeMap<String, String>) -> Value {
    let number = |name: &str| query.get(name).and_then(|value| value.parse::<usize>().ok());
    let (page_no, size) = (number("page_no").unwrap_or(0), number("page_size").unwrap_or(items.len().max(1)));
    let start = page_no.saturating_mul(size).min(items.len());
    let rows = Value::Array(items[start..start.saturating_add(size).min(items.len())].to_vec());
    let total = (query.get("calc_total").map(String::as_str) == Some("1")).then_some(items.len());
    match at {
        ListAt::Data(field) => {
            let mut data = serde_json::Map::new();
            data.insert(field.clone(), rows);
            if let Some(total) = total {
                data.insert("total_count".into(), json!(total));
            }
            json!({ "status": 0, "data": data })
        }
        ListAt::TopLevel => match total {
            Some(total) => json!({ "status": 0, "total": total, "data": rows }),
            None => json!({ "status": 0, "data": rows }),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query(page_no: &str, size: &str) -> BTreeMap<String, String> {
        [("page_no", page_no), ("page_size", size), ("calc_total", "1")]
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect()
    }

    #[test]
    fn pages_count_from_zero() {
        let items: Vec<Value> = (0..5).map(|i| json!({ "id": i })).collect();
        let reply = WangdianReply::Pages { at: ListAt::Data("details".into()), items };
        let body = |page_no| serde_json::from_slice::<Value>(&reply.render(&query(page_no, "2")).2).unwrap();
        assert_eq!(body("0")["data"]["details"], json!([{ "id": 0 }, { "id": 1 }]));
        assert_eq!(body("2")["data"]["details"], json!([{ "id": 4 }]));
        assert_eq!(body("3")["data"]["details"], json!([]));
        assert_eq!(body("0")["data"]["total_count"], json!(5));
    }

    #[test]
    fn every_fixture_is_json_but_the_one_published_broken() {
        let dir: PathBuf = [env!("CARGO_MANIFEST_DIR"), "fixtures", "wangdian"].iter().collect();
        let mut count = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name.ends_with(".json") {
                assert!(serde_json::from_str::<Value>(&fixture_text(&name)).is_ok(), "{name}");
                count += 1;
            }
        }
        // 15 request bodies, 16 success and 14 error examples (one more is published broken).
        assert_eq!(count, 45);
    }
}
