//! `Protocol`: what each API crate implements so the runtime can send its calls: signing and
//! encoding one attempt, the charset of replies, and classifying a reply before it is decoded.

use std::any::Any;
use std::fmt::Debug;

use encoding_rs::{Encoding, UTF_8};

use crate::{Call, Error, RawBody, Session};

/// Where one attempt goes: the client's HTTP pool and endpoint.
#[derive(Debug, Clone, Copy)]
pub struct Target<'a> {
    /// The pool to build the request on (redirects off, no `Referer`).
    pub http: &'a reqwest::Client,
    /// The gateway URL the client was built with.
    pub endpoint: &'a str,
}

/// What a reply with a success status means, decided before the method decodes it.
///
/// The runtime acts on this and never on API-specific codes: a throttle is retried for reads
/// within the call's deadline, a failure is returned as it is, a success goes to
/// [`Method::decode`](crate::Method::decode).
#[derive(Debug)]
#[non_exhaustive]
pub enum Verdict {
    /// A reply to decode (a business error inside it may still be found by the decoder).
    Success,
    /// The gateway refused the call ([`Error::Gateway`], [`Error::Business`]): not retried.
    Failed(Error),
    /// The gateway asks the caller to slow down ([`Error::Throttled`]): the shop's budget waits
    /// and slows down, reads are retried.
    Throttled(Error),
    /// The gateway refused the session ([`Error::SessionExpired`]): the client's refresh hook, if
    /// any, is called and the call retried once. Only for codes the protocol's reference gives.
    SessionExpired(Error),
}

/// One API's wire protocol. Implemented once per API crate (Dangdang: MD5 signing, GBK, XML
/// envelopes); the runtime holds it as `Arc<dyn Protocol>`, so nothing here is compiled per method.
///
/// `Debug` must never show a credential.
pub trait Protocol: Debug + Send + Sync + Any {
    /// A short name for spans and logs (`dangdang`).
    fn name(&self) -> &'static str;

    /// Checks the protocol's own settings (credentials present, ...) when a client is built; the
    /// message names the setting and becomes [`Error::Config`].
    fn check_config(&self) -> Result<(), String> {
        Ok(())
    }

    /// Signs `call` (with a fresh timestamp: this runs once per attempt) and builds its request.
    fn encode(&self, call: &Call, target: Target<'_>) -> Result<reqwest::RequestBuilder, Error>;

    /// The charset of a reply body, for [`RawBody::text_lossy`] (default UTF-8).
    fn reply_charset(&self, body: &[u8]) -> &'static Encoding {
        let _ = body;
        UTF_8
    }

    /// Classifies a reply that came with a success HTTP status.
    fn classify(&self, call: &Call, body: &RawBody) -> Verdict;

    /// The credentials this protocol sends, for scrubbing from text shown in errors (a redirect's
    /// `Location` may echo them); the [`Protocol::session`] is scrubbed too.
    fn secrets(&self) -> Vec<&str>;

    /// The session (access token) this protocol sends, if it sends one: what
    /// [`ClientBuilder::refresh_session`](crate::ClientBuilder::refresh_session) replaces.
    fn session(&self) -> Option<&Session> {
        None
    }

    /// Business parameters whose values are secrets too (OAuth's `code`, `refreshToken`): scrubbed
    /// like [`Protocol::secrets`].
    fn secret_params(&self) -> &'static [&'static str] {
        &[]
    }
}
