//! Emits the shared code tables (`generated/types.rs`: each a table of data for the runtime's
//! `CodeTable`) and maps value types to Rust types.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{code, doc_attrs, prose, summary};
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
        ValueType::Bool01 | ValueType::BoolYn | ValueType::BoolZh | ValueType::Bool => quote!(bool),
        ValueType::Json => quote!(crate::json::Value),
        ValueType::Xml => quote!(crate::XmlElement),
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
    let failed = crate::emit::failures::any_batch(api).then(crate::emit::failures::failed_helper);
    quote! {
        #![doc = " Shared code tables (enums) from the spec's `types:` section."]
        #(#enums)*
        #failed
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
    let known = table.variants.iter().map(|v| {
        let ident = rust_ident(&v.name);
        let code = &v.code;
        let text = |text: &Option<String>| match text {
            Some(text) => quote!(Some(#text)),
            None => quote!(None),
        };
        let (zh, en) = (text(&v.docs.zh), text(&v.docs.en));
        let meaning = crate::emit::tables::meaning(&v.docs, &v.name);
        quote! { (Self::#ident, crate::Code { code: #code, zh: #zh, en: #en, meaning: #meaning }), }
    });
    let names = table.variants.iter().map(|v| rust_ident(&v.name));
    // A table that knows no code has `Other` as its only variant.
    let unknown_code = if table.variants.is_empty() {
        quote! { let Self::Other(raw) = self; Some(raw) }
    } else {
        quote! { if let Self::Other(raw) = self { Some(raw) } else { None } }
    };
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A code this spec does not know, exactly as received.
            Other(String),
        }

        impl crate::CodeTable for #name {
            const KNOWN: &'static [(Self, crate::Code)] = &[#(#known)*];

            fn unknown(raw: String) -> Self {
                Self::Other(raw)
            }

            fn unknown_code(&self) -> Option<&str> {
                #unknown_code
            }
        }

        crate::code_table!(#name, #(#names),*);
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
