//! Emits `Response::failures` for a batch reply: the entries of its per-item result list whose
//! result code (`operCode`, `orderOperCode`, `QAOperCode`, …) is not `0`, each with its code.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::docs::{code, doc_attrs};
use crate::emit::structs::item_type_of;
use crate::emit::types::rust_type;
use crate::identifiers::rust_ident;
use crate::ir::{Api, FieldIr, FieldKind, StructIr, TreeIr, ValueType};
use crate::naming;

/// The result code every protocol source agrees means success (protocol §7: `operCode` 0 = success).
const SUCCESS: &str = "0";

/// A list of entries reached from the root through single structs, whose entries carry a result code.
struct Batch<'a> {
    /// The single structs on the way, as fields.
    parents: Vec<&'a FieldIr>,
    /// The list field.
    list: &'a FieldIr,
    /// The entries' struct.
    entry: &'a StructIr,
    /// The entries' result-code field and its code table.
    code: (&'a FieldIr, &'a str),
}

/// True when some method's reply is a batch (and `types.rs` needs [`failed_helper`]).
pub fn any_batch(api: &Api) -> bool {
    api.methods
        .iter()
        .filter_map(|m| m.response.as_ref())
        .any(|tree| find_batch(api, tree, tree.root(), Vec::new()).is_some())
}

/// The helper every `failures` calls: the entries whose code is not success, each with its code.
pub fn failed_helper() -> TokenStream {
    let docs = doc_attrs(&[format!(
        "The entries of a batch reply whose result code (read by `code`) is set and not `{SUCCESS}`, each with its code."
    )]);
    quote! {
        #docs
        #[allow(dead_code, reason = "used by the groups with batch replies, which cargo features may leave out")]
        pub(crate) fn failed<'a, T, C: crate::CodeTable>(
            entries: impl Iterator<Item = &'a T>,
            code: impl Fn(&'a T) -> Option<&'a C>,
        ) -> Vec<(&'a T, &'a C)> {
            entries.filter_map(|entry| code(entry).filter(|code| crate::CodeTable::code(*code) != #SUCCESS).map(|code| (entry, code))).collect()
        }
    }
}

/// `impl Response { pub fn failures(&self) … }` for a reply holding a batch, else nothing.
pub fn failures_tokens(api: &Api, tree: &TreeIr) -> TokenStream {
    let Some(batch) = find_batch(api, tree, tree.root(), Vec::new()) else { return TokenStream::new() };
    let (code_field, table) = batch.code;
    let code_type = rust_type(&ValueType::Enum(table.to_owned()));
    let entry_type = item_type_of(&FieldKind::Struct(batch.entry.name.clone()));
    let list = rust_ident(&batch.list.rust);
    let entries = match batch.parents.split_first() {
        None => quote!(self.#list.iter()),
        Some((first, rest)) => {
            let ident = rust_ident(&first.rust);
            let start = if first.required { quote!(Some(&self.#ident)) } else { quote!(self.#ident.as_ref()) };
            let steps = rest.iter().map(|field| {
                let ident = rust_ident(&field.rust);
                if field.required { quote!(.map(|v| &v.#ident)) } else { quote!(.and_then(|v| v.#ident.as_ref())) }
            });
            quote!(#start #(#steps)* .map(|v| v.#list.as_slice()).unwrap_or_default().iter())
        }
    };
    let code_ident = rust_ident(&code_field.rust);
    let code_of =
        if code_field.required { quote!(Some(&entry.#code_ident)) } else { quote!(entry.#code_ident.as_ref()) };
    let list_wire = match &batch.list.kind {
        FieldKind::List { item_wire, .. } => format!("{} › {}", code(&batch.list.wire), code(&format!("{item_wire}*"))),
        _ => code(&format!("{}*", batch.list.wire)),
    };
    let docs = doc_attrs(&[
        format!(
            "The entries of {list_wire} that failed: those whose {} is not `{SUCCESS}` (success), each with its code.",
            code(&code_field.wire)
        ),
        String::new(),
        format!(
            "[`{table}::meaning`](crate::types::{table}::meaning) says what a known code means; an unknown one is `{table}::Other` with the raw code."
        ),
    ]);
    let root = rust_ident(&tree.root().name);
    quote! {
        impl #root {
            #docs
            pub fn failures(&self) -> Vec<(&#entry_type, &#code_type)> {
                crate::types::failed(#entries, |entry| #code_of)
            }
        }
    }
}

/// The first batch list under `item` (depth first, through single structs only).
fn find_batch<'a>(api: &'a Api, tree: &'a TreeIr, item: &'a StructIr, parents: Vec<&'a FieldIr>) -> Option<Batch<'a>> {
    let lookup = |name: &str| tree.structs.iter().find(|s| s.name == name).or_else(|| api.shape(name));
    for field in &item.fields {
        let entry = match &field.kind {
            FieldKind::List { item, .. } | FieldKind::Repeated(item) => match item.as_ref() {
                FieldKind::Struct(name) => lookup(name),
                _ => None,
            },
            _ => None,
        };
        if let Some(entry) = entry {
            if let Some(code) = result_code(api, entry) {
                return Some(Batch { parents, list: field, entry, code });
            }
        }
    }
    for field in &item.fields {
        if let FieldKind::Struct(name) = &field.kind {
            let mut next = parents.clone();
            next.push(field);
            if let Some(batch) = lookup(name).and_then(|inner| find_batch(api, tree, inner, next)) {
                return Some(batch);
            }
        }
    }
    None
}

/// The result-code field of an entry struct, typed by a code table that knows `0`.
fn result_code<'a>(api: &'a Api, entry: &'a StructIr) -> Option<(&'a FieldIr, &'a str)> {
    entry.fields.iter().find_map(|field| match &field.kind {
        FieldKind::Value(ValueType::Enum(table)) if naming::is_result_code(&field.wire) => {
            let knows_success =
                api.enums.iter().any(|e| &e.name == table && e.variants.iter().any(|v| v.code == SUCCESS));
            knows_success.then_some((field, table.as_str()))
        }
        _ => None,
    })
}
