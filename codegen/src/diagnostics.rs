//! Spec problems with a stable code, a `file:line:col`, the offending line and a help text.

use std::fmt;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::model::Origins;
use crate::source_map::{Location, SourceMap};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Generation stops.
    Error,
    /// Generation goes on; shown once.
    Warning,
}

/// One problem found in a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code, e.g. `E003`.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// YAML path of the offending node (`methods[3].params[1].type`).
    pub path: String,
    /// Spec file as given to the loader.
    pub file: String,
    /// Where in the file, when known.
    pub location: Option<Location>,
    /// The source line at `location`.
    pub snippet: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        writeln!(f, "{level}[{}]: {}", self.code, self.message)?;
        match self.location {
            Some(at) => writeln!(f, "  --> {}:{}:{}", self.file, at.line, at.column)?,
            None => writeln!(f, "  --> {}", self.file)?,
        }
        if !self.path.is_empty() {
            writeln!(f, "   = at: {}", self.path)?;
        }
        if let (Some(at), Some(line)) = (self.location, &self.snippet) {
            let number = at.line.to_string();
            let gutter = " ".repeat(number.len());
            writeln!(f, "{gutter} |")?;
            writeln!(f, "{number} | {line}")?;
            // Columns count characters; the caret line is padded in terminal cells (a CJK
            // character takes two), keeping tabs so it lines up however tabs are shown.
            let before: String = line
                .chars()
                .take(at.column.saturating_sub(1))
                .map(|c| if c == '\t' { "\t".to_owned() } else { " ".repeat(c.width().unwrap_or(0)) })
                .collect();
            let token = line
                .chars()
                .skip(at.column.saturating_sub(1))
                .take_while(|c| !matches!(c, ',' | '}' | ']' | '#'))
                .collect::<String>();
            let token = token.split(": ").next().unwrap_or_default().trim_end().trim_end_matches(':');
            let width = token.width().max(1);
            writeln!(f, "{gutter} | {before}{} {}", "^".repeat(width), label(self.code))?;
        }
        if let Some(help) = &self.help {
            writeln!(f, "   = help: {help}")?;
        }
        Ok(())
    }
}

/// One loaded spec file.
#[derive(Debug)]
pub struct Source {
    /// Name shown in diagnostics (`spec/dangdang.yaml`).
    pub name: String,
    /// Contents.
    pub text: String,
    /// Positions of its YAML nodes.
    pub map: SourceMap,
}

impl Source {
    /// A source and its position map.
    pub fn new(name: &str, text: String) -> Source {
        let map = SourceMap::build(&text);
        Source { name: name.to_owned(), text, map }
    }
}

/// The short label shown under the offending token, per code.
pub fn label(code: &str) -> &'static str {
    match code {
        "E000" => "cannot read",
        "E001" => "syntax error",
        "E002" => "does not fit the schema",
        "E003" => "root file only",
        "E004" => "include refused",
        "E005" => "nested too deeply",
        "E010" => "duplicate method",
        "E011" => "not a dotted method name",
        "E012" => "Rust name collides",
        "E013" => "not a legacy script URL",
        "E020" => "unknown type",
        "E021" => "duplicate parameter",
        "E022" => "Rust name collides",
        "E023" => "not a usable Rust name",
        "E024" => "required with a default",
        "E025" => "not a bound of this type",
        "E026" => "min above max",
        "E028" => "personal data is text",
        "E027" => "bound on a non-number",
        "E030" => "transport and upload disagree",
        "E031" => "duplicate or empty name",
        "E032" => "Rust name collides",
        "E033" => "struct defined twice",
        "E034" => "reserved type name",
        "E040" => "duplicate code",
        "E041" => "bad variant name",
        "E042" => "code does not match `repr`",
        "E043" => "not UpperCamelCase",
        "E044" => "defined twice",
        "E045" => "no such shape",
        "E046" => "children missing or given twice",
        "E047" => "shape contains itself",
        "E050" => "no such parameter",
        "E051" => "no such response path",
        "E052" => "no such parameter",
        "E053" => "one key per rule",
        "E054" => "cannot be paged",
        "E055" => "one total only",
        "E056" => "0 or 1",
        "E060" => "unknown source",
        "E048" => "bad allowance",
        "E099" => "generator bug",
        "W001" => "no English summary",
        "W002" => "unusual host",
        "W003" => "undocumented methods",
        "W004" => "same shape defined inline twice",
        _ => "here",
    }
}

/// Collects diagnostics and resolves merged-spec paths to the file and position they came from.
pub struct Reporter<'a> {
    sources: &'a [Source],
    origins: Option<&'a Origins>,
    found: Vec<Diagnostic>,
}

impl<'a> Reporter<'a> {
    /// A reporter over the loaded files; `origins` maps merged paths back to files.
    pub fn new(sources: &'a [Source], origins: Option<&'a Origins>) -> Self {
        Reporter { sources, origins, found: Vec::new() }
    }

    /// The file index and the path within that file of a merged-spec path.
    fn resolve(&self, path: &str) -> (usize, String) {
        let Some(origins) = self.origins else { return (0, path.to_owned()) };
        if let Some(rest) = path.strip_prefix("methods[") {
            if let Some((index, tail)) = rest.split_once(']') {
                if let Some(&(file, local)) = index.parse::<usize>().ok().and_then(|i| origins.methods.get(i)) {
                    return (file, format!("methods[{local}]{tail}"));
                }
            }
        }
        for (prefix, table) in
            [("types.", &origins.types), ("shapes.", &origins.shapes), ("sources.", &origins.sources)]
        {
            if let Some(rest) = path.strip_prefix(prefix) {
                let name = rest.split(['.', '[']).next().unwrap_or(rest);
                if let Some(&file) = table.get(name) {
                    return (file, path.to_owned());
                }
            }
        }
        (0, path.to_owned())
    }

    /// `file:line:col` of a merged-spec path, for "first defined at" notes.
    pub fn describe(&self, path: &str) -> String {
        self.describe_at(path, false)
    }

    /// `file:line:col` of the key of a merged-spec path (a named item such as `shapes.Sku`).
    pub fn describe_key(&self, path: &str) -> String {
        self.describe_at(path, true)
    }

    fn describe_at(&self, path: &str, key: bool) -> String {
        let (file, local) = self.resolve(path);
        let source = &self.sources[file];
        let at = if key { source.map.key(&local) } else { source.map.value(&local) };
        match at {
            Some(at) => format!("{}:{}:{}", source.name, at.line, at.column),
            None => source.name.clone(),
        }
    }

    /// Records an error at the value of a merged-spec `path`.
    pub fn error(&mut self, code: &'static str, path: &str, message: impl Into<String>, help: impl Into<String>) {
        let (file, local) = self.resolve(path);
        self.error_in(file, code, &local, message, help);
    }

    /// Records an error at the key of a merged-spec `path` (misplaced or duplicate keys).
    pub fn error_at_key(
        &mut self,
        code: &'static str,
        path: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let (file, local) = self.resolve(path);
        self.key_error_in(file, code, &local, message, help);
    }

    /// Records a warning at the value of a merged-spec `path`.
    pub fn warning(&mut self, code: &'static str, path: &str, message: impl Into<String>, help: impl Into<String>) {
        let (file, local) = self.resolve(path);
        let location = self.sources[file].map.value(&local);
        self.push(Severity::Warning, file, code, &local, location, message.into(), help.into());
    }

    /// Records an error at the value of `path` in file `file`.
    pub fn error_in(
        &mut self,
        file: usize,
        code: &'static str,
        path: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let location = self.sources[file].map.value(path);
        self.push(Severity::Error, file, code, path, location, message.into(), help.into());
    }

    /// Records an error at the key of `path` in file `file`.
    pub fn key_error_in(
        &mut self,
        file: usize,
        code: &'static str,
        path: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let location = self.sources[file].map.key(path);
        self.push(Severity::Error, file, code, path, location, message.into(), help.into());
    }

    /// Records an error at an explicit location in file `file` (parser errors).
    pub fn at(
        &mut self,
        file: usize,
        code: &'static str,
        location: Option<Location>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.push(Severity::Error, file, code, "", location, message.into(), help.into());
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        severity: Severity,
        file: usize,
        code: &'static str,
        path: &str,
        location: Option<Location>,
        message: String,
        help: String,
    ) {
        let source = &self.sources[file];
        let snippet = location.and_then(|at| source.text.lines().nth(at.line - 1)).map(str::to_owned);
        self.found.push(Diagnostic {
            severity,
            code,
            message,
            path: path.to_owned(),
            file: source.name.clone(),
            location,
            snippet,
            help: (!help.is_empty()).then_some(help),
        });
    }

    /// Everything recorded, in the order found.
    pub fn finish(self) -> Vec<Diagnostic> {
        self.found
    }
}

/// A generator bug found while emitting (E099): reported like a spec problem rather than a panic.
pub fn internal_error(file: &str, message: String) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        code: "E099",
        message,
        path: String::new(),
        file: file.to_owned(),
        location: None,
        snippet: None,
        help: Some("this is a bug in the generator, not in the spec: please report it with the spec".to_owned()),
    }
}

/// Renders diagnostics as plain text (no colour), errors first, with a summary line.
pub fn render(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics.iter().filter(|d| d.is_error()).chain(diagnostics.iter().filter(|d| !d.is_error())) {
        out.push_str(&diagnostic.to_string());
        out.push('\n');
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    out.push_str(&format!("{errors} error(s), {warnings} warning(s)\n"));
    out
}
