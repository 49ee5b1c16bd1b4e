//! Emits the glue that lets the runtime walk a page-numbered list method (`pages`, `items` and
//! their blocking twins); the walking itself lives in `dangdang_api::paginate`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::structs::item_type_of;
use crate::identifiers::rust_ident;
use crate::ir::{Api, FieldKind, MethodIr, StructIr, TreeIr};

/// The pagination items for a method with `pagination:` and a typed response, else nothing.
pub fn pagination_tokens(api: &Api, method: &MethodIr) -> TokenStream {
    let (Some(paging), Some(tree)) = (&method.pagination, &method.response) else { return TokenStream::new() };
    let Some(page_param) = method.params.iter().find(|p| p.wire == paging.page) else { return TokenStream::new() };
    let Some((items_field, item_type)) = items_field(tree.root(), &paging.items) else { return TokenStream::new() };
    let Some(total_expr) = total_pages_expr(api, tree, &paging.total_pages) else { return TokenStream::new() };
    let page_field = rust_ident(&page_param.rust);
    let client_fn = rust_ident(&method.rust);
    quote! {
        /// How the runtime walks this method's pages.
        static PAGING: crate::paginate::Paging<Request, Response, #item_type> = crate::paginate::Paging {
            method: METHOD,
            page_of: |request| request.#page_field,
            set_page: |request, page| request.#page_field = Some(page),
            fetch: fetch_page,
            total_pages: |response| #total_expr,
            items: |response| &mut response.#items_field,
        };

        fn fetch_page<'a>(client: &'a crate::Client, request: &'a Request) -> crate::paginate::PageFuture<'a, Response> {
            Box::pin(client.#client_fn(request))
        }

        impl Request {
            /// Every page from this request's page (default 1) to the last, keeping every other
            /// parameter; stops with [`Error::Pagination`](crate::Error::Pagination) if the server repeats a page.
            pub fn pages(&self, client: &crate::Client) -> impl futures_util::Stream<Item = Result<Response, crate::Error>> + Send + 'static {
                crate::paginate::pages(client.clone(), self.clone(), &PAGING)
            }

            /// Every record of every page, in order (see [`Request::pages`]).
            pub fn items(&self, client: &crate::Client) -> impl futures_util::Stream<Item = Result<#item_type, crate::Error>> + Send + 'static {
                crate::paginate::items(client.clone(), self.clone(), &PAGING)
            }

            /// Blocking [`Request::pages`]: an iterator of pages.
            #[cfg(feature = "blocking")]
            pub fn pages_blocking<'a>(&self, client: &'a crate::blocking::Client) -> impl Iterator<Item = Result<Response, crate::Error>> + 'a {
                client.iter(Box::pin(self.pages(client.inner())))
            }

            /// Blocking [`Request::items`]: an iterator of records.
            #[cfg(feature = "blocking")]
            pub fn items_blocking<'a>(&self, client: &'a crate::blocking::Client) -> impl Iterator<Item = Result<#item_type, crate::Error>> + 'a {
                client.iter(Box::pin(self.items(client.inner())))
            }
        }
    }
}

/// The root field holding the records (`Wrapper/Item` list or a repeated root element) and its item type.
fn items_field(root: &StructIr, path: &str) -> Option<(proc_macro2::Ident, TokenStream)> {
    let segments: Vec<&str> = path.split('/').collect();
    root.fields.iter().find_map(|field| match (&field.kind, segments.as_slice()) {
        (FieldKind::List { item_wire, item }, [wrapper, element]) if field.wire == *wrapper && item_wire == element => {
            Some((rust_ident(&field.rust), item_type_of(item)))
        }
        (FieldKind::Repeated(item), [element]) if field.wire == *element => {
            Some((rust_ident(&field.rust), item_type_of(item)))
        }
        _ => None,
    })
}

/// An expression reading the total page count (`Option<i32>`) from `response` along optional structs.
fn total_pages_expr(api: &Api, tree: &TreeIr, path: &str) -> Option<TokenStream> {
    let mut current = tree.root();
    let segments: Vec<&str> = path.split('/').collect();
    let (last, parents) = segments.split_last()?;
    let mut expr = quote!(response);
    let mut optional = false;
    for segment in parents {
        let field = current.fields.iter().find(|f| f.wire == *segment)?;
        let FieldKind::Struct(name) = &field.kind else { return None };
        let ident = rust_ident(&field.rust);
        expr = match (optional, field.required) {
            (false, true) => quote!(#expr.#ident),
            (false, false) => quote!(#expr.#ident.as_ref()),
            (true, true) => quote!(#expr.map(|v| &v.#ident)),
            (true, false) => quote!(#expr.and_then(|v| v.#ident.as_ref())),
        };
        optional |= !field.required;
        current = tree.structs.iter().find(|s| &s.name == name).or_else(|| api.shape(name))?;
    }
    let field = current.fields.iter().find(|f| f.wire == *last)?;
    let ident = rust_ident(&field.rust);
    Some(match (optional, field.required) {
        (false, true) => quote!(Some(#expr.#ident)),
        (false, false) => quote!(#expr.#ident),
        (true, true) => quote!(#expr.map(|v| v.#ident)),
        (true, false) => quote!(#expr.and_then(|v| v.#ident)),
    })
}
