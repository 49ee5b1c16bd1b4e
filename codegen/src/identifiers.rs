//! Every Rust identifier the generator emits: the rules a spec name must meet, and the one constructor.
//!
//! Validation calls [`check`] on every name a spec yields (derived from a wire name or written as an
//! override); the emitters build every identifier with [`rust_ident`]. Names are never rewritten: a name
//! that breaks a rule is a diagnostic telling the author which override to write, so the generated
//! API only ever holds names a person chose or accepted.

use proc_macro2::{Ident, Span};

/// What a generated name is used for; each use has its case rule and the names it may not take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A method's module, file and `Client` method (`orders_list_get`).
    Method,
    /// A request parameter: field, setter and constructor argument of `Request`.
    Param,
    /// A field of an upload document struct.
    UploadField,
    /// A field of a response struct; `root` for the top-level `Response`.
    ResponseField {
        /// The top-level `Response` struct, which also has `function_id` and `time`.
        root: bool,
    },
    /// A struct made from an element with children.
    Struct,
    /// A code table (enum) in `types.rs`.
    Enum,
    /// A variant of a code table.
    Variant,
}

/// Why a name cannot be used, and a name that could.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameProblem {
    /// Completes "… becomes Rust name `x`, which …".
    pub reason: String,
    /// True when the name is reserved by generated or hand-written code (rather than malformed).
    pub reserved: bool,
    /// A valid name close to the rejected one.
    pub suggestion: String,
}

/// Rust 2024 keywords, strict and reserved (`gen` is new in 2024), which no generated name may be.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract",
    "become", "box", "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be raw identifiers either.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// Inherent methods of `dangdang_api::Client` (client.rs) and of the runtime's `Client` it derefs to
/// (`send`, which every generated method calls, `execute`, ...); a method may not take one of these
/// names. `tests/client_names.rs` checks this list against the hand-written `impl Client` blocks.
pub const CLIENT_METHODS: &[&str] = &[
    "builder",
    "endpoint",
    "app_key",
    "execute",
    "attempt",
    "attempts",
    "build_request",
    "send",
    "protocol",
    "http_pool",
];

/// Methods of traits that `Client` and every `Request` implement and that code calls with method
/// syntax (`client.clone()`): an inherent method of the same name would be called instead.
const TRAIT_METHODS: &[&str] = &[
    "clone",
    "clone_from",
    "to_owned",
    "to_string",
    "into",
    "try_into",
    "as_ref",
    "borrow",
    "eq",
    "ne",
    "fmt",
    "hash",
];

/// Crate names a module must not shadow.
const CRATES: &[&str] = &["std", "core", "alloc"];

/// Names every method's `Request` already has: its fields and methods, and those of the runtime's
/// `SendRequest` and `Paginate` that callers use with method syntax (a setter would hide them).
const REQUEST_NAMES: &[&str] = &[
    "document",
    "extra_params",
    "new",
    "param",
    "send",
    "send_blocking",
    "pages",
    "items",
    "pages_blocking",
    "items_blocking",
];

/// Type names the generated modules define or use unqualified: the Rust 2024 prelude, the per-method
/// `Request`, `Response` and `Document`, and the crate's `Error`.
const TYPE_NAMES: &[&str] = &[
    "Request",
    "Response",
    "Document",
    "Error",
    "Option",
    "Some",
    "None",
    "Result",
    "Ok",
    "Err",
    "String",
    "Vec",
    "Box",
    "ToString",
    "ToOwned",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Unpin",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "AsRef",
    "AsMut",
    "Into",
    "From",
    "Default",
    "Iterator",
    "IntoIterator",
    "Extend",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Eq",
    "PartialEq",
    "Ord",
    "PartialOrd",
    "TryFrom",
    "TryInto",
    "FromIterator",
    "Future",
    "IntoFuture",
];

/// True for a Rust keyword (2024 edition, strict or reserved).
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// True for a snake_case name: a lower-case letter, then lower-case letters, digits and single `_`
/// (rustc's `non_snake_case` lint rejects `__` inside a name).
pub fn is_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !name.contains("__")
}

/// True for an UpperCamelCase name: an upper-case letter, then letters and digits, as heck writes it.
pub fn is_upper_camel(name: &str) -> bool {
    use heck::ToUpperCamelCase;
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && name.to_upper_camel_case() == name
}

/// Checks one generated name against the rules for its use.
pub fn check(kind: NameKind, name: &str) -> Result<(), NameProblem> {
    let upper = matches!(kind, NameKind::Struct | NameKind::Enum | NameKind::Variant);
    let problem = |reason: String, reserved: bool| NameProblem { reason, reserved, suggestion: suggest(kind, name) };
    if name.is_empty() {
        return Err(problem("is empty".into(), false));
    }
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(problem("holds characters other than ASCII letters, digits and `_`".into(), false));
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(problem("starts with a digit".into(), false));
    }
    if is_keyword(name) {
        return Err(problem("is a Rust keyword".into(), false));
    }
    if upper && !is_upper_camel(name) {
        return Err(problem("is not UpperCamelCase".into(), false));
    }
    if !upper && !is_snake(name) {
        return Err(problem("is not snake_case".into(), false));
    }
    if let Some(user) = reserved_by(kind, name) {
        return Err(problem(format!("is already used by {user}"), true));
    }
    Ok(())
}

/// What already uses `name` in the code generated for a `kind` name.
fn reserved_by(kind: NameKind, name: &str) -> Option<&'static str> {
    let hit = |list: &[&str]| list.contains(&name);
    match kind {
        NameKind::Method if hit(CLIENT_METHODS) => Some("a method of `Client`"),
        NameKind::Method | NameKind::Param if hit(TRAIT_METHODS) => {
            Some("a trait method that generated and hand-written code call (`clone`, `into`, ...)")
        }
        NameKind::Method if hit(CRATES) => Some("a crate the generated code refers to"),
        NameKind::Param if hit(REQUEST_NAMES) => Some("a field or method of the generated `Request`"),
        NameKind::ResponseField { .. } if name == "decoder" => Some("the generated decoder"),
        NameKind::ResponseField { root: true } if name == "function_id" || name == "time" => {
            Some("a field every `Response` has (`functionID`, `time`)")
        }
        NameKind::Struct | NameKind::Enum if hit(TYPE_NAMES) => Some("a type the generated module defines or uses"),
        NameKind::Variant if name == "Other" => Some("the variant holding unknown codes"),
        _ => None,
    }
}

/// A valid name close to `name`: other characters dropped, then a letter prefix for leading digits
/// and a suffix for keywords and reserved names.
fn suggest(kind: NameKind, name: &str) -> String {
    use heck::{ToSnakeCase, ToUpperCamelCase};
    let upper = matches!(kind, NameKind::Struct | NameKind::Enum | NameKind::Variant);
    let kept: String = name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
    let mut candidate = if upper { kept.to_upper_camel_case() } else { kept.to_snake_case() };
    if candidate.is_empty() {
        candidate = if upper { "Value".into() } else { "value".into() };
    }
    if candidate.starts_with(|c: char| c.is_ascii_digit()) {
        candidate = if upper { format!("N{candidate}") } else { format!("n{candidate}") };
    }
    if is_keyword(&candidate) && !upper {
        candidate.push('_');
    }
    for _ in 0..3 {
        if !is_keyword(&candidate) && reserved_by(kind, &candidate).is_none() {
            break;
        }
        candidate.push_str(if upper { "Value" } else { "_value" });
    }
    candidate
}

/// The identifier for a name. Validated names come out as they are; the fallbacks below only keep
/// a generator bug from panicking inside `proc_macro2` (keywords become raw identifiers, anything
/// else that is not an identifier gets `_` for each bad character and a `_` prefix or suffix).
pub fn rust_ident(name: &str) -> Ident {
    let span = Span::call_site();
    if NOT_RAW.contains(&name) {
        return Ident::new(&format!("{name}_"), span);
    }
    if is_keyword(name) {
        return Ident::new_raw(name, span);
    }
    let mut text: String = name.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' { c } else { '_' }).collect();
    if text.is_empty() || text.starts_with(|c: char| c.is_ascii_digit()) {
        text.insert(0, '_');
    }
    if text == "_" {
        text.push('_');
    }
    Ident::new(&text, span)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_the_issue_are_rejected_with_a_valid_suggestion() {
        let cases = [
            (NameKind::Method, "type"),
            (NameKind::Method, "self"),
            (NameKind::Method, "crate"),
            (NameKind::Method, "try"),
            (NameKind::Method, "gen"),
            (NameKind::Method, "2go"),
            (NameKind::Method, "execute"),
            (NameKind::Param, ""),
            (NameKind::Param, "123"),
            (NameKind::Param, "2nd_price"),
            (NameKind::Param, "new"),
            (NameKind::Param, "clone"),
            (NameKind::Method, "to_owned"),
            (NameKind::ResponseField { root: true }, "time"),
            (NameKind::ResponseField { root: false }, "1x"),
            (NameKind::Struct, "9Info"),
            (NameKind::Struct, "Foo Bar"),
            (NameKind::Struct, "fn"),
            (NameKind::Enum, "Self"),
            (NameKind::Enum, "String"),
            (NameKind::Enum, "Option"),
            (NameKind::Variant, "Self"),
            (NameKind::Variant, "Other"),
            (NameKind::UploadField, "订单"),
        ];
        for (kind, name) in cases {
            let problem = check(kind, name).expect_err(name);
            assert_eq!(check(kind, &problem.suggestion), Ok(()), "{kind:?} {name:?} → {problem:?}");
        }
        assert!(check(NameKind::ResponseField { root: false }, "time").is_ok());
        assert!(check(NameKind::Param, "page_size").is_ok());
        assert!(check(NameKind::Param, "page__size").is_err());
        assert!(check(NameKind::Enum, "OrderState").is_ok());
    }

    #[test]
    fn ident_never_panics_and_keeps_valid_names() {
        assert_eq!(rust_ident("order_id").to_string(), "order_id");
        assert_eq!(rust_ident("OrderState").to_string(), "OrderState");
        for name in ["", "_", "__", "123", "self", "Self", "crate", "super", "type", "gen", "a b", "订单", "r#x"] {
            let text = rust_ident(name).to_string();
            assert!(syn::parse_str::<syn::Ident>(&text).is_ok() || text.starts_with("r#"), "{name:?} → {text}");
        }
    }
}
