//! `OAuthError`: everything that can go wrong in the OAuth module.

use super::ReplyBody;
use crate::Error;

/// Everything that can go wrong in this module. Never contains the app secret or a token in its
/// `Debug`/`Display` output (reply bodies are kept but show only size and field names).
#[derive(Debug)]
#[non_exhaustive]
pub enum OAuthError {
    /// The call failed in the runtime: the client could not be built ([`Error::Config`]), a
    /// non-success HTTP status ([`Error::HttpStatus`], body kept), a redirect (never followed: it
    /// would carry the app secret, the code or the refresh token), a time limit, the reply cap, the
    /// transport. The method of these errors is `exchange_code` or `refresh`.
    Call(Error),
    /// The reply is not a JSON object.
    BadJson {
        /// `exchange_code` or `refresh`.
        operation: &'static str,
        /// What the parser said.
        message: String,
        /// The body.
        body: ReplyBody,
    },
    /// The reply is JSON but lacks a required field (or it is not a string).
    MissingField {
        /// `exchange_code` or `refresh`.
        operation: &'static str,
        /// The field.
        field: &'static str,
        /// The body (e.g. an error object whose fields are not documented).
        body: ReplyBody,
    },
    /// A refresh reply lacks `sign` or one of the signed fields.
    SignFieldMissing {
        /// The missing field.
        field: &'static str,
    },
    /// A refresh reply's `sign` does not match its fields and the app secret.
    ///
    /// The sign computed with the app secret is not shown: it would be a valid sign for whatever
    /// fields a forged reply carries.
    SignMismatch {
        /// `sign` as received.
        received: String,
    },
    /// The callback's `state` is not the one sent (possible request forgery).
    StateMismatch {
        /// The state put into the authorize URL.
        expected: String,
        /// The callback's state, if any.
        received: Option<String>,
    },
    /// The callback lacks a required parameter.
    CallbackParamMissing {
        /// The parameter.
        param: &'static str,
    },
}

impl OAuthError {
    /// The reply body, for errors that have one (a non-success status, a reply that is not the
    /// expected JSON).
    pub fn body(&self) -> Option<ReplyBody> {
        match self {
            OAuthError::BadJson { body, .. } | OAuthError::MissingField { body, .. } => Some(body.clone()),
            OAuthError::Call(error) => error.raw_body().map(|raw| ReplyBody(raw.to_bytes())),
            _ => None,
        }
    }
}

impl std::fmt::Display for OAuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OAuthError::Call(inner) => write!(f, "OAuth {inner}"),
            OAuthError::BadJson { operation, message, .. } => {
                write!(f, "OAuth {operation}: the reply is not a JSON object: {message}")
            }
            OAuthError::MissingField { operation, field, .. } => {
                write!(f, "OAuth {operation}: the reply has no string `{field}`")
            }
            OAuthError::SignFieldMissing { field } => {
                write!(f, "refresh reply has no `{field}`, cannot check its sign")
            }
            OAuthError::SignMismatch { received } => {
                write!(f, "refresh reply sign {received} does not match its fields and the app secret")
            }
            OAuthError::StateMismatch { expected, received } => {
                write!(f, "callback state {received:?} does not match the expected {expected:?}")
            }
            OAuthError::CallbackParamMissing { param } => write!(f, "callback has no `{param}`"),
        }
    }
}

impl std::error::Error for OAuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OAuthError::Call(inner) => Some(inner),
            _ => None,
        }
    }
}

impl From<Error> for OAuthError {
    fn from(error: Error) -> OAuthError {
        OAuthError::Call(error)
    }
}
