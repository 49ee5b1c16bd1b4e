//! The `wangdian-json` wire-format emitter: serde `Deserialize` derives and field attributes for
//! reply structs (through the crate's `json::de` helpers, which accept what the gateway sends),
//! `ToJson` for structs sent in a body, and a method's `json` body: the array of its positional
//! arguments, each flattened object built field by field.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

use crate::emit::docs::code;
use crate::emit::rules::rules;
use crate::identifiers::rust_ident;
use crate::ir::{ArgIrKind, ArgType, FieldIr, FieldKind, MethodIr, ParamIr, StructIr, ValueType};

/// The type of an untyped reply or argument: a JSON value.
pub fn untyped_value() -> TokenStream {
    quote!(crate::json::Value)
}

/// How the docs link the untyped reply type.
pub const UNTYPED_REPLY_DOC: &str = "JSON [`Value`](crate::json::Value) (the reply's `data`)";

/// The expression decoding the reply `body`: the envelope into `Response`, or its `data` as a value.
pub fn decode_reply(typed: bool) -> TokenStream {
    // `Method::decode` receives replies the protocol classified as a success: the status is read once.
    if typed {
        quote!(crate::decode::classified(METHOD, body))
    } else {
        quote!(crate::decode::classified_data(METHOD, body))
    }
}

/// The summary used when the spec gives none, and the line naming the object: the reply's root is
/// the envelope, any other struct the object under a key (or each object of an array).
pub fn struct_doc_lines(wire: &str, is_root: bool) -> (String, String) {
    if is_root {
        let line = "The reply envelope: the keys below besides `status` and `message`.".to_owned();
        return ("The reply.".to_owned(), line);
    }
    (format!("The {} object.", code(wire)), format!("JSON key {}.", code(wire)))
}

/// Derives a struct needs beyond `Debug, Clone, PartialEq` (and `Default`, which `structs` decides
/// for every protocol): `Deserialize` when received.
pub fn derives(item: &StructIr) -> TokenStream {
    if item.uses.received { quote!(serde::Deserialize,) } else { TokenStream::new() }
}

/// The serde attribute of a received struct's field: its wire key (read only: `Serialize`, feature
/// `serde`, writes the Rust names as for every protocol), and the helper reading it.
pub fn field_attrs(item: &StructIr, field: &FieldIr) -> TokenStream {
    if !item.uses.received {
        return TokenStream::new();
    }
    let wire = &field.wire;
    let helper = match &field.kind {
        // A JSON value reads itself (`null` and a missing key are `None`).
        FieldKind::Value(ValueType::Json) => None,
        FieldKind::Value(ty) => {
            let (optional, required) = match ty {
                ValueType::DateTime => ("opt_time", "req_time"),
                ValueType::Bool | ValueType::Bool01 | ValueType::BoolYn | ValueType::BoolZh => ("opt_bool", "req_bool"),
                _ => ("opt", "req"),
            };
            Some(if field.required { required } else { optional })
        }
        FieldKind::Struct(_) => None,
        // Arrays of values read each as wire text (`"1"` and `1` alike); of objects, flags or JSON, as they are.
        FieldKind::Repeated(item) | FieldKind::List { item, .. } => Some(match item.as_ref() {
            FieldKind::Value(ty)
                if ty.bool_spelling().is_none() && !matches!(ty, ValueType::Bool | ValueType::Json) =>
            {
                "scalar_list"
            }
            _ => "list",
        }),
    };
    let optional = !field.required || matches!(field.kind, FieldKind::Repeated(_) | FieldKind::List { .. });
    let default = optional.then(|| quote!(default,));
    // Most wire keys are the Rust names already (`logistics_name`); only the others are renamed.
    let rename = (field.rust != *wire).then(|| quote!(rename(deserialize = #wire),));
    match helper {
        Some(helper) => {
            let path = format!("crate::json::de::{helper}");
            quote!(#[serde(#rename #default deserialize_with = #path)])
        }
        None => quote!(#[serde(#rename #default)]),
    }
}

/// `check` of a struct sent in a body (a method of its inherent impl): the spec's limits on its
/// values, checked before the body is built.
pub fn encoder(item: &StructIr) -> TokenStream {
    let checks = item.fields.iter().map(field_check);
    // Named `_method` when nothing here can fail with the method's name.
    let can_fail = checks.clone().any(|check| !check.is_empty());
    let method = rust_ident(if can_fail { "method" } else { "_method" });
    quote! {
        /// Checks the spec's limits on every value; `method` names the call in errors.
        pub(crate) fn check(&self, #method: &'static str) -> Result<(), crate::Error> {
            #(#checks)*
            Ok(())
        }
    }
}

/// `impl ToJson` for a struct sent in a body: an object with its set fields.
pub fn encoder_impl(item: &StructIr) -> TokenStream {
    if !item.uses.sent {
        return TokenStream::new();
    }
    let name = rust_ident(&item.name);
    let puts = item.fields.iter().map(|field| {
        let ident = rust_ident(&field.rust);
        let wire = &field.wire;
        let optional = !field.required && matches!(field.kind, FieldKind::Value(_) | FieldKind::Struct(_));
        if optional { quote!(object.opt(#wire, &self.#ident);) } else { quote!(object.req(#wire, &self.#ident);) }
    });
    quote! {
        impl crate::json::ToJson for #name {
            fn to_json(&self) -> crate::json::Value {
                let mut object = crate::json::Object::new();
                #(#puts)*
                object.into_value()
            }
        }
    }
}

/// The checks of one field of a sent struct: its item count, its value rules, nested structs.
fn field_check(field: &FieldIr) -> TokenStream {
    let ident = rust_ident(&field.rust);
    let wire = &field.wire;
    let rules = rules(&[], None, &field.checks);
    let value_checks = |value: TokenStream| {
        quote! { #(crate::rt::check(method, #wire, &crate::rt::wire::text(#value), &#rules)?;)* }
    };
    match &field.kind {
        FieldKind::Value(_) if rules.is_empty() => TokenStream::new(),
        FieldKind::Value(_) if field.required => value_checks(quote!(&self.#ident)),
        FieldKind::Value(_) => {
            let checks = value_checks(quote!(value));
            quote! { if let Some(value) = &self.#ident { #checks } }
        }
        FieldKind::Struct(_) if field.required => quote! { self.#ident.check(method)?; },
        FieldKind::Struct(_) => quote! { if let Some(value) = &self.#ident { value.check(method)?; } },
        FieldKind::Repeated(item) | FieldKind::List { item, .. } => {
            let count = field.max_items.map(|max| {
                let max = Literal::usize_unsuffixed(max as usize);
                quote! { crate::rt::check_count(method, #wire, self.#ident.len(), #max)?; }
            });
            let each = match item.as_ref() {
                FieldKind::Struct(_) => quote! { for value in &self.#ident { value.check(method)?; } },
                _ if rules.is_empty() => TokenStream::new(),
                _ => {
                    let checks = value_checks(quote!(value));
                    quote! { for value in &self.#ident { #checks } }
                }
            };
            quote! { #count #each }
        }
    }
}

/// `fn json`: checks every argument's values, then builds the array of positional arguments.
pub fn body_fn(method: &MethodIr) -> TokenStream {
    let mut checks = Vec::new();
    let mut objects = Vec::new();
    let mut values = Vec::new();
    for (index, arg) in method.args.iter().enumerate() {
        match &arg.kind {
            ArgIrKind::Flatten(fields) => {
                checks.extend(fields.iter().map(param_check));
                // One local per object argument, named by position (no spec name can clash with it).
                let object = rust_ident(&format!("arg{index}"));
                let puts = fields.iter().map(|param| {
                    let (wire, ident) = (&param.wire, rust_ident(&param.rust));
                    let put = if param.required { quote!(req) } else { quote!(opt) };
                    quote!(#object.#put(#wire, &self.#ident);)
                });
                objects.push(quote! {
                    let mut #object = crate::json::Object::new();
                    #(#puts)*
                });
                values.push(quote!(#object.into_value()));
            }
            ArgIrKind::Field(field) => {
                let ident = rust_ident(&field.rust);
                if let ArgType::Value(ty) = &field.ty {
                    let rules = rules(&[], None, &field.checks);
                    checks.push(value_check(&arg.name, ty, field.required, &ident, &rules));
                }
                if let ArgType::List(_) = field.ty {
                    checks.push(if field.required {
                        quote! { for item in &self.#ident { item.check(METHOD)?; } }
                    } else {
                        quote! { for item in self.#ident.iter().flatten() { item.check(METHOD)?; } }
                    });
                }
                values.push(quote!(crate::json::ToJson::to_json(&self.#ident)));
            }
        }
    }
    quote! {
        fn json(&self) -> Result<Option<String>, crate::Error> {
            #(#checks)*
            #(#objects)*
            Ok(Some(crate::json::body(vec![#(#values),*])))
        }
    }
}

/// The checks of one field of a flattened argument, on its wire text (as for query parameters).
fn param_check(param: &ParamIr) -> TokenStream {
    let rules = rules(&param.allowed, param.max_items, &param.checks);
    value_check(&param.wire, &param.ty, param.required, &rust_ident(&param.rust), &rules)
}

/// Checks of `self.<ident>` (a value, `Option` unless `required`) against `rules`, named `wire` in errors.
fn value_check(wire: &str, ty: &ValueType, required: bool, ident: &Ident, rules: &[TokenStream]) -> TokenStream {
    if rules.is_empty() || ty.bool_spelling().is_some() || matches!(ty, ValueType::Bool | ValueType::Json) {
        return TokenStream::new();
    }
    let check =
        |value: TokenStream| quote! { #(crate::rt::check(METHOD, #wire, &crate::rt::wire::text(#value), &#rules)?;)* };
    if required {
        check(quote!(&self.#ident))
    } else {
        let checks = check(quote!(value));
        quote! { if let Some(value) = &self.#ident { #checks } }
    }
}
