//! Checks a method's parameters (names, types, bounds, defaults), the fields of its flattened body
//! arguments, and its cross-parameter rules.

use std::collections::HashMap;

use super::names::{check_name, field_source, shown};
use super::values::{Bounds, check_bounds, check_personal, check_type_ref};
use crate::diagnostics::Reporter;
use crate::identifiers::NameKind;
use crate::model::{ArgKind, Method, Param, Protocol, Spec};
use crate::naming;
use crate::suggest;

/// The Rust names of a `Request`'s fields so far: name → path of the key it comes from.
pub type RustNames = HashMap<String, String>;

/// Checks every parameter and rule of `method` (at `path`); returns the Rust names its parameters
/// take in `Request`, for the body arguments to share.
pub fn check_params(spec: &Spec, method: &Method, path: &str, report: &mut Reporter<'_>) -> RustNames {
    let mut rusts = RustNames::new();
    check_param_list(spec, &method.params, &format!("{path}.params"), &mut rusts, report);
    for (index, param) in method.params.iter().enumerate().filter(|(_, p)| p.ty == "xml") {
        report.error(
            "E020",
            &format!("{path}.params[{index}].type"),
            format!("parameter `{}` is XML content, which travels in an upload document only", param.wire),
            "give the parameter a value type (`string`, `long`, …)",
        );
    }
    for (index, param) in method.params.iter().enumerate().filter(|(_, p)| p.ty == "json") {
        report.error(
            "E020",
            &format!("{path}.params[{index}].type"),
            format!("parameter `{}` is a JSON value, which travels in the body only", param.wire),
            "move it into `args:` (a `type: json` argument or a field of a flattened one)",
        );
    }
    check_rules(method, path, report);
    rusts
}

/// Checks one list of parameters (`params:` or a flattened argument's `fields:`) at `lpath`: wire
/// names unique in the list, Rust names unique in `rusts` (the whole `Request`).
pub fn check_param_list(spec: &Spec, params: &[Param], lpath: &str, rusts: &mut RustNames, report: &mut Reporter<'_>) {
    let mut wires: HashMap<&str, usize> = HashMap::new();
    for (index, param) in params.iter().enumerate() {
        let ppath = format!("{lpath}[{index}]");
        if let Some(first) = wires.insert(&param.wire, index) {
            let first_at = report.describe(&format!("{lpath}[{first}].wire"));
            report.error(
                "E021",
                &format!("{ppath}.wire"),
                format!("duplicate parameter `{}` (first at {first_at})", param.wire),
                "each wire name may appear once: remove one, or merge the two entries",
            );
        }
        let rust = naming::param_rust(param);
        let what = format!("parameter {}", shown(&param.wire));
        check_name(report, NameKind::Param, &rust, field_source(&what, &ppath, "wire", "rust", param.rust.as_deref()));
        note_rust_name(rust, &param.wire, &format!("{ppath}.wire"), rusts, report);
        check_type_ref(spec, &param.ty, &format!("{ppath}.type"), report);
        let bounds = Bounds { min: param.min.as_ref(), max: param.max.as_ref(), ty: Some(&param.ty) };
        check_bounds(spec, bounds, &ppath, report);
        check_personal(spec, param.personal, Some(&param.ty), &ppath, report);
        check_list(spec, param, &ppath, report);
        if param.required && param.default.is_some() {
            report.error(
                "E024",
                &format!("{ppath}.default"),
                format!("required parameter `{}` has a default", param.wire),
                "drop `default:` or make the parameter optional",
            );
        }
    }
}

/// A list parameter (`list:`) is a `Vec` of plain values sent as query parameters: its entries are
/// not flags, JSON or personal text and carry no value checks; a capped list (`max_items:`) is a list.
fn check_list(spec: &Spec, param: &Param, ppath: &str, report: &mut Reporter<'_>) {
    let Some(_) = param.list else {
        if param.max_items.is_some() {
            report.error(
                "E029",
                &format!("{ppath}.max_items"),
                format!("parameter `{}` caps its entries but is not a list", param.wire),
                "a comma-separated value is a list: add `list: comma` (or `list: repeat` for a repeated key) and give the entries' `type:`",
            );
        }
        return;
    };
    let problem = if spec.info.protocol != Protocol::DangdangXml {
        Some(("list", format!("`{}` sends no list parameters", spec.info.protocol.as_str())))
    } else if ["bool01", "boolyn", "boolzh", "bool", "json"].contains(&param.ty.as_str()) {
        Some(("type", format!("a list of `{}` values", param.ty)))
    } else if param.personal {
        Some(("personal", "a list of personal text".to_owned()))
    } else {
        let checks = [
            ("allowed", !param.allowed.is_empty()),
            ("max_chars", param.max_chars.is_some()),
            ("min", param.min.is_some()),
            ("max", param.max.is_some()),
        ];
        checks.iter().find(|(_, set)| *set).map(|(key, _)| (*key, format!("`{key}:` on the entries of a list")))
    };
    if let Some((key, what)) = problem {
        report.error(
            "E029",
            &format!("{ppath}.{key}"),
            format!("parameter `{}`: {what} is not supported", param.wire),
            "a list holds plain values (numbers, text, dates, code tables) checked only by `max_items:`; leave out `list:` to send one value",
        );
    }
}

/// Records that the item named `name` at `at` becomes `Request` field `rust` (E022 when one already does).
pub fn note_rust_name(rust: String, name: &str, at: &str, rusts: &mut RustNames, report: &mut Reporter<'_>) {
    if let Some(first) = rusts.get(&rust) {
        let first_at = report.describe(first);
        report.error(
            "E022",
            at,
            format!("parameter `{name}` becomes Rust name `{rust}`, like the one at {first_at}"),
            "set `rust:` on one of them",
        );
    } else {
        rusts.insert(rust, at.to_owned());
    }
}

/// The wire names a rule may name: the parameters and the fields of flattened arguments.
fn rule_targets(method: &Method) -> impl Iterator<Item = &str> {
    let fields = method.args.iter().flat_map(|arg| match arg.kind() {
        Ok(ArgKind::Flatten(fields)) => fields,
        _ => &[],
    });
    method.params.iter().chain(fields).map(|param| param.wire.as_str())
}

fn check_rules(method: &Method, path: &str, report: &mut Reporter<'_>) {
    for (index, rule) in method.rules.iter().enumerate() {
        let rpath = format!("{path}.rules[{index}]");
        let names: Vec<(String, &String)> = match (&rule.one_of, &rule.max_span) {
            (Some(names), None) => names.iter().enumerate().map(|(i, name)| (format!("one_of[{i}]"), name)).collect(),
            (None, Some(span)) => {
                if span.limit().is_none() {
                    report.error(
                        "E057",
                        &format!("{rpath}.max_span"),
                        "`max_span` needs exactly one of `days` and `minutes`",
                        "write the cap the reference states, e.g. `minutes: 60` or `days: 15`",
                    );
                }
                vec![("max_span.start".into(), &span.start), ("max_span.end".into(), &span.end)]
            }
            _ => {
                report.error(
                    "E053",
                    &rpath,
                    "a rule needs exactly one of `one_of` and `max_span`",
                    "split it into two rules",
                );
                continue;
            }
        };
        for (key, name) in names {
            if !rule_targets(method).any(|wire| wire == name) {
                report.error(
                    "E052",
                    &format!("{rpath}.{key}"),
                    format!("rule names parameter `{name}`, which the method does not have"),
                    suggest::did_you_mean(
                        name,
                        rule_targets(method),
                        if method.args.is_empty() {
                            "use wire names from `params`".to_owned()
                        } else {
                            "use wire names from `params` or from a flattened argument's `fields`".to_owned()
                        },
                    ),
                );
            }
        }
    }
}
