//! The sandbox's `errorResponse` (E1) envelope and its own error codes.

use std::fmt;

/// Error codes the sandbox puts in `<errorCode>`. The real gateway's values are not public: these
/// numbers are **the sandbox's own invention** and only mean something to this sandbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum ErrorCode {
    /// 1: a system parameter (one of the seven signed ones, or `sign`) is missing or empty.
    MissingParameter = 1,
    /// 2: `sign` does not match the MD5 the sandbox computed.
    BadSignature = 2,
    /// 3: `app_key` or `session` differs from the configured one.
    BadCredentials = 3,
    /// 4: `timestamp` is malformed or farther from now than the allowed clock skew.
    BadTimestamp = 4,
    /// 5: `format` is not `xml`, `v` not `1.0`, or `sign_method` not `md5`.
    BadFixedParameter = 5,
    /// 6: the request body exceeds the 25 MB limit (served with HTTP 413).
    BodyTooLarge = 6,
    /// 7: the body cannot be understood (bad multipart, more than one file part, unsupported
    /// content type).
    MalformedRequest = 7,
    /// 8: an HTTP verb other than GET or POST (served with HTTP 405).
    UnsupportedHttpMethod = 8,
    /// 9: the `method` is not one of the spec's methods.
    UnknownMethod = 9,
    /// 10: a business parameter breaks the spec (missing, not of its type, not an allowed value,
    /// out of its limits, a cross-parameter rule).
    InvalidParameter = 10,
    /// 11: the upload is missing, under the wrong field name, too large, or its document does not
    /// have the spec's shape.
    BadUpload = 11,
    /// 12: the per-minute throttle (message `SHOP访问API一分钟频次超限`, protocol reference §7; the
    /// real code is not public).
    Throttled = 12,
}

impl ErrorCode {
    /// The numeric value written into `<errorCode>`.
    pub fn code(self) -> u32 {
        self as u32
    }

    /// The HTTP status the sandbox uses with this code (200, like the real gateway, except for
    /// oversized bodies and unsupported verbs).
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::BodyTooLarge => 413,
            ErrorCode::UnsupportedHttpMethod => 405,
            _ => 200,
        }
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.code())
    }
}

/// Escapes text for use as XML character data.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// An `errorResponse` document (as UTF-8 text, declaring GBK) with any numeric code.
pub fn error_response_xml(code: u32, message: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"GBK\"?><errorResponse><errorCode>{code}</errorCode>\
         <errorMessage>{}</errorMessage></errorResponse>",
        escape_xml(message)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_shape() {
        assert_eq!(
            error_response_xml(ErrorCode::BadSignature.code(), "签名错误 <a&b>"),
            "<?xml version=\"1.0\" encoding=\"GBK\"?><errorResponse><errorCode>2</errorCode>\
             <errorMessage>签名错误 &lt;a&amp;b&gt;</errorMessage></errorResponse>"
        );
    }
}
