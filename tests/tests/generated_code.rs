//! The generated code: one insta snapshot per method (review spec changes with `cargo insta review`)
//! and a freshness check, so `cargo test` fails when `cargo xtask gen` was not run after a spec edit.

use std::path::{Path, PathBuf};

use dangdang_codegen::{GEN_COMMAND, Stale};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn generation() -> dangdang_codegen::Generation {
    dangdang_codegen::generate(&workspace_root())
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)))
}

#[test]
fn every_method_has_a_snapshot_of_its_generated_module() {
    let generation = generation();
    let mut methods = 0;
    for file in &generation.files {
        let path = file.path.to_string_lossy().replace('\\', "/");
        let Some(relative) = path.strip_prefix(&format!("{}/", dangdang_codegen::OUTPUT_DIR)) else { continue };
        let Some((group, module)) = relative.split_once('/') else { continue };
        if module == "mod.rs" {
            continue;
        }
        let name = format!("{group}__{}", module.trim_end_matches(".rs"));
        insta::assert_snapshot!(name, file.contents);
        methods += 1;
    }
    assert_eq!(methods, 50, "one generated module per spec method");
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
