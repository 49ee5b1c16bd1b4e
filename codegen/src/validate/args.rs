//! Checks a method's positional body arguments (`args:`): names unique, each of one kind (a
//! flattened object, a scalar, a list of a shape, untyped JSON), names usable in `Request`.

use std::collections::HashMap;

use super::elements::{Structs, note_struct};
use super::names::{check_name, field_source, shown};
use super::params::{RustNames, check_param_list, note_rust_name};
use super::shapes::shape_structs;
use super::values::{Bounds, check_bounds, check_personal, check_type_ref};
use crate::diagnostics::Reporter;
use crate::identifiers::NameKind;
use crate::model::{ArgKind, Method, Spec};
use crate::naming;
use crate::suggest;

/// Checks every argument of `method` (at `path`); `rusts` holds the `Request` field names so far,
/// `structs` the structs of the method's reply, whose module the argument shapes are re-exported into.
pub fn check_args(
    spec: &Spec,
    method: &Method,
    path: &str,
    rusts: &mut RustNames,
    structs: &mut Structs,
    report: &mut Reporter<'_>,
) {
    let mut names: HashMap<&str, usize> = HashMap::new();
    for (index, arg) in method.args.iter().enumerate() {
        let apath = format!("{path}.args[{index}]");
        if let Some(first) = names.insert(&arg.name, index) {
            let first_at = report.describe(&format!("{path}.args[{first}].name"));
            report.error(
                "E070",
                &format!("{apath}.name"),
                format!("duplicate argument `{}` (first at {first_at})", arg.name),
                "each positional argument is named once: remove one, or rename it as the documentation does",
            );
        }
        let kind = match arg.kind() {
            Ok(kind) => kind,
            Err(problem) => {
                let (code, key) =
                    if arg.flatten || !arg.fields.is_empty() { ("E071", "flatten") } else { ("E072", "name") };
                let key = if code == "E071" && !arg.flatten { "fields" } else { key };
                report.error(code, &format!("{apath}.{key}"), format!("argument `{}`: {problem}", arg.name), KINDS);
                continue;
            }
        };
        if arg.personal && !matches!(kind, ArgKind::Scalar(_)) {
            report.error(
                "E028",
                &format!("{apath}.personal"),
                "`personal: true` marks text, but this argument is not a value",
                "mark the text fields of the object or shape instead",
            );
        }
        if arg.has_checks() && !matches!(kind, ArgKind::Scalar(_)) {
            report.error(
                "E027",
                &apath,
                format!(
                    "argument `{}` is not a value, so `allowed`, `max_chars`, `min` and `max` check nothing",
                    arg.name
                ),
                "put the checks on the fields of the object or shape",
            );
        }
        if arg.rust.is_some() && matches!(kind, ArgKind::Flatten(_)) {
            report.error(
                "E071",
                &format!("{apath}.rust"),
                format!("a flattened argument has no field of its own, so `rust:` on `{}` names nothing", arg.name),
                "set `rust:` on its fields instead",
            );
        }
        match kind {
            ArgKind::Flatten(fields) => check_param_list(spec, fields, &format!("{apath}.fields"), rusts, report),
            ArgKind::Scalar(ty) => {
                check_type_ref(spec, ty, &format!("{apath}.type"), report);
                check_personal(spec, arg.personal, Some(ty), &apath, report);
                let bounds = Bounds { min: arg.min.as_ref(), max: arg.max.as_ref(), ty: Some(ty) };
                check_bounds(spec, bounds, &apath, report);
            }
            ArgKind::List(shape) if !spec.shapes.contains_key(shape) => {
                let otherwise = "define it under `shapes:` (beside `types:`)".to_owned();
                let hint = suggest::did_you_mean(shape, spec.shapes.keys().map(String::as_str), otherwise);
                report.error("E045", &format!("{apath}.shape"), format!("unknown shape `{shape}`"), hint);
            }
            ArgKind::List(shape) => {
                for (name, print) in shape_structs(spec, shape) {
                    note_struct(name, print, &apath, structs, report);
                }
            }
            ArgKind::Json => {}
        }
        if !matches!(kind, ArgKind::Flatten(_)) {
            let rust = naming::arg_rust(arg);
            let what = format!("argument {}", shown(&arg.name));
            let source = field_source(&what, &apath, "name", "rust", arg.rust.as_deref());
            check_name(report, NameKind::Param, &rust, source);
            note_rust_name(rust, &arg.name, &format!("{apath}.name"), rusts, report);
        }
    }
}

/// The hint for an argument of no kind.
const KINDS: &str = "an argument is `flatten: true` with `fields:` (an object), `type:` a value type, `type: list` with \
                     `shape:`, or `type: json`";
