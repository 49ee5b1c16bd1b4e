//! `Error`: every way a call can fail, each keeping what the caller needs (codes, raw body).

use std::fmt;

use bytes::Bytes;

/// A response body kept for diagnosis. `Debug` shows its size and the start of its text.
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody(pub Bytes);

impl RawBody {
    /// The bytes as received.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// The body decoded per its XML declaration (GBK by default), lossily.
    pub fn text_lossy(&self) -> String {
        crate::charset::decode_lossy(&self.0)
    }
}

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.text_lossy();
        let preview: String = text.chars().take(120).collect();
        write!(f, "RawBody({} bytes: {preview:?}{})", self.0.len(), if text.chars().count() > 120 { "…" } else { "" })
    }
}

/// Everything that can go wrong with a call. Never contains the app secret or the session.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A parameter breaks a rule from the spec; found before anything was sent.
    #[error("{method}: invalid `{param}` = `{value}`: {rule}")]
    InvalidParam {
        /// Dotted method name.
        method: &'static str,
        /// Wire name of the parameter or element.
        param: String,
        /// The offending value (or count).
        value: String,
        /// The rule it breaks.
        rule: String,
    },
    /// A parameter or document has characters GBK cannot encode.
    #[error("{method}: `{param}` contains characters that GBK cannot encode")]
    Unencodable {
        /// Dotted method name.
        method: &'static str,
        /// Wire name.
        param: String,
    },
    /// The gateway refused the call (`<errorResponse>`: auth, signature, rate limit, ...).
    #[error("{method}: gateway error {code}: {message}")]
    Gateway {
        /// Dotted method name.
        method: &'static str,
        /// `errorCode`.
        code: String,
        /// `errorMessage`.
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The method rejected the whole request (`<response><Error><operCode>`).
    #[error("{method}: rejected with operCode {code}: {message}")]
    Business {
        /// Dotted method name.
        method: &'static str,
        /// `operCode`.
        code: String,
        /// `operation`.
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The server answered with a non-success HTTP status.
    #[error("{method}: HTTP status {status}")]
    HttpStatus {
        /// Dotted method name.
        method: &'static str,
        /// Status code.
        status: u16,
        /// The body, whatever it was.
        raw: RawBody,
    },
    /// The reply could not be decoded into the method's response type.
    #[error("{method}: cannot decode the response at `{path}`: {message}")]
    Decode {
        /// Dotted method name.
        method: &'static str,
        /// Element path where decoding failed (`OrdersList.OrderInfo[0].orderMoney`), or `.` for the document.
        path: String,
        /// What went wrong.
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The reply's bytes do not match its declared charset, or the charset is unsupported. A body
    /// that is not a whole reply besides (an HTML page, a truncated document) is [`Error::Decode`].
    #[error("{method}: response charset problem: {message}")]
    Charset {
        /// Dotted method name.
        method: &'static str,
        /// What went wrong.
        message: String,
        /// The whole reply.
        raw: RawBody,
    },
    /// The reply was larger than the client's cap.
    #[error("{method}: response larger than the {limit}-byte cap")]
    ResponseTooLarge {
        /// Dotted method name.
        method: &'static str,
        /// The cap in bytes.
        limit: usize,
    },
    /// The call did not complete in time.
    #[error("{method}: timed out")]
    Timeout {
        /// Dotted method name.
        method: &'static str,
    },
    /// Connecting, sending or receiving failed (URLs are stripped: they carry the session).
    #[error("{method}: HTTP transport error: {source}")]
    Transport {
        /// Dotted method name.
        method: &'static str,
        /// The underlying error, without its URL.
        #[source]
        source: reqwest::Error,
    },
    /// A page walk went wrong: the server repeated a page or never ended.
    #[error("{method}: pagination stopped at page {page}: {problem}")]
    Pagination {
        /// Dotted method name.
        method: &'static str,
        /// The page that was being fetched.
        page: i32,
        /// What went wrong.
        problem: String,
    },
    /// The client could not be built.
    #[error("invalid client configuration: {0}")]
    Config(String),
}

impl Error {
    /// The raw reply, for errors that have one.
    pub fn raw_body(&self) -> Option<&RawBody> {
        match self {
            Error::Gateway { raw, .. }
            | Error::Business { raw, .. }
            | Error::HttpStatus { raw, .. }
            | Error::Decode { raw, .. }
            | Error::Charset { raw, .. } => Some(raw),
            _ => None,
        }
    }

    pub(crate) fn transport(method: &'static str, error: reqwest::Error) -> Error {
        if error.is_timeout() {
            Error::Timeout { method }
        } else {
            Error::Transport { method, source: error.without_url() }
        }
    }
}
