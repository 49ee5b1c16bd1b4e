//! Emits a method's `Request`: the struct with its docs, its constructor and setters (what it
//! sends is its `Method` impl, `method_impl.rs`).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::emit::docs::{check_lines, code, code_list, doc_attrs, item_lines, prose};
use crate::emit::types::rust_type;
use crate::emit::wire;
use crate::identifiers::rust_ident;
use crate::ir::{MethodIr, ParamIr, UploadBody, ValueType};
use crate::model::Protocol;

/// The `Request` struct and its inherent impl.
pub fn request_tokens(protocol: Protocol, method: &MethodIr) -> TokenStream {
    let docs = request_docs(method);
    let upload_field = upload_field(protocol, method);
    let fields = method.params.iter().map(|param| {
        let ident = rust_ident(&param.rust);
        let ty = rust_type(&param.ty);
        let ty = if param.required { ty } else { quote!(Option<#ty>) };
        let docs = doc_attrs(&param_docs(param));
        quote! { #docs pub #ident: #ty, }
    });
    let no_arguments = method.upload.is_none() && !method.params.iter().any(|p| p.required);
    let derive_default = no_arguments.then(|| quote!(Default,));
    let new = constructor(method, no_arguments);
    let setters = method.params.iter().filter(|p| !p.required).map(setter);
    quote! {
        #docs
        #[derive(Debug, Clone, PartialEq, #derive_default)]
        #[non_exhaustive]
        pub struct Request {
            #upload_field
            #(#fields)*
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
    let lines = [
        format!("Request for {} ({}).", code(&method.dotted), prose(&method.legacy_script)),
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
    let script = &method.legacy_script;
    let stem = script.strip_suffix(".php").unwrap_or(script);
    quote! {
        #[doc(alias = #dotted)]
        #[doc(alias = #script)]
        #[doc(alias = #stem)]
    }
}

/// The `document` field of an upload method.
fn upload_field(protocol: Protocol, method: &MethodIr) -> Option<TokenStream> {
    let upload = method.upload.as_ref()?;
    let (ty, doc) = match &upload.body {
        UploadBody::Typed(_) => {
            (quote!(upload::Document), format!("The document uploaded as file part {}.", code(&upload.field)))
        }
        UploadBody::Text => (quote!(String), wire::text_upload_doc(protocol, &upload.field)),
        UploadBody::Bytes => {
            (quote!(Vec<u8>), format!("The zip archive uploaded as file part {}.", code(&upload.field)))
        }
    };
    let doc = doc_attrs(&[doc]);
    Some(quote! { #doc pub document: #ty, })
}

/// `Request::new`, taking the document and every required parameter.
fn constructor(method: &MethodIr, no_arguments: bool) -> TokenStream {
    let mut args: Vec<TokenStream> = Vec::new();
    let mut inits: Vec<TokenStream> = Vec::new();
    if let Some(upload) = &method.upload {
        let (arg, init) = match upload.body {
            UploadBody::Typed(_) => (quote!(document: upload::Document), quote!(document,)),
            UploadBody::Text => (quote!(document: impl Into<String>), quote!(document: document.into(),)),
            UploadBody::Bytes => (quote!(document: impl Into<Vec<u8>>), quote!(document: document.into(),)),
        };
        args.push(arg);
        inits.push(init);
    }
    for param in &method.params {
        let ident = rust_ident(&param.rust);
        if param.required {
            let ty = param_arg_type(param);
            args.push(quote!(#ident: #ty));
            inits.push(match param.ty {
                ValueType::String | ValueType::DateTime => quote!(#ident: #ident.into(),),
                _ => quote!(#ident,),
            });
        } else {
            inits.push(quote!(#ident: None,));
        }
    }
    if no_arguments {
        // `Request` derives `Default` exactly when `new` takes no arguments.
        return quote! {
            /// A request with no parameters set.
            pub fn new() -> Self {
                Self::default()
            }
        };
    }
    quote! {
        /// A request with every required parameter; optional ones start unset.
        pub fn new(#(#args),*) -> Self {
            Self { #(#inits)* extra_params: Vec::new() }
        }
    }
}

/// The setter of an optional parameter.
fn setter(param: &ParamIr) -> TokenStream {
    let ident = rust_ident(&param.rust);
    let ty = param_arg_type(param);
    let value = param_conversion(param, &ident);
    let docs = doc_attrs(&param_docs(param));
    quote! {
        #docs
        pub fn #ident(mut self, #ident: #ty) -> Self {
            self.#ident = Some(#value);
            self
        }
    }
}

/// The argument type a setter or constructor takes for a parameter.
fn param_arg_type(param: &ParamIr) -> TokenStream {
    match param.ty {
        ValueType::String | ValueType::PersonalText => quote!(impl Into<String>),
        ValueType::DateTime => quote!(impl Into<crate::BeijingTime>),
        _ => rust_type(&param.ty),
    }
}

fn param_conversion(param: &ParamIr, ident: &Ident) -> TokenStream {
    match param.ty {
        ValueType::String | ValueType::DateTime => quote!(#ident.into()),
        ValueType::PersonalText => quote!(crate::Personal::new(#ident.into())),
        _ => quote!(#ident),
    }
}

fn param_docs(param: &ParamIr) -> Vec<String> {
    let mut extra = Vec::new();
    if let Some(default) = &param.default {
        extra.push(format!("Server default when omitted: {}.", code(default)));
    }
    if !param.allowed.is_empty() {
        extra.push(format!("Allowed values (checked before sending): {}.", code_list(&param.allowed)));
    }
    if let Some(max) = param.max_items {
        extra.push(format!("At most {max} comma-separated entries (checked before sending)."));
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
