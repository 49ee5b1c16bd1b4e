//! Typed upload documents from JSON (feature `serde`): [`document_json`] reads a method's
//! `upload::Document` from JSON in the shape it serialises as (Rust field names, times as
//! `yyyy-MM-dd HH:mm:ss`, codes as their wire code) and writes the XML the method would upload.
//!
//! ```
//! # #[cfg(feature = "orders")] {
//! let json = serde_json::json!({ "orders_list": [{
//!     "order_id": 5081234567_i64, "logistics_name": "圆通快递", "logistics_tel": "95554",
//!     "logistics_order_id": "YT1000000001",
//!     "send_goods_list": [{ "item_id": 1900123456_i64, "send_goods_count": 1 }],
//! }]});
//! let xml = dangdang_api::upload_json::document_json("dangdang.order.goods.send", json).unwrap().unwrap();
//! assert!(xml.contains("<logisticsOrderID>YT1000000001</logisticsOrderID>"));
//! # }
//! ```

use serde::de::DeserializeOwned;

use crate::Error;
pub use crate::generated::reply_json::document_json;
use crate::xml::XmlWriter;

/// How a generated document writes its children: `Document::write_xml`.
type WriteXml<D> = fn(&D, &mut XmlWriter, &'static str) -> Result<(), Error>;

/// `json` read as `D` and written by `write` (the children of `<request>`): what the generated
/// [`document_json`] calls per method. A document that does not have `D`'s shape (a missing
/// required field, an unknown key, a value of the wrong type) is an [`Error::InvalidParam`]
/// naming the upload field; one that breaks the spec's limits is refused by the writer's own checks.
#[doc(hidden)]
pub fn document_fragment<D: DeserializeOwned>(
    method: &'static str,
    field: &'static str,
    json: serde_json::Value,
    write: WriteXml<D>,
) -> Result<String, Error> {
    let document: D = serde_json::from_value(json).map_err(|error| Error::InvalidParam {
        method,
        param: field.to_owned(),
        rule: format!("the JSON document does not have the upload's shape: {}", without_value(&error.to_string())),
    })?;
    let mut writer = XmlWriter::new();
    write(&document, &mut writer, method)?;
    Ok(writer.finish())
}

/// serde's message with the offending value left out (`invalid type: string "张三", expected i64`
/// → `invalid type: string, expected i64`): a document may hold buyer personal data, and errors
/// never repeat a value.
fn without_value(message: &str) -> String {
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = message.strip_prefix(prefix)
            && let Some((unexpected, expected)) = rest.split_once(", expected ")
        {
            let kind = unexpected.split([' ', '`']).next().unwrap_or("value");
            return format!("{prefix}{kind}, expected {expected}");
        }
    }
    message.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_left_out_of_serdes_messages() {
        assert_eq!(without_value(r#"invalid type: string "张三", expected i64"#), "invalid type: string, expected i64");
        assert_eq!(without_value("invalid value: integer `-1`, expected u32"), "invalid value: integer, expected u32");
        assert_eq!(without_value("missing field `order_id`"), "missing field `order_id`");
    }
}
