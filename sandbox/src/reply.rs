//! Replies a test configures on the sandbox, and their rendering to HTTP status, type and bytes.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use futures_util::stream;

use crate::envelope::error_response_xml;
use crate::wire::transcode_xml;

/// How long a [`Reply::CutAfter`] reply pauses after its partial body, so that the connection
/// flushes what was sent before it is dropped.
pub const CUT_PAUSE: Duration = Duration::from_millis(20);

/// Size of the chunks a [`Reply::Huge`] body is generated in.
pub const HUGE_CHUNK: usize = 64 * 1024;

/// What the sandbox answers to a call of an API method once the call passed every check.
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
    /// The inner reply's status, type and `Content-Length` (of its whole body), but only the first
    /// `n` body bytes; then the connection is dropped (a reset mid-body).
    CutAfter(usize, Box<Reply>),
    /// A status-200 body of `len` bytes in all — `head`, then `fill` repeated — generated
    /// [`HUGE_CHUNK`] bytes at a time as the connection takes them, never held in memory, with
    /// `Content-Length: len`. [`Sandbox::streamed_bytes`](crate::Sandbox::streamed_bytes)
    /// counts what was handed to the connection.
    Huge {
        /// Value of the `Content-Type` header.
        content_type: String,
        /// The first bytes of the body (at most `len`).
        head: Vec<u8>,
        /// The byte repeated after `head`.
        fill: u8,
        /// Total body length.
        len: u64,
    },
}

/// How a rendered body goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// The whole body.
    Whole,
    /// `Content-Length` of the whole body, only its first `n` bytes, then the connection drops.
    CutAfter(usize),
    /// The body is only the head: `fill` follows up to `len` bytes in all, generated lazily.
    Generated {
        /// The byte repeated after the head.
        fill: u8,
        /// Total body length.
        len: u64,
    },
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
    /// Body bytes (for [`Delivery::Generated`], only the head).
    pub body: Vec<u8>,
    /// How the body is sent.
    pub delivery: Delivery,
}

impl Reply {
    /// [`Reply::Xml`] from any string.
    pub fn xml(s: impl Into<String>) -> Reply {
        Reply::Xml(s.into())
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

    /// This reply's headers (its full `Content-Length` included) and the first `bytes` bytes of its
    /// body, then the connection is dropped.
    pub fn cut_after(self, bytes: usize) -> Reply {
        Reply::CutAfter(bytes, Box::new(self))
    }

    /// A [`Reply::Huge`] of `len` bytes that starts like a GBK `<response>` and goes on with `x`.
    pub fn huge(len: u64) -> Reply {
        Reply::Huge {
            content_type: "text/xml".to_string(),
            head: b"<?xml version=\"1.0\" encoding=\"GBK\"?><response><remark>".to_vec(),
            fill: b'x',
            len,
        }
    }

    /// Reduces the reply to status, content type, body and total delay; errors when an XML
    /// declaration names a charset the sandbox cannot write, or the status/content type are invalid.
    pub fn render(&self) -> Result<RenderedReply, String> {
        match self {
            Reply::Xml(text) => Ok(RenderedReply {
                delay: Duration::ZERO,
                status: 200,
                content_type: "text/xml".to_string(),
                body: transcode_xml(text)?,
                delivery: Delivery::Whole,
            }),
            Reply::Raw { status, content_type, body } => {
                if !(100..=999).contains(status) {
                    return Err(format!("invalid HTTP status {status}"));
                }
                check_content_type(content_type)?;
                Ok(RenderedReply {
                    delay: Duration::ZERO,
                    status: *status,
                    content_type: content_type.clone(),
                    body: body.clone(),
                    delivery: Delivery::Whole,
                })
            }
            Reply::Delay(delay, inner) => {
                let mut rendered = inner.render()?;
                rendered.delay = rendered.delay.saturating_add(*delay);
                Ok(rendered)
            }
            Reply::CutAfter(bytes, inner) => {
                let mut rendered = inner.render()?;
                if rendered.delivery != Delivery::Whole {
                    return Err("only a whole body can be cut".to_string());
                }
                if *bytes >= rendered.body.len() {
                    return Err(format!("cut after {bytes} bytes of a {}-byte body cuts nothing", rendered.body.len()));
                }
                rendered.delivery = Delivery::CutAfter(*bytes);
                Ok(rendered)
            }
            Reply::Huge { content_type, head, fill, len } => {
                if head.len() as u64 > *len {
                    return Err(format!("head of {} bytes is longer than the {len}-byte body", head.len()));
                }
                check_content_type(content_type)?;
                Ok(RenderedReply {
                    delay: Duration::ZERO,
                    status: 200,
                    content_type: content_type.clone(),
                    body: head.clone(),
                    delivery: Delivery::Generated { fill: *fill, len: *len },
                })
            }
        }
    }
}

fn check_content_type(content_type: &str) -> Result<(), String> {
    if content_type.bytes().any(|b| b.is_ascii_control() || !b.is_ascii()) {
        return Err(format!("invalid content type {content_type:?}"));
    }
    Ok(())
}

/// Counts the bytes of generated ([`Delivery::Generated`]) bodies handed to connections, and the
/// generated bodies still being sent.
#[derive(Debug, Default)]
pub struct StreamMeter {
    bytes: AtomicU64,
    open: AtomicUsize,
}

impl StreamMeter {
    /// Body bytes of generated replies handed to connections so far.
    pub fn bytes(&self) -> u64 {
        self.bytes.load(Ordering::SeqCst)
    }

    /// Generated bodies not yet finished or dropped.
    pub fn open(&self) -> usize {
        self.open.load(Ordering::SeqCst)
    }
}

/// Marks one generated body as open until dropped (finished, or abandoned with its connection).
struct OpenStream(Arc<StreamMeter>);

impl OpenStream {
    fn new(meter: Arc<StreamMeter>) -> OpenStream {
        meter.open.fetch_add(1, Ordering::SeqCst);
        OpenStream(meter)
    }
}

impl Drop for OpenStream {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::SeqCst);
    }
}

impl RenderedReply {
    /// The HTTP response (the delay is the caller's business). Generated bodies are counted in
    /// `meter`.
    pub fn into_response(self, meter: &Arc<StreamMeter>) -> Response {
        let (body, content_length) = match self.delivery {
            Delivery::Whole => (Body::from(self.body), None),
            Delivery::CutAfter(bytes) => {
                let full = self.body.len() as u64;
                let sent = Bytes::from(self.body).slice(..bytes);
                // The pause lets the connection flush the headers and the partial body before the
                // error makes it drop the connection.
                let frames = stream::unfold(Some(sent), |step| async move {
                    let sent = step?;
                    if !sent.is_empty() {
                        return Some((Ok(sent), Some(Bytes::new())));
                    }
                    tokio::time::sleep(CUT_PAUSE).await;
                    let reset = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "dangdang sandbox: cut");
                    Some((Err(reset), None))
                });
                (Body::from_stream(frames), Some(full))
            }
            Delivery::Generated { fill, len } => {
                let head = Bytes::from(self.body);
                let state = (head, len, OpenStream::new(Arc::clone(meter)));
                let chunks = stream::unfold(state, move |(head, left, open)| async move {
                    if left == 0 {
                        return None;
                    }
                    let chunk = if head.is_empty() {
                        Bytes::from(vec![fill; HUGE_CHUNK.min(usize::try_from(left).unwrap_or(HUGE_CHUNK))])
                    } else {
                        head
                    };
                    open.0.bytes.fetch_add(chunk.len() as u64, Ordering::SeqCst);
                    let left = left - chunk.len() as u64;
                    Some((Ok::<_, std::io::Error>(chunk), (Bytes::new(), left, open)))
                });
                (Body::from_stream(chunks), Some(len))
            }
        };
        let mut response = Response::new(body);
        *response.status_mut() = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let content_type =
            HeaderValue::from_str(&self.content_type).unwrap_or(HeaderValue::from_static("application/octet-stream"));
        response.headers_mut().insert(header::CONTENT_TYPE, content_type);
        if let Some(length) = content_length {
            response.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(length));
        }
        response
    }
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
}
