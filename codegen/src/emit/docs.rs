//! Doc-comment text: Chinese meaning kept, English summary added, wire names shown; spec text is
//! made inert Markdown, so nothing from a spec becomes a doctest, HTML or a link.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Docs, ValueType};

/// `#[doc = " line"]` attributes, one per line, rendered by prettyplease as `/// line`.
pub fn doc_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|line| {
        let text = doc_line(line);
        quote! { #[doc = #text] }
    });
    quote! { #(#attrs)* }
}

/// `#![doc = " line"]` inner attributes (module docs), rendered as `//! line`.
pub fn inner_doc_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|line| {
        let text = doc_line(line);
        quote! { #![doc = #text] }
    });
    quote! { #(#attrs)* }
}

/// The one gate every generated doc line passes: whitespace runs (line breaks and tabs included)
/// become one space, so a line can neither continue onto another nor be indented into a code
/// block, and every run of three or more backticks or tildes is escaped, so no line can open a
/// fenced code block. Together: rustdoc never finds code to run as a doctest in generated docs.
fn doc_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 1);
    let mut chars = line.split_whitespace().flat_map(|word| std::iter::once(' ').chain(word.chars())).peekable();
    let mut run: Vec<char> = Vec::new();
    while let Some(c) = chars.next() {
        run.push(c);
        if (c == '`' || c == '~') && chars.peek() == Some(&c) {
            continue;
        }
        if (c == '`' || c == '~') && run.len() >= 3 {
            for fence in &run {
                out.push('\\');
                out.push(*fence);
            }
        } else {
            out.extend(run.iter());
        }
        run.clear();
    }
    out
}

/// Spec text as inert Markdown: code spans (`` `a[0]` ``) are kept; outside them `\`, `[`, `]`, `<`
/// and an unmatched backtick run are escaped, so certainty marks like `[2+]` and element names like
/// `<remark/>` are not read as links or HTML; bare URLs become `<autolinks>`; a leading character
/// that would start a heading, quote, list, table or rule is escaped.
pub fn prose(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text.as_str();
    let marker_end = block_marker(rest);
    if marker_end > 0 {
        out.push_str(&rest[..marker_end - 1]);
        out.push('\\');
        out.push_str(&rest[marker_end - 1..marker_end]);
        rest = &rest[marker_end..];
    }
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest.find(|c: char| c.is_whitespace() || ")`<>\"".contains(c)).unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ',', ';']);
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url.len()..];
            continue;
        }
        if c == '`' {
            let run = rest.len() - rest.trim_start_matches('`').len();
            match closing_run(&rest[run..], run) {
                Some(end) => {
                    out.push_str(&rest[..run + end + run]);
                    rest = &rest[run + end + run..];
                }
                None => {
                    out.push_str(&"\\`".repeat(run));
                    rest = &rest[run..];
                }
            }
            continue;
        }
        if matches!(c, '\\' | '[' | ']' | '<') {
            out.push('\\');
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The byte length of a block marker at the start of `text` (heading, quote, bullet, ordered-list
/// number, thematic break), 0 if none; its last character is the one to escape.
fn block_marker(text: &str) -> usize {
    let bytes = text.as_bytes();
    let spaced = |at: usize| bytes.get(at).is_none_or(|b| *b == b' ');
    match bytes.first() {
        Some(b'#' | b'>') => 1,
        Some(b'-' | b'+' | b'*' | b'_') if spaced(1) || bytes.get(1) == bytes.first() => 1,
        Some(b'0'..=b'9') => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            let ordered = matches!(bytes.get(digits), Some(b'.' | b')')) && spaced(digits + 1);
            if ordered { digits + 1 } else { 0 }
        }
        _ => 0,
    }
}

/// Where in `text` a run of exactly `len` backticks starts (the end of a code span), if any.
fn closing_run(text: &str, len: usize) -> Option<usize> {
    let mut offset = 0;
    while let Some(found) = text[offset..].find('`') {
        let start = offset + found;
        let run = text[start..].len() - text[start..].trim_start_matches('`').len();
        if run == len {
            return Some(start);
        }
        offset = start + run;
    }
    None
}

/// Any text (a wire name, a code, a URL) as one Markdown code span, whatever backticks it holds.
pub fn code(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut longest = 0;
    let mut current = 0;
    for c in text.chars() {
        current = if c == '`' { current + 1 } else { 0 };
        longest = longest.max(current);
    }
    let fence = "`".repeat(longest + 1);
    if text.is_empty() {
        return "` `".to_owned();
    }
    let pad = if text.starts_with('`') || text.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
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

/// The summary line for doc comments: the spec's text through [`prose`], or `fallback` (Markdown
/// the emitter wrote) when the spec has none.
pub fn summary(docs: &Docs, fallback: &str) -> String {
    if docs.zh.is_none() && docs.en.is_none() { fallback.to_owned() } else { prose(&summary_text(docs, "")) }
}

/// Summary, blank line, wire name (Markdown, e.g. from [`code`]) with type, and certainty.
pub fn item_lines(docs: &Docs, wire: &str, ty: Option<&ValueType>, extra: &[String]) -> Vec<String> {
    let mut lines = vec![summary(docs, "(No description in the spec.)")];
    lines.push(String::new());
    let mut wire_line = format!("Wire name: {wire}");
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
        ValueType::PersonalText => "text; buyer personal data, redacted in `Debug`".into(),
        ValueType::Bool01 => "`1` / `0`".into(),
        ValueType::BoolYn => "`Y` / `N`".into(),
        ValueType::BoolZh => "`是` / `否`".into(),
        ValueType::Bool => "`true` / `false`".into(),
        ValueType::Json => "any JSON value".into(),
        ValueType::Xml => "XML content the caller builds: the children of an [`XmlElement`](crate::XmlElement)".into(),
        ValueType::Enum(name) => format!("code table [`{name}`](crate::types::{name})"),
    }
}

/// Doc lines describing value checks.
pub fn check_lines(checks: &crate::ir::ValueChecks) -> Vec<String> {
    let mut lines = Vec::new();
    if !checks.allowed.is_empty() {
        lines.push(format!("Allowed values (checked before sending): {}.", code_list(&checks.allowed)));
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

/// Values as code spans joined by `, `.
pub fn code_list(values: &[String]) -> String {
    values.iter().map(|v| code(v)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::{code, doc_line, prose};

    #[test]
    fn prose_escapes_marks_and_links_urls_but_leaves_code_alone() {
        assert_eq!(prose("[2+] DG, see http://x.cn/a?b=1&c=2."), "\\[2+\\] DG, see <http://x.cn/a?b=1&c=2>.");
        assert_eq!(prose("`a[0]` and <remark/>"), "`a[0]` and \\<remark/>");
        assert_eq!(prose("`unclosed <b>"), "\\`unclosed \\<b>");
        assert_eq!(prose("# title\n\n    indented"), "\\# title indented");
        assert_eq!(prose("1. first"), "1\\. first");
        assert_eq!(prose("0.01 – 9.99"), "0.01 – 9.99");
        assert_eq!(prose("- item"), "\\- item");
        assert_eq!(prose("-1 means none"), "-1 means none");
        assert_eq!(prose("a\\`<b>`"), "a\\\\`<b>`");
    }

    #[test]
    fn doc_lines_cannot_open_code_blocks() {
        assert_eq!(doc_line("```rust\nstd::process::exit(1);\n```"), " \\`\\`\\`rust std::process::exit(1); \\`\\`\\`");
        assert_eq!(doc_line("~~~~\n\tx"), " \\~\\~\\~\\~ x");
        assert_eq!(doc_line("    let x = 1;"), " let x = 1;");
        assert_eq!(doc_line(""), "");
        assert_eq!(doc_line("a ``b`` c"), " a ``b`` c");
    }

    #[test]
    fn code_spans_hold_any_text() {
        assert_eq!(code("os"), "`os`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`x"), "`` `x ``");
        assert_eq!(code(""), "` `");
    }
}
