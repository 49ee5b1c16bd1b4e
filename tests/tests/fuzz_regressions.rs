//! Replays the fuzzing regression corpus (`fuzz/regressions/<target>/`) through the same calls as the
//! fuzz targets in `fuzz/fuzz_targets/`: every input must give `Ok` or `Err`, never a panic.
//!
//! The corpus is a minimized set of interesting inputs found by `cargo fuzz` plus every crash
//! reproducer; `fuzz/README.md` says how to fuzz and how to refresh it. No fuzzing tool is needed here.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use dangdang_api::{RawBody, XmlElement, decode};

fn regressions(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions").join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("the regression corpus {} is missing: {error}", dir.display()))
        .map(|entry| entry.expect("a readable directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "the regression corpus {} is empty", dir.display());
    files
}

/// Runs `check` on every input of `target`'s corpus; fails naming every input that panicked.
fn replay(target: &str, check: impl Fn(&[u8])) {
    let files = regressions(target);
    let panicked: Vec<String> = files
        .iter()
        .filter(|path| {
            let data = std::fs::read(path).expect("a readable corpus file");
            catch_unwind(AssertUnwindSafe(|| check(&data))).is_err()
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        panicked.is_empty(),
        "{} of {} inputs of {target} panicked:\n{}",
        panicked.len(),
        files.len(),
        panicked.join("\n")
    );
}

fn body(data: &[u8]) -> RawBody {
    dangdang_api::decode::raw_body(bytes::Bytes::copy_from_slice(data))
}

/// What the typed-decoder targets do: decode into `$response`, then format the value or the error.
macro_rules! typed {
    ($response:ty, $method:literal, $data:expr) => {{
        let described = match decode::typed::<$response>($method, &body($data)) {
            Ok(response) => format!("{response:?}"),
            Err(error) => format!("{error} {error:?}"),
        };
        std::hint::black_box(described);
    }};
}

#[test]
fn decode_orders_list() {
    replay("decode_orders_list", |data| {
        typed!(dangdang_api::orders::orders_list_get::Response, "dangdang.orders.list.get", data)
    });
}

#[test]
fn decode_order_details() {
    replay("decode_order_details", |data| {
        typed!(dangdang_api::orders::order_details_get::Response, "dangdang.order.details.get", data)
    });
}

#[test]
fn decode_items_list() {
    replay("decode_items_list", |data| {
        typed!(dangdang_api::items::items_list_get::Response, "dangdang.items.list.get", data)
    });
}

#[test]
fn decode_tree() {
    replay("decode_tree", |data| {
        let described = match decode::tree("dangdang.qa.list.get", &body(data)) {
            Ok(root) => format!("{root:?} {:?}", root.text_at("totalInfo/pageTotal")),
            Err(error) => format!("{error} {error:?}"),
        };
        std::hint::black_box(described);
        if let Ok(root) = XmlElement::parse(&String::from_utf8_lossy(data)) {
            std::hint::black_box(root.at("a/b"));
        }
    });
}

#[test]
fn spec_loader() {
    replay("spec_loader", |data| {
        let Ok(text) = std::str::from_utf8(data) else { return };
        let rendered = match dangdang_codegen::generate_str("spec/fuzz.yaml", text) {
            Ok(generation) => dangdang_codegen::diagnostics::render(&generation.warnings),
            Err(diagnostics) => dangdang_codegen::diagnostics::render(&diagnostics),
        };
        std::hint::black_box(rendered);
    });
}

#[test]
fn parser_agreement() {
    replay("parser_agreement", |data| {
        let Ok(text) = std::str::from_utf8(data) else { return };
        if let Err(how) = dangdang_codegen::parser_agreement::agreement(text) {
            panic!("serde_yaml and the source map read it differently: {how}");
        }
    });
}
