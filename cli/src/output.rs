//! How a reply is printed: JSON of the XML tree (pretty on a terminal, compact when piped) or the
//! decoded XML text. A typed printer (JSON from the library's generated types, once its `serde`
//! feature exists) is one more `Format` variant and one more arm in `reply`.

use std::io::{IsTerminal, Write};

use dangdang_api::{RawBody, XmlElement};

use crate::exit::Failure;
use crate::json_tree::Names;

/// The output format of replies.
#[derive(Debug)]
pub enum Format {
    /// JSON of the XML tree; `pretty` indents it.
    Tree { names: Names, pretty: bool },
    /// The reply's decoded XML text, as received.
    Raw,
}

impl Format {
    /// JSON of the tree, pretty when stdout is a terminal.
    pub fn tree(names: Names) -> Format {
        Format::Tree { names, pretty: std::io::stdout().is_terminal() }
    }
}

/// Prints one reply (already checked by the envelope decoder into `tree`) to `out`.
pub fn reply(out: &mut impl Write, format: &Format, raw: &RawBody, tree: &XmlElement) -> Result<(), Failure> {
    match format {
        Format::Raw => writeln!(out, "{}", raw.text_lossy())?,
        Format::Tree { names, pretty } => json_line(out, &names.json(tree), *pretty)?,
    }
    Ok(())
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
