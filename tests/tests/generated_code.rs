//! The generated code of every API whose spec exists (`dangdang-api`; `wangdian-api` once
//! `spec/wangdian.yaml` exists, its snapshots named `wangdian__…`): one insta snapshot per generated
//! file — every method module, each group's `mod.rs`, the code tables (`types.rs`), the shared shapes
//! (`shapes.rs`), the methods catalog (`catalog.rs`, listed in `mod.rs` as `METHODS`) and the
//! `Client` methods (`client.rs`) — each checked on its own so one run reports every changed file; no
//! snapshot left over from a file that is no longer generated; the catalog compiled into
//! `dangdang-api` is the spec's; and a freshness check, so `cargo test` fails when `cargo xtask gen`
//! was not run after a spec edit. No count is written here: every number comes from the spec.

use std::collections::BTreeSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use dangdang_codegen::{APIS, ApiPaths, GEN_COMMAND, Stale, phases};

/// Prefix of this file's snapshot files in `tests/tests/snapshots/`.
const SNAPSHOT_PREFIX: &str = "generated_code__";

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Every API's generated files, as `cargo xtask gen` writes them.
fn generation() -> dangdang_codegen::Generation {
    dangdang_codegen::generate_all(&workspace_root())
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)))
}

/// An API's spec, loaded and lowered as `cargo xtask gen` does.
fn spec_api(paths: &ApiPaths) -> dangdang_codegen::ir::Api {
    let (spec, _warnings) = phases::load_and_validate_api(&workspace_root(), paths)
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)));
    phases::lower_api(&spec, paths)
}

/// The snapshot name of a generated Rust file: its path under its API's output directory, `/` as
/// `__`, without `.rs` (`items/item_add.rs` → `items__item_add`, `types.rs` → `types`, `mod.rs` →
/// `mod`), after `wangdian__` for the second API (Dangdang's names predate it). `None` for a
/// generated file outside the output directories (`docs/methods.md`).
fn snapshot_name(path: &Path) -> Option<String> {
    let path = path.to_string_lossy().replace('\\', "/");
    APIS.iter().enumerate().find_map(|(index, api)| {
        let relative = path.strip_prefix(&format!("{}/", api.output_dir))?;
        let name = relative.trim_end_matches(".rs").replace('/', "__");
        Some(if index == 0 { name } else { format!("{}__{name}", api_prefix(api)) })
    })
}

/// The snapshot prefix of an API other than Dangdang: its spec's stem (`wangdian`).
fn api_prefix(api: &ApiPaths) -> &str {
    api.spec.trim_start_matches("spec/").trim_end_matches(".yaml")
}

/// The snapshot name of a method module of `api` (the `api`-th of [`APIS`]).
fn module_snapshot(index: usize, api: &ApiPaths, group: &str, rust: &str) -> String {
    if index == 0 { format!("{group}__{rust}") } else { format!("{}__{group}__{rust}", api_prefix(api)) }
}

#[test]
fn every_generated_file_matches_its_snapshot() {
    let generation = generation();
    let mut changed = Vec::new();
    for file in &generation.files {
        let Some(name) = snapshot_name(&file.path) else { continue };
        // Each file is its own case: a mismatch is recorded (insta writes its `.snap.new`) and the
        // loop goes on, so one run shows every changed file, not only the first. (insta's `glob!`
        // defers failures the same way, but it walks files on disk; these are generated in memory.)
        let checked = catch_unwind(AssertUnwindSafe(|| insta::assert_snapshot!(name.as_str(), file.contents)));
        if checked.is_err() {
            changed.push(format!("  tests/tests/snapshots/{SNAPSHOT_PREFIX}{name}.snap"));
        }
    }
    assert!(
        changed.is_empty(),
        "{} generated file(s) differ from their snapshot (the diffs are printed above, each new version is in \
         its `.snap.new`):\n{}\nIf every change is intended: `INSTA_UPDATE=always cargo test -p dangdang-tests --test \
         generated_code`, then review `git diff tests/tests/snapshots` (or use `cargo insta review`).",
        changed.len(),
        changed.join("\n")
    );
}

#[test]
fn no_snapshot_is_left_from_a_file_no_longer_generated() {
    let expected: BTreeSet<String> = generation().files.iter().filter_map(|file| snapshot_name(&file.path)).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut leftovers: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|entry| {
            let file = entry.file_name().to_string_lossy().into_owned();
            let name = file.strip_prefix(SNAPSHOT_PREFIX)?.strip_suffix(".snap")?;
            (!expected.contains(name)).then(|| format!("  tests/tests/snapshots/{file}"))
        })
        .collect();
    leftovers.sort();
    assert!(
        leftovers.is_empty(),
        "snapshots of files the spec no longer generates (a method removed or renamed); delete them:\n{}",
        leftovers.join("\n")
    );
}

#[test]
fn every_spec_method_has_a_generated_module_and_a_catalog_entry() {
    let root = workspace_root();
    let generated: BTreeSet<String> = generation().files.iter().filter_map(|file| snapshot_name(&file.path)).collect();
    for (index, paths) in APIS.iter().enumerate().filter(|(_, api)| ApiPaths::present(&root).contains(api)) {
        let api = spec_api(paths);
        let missing: Vec<String> = api
            .methods
            .iter()
            .map(|method| module_snapshot(index, paths, &method.group, &method.rust))
            .filter(|module| !generated.contains(module))
            .collect();
        assert!(missing.is_empty(), "{} methods without a generated module: {missing:?}", paths.spec);
    }

    // The catalog compiled into each API crate is its spec's, method for method and in spec order.
    let compiled: [(&str, &[dangdang_api::MethodInfo]); 2] =
        [("dangdang_api", &dangdang_api::METHODS), ("wangdian_api", &wangdian_api::METHODS)];
    for (paths, (krate, methods)) in APIS.iter().zip(compiled) {
        let api = spec_api(paths);
        let spec_methods: Vec<(&str, &str, &str)> =
            api.methods.iter().map(|m| (m.dotted.as_str(), m.rust.as_str(), m.group.as_str())).collect();
        let catalog: Vec<(&str, &str, &str)> = methods.iter().map(|m| (m.name, m.rust_name, m.group)).collect();
        assert_eq!(catalog, spec_methods, "{krate}::METHODS is not {}'s list: run `{GEN_COMMAND}`", paths.spec);
    }
}

#[test]
fn generated_code_is_up_to_date() {
    let root = workspace_root();
    let stale = dangdang_codegen::stale_files(&root, &generation().files);
    let names: Vec<String> = stale
        .iter()
        .map(|entry| match entry {
            Stale::Outdated(path) => format!("stale: {}", path.display()),
            Stale::Orphan(path) => format!("no longer generated: {}", path.display()),
        })
        .collect();
    assert!(stale.is_empty(), "{}\nrun `{GEN_COMMAND}` and commit the result", names.join("\n"));
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(generation().files, generation().files);
}
