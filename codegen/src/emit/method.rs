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
    let legacy_url = method.legacy_url.as_ref().map(|url| {
        quote! {
            /// The legacy v2 URL this method replaces.
            pub const LEGACY_URL: &str = #url;
        }
    });
    let arg_shared = shared_reexports(&method.arg_shared, method.response.as_ref());
    let module_docs = inner_doc_attrs(&module_doc_lines(protocol, method));
    let request = request_tokens(protocol, method);
    let upload = upload_tokens(protocol, method);
    let response = method.response.as_ref().map(|tree| tree_tokens(protocol, tree));
    let failures = method.response.as_ref().map(|tree| crate::emit::failures::failures_tokens(api, tree));
    let method_impl = crate::emit::method_impl::method_impl(protocol, method);
    let pagination = crate::emit::pagination::pagination_tokens(api, method);
    quote! {
        #module_docs

        /// Dotted method name, sent as the `method` system parameter.
        pub const METHOD: &str = #dotted;
        #legacy_url
        #arg_shared

        #request
        #method_impl
        #pagination
        #upload
        #response
        #failures
    }
}

fn module_doc_lines(protocol: Protocol, method: &MethodIr) -> Vec<String> {
    let mut lines =
        vec![format!("{}: {}", code(&method.dotted), summary(&method.docs, "(No description in the spec.)"))];
    lines.push(String::new());
    if let Some(url) = &method.legacy_url {
        lines.push(format!("- Legacy URL: {}", code(url)));
    }
    if let Some(category) = &method.category {
        lines.push(format!("- Category: {} (group {})", prose(category), code(&method.group)));
    }
    let transport = match (&method.transport, &method.upload) {
        (Transport::PostJson, _) => "POST, parameters in the query string, arguments in a JSON body".to_owned(),
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
    if let Some(window) = &method.window {
        lines.push(format!("- Time window: {}", prose(window)));
    }
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

/// `pub use` of the shared structs the body arguments use, leaving out those the reply re-exports.
fn shared_reexports(names: &[String], reply: Option<&TreeIr>) -> Option<TokenStream> {
    let names: Vec<String> =
        names.iter().filter(|name| reply.is_none_or(|tree| !tree.shared.contains(name))).cloned().collect();
    reexport(&names)
}

/// `pub use crate::generated::shapes::{…};`, or nothing for no names.
fn reexport(names: &[String]) -> Option<TokenStream> {
    (!names.is_empty()).then(|| {
        let names = names.iter().map(|name| rust_ident(name));
        let module = SHAPES_MODULE.iter().map(|segment| rust_ident(segment));
        quote! { pub use crate::#(#module)::*::{#(#names),*}; }
    })
}

/// A typed tree: the shared structs it uses, re-exported, and its own structs, root first.
fn tree_tokens(protocol: Protocol, tree: &TreeIr) -> TokenStream {
    let shared = reexport(&tree.shared);
    let items = tree.structs.iter().enumerate().map(|(index, item)| struct_tokens(protocol, item, index == 0, None));
    quote! { #shared #(#items)* }
}
