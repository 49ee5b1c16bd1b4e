//! Semantic checks on a parsed spec; every problem is collected, none stops the pass.

mod args;
mod elements;
mod enums;
mod names;
mod pagination;
mod params;
mod protocol;
mod shapes;
mod values;

use std::collections::HashMap;

use crate::diagnostics::Reporter;
use crate::identifiers::NameKind;
use crate::model::{Method, Protocol, ProvenanceStatus, Spec, Transport};
use crate::naming;
use crate::suggest;
use elements::{Level, Tree, check_elements};

/// Runs every check and records problems in `report`.
pub fn validate(spec: &Spec, report: &mut Reporter<'_>) {
    enums::check_types(spec, report);
    shapes::check_shapes(spec, report);
    let mut seen_names: HashMap<&str, usize> = HashMap::new();
    let mut seen_rust: HashMap<String, usize> = HashMap::new();
    let mut unknown = 0;
    for (index, method) in spec.methods.iter().enumerate() {
        let path = format!("methods[{index}]");
        if let Some(first) = seen_names.insert(&method.name, index) {
            let first_at = report.describe(&format!("methods[{first}].name"));
            report.error(
                "E010",
                &format!("{path}.name"),
                format!("duplicate method `{}` (first defined at {first_at})", method.name),
                "each dotted method name may appear once; merge the two entries or rename one",
            );
        }
        let rust = naming::method_rust(method);
        if let Some(first) = seen_rust.insert(rust.clone(), index) {
            if spec.methods[first].name != method.name {
                let first_at = report.describe(&format!("methods[{first}].name"));
                report.error(
                    "E012",
                    &format!("{path}.name"),
                    format!(
                        "Rust name `{rust}` of `{}` collides with `{}` at {first_at}",
                        method.name, spec.methods[first].name
                    ),
                    "set `rust_name:` on one of them",
                );
            }
        }
        if method.provenance.status == ProvenanceStatus::Unknown {
            unknown += 1;
        }
        check_method(spec, method, &path, report);
    }
    check_allowances(&spec.info.allow, "info.allow", report);
    if unknown > 0 && !spec.info.allow.contains_key("W003") {
        let reply = match spec.info.protocol {
            Protocol::DangdangXml => "a generic XML tree",
            Protocol::WangdianJson => "the reply's `data` as JSON",
        };
        report.warning(
            "W003",
            "methods",
            format!("{unknown} method(s) have provenance `unknown`: they take raw parameters and return {reply}"),
            "encode parameters and the response tree when public documentation turns up",
        );
    }
    shapes::warn_repeated_inline(spec, report);
}

fn check_method(spec: &Spec, method: &Method, path: &str, report: &mut Reporter<'_>) {
    let valid_name = protocol::is_method_name(spec.info.protocol, &method.name);
    if !valid_name {
        let (what, example) = match spec.info.protocol {
            Protocol::DangdangXml => ("a dotted Dangdang method name", "dangdang.orders.list.get"),
            Protocol::WangdianJson => ("a dotted method name", "sales.TradeQuery.queryWithDetail"),
        };
        report.error(
            "E011",
            &format!("{path}.name"),
            format!("`{}` is not {what}", method.name),
            format!("method names look like `{example}`"),
        );
    }
    protocol::check_protocol_keys(spec, method, path, report);
    if valid_name || method.rust_name.is_some() {
        let what = format!("method `{}`", method.name);
        let source = names::field_source(&what, path, "name", "rust_name", method.rust_name.as_deref());
        names::check_name(report, NameKind::Method, &naming::method_rust(method), source);
    }
    check_allowances(&method.allow, &format!("{path}.allow"), report);
    let unusual_host_allowed = method.allow.contains_key("W002");
    if let Some(url) = &method.legacy_url {
        check_legacy_url(url, &format!("{path}.legacy_url"), unusual_host_allowed, report);
    }
    if method.en.as_deref().is_none_or(str::is_empty) && !method.allow.contains_key("W001") {
        report.warning("W001", path, format!("method `{}` has no English summary", method.name), "add `en:`");
    }
    for (index, source) in method.provenance.sources.iter().enumerate() {
        if !spec.sources.contains_key(source) {
            report.error(
                "E060",
                &format!("{path}.provenance.sources[{index}]"),
                format!("unknown source `{source}`"),
                suggest::did_you_mean(
                    source,
                    spec.sources.keys().map(String::as_str),
                    "add it to the top-level `sources:` table".to_owned(),
                ),
            );
        }
    }
    let mut rust_names = params::check_params(spec, method, path, report);
    let mut reply_structs = check_trees(spec, method, path, report);
    args::check_args(spec, method, path, &mut rust_names, &mut reply_structs, report);
    if let Some(pagination) = &method.pagination {
        pagination::check_pagination(spec, method, pagination, &format!("{path}.pagination"), report);
    }
}

/// The upload agrees with the transport, and the upload document and reply trees are sound; returns
/// the structs of the reply (the method module's namespace, which argument shapes join).
fn check_trees(spec: &Spec, method: &Method, path: &str, report: &mut Reporter<'_>) -> elements::Structs {
    match (&method.upload, method.transport.unwrap_or(spec.info.protocol.transports()[0])) {
        (None, Transport::Multipart) => report.error(
            "E030",
            &format!("{path}.transport"),
            format!("multipart method `{}` has no `upload:`", method.name),
            "add `upload: { field: <multipart field name>, format: xml }`",
        ),
        (Some(_), Transport::Get | Transport::PostForm | Transport::PostJson) => report.error(
            "E030",
            &format!("{path}.upload"),
            "`upload:` is only valid with `transport: multipart`",
            "set `transport: multipart` or remove `upload:`",
        ),
        (Some(upload), Transport::Multipart) => {
            if upload.field.is_empty() {
                report.error(
                    "E031",
                    &format!("{path}.upload.field"),
                    "empty upload field name",
                    "use the multipart field name, e.g. `sendGoods`",
                );
            }
            let tree_path = format!("{path}.upload.document");
            let level = Level { tree: Tree::Upload, root: true, list_item: false, path: &tree_path };
            check_elements(spec, &upload.document, level, &mut HashMap::new(), report);
        }
        (None, _) => {}
    }
    let mut reply_structs = HashMap::new();
    if let Some(response) = &method.response {
        let tree_path = format!("{path}.response");
        let level = Level { tree: Tree::Response, root: true, list_item: false, path: &tree_path };
        check_elements(spec, response, level, &mut reply_structs, report);
    }
    reply_structs
}

/// Characters of a URL as RFC 3986 writes it, without `'`: the script name becomes a rustdoc alias
/// and the URL a Markdown table cell, so quotes, spaces, backticks and `|` are refused.
fn is_url_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&()*+,;=%".contains(c)
}

/// E013 for a URL that is not a legacy script URL; W002 for one on an unusual host, unless allowed.
fn check_legacy_url(url: &str, path: &str, unusual_host_allowed: bool, report: &mut Reporter<'_>) {
    let rest = url.strip_prefix("http://").or_else(|| url.strip_prefix("https://"));
    let well_formed = rest.is_some_and(|rest| {
        let (host, file) = rest.split_once('/').unwrap_or((rest, ""));
        // The script name and its stem become doc aliases, which may not be empty.
        let script = crate::naming::legacy_script(file);
        !host.is_empty() && file.ends_with(".php") && script.len() > ".php".len() && url.chars().all(is_url_char)
    });
    if !well_formed {
        report.error(
            "E013",
            path,
            format!("`{url}` is not a legacy script URL"),
            "legacy URLs look like `http://api.dangdang.com/v2/searchOrders.php` (ASCII letters, digits and `-._~:/?#[]@!$&()*+,;=%` only)",
        );
    } else if !url.contains("api.dangdang.com/") && !unusual_host_allowed {
        report.warning(
            "W002",
            path,
            format!("legacy URL `{url}` is on an internal or unusual host"),
            "if it is kept as written in the reference, say so with `allow: { W002: \"why\" }` on the method",
        );
    }
}

/// An allowance names a warning this spec can raise and says why (E048).
fn check_allowances(allow: &std::collections::BTreeMap<String, String>, path: &str, report: &mut Reporter<'_>) {
    for (code, why) in allow {
        if !ALLOWABLE.contains(&code.as_str()) {
            report.error(
                "E048",
                &format!("{path}.{code}"),
                format!("`{code}` is not a warning that can be allowed here"),
                format!("allow one of {}", ALLOWABLE.join(", ")),
            );
        } else if why.trim().is_empty() {
            report.error(
                "E048",
                &format!("{path}.{code}"),
                format!("allowing `{code}` needs a reason"),
                "say why the warning is accepted",
            );
        }
    }
}

/// Warnings a spec may allow: W001 and W002 per method, W003 spec-wide (W004 has a fix: `shapes:`).
const ALLOWABLE: [&str; 3] = ["W001", "W002", "W003"];

/// The wire names of a method's parameters.
pub fn wires(method: &Method) -> impl Iterator<Item = &str> {
    method.params.iter().map(|param| param.wire.as_str())
}
