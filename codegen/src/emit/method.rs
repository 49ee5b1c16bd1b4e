//! Emits one method's module: constants, the request builder, upload and response types, and the
//! `Client` entry point.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{check_lines, code, code_list, doc_attrs, inner_doc_attrs, item_lines, prose, summary};
use crate::emit::structs::{response_struct, upload_struct};
use crate::emit::types::{rust_type, to_wire};
use crate::identifiers::rust_ident;
use crate::ir::{MethodIr, ParamIr, RuleIr, ValueType};
use crate::model::{ProvenanceStatus, Safety, Transport, UploadFormat};

/// The module of one method (`generated/<group>/<method>.rs`).
pub fn method_file(method: &MethodIr) -> TokenStream {
    let dotted = &method.dotted;
    let legacy_url = &method.legacy_url;
    let module_docs = inner_doc_attrs(&module_doc_lines(method));
    let request = request_tokens(method);
    let upload = upload_tokens(method);
    let response = response_tokens(method);
    let client = client_tokens(method);
    let pagination = crate::emit::pagination::pagination_tokens(method);
    quote! {
        #module_docs

        /// Dotted method name, sent as the `method` system parameter.
        pub const METHOD: &str = #dotted;
        /// The legacy v2 URL this method replaces.
        pub const LEGACY_URL: &str = #legacy_url;

        #request
        #upload
        #response
        #client
        #pagination
    }
}

fn module_doc_lines(method: &MethodIr) -> Vec<String> {
    let mut lines =
        vec![format!("{}: {}", code(&method.dotted), summary(&method.docs, "(No description in the spec.)"))];
    lines.push(String::new());
    lines.push(format!("- Legacy URL: {}", code(&method.legacy_url)));
    let transport = match (&method.transport, &method.upload) {
        (Transport::Get, _) => "GET, parameters in the query string".to_owned(),
        (Transport::PostForm, _) => "POST, parameters in a form body".to_owned(),
        (Transport::Multipart, Some(upload)) => {
            format!("multipart POST, document in file part {}", code(&upload.field))
        }
        (Transport::Multipart, None) => "multipart POST".to_owned(),
    };
    lines.push(format!("- Transport: {transport}"));
    lines.push(format!(
        "- Safety: {}",
        match method.safety {
            Safety::Read => "read (safe to retry)",
            Safety::Write => "write (never retried automatically)",
        }
    ));
    lines.push(format!("- Provenance: {}", method.provenance.as_str()));
    if method.provenance == ProvenanceStatus::Unknown {
        lines.push(String::new());
        lines.push("No public documentation was found for this method. Pass parameters with".to_owned());
        lines.push(
            "[`Request::param`]; the reply is returned as a generic [`XmlElement`](crate::XmlElement) tree.".to_owned(),
        );
    }
    if !method.sources.is_empty() {
        lines.push(String::new());
        lines.push("Sources:".to_owned());
        for (key, description) in &method.sources {
            lines.push(format!("- {}: {}", prose(key), prose(description)));
        }
    }
    if !method.notes.is_empty() {
        lines.push(String::new());
        lines.push("Notes:".to_owned());
        for note in &method.notes {
            lines.push(format!("- {}", prose(note)));
        }
    }
    if !method.codes.is_empty() {
        lines.push(String::new());
        lines.push("Result codes:".to_owned());
        for (code, docs) in &method.codes {
            let cert = docs.cert.as_ref().map(|c| format!(" ({})", prose(c))).unwrap_or_default();
            lines.push(format!("- `{code}`: {}{cert}", summary(docs, "")));
        }
    }
    lines
}

fn aliases(method: &MethodIr) -> TokenStream {
    let dotted = &method.dotted;
    let script = &method.legacy_script;
    let stem = script.strip_suffix(".php").unwrap_or(script);
    quote! {
        #[doc(alias = #dotted)]
        #[doc(alias = #script)]
        #[doc(alias = #stem)]
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

fn param_conversion(param: &ParamIr, ident: &proc_macro2::Ident) -> TokenStream {
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

fn request_tokens(method: &MethodIr) -> TokenStream {
    let aliases = aliases(method);
    let mut lines = vec![format!("Request for {} ({}).", code(&method.dotted), prose(&method.legacy_script))];
    lines.push(String::new());
    lines.push("Required parameters are arguments of [`Request::new`]; optional ones have setters;".to_owned());
    lines.push("[`Request::param`] adds parameters the spec does not know.".to_owned());
    let docs = doc_attrs(&lines);
    let typed_upload = method.upload.as_ref().is_some_and(|u| !u.structs.is_empty());
    let upload_field = method.upload.as_ref().map(|upload| {
        let (ty, doc) = match (upload.format, typed_upload) {
            (UploadFormat::Xml, true) => {
                (quote!(upload::Document), format!("The document uploaded as file part {}.", code(&upload.field)))
            }
            (UploadFormat::Xml, false) => (
                quote!(String),
                format!(
                    "The XML uploaded as file part {}: the children of `<request>` after `functionID` and `time`.",
                    code(&upload.field)
                ),
            ),
            (UploadFormat::Zip, _) => {
                (quote!(Vec<u8>), format!("The zip archive uploaded as file part {}.", code(&upload.field)))
            }
        };
        let doc = doc_attrs(&[doc]);
        quote! { #doc pub document: #ty, }
    });
    let fields = method.params.iter().map(|param| {
        let ident = rust_ident(&param.rust);
        let ty = rust_type(&param.ty);
        let ty = if param.required { ty } else { quote!(Option<#ty>) };
        let docs = doc_attrs(&param_docs(param));
        quote! { #docs pub #ident: #ty, }
    });
    let required: Vec<&ParamIr> = method.params.iter().filter(|p| p.required).collect();
    let mut args: Vec<TokenStream> = Vec::new();
    let mut inits: Vec<TokenStream> = Vec::new();
    if let Some(upload) = &method.upload {
        match (upload.format, typed_upload) {
            (UploadFormat::Xml, true) => args.push(quote!(document: upload::Document)),
            (UploadFormat::Xml, false) => args.push(quote!(document: impl Into<String>)),
            (UploadFormat::Zip, _) => args.push(quote!(document: impl Into<Vec<u8>>)),
        }
        inits.push(if typed_upload { quote!(document,) } else { quote!(document: document.into(),) });
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
    let new_docs = if required.is_empty() && method.upload.is_none() {
        doc_attrs(&["A request with no parameters set.".to_owned()])
    } else {
        doc_attrs(&["A request with every required parameter; optional ones start unset.".to_owned()])
    };
    let setters = method.params.iter().filter(|p| !p.required).map(|param| {
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
    });
    let pushes = method.params.iter().map(|param| {
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
    });
    let rules = method.rules.iter().map(|rule| match rule {
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
    });
    let transport = match method.transport {
        Transport::Get => quote!(crate::call::Transport::Get),
        Transport::PostForm => quote!(crate::call::Transport::PostForm),
        Transport::Multipart => quote!(crate::call::Transport::Multipart),
    };
    let safety = match method.safety {
        Safety::Read => quote!(crate::call::Safety::Read),
        Safety::Write => quote!(crate::call::Safety::Write),
    };
    let upload_value = match &method.upload {
        None => quote!(None),
        Some(upload) => {
            let field = &upload.field;
            let filename = &upload.filename;
            let max = match upload.max_bytes {
                Some(max) => quote!(Some(#max)),
                None => quote!(None),
            };
            let body = match (upload.format, typed_upload) {
                (UploadFormat::Xml, true) => quote! {
                    crate::call::UploadBody::XmlFragment({
                        let mut w = crate::xml::XmlWriter::new();
                        self.document.write_xml(&mut w)?;
                        w.finish()
                    })
                },
                (UploadFormat::Xml, false) => quote!(crate::call::UploadBody::XmlFragment(self.document.clone())),
                (UploadFormat::Zip, _) => quote!(crate::call::UploadBody::Bytes(self.document.clone())),
            };
            quote! {
                Some(crate::call::Upload { field: #field, filename: #filename, max_bytes: #max, body: #body })
            }
        }
    };
    let derive_default = (required.is_empty() && method.upload.is_none()).then(|| quote!(Default,));
    let response_type = response_type(method);
    let client_fn = rust_ident(&method.rust);
    let send_docs =
        doc_attrs(&[format!("Sends this request; the same as [`Client::{0}`](crate::Client::{0}).", method.rust)]);
    quote! {
        #docs
        #aliases
        #[derive(Debug, Clone, PartialEq, #derive_default)]
        #[non_exhaustive]
        pub struct Request {
            #upload_field
            #(#fields)*
            /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
            pub extra_params: Vec<(String, String)>,
        }

        impl Request {
            #new_docs
            pub fn new(#(#args),*) -> Self {
                Self { #(#inits)* extra_params: Vec::new() }
            }

            #(#setters)*

            /// Adds a parameter the spec does not know, by wire name.
            pub fn param(mut self, wire_name: impl Into<String>, value: impl Into<String>) -> Self {
                self.extra_params.push((wire_name.into(), value.into()));
                self
            }

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
                    upload: #upload_value,
                })
            }

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
}

fn param_checks(param: &ParamIr) -> TokenStream {
    let wire = &param.wire;
    let mut checks = TokenStream::new();
    if !param.allowed.is_empty() {
        let allowed = &param.allowed;
        checks.extend(quote! { crate::call::check_allowed(METHOD, #wire, &text, &[#(#allowed),*])?; });
    }
    if let Some(max) = param.max_items {
        let max = proc_macro2::Literal::usize_unsuffixed(max as usize);
        checks.extend(quote! { crate::call::check_list_len(METHOD, #wire, &text, #max)?; });
    }
    checks.extend(crate::emit::types::check_tokens(wire, &param.checks, quote!(METHOD)));
    checks
}

fn response_type(method: &MethodIr) -> TokenStream {
    if method.response.is_some() { quote!(Response) } else { quote!(crate::XmlElement) }
}

fn upload_tokens(method: &MethodIr) -> TokenStream {
    let Some(upload) = method.upload.as_ref().filter(|u| !u.structs.is_empty()) else {
        return TokenStream::new();
    };
    let structs = upload.structs.iter().map(upload_struct);
    let docs = doc_attrs(&[format!(
        "The document uploaded in file part {} (GBK XML under `<request>`).",
        code(&upload.field)
    )]);
    quote! {
        #docs
        pub mod upload {
            #(#structs)*
        }
    }
}

fn response_tokens(method: &MethodIr) -> TokenStream {
    let Some(structs) = &method.response else {
        return TokenStream::new();
    };
    let items = structs.iter().enumerate().map(|(index, item)| response_struct(item, index == 0));
    quote! { #(#items)* }
}

fn client_tokens(method: &MethodIr) -> TokenStream {
    let ident = rust_ident(&method.rust);
    let aliases = aliases(method);
    let response_type = response_type(method);
    let decode = if method.response.is_some() {
        quote!(crate::decode::typed::<Response>(METHOD, &body))
    } else {
        quote!(crate::decode::tree(METHOD, &body))
    };
    let mut lines = vec![format!("{}: {}", code(&method.dotted), summary(&method.docs, ""))];
    lines.push(String::new());
    lines.push(format!("See [the module docs](self) and [`Request`]. Legacy: {}.", code(&method.legacy_script)));
    let docs = doc_attrs(&lines);
    quote! {
        impl crate::Client {
            #docs
            #aliases
            pub async fn #ident(&self, request: &Request) -> Result<#response_type, crate::Error> {
                let call = request.to_call()?;
                let body = self.execute(call).await?;
                #decode
            }
        }
    }
}
