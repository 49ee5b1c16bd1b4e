//! Spec-driven checks of a request's business parameters and upload: required, types, allowed
//! values, limits, cross-parameter rules, the upload's field name, size and document shape.

use std::collections::BTreeMap;

use dangdang_codegen::model::{Element, ListForm, Method, UploadFormat};

use crate::checks::CheckFailure;
use crate::envelope::ErrorCode;
use crate::request::UploadedFile;
use crate::signature::parse_beijing;
use crate::spec::SpecIndex;
use crate::values::{Limits, check};
use crate::xml::{Node, parse};

/// Checks the business parameters (an empty value counts as absent) and the rules of `method`.
/// Parameters the spec does not name are let through, as callers may send extra ones.
/// `repeated` holds every value of a parameter sent more than once (see
/// [`crate::ReceivedRequest::repeated_params`]): a `list: repeat` parameter's entries. A
/// `list: comma` parameter's entries are its value split at `,`. Each entry is checked, and their
/// count against `max_items`; a parameter that is not a list is checked whole (its first value).
pub fn check_params(
    spec: &SpecIndex,
    method: &Method,
    params: &BTreeMap<String, String>,
    repeated: &BTreeMap<String, Vec<String>>,
) -> Result<(), CheckFailure> {
    let get = |name: &str| params.get(name).map(String::as_str).filter(|v| !v.is_empty());
    for param in &method.params {
        let Some(value) = get(&param.wire) else {
            if param.required {
                return Err(invalid(&param.wire, "is required"));
            }
            continue;
        };
        let limits = Limits {
            ty: &param.ty,
            allowed: &param.allowed,
            min: param.min.as_ref(),
            max: param.max.as_ref(),
            max_chars: param.max_chars,
        };
        let entries: Vec<&str> = match param.list {
            Some(ListForm::Comma) => value.split(',').collect(),
            Some(ListForm::Repeat) => {
                repeated.get(&param.wire).map_or_else(|| vec![value], |all| all.iter().map(String::as_str).collect())
            }
            None => vec![value],
        };
        for entry in &entries {
            check(spec, entry, &limits).map_err(|rule| invalid(&param.wire, &rule))?;
        }
        if let Some(max_items) = param.max_items.filter(|&max| entries.len() > max as usize) {
            return Err(invalid(&param.wire, &format!("at most {max_items} entries, got {}", entries.len())));
        }
    }
    for rule in &method.rules {
        if let Some(names) = &rule.one_of {
            if !names.iter().any(|name| get(name).is_some()) {
                return Err(invalid(&names.join("/"), &format!("one of {} is required", names.join(", "))));
            }
        }
        if let Some(span) = &rule.max_span {
            let (Some(start), Some(end)) = (get(&span.start), get(&span.end)) else { continue };
            let (Some(start_at), Some(end_at)) = (parse_beijing(start), parse_beijing(end)) else { continue };
            let allowed = match (span.days, span.minutes) {
                (Some(days), _) => chrono::Duration::days(i64::from(days)),
                (None, Some(minutes)) => chrono::Duration::minutes(i64::from(minutes)),
                (None, None) => continue,
            };
            if end_at - start_at > allowed {
                let rule = format!("at most {} minutes after `{}`", allowed.num_minutes(), span.start);
                return Err(invalid(&span.end, &rule));
            }
        }
    }
    Ok(())
}

fn invalid(param: &str, rule: &str) -> CheckFailure {
    (ErrorCode::InvalidParameter, format!("参数错误 (invalid `{param}`: {rule})"))
}

/// Checks the upload of a multipart method: present, under the spec's field, within `max_bytes`,
/// and (XML) a `<request>` document of the spec's shape; (zip) a zip archive. Methods without an
/// upload ignore any file part. Returns the parsed document of an XML upload.
pub fn check_upload(
    spec: &SpecIndex,
    method: &Method,
    upload: Option<&UploadedFile>,
) -> Result<Option<Node>, CheckFailure> {
    let Some(expected) = &method.upload else { return Ok(None) };
    let Some(file) = upload else {
        return Err(bad_upload(format!("未上传文件 (no file part; expected field `{}`)", expected.field)));
    };
    if file.field != expected.field {
        return Err(bad_upload(format!(
            "上传字段错误 (the file part is named `{}`; {} expects `{}`)",
            file.field, method.name, expected.field
        )));
    }
    if let Some(max) = expected.max_bytes.filter(|&max| file.bytes.len() as u64 > max) {
        return Err(bad_upload(format!("文件过大 (the upload has {} bytes; at most {max})", file.bytes.len())));
    }
    match expected.format {
        UploadFormat::Zip => {
            if !file.bytes.starts_with(b"PK\x03\x04") {
                return Err(bad_upload("文件格式错误 (the upload is not a zip archive)".to_string()));
            }
            Ok(None)
        }
        UploadFormat::Xml => {
            let root =
                parse(&file.text).map_err(|e| bad_upload(format!("不是XML文件 (the upload is not XML: {e})")))?;
            if root.name != "request" {
                return Err(bad_upload(format!("文件格式错误 (the root element is `{}`, not `request`)", root.name)));
            }
            let mut problems = Vec::new();
            check_children(spec, &root, &expected.document, "request", &["functionID", "time"], &mut problems);
            match problems.into_iter().next() {
                Some(problem) => Err(bad_upload(format!("文件内容错误 ({problem})"))),
                None => Ok(Some(root)),
            }
        }
    }
}

fn bad_upload(message: String) -> CheckFailure {
    (ErrorCode::BadUpload, message)
}

/// Checks `node`'s children against `elements` (plus the `extra` names a root may carry).
fn check_children(
    spec: &SpecIndex,
    node: &Node,
    elements: &[Element],
    path: &str,
    extra: &[&str],
    problems: &mut Vec<String>,
) {
    for child in &node.children {
        if !elements.iter().any(|e| e.name == child.name) && !extra.contains(&child.name.as_str()) {
            let known: Vec<&str> = elements.iter().map(|e| e.name.as_str()).collect();
            problems.push(format!("unknown element `{path}/{}`; expected one of: {}", child.name, known.join(", ")));
        }
    }
    for element in elements {
        let found: Vec<&Node> = node.all(&element.name).collect();
        let at = format!("{path}/{}", element.name);
        if element.required && found.is_empty() {
            problems.push(format!("`{at}` is required"));
        }
        if !element.repeated && found.len() > 1 {
            problems.push(format!("`{at}` occurs {} times; at most once", found.len()));
        }
        if let Some(max) = element.max_items.filter(|&max| found.len() > max as usize) {
            problems.push(format!("`{at}` occurs {} times; at most {max}", found.len()));
        }
        for (i, child) in found.iter().enumerate() {
            let at = if element.repeated { format!("{at}[{i}]") } else { at.clone() };
            if element.is_leaf() {
                check_leaf(spec, element, child, &at, problems);
            } else {
                check_children(spec, child, element.children_in(spec.shapes()), &at, &[], problems);
            }
        }
    }
}

fn check_leaf(spec: &SpecIndex, element: &Element, node: &Node, at: &str, problems: &mut Vec<String>) {
    if node.text.is_empty() {
        if element.required {
            problems.push(format!("`{at}` must not be empty"));
        }
        return;
    }
    let limits = Limits {
        ty: element.ty.as_deref().unwrap_or("string"),
        allowed: &element.allowed,
        min: element.min.as_ref(),
        max: element.max.as_ref(),
        max_chars: element.max_chars,
    };
    if let Err(rule) = check(spec, &node.text, &limits) {
        problems.push(format!("`{at}` {rule}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    fn upload(field: &str, text: &str) -> UploadedFile {
        UploadedFile {
            field: field.into(),
            text: text.into(),
            bytes: text.as_bytes().to_vec(),
            ..UploadedFile::default()
        }
    }

    #[test]
    fn params_follow_the_spec() {
        let spec = crate::spec::embedded().unwrap();
        let list = spec.method("dangdang.orders.list.get").unwrap();
        assert!(check_params(&spec, list, &params(&[("os", "101"), ("pageSize", "20")]), &BTreeMap::new()).is_ok());
        let (code, message) = check_params(&spec, list, &params(&[("pageSize", "7")]), &BTreeMap::new()).unwrap_err();
        assert_eq!(code, ErrorCode::InvalidParameter);
        assert!(message.contains("`pageSize`") && message.contains("5, 10, 15, 20"), "{message}");
        let window =
            params(&[("lastModifyTime_start", "2026-01-01 00:00:00"), ("lastModifyTime_end", "2026-01-17 00:00:00")]);
        assert!(check_params(&spec, list, &window, &BTreeMap::new()).unwrap_err().1.contains("lastModifyTime_end"));
        let details = spec.method("dangdang.order.details.get").unwrap();
        assert!(
            check_params(&spec, details, &params(&[]), &BTreeMap::new())
                .unwrap_err()
                .1
                .contains("one of o, outerOrderID")
        );
        let stock = spec.method("dangdang.item.stock.update").unwrap();
        assert!(
            check_params(&spec, stock, &params(&[("oit", "A")]), &BTreeMap::new())
                .unwrap_err()
                .1
                .contains("`stk`: is required")
        );
        assert!(
            check_params(&spec, stock, &params(&[("oit", "A"), ("stk", "1000000")]), &BTreeMap::new())
                .unwrap_err()
                .1
                .contains("at most")
        );
    }

    #[test]
    fn list_parameters_are_checked_entry_by_entry() {
        let spec = crate::spec::embedded().unwrap();
        let none = BTreeMap::new();
        // `o` of order.receipt.details.get: comma-separated order ids, at most 100.
        let receipts = spec.method("dangdang.order.receipt.details.get").unwrap();
        assert!(check_params(&spec, receipts, &params(&[("o", "1,2,3")]), &none).is_ok());
        assert!(check_params(&spec, receipts, &params(&[("o", "1,x")]), &none).is_err());
        let ids = (1..=101).map(|i| i.to_string()).collect::<Vec<_>>().join(",");
        let (_, message) = check_params(&spec, receipts, &params(&[("o", &ids)]), &none).unwrap_err();
        assert!(message.contains("at most 100 entries, got 101"), "{message}");
        // `cus_id[]` of shop.coupon.send: the key once per entry, every entry kept.
        let coupons = spec.method("dangdang.shop.coupon.send").unwrap();
        let sent = params(&[("apply_id", "7"), ("cus_id[]", "a"), ("send_num", "1")]);
        let all = BTreeMap::from([("cus_id[]".to_owned(), vec!["a".to_owned(), "b".to_owned()])]);
        assert!(check_params(&spec, coupons, &sent, &all).is_ok());
        let with_empty = BTreeMap::from([("cus_id[]".to_owned(), vec!["a".to_owned(), String::new()])]);
        let coupon_batch = params(&[("apply_id", "x"), ("cus_id[]", "a"), ("send_num", "1")]);
        assert!(check_params(&spec, coupons, &coupon_batch, &with_empty).unwrap_err().1.contains("`apply_id`"));
    }

    #[test]
    fn uploads_follow_the_spec() {
        let spec = crate::spec::embedded().unwrap();
        let send = spec.method("dangdang.order.goods.send").unwrap();
        let good = "<request><functionID>x</functionID><time>t</time><OrdersList><OrderInfo><orderID>1</orderID>\
                    <logisticsName>顺丰</logisticsName><logisticsTel>95338</logisticsTel><logisticsOrderID>SF1</logisticsOrderID>\
                    <SendGoodsList><ItemInfo><itemID>2</itemID><sendGoodsCount>1</sendGoodsCount></ItemInfo></SendGoodsList>\
                    </OrderInfo></OrdersList></request>";
        assert!(check_upload(&spec, send, Some(&upload("sendGoods", good))).unwrap().is_some());
        assert!(check_upload(&spec, send, Some(&upload("sendgoods", good))).unwrap_err().1.contains("`sendGoods`"));
        assert!(check_upload(&spec, send, None).unwrap_err().1.contains("no file part"));
        let missing = good.replace("<logisticsTel>95338</logisticsTel>", "");
        assert!(
            check_upload(&spec, send, Some(&upload("sendGoods", &missing)))
                .unwrap_err()
                .1
                .contains("logisticsTel` is required")
        );
        let typo = good.replace("orderID>1<", "orderID>one<");
        assert!(check_upload(&spec, send, Some(&upload("sendGoods", &typo))).unwrap_err().1.contains("type long"));
        let unknown = good.replace("<OrdersList>", "<OrderList>").replace("</OrdersList>", "</OrderList>");
        assert!(
            check_upload(&spec, send, Some(&upload("sendGoods", &unknown)))
                .unwrap_err()
                .1
                .contains("unknown element `request/OrderList`")
        );
        let many: String = (0..51).map(|_| "<OrderInfo/>").collect();
        let too_many = format!("<request><OrdersList>{many}</OrdersList></request>");
        assert!(check_upload(&spec, send, Some(&upload("sendGoods", &too_many))).unwrap_err().1.contains("at most 50"));
    }
}
