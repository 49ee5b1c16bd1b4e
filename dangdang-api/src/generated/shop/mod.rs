// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Shop (店铺): Dangdang categories, sale properties, brands, shop categories, coupons.

#[rustfmt::skip]
pub mod shop_ddcategory_get;

#[rustfmt::skip]
pub mod shop_ddsaleprops_get;

#[rustfmt::skip]
pub mod shop_ddbrand_get;

#[rustfmt::skip]
pub mod shop_category_get;

#[rustfmt::skip]
pub mod shop_spec_get;

#[rustfmt::skip]
pub mod shop_ddcategorynew_get;

#[rustfmt::skip]
pub mod shop_coupons_list;

#[rustfmt::skip]
pub mod shop_coupon_send;
