//! The API surface a spec gives users, one line per item (checked in beside the generated code),
//! and the semantic change report between two surfaces: what was added, removed or retyped, and
//! which of it breaks users.
//!
//! A line is `<key> | <value>`: the key names the item (`param dangdang.orders.list.get os`), the
//! value is what users see of it (`order_state: OrderState, optional`). Diffing these lines is
//! simpler and sturdier than parsing the generated Rust.

use std::collections::BTreeMap;

use crate::ir::{Api, ArgIrKind, ArgType, FieldKind, MethodIr, ParamIr, StructIr, TreeIr};
use crate::model::{ListForm, Safety};
use crate::values::ValueType;

/// Deepest nesting of structs followed when listing a tree (specs nest far less; shapes cannot
/// contain themselves, this only keeps a bug from looping).
const MAX_NESTING: usize = 32;

/// The surface file's first line.
const HEADER: &str = "# The API surface of the generated crate, one item per line (`cargo xtask gen` writes it and \
                      reports the changes against the checked-in copy). Do not edit by hand.";

/// A spec name as it appears in a line: control characters escaped and `|` escaped, so that every
/// line holds exactly one ` | ` whatever the spec's names are.
fn esc(name: &str) -> String {
    name.escape_debug().to_string().replace('|', "\\|")
}

/// The surface of `api` as the file's text.
pub fn render(api: &Api) -> String {
    let mut text = format!("{HEADER}\n");
    for line in lines(api) {
        text.push_str(&line);
        text.push('\n');
    }
    text
}

/// Every item of the surface, in a fixed order.
pub fn lines(api: &Api) -> Vec<String> {
    let mut lines = Vec::new();
    for method in &api.methods {
        let safety = if method.safety == Safety::Read { "read" } else { "write" };
        let dotted = esc(&method.dotted);
        lines.push(format!("method {dotted} | {} in {}, {safety}", esc(&method.rust), esc(&method.group)));
        for param in method.params.iter().chain(flattened(method)) {
            lines.push(format!("param {dotted} {} | {}", esc(&param.wire), param_value(param)));
        }
        for arg in &method.args {
            if let ArgIrKind::Field(field) = &arg.kind {
                let ty = match &field.ty {
                    ArgType::Value(ty) => type_name(ty),
                    ArgType::List(shape) => format!("list of {}", esc(shape)),
                    ArgType::Untyped => "untyped".to_owned(),
                };
                lines.push(format!(
                    "arg {} {} | {}: {ty}, {}",
                    method.dotted,
                    arg.name,
                    field.rust,
                    presence(field.required)
                ));
            }
        }
        if let Some(tree) = method.upload.as_ref().and_then(|upload| upload.tree()) {
            tree_lines(api, tree, &format!("sent {dotted}"), &mut lines);
        }
        match &method.response {
            Some(tree) => tree_lines(api, tree, &format!("reply {dotted}"), &mut lines),
            None => lines.push(format!("reply {dotted} | untyped")),
        }
    }
    for table in &api.enums {
        for variant in &table.variants {
            lines.push(format!("code {} {} | {}", esc(&table.name), esc(&variant.code), esc(&variant.name)));
        }
    }
    lines
}

fn flattened(method: &MethodIr) -> impl Iterator<Item = &ParamIr> {
    method.args.iter().flat_map(|arg| match &arg.kind {
        ArgIrKind::Flatten(fields) => fields.as_slice(),
        ArgIrKind::Field(_) => &[],
    })
}

fn param_value(param: &ParamIr) -> String {
    let ty = match param.list {
        Some(ListForm::Comma) => format!("list of {}, comma-joined", type_name(&param.ty)),
        Some(ListForm::Repeat) => format!("list of {}, key repeated", type_name(&param.ty)),
        None => type_name(&param.ty),
    };
    format!("{}: {ty}, {}", esc(&param.rust), presence(param.required))
}

fn presence(required: bool) -> &'static str {
    if required { "required" } else { "optional" }
}

/// The spec's name of a value type (`long`, `OrderState`; `string` marked personal is `personal`).
fn type_name(ty: &ValueType) -> String {
    match ty {
        ValueType::Int => "int".into(),
        ValueType::Long => "long".into(),
        ValueType::Decimal => "decimal".into(),
        ValueType::DateTime => "datetime".into(),
        ValueType::Date => "date".into(),
        ValueType::String => "string".into(),
        ValueType::PersonalText => "personal string".into(),
        ValueType::Bool01 => "bool01".into(),
        ValueType::BoolYn => "boolyn".into(),
        ValueType::BoolZh => "boolzh".into(),
        ValueType::Bool => "bool".into(),
        ValueType::Json => "json".into(),
        ValueType::Xml => "xml".into(),
        ValueType::Enum(name) => esc(name),
    }
}

/// The fields of a tree, struct by struct (a struct's fields, then the structs they lead into,
/// depth first), each keyed by its wire path from the root.
fn tree_lines(api: &Api, tree: &TreeIr, prefix: &str, lines: &mut Vec<String>) {
    let find = |name: &str| tree.structs.iter().find(|s| s.name == name).or_else(|| api.shape(name));
    let mut pending: Vec<(&StructIr, String, usize)> = vec![(tree.root(), String::new(), 0)];
    while let Some((item, path, depth)) = pending.pop() {
        let mut nested = Vec::new();
        for field in &item.fields {
            let wire = esc(&field.wire);
            let here = if path.is_empty() { wire } else { format!("{path}/{wire}") };
            let (ty, inner) = kind_name(&field.kind, &here);
            lines.push(format!("{prefix} {here} | {}: {ty}, {}", esc(&field.rust), presence(field.required)));
            if let Some((name, inner_path)) = inner {
                if let Some(child) = find(&name).filter(|_| depth < MAX_NESTING) {
                    nested.push((child, inner_path, depth + 1));
                }
            }
        }
        // The stack takes the children last first, so they come out in field order.
        pending.extend(nested.into_iter().rev());
    }
}

/// A field kind's name, and the struct it leads into with the path of that struct's fields.
fn kind_name(kind: &FieldKind, path: &str) -> (String, Option<(String, String)>) {
    match kind {
        FieldKind::Value(ty) => (type_name(ty), None),
        FieldKind::Struct(name) => (esc(name), Some((name.clone(), path.to_owned()))),
        FieldKind::Repeated(item) => {
            let (name, inner) = kind_name(item, path);
            (format!("list of {name}"), inner)
        }
        FieldKind::List { item_wire, item } => {
            let (name, inner) = kind_name(item, &format!("{path}/{}", esc(item_wire)));
            (format!("list of {name}"), inner)
        }
    }
}

/// One difference between two surfaces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The item (`param dangdang.orders.list.get os`).
    pub key: String,
    /// What it was, if it existed.
    pub before: Option<String>,
    /// What it is, if it exists.
    pub after: Option<String>,
    /// Whether code written against the old crate may stop compiling or decoding.
    pub breaking: bool,
}

/// The differences from `old` to `new` (surface texts), in key order.
pub fn diff(old: &str, new: &str) -> Vec<Change> {
    let (old, new) = (items(old), items(new));
    let keys: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    keys.into_iter()
        .filter_map(|key| {
            let (before, after) = (old.get(key), new.get(key));
            if before == after {
                return None;
            }
            let breaking = breaks(key, before.map(String::as_str), after.map(String::as_str));
            Some(Change { key: key.clone(), before: before.cloned(), after: after.cloned(), breaking })
        })
        .collect()
}

fn items(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| line.split_once(" | "))
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .collect()
}

/// Removing or changing anything breaks users; adding breaks them only where it adds a
/// constructor argument (a required parameter, argument or sent field). Replies, code tables and
/// requests are `#[non_exhaustive]`, so new fields and codes are additions.
fn breaks(key: &str, before: Option<&str>, after: Option<&str>) -> bool {
    match (before, after) {
        (None, Some(after)) => {
            let sent = ["param ", "arg ", "sent "].iter().any(|kind| key.starts_with(kind));
            sent && after.ends_with(", required")
        }
        _ => true,
    }
}

/// The report for one crate: `None` when nothing changed.
pub fn report(crate_name: &str, version: &str, changes: &[Change]) -> Option<String> {
    if changes.is_empty() {
        return None;
    }
    let breaking = changes.iter().filter(|change| change.breaking).count();
    let next = next_version(version, breaking > 0);
    let mut text = format!(
        "{crate_name}: {} change(s) to the API, {breaking} breaking — next version {next} (now {version})\n",
        changes.len()
    );
    for change in changes {
        text.push_str(&format!("  {}\n", describe(change)));
    }
    Some(text)
}

/// One line of the report: `-` removed, `+` added, `~` changed; `!` marks a breaking change.
pub fn describe(change: &Change) -> String {
    let mark = if change.breaking { "!" } else { " " };
    match (&change.before, &change.after) {
        (Some(before), Some(after)) => format!("{mark}~ {}: {before} → {after}", change.key),
        (Some(before), None) => format!("{mark}- {} ({before})", change.key),
        (None, Some(after)) => format!("{mark}+ {} ({after})", change.key),
        (None, None) => format!("{mark}  {}", change.key),
    }
}

/// The semver successor: a breaking change bumps the major version (the minor one before 1.0), an
/// addition the minor one (the patch one before 1.0).
pub fn next_version(version: &str, breaking: bool) -> String {
    let parts: Vec<u64> = version.split('.').map(|part| part.parse().unwrap_or(0)).collect();
    let (major, minor, patch) =
        (parts.first().copied().unwrap_or(0), parts.get(1).copied().unwrap_or(0), parts.get(2).copied().unwrap_or(0));
    match (major, breaking) {
        (0, true) => format!("0.{}.0", minor + 1),
        (0, false) => format!("0.{minor}.{}", patch + 1),
        (_, true) => format!("{}.0.0", major + 1),
        (_, false) => format!("{major}.{}.0", minor + 1),
    }
}
