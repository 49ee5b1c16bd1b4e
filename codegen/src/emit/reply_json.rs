//! Emits `generated/reply_json.rs` (behind the API crate's `serde` feature): from a method's dotted
//! name to its typed `Response` as JSON, so a tool dispatches on names without a hand-kept match.

use proc_macro2::TokenStream;
use quote::quote;

use crate::identifiers::rust_ident;
use crate::ir::Api;

/// The file: `decode_json`, one arm per typed method (behind its group's feature), in spec order.
pub fn reply_json_file(api: &Api) -> TokenStream {
    let arms = api.methods.iter().filter(|method| method.response.is_some()).map(|method| {
        let (name, feature) = (&method.dotted, &method.group);
        let module = [&method.group, &method.rust].map(|name| rust_ident(name));
        quote! {
            #[cfg(feature = #feature)]
            #name => Some(crate::rt::typed_json::<crate::#(#module)::*::Request>(body)),
        }
    });
    quote! {
        #![doc = " Typed replies as JSON (feature `serde`): [`decode_json`] decodes a reply by the method's"]
        #![doc = " dotted name into its `Response` and serialises it."]

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
    }
}
