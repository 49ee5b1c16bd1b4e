//! Direct decoding of replies over quick-xml events, used by the generated response types.
//!
//! Each generated struct implements [`FromXml`]: it reads the children of its element with
//! [`Decoder::next_child`], matches their names, and reads each with one call ([`Decoder::opt`],
//! [`Decoder::nested`], [`Decoder::list_of`], …). Unknown elements are skipped. The decoder keeps the
//! path of open elements (`OrdersList.OrderInfo.orderMoney`) for error messages.
//!
//! Dangdang sends every value as element text, often empty (`<remark/>`, `xsi:nil`); empty text
//! means "absent" for optional fields.
//!
//! Call protocol: whoever receives a child from [`Decoder::next_child`] consumes it with exactly one
//! reading method; [`FromXml::from_xml`] reads children until [`Decoder::next_child`] returns `None`.
//!
//! Limits ([`crate::limits`]): elements nested deeper than [`MAX_DEPTH`] (skipped subtrees
//! included), more than [`MAX_NODES`] elements or more than [`MAX_ITEMS`] list records in one
//! document are errors at the element where the limit was crossed. Nothing here recurses on the
//! document's nesting, and every step is linear in the bytes read.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};

use crate::limits::{self, MAX_DEPTH, MAX_ITEMS, MAX_NODES};
use crate::wire::WireValue;
use crate::xml_events::{EventError, Events};
use crate::xml_text::{Resolved, append, has_nil_attribute, resolve};

/// A generated response type that reads itself from the children of its element.
pub trait FromXml: Sized {
    /// Reads the children of the element just opened, up to its end tag.
    fn from_xml(decoder: &mut Decoder<'_>) -> Result<Self, DecodeError>;
}

/// Why a document could not be decoded.
#[derive(Debug)]
pub struct DecodeError(Kind);

#[derive(Debug)]
enum Kind {
    /// Not well-formed XML, or it ended early: a problem of the whole document.
    Malformed(String),
    /// A value or element that does not fit the type, at an element path.
    Invalid { path: String, message: String },
    /// The root is not `<response>`, or `<response>` has an `<Error>` child: an error envelope.
    Envelope,
}

impl DecodeError {
    /// The element path (`OrdersList.OrderInfo.orderMoney`), or `.` for the whole document.
    pub fn path(&self) -> &str {
        match &self.0 {
            Kind::Invalid { path, .. } => path,
            Kind::Malformed(_) | Kind::Envelope => ".",
        }
    }

    /// What went wrong.
    pub fn message(&self) -> &str {
        match &self.0 {
            Kind::Malformed(message) | Kind::Invalid { message, .. } => message,
            Kind::Envelope => "an error envelope, not a payload",
        }
    }

    /// True when the document is an error envelope rather than a payload.
    #[cfg(test)]
    fn is_envelope(&self) -> bool {
        matches!(self.0, Kind::Envelope)
    }
}

fn malformed(error: quick_xml::Error) -> DecodeError {
    DecodeError(Kind::Malformed(format!("malformed XML: {error}")))
}

impl From<EventError> for DecodeError {
    fn from(error: EventError) -> Self {
        match error {
            EventError::Malformed(error) => malformed(error),
            // Only over GBK, whose errors the caller reports by decoding the whole body instead.
            EventError::NotPlainGbk => DecodeError(Kind::Malformed("not plain GBK".into())),
            EventError::Text(message) => DecodeError(Kind::Malformed(message)),
        }
    }
}

fn ended_early() -> DecodeError {
    DecodeError(Kind::Malformed("document ended inside an element".into()))
}

/// A reader of one document, positioned inside an element.
pub struct Decoder<'a> {
    events: Events<'a>,
    /// Names of the open elements below the root, joined by `.`.
    path: Vec<u8>,
    /// Length of `path` before each open element was entered (the root's is first).
    marks: Vec<usize>,
    /// The element just returned by `next_child` was self-closing (`<remark/>`).
    empty: bool,
    /// The element just returned by `next_child` has `xsi:nil="true"`.
    nil: bool,
    /// Elements read so far, skipped ones included (at most [`MAX_NODES`]).
    elements: usize,
    /// List records read so far (at most [`MAX_ITEMS`]).
    items: usize,
}

impl<'a> Decoder<'a> {
    /// A decoder over a whole document, before its root.
    pub fn new(text: &'a str) -> Self {
        Self::over(Events::utf8(text))
    }

    /// A decoder over a whole GBK document, before its root, that transcodes only the text it
    /// reads (see [`crate::xml_events`]); any error means "decode the whole body instead". The
    /// document must start with an ASCII byte.
    pub(crate) fn gbk(bytes: &'a [u8]) -> Self {
        Self::over(Events::gbk(bytes))
    }

    fn over(events: Events<'a>) -> Self {
        Decoder { events, path: Vec::new(), marks: Vec::new(), empty: false, nil: false, elements: 0, items: 0 }
    }

    /// Over GBK: whether the bytes after the root are valid GBK (see [`Decoder::gbk`]).
    pub(crate) fn rest_is_gbk(&self) -> bool {
        self.events.rest_is_gbk()
    }

    /// Opens the root element, which must be `<response>`; any other root is an error envelope.
    pub(crate) fn open_response(&mut self) -> Result<(), DecodeError> {
        loop {
            match self.events.next()? {
                Event::Start(start) | Event::Empty(start) if start.name().as_ref() != b"response" => {
                    return Err(DecodeError(Kind::Envelope));
                }
                Event::Start(_) => break,
                Event::Empty(_) => {
                    self.empty = true;
                    break;
                }
                Event::Eof => return Err(DecodeError(Kind::Envelope)),
                Event::Text(part) => self.events.ignore(&part)?,
                Event::CData(data) => self.events.ignore(&data)?,
                _ => {}
            }
        }
        self.marks.push(0);
        self.elements = 1;
        Ok(())
    }

    /// The name of the next child element of the current element, which is then open; `None` at the
    /// current element's end tag. Text between children is ignored.
    pub fn next_child(&mut self) -> Result<Option<&[u8]>, DecodeError> {
        if std::mem::take(&mut self.empty) {
            return Ok(None);
        }
        loop {
            match self.events.next()? {
                Event::Start(start) => {
                    self.enter(&start)?;
                    break;
                }
                Event::Empty(start) => {
                    self.enter(&start)?;
                    self.empty = true;
                    break;
                }
                Event::End(_) => return Ok(None),
                Event::Eof => return Err(ended_early()),
                Event::Text(part) => self.events.ignore(&part)?,
                Event::CData(data) => self.events.ignore(&data)?,
                _ => {}
            }
        }
        let mark = self.marks[self.marks.len() - 1];
        let start = if mark == 0 { 0 } else { mark + 1 };
        Ok(Some(&self.path[start..]))
    }

    fn enter(&mut self, start: &BytesStart<'_>) -> Result<(), DecodeError> {
        let name = start.name();
        let name = name.as_ref();
        if self.marks.len() == 1 && name == b"Error" {
            // `<response><Error>`: the whole request was rejected.
            return Err(DecodeError(Kind::Envelope));
        }
        self.marks.push(self.path.len());
        if !self.path.is_empty() {
            self.path.push(b'.');
        }
        self.path.extend_from_slice(name);
        self.nil = start.len() > name.len() && has_nil_attribute(start);
        // `marks` has one entry per open element, the root's included: its length is the depth.
        self.count_element(self.marks.len())
    }

    /// Counts one more element, at `depth`; an error past [`MAX_NODES`] or [`MAX_DEPTH`].
    fn count_element(&mut self, depth: usize) -> Result<(), DecodeError> {
        self.elements += 1;
        if depth > MAX_DEPTH {
            return Err(self.invalid(limits::too_deep()));
        }
        if self.elements > MAX_NODES {
            return Err(self.invalid(limits::too_many_nodes()));
        }
        Ok(())
    }

    /// Counts one more list record; an error past [`MAX_ITEMS`].
    fn count_item(&mut self) -> Result<(), DecodeError> {
        self.items += 1;
        if self.items > MAX_ITEMS { Err(self.invalid(limits::too_many_items())) } else { Ok(()) }
    }

    /// Reads past the end tag of the element at `depth` whose start tag was just read, counting the
    /// elements inside it. (quick-xml's `read_to_end` does this too, but without depth or count.)
    fn skip_element(&mut self, depth: usize) -> Result<(), DecodeError> {
        let mut open = 0usize;
        loop {
            match self.events.next()? {
                Event::Start(_) => {
                    open += 1;
                    self.count_element(depth + open)?;
                }
                Event::Empty(_) => self.count_element(depth + open + 1)?,
                Event::End(_) if open == 0 => return Ok(()),
                Event::End(_) => open -= 1,
                Event::Eof => return Err(ended_early()),
                Event::Text(part) => self.events.ignore(&part)?,
                Event::CData(data) => self.events.ignore(&data)?,
                _ => {}
            }
        }
    }

    /// Closes the element last returned by `next_child` (its end tag has been read).
    fn leave(&mut self) {
        if let Some(mark) = self.marks.pop() {
            self.path.truncate(mark);
        }
        self.empty = false;
        self.nil = false;
    }

    /// The trimmed text of the open element, read up to its end tag (which is not closed yet):
    /// text, CDATA and entity references concatenated; nested elements are skipped; empty for
    /// self-closing and `xsi:nil` elements.
    fn read_text(&mut self) -> Result<Cow<'a, str>, DecodeError> {
        let nil = self.nil;
        if std::mem::take(&mut self.empty) {
            return Ok(Cow::Borrowed(""));
        }
        let mut text: Cow<'a, str> = Cow::Borrowed("");
        loop {
            match self.events.next()? {
                Event::Text(part) => {
                    let part = self.events.text(part).map_err(|error| self.event_error(error))?;
                    append(&mut text, part);
                }
                Event::CData(data) => {
                    let part = self.events.cdata(data).map_err(|error| self.event_error(error))?;
                    append(&mut text, part);
                }
                Event::GeneralRef(reference) => match resolve(&reference).map_err(|message| self.invalid(message))? {
                    Resolved::Char(ch) => text.to_mut().push(ch),
                    Resolved::Text(entity) => append(&mut text, Cow::Borrowed(entity)),
                },
                Event::Start(_) => {
                    let depth = self.marks.len() + 1;
                    self.count_element(depth)?;
                    self.skip_element(depth)?;
                }
                Event::Empty(_) => self.count_element(self.marks.len() + 1)?,
                Event::End(_) => break,
                Event::Eof => return Err(ended_early()),
                _ => {}
            }
        }
        if nil {
            return Ok(Cow::Borrowed(""));
        }
        Ok(match text {
            Cow::Borrowed(all) => Cow::Borrowed(trim(all)),
            Cow::Owned(all) if trim(&all).len() == all.len() => Cow::Owned(all),
            Cow::Owned(all) => Cow::Owned(all.trim().to_owned()),
        })
    }

    /// An error reading the text of the open element.
    fn event_error(&self, error: EventError) -> DecodeError {
        match error {
            EventError::Text(message) => self.invalid(message),
            other => other.into(),
        }
    }

    /// An error about the open element.
    fn invalid(&self, message: String) -> DecodeError {
        DecodeError(Kind::Invalid { path: String::from_utf8_lossy(&self.path).into_owned(), message })
    }

    /// The trimmed text of the open child, which is closed.
    pub fn text(&mut self) -> Result<String, DecodeError> {
        let text = self.read_text()?.into_owned();
        self.leave();
        Ok(text)
    }

    /// Skips the open child and everything in it.
    pub fn skip(&mut self) -> Result<(), DecodeError> {
        if !std::mem::take(&mut self.empty) {
            self.skip_element(self.marks.len())?;
        }
        self.leave();
        Ok(())
    }

    /// An optional value; empty text is `None`.
    pub fn opt<T: WireValue>(&mut self) -> Result<Option<T>, DecodeError> {
        let text = self.read_text()?;
        let value = if text.is_empty() { Ok(None) } else { T::from_wire_cow(text).map(Some) };
        let value = value.map_err(|message| self.invalid(message));
        self.leave();
        value
    }

    /// A value the spec marks required; empty text is an error (except for text fields).
    pub fn required<T: WireValue>(&mut self) -> Result<T, DecodeError> {
        let text = self.read_text()?;
        let empty = text.is_empty();
        let value = T::from_wire_cow(text).map_err(|message| {
            // Empty text (or `xsi:nil`) where a value must be: say so rather than how "" fails to parse.
            self.invalid(if empty { "required value is empty or nil".to_owned() } else { message })
        });
        self.leave();
        value
    }

    fn flag(&mut self, yes: &str, no: &str) -> Result<Option<bool>, DecodeError> {
        let text = self.read_text()?;
        let value = match &*text {
            "" => Ok(None),
            t if t == yes => Ok(Some(true)),
            t if t == no => Ok(Some(false)),
            t => Err(self.invalid(format!("`{t}` is neither `{yes}` nor `{no}`"))),
        };
        self.leave();
        value
    }

    /// `1` / `0`; empty text is `None`.
    pub fn flag01(&mut self) -> Result<Option<bool>, DecodeError> {
        self.flag("1", "0")
    }

    /// `Y` / `N`; empty text is `None`.
    pub fn flag_yn(&mut self) -> Result<Option<bool>, DecodeError> {
        self.flag("Y", "N")
    }

    /// `是` / `否`; empty text is `None`.
    pub fn flag_zh(&mut self) -> Result<Option<bool>, DecodeError> {
        self.flag("是", "否")
    }

    /// The open child as a struct.
    pub fn nested<T: FromXml>(&mut self) -> Result<T, DecodeError> {
        let value = T::from_xml(self)?;
        self.leave();
        Ok(value)
    }

    /// The open child as an optional struct: `None` when it has `xsi:nil="true"`.
    pub fn opt_nested<T: FromXml>(&mut self) -> Result<Option<T>, DecodeError> {
        if self.nil {
            self.skip()?;
            return Ok(None);
        }
        self.nested().map(Some)
    }

    /// Appends the `item` children of the open list wrapper (`OrdersList` › `OrderInfo*`) to
    /// `items`; other children are skipped.
    pub fn list_of<T: FromXml>(&mut self, item: &[u8], items: &mut Vec<T>) -> Result<(), DecodeError> {
        while let Some(name) = self.next_child()? {
            if name == item {
                self.count_item()?;
                items.push(self.nested()?);
            } else {
                self.skip()?;
            }
        }
        self.leave();
        Ok(())
    }

    /// Appends the non-empty `item` values of the open list wrapper to `items`; other children are
    /// skipped.
    pub fn value_list_of<T: WireValue>(&mut self, item: &[u8], items: &mut Vec<T>) -> Result<(), DecodeError> {
        while let Some(name) = self.next_child()? {
            if name == item {
                self.count_item()?;
                items.extend(self.opt()?);
            } else {
                self.skip()?;
            }
        }
        self.leave();
        Ok(())
    }

    /// The error for a required child that never appeared in the current element.
    pub fn missing(&self, wire: &str) -> DecodeError {
        let path = if self.path.is_empty() {
            wire.to_owned()
        } else {
            format!("{}.{wire}", String::from_utf8_lossy(&self.path))
        };
        DecodeError(Kind::Invalid { path, message: format!("missing field `{wire}`") })
    }
}

/// `text.trim()`, without looking at characters when both ends are printable ASCII, which is not
/// whitespace (most values: `str::trim` decodes a character at each end, ~1.5% of a typed decode).
#[inline]
fn trim(text: &str) -> &str {
    let printable = |byte: Option<&u8>| byte.is_some_and(|b| (0x21..0x7F).contains(b));
    if printable(text.as_bytes().first()) && printable(text.as_bytes().last()) { text } else { text.trim() }
}

#[cfg(test)]
#[path = "xml_decode_tests.rs"]
mod tests;
