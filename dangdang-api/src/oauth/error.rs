//! `OAuthError`: everything that can go wrong in the OAuth module.

use super::ReplyBody;

/// Everything that can go wrong in this module. Never contains the app secret or a token in its
/// `Debug`/`Display` output (reply bodies are kept but show only size and field names).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OAuthError {
    /// The client could not be built.
    #[error("invalid OAuth configuration: {0}")]
    Config(String),
    /// The token endpoint answered with a non-success HTTP status.
    #[error("OAuth {operation}: HTTP status {status}")]
    HttpStatus {
        /// `exchange_code` or `refresh`.
        operation: &'static str,
        /// Status code.
        status: u16,
        /// The body, whatever it was.
        body: ReplyBody,
    },
    /// The reply is not a JSON object.
    #[error("OAuth {operation}: the reply is not a JSON object: {message}")]
    BadJson {
        /// `exchange_code` or `refresh`.
        operation: &'static str,
        /// What the parser said.
        message: String,
        /// The body.
        body: ReplyBody,
    },
    /// The reply is JSON but lacks a required field (or it is not a string).
    #[error("OAuth {operation}: the reply has no string `{field}`")]
    MissingField {
        /// `exchange_code` or `refresh`.
        operation: &'static str,
        /// The field.
        field: &'static str,
        /// The body (e.g. an error object whose fields are not documented).
        body: ReplyBody,
    },
    /// The reply was larger than [`MAX_REPLY_BYTES`](super::MAX_REPLY_BYTES).
    #[error("OAuth {operation}: reply larger than the {limit}-byte cap")]
    ResponseTooLarge {
        /// `exchange_code` or `refresh`.
        operation: &'static str,
        /// The cap in bytes.
        limit: usize,
    },
    /// The token endpoint answered with a redirect (3xx), which is never followed: it would carry the
    /// app secret, the code or the refresh token to wherever the server points.
    #[error(
        "OAuth {operation}: HTTP status {status} redirects to {location}; redirects are not followed{}",
        crate::rt::https_hint(*https_upgrade, location, "token URL")
    )]
    Redirect {
        /// `exchange_code` or `refresh`.
        operation: &'static str,
        /// Status code.
        status: u16,
        /// The `Location`, resolved against the token URL, credentials replaced by `REDACTED`;
        /// `(none)` when the header is missing.
        location: String,
        /// The `Location` is the same host over https: switch the token URL to https.
        https_upgrade: bool,
    },
    /// The call did not complete in time (connect, send or reading the whole reply).
    #[error("OAuth {operation}: timed out")]
    Timeout {
        /// `exchange_code` or `refresh`.
        operation: &'static str,
    },
    /// Connecting, sending or receiving failed (the URL is stripped: it may carry a refresh token).
    #[error("OAuth {operation}: HTTP transport error: {source}")]
    Transport {
        /// `exchange_code` or `refresh`.
        operation: &'static str,
        /// The underlying error, without its URL.
        #[source]
        source: reqwest::Error,
    },
    /// A refresh reply lacks `sign` or one of the signed fields.
    #[error("refresh reply has no `{field}`, cannot check its sign")]
    SignFieldMissing {
        /// The missing field.
        field: &'static str,
    },
    /// A refresh reply's `sign` does not match its fields and the app secret.
    ///
    /// The sign computed with the app secret is not shown: it would be a valid sign for whatever
    /// fields a forged reply carries.
    #[error("refresh reply sign {received} does not match its fields and the app secret")]
    SignMismatch {
        /// `sign` as received.
        received: String,
    },
    /// The callback's `state` is not the one sent (possible request forgery).
    #[error("callback state {received:?} does not match the expected {expected:?}")]
    StateMismatch {
        /// The state put into the authorize URL.
        expected: String,
        /// The callback's state, if any.
        received: Option<String>,
    },
    /// The callback lacks a required parameter.
    #[error("callback has no `{param}`")]
    CallbackParamMissing {
        /// The parameter.
        param: &'static str,
    },
}

impl OAuthError {
    /// The reply body, for errors that have one.
    pub fn body(&self) -> Option<&ReplyBody> {
        match self {
            OAuthError::HttpStatus { body, .. }
            | OAuthError::BadJson { body, .. }
            | OAuthError::MissingField { body, .. } => Some(body),
            _ => None,
        }
    }

    pub(super) fn transport(operation: &'static str, error: reqwest::Error) -> OAuthError {
        if error.is_timeout() {
            OAuthError::Timeout { operation }
        } else {
            OAuthError::Transport { operation, source: error.without_url() }
        }
    }
}
