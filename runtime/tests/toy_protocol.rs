//! The runtime with a protocol that is not Dangdang's: a JSON toy in Wangdian's shape (status codes
//! in the body, throttles as a status with a message, pages from 0 with a record total), against a
//! loopback HTTP server. Shows the runtime acts only on the protocol's classification.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use futures_util::StreamExt;
use open_platform_runtime::{
    Call, Client, ClientBuilder, Error, Method, MethodInfo, Paged, Paginate, Params, Protocol, Provenance, RawBody,
    RetryPolicy, Safety, SendRequest, Target, Total, Transport, Verdict,
};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A JSON protocol: `status` 0 is success, 100 with a rate-limit message is a throttle.
#[derive(Debug)]
struct Toy;

impl Protocol for Toy {
    fn name(&self) -> &'static str {
        "toy"
    }

    fn encode(&self, call: &Call, target: Target<'_>) -> Result<reqwest::RequestBuilder, Error> {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("method", call.method());
        query.extend_pairs(call.params.iter().map(|(name, value)| (name.as_ref(), value.as_str())));
        Ok(target.http.get(format!("{}?{}", target.endpoint, query.finish())))
    }

    fn classify(&self, call: &Call, body: &RawBody) -> Verdict {
        let Ok(json) = serde_json::from_slice::<Value>(body.bytes()) else { return Verdict::Success };
        let status = json["status"].as_i64().unwrap_or(0);
        let message = json["message"].as_str().unwrap_or_default().to_owned();
        let (method, code, raw) = (call.method(), status.to_string(), body.clone());
        match status {
            0 => Verdict::Success,
            100 if message.contains("频率") => Verdict::Throttled(Error::Throttled { method, code, message, raw }),
            _ => Verdict::Failed(Error::Business { method, code, message, raw }),
        }
    }

    fn secrets(&self) -> Vec<&str> {
        Vec::new()
    }
}

/// A paged read: pages from 0, a record total in every reply.
#[derive(Debug, Clone, Default)]
struct ListThings {
    page_no: Option<i32>,
    page_size: Option<i32>,
}

#[derive(Debug)]
struct Things {
    total_count: Option<i64>,
    things: Vec<i64>,
}

impl Method for ListThings {
    type Response = Things;
    const INFO: MethodInfo = MethodInfo {
        name: "toy.things.query",
        legacy_url: None,
        rust_name: "things_query",
        group: "toy",
        transport: Transport::Get,
        safety: Safety::Read,
        provenance: Provenance::Documented,
        upload_field: None,
        typed_response: true,
    };

    fn write(&self, params: &mut Params) -> Result<(), Error> {
        params.opt("page_no", &self.page_no);
        params.opt("page_size", &self.page_size);
        Ok(())
    }

    fn decode(body: &RawBody) -> Result<Things, Error> {
        let decode_error =
            |message: String| Error::Decode { method: Self::INFO.name, path: ".".into(), message, raw: body.clone() };
        let json: Value = serde_json::from_slice(body.bytes()).map_err(|error| decode_error(error.to_string()))?;
        let things = json["data"]["things"].as_array().ok_or_else(|| decode_error("no data.things".into()))?;
        Ok(Things {
            total_count: json["data"]["total_count"].as_i64(),
            things: things.iter().filter_map(Value::as_i64).collect(),
        })
    }
}

impl Paged for ListThings {
    type Item = i64;
    const FIRST_PAGE: i32 = 0;

    fn page(&self) -> Option<i32> {
        self.page_no
    }

    fn set_page(&mut self, page: i32) {
        self.page_no = Some(page);
    }

    fn page_size(&self) -> Option<i32> {
        self.page_size
    }

    fn total(response: &Things) -> Total {
        Total::records(response.total_count)
    }

    fn items(response: &mut Things) -> &mut Vec<i64> {
        &mut response.things
    }
}

/// A one-connection-at-a-time HTTP server that answers with `script` in order, then with `fallback`
/// computed from the request's query; records every request line.
struct Server {
    endpoint: String,
    seen: Arc<Mutex<Vec<String>>>,
}

async fn serve(script: Vec<String>, fallback: fn(&str) -> String) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let endpoint = format!("http://{}/api", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let mut script = VecDeque::from(script);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && socket.read(&mut byte).await.unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            let line = String::from_utf8_lossy(&head).lines().next().unwrap_or_default().to_owned();
            log.lock().unwrap().push(line.clone());
            let body = script.pop_front().unwrap_or_else(|| fallback(&line));
            let reply = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(reply.as_bytes()).await;
        }
    });
    Server { endpoint, seen }
}

/// Five things, two per page: pages 0, 1, 2.
fn paged_reply(line: &str) -> String {
    let page: i64 =
        line.split("page_no=").nth(1).and_then(|rest| rest.split(['&', ' ']).next()?.parse().ok()).unwrap_or(0);
    let things: Vec<i64> = (page * 2..(page * 2 + 2).min(5)).collect();
    format!(r#"{{"status":0,"data":{{"total_count":5,"things":{things:?}}}}}"#)
}

fn client(endpoint: &str) -> Client {
    let builder: ClientBuilder = ClientBuilder::new(Arc::new(Toy), endpoint);
    builder
        .retry(RetryPolicy { initial_backoff: std::time::Duration::from_millis(1), ..RetryPolicy::default() })
        .build()
        .unwrap()
}

const THROTTLE: &str = r#"{"status":100,"message":"超过每分钟最大调用频率限制，请稍后重试"}"#;

#[tokio::test]
async fn a_walk_from_page_zero_ends_at_the_record_total_after_a_throttle_is_retried() {
    let server = serve(vec![THROTTLE.to_owned()], paged_reply).await;
    let client = client(&server.endpoint);
    let request = ListThings { page_no: None, page_size: Some(2) };
    let things: Vec<i64> = request.items(&client).map(Result::unwrap).collect().await;
    assert_eq!(things, [0, 1, 2, 3, 4]);
    let seen = server.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 4, "one throttled attempt, then pages 0, 1, 2: {seen:?}");
    assert!(seen[0].contains("page_no=0") && seen[1].contains("page_no=0") && seen[3].contains("page_no=2"));
}

#[tokio::test]
async fn failures_are_not_retried_and_throttles_end_as_their_own_error() {
    let failed = r#"{"status":5,"message":"权限不足"}"#.to_owned();
    let server = serve(vec![failed], paged_reply).await;
    let error = ListThings::default().send(&client(&server.endpoint)).await.unwrap_err();
    assert!(matches!(&error, Error::Business { code, .. } if code == "5"), "{error:?}");
    assert_eq!(server.seen.lock().unwrap().len(), 1);

    let server = serve(vec![THROTTLE.to_owned(); 3], paged_reply).await;
    let error = ListThings::default().send(&client(&server.endpoint)).await.unwrap_err();
    assert!(
        matches!(&error, Error::Throttled { code, raw, .. } if code == "100" && !raw.bytes().is_empty()),
        "{error:?}"
    );
    assert_eq!(server.seen.lock().unwrap().len(), 3, "the policy's three attempts");
}

#[tokio::test]
async fn a_raw_call_goes_through_the_same_runtime() {
    let server = serve(vec![r#"{"status":0,"data":{"things":[7]}}"#.to_owned()], paged_reply).await;
    let call = Call::raw("toy.anything", Transport::Get, Safety::Write, vec![(Cow::Borrowed("x"), "1".to_owned())]);
    let body = client(&server.endpoint).execute(call).await.unwrap();
    assert_eq!(body.text_lossy(), r#"{"status":0,"data":{"things":[7]}}"#);
    assert!(server.seen.lock().unwrap()[0].contains("method=toy.anything&x=1"));
}
