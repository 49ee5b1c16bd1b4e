//! Checks `--param` values against the spec before anything is sent: unknown wire names, missing
//! required ones, types, allowed values, limits and cross-parameter rules. Every refusal is the
//! library's own [`Error::InvalidParam`] (through the runtime's checks), so it reads the same.

use std::borrow::Cow;
use std::str::FromStr;

use dangdang_api::rt::{self, Params};
use dangdang_api::{BeijingTime, Decimal, Error};
use dangdang_codegen::model::{Param, ProvenanceStatus};
use dangdang_sandbox::values::{Limits, check as check_type, scalar_text};

use crate::resolve::Resolved;

/// The checked parameters in the order given, followed by the unchecked `extra` ones.
pub fn checked(
    method: &Resolved,
    params: &[(String, String)],
    extra: &[(String, String)],
) -> Result<Vec<(Cow<'static, str>, String)>, Error> {
    let name = method.info.name;
    let spec = method.method();
    // A method the spec knows nothing of has no parameter list to check against.
    let known_params = !(spec.params.is_empty() && spec.provenance.status == ProvenanceStatus::Unknown);
    let mut seen: Vec<&str> = Vec::new();
    for (wire, value) in params {
        if seen.contains(&wire.as_str()) {
            return Err(invalid(name, wire, "is given twice".to_owned()));
        }
        seen.push(wire);
        match spec.params.iter().find(|param| param.wire == *wire) {
            Some(param) => check_value(method, param, value)?,
            None if known_params => return Err(invalid(name, wire, unknown_rule(&spec.params))),
            None => {}
        }
    }
    if let Some((wire, _)) = extra.iter().find(|(wire, _)| spec.params.iter().any(|param| param.wire == *wire)) {
        return Err(invalid(
            name,
            wire,
            "is a parameter of the spec: give it with --param, so it is checked".to_owned(),
        ));
    }
    let given = |wire: &str| params.iter().find(|(name, value)| name == wire && !value.is_empty()).map(|(_, v)| v);
    for param in spec.params.iter().filter(|param| param.required) {
        if given(&param.wire).is_none() {
            return Err(invalid(name, &param.wire, "is required".to_owned()));
        }
    }
    for rule in &spec.rules {
        if let Some(names) = &rule.one_of {
            let set: Vec<(&str, bool)> = names.iter().map(|n| (n.as_str(), given(n).is_some())).collect();
            rt::check_one_of(name, &set)?;
        }
        if let Some(span) = &rule.max_span {
            let time = |wire: &str| given(wire).and_then(|text| BeijingTime::from_str(text).ok());
            let (start, end) = (time(&span.start), time(&span.end));
            let checker = Params::new(name);
            let (start, end) = ((span.start.as_str(), start.as_ref()), (span.end.as_str(), end.as_ref()));
            match (span.days, span.minutes) {
                (Some(days), _) => checker.span(start, end, days)?,
                (None, Some(minutes)) => checker.span_minutes(start, end, minutes)?,
                (None, None) => {}
            }
        }
    }
    Ok(params.iter().chain(extra).map(|(wire, value)| (Cow::Owned(wire.clone()), value.clone())).collect())
}

/// One value against its parameter's type, allowed values and limits.
fn check_value(method: &Resolved, param: &Param, value: &str) -> Result<(), Error> {
    let name = method.info.name;
    let type_only = Limits { ty: &param.ty, allowed: &[], min: None, max: None, max_chars: None };
    check_type(&method.spec, value, &type_only)
        .map_err(|rule| invalid(name, &param.wire, with_codes(method, param, rule)))?;
    if !param.allowed.is_empty() {
        let allowed: Vec<String> = param.allowed.iter().filter_map(scalar_text).collect();
        let allowed: Vec<&str> = allowed.iter().map(String::as_str).collect();
        rt::check_allowed(name, &param.wire, value, &allowed)?;
    }
    if let Some(max) = param.max_chars {
        rt::check_chars(name, &param.wire, value, max as usize)?;
    }
    if let Some(max) = param.max_items {
        rt::check_list_len(name, &param.wire, value, max as usize)?;
    }
    let bound =
        |number: &Option<serde_yaml::Number>| number.as_ref().and_then(|n| Decimal::from_str(&n.to_string()).ok());
    if param.min.is_some() || param.max.is_some() {
        rt::check_range(name, &param.wire, value, bound(&param.min), bound(&param.max))?;
    }
    Ok(())
}

/// A type rule of a code table, with the codes the spec lists (`os`: `must be of type OrderState
/// (codes 50 AwaitingReview, 100 AwaitingPayment, ...)`).
fn with_codes(method: &Resolved, param: &Param, rule: String) -> String {
    let Some(table) = method.spec.types().get(&param.ty) else { return rule };
    let codes: Vec<String> =
        table.values.iter().filter_map(|v| scalar_text(&v.code).map(|code| format!("{code} {}", v.name))).collect();
    format!("{rule} (codes {})", codes.join(", "))
}

fn unknown_rule(params: &[Param]) -> String {
    let names: Vec<&str> = params.iter().map(|param| param.wire.as_str()).collect();
    let known = if names.is_empty() { "it takes none".to_owned() } else { format!("it takes {}", names.join(", ")) };
    format!("is not a parameter of this method in the spec ({known}); send it unchecked with --extra")
}

fn invalid(method: &'static str, param: &str, rule: String) -> Error {
    Error::InvalidParam { method, param: param.to_owned(), rule }
}
