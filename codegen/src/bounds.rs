//! Numeric bounds (`min:`, `max:`): exact decimals that fit the type of the value they bound.

use rust_decimal::Decimal;

use crate::values::ValueType;

/// Most significant digits a non-integer YAML number keeps exactly: YAML reads `0.01` as a 64-bit
/// float, whose shortest printed form gives back what was written only up to 15 digits.
pub const FLOAT_DIGITS: u32 = 15;

/// Why a bound cannot be used, with what to change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoundProblem {
    /// What is wrong with the number.
    pub message: String,
    /// What to write instead.
    pub help: String,
}

/// True for the value types a bound may apply to.
pub fn is_numeric(ty: &ValueType) -> bool {
    matches!(ty, ValueType::Int | ValueType::Long | ValueType::Decimal)
}

/// The exact value of a bound on a value of type `ty` (`int`, `long` or `decimal`).
pub fn parse(number: &serde_yaml::Number, ty: &ValueType) -> Result<Decimal, BoundProblem> {
    let text = number.to_string();
    let problem = |message: String, help: &str| BoundProblem { message, help: help.to_owned() };
    let value = if let Some(whole) = number.as_i64() {
        Decimal::from(whole)
    } else if let Some(whole) = number.as_u64() {
        Decimal::from(whole)
    } else {
        let float = number.as_f64().unwrap_or(f64::NAN);
        if !float.is_finite() {
            return Err(problem(
                format!("bound `{text}` is not a finite number"),
                "write a finite number, e.g. `max: 999999`, or leave the bound out",
            ));
        }
        // `text` is the shortest form that reads back as the same float (ryu), e.g. `0.01`, `1e30`.
        let exact =
            if text.contains(['e', 'E']) { Decimal::from_scientific(&text) } else { Decimal::from_str_exact(&text) };
        let Ok(value) = exact else {
            return Err(out_of_range(&text, ty));
        };
        if significant_digits(value) > FLOAT_DIGITS {
            return Err(problem(
                format!("bound `{text}` has more than {FLOAT_DIGITS} significant digits, more than YAML reads exactly"),
                "round it to 15 significant digits, or write a whole number",
            ));
        }
        value
    };
    let Some((low, high, name)) = whole_range(ty) else { return Ok(value) };
    if !value.fract().is_zero() {
        return Err(problem(
            format!("bound `{text}` is not a whole number, but the value is {name}"),
            "write a whole number, or declare the value `type: decimal`",
        ));
    }
    if value < low || value > high {
        return Err(out_of_range(&text, ty));
    }
    Ok(value.normalize())
}

/// Digits from the first non-zero one to the last non-zero one: 2 for `0.012`, 1 for `1e28`.
fn significant_digits(value: Decimal) -> u32 {
    let mut mantissa = value.mantissa().unsigned_abs();
    while mantissa != 0 && mantissa % 10 == 0 {
        mantissa /= 10;
    }
    mantissa.checked_ilog10().map_or(0, |log| log + 1)
}

/// The range and name of an integer type.
fn whole_range(ty: &ValueType) -> Option<(Decimal, Decimal, &'static str)> {
    match ty {
        ValueType::Int => Some((Decimal::from(i32::MIN), Decimal::from(i32::MAX), "`int` (i32)")),
        ValueType::Long => Some((Decimal::from(i64::MIN), Decimal::from(i64::MAX), "`long` (i64)")),
        _ => None,
    }
}

/// A bound beyond what the value's type holds.
fn out_of_range(text: &str, ty: &ValueType) -> BoundProblem {
    match whole_range(ty) {
        Some((low, high, name)) => BoundProblem {
            message: format!("bound `{text}` does not fit {name}, which holds {low} to {high}"),
            help: if *ty == ValueType::Int {
                "use a bound within that range, or `type: long`".into()
            } else {
                "use a bound within that range".into()
            },
        },
        None => BoundProblem {
            message: format!("bound `{text}` does not fit `decimal`, which holds at most 28 digits (about ±7.9e28)"),
            help: "use a bound within that range".into(),
        },
    }
}

/// `(lo, mid, hi, negative, scale)` of a decimal, the arguments of `Decimal::from_parts`.
pub fn parts(value: Decimal) -> (u32, u32, u32, bool, u32) {
    let mantissa = value.mantissa().unsigned_abs();
    let word = |shift: u32| ((mantissa >> shift) & u128::from(u32::MAX)) as u32;
    (word(0), word(32), word(64), value.is_sign_negative(), value.scale())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(yaml: &str) -> serde_yaml::Number {
        serde_yaml::from_str(yaml).unwrap()
    }

    #[test]
    fn bounds_are_exact_and_fit_their_type() {
        assert_eq!(parse(&number("0.01"), &ValueType::Decimal).unwrap().to_string(), "0.01");
        assert_eq!(parse(&number("9999999.99"), &ValueType::Decimal).unwrap().to_string(), "9999999.99");
        assert_eq!(parse(&number("999999"), &ValueType::Int).unwrap().to_string(), "999999");
        assert_eq!(parse(&number("1e3"), &ValueType::Int).unwrap().to_string(), "1000");
        assert_eq!(parse(&number("-9223372036854775808"), &ValueType::Long).unwrap(), Decimal::from(i64::MIN));
        assert_eq!(
            parse(&number("1e28"), &ValueType::Decimal).unwrap(),
            Decimal::from_i128_with_scale(10i128.pow(28), 0)
        );
        assert!(parse(&number("123456789012345.0"), &ValueType::Decimal).is_ok());
        for bad in [".inf", "-.inf", ".nan", "1e30", "0.1234567890123456", "1234567890123456.5"] {
            assert!(parse(&number(bad), &ValueType::Decimal).is_err(), "{bad}");
        }
        for bad in ["2147483648", "0.5", "-2147483649"] {
            assert!(parse(&number(bad), &ValueType::Int).is_err(), "{bad}");
        }
        assert!(parse(&number("18446744073709551615"), &ValueType::Long).is_err());
        assert!(parse(&number("18446744073709551615"), &ValueType::Decimal).is_ok());
    }

    #[test]
    fn parts_rebuild_the_value() {
        for text in ["0.01", "-12.5", "18446744073709551615", "79228162514264337593543950335", "0"] {
            let value: Decimal = text.parse().unwrap();
            let (lo, mid, hi, negative, scale) = parts(value);
            assert_eq!(Decimal::from_parts(lo, mid, hi, negative, scale), value, "{text}");
        }
    }
}
