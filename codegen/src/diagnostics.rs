//! Spec problems with a stable code, a `file:line:col`, the offending line and a help text.

use std::fmt;

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
            let caret_pad: String =
                line.chars().take(at.column.saturating_sub(1)).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
            writeln!(f, "{gutter} | {caret_pad}^")?;
        }
        if let Some(help) = &self.help {
            writeln!(f, "   = help: {help}")?;
        }
        Ok(())
    }
}

/// Collects diagnostics for one spec file and resolves their locations.
pub struct Reporter<'a> {
    file: &'a str,
    text: &'a str,
    map: &'a SourceMap,
    found: Vec<Diagnostic>,
}

impl<'a> Reporter<'a> {
    /// A reporter for `file` whose contents are `text`.
    pub fn new(file: &'a str, text: &'a str, map: &'a SourceMap) -> Self {
        Reporter { file, text, map, found: Vec::new() }
    }

    /// Records an error at the value of `path`.
    pub fn error(&mut self, code: &'static str, path: &str, message: impl Into<String>, help: impl Into<String>) {
        let location = self.map.value(path);
        self.push(Severity::Error, code, path, location, message.into(), help.into());
    }

    /// Records an error at the key of `path` (for misplaced or duplicate keys).
    pub fn error_at_key(
        &mut self,
        code: &'static str,
        path: &str,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        let location = self.map.key(path);
        self.push(Severity::Error, code, path, location, message.into(), help.into());
    }

    /// Records a warning at the value of `path`.
    pub fn warning(&mut self, code: &'static str, path: &str, message: impl Into<String>, help: impl Into<String>) {
        let location = self.map.value(path);
        self.push(Severity::Warning, code, path, location, message.into(), help.into());
    }

    /// Records a problem at an explicit location (parser errors).
    pub fn at(
        &mut self,
        code: &'static str,
        location: Option<Location>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.push(Severity::Error, code, "", location, message.into(), help.into());
    }

    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        path: &str,
        location: Option<Location>,
        message: String,
        help: String,
    ) {
        let snippet = location.and_then(|at| self.text.lines().nth(at.line - 1)).map(str::to_owned);
        self.found.push(Diagnostic {
            severity,
            code,
            message,
            path: path.to_owned(),
            file: self.file.to_owned(),
            location,
            snippet,
            help: (!help.is_empty()).then_some(help),
        });
    }

    /// Everything recorded, errors and warnings in the order found.
    pub fn finish(self) -> Vec<Diagnostic> {
        self.found
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
