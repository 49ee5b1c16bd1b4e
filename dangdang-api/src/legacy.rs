//! Migration from the legacy v2 scripts (`http://api.dangdang.com/v2/searchOrders.php`) to the methods.
//!
//! ```
//! let info = dangdang_api::legacy::lookup("searchOrders.php").unwrap();
//! assert_eq!(info.name, "dangdang.orders.list.get");
//! assert_eq!(info.rust_name, "orders_list_get"); // Client::orders_list_get, module orders::orders_list_get
//! assert_eq!(info.group, "orders");
//! ```
//!
//! The full table is in `docs/methods.md`, generated from the spec.

use crate::METHODS;
use crate::MethodInfo;

/// Finds the method that replaces a legacy script, given its full URL (`http://api.dangdang.com/v2/searchOrders.php`,
/// query string ignored), its file name (`searchOrders.php`) or its base name (`searchOrders`); case-insensitive.
pub fn lookup(legacy: &str) -> Option<&'static MethodInfo> {
    let without_query = legacy.trim().split(['?', '#']).next().unwrap_or_default();
    let script = without_query.rsplit('/').next().unwrap_or_default();
    let script = script.strip_suffix(".php").or_else(|| script.strip_suffix(".PHP")).unwrap_or(script);
    if script.is_empty() {
        return None;
    }
    let is_url = without_query.contains("://");
    METHODS.iter().find(|method| {
        if is_url {
            method.legacy_url.is_some_and(|url| url.eq_ignore_ascii_case(without_query))
        } else {
            let known = method.legacy_url.and_then(|url| url.rsplit('/').next()).unwrap_or_default();
            !known.is_empty() && known.strip_suffix(".php").unwrap_or(known).eq_ignore_ascii_case(script)
        }
    })
}

/// Finds a method by its dotted name (`dangdang.orders.list.get`).
pub fn by_name(name: &str) -> Option<&'static MethodInfo> {
    METHODS.iter().find(|method| method.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_legacy_name_finds_the_method() {
        for query in [
            "http://api.dangdang.com/v2/searchOrders.php",
            "http://api.dangdang.com/v2/searchOrders.php?gShopID=1",
            "searchOrders.php",
            "searchOrders",
            "SEARCHORDERS",
        ] {
            assert_eq!(lookup(query).map(|m| m.name), Some("dangdang.orders.list.get"), "{query}");
        }
        assert_eq!(lookup("http://shopapi.idc3/coupon_bind.php").map(|m| m.name), Some("dangdang.shop.coupon.send"));
        assert_eq!(lookup("sendGoods").map(|m| (m.rust_name, m.group)), Some(("order_goods_send", "orders")));
        assert_eq!(lookup("http://example.com/v2/searchOrders.php"), None, "a URL must match exactly");
        assert_eq!(lookup("noSuchScript.php"), None);
        assert_eq!(lookup(""), None);
        assert_eq!(by_name("dangdang.qa.answer").map(|m| m.rust_name), Some("qa_answer"));
    }

    #[test]
    fn every_legacy_script_maps_to_exactly_one_method() {
        // No count of methods here: `METHODS` is generated from the spec (and `cargo test` fails when it
        // is stale), so every method the spec has is checked, however many there are.
        assert!(!METHODS.is_empty(), "the generated catalog lists the spec's methods");
        for method in &METHODS {
            let url = method.legacy_url.expect("every Dangdang method replaces a legacy script");
            assert_eq!(lookup(url).map(|m| m.name), Some(method.name));
            let same_script =
                METHODS.iter().filter(|other| other.legacy_url.is_some_and(|other| other.eq_ignore_ascii_case(url)));
            assert_eq!(same_script.count(), 1, "{}: its legacy URL is shared with another method", method.name);
        }
    }
}
