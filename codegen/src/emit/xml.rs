//! The `dangdang-xml` wire-format emitter: XML decoders (`FromXml`) for reply structs, XML writers
//! for upload structs, and how a method's upload and reply travel (GBK XML under `<request>` and
//! `<response>`, with `functionID` and `time` in both envelopes).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::emit::docs::code;
use crate::emit::types::{check_tokens, to_wire};
use crate::identifiers::rust_ident;
use crate::ir::{FieldIr, FieldKind, StructIr, ValueType};

/// The fields the reply envelope adds to the root struct.
pub fn reply_header() -> TokenStream {
    quote! {
        /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
        pub function_id: Option<String>,
        /// `time`: when the server answered, Beijing time.
        pub time: Option<crate::BeijingTime>,
    }
}

/// The doc line of an upload the caller writes as text.
pub fn text_upload_doc(field: &str) -> String {
    format!("The XML uploaded as file part {}: the children of `<request>` after `functionID` and `time`.", code(field))
}

/// The doc line of an upload module.
pub fn upload_module_doc(field: &str) -> String {
    format!("The document uploaded in file part {} (GBK XML under `<request>`).", code(field))
}

/// The upload body of a typed document (`self.document`), as a `crate::call::UploadBody`.
pub fn typed_upload_body() -> TokenStream {
    quote! {
        crate::call::UploadBody::XmlFragment({
            let mut w = crate::xml::XmlWriter::new();
            self.document.write_xml(&mut w, METHOD)?;
            w.finish()
        })
    }
}

/// The upload body of a document the caller wrote as text.
pub fn text_upload_body() -> TokenStream {
    quote!(crate::call::UploadBody::XmlFragment(self.document.clone()))
}

/// The type of an untyped reply: the generic XML tree.
pub fn untyped_reply() -> TokenStream {
    quote!(crate::XmlElement)
}

/// How the docs link the untyped reply type.
pub const UNTYPED_REPLY_DOC: &str = "[`XmlElement`](crate::XmlElement) tree";

/// The expression decoding the reply `body`: typed into `Response`, or as a generic tree.
pub fn decode_reply(typed: bool) -> TokenStream {
    if typed {
        quote!(crate::decode::typed::<Response>(METHOD, &body))
    } else {
        quote!(crate::decode::tree(METHOD, &body))
    }
}

/// `impl FromXml`: one local per field, a `match` on the child names, unknown children skipped.
pub fn decoder(item: &StructIr, is_root: bool) -> TokenStream {
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
        let wire = Literal::byte_string(field.wire.as_bytes());
        let wire_text = &field.wire;
        let (local, read) = read_field(field);
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

/// The initial value of a field's local and the statement reading one child into it.
fn read_field(field: &FieldIr) -> (TokenStream, TokenStream) {
    let ident = rust_ident(&field.rust);
    match &field.kind {
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
            let item_wire = Literal::byte_string(item_wire.as_bytes());
            let reader = match entry.as_ref() {
                FieldKind::Value(_) => quote!(value_list_of),
                _ => quote!(list_of),
            };
            (quote!(Vec::new()), quote! { decoder.#reader(#item_wire, &mut #ident)? })
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

/// The `write_xml` method of an upload struct: checks every value, then writes its children.
pub fn encoder(item: &StructIr) -> TokenStream {
    let writes = item.fields.iter().map(write_field);
    // Named `_method` when nothing here can fail with the method's name.
    let method = rust_ident(if item.fields.iter().any(can_fail) { "method" } else { "_method" });
    quote! {
        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(&self, w: &mut crate::xml::XmlWriter, #method: &'static str) -> Result<(), crate::Error> {
            #(#writes)*
            Ok(())
        }
    }
}

/// True when writing the field checks something or writes a struct (whose writer takes the method).
fn can_fail(field: &FieldIr) -> bool {
    let writes_struct = match &field.kind {
        FieldKind::Value(_) => false,
        FieldKind::Struct(_) => true,
        FieldKind::Repeated(item) | FieldKind::List { item, .. } => matches!(item.as_ref(), FieldKind::Struct(_)),
    };
    writes_struct || field.max_items.is_some() || !field.checks.is_empty()
}

fn write_field(field: &FieldIr) -> TokenStream {
    let ident = rust_ident(&field.rust);
    let wire = &field.wire;
    let count_check = |element: &str| {
        field.max_items.map(|max| {
            let max = Literal::usize_unsuffixed(max as usize);
            quote! { crate::call::check_count(method, #element, self.#ident.len(), #max)?; }
        })
    };
    match &field.kind {
        FieldKind::Value(ty) if field.required => {
            let text = to_wire(ty, quote!(&self.#ident));
            let checks = check_tokens(wire, &field.checks, quote!(method));
            quote! { let text = #text; #checks w.leaf(#wire, &text); }
        }
        FieldKind::Value(ty) => {
            let text = to_wire(ty, quote!(value));
            let checks = check_tokens(wire, &field.checks, quote!(method));
            quote! { if let Some(value) = &self.#ident { let text = #text; #checks w.leaf(#wire, &text); } }
        }
        FieldKind::Struct(_) if field.required => {
            quote! { w.start(#wire); self.#ident.write_xml(w, method)?; w.end(#wire); }
        }
        FieldKind::Struct(_) => quote! {
            if let Some(value) = &self.#ident { w.start(#wire); value.write_xml(w, method)?; w.end(#wire); }
        },
        FieldKind::Repeated(item) => {
            let check = count_check(wire);
            let body = write_item(item, wire, field);
            quote! { #check for item in &self.#ident { #body } }
        }
        FieldKind::List { item_wire, item } => {
            let check = count_check(item_wire);
            let body = write_item(item, item_wire, field);
            quote! { #check w.start(#wire); for item in &self.#ident { #body } w.end(#wire); }
        }
    }
}

fn write_item(item: &FieldKind, wire: &str, field: &FieldIr) -> TokenStream {
    match item {
        FieldKind::Value(ty) => {
            let text = to_wire(ty, quote!(item));
            let checks = check_tokens(wire, &field.checks, quote!(method));
            quote! { let text = #text; #checks w.leaf(#wire, &text); }
        }
        _ => quote! { w.start(#wire); item.write_xml(w, method)?; w.end(#wire); },
    }
}
