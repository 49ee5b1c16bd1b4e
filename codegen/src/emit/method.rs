//! Emits one method's module: constants, the request builder with its `Method` (and `Paged`)
//! impl, and the upload and response types.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{code, doc_attrs, inner_doc_attrs, prose, summary};
use crate::emit::request::request_tokens;
use crate::emit::structs::struct_tokens;
use crate::emit::{SHAPES_MODULE, wire};
use crate::identifiers::rust_ident;
use crate::ir::{Api, MethodIr, TreeIr};
use crate::model::{Protocol, ProvenanceStatus, Safety, Transport};

/// The module of one method (`generated/<group>/<method>.rs`).
pub fn method_file(api: &Api, method: &MethodIr) -> TokenStream {
    let protocol = api.protocol;
    let dotted = &method.dotted;
    let legacy_url = &method.legacy_url;
    let module_docs = inner_doc_attrs(&module_doc_lines(protocol, method));
    let request = request_tokens(protocol, method);
    let upload = upload_tokens(protocol, method);
    let response = method.response.as_ref().map(|tree| tree_tokens(protocol, tree));
    let method_impl = crate::emit::method_impl::method_impl(protocol, method);
    let pagination = crate::emit::pagination::pagination_tokens(api, method);
    quote! {
        #module_docs

        /// Dotted method name, sent as the `method` system parameter.
        pub const METHOD: &str = #dotted;
        /// The legacy v2 URL this method replaces.
        pub const LEGACY_URL: &str = #legacy_url;

        #request
        #method_impl
        #pagination
        #upload
        #response
    }
}

fn module_doc_lines(protocol: Protocol, method: &MethodIr) -> Vec<String> {
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
        let reply = wire::untyped_reply_doc(protocol);
        lines.push(format!("[`Request::param`]; the reply is returned as a generic {reply}."));
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

fn upload_tokens(protocol: Protocol, method: &MethodIr) -> Option<TokenStream> {
    let upload = method.upload.as_ref()?;
    let tree = tree_tokens(protocol, upload.tree()?);
    let docs = doc_attrs(&[wire::upload_module_doc(protocol, &upload.field)]);
    Some(quote! {
        #docs
        pub mod upload {
            #tree
        }
    })
}

/// A typed tree: the shared structs it uses, re-exported, and its own structs, root first.
fn tree_tokens(protocol: Protocol, tree: &TreeIr) -> TokenStream {
    let shared = (!tree.shared.is_empty()).then(|| {
        let names = tree.shared.iter().map(|name| rust_ident(name));
        let module = SHAPES_MODULE.iter().map(|segment| rust_ident(segment));
        quote! { pub use crate::#(#module)::*::{#(#names),*}; }
    });
    let items = tree.structs.iter().enumerate().map(|(index, item)| struct_tokens(protocol, item, index == 0, None));
    quote! { #shared #(#items)* }
}
