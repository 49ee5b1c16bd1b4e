//! Checks one text value against a spec type and its limits (`allowed`, `min`/`max`, `max_chars`):
//! the sandbox's own reading of the spec, shared by business parameters and upload elements.

use std::str::FromStr;

use dangdang_codegen::model::EnumRepr;
use rust_decimal::Decimal;

use crate::signature::parse_beijing;
use crate::spec::SpecIndex;

/// The limits a value is checked against (a parameter's or an upload element's).
#[derive(Debug, Clone, Copy)]
pub struct Limits<'a> {
    /// Spec type name (`int`, `datetime`, `OrderState`, ...).
    pub ty: &'a str,
    /// The only values accepted, when not empty.
    pub allowed: &'a [serde_yaml::Value],
    /// Smallest number.
    pub min: Option<&'a serde_yaml::Number>,
    /// Largest number.
    pub max: Option<&'a serde_yaml::Number>,
    /// Most characters.
    pub max_chars: Option<u32>,
}

/// Why `value` breaks `limits`, in words (never repeating the value: it may be personal data).
pub fn check(spec: &SpecIndex, value: &str, limits: &Limits<'_>) -> Result<(), String> {
    check_type(spec, value, limits.ty)?;
    if !limits.allowed.is_empty() && !limits.allowed.iter().any(|a| scalar_text(a).as_deref() == Some(value)) {
        let allowed: Vec<String> = limits.allowed.iter().filter_map(scalar_text).collect();
        return Err(format!("must be one of {}", allowed.join(", ")));
    }
    if let Some(max_chars) = limits.max_chars {
        let chars = value.chars().count();
        if chars > max_chars as usize {
            return Err(format!("at most {max_chars} characters, got {chars}"));
        }
    }
    if limits.min.is_some() || limits.max.is_some() {
        let number = Decimal::from_str(value.trim()).map_err(|_| "must be a number".to_string())?;
        if let Some(min) = limits.min.and_then(number_of) {
            if number < min {
                return Err(format!("must be at least {min}"));
            }
        }
        if let Some(max) = limits.max.and_then(number_of) {
            if number > max {
                return Err(format!("must be at most {max}"));
            }
        }
    }
    Ok(())
}

fn check_type(spec: &SpecIndex, value: &str, ty: &str) -> Result<(), String> {
    let ok = match ty {
        "int" => value.parse::<i32>().is_ok(),
        "long" => value.parse::<i64>().is_ok(),
        "decimal" => Decimal::from_str(value).is_ok(),
        "datetime" => parse_beijing(value).is_some(),
        "date" => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .is_ok_and(|d| d.format("%Y-%m-%d").to_string() == value),
        "bool01" => matches!(value, "0" | "1"),
        "boolyn" => matches!(value, "Y" | "N"),
        "boolzh" => matches!(value, "是" | "否"),
        // Code tables accept codes the spec does not list (the client sends them as `Other`);
        // only the representation is checked.
        other => match spec.types().get(other).map(|table| table.repr) {
            Some(EnumRepr::Int) => value.parse::<i64>().is_ok(),
            _ => true,
        },
    };
    if ok { Ok(()) } else { Err(format!("must be of type {}", describe(ty))) }
}

fn describe(ty: &str) -> &str {
    match ty {
        "datetime" => "datetime (yyyy-MM-dd HH:mm:ss)",
        "date" => "date (yyyy-MM-dd)",
        "bool01" => "bool01 (0 or 1)",
        "boolyn" => "boolyn (Y or N)",
        "boolzh" => "boolzh (是 or 否)",
        other => other,
    }
}

fn number_of(number: &serde_yaml::Number) -> Option<Decimal> {
    Decimal::from_str(&number.to_string()).ok()
}

/// A YAML scalar of the spec (a default, an allowed value, a code) as its wire text: the
/// generator's own reading.
pub use dangdang_codegen::scalar_text;

#[cfg(test)]
mod tests {
    use super::*;

    fn limits<'a>(ty: &'a str, allowed: &'a [serde_yaml::Value]) -> Limits<'a> {
        Limits { ty, allowed, min: None, max: None, max_chars: None }
    }

    #[test]
    fn types_allowed_values_and_ranges() {
        let spec = crate::spec::embedded().unwrap();
        let sizes: Vec<serde_yaml::Value> = [5, 10, 15, 20].into_iter().map(serde_yaml::Value::from).collect();
        assert!(check(&spec, "20", &limits("int", &sizes)).is_ok());
        assert_eq!(check(&spec, "7", &limits("int", &sizes)).unwrap_err(), "must be one of 5, 10, 15, 20");
        assert!(check(&spec, "x", &limits("int", &[])).unwrap_err().contains("type int"));
        assert!(check(&spec, "2015-03-20 15:10:50", &limits("datetime", &[])).is_ok());
        assert!(check(&spec, "2015-03-20", &limits("datetime", &[])).is_err());
        assert!(check(&spec, "-100", &limits("OrderState", &[])).is_ok());
        assert!(check(&spec, "shipped", &limits("OrderState", &[])).is_err());
        let (low, high) = (serde_yaml::Number::from(0.01), serde_yaml::Number::from(9999999.99));
        let price = Limits { min: Some(&low), max: Some(&high), ..limits("decimal", &[]) };
        assert!(check(&spec, "0.01", &price).is_ok());
        assert_eq!(check(&spec, "0.00", &price).unwrap_err(), "must be at least 0.01");
        assert!(check(&spec, "10000000", &price).unwrap_err().contains("at most"));
        let short = Limits { max_chars: Some(2), ..limits("string", &[]) };
        assert_eq!(check(&spec, "当当网", &short).unwrap_err(), "at most 2 characters, got 3");
    }
}
