//! `run`: a sync as a stream of records and checkpoints, over any "fetch page k of a window".

use std::collections::VecDeque;
use std::future::Future;

use futures_util::stream::{self, Stream};

use crate::Error;

use super::{Checkpoint, PageRequest, SyncSettings, Version, Walker};

/// One page as the API crate's fetch function read it.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchedPage<T> {
    /// Pages the window has now (from the reply's page count, or its record count and page size).
    pub total_pages: u32,
    /// Records the window has now, when the reply says.
    pub total_records: Option<u64>,
    /// The rows in reply order, each with its version.
    pub records: Vec<(Version, T)>,
}

/// What a sync hands out.
#[derive(Debug, Clone, PartialEq)]
pub enum SyncEvent<T> {
    /// A changed record (each version once).
    Record(T),
    /// A window is done: store this once the records before it are processed; a sync resumed from
    /// it hands out exactly what followed it.
    Checkpoint(Checkpoint),
}

/// A run from `from` to `now − lag`: every record changed in between, then a checkpoint after each
/// window; the stream ends when the run is caught up (start the next run from the last checkpoint)
/// or after its first error. `fetch` reads one page of one window; `method` names it in errors.
pub fn run<T, F, Fut>(
    method: &'static str,
    from: Checkpoint,
    settings: &SyncSettings,
    fetch: F,
) -> impl Stream<Item = Result<SyncEvent<T>, Error>> + use<T, F, Fut>
where
    F: FnMut(PageRequest) -> Fut,
    Fut: Future<Output = Result<FetchedPage<T>, Error>>,
{
    let state = (Walker::new(method, from, settings), fetch, VecDeque::new());
    stream::unfold(state, |(mut walker, mut fetch, mut queue)| async move {
        loop {
            if let Some(event) = queue.pop_front() {
                return Some((Ok(event), (walker, fetch, queue)));
            }
            let step = match walker.next_page()? {
                Ok(request) => match fetch(request).await {
                    Ok(page) => take_page(&mut walker, &request, page, &mut queue),
                    Err(error) => Err(walker_failed(&mut walker, error)),
                },
                Err(error) => Err(error),
            };
            if let Err(error) = step {
                return Some((Err(error), (walker, fetch, queue)));
            }
        }
    })
}

/// Hands a page to the walker and queues what it keeps, then the checkpoint if the window is done.
fn take_page<T>(
    walker: &mut Walker,
    request: &PageRequest,
    page: FetchedPage<T>,
    queue: &mut VecDeque<SyncEvent<T>>,
) -> Result<(), Error> {
    let (versions, records): (Vec<Version>, Vec<T>) = page.records.into_iter().unzip();
    let arrival = walker.arrived(request, page.total_pages, page.total_records, &versions)?;
    queue.extend(
        records.into_iter().zip(arrival.keep).filter(|(_, keep)| *keep).map(|(record, _)| SyncEvent::Record(record)),
    );
    queue.extend(arrival.checkpoint.map(SyncEvent::Checkpoint));
    Ok(())
}

/// A fetch failed: the run ends with its error.
fn walker_failed(walker: &mut Walker, error: Error) -> Error {
    walker.stop();
    error
}
