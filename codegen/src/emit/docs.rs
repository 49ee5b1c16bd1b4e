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

/// The summary line: `中文 — English`, or whichever exists.
pub fn summary(docs: &Docs, fallback: &str) -> String {
    match (docs.zh.as_deref(), docs.en.as_deref()) {
        (Some(zh), Some(en)) => format!("{zh} — {en}"),
        (Some(zh), None) => zh.to_owned(),
        (None, Some(en)) => en.to_owned(),
        (None, None) => fallback.to_owned(),
    }
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
        lines.push(format!("Certainty: {cert}."));
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
