// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! 货品类 (`goods`) methods.

#[rustfmt::skip]
pub mod goods_goods_push;

#[rustfmt::skip]
pub mod goods_suite_search;

#[rustfmt::skip]
pub mod goods_goods_query_with_spec;

#[rustfmt::skip]
pub mod goods_api_goods_search;

#[rustfmt::skip]
pub mod goods_api_goods_upload;

#[rustfmt::skip]
pub mod process_bom_upload;

#[rustfmt::skip]
pub mod process_process_upload;

#[rustfmt::skip]
pub mod process_process_search;

#[rustfmt::skip]
pub mod goods_goods_class_search;

#[rustfmt::skip]
pub mod goods_goods_brand_search;

#[rustfmt::skip]
pub mod goods_suite_upload2;

#[rustfmt::skip]
pub mod goods_category_search;

#[rustfmt::skip]
pub mod goods_goods_batch_push;

#[rustfmt::skip]
pub mod process_bom_search;

#[rustfmt::skip]
pub mod goods_barcode_upload;

#[rustfmt::skip]
pub mod goods_goods_push2;

#[rustfmt::skip]
pub mod goods_goods_class_upload;

#[rustfmt::skip]
pub mod goods_goods_brand_upload;

#[rustfmt::skip]
pub mod finance_settle_process_search;
