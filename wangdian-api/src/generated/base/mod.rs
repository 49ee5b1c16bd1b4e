// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! 基础类 (`base`) methods.

#[rustfmt::skip]
pub mod setting_logistics_query_logistics;

#[rustfmt::skip]
pub mod setting_purchase_provider_query_detail;

#[rustfmt::skip]
pub mod setting_warehouse_query_warehouse;

#[rustfmt::skip]
pub mod setting_shop_query_shop;

#[rustfmt::skip]
pub mod setting_purchase_provider_push;

#[rustfmt::skip]
pub mod setting_shop_update_shop;

#[rustfmt::skip]
pub mod setting_employee_search;

#[rustfmt::skip]
pub mod setting_strategy_virtual_warehouse_warehouse_search;

#[rustfmt::skip]
pub mod setting_operation_reason_search;

#[rustfmt::skip]
pub mod setting_address_province_search;

#[rustfmt::skip]
pub mod setting_address_city_search;

#[rustfmt::skip]
pub mod setting_address_district_search;

#[rustfmt::skip]
pub mod setting_strategy_virtual_warehouse_query;

#[rustfmt::skip]
pub mod sales_trade_edit_upload_change_goods_by_api;
