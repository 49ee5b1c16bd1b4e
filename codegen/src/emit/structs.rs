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
    extra.extend(check_lines(&field.checks));
    doc_attrs(&item_lines(&field.docs, &wire, ty, &extra))
}

fn struct_docs(protocol: Protocol, item: &StructIr, is_root: bool) -> TokenStream {
    let (fallback, wire_line) = wire::struct_doc_lines(protocol, &item.wire, is_root);
    let mut lines = vec![summary(&item.docs, &fallback)];
    lines.push(String::new());
    lines.push(wire_line);
    if let Some(cert) = &item.docs.cert {
        lines.push(format!("Certainty: {}.", prose(cert)));
    }
    doc_attrs(&lines)
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
        quote! { #docs #attrs pub #ident: #ty, }
    });
    let derives = wire::derives(protocol, item);
    let sent = item.uses.sent;
    let derive_default = (sent && !item.fields.iter().any(|f| f.required)).then(|| quote!(Default,));
    let non_exhaustive = (!sent).then(|| quote!(#[non_exhaustive]));
    let methods = sent.then(|| {
        let new = constructor(item);
        let encoder = wire::encoder(protocol, item);
        quote! { #cfg impl #name { #new #encoder } }
    });
    let decoder = item.uses.received.then(|| wire::decoder(protocol, item, is_root)).filter(|d| !d.is_empty());
    let decoder = decoder.map(|decoder| quote! { #cfg #decoder });
    let encoder_impl = Some(wire::encoder_impl(protocol, item)).filter(|e| !e.is_empty());
    let encoder_impl = encoder_impl.map(|encoder| quote! { #cfg #encoder });
    quote! {
        #docs
        #cfg
        #[derive(Debug, Clone, PartialEq, #derive_default #derives)]
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
