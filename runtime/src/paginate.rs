//! Page walks of [`Paged`] methods as streams of pages and of records.
//!
//! Every other parameter of the request is kept; the walk starts at the request's page (default the
//! method's first page, 0 or 1), stops after the last page (from the reply's total page or record
//! count, else at an empty or short page), and fails with [`Error::Pagination`] when the server
//! sends the same non-empty page twice or the walk exceeds [`MAX_PAGES`].
//!
//! The decisions live in the non-generic `Walk`; the generic code per method is the loop that
//! sets the page, sends and hands the walk what the page says.
//!
//! Memory: a walk holds one page at a time. The repeated-page check keeps a 64-bit fingerprint of
//! the previous page's records, not the records, and [`items`] moves the records out of each page
//! (no copies), so walking takes no more memory than one direct call of the method.

use std::fmt::{self, Debug};
use std::hash::{DefaultHasher, Hasher};

use futures_util::stream::{self, Stream, StreamExt};

use crate::{Client, Error, Paged, Total};

/// The most pages one walk fetches before giving up.
pub const MAX_PAGES: i32 = 10_000;

/// What one page said, for the walk.
struct PageFacts {
    records: usize,
    fingerprint: u64,
    total: Total,
}

/// What to do with a page that arrived.
enum Step {
    /// Yield it (the walk may go on).
    Yield,
    /// An empty page after the first: end without yielding it.
    End,
    /// Yield this error and stop.
    Fail(Error),
}

/// The state of a walk: which page comes next and whether the last one has been seen.
struct Walk {
    method: &'static str,
    first_page: i32,
    page_size: Option<i32>,
    /// `None` once the page number would pass `i32::MAX`.
    next_page: Option<i32>,
    fetched: i32,
    /// Fingerprint of the previous page's records.
    previous: Option<u64>,
    /// Records per page as the first page showed (for record totals without a page size).
    first_records: Option<usize>,
    done: bool,
}

impl Walk {
    fn new(method: &'static str, first_page: i32, start: Option<i32>, page_size: Option<i32>) -> Walk {
        Walk {
            method,
            first_page,
            page_size: page_size.filter(|size| *size > 0),
            next_page: Some(start.unwrap_or(first_page).max(first_page)),
            fetched: 0,
            previous: None,
            first_records: None,
            done: false,
        }
    }

    fn fail(&mut self, page: i32, problem: String) -> Error {
        self.done = true;
        Error::Pagination { method: self.method, page, problem }
    }

    /// The page to fetch next; `None` when the walk is over.
    fn next(&mut self) -> Option<Result<i32, Error>> {
        if self.done {
            return None;
        }
        let Some(page) = self.next_page else {
            return Some(Err(self.fail(i32::MAX, "the next page number does not fit in an i32".into())));
        };
        if self.fetched >= MAX_PAGES {
            return Some(Err(self.fail(page, format!("more than {MAX_PAGES} pages"))));
        }
        Some(Ok(page))
    }

    /// Takes in the page just fetched (number `page`).
    fn arrived(&mut self, page: i32, facts: PageFacts) -> Step {
        self.fetched += 1;
        let empty = facts.records == 0;
        if !empty && self.previous == Some(facts.fingerprint) {
            return Step::Fail(self.fail(page, "the server sent the same records as the previous page".into()));
        }
        if empty && self.fetched > 1 {
            self.done = true;
            return Step::End;
        }
        self.first_records.get_or_insert(facts.records);
        // Pages seen up to and including this one, counted from the method's first page.
        let ordinal = i64::from(page) - i64::from(self.first_page) + 1;
        let size = self.page_size.map(|size| size as usize).or(self.first_records).filter(|size| *size > 0);
        let last = match facts.total {
            Total::Pages(pages) => ordinal >= pages,
            Total::Records(records) => size.is_none_or(|size| ordinal.saturating_mul(size as i64) >= records),
            Total::Unknown => self.page_size.is_some_and(|size| facts.records < size as usize),
        };
        self.previous = Some(facts.fingerprint);
        self.done = last || empty;
        self.next_page = page.checked_add(1);
        Step::Yield
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
pub fn pages<P: Paged>(client: Client, request: P) -> impl Stream<Item = Result<P::Response, Error>> + Send + 'static
where
    P::Response: Send + 'static,
{
    let walk = Walk::new(P::INFO.name, P::FIRST_PAGE, request.page(), request.page_size());
    stream::unfold((client, request, walk), |(client, mut request, mut walk)| async move {
        let page = match walk.next()? {
            Ok(page) => page,
            Err(error) => return Some((Err(error), (client, request, walk))),
        };
        request.set_page(page);
        let mut response = match client.send(&request).await {
            Ok(response) => response,
            Err(error) => {
                walk.done = true;
                return Some((Err(error), (client, request, walk)));
            }
        };
        let records = P::items(&mut response);
        let facts = PageFacts { records: records.len(), fingerprint: fingerprint(records), total: P::total(&response) };
        match walk.arrived(page, facts) {
            Step::Yield => Some((Ok(response), (client, request, walk))),
            Step::End => None,
            Step::Fail(error) => Some((Err(error), (client, request, walk))),
        }
    })
}

/// Every record of every page from the request's page on, moved out of each page in turn.
pub fn items<P: Paged>(client: Client, request: P) -> impl Stream<Item = Result<P::Item, Error>> + Send + 'static
where
    P::Response: Send + 'static,
{
    let pages = Box::pin(pages(client, request));
    stream::unfold((pages, Vec::new().into_iter()), |(mut pages, mut buffered)| async move {
        loop {
            if let Some(item) = buffered.next() {
                return Some((Ok(item), (pages, buffered)));
            }
            // Free the spent page's records before fetching the next one.
            buffered = Vec::new().into_iter();
            match pages.next().await? {
                // The rest of the page is dropped here; its records move on without a copy.
                Ok(mut page) => buffered = std::mem::take(P::items(&mut page)).into_iter(),
                Err(error) => return Some((Err(error), (pages, buffered))),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(records: usize, fingerprint: u64, total: Total) -> PageFacts {
        PageFacts { records, fingerprint, total }
    }

    /// Feeds pages of `records` records (distinct fingerprints) until the walk stops; the pages fetched.
    fn walk(mut walk: Walk, records: impl Fn(i32) -> usize, total: Total) -> Vec<i32> {
        let mut seen = Vec::new();
        while let Some(Ok(page)) = walk.next() {
            seen.push(page);
            match walk.arrived(page, facts(records(page), page as u64, total)) {
                Step::Yield => {}
                Step::End | Step::Fail(_) => break,
            }
        }
        seen
    }

    #[test]
    fn totals_end_the_walk_from_either_first_page() {
        assert_eq!(walk(Walk::new("m", 1, None, None), |_| 20, Total::Pages(3)), [1, 2, 3]);
        assert_eq!(walk(Walk::new("m", 0, None, None), |_| 20, Total::Pages(3)), [0, 1, 2]);
        assert_eq!(walk(Walk::new("m", 0, None, Some(40)), |_| 40, Total::Records(81)), [0, 1, 2]);
        assert_eq!(walk(Walk::new("m", 0, None, Some(40)), |_| 40, Total::Records(80)), [0, 1]);
        assert_eq!(walk(Walk::new("m", 1, Some(2), None), |_| 20, Total::Pages(3)), [2, 3]);
    }

    #[test]
    fn without_a_total_a_short_or_empty_page_is_the_last() {
        let short_third = |page| if page < 2 { 100 } else { 7 };
        assert_eq!(walk(Walk::new("m", 0, None, Some(100)), short_third, Total::Unknown), [0, 1, 2]);
        let empty_fourth = |page| if page < 4 { 20 } else { 0 };
        assert_eq!(walk(Walk::new("m", 1, None, None), empty_fourth, Total::Unknown), [1, 2, 3, 4]);
    }

    #[test]
    fn a_repeated_page_and_the_end_of_i32_are_errors() {
        let mut repeated = Walk::new("m", 1, None, None);
        assert!(matches!(repeated.arrived(1, facts(5, 9, Total::Unknown)), Step::Yield));
        assert!(matches!(
            repeated.arrived(2, facts(5, 9, Total::Unknown)),
            Step::Fail(Error::Pagination { page: 2, .. })
        ));
        assert!(repeated.next().is_none());
        let mut last = Walk::new("m", 1, Some(i32::MAX), None);
        assert!(matches!(last.next(), Some(Ok(i32::MAX))));
        assert!(matches!(last.arrived(i32::MAX, facts(5, 1, Total::Unknown)), Step::Yield));
        assert!(matches!(last.next(), Some(Err(Error::Pagination { page: i32::MAX, .. }))));
    }
}
