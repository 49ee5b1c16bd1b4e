//! Reads the root spec file and its includes, parses each with serde_yaml and merges them.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostics::{Diagnostic, Reporter, Source};
use crate::model::{Origins, Spec, SpecFile};
use crate::source_map::{Location, MAX_DEPTH, SERDE_YAML_DEPTH, UNREAD_ALIKE, Unreadable, unread_alike};
use crate::{suggest, syntax_hint};

/// Loads `root` (a path as shown in diagnostics) and its includes through `read`.
///
/// Returns the merged spec and the loaded sources (for diagnostics), or the problems that stopped loading.
pub fn load(
    root: &str,
    read: &dyn Fn(&str) -> std::io::Result<String>,
) -> Result<(Spec, Vec<Source>), Vec<Diagnostic>> {
    let mut sources = Vec::new();
    let mut problems = Vec::new();
    let root_file = match read_one(root, None, read, &mut sources, &mut problems) {
        Some(file) => file,
        None => return Err(problems),
    };
    let mut files = vec![root_file];
    let base = Path::new(root).parent().unwrap_or(Path::new(""));
    let includes = files[0].include.clone();
    for (index, include) in includes.iter().enumerate() {
        let entry = format!("include[{index}]");
        if let Err(reason) = check_include_path(include) {
            let mut report = Reporter::new(&sources, None);
            report.error_in(
                0,
                "E004",
                &entry,
                format!("include `{include}` is refused: {reason}"),
                "name a `.yaml` file below the root file's directory with a relative path, e.g. `methods/orders.yaml`",
            );
            problems.extend(report.finish());
            continue;
        }
        let name = base.join(include).to_string_lossy().replace('\\', "/");
        if let Some(file) = read_one(&name, Some(&entry), read, &mut sources, &mut problems) {
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
    let spec = merge(files, info, &sources)?;
    Ok((spec, sources))
}

/// Merges the files in include order into one spec; a source, type or shape defined twice is E044,
/// naming both places.
fn merge(files: Vec<SpecFile>, info: crate::model::Info, sources: &[Source]) -> Result<Spec, Vec<Diagnostic>> {
    let mut spec = Spec {
        info,
        sources: Default::default(),
        types: Default::default(),
        shapes: Default::default(),
        methods: Vec::new(),
        origins: Origins::default(),
    };
    let mut duplicates = Vec::new();
    for (file_index, file) in files.into_iter().enumerate() {
        let mut merge = |kind: &str, section: &str, name: &str, table: &mut BTreeMap<String, usize>| {
            let first = table.insert(name.to_owned(), file_index)?;
            let path = format!("{section}.{name}");
            let at = sources[first].map.key(&path).map_or(String::new(), |at| format!(":{}:{}", at.line, at.column));
            duplicates.push((
                file_index,
                path,
                format!("{kind} `{name}` is also defined at {}{at}", sources[first].name),
            ));
            Some(())
        };
        for (key, description) in file.sources {
            merge("source", "sources", &key, &mut spec.origins.sources);
            spec.sources.insert(key, description);
        }
        for (name, table) in file.types {
            merge("type", "types", &name, &mut spec.origins.types);
            spec.types.insert(name, table);
        }
        for (name, shape) in file.shapes {
            merge("shape", "shapes", &name, &mut spec.origins.shapes);
            spec.shapes.insert(name, shape);
        }
        for (local, method) in file.methods.into_iter().enumerate() {
            spec.origins.methods.push((file_index, local));
            spec.methods.push(method);
        }
    }
    if !duplicates.is_empty() {
        let mut report = Reporter::new(sources, None);
        for (file_index, path, message) in duplicates {
            report.key_error_in(file_index, "E044", &path, message, "define it once; every file shares one namespace");
        }
        return Err(report.finish());
    }
    Ok(spec)
}

/// Why an include path is refused before anything is read: it must stay inside the root file's
/// directory tree, so it is relative, made of plain names, and names a YAML file.
fn check_include_path(include: &str) -> Result<(), &'static str> {
    use std::path::Component;
    let path = Path::new(include);
    if include.trim().is_empty() {
        return Err("it is empty");
    }
    if include.contains('\\') {
        return Err("it contains a backslash; separate directories with `/`");
    }
    for component in path.components() {
        match component {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir => return Err("`..` would leave the spec directory"),
            Component::RootDir | Component::Prefix(_) => return Err("it is an absolute path"),
        }
    }
    if !matches!(path.extension().and_then(|e| e.to_str()), Some("yaml" | "yml")) {
        return Err("it does not end in `.yaml` or `.yml`");
    }
    Ok(())
}

/// Reads and parses one file, recording its source; `None` after recording a problem. `entry` is
/// the root file's `include[i]` that named the file, where a read failure is reported.
fn read_one(
    name: &str,
    entry: Option<&str>,
    read: &dyn Fn(&str) -> std::io::Result<String>,
    sources: &mut Vec<Source>,
    problems: &mut Vec<Diagnostic>,
) -> Option<SpecFile> {
    let text = match read(name) {
        Ok(text) => text,
        Err(error) => {
            let message = format!("cannot read `{name}`: {error}");
            if entry.is_none() {
                sources.push(Source::new(name, String::new()));
            }
            let mut report = Reporter::new(sources, None);
            match entry {
                Some(entry) => report.error_in(
                    0,
                    "E000",
                    entry,
                    message,
                    "include a readable spec file below the root file's directory",
                ),
                None => report.at(sources.len() - 1, "E000", None, message, "run from the workspace root"),
            }
            problems.extend(report.finish());
            return None;
        }
    };
    // A byte-order mark is not part of the YAML (serde_yaml would see a second document).
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    };
    sources.push(Source::new(name, text));
    let file_index = sources.len() - 1;
    let source = &sources[file_index];
    // Records the one problem that stops reading this file.
    let refuse = |problems: &mut Vec<Diagnostic>, code, location, message: String, help: String| {
        let mut report = Reporter::new(sources, None);
        report.at(file_index, code, location, message, help);
        problems.extend(report.finish());
        None
    };
    if let Some(location) = source.map.too_deep() {
        let message = format!("mappings and sequences nest more than {MAX_DEPTH} levels deep here");
        return refuse(
            problems,
            "E005",
            Some(location),
            message,
            "flatten the structure; no spec needs this depth".into(),
        );
    }
    if let Some((anchor, first, again)) = source.map.anchor_redefined() {
        let (anchor, first, again) = (anchor.clone(), *first, *again);
        let message =
            format!("the anchor `&{anchor}` is defined again here (first at {name}:{}:{})", first.line, first.column);
        let help = "give each anchor its own name: serde_yaml 0.9 resolves aliases after a redefined anchor to the wrong value";
        return refuse(problems, "E001", Some(again), message, help.into());
    }
    if let Some(location) = unread_alike(&source.text) {
        let found = source.text.find(UNREAD_ALIKE).and_then(|at| source.text[at..].chars().next());
        let (message, help) = if found == Some('\u{feff}') {
            (
                "a byte-order mark (U+FEFF, invisible) past the start of the file",
                "remove it: it is allowed only at the start of a file",
            )
        } else {
            (
                "a Unicode line break (NEL U+0085, LS U+2028 or PS U+2029, invisible), which YAML parsers read differently",
                "replace it with a newline or a space",
            )
        };
        return refuse(problems, "E001", Some(location), message.into(), help.into());
    }
    if !source.map.duplicate_keys().is_empty() {
        let mut report = Reporter::new(sources, None);
        for duplicate in sources[file_index].map.duplicate_keys() {
            let first = format!("{name}:{}:{}", duplicate.first.line, duplicate.first.column);
            report.at(
                file_index,
                "E044",
                Some(duplicate.again),
                format!("`{}` is given twice in one mapping (first at {first})", duplicate.key),
                "define it once: a mapping holds each key once",
            );
        }
        problems.extend(report.finish());
        return None;
    }
    if let Some(Unreadable::EndlessAlias { name, at }) = source.map.unreadable() {
        // serde_yaml names where it gave up following it; the alias is where to fix it.
        let message = format!(
            "the alias `*{name}` never ends: it sits inside the value `&{name}` names, or makes values nest deeper than {SERDE_YAML_DEPTH} levels"
        );
        let help = "write the value out instead of the alias, or alias a part that does not hold it";
        return refuse(problems, "E001", Some(*at), message, help.into());
    }
    let value: serde_yaml::Value = match serde_yaml::from_str(&source.text) {
        Ok(value) => value,
        Err(error) => {
            let explained = syntax_hint::explain_error(&source.text, &error, &source.map);
            return refuse(problems, "E001", explained.location, explained.message, explained.help);
        }
    };
    // serde_yaml and the source map read YAML with the same libyaml and agree on every text
    // (codegen/tests/parser_agreement.rs, the `parser_agreement` fuzz target); should they ever
    // not, the file is refused rather than its problems shown at the wrong place.
    let disagreement = source.map.syntax_error().or(source.map.unreadable().map(Unreadable::location));
    if let Some(location) = disagreement {
        let help =
            "write it more plainly: quote the value, give the key a value, or use block style for this collection";
        let message = "serde_yaml reads this YAML, but the generator cannot locate its parts (it stops here)";
        return refuse(problems, "E001", Some(location), message.into(), help.into());
    }
    if let Some(path) = crate::parser_agreement::unlocated(&value, &source.map) {
        let message = format!(
            "serde_yaml reads `{path}` here, but the generator cannot locate it, so cannot point at its problems"
        );
        let help = "write it more plainly: quote unusual keys, and spell anchors and aliases with letters, digits, `-` and `_`";
        return refuse(
            problems,
            "E001",
            source.map.value(&path).or(Some(Location { line: 1, column: 1 })),
            message,
            help.into(),
        );
    }
    let (file, shape_problems) = shape::spec_file(value);
    if shape_problems.is_empty() {
        return file;
    }
    let mut report = Reporter::new(sources, None);
    for mut problem in shape_problems {
        let help = schema_help(&mut problem.message);
        match problem.unknown_key {
            Some(key) => {
                let path = if problem.path == key || problem.path.ends_with(&format!(".{key}")) {
                    problem.path
                } else if problem.path.is_empty() {
                    key
                } else {
                    format!("{}.{key}", problem.path)
                };
                report.key_error_in(file_index, "E002", &path, problem.message, help);
            }
            None => report.error_in(file_index, "E002", &problem.path, problem.message, help),
        }
    }
    problems.extend(report.finish());
    None
}

/// The help for a schema problem: for an unknown key or variant near a known one, "did you mean"
/// (and the message loses serde's list of every known name); else a pointer to the schema.
fn schema_help(message: &mut String) -> String {
    const SCHEMA: &str = "compare with the schema in spec/README.md";
    let unknown = ["unknown field `", "unknown variant `"]
        .iter()
        .find_map(|start| message.find(start).map(|at| at + start.len()))
        .and_then(|at| message[at..].split_once('`').map(|(name, rest)| (at + name.len() + 1, name, rest)));
    let Some((end, name, rest)) = unknown else { return SCHEMA.to_owned() };
    let Some(near) = suggest::closest(name, suggest::expected_names(rest)) else { return SCHEMA.to_owned() };
    let help = format!("did you mean `{near}`? ({SCHEMA})");
    message.truncate(end);
    help
}

/// Shape checking item by item, so one run reports the shape errors of every method and type.
mod shape {
    use std::collections::BTreeMap;

    use serde::de::DeserializeOwned;
    use serde_yaml::Value;

    use crate::model::{Info, Method, SpecFile};

    /// A value that does not fit the schema.
    pub struct Problem {
        /// YAML path of the offending value (or of the mapping holding an unknown key).
        pub path: String,
        /// What serde reported.
        pub message: String,
        /// The offending key, for "unknown field" problems.
        pub unknown_key: Option<String>,
    }

    /// Deserializes one item, reporting problems with `prefix`-rooted paths.
    fn item<T: DeserializeOwned>(value: Value, prefix: &str, problems: &mut Vec<Problem>) -> Option<T> {
        match serde_path_to_error::deserialize::<_, T>(value) {
            Ok(item) => Some(item),
            Err(error) => {
                let inner = error.path().to_string();
                let path = match (prefix.is_empty(), inner.as_str()) {
                    (_, ".") => prefix.to_owned(),
                    (true, inner) => inner.to_owned(),
                    (false, inner) if inner.starts_with('[') => format!("{prefix}{inner}"),
                    (false, inner) => format!("{prefix}.{inner}"),
                };
                let message = error.into_inner().to_string();
                let unknown_key = message
                    .strip_prefix("unknown field `")
                    .and_then(|rest| rest.split_once('`'))
                    .map(|(key, _)| key.to_owned());
                let message = if path.is_empty() { message } else { format!("{path}: {message}") };
                problems.push(Problem { path, message, unknown_key });
                None
            }
        }
    }

    /// A section of named items (`types:`, `shapes:`), each checked on its own.
    fn named<T: DeserializeOwned>(value: Value, section: &str, problems: &mut Vec<Problem>) -> BTreeMap<String, T> {
        let mut found = BTreeMap::new();
        match value {
            Value::Mapping(items) => {
                for (name, item) in items {
                    let name = name.as_str().unwrap_or_default().to_owned();
                    if let Some(item) = self::item::<T>(item, &format!("{section}.{name}"), problems) {
                        found.insert(name, item);
                    }
                }
            }
            Value::Null => {}
            other => {
                item::<BTreeMap<String, T>>(other, section, problems);
            }
        }
        found
    }

    /// Splits a file into its top-level sections and each section into items.
    pub fn spec_file(value: Value) -> (Option<SpecFile>, Vec<Problem>) {
        let mut problems = Vec::new();
        let Value::Mapping(top) = value else {
            let message = "a spec file is a mapping with `info`, `include`, `sources`, `types`, `shapes` and `methods`"
                .to_owned();
            problems.push(Problem { path: String::new(), message, unknown_key: None });
            return (None, problems);
        };
        let mut file = SpecFile {
            info: None,
            include: Vec::new(),
            sources: BTreeMap::new(),
            types: BTreeMap::new(),
            shapes: BTreeMap::new(),
            methods: Vec::new(),
        };
        for (key, value) in top {
            let Some(key) = key.as_str().map(str::to_owned) else {
                problems.push(Problem {
                    path: String::new(),
                    message: "top-level keys must be strings".into(),
                    unknown_key: None,
                });
                continue;
            };
            match key.as_str() {
                "info" => file.info = item::<Info>(value, "info", &mut problems),
                "include" => file.include = item(value, "include", &mut problems).unwrap_or_default(),
                "sources" => file.sources = item(value, "sources", &mut problems).unwrap_or_default(),
                "types" => file.types = named(value, "types", &mut problems),
                "shapes" => file.shapes = named(value, "shapes", &mut problems),
                "methods" => match value {
                    Value::Sequence(methods) => {
                        for (index, method) in methods.into_iter().enumerate() {
                            if let Some(method) = item::<Method>(method, &format!("methods[{index}]"), &mut problems) {
                                file.methods.push(method);
                            }
                        }
                    }
                    Value::Null => {}
                    other => {
                        item::<Vec<Method>>(other, "methods", &mut problems);
                    }
                },
                other => problems.push(Problem {
                    path: String::new(),
                    message: format!(
                        "unknown field `{other}`, expected one of `info`, `include`, `sources`, `types`, `shapes`, `methods`"
                    ),
                    unknown_key: Some(other.to_owned()),
                }),
            }
        }
        (problems.is_empty().then_some(file), problems)
    }
}
