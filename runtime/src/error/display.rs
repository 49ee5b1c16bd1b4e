//! `Display` and `source` of [`Error`], written out: `thiserror`'s derive put a proc-macro crate
//! (and syn's compile before it) on every user's build path for these three enums (issue 16).

use super::*;

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::InvalidParam { method, param, rule } => write!(f, "{method}: invalid `{param}`: {rule}"),
            Error::Unencodable { method, param, charset } => {
                write!(f, "{method}: `{param}` contains characters that {charset} cannot encode")
            }
            Error::Gateway { method, code, message, .. } => write!(f, "{method}: gateway error {code}: {message}"),
            Error::Business { method, code, message, .. } => {
                write!(f, "{method}: rejected with code {code}: {message}")
            }
            Error::Throttled { method, code, message, outcome, .. } => {
                write!(f, "{method}: throttled by the gateway ({code}: {message}){outcome}")
            }
            Error::SessionExpired { method, code, message, .. } => {
                write!(f, "{method}: the session was refused ({code}: {message}); refresh the access token")
            }
            Error::ClockSkew { method, code, message, local_clock_ahead_by_secs, .. } => write!(
                f,
                "{method}: the gateway refused the timestamp ({code}: {message}); the local clock is off{}",
                skew_hint(*local_clock_ahead_by_secs)
            ),
            Error::HttpStatus { method, status, .. } => write!(f, "{method}: HTTP status {status}"),
            Error::Decode { method, path, message, .. } => {
                write!(f, "{method}: cannot decode the response at `{path}`: {message}")
            }
            Error::Charset { method, message, .. } => write!(f, "{method}: response charset problem: {message}"),
            Error::ResponseTooLarge { method, limit } => {
                write!(f, "{method}: response larger than the {limit}-byte cap")
            }
            Error::Timeout { method, limit, attempt } => write!(f, "{method}: {limit} elapsed (attempt {attempt})"),
            Error::Redirect { method, status, location, https_upgrade } => write!(
                f,
                "{method}: HTTP status {status} redirects to {location}; redirects are not followed{}",
                https_hint(*https_upgrade, location, "endpoint")
            ),
            Error::Transport { method, source } => write!(f, "{method}: HTTP transport error: {}", root_cause(source)),
            Error::Pagination { method, page, problem } => {
                write!(f, "{method}: pagination stopped at page {page}: {problem}")
            }
            Error::Config(inner) => write!(f, "invalid client configuration: {inner}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport { source, .. } => Some(source),
            _ => None,
        }
    }
}
