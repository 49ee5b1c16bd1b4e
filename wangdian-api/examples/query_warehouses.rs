//! List the seller's warehouses page by page (`setting.Warehouse.queryWarehouse`, typed from the
//! spec): the runtime walks the pages from `page_no` 0 until the stated total.
//!
//! `cargo run -p wangdian-api --example query_warehouses` runs against the bundled fake gateway
//! (answering with the doc's published example); set `WANGDIAN_SID`, `WANGDIAN_APP_KEY` and
//! `WANGDIAN_APP_SECRET` (the issued `secret:salt`, whole) to run it against a real account, and
//! `WANGDIAN_ENDPOINT` for another gateway (e.g. `wangdian_api::TEST_ENDPOINT`).

use dangdang_tests::{FakeWangdian, WangdianConfig, WangdianReply};
use wangdian_api::Client;
use wangdian_api::base::setting_warehouse_query_warehouse::{METHOD, Request};
use wangdian_api::prelude::*;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let env = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
    let mut fake = None;
    let client = match (env("WANGDIAN_SID"), env("WANGDIAN_APP_KEY"), env("WANGDIAN_APP_SECRET")) {
        (Some(sid), Some(key), Some(secret)) => {
            let builder = Client::builder(sid, key, secret);
            let builder = match env("WANGDIAN_ENDPOINT") {
                Some(endpoint) => builder.endpoint(endpoint),
                None => builder,
            };
            builder.build()?
        }
        _ => {
            let gateway = FakeWangdian::start(WangdianConfig::default());
            gateway.respond(METHOD, WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"));
            eprintln!("no WANGDIAN_SID / WANGDIAN_APP_KEY / WANGDIAN_APP_SECRET: using the fake gateway");
            let config = gateway.config();
            let client = Client::builder(config.sid.clone(), config.app_key.clone(), config.issued_secret())
                .endpoint(gateway.endpoint())
                .build()?;
            fake = Some(gateway);
            client
        }
    };
    eprintln!("gateway: {}", client.endpoint());

    let mut warehouses = Box::pin(Request::new().hide_delete(1).page_size(100).items(&client));
    let mut seen = 0;
    while let Some(warehouse) = warehouses.next().await {
        let warehouse = warehouse?;
        seen += 1;
        println!("  {:?} {:?} {:?}", warehouse.warehouse_id, warehouse.warehouse_no, warehouse.name);
    }
    println!("{seen} warehouse(s)");
    drop(fake);
    Ok(())
}
