//! Feature `serde`: a typed Wangdian reply as JSON by method name — the same shape as Dangdang's
//! (Rust field names even where the wire key differs, codes as code plus name, times as wire text
//! whatever their wire encoding).

#![cfg(feature = "serde")]

use wangdian_api::RawBody;
use wangdian_api::decode::decode_json;

#[test]
fn a_typed_reply_serialises_with_rust_names_codes_and_wire_times() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/wangdian/setting.Warehouse.queryWarehouse.response.json"
    );
    let body = RawBody::utf8(std::fs::read(path).expect("the fixture"));
    let reply = decode_json("setting.Warehouse.queryWarehouse", &body).expect("a typed method").unwrap();
    let row = &reply["data"]["details"][0];
    assert_eq!(reply["data"]["total_count"], 1);
    assert_eq!(row["warehouse_id"], 624);
    // The wire key `type` is read into `warehouse_type` and written back under the Rust name.
    assert_eq!(row["warehouse_type"], serde_json::json!({"code": "1", "name": "Normal"}));
    assert!(row.get("type").is_none(), "{row}");
    assert_eq!(row["created"], "2021-11-26 17:02:21");
    assert_eq!(row["modified"], "2023-01-30 22:13:21", "epoch milliseconds on the wire, Beijing wire text here");
    assert_eq!(row["is_disabled"], false);
    assert!(decode_json("no.such.method", &body).is_none());
}
