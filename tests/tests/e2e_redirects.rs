//! End-to-end: redirects are never followed — not by reads, form writes, multipart writes, the OAuth
//! code exchange or refresh. A second loopback host that a redirect points at receives nothing; the
//! error names the `Location` with credentials redacted and says when to switch to https.

use std::borrow::Cow;

use dangdang_api::oauth::{OAuthClient, OAuthError, ParamPlacement, TokenCalls};
use dangdang_api::orders::orders_list_get;
use dangdang_api::rt::{Call, Safety, Transport, Upload, UploadBody};
use dangdang_api::{Client, Error, RetryPolicy};
use dangdang_tests::{Behaviour, HostileServer, SandboxConfig};

const STATUSES: [u16; 5] = [301, 302, 303, 307, 308];

fn client(gateway: &HostileServer) -> Client {
    let config = SandboxConfig::default();
    Client::builder(config.app_key, config.app_secret, config.session)
        .endpoint(format!("{}/openapi/rest", gateway.base_url()))
        .retry(RetryPolicy::default())
        .build()
        .unwrap()
}

fn call(transport: Transport) -> Call {
    let (safety, upload) = match transport {
        Transport::Get => (Safety::Read, None),
        Transport::PostForm | Transport::PostQuery | Transport::PostJson => (Safety::Write, None),
        Transport::Multipart => (
            Safety::Write,
            Some(Upload {
                field: "sendGoods",
                filename: "sendGoods.xml",
                max_bytes: None,
                body: UploadBody::Fragment("<OrdersList/>".to_owned()),
            }),
        ),
    };
    let mut call = Call::raw(
        "dangdang.test.redirect",
        transport,
        safety,
        vec![(Cow::Borrowed("orderID"), "5081234567".to_owned())],
    );
    call.upload = upload;
    call
}

/// Asserts the second host saw nothing and the first exactly one request without a `Referer`,
/// and that nothing secret shows in the error.
fn assert_contained(first: &HostileServer, second: &HostileServer, shown: &str, secrets: &[&str]) {
    assert_eq!(second.connections(), 0, "the redirect target was contacted");
    assert!(second.received().is_empty());
    assert_eq!(first.connections(), 1, "one request, no retry, no follow-up");
    let request = String::from_utf8_lossy(&first.received()).to_ascii_lowercase();
    assert!(!request.contains("\r\nreferer:"), "{request}");
    for secret in secrets {
        assert!(!shown.contains(secret), "{secret:?} shown: {shown}");
    }
}

#[tokio::test]
async fn every_redirect_status_on_every_transport_is_an_error_and_goes_nowhere() {
    let config = SandboxConfig::default();
    for status in STATUSES {
        for transport in [Transport::Get, Transport::PostForm, Transport::Multipart] {
            let second = HostileServer::start(Behaviour::Silent);
            let location = format!("{}/openapi/rest?session={}&next=1", second.base_url(), config.session);
            let first = HostileServer::start(Behaviour::redirect(status, &location));
            let error = client(&first).execute(call(transport)).await.unwrap_err();
            let shown = format!("{error} / {error:?}");
            match &error {
                Error::Redirect { status: got, location, https_upgrade: false, .. } => {
                    assert_eq!(*got, status);
                    assert_eq!(*location, format!("{}/openapi/rest?session=REDACTED&next=REDACTED", second.base_url()));
                }
                other => panic!("{status} {transport:?}: expected a redirect error, got {other:?}"),
            }
            assert!(shown.contains(&second.addr().to_string()) && shown.contains("not followed"), "{shown}");
            assert_contained(&first, &second, &shown, &[&config.session, &config.app_secret]);
        }
    }
}

#[tokio::test]
async fn a_typed_read_redirected_is_not_retried() {
    let second = HostileServer::start(Behaviour::Silent);
    let first = HostileServer::start(Behaviour::redirect(302, &format!("{}/x", second.base_url())));
    let error = client(&first).orders_list_get(&orders_list_get::Request::new()).await.unwrap_err();
    assert!(matches!(error, Error::Redirect { status: 302, .. }), "{error:?}");
    let config = SandboxConfig::default();
    assert_contained(&first, &second, &format!("{error} {error:?}"), &[&config.session, &config.app_secret]);
}

#[tokio::test]
async fn a_move_to_https_on_the_same_host_says_to_switch_the_endpoint() {
    let config = SandboxConfig::default();
    let session = config.session.clone();
    // The gateway's own address over https, carrying the request's credentials back.
    let gateway = HostileServer::start_with(|addr| {
        Behaviour::redirect(301, &format!("https://{addr}/openapi/rest?sign=AB12&session={session}&v=1.0"))
    });
    let error = client(&gateway).execute(call(Transport::Get)).await.unwrap_err();
    let shown = error.to_string();
    match &error {
        Error::Redirect { status: 301, https_upgrade: true, location, .. } => {
            assert!(location.contains("sign=REDACTED") && location.contains("session=REDACTED"), "{location}");
            assert!(location.contains("v=REDACTED"), "every value is redacted, the names stay: {location}");
        }
        other => panic!("expected an https redirect, got {other:?}"),
    }
    let advice = format!("switch the endpoint to https://{}/openapi/rest", gateway.addr());
    assert!(shown.contains(&advice), "{shown}");
    let nobody = HostileServer::start(Behaviour::Silent);
    assert_contained(&gateway, &nobody, &shown, &[&config.session, &config.app_secret]);
}

#[tokio::test]
async fn a_relative_location_is_resolved_and_a_missing_one_is_named() {
    let gateway = HostileServer::start(Behaviour::redirect(307, "/elsewhere?code=abc&x=1"));
    let error = client(&gateway).execute(call(Transport::PostForm)).await.unwrap_err();
    let expected = format!("{}/elsewhere?code=REDACTED&x=REDACTED", gateway.base_url());
    assert!(matches!(&error, Error::Redirect { location, .. } if *location == expected), "{error:?}");
    let bare = HostileServer::start(Behaviour::Raw(b"HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n".to_vec()));
    let error = client(&bare).execute(call(Transport::Get)).await.unwrap_err();
    assert!(matches!(&error, Error::Redirect { location, .. } if location == "(none)"), "{error:?}");
}

fn oauth(token_endpoint: &HostileServer, placement: ParamPlacement) -> OAuthClient {
    let config = SandboxConfig::default();
    OAuthClient::builder(config.app_key, config.app_secret)
        .endpoint(format!("{}/token", token_endpoint.base_url()))
        .build()
        .unwrap()
        .with(TokenCalls { exchange_params: placement, refresh_params: placement, view_web: false })
}

#[tokio::test]
async fn oauth_exchange_and_refresh_never_follow_a_redirect() {
    let config = SandboxConfig::default();
    let (code, refresh_token) = ("CODE-SECRET-0001", "REFRESH-SECRET-0001");
    for status in STATUSES {
        for placement in [ParamPlacement::FormBody, ParamPlacement::Query] {
            for refresh in [false, true] {
                let second = HostileServer::start(Behaviour::Silent);
                // The Location echoes the secrets (the one this request carried also under another name).
                let location = format!(
                    "{}/token?appSecret={}&code={code}&refreshToken={refresh_token}&next={code}&then={refresh_token}",
                    second.base_url(),
                    config.app_secret
                );
                let first = HostileServer::start(Behaviour::redirect(status, &location));
                let client = oauth(&first, placement);
                let error = if refresh {
                    client.refresh(refresh_token).await.unwrap_err()
                } else {
                    client.exchange_code(code, "https://erp.example.com/cb", "s").await.unwrap_err()
                };
                let shown = format!("{error} / {error:?}");
                match &error {
                    OAuthError::Call(Error::Redirect { status: got, location, https_upgrade: false, .. }) => {
                        assert_eq!(*got, status);
                        assert!(location.starts_with(&format!("{}/token?", second.base_url())), "{location}");
                    }
                    other => panic!("{status} {placement:?} refresh={refresh}: expected a redirect, got {other:?}"),
                }
                let sent_secret = if refresh { refresh_token } else { code };
                assert_contained(&first, &second, &shown, &[&config.app_secret, sent_secret]);
            }
        }
    }
}

#[tokio::test]
async fn oauth_says_to_switch_a_token_url_that_moved_to_https() {
    let endpoint = HostileServer::start_with(|addr| Behaviour::redirect(308, &format!("https://{addr}/token")));
    let error = oauth(&endpoint, ParamPlacement::FormBody).refresh("R").await.unwrap_err();
    assert!(matches!(error, OAuthError::Call(Error::Redirect { https_upgrade: true, .. })), "{error:?}");
    let advice = format!("switch the endpoint to https://{}/token", endpoint.addr());
    assert!(error.to_string().contains(&advice), "{error}");
}

#[test]
fn a_location_repeating_personal_parameters_shows_only_their_names() {
    let config = SandboxConfig::default();
    // The gateway's own URL over https, repeating the request's query: a consignee name among it.
    let gateway = HostileServer::start_with(|addr| {
        Behaviour::redirect(
            301,
            &format!("https://{addr}/openapi/rest?method=dangdang.orders.list.get&name=Zhang+San+13800138000"),
        )
    });
    let request = orders_list_get::Request::new().name("Zhang San 13800138000");
    let mut error = None;
    let log = dangdang_tests::trace_capture::traced(|runtime| {
        error = Some(runtime.block_on(client(&gateway).orders_list_get(&request)).unwrap_err());
    });
    let error = error.unwrap();
    let shown = format!("{error} / {error:?} / {log}");
    assert!(matches!(&error, Error::Redirect { https_upgrade: true, .. }), "{error:?}");
    assert!(shown.contains("method=dangdang.orders.list.get&name=REDACTED"), "{shown}");
    assert!(!shown.contains("Zhang") && !shown.contains("13800138000"), "{shown}");
    let nobody = HostileServer::start(Behaviour::Silent);
    assert_contained(&gateway, &nobody, &shown, &[&config.session, &config.app_secret]);
}
