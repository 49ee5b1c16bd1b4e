//! Checks the shared code tables (`types:`): type and variant names, codes and their `repr`.

use std::collections::HashMap;

use super::names::{NameSource, check_name};
use crate::diagnostics::Reporter;
use crate::identifiers::NameKind;
use crate::model::{EnumRepr, Spec};
use crate::values::scalar_text;

/// Checks every code table.
pub fn check_types(spec: &Spec, report: &mut Reporter<'_>) {
    for (name, table) in &spec.types {
        let path = format!("types.{name}");
        let source = NameSource {
            what: format!("type name `{name}`"),
            derived: false,
            path: path.clone(),
            at_key: true,
            fix_key: None,
        };
        check_name(report, NameKind::Enum, name, source);
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
                let first_at = report.describe(&format!("{path}.values[{first}].code"));
                report.error(
                    "E040",
                    &format!("{vpath}.code"),
                    format!("duplicate code `{code}` in enum `{name}` (first at {first_at})"),
                    "each code may appear once in a table",
                );
            }
            let source = NameSource {
                what: format!("variant name `{}`", value.name),
                derived: false,
                path: format!("{vpath}.name"),
                at_key: false,
                fix_key: None,
            };
            check_name(report, NameKind::Variant, &value.name, source);
            if let Some(first) = variants.insert(&value.name, index) {
                let first_at = report.describe(&format!("{path}.values[{first}].name"));
                report.error(
                    "E041",
                    &format!("{vpath}.name"),
                    format!("duplicate variant `{}` in enum `{name}` (first at {first_at})", value.name),
                    "variant names must be unique",
                );
            }
        }
    }
}
