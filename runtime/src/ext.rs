//! Extension traits that give every generated request `send`, and every list request `pages` and
//! `items` (with blocking twins), written once here instead of once per method.

use std::future::Future;

use futures_util::Stream;

use crate::{Client, Error, Method, Paged, paginate};

/// `request.send(&client)` for every [`Method`]; the same as [`Client::send`].
pub trait SendRequest: Method {
    /// Sends this request and decodes the reply.
    fn send<'a>(&self, client: &'a Client) -> impl Future<Output = Result<Self::Response, Error>> + Send + 'a {
        client.send(self)
    }

    /// Sends this request and waits for the reply, without an async runtime (feature `blocking`).
    #[cfg(feature = "blocking")]
    fn send_blocking(&self, client: &crate::blocking::Client) -> Result<Self::Response, Error> {
        client.block_on(client.inner().send(self))
    }
}

impl<M: Method + ?Sized> SendRequest for M {}

/// `pages` and `items` for every [`Paged`] request.
pub trait Paginate: Paged
where
    Self::Response: Send + 'static,
{
    /// Every page from this request's page (default the first) to the last, keeping every other
    /// parameter; stops with [`Error::Pagination`] if the server repeats a page.
    fn pages(&self, client: &Client) -> impl Stream<Item = Result<Self::Response, Error>> + Send + 'static {
        paginate::pages(client.clone(), self.clone())
    }

    /// Every record of every page, in order (see [`Paginate::pages`]).
    fn items(&self, client: &Client) -> impl Stream<Item = Result<Self::Item, Error>> + Send + 'static {
        paginate::items(client.clone(), self.clone())
    }

    /// Blocking [`Paginate::pages`]: an iterator of pages (feature `blocking`).
    #[cfg(feature = "blocking")]
    fn pages_blocking<'a>(
        &self,
        client: &'a crate::blocking::Client,
    ) -> impl Iterator<Item = Result<Self::Response, Error>> + 'a {
        client.iter(Box::pin(paginate::pages(client.inner().clone(), self.clone())))
    }

    /// Blocking [`Paginate::items`]: an iterator of records (feature `blocking`).
    #[cfg(feature = "blocking")]
    fn items_blocking<'a>(
        &self,
        client: &'a crate::blocking::Client,
    ) -> impl Iterator<Item = Result<Self::Item, Error>> + 'a {
        client.iter(Box::pin(paginate::items(client.inner().clone(), self.clone())))
    }
}

impl<P: Paged> Paginate for P where P::Response: Send + 'static {}
