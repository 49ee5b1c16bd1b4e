//! List the seller's warehouses page by page (`setting.Warehouse.queryWarehouse`) through a raw
//! call: the JSON body and the pager written by hand, the reply's `data` read as JSON.
//!
//! `cargo run -p wangdian-api --example query_warehouses` runs against the bundled fake gateway
//! (answering with the doc's published example); set `WANGDIAN_SID`, `WANGDIAN_APP_KEY` and
//! `WANGDIAN_APP_SECRET` (the issued `secret:salt`, whole) to run it against a real account, and
//! `WANGDIAN_ENDPOINT` for another gateway (e.g. `wangdian_api::TEST_ENDPOINT`).

use dangdang_tests::{FakeWangdian, WangdianConfig, WangdianReply};
use wangdian_api::json::{self, Object};
use wangdian_api::rt::{Call, Safety, Transport};
use wangdian_api::{Client, decode};

const METHOD: &str = "setting.Warehouse.queryWarehouse";
const PAGE_SIZE: usize = 100;

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

    let mut params = Object::new();
    params.req("hide_delete", &1);
    let body = json::body(vec![params.into_value()]);
    let mut seen = 0;
    for page_no in 0.. {
        let pager = vec![("page_no".into(), page_no.to_string()), ("page_size".into(), PAGE_SIZE.to_string())];
        let mut call = Call::raw(METHOD, Transport::PostJson, Safety::Read, pager);
        call.json = Some(body.clone());
        let data = decode::data(METHOD, &client.execute(call).await?)?;
        let rows = data["details"].as_array().cloned().unwrap_or_default();
        for row in &rows {
            seen += 1;
            println!("  {:>6}  {:<20} {}", row["warehouse_id"], row["warehouse_no"], row["name"]);
        }
        // A short page ends the walk, and so does reaching the stated total.
        let all_seen = data["total_count"].as_u64().is_some_and(|total| seen as u64 >= total);
        if rows.len() < PAGE_SIZE || all_seen {
            break;
        }
    }
    println!("{seen} warehouse(s)");
    drop(fake);
    Ok(())
}
