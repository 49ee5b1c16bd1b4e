//! Hostile or careless spec files: includes that leave the spec tree or name special files, deep
//! nesting, a byte-order mark. Each ends in a located diagnostic that never quotes the target.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use dangdang_codegen::diagnostics::{Diagnostic, render};
use dangdang_codegen::source_map::MAX_DEPTH;

const HEADER: &str = "info:\n  title: t\n  protocol: dangdang-xml\n  gateway: http://api.open.dangdang.com/openapi/rest\n  version: \"1.0\"\n";
const MARKER: &str = "TOP-SECRET-CONTENT";

/// A workspace in a fresh temporary directory with `spec/dangdang.yaml` including `includes`, a
/// valid area file `spec/methods/ok.yaml`, and a file outside the spec tree holding [`MARKER`].
fn workspace(name: &str, includes: &[&str]) -> PathBuf {
    let root = std::env::temp_dir().join(format!("hostile-spec-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("spec/methods")).unwrap();
    let list = includes.iter().map(|i| format!("  - {i:?}\n")).collect::<String>();
    std::fs::write(root.join("spec/dangdang.yaml"), format!("{HEADER}include:\n{list}")).unwrap();
    std::fs::write(root.join("spec/methods/ok.yaml"), "sources:\n  S: a source\n").unwrap();
    std::fs::write(root.join("secret.yaml"), format!("{MARKER}: 1\n")).unwrap();
    root
}

/// Generates under `root` on another thread, failing (instead of hanging the suite) after 20 s.
fn generate(root: &Path) -> Result<(), Vec<Diagnostic>> {
    let (send, receive) = mpsc::channel();
    let root = root.to_path_buf();
    std::thread::spawn(move || send.send(dangdang_codegen::generate(&root).map(drop)));
    receive.recv_timeout(Duration::from_secs(20)).expect("generation stalled")
}

/// The rendered problems, asserting each error is located and none quotes the secret file.
fn refused(root: &Path) -> String {
    let problems = generate(root).expect_err("the spec was accepted");
    let rendered = render(&problems);
    assert!(!rendered.contains(MARKER), "a diagnostic quotes the target:\n{rendered}");
    for problem in problems.iter().filter(|p| p.is_error()) {
        assert!(problem.location.is_some(), "{} has no location:\n{rendered}", problem.code);
    }
    rendered
}

#[test]
fn includes_that_leave_the_tree_are_refused_before_reading() {
    let includes =
        ["../secret.yaml", "methods/../../secret.yaml", "/etc/passwd", "/proc/self/environ", "/dev/zero", ""];
    let root = workspace("escape", &includes);
    let rendered = refused(&root);
    assert_eq!(rendered.matches("error[E004]").count(), includes.len(), "{rendered}");
    assert!(rendered.contains("`..` would leave the spec directory"), "{rendered}");
    assert!(rendered.contains("it is an absolute path"), "{rendered}");
    assert!(rendered.contains("--> spec/dangdang.yaml:7:5"), "located at the entry:\n{rendered}");
    assert!(!rendered.contains("root:"), "{rendered}");
}

#[test]
fn includes_that_are_not_yaml_file_paths_are_refused() {
    let root = workspace("names", &["methods/ok.txt", "methods\\ok.yaml"]);
    let rendered = refused(&root);
    assert!(rendered.contains("does not end in `.yaml`"), "{rendered}");
    assert!(rendered.contains("backslash"), "{rendered}");
}

#[cfg(unix)]
#[test]
fn links_out_fifos_devices_and_large_files_are_refused_at_the_include() {
    let root = workspace("special", &["methods/ok.yaml", "link.yaml", "zero.yaml", "fifo.yaml", "big.yaml", "methods"]);
    std::os::unix::fs::symlink(root.join("secret.yaml"), root.join("spec/link.yaml")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", root.join("spec/zero.yaml")).unwrap();
    assert!(std::process::Command::new("mkfifo").arg(root.join("spec/fifo.yaml")).status().unwrap().success());
    let big = format!("# {}\n", "x".repeat(dangdang_codegen::spec_reader::MAX_SPEC_FILE_BYTES as usize));
    std::fs::write(root.join("spec/big.yaml"), big).unwrap();
    let rendered = refused(&root);
    assert_eq!(rendered.matches("outside the spec directory").count(), 2, "{rendered}");
    assert!(rendered.contains("`spec/fifo.yaml`: it is not a regular file"), "{rendered}");
    assert!(rendered.contains("larger than the 1048576-byte limit"), "{rendered}");
    assert!(rendered.contains("--> spec/dangdang.yaml:8:5"), "located at `link.yaml`:\n{rendered}");
    assert!(rendered.contains("does not end in `.yaml`"), "a directory name: {rendered}");
}

#[test]
fn includes_inside_the_tree_still_load() {
    let root = workspace("fine", &["methods/ok.yaml", "./methods/ok2.yaml"]);
    std::fs::write(root.join("spec/methods/ok2.yaml"), "sources:\n  T: another source\n").unwrap();
    generate(&root).unwrap_or_else(|problems| panic!("{}", render(&problems)));
}

fn deep_flow(depth: usize) -> String {
    format!("{HEADER}methods: {}1{}\n", "[".repeat(depth), "]".repeat(depth))
}

fn deep_block(depth: usize) -> String {
    format!("{HEADER}methods:\n  {}x\n", "- ".repeat(depth))
}

#[test]
fn nesting_past_the_depth_limit_is_one_located_error_at_any_depth() {
    // A second document (which serde_yaml would read whole before refusing it) is checked too.
    let second_document = format!("{HEADER}methods: []\n---\n{}x\n", "- ".repeat(500_000));
    let texts =
        [deep_block(10_000), deep_block(30_000), deep_block(1_000_000), deep_flow(MAX_DEPTH), deep_flow(30_000)];
    for text in texts.into_iter().chain([second_document]) {
        let problems = dangdang_codegen::generate_str("spec/deep.yaml", &text).expect_err("accepted");
        let rendered = render(&problems);
        assert_eq!(problems.len(), 1, "{rendered}");
        assert!(problems[0].location.is_some(), "{rendered}");
        assert_eq!(problems[0].code, "E005", "{rendered}");
    }
    let rendered = render(&dangdang_codegen::generate_str("spec/deep.yaml", &deep_block(1_000_000)).unwrap_err());
    assert!(
        rendered.contains(&format!("error[E005]: mappings and sequences nest more than {MAX_DEPTH} levels")),
        "{rendered}"
    );
    assert!(rendered.contains("--> spec/deep.yaml:7:"), "{rendered}");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("{HEADER}methods: []\n");
    let plain = dangdang_codegen::generate_str("spec/plain.yaml", &text).map(|g| g.files);
    let marked = dangdang_codegen::generate_str("spec/plain.yaml", &format!("\u{feff}{text}")).map(|g| g.files);
    assert_eq!(marked.unwrap_or_else(|problems| panic!("{}", render(&problems))), plain.unwrap());
}
