//! Emits the methods table of an API (`docs/methods.md`: new name, legacy URL, Rust entry point,
//! transport, provenance; `docs/wangdian-methods.md`: name, 中文名, group, paged, read/write, typed).

use crate::emit::docs::code;
use crate::ir::{Api, UploadBody};
use crate::model::{Protocol, Safety, Transport};

/// The Markdown methods table of the API.
pub fn methods_table(api: &Api) -> String {
    match api.protocol {
        Protocol::DangdangXml => legacy_table(api),
        Protocol::WangdianJson => catalog_table(api),
    }
}

/// The methods of an API without legacy URLs: one row per method, in spec order.
fn catalog_table(api: &Api) -> String {
    let mut out = String::new();
    out.push_str(&format!("<!-- @generated from {} by `cargo xtask gen`. Do not edit by hand. -->\n\n", api.spec_file));
    out.push_str(&format!("# {} methods\n\n", cell(&api_title(api))));
    let typed = api.methods.iter().filter(|m| m.response.is_some()).count();
    out.push_str(&format!(
        "{} methods, {typed} with a typed reply (the others return the reply's `data` as JSON). Rust entry points\n",
        api.methods.len()
    ));
    out.push_str("are methods of `Client`; each takes the `Request` of the module named in the same column.\n\n");
    out.push_str("| # | name | 中文名 | group | Rust entry point | paged | read/write | reply |\n");
    out.push_str("|---|---|---|---|---|---|---|---|\n");
    for (index, m) in api.methods.iter().enumerate() {
        out.push_str(&format!(
            "| {} | {} | {} | `{}` | `Client::{}` | {} | {} | {} |\n",
            index + 1,
            cell_code(&m.dotted),
            cell(m.docs.zh.as_deref().unwrap_or("")),
            m.group,
            m.rust,
            if m.pagination.is_some() { "yes" } else { "no" },
            if m.safety == Safety::Read { "read" } else { "write" },
            if m.response.is_some() { "typed" } else { "JSON" },
        ));
    }
    out
}

/// The API's name for the table's title: the spec file's stem (`wangdian`), capitalised.
fn api_title(api: &Api) -> String {
    let stem = api.spec_file.rsplit('/').next().unwrap_or(&api.spec_file).trim_end_matches(".yaml");
    let mut chars = stem.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Spec prose inside a table cell: inert Markdown with `|` escaped.
fn cell(text: &str) -> String {
    crate::emit::docs::prose(text).replace('|', "\\|")
}

/// The methods table of an API with legacy URLs, and the migration table by legacy script.
fn legacy_table(api: &Api) -> String {
    let mut out = String::new();
    out.push_str(&format!("<!-- @generated from {} by `cargo xtask gen`. Do not edit by hand. -->\n\n", api.spec_file));
    out.push_str("# Dangdang methods\n\n");
    out.push_str(&format!(
        "{} methods. Rust entry points are methods of `dangdang_api::Client`; each takes the\n",
        api.methods.len()
    ));
    out.push_str("`Request` of the module named in the same column (`dangdang_api::<group>::<module>::Request`).\n\n");
    out.push_str("| # | new name | legacy URL | Rust entry point | transport | safety | provenance | response |\n");
    out.push_str("|---|---|---|---|---|---|---|---|\n");
    for (index, m) in api.methods.iter().enumerate() {
        let transport = match (&m.transport, &m.upload) {
            (Transport::Get, _) => "GET".to_owned(),
            (Transport::PostForm, _) => "POST form".to_owned(),
            (Transport::Multipart, Some(u)) => {
                format!(
                    "multipart {}{}",
                    cell_code(&u.field),
                    if matches!(u.body, UploadBody::Bytes | UploadBody::Zip(_)) { " (zip)" } else { "" }
                )
            }
            (Transport::Multipart, None) => "multipart".to_owned(),
            (Transport::PostJson, _) => "POST JSON".to_owned(),
        };
        let safety = match m.safety {
            crate::model::Safety::Read => "read",
            crate::model::Safety::Write => "write",
        };
        out.push_str(&format!(
            "| {} | {} | {} | `Client::{}` ({}::{}) | {} | {} | {} | {} |\n",
            index + 1,
            cell_code(&m.dotted),
            cell_code(m.legacy_url.as_deref().unwrap_or("")),
            m.rust,
            m.group,
            m.rust,
            transport,
            safety,
            m.provenance.as_str(),
            if m.response.is_some() { "typed" } else { "XML tree" },
        ));
    }
    out.push_str("\n## Migrating from the legacy v2 scripts\n\n");
    out.push_str(
        "Sorted by script name. `dangdang_api::legacy::lookup(\"searchOrders.php\")` answers the same at run time.\n\n",
    );
    out.push_str("| legacy script | new name | Rust entry point | group (cargo feature) |\n|---|---|---|---|\n");
    let mut by_script: Vec<_> = api.methods.iter().collect();
    by_script.sort_by_key(|m| m.legacy_script.as_deref().unwrap_or("").to_ascii_lowercase());
    for m in by_script {
        out.push_str(&format!(
            "| {} | {} | `Client::{}` | `{}` |\n",
            cell_code(m.legacy_script.as_deref().unwrap_or("")),
            cell_code(&m.dotted),
            m.rust,
            m.group
        ));
    }
    out
}

/// Spec text as a code span inside a table cell: `|` escaped (GitHub tables split cells on it even
/// inside code spans), line breaks already folded into spaces by [`code`].
fn cell_code(text: &str) -> String {
    code(text).replace('|', "\\|")
}
