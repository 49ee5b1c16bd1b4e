//! How a reply is printed: JSON of the typed reply (the library's `serde` feature), JSON of the
//! XML tree (pretty on a terminal, compact when piped), or the decoded XML text.

use std::io::{IsTerminal, Write};

use dangdang_api::decode::{decode_items_json, decode_json};
use dangdang_api::rt::with_personal_masked;
use dangdang_api::{RawBody, XmlElement};

use crate::exit::Failure;
use crate::json_tree::Names;

/// The output format of replies.
#[derive(Debug)]
pub enum Format {
    /// JSON of the XML tree; `pretty` indents it.
    Tree { names: Names, pretty: bool },
    /// JSON of the method's typed `Response` (the library's generated `decode_json`); a method
    /// without a typed reply prints as the tree. Personal text is `[personal]` unless
    /// `names.show_personal`.
    Typed { method: &'static str, names: Names, pretty: bool },
    /// The reply's decoded XML text, as received.
    Raw,
}

impl Format {
    /// JSON of the tree, pretty when stdout is a terminal.
    pub fn tree(names: Names) -> Format {
        Format::Tree { names, pretty: std::io::stdout().is_terminal() }
    }

    /// JSON of `method`'s typed reply, pretty when stdout is a terminal (`names` for a reply that
    /// has no typed form).
    pub fn typed(method: &'static str, names: Names) -> Format {
        Format::Typed { method, names, pretty: std::io::stdout().is_terminal() }
    }
}

/// Prints one reply (already checked by the envelope decoder into `tree`) to `out`.
pub fn reply(out: &mut impl Write, format: &Format, raw: &RawBody, tree: &XmlElement) -> Result<(), Failure> {
    match format {
        Format::Raw => writeln!(out, "{}", raw.text_lossy())?,
        Format::Tree { names, pretty } => json_line(out, &names.json(tree), *pretty)?,
        Format::Typed { method, names, pretty } => match personal_as(names, || decode_json(method, raw)) {
            Some(json) => json_line(out, &json?, *pretty)?,
            None => json_line(out, &names.json(tree), *pretty)?,
        },
    }
    Ok(())
}

/// The records of one page of `method` from its typed reply, each as JSON (personal text as
/// `names` says); `None` when the method has no typed page.
pub fn typed_items(method: &str, raw: &RawBody, names: &Names) -> Option<Result<Vec<serde_json::Value>, Failure>> {
    personal_as(names, || decode_items_json(method, raw)).map(|items| items.map_err(Failure::from))
}

/// `serialise()`, personal text masked unless `names.show_personal`.
fn personal_as<T>(names: &Names, serialise: impl FnOnce() -> T) -> T {
    if names.show_personal { serialise() } else { with_personal_masked(serialise) }
}

/// One JSON value and a newline.
pub fn json_line(out: &mut impl Write, value: &impl serde::Serialize, pretty: bool) -> Result<(), Failure> {
    let written =
        if pretty { serde_json::to_writer_pretty(&mut *out, value) } else { serde_json::to_writer(&mut *out, value) };
    written.map_err(|e| match e.io_error_kind() {
        Some(kind) => Failure::from(std::io::Error::from(kind)),
        None => Failure::Internal(format!("cannot write the output: {e}")),
    })?;
    writeln!(out)?;
    Ok(())
}
