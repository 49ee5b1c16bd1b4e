//! Text helpers of the decoders: joining text parts, resolving entity references, `xsi:nil`.

use std::borrow::Cow;

use quick_xml::events::BytesStart;

/// Appends `part` to `text`, borrowing while there is only one part.
pub(crate) fn append<'a>(text: &mut Cow<'a, str>, part: Cow<'a, str>) {
    if text.is_empty() {
        *text = part;
    } else {
        text.to_mut().push_str(&part);
    }
}

/// What an entity or character reference stands for.
pub(crate) enum Resolved {
    /// `&#code;`.
    Char(char),
    /// `&amp;`, `&lt;`, `&gt;`, `&apos;`, `&quot;`.
    Text(&'static str),
}

impl Resolved {
    /// Appends the replacement text to `out`.
    pub(crate) fn push_to(self, out: &mut String) {
        match self {
            Resolved::Char(ch) => out.push(ch),
            Resolved::Text(text) => out.push_str(text),
        }
    }
}

/// What `&name;` or `&#code;` stands for (no allocation: a million references stay cheap).
pub(crate) fn resolve(reference: &quick_xml::events::BytesRef<'_>) -> Result<Resolved, String> {
    if let Some(ch) = reference.resolve_char_ref().map_err(|e| e.to_string())? {
        return Ok(Resolved::Char(ch));
    }
    let name = reference.decode().map_err(|e| e.to_string())?;
    quick_xml::escape::resolve_predefined_entity(&name)
        .map(Resolved::Text)
        .ok_or_else(|| format!("unknown entity `&{name};`"))
}

/// Whether the element has `xsi:nil="true"` (any prefix). Linear in the tag's length: quick-xml's
/// duplicate check, quadratic in the attribute count, is off (duplicates do not matter here).
pub(crate) fn has_nil_attribute(start: &BytesStart<'_>) -> bool {
    start.attributes().with_checks(false).map_while(Result::ok).any(|attribute| {
        attribute.key.local_name().as_ref() == b"nil" && matches!(attribute.value.as_ref(), b"true" | b"1")
    })
}
