//! Emits `generated/reply_json.rs` (behind the API crate's `serde` feature): from a method's dotted
//! name to its typed `Response` (or a page's records) as JSON, so a tool dispatches on names without
//! a hand-kept match.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::pagination::pagination_tokens;
use crate::identifiers::rust_ident;
use crate::ir::{Api, MethodIr};

/// The file: `decode_json`, one arm per typed method (behind its group's feature), in spec order.
pub fn reply_json_file(api: &Api) -> TokenStream {
    let typed = |method: &&MethodIr| method.response.is_some();
    let arms = api.methods.iter().filter(typed).map(|method| arm(method, quote!(typed_json)));
    // Exactly the methods with a `Paged` impl.
    let paged = |method: &&MethodIr| !pagination_tokens(api, method).is_empty();
    let paged = api.methods.iter().filter(paged).map(|method| arm(method, quote!(typed_items_json)));
    quote! {
        #![doc = " Typed replies as JSON (feature `serde`): [`decode_json`] decodes a reply by the method's"]
        #![doc = " dotted name into its `Response` and serialises it; [`decode_items_json`] does so for the"]
        #![doc = " records of a page of a paged method."]

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
