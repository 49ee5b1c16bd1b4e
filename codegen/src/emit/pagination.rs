//! Emits `impl crate::Paged for Request` for a page-numbered list method: where its page number,
//! page size, total and records are; the walking itself (and `pages`, `items`) is the runtime's.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::structs::item_type_of;
use crate::identifiers::rust_ident;
use crate::ir::{Api, FieldKind, MethodIr, ParamIr, StructIr, TotalIr, TreeIr};

/// The `Paged` impl for a method with `pagination:` and a typed response, else nothing.
pub fn pagination_tokens(api: &Api, method: &MethodIr) -> TokenStream {
    let (Some(paging), Some(tree)) = (&method.pagination, &method.response) else { return TokenStream::new() };
    let param = |wire: &str| method.params.iter().find(|p| p.wire == wire);
    let Some(page_param) = param(&paging.page) else { return TokenStream::new() };
    let items = if api.protocol.flattens_list_wrappers() {
        items_field(tree.root(), &paging.items).map(|(field, item)| (quote!(&mut response.#field), item))
    } else {
        items_path(api, tree, &paging.items)
    };
    let Some((items_expr, item_type)) = items else { return TokenStream::new() };
    let total = match &paging.total {
        TotalIr::Pages(path) => total_expr(api, tree, path).map(|count| quote!(crate::Total::pages(#count))),
        TotalIr::Records(path) => total_expr(api, tree, path).map(|count| quote!(crate::Total::records(#count))),
        TotalIr::Unknown => Some(quote!(crate::Total::Unknown)),
    };
    let Some(total) = total else { return TokenStream::new() };
    let response = if paging.total == TotalIr::Unknown { quote!(_response) } else { quote!(response) };
    let first_page = proc_macro2::Literal::i32_unsuffixed(paging.first_page);
    let page = read_param(page_param);
    let page_field = rust_ident(&page_param.rust);
    let set_page = if page_param.required { quote!(page) } else { quote!(Some(page)) };
    let page_size = paging.size.as_deref().and_then(param).map(|size| {
        let read = read_param(size);
        quote! { fn page_size(&self) -> Option<i32> { #read } }
    });
    quote! {
        impl crate::Paged for Request {
            type Item = #item_type;
            const FIRST_PAGE: i32 = #first_page;
            fn page(&self) -> Option<i32> { #page }
            fn set_page(&mut self, page: i32) { self.#page_field = #set_page; }
            #page_size
            fn total(#response: &Response) -> crate::Total { #total }
            fn items(response: &mut Response) -> &mut Vec<#item_type> { #items_expr }
        }
    }
}

/// Reads an `int` parameter as `Option<i32>`.
fn read_param(param: &ParamIr) -> TokenStream {
    let field = rust_ident(&param.rust);
    if param.required { quote!(Some(self.#field)) } else { quote!(self.#field) }
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

/// The records at `a/b/c` (a repeated field reached through single structs, as validation admits
/// for JSON) as a `&mut Vec` expression on `response`, an empty struct standing in for a missing one;
/// and the item type.
fn items_path(api: &Api, tree: &TreeIr, path: &str) -> Option<(TokenStream, TokenStream)> {
    let segments: Vec<&str> = path.split('/').collect();
    let (last, parents) = segments.split_last()?;
    let mut current = tree.root();
    let mut expr = quote!(response);
    for segment in parents {
        let field = current.fields.iter().find(|f| f.wire == *segment)?;
        let FieldKind::Struct(name) = &field.kind else { return None };
        let ident = rust_ident(&field.rust);
        expr = if field.required {
            quote!(#expr.#ident)
        } else {
            quote!(#expr.#ident.get_or_insert_with(Default::default))
        };
        current = tree.structs.iter().find(|s| &s.name == name).or_else(|| api.shape(name))?;
    }
    let field = current.fields.iter().find(|f| f.wire == *last)?;
    let FieldKind::Repeated(item) = &field.kind else { return None };
    let ident = rust_ident(&field.rust);
    Some((quote!(&mut #expr.#ident), item_type_of(item)))
}

/// An expression reading a total count (`Option<i32>`) from `response` along optional structs.
fn total_expr(api: &Api, tree: &TreeIr, path: &str) -> Option<TokenStream> {
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
