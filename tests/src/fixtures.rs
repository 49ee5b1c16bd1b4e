//! Replies written by hand from the reference docs (`tests/fixtures/`), served by the sandbox in
//! place of its own spec-shaped answers so a spec mistake still fails a test.

use std::path::PathBuf;

use dangdang_sandbox::Reply;

/// Absolute path of `tests/fixtures/<name>`.
pub fn fixture_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

/// Loads `tests/fixtures/<name>` (UTF-8 text) as [`Reply::Xml`].
///
/// # Panics
/// When the file is missing or not UTF-8 (this is a test helper).
pub fn fixture(name: &str) -> Reply {
    let path = fixture_path(name);
    match std::fs::read_to_string(&path) {
        Ok(text) => Reply::Xml(text),
        Err(err) => panic!("cannot load fixture {name:?} from {}: {err}", path.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixture_loads_as_xml() {
        let Reply::Xml(text) = fixture("orders_list_get.xml") else { panic!("not XML") };
        assert!(text.contains("<OrdersList>"), "{text}");
    }

    #[test]
    #[should_panic(expected = "cannot load fixture")]
    fn missing_fixture_panics_clearly() {
        let _ = fixture("no-such-fixture-file.xml");
    }
}
