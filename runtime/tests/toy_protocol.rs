//! The runtime with a protocol that is not Dangdang's: a JSON toy in Wangdian's shape (status codes
//! in the body, throttles as a status with a message, pages from 0 with a record total), against a
//! loopback HTTP server. Shows the runtime acts only on the protocol's classification.

mod common;

use std::borrow::Cow;
use std::sync::Arc;
use std::time::Duration;

use common::{THROTTLE, Toy, serve};
use futures_util::StreamExt;
use open_platform_runtime::{
    Call, Client, ClientBuilder, Error, Method, MethodInfo, Paged, Paginate, Params, Provenance, RawBody, RetryPolicy,
    Safety, SendRequest, ShopLimit, ThrottleOutcome, Total, Transport,
};
use serde_json::Value;

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

/// Five things, two per page: pages 0, 1, 2.
fn paged_reply(line: &str) -> String {
    let page: i64 =
        line.split("page_no=").nth(1).and_then(|rest| rest.split(['&', ' ']).next()?.parse().ok()).unwrap_or(0);
    let things: Vec<i64> = (page * 2..(page * 2 + 2).min(5)).collect();
    format!(r#"{{"status":0,"data":{{"total_count":5,"things":{things:?}}}}}"#)
}

fn client(endpoint: &str) -> Client {
    let builder: ClientBuilder = ClientBuilder::new(Arc::new(Toy::default()), endpoint);
    builder
        .retry(RetryPolicy { initial_backoff: Duration::from_millis(1), ..RetryPolicy::default() })
        // A throttle closes the budget for one window: 10 ms here instead of a minute.
        .limit(ShopLimit::learned().window(Duration::from_millis(10)))
        .deadline(Duration::from_millis(300))
        .build()
        .unwrap()
}

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

    let server = serve(Vec::new(), |_| THROTTLE.to_owned()).await;
    let error = ListThings::default().send(&client(&server.endpoint)).await.unwrap_err();
    let Error::Throttled { code, raw, outcome: ThrottleOutcome::ReadGaveUp { attempts }, .. } = &error else {
        panic!("{error:?}")
    };
    assert!(code == "100" && !raw.bytes().is_empty(), "{error:?}");
    // The last attempt may still be on its way when the deadline comes (real time, a busy machine).
    let (attempts, received) = (*attempts as usize, server.count());
    assert!(attempts == received || attempts == received + 1, "{attempts} attempts, {received} received: {error}");
    assert!(attempts > 3, "throttled reads are retried until the deadline, not the policy's 3 attempts: {attempts}");
    let said = format!("throttled on all {attempts} attempts until the deadline");
    assert!(error.to_string().contains(&said), "{error}");
}

#[tokio::test]
async fn a_raw_call_goes_through_the_same_runtime() {
    let server = serve(vec![r#"{"status":0,"data":{"things":[7]}}"#.to_owned()], paged_reply).await;
    let call = Call::raw("toy.anything", Transport::Get, Safety::Write, vec![(Cow::Borrowed("x"), "1".to_owned())]);
    let body = client(&server.endpoint).execute(call).await.unwrap();
    assert_eq!(body.text_lossy(), r#"{"status":0,"data":{"things":[7]}}"#);
    assert!(server.seen.lock().unwrap()[0].contains("method=toy.anything&x=1"));
}
