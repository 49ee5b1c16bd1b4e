//! Hostile replies through the real `Client` over HTTP: every shape ends in a value or a typed
//! `Error::Decode` that names the limit (`dangdang_api::limits`) and keeps the raw body — never a
//! crash, a stall or an unbounded allocation.
//!
//! | reply served by the fake gateway                                       | outcome                                   |
//! |------------------------------------------------------------------------|-------------------------------------------|
//! | 33k and 1M levels deep, tree method, decoded on a tokio worker thread  | `Decode` naming `MAX_DEPTH`               |
//! | 33k and 1M levels deep in a typed reply (unknown subtree); 33k inside a record, inside a text field | `Decode` naming `MAX_DEPTH` |
//! | exactly `MAX_DEPTH` levels / one more (tree and typed)                 | `Ok` / `Decode`                           |
//! | one element with `MAX_NODES - 2` attributes (tree); 100k (typed, `xsi:nil` last) | `Ok`, every attribute kept / nil seen |
//! | one element with 100k attributes (tree)                                | `Decode` naming `MAX_NODES`               |
//! | a duplicate attribute after many (tree)                                | `Decode` naming the attribute             |
//! | exactly `MAX_NODES` elements and attributes / one more (tree)          | `Ok` / `Decode` naming `MAX_NODES`        |
//! | `MAX_NODES` skipped elements / one more (typed)                        | `Ok` / `Decode` naming `MAX_NODES`        |
//! | exactly `MAX_ITEMS` empty records / one more (typed, and via `items()`) | `Ok` / `Decode` naming `MAX_ITEMS`       |
//! | 2.79M empty records filling the default 32 MiB cap (ignored: slow in debug) | `Decode` naming `MAX_ITEMS`          |
//!
//! Time and memory of these shapes are measured elsewhere: `benches/pathological.rs` (MB/s against
//! the normal orders page) and `tests/memory_peak.rs` (peak heap against the body size).

mod common;
mod hostile_shapes;

use dangdang_api::limits::{MAX_DEPTH, MAX_ITEMS, MAX_NODES};
use dangdang_api::orders::orders_list_get;
use dangdang_api::prelude::*;
use dangdang_api::qa::qa_list_get;
use dangdang_api::{Client, Error, StreamExt, XmlElement};
use dangdang_tests::{Reply, Sandbox};
use hostile_shapes::{nested, one_element_with_attributes, orders_page, repeated, response_of_depth};

fn serve(body: Vec<u8>, method: &str) -> (Sandbox, Client) {
    let (server, client) = common::server_and_client();
    server.respond(method, Reply::raw(200, "text/xml", body));
    (server, client)
}

/// A tree method's reply to `body`, decoded on a tokio worker thread (whose stack is 2 MiB: the
/// recursive drop of a 33k-level tree used to overflow it and abort the process).
async fn tree_reply(body: Vec<u8>) -> (Vec<u8>, Result<XmlElement, Error>) {
    let (_server, client) = serve(body.clone(), "dangdang.qa.list.get");
    let handle = tokio::spawn(async move { client.qa_list_get(&qa_list_get::Request::new()).await });
    (body, handle.await.expect("the decoding task does not panic"))
}

async fn orders_reply(body: Vec<u8>) -> (Vec<u8>, Result<orders_list_get::Response, Error>) {
    let (_server, client) = serve(body.clone(), "dangdang.orders.list.get");
    let handle = tokio::spawn(async move { client.orders_list_get(&orders_list_get::Request::new()).await });
    (body, handle.await.expect("the decoding task does not panic"))
}

/// Asserts a `Decode` error whose message names `limit`, keeping the whole body; returns its path.
#[track_caller]
fn assert_limit<T: std::fmt::Debug>(outcome: (Vec<u8>, Result<T, Error>), limit: &str) -> String {
    let (body, result) = outcome;
    match result {
        Err(Error::Decode { path, message, raw, .. }) => {
            assert!(message.contains(limit), "message {message:?} names {limit}");
            assert_eq!(raw.bytes(), body.as_slice(), "the raw body is kept");
            path
        }
        other => panic!("expected a Decode error naming {limit}, got {:?}", other.map(|_| "a value")),
    }
}

/// Depth of a parsed tree, walked with an explicit stack.
fn depth(root: &XmlElement) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(root, 1)];
    while let Some((element, level)) = stack.pop() {
        deepest = deepest.max(level);
        stack.extend(element.children.iter().map(|child| (child, level + 1)));
    }
    deepest
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_tree_replies_are_a_decode_error_naming_the_depth_limit() {
    for levels in [33_000, 1_000_000] {
        assert_eq!(assert_limit(tree_reply(response_of_depth(levels)).await, "MAX_DEPTH"), ".");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deep_typed_replies_are_a_decode_error_naming_the_depth_limit() {
    // An unknown subtree of <response>, skipped.
    for levels in [33_000, 1_000_000] {
        let path = assert_limit(orders_reply(nested("<response>", levels, "</response>")).await, "MAX_DEPTH");
        assert_eq!(path, "a");
    }
    // An unknown child of a record.
    let inside_record = nested("<response><OrdersList><OrderInfo>", 33_000, "</OrderInfo></OrdersList></response>");
    assert_eq!(assert_limit(orders_reply(inside_record).await, "MAX_DEPTH"), "OrdersList.OrderInfo.a");
    // Elements inside a text field, whose text is read past them.
    let in_text =
        nested("<response><OrdersList><OrderInfo><orderID>", 33_000, "</orderID></OrderInfo></OrdersList></response>");
    assert_eq!(assert_limit(orders_reply(in_text).await, "MAX_DEPTH"), "OrdersList.OrderInfo.orderID");
}

#[tokio::test]
async fn replies_exactly_at_the_depth_limit_decode_and_one_level_more_does_not() {
    let (_, tree) = tree_reply(response_of_depth(MAX_DEPTH)).await;
    let tree = tree.expect("a tree of MAX_DEPTH levels decodes");
    assert_eq!(depth(&tree), MAX_DEPTH);
    let copy = tree.clone();
    assert!(copy == tree);
    let shown = format!("{tree:#?}");
    assert!(
        shown.contains("not shown: deeper than 16 levels") && shown.len() < 64 * 1024,
        "Debug shows a bounded part"
    );
    assert_limit(tree_reply(response_of_depth(MAX_DEPTH + 1)).await, "MAX_DEPTH");

    // Typed: <response> (1) › OrdersList (2) › OrderInfo (3, with its required orderID) › unknown levels below.
    let open = "<response><OrdersList><OrderInfo><orderID>1</orderID>";
    let typed = |levels| nested(open, levels, "</OrderInfo></OrdersList></response>");
    let (_, page) = orders_reply(typed(MAX_DEPTH - 3)).await;
    assert_eq!(page.expect("MAX_DEPTH levels decode").orders_list.len(), 1);
    assert_limit(orders_reply(typed(MAX_DEPTH - 2)).await, "MAX_DEPTH");
    // A self-closing element at level MAX_DEPTH is fine, one level deeper is not.
    let empty_at = |levels| nested(open, levels, "</OrderInfo></OrdersList></response>");
    let with_leaf = |levels| String::from_utf8(empty_at(levels)).unwrap().replacen("</a>", "<b/></a>", 1).into_bytes();
    let (_, page) = orders_reply(with_leaf(MAX_DEPTH - 4)).await;
    assert!(page.is_ok(), "<b/> at level MAX_DEPTH");
    assert_limit(orders_reply(with_leaf(MAX_DEPTH - 3)).await, "MAX_DEPTH");
}

#[tokio::test]
async fn many_attributes_decode_and_a_late_duplicate_is_found() {
    let count = MAX_NODES - 2;
    let (_, tree) = tree_reply(one_element_with_attributes("x", count)).await;
    let tree = tree.expect("MAX_NODES - 2 attributes decode");
    let attributes = &tree.child("x").unwrap().attributes;
    assert_eq!(attributes.len(), count);
    assert_eq!(attributes[count - 1], (format!("a{}", count - 1), "v".to_owned()));

    let mut duplicate = String::from_utf8(one_element_with_attributes("x", count - 1)).unwrap();
    duplicate = duplicate.replace("/></response>", " a17=\"again\"/></response>");
    let (body, result) = tree_reply(duplicate.into_bytes()).await;
    assert_limit((body, result), "duplicate attribute `a17`");
    // A duplicate among the first few attributes too (the linear check).
    assert_limit(
        tree_reply(b"<response><x a=\"1\" b=\"2\" a=\"3\"/></response>".to_vec()).await,
        "duplicate attribute `a`",
    );

    assert_limit(tree_reply(one_element_with_attributes("x", 100_000)).await, "MAX_NODES");

    // Typed: the attributes of an element are scanned once for xsi:nil, and not counted.
    let order = format!(
        "<OrderInfo><orderID{} xsi:nil=\"true\">5</orderID></OrderInfo>",
        hostile_shapes::attributes(100_000, "v")
    );
    let (_, page) = orders_reply(orders_page(&order, 1)).await;
    // orderID is required (issue 12): a nil one is a decode error naming it, not the value 5.
    match page {
        Err(Error::Decode { path, message, .. }) => {
            assert_eq!(path, "OrdersList.OrderInfo.orderID", "xsi:nil after 100k attributes is seen");
            assert!(message.contains("empty or nil"), "{message}");
        }
        other => panic!("expected a decode error for the nil orderID, got {:?}", other.map(|_| "a page")),
    }
}

#[tokio::test]
async fn the_element_and_attribute_count_is_limited_per_reply() {
    // Tree: the root, then children; attributes count as nodes too.
    let children = |count| repeated("<response>", "<a/>", count, "</response>");
    let (_, tree) = tree_reply(children(MAX_NODES - 1)).await;
    assert_eq!(tree.expect("MAX_NODES nodes decode").children.len(), MAX_NODES - 1);
    assert_limit(tree_reply(children(MAX_NODES)).await, "MAX_NODES");
    let with_attributes = repeated("<response>", "<a k=\"v\"/>", MAX_NODES / 2, "</response>");
    assert_limit(tree_reply(with_attributes).await, "MAX_NODES");

    // Typed: skipped elements count.
    let skipped = |count| repeated("<response><x>", "<y/>", count, "</x></response>");
    let (_, page) = orders_reply(skipped(MAX_NODES - 2)).await;
    assert!(page.expect("MAX_NODES elements decode").orders_list.is_empty());
    assert_eq!(assert_limit(orders_reply(skipped(MAX_NODES - 1)).await, "MAX_NODES"), "x");
}

#[tokio::test]
async fn list_records_are_limited_per_reply_through_calls_and_items() {
    // Each record holds its orderID, which the reply requires.
    let record = "<OrderInfo><orderID>1</orderID></OrderInfo>";
    let (_, page) = orders_reply(orders_page(record, MAX_ITEMS)).await;
    assert_eq!(page.expect("MAX_ITEMS records decode").orders_list.len(), MAX_ITEMS);
    let path = assert_limit(orders_reply(orders_page(record, MAX_ITEMS + 1)).await, "MAX_ITEMS");
    assert_eq!(path, "OrdersList.OrderInfo");

    // items(): every record of a full page moves out, then the error of the next page.
    let (server, client) = common::server_and_client();
    let full = orders_page(record, MAX_ITEMS);
    let over = orders_page(record, MAX_ITEMS + 1);
    server.respond_sequence(
        "dangdang.orders.list.get",
        vec![Reply::raw(200, "text/xml", full), Reply::raw(200, "text/xml", over)],
    );
    let outcomes: Vec<_> = orders_list_get::Request::new().items(&client).collect().await;
    assert_eq!(outcomes.len(), MAX_ITEMS + 1);
    assert!(outcomes[..MAX_ITEMS].iter().all(|order| order.as_ref().unwrap().order_id == 1));
    assert!(matches!(&outcomes[MAX_ITEMS], Err(Error::Decode { message, .. }) if message.contains("MAX_ITEMS")));
}

/// The 32 MiB case (slow in a debug build: run with `--ignored`, or `--release`); the
/// record limit itself is tested above with `MAX_ITEMS + 1` records.
#[tokio::test]
#[ignore = "serves a 32 MiB body; about 4 s in a debug build"]
async fn a_cap_filling_reply_of_empty_records_is_refused_at_the_record_limit() {
    let cap = dangdang_api::DEFAULT_MAX_RESPONSE_BYTES;
    let overhead = orders_page("", 0).len();
    let body = orders_page("<OrderInfo/>", (cap - overhead) / "<OrderInfo/>".len());
    assert!(body.len() <= cap && body.len() > cap - 12);
    assert_limit(orders_reply(body).await, "MAX_ITEMS");
}
