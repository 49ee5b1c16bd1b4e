//! The sandbox driven from outside Rust: `tests/python/erp_client.py` (Python standard library
//! only) signs a GET, uploads a multipart document and sends a bad signature. Skipped, with a
//! message, when `python3` is not installed (it is on CI machines).

mod common;

use std::process::Command;

#[test]
fn python_erp_client_signs_uploads_and_is_refused_on_a_bad_sign() {
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("SKIPPED from_python: python3 is not installed");
        return;
    }
    let sandbox = common::sandbox(8);
    let item = sandbox.shop().items.values().next().cloned().unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/python/erp_client.py");
    let output = Command::new("python3")
        .arg(script)
        .args([&sandbox.endpoint(), sandbox.app_key(), sandbox.app_secret(), sandbox.session(), &item.outer_id, "321"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    for check in ["signed GET", "GBK business parameter", "multipart upload", "bad signature refused"] {
        assert!(stdout.contains(&format!("ok   {check}")), "{stdout}");
    }
    assert_eq!(sandbox.shop().items[&item.id].stock, 321, "the upload changed the shop");
    let upload = sandbox.requests_for("dangdang.items.stock.update").pop().unwrap();
    assert_eq!(upload.upload.unwrap().field, "multiItemsStock");
    let names = sandbox.requests_for("dangdang.items.list.get").pop().unwrap();
    assert_eq!(names.business_params["name"], "测试");
}
