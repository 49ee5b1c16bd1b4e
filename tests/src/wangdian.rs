//! The loopback fake Wangdian (旺店通旗舰版) gateway: a real HTTP server on `127.0.0.1:0` with its
//! own thread and runtime, its own signing code ([`crate::wangdian_signature`]) and checks
//! ([`crate::wangdian_checks`]), answering with scripted replies ([`WangdianReply`]).

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::json;
use tokio::sync::oneshot;

use crate::wangdian_checks::{Incoming, STATUS_APPLICATION, WangdianConfig, check};
use crate::wangdian_reply::WangdianReply;
use crate::wangdian_signature::{SIGN_PARAM, compute_sign, timestamp_now};

/// The gateway path (`http://wdt.wangdian.cn/openapi`); every other path answers 404.
pub const GATEWAY_PATH: &str = "/openapi";

/// Largest request body read (8 MiB).
pub const BODY_LIMIT: usize = 8 * 1024 * 1024;

/// One request as the fake saw it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WangdianRequest {
    /// HTTP verb.
    pub verb: String,
    /// Path.
    pub path: String,
    /// `Content-Type`, if any.
    pub content_type: Option<String>,
    /// The raw query string, still percent-encoded.
    pub raw_query: String,
    /// Query parameters, percent-decoded (the first of a repeated name; repeats are a refusal).
    pub query: BTreeMap<String, String>,
    /// The body as text.
    pub body: String,
    /// `None` when the request passed every check; else the status and message answered.
    pub refusal: Option<(i64, String)>,
}

impl WangdianRequest {
    /// The `method` query parameter.
    pub fn method(&self) -> Option<&str> {
        self.query.get("method").map(String::as_str)
    }

    /// A query parameter.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query.get(name).map(String::as_str)
    }
}

#[derive(Debug, Default)]
struct Book {
    replies: HashMap<String, VecDeque<WangdianReply>>,
    paged: BTreeSet<String>,
    requests: Vec<WangdianRequest>,
}

#[derive(Debug)]
struct Shared {
    config: WangdianConfig,
    book: Mutex<Book>,
}

impl Shared {
    fn book(&self) -> MutexGuard<'_, Book> {
        self.book.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running fake Wangdian gateway, stopped when dropped.
#[derive(Debug)]
pub struct FakeWangdian {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl FakeWangdian {
    /// Binds `127.0.0.1:0` and serves on a background thread (works from async and blocking tests).
    ///
    /// # Panics
    /// When the socket cannot be bound or the server cannot start.
    pub fn start(config: WangdianConfig) -> FakeWangdian {
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0))
            .and_then(|listener| listener.set_nonblocking(true).map(|()| listener))
            .unwrap_or_else(|err| panic!("fake Wangdian: cannot bind 127.0.0.1:0: {err}"));
        let addr = listener.local_addr().unwrap_or_else(|err| panic!("fake Wangdian: no local address: {err}"));
        let shared = Arc::new(Shared { config, book: Mutex::default() });
        let app = Router::new().fallback(handle).with_state(Arc::clone(&shared));
        let (shutdown_tx, shutdown_rx) = oneshot::channel();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name(format!("fake-wangdian-{}", addr.port()))
            .spawn(move || dangdang_sandbox::serve(listener, app, shutdown_rx, ready_tx))
            .unwrap_or_else(|err| panic!("fake Wangdian: cannot spawn the server thread: {err}"));
        match ready_rx.recv() {
            Ok(Ok(())) => {}
            Ok(Err(err)) => panic!("fake Wangdian: server failed to start: {err}"),
            Err(_) => panic!("fake Wangdian: server thread died while starting"),
        }
        FakeWangdian { addr, shared, shutdown: Some(shutdown_tx), thread: Some(thread) }
    }

    /// The gateway URL, `http://127.0.0.1:PORT/openapi`.
    pub fn endpoint(&self) -> String {
        format!("http://{}{GATEWAY_PATH}", self.addr)
    }

    /// The socket address the fake listens on (for a TLS front: [`crate::TlsProxy`]).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The configuration requests are checked against.
    pub fn config(&self) -> &WangdianConfig {
        &self.shared.config
    }

    /// The reply for every call of `method` until replaced.
    pub fn respond(&self, method: &str, reply: WangdianReply) {
        self.respond_sequence(method, vec![reply]);
    }

    /// Replies served in order, one per accepted call; the last one repeats. A [`WangdianReply::Pages`]
    /// reply marks the method as paged (calls without the pager are refused, status 100).
    pub fn respond_sequence(&self, method: &str, replies: Vec<WangdianReply>) {
        let mut book = self.shared.book();
        if replies.iter().any(|reply| matches!(reply, WangdianReply::Pages { .. })) {
            book.paged.insert(method.to_owned());
        }
        book.replies.insert(method.to_owned(), replies.into());
    }

    /// Calls of `method` must carry `page_no` and `page_size` (status 100 otherwise).
    pub fn require_pager(&self, method: &str) {
        self.shared.book().paged.insert(method.to_owned());
    }

    /// Every request received, in order (refused ones included).
    pub fn requests(&self) -> Vec<WangdianRequest> {
        self.shared.book().requests.clone()
    }

    /// A correctly signed, percent-encoded query string (now, the configured credentials) for
    /// `method` with `pager` parameters and `body`, for hand-made requests.
    pub fn signed_query(&self, method: &str, pager: &[(&str, &str)], body: &str) -> String {
        let config = &self.shared.config;
        let timestamp = timestamp_now().to_string();
        let mut query: BTreeMap<String, String> = [
            ("sid", config.sid.as_str()),
            ("key", &config.app_key),
            ("salt", &config.salt),
            ("method", method),
            ("v", "1.0"),
            ("timestamp", &timestamp),
        ]
        .iter()
        .chain(pager)
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
        let sign = compute_sign(&config.secret, &query, body);
        query.insert(SIGN_PARAM.into(), sign);
        form_urlencoded::Serializer::new(String::new()).extend_pairs(&query).finish()
    }
}

impl Drop for FakeWangdian {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Records the request, checks it, answers with the next reply or the refusal's envelope.
async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let mut seen = WangdianRequest {
        verb: parts.method.as_str().to_owned(),
        path: parts.uri.path().to_owned(),
        content_type: parts.headers.get(header::CONTENT_TYPE).map(|v| String::from_utf8_lossy(v.as_bytes()).into()),
        raw_query: parts.uri.query().unwrap_or("").to_owned(),
        ..WangdianRequest::default()
    };
    if seen.path != GATEWAY_PATH {
        seen.refusal = Some((404, "unknown path".into()));
        shared.book().requests.push(seen);
        return response(404, "text/plain", b"404 Not Found".to_vec());
    }
    let bytes = axum::body::to_bytes(body, BODY_LIMIT).await.unwrap_or_default();
    seen.body = String::from_utf8_lossy(&bytes).into_owned();
    let mut repeated = None;
    for (name, value) in form_urlencoded::parse(seen.raw_query.as_bytes()) {
        if seen.query.insert(name.to_string(), value.to_string()).is_some() {
            repeated = Some(name.to_string());
        }
    }
    let paged = seen.method().is_some_and(|method| shared.book().paged.contains(method));
    let now = timestamp_now() + shared.config.clock_offset_secs;
    let incoming = Incoming {
        verb: &seen.verb,
        content_type: seen.content_type.as_deref(),
        query: &seen.query,
        body: &seen.body,
        paged,
        now,
    };
    let outcome = match repeated {
        Some(name) => Err((1, format!("参数重复 {name}"))),
        None => check(&shared.config, incoming).and_then(|()| next_reply(&shared, seen.method().unwrap_or(""))),
    };
    let reply = match outcome {
        Ok(reply) => reply.render(&seen.query),
        Err((status, message)) => {
            seen.refusal = Some((status, message.clone()));
            (200, "application/json".into(), json!({ "status": status, "message": message }).to_string().into())
        }
    };
    shared.book().requests.push(seen);
    let (status, content_type, body) = reply;
    response(status, &content_type, body)
}

fn next_reply(shared: &Shared, method: &str) -> Result<WangdianReply, (i64, String)> {
    let mut book = shared.book();
    let reply = match book.replies.get_mut(method) {
        Some(queue) if queue.len() > 1 => queue.pop_front(),
        Some(queue) => queue.front().cloned(),
        None => None,
    };
    reply.ok_or_else(|| (STATUS_APPLICATION, format!("fake: no reply configured for {method}")))
}

fn response(status: u16, content_type: &str, body: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type = HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("text/plain"));
    response.headers_mut().insert(header::CONTENT_TYPE, content_type);
    response
}
