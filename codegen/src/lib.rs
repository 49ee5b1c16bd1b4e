//! Turns the YAML specs of the APIs ([`APIS`]: Dangdang, Wangdian) into the generated modules of
//! their client crates.
//!
//! Pipeline: [`model`] (serde_yaml) → [`validate`] (every problem, with file:line:col via
//! [`source_map`]) → [`ir`] (Rust names and types, protocol-neutral) → `emit` (quote, rendered by
//! prettyplease). How values travel is the wire-format emitter's: `emit::wire` picks it by the spec's
//! `info.protocol` (`emit::xml` for `dangdang-xml`, `emit::json` for `wangdian-json`).

mod bounds;
pub mod changelog;
pub mod diagnostics;
mod emit;
pub mod identifiers;
pub mod ir;
mod libyaml_events;
mod loader;
pub mod model;
pub mod naming;
pub mod parser_agreement;
pub mod source_map;
pub mod spec_reader;
mod suggest;
pub mod surface;
mod syntax_hint;
pub mod validate;
mod values;

/// A spec scalar (a default, an allowed value, a code) as its wire text, as the generator reads it.
pub use values::scalar_text;

use std::path::{Path, PathBuf};

use diagnostics::{Diagnostic, Reporter};

/// The Dangdang spec, relative to the workspace root.
pub const SPEC_PATH: &str = "spec/dangdang.yaml";
/// Where generated Dangdang Rust goes, relative to the workspace root.
pub const OUTPUT_DIR: &str = "dangdang-api/src/generated";

/// Where one API's spec and generated files live, relative to the workspace root.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiPaths {
    /// The root spec file.
    pub spec: &'static str,
    /// The generated Rust modules.
    pub output_dir: &'static str,
    /// The generated Markdown methods table.
    pub methods_doc: &'static str,
    /// The generated API surface, one item per line ([`surface`]), diffed for the change report.
    pub surface: &'static str,
    /// The crate the generated code belongs to (its directory and package name).
    pub crate_name: &'static str,
    /// The protocol its spec names (each protocol is one API here).
    pub protocol: model::Protocol,
}

/// Every API the generator knows: Dangdang (its spec must exist) and Wangdian (generated when
/// `spec/wangdian.yaml` exists).
pub const APIS: [ApiPaths; 2] = [
    ApiPaths {
        spec: SPEC_PATH,
        output_dir: OUTPUT_DIR,
        methods_doc: "docs/methods.md",
        surface: "docs/api/dangdang.surface",
        crate_name: "dangdang-api",
        protocol: model::Protocol::DangdangXml,
    },
    ApiPaths {
        spec: "spec/wangdian.yaml",
        output_dir: "wangdian-api/src/generated",
        methods_doc: "docs/wangdian-methods.md",
        surface: "docs/api/wangdian.surface",
        crate_name: "wangdian-api",
        protocol: model::Protocol::WangdianJson,
    },
];

impl ApiPaths {
    /// The paths of the API that speaks `protocol`.
    pub fn for_protocol(protocol: model::Protocol) -> &'static ApiPaths {
        APIS.iter().find(|api| api.protocol == protocol).unwrap_or(&APIS[0])
    }

    /// The APIs whose spec exists under `root` (Dangdang's always, so that a missing one is reported).
    pub fn present(root: &Path) -> Vec<&'static ApiPaths> {
        APIS.iter()
            .enumerate()
            .filter(|(i, api)| *i == 0 || root.join(api.spec).is_file())
            .map(|(_, api)| api)
            .collect()
    }
}
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

/// Generates every file from the Dangdang spec under the workspace `root`.
pub fn generate(root: &Path) -> Result<Generation, Vec<Diagnostic>> {
    generate_api(root, &APIS[0])
}

/// Generates every file of one API from its spec under the workspace `root`.
pub fn generate_api(root: &Path, api: &ApiPaths) -> Result<Generation, Vec<Diagnostic>> {
    let reader = spec_reader::SpecReader::new(root, api.spec);
    generate_with(api.spec, &|name| reader.read(name))
}

/// Generates the files of every API whose spec exists under `root` ([`ApiPaths::present`]), in
/// [`APIS`] order; the problems of every spec are reported together.
pub fn generate_all(root: &Path) -> Result<Generation, Vec<Diagnostic>> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let mut errors = Vec::new();
    for api in ApiPaths::present(root) {
        match generate_api(root, api) {
            Ok(generation) => {
                files.extend(generation.files);
                warnings.extend(generation.warnings);
            }
            Err(problems) => errors.extend(problems),
        }
    }
    if errors.is_empty() { Ok(Generation { files, warnings }) } else { Err(errors) }
}

/// Generation split into its phases, for profiling (`cargo bench -p dangdang-benches --bench generate`);
/// [`generate`] runs exactly these, in this order.
pub mod phases {
    use std::path::Path;

    use crate::diagnostics::Diagnostic;
    pub use crate::emit::RustTokens;
    use crate::{ApiPaths, GeneratedFile, SPEC_PATH, ir, model};

    /// Reads the spec and its includes under the workspace `root` (YAML → model) and validates it.
    pub fn load_and_validate(root: &Path) -> Result<(model::Spec, Vec<Diagnostic>), Vec<Diagnostic>> {
        let reader = crate::spec_reader::SpecReader::new(root, SPEC_PATH);
        crate::load(SPEC_PATH, &|name| reader.read(name))
    }

    /// Lowers a validated spec to the IR (Rust names and types).
    pub fn lower(spec: &model::Spec) -> ir::Api {
        ir::lower(spec, SPEC_PATH)
    }

    /// [`load_and_validate`] for the spec of any API.
    pub fn load_and_validate_api(
        root: &Path,
        api: &ApiPaths,
    ) -> Result<(model::Spec, Vec<Diagnostic>), Vec<Diagnostic>> {
        let reader = crate::spec_reader::SpecReader::new(root, api.spec);
        crate::load(api.spec, &|name| reader.read(name))
    }

    /// [`lower`] for the spec of any API.
    pub fn lower_api(spec: &model::Spec, api: &ApiPaths) -> ir::Api {
        ir::lower(spec, api.spec)
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

/// The semantic change report of every API among `files` against the surfaces checked in under
/// `root` ([`surface::diff`]): one text per changed crate, with the next semver version its
/// `Cargo.toml` version calls for. An API without a checked-in surface has no report (its first
/// generation writes the baseline).
pub fn change_reports(root: &Path, files: &[GeneratedFile]) -> Vec<ChangeReport> {
    let mut reports = Vec::new();
    for api in &APIS {
        let Some(new) = files.iter().find(|file| file.path == Path::new(api.surface)) else { continue };
        // Without a checked-in surface there is nothing to compare with: this run writes the baseline.
        let Ok(old) = std::fs::read_to_string(root.join(api.surface)) else { continue };
        let changes = surface::diff(&old, &new.contents);
        let version = crate_version(root, api);
        if let Some(text) = surface::report(api.crate_name, &version, &changes) {
            reports.push((api, changes, text));
        }
    }
    reports
}

/// One crate's changes: the API, each change, and the report's text.
pub type ChangeReport = (&'static ApiPaths, Vec<surface::Change>, String);

/// The `version = "…"` of the API's crate manifest under `root` (`0.0.0` when it cannot be read).
pub fn crate_version(root: &Path, api: &ApiPaths) -> String {
    let text = std::fs::read_to_string(root.join(api.crate_name).join("Cargo.toml")).unwrap_or_default();
    text.lines()
        .find_map(|line| line.trim().strip_prefix("version = \"")?.strip_suffix('"').map(str::to_owned))
        .unwrap_or_else(|| "0.0.0".to_owned())
}

/// A generated file whose checked-in copy differs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// The file is missing or its contents differ.
    Outdated(PathBuf),
    /// A file in the generated directory that generation no longer produces.
    Orphan(PathBuf),
}

/// Compares generated files with what is on disk under `root`; orphans are looked for in the output
/// directory of every API whose files are among `files`.
pub fn stale_files(root: &Path, files: &[GeneratedFile]) -> Vec<Stale> {
    let mut stale: Vec<Stale> = files
        .iter()
        .filter(|file| std::fs::read_to_string(root.join(&file.path)).ok().as_deref() != Some(file.contents.as_str()))
        .map(|file| Stale::Outdated(file.path.clone()))
        .collect();
    let dirs = APIS.iter().map(|api| api.output_dir).filter(|dir| files.iter().any(|file| file.path.starts_with(dir)));
    for path in dirs.flat_map(|dir| rust_files_under(&root.join(dir))) {
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
