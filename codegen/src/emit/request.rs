//! Emits a method's `Request`: the struct with its docs, its constructor and setters (what it
//! sends is its `Method` impl, `method_impl.rs`). Its fields are the method's parameters, then the
//! fields of its flattened body arguments, then its other body arguments.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::emit::docs::{check_lines, code, code_list, doc_attrs, item_lines, prose};
use crate::emit::types::rust_type;
use crate::emit::wire;
use crate::identifiers::rust_ident;
use crate::ir::{ArgIrKind, ArgType, MethodIr, ParamIr, UploadBody, ValueType};
use crate::model::{ListForm, Protocol};

/// One field of `Request`, whatever it comes from.
struct Field {
    ident: Ident,
    /// The Rust type of a set value.
    ty: TokenStream,
    /// The type the constructor or setter takes, and how it becomes the field's value (`None`: as is).
    arg: (TokenStream, Option<TokenStream>),
    required: bool,
    /// A list parameter: a `Vec` (empty when unset), taken as any iterable.
    list: bool,
    docs: TokenStream,
}

/// The fields of a method's `Request`, in order.
fn fields(protocol: Protocol, method: &MethodIr) -> Vec<Field> {
    let params = method.params.iter().chain(method.args.iter().flat_map(|arg| match &arg.kind {
        ArgIrKind::Flatten(fields) => fields.as_slice(),
        ArgIrKind::Field(_) => &[],
    }));
    let mut out: Vec<Field> = params
        .map(|param| {
            let ident = rust_ident(&param.rust);
            let list = param.list.is_some();
            let arg = if list { list_arg(&param.ty, &ident) } else { value_arg(&param.ty, &ident) };
            Field {
                ty: rust_type(&param.ty),
                arg,
                required: param.required,
                list,
                docs: {
                    let docs = doc_attrs(&param_docs(param));
                    // The wire name as a search alias when the Rust name is not derived from it (`os` → `order_state`).
                    let wire = &param.wire;
                    let alias = (param.rust != crate::naming::field_name(wire)).then(|| quote!(#[doc(alias = #wire)]));
                    quote!(#docs #alias)
                },
                ident,
            }
        })
        .collect();
    for arg in &method.args {
        let ArgIrKind::Field(field) = &arg.kind else { continue };
        let ident = rust_ident(&field.rust);
        let (ty, arg_pair, value) = match &field.ty {
            ArgType::Value(value) => (rust_type(value), value_arg(value, &ident), Some(value)),
            ArgType::List(name) => {
                let name = rust_ident(name);
                (quote!(Vec<#name>), (quote!(Vec<#name>), None), None)
            }
            ArgType::Untyped => {
                let ty = wire::untyped_value(protocol);
                (ty.clone(), (ty, None), None)
            }
        };
        let lines = item_lines(&field.docs, &format!("body argument {}", code(&arg.name)), value, &[]);
        out.push(Field { ident, ty, arg: arg_pair, required: field.required, list: false, docs: doc_attrs(&lines) });
    }
    out
}

/// The `Request` struct and its inherent impl.
pub fn request_tokens(protocol: Protocol, method: &MethodIr) -> TokenStream {
    let docs = request_docs(method);
    let upload_field = upload_field(protocol, method);
    let fields = fields(protocol, method);
    let declarations = fields.iter().map(|field| {
        let Field { ident, ty, docs, .. } = field;
        let ty = match (field.list, field.required) {
            (true, _) => quote!(Vec<#ty>),
            (false, true) => quote!(#ty),
            (false, false) => quote!(Option<#ty>),
        };
        quote! { #docs pub #ident: #ty, }
    });
    let no_arguments = method.upload.is_none() && !fields.iter().any(|f| f.required);
    let derive_default = no_arguments.then(|| quote!(Default,));
    let serialize = crate::emit::structs::serialize_attr();
    let new = constructor(method, &fields, no_arguments);
    let setters = fields.iter().filter(|f| !f.required).map(setter);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #derive_default)]
        #serialize
        #[non_exhaustive]
        pub struct Request {
            #upload_field
            #(#declarations)*
            /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
            pub extra_params: Vec<(String, String)>,
        }

        impl Request {
            #new

            #(#setters)*

            /// Adds a parameter the spec does not know, by wire name.
            pub fn param(mut self, wire_name: impl Into<String>, value: impl Into<String>) -> Self {
                self.extra_params.push((wire_name.into(), value.into()));
                self
            }
        }
    }
}

/// The doc comment and search aliases of `Request`.
fn request_docs(method: &MethodIr) -> TokenStream {
    let title = match &method.legacy_script {
        Some(script) => format!("Request for {} ({}).", code(&method.dotted), prose(script)),
        None => format!("Request for {}.", code(&method.dotted)),
    };
    let lines = [
        title,
        String::new(),
        "Required parameters are arguments of [`Request::new`]; optional ones have setters;".to_owned(),
        "[`Request::param`] adds parameters the spec does not know.".to_owned(),
    ];
    let docs = doc_attrs(&lines);
    let aliases = aliases(method);
    quote! { #docs #aliases }
}

/// `#[doc(alias)]`es: the dotted name, the legacy script and its stem.
pub fn aliases(method: &MethodIr) -> TokenStream {
    let dotted = &method.dotted;
    let legacy = method.legacy_script.as_ref().map(|script| {
        let stem = script.strip_suffix(".php").unwrap_or(script);
        quote! {
            #[doc(alias = #script)]
            #[doc(alias = #stem)]
        }
    });
    quote! {
        #[doc(alias = #dotted)]
        #legacy
    }
}

/// The `document` field of an upload method.
fn upload_field(protocol: Protocol, method: &MethodIr) -> Option<TokenStream> {
    let upload = method.upload.as_ref()?;
    let (ty, doc) = match &upload.body {
        UploadBody::Typed(_) => {
            (quote!(upload::Document), format!("The document uploaded as file part {}.", code(&upload.field)))
        }
        UploadBody::Zip(_) => {
            let document = doc_attrs(&[format!(
                "The document, the file {} of the zip archive uploaded as file part {}.",
                code(&zip_document_name(&upload.field)),
                code(&upload.field)
            )]);
            let files = doc_attrs(&[
                "The other files of the archive, as `(name inside the archive, bytes)`: the files the document names."
                    .to_owned(),
            ]);
            return Some(
                quote! { #document pub document: upload::Document, #files pub files: Vec<(String, Vec<u8>)>, },
            );
        }
        UploadBody::Text => (quote!(String), wire::text_upload_doc(protocol, &upload.field)),
        UploadBody::Bytes => {
            (quote!(Vec<u8>), format!("The zip archive uploaded as file part {}.", code(&upload.field)))
        }
    };
    let doc = doc_attrs(&[doc]);
    Some(quote! { #doc pub document: #ty, })
}

/// The name of the document file inside a zip upload's archive (`<field>.xml`).
pub fn zip_document_name(field: &str) -> String {
    format!("{field}.xml")
}

/// `Request::new`, taking the document and every required field.
fn constructor(method: &MethodIr, fields: &[Field], no_arguments: bool) -> TokenStream {
    if no_arguments {
        // `Request` derives `Default` exactly when `new` takes no arguments.
        return quote! {
            /// A request with no parameters set.
            pub fn new() -> Self {
                Self::default()
            }
        };
    }
    let mut args: Vec<TokenStream> = Vec::new();
    let mut inits: Vec<TokenStream> = Vec::new();
    if let Some(upload) = &method.upload {
        let (arg, init) = match upload.body {
            UploadBody::Typed(_) => (quote!(document: upload::Document), quote!(document,)),
            UploadBody::Zip(_) => {
                (quote!(document: upload::Document, files: Vec<(String, Vec<u8>)>), quote!(document, files,))
            }
            UploadBody::Text => (quote!(document: impl Into<String>), quote!(document: document.into(),)),
            UploadBody::Bytes => (quote!(document: impl Into<Vec<u8>>), quote!(document: document.into(),)),
        };
        args.push(arg);
        inits.push(init);
    }
    for field in fields {
        let ident = &field.ident;
        if field.required {
            let (ty, value) = &field.arg;
            args.push(quote!(#ident: #ty));
            inits.push(match value {
                Some(value) => quote!(#ident: #value,),
                None => quote!(#ident,),
            });
        } else if field.list {
            inits.push(quote!(#ident: Vec::new(),));
        } else {
            inits.push(quote!(#ident: None,));
        }
    }
    let allow = many_arguments(args.len());
    quote! {
        /// A request with every required parameter; optional ones start unset.
        #allow
        pub fn new(#(#args),*) -> Self {
            Self { #(#inits)* extra_params: Vec::new() }
        }
    }
}

/// The setter of an optional field.
fn setter(field: &Field) -> TokenStream {
    let Field { ident, docs, .. } = field;
    let (ty, value) = &field.arg;
    let value = value.clone().unwrap_or_else(|| quote!(#ident));
    let value = if field.list { value } else { quote!(Some(#value)) };
    quote! {
        #docs
        pub fn #ident(mut self, #ident: #ty) -> Self {
            self.#ident = #value;
            self
        }
    }
}

/// The type a setter or constructor takes for a value, and the expression turning `ident` into it
/// (`None`: taken as is).
fn value_arg(ty: &ValueType, ident: &Ident) -> (TokenStream, Option<TokenStream>) {
    match ty {
        ValueType::String => (quote!(impl Into<String>), Some(quote!(#ident.into()))),
        ValueType::PersonalText => (quote!(impl Into<String>), Some(quote!(crate::Personal::new(#ident.into())))),
        ValueType::DateTime => (quote!(impl Into<crate::BeijingTime>), Some(quote!(#ident.into()))),
        _ => (rust_type(ty), None),
    }
}

/// The type a setter or constructor of a list takes (any iterable of the entries) and the
/// expression collecting `ident` into the field's `Vec`.
fn list_arg(ty: &ValueType, ident: &Ident) -> (TokenStream, Option<TokenStream>) {
    let (entry, convert) = value_arg(ty, ident);
    let collect = match (ty, convert) {
        (ValueType::String | ValueType::DateTime, _) => quote!(#ident.into_iter().map(Into::into).collect()),
        (_, Some(convert)) => quote!(#ident.into_iter().map(|#ident| #convert).collect()),
        (_, None) => quote!(#ident.into_iter().collect()),
    };
    (quote!(impl IntoIterator<Item = #entry>), Some(collect))
}

fn param_docs(param: &ParamIr) -> Vec<String> {
    let mut extra = Vec::new();
    match param.list {
        Some(ListForm::Comma) => extra.push("A list: sent as one value, the entries joined with `,`.".to_owned()),
        Some(ListForm::Repeat) => extra.push(format!("A list: the key {} is sent once per entry.", code(&param.wire))),
        None => {}
    }
    if param.list.is_some() && !param.required {
        extra.push("Not sent when empty.".to_owned());
    }
    if let Some(default) = &param.default {
        extra.push(format!("Server default when omitted: {}.", code(default)));
    }
    if !param.allowed.is_empty() {
        extra.push(format!("Allowed values (checked before sending): {}.", code_list(&param.allowed)));
    }
    if let Some(max) = param.max_items {
        extra.push(format!("At most {max} entries (checked before sending)."));
    }
    extra.extend(check_lines(&param.checks));
    if let Some(limits) = &param.limits {
        extra.push(format!("Limits: {}.", prose(limits)));
    }
    item_lines(&param.docs, &code(&param.wire), Some(&param.ty), &extra)
}

/// The type a call returns: the typed `Response`, or the protocol's generic tree.
pub fn response_type(protocol: Protocol, method: &MethodIr) -> TokenStream {
    if method.response.is_some() { quote!(Response) } else { wire::untyped_reply(protocol) }
}

/// `#[allow(clippy::too_many_arguments)]` for a constructor of `count` arguments above clippy's limit:
/// the spec decides how many fields are required, one argument each.
pub fn many_arguments(count: usize) -> Option<TokenStream> {
    (count > 7).then(
        || quote! { #[allow(clippy::too_many_arguments, reason = "one argument per required field of the spec")] },
    )
}
