//! Reports generated names that break the identifier rules of `identifiers`, at the key they come from.

use crate::diagnostics::Reporter;
use crate::identifiers::{self, NameKind};

/// Where a generated name comes from in the spec.
pub struct NameSource<'a> {
    /// What the name is, for the message: ``parameter `2ndPrice` `` when the Rust name is derived
    /// from it, ``variant name `Self` `` or `` `rust: fn_` `` when it is written out.
    pub what: String,
    /// True when the Rust name is derived from `what` (heck), false when it is written as is.
    pub derived: bool,
    /// Path of the value to point at (`methods[0].params[1].wire`), or of the key when `at_key`.
    pub path: String,
    /// Point at the mapping key (a code table's name under `types:`) rather than at a value.
    pub at_key: bool,
    /// The key an author sets to choose another name; `None`: rename the item itself.
    pub fix_key: Option<&'a str>,
}

/// Checks `name` for its use and reports a problem at its source.
pub fn check_name(report: &mut Reporter<'_>, kind: NameKind, name: &str, source: NameSource<'_>) {
    let Err(problem) = identifiers::check(kind, name) else { return };
    let code = match kind {
        NameKind::Struct | NameKind::Enum if problem.reserved => "E034",
        NameKind::Variant if problem.reserved => "E041",
        NameKind::Struct | NameKind::Enum | NameKind::Variant => "E043",
        NameKind::Method | NameKind::Param | NameKind::UploadField | NameKind::ResponseField { .. } => "E023",
    };
    let message = if source.derived {
        format!("{} becomes Rust name {}, which {}", source.what, shown(name), problem.reason)
    } else {
        format!("{} {}", source.what, problem.reason)
    };
    let help = match source.fix_key {
        Some(key) => format!("set `{key}:` to another name, e.g. `{key}: {}`", problem.suggestion),
        None => format!("rename it, e.g. `{}`", problem.suggestion),
    };
    if source.at_key {
        report.error_at_key(code, &source.path, message, help);
    } else {
        report.error(code, &source.path, message, help);
    }
}

/// The source of a name that is derived from `from_key` unless `override_key` is set.
pub fn field_source<'a>(
    what: &str,
    path: &str,
    from_key: &str,
    override_key: &'a str,
    overridden: Option<&str>,
) -> NameSource<'a> {
    match overridden {
        Some(name) => NameSource {
            what: format!("`{override_key}: {name}`"),
            derived: false,
            path: format!("{path}.{override_key}"),
            at_key: false,
            fix_key: Some(override_key),
        },
        None => NameSource {
            what: what.to_owned(),
            derived: true,
            path: format!("{path}.{from_key}"),
            at_key: false,
            fix_key: Some(override_key),
        },
    }
}

/// A name in backticks, or `""` for the empty name.
pub fn shown(name: &str) -> String {
    if name.is_empty() { "`\"\"`".to_owned() } else { format!("`{name}`") }
}
