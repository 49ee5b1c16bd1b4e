//! Each kind of failure exits with its own code, and nothing is sent when the spec refuses.

mod common;

use common::{assert_code, dangdang, run, sandbox, stderr};
use dangdang_sandbox::Fault;

#[test]
fn usage_errors_exit_2() {
    let sandbox = sandbox();
    let unknown = run(&sandbox, &["call", "dangdang.no.such.method"]);
    assert_code(&unknown, 2);
    assert!(stderr(&unknown).contains("unknown method `dangdang.no.such.method`"), "{}", stderr(&unknown));
    assert_code(&run(&sandbox, &["call"]), 2);
    assert_code(&run(&sandbox, &["call", "orders_list_get", "--param", "no-equals-sign"]), 2);
    let no_credentials = dangdang().args(["call", "orders_list_get"]).output().unwrap();
    assert_code(&no_credentials, 2);
    assert!(stderr(&no_credentials).contains("DANGDANG_APP_SECRET"), "{}", stderr(&no_credentials));
    assert!(sandbox.requests().is_empty());
}

#[test]
fn spec_refusals_exit_3_before_sending() {
    let sandbox = sandbox();
    let cases: [(&[&str], &str); 6] = [
        (&["-p", "pageSize=7"], "invalid `pageSize`: must be one of 5, 10, 15, 20"),
        (&["-p", "os=shipped"], "invalid `os`: must be of type OrderState (codes 50 AwaitingReview"),
        (&["-p", "nope=1"], "invalid `nope`: is not a parameter of this method in the spec"),
        (&["-p", "p=x"], "invalid `p`: must be of type int"),
        (&["-p", "p=1", "-p", "p=2"], "invalid `p`: is given twice"),
        (
            &["-p", "lastModifyTime_start=2015-03-01 00:00:00", "-p", "lastModifyTime_end=2015-03-01 00:00:00x"],
            "invalid `lastModifyTime_end`: must be of type datetime",
        ),
    ];
    for (params, message) in cases {
        let mut args = vec!["call", "dangdang.orders.list.get"];
        args.extend_from_slice(params);
        let output = run(&sandbox, &args);
        assert_code(&output, 3);
        assert!(stderr(&output).contains(message), "{params:?}: {}", stderr(&output));
    }
    let missing = run(&sandbox, &["call", "dangdang.order.details.get"]);
    assert_code(&missing, 3);
    assert!(
        stderr(&missing).contains("`o / outerOrderID`") || stderr(&missing).contains("required"),
        "{}",
        stderr(&missing)
    );
    assert!(sandbox.requests().is_empty(), "nothing was sent");
    let smuggled = run(&sandbox, &["call", "dangdang.orders.list.get", "--extra", "pageSize=7"]);
    assert_code(&smuggled, 3);
    assert!(stderr(&smuggled).contains("give it with --param"), "{}", stderr(&smuggled));
    assert!(sandbox.requests().is_empty(), "nothing was sent");
    // A parameter the spec does not know, sent unchecked, reaches the gateway.
    assert_code(&run(&sandbox, &["call", "dangdang.orders.list.get", "--extra", "nope=1"]), 0);
}

#[test]
fn gateway_business_transport_and_decode_errors_have_their_codes() {
    let sandbox = sandbox();
    let wrong_session = common::dangdang()
        .env("DANGDANG_ENDPOINT", sandbox.endpoint())
        .env("DANGDANG_APP_KEY", sandbox.app_key())
        .env("DANGDANG_APP_SECRET", sandbox.app_secret())
        .env("DANGDANG_SESSION", "not-the-session")
        .args(["call", "dangdang.orders.list.get"])
        .output()
        .unwrap();
    assert_code(&wrong_session, 4);
    assert!(stderr(&wrong_session).contains("gateway error"), "{}", stderr(&wrong_session));

    let unknown_order = run(&sandbox, &["call", "dangdang.order.details.get", "-p", "o=1"]);
    assert_code(&unknown_order, 5);
    assert!(stderr(&unknown_order).contains("rejected with code 35"), "{}", stderr(&unknown_order));

    sandbox.faults().next("dangdang.orders.list.get", 1, Fault::Html);
    let html = run(&sandbox, &["call", "dangdang.orders.list.get"]);
    assert_code(&html, 7);

    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let endpoint = format!("http://{}/openapi/rest", closed.local_addr().unwrap());
    drop(closed);
    let transport = run(&sandbox, &["--endpoint", &endpoint, "call", "dangdang.orders.list.get"]);
    assert_code(&transport, 6);
}
