//! A stateful fake `dangdang.orders.list.get` over loopback HTTP: the fake gateway's checks
//! (signature, credentials, timestamp) and GBK XML, answered from an [`OrderBook`] that changes
//! between page fetches.

use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::checks::{CheckFailure, check_system_params};
use crate::envelope::{FakeErrorCode, error_response_xml};
use crate::fake_server::{FakeConfig, GATEWAY_PATH};
use crate::order_book::{Order, OrderBook, PageAnswer, beijing_secs, beijing_text};
use crate::server_thread::ServerThread;
use crate::signature::is_system_param;
use crate::wire::{parse_urlencoded, transcode_xml};

/// The one method served.
pub const METHOD: &str = "dangdang.orders.list.get";

/// The longest `lastModifyTime` window the fake accepts, in days (the EF comment's 15 days).
pub const MAX_WINDOW_DAYS: i64 = 15;

/// A running sync gateway on `127.0.0.1`, stopped when dropped.
#[derive(Debug)]
pub struct SyncGateway {
    server: ServerThread,
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    config: FakeConfig,
    book: Arc<Mutex<OrderBook>>,
}

impl SyncGateway {
    /// Serves `book` (shared with the caller, who may read its clock or change it) on a
    /// background thread.
    ///
    /// # Panics
    /// When the socket cannot be bound or the server cannot start.
    pub fn start(config: FakeConfig, book: Arc<Mutex<OrderBook>>) -> SyncGateway {
        let shared = Arc::new(Shared { config, book });
        let app = Router::new().fallback(handle).with_state(Arc::clone(&shared));
        SyncGateway { server: ServerThread::start("sync-gateway", app), shared }
    }

    /// The gateway URL, `http://127.0.0.1:PORT/openapi/rest`.
    pub fn endpoint(&self) -> String {
        format!("http://{}{GATEWAY_PATH}", self.server.addr())
    }

    /// The credentials requests are checked against.
    pub fn config(&self) -> &FakeConfig {
        &self.shared.config
    }

    /// The book, locked.
    pub fn book(&self) -> MutexGuard<'_, OrderBook> {
        self.shared.book.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let query = request.uri().query().unwrap_or("").to_owned();
    let body = match answer(&shared, &query) {
        Ok(xml) => xml,
        Err((code, message)) => error_response_xml(code.code(), &message),
    };
    match transcode_xml(&body) {
        Ok(bytes) => {
            let mut response = bytes.into_response();
            response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/xml"));
            response
        }
        Err(err) => err.into_response(),
    }
}

/// Checks the request like the fake gateway and answers one page from the book.
fn answer(shared: &Shared, query: &str) -> Result<String, CheckFailure> {
    let mut problems = Vec::new();
    let (system, business): (Vec<_>, Vec<_>) =
        parse_urlencoded(query.as_bytes(), &mut problems).into_iter().partition(|(name, _)| is_system_param(name));
    check_system_params(&shared.config, &system.into_iter().collect())?;
    let param = |name: &str| business.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str());
    let bad = |message: String| (FakeErrorCode::MalformedRequest, message);
    let time = |name: &str| {
        param(name).and_then(beijing_secs).ok_or_else(|| bad(format!("缺少或错误的 {name} (missing or malformed)")))
    };
    let (start, end) = (time("lastModifyTime_start")?, time("lastModifyTime_end")?);
    if end < start || end - start > MAX_WINDOW_DAYS * 86_400 {
        return Err(bad(format!("时间跨度错误 (the window may span at most {MAX_WINDOW_DAYS} days)")));
    }
    let number = |name: &str, default: i64| {
        param(name).map_or(Ok(default), |v| v.parse().map_err(|_| bad(format!("{name}: {v:?}"))))
    };
    let page = u32::try_from(number("p", 1)?).map_err(|_| bad("p".into()))?;
    let page_size = number("pageSize", 20)?;
    if ![5, 10, 15, 20].contains(&page_size) {
        return Err(bad(format!("pageSize must be 5, 10, 15 or 20, got {page_size}")));
    }
    let state = match number("os", 101)? {
        9999 => None,
        code => Some(i32::try_from(code).map_err(|_| bad("os".into()))?),
    };
    let mut book = shared.book.lock().unwrap_or_else(PoisonError::into_inner);
    let answer = book.fetch(start, end, page.max(1), page_size as u32, state);
    Ok(page_xml(&answer, page, page_size, &beijing_text(book.now())))
}

/// The `<response>` of one page.
fn page_xml(answer: &PageAnswer, page: u32, page_size: i64, now: &str) -> String {
    let orders: String = answer.orders.iter().map(order_xml).collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"GBK\"?><response><functionID>{METHOD}</functionID><time>{now}</time>\
         <totalInfo><orderCount>{}</orderCount><pageSize>{page_size}</pageSize><pageTotal>{}</pageTotal>\
         <currentPage>{page}</currentPage></totalInfo><OrdersList>{orders}</OrdersList></response>",
        answer.total_records, answer.total_pages
    )
}

fn order_xml(order: &Order) -> String {
    format!(
        "<OrderInfo><orderID>{}</orderID><consigneeName>收货人{}</consigneeName><lastModifyTime>{}</lastModifyTime>\
         <orderState>{}</orderState></OrderInfo>",
        order.id,
        order.id % 1000,
        beijing_text(order.modified),
        order.state
    )
}
