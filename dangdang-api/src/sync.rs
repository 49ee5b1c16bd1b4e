//! Incremental order sync over `dangdang.orders.list.get`: the runtime's sync walker
//! ([`rt::sync`](crate::rt::sync)) reading `lastModifyTime` windows page by page.
//!
//! ```no_run
//! # async fn run(client: dangdang_api::Client, stored: Option<String>) -> Result<(), Box<dyn std::error::Error>> {
//! use dangdang_api::sync::{self, Checkpoint, SyncEvent, SyncSettings};
//! use dangdang_api::{BeijingTime, StreamExt, orders::orders_list_get};
//!
//! let from = match stored {
//!     Some(text) => text.parse::<Checkpoint>()?,
//!     None => Checkpoint::start("2026-11-01 00:00:00".parse::<BeijingTime>()?),
//! };
//! let mut run = Box::pin(sync::orders(&client, orders_list_get::Request::new(), from, &SyncSettings::new()));
//! while let Some(event) = run.next().await {
//!     match event? {
//!         SyncEvent::Record(order) => println!("{:?} is now {:?}", order.order_id, order.order_state),
//!         SyncEvent::Checkpoint(checkpoint) => println!("store {checkpoint}"),
//!     }
//! }
//! # Ok(()) }
//! ```
//!
//! The window limit is the spec's (`max_span` of `lastModifyTime_start..lastModifyTime_end`),
//! checked by the generated request: a [`SyncSettings::window`] longer than it fails with
//! [`Error::InvalidParam`] before anything is sent.

use futures_util::Stream;

use crate::orders::orders_list_get::{self, OrderInfo};
use crate::types::OrderState;
use crate::{Client, Error};

pub use crate::rt::sync::{Checkpoint, CheckpointError, SyncEvent, SyncSettings};
use crate::rt::sync::{FetchedPage, PageRequest, Version};

/// The page size asked for when `filter` sets none: the largest the method allows.
pub const DEFAULT_PAGE_SIZE: i32 = 20;

/// One run of the order sync from `from` to now minus the lag: every order changed in between
/// (each version once), a [`Checkpoint`] after each window. The stream ends when the run is
/// caught up; start the next run from the last checkpoint.
///
/// `filter` keeps its other parameters; its window and page are set per call. Without an order
/// state it asks for all states (`os=9999`: the method's default, 101, would hide an order that
/// leaves "awaiting shipment"), without a page size for [`DEFAULT_PAGE_SIZE`].
pub fn orders(
    client: &Client,
    filter: orders_list_get::Request,
    from: Checkpoint,
    settings: &SyncSettings,
) -> impl Stream<Item = Result<SyncEvent<OrderInfo>, Error>> + Send + use<> {
    let client = client.clone();
    let mut filter = filter;
    filter.order_state.get_or_insert(OrderState::All);
    let page_size = *filter.page_size.get_or_insert(DEFAULT_PAGE_SIZE);
    crate::rt::sync::run(orders_list_get::METHOD, from, settings, move |request: PageRequest| {
        let call = filter
            .clone()
            .last_modify_time_start(request.window.start)
            .last_modify_time_end(request.window.end)
            .page(i32::try_from(request.page).unwrap_or(i32::MAX));
        let client = client.clone();
        async move { page(client.send(&call).await?, request.page, page_size) }
    })
}

/// One reply as the sync reads it: the page count (from `pageTotal`, else `orderCount` and the
/// page size) and each order's version.
fn page(reply: orders_list_get::Response, page: u32, page_size: i32) -> Result<FetchedPage<OrderInfo>, Error> {
    let totals = reply.total_info.as_ref();
    let total_records = totals.and_then(|totals| totals.order_count).and_then(|count| u64::try_from(count).ok());
    let from_count = total_records.map(|count| count.div_ceil(u64::from(page_size.unsigned_abs().max(1))));
    let total_pages = match totals.and_then(|totals| totals.page_total) {
        Some(pages) => u32::try_from(pages).unwrap_or(0),
        None => from_count.map_or(0, |pages| u32::try_from(pages).unwrap_or(u32::MAX)),
    };
    if total_pages == 0 && total_records.is_none() && reply.orders_list.len() >= page_size.unsigned_abs() as usize {
        let problem = "a full page without `pageTotal` or `orderCount`: the window cannot be walked safely".into();
        return Err(pagination(page, problem));
    }
    let records = reply
        .orders_list
        .into_iter()
        .enumerate()
        .map(|(row, order)| Ok((version(&order).ok_or_else(|| missing(page, row))?, order)))
        .collect::<Result<_, Error>>()?;
    Ok(FetchedPage { total_pages, total_records, records })
}

/// The order's version: its id and `lastModifyTime` (a row without one cannot be placed).
fn version(order: &OrderInfo) -> Option<Version> {
    Some(Version { id: order.order_id.to_string(), modified: order.last_modify_time? })
}

fn missing(page: u32, row: usize) -> Error {
    pagination(page, format!("order #{row} of the page has no `lastModifyTime`; the sync cannot place it"))
}

fn pagination(page: u32, problem: String) -> Error {
    Error::Pagination { method: orders_list_get::METHOD, page: i32::try_from(page).unwrap_or(i32::MAX), problem }
}
