//! Emits a method's `Request`: the struct, its constructor and setters, `to_call` (checks and
//! parameters) and `send`.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::emit::docs::{check_lines, code, code_list, doc_attrs, item_lines, prose};
use crate::emit::types::{check_tokens, rust_type, to_wire};
use crate::emit::wire;
use crate::identifiers::rust_ident;
use crate::ir::{MethodIr, ParamIr, RuleIr, UploadBody, ValueType};
use crate::model::{Protocol, Safety, Transport};

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
    let to_call = to_call(protocol, method);
    let send = send_tokens(protocol, method);
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

            #to_call
            #send
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
    let docs = if no_arguments {
        doc_attrs(&["A request with no parameters set.".to_owned()])
    } else {
        doc_attrs(&["A request with every required parameter; optional ones start unset.".to_owned()])
    };
    quote! {
        #docs
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

/// `to_call`: checks every parameter and rule, then describes the call.
fn to_call(protocol: Protocol, method: &MethodIr) -> TokenStream {
    let pushes = method.params.iter().map(push_param);
    let rules = method.rules.iter().map(rule_check);
    let transport = match method.transport {
        Transport::Get => quote!(crate::call::Transport::Get),
        Transport::PostForm => quote!(crate::call::Transport::PostForm),
        Transport::Multipart => quote!(crate::call::Transport::Multipart),
    };
    let safety = match method.safety {
        Safety::Read => quote!(crate::call::Safety::Read),
        Safety::Write => quote!(crate::call::Safety::Write),
    };
    let upload = upload_value(protocol, method);
    quote! {
        /// Checks the spec's client-side rules and builds the wire call.
        pub fn to_call(&self) -> Result<crate::call::ApiCall, crate::Error> {
            let mut params: Vec<(std::borrow::Cow<'static, str>, String)> = Vec::new();
            #(#pushes)*
            #(#rules)*
            for (name, value) in &self.extra_params {
                params.push((name.clone().into(), value.clone()));
            }
            Ok(crate::call::ApiCall {
                method: METHOD,
                transport: #transport,
                safety: #safety,
                params,
                upload: #upload,
            })
        }
    }
}

/// Checks one parameter's wire text and adds it to `params` (when set).
fn push_param(param: &ParamIr) -> TokenStream {
    let ident = rust_ident(&param.rust);
    let wire = &param.wire;
    let checks = param_checks(param);
    if param.required {
        let text = to_wire(&param.ty, quote!(&self.#ident));
        quote! { { let text = #text; #checks params.push((#wire.into(), text)); } }
    } else {
        let text = to_wire(&param.ty, quote!(value));
        quote! {
            if let Some(value) = &self.#ident {
                let text = #text;
                #checks
                params.push((#wire.into(), text));
            }
        }
    }
}

fn param_checks(param: &ParamIr) -> TokenStream {
    let wire = &param.wire;
    let mut checks = TokenStream::new();
    if !param.allowed.is_empty() {
        let allowed = &param.allowed;
        checks.extend(quote! { crate::call::check_allowed(METHOD, #wire, &text, &[#(#allowed),*])?; });
    }
    if let Some(max) = param.max_items {
        let max = Literal::usize_unsuffixed(max as usize);
        checks.extend(quote! { crate::call::check_list_len(METHOD, #wire, &text, #max)?; });
    }
    checks.extend(check_tokens(wire, &param.checks, quote!(METHOD)));
    checks
}

/// The check of one cross-parameter rule.
fn rule_check(rule: &RuleIr) -> TokenStream {
    match rule {
        RuleIr::OneOf(names) => {
            let entries = names.iter().map(|(wire, rust)| {
                let ident = rust_ident(rust);
                quote! { (#wire, self.#ident.is_some()) }
            });
            quote! { crate::call::check_one_of(METHOD, &[#(#entries),*])?; }
        }
        RuleIr::MaxSpan { start, end, days } => {
            let (start_wire, start_ident) = (&start.0, rust_ident(&start.1));
            let (end_wire, end_ident) = (&end.0, rust_ident(&end.1));
            quote! {
                crate::call::check_span(METHOD, (#start_wire, self.#start_ident.as_ref()), (#end_wire, self.#end_ident.as_ref()), #days)?;
            }
        }
    }
}

/// The `upload` of the call: `None`, or the part with its body.
fn upload_value(protocol: Protocol, method: &MethodIr) -> TokenStream {
    let Some(upload) = &method.upload else { return quote!(None) };
    let field = &upload.field;
    let filename = &upload.filename;
    let max = match upload.max_bytes {
        Some(max) => quote!(Some(#max)),
        None => quote!(None),
    };
    let body = match upload.body {
        UploadBody::Typed(_) => wire::typed_upload_body(protocol),
        UploadBody::Text => wire::text_upload_body(protocol),
        UploadBody::Bytes => quote!(crate::call::UploadBody::Bytes(self.document.clone())),
    };
    quote! {
        Some(crate::call::Upload { field: #field, filename: #filename, max_bytes: #max, body: #body })
    }
}

/// `send` and `send_blocking`.
fn send_tokens(protocol: Protocol, method: &MethodIr) -> TokenStream {
    let response_type = response_type(protocol, method);
    let client_fn = rust_ident(&method.rust);
    let send_docs =
        doc_attrs(&[format!("Sends this request; the same as [`Client::{0}`](crate::Client::{0}).", method.rust)]);
    quote! {
        #send_docs
        pub async fn send(&self, client: &crate::Client) -> Result<#response_type, crate::Error> {
            client.#client_fn(self).await
        }

        /// Sends this request and waits for the reply, without an async runtime (feature `blocking`).
        #[cfg(feature = "blocking")]
        pub fn send_blocking(&self, client: &crate::blocking::Client) -> Result<#response_type, crate::Error> {
            client.block_on(self.send(client.inner()))
        }
    }
}

/// The type a call returns: the typed `Response`, or the protocol's generic tree.
pub fn response_type(protocol: Protocol, method: &MethodIr) -> TokenStream {
    if method.response.is_some() { quote!(Response) } else { wire::untyped_reply(protocol) }
}
