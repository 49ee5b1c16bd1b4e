//! The order methods of the shop: search with filters and honest pages, details, shipping.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;

use super::{Order, Outcome, Params, Shipment, Shop, page, paging, state};
use crate::render::{Data, Record, record, text};
use crate::signature::format_beijing;
use crate::xml::Node;

/// `operCode` of an unknown order id: 35 订单编号错误 (protocol reference §8.1, order.details.get and goods.send).
pub const WRONG_ORDER_ID: i64 = 35;
/// Per-order code of shipping an order whose state forbids it: 605 订单状态决定该订单不能发货
/// (protocol reference §8.1, goods.send).
pub const STATE_FORBIDS_SHIPPING: i64 = 605;
/// Per-order code of shipping an item the order does not have: 41 wrong shipped item (§8.1, goods.send).
pub const WRONG_ITEM: i64 = 41;

impl Shop {
    /// `dangdang.orders.list.get`: filters `os` (the spec's default 101 is filled in; 9999 all), `o`, `outerOrderID`,
    /// `osd`/`oed` (placed, inclusive), `lastModifyTime_start`/`_end` (inclusive); newest first;
    /// pages `p` of `pageSize`.
    pub(super) fn list_orders(&self, get: &Params<'_>) -> Outcome {
        let wanted_state: i32 = get.number("os", state::AWAITING_SHIPMENT);
        // The bounds are parsed once, not once per order.
        let bounds = |start: &str, end: &str| (get.time(start), get.time(end));
        let (placed, modified) = (bounds("osd", "oed"), bounds("lastModifyTime_start", "lastModifyTime_end"));
        let within = |at: DateTime<Utc>, (start, end): (Option<DateTime<Utc>>, Option<DateTime<Utc>>)| {
            start.is_none_or(|s| at >= s) && end.is_none_or(|e| at <= e)
        };
        let mut matched: Vec<&Order> = self
            .orders
            .values()
            .filter(|o| wanted_state == state::ALL || o.state == wanted_state)
            .filter(|o| get.get("o").is_none_or(|id| id == o.id.to_string()))
            .filter(|o| get.get("outerOrderID").is_none_or(|id| id == o.outer_id))
            .filter(|o| within(o.placed, placed))
            .filter(|o| within(o.modified, modified))
            .collect();
        matched.sort_by(|a, b| b.placed.cmp(&a.placed).then(b.id.cmp(&a.id)));
        let (current, size) = paging(get);
        let (on_page, pages) = page(&matched, current, size);
        let awaiting = self.orders.values().filter(|o| o.state == state::AWAITING_SHIPMENT).count();
        let total: Decimal = matched.iter().map(|o| o.money()).sum();
        let totals = record([
            ("sendGoodsOrderCount", text(awaiting)),
            ("needExchangeOrderCount", text(0)),
            ("orderCount", text(matched.len())),
            ("totalOrderMoney", text(total.round_dp(2))),
            ("pageSize", text(size)),
            ("pageTotal", text(pages)),
            ("currentPage", text(current)),
        ]);
        let orders = on_page.iter().map(|o| Data::Record(summary(o))).collect();
        Outcome::Reply(record([
            ("totalInfo", Data::Record(totals)),
            ("OrdersList", Data::Record(record([("OrderInfo", Data::List(orders))]))),
        ]))
    }

    /// `dangdang.order.details.get` by `o` or `outerOrderID`; an unknown order is refused with 35.
    pub(super) fn order_details(&self, get: &Params<'_>) -> Outcome {
        // By id through the map (the id's text must be the id exactly, as it is written), by
        // `outerOrderID` through a scan; when both name an order, the lower id wins (map order).
        let by_id = get
            .get("o")
            .and_then(|text| text.parse::<i64>().ok().filter(|id| id.to_string() == text))
            .and_then(|id| self.orders.get(&id));
        let by_outer = get.get("outerOrderID").and_then(|outer| self.orders.values().find(|o| o.outer_id == outer));
        let found = [by_id, by_outer].into_iter().flatten().min_by_key(|o| o.id);
        let Some(order) = found else {
            return Outcome::Refused(WRONG_ORDER_ID, "订单编号错误".to_string());
        };
        let mut data = summary(order);
        let lines = order.lines.iter().map(|line| {
            Data::Record(record([
                ("itemID", text(line.item_id)),
                ("outerItemID", text(&line.outer_item_id)),
                ("itemName", text(&line.name)),
                ("unitPrice", text(line.unit_price)),
                ("orderCount", text(line.count)),
                ("sendGoodsCount", if line.sent > 0 { text(line.sent) } else { Data::Absent }),
                ("belongProductsPromoID", Data::Absent),
            ]))
        });
        data.insert("ItemsList".into(), Data::Record(record([("ItemInfo", Data::List(lines.collect()))])));
        data.insert(
            "buyerInfo".into(),
            Data::Record(record([
                ("goodsMoney", text(order.money() - order.postage)),
                ("postage", text(order.postage)),
                ("realPaidAmount", text(order.money())),
            ])),
        );
        data.insert("sendGoodsInfo".into(), Data::Record(consignee(order)));
        data.insert("PromoList".into(), Data::Record(record([("promoItem", Data::List(vec![]))])));
        data.insert("receiptInfo".into(), Data::Absent);
        data.insert(
            "OrderOperateList".into(),
            Data::Record(record([(
                "OperateInfo",
                Data::List(vec![Data::Record(record([
                    ("operateRole", text("顾客")),
                    ("operateTime", text(format_beijing(order.placed))),
                    ("operateDetails", text("顾客下单")),
                    ("returnOrderID", Data::Absent),
                ]))]),
            )])),
        );
        Outcome::Reply(data)
    }

    /// `dangdang.order.goods.send`: ships each uploaded order that is 等待发货 (101) and names
    /// only its own items; per-order codes 35 / 605 / 41 otherwise.
    pub(super) fn send_goods(&mut self, upload: Option<&Node>, now: DateTime<Utc>) -> Outcome {
        let uploaded =
            upload.and_then(|doc| doc.child("OrdersList")).map(|list| list.all("OrderInfo").collect::<Vec<_>>());
        let results = uploaded.unwrap_or_default().into_iter().map(|info| {
            let id = info.text_of("orderID").and_then(|v| v.parse::<i64>().ok()).unwrap_or_default();
            let (code, message) = self.ship(id, info, now);
            Data::Record(record([
                ("orderID", text(id)),
                ("orderOperCode", text(code)),
                ("orderOperation", text(message)),
            ]))
        });
        let results: Vec<Data> = results.collect();
        Outcome::Reply(record([(
            "Result",
            Data::Record(record([
                ("operCode", Data::Absent),
                ("operation", Data::Absent),
                ("OrdersList", Data::Record(record([("OrderInfo", Data::List(results))]))),
            ])),
        )]))
    }

    fn ship(&mut self, id: i64, info: &Node, now: DateTime<Utc>) -> (i64, &'static str) {
        let Some(order) = self.orders.get_mut(&id) else { return (WRONG_ORDER_ID, "订单编号错误") };
        if order.state != state::AWAITING_SHIPMENT {
            return (STATE_FORBIDS_SHIPPING, "订单状态决定该订单不能发货");
        }
        let shipped: Vec<(i64, u32)> = info
            .child("SendGoodsList")
            .map(|list| {
                list.all("ItemInfo")
                    .map(|i| {
                        (
                            i.text_of("itemID").and_then(|v| v.parse().ok()).unwrap_or_default(),
                            i.text_of("sendGoodsCount").and_then(|v| v.parse().ok()).unwrap_or_default(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        if shipped.iter().any(|(item, _)| !order.lines.iter().any(|l| l.item_id == *item)) {
            return (WRONG_ITEM, "发货商品错误");
        }
        for line in &mut order.lines {
            line.sent =
                shipped.iter().filter(|(item, _)| *item == line.item_id).map(|(_, n)| *n).sum::<u32>().min(line.count);
        }
        order.state = state::SHIPPED;
        order.modified = now;
        order.shipment = Some(Shipment {
            company: info.text_of("logisticsName").unwrap_or_default().to_string(),
            waybill: info.text_of("logisticsOrderID").unwrap_or_default().to_string(),
            at: now,
        });
        (0, "成功")
    }
}

/// The fields an order list entry and the details share.
fn summary(order: &Order) -> Record {
    let time = |at: Option<DateTime<Utc>>| at.map_or(Data::Absent, |at| text(format_beijing(at)));
    let mut data = record([
        ("orderID", text(order.id)),
        ("outerOrderID", text(&order.outer_id)),
        ("orderState", text(order.state)),
        ("orderStatus", text(order.state)),
        ("orderMoney", text(order.money())),
        ("orderTimeStart", text(format_beijing(order.placed))),
        ("lastModifyTime", text(format_beijing(order.modified))),
        ("paymentDate", time(order.paid)),
        ("sendDate", time(order.shipment.as_ref().map(|s| s.at))),
        ("remark", Data::Absent),
        ("message", Data::Absent),
        ("parentOrderID", Data::Absent),
        ("originalOrderId", Data::Absent),
        ("encrypt_content", Data::Absent),
        ("isPresale", text(0)),
    ]);
    data.extend(consignee(order).into_iter().filter(|(name, _)| !name.starts_with("consigneeAddr_")));
    data
}

/// Obviously fake consignee data, numbered after the order.
fn consignee(order: &Order) -> Record {
    let n = order.consignee;
    let shipment = order.shipment.as_ref();
    record([
        ("consigneeName", text(format!("沙箱收货人{n}号"))),
        ("consigneeAddr", text(format!("测试省沙箱市假地址路{n}号"))),
        ("consigneeAddr_Province", text("测试省")),
        ("consigneeAddr_City", text("沙箱市")),
        ("consigneeTel", text("000-00000000")),
        ("consigneeMobileTel", text(format!("000{n:08}"))),
        ("consigneePostcode", text("000000")),
        ("dangdangAccountID", text(format!("sandbox-buyer-{n}"))),
        ("sendCompany", shipment.map_or(Data::Absent, |s| text(&s.company))),
        ("sendOrderID", shipment.map_or(Data::Absent, |s| text(&s.waybill))),
    ])
}
