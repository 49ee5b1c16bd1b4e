//! HTTP transport policy of every client (the API clients, OAuth token clients): redirects are never
//! followed (a 3xx becomes an error naming its `Location`, credentials redacted), no `Referer` is
//! ever sent, and extra root certificates can be trusted for https endpoints behind a private CA.

use std::time::Duration;

use reqwest::Url;

/// The one query parameter whose value a redirect error shows: the API method name. Every other
/// value may be a credential (`session`, `sign`, `code`, `refreshToken`) or buyer personal data
/// (a consignee name sent as a parameter), so only its name is shown.
const SHOWN_PARAM: &str = "method";

/// What replaces a redacted value.
pub const REDACTED: &str = "REDACTED";

/// A redirect reply, described for an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    /// The status code.
    pub status: u16,
    /// The resolved, redacted `Location` (`(none)` when missing).
    pub location: String,
    /// Same host, request over http, `Location` over https.
    pub https_upgrade: bool,
}

/// Why reading a reply body stopped.
pub enum BodyError {
    /// More than the limit arrived (or was announced by `Content-Length`).
    TooLarge,
    /// The connection failed mid-body (or a time limit cut it).
    Transport(reqwest::Error),
}

/// Reads a whole reply body of at most `limit` bytes. The buffer is sized from `Content-Length`
/// (capped at the limit) and trimmed to the body at the end, so a kept body holds no spare
/// capacity (growing by doubling would leave up to half of it unused).
pub async fn read_body(response: &mut reqwest::Response, limit: usize) -> Result<bytes::Bytes, BodyError> {
    let announced = response.content_length().map_or(0, |length| usize::try_from(length).unwrap_or(usize::MAX));
    if announced > limit {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::with_capacity(announced);
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        if body.len().saturating_add(chunk.len()) > limit {
            return Err(BodyError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    body.shrink_to_fit();
    Ok(bytes::Bytes::from(body))
}

/// Builds the reqwest client: `connect_timeout` for connecting, `timeout` (if any) for a whole
/// exchange, no redirects, no `Referer`, and `root_certificates_pem` trusted beside the built-in roots.
/// The error names the setting at fault.
pub fn http_client(
    connect_timeout: Duration,
    timeout: Option<Duration>,
    root_certificates_pem: &[Vec<u8>],
) -> Result<reqwest::Client, String> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .redirect(reqwest::redirect::Policy::none())
        .referer(false);
    if let Some(timeout) = timeout {
        builder = builder.timeout(timeout);
    }
    for (index, pem) in root_certificates_pem.iter().enumerate() {
        let refused = |why: String| format!("add_root_certificate_pem (#{}): {why}", index + 1);
        let certificates = reqwest::Certificate::from_pem_bundle(pem)
            .map_err(|error| refused(format!("not PEM certificates: {error}")))?;
        if certificates.is_empty() {
            return Err(refused("no PEM certificate in it".to_owned()));
        }
        for certificate in certificates {
            builder = builder.add_root_certificate(certificate);
        }
    }
    builder.build().map_err(|error| format!("cannot build the HTTP client: {}", error.without_url()))
}

/// Checks that `url` is an absolute http(s) URL with a host; the error names `setting`.
pub fn check_url(setting: &str, url: &str) -> Result<(), String> {
    match Url::parse(url) {
        Ok(parsed) if matches!(parsed.scheme(), "http" | "https") && parsed.host_str().is_some() => Ok(()),
        Ok(_) => Err(format!("{setting} `{url}` is not an http(s) URL with a host")),
        Err(error) => Err(format!("{setting} `{url}` is not a URL: {error}")),
    }
}

/// Describes a 3xx reply to a request for `request_url`: the `Location` resolved against it, with
/// userinfo, every query value but `method`'s and any of `secrets` replaced by [`REDACTED`].
pub fn describe_redirect(status: u16, request_url: &Url, location: Option<&[u8]>, secrets: &[&str]) -> Redirect {
    let Some(raw) = location else {
        return Redirect { status, location: "(none)".to_owned(), https_upgrade: false };
    };
    let raw = String::from_utf8_lossy(raw);
    let (shown, https_upgrade) = match request_url.join(raw.trim()) {
        Ok(mut url) => {
            let https_upgrade =
                request_url.scheme() == "http" && url.scheme() == "https" && url.host_str() == request_url.host_str();
            redact_url(&mut url);
            (url.to_string(), https_upgrade)
        }
        Err(_) => (format!("{raw:?} (not a URL)"), false),
    };
    Redirect { status, location: scrub(&shown, secrets), https_upgrade }
}

/// Removes userinfo and every query value but the method name from `url`.
fn redact_url(url: &mut Url) {
    if !url.username().is_empty() || url.password().is_some() {
        let _ = url.set_username(REDACTED);
        let _ = url.set_password(None);
    }
    if url.query().is_none() {
        return;
    }
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .map(|(name, value)| {
            let value = if name == SHOWN_PARAM { value.into_owned() } else { REDACTED.to_owned() };
            (name.into_owned(), value)
        })
        .collect();
    url.query_pairs_mut().clear().extend_pairs(pairs);
}

/// Replaces every occurrence of each secret (as written and form-encoded) in `text`.
fn scrub(text: &str, secrets: &[&str]) -> String {
    let mut text = text.to_owned();
    for secret in secrets.iter().filter(|secret| !secret.is_empty()) {
        let encoded: String = form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        text = text.replace(secret, REDACTED).replace(&encoded, REDACTED);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn describe(location: &str) -> Redirect {
        let request = Url::parse("http://gw.example/openapi/rest?session=S3&sign=AB").unwrap();
        describe_redirect(302, &request, Some(location.as_bytes()), &["TOPSECRET"])
    }

    #[test]
    fn locations_are_resolved_and_redacted() {
        let moved = describe("https://gw.example/openapi/rest?session=S3&sign=AB&method=m");
        assert_eq!(moved.location, "https://gw.example/openapi/rest?session=REDACTED&sign=REDACTED&method=m");
        assert!(moved.https_upgrade);
        let relative = describe("/elsewhere?x=TOPSECRET");
        assert_eq!(relative.location, "http://gw.example/elsewhere?x=REDACTED");
        assert!(!relative.https_upgrade);
        let other_host = describe("https://user:pw@evil.example/TOPSECRET");
        assert_eq!(other_host.location, "https://REDACTED@evil.example/REDACTED");
        assert!(!other_host.https_upgrade);
        let garbage = describe("http://[::1");
        assert!(garbage.location.contains("not a URL"), "{garbage:?}");
        let request = Url::parse("http://gw.example/").unwrap();
        assert_eq!(describe_redirect(301, &request, None, &[]).location, "(none)");
    }

    #[test]
    fn urls_must_be_http_with_a_host() {
        assert!(check_url("endpoint", "https://gw.example/openapi/rest").is_ok());
        assert!(check_url("endpoint", "ftp://gw.example/").unwrap_err().starts_with("endpoint"));
        assert!(check_url("endpoint", "http://").is_err());
        assert!(check_url("endpoint", "gw.example").is_err());
    }
}
