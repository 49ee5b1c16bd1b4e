// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Items (商品): listing, stock, prices, pictures, states.

#[rustfmt::skip]
pub mod item_add;

#[rustfmt::skip]
pub mod item_detail_update;

#[rustfmt::skip]
pub mod items_delete;

#[rustfmt::skip]
pub mod items_list_get;

#[rustfmt::skip]
pub mod item_get;

#[rustfmt::skip]
pub mod item_itemid_get;

#[rustfmt::skip]
pub mod item_customid_get;

#[rustfmt::skip]
pub mod items_bestpartners_set;

#[rustfmt::skip]
pub mod item_bestpartners_get;

#[rustfmt::skip]
pub mod items_publiccolumns_set;

#[rustfmt::skip]
pub mod item_publiccolumns_get;

#[rustfmt::skip]
pub mod items_spec_update;

#[rustfmt::skip]
pub mod items_extradesctab_update;

#[rustfmt::skip]
pub mod items_codinfo_update;

#[rustfmt::skip]
pub mod items_postage_update;

#[rustfmt::skip]
pub mod items_errorpics_get;

#[rustfmt::skip]
pub mod item_stock_update;

#[rustfmt::skip]
pub mod item_price_update;

#[rustfmt::skip]
pub mod items_stock_update;

#[rustfmt::skip]
pub mod items_price_update;

#[rustfmt::skip]
pub mod items_status_update;

#[rustfmt::skip]
pub mod items_pics_set;
