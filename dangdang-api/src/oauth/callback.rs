//! `Callback`: the parameters Dangdang sends to the callback (`redirectUrl`), parsed and checked.

use std::fmt;

use super::OAuthError;

/// The parameters Dangdang sends to the callback (`redirectUrl`).
///
/// For the server-side flow the known parameters are `code` plus `sign`, `app_id`, `shop_id`,
/// `edition_id`, `edition_status`, `edition_name`, `edition_end_date` (HEGEL). Their formats are
/// not documented, so they stay strings. `state` is not in that list: it is read in case Dangdang
/// echoes the authorize URL's value back as OAuth 2.0 does, which no source shows (so
/// [`Callback::check_state`] may fail against the real server for want of a `state`).
/// Every parameter, known or not, is kept in wire order ([`Callback::params`]): the client-side
/// flow's token arrives under a name nobody has published.
///
/// Whether the callback's `sign` follows the refresh reply's rule ([`edition_sign`](super::edition_sign)) is not
/// documented; the same edition fields appear in both, so it can be tried by hand.
///
/// `Debug` shows the known fields except `code`, and only the names of the raw parameters.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Callback {
    /// `code`: the authorization code (server-side flow).
    pub code: Option<String>,
    /// `state`, as passed to the authorize URL.
    pub state: Option<String>,
    /// `sign`.
    pub sign: Option<String>,
    /// `app_id`.
    pub app_id: Option<String>,
    /// `shop_id`: the authorizing shop.
    pub shop_id: Option<String>,
    /// `edition_id`: the purchased edition of the app.
    pub edition_id: Option<String>,
    /// `edition_status`.
    pub edition_status: Option<String>,
    /// `edition_name`.
    pub edition_name: Option<String>,
    /// `edition_end_date`.
    pub edition_end_date: Option<String>,
    params: Vec<(String, String)>,
}

impl Callback {
    /// Parses a query string (a leading `?` or `#` is ignored). Values are percent-decoded
    /// (`+` is a space) and read as UTF-8, or as GBK when the bytes are not UTF-8. When a name
    /// repeats, the typed fields take its first value; [`Callback::params`] keeps all.
    ///
    /// ```
    /// use dangdang_api::oauth::Callback;
    ///
    /// let callback = Callback::from_query("code=C0DE&state=abc&shop_id=1234&edition_name=%E6%A0%87%E5%87%86%E7%89%88");
    /// assert_eq!(callback.code.as_deref(), Some("C0DE"));
    /// assert_eq!(callback.shop_id.as_deref(), Some("1234"));
    /// assert_eq!(callback.edition_name.as_deref(), Some("标准版"));
    /// ```
    pub fn from_query(query: &str) -> Callback {
        let query = query.strip_prefix(['?', '#']).unwrap_or(query);
        Callback::from_pairs(parse_urlencoded(query))
    }

    /// Parses the query **and** the `#fragment` of a whole redirect URL (the client-side flow
    /// may use either; query parameters come first).
    pub fn from_url(url: &str) -> Callback {
        let (before_fragment, fragment) = url.split_once('#').unwrap_or((url, ""));
        let query = before_fragment.split_once('?').map(|(_, query)| query).unwrap_or("");
        let mut pairs = parse_urlencoded(query);
        pairs.extend(parse_urlencoded(fragment));
        Callback::from_pairs(pairs)
    }

    /// Builds from already decoded pairs (e.g. a web framework's query extractor).
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Callback
    where
        K: Into<String>,
        V: Into<String>,
    {
        let mut callback = Callback::default();
        for (name, value) in pairs {
            let (name, value) = (name.into(), value.into());
            let slot = match name.as_str() {
                "code" => Some(&mut callback.code),
                "state" => Some(&mut callback.state),
                "sign" => Some(&mut callback.sign),
                "app_id" => Some(&mut callback.app_id),
                "shop_id" => Some(&mut callback.shop_id),
                "edition_id" => Some(&mut callback.edition_id),
                "edition_status" => Some(&mut callback.edition_status),
                "edition_name" => Some(&mut callback.edition_name),
                "edition_end_date" => Some(&mut callback.edition_end_date),
                _ => None,
            };
            if let Some(slot @ None) = slot {
                *slot = Some(value.clone());
            }
            callback.params.push((name, value));
        }
        callback
    }

    /// Every parameter received, decoded, in wire order.
    pub fn params(&self) -> &[(String, String)] {
        &self.params
    }

    /// The first value of a parameter, known or not.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str())
    }

    /// Checks that `state` equals the value put into the authorize URL.
    pub fn check_state(&self, expected: &str) -> Result<(), OAuthError> {
        match &self.state {
            Some(state) if state == expected => Ok(()),
            received => Err(OAuthError::StateMismatch { expected: expected.to_owned(), received: received.clone() }),
        }
    }

    /// The non-empty `code`, or [`OAuthError::CallbackParamMissing`].
    pub fn require_code(&self) -> Result<&str, OAuthError> {
        self.code.as_deref().filter(|code| !code.is_empty()).ok_or(OAuthError::CallbackParamMissing { param: "code" })
    }
}

impl fmt::Debug for Callback {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.params.iter().map(|(name, _)| name.as_str()).collect();
        f.debug_struct("Callback")
            .field("code", &self.code.as_ref().map(|_| format_args!("<redacted>")))
            .field("state", &self.state)
            .field("sign", &self.sign)
            .field("app_id", &self.app_id)
            .field("shop_id", &self.shop_id)
            .field("edition_id", &self.edition_id)
            .field("edition_status", &self.edition_status)
            .field("edition_name", &self.edition_name)
            .field("edition_end_date", &self.edition_end_date)
            .field("param_names", &names)
            .finish()
    }
}

/// Splits `a=1&b=2` into decoded pairs; empty segments are skipped, a segment without `=` has an
/// empty value.
fn parse_urlencoded(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|segment| !segment.is_empty())
        .map(|segment| {
            let (name, value) = segment.split_once('=').unwrap_or((segment, ""));
            (decode_component(name), decode_component(value))
        })
        .collect()
}

/// Percent-decodes (`+` is a space; bad escapes kept literally), then reads UTF-8, else GBK.
fn decode_component(raw: &str) -> String {
    let raw = raw.as_bytes();
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match raw[i] {
            b'+' => bytes.push(b' '),
            b'%' if i + 2 < raw.len() => match (hex(raw[i + 1]), hex(raw[i + 2])) {
                (Some(high), Some(low)) => {
                    bytes.push((high * 16 + low) as u8);
                    i += 3;
                    continue;
                }
                _ => bytes.push(b'%'),
            },
            other => bytes.push(other),
        }
        i += 1;
    }
    decode_text(&bytes)
}

/// UTF-8 (BOM stripped) when valid, else GBK with replacement characters.
pub(super) fn decode_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::GBK.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_decode_utf8_then_gbk_and_keep_bad_escapes() {
        assert_eq!(decode_component("a+b%20c"), "a b c");
        assert_eq!(decode_component("%E6%A0%87"), "标");
        assert_eq!(decode_component("%B1%EA"), "标");
        assert_eq!(decode_component("100%"), "100%");
        assert_eq!(decode_component("%zz%4"), "%zz%4");
        assert_eq!(decode_component("%41"), "A");
    }
}
