//! The seam between the protocol-neutral emitters and the wire-format emitters: each function
//! dispatches on the spec's protocol (`info.protocol`). A new protocol adds a module beside `xml`
//! and an arm here.

use proc_macro2::TokenStream;

use crate::emit::xml;
use crate::ir::StructIr;
use crate::model::Protocol;

/// The fields the reply envelope adds to the reply's root struct.
pub fn reply_header(protocol: Protocol) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::reply_header(),
    }
}

/// How a received struct is decoded (an impl block).
pub fn decoder(protocol: Protocol, item: &StructIr, is_root: bool) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::decoder(item, is_root),
    }
}

/// How a sent struct is encoded (a method of its inherent impl).
pub fn encoder(protocol: Protocol, item: &StructIr) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::encoder(item),
    }
}

/// The doc line of the upload module, for upload file part `field`.
pub fn upload_module_doc(protocol: Protocol, field: &str) -> String {
    match protocol {
        Protocol::DangdangXml => xml::upload_module_doc(field),
    }
}

/// The doc line of an upload the caller writes as text, for upload file part `field`.
pub fn text_upload_doc(protocol: Protocol, field: &str) -> String {
    match protocol {
        Protocol::DangdangXml => xml::text_upload_doc(field),
    }
}

/// The upload body of the request's typed `document`.
pub fn typed_upload_body(protocol: Protocol) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::typed_upload_body(),
    }
}

/// The upload body of a `document` the caller wrote as text.
pub fn text_upload_body(protocol: Protocol) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::text_upload_body(),
    }
}

/// The expression decoding the reply `body` (typed into `Response`, or untyped).
pub fn decode_reply(protocol: Protocol, typed: bool) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::decode_reply(typed),
    }
}

/// The type of an untyped reply (the protocol's generic tree).
pub fn untyped_reply(protocol: Protocol) -> TokenStream {
    match protocol {
        Protocol::DangdangXml => xml::untyped_reply(),
    }
}

/// How the docs name the untyped reply type, as a Markdown link.
pub fn untyped_reply_doc(protocol: Protocol) -> &'static str {
    match protocol {
        Protocol::DangdangXml => xml::UNTYPED_REPLY_DOC,
    }
}
