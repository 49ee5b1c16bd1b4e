//! OAuth 2.0 (Dangdang's camelCase variant): authorize URLs, callbacks, code exchange and refresh.
