//! Rust names derived from spec names (heck); whether a name is usable is `identifiers`' job.

use heck::{ToSnakeCase, ToUpperCamelCase};

use crate::model::{Arg, Element, Method, Param};

/// The Rust name of a method: its `rust_name:` or the name derived from its dotted name.
pub fn method_rust(method: &Method) -> String {
    method.rust_name.clone().unwrap_or_else(|| method_name(&method.name))
}

/// The Rust name of a parameter: its `rust:` or the name derived from its wire name.
pub fn param_rust(param: &Param) -> String {
    param.rust.clone().unwrap_or_else(|| field_name(&param.wire))
}

/// The Rust name of a positional argument that is one request field: its `rust:` or the name
/// derived from its name.
pub fn arg_rust(arg: &Arg) -> String {
    arg.rust.clone().unwrap_or_else(|| field_name(&arg.name))
}

/// The field name of an element: its `rust:` or the name derived from its element name.
pub fn element_field(element: &Element) -> String {
    element.rust.clone().unwrap_or_else(|| field_name(&element.name))
}

/// The struct name of an element with children: its `struct:` or the name derived from its element name.
pub fn element_struct(element: &Element) -> String {
    element.struct_name.clone().unwrap_or_else(|| struct_name(&element.name))
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

/// The script name of a legacy URL: `http://api.dangdang.com/v2/searchOrders.php` → `searchOrders.php`.
pub fn legacy_script(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or(url)
}

/// True for a reply's result-code element: `operCode`, `orderOperCode`, `QAOperCode`, … (a wire
/// name ending in `OperCode`, case ignored). Validation requires a code table for its type.
pub fn is_result_code(wire: &str) -> bool {
    wire.to_ascii_lowercase().ends_with("opercode")
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
        assert_eq!(legacy_script("http://shopapi.idc3/coupon_list.php"), "coupon_list.php");
    }
}
