//! Writes the seed corpora under `fuzz/corpus/<target>/` (run from `fuzz/`: `cargo run --example seed`).
//!
//! - Decoders: every XML fixture of `tests/fixtures/` as it is (UTF-8 text, GBK declaration) and
//!   transcoded to GBK with encoding_rs, plus the hand-made edge cases of `fuzz/seeds/xml/`.
//! - Spec loader: every file under `spec/` as it is, each method file as a single-file spec (with the
//!   root's `info`, `sources` and `types`), the whole spec merged into one file, and `fuzz/seeds/yaml/`.
//!
//! Files are named by content, so running it again adds nothing twice.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

const DECODERS: [&str; 4] = ["decode_orders_list", "decode_order_details", "decode_items_list", "decode_tree"];

fn files_in(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == ext))
        .collect();
    found.sort();
    found
}

fn write_seed(target: &str, data: &[u8]) {
    let dir = Path::new("corpus").join(target);
    fs::create_dir_all(&dir).unwrap();
    let mut hasher = DefaultHasher::new();
    data.hash(&mut hasher);
    fs::write(dir.join(format!("seed-{:016x}", hasher.finish())), data).unwrap();
}

fn main() {
    let root = Path::new("..");

    let mut xml: Vec<Vec<u8>> = Vec::new();
    for path in files_in(&root.join("tests/fixtures"), "xml").into_iter().chain(files_in(Path::new("seeds/xml"), "xml"))
    {
        let data = fs::read(&path).unwrap();
        // Hand-made seeds may be deliberately invalid UTF-8; those are kept as they are.
        if let Ok(text) = std::str::from_utf8(&data) {
            let (gbk, _, _) = encoding_rs::GBK.encode(text);
            xml.push(gbk.into_owned());
        }
        xml.push(data);
    }
    for target in DECODERS {
        for data in &xml {
            write_seed(target, data);
        }
    }

    let spec_dir = root.join("spec");
    let root_text = fs::read_to_string(spec_dir.join("dangdang.yaml")).unwrap();
    write_seed("spec_loader", root_text.as_bytes());
    let root_value: serde_yaml::Value = serde_yaml::from_str(&root_text).unwrap();
    // The root's `info`, `sources` and `types`: what a method file needs to stand alone.
    let header = serde_yaml::to_string(&serde_yaml::Mapping::from_iter(
        ["info", "sources", "types"].map(|key| (key.into(), root_value.get(key).cloned().unwrap())),
    ))
    .unwrap();

    let mut merged = root_value.as_mapping().unwrap().clone();
    merged.remove("include");
    for path in files_in(&spec_dir.join("methods"), "yaml") {
        let text = fs::read_to_string(&path).unwrap();
        write_seed("spec_loader", text.as_bytes());
        let mut standalone = serde_yaml::from_str::<serde_yaml::Mapping>(&header).unwrap();
        for (key, part) in serde_yaml::from_str::<serde_yaml::Mapping>(&text).unwrap() {
            match standalone.get_mut(&key) {
                Some(serde_yaml::Value::Mapping(into)) => into.extend(part.as_mapping().unwrap().clone()),
                _ => drop(standalone.insert(key, part)),
            }
        }
        write_seed("spec_loader", serde_yaml::to_string(&standalone).unwrap().as_bytes());
        let value: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
        for (key, part) in value.as_mapping().unwrap() {
            match merged.get_mut(key) {
                Some(serde_yaml::Value::Mapping(into)) => into.extend(part.as_mapping().unwrap().clone()),
                Some(serde_yaml::Value::Sequence(into)) => into.extend(part.as_sequence().unwrap().clone()),
                Some(_) => panic!("{}: cannot merge `{key:?}`", path.display()),
                None => drop(merged.insert(key.clone(), part.clone())),
            }
        }
    }
    write_seed("spec_loader", serde_yaml::to_string(&merged).unwrap().as_bytes());
    for path in files_in(Path::new("seeds/yaml"), "yaml") {
        write_seed("spec_loader", &fs::read(path).unwrap());
    }
}
