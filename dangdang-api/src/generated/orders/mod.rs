// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Orders (订单): search, details, shipping, returns and exchanges.

#[rustfmt::skip]
pub mod orders_list_get;

#[rustfmt::skip]
pub mod order_details_get;

#[rustfmt::skip]
pub mod order_goods_send;

#[rustfmt::skip]
pub mod order_cancel;

#[rustfmt::skip]
pub mod order_orderid_get;

#[rustfmt::skip]
pub mod order_customid_get;

#[rustfmt::skip]
pub mod order_receipt_details_get;

#[rustfmt::skip]
pub mod order_return;

#[rustfmt::skip]
pub mod order_goods_exchange;

#[rustfmt::skip]
pub mod orders_exchange_return_list_get;

#[rustfmt::skip]
pub mod orders_exchange_return_apply_approve;

#[rustfmt::skip]
pub mod orders_distristatus_update;
