//! `RawBody`: a reply body kept for diagnosis (in errors) and decoding, with its charset.

use std::fmt;

use bytes::Bytes;
use encoding_rs::{Encoding, UTF_8};

/// A response body kept for diagnosis, with the charset its protocol reads it in.
///
/// Replies carry buyer personal data (consignee names, phones, addresses), so `Debug` shows only the
/// size; read the content explicitly with [`RawBody::bytes`] or [`RawBody::text_lossy`].
#[derive(Clone, PartialEq, Eq)]
pub struct RawBody {
    bytes: Bytes,
    charset: &'static Encoding,
}

impl RawBody {
    /// A body read in `charset` (the protocol decides: Dangdang's XML declaration, else GBK).
    pub fn new(bytes: impl Into<Bytes>, charset: &'static Encoding) -> RawBody {
        RawBody { bytes: bytes.into(), charset }
    }

    /// A UTF-8 body.
    pub fn utf8(bytes: impl Into<Bytes>) -> RawBody {
        RawBody::new(bytes, UTF_8)
    }

    /// The bytes as received.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The bytes as received, shared.
    pub fn to_bytes(&self) -> Bytes {
        self.bytes.clone()
    }

    /// The body decoded in its charset, malformed bytes replaced.
    pub fn text_lossy(&self) -> String {
        let bytes = if self.charset == UTF_8 {
            self.bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&self.bytes)
        } else {
            &self.bytes
        };
        self.charset.decode_without_bom_handling(bytes).0.into_owned()
    }
}

impl fmt::Debug for RawBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawBody({} bytes)", self.bytes.len())
    }
}
