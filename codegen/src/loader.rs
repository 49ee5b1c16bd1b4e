//! Reads the root spec file and its includes, parses each with serde_yaml and merges them.

use std::path::Path;

use crate::diagnostics::{Diagnostic, Reporter, Source};
use crate::model::{Origins, Spec, SpecFile};
use crate::source_map::Location;

/// Loads `root` (a path as shown in diagnostics) and its includes through `read`.
///
/// Returns the merged spec and the loaded sources (for diagnostics), or the problems that stopped loading.
pub fn load(
    root: &str,
    read: &dyn Fn(&str) -> std::io::Result<String>,
) -> Result<(Spec, Vec<Source>), Vec<Diagnostic>> {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    let root_file = match read_one(root, read, &mut sources, &mut problems) {
        Some(file) => file,
        None => return Err(problems),
    };
    let mut files = vec![root_file];
    let base = Path::new(root).parent().unwrap_or(Path::new(""));
    let includes = files[0].include.clone();
    for include in &includes {
        let name = base.join(include).to_string_lossy().replace('\\', "/");
        if let Some(file) = read_one(&name, read, &mut sources, &mut problems) {
            let file_index = sources.len() - 1;
            let mut report = Reporter::new(&sources, None);
            if file.info.is_some() {
                report.error_in(
                    file_index,
                    "E003",
                    "info",
                    "`info` belongs in the root spec file only",
                    "move it to the root file",
                );
            }
            if !file.include.is_empty() {
                report.error_in(
                    file_index,
                    "E003",
                    "include",
                    "includes may not include further files",
                    "list every file in the root file's `include`",
                );
            }
            problems.extend(report.finish());
            files.push(file);
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let Some(info) = files[0].info.clone() else {
        let mut report = Reporter::new(&sources, None);
        report.error_in(0, "E002", "", "the root spec file has no `info`", "add `info: { title, gateway, version }`");
        return Err(report.finish());
    };
    let mut spec = Spec {
        info,
        sources: Default::default(),
        types: Default::default(),
        methods: Vec::new(),
        origins: Origins::default(),
    };
    let mut duplicates = Vec::new();
    for (file_index, file) in files.into_iter().enumerate() {
        for (key, description) in file.sources {
            if let Some(first) = spec.origins.sources.insert(key.clone(), file_index) {
                duplicates.push((
                    file_index,
                    format!("sources.{key}"),
                    format!("source `{key}` is also defined in {}", sources[first].name),
                ));
            }
            spec.sources.insert(key, description);
        }
        for (name, table) in file.types {
            if let Some(first) = spec.origins.types.insert(name.clone(), file_index) {
                duplicates.push((
                    file_index,
                    format!("types.{name}"),
                    format!("type `{name}` is also defined in {}", sources[first].name),
                ));
            }
            spec.types.insert(name, table);
        }
        for (local, method) in file.methods.into_iter().enumerate() {
            spec.origins.methods.push((file_index, local));
            spec.methods.push(method);
        }
    }
    if !duplicates.is_empty() {
        let mut report = Reporter::new(&sources, None);
        for (file_index, path, message) in duplicates {
            report.key_error_in(file_index, "E044", &path, message, "define it once; every file shares one namespace");
        }
        return Err(report.finish());
    }
    Ok((spec, sources))
}

/// Reads and parses one file, recording its source; `None` after recording a problem.
fn read_one(
    name: &str,
    read: &dyn Fn(&str) -> std::io::Result<String>,
    sources: &mut Vec<Source>,
    problems: &mut Vec<Diagnostic>,
) -> Option<SpecFile> {
    let text = match read(name) {
        Ok(text) => text,
        Err(error) => {
            sources.push(Source::new(name, String::new()));
            let mut report = Reporter::new(sources, None);
            report.at(
                sources.len() - 1,
                "E000",
                None,
                format!("cannot read `{name}`: {error}"),
                "run from the workspace root",
            );
            problems.extend(report.finish());
            return None;
        }
    };
    sources.push(Source::new(name, text));
    let source = &sources[sources.len() - 1];
    match serde_yaml::from_str::<SpecFile>(&source.text) {
        Ok(file) => Some(file),
        Err(error) => {
            let location = error.location().map(|l| Location { line: l.line(), column: l.column() });
            let (code, help) = if source.map.value("").is_none() {
                ("E001", "fix the YAML syntax at this position")
            } else {
                ("E002", "compare with the schema in spec/README.md")
            };
            let text = error.to_string();
            // serde_yaml appends the position; the diagnostic shows it already.
            let message = text.rfind(" at line ").map_or(text.as_str(), |cut| &text[..cut]).to_owned();
            let mut report = Reporter::new(sources, None);
            report.at(sources.len() - 1, code, location, message, help);
            problems.extend(report.finish());
            None
        }
    }
}
