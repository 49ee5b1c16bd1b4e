//! Turn on the client's tracing: every call is an `api.call` span (`rpc.system`, `rpc.method`,
//! `server.address`, `shop`, `error.type`) with an `api.attempt` child per attempt
//! (`http.request.resend_count`, `http.response.status_code`, `error.type`, `latency_ms`); waits,
//! throttles and retries are events. Credentials never appear in it.
//!
//! `cargo run -p dangdang-api --example tracing` runs against the sandbox gateway, which
//! answers the first call with a 503 to show a retry; set `DANGDANG_APP_KEY`,
//! `DANGDANG_APP_SECRET` and `DANGDANG_SESSION` to run it against a real shop. Any `tracing`
//! subscriber works: here the `fmt` one at DEBUG; an OpenTelemetry layer exports the same spans.

mod support;

use dangdang_api::orders::orders_list_get;
use dangdang_sandbox::Fault;
use tracing::Level;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt().with_max_level(Level::DEBUG).with_target(false).init();

    let target = support::connect(Vec::new())?;
    if let Some(sandbox) = &target.sandbox {
        // One 503, then the sandbox's shop answers: the client retries the read.
        sandbox.faults().next(orders_list_get::METHOD, 1, Fault::HttpStatus(503));
    }

    let page = target.client.orders_list_get(&orders_list_get::Request::new().page_size(5)).await?;
    println!("{} order(s) on the first page", page.orders_list.len());
    Ok(())
}
