//! `Client`: credentials, endpoint and HTTP settings; signs, encodes and sends every call.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::{Bytes, BytesMut};

use crate::call::{ApiCall, Transport, UploadBody};
use crate::charset;
use crate::error::RawBody;
use crate::sign::{self, SystemParams};
use crate::{BeijingTime, Error};

/// The gateway of the Dangdang open platform.
pub const DEFAULT_ENDPOINT: &str = "http://api.open.dangdang.com/openapi/rest";
/// The `v` system parameter every known client sends.
pub const API_VERSION: &str = "1.0";
/// Default limit for a whole call (connect, send, receive).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default limit for establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default cap on a reply's size.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// A string that never shows in `Debug` output.
#[derive(Clone)]
struct Secret(String);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// A Dangdang API client. Cheap to clone (shared connection pool and settings).
///
/// ```no_run
/// # async fn run() -> Result<(), dangdang_api::Error> {
/// use dangdang_api::{orders::orders_list_get, types::OrderState, Client};
///
/// let client = Client::builder("2100000000", "app secret", "session token").build()?;
/// let request = orders_list_get::Request::new().order_state(OrderState::AwaitingShipment).page_size(20);
/// let page = client.orders_list_get(&request).await?;
/// for order in &page.orders_list {
///     println!("{:?} {:?}", order.order_id, order.order_money);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    endpoint: String,
    app_key: String,
    app_secret: Secret,
    session: Secret,
    max_response_bytes: usize,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.inner.endpoint)
            .field("app_key", &self.inner.app_key)
            .field("app_secret", &self.inner.app_secret)
            .field("session", &self.inner.session)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .finish()
    }
}

/// Settings for a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    app_key: String,
    app_secret: Secret,
    session: Secret,
    endpoint: String,
    timeout: Duration,
    connect_timeout: Duration,
    max_response_bytes: usize,
}

impl ClientBuilder {
    /// The gateway URL (default [`DEFAULT_ENDPOINT`]); point it at a test server.
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = endpoint.into();
        self
    }

    /// Limit for a whole call (default [`DEFAULT_TIMEOUT`]).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Limit for connecting (default [`DEFAULT_CONNECT_TIMEOUT`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Cap on a reply's size (default [`DEFAULT_MAX_RESPONSE_BYTES`]).
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        if !(self.endpoint.starts_with("http://") || self.endpoint.starts_with("https://")) {
            return Err(Error::Config(format!("endpoint `{}` is not an http(s) URL", self.endpoint)));
        }
        if self.app_key.is_empty() {
            return Err(Error::Config("app_key is empty".into()));
        }
        let http = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .build()
            .map_err(|error| Error::Config(error.without_url().to_string()))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                endpoint: self.endpoint,
                app_key: self.app_key,
                app_secret: self.app_secret,
                session: self.session,
                max_response_bytes: self.max_response_bytes,
            }),
        })
    }
}

impl Client {
    /// Starts building a client from the app key, the app secret and the session (access token).
    pub fn builder(
        app_key: impl Into<String>,
        app_secret: impl Into<String>,
        session: impl Into<String>,
    ) -> ClientBuilder {
        ClientBuilder {
            app_key: app_key.into(),
            app_secret: Secret(app_secret.into()),
            session: Secret(session.into()),
            endpoint: DEFAULT_ENDPOINT.to_owned(),
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
        }
    }

    /// The gateway URL in use.
    pub fn endpoint(&self) -> &str {
        &self.inner.endpoint
    }

    /// The app key in use.
    pub fn app_key(&self) -> &str {
        &self.inner.app_key
    }

    /// Signs and sends one call and returns the raw reply (any method, including ones not in the spec).
    ///
    /// Non-success HTTP statuses become [`Error::HttpStatus`]; envelopes are not inspected here
    /// (see the generated methods, which decode them).
    pub async fn execute(&self, call: ApiCall) -> Result<RawBody, Error> {
        let method = call.method;
        let timestamp = BeijingTime::now().to_string();
        let system = SystemParams {
            app_key: &self.inner.app_key,
            format: "xml",
            method,
            session: &self.inner.session.0,
            sign_method: "md5",
            timestamp: &timestamp,
            v: API_VERSION,
        };
        let signature = sign::sign(&self.inner.app_secret.0, &system);
        let mut encoded = String::new();
        for (name, value) in system.sorted() {
            charset::append_pair(&mut encoded, name, value.as_bytes());
        }
        charset::append_pair(&mut encoded, "sign", signature.as_bytes());
        for (name, value) in &call.params {
            let gbk = charset::to_gbk(value).ok_or_else(|| Error::Unencodable { method, param: name.to_string() })?;
            charset::append_pair(&mut encoded, name, &gbk);
        }
        let http = &self.inner.http;
        let endpoint = &self.inner.endpoint;
        let request = match call.transport {
            Transport::Get => http.get(format!("{endpoint}?{encoded}")),
            Transport::PostForm => http
                .post(endpoint.as_str())
                .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded; charset=GBK")
                .body(encoded),
            Transport::Multipart => {
                let mut form = reqwest::multipart::Form::new();
                if let Some(upload) = call.upload {
                    let (bytes, mime) = match upload.body {
                        UploadBody::XmlFragment(fragment) => (
                            charset::xml_to_gbk(&crate::xml::request_document(method, &timestamp, &fragment)),
                            "text/xml",
                        ),
                        UploadBody::Bytes(bytes) => (bytes, "application/zip"),
                    };
                    if let Some(max) = upload.max_bytes {
                        if bytes.len() as u64 > max {
                            return Err(Error::InvalidParam {
                                method,
                                param: upload.field.to_owned(),
                                value: format!("{} bytes", bytes.len()),
                                rule: format!("at most {max} bytes"),
                            });
                        }
                    }
                    let part = reqwest::multipart::Part::bytes(bytes)
                        .file_name(upload.filename)
                        .mime_str(mime)
                        .map_err(|error| Error::transport(method, error))?;
                    form = form.part(upload.field, part);
                }
                http.post(format!("{endpoint}?{encoded}")).multipart(form)
            }
        };
        let mut response = request.send().await.map_err(|error| Error::transport(method, error))?;
        let status = response.status();
        let limit = self.inner.max_response_bytes;
        let mut body = BytesMut::new();
        while let Some(chunk) = response.chunk().await.map_err(|error| Error::transport(method, error))? {
            if body.len() + chunk.len() > limit {
                return Err(Error::ResponseTooLarge { method, limit });
            }
            body.extend_from_slice(&chunk);
        }
        let raw = RawBody(Bytes::from(body));
        if !status.is_success() {
            return Err(Error::HttpStatus { method, status: status.as_u16(), raw });
        }
        Ok(raw)
    }
}
