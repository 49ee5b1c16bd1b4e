//! Checks the keys whose meaning depends on the spec's protocol: the method name, group,
//! transport, legacy URL, upload and body arguments.

use crate::diagnostics::Reporter;
use crate::model::{DANGDANG_GROUPS, Method, Protocol, Spec, Transport};
use crate::suggest;

/// Reports keys the protocol requires but the method lacks, or refuses, on `method` (at `path`).
pub fn check_protocol_keys(spec: &Spec, method: &Method, path: &str, report: &mut Reporter<'_>) {
    let protocol = spec.info.protocol;
    let name = protocol.as_str();
    match (protocol, &method.legacy_url) {
        (Protocol::DangdangXml, None) => report.error(
            "E014",
            path,
            format!("method `{}` has no `legacy_url:`, which `{name}` requires", method.name),
            "add the legacy v2 URL the method replaces, e.g. `legacy_url: http://api.dangdang.com/v2/searchOrders.php`",
        ),
        (Protocol::WangdianJson, Some(_)) => report.error(
            "E014",
            &format!("{path}.legacy_url"),
            format!("`legacy_url:` is for `dangdang-xml`; a `{name}` method has none"),
            "remove `legacy_url:`",
        ),
        _ => {}
    }
    match method.transport {
        None if protocol == Protocol::DangdangXml => report.error(
            "E015",
            path,
            format!("method `{}` has no `transport:`, which `{name}` requires", method.name),
            "add `transport: get`, `post_form` or `multipart`",
        ),
        Some(transport) if !protocol.transports().contains(&transport) => report.error(
            "E015",
            &format!("{path}.transport"),
            format!("transport `{}` is not one of `{name}`", transport_name(transport)),
            format!(
                "use {}",
                protocol
                    .transports()
                    .iter()
                    .map(|t| format!("`{}`", transport_name(*t)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ),
        _ => {}
    }
    if protocol == Protocol::DangdangXml && !method.args.is_empty() {
        report.error(
            "E073",
            &format!("{path}.args"),
            format!("`args:` are positional arguments of a JSON body, which `{name}` does not send"),
            "write the values as `params:` (or an `upload:` document)",
        );
    }
    check_group(protocol, method, path, report);
}

/// Dangdang's groups are its five; other protocols' are snake_case names, checked as Rust names.
fn check_group(protocol: Protocol, method: &Method, path: &str, report: &mut Reporter<'_>) {
    let known = DANGDANG_GROUPS.iter().map(|(module, _)| *module);
    if protocol == Protocol::DangdangXml && !known.clone().any(|g| g == method.group) {
        let list = known.clone().map(|g| format!("`{g}`")).collect::<Vec<_>>().join(", ");
        let otherwise = format!("use one of {list}");
        report.error(
            "E002",
            &format!("{path}.group"),
            format!("unknown group `{}`, expected one of {list}", method.group),
            suggest::did_you_mean(&method.group, known, otherwise),
        );
    } else if GENERATED_MODULES.contains(&method.group.as_str()) {
        report.error(
            "E023",
            &format!("{path}.group"),
            format!("group `{}` is reserved: the generated code has a module of that name", method.group),
            format!("rename the group, e.g. `{}_methods`", method.group),
        );
    } else if protocol != Protocol::DangdangXml {
        let source = super::names::NameSource {
            what: format!("group `{}`", method.group),
            derived: false,
            path: format!("{path}.group"),
            at_key: false,
            fix_key: None,
        };
        super::names::check_name(report, crate::identifiers::NameKind::Method, &method.group, source);
    }
}

/// The modules `generated/mod.rs` declares besides the groups.
const GENERATED_MODULES: [&str; 4] = ["types", "shapes", "catalog", "client"];

/// The spec spelling of a transport.
fn transport_name(transport: Transport) -> &'static str {
    match transport {
        Transport::Get => "get",
        Transport::PostForm => "post_form",
        Transport::Multipart => "multipart",
        Transport::PostJson => "post_json",
    }
}

/// Whether `name` is a method name of the protocol: `dangdang.` and dotted lower parts for
/// Dangdang; for others, at least two dotted parts of ASCII letters and digits.
pub fn is_method_name(protocol: Protocol, name: &str) -> bool {
    let parts_ok = name.split('.').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
    match protocol {
        Protocol::DangdangXml => name.starts_with("dangdang.") && parts_ok,
        Protocol::WangdianJson => parts_ok && name.contains('.'),
    }
}
