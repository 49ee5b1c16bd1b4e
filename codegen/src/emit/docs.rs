//! Doc-comment text: Chinese meaning kept, English summary added, wire names shown.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Docs, ValueType};

/// `#[doc = " line"]` attributes, one per line, rendered by prettyplease as `/// line`.
pub fn doc_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|line| {
        let text = if line.is_empty() { String::new() } else { format!(" {line}") };
        quote! { #[doc = #text] }
    });
    quote! { #(#attrs)* }
}

/// `#![doc = " line"]` inner attributes (module docs), rendered as `//! line`.
pub fn inner_doc_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|line| {
        let text = if line.is_empty() { String::new() } else { format!(" {line}") };
        quote! { #![doc = #text] }
    });
    quote! { #(#attrs)* }
}

/// Spec prose made safe for rustdoc: outside `code spans`, `[`, `]` and `<` are escaped so that
/// certainty marks like `[2+]` and element names like `<remark/>` are not read as links or HTML, and
/// bare URLs become `<autolinks>`.
pub fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut in_code = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if !in_code && (rest.starts_with("http://") || rest.starts_with("https://")) {
            let end = rest.find(|c: char| c.is_whitespace() || c == ')' || c == '`').unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ',', ';']);
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url.len()..];
            continue;
        }
        match c {
            '`' => in_code = !in_code,
            '[' | ']' | '<' if !in_code => out.push('\\'),
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The summary as plain text (for runtime strings): `中文 — English`, or whichever exists.
pub fn summary_text(docs: &Docs, fallback: &str) -> String {
    match (docs.zh.as_deref(), docs.en.as_deref()) {
        (Some(zh), Some(en)) => format!("{zh} — {en}"),
        (Some(zh), None) => zh.to_owned(),
        (None, Some(en)) => en.to_owned(),
        (None, None) => fallback.to_owned(),
    }
}

/// The summary line for doc comments (see [`summary_text`], escaped with [`prose`]).
pub fn summary(docs: &Docs, fallback: &str) -> String {
    prose(&summary_text(docs, fallback))
}

/// Summary, blank line, wire name with type, and certainty.
pub fn item_lines(docs: &Docs, wire: &str, ty: Option<&ValueType>, extra: &[String]) -> Vec<String> {
    let mut lines = vec![summary(docs, "(No description in the spec.)")];
    lines.push(String::new());
    let mut wire_line = format!("Wire name: `{wire}`");
    if let Some(ty) = ty {
        wire_line.push_str(&format!(" ({})", type_label(ty)));
    }
    wire_line.push('.');
    lines.push(wire_line);
    lines.extend(extra.iter().cloned());
    if let Some(cert) = &docs.cert {
        lines.push(format!("Certainty: {}.", prose(cert)));
    }
    lines
}

/// Human name of a value type, for docs.
pub fn type_label(ty: &ValueType) -> String {
    match ty {
        ValueType::Int | ValueType::Long => "integer".into(),
        ValueType::Decimal => "decimal yuan".into(),
        ValueType::DateTime => "`yyyy-MM-dd HH:mm:ss`, Beijing time".into(),
        ValueType::Date => "`yyyy-MM-dd`".into(),
        ValueType::String => "text".into(),
        ValueType::Bool01 => "`1` / `0`".into(),
        ValueType::BoolYn => "`Y` / `N`".into(),
        ValueType::BoolZh => "`是` / `否`".into(),
        ValueType::Enum(name) => format!("code table [`{name}`](crate::types::{name})"),
    }
}

/// Doc lines describing value checks.
pub fn check_lines(checks: &crate::ir::ValueChecks) -> Vec<String> {
    let mut lines = Vec::new();
    if !checks.allowed.is_empty() {
        let allowed: Vec<String> = checks.allowed.iter().map(|v| format!("`{v}`")).collect();
        lines.push(format!("Allowed values (checked before sending): {}.", allowed.join(", ")));
    }
    if let Some(max) = checks.max_chars {
        lines.push(format!("At most {max} characters (checked before sending)."));
    }
    match (&checks.min, &checks.max) {
        (Some(min), Some(max)) => lines.push(format!("Between {min} and {max} (checked before sending).")),
        (Some(min), None) => lines.push(format!("At least {min} (checked before sending).")),
        (None, Some(max)) => lines.push(format!("At most {max} (checked before sending).")),
        (None, None) => {}
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::prose;

    #[test]
    fn prose_escapes_marks_and_links_urls_but_leaves_code_alone() {
        assert_eq!(prose("[2+] DG, see http://x.cn/a?b=1&c=2."), "\\[2+\\] DG, see <http://x.cn/a?b=1&c=2>.");
        assert_eq!(prose("`a[0]` and <remark/>"), "`a[0]` and \\<remark/>");
    }
}
