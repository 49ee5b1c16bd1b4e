//! Ship an order: upload a `sendGoods` document and report each order's result.
//!
//! `cargo run -p dangdang-api --example ship_order` runs against the sandbox gateway (shipping
//! one of its seeded orders awaiting shipment); with
//! `DANGDANG_APP_KEY`, `DANGDANG_APP_SECRET`, `DANGDANG_SESSION` set it ships for real, so also set
//! `DANGDANG_ORDER_ID`, `DANGDANG_ITEM_ID` and `DANGDANG_WAYBILL` (this is a write: it is never retried).

mod support;

use dangdang_api::orders::order_goods_send::{self, upload};
use dangdang_api::types::{CourierCode, SendGoodsResultCode};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = support::connect(Vec::new())?;
    let (order_id, item_id) = match &target.sandbox {
        // The sandbox's first order awaiting shipment, and its first line.
        Some(sandbox) => sandbox
            .shop()
            .orders
            .values()
            .find(|order| order.state == dangdang_sandbox::shop::state::AWAITING_SHIPMENT)
            .and_then(|order| Some((order.id, order.lines.first()?.item_id)))
            .ok_or("the sandbox has no order awaiting shipment")?,
        None => {
            let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse().ok()).ok_or(name.to_owned());
            (env("DANGDANG_ORDER_ID")?, env("DANGDANG_ITEM_ID")?)
        }
    };
    let waybill = std::env::var("DANGDANG_WAYBILL").unwrap_or_else(|_| "YT1000000001".into());

    let courier = CourierCode::Yto;
    let shipment = upload::Document::new(vec![upload::OrderInfo {
        order_id,
        logistics_name: courier.zh().unwrap_or(courier.code()).into(),
        logistics_tel: "95554".into(),
        logistics_order_id: waybill,
        send_goods_list: vec![upload::ItemInfo::new(item_id, 1)],
    }]);
    let reply = target.client.order_goods_send(&order_goods_send::Request::new(shipment)).await?;
    // The orders that were not shipped, with their codes and what the codes mean.
    for (order, code) in reply.failures() {
        println!("failed: order {:?}: {code} {}", order.order_id, code.meaning().unwrap_or("unknown code"));
    }

    let result = reply.result.ok_or("the reply has no Result element")?;
    if let Some(code) = result.oper_code {
        return Err(format!("request rejected: {code} {}", result.operation.unwrap_or_default()).into());
    }
    for order in &result.orders_list {
        let status = match &order.order_oper_code {
            Some(SendGoodsResultCode::Success) => "shipped".to_owned(),
            Some(code) => format!("not shipped ({}: {})", code.code(), code.meaning().unwrap_or("unknown code")),
            None => "no result code".to_owned(),
        };
        println!("order {:?}: {status} — {}", order.order_id, order.order_operation.as_deref().unwrap_or(""));
    }
    if let Some(sandbox) = &target.sandbox {
        let upload = sandbox.last_request().and_then(|r| r.upload).ok_or("nothing uploaded")?;
        println!("uploaded {} ({} GBK bytes):\n{}", upload.field, upload.bytes.len(), upload.text);
    }
    Ok(())
}
