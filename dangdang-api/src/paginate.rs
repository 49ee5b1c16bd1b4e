//! Page-numbered list methods as streams of pages and of records, driven by the spec's pagination hints.
//!
//! Generated list requests get `.pages(&client)` and `.items(&client)`; the walking logic lives here.
//! Every other parameter of the request is kept; the walk starts at the request's page (default 1),
//! stops after the last page (the reply's total page count, or an empty page), and fails with
//! [`Error::Pagination`] when the server sends the same non-empty page twice or exceeds [`MAX_PAGES`].
//!
//! Memory: a walk holds one page at a time. The repeated-page check keeps a 64-bit fingerprint of
//! the previous page's records, not the records, and [`items`] moves the records out of each page
//! (no copies), so walking takes no more memory than one direct call of the method.

use std::fmt::{self, Debug};
use std::future::Future;
use std::hash::{DefaultHasher, Hasher};
use std::pin::Pin;

use futures_util::stream::{self, Stream};

use crate::{Client, Error};

/// The most pages one walk fetches before giving up.
pub const MAX_PAGES: i32 = 10_000;

/// `next_page` after page `i32::MAX` (page numbers start at 1, so it is never a real page).
const PAST_LAST_NUMBER: i32 = i32::MIN;

/// A boxed reply future borrowing the client and the request.
pub type PageFuture<'a, Page> = Pin<Box<dyn Future<Output = Result<Page, Error>> + Send + 'a>>;

/// What a generated list method tells the walker: how to set the page, send, and read a page.
pub struct Paging<Request, Page, Item> {
    /// Dotted method name, for errors.
    pub method: &'static str,
    /// The request's page number, if set.
    pub page_of: fn(&Request) -> Option<i32>,
    /// Sets the page number.
    pub set_page: fn(&mut Request, i32),
    /// Sends one page request.
    pub fetch: for<'a> fn(&'a Client, &'a Request) -> PageFuture<'a, Page>,
    /// The total page count a reply states, if any.
    pub total_pages: fn(&Page) -> Option<i32>,
    /// The records of a page (taken out of it by [`items`]).
    pub items: fn(&mut Page) -> &mut Vec<Item>,
}

struct Walk<Request: 'static, Page: 'static, Item: 'static> {
    client: Client,
    request: Request,
    paging: &'static Paging<Request, Page, Item>,
    next_page: i32,
    fetched: i32,
    /// Fingerprint of the previous page's records.
    previous: Option<u64>,
    done: bool,
}

impl<Request: 'static, Page, Item: Debug> Walk<Request, Page, Item> {
    async fn next(&mut self) -> Option<Result<Page, Error>> {
        if self.done {
            return None;
        }
        if self.next_page == PAST_LAST_NUMBER {
            self.done = true;
            return Some(Err(Error::Pagination {
                method: self.paging.method,
                page: i32::MAX,
                problem: "the next page number does not fit in an i32".into(),
            }));
        }
        if self.fetched >= MAX_PAGES {
            self.done = true;
            return Some(Err(Error::Pagination {
                method: self.paging.method,
                page: self.next_page,
                problem: format!("more than {MAX_PAGES} pages"),
            }));
        }
        (self.paging.set_page)(&mut self.request, self.next_page);
        let mut page = match (self.paging.fetch)(&self.client, &self.request).await {
            Ok(page) => page,
            Err(error) => {
                self.done = true;
                return Some(Err(error));
            }
        };
        self.fetched += 1;
        let items = (self.paging.items)(&mut page);
        let empty = items.is_empty();
        let fingerprint = fingerprint(items);
        if !empty && self.previous == Some(fingerprint) {
            self.done = true;
            return Some(Err(Error::Pagination {
                method: self.paging.method,
                page: self.next_page,
                problem: "the server sent the same records as the previous page".into(),
            }));
        }
        let last = match (self.paging.total_pages)(&page) {
            Some(total) => self.next_page >= total,
            None => empty,
        };
        if empty && self.fetched > 1 {
            // An empty page after the first ends the walk without being yielded.
            self.done = true;
            return None;
        }
        self.previous = Some(fingerprint);
        self.done = last || empty;
        // A request may start at any page; past `i32::MAX` the walk fails on its next step.
        self.next_page = self.next_page.checked_add(1).unwrap_or(PAST_LAST_NUMBER);
        Some(Ok(page))
    }
}

/// A hash of the records' `Debug` text (every field of a generated record but the personal ones,
/// which `Debug` redacts; ids and states tell pages apart), streamed into the hasher without
/// building the text. Equal pages have equal fingerprints; different pages collide with
/// probability about 2^-64.
fn fingerprint<Item: Debug>(items: &[Item]) -> u64 {
    struct Feed(DefaultHasher);
    impl fmt::Write for Feed {
        fn write_str(&mut self, text: &str) -> fmt::Result {
            self.0.write(text.as_bytes());
            Ok(())
        }
    }
    let mut feed = Feed(DefaultHasher::new());
    feed.0.write_usize(items.len());
    for item in items {
        // Writing into a hasher cannot fail.
        let _ = fmt::Write::write_fmt(&mut feed, format_args!("{item:?}\u{0}"));
    }
    feed.0.finish()
}

/// Every page from the request's page on.
pub fn pages<Request, Page, Item>(
    client: Client,
    request: Request,
    paging: &'static Paging<Request, Page, Item>,
) -> impl Stream<Item = Result<Page, Error>> + Send + 'static
where
    Request: Send + 'static,
    Page: Send + 'static,
    Item: Debug + Send + 'static,
{
    let next_page = (paging.page_of)(&request).unwrap_or(1).max(1);
    let walk = Walk { client, request, paging, next_page, fetched: 0, previous: None, done: false };
    stream::unfold(walk, |mut walk| async move { walk.next().await.map(|page| (page, walk)) })
}

/// Every record of every page from the request's page on, moved out of each page in turn.
pub fn items<Request, Page, Item>(
    client: Client,
    request: Request,
    paging: &'static Paging<Request, Page, Item>,
) -> impl Stream<Item = Result<Item, Error>> + Send + 'static
where
    Request: Send + 'static,
    Page: Send + 'static,
    Item: Debug + Send + 'static,
{
    let items_of = paging.items;
    let pages = Box::pin(pages(client, request, paging));
    stream::unfold((pages, Vec::new().into_iter()), move |(mut pages, mut buffered)| async move {
        use futures_util::StreamExt;
        loop {
            if let Some(item) = buffered.next() {
                return Some((Ok(item), (pages, buffered)));
            }
            // Free the spent page's records before fetching the next one.
            buffered = Vec::new().into_iter();
            match pages.next().await? {
                // The rest of the page is dropped here; its records move on without a copy.
                Ok(mut page) => buffered = std::mem::take(items_of(&mut page)).into_iter(),
                Err(error) => return Some((Err(error), (pages, buffered))),
            }
        }
    })
}
