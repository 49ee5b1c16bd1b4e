//! The `dangdang-xml` wire-format emitter: XML decoders (`FromXml`) for reply structs, XML writers
//! for upload structs, and how a method's upload and reply travel (GBK XML under `<request>` and
//! `<response>`, with `functionID` and `time` in both envelopes).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::emit::docs::code;
use crate::emit::rules::check_tokens;
use crate::emit::types::to_wire;
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

/// An upload struct (sent) also reads from JSON behind the API crate's `serde` feature (a document
/// written as JSON: `upload_json::document_json`, `dangdang call --document`); an unknown key is
/// refused, so a misspelt one cannot silently drop a value.
pub fn serde_attrs(item: &StructIr) -> TokenStream {
    if item.uses.sent {
        quote!(#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize), serde(deny_unknown_fields))])
    } else {
        crate::emit::structs::serialize_attr()
    }
}

/// A list field of an upload struct may be left out of its JSON (read as empty; the writer checks
/// the spec's counts).
pub fn field_attrs(item: &StructIr, field: &FieldIr) -> TokenStream {
    let list = matches!(field.kind, FieldKind::Repeated(_) | FieldKind::List { .. });
    if item.uses.sent && list { quote!(#[cfg_attr(feature = "serde", serde(default))]) } else { TokenStream::new() }
}

/// The summary used when the spec gives none, and the line naming the element.
pub fn struct_doc_lines(wire: &str) -> (String, String) {
    (format!("The {} element.", code(wire)), format!("Element {}.", code(wire)))
}

/// The doc line of an upload the caller writes as text.
pub fn text_upload_doc(field: &str) -> String {
    format!("The XML uploaded as file part {}: the children of `<request>` after `functionID` and `time`.", code(field))
}

/// The doc line of an upload module.
pub fn upload_module_doc(field: &str) -> String {
    format!("The document uploaded in file part {} (GBK XML under `<request>`).", code(field))
}

/// The upload body of a typed document (`self.document`), as a `crate::UploadBody`.
pub fn typed_upload_body() -> TokenStream {
    quote! {
        crate::UploadBody::Fragment({
            let mut w = crate::xml::XmlWriter::new();
            self.document.write_xml(&mut w, METHOD)?;
            w.finish()
        })
    }
}

/// The upload body of a document the caller wrote as text.
pub fn text_upload_body() -> TokenStream {
    quote!(crate::UploadBody::Fragment(self.document.clone()))
}

/// The type of an untyped reply: the generic XML tree.
pub fn untyped_reply() -> TokenStream {
    quote!(crate::XmlElement)
}

/// How the docs link the untyped reply type.
pub const UNTYPED_REPLY_DOC: &str = "[`XmlElement`](crate::XmlElement) tree";

/// The expression decoding the reply `body`: typed into `Response`, or as a generic tree.
pub fn decode_reply(typed: bool) -> TokenStream {
    if typed { quote!(crate::decode::typed(METHOD, body)) } else { quote!(crate::decode::tree(METHOD, body)) }
}

/// `impl FromXml`: a `match` on the child names reading each into its field, unknown children
/// skipped. Fields start empty in the value itself; a struct with required fields reads into one
/// local per field instead and checks the required ones at the end.
pub fn decoder(item: &StructIr, is_root: bool) -> TokenStream {
    let name = rust_ident(&item.name);
    let locals = item.fields.iter().any(is_required);
    let place = |ident: &proc_macro2::Ident| if locals { quote!(#ident) } else { quote!(out.#ident) };
    let mut fields: Vec<(proc_macro2::Ident, TokenStream)> = Vec::new();
    let mut arms = Vec::new();
    if is_root {
        for (ident, wire) in [("function_id", "functionID"), ("time", "time")] {
            let ident = rust_ident(ident);
            let (target, wire) = (place(&ident), Literal::byte_string(wire.as_bytes()));
            arms.push(quote! { Some(#wire) => #target = decoder.opt()?, });
            fields.push((ident, quote!(None)));
        }
    }
    for field in &item.fields {
        let ident = rust_ident(&field.rust);
        let wires = std::iter::once(&field.wire).chain(&field.also).map(|wire| Literal::byte_string(wire.as_bytes()));
        let (empty, read) = read_field(field, place(&ident));
        arms.push(quote! { #(Some(#wires))|* => #read, });
        fields.push((ident, empty));
    }
    let (start, finish) = if locals {
        let lets = fields.iter().map(|(ident, empty)| quote! { let mut #ident = #empty; });
        let header = fields.len() - item.fields.len();
        let inits = fields.iter().map(|(ident, _)| ident).take(header).map(|ident| quote!(#ident,));
        let inits = inits.chain(item.fields.iter().map(|field| {
            let ident = rust_ident(&field.rust);
            let wire_text = &field.wire;
            if is_required(field) {
                quote! { #ident: #ident.ok_or_else(|| decoder.missing(#wire_text))?, }
            } else {
                quote! { #ident, }
            }
        }));
        (quote! { #(#lets)* }, quote! { Ok(Self { #(#inits)* }) })
    } else {
        let inits = fields.iter().map(|(ident, empty)| quote! { #ident: #empty, });
        (quote! { let mut out = Self { #(#inits)* }; }, quote! { Ok(out) })
    };
    quote! {
        impl crate::xml_decode::FromXml for #name {
            fn from_xml(decoder: &mut crate::xml_decode::Decoder<'_>) -> Result<Self, crate::xml_decode::DecodeError> {
                #start
                loop {
                    match decoder.next_child()? {
                        #(#arms)*
                        Some(_) => decoder.skip()?,
                        None => break,
                    }
                }
                #finish
            }
        }
    }
}

/// A single value or struct that must be present (lists may be empty).
fn is_required(field: &FieldIr) -> bool {
    field.required && matches!(field.kind, FieldKind::Value(_) | FieldKind::Struct(_))
}

/// The empty value of a field and the statement reading one child into `target` (its local or field).
fn read_field(field: &FieldIr, target: TokenStream) -> (TokenStream, TokenStream) {
    match &field.kind {
        FieldKind::Value(_) if field.required => (quote!(None), quote! { #target = Some(decoder.required()?) }),
        FieldKind::Value(value) => {
            let reader = optional_reader(value);
            (quote!(None), quote! { #target = decoder.#reader()? })
        }
        FieldKind::Struct(_) if field.required => (quote!(None), quote! { #target = Some(decoder.nested()?) }),
        FieldKind::Struct(_) => (quote!(None), quote! { #target = decoder.opt_nested()? }),
        FieldKind::Repeated(entry) => match entry.as_ref() {
            FieldKind::Value(value) => {
                let reader = optional_reader(value);
                (quote!(Vec::new()), quote! { #target.extend(decoder.#reader()?) })
            }
            _ => (quote!(Vec::new()), quote! { #target.push(decoder.nested()?) }),
        },
        FieldKind::List { item_wire, item: entry } => {
            let item_wire = Literal::byte_string(item_wire.as_bytes());
            let reader = match entry.as_ref() {
                FieldKind::Value(_) => quote!(value_list_of),
                _ => quote!(list_of),
            };
            (quote!(Vec::new()), quote! { decoder.#reader(#item_wire, &mut #target)? })
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
        FieldKind::Value(ValueType::Xml) => true,
        FieldKind::Value(_) => false,
        FieldKind::Struct(_) => true,
        FieldKind::Repeated(item) | FieldKind::List { item, .. } => {
            matches!(item.as_ref(), FieldKind::Struct(_) | FieldKind::Value(ValueType::Xml))
        }
    };
    let required_text = field.required && matches!(field.kind, FieldKind::Value(ValueType::String));
    writes_struct || required_text || field.max_items.is_some() || !field.checks.is_empty()
}

fn write_field(field: &FieldIr) -> TokenStream {
    let ident = rust_ident(&field.rust);
    let wire = &field.wire;
    let count_check = |element: &str| {
        field.max_items.map(|max| {
            let max = Literal::usize_unsuffixed(max as usize);
            quote! { crate::rt::check_count(method, #element, self.#ident.len(), #max)?; }
        })
    };
    match &field.kind {
        // Content the caller builds: its children, checked as they are written.
        FieldKind::Value(ValueType::Xml) if field.required => {
            quote! { w.start(#wire); self.#ident.write_children(w, method, #wire)?; w.end(#wire); }
        }
        FieldKind::Value(ValueType::Xml) => quote! {
            if let Some(value) = &self.#ident { w.start(#wire); value.write_children(w, method, #wire)?; w.end(#wire); }
        },
        FieldKind::Value(ty) if field.required => {
            let text = to_wire(ty, quote!(&self.#ident));
            let checks = check_tokens(wire, &field.checks, quote!(method));
            // A required text left empty (e.g. by `..Default::default()`) is refused, not sent.
            let present = matches!(ty, ValueType::String).then(|| {
                quote! {
                    if text.is_empty() {
                        return Err(crate::Error::InvalidParam { method, param: #wire.to_owned(), rule: "required: may not be empty".to_owned() });
                    }
                }
            });
            quote! { let text = #text; #present #checks w.leaf(#wire, &text); }
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
        FieldKind::Value(ValueType::Xml) => {
            quote! { w.start(#wire); item.write_children(w, method, #wire)?; w.end(#wire); }
        }
        FieldKind::Value(ty) => {
            let text = to_wire(ty, quote!(item));
            let checks = check_tokens(wire, &field.checks, quote!(method));
            quote! { let text = #text; #checks w.leaf(#wire, &text); }
        }
        _ => quote! { w.start(#wire); item.write_xml(w, method)?; w.end(#wire); },
    }
}
