//! libyaml's event stream with positions, read by the parser serde_yaml itself uses.
//!
//! serde_yaml reads the spec's values but keeps no positions; [`crate::source_map`] needs the
//! position of every key and item. Reading them from another YAML implementation (yaml-rust2
//! before) made the two disagree on what is YAML and where an error is; reading them from the
//! same libyaml (`unsafe-libyaml`, serde_yaml's own dependency, pinned by it) makes them agree by
//! construction. No crate offers libyaml's events safely and without panics (libyaml-safer 0.3
//! panics on some truncated block scalars), hence this small wrapper: every `unsafe` block below
//! follows libyaml's documented calling protocol, which serde_yaml follows the same way.

use std::ffi::CStr;
use std::marker::PhantomData;
use std::mem::MaybeUninit;

use unsafe_libyaml as unsafe_yaml;

/// One event, with where it starts (0-based line and column, columns in characters).
#[derive(Debug)]
pub(crate) struct Event {
    pub data: Data,
    pub line: u64,
    pub column: u64,
}

/// What an event says (the parts the source map uses).
#[derive(Debug)]
pub(crate) enum Data {
    StreamEnd,
    DocumentStart,
    DocumentEnd,
    /// `*anchor`.
    Alias {
        anchor: String,
    },
    /// A scalar; `plain` when unquoted (untagged, it may then resolve to a number, null, …).
    Scalar {
        value: String,
        plain: bool,
        tag: Option<String>,
        anchor: Option<String>,
    },
    /// A collection starts, with its anchor and tag.
    SequenceStart {
        anchor: Option<String>,
        tag: Option<String>,
    },
    MappingStart {
        anchor: Option<String>,
        tag: Option<String>,
    },
    SequenceEnd,
    MappingEnd,
    /// Stream start and anything else the map does not use.
    Other,
}

/// Where libyaml refused the text: its problem mark, 0-based, exactly as serde_yaml reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub line: u64,
    pub column: u64,
}

/// The events of one text, in order; ends after the stream's end or the first refusal.
pub(crate) struct Events<'text> {
    /// Boxed so its address never changes while libyaml holds pointers into it.
    parser: Box<MaybeUninit<unsafe_yaml::yaml_parser_t>>,
    /// Initialised (and so to be deleted).
    ready: bool,
    finished: bool,
    text: PhantomData<&'text [u8]>,
}

impl<'text> Events<'text> {
    /// Starts reading `text`.
    pub fn new(text: &'text str) -> Events<'text> {
        let mut parser = Box::new(MaybeUninit::<unsafe_yaml::yaml_parser_t>::uninit());
        let raw = parser.as_mut_ptr();
        // SAFETY: `raw` points to writable memory for a parser; initialize zeroes and sets it up,
        // and reports failure (allocation) instead of leaving it half-made.
        let ready = unsafe { unsafe_yaml::yaml_parser_initialize(raw) }.ok;
        if ready {
            // SAFETY: the parser is initialised; `text` outlives it (the `'text` borrow), and
            // libyaml only reads `len` bytes from its start. UTF-8 set as serde_yaml sets it (a
            // byte-order mark is then a character, not an encoding's signature).
            unsafe {
                unsafe_yaml::yaml_parser_set_encoding(raw, unsafe_yaml::YAML_UTF8_ENCODING);
                unsafe_yaml::yaml_parser_set_input_string(raw, text.as_ptr(), text.len() as _);
            }
        }
        Events { parser, ready, finished: !ready, text: PhantomData }
    }

    /// The next event, `Ok(None)` after the last, `Err` where libyaml refuses the text.
    pub fn next_event(&mut self) -> Result<Option<Event>, Refusal> {
        if !self.ready {
            return Err(Refusal { line: 0, column: 0 });
        }
        if self.finished {
            return Ok(None);
        }
        let raw = self.parser.as_mut_ptr();
        let mut event = MaybeUninit::<unsafe_yaml::yaml_event_t>::uninit();
        // SAFETY: the parser is initialised and has not failed or finished (after either this
        // method returns before parsing); `event` is writable memory for one event.
        if unsafe { unsafe_yaml::yaml_parser_parse(raw, event.as_mut_ptr()) }.fail {
            self.finished = true;
            // SAFETY: the parser is initialised (`ready`); after a failure its problem mark is set.
            let mark = unsafe { self.parser.assume_init_ref() }.problem_mark;
            return Err(Refusal { line: mark.line, column: mark.column });
        }
        // SAFETY: parsing succeeded, so the event is initialised; it is read and then deleted
        // once, and nothing read from it outlives this block (strings are copied).
        let read = unsafe {
            let event = event.assume_init_mut();
            let read = Event { data: data_of(event), line: event.start_mark.line, column: event.start_mark.column };
            unsafe_yaml::yaml_event_delete(event);
            read
        };
        if matches!(read.data, Data::StreamEnd) {
            self.finished = true;
        }
        Ok(Some(read))
    }
}

impl Drop for Events<'_> {
    fn drop(&mut self) {
        if self.ready {
            // SAFETY: initialised once, deleted once.
            unsafe { unsafe_yaml::yaml_parser_delete(self.parser.as_mut_ptr()) };
        }
    }
}

/// The parts of a parsed event the map uses.
///
/// # Safety
/// `event` was filled by a successful `yaml_parser_parse` and not yet deleted.
unsafe fn data_of(event: &unsafe_yaml::yaml_event_t) -> Data {
    use unsafe_yaml::yaml_event_type_t::*;
    // SAFETY (for each union read): the field read is the one libyaml fills for this event type;
    // its pointers are null or point to NUL-terminated strings (anchors, tags) or `length` bytes
    // (values) owned by the event.
    unsafe {
        match event.type_ {
            YAML_STREAM_END_EVENT => Data::StreamEnd,
            YAML_DOCUMENT_START_EVENT => Data::DocumentStart,
            YAML_DOCUMENT_END_EVENT => Data::DocumentEnd,
            YAML_ALIAS_EVENT => Data::Alias { anchor: text(event.data.alias.anchor).unwrap_or_default() },
            YAML_SCALAR_EVENT => {
                let scalar = &event.data.scalar;
                let bytes = if scalar.value.is_null() {
                    &[][..]
                } else {
                    std::slice::from_raw_parts(scalar.value, scalar.length as usize)
                };
                Data::Scalar {
                    value: String::from_utf8_lossy(bytes).into_owned(),
                    plain: scalar.style == unsafe_yaml::YAML_PLAIN_SCALAR_STYLE,
                    tag: text(scalar.tag),
                    anchor: text(scalar.anchor),
                }
            }
            YAML_SEQUENCE_START_EVENT => Data::SequenceStart {
                anchor: text(event.data.sequence_start.anchor),
                tag: text(event.data.sequence_start.tag),
            },
            YAML_MAPPING_START_EVENT => Data::MappingStart {
                anchor: text(event.data.mapping_start.anchor),
                tag: text(event.data.mapping_start.tag),
            },
            YAML_SEQUENCE_END_EVENT => Data::SequenceEnd,
            YAML_MAPPING_END_EVENT => Data::MappingEnd,
            _ => Data::Other,
        }
    }
}

/// A NUL-terminated string libyaml owns, copied; `None` for a null pointer.
///
/// # Safety
/// `pointer` is null or points to a NUL-terminated string that lives for this call.
unsafe fn text(pointer: *const u8) -> Option<String> {
    (!pointer.is_null()).then(|| unsafe { CStr::from_ptr(pointer.cast()) }.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> (Vec<Event>, Option<Refusal>) {
        let mut events = Events::new(text);
        let mut out = Vec::new();
        loop {
            match events.next_event() {
                Ok(Some(event)) => out.push(event),
                Ok(None) => return (out, None),
                Err(refusal) => return (out, Some(refusal)),
            }
        }
    }

    #[test]
    fn events_carry_values_anchors_and_positions() {
        let (events, refusal) = all("a: &x 'q'\nb: *x\nc: [1, !t 2]\n");
        assert_eq!(refusal, None);
        let scalars: Vec<_> = events
            .iter()
            .filter_map(|e| match &e.data {
                Data::Scalar { value, plain, anchor, .. } => {
                    Some((value.as_str(), *plain, anchor.clone(), e.line, e.column))
                }
                _ => None,
            })
            .collect();
        // A node starts at its anchor.
        assert_eq!(scalars[1], ("q", false, Some("x".into()), 0, 3));
        assert_eq!(scalars[4], ("1", true, None, 2, 4));
        assert_eq!(scalars[5], ("2", true, None, 2, 7));
        assert!(events.iter().any(|e| matches!(&e.data, Data::Alias { anchor } if anchor == "x") && e.line == 1));
        assert!(matches!(events.last().map(|e| &e.data), Some(Data::StreamEnd)));
    }

    #[test]
    fn a_refusal_is_where_serde_yaml_reports_it() {
        for text in ["a: [1, 2\nb: 3\n", "a:\n\tb: 1\n", "a: 'open\n", "- a\nb: 1\n", "a: |-x\n", "k: \u{1}\n"] {
            let (_, refusal) = all(text);
            let serde = serde_yaml::from_str::<serde_yaml::Value>(text).expect_err(text);
            let at = serde.location().expect("located");
            let refusal = refusal.expect(text);
            assert_eq!((refusal.line + 1, refusal.column + 1), (at.line() as u64, at.column() as u64), "{text:?}");
        }
    }
}
