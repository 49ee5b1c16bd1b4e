//! `cargo xtask gen [--check]`: regenerates every API's generated code and methods table from its spec
//! (`dangdang-api/src/generated/` and `docs/methods.md` from `spec/dangdang.yaml`; when
//! `spec/wangdian.yaml` exists, `wangdian-api/src/generated/` and `docs/wangdian-methods.md`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use dangdang_codegen::{GEN_COMMAND, SPEC_PATH, Stale, diagnostics};

#[derive(Parser)]
#[command(about = "Project automation for the Dangdang API workspace")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the client code from spec/dangdang.yaml (and spec/wangdian.yaml when it exists).
    Gen {
        /// Write nothing; fail if any generated file is stale.
        #[arg(long)]
        check: bool,
    },
}

fn main() -> ExitCode {
    let Command::Gen { check } = Cli::parse().command;
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
    let Some(root) = std::env::current_dir().ok().and_then(|cwd| workspace_root(manifest_dir.as_deref(), &cwd)) else {
        eprintln!("error: no workspace with `{SPEC_PATH}` here or above; run `{GEN_COMMAND}` inside a checkout");
        return ExitCode::FAILURE;
    };
    let generation = match dangdang_codegen::generate_all(&root) {
        Ok(generation) => generation,
        Err(problems) => {
            eprint!("{}", paint(&diagnostics::render(&problems)));
            return ExitCode::FAILURE;
        }
    };
    if !generation.warnings.is_empty() {
        eprint!("{}", paint(&diagnostics::render(&generation.warnings)));
    }
    let stale = dangdang_codegen::stale_files(&root, &generation.files);
    let reports = dangdang_codegen::change_reports(&root, &generation.files);
    for (_, _, text) in &reports {
        print!("{text}");
    }
    if check {
        if stale.is_empty() {
            println!("generated code is up to date ({} files)", generation.files.len());
            return ExitCode::SUCCESS;
        }
        for entry in &stale {
            match entry {
                Stale::Outdated(path) => eprintln!("stale: {}", path.display()),
                Stale::Orphan(path) => eprintln!("no longer generated: {}", path.display()),
            }
        }
        eprintln!("{} generated file(s) are out of date; run `{GEN_COMMAND}` and commit the result", stale.len());
        return ExitCode::FAILURE;
    }
    if let Err(error) = record_changes(&root, &reports) {
        eprintln!("error: {CHANGELOG}: {error}");
        return ExitCode::FAILURE;
    }
    for entry in &stale {
        let result = match entry {
            Stale::Outdated(path) => write(&root, path, &generation.files),
            Stale::Orphan(path) => {
                std::fs::remove_file(root.join(path)).map(|()| println!("removed {}", path.display()))
            }
        };
        if let Err(error) = result {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    }
    println!(
        "{} file(s) written, {} unchanged",
        stale.len(),
        generation.files.len() - stale.iter().filter(|s| matches!(s, Stale::Outdated(_))).count()
    );
    ExitCode::SUCCESS
}

/// The changelog the change reports feed.
const CHANGELOG: &str = "CHANGELOG.md";

/// Records each crate's API changes under "Unreleased" in the changelog.
fn record_changes(root: &Path, reports: &[dangdang_codegen::ChangeReport]) -> std::io::Result<()> {
    if reports.is_empty() {
        return Ok(());
    }
    let path = root.join(CHANGELOG);
    let mut text = std::fs::read_to_string(&path).unwrap_or_default();
    for (api, changes, _) in reports {
        let breaking = changes.iter().any(|change| change.breaking);
        let next = dangdang_codegen::surface::next_version(&dangdang_codegen::crate_version(root, api), breaking);
        text = dangdang_codegen::changelog::update(&text, api.crate_name, &next, changes);
    }
    std::fs::write(&path, text)?;
    println!("recorded the API changes in {CHANGELOG}");
    Ok(())
}

fn write(root: &Path, path: &Path, files: &[dangdang_codegen::GeneratedFile]) -> std::io::Result<()> {
    let file = files.iter().find(|f| f.path == path).expect("stale entries come from the generated files");
    let target = root.join(path);
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&target, &file.contents)?;
    println!("wrote {}", path.display());
    Ok(())
}

/// Colours the severity words when stderr is a terminal and `NO_COLOR` is unset; plain text otherwise
/// (CI logs and snapshots see exactly what `diagnostics::render` produced).
fn paint(rendered: &str) -> String {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() || std::env::var_os("NO_COLOR").is_some() {
        return rendered.to_owned();
    }
    rendered.replace("error[", "\x1b[1;31merror\x1b[0m[").replace("warning[", "\x1b[1;33mwarning\x1b[0m[")
}

/// The root of the checkout being worked on, found at run time (a path baked in at compile time
/// names whichever checkout built the binary, which a shared target directory makes another one):
/// the workspace of the xtask package `cargo run` started (`CARGO_MANIFEST_DIR`, set at run time),
/// else the nearest ancestor of the current directory holding the spec.
fn workspace_root(manifest_dir: Option<&Path>, cwd: &Path) -> Option<PathBuf> {
    let is_root = |dir: &Path| dir.join(SPEC_PATH).is_file() && dir.join("Cargo.toml").is_file();
    manifest_dir
        .and_then(Path::parent)
        .filter(|dir| is_root(dir))
        .or_else(|| cwd.ancestors().find(|dir| is_root(dir)))
        .map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checkout(name: &str) -> PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-root-{}-{name}", std::process::id()));
        std::fs::create_dir_all(root.join("spec")).unwrap();
        std::fs::create_dir_all(root.join("xtask/src")).unwrap();
        std::fs::write(root.join(SPEC_PATH), "").unwrap();
        std::fs::write(root.join("Cargo.toml"), "").unwrap();
        root
    }

    #[test]
    fn the_root_is_the_checkout_cargo_ran_or_the_one_around_the_current_directory() {
        let (a, b) = (checkout("a"), checkout("b"));
        assert_eq!(workspace_root(Some(&b.join("xtask")), &a), Some(b.clone()));
        assert_eq!(workspace_root(None, &a.join("xtask/src")), Some(a.clone()));
        // A manifest directory outside any checkout (a copied binary's stale setting) is ignored.
        assert_eq!(workspace_root(Some(Path::new("/nonexistent/xtask")), &b.join("spec")), Some(b.clone()));
        assert_eq!(workspace_root(None, Path::new("/")), None);
    }
}
