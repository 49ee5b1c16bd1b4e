//! `Secret`: a string (app secret, session, token) that never shows in `Debug` output.

use std::fmt;

/// A secret string; `Debug` prints `<redacted>` and there is no `Display`.
#[derive(Clone, Default)]
pub(crate) struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub(crate) fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The secret itself, for signing and sending only.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}
