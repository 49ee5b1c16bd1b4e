//! Emitters: the IR becomes token streams, rendered by prettyplease into the generated files.

mod catalog;
mod client;
mod docs;
mod failures;
mod json;
mod markdown;
mod method;
mod method_impl;
mod pagination;
mod reply_json;
mod request;
mod rules;
mod structs;
mod tables;
mod types;
mod wire;
mod xml;

use std::path::PathBuf;

use proc_macro2::TokenStream;
use quote::quote;

use crate::identifiers::rust_ident;
use crate::ir::{Api, FieldKind, StructIr, ValueType};
use crate::{ApiPaths, GeneratedFile};

/// Where the shared shapes live, below the crate root (`crate::generated::shapes`).
pub const SHAPES_MODULE: [&str; 2] = ["generated", "shapes"];

/// Every generated file, in a fixed order; `Err` names a file the emitter got wrong (a generator
/// bug: validation admits only specs whose output parses, see `tests/names_property.rs`).
pub fn files(api: &Api) -> Result<Vec<GeneratedFile>, String> {
    let (rust, markdown) = tokens(api);
    let mut files = rust.into_iter().map(|file| render(api, file)).collect::<Result<Vec<_>, _>>()?;
    files.push(markdown);
    let paths = ApiPaths::for_protocol(api.protocol);
    files.push(GeneratedFile { path: PathBuf::from(paths.surface), contents: crate::surface::render(api) });
    Ok(files)
}

/// A generated Rust file as tokens, before it is rendered.
#[derive(Debug, Clone)]
pub struct RustTokens {
    /// Path relative to the workspace root.
    pub path: PathBuf,
    /// The file's items.
    pub tokens: TokenStream,
    /// The rows of each code table the file holds, in order, laid out one per line.
    pub tables: Vec<Vec<String>>,
}

impl RustTokens {
    /// A file without code tables.
    pub fn new(path: PathBuf, tokens: TokenStream) -> RustTokens {
        RustTokens { path, tokens, tables: Vec::new() }
    }
}

/// The emit phase: every Rust file as tokens, in a fixed order, and the methods table (Markdown).
pub fn tokens(api: &Api) -> (Vec<RustTokens>, GeneratedFile) {
    let paths = ApiPaths::for_protocol(api.protocol);
    let out = PathBuf::from(paths.output_dir);
    let mut files = vec![
        RustTokens::new(out.join("mod.rs"), root_module(api)),
        RustTokens {
            path: out.join("types.rs"),
            tokens: types::types_file(api),
            tables: api.enums.iter().map(tables::rows).collect(),
        },
        RustTokens::new(out.join("shapes.rs"), shapes_file(api)),
        RustTokens::new(out.join("catalog.rs"), catalog::catalog_file(api)),
        RustTokens::new(out.join("client.rs"), client::client_file(api)),
        RustTokens::new(out.join("reply_json.rs"), reply_json::reply_json_file(api)),
    ];
    for group in &api.groups {
        let methods: Vec<_> = api.methods.iter().filter(|m| m.group == group.module).collect();
        let dir = out.join(&group.module);
        let description = docs::inner_doc_attrs(&[docs::prose(&group.description)]);
        let modules = methods.iter().map(|m| {
            let ident = rust_ident(&m.rust);
            quote! { #[rustfmt::skip] pub mod #ident; }
        });
        files.push(RustTokens::new(dir.join("mod.rs"), quote! { #description #(#modules)* }));
        for method in methods {
            files.push(RustTokens::new(dir.join(format!("{}.rs", method.rust)), method::method_file(api, method)));
        }
    }
    let markdown = GeneratedFile { path: PathBuf::from(paths.methods_doc), contents: markdown::methods_table(api) };
    (files, markdown)
}

/// The render phase for one Rust file: tokens → `syn::File` → prettyplease, after the preamble
/// naming the spec and the command.
pub fn render(api: &Api, file: RustTokens) -> Result<GeneratedFile, String> {
    let RustTokens { path, tokens, tables } = file;
    let parsed: syn::File = syn::parse2(tokens)
        .map_err(|error| format!("the emitter produced invalid Rust for {}: {error}", path.display()))?;
    let mut printed = prettyplease::unparse(&parsed);
    if !tables.is_empty() {
        printed = tables::lay_out(&printed, &tables).map_err(|error| format!("{}: {error}", path.display()))?;
    }
    let body = space_items(&printed);
    let contents = format!("{}\n{body}", preamble(api));
    Ok(GeneratedFile { path, contents })
}

/// Puts a blank line between items (prettyplease prints none), as a person would write them: after
/// the module docs, and before a documented or attributed item that follows a closed item.
fn space_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous = "";
    for line in text.lines() {
        let current = line.trim_start();
        let item_start =
            ["///", "#[", "pub ", "impl ", "fn ", "static ", "const ", "mod "].iter().any(|p| current.starts_with(p));
        let after_item = !previous.starts_with("//") && (previous.ends_with('}') || previous.ends_with(';'));
        let after_module_docs = previous.starts_with("//!") && !current.starts_with("//!");
        if (item_start && after_item) || after_module_docs {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = current;
    }
    out
}

/// The first lines of every generated file.
pub fn preamble(api: &Api) -> String {
    format!(
        "// @generated from {} by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.\n",
        api.spec_file
    )
}

fn root_module(api: &Api) -> TokenStream {
    let groups = api.groups.iter().map(|group| {
        let feature = &group.module;
        let ident = rust_ident(&group.module);
        quote! { #[cfg(feature = #feature)] #[rustfmt::skip] pub mod #ident; }
    });
    let entries = api.methods.iter().map(catalog::const_ident);
    let count = api.methods.len();
    let personal = wire::personal_registry(api.protocol, &personal_elements(api));
    quote! {
        #![doc = " Code generated from the spec: one module per group (each behind a cargo feature of the same"]
        #![doc = " name), one submodule per method, the shared code tables in [`types`] and the shared shapes in"]
        #![doc = " [`shapes`] (re-exported by the methods that use them), what the spec says of each method in"]
        #![doc = " [`catalog`], the `Client` methods in `client` and, with feature `serde`, typed replies as JSON"]
        #![doc = " by method name in `reply_json`."]

        #[rustfmt::skip] pub mod types;
        #[rustfmt::skip] pub mod shapes;
        #[rustfmt::skip] pub mod catalog;
        #[rustfmt::skip] mod client;
        #[cfg(feature = "serde")] #[rustfmt::skip] pub mod reply_json;
        #(#groups)*

        /// Every method in the spec, in spec order, whatever features are enabled.
        pub const METHODS: [crate::MethodInfo; #count] = [#(catalog::#entries),*];

        #personal
    }
}

/// `generated/shapes.rs`: the structs several methods share, defined once.
fn shapes_file(api: &Api) -> TokenStream {
    let structs = api.shapes.iter().map(|shared| {
        // Only the features of the methods using a shape compile it.
        let features: Vec<_> = shared.groups.iter().collect();
        let cfg = match features.as_slice() {
            [one] => quote!(#[cfg(feature = #one)]),
            many => quote!(#[cfg(any(#(feature = #many),*))]),
        };
        structs::struct_tokens(api.protocol, &shared.item, false, Some(&cfg))
    });
    quote! {
        #![doc = " Shapes several methods share, from the spec's `shapes:` section: each struct is defined once"]
        #![doc = " here and re-exported by the `upload` module or the reply of every method that uses it."]
        #(#structs)*
    }
}

/// Every reply element name that holds personal text in some method, sorted and once each.
fn personal_elements(api: &Api) -> Vec<&str> {
    fn is_personal(kind: &FieldKind) -> bool {
        match kind {
            FieldKind::Value(ty) => *ty == ValueType::PersonalText,
            FieldKind::Repeated(item) | FieldKind::List { item, .. } => is_personal(item),
            FieldKind::Struct(_) => false,
        }
    }
    let replies = api.methods.iter().filter_map(|m| m.response.as_ref()).flat_map(|tree| &tree.structs);
    let shared = api.shapes.iter().map(|s| &s.item).filter(|s| s.uses.received);
    let fields = replies.chain(shared).flat_map(|s: &StructIr| &s.fields);
    let names: std::collections::BTreeSet<&str> = fields
        .filter(|field| is_personal(&field.kind))
        .map(|field| match &field.kind {
            FieldKind::List { item_wire, .. } => item_wire.as_str(),
            _ => field.wire.as_str(),
        })
        .collect();
    names.into_iter().collect()
}
