//! The Wangdian client over https (the gateway's https endpoint is selectable): through a TLS front
//! of the fake gateway whose certificate comes from a test CA; without that CA it is refused.

mod wangdian_common;

use dangdang_tests::TlsProxy;
use dangdang_tests::tls::ca_pem;
use wangdian_api::{Error, RetryPolicy};
use wangdian_common::*;

#[tokio::test]
async fn a_signed_call_works_over_https_and_an_untrusted_certificate_is_refused() {
    let fake = FakeWangdian::start(WangdianConfig::default());
    fake.respond(WAREHOUSE, WangdianReply::fixture("setting.Warehouse.queryWarehouse.response.json"));
    let proxy = TlsProxy::start(fake.addr());
    let endpoint = format!("{}/openapi", proxy.base_url());
    assert!(endpoint.starts_with("https://"), "{endpoint}");

    let trusted = client_for(&fake, |builder| builder.endpoint(endpoint.clone()).add_root_certificate_pem(ca_pem()));
    let data = data_of(&trusted, warehouse_call()).await.expect("accepted over https");
    assert_eq!(data["details"][0]["name"], "wdtapi3-test");

    let untrusted = client_for(&fake, |builder| builder.endpoint(endpoint).retry(RetryPolicy::none()));
    let error = data_of(&untrusted, warehouse_call()).await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    assert_eq!(fake.requests().len(), 1, "only the trusted call reached the gateway");
}
