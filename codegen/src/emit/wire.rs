//! The seam between the protocol-neutral emitters and the wire-format emitters: each function
//! dispatches on the spec's protocol (`info.protocol`). A new protocol adds a module beside `xml`
//! and `json` and an arm here.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::{json, xml};
use crate::ir::{FieldIr, MethodIr, StructIr};
use crate::model::Protocol;

/// The summary used when the spec gives none, and the line naming the struct's wire form.
pub fn struct_doc_lines(protocol: Protocol, wire: &str, is_root: bool) -> (String, String) {
    match protocol {
        Protocol::DangdangXml => xml::struct_doc_lines(wire),
        Protocol::WangdianJson => json::struct_doc_lines(wire, is_root),
    }
}

/// The fields the reply envelope adds to the reply's root struct.
pub fn reply_header(protocol: Protocol) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::reply_header(),
        // The envelope's `status` and `message` are the protocol's; the root holds the rest.
        Protocol::WangdianJson => TokenStream::new(),
    }
}

/// Derives a struct needs beyond `Debug, Clone, PartialEq` (and `Default` for sent ones).
pub fn derives(protocol: Protocol, item: &StructIr) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => TokenStream::new(),
        Protocol::WangdianJson => json::derives(item),
    }
}

/// A struct's serde derives behind the API crate's `serde` feature.
pub fn serde_attrs(protocol: Protocol, item: &StructIr) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::serde_attrs(item),
        Protocol::WangdianJson => crate::emit::structs::serialize_attr(),
    }
}

/// Attributes on one field of a struct.
pub fn field_attrs(protocol: Protocol, item: &StructIr, field: &FieldIr) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::field_attrs(item, field),
        Protocol::WangdianJson => json::field_attrs(item, field),
    }
}

/// How a received struct is decoded (an impl block; nothing when derived).
pub fn decoder(protocol: Protocol, item: &StructIr, is_root: bool) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::decoder(item, is_root),
        Protocol::WangdianJson => TokenStream::new(),
    }
}

/// How a sent struct is encoded: a method of its inherent impl.
pub fn encoder(protocol: Protocol, item: &StructIr) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::encoder(item),
        Protocol::WangdianJson => json::encoder(item),
    }
}

/// How a sent struct is encoded: impl blocks of its own.
pub fn encoder_impl(protocol: Protocol, item: &StructIr) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => TokenStream::new(),
        Protocol::WangdianJson => json::encoder_impl(item),
    }
}

/// The doc line of the upload module, for upload file part `field`.
pub fn upload_module_doc(protocol: Protocol, field: &str) -> String {
    match protocol {
        Protocol::DangdangXml | Protocol::WangdianJson => xml::upload_module_doc(field),
    }
}

/// The doc line of an upload the caller writes as text, for upload file part `field`.
pub fn text_upload_doc(protocol: Protocol, field: &str) -> String {
    match protocol {
        Protocol::DangdangXml | Protocol::WangdianJson => xml::text_upload_doc(field),
    }
}

/// The upload body of the request's typed `document` (validation admits uploads for XML only).
pub fn typed_upload_body(protocol: Protocol) -> TokenStream {
    match protocol {
        Protocol::DangdangXml | Protocol::WangdianJson => xml::typed_upload_body(),
    }
}

/// The upload body of a `document` the caller wrote as text.
pub fn text_upload_body(protocol: Protocol) -> TokenStream {
    match protocol {
        Protocol::DangdangXml | Protocol::WangdianJson => xml::text_upload_body(),
    }
}

/// The `json` method of `impl Method` (the body), or nothing when the protocol sends none.
pub fn body_fn(protocol: Protocol, method: &MethodIr) -> Option<TokenStream> {
    match protocol {
        Protocol::DangdangXml => None,
        Protocol::WangdianJson => Some(json::body_fn(method)),
    }
}

/// The expression decoding the reply `body` (typed into `Response`, or untyped).
pub fn decode_reply(protocol: Protocol, typed: bool) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::decode_reply(typed),
        Protocol::WangdianJson => json::decode_reply(typed),
    }
}

/// The type of an untyped reply (the protocol's generic tree).
pub fn untyped_reply(protocol: Protocol) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::untyped_reply(),
        Protocol::WangdianJson => json::untyped_value(),
    }
}

/// The type of an untyped body argument.
pub fn untyped_value(protocol: Protocol) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::untyped_reply(),
        Protocol::WangdianJson => json::untyped_value(),
    }
}

/// How the docs name the untyped reply type, as a Markdown link.
pub fn untyped_reply_doc(protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::DangdangXml => xml::UNTYPED_REPLY_DOC,
        Protocol::WangdianJson => json::UNTYPED_REPLY_DOC,
    }
}

/// The list of reply element names holding personal text, for protocols whose generic tree hides
/// them (`XmlElement`'s `Debug`).
pub fn personal_registry(protocol: Protocol, names: &[&str]) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => quote! {
            /// Names of the reply elements the spec marks `personal: true`, sorted: an
            /// [`XmlElement`](crate::XmlElement) of one of these names hides its text in `Debug`.
            pub(crate) const PERSONAL_ELEMENTS: &[&str] = &[#(#names),*];
        },
        Protocol::WangdianJson => TokenStream::new(),
    }
}
