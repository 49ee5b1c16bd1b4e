//! The spec's value checks as `crate::Rule` values, which the runtime checks on a value's wire text.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::ir::ValueChecks;

/// The rules of one value, in the order they are checked: allowed values, the comma-list cap
/// (`max_items` of a parameter), then the value checks (allowed values, characters, bounds).
pub fn rules(allowed: &[String], max_entries: Option<u32>, checks: &ValueChecks) -> Vec<TokenStream> {
    let mut rules = Vec::new();
    if !allowed.is_empty() {
        rules.push(quote!(crate::Rule::OneOf(&[#(#allowed),*])));
    }
    if let Some(max) = max_entries {
        let max = Literal::usize_unsuffixed(max as usize);
        rules.push(quote!(crate::Rule::MaxEntries(#max)));
    }
    if !checks.allowed.is_empty() {
        let allowed = &checks.allowed;
        rules.push(quote!(crate::Rule::OneOf(&[#(#allowed),*])));
    }
    if let Some(max) = checks.max_chars {
        let max = Literal::usize_unsuffixed(max as usize);
        rules.push(quote!(crate::Rule::MaxChars(#max)));
    }
    if checks.min.is_some() || checks.max.is_some() {
        let (min, max) = (bound(checks.min), bound(checks.max));
        rules.push(quote!(crate::Rule::Range(#min, #max)));
    }
    rules
}

/// Statements checking the wire text in `text` against `checks` (upload leaves); `method` names the
/// call in errors.
pub fn check_tokens(wire: &str, checks: &ValueChecks, method: TokenStream) -> TokenStream {
    let rules = rules(&[], None, checks);
    quote! { #(crate::rt::check(#method, #wire, &text, &#rules)?;)* }
}

/// A bound as a typed literal evaluated at compile time: nothing is parsed at run time.
fn bound(bound: Option<rust_decimal::Decimal>) -> TokenStream {
    match bound {
        Some(value) => {
            let (lo, mid, hi, negative, scale) = crate::bounds::parts(value);
            let [lo, mid, hi, scale] = [lo, mid, hi, scale].map(Literal::u32_unsuffixed);
            quote!(Some(const { crate::Decimal::from_parts(#lo, #mid, #hi, #negative, #scale) }))
        }
        None => quote!(None),
    }
}
