//! Rust names derived from wire names (heck), and the keyword check.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Rust keywords (2024 edition, strict and reserved) that cannot be field or module names.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self",
    "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract",
    "become", "box", "do", "final", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// True when `name` cannot be used as a plain identifier.
pub fn is_keyword(name: &str) -> bool {
    KEYWORDS.contains(&name)
}

/// Module and client-method name of a dotted method: `dangdang.orders.list.get` → `orders_list_get`.
pub fn method_name(dotted: &str) -> String {
    dotted.strip_prefix("dangdang.").unwrap_or(dotted).replace('.', "_").to_snake_case()
}

/// Field or setter name of a wire name: `lastModifyTime_start` → `last_modify_time_start`.
pub fn field_name(wire: &str) -> String {
    wire.to_snake_case()
}

/// Struct name of an element: `totalInfo` → `TotalInfo`.
pub fn struct_name(wire: &str) -> String {
    wire.to_upper_camel_case()
}

/// True for a valid UpperCamelCase identifier (enum variants, struct overrides).
pub fn is_upper_camel(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && name.to_upper_camel_case() == name
}

/// True for a valid snake_case identifier (field and method overrides).
pub fn is_snake(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The script name of a legacy URL: `http://api.dangdang.com/v2/searchOrders.php` → `searchOrders.php`.
pub fn legacy_script(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_rust_conventions() {
        assert_eq!(
            method_name("dangdang.orders.exchange.return.apply.approve"),
            "orders_exchange_return_apply_approve"
        );
        assert_eq!(field_name("lastModifyTime_start"), "last_modify_time_start");
        assert_eq!(field_name("orderID"), "order_id");
        assert_eq!(field_name("Is_DangdangReceipt"), "is_dangdang_receipt");
        assert_eq!(field_name("consigneeAddr_ProvinceCode"), "consignee_addr_province_code");
        assert_eq!(struct_name("promoItem"), "PromoItem");
        assert!(is_keyword("type") && !is_keyword("kind"));
        assert_eq!(legacy_script("http://shopapi.idc3/coupon_list.php"), "coupon_list.php");
    }
}
