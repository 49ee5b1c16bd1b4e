//! The contract between generated code and the runtime: `MethodInfo` (what the spec says of a
//! method), the `Method` trait every generated request implements and `Paged` for list methods.

use std::fmt::Debug;

use crate::{Error, Params, RawBody, Upload};

/// How a request travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transport {
    /// Every parameter in the query string of a GET.
    Get,
    /// Every parameter in an `application/x-www-form-urlencoded` POST body.
    PostForm,
    /// A POST with every parameter in the query string and an empty body.
    PostQuery,
    /// A POST with the parameters in the query string and [`Call::json`](crate::Call::json) as an
    /// `application/json` body (Wangdian).
    PostJson,
    /// `multipart/form-data` POST: parameters in the query string, the document as a file part.
    Multipart,
}

/// Whether a method changes data on the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Safety {
    /// Reads only: retried after transient failures.
    Read,
    /// Changes data: never retried once it may have reached the server (no idempotency keys).
    Write,
}

/// How much of a method is publicly known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Provenance {
    /// Parameters and response known.
    Documented,
    /// Some of parameters, response or verb known.
    Partial,
    /// Nothing public: raw parameters in, a generic tree out.
    Unknown,
}

/// What the spec says about one method, as data (each API crate lists them all in `METHODS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MethodInfo {
    /// Dotted name, `dangdang.orders.list.get`.
    pub name: &'static str,
    /// The legacy URL this method replaces, for APIs that had one.
    pub legacy_url: Option<&'static str>,
    /// The Rust name of the method and its module, `orders_list_get`.
    pub rust_name: &'static str,
    /// Group module and cargo feature.
    pub group: &'static str,
    /// How the request travels.
    pub transport: Transport,
    /// Read or write.
    pub safety: Safety,
    /// How much is publicly known.
    pub provenance: Provenance,
    /// Multipart field of the uploaded document.
    pub upload_field: Option<&'static str>,
    /// Whether the response is typed (otherwise a generic tree).
    pub typed_response: bool,
}

/// A request of one API method: what generated code declares and the runtime sends.
///
/// Implemented by every generated `Request`; call it through [`Client::send`](crate::Client::send)
/// or [`SendRequest::send`](crate::SendRequest::send). The runtime turns it into a [`Call`](crate::Call)
/// (a plain description, so the sending code is compiled once, not once per method).
pub trait Method {
    /// The decoded reply.
    type Response;
    /// What the spec says about the method.
    const INFO: MethodInfo;
    /// Writes the business parameters, checking the spec's client-side rules.
    fn write(&self, params: &mut Params) -> Result<(), Error>;
    /// The uploaded document of a multipart method.
    fn upload(&self) -> Result<Option<Upload>, Error> {
        Ok(None)
    }
    /// The JSON request body of a method that sends one (Wangdian: the array of positional
    /// arguments), exactly the text to sign and send.
    fn json(&self) -> Result<Option<String>, Error> {
        Ok(None)
    }
    /// Decodes a reply the protocol classified as a success.
    fn decode(body: &RawBody) -> Result<Self::Response, Error>;
}

/// The total a page states: how many pages, or how many records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Total {
    /// The number of pages.
    Pages(i64),
    /// The number of records across all pages (pages then follow from the page size).
    Records(i64),
    /// The page states no total: the walk ends at an empty or short page.
    Unknown,
}

impl Total {
    /// `Pages` when the reply has a page count.
    pub fn pages(count: Option<impl Into<i64>>) -> Total {
        count.map_or(Total::Unknown, |count| Total::Pages(count.into()))
    }

    /// `Records` when the reply has a record count.
    pub fn records(count: Option<impl Into<i64>>) -> Total {
        count.map_or(Total::Unknown, |count| Total::Records(count.into()))
    }
}

/// A page-numbered list method: how the runtime walks its pages ([`Paginate`](crate::Paginate)).
pub trait Paged: Method + Clone + Send + Sync + 'static
where
    Self::Response: Send + 'static,
{
    /// One record of a page.
    type Item: Debug + Send + 'static;
    /// The number of the first page: 0 or 1.
    const FIRST_PAGE: i32;
    /// The request's page number, if set.
    fn page(&self) -> Option<i32>;
    /// Sets the page number.
    fn set_page(&mut self, page: i32);
    /// The request's page size, if set (used with [`Total::Records`] and to spot a short last page).
    fn page_size(&self) -> Option<i32> {
        None
    }
    /// The total a reply states.
    fn total(response: &Self::Response) -> Total;
    /// The records of a page (moved out of it by [`Paginate::items`](crate::Paginate::items)).
    fn items(response: &mut Self::Response) -> &mut Vec<Self::Item>;
}
