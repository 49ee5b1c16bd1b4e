//! Every typed method and every upload method has an end-to-end test: a reply configured on the fake
//! gateway for it and, for uploads, an assertion on the multipart field name.

use std::path::Path;

fn e2e_sources() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut sources: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name().unwrap().to_string_lossy().starts_with("e2e_") && path != &dir.join("e2e_coverage.rs")
        })
        .map(|path| (path.display().to_string(), std::fs::read_to_string(&path).unwrap()))
        .collect();
    sources.sort();
    sources
}

#[test]
fn every_typed_and_every_upload_method_is_exercised_end_to_end() {
    let sources = e2e_sources();
    let mut missing = Vec::new();
    let mut covered = 0;
    for method in dangdang_api::METHODS.iter().filter(|m| m.typed_response || m.upload_field.is_some()) {
        let configured = format!("{}::METHOD", method.rust_name);
        let called = [format!(".{}(", method.rust_name), format!("{}::Request", method.rust_name)];
        let test_file =
            sources.iter().find(|(_, text)| text.contains(&configured) && called.iter().all(|c| text.contains(c)));
        let Some((_, text)) = test_file else {
            missing.push(format!("{}: no end-to-end test configures and calls it", method.name));
            continue;
        };
        if let Some(field) = method.upload_field {
            if !text.contains(&format!("\"{field}\"")) {
                missing.push(format!("{}: no assertion on the upload field `{field}`", method.name));
                continue;
            }
        }
        covered += 1;
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    assert!(covered >= 25, "expected the typed and upload methods of the spec, found {covered}");
}
