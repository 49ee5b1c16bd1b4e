//! The admin HTTP surface under [`ADMIN_PATH`]: set and clear faults, move a manual clock, from
//! outside Rust (curl, Python, an ERP's test suite).
//!
//! | request                                                        | effect                                   |
//! |----------------------------------------------------------------|------------------------------------------|
//! | `POST /sandbox/faults?fault=throttle&next=2&method=dangdang.orders.list.get` | next 2 calls of that method get the fault |
//! | `POST /sandbox/faults?fault=http:502&rate=0.25`                | a quarter of all calls get HTTP 502      |
//! | `GET /sandbox/faults`                                          | the rules, one per line                  |
//! | `DELETE /sandbox/faults`                                       | every rule removed                       |
//! | `POST /sandbox/clock?advance=3600`                             | a manual clock moves on (seconds)        |
//!
//! Faults: `throttle`, `http:STATUS`, `slow:MS`, `cut`, `html`, `charset`, `error:CODE[:MESSAGE]`
//! (see [`crate::Fault`]). Without `method` (or with `*`) a rule matches every method; without
//! `next` or `rate` it fires once. Answers are `text/plain; charset=utf-8`: `ok`, the rules, or
//! HTTP 400 with what is wrong.

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::Method;
use axum::response::Response;

use crate::faults::{Fault, Trigger};
use crate::gateway::{Shared, bytes_response};
use crate::oauth::parse_utf8_urlencoded;

/// The root of the admin paths.
pub const ADMIN_PATH: &str = "/sandbox";

/// The handler of every path under [`ADMIN_PATH`].
pub(crate) async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let query = parse_utf8_urlencoded(request.uri().query().unwrap_or(""));
    let path = request.uri().path().trim_end_matches('/').to_string();
    let verb = request.method().clone();
    let result = match (verb, path.strip_prefix(ADMIN_PATH).unwrap_or("")) {
        (Method::GET, "/faults") => Ok(shared.faults.describe()),
        (Method::DELETE, "/faults") => {
            shared.faults.clear();
            Ok("ok\n".to_string())
        }
        (Method::POST, "/faults") => add_fault(&shared, &query),
        (Method::POST, "/clock") => advance_clock(&shared, &query),
        (Method::GET, "") => Ok(HELP.to_string()),
        (verb, rest) => Err(format!("no admin action {verb} {ADMIN_PATH}{rest}\n\n{HELP}")),
    };
    match result {
        Ok(text) => bytes_response(200, "text/plain; charset=utf-8", text.into_bytes()),
        Err(problem) => bytes_response(400, "text/plain; charset=utf-8", format!("{problem}\n").into_bytes()),
    }
}

const HELP: &str = "dangdang sandbox admin:\n  POST /sandbox/faults?fault=KIND[&method=M][&next=N|&rate=R]\n  GET|DELETE /sandbox/faults\n  POST /sandbox/clock?advance=SECONDS (manual clock only)\nkinds: throttle, http:STATUS, slow:MS, cut, html, charset, error:CODE[:MESSAGE]\n";

fn add_fault(shared: &Shared, query: &BTreeMap<String, String>) -> Result<String, String> {
    let fault: Fault = query.get("fault").ok_or("`fault` is required")?.parse()?;
    let trigger = match (query.get("next"), query.get("rate")) {
        (Some(_), Some(_)) => return Err("give `next` or `rate`, not both".to_string()),
        (Some(n), None) => Trigger::Next(n.parse().map_err(|_| "`next` must be a whole number")?),
        (None, Some(r)) => match r.parse::<f64>() {
            Ok(rate) if (0.0..=1.0).contains(&rate) => Trigger::Rate(rate),
            _ => return Err("`rate` must be a number from 0 to 1".to_string()),
        },
        (None, None) => Trigger::Next(1),
    };
    let method = query.get("method").map_or("*", String::as_str);
    if method != "*" && shared.spec.method(method).is_none() {
        return Err(format!("unknown method `{method}`"));
    }
    shared.faults.add(method, trigger, fault);
    Ok("ok\n".to_string())
}

fn advance_clock(shared: &Shared, query: &BTreeMap<String, String>) -> Result<String, String> {
    if !shared.clock.is_manual() {
        return Err("the sandbox runs on the system clock; start it with a manual clock to move time".to_string());
    }
    let seconds: i64 = query.get("advance").and_then(|s| s.parse().ok()).ok_or("`advance` (seconds) is required")?;
    shared.clock.advance(chrono::Duration::seconds(seconds));
    Ok(format!("{}\n", crate::signature::format_beijing(shared.clock.now())))
}
