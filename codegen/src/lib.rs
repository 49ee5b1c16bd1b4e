//! Turns the YAML spec of the Dangdang API into the generated modules of `dangdang-api`.
//!
//! Pipeline: [`model`] (serde_yaml) → [`validate`] (every problem, with file:line:col via
//! [`source_map`]) → [`ir`] (Rust names and types, protocol-neutral) → `emit` (quote, rendered by
//! prettyplease). How values travel is the wire-format emitter's: `emit::wire` picks it by the spec's
//! `info.protocol` (`emit::xml` for `dangdang-xml`).

mod bounds;
pub mod diagnostics;
mod emit;
pub mod identifiers;
pub mod ir;
mod loader;
pub mod model;
pub mod naming;
pub mod parser_agreement;
pub mod source_map;
pub mod spec_reader;
mod suggest;
mod syntax_hint;
pub mod validate;
mod values;

use std::path::{Path, PathBuf};

use diagnostics::{Diagnostic, Reporter};

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

/// Loads and validates a spec through `read` (a file reader keyed by the names shown in diagnostics).
pub fn load(
    root: &str,
    read: &dyn Fn(&str) -> std::io::Result<String>,
) -> Result<(model::Spec, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (spec, sources) = loader::load(root, read)?;
    let mut report = Reporter::new(&sources, Some(&spec.origins));
    validate::validate(&spec, &mut report);
    let found = report.finish();
    if found.iter().any(Diagnostic::is_error) { Err(found) } else { Ok((spec, found)) }
}

/// Generates every file from a spec given as text (a single file without includes); for tests.
pub fn generate_str(file: &str, text: &str) -> Result<Generation, Vec<Diagnostic>> {
    let read = |name: &str| {
        if name == file {
            Ok(text.to_owned())
        } else {
            Err(std::io::Error::new(std::io::ErrorKind::NotFound, "not provided"))
        }
    };
    generate_with(file, &read)
}

/// Generates every file from the spec under the workspace `root`.
pub fn generate(root: &Path) -> Result<Generation, Vec<Diagnostic>> {
    let reader = spec_reader::SpecReader::new(root, SPEC_PATH);
    generate_with(SPEC_PATH, &|name| reader.read(name))
}

/// Generation split into its phases, for profiling (`cargo bench -p dangdang-benches --bench generate`);
/// [`generate`] runs exactly these, in this order.
pub mod phases {
    use std::path::Path;

    use crate::diagnostics::Diagnostic;
    pub use crate::emit::RustTokens;
    use crate::{GeneratedFile, SPEC_PATH, ir, model};

    /// Reads the spec and its includes under the workspace `root` (YAML → model) and validates it.
    pub fn load_and_validate(root: &Path) -> Result<(model::Spec, Vec<Diagnostic>), Vec<Diagnostic>> {
        let reader = crate::spec_reader::SpecReader::new(root, SPEC_PATH);
        crate::load(SPEC_PATH, &|name| reader.read(name))
    }

    /// Lowers a validated spec to the IR (Rust names and types).
    pub fn lower(spec: &model::Spec) -> ir::Api {
        ir::lower(spec, SPEC_PATH)
    }

    /// Emits every Rust file as tokens (quote), and the Markdown methods table.
    pub fn emit(api: &ir::Api) -> (Vec<RustTokens>, GeneratedFile) {
        crate::emit::tokens(api)
    }

    /// Renders one Rust file: `syn` parses the tokens and prettyplease prints them.
    pub fn render(api: &ir::Api, file: RustTokens) -> Result<GeneratedFile, String> {
        crate::emit::render(api, file)
    }
}

fn generate_with(file: &str, read: &dyn Fn(&str) -> std::io::Result<String>) -> Result<Generation, Vec<Diagnostic>> {
    let (spec, warnings) = load(file, read)?;
    let api = ir::lower(&spec, file);
    let files = emit::files(&api).map_err(|message| vec![diagnostics::internal_error(file, message)])?;
    Ok(Generation { files, warnings })
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
