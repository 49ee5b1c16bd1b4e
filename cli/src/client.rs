//! The client a command sends with: credentials from the environment, the endpoint, and the
//! upload of a multipart call read from a file.

use std::path::Path;

use dangdang_api::{Client, Error, Upload, UploadBody};
use dangdang_codegen::model::UploadFormat;
use dangdang_sandbox::UploadedFile;
use dangdang_sandbox::validate::check_upload;

use crate::args::Global;
use crate::exit::Failure;
use crate::resolve::Resolved;

/// The environment variables of the credentials, in the order they are asked for.
const CREDENTIALS: [&str; 3] = ["DANGDANG_APP_KEY", "DANGDANG_APP_SECRET", "DANGDANG_SESSION"];

/// The app secret and session, from the environment only (never from arguments, which `ps` and
/// shell history show).
pub fn read_secrets(global: &mut Global) {
    global.app_secret = std::env::var(CREDENTIALS[1]).ok().filter(|v| !v.is_empty());
    global.session = std::env::var(CREDENTIALS[2]).ok().filter(|v| !v.is_empty());
}

/// A client for `global`'s endpoint and credentials; missing credentials are a usage error
/// naming the variables to set.
pub fn client(global: &Global) -> Result<Client, Failure> {
    let values = [&global.app_key, &global.app_secret, &global.session];
    let missing: Vec<&str> =
        CREDENTIALS.iter().zip(values).filter(|(_, value)| value.is_none()).map(|(name, _)| *name).collect();
    let ([Some(key), Some(secret), Some(session)], true) = (values, missing.is_empty()) else {
        return Err(Failure::Usage(format!(
            "missing credentials: set {} (`dangdang sandbox` prints test ones)",
            missing.join(", ")
        )));
    };
    let mut builder = Client::builder(key.as_str(), secret.as_str(), session.as_str());
    if let Some(endpoint) = &global.endpoint {
        builder = builder.endpoint(endpoint.as_str());
    }
    Ok(builder.build()?)
}

/// The upload of a multipart method from `path`: an XML document's `<request>` children (a whole
/// `<request>` document is unwrapped; UTF-8 or GBK) or a zip archive's bytes, as the spec says.
pub fn upload(method: &Resolved, path: &Path) -> Result<Upload, Failure> {
    let name = method.info.name;
    let (Some(field), Some(spec)) = (method.info.upload_field, method.method().upload.as_ref()) else {
        return Err(Failure::Usage(format!("{name} takes no upload (it is not a multipart method)")));
    };
    let bytes = std::fs::read(path).map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.display())))?;
    let body = match spec.format {
        UploadFormat::Zip => UploadBody::Bytes(bytes),
        UploadFormat::Xml => {
            let fragment = request_children(&decode_text(bytes, path)?).to_owned();
            check_document(method, field, &fragment)?;
            UploadBody::Fragment(fragment)
        }
    };
    Ok(part(field, spec, body))
}

/// The file part of `body` as the spec names it.
fn part(field: &'static str, spec: &dangdang_codegen::model::Upload, body: UploadBody) -> Upload {
    let filename = spec.filename.clone().unwrap_or_else(|| format!("{field}.xml"));
    // `Upload` holds `&'static str` (generated code passes literals); one call per process leaks
    // one short file name, once.
    Upload { field, filename: Box::leak(filename.into_boxed_str()), max_bytes: spec.max_bytes, body }
}

/// The upload of a multipart method from a JSON document at `path`, read into the method's typed
/// document by the library (`upload_json::document_json`) and written as the typed call would
/// write it; then checked against the spec like an XML file.
pub fn document(method: &Resolved, path: &Path) -> Result<Upload, Failure> {
    let name = method.info.name;
    let (Some(field), Some(spec)) = (method.info.upload_field, method.method().upload.as_ref()) else {
        return Err(Failure::Usage(format!("{name} takes no upload (it is not a multipart method)")));
    };
    let text =
        std::fs::read_to_string(path).map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.display())))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| Failure::Usage(format!("{} is not JSON: {e}", path.display())))?;
    let Some(fragment) = dangdang_api::upload_json::document_json(name, json) else {
        return Err(Failure::Usage(format!("{name}'s upload is not a typed XML document: give it with --upload FILE")));
    };
    let fragment = fragment?;
    check_document(method, field, &fragment)?;
    Ok(part(field, spec, UploadBody::Fragment(fragment)))
}

/// Refuses, before sending, a document that breaks the spec's upload layout (unknown, missing or
/// over-repeated elements, values out of limits). The spec is read by the sandbox's validator, the
/// one reader of upload layouts there is; its message says what is wrong, never the values.
fn check_document(method: &Resolved, field: &'static str, fragment: &str) -> Result<(), Failure> {
    let text = format!("<request>{fragment}</request>");
    // Sized as sent: the protocol sends GBK.
    let bytes = encoding_rs::GBK.encode(&text).0.into_owned();
    let file = UploadedFile { field: field.to_owned(), bytes, text, ..UploadedFile::default() };
    match check_upload(&method.spec, method.method(), Some(&file)) {
        Ok(_) => Ok(()),
        Err((_, message)) => {
            Err(Failure::Api(Error::InvalidParam { method: method.info.name, param: field.to_owned(), rule: message }))
        }
    }
}

/// The file's text: UTF-8, or else GBK (the protocol's charset).
fn decode_text(bytes: Vec<u8>, path: &Path) -> Result<String, Failure> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text.trim_start_matches('\u{feff}').to_owned()),
        Err(not_utf8) => {
            let (text, had_errors) = encoding_rs::GBK.decode_without_bom_handling(not_utf8.as_bytes());
            if had_errors {
                return Err(Failure::Usage(format!("{} is neither UTF-8 nor GBK text", path.display())));
            }
            Ok(text.into_owned())
        }
    }
}

/// The children of `<request>` when `text` is a whole `<request>` document (declaration optional);
/// otherwise `text`, taken to be the children already.
fn request_children(text: &str) -> &str {
    let mut rest = text.trim();
    if rest.starts_with("<?xml") {
        rest = rest.split_once("?>").map_or(rest, |(_, after)| after.trim_start());
    }
    match rest.strip_prefix("<request>").and_then(|inner| inner.trim_end().strip_suffix("</request>")) {
        Some(inner) => inner,
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_request_document_is_unwrapped() {
        let doc = "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<request><OrdersList/></request>\n";
        assert_eq!(request_children(doc), "<OrdersList/>");
        assert_eq!(request_children("<OrdersList/>"), "<OrdersList/>");
        assert_eq!(request_children("<request><a/>"), "<request><a/>");
    }
}
