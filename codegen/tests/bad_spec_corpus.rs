//! The broken-spec corpus: every file under `tests/bad_specs/` must be rejected without panicking,
//! report the error codes its name starts with (`E020-…`, `E010-E020-…`), each with file:line:col,
//! and match its snapshot of the rendered diagnostics.

use std::path::Path;

use dangdang_codegen::diagnostics::render;

#[test]
fn every_broken_spec_is_rejected_with_its_codes_and_locations() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_specs");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(files.len() >= 30, "the corpus holds {} specs, expected at least 30", files.len());
    let mut codes_seen = std::collections::BTreeSet::new();
    for path in &files {
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(path).unwrap();
        let shown = format!("bad_specs/{stem}.yaml");
        let problems = match dangdang_codegen::generate_str(&shown, &text) {
            Ok(_) => panic!("{shown} was accepted"),
            Err(problems) => problems,
        };
        let expected: Vec<&str> = stem.split('-').take_while(|part| part.len() == 4 && part.starts_with('E')).collect();
        assert!(!expected.is_empty(), "{shown}: name it after the codes it must raise");
        for code in &expected {
            assert!(
                problems.iter().any(|p| p.code == *code && p.is_error()),
                "{shown}: expected {code}, got:\n{}",
                render(&problems)
            );
        }
        for problem in problems.iter().filter(|p| p.is_error()) {
            assert!(problem.location.is_some(), "{shown}: {} has no location", problem.code);
            codes_seen.insert(problem.code);
        }
        insta::assert_snapshot!(stem, render(&problems));
    }
    assert!(codes_seen.len() >= 25, "the corpus covers only {} distinct codes: {codes_seen:?}", codes_seen.len());
}
