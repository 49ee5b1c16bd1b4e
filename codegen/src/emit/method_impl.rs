//! Emits `impl crate::Method for Request`: the catalog entry it points at, how its parameters are
//! written and checked (`write`), its upload and how its reply is decoded. Sending, retrying and
//! walking pages are the runtime's.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::catalog::const_ident;
use crate::emit::request::response_type;
use crate::emit::rules::rules;
use crate::emit::wire;
use crate::identifiers::rust_ident;
use crate::ir::{MethodIr, ParamIr, RuleIr, RuleParam, UploadBody, ValueType};
use crate::model::{ListForm, Protocol, SpanUnit};

/// The `Method` impl of a method's `Request`.
pub fn method_impl(protocol: Protocol, method: &MethodIr) -> TokenStream {
    let response = response_type(protocol, method);
    let info = const_ident(method);
    let writes = method.params.iter().map(write_param);
    let checks = method.rules.iter().map(rule_check);
    let upload = upload_fn(protocol, method);
    let body = wire::body_fn(protocol, method);
    let decode = wire::decode_reply(protocol, method.response.is_some());
    quote! {
        impl crate::Method for Request {
            type Response = #response;
            const INFO: crate::MethodInfo = crate::generated::catalog::#info;

            fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
                #(#writes)*
                #(#checks)*
                params.extra(&self.extra_params);
                Ok(())
            }

            #upload
            #body

            fn decode(body: &crate::RawBody) -> Result<#response, crate::Error> {
                #decode
            }
        }
    }
}

/// The statement writing one parameter (when set), checking its rules on the wire text.
fn write_param(param: &ParamIr) -> TokenStream {
    if let Some(form) = param.list {
        return write_list(param, form);
    }
    let ident = rust_ident(&param.rust);
    let wire = &param.wire;
    let rules = rules(&param.allowed, param.max_items, &param.checks);
    match (param.ty.bool_spelling(), rules.is_empty(), param.required) {
        (Some((yes, no)), true, true) => quote! { params.req_flag(#wire, self.#ident, (#yes, #no)); },
        (Some((yes, no)), true, false) => quote! { params.opt_flag(#wire, self.#ident, (#yes, #no)); },
        // A flag with rules (allowed spellings): its wire text is checked like any other.
        (Some((yes, no)), false, true) => quote! {
            params.req_checked(#wire, &String::from(if self.#ident { #yes } else { #no }), &[#(#rules),*])?;
        },
        (Some((yes, no)), false, false) => quote! {
            params.opt_checked(#wire, &self.#ident.map(|set| String::from(if set { #yes } else { #no })), &[#(#rules),*])?;
        },
        (None, true, true) => quote! { params.req(#wire, &self.#ident); },
        (None, true, false) => quote! { params.opt(#wire, &self.#ident); },
        (None, false, true) => quote! { params.req_checked(#wire, &self.#ident, &[#(#rules),*])?; },
        (None, false, false) => quote! { params.opt_checked(#wire, &self.#ident, &[#(#rules),*])?; },
    }
}

/// The statements writing a list parameter: its entries counted against `max_items` first, then
/// joined into one value or sent under the key once each. An optional list is not sent when empty.
fn write_list(param: &ParamIr, form: ListForm) -> TokenStream {
    let ident = rust_ident(&param.rust);
    let wire = &param.wire;
    let count = param.max_items.map(|max| {
        let max = proc_macro2::Literal::usize_unsuffixed(max as usize);
        quote! { crate::rt::check_count(METHOD, #wire, self.#ident.len(), #max)?; }
    });
    // A `,` inside a text entry would split it on the wire: the joined value must hold as many
    // entries as the list.
    let split_check = matches!(param.ty, ValueType::String).then(|| {
        quote! { crate::rt::check_list_len(METHOD, #wire, &joined, self.#ident.len())?; }
    });
    let send = match form {
        ListForm::Comma => quote! {
            let joined = self.#ident.iter().map(crate::wire::text).collect::<Vec<_>>().join(",");
            #split_check
            params.req(#wire, &joined);
        },
        ListForm::Repeat => quote! {
            for entry in &self.#ident {
                params.req(#wire, entry);
            }
        },
    };
    if param.required {
        quote! { #count #send }
    } else {
        quote! { if !self.#ident.is_empty() { #count #send } }
    }
}

/// The check of one cross-parameter rule, after every parameter is written.
fn rule_check(rule: &RuleIr) -> TokenStream {
    match rule {
        RuleIr::OneOf(names) => {
            let entries = names.iter().map(|param| {
                let (wire, ident) = (&param.wire, rust_ident(&param.rust));
                let set = if param.required { quote!(true) } else { quote!(self.#ident.is_some()) };
                quote! { (#wire, #set) }
            });
            quote! { params.one_of(&[#(#entries),*])?; }
        }
        RuleIr::MaxSpan { start, end, limit, unit } => {
            let (start, end) = (span_end(start), span_end(end));
            let check = match unit {
                SpanUnit::Days => quote!(span),
                SpanUnit::Minutes => quote!(span_minutes),
            };
            quote! { params.#check(#start, #end, #limit)?; }
        }
    }
}

/// `(wire, Option<&BeijingTime>)` of one end of a span.
fn span_end(param: &RuleParam) -> TokenStream {
    let (wire, ident) = (&param.wire, rust_ident(&param.rust));
    if param.required { quote!((#wire, Some(&self.#ident))) } else { quote!((#wire, self.#ident.as_ref())) }
}

/// `upload` of a multipart method: the part with its body; nothing for other methods (the default).
fn upload_fn(protocol: Protocol, method: &MethodIr) -> Option<TokenStream> {
    let upload = method.upload.as_ref()?;
    let field = &upload.field;
    let filename = &upload.filename;
    let max = match upload.max_bytes {
        Some(max) => quote!(Some(#max)),
        None => quote!(None),
    };
    let body = match upload.body {
        UploadBody::Typed(_) => wire::typed_upload_body(protocol),
        UploadBody::Text => wire::text_upload_body(protocol),
        UploadBody::Bytes => quote!(crate::UploadBody::Bytes(self.document.clone())),
        UploadBody::Zip(_) => {
            let name = crate::emit::request::zip_document_name(field);
            quote! {
                crate::UploadBody::Bytes({
                    let mut w = crate::xml::XmlWriter::new();
                    self.document.write_xml(&mut w, METHOD)?;
                    crate::zip_upload::archive(METHOD, #field, #name, &w.finish(), &self.files)?
                })
            }
        }
    };
    Some(quote! {
        fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
            Ok(Some(crate::Upload { field: #field, filename: #filename, max_bytes: #max, body: #body }))
        }
    })
}
