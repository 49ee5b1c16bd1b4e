//! The docs' published success examples against the spec: every typed Wangdian method (read from
//! the spec) has its example in `tests/fixtures/wangdian/`, and every key of every example with
//! status 0 is a field of the method's typed reply, with the same shape (object, list or value).
//! The decoder ignores unknown keys, so a key the spec misspells or forgets would otherwise be lost
//! without a failing test.

use std::path::{Path, PathBuf};

use dangdang_codegen::ir::{Api, FieldKind, StructIr, TreeIr};
use dangdang_codegen::{APIS, model::Protocol, phases};
use serde_json::Value;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join("wangdian")
}

/// The Wangdian spec, loaded and lowered as `cargo xtask gen` does.
fn wangdian_api() -> Api {
    let paths = APIS.iter().find(|api| api.protocol == Protocol::WangdianJson).expect("the Wangdian API");
    let (spec, _warnings) = phases::load_and_validate_api(&workspace_root(), paths)
        .unwrap_or_else(|problems| panic!("{}", dangdang_codegen::diagnostics::render(&problems)));
    phases::lower_api(&spec, paths)
}

/// Walks a reply against the structs of its typed tree, collecting what the spec does not declare.
struct Walk<'a> {
    api: &'a Api,
    tree: &'a TreeIr,
    problems: Vec<String>,
}

impl Walk<'_> {
    fn object(&mut self, shape: &StructIr, value: &Value, path: &str, skip: &[&str]) {
        let Value::Object(map) = value else {
            self.problems.push(format!("{path}: the spec says an object ({}), the example has {value}", shape.name));
            return;
        };
        for (key, value) in map.iter().filter(|(key, _)| !skip.contains(&key.as_str())) {
            let at = format!("{path}.{key}");
            match shape.fields.iter().find(|field| field.wire == *key) {
                Some(field) => self.kind(&field.kind, value, &at),
                None => self.problems.push(format!("{at}: in the published example, not in the spec's reply")),
            }
        }
    }

    fn kind(&mut self, kind: &FieldKind, value: &Value, path: &str) {
        match (kind, value) {
            (_, Value::Null) => {}
            (FieldKind::Value(_), Value::Object(_) | Value::Array(_)) => {
                self.problems.push(format!("{path}: the spec says a value, the example has {value}"));
            }
            (FieldKind::Value(_), _) => {}
            (FieldKind::Struct(name), _) => {
                let shape = self.tree.structs.iter().find(|shape| shape.name == *name).or_else(|| self.api.shape(name));
                self.object(shape.expect("a struct of the tree or a shared shape"), value, path, &[]);
            }
            (FieldKind::Repeated(item), Value::Array(items)) => {
                for (index, value) in items.iter().enumerate() {
                    self.kind(item, value, &format!("{path}[{index}]"));
                }
            }
            (FieldKind::Repeated(_), _) => {
                self.problems.push(format!("{path}: the spec says a list, the example has {value}"))
            }
            (FieldKind::List { .. }, _) => self.problems.push(format!("{path}: an XML list wrapper in a JSON reply")),
        }
    }
}

/// The published replies of `method` with status 0 (its success example, and an error example
/// that reports per-item failures inside status 0). An example printed without its envelope (no
/// `status`) is the `data` alone.
fn success_examples(method: &str) -> Vec<(String, Value)> {
    ["response", "error"]
        .iter()
        .map(|kind| format!("{method}.{kind}.json"))
        .filter_map(|name| {
            let text = std::fs::read_to_string(fixtures_dir().join(&name)).ok()?;
            let value: Value = serde_json::from_str(&text).unwrap_or_else(|error| panic!("{name}: {error}"));
            match value.get("status") {
                None => Some((name, serde_json::json!({ "status": 0, "data": value }))),
                Some(status) if status == 0 => Some((name, value)),
                Some(_) => None,
            }
        })
        .collect()
}

#[test]
fn every_typed_method_has_its_published_example_and_every_key_of_it_is_in_the_spec() {
    let api = wangdian_api();
    let mut problems = Vec::new();
    let mut checked = 0;
    for method in &api.methods {
        let Some(tree) = &method.response else { continue };
        let examples = success_examples(&method.dotted);
        if examples.is_empty() {
            problems.push(format!(
                "{}: no published success example: copy the doc page's example into tests/fixtures/wangdian/{}.response.json",
                method.dotted, method.dotted
            ));
        }
        for (name, example) in examples {
            let mut walk = Walk { api: &api, tree, problems: Vec::new() };
            walk.object(tree.root(), &example, &name, &["status", "message"]);
            problems.extend(walk.problems);
            checked += 1;
        }
    }
    assert!(problems.is_empty(), "published examples the spec does not describe:\n{}", problems.join("\n"));
    // 16 success examples and the two per-item failure examples inside status 0.
    assert!(checked > api.methods.iter().filter(|method| method.response.is_some()).count(), "{checked}");
}

#[test]
fn the_walk_reports_an_undeclared_key_and_a_wrong_shape() {
    let api = wangdian_api();
    let method = api.methods.iter().find(|method| method.dotted == "setting.Shop.queryShop").expect("queryShop");
    let tree = method.response.as_ref().expect("typed");
    let mut walk = Walk { api: &api, tree, problems: Vec::new() };
    let example = serde_json::json!({
        "status": 0,
        "data": { "total_count": 1, "detials": [], "details": [{ "shop_id": 1, "shop_name": { "zh": "店" } }] }
    });
    walk.object(tree.root(), &example, "example", &["status", "message"]);
    assert_eq!(
        walk.problems,
        [
            "example.data.details[0].shop_name: the spec says a value, the example has {\"zh\":\"店\"}",
            "example.data.detials: in the published example, not in the spec's reply",
        ]
    );
}
