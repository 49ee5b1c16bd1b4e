//! The Dangdang protocol for the runtime: MD5-signed system parameters, GBK-encoded parameters and
//! upload documents, and replies classified by their envelope (`<errorResponse>`, throttles).

use std::fmt;

use encoding_rs::Encoding;
use secrecy::{ExposeSecret, SecretString};

use crate::rt::{Call, Error, Protocol, RawBody, Session, Target, Transport, Upload, UploadBody, Verdict};
use crate::sign::{self, SystemParams};
use crate::{API_VERSION, BeijingTime, charset, decode};

/// The credentials of one shop's calls; everything else the runtime holds.
pub(crate) struct Dangdang {
    pub app_key: String,
    app_secret: SecretString,
    session: Session,
}

impl Dangdang {
    pub fn new(app_key: String, app_secret: SecretString, session: SecretString) -> Dangdang {
        Dangdang { app_key, app_secret, session: Session::new(session) }
    }
}

impl fmt::Debug for Dangdang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dangdang")
            .field("app_key", &self.app_key)
            .field("app_secret", &self.app_secret)
            .field("session", &self.session)
            .finish()
    }
}

impl Protocol for Dangdang {
    fn name(&self) -> &'static str {
        "dangdang"
    }

    fn check_config(&self) -> Result<(), String> {
        if self.app_key.is_empty() { Err("app_key is empty".into()) } else { Ok(()) }
    }

    /// Signs the call with a fresh timestamp and encodes it for its transport, every value in GBK.
    fn encode(&self, call: &Call, target: Target<'_>) -> Result<reqwest::RequestBuilder, Error> {
        let method = call.method();
        let timestamp = BeijingTime::now().to_string();
        let mut encoded = self.session.with(|session| {
            let system = SystemParams {
                app_key: &self.app_key,
                format: "xml",
                method,
                session,
                sign_method: "md5",
                timestamp: &timestamp,
                v: API_VERSION,
            };
            let signature = sign::sign(self.app_secret.expose_secret(), &system);
            let mut encoded = String::new();
            for (name, value) in system.sorted() {
                charset::append_pair(&mut encoded, name, value.as_bytes());
            }
            charset::append_pair(&mut encoded, "sign", signature.as_bytes());
            encoded
        });
        for (name, value) in &call.params {
            let gbk = charset::to_gbk(value).ok_or_else(|| unencodable(method, name))?;
            charset::append_pair(&mut encoded, name, &gbk);
        }
        let Target { http, endpoint } = target;
        Ok(match call.info.transport {
            Transport::Get => http.get(format!("{endpoint}?{encoded}")),
            Transport::PostQuery | Transport::PostJson => http.post(format!("{endpoint}?{encoded}")),
            Transport::PostForm => http
                .post(endpoint)
                .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded; charset=GBK")
                .body(encoded),
            Transport::Multipart => {
                let mut form = reqwest::multipart::Form::new();
                if let Some(upload) = &call.upload {
                    form = form.part(upload.field, upload_part(method, &timestamp, upload)?);
                }
                http.post(format!("{endpoint}?{encoded}")).multipart(form)
            }
        })
    }

    /// A UTF-8 byte-order mark, else the XML declaration's charset, else GBK.
    fn reply_charset(&self, body: &[u8]) -> &'static Encoding {
        charset::reply_encoding(body).unwrap_or(encoding_rs::GBK)
    }

    fn classify(&self, call: &Call, body: &RawBody) -> Verdict {
        decode::classify(call.method(), body)
    }

    /// The app secret (the session the runtime scrubs itself, from [`Protocol::session`]).
    fn secrets(&self) -> Vec<&str> {
        vec![self.app_secret.expose_secret()]
    }

    fn session(&self) -> Option<&Session> {
        Some(&self.session)
    }
}

fn unencodable(method: &'static str, param: &str) -> Error {
    Error::Unencodable { method, param: param.to_owned(), charset: "GBK" }
}

/// The file part of an upload: the GBK XML document (or the caller's bytes), size-checked.
fn upload_part(method: &'static str, timestamp: &str, upload: &Upload) -> Result<reqwest::multipart::Part, Error> {
    let (bytes, mime) = match &upload.body {
        UploadBody::Fragment(fragment) => {
            (charset::xml_to_gbk(&crate::xml::request_document(method, timestamp, fragment)), "text/xml")
        }
        UploadBody::Bytes(bytes) => (bytes.clone(), "application/zip"),
    };
    if let Some(max) = upload.max_bytes {
        if bytes.len() as u64 > max {
            return Err(Error::InvalidParam {
                method,
                param: upload.field.to_owned(),
                rule: format!("at most {max} bytes, got {}", bytes.len()),
            });
        }
    }
    reqwest::multipart::Part::bytes(bytes)
        .file_name(upload.filename)
        .mime_str(mime)
        .map_err(|error| Error::Transport { method, source: error.without_url() })
}
