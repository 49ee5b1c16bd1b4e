//! Replies a test configures on the fake server, and their rendering to HTTP status, type and bytes.

use std::path::PathBuf;
use std::time::Duration;

use crate::envelope::error_response_xml;
use crate::wire::transcode_xml;

/// What the fake answers to a call of an API method once the call passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// An XML document written in UTF-8 in the test (readable Chinese). The server transcodes it
    /// to the charset named in its `<?xml ... encoding="..."?>` declaration (GBK, GB18030, UTF-8,
    /// ...; GBK when there is none) and serves it with status 200 and `Content-Type: text/xml`
    /// (no charset parameter).
    Xml(String),
    /// Exact bytes with the given status and content type (fault injection: HTML error pages,
    /// truncated bodies, wrong charsets).
    Raw {
        /// HTTP status code.
        status: u16,
        /// Value of the `Content-Type` header.
        content_type: String,
        /// Body bytes, served unchanged.
        body: Vec<u8>,
    },
    /// Wait this long before answering with the inner reply (timeout tests).
    Delay(Duration, Box<Reply>),
}

/// A reply reduced to what goes on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedReply {
    /// Total time to wait before answering.
    pub delay: Duration,
    /// HTTP status code.
    pub status: u16,
    /// Value of the `Content-Type` header.
    pub content_type: String,
    /// Body bytes.
    pub body: Vec<u8>,
}

impl Reply {
    /// [`Reply::Xml`] from any string.
    pub fn xml(s: impl Into<String>) -> Reply {
        Reply::Xml(s.into())
    }

    /// Loads `tests/fixtures/<name>` (UTF-8 text) as [`Reply::Xml`].
    ///
    /// # Panics
    /// When the file is missing or not UTF-8 (this is a test helper).
    pub fn fixture(name: &str) -> Reply {
        let path = fixture_path(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => Reply::Xml(text),
            Err(err) => panic!("cannot load fixture {name:?} from {}: {err}", path.display()),
        }
    }

    /// [`Reply::Raw`] from its parts.
    pub fn raw(status: u16, content_type: impl Into<String>, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Raw { status, content_type: content_type.into(), body: body.into() }
    }

    /// An `errorResponse` (E1) envelope with any code and message, GBK encoded — e.g. to simulate
    /// the gateway's rate limit message `SHOP访问API一分钟频次超限`.
    pub fn error_response(code: u32, message: &str) -> Reply {
        Reply::Xml(error_response_xml(code, message))
    }

    /// This reply, served after `delay`.
    pub fn delayed(self, delay: Duration) -> Reply {
        Reply::Delay(delay, Box::new(self))
    }

    /// Reduces the reply to status, content type, body and total delay; errors when an XML
    /// declaration names a charset the fake cannot write, or the status/content type are invalid.
    pub fn render(&self) -> Result<RenderedReply, String> {
        match self {
            Reply::Xml(text) => Ok(RenderedReply {
                delay: Duration::ZERO,
                status: 200,
                content_type: "text/xml".to_string(),
                body: transcode_xml(text)?,
            }),
            Reply::Raw { status, content_type, body } => {
                if !(100..=999).contains(status) {
                    return Err(format!("invalid HTTP status {status}"));
                }
                if content_type.bytes().any(|b| b.is_ascii_control() || !b.is_ascii()) {
                    return Err(format!("invalid content type {content_type:?}"));
                }
                Ok(RenderedReply {
                    delay: Duration::ZERO,
                    status: *status,
                    content_type: content_type.clone(),
                    body: body.clone(),
                })
            }
            Reply::Delay(delay, inner) => {
                let mut rendered = inner.render()?;
                rendered.delay = rendered.delay.saturating_add(*delay);
                Ok(rendered)
            }
        }
    }
}

/// Absolute path of `tests/fixtures/<name>`.
pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendering() {
        let r = Reply::xml("<response><a>中文</a></response>")
            .delayed(Duration::from_millis(5))
            .delayed(Duration::from_millis(7))
            .render()
            .unwrap();
        assert_eq!(r.delay, Duration::from_millis(12));
        assert_eq!(r.status, 200);
        assert_eq!(r.content_type, "text/xml");
        assert_eq!(r.body, b"<response><a>\xD6\xD0\xCE\xC4</a></response>");
        assert!(Reply::raw(5000, "text/html", "x").render().is_err());
        assert!(Reply::raw(502, "text/html\n", "x").render().is_err());
        assert_eq!(Reply::raw(502, "text/html", "<html/>").render().unwrap().status, 502);
    }

    #[test]
    #[should_panic(expected = "cannot load fixture")]
    fn missing_fixture_panics_clearly() {
        let _ = Reply::fixture("no-such-fixture-file.xml");
    }
}
