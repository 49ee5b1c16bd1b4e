//! `dangdang methods`, `describe` and `legacy`: what the spec says, as text for people.

use std::fmt::Write as _;

use dangdang_api::{METHODS, MethodInfo};
use dangdang_codegen::model::{Element, Method, Param};
use dangdang_sandbox::spec::SpecIndex;
use dangdang_sandbox::values::scalar_text;

use crate::args::MethodsArgs;
use crate::exit::Failure;
use crate::resolve::{resolve, spec};

/// `dangdang methods`: one line per method (dotted name, Rust name, group, reply, read/write).
pub fn methods(args: &MethodsArgs) -> Result<String, Failure> {
    if let Some(group) = &args.group {
        if !METHODS.iter().any(|m| m.group == group) {
            let mut groups: Vec<&str> = METHODS.iter().map(|m| m.group).collect();
            groups.dedup();
            return Err(Failure::Usage(format!("unknown group `{group}`; the groups are {}", groups.join(", "))));
        }
    }
    let mut text = String::new();
    for info in METHODS.iter().filter(|m| args.group.as_ref().is_none_or(|g| m.group == g)) {
        if args.typed && !info.typed_response {
            continue;
        }
        let reply = if info.typed_response { "typed" } else { "tree" };
        let safety = format!("{:?}", info.safety).to_lowercase();
        let _ = writeln!(text, "{:<42} {:<36} {:<11} {reply:<5} {safety}", info.name, info.rust_name, info.group);
    }
    Ok(text)
}

/// `dangdang legacy`: the method replacing a legacy script.
pub fn legacy(script: &str) -> Result<String, Failure> {
    let info = dangdang_api::legacy::lookup(script).ok_or_else(|| {
        Failure::Usage(format!("no method replaces the legacy script `{script}` (give its URL, `name.php` or `name`)"))
    })?;
    Ok(format!(
        "{}\n  replaces:  {}\n  rust:      Client::{} (module {}::{})\n",
        info.name,
        info.legacy_url.unwrap_or("-"),
        info.rust_name,
        info.group,
        info.rust_name
    ))
}

/// `dangdang describe`: parameters, upload, response, pagination, codes and provenance.
pub fn describe(typed: &str) -> Result<String, Failure> {
    let resolved = resolve(typed)?;
    let (info, method, spec) = (resolved.info, resolved.method(), spec()?);
    let mut text = header(info, method);
    if !method.params.is_empty() {
        text.push_str("\nparameters (--param WIRE=VALUE):\n");
        for param in &method.params {
            let _ = writeln!(text, "  {}", param_line(param));
        }
    }
    for rule in &method.rules {
        if let Some(names) = &rule.one_of {
            let _ = writeln!(text, "  rule: at least one of {}", names.join(", "));
        }
        if let Some(span) = &rule.max_span {
            let limit = span.limit().map_or(String::new(), |(n, unit)| format!("{n} {unit:?}").to_lowercase());
            let _ = writeln!(text, "  rule: {}..{} spans at most {limit}", span.start, span.end);
        }
    }
    if let Some(upload) = &method.upload {
        let max = upload.max_bytes.map_or(String::new(), |max| format!(", at most {max} bytes"));
        // `--document` where the library has a typed document for it (asked with a null document).
        let typed = dangdang_api::upload_json::document_json(&method.name, serde_json::Value::Null).is_some();
        let how = if typed { "--upload FILE or --document FILE.json" } else { "--upload FILE" };
        let _ = writeln!(text, "\nupload ({how}): field `{}`, {:?}{max}", upload.field, upload.format);
        tree(&mut text, &spec, &upload.document, 1);
    }
    if let Some(pagination) = &method.pagination {
        let _ = writeln!(
            text,
            "\npagination (dangdang pages): page `{}`{}, items at {}{}",
            pagination.page,
            pagination.size.as_ref().map_or(String::new(), |size| format!(", size `{size}`")),
            pagination.items.as_deref().unwrap_or("-"),
            pagination.totals().map(|(key, path)| format!(", {key} at {path}")).collect::<String>(),
        );
    }
    match &method.response {
        Some(response) => {
            text.push_str("\nresponse (inside <response>):\n");
            tree(&mut text, &spec, response, 1);
        }
        None => text.push_str("\nresponse: not described by the spec; printed as JSON of the XML tree\n"),
    }
    if !method.codes.is_empty() {
        text.push_str("\nresult codes:\n");
        for code in &method.codes {
            let _ = writeln!(text, "  {:>5}  {}", code.code, words(&code.zh, &code.en));
        }
    }
    for note in &method.notes {
        let _ = writeln!(text, "\nnote: {note}");
    }
    Ok(text)
}

fn header(info: &MethodInfo, method: &Method) -> String {
    let sources = method.provenance.sources.join(", ");
    format!(
        "{}  ({})\n  rust:       Client::{} (module {}::{})\n  legacy:     {}\n  transport:  {:?}, {:?}\n  \
         provenance: {}{}\n",
        info.name,
        words(&method.zh, &method.en),
        info.rust_name,
        info.group,
        info.rust_name,
        info.legacy_url.unwrap_or("-"),
        info.transport,
        info.safety,
        method.provenance.status.as_str(),
        if sources.is_empty() { String::new() } else { format!(" ({sources})") },
    )
}

fn param_line(param: &Param) -> String {
    let mut limits = Vec::new();
    if param.required {
        limits.push("required".to_owned());
    }
    if let Some(default) = param.default.as_ref().and_then(scalar_text) {
        limits.push(format!("default {default}"));
    }
    if !param.allowed.is_empty() {
        let allowed: Vec<String> = param.allowed.iter().filter_map(scalar_text).collect();
        limits.push(format!("one of {}", allowed.join("/")));
    }
    if let Some(max) = param.max_chars {
        limits.push(format!("≤ {max} chars"));
    }
    if let Some(max) = param.max_items {
        limits.push(format!("≤ {max} entries"));
    }
    match (&param.min, &param.max) {
        (Some(min), Some(max)) => limits.push(format!("{min}..={max}")),
        (Some(min), None) => limits.push(format!("≥ {min}")),
        (None, Some(max)) => limits.push(format!("≤ {max}")),
        (None, None) => {}
    }
    if param.personal {
        limits.push("personal".to_owned());
    }
    let limits = if limits.is_empty() { String::new() } else { format!(" [{}]", limits.join(", ")) };
    format!("{:<24} {:<12}{limits}  {}", param.wire, param.ty, words(&param.zh, &param.en))
}

/// Elements as an indented tree: name, type, repeated / personal marks, meaning.
fn tree(text: &mut String, spec: &SpecIndex, elements: &[Element], depth: usize) {
    // Parsed specs are shallow, but a shape nesting itself must not recurse without end.
    if depth > 16 {
        let _ = writeln!(text, "{}…", "  ".repeat(depth));
        return;
    }
    for element in elements {
        let mut marks = Vec::new();
        if element.repeated {
            marks.push("repeated");
        }
        if element.personal {
            marks.push("personal");
        }
        let marks = if marks.is_empty() { String::new() } else { format!(" [{}]", marks.join(", ")) };
        let ty = element.ty.as_deref().unwrap_or(if element.is_leaf() { "string" } else { "" });
        let _ = writeln!(
            text,
            "{}{:<w$} {ty}{marks}  {}",
            "  ".repeat(depth),
            element.name,
            words(&element.zh, &element.en),
            w = 28usize.saturating_sub(2 * depth)
        );
        tree(text, spec, element.children_in(spec.shapes()), depth + 1);
    }
}

fn words(zh: &Option<String>, en: &Option<String>) -> String {
    match (zh, en) {
        (Some(zh), Some(en)) => format!("{zh}: {en}"),
        (Some(one), None) | (None, Some(one)) => one.clone(),
        (None, None) => String::new(),
    }
}
