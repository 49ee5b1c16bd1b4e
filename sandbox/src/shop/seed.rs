//! Deterministic seeding: the same seed, counts and start time always give the same shop.

use chrono::{DateTime, Duration, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rust_decimal::Decimal;

use super::{Item, Line, Order, Shop, state};

const PRODUCTS: [&str; 8] =
    ["测试T恤", "沙箱水杯", "示例图书", "演示耳机", "样品背包", "测试台灯", "沙箱雨伞", "示例笔记本"];

/// A shop of `items` items and `orders` orders placed before `now`, newest last.
pub fn seeded(seed: u64, items: usize, orders: usize, now: DateTime<Utc>) -> Shop {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut shop = Shop::default();
    for i in 0..items.max(1) {
        let id = 1_000_001 + i as i64;
        let cents: i64 = rng.random_range(990..=29_900);
        let price = Decimal::new(cents, 2);
        shop.items.insert(
            id,
            Item {
                id,
                outer_id: format!("SKU-{:04}", i + 1),
                name: format!("{} {}号", PRODUCTS[i % PRODUCTS.len()], i + 1),
                price,
                market_price: price * Decimal::new(15, 1),
                stock: rng.random_range(0..=500),
                listed: rng.random_ratio(9, 10),
                updated: now - Duration::days(rng.random_range(1..=30)),
            },
        );
    }
    let item_ids: Vec<i64> = shop.items.keys().copied().collect();
    let mut placed = now;
    let mut seeded_orders = Vec::with_capacity(orders);
    for n in (0..orders).rev() {
        placed -= Duration::minutes(rng.random_range(7..=180));
        let state = match rng.random_range(0..10) {
            0..=3 => state::AWAITING_SHIPMENT,
            4 | 5 => state::SHIPPED,
            6 => state::DELIVERED,
            7 => state::COMPLETED,
            8 => state::CANCELLED,
            _ => state::AWAITING_PAYMENT,
        };
        let line_count = rng.random_range(1..=3);
        let lines = (0..line_count)
            .map(|_| {
                let item = &shop.items[&item_ids[rng.random_range(0..item_ids.len())]];
                let count: u32 = rng.random_range(1..=3);
                let shipped = matches!(state, state::SHIPPED | state::DELIVERED | state::COMPLETED);
                Line {
                    item_id: item.id,
                    outer_item_id: item.outer_id.clone(),
                    name: item.name.clone(),
                    unit_price: item.price,
                    count,
                    sent: if shipped { count } else { 0 },
                }
            })
            .collect();
        let modified = (placed + Duration::minutes(rng.random_range(0..=90))).min(now);
        let paid = (state != state::AWAITING_PAYMENT).then(|| placed + Duration::minutes(2));
        let shipment = matches!(state, state::SHIPPED | state::DELIVERED | state::COMPLETED).then(|| super::Shipment {
            company: "沙箱快递".to_string(),
            waybill: format!("SANDBOX{:08}", n + 1),
            at: modified,
        });
        seeded_orders.push(Order {
            id: 20_000_000_001 + n as i64,
            outer_id: format!("OUT-{:06}", n + 1),
            state,
            placed,
            paid,
            modified,
            postage: Decimal::new(rng.random_range(0..=2) * 500, 2),
            lines,
            shipment,
            consignee: n as u32 + 1,
        });
    }
    shop.orders = seeded_orders.into_iter().map(|o| (o.id, o)).collect();
    shop
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_shop_other_seed_other_shop() {
        let now = crate::signature::parse_beijing("2026-01-05 12:00:00").unwrap();
        let a = seeded(7, 5, 30, now);
        assert_eq!(a, seeded(7, 5, 30, now));
        assert_ne!(a, seeded(8, 5, 30, now));
        assert_eq!((a.items.len(), a.orders.len()), (5, 30));
        assert!(a.orders.values().all(|o| o.placed < now && o.modified <= now && !o.lines.is_empty()));
        let states: std::collections::BTreeSet<i32> = a.orders.values().map(|o| o.state).collect();
        assert!(states.contains(&state::AWAITING_SHIPMENT) && states.len() >= 3, "{states:?}");
    }
}
