//! What the sandbox records about every request it receives.

use std::collections::BTreeMap;

/// One request as the sandbox saw it, decoded.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReceivedRequest {
    /// HTTP verb: `"GET"`, `"POST"`, ...
    pub http_method: String,
    /// Request path, e.g. `/openapi/rest`.
    pub path: String,
    /// The raw (still percent-encoded) query string, empty when there is none; `session` and
    /// `sign` redacted.
    pub raw_query: String,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// The `method` system parameter (the API method name).
    pub api_method: Option<String>,
    /// The seven signed system parameters plus `sign`, as far as present, decoded; the values of
    /// `session` and `sign` are replaced by `<redacted>` (also in `raw_query`).
    pub system_params: BTreeMap<String, String>,
    /// Every other parameter (query, form body, multipart text parts), GBK-decoded; a name sent
    /// more than once keeps its first value here.
    pub business_params: BTreeMap<String, String>,
    /// Every value of each business parameter sent more than once (`cus_id[]=1&cus_id[]=2`), in order.
    pub repeated_params: BTreeMap<String, Vec<String>>,
    /// The multipart file part, if there was one.
    pub upload: Option<UploadedFile>,
    /// `None` when the request passed every check and was answered normally; otherwise why it was
    /// refused, or which fault was injected instead of the answer.
    pub rejection: Option<String>,
    /// The `<errorCode>` the sandbox refused with (see [`crate::ErrorCode`]); `None` when it
    /// answered (normally or with an injected fault).
    pub error_code: Option<u32>,
    /// Decoding problems tolerated along the way: invalid percent escapes, non-GBK bytes (decoded
    /// lossily), conflicting duplicate parameters.
    pub warnings: Vec<String>,
}

impl ReceivedRequest {
    /// Whether the request passed every check and got a normal answer (no injected fault).
    pub fn accepted(&self) -> bool {
        self.rejection.is_none() && self.path == crate::gateway::GATEWAY_PATH
    }

    /// A parameter by name, looked up among system parameters first, then business ones.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.system_params.get(name).or_else(|| self.business_params.get(name)).map(String::as_str)
    }
}

/// The file part of a multipart upload.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UploadedFile {
    /// The part's field name (e.g. `sendGoods`).
    pub field: String,
    /// The `filename` of its `Content-Disposition`, if given.
    pub filename: Option<String>,
    /// The part's `Content-Type`, if given.
    pub content_type: Option<String>,
    /// The raw bytes.
    pub bytes: Vec<u8>,
    /// The `encoding` of the document's XML declaration, if it has one.
    pub declared_encoding: Option<String>,
    /// The bytes decoded per the XML declaration (GBK when there is none), lossily if need be.
    pub text: String,
}
