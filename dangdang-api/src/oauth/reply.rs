//! Token-endpoint replies: the raw body, the code-exchange reply and the refresh reply.

use std::fmt;

use bytes::Bytes;
use serde_json::{Map, Value};

use super::{AccessToken, OAuthError, decode_text, edition_sign, sign_matches};

/// A reply body of the token endpoint, kept for diagnosis.
///
/// `Debug` shows only its size and, when it is a JSON object, its field names (values could hold
/// tokens under names nobody has published). Read the content with [`ReplyBody::text`].
#[derive(Clone, PartialEq, Eq)]
pub struct ReplyBody(pub(super) Bytes);

impl ReplyBody {
    /// The bytes as received.
    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// The body as text: UTF-8, or GBK when the bytes are not UTF-8.
    pub fn text(&self) -> String {
        decode_text(&self.0)
    }

    /// The body parsed as a JSON object, if it is one.
    pub fn json(&self) -> Option<Map<String, Value>> {
        match serde_json::from_str(&self.text()) {
            Ok(Value::Object(map)) => Some(map),
            _ => None,
        }
    }
}

impl fmt::Debug for ReplyBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.json() {
            Some(map) => {
                write!(f, "ReplyBody({} bytes, JSON fields {:?})", self.0.len(), map.keys().collect::<Vec<_>>())
            }
            None => write!(f, "ReplyBody({} bytes, not a JSON object)", self.0.len()),
        }
    }
}

/// The reply to [`OAuthClient::exchange_code`](super::OAuthClient::exchange_code): the access token plus the whole JSON object.
///
/// Only `accessToken` is documented; expiry and refresh-token fields (if any) have unknown names,
/// so look them up in [`TokenReply::json`]. `Debug` shows the field names, never their values.
#[derive(Clone, PartialEq)]
pub struct TokenReply {
    pub(super) access_token: AccessToken,
    pub(super) json: Map<String, Value>,
}

impl TokenReply {
    /// `accessToken`: pass [`AccessToken::secret`] as `session` to [`Client::builder`](crate::Client::builder).
    pub fn access_token(&self) -> &AccessToken {
        &self.access_token
    }

    /// The access token, by value.
    pub fn into_access_token(self) -> AccessToken {
        self.access_token
    }

    /// The whole reply object, `accessToken` included.
    pub fn json(&self) -> &Map<String, Value> {
        &self.json
    }

    /// One field of the reply.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.json.get(name)
    }
}

impl fmt::Debug for TokenReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TokenReply")
            .field("access_token", &self.access_token)
            .field("json_fields", &self.json.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// The reply to [`OAuthClient::refresh`](super::OAuthClient::refresh).
///
/// The documented fields are `shop_id`, `app_id`, `edition_id`, `edition_end_date` and `sign`
/// (HEGEL); their JSON types are not, so strings and numbers are both read (numbers as written).
/// Fields are public so a caller can inspect them; [`RefreshReply::verify_sign`] checks them
/// against `sign`. Whether the reply carries a new token is unknown: [`RefreshReply::access_token`]
/// is `accessToken` when present. `Debug` shows the edition fields and the JSON field names only.
#[derive(Clone, PartialEq)]
pub struct RefreshReply {
    /// `shop_id`.
    pub shop_id: Option<String>,
    /// `app_id`.
    pub app_id: Option<String>,
    /// `edition_id`.
    pub edition_id: Option<String>,
    /// `edition_end_date` (format not documented).
    pub edition_end_date: Option<String>,
    /// `sign`, see [`edition_sign`].
    pub sign: Option<String>,
    access_token: Option<AccessToken>,
    json: Map<String, Value>,
}

impl RefreshReply {
    /// `accessToken`, if the reply has one (not documented for refresh replies).
    pub fn access_token(&self) -> Option<&AccessToken> {
        self.access_token.as_ref()
    }

    /// The whole reply object.
    pub fn json(&self) -> &Map<String, Value> {
        &self.json
    }

    /// One field of the reply.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.json.get(name)
    }

    /// Checks `sign` against [`edition_sign`] of the four edition fields (hex case ignored).
    ///
    /// Fails with [`OAuthError::SignFieldMissing`] when `sign` or one of the fields is absent
    /// (what the server signs in that case is unknown) and [`OAuthError::SignMismatch`] otherwise.
    pub fn verify_sign(&self, app_secret: &str) -> Result<(), OAuthError> {
        let received = signed_field(&self.sign, "sign")?;
        let expected = edition_sign(
            app_secret,
            signed_field(&self.shop_id, "shop_id")?,
            signed_field(&self.app_id, "app_id")?,
            signed_field(&self.edition_id, "edition_id")?,
            signed_field(&self.edition_end_date, "edition_end_date")?,
        );
        if sign_matches(received, &expected) {
            Ok(())
        } else {
            Err(OAuthError::SignMismatch { received: received.to_owned() })
        }
    }

    pub(super) fn from_json(json: Map<String, Value>) -> RefreshReply {
        let text = |name: &str| match json.get(name) {
            Some(Value::String(text)) => Some(text.clone()),
            Some(Value::Number(number)) => Some(number.to_string()),
            _ => None,
        };
        RefreshReply {
            shop_id: text("shop_id"),
            app_id: text("app_id"),
            edition_id: text("edition_id"),
            edition_end_date: text("edition_end_date"),
            sign: text("sign"),
            access_token: json.get("accessToken").and_then(Value::as_str).map(AccessToken::new),
            json,
        }
    }
}

fn signed_field<'a>(value: &'a Option<String>, name: &'static str) -> Result<&'a str, OAuthError> {
    value.as_deref().ok_or(OAuthError::SignFieldMissing { field: name })
}

impl fmt::Debug for RefreshReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RefreshReply")
            .field("shop_id", &self.shop_id)
            .field("app_id", &self.app_id)
            .field("edition_id", &self.edition_id)
            .field("edition_end_date", &self.edition_end_date)
            .field("sign", &self.sign)
            .field("access_token", &self.access_token)
            .field("json_fields", &self.json.keys().collect::<Vec<_>>())
            .finish()
    }
}
