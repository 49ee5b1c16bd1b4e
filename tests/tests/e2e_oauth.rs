//! End-to-end: `dangdang_api::oauth` against the fake server's token endpoint (`POST /token`), plus
//! authorize URLs and callback parsing.

mod common;

use dangdang_api::Error;
use dangdang_api::oauth::{
    AUTHORIZE_URL, AccessToken, AuthorizeUrl, Callback, DEFAULT_CALLBACK_URL, OAuthClient, OAuthClientBuilder,
    OAuthError, ParamPlacement, RefreshReply, ResponseType, TOKEN_URL, TokenCalls,
};
use dangdang_api::rt::{Call, Safety, Transport};
use dangdang_sandbox::oauth::{FAKE_EXTRA_VALUE, edition_sign, parse_utf8_urlencoded};
use dangdang_tests::{FAKE_AUTH_CODE, FAKE_REFRESH_TOKEN, FakeEdition, Reply, Sandbox};

const REDIRECT: &str = "https://erp.example.com/回调?a=1&b=2";
const REDIRECT_ENCODED: &str = "https%3A%2F%2Ferp.example.com%2F%E5%9B%9E%E8%B0%83%3Fa%3D1%26b%3D2";
const STATE: &str = "订单#1 & 退款/a=b?c+d%";
const STATE_ENCODED: &str = "%E8%AE%A2%E5%8D%95%231+%26+%E9%80%80%E6%AC%BE%2Fa%3Db%3Fc%2Bd%25";

fn builder_for(server: &Sandbox) -> OAuthClientBuilder {
    let config = server.config();
    OAuthClient::builder(config.app_key.clone(), config.app_secret.clone()).endpoint(server.token_url())
}

fn oauth_for(server: &Sandbox) -> OAuthClient {
    builder_for(server).build().expect("OAuth client builds")
}

fn json_reply(status: u16, body: &[u8]) -> Reply {
    Reply::Raw { status, content_type: "application/json".to_string(), body: body.to_vec() }
}

#[test]
fn constants_are_the_documented_urls() {
    assert_eq!(AUTHORIZE_URL, "http://oauth.dangdang.com/authorize");
    assert_eq!(TOKEN_URL, "http://oauth.dangdang.com/token");
    assert_eq!(DEFAULT_CALLBACK_URL, "http://oauth.dangdang.com/default.jsp");
    let client = OAuthClient::builder("2100000000", "s").build().unwrap();
    assert_eq!(client.token_url(), TOKEN_URL);
    assert_eq!(client.app_id(), "2100000000");
}

#[test]
fn authorize_url_for_the_code_flow_encodes_reserved_and_chinese_characters() {
    let authorize = AuthorizeUrl::code("2100000000", REDIRECT).state(STATE).view_web(true);
    let url = authorize.build();
    assert_eq!(
        url,
        format!(
            "http://oauth.dangdang.com/authorize?appId=2100000000&redirectUrl={REDIRECT_ENCODED}\
             &responseType=code&state={STATE_ENCODED}&view=web"
        )
    );
    assert_eq!(authorize.to_string(), url);
    assert_eq!(authorize.response_type(), ResponseType::Code);
    assert!(url.is_ascii() && !url.contains(' '), "every value is percent-encoded: {url}");

    let (base, query) = url.split_once('?').unwrap();
    assert_eq!(base, AUTHORIZE_URL);
    assert_eq!(query.split('&').count(), 5, "the reserved characters inside values did not split the query");
    let params = parse_utf8_urlencoded(query);
    assert_eq!(params["appId"], "2100000000");
    assert_eq!(params["redirectUrl"], REDIRECT);
    assert_eq!(params["responseType"], "code");
    assert_eq!(params["state"], STATE);
    assert_eq!(params["view"], "web");
}

#[test]
fn authorize_url_for_the_token_flow_leaves_out_what_was_not_set() {
    let bare = AuthorizeUrl::token("2100000000").build();
    assert_eq!(bare, "http://oauth.dangdang.com/authorize?appId=2100000000&responseType=token");

    let full = AuthorizeUrl::token("2100000000").redirect_url(DEFAULT_CALLBACK_URL).state(STATE).view_web(true).build();
    assert_eq!(
        full,
        format!(
            "http://oauth.dangdang.com/authorize?appId=2100000000\
             &redirectUrl=http%3A%2F%2Foauth.dangdang.com%2Fdefault.jsp&responseType=token&state={STATE_ENCODED}&view=web"
        )
    );
    let params = parse_utf8_urlencoded(full.split_once('?').unwrap().1);
    assert_eq!(params["redirectUrl"], DEFAULT_CALLBACK_URL);
    assert_eq!(params["responseType"], "token");
    assert_eq!(params["state"], STATE);

    let no_view = AuthorizeUrl::new("2100000000", ResponseType::Token).state("x").view_web(false).build();
    assert!(!no_view.contains("view="), "{no_view}");

    let test_host = AuthorizeUrl::code("1", "http://a/b").base("http://127.0.0.1:9/authorize?lang=zh").build();
    assert_eq!(
        test_host,
        "http://127.0.0.1:9/authorize?lang=zh&appId=1&redirectUrl=http%3A%2F%2Fa%2Fb&responseType=code"
    );
}

#[test]
fn server_side_callback_is_parsed_and_keeps_every_parameter() {
    let query = format!(
        "?code=AUTHCODE123&state={STATE_ENCODED}&sign=0123abcd&app_id=2100000000&shop_id=8888&edition_id=3\
         &edition_status=1&edition_name=%E6%A0%87%E5%87%86%E7%89%88&edition_end_date=2030-12-31+23%3A59%3A59\
         &undocumented=x%2By&code=SECOND"
    );
    let callback = Callback::from_query(&query);
    assert_eq!(callback.code.as_deref(), Some("AUTHCODE123"), "the first value of a repeated name wins");
    assert_eq!(callback.state.as_deref(), Some(STATE));
    assert_eq!(callback.sign.as_deref(), Some("0123abcd"));
    assert_eq!(callback.app_id.as_deref(), Some("2100000000"));
    assert_eq!(callback.shop_id.as_deref(), Some("8888"));
    assert_eq!(callback.edition_id.as_deref(), Some("3"));
    assert_eq!(callback.edition_status.as_deref(), Some("1"));
    assert_eq!(callback.edition_name.as_deref(), Some("标准版"));
    assert_eq!(callback.edition_end_date.as_deref(), Some("2030-12-31 23:59:59"));
    assert_eq!(callback.get("undocumented"), Some("x+y"));
    let names: Vec<&str> = callback.params().iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(
        names,
        [
            "code",
            "state",
            "sign",
            "app_id",
            "shop_id",
            "edition_id",
            "edition_status",
            "edition_name",
            "edition_end_date",
            "undocumented",
            "code"
        ]
    );
    assert_eq!(callback.params()[10].1, "SECOND");

    assert_eq!(callback.require_code().unwrap(), "AUTHCODE123");
    callback.check_state(STATE).expect("the state round-trips");
    match callback.check_state("another") {
        Err(OAuthError::StateMismatch { expected, received }) => {
            assert_eq!(expected, "another");
            assert_eq!(received.as_deref(), Some(STATE));
        }
        other => panic!("expected StateMismatch, got {other:?}"),
    }

    let debug = format!("{callback:?}");
    assert!(!debug.contains("AUTHCODE123") && !debug.contains("SECOND"), "code leaked: {debug}");
    assert!(debug.contains("8888") && debug.contains("undocumented"), "{debug}");

    // GBK-encoded values (Dangdang's usual charset) are read too.
    let gbk = Callback::from_query("edition_name=%B1%EA%D7%BC%B0%E6&shop_id=1");
    assert_eq!(gbk.edition_name.as_deref(), Some("标准版"));

    // Pairs already decoded by a web framework.
    let pairs = Callback::from_pairs([("code", "C"), ("state", "s")]);
    assert_eq!((pairs.code.as_deref(), pairs.state.as_deref()), (Some("C"), Some("s")));

    let empty = Callback::from_query("state=s&code=");
    assert!(matches!(empty.require_code(), Err(OAuthError::CallbackParamMissing { param: "code" })));
    assert!(matches!(Callback::from_query("").check_state("s"), Err(OAuthError::StateMismatch { received: None, .. })));
}

#[test]
fn client_side_redirect_keeps_query_and_fragment_parameters() {
    // The token's parameter name in this flow is not documented: `someTokenParam` is a placeholder.
    let url = "https://erp.example.com/cb?state=s1&shop_id=8888#someTokenParam=TOKENVALUE42&edition_id=2";
    let callback = Callback::from_url(url);
    assert_eq!(callback.state.as_deref(), Some("s1"));
    assert_eq!(callback.shop_id.as_deref(), Some("8888"));
    assert_eq!(callback.edition_id.as_deref(), Some("2"));
    assert_eq!(callback.get("someTokenParam"), Some("TOKENVALUE42"));
    assert_eq!(callback.code, None);
    assert_eq!(callback.params().len(), 4);
    let debug = format!("{callback:?}");
    assert!(!debug.contains("TOKENVALUE42"), "an unknown parameter's value leaked: {debug}");
    assert!(debug.contains("someTokenParam"));

    assert_eq!(Callback::from_url("https://h/cb").params().len(), 0);
    assert_eq!(Callback::from_query("#a=1").get("a"), Some("1"));
}

#[tokio::test]
async fn code_exchange_posts_the_form_and_the_token_works_on_the_gateway() {
    let (server, _) = common::server_and_client();
    let oauth = oauth_for(&server);
    let config = server.config().clone();

    let reply = oauth.exchange_code(FAKE_AUTH_CODE, REDIRECT, STATE).await.expect("the fake accepts its test code");
    assert_eq!(reply.access_token().secret(), config.session);
    assert_eq!(reply.get("accessToken").and_then(|v| v.as_str()), Some(config.session.as_str()));
    assert_eq!(reply.get("fakeExtra").and_then(|v| v.as_str()), Some(FAKE_EXTRA_VALUE), "unknown fields are kept");
    assert_eq!(reply.json().len(), 2);

    let received = server.oauth().last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    assert_eq!(received.path, "/token");
    assert_eq!(received.raw_query, "", "the secret stays out of the URL by default");
    assert!(received.content_type.as_deref().unwrap().starts_with("application/x-www-form-urlencoded"));
    let expected: Vec<(&str, &str)> = vec![
        ("appId", &config.app_key),
        ("appSecret", &config.app_secret),
        ("code", FAKE_AUTH_CODE),
        ("grantType", "code"),
        ("redirectUrl", REDIRECT),
        ("state", STATE),
    ];
    let form: Vec<(&str, &str)> = received.form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(form, expected);
    assert!(received.raw_body.contains(STATE_ENCODED), "UTF-8 percent-encoded body: {}", received.raw_body);

    // The token is the `session` of the gateway client.
    let client = dangdang_api::Client::builder(&config.app_key, &config.app_secret, reply.access_token().secret())
        .endpoint(server.endpoint())
        .build()
        .unwrap();
    server.respond("dangdang.shop.ddcategory.get", Reply::xml("<?xml version=\"1.0\" encoding=\"GBK\"?><ok/>"));
    let call = Call::raw("dangdang.shop.ddcategory.get", Transport::Get, Safety::Read, Vec::new());
    let body = client.execute(call).await.expect("the gateway accepts the exchanged token");
    assert!(body.text_lossy().contains("<ok/>"));
    let gateway = server.last_request().unwrap();
    // Accepted: the sandbox takes only its configured session; it never records the value.
    assert!(gateway.accepted(), "{:?}", gateway.rejection);
    assert_eq!(gateway.system_params["session"], "<redacted>");
}

#[tokio::test]
async fn code_exchange_can_use_the_query_string_and_view_web() {
    let server = dangdang_tests::sandbox();
    server.oauth().register_code("REGISTERED-CODE", "TOKEN-FOR-REGISTERED-CODE");
    let oauth = builder_for(&server).build().unwrap().with(TokenCalls {
        exchange_params: ParamPlacement::Query,
        view_web: true,
        ..TokenCalls::default()
    });

    let reply = oauth.exchange_code("REGISTERED-CODE", "http://erp.example.com/cb", "").await.unwrap();
    assert_eq!(reply.access_token().secret(), "TOKEN-FOR-REGISTERED-CODE");

    let received = server.oauth().last_request().unwrap();
    assert_eq!(received.http_method, "POST");
    assert!(received.form.is_empty() && received.raw_body.is_empty());
    assert_eq!(received.query["grantType"], "code");
    assert_eq!(received.query["code"], "REGISTERED-CODE");
    assert_eq!(received.query["appSecret"], server.config().app_secret);
    assert_eq!(received.query["redirectUrl"], "http://erp.example.com/cb");
    assert_eq!(received.query["state"], "");
    assert_eq!(received.query["view"], "web");
    assert_eq!(received.query.len(), 7);
}

#[tokio::test]
async fn a_rejected_code_is_a_typed_error_that_keeps_the_body() {
    let server = dangdang_tests::sandbox();
    let oauth = oauth_for(&server);

    let error = oauth.exchange_code("NOT-A-REGISTERED-CODE", REDIRECT, STATE).await.unwrap_err();
    let OAuthError::Call(Error::HttpStatus { method, status, .. }) = &error else {
        panic!("expected HttpStatus, got {error:?}");
    };
    assert_eq!((*method, *status), ("exchange_code", 400));
    let body = error.body().unwrap();
    assert!(body.text().contains("NOT-A-REGISTERED-CODE"), "{}", body.text());
    assert_eq!(body.json().unwrap()["fakeError"], "invalid_code");
    assert_eq!(error.body().unwrap().bytes(), body.bytes());
    assert_eq!(error.to_string(), "OAuth exchange_code: HTTP status 400");
    assert_eq!(server.oauth().last_request().unwrap().rejection.as_deref(), Some("invalid_code"));

    let secret = &server.config().app_secret;
    for text in [format!("{error}"), format!("{error:?}")] {
        assert!(!text.contains(secret.as_str()), "secret leaked: {text}");
    }

    // A wrong secret and a missing redirect URL are refused too.
    let wrong_secret = OAuthClient::builder(server.config().app_key.clone(), "WRONG-SECRET-VALUE")
        .endpoint(server.token_url())
        .build()
        .unwrap();
    let error = wrong_secret.exchange_code(FAKE_AUTH_CODE, REDIRECT, STATE).await.unwrap_err();
    assert!(matches!(&error, OAuthError::Call(Error::HttpStatus { status: 401, .. })), "{error:?}");
    assert_eq!(error.body().unwrap().json().unwrap()["fakeError"], "invalid_client");
    assert!(!format!("{error:?} {error} {wrong_secret:?}").contains("WRONG-SECRET-VALUE"));

    let error = oauth.exchange_code(FAKE_AUTH_CODE, "", STATE).await.unwrap_err();
    assert_eq!(error.body().unwrap().json().unwrap()["fakeError"], "missing_redirect_url");
}

#[tokio::test]
async fn replies_without_json_or_without_access_token_are_typed_errors() {
    let server = dangdang_tests::sandbox();
    let oauth = oauth_for(&server);

    server.oauth().override_reply(Some(Reply::Raw {
        status: 200,
        content_type: "text/html".to_string(),
        body: b"<html>maintenance</html>".to_vec(),
    }));
    let error = oauth.exchange_code(FAKE_AUTH_CODE, REDIRECT, STATE).await.unwrap_err();
    assert!(matches!(&error, OAuthError::BadJson { operation: "exchange_code", .. }), "{error:?}");
    assert_eq!(error.body().unwrap().text(), "<html>maintenance</html>");

    server.oauth().override_reply(Some(json_reply(200, b"[1,2]")));
    let error = oauth.refresh(FAKE_REFRESH_TOKEN).await.unwrap_err();
    let OAuthError::BadJson { operation: "refresh", message, .. } = &error else { panic!("{error:?}") };
    assert!(message.contains("array"), "{message}");

    server.oauth().override_reply(Some(json_reply(200, br#"{"errorCode":"42","accessToken":null}"#)));
    let error = oauth.exchange_code(FAKE_AUTH_CODE, REDIRECT, STATE).await.unwrap_err();
    let OAuthError::MissingField { field, body, .. } = &error else { panic!("{error:?}") };
    assert_eq!(*field, "accessToken");
    assert_eq!(body.json().unwrap()["errorCode"], "42");

    // A GBK JSON body (the OAuth host's charset is undocumented) is read too.
    let gbk = [br#"{"accessToken":"T","note":""#.as_slice(), &[0xB1, 0xEA, 0xD7, 0xBC, 0xB0, 0xE6], br#""}"#].concat();
    server.oauth().override_reply(Some(json_reply(200, &gbk)));
    let reply = oauth.exchange_code(FAKE_AUTH_CODE, REDIRECT, STATE).await.unwrap();
    assert_eq!(reply.get("note").and_then(|v| v.as_str()), Some("标准版"));
}

#[tokio::test]
async fn refresh_sends_its_parameters_and_its_sign_verifies() {
    let server = dangdang_tests::sandbox();
    let oauth = oauth_for(&server);
    let config = server.config().clone();

    let reply = oauth.refresh(FAKE_REFRESH_TOKEN).await.expect("the fake accepts its test refresh token");
    let received = server.oauth().last_request().unwrap();
    assert!(received.accepted(), "{:?}", received.rejection);
    assert_eq!(received.http_method, "POST");
    let query: Vec<(&str, &str)> = received.query.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        query,
        [("appId", config.app_key.as_str()), ("grantType", "token"), ("refreshToken", FAKE_REFRESH_TOKEN)]
    );
    assert!(received.raw_body.is_empty());
    assert!(!received.raw_query.contains(&config.app_secret), "refresh does not send the secret");

    let edition = FakeEdition::default();
    assert_eq!(reply.shop_id.as_deref(), Some(edition.shop_id.as_str()));
    assert_eq!(reply.app_id.as_deref(), Some(config.app_key.as_str()));
    assert_eq!(reply.edition_id.as_deref(), Some(edition.edition_id.as_str()));
    assert_eq!(reply.edition_end_date.as_deref(), Some(edition.edition_end_date.as_str()));
    assert!(reply.access_token().is_none(), "the fake's refresh reply has no accessToken");
    assert_eq!(reply.json().len(), 5);

    let sign = reply.sign.clone().unwrap();
    assert_eq!(sign, sign.to_ascii_lowercase(), "the fake writes lower case by default");
    let independent = edition_sign(
        &config.app_secret,
        &edition.shop_id,
        &config.app_key,
        &edition.edition_id,
        &edition.edition_end_date,
    );
    assert_eq!(sign.to_ascii_uppercase(), independent);
    assert_eq!(
        dangdang_api::oauth::edition_sign(
            &config.app_secret,
            &edition.shop_id,
            &config.app_key,
            &edition.edition_id,
            &edition.edition_end_date
        ),
        independent
    );
    reply.verify_sign(&config.app_secret).expect("lower-case sign verifies");
    oauth.verify_refresh_sign(&reply).expect("the client's secret verifies it");

    // Upper case, other values, form body placement.
    let upper = FakeEdition {
        shop_id: "12345".into(),
        edition_id: "7".into(),
        edition_end_date: "2031-01-01".into(),
        upper_case_sign: true,
    };
    server.oauth().register_refresh_token("RT-UPPER", upper);
    let form_oauth = builder_for(&server)
        .build()
        .unwrap()
        .with(TokenCalls { refresh_params: ParamPlacement::FormBody, ..TokenCalls::default() });
    let reply = form_oauth.refresh("RT-UPPER").await.unwrap();
    let received = server.oauth().last_request().unwrap();
    assert_eq!(received.raw_query, "");
    assert_eq!(received.form["refreshToken"], "RT-UPPER");
    assert_eq!(received.form["grantType"], "token");
    let sign = reply.sign.clone().unwrap();
    assert_eq!(sign, sign.to_ascii_uppercase());
    assert_eq!(reply.shop_id.as_deref(), Some("12345"));
    form_oauth.verify_refresh_sign(&reply).expect("upper-case sign verifies");
}

#[tokio::test]
async fn a_tampered_refresh_reply_is_rejected() {
    let server = dangdang_tests::sandbox();
    let oauth = oauth_for(&server);
    let genuine = oauth.refresh(FAKE_REFRESH_TOKEN).await.unwrap();
    oauth.verify_refresh_sign(&genuine).unwrap();

    let mut forged_sign = genuine.clone();
    forged_sign.sign = Some("0".repeat(32));
    assert!(matches!(
        oauth.verify_refresh_sign(&forged_sign),
        Err(OAuthError::SignMismatch { received, .. }) if received == "0".repeat(32)
    ));

    let mut extended: RefreshReply = genuine.clone();
    extended.edition_end_date = Some("2099-12-31 23:59:59".into());
    let error = oauth.verify_refresh_sign(&extended).unwrap_err();
    let OAuthError::SignMismatch { received } = &error else { panic!("{error:?}") };
    assert_eq!(Some(received), genuine.sign.as_ref());
    // The sign that would match the forged fields is not given away.
    let forged = dangdang_api::oauth::edition_sign(
        &server.config().app_secret,
        extended.shop_id.as_deref().unwrap(),
        extended.app_id.as_deref().unwrap(),
        extended.edition_id.as_deref().unwrap(),
        extended.edition_end_date.as_deref().unwrap(),
    );
    let shown = format!("{error} {error:?}");
    assert!(!shown.to_ascii_lowercase().contains(&forged.to_ascii_lowercase()), "{shown}");

    assert!(matches!(genuine.verify_sign("another secret"), Err(OAuthError::SignMismatch { .. })));

    let mut partial = genuine.clone();
    partial.edition_id = None;
    assert!(matches!(
        partial.verify_sign(&server.config().app_secret),
        Err(OAuthError::SignFieldMissing { field: "edition_id" })
    ));

    // A reply whose JSON lacks `sign` entirely.
    server.oauth().override_reply(Some(json_reply(200, br#"{"shop_id":8888,"app_id":"2100000000"}"#)));
    let unsigned = oauth.refresh(FAKE_REFRESH_TOKEN).await.unwrap();
    assert_eq!(unsigned.shop_id.as_deref(), Some("8888"), "numeric JSON values are read as text");
    assert!(matches!(oauth.verify_refresh_sign(&unsigned), Err(OAuthError::SignFieldMissing { field: "sign" })));

    // An unknown refresh token is refused by the endpoint.
    server.oauth().override_reply(None);
    let error = oauth.refresh("UNKNOWN-RT").await.unwrap_err();
    assert!(matches!(&error, OAuthError::Call(Error::HttpStatus { method: "refresh", status: 400, .. })), "{error:?}");
    assert_eq!(error.body().unwrap().json().unwrap()["fakeError"], "invalid_refresh_token");
}

#[tokio::test]
async fn debug_and_display_never_show_tokens_or_the_secret() {
    let server = dangdang_tests::sandbox();
    let secret = server.config().app_secret.clone();
    let token = server.config().session.clone();
    let builder = builder_for(&server);
    let oauth = oauth_for(&server);

    let reply = oauth.exchange_code(FAKE_AUTH_CODE, REDIRECT, STATE).await.unwrap();
    let access = AccessToken::new(token.clone());
    assert_eq!(access.secret(), token);

    // A refresh reply with an access token and a token-like field under an unknown name.
    server.oauth().override_reply(Some(json_reply(
        200,
        br#"{"shop_id":"1","accessToken":"NEW-ACCESS-TOKEN-9","mysteryRefresh":"NEW-REFRESH-TOKEN-9"}"#,
    )));
    let refreshed = oauth.refresh(FAKE_REFRESH_TOKEN).await.unwrap();
    assert_eq!(refreshed.access_token().map(AccessToken::secret), Some("NEW-ACCESS-TOKEN-9"));

    // An error whose body echoes a secret value.
    server.oauth().override_reply(Some(json_reply(500, format!(r#"{{"echo":"{secret} {token}"}}"#).as_bytes())));
    let error = oauth.exchange_code(FAKE_AUTH_CODE, REDIRECT, STATE).await.unwrap_err();
    assert!(error.body().unwrap().text().contains(&secret), "the body itself is kept");

    // A transport error while the refresh token is in the URL.
    let closed_port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let unreachable = OAuthClient::builder("2100000000", secret.clone())
        .endpoint(format!("http://127.0.0.1:{closed_port}/token"))
        .build()
        .unwrap();
    let transport = unreachable.refresh("REFRESH-IN-URL-7").await.unwrap_err();
    assert!(matches!(transport, OAuthError::Call(Error::Transport { .. } | Error::Timeout { .. })), "{transport:?}");

    let outputs = [
        format!("{oauth:?}"),
        format!("{builder:?}"),
        format!("{reply:?}"),
        format!("{access:?}"),
        format!("{refreshed:?}"),
        format!("{error:?}"),
        format!("{error}"),
        format!("{transport:?}"),
        format!("{transport}"),
    ];
    for text in &outputs {
        for hidden in [secret.as_str(), token.as_str(), "NEW-ACCESS-TOKEN-9", "NEW-REFRESH-TOKEN-9", "REFRESH-IN-URL-7"]
        {
            assert!(!text.contains(hidden), "{hidden:?} leaked in {text}");
        }
    }
    assert!(outputs[0].contains("REDACTED") && outputs[0].contains("2100000000"), "{}", outputs[0]);
    assert!(outputs[2].contains("accessToken") && outputs[2].contains("fakeExtra"), "field names stay visible");
    assert!(outputs[4].contains("mysteryRefresh"), "{}", outputs[4]);
}
