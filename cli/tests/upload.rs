//! `dangdang call --upload` (XML) and `--document` (JSON): a multipart method ships an order in the
//! sandbox's shop.

mod common;

use common::{assert_code, run, sandbox, stderr, stdout};

#[test]
fn an_uploaded_document_ships_the_order() {
    let sandbox = sandbox();
    let order = sandbox.shop().orders.values().find(|order| order.state == 101).cloned().expect("an order to ship");
    let lines: String = order
        .lines
        .iter()
        .map(|line| {
            format!(
                "<ItemInfo><itemID>{}</itemID><sendGoodsCount>{}</sendGoodsCount></ItemInfo>",
                line.item_id, line.count
            )
        })
        .collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"GBK\"?>\n<request><OrdersList><OrderInfo><orderID>{}</orderID>\
         <logisticsName>顺丰</logisticsName><logisticsTel>95338</logisticsTel><logisticsOrderID>SF1</logisticsOrderID>\
         <SendGoodsList>{lines}</SendGoodsList></OrderInfo></OrdersList></request>\n",
        order.id
    );
    let dir = std::env::temp_dir().join(format!("dangdang-cli-upload-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("send.xml");
    std::fs::write(&file, document).unwrap();

    let output = run(&sandbox, &["call", "sendGoods.php", "--upload", file.to_str().unwrap()]);
    assert_code(&output, 0);
    let reply: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    // The typed reply: Rust names, the result code with its name.
    let result = &reply["result"]["orders_list"][0];
    assert_eq!(result["order_id"], order.id);
    assert_eq!(result["order_oper_code"], serde_json::json!({"code": "0", "name": "Success"}), "{reply}");
    assert_eq!(sandbox.shop().orders[&order.id].state, 300, "the order is shipped");

    // Without the document, or with an unreadable one, nothing is sent.
    let requests = sandbox.requests().len();
    assert_code(&run(&sandbox, &["call", "sendGoods.php"]), 2);
    let missing = run(&sandbox, &["call", "sendGoods.php", "--upload", dir.join("nope.xml").to_str().unwrap()]);
    assert_code(&missing, 2);
    assert!(stderr(&missing).contains("cannot read"), "{}", stderr(&missing));
    assert_code(&run(&sandbox, &["call", "orders_list_get", "--upload", file.to_str().unwrap()]), 2);
    // A document that breaks the spec's layout is refused before sending (exit 3).
    for bad in ["<OrdersList><OrderInfo><nope>1</nope></OrderInfo></OrdersList>", "<Wrong/>", "<OrdersList><OrderInfo>"]
    {
        let bad_file = dir.join("bad.xml");
        std::fs::write(&bad_file, bad).unwrap();
        let refused = run(&sandbox, &["call", "sendGoods.php", "--upload", bad_file.to_str().unwrap()]);
        assert_code(&refused, 3);
        assert!(stderr(&refused).contains("invalid `sendGoods`"), "{bad}: {}", stderr(&refused));
    }
    assert_eq!(sandbox.requests().len(), requests);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_json_document_ships_the_order_and_a_wrong_one_is_refused_before_sending() {
    let sandbox = sandbox();
    let order = sandbox.shop().orders.values().find(|order| order.state == 101).cloned().expect("an order to ship");
    let lines: Vec<serde_json::Value> = order
        .lines
        .iter()
        .map(|line| serde_json::json!({ "item_id": line.item_id, "send_goods_count": line.count }))
        .collect();
    // The shape `order_goods_send::upload::Document` serialises as.
    let document = serde_json::json!({ "orders_list": [{
        "order_id": order.id, "logistics_name": "顺丰", "logistics_tel": "95338",
        "logistics_order_id": "SF1", "send_goods_list": lines,
    }]});
    let dir = std::env::temp_dir().join(format!("dangdang-cli-document-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("send.json");
    std::fs::write(&file, document.to_string()).unwrap();

    let output = run(&sandbox, &["call", "dangdang.order.goods.send", "--document", file.to_str().unwrap()]);
    assert_code(&output, 0);
    let reply: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(reply["result"]["orders_list"][0]["order_oper_code"]["name"], "Success", "{reply}");
    assert_eq!(sandbox.shop().orders[&order.id].state, 300, "the order is shipped");
    let upload = sandbox.last_request().and_then(|request| request.upload).expect("a file part");
    assert_eq!(upload.field, "sendGoods");
    assert!(upload.text.contains("<logisticsOrderID>SF1</logisticsOrderID>"), "{}", upload.text);

    // Wrong shapes (a misspelt key, a text id, a required field left out) and documents
    // for methods without a typed document are refused; nothing is sent.
    let requests = sandbox.requests().len();
    for (bad, code, says) in [
        (r#"{"orders_lists": []}"#, 3, "unknown field `orders_lists`"),
        (r#"{"orders_list": [{"order_id": "五"}]}"#, 3, "invalid type: string"),
        (r#"{"orders_list": [{"order_id": 1}]}"#, 3, "missing field `logistics_name`"),
        ("not json", 2, "is not JSON"),
    ] {
        std::fs::write(&file, bad).unwrap();
        let refused = run(&sandbox, &["call", "dangdang.order.goods.send", "--document", file.to_str().unwrap()]);
        assert_code(&refused, code);
        assert!(stderr(&refused).contains(says), "{bad}: {}", stderr(&refused));
        assert!(!stderr(&refused).contains('五'), "the value is repeated: {}", stderr(&refused));
    }
    std::fs::write(&file, "{}").unwrap();
    assert_code(&run(&sandbox, &["call", "dangdang.items.pics.set", "--document", file.to_str().unwrap()]), 2);
    let both = ["call", "sendGoods.php", "--document", file.to_str().unwrap(), "--upload", file.to_str().unwrap()];
    assert_code(&run(&sandbox, &both), 2);
    assert_eq!(sandbox.requests().len(), requests);
    std::fs::remove_dir_all(dir).unwrap();
}
