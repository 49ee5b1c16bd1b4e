//! Emits the structs of typed trees: definitions, docs and constructors; how they travel comes from
//! the wire-format emitter (`wire`).

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{check_lines, code, doc_attrs, item_lines, prose, summary};
use crate::emit::types::rust_type;
use crate::emit::wire;
use crate::identifiers::rust_ident;
use crate::ir::{FieldIr, FieldKind, StructIr, ValueType};
use crate::model::Protocol;
use crate::naming;

/// The Rust type of a field.
fn field_type(field: &FieldIr) -> TokenStream {
    match &field.kind {
        FieldKind::Value(ty) if field.required => rust_type(ty),
        FieldKind::Value(ty) => {
            let ty = rust_type(ty);
            quote!(Option<#ty>)
        }
        FieldKind::Struct(name) => {
            let name = rust_ident(name);
            if field.required { quote!(#name) } else { quote!(Option<#name>) }
        }
        FieldKind::Repeated(item) | FieldKind::List { item, .. } => {
            let item = item_type_of(item);
            quote!(Vec<#item>)
        }
    }
}

/// The Rust type of one item of a list or repeated field.
pub fn item_type_of(kind: &FieldKind) -> TokenStream {
    match kind {
        FieldKind::Value(ty) => rust_type(ty),
        FieldKind::Struct(name) => {
            let name = rust_ident(name);
            quote!(#name)
        }
        FieldKind::Repeated(_) | FieldKind::List { .. } => unreachable!("lists hold values or structs"),
    }
}

fn field_docs(field: &FieldIr) -> TokenStream {
    let (wire, ty) = match &field.kind {
        FieldKind::Value(ty) => (code(&field.wire), Some(ty)),
        FieldKind::List { item_wire, item } => (
            format!("{} › {}", code(&field.wire), code(&format!("{item_wire}*"))),
            match item.as_ref() {
                FieldKind::Value(ty) => Some(ty),
                _ => None,
            },
        ),
        FieldKind::Repeated(_) => (code(&format!("{}*", field.wire)), None),
        FieldKind::Struct(_) => (code(&field.wire), None),
    };
    let mut extra: Vec<String> = field.max_items.map(|n| format!("At most {n} entries.")).into_iter().collect();
    if !field.also.is_empty() {
        let names: Vec<String> = field.also.iter().map(|name| code(name)).collect();
        extra.push(format!("Also read from {} (another spelling on the wire).", names.join(", ")));
    }
    extra.extend(check_lines(&field.checks));
    doc_attrs(&item_lines(&field.docs, &wire, ty, &extra))
}

/// `#[doc(alias)]`es of a field: its wire name when the Rust name is not the one derived from it
/// (a corrected misspelling, `promoDicount` → `promo_discount`), and every other wire spelling.
fn field_aliases(field: &FieldIr) -> TokenStream {
    let renamed = (field.rust != naming::field_name(&field.wire)).then_some(&field.wire);
    let aliases = renamed.into_iter().chain(&field.also);
    quote! { #(#[doc(alias = #aliases)])* }
}

fn struct_docs(protocol: Protocol, item: &StructIr, is_root: bool) -> TokenStream {
    let (fallback, wire_line) = wire::struct_doc_lines(protocol, &item.wire, is_root);
    let mut lines = vec![summary(&item.docs, &fallback)];
    lines.push(String::new());
    lines.push(wire_line);
    if let Some(cert) = &item.docs.cert {
        lines.push(format!("Certainty: {}.", prose(cert)));
    }
    let name = &item.name;
    if built_as_literal(item) {
        let required: Vec<String> =
            item.fields.iter().filter(|f| f.required).map(|f| format!("`{}`", f.rust)).collect();
        lines.push(String::new());
        // XML uploads refuse an empty required text; JSON bodies send `""` (a value the docs use).
        let refused = if protocol == Protocol::DangdangXml {
            "; a required text left empty is refused before sending"
        } else {
            ""
        };
        let rest = if required.len() < item.fields.len() { " and `..Default::default()` for the rest" } else { "" };
        lines.push(format!(
            "Build it as a struct literal naming every required field ({}){rest}{refused}.",
            required.join(", ")
        ));
    } else if item.uses.received && !item.uses.sent && has_default(item) {
        lines.push(String::new());
        lines.push(format!(
            "To build one in a test: `let mut value = {name}::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment)."
        ));
    }
    doc_attrs(&lines)
}

/// Most required children a sent struct's `new` takes as arguments; with more, positional
/// arguments are easy to mix up (three `&str`s in a row), so the struct is built as a literal.
pub const MAX_NEW_ARGUMENTS: usize = 2;

/// True for a required field whose type has an empty value (`Default`): numbers, text, lists.
/// Code tables, times and nested structs have none, so a struct holding one required keeps `new`.
fn has_empty_value(field: &FieldIr) -> bool {
    match &field.kind {
        FieldKind::Value(ty) => matches!(
            ty,
            ValueType::Int
                | ValueType::Long
                | ValueType::Decimal
                | ValueType::String
                | ValueType::Bool01
                | ValueType::BoolYn
                | ValueType::BoolZh
                | ValueType::Bool
        ),
        FieldKind::Repeated(_) | FieldKind::List { .. } => true,
        FieldKind::Struct(_) => false,
    }
}

/// A sent struct with more than [`MAX_NEW_ARGUMENTS`] required children, all with an empty value:
/// built as a struct literal with `..Default::default()` instead of through `new`.
fn built_as_literal(item: &StructIr) -> bool {
    let required: Vec<&FieldIr> = item.fields.iter().filter(|f| f.required).collect();
    item.uses.sent && required.len() > MAX_NEW_ARGUMENTS && required.iter().all(|f| has_empty_value(f))
}

/// Whether the struct derives `Default`: sent ones without required children or built as
/// literals, and received ones (so tests can build replies) whose required fields have empty values.
fn has_default(item: &StructIr) -> bool {
    let required_empty = item.fields.iter().filter(|f| f.required).all(has_empty_value);
    let optional_only = !item.fields.iter().any(|f| f.required);
    (item.uses.sent && optional_only) || built_as_literal(item) || (item.uses.received && required_empty)
}

/// A struct with its docs, and what its uses need: a constructor and an encoder when it is sent, a
/// decoder when it is received. Received-only structs are `#[non_exhaustive]` (replies may grow);
/// sent ones are built by the caller, so their fields stay open.
/// `cfg`, when given, is put on every item.
pub fn struct_tokens(protocol: Protocol, item: &StructIr, is_root: bool, cfg: Option<&TokenStream>) -> TokenStream {
    let name = rust_ident(&item.name);
    let docs = struct_docs(protocol, item, is_root);
    let header = (is_root && item.uses.received).then(|| wire::reply_header(protocol));
    let fields = item.fields.iter().map(|field| {
        let ident = rust_ident(&field.rust);
        let ty = field_type(field);
        let docs = field_docs(field);
        let attrs = wire::field_attrs(protocol, item, field);
        let aliases = field_aliases(field);
        quote! { #docs #aliases #attrs pub #ident: #ty, }
    });
    let struct_alias = (!is_root && item.name != naming::struct_name(&item.wire)).then(|| {
        let wire = &item.wire;
        quote!(#[doc(alias = #wire)])
    });
    let derives = wire::derives(protocol, item);
    let serialize = wire::serde_attrs(protocol, item);
    let sent = item.uses.sent;
    let literal = built_as_literal(item);
    let derive_default = has_default(item).then(|| quote!(Default,));
    let non_exhaustive = (!sent).then(|| quote!(#[non_exhaustive]));
    let methods = sent.then(|| {
        let new = (!literal).then(|| constructor(item));
        let encoder = wire::encoder(protocol, item);
        quote! { #cfg impl #name { #new #encoder } }
    });
    let decoder = item.uses.received.then(|| wire::decoder(protocol, item, is_root)).filter(|d| !d.is_empty());
    let decoder = decoder.map(|decoder| quote! { #cfg #decoder });
    let encoder_impl = Some(wire::encoder_impl(protocol, item)).filter(|e| !e.is_empty());
    let encoder_impl = encoder_impl.map(|encoder| quote! { #cfg #encoder });
    quote! {
        #docs
        #struct_alias
        #cfg
        #[derive(Debug, Clone, PartialEq, #derive_default #derives)]
        #serialize
        #non_exhaustive
        pub struct #name {
            #header
            #(#fields)*
        }

        #methods
        #decoder
        #encoder_impl
    }
}

/// `Serialize` behind the API crate's `serde` feature, on every generated struct and `Request`. JSON
/// keys are the Rust field names (one naming for both protocols, the names the docs list with
/// their wire names); values serialise as the runtime's `serde` feature says.
pub fn serialize_attr() -> TokenStream {
    quote!(#[cfg_attr(feature = "serde", derive(serde::Serialize))])
}

/// `new`, taking the required fields; optional ones start empty.
fn constructor(item: &StructIr) -> TokenStream {
    let required: Vec<&FieldIr> = item.fields.iter().filter(|f| f.required).collect();
    let args = required.iter().map(|field| {
        let ident = rust_ident(&field.rust);
        match &field.kind {
            FieldKind::Value(ValueType::String | ValueType::PersonalText) => quote!(#ident: impl Into<String>),
            FieldKind::Value(ValueType::DateTime) => quote!(#ident: impl Into<crate::BeijingTime>),
            _ => {
                let ty = field_type(field);
                quote!(#ident: #ty)
            }
        }
    });
    let inits = item.fields.iter().map(|field| {
        let ident = rust_ident(&field.rust);
        match (&field.kind, field.required) {
            (FieldKind::Value(ValueType::String | ValueType::DateTime), true) => quote!(#ident: #ident.into(),),
            (FieldKind::Value(ValueType::PersonalText), true) => quote!(#ident: crate::Personal::new(#ident.into()),),
            (_, true) => quote!(#ident,),
            (FieldKind::Repeated(_) | FieldKind::List { .. }, false) => quote!(#ident: Vec::new(),),
            (_, false) => quote!(#ident: None,),
        }
    });
    let new_docs = doc_attrs(&[format!(
        "Builds {} from its required children; optional ones start empty.",
        code(&format!("<{}>", item.wire))
    )]);
    let allow = crate::emit::request::many_arguments(required.len());
    quote! {
        #new_docs
        #allow
        pub fn new(#(#args),*) -> Self {
            Self { #(#inits)* }
        }
    }
}
