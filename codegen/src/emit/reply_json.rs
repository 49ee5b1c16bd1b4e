//! Emits `generated/reply_json.rs` (behind the API crate's `serde` feature): from a method's dotted
//! name to its typed `Response` (or a page's records) as JSON, so a tool dispatches on names without
//! a hand-kept match.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::pagination::pagination_tokens;
use crate::identifiers::rust_ident;
use crate::ir::{Api, MethodIr, UploadBody};

/// The file: `decode_json`, one arm per typed method (behind its group's feature), in spec order.
pub fn reply_json_file(api: &Api) -> TokenStream {
    let typed = |method: &&MethodIr| method.response.is_some();
    let arms = api.methods.iter().filter(typed).map(|method| arm(method, quote!(typed_json)));
    // Exactly the methods with a `Paged` impl.
    let paged = |method: &&MethodIr| !pagination_tokens(api, method).is_empty();
    let paged = api.methods.iter().filter(paged).map(|method| arm(method, quote!(typed_items_json)));
    let documents = document_json(api);
    let documents_doc = (!documents.is_empty()).then(|| {
        quote! {
            #![doc = ""]
            #![doc = " [`document_json`] goes the other way for an upload: JSON to the method's typed document."]
        }
    });
    quote! {
        #![doc = " Typed replies as JSON (feature `serde`): [`decode_json`] decodes a reply by the method's"]
        #![doc = " dotted name into its `Response` and serialises it; [`decode_items_json`] does so for the"]
        #![doc = " records of a page of a paged method."]
        #documents_doc

        // Unused when no group's feature is on.
        #[allow(unused_imports)]
        use crate::rt::{typed_items_json, typed_json};

        /// Decodes `body`, a reply of the method named `method` (dotted name), into the method's typed
        /// `Response` and then JSON: `None` when the method has no typed reply (or its group's feature
        /// is off); errors as the method's own decoding gives them. Personal text is in the JSON as
        /// itself; serialise inside [`with_personal_masked`](crate::rt::with_personal_masked) to hide it.
        /// (With no group's feature on, it knows no method and `body` goes unused.)
        #[allow(unused_variables)]
        pub fn decode_json(method: &str, body: &crate::RawBody) -> Option<Result<serde_json::Value, crate::Error>> {
            match method {
                #(#arms)*
                _ => None,
            }
        }

        /// Decodes `body`, one page of the paged method named `method`, into the records of its typed
        /// `Response`, each as JSON: `None` when the method is not paged with a typed reply (or its
        /// group's feature is off). Personal text as in [`decode_json`].
        #[allow(unused_variables)]
        pub fn decode_items_json(method: &str, body: &crate::RawBody) -> Option<Result<Vec<serde_json::Value>, crate::Error>> {
            match method {
                #(#paged)*
                _ => None,
            }
        }

        #documents
    }
}

/// `document_json`, one arm per method whose upload is a typed document (behind its group's
/// feature); nothing when the API has none.
fn document_json(api: &Api) -> TokenStream {
    let arms: Vec<TokenStream> = api
        .methods
        .iter()
        .filter_map(|method| {
            let upload = method.upload.as_ref().filter(|upload| matches!(upload.body, UploadBody::Typed(_)))?;
            let (name, feature, field) = (&method.dotted, &method.group, &upload.field);
            let module = [&method.group, &method.rust].map(|name| rust_ident(name));
            Some(quote! {
                #[cfg(feature = #feature)]
                #name => Some(crate::upload_json::document_fragment(
                    crate::#(#module)::*::METHOD,
                    #field,
                    json,
                    crate::#(#module)::*::upload::Document::write_xml,
                )),
            })
        })
        .collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    quote! {
        /// Reads the upload document of the method named `method` (dotted name) from `json`, in the
        /// shape its `upload::Document` serialises as, and writes the XML the method uploads (the
        /// children of `<request>`): `None` when the method's upload is not a typed XML document (or
        /// its group's feature is off). A document of the wrong shape is an `Error::InvalidParam`
        /// naming the upload field; the spec's counts and limits are checked as for a typed call.
        #[allow(unused_variables)]
        pub fn document_json(method: &str, json: serde_json::Value) -> Option<Result<String, crate::Error>> {
            match method {
                #(#arms)*
                _ => None,
            }
        }
    }
}

/// The match arm of `method`, behind its group's feature, calling the runtime's `function`.
fn arm(method: &MethodIr, function: TokenStream) -> TokenStream {
    let (name, feature) = (&method.dotted, &method.group);
    let module = [&method.group, &method.rust].map(|name| rust_ident(name));
    quote! {
        #[cfg(feature = #feature)]
        #name => Some(#function::<crate::#(#module)::*::Request>(body)),
    }
}
