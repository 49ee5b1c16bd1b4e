//! The session (access token) a protocol sends, replaceable while clients run, and the refresh
//! hook a client calls when the protocol classifies a reply as a session error.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};

use secrecy::{ExposeSecret, SecretString};

use crate::Error;

/// A session token that can be swapped for a fresh one (zeroised on drop, redacted in `Debug`).
/// Protocols that send one hold it and return it from
/// [`Protocol::session`](crate::Protocol::session).
pub struct Session(RwLock<SecretString>);

impl Session {
    /// A session holding `token`.
    pub fn new(token: SecretString) -> Session {
        Session(RwLock::new(token))
    }

    /// Runs `use_it` with the current token (the lock is held only for the call: never across an
    /// await).
    pub fn with<T>(&self, use_it: impl FnOnce(&str) -> T) -> T {
        use_it(self.0.read().unwrap_or_else(PoisonError::into_inner).expose_secret())
    }

    /// Replaces the token.
    pub fn set(&self, token: SecretString) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = token;
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Session([REDACTED])")
    }
}

/// The future a refresh hook returns: the new token, or why there is none.
pub(crate) type Refreshing = Pin<Box<dyn Future<Output = Result<String, Error>> + Send>>;

/// The refresh hook of [`ClientBuilder::refresh_session`](crate::ClientBuilder::refresh_session),
/// and the count of refreshes, so calls refused with the same session refresh it once.
pub(crate) struct Refresher {
    hook: Box<dyn Fn() -> Refreshing + Send + Sync>,
    /// Refreshes done.
    done: AtomicU64,
    /// Held while a refresh runs (a dropped call releases it, its refresh not done).
    running: tokio::sync::Mutex<()>,
}

impl Refresher {
    pub fn new(hook: Box<dyn Fn() -> Refreshing + Send + Sync>) -> Arc<Refresher> {
        Arc::new(Refresher { hook, done: AtomicU64::new(0), running: tokio::sync::Mutex::new(()) })
    }

    /// Refreshes done so far: read before an attempt is sent.
    pub fn count(&self) -> u64 {
        self.done.load(Ordering::Acquire)
    }

    /// Refreshes `session` unless another call did since `seen` (the [`Refresher::count`] when
    /// the refused attempt was sent). Returns whether this call ran the hook.
    pub async fn refresh(&self, session: &Session, seen: u64) -> Result<bool, Error> {
        let _running = self.running.lock().await;
        if self.count() != seen {
            return Ok(false);
        }
        let token = (self.hook)().await?;
        session.set(SecretString::from(token));
        self.done.fetch_add(1, Ordering::AcqRel);
        Ok(true)
    }
}

impl fmt::Debug for Refresher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Refresher").field("done", &self.count()).finish()
    }
}
