//! The OAuth token endpoint (code exchange, refresh) with the real OAuth client, and the
//! `dangdang-sandbox` binary: it prints its endpoint and test credentials, serves signed calls, and
//! its per-call log lines carry no session, sign or secret.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

use dangdang_api::oauth::OAuthClient;
use dangdang_api::shop::shop_ddcategory_get;
use dangdang_sandbox::{FAKE_AUTH_CODE, FAKE_REFRESH_TOKEN, Sandbox, SandboxConfig};

#[tokio::test]
async fn exchanged_token_works_on_the_gateway_and_refresh_answers() {
    let sandbox = common::sandbox(1);
    let oauth =
        OAuthClient::builder(sandbox.app_key(), sandbox.app_secret()).endpoint(sandbox.token_url()).build().unwrap();
    let reply = oauth.exchange_code(FAKE_AUTH_CODE, "https://erp.example.com/cb", "s").await.unwrap();
    assert_eq!(reply.access_token().secret(), sandbox.session());
    let client = dangdang_api::Client::builder(sandbox.app_key(), sandbox.app_secret(), reply.access_token().secret())
        .endpoint(sandbox.endpoint())
        .build()
        .unwrap();
    assert!(client.shop_ddcategory_get(&shop_ddcategory_get::Request::new()).await.is_ok());
    let refreshed = oauth.refresh(FAKE_REFRESH_TOKEN).await.unwrap();
    assert_eq!(refreshed.app_id.as_deref(), Some(sandbox.app_key()));
    assert!(oauth.exchange_code("WRONG", "https://erp.example.com/cb", "s").await.is_err());
}

#[test]
fn binary_prints_endpoint_and_credentials_and_logs_no_secrets() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dangdang-sandbox"))
        .args(["--port", "0", "--seed", "3", "--orders", "4", "--clock", "2026-01-05 12:00:00"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut printed = Vec::new();
    for _ in 0..8 {
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        printed.push(line.trim_end().to_string());
    }
    let field = |name: &str| printed.iter().find_map(|l| l.strip_prefix(name)).map(|v| v.trim().to_string()).unwrap();
    let endpoint = field("endpoint:");
    let defaults = SandboxConfig::default();
    assert_eq!(
        (field("app key:"), field("app secret:"), field("session:")),
        (defaults.app_key.clone(), defaults.app_secret.clone(), defaults.session.clone())
    );

    // A signed call made with the sandbox's own signing helpers, exactly as an outside caller would.
    let reference = Sandbox::start().unwrap();
    let query = reference.signed_query("dangdang.orders.list.get", &[("os", "9999")]);
    let body = reqwest::blocking_get(&format!("{endpoint}?{query}"));
    assert!(body.contains("<orderCount>4</orderCount>"), "{body}");
    let bad = reqwest::blocking_get(&format!("{endpoint}?{}", query.replace("sign=", "sign=0")));
    assert!(bad.contains("errorResponse"), "{bad}");
    let admin = field("admin:");
    let moved = reqwest::blocking_post(&format!("{admin}/clock?advance=90"));
    assert_eq!(moved, "2026-01-05 12:01:30\n", "--clock starts a manual clock the admin path moves");

    child.kill().unwrap();
    child.wait().unwrap();
    let mut log = String::new();
    child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    assert!(log.contains("GET dangdang.orders.list.get: ok"), "{log}");
    assert!(log.contains("GET dangdang.orders.list.get: refused 2:"), "{log}");
    let sign = query.split('&').find_map(|p| p.strip_prefix("sign=")).unwrap();
    for secret in [defaults.session.as_str(), defaults.app_secret.as_str(), sign] {
        assert!(!log.contains(secret), "the log shows a secret: {log}");
    }
}

/// Minimal blocking GET and POST for the binary test (the test runs outside an async runtime).
mod reqwest {
    pub fn blocking_post(url: &str) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async { ::reqwest::Client::new().post(url).send().await.unwrap().text().await.unwrap() })
    }

    pub fn blocking_get(url: &str) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let bytes = ::reqwest::get(url).await.unwrap().bytes().await.unwrap();
            encoding_rs::GBK.decode(&bytes).0.into_owned()
        })
    }
}
