//! The sandbox's small stateful shop: items and orders, seeded deterministically from a seed and
//! counts, changed by the write methods and read back by the read methods.

mod items;
mod orders;
mod seed;

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

pub use seed::seeded;

use crate::render::Record;

/// Order states the shop uses (codes of the spec's `OrderState`).
pub mod state {
    /// 等待到款.
    pub const AWAITING_PAYMENT: i32 = 100;
    /// 等待发货: the only state `order.goods.send` accepts.
    pub const AWAITING_SHIPMENT: i32 = 101;
    /// 已发货.
    pub const SHIPPED: i32 = 300;
    /// 已送达.
    pub const DELIVERED: i32 = 400;
    /// 交易成功.
    pub const COMPLETED: i32 = 1000;
    /// 取消.
    pub const CANCELLED: i32 = -100;
    /// The `os` filter value meaning every state.
    pub const ALL: i32 = 9999;
}

/// One item for sale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Dangdang item id (`itemID`, `it`).
    pub id: i64,
    /// The seller's code (`outerItemID`, `oit`).
    pub outer_id: String,
    /// Title.
    pub name: String,
    /// 当当价.
    pub price: Decimal,
    /// Market price.
    pub market_price: Decimal,
    /// Stock.
    pub stock: i64,
    /// `上架` or `下架`.
    pub listed: bool,
    /// Last change.
    pub updated: DateTime<Utc>,
}

/// One order line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The item sold.
    pub item_id: i64,
    /// Its seller code.
    pub outer_item_id: String,
    /// Its title when ordered.
    pub name: String,
    /// Deal price.
    pub unit_price: Decimal,
    /// Quantity.
    pub count: u32,
    /// Quantity shipped (after `order.goods.send`).
    pub sent: u32,
}

/// How an order was shipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipment {
    /// Courier company.
    pub company: String,
    /// Waybill number.
    pub waybill: String,
    /// When.
    pub at: DateTime<Utc>,
}

/// One order. Consignee data is made up from the order's number and obviously fake.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    /// Dangdang order id (`orderID`, `o`).
    pub id: i64,
    /// The seller's external id (`outerOrderID`).
    pub outer_id: String,
    /// `OrderState` code.
    pub state: i32,
    /// When placed (`orderTimeStart`, the `osd`/`oed` window).
    pub placed: DateTime<Utc>,
    /// When paid, if paid.
    pub paid: Option<DateTime<Utc>>,
    /// Last change (the `lastModifyTime_*` window).
    pub modified: DateTime<Utc>,
    /// Postage.
    pub postage: Decimal,
    /// Lines.
    pub lines: Vec<Line>,
    /// Shipping data once shipped.
    pub shipment: Option<Shipment>,
    /// The consignee's number in the fake names (`沙箱收货人7号`).
    pub consignee: u32,
}

impl Order {
    /// Goods plus postage.
    pub fn money(&self) -> Decimal {
        self.lines.iter().map(|l| l.unit_price * Decimal::from(l.count)).sum::<Decimal>() + self.postage
    }
}

/// The shop's whole state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Shop {
    /// Items by id.
    pub items: BTreeMap<i64, Item>,
    /// Orders by id.
    pub orders: BTreeMap<i64, Order>,
}

/// What a shop handler answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The reply's data, rendered in the spec's shape.
    Reply(Record),
    /// The whole request refused (E2 `<Error>`): code and message.
    Refused(i64, String),
    /// The reply's XML text as it is (from a test's handler).
    Xml(String),
}

impl Shop {
    /// Handles the stateful methods; `None` for the others (they get a generic spec-shaped reply).
    pub fn handle(
        &mut self,
        method: &str,
        params: &BTreeMap<String, String>,
        upload: Option<&crate::xml::Node>,
        now: DateTime<Utc>,
    ) -> Option<Outcome> {
        let get = Params(params);
        Some(match method {
            "dangdang.orders.list.get" => self.list_orders(&get),
            "dangdang.order.details.get" => self.order_details(&get),
            "dangdang.order.goods.send" => self.send_goods(upload, now),
            "dangdang.item.get" => self.item_get(&get),
            "dangdang.items.list.get" => self.list_items(&get),
            "dangdang.item.stock.update" => self.update_stock(&get, now),
            "dangdang.item.price.update" => self.update_price(&get, now),
            "dangdang.items.stock.update" => self.update_stocks(upload, now),
            "dangdang.items.price.update" => self.update_prices(upload, now),
            _ => return None,
        })
    }
}

/// Business parameters by wire name; an empty value counts as absent.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Params<'a>(&'a BTreeMap<String, String>);

impl<'a> Params<'a> {
    /// A parameter's value, if present and not empty.
    pub(crate) fn get(&self, name: &str) -> Option<&'a str> {
        self.0.get(name).map(String::as_str).filter(|v| !v.is_empty())
    }

    /// A parameter parsed (validation already checked its type), or `default`.
    pub(crate) fn number<T: std::str::FromStr>(&self, name: &str, default: T) -> T {
        self.get(name).and_then(|v| v.parse().ok()).unwrap_or(default)
    }

    /// A date-time parameter.
    pub(crate) fn time(&self, name: &str) -> Option<DateTime<Utc>> {
        self.get(name).and_then(crate::signature::parse_beijing)
    }
}

/// The page `p` and size `pageSize` a list call asks for (defaults 1 and 20; a page below 1 is
/// read as 1, a size below 1 as 1).
pub(crate) fn paging(get: &Params<'_>) -> (usize, usize) {
    (get.number("p", 1i64).max(1) as usize, get.number("pageSize", 20i64).max(1) as usize)
}

/// One page of `all`, pages counted from 1: the page's entries and the page count (0 when empty).
pub(crate) fn page<T: Clone>(all: &[T], page: usize, size: usize) -> (Vec<T>, usize) {
    let pages = all.len().div_ceil(size.max(1));
    let start = page.saturating_sub(1).saturating_mul(size);
    (all.iter().skip(start).take(size).cloned().collect(), pages)
}
