//! Checks on one value: its type exists, its `min:`/`max:` bounds are finite, fit the type and are
//! ordered, and `personal:` marks text.

use crate::bounds;
use crate::diagnostics::Reporter;
use crate::model::Protocol;
use crate::model::Spec;
use crate::suggest;
use crate::values::ValueType;

/// Reports a type name that is neither a scalar of the spec's protocol nor a code table.
pub fn check_type_ref(spec: &Spec, ty: &str, path: &str, report: &mut Reporter<'_>) {
    let xml = spec.info.protocol == Protocol::DangdangXml;
    let only_other = |s: &&str| if xml { ValueType::JSON_ONLY.contains(s) } else { ValueType::XML_ONLY.contains(s) };
    let scalars: Vec<&str> = ValueType::SCALARS.iter().copied().filter(|s| !only_other(s)).collect();
    if ValueType::resolve(ty, &spec.types).is_none() {
        let known = scalars.iter().copied().chain(spec.types.keys().map(String::as_str));
        let otherwise =
            format!("use a scalar ({}) or a code table from `types:`, or define `{ty}` there", scalars.join(", "));
        report.error("E020", path, format!("unknown type `{ty}`"), suggest::did_you_mean(ty, known, otherwise));
    } else if !scalars.contains(&ty) && !spec.types.contains_key(ty) {
        report.error(
            "E020",
            path,
            format!("type `{ty}` has no spelling in `{}`", spec.info.protocol.as_str()),
            if xml {
                "use `bool01`, `boolyn` or `boolzh`, the spelling the reference gives"
            } else {
                "`xml` (content the caller builds) is for XML uploads: use `json` for a JSON value"
            },
        );
    }
}

/// The bounds of one value; `ty` is its spec type (`None`: an element with children).
pub struct Bounds<'a> {
    /// `min:`.
    pub min: Option<&'a serde_yaml::Number>,
    /// `max:`.
    pub max: Option<&'a serde_yaml::Number>,
    /// The value's spec type, `None` for an element with children.
    pub ty: Option<&'a str>,
}

/// Reports bounds on a non-numeric value (E027), bounds that are not finite or do not fit the
/// value's type (E025), and `min` above `max` (E026). `path` is the item holding the keys.
pub fn check_bounds(spec: &Spec, value: Bounds<'_>, path: &str, report: &mut Reporter<'_>) {
    if value.min.is_none() && value.max.is_none() {
        return;
    }
    let Some(ty) = value.ty else {
        let key = if value.min.is_some() { "min" } else { "max" };
        report.error(
            "E027",
            &format!("{path}.{key}"),
            "an element with children cannot have `min:`/`max:`",
            "move the bounds to the leaf element they limit",
        );
        return;
    };
    // An unknown type is reported by `check_type_ref`.
    let Some(resolved) = ValueType::resolve(ty, &spec.types) else { return };
    if !bounds::is_numeric(&resolved) {
        let key = if value.min.is_some() { "min" } else { "max" };
        report.error(
            "E027",
            &format!("{path}.{key}"),
            format!("`min:`/`max:` bound a number, but the value is `{ty}`"),
            "declare the value `type: int`, `long` or `decimal`, or use `max_chars:` for text",
        );
        return;
    }
    let mut parsed = [None, None];
    for (slot, (key, number)) in parsed.iter_mut().zip([("min", value.min), ("max", value.max)]) {
        let Some(number) = number else { continue };
        match bounds::parse(number, &resolved) {
            Ok(bound) => *slot = Some(bound),
            Err(problem) => report.error("E025", &format!("{path}.{key}"), problem.message, problem.help),
        }
    }
    if let [Some(min), Some(max)] = parsed {
        if min > max {
            report.error(
                "E026",
                &format!("{path}.min"),
                format!("`min: {min}` is greater than `max: {max}`: no value passes"),
                "swap the bounds or correct one of them",
            );
        }
    }
}

/// Reports `personal: true` on anything but a text value (E028): `Personal` wraps text,
/// and a struct's personal fields are marked one by one. `ty` is `None` for an element with children.
pub fn check_personal(spec: &Spec, personal: bool, ty: Option<&str>, path: &str, report: &mut Reporter<'_>) {
    let text = ty.is_some_and(|ty| ValueType::resolve(ty, &spec.types).is_none_or(|t| t == ValueType::String));
    if personal && !text {
        report.error(
            "E028",
            &format!("{path}.personal"),
            format!(
                "`personal: true` marks text, but this is {}",
                ty.map_or("an element with children".into(), |t| format!("`{t}`"))
            ),
            "mark the text leaves that hold names, phones or addresses instead",
        );
    }
}
