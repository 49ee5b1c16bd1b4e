//! End-to-end over https: every transport (GET read, form POST, multipart upload), the blocking
//! client and OAuth (exchange and refresh) through a TLS front of the fake gateway whose certificate
//! comes from a test CA; without that CA the certificate is refused.

mod common;

use std::borrow::Cow;

use dangdang_api::oauth::OAuthClient;
use dangdang_api::orders::{order_goods_send, orders_list_get};
use dangdang_api::prelude::*;
use dangdang_api::rt::{Call, Safety, Transport};
use dangdang_api::{Client, Error, RetryPolicy};
use dangdang_tests::tls::ca_pem;
use dangdang_tests::{FAKE_AUTH_CODE, FAKE_REFRESH_TOKEN, SandboxConfig, TlsProxy};

fn https_client(proxy: &TlsProxy, trust: bool) -> Client {
    let config = SandboxConfig::default();
    let builder = Client::builder(config.app_key, config.app_secret, config.session)
        .endpoint(format!("{}/openapi/rest", proxy.base_url()))
        .retry(RetryPolicy::none());
    let builder = if trust { builder.add_root_certificate_pem(ca_pem()) } else { builder };
    builder.build().expect("an https endpoint is accepted")
}

#[tokio::test]
async fn every_transport_works_over_https() {
    let server = dangdang_tests::sandbox();
    let proxy = TlsProxy::start(server.addr());
    let client = https_client(&proxy, true);

    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get.xml"));
    let page = client.orders_list_get(&orders_list_get::Request::new()).await.expect("GET over https");
    assert_eq!(page.orders_list.len(), 2);

    server.respond("dangdang.test.form", dangdang_tests::fixture("orders_list_get.xml"));
    let form = Call::raw(
        "dangdang.test.form",
        Transport::PostForm,
        Safety::Write,
        vec![(Cow::Borrowed("orderID"), "5081234567".to_owned())],
    );
    client.execute(form).await.expect("form POST over https");

    use order_goods_send::upload::{Document, ItemInfo, OrderInfo};
    server.respond(order_goods_send::METHOD, dangdang_tests::fixture("order_goods_send.xml"));
    let shipment = Document::new(vec![OrderInfo {
        order_id: 1,
        logistics_name: "圆通快递".into(),
        logistics_tel: "95554".into(),
        logistics_order_id: "YT1".into(),
        send_goods_list: vec![ItemInfo::new(2, 1)],
    }]);
    client.order_goods_send(&order_goods_send::Request::new(shipment)).await.expect("multipart over https");

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert!(requests.iter().all(|r| r.accepted()), "{requests:#?}");
    assert_eq!(requests[1].http_method, "POST");
    assert!(requests[2].upload.is_some(), "the document arrived through TLS");
}

#[tokio::test]
async fn an_unknown_certificate_is_refused_without_showing_secrets() {
    let server = dangdang_tests::sandbox();
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get.xml"));
    let proxy = TlsProxy::start(server.addr());
    let error = https_client(&proxy, false).orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    let shown = format!("{error} {error:?}");
    let config = SandboxConfig::default();
    assert!(!shown.contains(&config.session) && !shown.contains(&config.app_secret), "{shown}");
    assert!(server.requests().is_empty(), "nothing reached the gateway");
}

#[test]
fn the_blocking_client_works_over_https() {
    let server = dangdang_tests::sandbox();
    server.respond(orders_list_get::METHOD, dangdang_tests::fixture("orders_list_get.xml"));
    let proxy = TlsProxy::start(server.addr());
    let client = dangdang_api::blocking::Client::new(https_client(&proxy, true)).unwrap();
    let page = orders_list_get::Request::new().send_blocking(&client).expect("blocking over https");
    assert_eq!(page.orders_list.len(), 2);
}

#[tokio::test]
async fn oauth_exchange_and_refresh_work_over_https() {
    let server = dangdang_tests::sandbox();
    let proxy = TlsProxy::start(server.addr());
    let config = server.config().clone();
    let oauth = OAuthClient::builder(config.app_key.clone(), config.app_secret.clone())
        .endpoint(format!("{}/token", proxy.base_url()))
        .add_root_certificate_pem(ca_pem())
        .build()
        .expect("an https token URL is accepted");
    let reply = oauth.exchange_code(FAKE_AUTH_CODE, "https://erp.example.com/cb", "s").await.expect("exchange");
    assert_eq!(reply.access_token().secret(), config.session);
    oauth.refresh(FAKE_REFRESH_TOKEN).await.expect("refresh over https");
    assert_eq!(server.oauth().requests().len(), 2);
    assert!(server.oauth().requests().iter().all(|r| r.accepted()));
}

#[test]
fn a_certificate_that_is_not_pem_is_a_config_error() {
    let error = Client::builder("2100000000", "s", "t").add_root_certificate_pem(b"not a certificate".to_vec()).build();
    match error {
        Err(Error::Config(message)) => assert!(message.contains("add_root_certificate_pem"), "{message}"),
        other => panic!("expected a Config error, got {other:?}"),
    }
    let error = OAuthClient::builder("2100000000", "s").add_root_certificate_pem(b"-----BEGIN".to_vec()).build();
    assert!(matches!(&error, Err(Error::Config(message)) if message.contains("add_root_certificate_pem")), "{error:?}");
}
