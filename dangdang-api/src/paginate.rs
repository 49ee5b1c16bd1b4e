//! Page-numbered list methods as streams of pages and of records, driven by the spec's pagination hints.
//!
//! Generated list requests get `.pages(&client)` and `.items(&client)`; the walking logic lives here.
//! Every other parameter of the request is kept; the walk starts at the request's page (default 1),
//! stops after the last page (the reply's total page count, or an empty page), and fails with
//! [`Error::Pagination`] when the server sends the same non-empty page twice or exceeds [`MAX_PAGES`].

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;

use futures_util::stream::{self, Stream};

use crate::{Client, Error};

/// The most pages one walk fetches before giving up.
pub const MAX_PAGES: i32 = 10_000;

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
    /// The records of a page.
    pub items: fn(&Page) -> &[Item],
}

struct Walk<Request: 'static, Page: 'static, Item: 'static> {
    client: Client,
    request: Request,
    paging: &'static Paging<Request, Page, Item>,
    next_page: i32,
    fetched: i32,
    previous: Option<Vec<Item>>,
    done: bool,
}

impl<Request: 'static, Page, Item: Clone + PartialEq> Walk<Request, Page, Item> {
    async fn next(&mut self) -> Option<Result<Page, Error>> {
        if self.done {
            return None;
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
        let page = match (self.paging.fetch)(&self.client, &self.request).await {
            Ok(page) => page,
            Err(error) => {
                self.done = true;
                return Some(Err(error));
            }
        };
        self.fetched += 1;
        let items = (self.paging.items)(&page);
        if !items.is_empty() && self.previous.as_deref() == Some(items) {
            self.done = true;
            return Some(Err(Error::Pagination {
                method: self.paging.method,
                page: self.next_page,
                problem: "the server sent the same records as the previous page".into(),
            }));
        }
        let last = match (self.paging.total_pages)(&page) {
            Some(total) => self.next_page >= total,
            None => items.is_empty(),
        };
        if items.is_empty() && self.fetched > 1 {
            // An empty page after the first ends the walk without being yielded.
            self.done = true;
            return None;
        }
        self.previous = Some(items.to_vec());
        self.done = last || items.is_empty();
        self.next_page += 1;
        Some(Ok(page))
    }
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
    Item: Clone + PartialEq + Send + Sync + 'static,
{
    let next_page = (paging.page_of)(&request).unwrap_or(1).max(1);
    let walk = Walk { client, request, paging, next_page, fetched: 0, previous: None, done: false };
    stream::unfold(walk, |mut walk| async move { walk.next().await.map(|page| (page, walk)) })
}

/// Every record of every page from the request's page on.
pub fn items<Request, Page, Item>(
    client: Client,
    request: Request,
    paging: &'static Paging<Request, Page, Item>,
) -> impl Stream<Item = Result<Item, Error>> + Send + 'static
where
    Request: Send + 'static,
    Page: Send + 'static,
    Item: Clone + PartialEq + Send + Sync + 'static,
{
    let items_of = paging.items;
    let pages = Box::pin(pages(client, request, paging));
    stream::unfold((pages, VecDeque::new()), move |(mut pages, mut buffered)| async move {
        use futures_util::StreamExt;
        loop {
            if let Some(item) = buffered.pop_front() {
                return Some((Ok(item), (pages, buffered)));
            }
            match pages.next().await? {
                Ok(page) => buffered.extend(items_of(&page).iter().cloned()),
                Err(error) => return Some((Err(error), (pages, buffered))),
            }
        }
    })
}
