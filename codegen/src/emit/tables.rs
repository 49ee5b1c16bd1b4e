//! Lays out the code tables of `types.rs` one row per code, as a person writes a table of data:
//! prettyplease breaks each `(variant, Code { .. })` entry over nine lines. The rows are written
//! from the IR here and the result is checked to parse into exactly the emitted tokens.

use proc_macro2::Literal;
use quote::ToTokens;

use crate::ir::{Docs, EnumIr};

/// The line of a code table's `KNOWN` constant as prettyplease prints it, before its entries.
const HEADER: &str = "const KNOWN: &'static [(Self, crate::Code)] = &[";

/// The rows of one code table's `KNOWN`, in variant order (the same entries `types.rs` emits).
pub fn rows(table: &EnumIr) -> Vec<String> {
    let text = |text: &Option<String>| match text {
        Some(text) => format!("Some({})", Literal::string(text)),
        None => "None".to_owned(),
    };
    table
        .variants
        .iter()
        .map(|v| {
            format!(
                "(Self::{}, crate::Code {{ code: {}, zh: {}, en: {}, meaning: {} }}),",
                crate::identifiers::rust_ident(&v.name),
                Literal::string(&v.code),
                text(&v.docs.zh),
                text(&v.docs.en),
                Literal::string(&meaning(&v.docs, &v.name)),
            )
        })
        .collect()
}

/// What a code means: the Chinese meaning and English summary, or the variant name.
pub fn meaning(docs: &Docs, name: &str) -> String {
    crate::emit::docs::summary_text(docs, name)
}

/// Replaces each `KNOWN` table prettyplease printed in `text` with its rows (`tables`, in order),
/// then checks that the result parses into the tokens of `text`, up to trailing commas (which
/// prettyplease adds where it breaks a list); `Err` on any other difference.
pub fn lay_out(text: &str, tables: &[Vec<String>]) -> Result<String, String> {
    let mut out = String::with_capacity(text.len());
    let mut tables = tables.iter();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        out.push_str(line);
        out.push('\n');
        if line.trim_start().strip_prefix(HEADER) == Some("];") {
            // A table that knows no code: printed on one line, and its rows are none.
            let rows = tables.next().ok_or("more code tables printed than emitted")?;
            if !rows.is_empty() {
                return Err("an empty code table printed for one with codes".to_owned());
            }
            continue;
        }
        if line.trim_start() != HEADER {
            continue;
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        let rows = tables.next().ok_or("more code tables printed than emitted")?;
        for row in rows {
            out.push_str(&format!("{indent}    {row}\n"));
        }
        // Skip the printed entries up to the table's closing line, which is kept.
        let close = format!("{indent}];");
        let end = lines.by_ref().find(|skipped| *skipped == close).ok_or("a code table without its closing line")?;
        out.push_str(end);
        out.push('\n');
    }
    if tables.next().is_some() {
        return Err("fewer code tables printed than emitted".to_owned());
    }
    if tokens(&out)? != tokens(text)? {
        return Err("the code tables laid out one row per code differ from the emitted ones".to_owned());
    }
    Ok(out)
}

/// The tokens of a file as text, without trailing commas.
fn tokens(text: &str) -> Result<String, String> {
    let file = syn::parse_file(text).map_err(|error| format!("the code table layout does not parse: {error}"))?;
    let mut tokens: Vec<String> = Vec::new();
    flatten(file.to_token_stream(), &mut tokens);
    Ok(tokens.join(" "))
}

/// Every token of `stream`, groups as their delimiters, a comma just before a closing one left out.
fn flatten(stream: proc_macro2::TokenStream, out: &mut Vec<String>) {
    use proc_macro2::{Delimiter, TokenTree};
    for tree in stream {
        match tree {
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::None => ("", ""),
                };
                out.push(open.to_owned());
                flatten(group.stream(), out);
                if out.last().is_some_and(|last| last == ",") {
                    out.pop();
                }
                out.push(close.to_owned());
            }
            other => out.push(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PRINTED: &str = r#"impl crate::CodeTable for State {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (
            Self::One,
            crate::Code {
                code: "1",
                zh: Some("一"),
                en: None,
                meaning: "一",
            },
        ),
    ];
}
"#;

    fn row(code: &str) -> Vec<Vec<String>> {
        vec![vec![format!(
            r#"(Self::One, crate::Code {{ code: "{code}", zh: Some("一"), en: None, meaning: "一" }}),"#
        )]]
    }

    #[test]
    fn rows_replace_the_printed_table_when_they_hold_the_same_tokens() {
        let laid_out = lay_out(PRINTED, &row("1")).unwrap();
        assert!(laid_out.contains("= &[\n        (Self::One, crate::Code { code: \"1\""), "{laid_out}");
        assert_eq!(laid_out.lines().count(), 5, "{laid_out}");
    }

    #[test]
    fn a_row_that_differs_or_a_missing_table_is_an_error() {
        assert!(lay_out(PRINTED, &row("2")).is_err());
        assert!(lay_out(PRINTED, &[]).is_err());
        assert!(lay_out(PRINTED, &[row("1")[0].clone(), Vec::new()]).is_err());
    }

    #[test]
    fn a_table_that_knows_no_code_stays_on_one_line() {
        let printed = "impl crate::CodeTable for State {\n    const KNOWN: &'static [(Self, crate::Code)] = &[];\n}\n";
        assert_eq!(lay_out(printed, &[Vec::new()]).unwrap(), printed);
        assert!(lay_out(printed, &row("1")).is_err(), "rows for a table printed empty");
        assert!(lay_out(printed, &[]).is_err(), "a table printed but not emitted");
    }
}
