//! The loopback fake Dangdang gateway: a real HTTP server on its own thread and tokio runtime.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use axum::routing::any;
use tokio::sync::oneshot;

use crate::checks::{CheckFailure, check_system_params};
use crate::envelope::{FakeErrorCode, error_response_xml};
use crate::oauth::{FakeOAuth, TOKEN_PATH, handle_token};
use crate::reply::{Reply, StreamMeter};
use crate::request::{ReceivedRequest, UploadedFile};
use crate::signature::{beijing_now, compute_sign, is_system_param};
use crate::wire::{decode_gbk, decode_xml_bytes, parse_urlencoded, percent_encode_gbk, transcode_xml};

/// The gateway path; besides it only the OAuth token endpoint ([`TOKEN_PATH`]) is served, every
/// other path answers 404.
pub const GATEWAY_PATH: &str = "/openapi/rest";

/// Largest request body the fake accepts (25 MB); larger ones get code 6 with HTTP 413.
pub const BODY_LIMIT: usize = 25 * 1024 * 1024;

/// Upload field names known from the protocol reference. A multipart part is the file part when
/// it has a `filename`, or is named like one of these, or has a `Content-Type` other than
/// `text/plain` (system parameters are always text).
pub const KNOWN_UPLOAD_FIELDS: [&str; 10] = [
    "addItems",
    "updateItemsDetail",
    "multiItemsStock",
    "multiItemsInfo",
    "updateMultiItemsStatus",
    "setItemsPics",
    "sendGoods",
    "updateReturnExchangeOrdersApprStatus",
    "updateMultiOrdersDistriStatus",
    "answerQA",
];

/// Credentials and tolerances of the fake gateway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FakeConfig {
    /// The only `app_key` accepted.
    pub app_key: String,
    /// The secret used to verify `sign`.
    pub app_secret: String,
    /// The only `session` (access token) accepted.
    pub session: String,
    /// How far `timestamp` (read as Beijing time) may be from the server's clock, either way.
    pub max_clock_skew: chrono::Duration,
}

impl Default for FakeConfig {
    /// The credentials of the protocol reference's signature test vector 1, and 10 minutes of skew.
    fn default() -> Self {
        FakeConfig {
            app_key: "2100000000".to_string(),
            app_secret: "TESTSECRET0123456789ABCDEFABCDEF".to_string(),
            session: "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789".to_string(),
            max_clock_skew: chrono::Duration::minutes(10),
        }
    }
}

/// A running fake gateway on `127.0.0.1`, stopped when dropped.
#[derive(Debug)]
pub struct FakeDangdang {
    addr: SocketAddr,
    shared: Arc<Shared>,
    oauth: Arc<FakeOAuth>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

#[derive(Debug)]
struct Shared {
    config: FakeConfig,
    book: Mutex<Book>,
    meter: Arc<StreamMeter>,
}

#[derive(Debug, Default)]
struct Book {
    replies: HashMap<String, VecDeque<Reply>>,
    requests: Vec<ReceivedRequest>,
}

impl Shared {
    fn book(&self) -> MutexGuard<'_, Book> {
        self.book.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn record(&self, request: ReceivedRequest) {
        self.book().requests.push(request);
    }

    fn next_reply(&self, api_method: &str) -> Option<Reply> {
        let mut book = self.book();
        let queue = book.replies.get_mut(api_method)?;
        if queue.len() > 1 { queue.pop_front() } else { queue.front().cloned() }
    }
}

impl FakeDangdang {
    /// Binds `127.0.0.1:0` and serves on a dedicated background thread with its own tokio
    /// runtime, so it works from both `#[tokio::test]` and plain blocking `#[test]` code.
    /// Shuts down on drop.
    ///
    /// # Panics
    /// When the socket cannot be bound or the runtime cannot start.
    pub fn start(config: FakeConfig) -> FakeDangdang {
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0))
            .unwrap_or_else(|err| panic!("fake Dangdang: cannot bind 127.0.0.1:0: {err}"));
        let addr = listener.local_addr().unwrap_or_else(|err| panic!("fake Dangdang: no local address: {err}"));
        listener.set_nonblocking(true).unwrap_or_else(|err| panic!("fake Dangdang: cannot set non-blocking: {err}"));

        let oauth = Arc::new(FakeOAuth::new(config.clone()));
        let shared = Arc::new(Shared { config, book: Mutex::default(), meter: Arc::default() });
        let app = Router::new()
            .route(TOKEN_PATH, any(handle_token).with_state(Arc::clone(&oauth)))
            .fallback(handle)
            .layer(DefaultBodyLimit::max(BODY_LIMIT))
            .with_state(Arc::clone(&shared));

        let (shutdown_tx, shutdown_rx) = oneshot::channel();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name(format!("fake-dangdang-{}", addr.port()))
            .spawn(move || serve(listener, app, shutdown_rx, ready_tx))
            .unwrap_or_else(|err| panic!("fake Dangdang: cannot spawn server thread: {err}"));
        match ready_rx.recv() {
            Ok(Ok(())) => {}
            Ok(Err(err)) => panic!("fake Dangdang: server failed to start: {err}"),
            Err(_) => panic!("fake Dangdang: server thread died while starting"),
        }

        FakeDangdang { addr, shared, oauth, shutdown: Some(shutdown_tx), thread: Some(thread) }
    }

    /// The gateway URL, `http://127.0.0.1:PORT/openapi/rest`.
    pub fn endpoint(&self) -> String {
        format!("{}{GATEWAY_PATH}", self.base_url())
    }

    /// The fake OAuth token endpoint, `http://127.0.0.1:PORT/token` (see [`crate::oauth`]).
    pub fn token_url(&self) -> String {
        format!("{}{TOKEN_PATH}", self.base_url())
    }

    /// The fake token endpoint's registrations and recorded requests (its requests are not in
    /// [`FakeDangdang::requests`]).
    pub fn oauth(&self) -> &FakeOAuth {
        &self.oauth
    }

    /// The server root, `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The socket address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The configuration the server checks requests against.
    pub fn config(&self) -> &FakeConfig {
        &self.shared.config
    }

    /// Defines the reply for an API method name (e.g. `dangdang.orders.list.get`). The same reply
    /// is served for every call to that method until replaced.
    ///
    /// # Panics
    /// When the reply cannot be served (an XML declaration naming a charset the fake cannot
    /// write, an invalid status or content type).
    pub fn respond(&self, api_method: &str, reply: Reply) {
        self.respond_sequence(api_method, vec![reply]);
    }

    /// Replies served in order, one per call (for pagination tests); when exhausted, the last one
    /// repeats. An empty list removes the method's reply (calls then get error code 9).
    ///
    /// # Panics
    /// As [`FakeDangdang::respond`].
    pub fn respond_sequence(&self, api_method: &str, replies: Vec<Reply>) {
        for (i, reply) in replies.iter().enumerate() {
            if let Err(err) = reply.render() {
                panic!("fake Dangdang: reply #{i} for {api_method} cannot be served: {err}");
            }
        }
        let mut book = self.shared.book();
        if replies.is_empty() {
            book.replies.remove(api_method);
        } else {
            book.replies.insert(api_method.to_string(), replies.into());
        }
    }

    /// Every request the server received, in order (including rejected ones).
    pub fn requests(&self) -> Vec<ReceivedRequest> {
        self.shared.book().requests.clone()
    }

    /// The requests whose `method` system parameter is `api_method`, in order.
    pub fn requests_for(&self, api_method: &str) -> Vec<ReceivedRequest> {
        self.shared.book().requests.iter().filter(|r| r.api_method.as_deref() == Some(api_method)).cloned().collect()
    }

    /// Body bytes of [`Reply::Huge`] replies handed to connections so far: what the client read,
    /// plus at most what the socket buffers hold.
    pub fn streamed_bytes(&self) -> u64 {
        self.shared.meter.bytes()
    }

    /// [`Reply::Huge`] bodies still being sent (a body is closed once finished or once its
    /// connection is gone).
    pub fn open_streams(&self) -> usize {
        self.shared.meter.open()
    }

    /// The most recent request, if any.
    pub fn last_request(&self) -> Option<ReceivedRequest> {
        self.shared.book().requests.last().cloned()
    }

    /// A correctly signed query string for `api_method` (current Beijing time, the configured
    /// credentials) followed by `business` params, every value GBK percent-encoded. Append it to
    /// [`FakeDangdang::endpoint`] after a `?` for hand-made requests.
    pub fn signed_query(&self, api_method: &str, business: &[(&str, &str)]) -> String {
        let config = &self.shared.config;
        let timestamp = beijing_now();
        let mut params: Vec<(&str, &str)> = vec![
            ("v", "1.0"),
            ("method", api_method),
            ("timestamp", &timestamp),
            ("format", "xml"),
            ("app_key", &config.app_key),
            ("sign_method", "md5"),
            ("session", &config.session),
        ];
        let signed = params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let sign = compute_sign(&config.app_secret, &signed);
        params.push(("sign", &sign));
        params.extend_from_slice(business);
        params
            .iter()
            .map(|(k, v)| format!("{}={}", percent_encode_gbk(k), percent_encode_gbk(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

impl Drop for FakeDangdang {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Body of the server thread: runs the axum server until the shutdown signal, then drops every
/// connection still open (pending delayed replies included).
pub(crate) fn serve(
    listener: std::net::TcpListener,
    app: Router,
    shutdown: oneshot::Receiver<()>,
    ready: std::sync::mpsc::Sender<Result<(), String>>,
) {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            let _ = ready.send(Err(err.to_string()));
            return;
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::from_std(listener) {
            Ok(listener) => listener,
            Err(err) => {
                let _ = ready.send(Err(err.to_string()));
                return;
            }
        };
        let _ = ready.send(Ok(()));
        tokio::select! {
            _ = async { axum::serve(listener, app).await } => {}
            _ = shutdown => {}
        }
    });
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
}

/// The single request handler: records the request, checks it, and answers.
async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
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
    if rec.path != GATEWAY_PATH {
        rec.rejection = Some(format!("unknown path {}", rec.path));
        shared.record(rec);
        return bytes_response(404, "text/plain", b"404 Not Found".to_vec());
    }
    match process(&shared, request, &mut rec).await {
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

/// Decodes the parameters into `rec`, checks them, and picks the configured reply.
async fn process(shared: &Shared, request: Request, rec: &mut ReceivedRequest) -> Result<Reply, CheckFailure> {
    let verb = request.method().clone();
    if verb != Method::GET && verb != Method::POST {
        return Err((
            FakeErrorCode::UnsupportedHttpMethod,
            format!("不支持的请求方式 (unsupported HTTP method {verb}; use GET or POST)"),
        ));
    }
    let mut pairs = parse_urlencoded(rec.raw_query.as_bytes(), &mut rec.warnings);
    let body_result = if verb == Method::POST { read_post_body(request, rec, &mut pairs).await } else { Ok(()) };
    sort_params(pairs, rec);
    body_result?;
    check_system_params(&shared.config, &rec.system_params)?;
    let api_method = rec.api_method.clone().unwrap_or_default();
    shared.next_reply(&api_method).ok_or_else(|| {
        (FakeErrorCode::NoReplyConfigured, format!("未配置应答 (the test configured no reply for method {api_method})"))
    })
}

/// Reads a POST body into `pairs` (form fields, multipart text parts) and `rec.upload`.
async fn read_post_body(
    request: Request,
    rec: &mut ReceivedRequest,
    pairs: &mut Vec<(String, String)>,
) -> Result<(), CheckFailure> {
    let declared_length = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if let Some(length) = declared_length.filter(|&n| n > BODY_LIMIT as u64) {
        return Err((
            FakeErrorCode::BodyTooLarge,
            format!("请求体过大 (Content-Length {length} exceeds {BODY_LIMIT} bytes)"),
        ));
    }
    let mime = rec
        .content_type
        .as_deref()
        .and_then(|ct| ct.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match mime.as_str() {
        "multipart/form-data" => read_multipart(request, rec, pairs).await,
        "application/x-www-form-urlencoded" => {
            let body = read_body(request).await?;
            pairs.extend(parse_urlencoded(&body, &mut rec.warnings));
            Ok(())
        }
        _ => {
            let body = read_body(request).await?;
            if body.is_empty() {
                Ok(())
            } else {
                Err((
                    FakeErrorCode::MalformedRequest,
                    format!(
                        "不支持的Content-Type (cannot read a POST body of type {:?})",
                        rec.content_type.as_deref().unwrap_or("<none>")
                    ),
                ))
            }
        }
    }
}

async fn read_body(request: Request) -> Result<Bytes, CheckFailure> {
    axum::body::to_bytes(request.into_body(), BODY_LIMIT).await.map_err(|err| {
        (FakeErrorCode::BodyTooLarge, format!("请求体过大 (body larger than {BODY_LIMIT} bytes, or unreadable: {err})"))
    })
}

async fn read_multipart(
    request: Request,
    rec: &mut ReceivedRequest,
    pairs: &mut Vec<(String, String)>,
) -> Result<(), CheckFailure> {
    let mut multipart = Multipart::from_request(request, &()).await.map_err(|err| {
        (FakeErrorCode::MalformedRequest, format!("multipart格式错误 (bad multipart request: {err})"))
    })?;
    let mut files = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(err) => return Err(multipart_failure(&err)),
        };
        let name = field.name().unwrap_or_default().to_string();
        let filename = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(str::to_string);
        let bytes = field.bytes().await.map_err(|err| multipart_failure(&err))?;
        if is_file_part(&name, filename.as_deref(), content_type.as_deref()) {
            let (text, declared_encoding, problems) = decode_xml_bytes(&bytes);
            rec.warnings.extend(problems);
            files.push(UploadedFile {
                field: name,
                filename,
                content_type,
                bytes: bytes.to_vec(),
                declared_encoding,
                text,
            });
        } else if name.is_empty() {
            rec.warnings.push("multipart text part without a name ignored".to_string());
        } else {
            let (text, lossy) = decode_gbk(&bytes);
            if lossy {
                rec.warnings.push(format!("multipart part {name:?} is not valid GBK (decoded lossily as {text:?})"));
            }
            pairs.push((name, text));
        }
    }
    let count = files.len();
    let names: Vec<String> = files.iter().map(|f| f.field.clone()).collect();
    rec.upload = files.into_iter().next();
    if count > 1 {
        return Err((
            FakeErrorCode::MalformedRequest,
            format!("文件过多 (expected at most one file part, got {count}: {})", names.join(", ")),
        ));
    }
    Ok(())
}

fn multipart_failure(err: &axum::extract::multipart::MultipartError) -> CheckFailure {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        (FakeErrorCode::BodyTooLarge, format!("请求体过大 (body larger than {BODY_LIMIT} bytes: {})", err.body_text()))
    } else {
        (FakeErrorCode::MalformedRequest, format!("multipart格式错误 (bad multipart body: {})", err.body_text()))
    }
}

/// Whether a multipart part is the uploaded file rather than a text parameter.
fn is_file_part(name: &str, filename: Option<&str>, content_type: Option<&str>) -> bool {
    if filename.is_some() {
        return true;
    }
    if is_system_param(name) {
        return false;
    }
    KNOWN_UPLOAD_FIELDS.contains(&name)
        || content_type.is_some_and(|ct| !ct.trim().to_ascii_lowercase().starts_with("text/plain"))
}

/// Splits decoded pairs into system and business parameters; the first occurrence of a name wins
/// (query before body), a later one with another value is reported in `rec.warnings`.
fn sort_params(pairs: Vec<(String, String)>, rec: &mut ReceivedRequest) {
    for (name, value) in pairs {
        let map = if is_system_param(&name) { &mut rec.system_params } else { &mut rec.business_params };
        match map.get(&name) {
            Some(first) if *first != value => {
                rec.warnings.push(format!("parameter {name:?} sent twice: kept {first:?}, ignored {value:?}"))
            }
            Some(_) => {}
            None => {
                map.insert(name, value);
            }
        }
    }
    rec.api_method = rec.system_params.get("method").cloned();
}

fn bytes_response(status: u16, content_type: &str, body: Vec<u8>) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type =
        HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(header::CONTENT_TYPE, content_type);
    response
}
