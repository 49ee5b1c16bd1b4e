//! Emits `docs/methods.md`: the methods table (new name, legacy URL, Rust entry point, transport, provenance).

use crate::emit::docs::code;
use crate::ir::{Api, UploadBody};
use crate::model::Transport;

/// The Markdown methods table.
pub fn methods_table(api: &Api) -> String {
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
                    if matches!(u.body, UploadBody::Bytes) { " (zip)" } else { "" }
                )
            }
            (Transport::Multipart, None) => "multipart".to_owned(),
        };
        let safety = match m.safety {
            crate::model::Safety::Read => "read",
            crate::model::Safety::Write => "write",
        };
        out.push_str(&format!(
            "| {} | {} | {} | `Client::{}` ({}::{}) | {} | {} | {} | {} |\n",
            index + 1,
            cell_code(&m.dotted),
            cell_code(&m.legacy_url),
            m.rust,
            m.group.module(),
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
    by_script.sort_by_key(|m| m.legacy_script.to_ascii_lowercase());
    for m in by_script {
        out.push_str(&format!(
            "| {} | {} | `Client::{}` | `{}` |\n",
            cell_code(&m.legacy_script),
            cell_code(&m.dotted),
            m.rust,
            m.group.module()
        ));
    }
    out
}

/// Spec text as a code span inside a table cell: `|` escaped (GitHub tables split cells on it even
/// inside code spans), line breaks already folded into spaces by [`code`].
fn cell_code(text: &str) -> String {
    code(text).replace('|', "\\|")
}
