//! Embeds the Dangdang spec: writes `$OUT_DIR/spec_files.rs` with an `include_str!` for the root
//! file and for every file its `include:` list names, so the list is the spec's, never hand-kept.

use std::path::{Path, PathBuf};

/// The root file as the loader names it, relative to the workspace root.
const ROOT: &str = "spec/dangdang.yaml";

/// Only the `include:` list of the root file; the loader reads the rest at run time.
#[derive(serde::Deserialize)]
struct Includes {
    #[serde(default)]
    include: Vec<String>,
}

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let workspace = manifest.parent().expect("the sandbox crate sits in the workspace").to_path_buf();
    let spec_dir = workspace.join("spec");
    println!("cargo:rerun-if-changed={}", spec_dir.display());
    println!("cargo:rerun-if-changed={}", spec_dir.join("methods").display());
    let root = workspace.join(ROOT);
    println!("cargo:rerun-if-changed={}", root.display());

    let mut files = vec![ROOT.to_owned()];
    files.extend(included(&root));
    for file in &files[1..] {
        println!("cargo:rerun-if-changed={}", workspace.join(file).display());
    }
    let entries: String = files
        .iter()
        .map(|name| format!("    ({name:?}, include_str!({:?})),\n", workspace.join(name).display().to_string()))
        .collect();
    let code = format!(
        "/// The spec files as the loader names them (relative to the workspace root), with their text;\n\
         /// written by `build.rs` from the root file's `include:` list.\n\
         const FILES: [(&str, &str); {}] = [\n{entries}];\n",
        files.len()
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("spec_files.rs");
    std::fs::write(&out, code).unwrap_or_else(|err| panic!("cannot write {}: {err}", out.display()));
}

/// The files the root's `include:` names (as `spec/…` paths) that exist under `spec/`. A root that
/// does not parse, or an include that is missing or leaves `spec/`, is left out here: the loader
/// then reports it at run time with file:line:col and a hint, as it does for every spec problem.
fn included(root: &Path) -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(root) else {
        println!("cargo:warning={} is unreadable; the sandbox's spec will fail to load", root.display());
        return Vec::new();
    };
    let includes = match serde_yaml::from_str::<Includes>(&text) {
        Ok(parsed) => parsed.include,
        Err(err) => {
            println!("cargo:warning={ROOT} does not parse ({err}); the sandbox's spec will fail to load");
            return Vec::new();
        }
    };
    let spec_dir = root.parent().expect("the root file is in spec/");
    includes
        .into_iter()
        .filter(|include| {
            let inside = Path::new(include).components().all(|part| matches!(part, std::path::Component::Normal(_)));
            inside && spec_dir.join(include).is_file()
        })
        .map(|include| format!("spec/{include}"))
        .collect()
}
