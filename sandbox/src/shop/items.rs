//! The item methods of the shop: details, search with honest pages, stock and price updates.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

use super::{Item, Outcome, Params, Shop, page, paging};
use crate::render::{Data, Record, record, text};
use crate::signature::format_beijing;
use crate::xml::Node;

/// `operCode` of an unknown outer item id: 22 (protocol reference §8.1, item.stock.update; the
/// sandbox uses it for the price updates too, where no code is documented).
pub const UNKNOWN_OUTER_ITEM: i64 = 22;
/// `operCode` of an unknown item id in item.get: 17 item identifier error (§8.1 documents it for
/// items.status.update; no code is documented for item.get, so this choice is the sandbox's own).
pub const UNKNOWN_ITEM: i64 = 17;
/// `operCode` of a refused price rise: 403 (new price ≥ 20 yuan and ≥ 100 % over the old, §8.1).
pub const PRICE_RISE_REFUSED: i64 = 403;

impl Shop {
    /// `dangdang.item.get` by `it`; an unknown item is refused with 17.
    pub(super) fn item_get(&self, get: &Params<'_>) -> Outcome {
        let Some(item) = self.items.get(&get.number("it", 0i64)) else {
            return Outcome::Refused(UNKNOWN_ITEM, "商品标识符错误".to_string());
        };
        let mut detail = item_fields(item);
        detail.insert("marketPrice".into(), text(item.market_price));
        detail.insert("SpecilaItemInfo".into(), Data::List(vec![]));
        Outcome::Reply(record([("ItemDetail", Data::Record(detail))]))
    }

    /// `dangdang.items.list.get`: filters `it`, `oit`, `name` (contained), `mts`/`mte` (updated,
    /// inclusive); by item id; pages `p` of `pageSize`.
    pub(super) fn list_items(&self, get: &Params<'_>) -> Outcome {
        let matched: Vec<&Item> = self
            .items
            .values()
            .filter(|i| get.get("it").is_none_or(|id| id == i.id.to_string()))
            .filter(|i| get.get("oit").is_none_or(|id| id == i.outer_id))
            .filter(|i| get.get("name").is_none_or(|name| i.name.contains(name)))
            .filter(|i| {
                get.time("mts").is_none_or(|s| i.updated >= s) && get.time("mte").is_none_or(|e| i.updated <= e)
            })
            .collect();
        let (current, size) = paging(get);
        let (on_page, pages) = page(&matched, current, size);
        let totals = record([
            ("itemsCount", text(matched.len())),
            ("pageSize", text(size)),
            ("pageTotal", text(pages)),
            ("currentPage", text(current)),
        ]);
        let items = on_page.iter().map(|i| Data::Record(item_fields(i))).collect();
        Outcome::Reply(record([
            ("totalInfo", Data::Record(totals)),
            ("ItemsList", Data::Record(record([("ItemInfo", Data::List(items))]))),
        ]))
    }

    /// `dangdang.item.stock.update`: `oit` gets stock `stk`.
    pub(super) fn update_stock(&mut self, get: &Params<'_>, now: DateTime<Utc>) -> Outcome {
        let outer = get.get("oit").unwrap_or_default();
        let (code, message) = self.set_stock(outer, get.number("stk", 0i64), now);
        Outcome::Reply(record([("Result", Data::Record(result(outer, code, message)))]))
    }

    /// `dangdang.item.price.update`: `oit` gets price `pr` and/or market price `marketPrice`.
    pub(super) fn update_price(&mut self, get: &Params<'_>, now: DateTime<Utc>) -> Outcome {
        let outer = get.get("oit").unwrap_or_default();
        let decimal = |name: &str| get.get(name).and_then(|v| v.parse::<Decimal>().ok());
        let (code, message) = self.set_prices(outer, decimal("pr"), decimal("marketPrice"), now);
        Outcome::Reply(record([("Result", Data::Record(result(outer, code, message)))]))
    }

    /// `dangdang.items.stock.update`: each `ItemUpadteInfo` sets a stock; one result per item.
    pub(super) fn update_stocks(&mut self, upload: Option<&Node>, now: DateTime<Utc>) -> Outcome {
        let results: Vec<Data> = uploaded_items(upload)
            .map(|info| {
                let outer = info.text_of("outerItemID").unwrap_or_default();
                let stock = info.text_of("stockCount").and_then(|v| v.parse().ok()).unwrap_or_default();
                let (code, message) = self.set_stock(outer, stock, now);
                let mut entry = result(outer, code, message);
                let id = self.items.values().find(|i| i.outer_id == outer).map(|i| i.id);
                entry.insert("itemID".into(), id.map_or(Data::Absent, text));
                Data::Record(entry)
            })
            .collect();
        Outcome::Reply(record([("ItemsIDList", Data::Record(record([("ItemIDInfo", Data::List(results))])))]))
    }

    /// `dangdang.items.price.update` (an untyped reply): each `ItemUpadteInfo` sets its prices.
    pub(super) fn update_prices(&mut self, upload: Option<&Node>, now: DateTime<Utc>) -> Outcome {
        let updates: Vec<(String, Option<Decimal>, Option<Decimal>)> = uploaded_items(upload)
            .map(|info| {
                let decimal = |name: &str| info.text_of(name).and_then(|v| v.parse::<Decimal>().ok());
                (
                    info.text_of("outerItemID").unwrap_or_default().to_string(),
                    decimal("unitPrice"),
                    decimal("marketPrice"),
                )
            })
            .collect();
        for (outer, price, market) in updates {
            self.set_prices(&outer, price, market, now);
        }
        Outcome::Reply(Record::new())
    }

    fn set_stock(&mut self, outer: &str, stock: i64, now: DateTime<Utc>) -> (i64, &'static str) {
        let Some(item) = self.items.values_mut().find(|i| i.outer_id == outer) else {
            return (UNKNOWN_OUTER_ITEM, "企业商品标识符错误");
        };
        item.stock = stock;
        item.updated = now;
        (0, "操作成功")
    }

    fn set_prices(
        &mut self,
        outer: &str,
        price: Option<Decimal>,
        market: Option<Decimal>,
        now: DateTime<Utc>,
    ) -> (i64, &'static str) {
        let Some(item) = self.items.values_mut().find(|i| i.outer_id == outer) else {
            return (UNKNOWN_OUTER_ITEM, "企业商品标识符错误");
        };
        if let Some(new) = price {
            if new >= Decimal::from(20) && new >= item.price * Decimal::from(2) {
                return (PRICE_RISE_REFUSED, "当当价涨幅过大");
            }
            item.price = new;
        }
        if let Some(new) = market {
            item.market_price = new;
        }
        item.updated = now;
        (0, "操作成功")
    }
}

fn uploaded_items(upload: Option<&Node>) -> impl Iterator<Item = &Node> {
    upload.and_then(|doc| doc.child("ItemsList")).into_iter().flat_map(|list| list.all("ItemUpadteInfo"))
}

fn result(outer: &str, code: i64, message: &str) -> Record {
    record([("outerItemID", text(outer)), ("operCode", text(code)), ("operation", text(message))])
}

/// The fields an item list entry and the details share.
fn item_fields(item: &Item) -> Record {
    record([
        ("itemID", text(item.id)),
        ("outerItemID", text(&item.outer_id)),
        ("itemName", text(&item.name)),
        ("unitPrice", text(item.price)),
        ("stockCount", text(item.stock)),
        ("itemState", text(if item.listed { "上架" } else { "下架" })),
        ("updateTime", text(format_beijing(item.updated))),
        ("shopCategoryList", Data::Record(record([("shopCategoryInfo", Data::List(vec![]))]))),
    ])
}
