//! The events the reply decoder reads: quick-xml over UTF-8 text, or directly over GBK bytes with only the text transcoded.
//!
//! GBK keeps every byte below 0x80 for ASCII, and no byte of a multi-byte GBK character is one that
//! delimits XML markup (`<`, `>`, `&`, `;`, quotes, `=`, `/`, `?`, `!`, `-`, whitespace: all below
//! 0x40, the lowest trail byte, and not the digits of four-byte sequences). So quick-xml splits GBK
//! bytes into the same events, at the same places, as the UTF-8 text the whole body decodes to, and
//! the decoder need only transcode the text it keeps. The one exception is `]`, a valid trail byte:
//! a CDATA section's `]]>` could be found inside a character. Then the section's content ends in a
//! lead byte without its trail, so it is not valid GBK, and that is refused; when the content is
//! valid GBK its last character ends before the `]]>`, which is therefore the real end.
//!
//! Over GBK ([`Events::gbk`]) every event is vetted so that a document read without error is
//! exactly one whose whole-body decoding would have succeeded and said the same: markup (tags,
//! comments, declarations, references) must be ASCII, every text node and CDATA section must be
//! valid GBK (it is transcoded strictly, kept or not), and the caller checks the bytes after the
//! root with [`Events::rest_is_gbk`]. Anything else is an error, on which the caller decodes the
//! whole body instead (`decode::typed`), so errors are always reported by the whole-body path.

use std::borrow::Cow;

use encoding_rs::GBK;
use quick_xml::Reader;
use quick_xml::events::{BytesCData, BytesText, Event};

/// Why an event could not be read; the decoder turns it into its own error.
pub(crate) enum EventError {
    /// Not well-formed XML, or it ended early.
    Malformed(quick_xml::Error),
    /// Over GBK: something only the whole-body path reads correctly (non-ASCII markup, bytes
    /// that are not GBK).
    NotPlainGbk,
    /// Text that is not valid in the document's encoding.
    Text(String),
}

/// quick-xml events over a document.
pub(crate) struct Events<'a> {
    reader: Reader<&'a [u8]>,
    /// The bytes are GBK (else UTF-8 text).
    gbk: bool,
}

impl<'a> Events<'a> {
    /// Events over UTF-8 text.
    pub(crate) fn utf8(text: &'a str) -> Self {
        Events { reader: Reader::from_str(text), gbk: false }
    }

    /// Events over GBK bytes, which must start with an ASCII byte (so that quick-xml, whatever its
    /// features, strips no byte-order mark the whole-body path would have refused).
    pub(crate) fn gbk(bytes: &'a [u8]) -> Self {
        debug_assert!(bytes.first().is_some_and(u8::is_ascii));
        Events { reader: Reader::from_reader(bytes), gbk: true }
    }

    /// The next event; over GBK, markup that is not ASCII is an error.
    #[inline]
    pub(crate) fn next(&mut self) -> Result<Event<'a>, EventError> {
        let event = self.reader.read_event().map_err(EventError::Malformed)?;
        if self.gbk {
            let markup: &[u8] = match &event {
                Event::Start(tag) | Event::Empty(tag) => tag,
                Event::End(tag) => tag,
                Event::Comment(text) | Event::DocType(text) => text,
                Event::PI(pi) => pi,
                Event::Decl(decl) => decl,
                Event::GeneralRef(reference) => reference,
                Event::Text(_) | Event::CData(_) | Event::Eof => b"",
            };
            if !markup.is_ascii() {
                return Err(EventError::NotPlainGbk);
            }
        }
        Ok(event)
    }

    /// A text event as UTF-8, borrowed from the input when it is ASCII (over GBK) or UTF-8.
    #[inline]
    pub(crate) fn text(&self, part: BytesText<'a>) -> Result<Cow<'a, str>, EventError> {
        if !self.gbk {
            return part.decode().map_err(|error| EventError::Text(error.to_string()));
        }
        gbk_cow(part.into_inner())
    }

    /// A CDATA section's content as UTF-8, like [`Events::text`].
    pub(crate) fn cdata(&self, data: BytesCData<'a>) -> Result<Cow<'a, str>, EventError> {
        if !self.gbk {
            return data.decode().map_err(|error| EventError::Text(error.to_string()));
        }
        gbk_cow(data.into_inner())
    }

    /// Checks text or CDATA that is not kept (whitespace between elements, text of skipped
    /// elements): over GBK it must still be valid GBK.
    #[inline]
    pub(crate) fn ignore(&self, content: &[u8]) -> Result<(), EventError> {
        if self.gbk && !content.is_ascii() && gbk_text(content).is_none() {
            return Err(EventError::NotPlainGbk);
        }
        Ok(())
    }

    /// Whether the bytes not read yet (after the root's end tag) are valid GBK, as the whole-body
    /// path requires; always true over UTF-8 text.
    pub(crate) fn rest_is_gbk(&self) -> bool {
        if !self.gbk {
            return true;
        }
        // The slice reader consumes its input: what it holds is what is left (at most a `<` less,
        // which is ASCII and cannot end a GBK character).
        let rest: &[u8] = self.reader.get_ref();
        rest.is_ascii() || gbk_text(rest).is_some()
    }
}

/// [`gbk_text`] of an event's content, which a slice reader always borrows.
fn gbk_cow(content: Cow<'_, [u8]>) -> Result<Cow<'_, str>, EventError> {
    let text = match content {
        Cow::Borrowed(bytes) => gbk_text(bytes),
        Cow::Owned(bytes) => gbk_text(&bytes).map(|text| Cow::Owned(text.into_owned())),
    };
    text.ok_or(EventError::NotPlainGbk)
}

/// GBK bytes as UTF-8, strictly (borrowed when ASCII); `None` when they are not valid GBK.
fn gbk_text(bytes: &[u8]) -> Option<Cow<'_, str>> {
    GBK.decode_without_bom_handling_and_without_replacement(bytes)
}
