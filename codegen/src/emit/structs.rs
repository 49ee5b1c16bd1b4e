//! Emits the structs of response trees (with their `FromXml` decoders) and upload documents (XML writers).

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{check_lines, code, doc_attrs, item_lines, prose, summary};
use crate::emit::types::{check_tokens, rust_type, to_wire};
use crate::identifiers::rust_ident;
use crate::ir::{FieldIr, FieldKind, StructIr, ValueType};

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

fn struct_docs(item: &StructIr) -> TokenStream {
    let mut lines = vec![summary(&item.docs, &format!("The {} element.", code(&item.wire)))];
    lines.push(String::new());
    lines.push(format!("Element {}.", code(&item.wire)));
    if let Some(cert) = &item.docs.cert {
        lines.push(format!("Certainty: {}.", prose(cert)));
    }
    doc_attrs(&lines)
}

/// A response struct: every field optional unless the spec says required; unknown elements ignored.
pub fn response_struct(item: &StructIr, is_root: bool) -> TokenStream {
    let name = rust_ident(&item.name);
    let docs = struct_docs(item);
    let header = is_root.then(|| {
        quote! {
            /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
            pub function_id: Option<String>,
            /// `time`: when the server answered, Beijing time.
            pub time: Option<crate::BeijingTime>,
        }
    });
    let fields = item.fields.iter().map(|field| {
        let ident = rust_ident(&field.rust);
        let ty = field_type(field);
        let docs = field_docs(field);
        quote! { #docs pub #ident: #ty, }
    });
    let from_xml = from_xml_impl(item, is_root);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub struct #name {
            #header
            #(#fields)*
        }

        #from_xml
    }
}

/// `impl FromXml`: one local per field, a `match` on the child names, unknown children skipped.
fn from_xml_impl(item: &StructIr, is_root: bool) -> TokenStream {
    let name = rust_ident(&item.name);
    let mut locals = Vec::new();
    let mut arms = Vec::new();
    let mut inits = Vec::new();
    if is_root {
        locals.push(quote! { let mut function_id = None; let mut time = None; });
        arms.push(quote! { Some(b"functionID") => function_id = decoder.opt()?, });
        arms.push(quote! { Some(b"time") => time = decoder.opt()?, });
        inits.push(quote! { function_id, time, });
    }
    for field in &item.fields {
        let ident = rust_ident(&field.rust);
        let wire = proc_macro2::Literal::byte_string(field.wire.as_bytes());
        let wire_text = &field.wire;
        let (local, read) = match &field.kind {
            FieldKind::Value(_) if field.required => (quote!(None), quote! { #ident = Some(decoder.required()?) }),
            FieldKind::Value(value) => {
                let reader = optional_reader(value);
                (quote!(None), quote! { #ident = decoder.#reader()? })
            }
            FieldKind::Struct(_) if field.required => (quote!(None), quote! { #ident = Some(decoder.nested()?) }),
            FieldKind::Struct(_) => (quote!(None), quote! { #ident = decoder.opt_nested()? }),
            FieldKind::Repeated(entry) => match entry.as_ref() {
                FieldKind::Value(value) => {
                    let reader = optional_reader(value);
                    (quote!(Vec::new()), quote! { #ident.extend(decoder.#reader()?) })
                }
                _ => (quote!(Vec::new()), quote! { #ident.push(decoder.nested()?) }),
            },
            FieldKind::List { item_wire, item: entry } => {
                let item_wire = proc_macro2::Literal::byte_string(item_wire.as_bytes());
                let reader = match entry.as_ref() {
                    FieldKind::Value(_) => quote!(value_list_of),
                    _ => quote!(list_of),
                };
                (quote!(Vec::new()), quote! { decoder.#reader(#item_wire, &mut #ident)? })
            }
        };
        locals.push(quote! { let mut #ident = #local; });
        arms.push(quote! { Some(#wire) => #read, });
        let required = field.required && matches!(field.kind, FieldKind::Value(_) | FieldKind::Struct(_));
        inits.push(if required {
            quote! { #ident: #ident.ok_or_else(|| decoder.missing(#wire_text))?, }
        } else {
            quote! { #ident, }
        });
    }
    quote! {
        impl crate::xml_decode::FromXml for #name {
            fn from_xml(decoder: &mut crate::xml_decode::Decoder<'_>) -> Result<Self, crate::xml_decode::DecodeError> {
                #(#locals)*
                loop {
                    match decoder.next_child()? {
                        #(#arms)*
                        Some(_) => decoder.skip()?,
                        None => break,
                    }
                }
                Ok(Self { #(#inits)* })
            }
        }
    }
}

/// The `Decoder` method reading an optional value of this type.
fn optional_reader(ty: &ValueType) -> proc_macro2::Ident {
    rust_ident(match ty {
        ValueType::Bool01 => "flag01",
        ValueType::BoolYn => "flag_yn",
        ValueType::BoolZh => "flag_zh",
        _ => "opt",
    })
}

/// An upload struct: public fields, a constructor taking the required ones, and an XML writer.
pub fn upload_struct(item: &StructIr) -> TokenStream {
    let name = rust_ident(&item.name);
    let docs = struct_docs(item);
    let fields = item.fields.iter().map(|field| {
        let ident = rust_ident(&field.rust);
        let ty = field_type(field);
        let docs = field_docs(field);
        quote! { #docs pub #ident: #ty, }
    });
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
        let is_arg = required.iter().any(|r| r.rust == field.rust);
        match (&field.kind, is_arg) {
            (FieldKind::Value(ValueType::String | ValueType::DateTime), true) => quote!(#ident: #ident.into(),),
            (FieldKind::Value(ValueType::PersonalText), true) => quote!(#ident: crate::Personal::new(#ident.into()),),
            (_, true) => quote!(#ident,),
            (FieldKind::Repeated(_) | FieldKind::List { .. }, false) => quote!(#ident: Vec::new(),),
            (_, false) => quote!(#ident: None,),
        }
    });
    let writes = item.fields.iter().map(write_field);
    let new_docs = doc_attrs(&[format!(
        "Builds {} from its required children; optional ones start empty.",
        code(&format!("<{}>", item.wire))
    )]);
    let derive_default = required.is_empty().then(|| quote!(Default,));
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #derive_default)]
        pub struct #name {
            #(#fields)*
        }

        impl #name {
            #new_docs
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits)* }
            }

            /// Writes the children of this element.
            pub(crate) fn write_xml(&self, w: &mut crate::xml::XmlWriter) -> Result<(), crate::Error> {
                #(#writes)*
                Ok(())
            }
        }
    }
}

fn write_field(field: &FieldIr) -> TokenStream {
    let ident = rust_ident(&field.rust);
    let wire = &field.wire;
    let count_check = |count: TokenStream, element: &str| {
        field.max_items.map(|max| {
            let max = proc_macro2::Literal::usize_unsuffixed(max as usize);
            quote! { crate::call::check_count(super::METHOD, #element, #count, #max)?; }
        })
    };
    match &field.kind {
        FieldKind::Value(ty) if field.required => {
            let text = to_wire(ty, quote!(&self.#ident));
            let checks = check_tokens(wire, &field.checks, quote!(super::METHOD));
            quote! { let text = #text; #checks w.leaf(#wire, &text); }
        }
        FieldKind::Value(ty) => {
            let text = to_wire(ty, quote!(value));
            let checks = check_tokens(wire, &field.checks, quote!(super::METHOD));
            quote! { if let Some(value) = &self.#ident { let text = #text; #checks w.leaf(#wire, &text); } }
        }
        FieldKind::Struct(_) if field.required => quote! { w.start(#wire); self.#ident.write_xml(w)?; w.end(#wire); },
        FieldKind::Struct(_) => quote! {
            if let Some(value) = &self.#ident { w.start(#wire); value.write_xml(w)?; w.end(#wire); }
        },
        FieldKind::Repeated(item) => {
            let check = count_check(quote!(self.#ident.len()), wire);
            let body = write_item(item, wire, field);
            quote! { #check for item in &self.#ident { #body } }
        }
        FieldKind::List { item_wire, item } => {
            let check = count_check(quote!(self.#ident.len()), item_wire);
            let body = write_item(item, item_wire, field);
            quote! { #check w.start(#wire); for item in &self.#ident { #body } w.end(#wire); }
        }
    }
}

fn write_item(item: &FieldKind, wire: &str, field: &FieldIr) -> TokenStream {
    match item {
        FieldKind::Value(ty) => {
            let text = to_wire(ty, quote!(item));
            let checks = check_tokens(wire, &field.checks, quote!(super::METHOD));
            quote! { let text = #text; #checks w.leaf(#wire, &text); }
        }
        _ => quote! { w.start(#wire); item.write_xml(w)?; w.end(#wire); },
    }
}
