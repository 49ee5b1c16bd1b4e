//! Emits the shared code tables (`generated/types.rs`) and maps value types to Rust types.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{code, doc_attrs, prose, summary, summary_text};
use crate::identifiers::rust_ident;
use crate::ir::{Api, EnumIr, ValueType};
use crate::model::EnumRepr;

/// The Rust type of a value.
pub fn rust_type(ty: &ValueType) -> TokenStream {
    match ty {
        ValueType::Int => quote!(i32),
        ValueType::Long => quote!(i64),
        ValueType::Decimal => quote!(crate::Decimal),
        ValueType::DateTime => quote!(crate::BeijingTime),
        ValueType::Date => quote!(crate::NaiveDate),
        ValueType::String => quote!(String),
        ValueType::PersonalText => quote!(crate::Personal),
        ValueType::Bool01 | ValueType::BoolYn | ValueType::BoolZh => quote!(bool),
        ValueType::Enum(name) => {
            let name = rust_ident(name);
            quote!(crate::types::#name)
        }
    }
}

/// Expression turning `value` (a reference to the Rust value) into its wire text.
pub fn to_wire(ty: &ValueType, value: TokenStream) -> TokenStream {
    match ty.bool_spelling() {
        Some((yes, no)) => quote! { String::from(if *#value { #yes } else { #no }) },
        None => quote! { crate::wire::text(#value) },
    }
}

/// `generated/types.rs`: every code table.
pub fn types_file(api: &Api) -> TokenStream {
    let enums = api.enums.iter().map(enum_tokens);
    quote! {
        #![doc = " Shared code tables (enums) from the spec's `types:` section."]
        #(#enums)*
    }
}

fn enum_tokens(table: &EnumIr) -> TokenStream {
    let name = rust_ident(&table.name);
    let docs = enum_docs(table);
    let variants = table.variants.iter().map(|v| {
        let ident = rust_ident(&v.name);
        let docs = doc_attrs(&[format!("{} (code {}).", summary(&v.docs, &v.name), code(&v.code))]);
        quote! { #docs #ident, }
    });
    let codes = code_methods(table);
    let texts = text_methods(table);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A code this spec does not know, exactly as received.
            Other(String),
        }

        #codes
        #texts

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }

        impl crate::wire::WireValue for #name {
            fn to_wire(&self) -> String {
                self.code().to_owned()
            }

            fn from_wire(text: &str) -> Result<Self, String> {
                Ok(Self::from_code(text))
            }
        }
    }
}

fn enum_docs(table: &EnumIr) -> TokenStream {
    let mut lines = vec![summary(&table.docs, &table.name)];
    lines.push(String::new());
    lines.push(format!(
        "Wire form: {} codes. Codes this spec does not know decode to [`{}::Other`] with the raw value kept.",
        if table.repr == EnumRepr::Int { "integer" } else { "text" },
        table.name
    ));
    if let Some(cert) = &table.docs.cert {
        lines.push(format!("Certainty: {}.", prose(cert)));
    }
    doc_attrs(&lines)
}

/// `code`, `from_code` and `meaning`.
fn code_methods(table: &EnumIr) -> TokenStream {
    let name = rust_ident(&table.name);
    let to_code = table.variants.iter().map(|v| {
        let ident = rust_ident(&v.name);
        let code = &v.code;
        quote! { Self::#ident => #code, }
    });
    let from_code = table.variants.iter().map(|v| {
        let ident = rust_ident(&v.name);
        let code = &v.code;
        quote! { #code => Self::#ident, }
    });
    let meanings = table.variants.iter().map(|v| {
        let ident = rust_ident(&v.name);
        let meaning = summary_text(&v.docs, &v.name);
        quote! { Self::#ident => Some(#meaning), }
    });
    quote! {
        impl #name {
            /// The wire code.
            pub fn code(&self) -> &str {
                match self {
                    #(#to_code)*
                    Self::Other(raw) => raw,
                }
            }

            /// Decodes a wire code; unknown codes become [`Self::Other`].
            pub fn from_code(code: &str) -> Self {
                match code.trim() {
                    #(#from_code)*
                    other => Self::Other(other.to_owned()),
                }
            }

            /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
            pub fn meaning(&self) -> Option<&'static str> {
                match self {
                    #(#meanings)*
                    Self::Other(_) => None,
                }
            }
        }
    }
}

/// `zh` and `en`.
fn text_methods(table: &EnumIr) -> TokenStream {
    let name = rust_ident(&table.name);
    let text_of = |pick: fn(&crate::ir::Docs) -> Option<&String>| {
        let arms = table.variants.iter().filter_map(move |v| {
            let ident = rust_ident(&v.name);
            pick(&v.docs).map(|text| quote! { Self::#ident => Some(#text), })
        });
        quote! { #(#arms)* }
    };
    let zh_arms = text_of(|docs| docs.zh.as_ref());
    let en_arms = text_of(|docs| docs.en.as_ref());
    quote! {
        impl #name {
            /// The Chinese name of the code as Dangdang words it, when the spec has one.
            #[allow(clippy::match_single_binding)]
            pub fn zh(&self) -> Option<&'static str> {
                match self {
                    #zh_arms
                    _ => None,
                }
            }

            /// The English summary of the code, when the spec has one.
            #[allow(clippy::match_single_binding)]
            pub fn en(&self) -> Option<&'static str> {
                match self {
                    #en_arms
                    _ => None,
                }
            }
        }
    }
}

/// Statements checking the wire text in `text` against `checks`; `method` names the METHOD constant.
pub fn check_tokens(wire: &str, checks: &crate::ir::ValueChecks, method: TokenStream) -> TokenStream {
    let mut tokens = TokenStream::new();
    if !checks.allowed.is_empty() {
        let allowed = &checks.allowed;
        tokens.extend(quote! { crate::call::check_allowed(#method, #wire, &text, &[#(#allowed),*])?; });
    }
    if let Some(max) = checks.max_chars {
        let max = proc_macro2::Literal::usize_unsuffixed(max as usize);
        tokens.extend(quote! { crate::call::check_chars(#method, #wire, &text, #max)?; });
    }
    if checks.min.is_some() || checks.max.is_some() {
        // A typed literal evaluated at compile time: nothing is parsed at run time.
        let bound = |b: &Option<rust_decimal::Decimal>| match b {
            Some(value) => {
                let (lo, mid, hi, negative, scale) = crate::bounds::parts(*value);
                let [lo, mid, hi, scale] = [lo, mid, hi, scale].map(proc_macro2::Literal::u32_unsuffixed);
                quote!(Some(const { crate::Decimal::from_parts(#lo, #mid, #hi, #negative, #scale) }))
            }
            None => quote!(None),
        };
        let (min, max) = (bound(&checks.min), bound(&checks.max));
        tokens.extend(quote! { crate::call::check_range(#method, #wire, &text, #min, #max)?; });
    }
    tokens
}
