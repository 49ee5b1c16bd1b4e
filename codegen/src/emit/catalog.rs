//! Emits `generated/catalog.rs`: what the spec says of each method as a `crate::MethodInfo`
//! constant (always compiled, whatever features are enabled), which each `Request`'s `Method` impl
//! and the `METHODS` list point at.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::emit::docs::{code, doc_attrs};
use crate::identifiers::rust_ident;
use crate::ir::{Api, MethodIr};
use crate::model::{ProvenanceStatus, Safety, Transport};

/// The name of a method's constant: its Rust name in capitals (`ORDERS_LIST_GET`).
pub fn const_ident(method: &MethodIr) -> Ident {
    rust_ident(&method.rust.to_ascii_uppercase())
}

/// The catalog file: one constant per method, in spec order.
pub fn catalog_file(api: &Api) -> TokenStream {
    let entries = api.methods.iter().map(entry);
    quote! {
        #![doc = " What the spec says of each method (name, legacy URL, transport, safety, provenance), one"]
        #![doc = " constant per method in spec order; `METHODS` lists them all."]
        #(#entries)*
    }
}

/// The constant of one method.
fn entry(m: &MethodIr) -> TokenStream {
    let (name, rust, group) = (&m.dotted, &m.rust, &m.group);
    let ident = const_ident(m);
    let docs = doc_attrs(&[match &m.legacy_script {
        Some(script) => format!("{} ({}).", code(&m.dotted), code(script)),
        None => format!("{}.", code(&m.dotted)),
    }]);
    let legacy_url = match &m.legacy_url {
        Some(url) => quote!(Some(#url)),
        None => quote!(None),
    };
    let transport = match m.transport {
        Transport::Get => quote!(Get),
        Transport::PostForm => quote!(PostForm),
        Transport::Multipart => quote!(Multipart),
        Transport::PostJson => quote!(PostJson),
    };
    let safety = match m.safety {
        Safety::Read => quote!(Read),
        Safety::Write => quote!(Write),
    };
    let provenance = match m.provenance {
        ProvenanceStatus::Documented => quote!(Documented),
        ProvenanceStatus::Partial => quote!(Partial),
        ProvenanceStatus::Unknown => quote!(Unknown),
    };
    let upload = match &m.upload {
        Some(upload) => {
            let field = &upload.field;
            quote!(Some(#field))
        }
        None => quote!(None),
    };
    let typed = m.response.is_some();
    quote! {
        #docs
        pub const #ident: crate::MethodInfo = crate::MethodInfo {
            name: #name,
            legacy_url: #legacy_url,
            rust_name: #rust,
            group: #group,
            transport: crate::Transport::#transport,
            safety: crate::Safety::#safety,
            provenance: crate::Provenance::#provenance,
            upload_field: #upload,
            typed_response: #typed,
        };
    }
}
