//! Semantic checks on a parsed spec; every problem is collected, none stops the pass.

use std::collections::{BTreeMap, HashMap};

use crate::diagnostics::Reporter;
use crate::ir::ValueType;
use crate::model::{Element, EnumRepr, Method, ProvenanceStatus, Spec, Transport};
use crate::naming;

/// Runs every check and records problems in `report`.
pub fn validate(spec: &Spec, report: &mut Reporter<'_>) {
    check_types(spec, report);
    let mut seen_names: HashMap<&str, usize> = HashMap::new();
    let mut seen_rust: HashMap<String, usize> = HashMap::new();
    let mut unknown = 0;
    for (index, method) in spec.methods.iter().enumerate() {
        let path = format!("methods[{index}]");
        if let Some(first) = seen_names.insert(&method.name, index) {
            let first_at = report.describe(&format!("methods[{first}].name"));
            report.error(
                "E010",
                &format!("{path}.name"),
                format!("duplicate method `{}` (first defined at {first_at})", method.name),
                "each dotted method name may appear once; merge the two entries or rename one",
            );
        }
        let rust = method.rust_name.clone().unwrap_or_else(|| naming::method_name(&method.name));
        if let Some(first) = seen_rust.insert(rust.clone(), index) {
            if spec.methods[first].name != method.name {
                report.error(
                    "E012",
                    &format!("{path}.name"),
                    format!(
                        "Rust name `{rust}` of `{}` collides with methods[{first}] `{}`",
                        method.name, spec.methods[first].name
                    ),
                    "set `rust_name:` on one of them",
                );
            }
        }
        if method.provenance.status == ProvenanceStatus::Unknown {
            unknown += 1;
        }
        check_method(spec, method, &path, report);
    }
    if unknown > 0 {
        report.warning(
            "W003",
            "methods",
            format!(
                "{unknown} method(s) have provenance `unknown`: they take raw parameters and return a generic XML tree"
            ),
            "encode parameters and the response tree when public documentation turns up",
        );
    }
}

fn check_types(spec: &Spec, report: &mut Reporter<'_>) {
    for (name, table) in &spec.types {
        let path = format!("types.{name}");
        if !naming::is_upper_camel(name) {
            report.error_at_key(
                "E043",
                &path,
                format!("type name `{name}` is not UpperCamelCase"),
                "rename it, e.g. `OrderState`",
            );
        }
        let mut codes: HashMap<String, usize> = HashMap::new();
        let mut variants: HashMap<&str, usize> = HashMap::new();
        for (index, value) in table.values.iter().enumerate() {
            let vpath = format!("{path}.values[{index}]");
            let code = match scalar_text(&value.code) {
                Some(code) => code,
                None => {
                    report.error(
                        "E042",
                        &format!("{vpath}.code"),
                        "enum code must be a number or a string",
                        "write the code as it appears on the wire",
                    );
                    continue;
                }
            };
            if table.repr == EnumRepr::Int && code.parse::<i64>().is_err() {
                report.error(
                    "E042",
                    &format!("{vpath}.code"),
                    format!("code `{code}` is not an integer but `{name}` has `repr: int`"),
                    "use `repr: text` for text codes",
                );
            }
            if let Some(first) = codes.insert(code.clone(), index) {
                report.error(
                    "E040",
                    &format!("{vpath}.code"),
                    format!("duplicate code `{code}` in enum `{name}` (first at values[{first}])"),
                    "each code may appear once in a table",
                );
            }
            if !naming::is_upper_camel(&value.name) {
                report.error(
                    "E043",
                    &format!("{vpath}.name"),
                    format!("variant name `{}` is not UpperCamelCase", value.name),
                    "e.g. `AwaitingShipment`",
                );
            } else if value.name == "Other" {
                report.error(
                    "E041",
                    &format!("{vpath}.name"),
                    "variant name `Other` is reserved for unknown codes",
                    "pick another name",
                );
            }
            if let Some(first) = variants.insert(&value.name, index) {
                report.error(
                    "E041",
                    &format!("{vpath}.name"),
                    format!("duplicate variant `{}` in enum `{name}` (first at values[{first}])", value.name),
                    "variant names must be unique",
                );
            }
        }
    }
}

fn check_method(spec: &Spec, method: &Method, path: &str, report: &mut Reporter<'_>) {
    let valid_name = method.name.starts_with("dangdang.")
        && method.name.split('.').all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()));
    if !valid_name {
        report.error(
            "E011",
            &format!("{path}.name"),
            format!("`{}` is not a dotted Dangdang method name", method.name),
            "method names look like `dangdang.orders.list.get`",
        );
    }
    if let Some(rust) = &method.rust_name {
        if !naming::is_snake(rust) || naming::is_keyword(rust) {
            report.error(
                "E023",
                &format!("{path}.rust_name"),
                format!("`{rust}` is not a usable snake_case name"),
                "use lower-case words joined by `_`",
            );
        }
    }
    check_legacy_url(&method.legacy_url, &format!("{path}.legacy_url"), report);
    if method.en.as_deref().is_none_or(str::is_empty) {
        report.warning("W001", path, format!("method `{}` has no English summary", method.name), "add `en:`");
    }
    for (index, source) in method.provenance.sources.iter().enumerate() {
        if !spec.sources.contains_key(source) {
            report.error(
                "E060",
                &format!("{path}.provenance.sources[{index}]"),
                format!("unknown source `{source}`"),
                "add it to the top-level `sources:` table",
            );
        }
    }
    check_params(spec, method, path, report);
    match (&method.upload, method.transport) {
        (None, Transport::Multipart) => report.error(
            "E030",
            &format!("{path}.transport"),
            format!("multipart method `{}` has no `upload:`", method.name),
            "add `upload: { field: <multipart field name>, format: xml }`",
        ),
        (Some(_), Transport::Get | Transport::PostForm) => report.error(
            "E030",
            &format!("{path}.upload"),
            "`upload:` is only valid with `transport: multipart`",
            "set `transport: multipart` or remove `upload:`",
        ),
        (Some(upload), Transport::Multipart) => {
            if upload.field.is_empty() {
                report.error(
                    "E031",
                    &format!("{path}.upload.field"),
                    "empty upload field name",
                    "use the multipart field name, e.g. `sendGoods`",
                );
            }
            let mut structs = HashMap::new();
            check_elements(spec, &upload.document, &format!("{path}.upload.document"), &mut structs, report);
        }
        (None, _) => {}
    }
    if let Some(response) = &method.response {
        let mut structs = HashMap::new();
        check_elements(spec, response, &format!("{path}.response"), &mut structs, report);
    }
    if let Some(pagination) = &method.pagination {
        let ppath = format!("{path}.pagination");
        for (key, wire) in [("page", Some(&pagination.page)), ("size", pagination.size.as_ref())] {
            if let Some(wire) = wire {
                if !method.params.iter().any(|p| &p.wire == wire) {
                    report.error(
                        "E050",
                        &format!("{ppath}.{key}"),
                        format!("pagination names parameter `{wire}`, which the method does not have"),
                        "name one of the method's `params`",
                    );
                }
            }
        }
        for (key, target) in [("total_pages", &pagination.total_pages), ("items", &pagination.items)] {
            let found = method.response.as_deref().and_then(|tree| find_path(tree, target));
            if found.is_none() {
                report.error(
                    "E051",
                    &format!("{ppath}.{key}"),
                    format!("response path `{target}` does not exist"),
                    "give element names from the response tree joined by `/`",
                );
            }
        }
        check_pagination_shape(method, pagination, &ppath, report);
    }
}

fn check_legacy_url(url: &str, path: &str, report: &mut Reporter<'_>) {
    let rest = url.strip_prefix("http://").or_else(|| url.strip_prefix("https://"));
    let well_formed = rest.is_some_and(|rest| {
        let (host, file) = rest.split_once('/').unwrap_or((rest, ""));
        !host.is_empty() && file.ends_with(".php") && !url.contains(char::is_whitespace)
    });
    if !well_formed {
        report.error(
            "E013",
            path,
            format!("`{url}` is not a legacy script URL"),
            "legacy URLs look like `http://api.dangdang.com/v2/searchOrders.php`",
        );
    } else if !url.contains("api.dangdang.com/") {
        report.warning(
            "W002",
            path,
            format!("legacy URL `{url}` is on an internal or unusual host"),
            "kept as written in the reference",
        );
    }
}

fn check_params(spec: &Spec, method: &Method, path: &str, report: &mut Reporter<'_>) {
    let mut wires: HashMap<&str, usize> = HashMap::new();
    let mut rusts: HashMap<String, usize> = HashMap::new();
    for (index, param) in method.params.iter().enumerate() {
        let ppath = format!("{path}.params[{index}]");
        if let Some(first) = wires.insert(&param.wire, index) {
            report.error(
                "E021",
                &format!("{ppath}.wire"),
                format!("duplicate parameter `{}` (first at params[{first}])", param.wire),
                "each wire name may appear once",
            );
        }
        let rust = param.rust.clone().unwrap_or_else(|| naming::field_name(&param.wire));
        check_rust_field(&rust, param.rust.is_some(), &ppath, "wire", report);
        if let Some(first) = rusts.insert(rust.clone(), index) {
            report.error(
                "E022",
                &format!("{ppath}.wire"),
                format!("parameter `{}` becomes Rust name `{rust}`, like params[{first}]", param.wire),
                "set `rust:` on one of them",
            );
        }
        check_type_ref(spec, &param.ty, &format!("{ppath}.type"), report);
        if param.required && param.default.is_some() {
            report.error(
                "E024",
                &format!("{ppath}.default"),
                format!("required parameter `{}` has a default", param.wire),
                "drop `default:` or make the parameter optional",
            );
        }
    }
    for (index, rule) in method.rules.iter().enumerate() {
        let names: Vec<&String> = match (&rule.one_of, &rule.max_span) {
            (Some(names), None) => names.iter().collect(),
            (None, Some(span)) => vec![&span.start, &span.end],
            _ => {
                report.error(
                    "E053",
                    &format!("{path}.rules[{index}]"),
                    "a rule needs exactly one of `one_of` and `max_span`",
                    "split it into two rules",
                );
                continue;
            }
        };
        for name in names {
            if !method.params.iter().any(|p| &p.wire == name) {
                report.error(
                    "E052",
                    &format!("{path}.rules[{index}]"),
                    format!("rule names parameter `{name}`, which the method does not have"),
                    "use wire names from `params`",
                );
            }
        }
    }
}

/// `name_key` is the key holding the wire name (`wire` for parameters, `name` for elements).
fn check_rust_field(rust: &str, overridden: bool, path: &str, name_key: &str, report: &mut Reporter<'_>) {
    if naming::is_keyword(rust) {
        report.error(
            "E023",
            &format!("{path}.{}", if overridden { "rust" } else { name_key }),
            format!("Rust name `{rust}` is a keyword"),
            "set `rust:` to another name, e.g. `kind` for `type`",
        );
    } else if overridden && !naming::is_snake(rust) {
        report.error(
            "E023",
            &format!("{path}.rust"),
            format!("`{rust}` is not a snake_case name"),
            "use lower-case words joined by `_`",
        );
    }
}

fn check_type_ref(spec: &Spec, ty: &str, path: &str, report: &mut Reporter<'_>) {
    if ValueType::resolve(ty, &spec.types).is_none() {
        let known: Vec<&str> =
            ValueType::SCALARS.iter().copied().chain(spec.types.keys().map(String::as_str)).collect();
        report.error(
            "E020",
            path,
            format!("unknown type `{ty}`"),
            format!("use a scalar or a type from `types:` ({})", known.join(", ")),
        );
    }
}

/// Checks sibling names, types and struct-name clashes within one tree.
fn check_elements(
    spec: &Spec,
    elements: &[Element],
    path: &str,
    structs: &mut HashMap<String, String>,
    report: &mut Reporter<'_>,
) {
    let mut names: HashMap<&str, usize> = HashMap::new();
    let mut rusts: BTreeMap<String, usize> = BTreeMap::new();
    for (index, element) in elements.iter().enumerate() {
        let epath = format!("{path}[{index}]");
        if let Some(first) = names.insert(&element.name, index) {
            report.error(
                "E031",
                &format!("{epath}.name"),
                format!("duplicate element `{}` (first at [{first}])", element.name),
                "mark one element `repeated: true` instead of listing it twice",
            );
        }
        let rust = element.rust.clone().unwrap_or_else(|| naming::field_name(&element.name));
        check_rust_field(&rust, element.rust.is_some(), &epath, "name", report);
        if rust == "decoder" {
            report.error(
                "E023",
                &format!("{epath}.{}", if element.rust.is_some() { "rust" } else { "name" }),
                "field name `decoder` is used by the generated decoder",
                "set `rust:` to another name",
            );
        }
        if let Some(first) = rusts.insert(rust.clone(), index) {
            report.error(
                "E032",
                &format!("{epath}.name"),
                format!("element `{}` becomes field `{rust}`, like [{first}]", element.name),
                "set `rust:` on one of them",
            );
        }
        if element.children.is_empty() {
            check_type_ref(spec, element.ty.as_deref().unwrap_or("string"), &format!("{epath}.type"), report);
        } else {
            let name = element.struct_name.clone().unwrap_or_else(|| naming::struct_name(&element.name));
            if RESERVED_STRUCTS.contains(&name.as_str()) {
                report.error(
                    "E034",
                    &format!("{epath}.name"),
                    format!(
                        "element `{}` would become struct `{name}`, a name the generated module already uses",
                        element.name
                    ),
                    format!("set `struct:` to another name, e.g. `Method{name}`"),
                );
            }
            let shape = shape_of(element);
            match structs.get(&name) {
                Some(existing) if *existing != shape => report.error(
                    "E033",
                    &format!("{epath}.name"),
                    format!("struct `{name}` is defined twice with different children in this tree"),
                    "set `struct:` on one of them to give it another name",
                ),
                _ => {
                    structs.insert(name, shape);
                }
            }
            check_elements(spec, &element.children, &format!("{epath}.children"), structs, report);
        }
    }
}

/// The runtime walks pages through an integer page parameter, an integer total reached through
/// single (non-repeated) elements, and records held by a root list wrapper or a repeated root element.
fn check_pagination_shape(
    method: &Method,
    pagination: &crate::model::Pagination,
    path: &str,
    report: &mut Reporter<'_>,
) {
    if let Some(param) = method.params.iter().find(|p| p.wire == pagination.page) {
        if param.ty != "int" {
            report.error(
                "E054",
                &format!("{path}.page"),
                format!("page parameter `{}` must have type `int`", param.wire),
                "declare it `type: int`",
            );
        }
    }
    let Some(tree) = method.response.as_deref() else { return };
    if let Some(total) = find_path(tree, &pagination.total_pages) {
        let mut level = tree;
        let mut through_repeated = false;
        for name in pagination.total_pages.split('/') {
            if let Some(element) = level.iter().find(|e| e.name == name) {
                through_repeated |= element.repeated;
                level = &element.children;
            }
        }
        if total.ty.as_deref() != Some("int") || !total.children.is_empty() || through_repeated {
            report.error(
                "E054",
                &format!("{path}.total_pages"),
                "the total page count must be an `int` leaf reached through single elements",
                "point at the element holding the page total",
            );
        }
    }
    let segments: Vec<&str> = pagination.items.split('/').collect();
    let shape_ok = match segments.as_slice() {
        [element] => tree.iter().any(|e| e.name == *element && e.repeated),
        [wrapper, element] => tree.iter().any(|e| {
            e.name == *wrapper
                && !e.repeated
                && matches!(e.children.as_slice(), [only] if only.name == *element && only.repeated)
        }),
        _ => false,
    };
    if find_path(tree, &pagination.items).is_some() && !shape_ok {
        report.error(
            "E054",
            &format!("{path}.items"),
            "records must be a repeated element of the response root, or the only (repeated) child of a root list element",
            "e.g. `OrdersList/OrderInfo` where OrderInfo is `repeated: true`",
        );
    }
}

/// Struct names generated modules define or rely on.
const RESERVED_STRUCTS: &[&str] =
    &["Request", "Response", "Document", "Option", "Result", "Vec", "String", "Box", "Self"];

/// A textual fingerprint of an element's children, to tell identical reuses from clashes.
fn shape_of(element: &Element) -> String {
    element
        .children
        .iter()
        .map(|c| format!("{}:{:?}:{}:{}[{}]", c.name, c.ty, c.repeated, c.required, shape_of(c)))
        .collect::<Vec<_>>()
        .join(",")
}

/// Finds the element at `a/b/c` in a tree.
pub fn find_path<'a>(tree: &'a [Element], path: &str) -> Option<&'a Element> {
    let mut level = tree;
    let mut found = None;
    for part in path.split('/') {
        let element = level.iter().find(|e| e.name == part)?;
        level = &element.children;
        found = Some(element);
    }
    found
}

/// A YAML scalar as text (numbers and strings alike).
pub fn scalar_text(value: &serde_yaml::Value) -> Option<String> {
    match value {
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}
