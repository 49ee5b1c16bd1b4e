//! The sync tests' gateway: the sandbox, with `dangdang.orders.list.get` answered from an
//! [`OrderBook`] that changes between page fetches. The sandbox checks every call first
//! (signature, credentials, timestamp, and the spec's rules: the window's 15-day `max_span`, the
//! allowed page sizes and states), then the book answers the page.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use dangdang_sandbox::envelope::error_response_xml;
use dangdang_sandbox::{ErrorCode, Sandbox, SandboxConfig};

use crate::order_book::{Order, OrderBook, PageAnswer, beijing_secs, beijing_text};

/// The one method the book answers.
pub const METHOD: &str = "dangdang.orders.list.get";

/// A running sandbox whose order list is `book`, stopped when dropped.
#[derive(Debug)]
pub struct SyncGateway {
    sandbox: Sandbox,
}

impl SyncGateway {
    /// Serves `book` (shared with the caller, who may read its clock or change it).
    ///
    /// # Panics
    /// When the sandbox cannot start (this is a test helper).
    pub fn start(book: Arc<Mutex<OrderBook>>) -> SyncGateway {
        let sandbox = Sandbox::start().unwrap_or_else(|err| panic!("the sandbox cannot start: {err}"));
        sandbox.answer_with(METHOD, move |params| {
            let mut book = book.lock().unwrap_or_else(PoisonError::into_inner);
            page_for(&mut book, params).unwrap_or_else(|message| {
                error_response_xml(ErrorCode::InvalidParameter.code(), &format!("sync gateway: {message}"))
            })
        });
        SyncGateway { sandbox }
    }

    /// The gateway URL, `http://127.0.0.1:PORT/openapi/rest`.
    pub fn endpoint(&self) -> String {
        self.sandbox.endpoint()
    }

    /// The credentials requests are checked against.
    pub fn config(&self) -> &SandboxConfig {
        self.sandbox.config()
    }

    /// The sandbox underneath (its recorded requests, faults).
    pub fn sandbox(&self) -> &Sandbox {
        &self.sandbox
    }
}

/// One page from the book for parameters the sandbox has validated (spec defaults filled in).
fn page_for(book: &mut OrderBook, params: &BTreeMap<String, String>) -> Result<String, String> {
    let param = |name: &str| params.get(name).map(String::as_str).filter(|v| !v.is_empty());
    let time = |name: &str| param(name).and_then(beijing_secs).ok_or(format!("{name} missing or malformed"));
    let number = |name: &str| param(name).and_then(|v| v.parse::<i64>().ok()).ok_or(format!("{name} missing"));
    let (start, end) = (time("lastModifyTime_start")?, time("lastModifyTime_end")?);
    let page = u32::try_from(number("p")?.max(1)).map_err(|_| "p out of range")?;
    let page_size = number("pageSize")?;
    let state = match number("os")? {
        9999 => None,
        code => Some(i32::try_from(code).map_err(|_| "os out of range")?),
    };
    let size = u32::try_from(page_size).map_err(|_| "pageSize out of range")?;
    let answer = book.fetch(start, end, page, size, state);
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
