//! Spec-shaped replies: walks a method's `response:` element tree and writes each element from
//! the handler's data, or a plausible value of its type when the data has none.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use dangdang_codegen::model::{Element, Method};

use crate::envelope::escape_xml;
use crate::signature::{beijing, format_beijing};
use crate::spec::SpecIndex;

/// What a handler knows about one element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Data {
    /// A leaf's text.
    Text(String),
    /// An element with children, by child name.
    Record(Record),
    /// The occurrences of a repeated element (empty: none at all).
    List(Vec<Data>),
    /// Leave the element out.
    Absent,
}

/// Children by element name.
pub type Record = BTreeMap<String, Data>;

/// Builds a [`Record`] from `(name, data)` pairs.
pub fn record<const N: usize>(fields: [(&str, Data); N]) -> Record {
    fields.into_iter().map(|(name, data)| (name.to_string(), data)).collect()
}

/// [`Data::Text`] of anything displayable.
pub fn text(value: impl ToString) -> Data {
    Data::Text(value.to_string())
}

/// The whole reply document of `method`: `<response>`, `functionID`, `time`, then the spec's
/// response elements filled from `data` (as UTF-8 text declaring GBK; the server transcodes it).
/// An untyped method (no `response:`) gets the header only: a generic success reply.
pub fn response_xml(spec: &SpecIndex, method: &Method, data: &Record, now: DateTime<Utc>) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"GBK\"?><response>");
    out.push_str(&format!("<functionID>{}</functionID><time>{}</time>", escape_xml(&method.name), format_beijing(now)));
    if let Some(elements) = &method.response {
        let writer = Writer { spec, now };
        writer.children(elements, data, &mut out);
    }
    out.push_str("</response>");
    out
}

/// An E2 reply: the whole request rejected with `operCode` and `operation`.
pub fn business_error_xml(method: &str, code: i64, message: &str, now: DateTime<Utc>) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"GBK\"?><response><functionID>{}</functionID><time>{}</time>\
         <Error><operCode>{code}</operCode><operation>{}</operation></Error></response>",
        escape_xml(method),
        format_beijing(now),
        escape_xml(message)
    )
}

struct Writer<'a> {
    spec: &'a SpecIndex,
    now: DateTime<Utc>,
}

impl Writer<'_> {
    fn children(&self, elements: &[Element], data: &Record, out: &mut String) {
        for element in elements {
            match data.get(&element.name) {
                Some(Data::Absent) => {}
                Some(Data::List(items)) => items.iter().for_each(|item| self.element(element, Some(item), out)),
                given => {
                    // Failure shapes are left out unless a handler fills them.
                    if given.is_none() && element.is_leaf() && matches!(element.name.as_str(), "Error" | "Result") {
                        continue;
                    }
                    self.element(element, given, out)
                }
            }
        }
    }

    fn element(&self, element: &Element, given: Option<&Data>, out: &mut String) {
        out.push('<');
        out.push_str(&element.name);
        out.push('>');
        if element.is_leaf() {
            match given {
                Some(Data::Text(value)) => out.push_str(&escape_xml(value)),
                _ => out.push_str(&escape_xml(&self.default_text(element))),
            }
        } else {
            let empty = Record::new();
            let record = match given {
                Some(Data::Record(record)) => record,
                _ => &empty,
            };
            self.children(element.children_in(self.spec.shapes()), record, out);
        }
        out.push_str("</");
        out.push_str(&element.name);
        out.push('>');
    }

    /// A plausible value of the element's type; buyer data is obviously fake.
    fn default_text(&self, element: &Element) -> String {
        let name = element.name.as_str();
        if name.ends_with("OperCode") || name == "operCode" {
            return "0".to_string();
        }
        if name.ends_with("Operation") || name == "operation" {
            return "操作成功".to_string();
        }
        match element.ty.as_deref().unwrap_or("string") {
            "int" => "1".to_string(),
            "long" => "1000001".to_string(),
            "decimal" => "9.90".to_string(),
            "datetime" => format_beijing(self.now),
            "date" => self.now.with_timezone(&beijing()).format("%Y-%m-%d").to_string(),
            "bool01" => "0".to_string(),
            "boolyn" => "N".to_string(),
            "boolzh" => "否".to_string(),
            "string" if element.personal => "测试数据(沙箱假数据)".to_string(),
            "string" => "示例".to_string(),
            table => self
                .spec
                .types()
                .get(table)
                .and_then(|t| t.values.iter().filter_map(|v| crate::values::scalar_text(&v.code)).find(|c| c != "9999"))
                .unwrap_or_else(|| "示例".to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_given_data_and_defaults_the_rest() {
        let spec = crate::spec::embedded().unwrap();
        let method = spec.method("dangdang.orders.list.get").unwrap();
        let now = crate::signature::parse_beijing("2026-01-05 12:00:00").unwrap();
        let order = Data::Record(record([("orderID", text(42)), ("remark", text("a<b"))]));
        let data = record([("OrdersList", Data::Record(record([("OrderInfo", Data::List(vec![order]))])))]);
        let xml = response_xml(&spec, method, &data, now);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"GBK\"?><response><functionID>dangdang.orders.list.get</functionID><time>2026-01-05 12:00:00</time><totalInfo>"), "{xml}");
        assert!(xml.contains("<OrderInfo><orderID>42</orderID>"), "{xml}");
        assert!(xml.contains("<remark>a&lt;b</remark>"));
        assert!(xml.contains("<consigneeName>测试数据(沙箱假数据)</consigneeName>"));
        assert!(xml.contains("<orderState>50</orderState>"));
        let none = record([("OrdersList", Data::Record(record([("OrderInfo", Data::List(vec![]))])))]);
        assert!(response_xml(&spec, method, &none, now).contains("<OrdersList></OrdersList>"));
    }
}
