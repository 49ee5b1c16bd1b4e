//! Checks a method's parameters (names, types, bounds, defaults) and its cross-parameter rules.

use std::collections::HashMap;

use super::names::{check_name, field_source, shown};
use super::values::{Bounds, check_bounds, check_personal, check_type_ref};
use crate::diagnostics::Reporter;
use crate::identifiers::NameKind;
use crate::model::{Method, Spec};
use crate::naming;
use crate::suggest;

/// Checks every parameter and rule of `method` (at `path`).
pub fn check_params(spec: &Spec, method: &Method, path: &str, report: &mut Reporter<'_>) {
    let mut wires: HashMap<&str, usize> = HashMap::new();
    let mut rusts: HashMap<String, usize> = HashMap::new();
    for (index, param) in method.params.iter().enumerate() {
        let ppath = format!("{path}.params[{index}]");
        if let Some(first) = wires.insert(&param.wire, index) {
            let first_at = report.describe(&format!("{path}.params[{first}].wire"));
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
        if let Some(first) = rusts.insert(rust.clone(), index) {
            let first_at = report.describe(&format!("{path}.params[{first}].wire"));
            report.error(
                "E022",
                &format!("{ppath}.wire"),
                format!("parameter `{}` becomes Rust name `{rust}`, like the one at {first_at}", param.wire),
                "set `rust:` on one of them",
            );
        }
        check_type_ref(spec, &param.ty, &format!("{ppath}.type"), report);
        let bounds = Bounds { min: param.min.as_ref(), max: param.max.as_ref(), ty: Some(&param.ty) };
        check_bounds(spec, bounds, &ppath, report);
        check_personal(spec, param.personal, Some(&param.ty), &ppath, report);
        if param.required && param.default.is_some() {
            report.error(
                "E024",
                &format!("{ppath}.default"),
                format!("required parameter `{}` has a default", param.wire),
                "drop `default:` or make the parameter optional",
            );
        }
    }
    check_rules(method, path, report);
}

fn check_rules(method: &Method, path: &str, report: &mut Reporter<'_>) {
    for (index, rule) in method.rules.iter().enumerate() {
        let rpath = format!("{path}.rules[{index}]");
        let names: Vec<(String, &String)> = match (&rule.one_of, &rule.max_span) {
            (Some(names), None) => names.iter().enumerate().map(|(i, name)| (format!("one_of[{i}]"), name)).collect(),
            (None, Some(span)) => vec![("max_span.start".into(), &span.start), ("max_span.end".into(), &span.end)],
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
            if !method.params.iter().any(|p| &p.wire == name) {
                report.error(
                    "E052",
                    &format!("{rpath}.{key}"),
                    format!("rule names parameter `{name}`, which the method does not have"),
                    suggest::did_you_mean(name, super::wires(method), "use wire names from `params`".to_owned()),
                );
            }
        }
    }
}
