//! The likely cause of a YAML syntax error, for its hint: a tab in the indentation, a line indented
//! unlike the lines it belongs with, an unclosed quote or bracket, `: ` inside a plain value, a
//! value starting with a character YAML reserves, a second document.
//!
//! libyaml (serde_yaml) names what it expected, not why; these are heuristics over the text around
//! the error, each tested in `codegen/tests/diagnostic_hints.rs`.

use crate::source_map::{Location, SourceMap};

/// A YAML syntax error explained: where to point, the message without positions, and a hint
/// naming the likely cause.
pub struct Explained {
    /// Where the diagnostic points: serde_yaml's position; for a quote never closed, where it
    /// opens (serde_yaml names the end of the file); for a second document, where it starts.
    pub location: Option<Location>,
    /// libyaml's message, positions removed (the diagnostic shows the location).
    pub message: String,
    /// The likely cause and its fix.
    pub help: String,
}

/// Explains serde_yaml's `error` on `text`, whose source map is `map`.
pub fn explain_error(text: &str, error: &serde_yaml::Error, map: &SourceMap) -> Explained {
    let at = error.location().map(|l| Location { line: l.line(), column: l.column() });
    let mut explained = explain(text, &error.to_string(), at);
    if explained.location.is_none() {
        explained.location = map.second_document();
    }
    explained
}

/// Explains serde_yaml's `message` for an error at `at` in `text`.
pub fn explain(text: &str, message: &str, at: Option<Location>) -> Explained {
    let (plain, marks) = split_marks(message);
    let lines: Vec<&str> = text.lines().collect();
    let line_no = at.map_or(lines.len(), |at| at.line.min(lines.len().max(1)));
    // The context mark ("while scanning a quoted scalar at line 7 column 11") is where the open
    // construct started.
    let opened = marks.get(1).copied();
    let mut causes = Vec::new();
    if let Some(tab) = tab_indented(&lines, line_no) {
        causes.push(format!(
            "line {tab} indents with a tab: YAML indents with spaces only, so replace the tab with spaces"
        ));
    }
    let mut location = at;
    if plain.contains("more than one document") {
        causes.push(
            "a `---` line starts a second document, and a spec file holds one: remove it, or move what follows to a file listed under `include:`".into(),
        );
    } else if plain.contains("quoted scalar") {
        location = opened.map(|(line, column)| Location { line, column }).or(at);
        let start = opened.map_or(String::new(), |(line, column)| format!(" at line {line}, column {column}"));
        causes.push(format!("the quoted value opened{start} is never closed: add the closing quote"));
    } else if plain.contains("flow mapping") || plain.contains("flow sequence") {
        let start = opened.map_or(String::new(), |(line, column)| format!(" at line {line}, column {column}"));
        causes.push(format!(
            "the `{{ … }}` or `[ … ]` opened{start} is not closed where expected: close it, or quote a value inside that holds `,`, `:`, `{{` or `[`"
        ));
    } else if let Some(indentation) = indentation_cause(&lines, line_no) {
        causes.push(indentation);
    } else if plain.contains("mapping values are not allowed") {
        causes
            .push("a plain value holds `: `: quote the value (`\"a: b\"`), or put the next key on its own line".into());
    } else if plain.contains("cannot start any token") {
        let found = at.and_then(|at| lines.get(at.line - 1)?.chars().nth(at.column.saturating_sub(1)));
        if let Some(c) = found.filter(|c| !c.is_whitespace()) {
            let shown = if c == '`' { "`` ` ``".to_owned() } else { format!("`{c}`") };
            causes.push(format!("a plain value cannot start with {shown}: quote the value"));
        }
    }
    let help = if causes.is_empty() { "fix the YAML syntax at this position".to_owned() } else { causes.join("; ") };
    Explained { location, message: plain, help }
}

/// The message without its " at line L column C" marks, and the marks in order.
fn split_marks(message: &str) -> (String, Vec<(usize, usize)>) {
    let mut plain = String::new();
    let mut marks = Vec::new();
    let mut rest = message;
    while let Some(at) = rest.find(" at line ") {
        plain.push_str(&rest[..at]);
        let after = &rest[at + " at line ".len()..];
        let (line, tail) = split_number(after);
        let Some(tail) = tail.strip_prefix(" column ") else {
            plain.push_str(" at line ");
            rest = after;
            continue;
        };
        let (column, tail) = split_number(tail);
        if let (Some(line), Some(column)) = (line, column) {
            marks.push((line, column));
        }
        rest = tail;
    }
    plain.push_str(rest);
    (plain, marks)
}

fn split_number(text: &str) -> (Option<usize>, &str) {
    let end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    (text[..end].parse().ok(), &text[end..])
}

/// The nearest line at or before `line_no` (or just after it) whose indentation holds a tab.
fn tab_indented(lines: &[&str], line_no: usize) -> Option<usize> {
    let indented_with_tab = |line: &str| line.chars().take_while(|c| matches!(c, ' ' | '\t' | '-')).any(|c| c == '\t');
    let before = (1..=line_no.min(lines.len())).rev().find(|&n| indented_with_tab(lines[n - 1]));
    before.or_else(|| lines.get(line_no).filter(|line| indented_with_tab(line)).map(|_| line_no + 1))
}

/// A content line: not blank, not only a comment.
fn is_content(line: &str) -> bool {
    let trimmed = line.trim_start();
    !trimmed.is_empty() && !trimmed.starts_with('#')
}

fn indent(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

/// The columns where a line's entries start: its indentation and, after each `- `, the item's.
fn entry_columns(line: &str) -> Vec<usize> {
    let mut columns = vec![indent(line)];
    let mut rest = &line[indent(line)..];
    while let Some(after) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("-\t")) {
        let skipped = after.chars().take_while(|c| *c == ' ').count();
        let column = columns.last().copied().unwrap_or_default() + 2 + skipped;
        columns.push(column);
        rest = &after[skipped..];
    }
    columns
}

/// Whether a line ends its key with a value on the same line (`key: value`), so that nothing may
/// be nested under it.
fn has_inline_value(line: &str) -> bool {
    let content = line.split(" #").next().unwrap_or(line).trim_end();
    match content.find(": ") {
        Some(at) => {
            let value = content[at + 2..].trim();
            !value.is_empty() && !matches!(value.chars().next(), Some('|' | '>' | '&' | '!'))
        }
        None => false,
    }
}

/// The error line indented unlike the block it belongs to: deeper than a line that already holds
/// a value, or at a column no enclosing entry starts at.
fn indentation_cause(lines: &[&str], line_no: usize) -> Option<String> {
    let line = lines.get(line_no.checked_sub(1)?)?;
    if !is_content(line) || line.starts_with('\t') {
        return None;
    }
    let own = indent(line);
    let previous = (1..line_no).rev().find(|&n| is_content(lines[n - 1]))?;
    let above = lines[previous - 1];
    if own > indent(above) && has_inline_value(above) && !entry_columns(above).contains(&own) {
        return Some(format!(
            "line {line_no} is indented {own} spaces, deeper than line {previous}, which already has a value: \
             align it with line {previous} ({} spaces), or quote a value that goes on",
            entry_columns(above).last().copied().unwrap_or_default()
        ));
    }
    // The columns entries start at in the enclosing blocks, innermost last.
    let mut open: Vec<usize> = Vec::new();
    for text in lines[..line_no - 1].iter().filter(|text| is_content(text)) {
        let columns = entry_columns(text);
        open.retain(|column| *column < columns[0]);
        open.extend(columns);
    }
    if open.contains(&own) || own > open.last().copied().unwrap_or_default() {
        return None;
    }
    let shallower = open.iter().rev().find(|column| **column < own);
    let deeper = open.iter().find(|column| **column > own);
    let choices = match (shallower, deeper) {
        (Some(a), Some(b)) => format!("{a} or {b} spaces"),
        (Some(a), None) | (None, Some(a)) => format!("{a} spaces"),
        (None, None) => return None,
    };
    Some(format!(
        "line {line_no} is indented {own} spaces, but the entries around it start at {choices}: \
         indent it like the entries it belongs with"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_taken_out_of_the_message() {
        let (plain, marks) = split_marks(
            "found unexpected end of stream at line 9 column 1, while scanning a quoted scalar at line 7 column 11",
        );
        assert_eq!(plain, "found unexpected end of stream, while scanning a quoted scalar");
        assert_eq!(marks, [(9, 1), (7, 11)]);
        assert_eq!(split_marks("no marks at linear time").0, "no marks at linear time");
    }

    #[test]
    fn entry_columns_follow_sequence_dashes() {
        assert_eq!(entry_columns("  - - name: x"), [2, 4, 6]);
        assert_eq!(entry_columns("    key: v"), [4]);
    }
}
