//! The gateway handler: checks a request independently (system parameters, signature,
//! timestamp), validates it against the spec, applies faults, and answers from the shop.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use dangdang_codegen::model::{Method, Safety};

use crate::cache::Key;
use crate::checks::{CheckFailure, check_system_params};
use crate::clock::Clock;
use crate::config::SandboxConfig;
use crate::envelope::{ErrorCode, error_response_xml};
use crate::faults::Faults;
use crate::render::{Record, business_error_xml, response_xml};
use crate::reply::{Reply, StreamMeter};
use crate::request::ReceivedRequest;
use crate::shop::{Outcome, Shop};
use crate::spec::SpecIndex;
use crate::validate::{check_params, check_upload};
use crate::values::scalar_text;
use crate::wire::transcode_xml;

/// The gateway path; besides it the OAuth token endpoint and the admin paths are served, every
/// other path answers 404.
pub const GATEWAY_PATH: &str = "/openapi/rest";

/// What the handlers share.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) config: SandboxConfig,
    pub(crate) spec: Arc<SpecIndex>,
    pub(crate) clock: Clock,
    pub(crate) shop: Mutex<Shop>,
    pub(crate) faults: Faults,
    pub(crate) book: Mutex<Book>,
    pub(crate) meter: Arc<StreamMeter>,
    /// Time spent in [`handle`].
    pub(crate) handler_time: crate::timing::HandlerTime,
    /// Rendered replies of read methods (cleared by every write).
    pub(crate) replies: crate::cache::ReplyCache,
    /// Print one line per call on stderr (method and outcome only: never parameters or credentials).
    pub(crate) log: bool,
}

/// A test's own answer to a method's validated calls: the business parameters (spec defaults
/// filled in) to the reply's XML text (see [`crate::Sandbox::answer_with`]).
pub(crate) type Handler = dyn Fn(&BTreeMap<String, String>) -> String + Send + Sync;

/// Recorded requests, replies set by hand and handlers.
#[derive(Default)]
pub(crate) struct Book {
    pub(crate) requests: Vec<ReceivedRequest>,
    /// Replies set by hand per method, served in order; the last one repeats.
    pub(crate) overrides: HashMap<String, VecDeque<Reply>>,
    /// Answers computed by the test per method, in place of the shop's.
    pub(crate) handlers: HashMap<String, Arc<Handler>>,
}

impl std::fmt::Debug for Book {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Book")
            .field("requests", &self.requests.len())
            .field("overrides", &self.overrides.keys().collect::<Vec<_>>())
            .field("handlers", &self.handlers.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Book {
    /// The next reply set by hand for `method`: the queue's front, popped unless it is the last.
    fn next_override(&mut self, method: &str) -> Option<Reply> {
        let queue = self.overrides.get_mut(method)?;
        if queue.len() > 1 { queue.pop_front() } else { queue.front().cloned() }
    }
}

impl Shared {
    pub(crate) fn book(&self) -> MutexGuard<'_, Book> {
        self.book.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn shop(&self) -> MutexGuard<'_, Shop> {
        self.shop.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn record(&self, rec: ReceivedRequest) {
        if self.log {
            let method = rec.api_method.as_deref().unwrap_or("-");
            match (&rec.rejection, rec.error_code) {
                (None, _) => eprintln!("{} {method}: ok", rec.http_method),
                (Some(why), Some(code)) => eprintln!("{} {method}: refused {code}: {why}", rec.http_method),
                (Some(why), None) => eprintln!("{} {method}: {why}", rec.http_method),
            }
        }
        self.book().requests.push(rec);
    }
}

/// The handler of [`GATEWAY_PATH`], timed.
pub(crate) async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let started = std::time::Instant::now();
    let response = handle_call(&shared, request).await;
    shared.handler_time.add(started.elapsed());
    response
}

async fn handle_call(shared: &Arc<Shared>, request: Request) -> Response {
    let mut rec = ReceivedRequest {
        http_method: request.method().as_str().to_string(),
        path: request.uri().path().to_string(),
        raw_query: request.uri().query().unwrap_or("").to_string(),
        content_type: request
            .headers()
            .get(header::CONTENT_TYPE)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned()),
        ..ReceivedRequest::default()
    };
    let outcome = match crate::intake::read(request, &mut rec).await {
        Ok(()) => answer(shared, &mut rec),
        Err(failure) => Err(failure),
    };
    // Before anything is recorded or logged.
    redact(&mut rec);
    match outcome {
        Ok(reply) => {
            shared.record(rec);
            match reply.render() {
                Ok(rendered) => {
                    if !rendered.delay.is_zero() {
                        tokio::time::sleep(rendered.delay).await;
                    }
                    rendered.into_response(&shared.meter)
                }
                Err(err) => bytes_response(500, "text/plain", err.into_bytes()),
            }
        }
        Err((code, message)) => {
            rec.rejection = Some(message.clone());
            rec.error_code = Some(code.code());
            shared.record(rec);
            let body = transcode_xml(&error_response_xml(code.code(), &message)).unwrap_or_default();
            bytes_response(code.http_status(), "text/xml", body)
        }
    }
}

/// The session and signature are never kept: recorded requests may end up in logs.
fn redact(rec: &mut ReceivedRequest) {
    for name in ["session", "sign"] {
        if let Some(value) = rec.system_params.get_mut(name) {
            *value = "<redacted>".to_string();
        }
    }
    rec.raw_query = rec
        .raw_query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name @ ("session" | "sign"), _)) => format!("{name}=<redacted>"),
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&");
}

/// Checks the request and decides the reply.
fn answer(shared: &Shared, rec: &mut ReceivedRequest) -> Result<Reply, CheckFailure> {
    check_system_params(&shared.config, &rec.system_params)?;
    let name = rec.api_method.clone().unwrap_or_default();
    if let Some(reply) = shared.book().next_override(&name) {
        return Ok(reply);
    }
    let Some(method) = shared.spec.method(&name) else {
        return Err((ErrorCode::UnknownMethod, format!("方法不存在 (unknown method `{name}`)")));
    };
    check_params(&shared.spec, method, &rec.business_params, &rec.repeated_params)?;
    let document = check_upload(&shared.spec, method, rec.upload.as_ref())?;
    let now = shared.clock.now();
    let business_error = |code: i64, message: &str| business_error_xml(&name, code, message, now);
    let fault = shared.faults.pick(&name);
    if let Some(fault) = fault.as_ref().filter(|f| !f.keeps_effect()) {
        rec.rejection = Some(format!("fault injected: {fault}"));
        return Ok(fault.reply("", business_error));
    }
    // A read without a fault renders the same bytes for the same parameters, shop and second; a
    // test's handler keeps state of its own (an order book changing between fetches): never cached.
    let handler = shared.book().handlers.get(&name).cloned();
    let cacheable = handler.is_none() && fault.is_none() && method.safety == Safety::Read && rec.upload.is_none();
    let key = cacheable.then(|| Key {
        method: name.clone(),
        params: rec.business_params.clone(),
        repeated: rec.repeated_params.clone(),
        second: now.timestamp(),
    });
    if let Some(body) = key.as_ref().and_then(|key| shared.replies.get(key)) {
        return Ok(Reply::Raw { status: 200, content_type: XML_TYPE.to_string(), body });
    }
    let generation = shared.replies.generation();
    let params = with_spec_defaults(method, &rec.business_params);
    let outcome = match handler {
        Some(handler) => Some(Outcome::Xml(handler(&params))),
        None => shared.shop().handle(&name, &params, document.as_ref(), now),
    };
    if method.safety == Safety::Write {
        shared.replies.clear();
    }
    let xml = match outcome {
        Some(Outcome::Xml(xml)) => xml,
        Some(Outcome::Reply(data)) => response_xml(&shared.spec, method, &data, now),
        Some(Outcome::Refused(code, message)) => business_error(code, &message),
        None => response_xml(&shared.spec, method, &Record::new(), now),
    };
    match (fault, key) {
        (Some(fault), _) => Ok(fault.reply(&xml, business_error)),
        (None, Some(key)) => match transcode_xml(&xml) {
            Ok(body) => {
                shared.replies.put(key, &body, generation);
                Ok(Reply::Raw { status: 200, content_type: XML_TYPE.to_string(), body })
            }
            Err(_) => Ok(Reply::Xml(xml)),
        },
        (None, None) => Ok(Reply::Xml(xml)),
    }
}

/// The content type of every XML reply (as [`Reply::Xml`] renders it).
const XML_TYPE: &str = "text/xml";

/// The business parameters with the spec's `default` filled in for those absent or empty (the
/// server-side defaults: `os` 101, `p` 1, `pageSize` 20, ...).
fn with_spec_defaults(method: &Method, params: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut effective = params.clone();
    for param in &method.params {
        let absent = effective.get(&param.wire).is_none_or(String::is_empty);
        if let Some(default) = param.default.as_ref().and_then(scalar_text).filter(|_| absent) {
            effective.insert(param.wire.clone(), default);
        }
    }
    effective
}

pub(crate) fn bytes_response(status: u16, content_type: &str, body: Vec<u8>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type =
        HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, content_type);
    response
}
