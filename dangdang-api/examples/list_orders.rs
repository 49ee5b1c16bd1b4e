//! List the orders awaiting shipment changed in the last week, page by page.
//!
//! `cargo run -p dangdang-api --example list_orders` runs against the sandbox gateway; set
//! `DANGDANG_APP_KEY`, `DANGDANG_APP_SECRET` and `DANGDANG_SESSION` to run it against a real shop.

mod support;

use chrono::Duration;
use dangdang_api::orders::orders_list_get;
use dangdang_api::prelude::*;
use dangdang_api::types::OrderState;
use dangdang_api::{BeijingTime, StreamExt};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = support::connect(Vec::new())?;

    let now = BeijingTime::now();
    let request = orders_list_get::Request::new()
        .order_state(OrderState::AwaitingShipment)
        .last_modify_time_start(BeijingTime::from_local(now.local() - Duration::days(7)))
        .last_modify_time_end(now)
        .page_size(20);

    let mut pages = Box::pin(request.pages(&target.client));
    let mut seen = 0;
    while let Some(page) = pages.next().await {
        let page = page?;
        let totals = page.total_info.as_ref();
        println!(
            "page {} of {}",
            totals.and_then(|t| t.current_page).unwrap_or(1),
            totals.and_then(|t| t.page_total).unwrap_or(1)
        );
        for order in &page.orders_list {
            seen += 1;
            println!(
                // Consignee fields are `Personal`: read them on purpose (`as_deref()`), never log them.
                "  {:>12}  {:>10}  {}",
                order.order_id,
                order.order_money.map(|m| format!("¥{m}")).unwrap_or_default(),
                order.order_state.as_ref().and_then(|s| s.meaning()).unwrap_or("?"),
            );
        }
    }
    println!("{seen} order(s)");
    Ok(())
}
