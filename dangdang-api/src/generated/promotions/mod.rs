// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Promotions (促销): promotion lists, details and price-off campaigns.

#[rustfmt::skip]
pub mod promotions_list_get;

#[rustfmt::skip]
pub mod promotion_get;

#[rustfmt::skip]
pub mod promotion_itemtype_update;

#[rustfmt::skip]
pub mod promotions_enddate_update;

#[rustfmt::skip]
pub mod promotions_offprice_add;

#[rustfmt::skip]
pub mod promotions_offprice_update;
