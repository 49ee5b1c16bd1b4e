//! The sandbox's own checks, driven with hand-made requests: a signed GET is accepted, a bad
//! signature, timestamp, credential or business parameter is refused with an `<errorResponse>`
//! naming the problem (never echoing the session), GBK values are decoded, and every method of
//! the spec gets a `<response>`.

mod common;

use dangdang_api::orders::order_receipt_details_get;
use dangdang_api::shop::shop_ddcategory_get;
use dangdang_sandbox::Sandbox;
use dangdang_sandbox::spec::embedded;

/// GETs `endpoint?query` and returns the body decoded from GBK.
async fn get(sandbox: &Sandbox, query: &str) -> String {
    let body = reqwest::get(format!("{}?{query}", sandbox.endpoint())).await.unwrap().bytes().await.unwrap();
    encoding_rs::GBK.decode(&body).0.into_owned()
}

fn error_code(body: &str) -> Option<&str> {
    let start = body.find("<errorCode>")? + "<errorCode>".len();
    Some(&body[start..start + body[start..].find('<')?])
}

#[tokio::test]
async fn signed_get_is_accepted_and_tampering_is_refused() {
    let sandbox = common::sandbox(5);
    let query = sandbox.signed_query("dangdang.orders.list.get", &[("os", "9999")]);
    let body = get(&sandbox, &query).await;
    assert!(body.contains("<response><functionID>dangdang.orders.list.get</functionID>"), "{body}");
    assert!(body.contains("<orderCount>5</orderCount>"), "{body}");

    let signed = query.split('&').find(|p| p.starts_with("sign=")).unwrap().to_string();
    let bad_sign = get(&sandbox, &query.replace(&signed, "sign=0123456789ABCDEF0123456789ABCDEF")).await;
    assert_eq!(error_code(&bad_sign), Some("2"), "{bad_sign}");
    assert!(bad_sign.contains("签名错误") && !bad_sign.contains(sandbox.session()), "{bad_sign}");

    let other_method = get(&sandbox, &query.replace("dangdang.orders.list.get", "dangdang.item.get")).await;
    assert_eq!(error_code(&other_method), Some("2"), "the method is signed");
    let no_timestamp: String = query.split('&').filter(|p| !p.starts_with("timestamp=")).collect::<Vec<_>>().join("&");
    assert_eq!(error_code(&get(&sandbox, &no_timestamp).await), Some("1"));
    let bad_time = query
        .split('&')
        .map(|p| if p.starts_with("timestamp=") { "timestamp=2015-03-20T15%3A10%3A50" } else { p })
        .collect::<Vec<_>>()
        .join("&");
    assert_eq!(error_code(&get(&sandbox, &bad_time).await), Some("4"));
    let logged = format!("{:?}", sandbox.requests());
    assert!(
        !logged.contains(sandbox.session()) && !logged.contains(&signed[5..]),
        "recorded requests hold no session or sign"
    );
}

#[tokio::test]
async fn business_params_are_checked_against_the_spec() {
    let sandbox = common::sandbox(5);
    let page_size = get(&sandbox, &sandbox.signed_query("dangdang.orders.list.get", &[("pageSize", "7")])).await;
    assert_eq!(error_code(&page_size), Some("10"));
    assert!(page_size.contains("`pageSize`") && page_size.contains("5, 10, 15, 20"), "{page_size}");
    let state = get(&sandbox, &sandbox.signed_query("dangdang.orders.list.get", &[("os", "shipped")])).await;
    assert!(state.contains("`os`: must be of type OrderState"), "{state}");
    let required = get(&sandbox, &sandbox.signed_query("dangdang.item.stock.update", &[("oit", "SKU-0001")])).await;
    assert!(required.contains("`stk`: is required"), "{required}");
    let unknown = get(&sandbox, &sandbox.signed_query("dangdang.no.such.method", &[])).await;
    assert_eq!(error_code(&unknown), Some("9"));
}

#[tokio::test]
async fn gbk_values_are_decoded() {
    let sandbox = common::sandbox(1);
    let name = sandbox.shop().items.values().next().unwrap().name.clone();
    let word: String = name.chars().take(2).collect();
    let expected = sandbox.shop().items.values().filter(|i| i.name.contains(&word)).count();
    let body = get(&sandbox, &sandbox.signed_query("dangdang.items.list.get", &[("name", &word)])).await;
    assert!(body.contains(&format!("<itemsCount>{expected}</itemsCount>")), "{word}: {body}");
    assert_eq!(sandbox.last_request().unwrap().business_params["name"], word);
}

/// A value of the spec type `ty` that passes the sandbox's checks.
fn sample(ty: &str, allowed: &[serde_yaml::Value]) -> String {
    if let Some(first) = allowed.first().and_then(dangdang_sandbox::values::scalar_text) {
        return first;
    }
    match ty {
        "datetime" => "2026-01-05 12:00:00".into(),
        "date" => "2026-01-05".into(),
        "decimal" => "1.00".into(),
        "bool01" => "1".into(),
        "boolyn" => "Y".into(),
        "boolzh" => "是".into(),
        "string" => "x".into(),
        _ => "1".into(),
    }
}

#[tokio::test]
async fn every_method_is_answered_in_its_shape() {
    let sandbox = common::sandbox(3);
    let spec = embedded().unwrap();
    let http = reqwest::Client::new();
    for method in spec.methods() {
        let mut params: Vec<(String, String)> =
            method.params.iter().filter(|p| p.required).map(|p| (p.wire.clone(), sample(&p.ty, &p.allowed))).collect();
        for names in method.rules.iter().filter_map(|r| r.one_of.as_ref()) {
            let param = method.params.iter().find(|p| p.wire == names[0]).unwrap();
            params.push((param.wire.clone(), sample(&param.ty, &param.allowed)));
        }
        let business: Vec<(&str, &str)> = params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let query = sandbox.signed_query(&method.name, &business);
        let body = match &method.upload {
            None => get(&sandbox, &query).await,
            Some(upload) => {
                // The wrong field name is refused, naming the spec's field.
                let part = reqwest::multipart::Part::bytes(b"<request/>".to_vec()).file_name("x.xml");
                let form = reqwest::multipart::Form::new().part("wrongField", part);
                let reply = http.post(format!("{}?{query}", sandbox.endpoint())).multipart(form).send().await.unwrap();
                let body = encoding_rs::GBK.decode(&reply.bytes().await.unwrap()).0.into_owned();
                assert_eq!(error_code(&body), Some("11"), "{}: {body}", method.name);
                assert!(body.contains(&format!("`{}`", upload.field)), "{}: {body}", method.name);
                continue;
            }
        };
        let head = format!("<response><functionID>{}</functionID><time>", method.name);
        assert!(body.contains(&head), "{}: {body}", method.name);
        assert!(!body.contains("errorResponse") && !body.contains("未配置应答"), "{}: {body}", method.name);
    }
}

#[tokio::test]
async fn a_client_with_the_wrong_secret_gets_a_gateway_error() {
    let sandbox = common::sandbox(1);
    let client =
        dangdang_api::Client::builder(sandbox.app_key(), "WRONGSECRET0123456789ABCDEFABCDEF", sandbox.session())
            .endpoint(sandbox.endpoint())
            .build()
            .unwrap();
    match client.shop_ddcategory_get(&shop_ddcategory_get::Request::new()).await {
        Err(dangdang_api::Error::Gateway { code, message, .. }) => {
            assert_eq!(code, "2");
            assert!(message.starts_with("签名错误"), "{message}");
        }
        other => panic!("expected a gateway error, got {other:?}"),
    }
}

#[tokio::test]
async fn replies_set_by_hand_are_served_in_order_then_the_shop_answers_again() {
    let sandbox = common::sandbox(2);
    let query = sandbox.signed_query("dangdang.orders.list.get", &[]);
    let first = "<?xml version=\"1.0\" encoding=\"GBK\"?><response><n>一</n></response>";
    let second = "<?xml version=\"1.0\" encoding=\"GBK\"?><response><n>二</n></response>";
    sandbox.respond_sequence(
        "dangdang.orders.list.get",
        vec![dangdang_sandbox::Reply::xml(first), dangdang_sandbox::Reply::xml(second)],
    );
    assert!(get(&sandbox, &query).await.contains("<n>一</n>"));
    assert!(get(&sandbox, &query).await.contains("<n>二</n>"));
    assert!(get(&sandbox, &query).await.contains("<n>二</n>"), "the last one repeats");
    sandbox.clear_reply("dangdang.orders.list.get");
    assert!(get(&sandbox, &query).await.contains("<totalInfo>"));
}

#[tokio::test]
async fn stateless_typed_methods_decode() {
    let sandbox = common::sandbox(1);
    let client = common::client(&sandbox);
    let categories = client.shop_ddcategory_get(&shop_ddcategory_get::Request::new()).await.unwrap();
    assert!(!categories.categories.is_empty());
    let receipts = client.order_receipt_details_get(&order_receipt_details_get::Request::new([1, 2])).await.unwrap();
    assert_eq!(receipts.order_courier_receipt_details.len(), 1);
}
