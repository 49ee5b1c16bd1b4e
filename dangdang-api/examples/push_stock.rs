//! Push a batch stock update (`dangdang.items.stock.update`, multipart `multiItemsStock`) and report
//! each item's result.
//!
//! `cargo run -p dangdang-api --example push_stock` runs against the sandbox gateway; set
//! `DANGDANG_APP_KEY`, `DANGDANG_APP_SECRET` and `DANGDANG_SESSION` to push to a real shop (a write:
//! it is never retried automatically).

mod support;

use dangdang_api::items::items_stock_update::{self, upload};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = support::connect(Vec::new())?;

    // Stock levels as an ERP would export them: (outer item id, quantity). The sandbox's shop has
    // the first two; the third is unknown to it and comes back as a failure.
    let levels = [("SKU-0001", 120), ("SKU-0002", 0), ("TSHIRT-白-L", 35)];
    let items = levels.iter().map(|(outer_id, count)| upload::ItemStock::new(*outer_id, *count)).collect();
    let reply =
        target.client.items_stock_update(&items_stock_update::Request::new(upload::Document::new(items))).await?;

    for result in &reply.items_id_list {
        println!(
            "{:<14} item {:>12}  code {:<4} {}",
            result.outer_item_id.as_deref().unwrap_or("?"),
            result.item_id.map(|id| id.to_string()).unwrap_or_default(),
            result.oper_code.as_ref().map(|c| c.code()).unwrap_or("-"),
            result.operation.as_deref().unwrap_or(""),
        );
    }
    for (item, code) in reply.failures() {
        let outer_id = item.outer_item_id.as_deref().unwrap_or("?");
        println!("not updated: {outer_id}: code {code} {}", code.meaning().unwrap_or("(no public meaning)"));
    }
    if let Some(sandbox) = &target.sandbox {
        let upload = sandbox.last_request().and_then(|r| r.upload).ok_or("nothing uploaded")?;
        println!("uploaded part `{}` ({} GBK bytes)", upload.field, upload.bytes.len());
    }
    Ok(())
}
