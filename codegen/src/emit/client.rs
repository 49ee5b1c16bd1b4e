//! Emits `generated/client.rs`: one `Client` method per spec method, each behind its group's
//! feature and each a one-line call of the runtime's `send`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{code, doc_attrs, summary};
use crate::emit::request::aliases;
use crate::emit::wire;
use crate::identifiers::rust_ident;
use crate::ir::{Api, MethodIr};

/// The client file: `impl crate::Client` with every method, in spec order.
pub fn client_file(api: &Api) -> TokenStream {
    let methods = api.methods.iter().map(|method| client_method(api, method));
    quote! {
        #![doc = " The `Client` methods of the spec: one per method, behind its group's cargo feature, each"]
        #![doc = " sending the method's `Request` (the same as `request.send(&client)`)."]

        impl crate::Client {
            #(#methods)*
        }
    }
}

fn client_method(api: &Api, method: &MethodIr) -> TokenStream {
    let ident = rust_ident(&method.rust);
    let feature = &method.group;
    let module = [&method.group, &method.rust].map(|name| rust_ident(name));
    let response = match method.response {
        Some(_) => quote!(crate::#(#module)::*::Response),
        None => wire::untyped_reply(api.protocol),
    };
    let path = format!("crate::{}::{}", method.group, method.rust);
    let legacy = method.legacy_script.as_ref().map(|script| format!(" Legacy: {}.", code(script))).unwrap_or_default();
    let lines = [
        format!("{}: {}", code(&method.dotted), summary(&method.docs, "")),
        String::new(),
        format!("See [the module docs]({path}) and [`Request`]({path}::Request).{legacy}"),
    ];
    let docs = doc_attrs(&lines);
    let aliases = aliases(method);
    quote! {
        #docs
        #[cfg(feature = #feature)]
        #aliases
        pub async fn #ident(&self, request: &crate::#(#module)::*::Request) -> Result<#response, crate::Error> {
            self.send(request).await
        }
    }
}
