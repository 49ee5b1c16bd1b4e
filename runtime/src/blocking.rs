//! A blocking client (feature `blocking`): the same generated requests, no async runtime needed by
//! the caller ([`SendRequest::send_blocking`](crate::SendRequest::send_blocking),
//! [`Paginate::items_blocking`](crate::Paginate::items_blocking)).
//!
//! Calls block the current thread on a private single-threaded runtime; do not use it from inside an
//! async runtime (use the async [`crate::Client`] there).

use std::future::Future;
use std::sync::Arc;

use futures_util::{Stream, StreamExt};

use crate::Error;

/// A blocking wrapper around an async [`crate::Client`]. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Client {
    inner: crate::Client,
    runtime: Arc<tokio::runtime::Runtime>,
}

impl Client {
    /// Wraps an async client (an API crate's, or the runtime's) with its own single-threaded runtime.
    pub fn new(client: impl Into<crate::Client>) -> Result<Client, Error> {
        let client = client.into();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|error| Error::Config(format!("cannot start the blocking runtime: {error}")))?;
        Ok(Client { inner: client, runtime: Arc::new(runtime) })
    }

    /// The async client inside.
    pub fn inner(&self) -> &crate::Client {
        &self.inner
    }

    /// Runs a future of the async API to completion on this client's runtime.
    pub fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    /// Turns a stream of the async API into a blocking iterator.
    pub fn iter<'a, S: Stream + Unpin + 'a>(&'a self, stream: S) -> impl Iterator<Item = S::Item> + 'a {
        let mut stream = stream;
        std::iter::from_fn(move || self.runtime.block_on(stream.next()))
    }
}
