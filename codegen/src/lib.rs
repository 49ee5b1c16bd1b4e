//! Turns the YAML spec of the Dangdang API into the generated modules of `dangdang-api`.
//!
//! Pipeline: [`model`] (serde_yaml) → [`validate`] (every problem, with file:line:col via
//! [`source_map`]) → [`ir`] (Rust names and types) → `emit` (quote, rendered by prettyplease).

pub mod diagnostics;
mod emit;
pub mod ir;
pub mod model;
pub mod naming;
pub mod source_map;
pub mod validate;

use std::path::{Path, PathBuf};

use diagnostics::{Diagnostic, Reporter};
use source_map::{Location, SourceMap};

/// The spec, relative to the workspace root.
pub const SPEC_PATH: &str = "spec/dangdang.yaml";
/// Where generated Rust goes, relative to the workspace root.
pub const OUTPUT_DIR: &str = "dangdang-api/src/generated";
/// The command that regenerates everything.
pub const GEN_COMMAND: &str = "cargo xtask gen";

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the workspace root.
    pub path: PathBuf,
    /// Full contents.
    pub contents: String,
}

/// A successful generation: the files and any warnings.
#[derive(Debug)]
pub struct Generation {
    /// Every generated file, in a fixed order.
    pub files: Vec<GeneratedFile>,
    /// Problems that did not block generation.
    pub warnings: Vec<Diagnostic>,
}

/// Parses and validates spec text; `file` is the name shown in diagnostics.
pub fn load_str(file: &str, text: &str) -> Result<(model::Spec, Vec<Diagnostic>), Vec<Diagnostic>> {
    let map = SourceMap::build(text);
    let mut report = Reporter::new(file, text, &map);
    let spec = match serde_yaml::from_str::<model::Spec>(text) {
        Ok(spec) => spec,
        Err(error) => {
            let location = error.location().map(|l| Location { line: l.line(), column: l.column() });
            let (code, help) = if map.value("").is_none() {
                ("E001", "fix the YAML syntax at this position")
            } else {
                ("E002", "compare with the schema in spec/README.md")
            };
            let text = error.to_string();
            // serde_yaml appends the position; the diagnostic shows it already.
            let message = text.rfind(" at line ").map_or(text.as_str(), |cut| &text[..cut]);
            report.at(code, location, message, help);
            return Err(report.finish());
        }
    };
    validate::validate(&spec, &mut report);
    let found = report.finish();
    if found.iter().any(Diagnostic::is_error) { Err(found) } else { Ok((spec, found)) }
}

/// Generates every file from spec text.
pub fn generate_str(file: &str, text: &str) -> Result<Generation, Vec<Diagnostic>> {
    let (spec, warnings) = load_str(file, text)?;
    let api = ir::lower(&spec, file);
    Ok(Generation { files: emit::files(&api), warnings })
}

/// Generates every file from the spec under the workspace `root`.
pub fn generate(root: &Path) -> Result<Generation, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(root.join(SPEC_PATH)).map_err(|error| {
        let map = SourceMap::default();
        let mut report = Reporter::new(SPEC_PATH, "", &map);
        report.at("E000", None, format!("cannot read the spec: {error}"), "run from the workspace root");
        report.finish()
    })?;
    generate_str(SPEC_PATH, &text)
}

/// A generated file whose checked-in copy differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// The file is missing or its contents differ.
    Outdated(PathBuf),
    /// A file in the generated directory that generation no longer produces.
    Orphan(PathBuf),
}

/// Compares generated files with what is on disk under `root`.
pub fn stale_files(root: &Path, files: &[GeneratedFile]) -> Vec<Stale> {
    let mut stale: Vec<Stale> = files
        .iter()
        .filter(|file| std::fs::read_to_string(root.join(&file.path)).ok().as_deref() != Some(file.contents.as_str()))
        .map(|file| Stale::Outdated(file.path.clone()))
        .collect();
    for path in rust_files_under(&root.join(OUTPUT_DIR)) {
        let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        if !files.iter().any(|file| file.path == relative) {
            stale.push(Stale::Orphan(relative));
        }
    }
    stale
}

/// Every `.rs` file under `dir`, sorted.
pub fn rust_files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}
