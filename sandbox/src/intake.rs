//! Reads a gateway request into decoded parameters and the uploaded file: query string, form body
//! or multipart parts, every text GBK-decoded.

use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{Method, StatusCode, header};

use crate::checks::CheckFailure;
use crate::envelope::ErrorCode;
use crate::request::{ReceivedRequest, UploadedFile};
use crate::signature::is_system_param;
use crate::wire::{decode_gbk, decode_xml_bytes, parse_urlencoded};

/// Largest request body accepted (25 MB); larger ones get code 6 with HTTP 413.
pub const BODY_LIMIT: usize = 25 * 1024 * 1024;

/// Upload field names known from the protocol reference. A multipart part is the file part when
/// it has a `filename`, or is named like one of these, or has a `Content-Type` other than
/// `text/plain` (system parameters are always text).
pub const KNOWN_UPLOAD_FIELDS: [&str; 10] = [
    "addItems",
    "updateItemsDetail",
    "multiItemsStock",
    "multiItemsInfo",
    "updateMultiItemsStatus",
    "setItemsPics",
    "sendGoods",
    "updateReturnExchangeOrdersApprStatus",
    "updateMultiOrdersDistriStatus",
    "answerQA",
];

/// Decodes the parameters and upload of `request` into `rec` (GET or POST only).
pub async fn read(request: Request, rec: &mut ReceivedRequest) -> Result<(), CheckFailure> {
    let verb = request.method().clone();
    if verb != Method::GET && verb != Method::POST {
        return Err((
            ErrorCode::UnsupportedHttpMethod,
            format!("不支持的请求方式 (unsupported HTTP method {verb}; use GET or POST)"),
        ));
    }
    let mut pairs = parse_urlencoded(rec.raw_query.as_bytes(), &mut rec.warnings);
    let body_result = if verb == Method::POST { read_post_body(request, rec, &mut pairs).await } else { Ok(()) };
    sort_params(pairs, rec);
    body_result
}

/// Reads a POST body into `pairs` (form fields, multipart text parts) and `rec.upload`.
async fn read_post_body(
    request: Request,
    rec: &mut ReceivedRequest,
    pairs: &mut Vec<(String, String)>,
) -> Result<(), CheckFailure> {
    let declared_length = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if let Some(length) = declared_length.filter(|&n| n > BODY_LIMIT as u64) {
        return Err((
            ErrorCode::BodyTooLarge,
            format!("请求体过大 (Content-Length {length} exceeds {BODY_LIMIT} bytes)"),
        ));
    }
    let mime = rec
        .content_type
        .as_deref()
        .and_then(|ct| ct.split(';').next())
        .map(|m| m.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match mime.as_str() {
        "multipart/form-data" => read_multipart(request, rec, pairs).await,
        "application/x-www-form-urlencoded" => {
            let body = read_body(request).await?;
            pairs.extend(parse_urlencoded(&body, &mut rec.warnings));
            Ok(())
        }
        _ => {
            let body = read_body(request).await?;
            if body.is_empty() {
                Ok(())
            } else {
                Err((
                    ErrorCode::MalformedRequest,
                    format!(
                        "不支持的Content-Type (cannot read a POST body of type {:?})",
                        rec.content_type.as_deref().unwrap_or("<none>")
                    ),
                ))
            }
        }
    }
}

async fn read_body(request: Request) -> Result<Bytes, CheckFailure> {
    axum::body::to_bytes(request.into_body(), BODY_LIMIT).await.map_err(|err| {
        (ErrorCode::BodyTooLarge, format!("请求体过大 (body larger than {BODY_LIMIT} bytes, or unreadable: {err})"))
    })
}

async fn read_multipart(
    request: Request,
    rec: &mut ReceivedRequest,
    pairs: &mut Vec<(String, String)>,
) -> Result<(), CheckFailure> {
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|err| (ErrorCode::MalformedRequest, format!("multipart格式错误 (bad multipart request: {err})")))?;
    let mut files = Vec::new();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(err) => return Err(multipart_failure(&err)),
        };
        let name = field.name().unwrap_or_default().to_string();
        let filename = field.file_name().map(str::to_string);
        let content_type = field.content_type().map(str::to_string);
        let bytes = field.bytes().await.map_err(|err| multipart_failure(&err))?;
        if is_file_part(&name, filename.as_deref(), content_type.as_deref()) {
            let (text, declared_encoding, problems) = decode_xml_bytes(&bytes);
            rec.warnings.extend(problems);
            files.push(UploadedFile {
                field: name,
                filename,
                content_type,
                bytes: bytes.to_vec(),
                declared_encoding,
                text,
            });
        } else if name.is_empty() {
            rec.warnings.push("multipart text part without a name ignored".to_string());
        } else {
            let (text, lossy) = decode_gbk(&bytes);
            if lossy {
                rec.warnings.push(format!("multipart part {name:?} is not valid GBK (decoded lossily)"));
            }
            pairs.push((name, text));
        }
    }
    let count = files.len();
    let names: Vec<String> = files.iter().map(|f| f.field.clone()).collect();
    rec.upload = files.into_iter().next();
    if count > 1 {
        return Err((
            ErrorCode::MalformedRequest,
            format!("文件过多 (expected at most one file part, got {count}: {})", names.join(", ")),
        ));
    }
    Ok(())
}

fn multipart_failure(err: &axum::extract::multipart::MultipartError) -> CheckFailure {
    if err.status() == StatusCode::PAYLOAD_TOO_LARGE {
        (ErrorCode::BodyTooLarge, format!("请求体过大 (body larger than {BODY_LIMIT} bytes: {})", err.body_text()))
    } else {
        (ErrorCode::MalformedRequest, format!("multipart格式错误 (bad multipart body: {})", err.body_text()))
    }
}

/// Whether a multipart part is the uploaded file rather than a text parameter.
fn is_file_part(name: &str, filename: Option<&str>, content_type: Option<&str>) -> bool {
    if filename.is_some() {
        return true;
    }
    if is_system_param(name) {
        return false;
    }
    KNOWN_UPLOAD_FIELDS.contains(&name)
        || content_type.is_some_and(|ct| !ct.trim().to_ascii_lowercase().starts_with("text/plain"))
}

/// Splits decoded pairs into system and business parameters; the first occurrence of a name wins
/// (query before body), a later one with another value is reported in `rec.warnings`. Every value
/// of a business parameter sent more than once is kept in `rec.repeated_params` (list parameters
/// that repeat their key).
fn sort_params(pairs: Vec<(String, String)>, rec: &mut ReceivedRequest) {
    for (name, value) in pairs {
        let system = is_system_param(&name);
        let map = if system { &mut rec.system_params } else { &mut rec.business_params };
        match map.get(&name) {
            Some(first) => {
                if system && *first != value {
                    rec.warnings.push(format!("parameter {name:?} sent twice; kept the first"));
                }
                if !system {
                    let first = first.clone();
                    rec.repeated_params.entry(name).or_insert_with(|| vec![first]).push(value);
                }
            }
            None => {
                map.insert(name, value);
            }
        }
    }
    rec.api_method = rec.system_params.get("method").cloned();
}
