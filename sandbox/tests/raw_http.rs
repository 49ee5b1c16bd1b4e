//! The sandbox over raw HTTP/1.1 on `std::net::TcpStream`: GET, form and multipart intake, malformed
//! requests, replies set by hand (sequences, raw, cut, huge, delayed).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use dangdang_sandbox::reply::{Delivery, HUGE_CHUNK};
use dangdang_sandbox::wire::{decode_gbk, parse_urlencoded, transcode_xml};
use dangdang_sandbox::{Reply, Sandbox};

/// The sandbox's request body limit (25 MB).
const BODY_LIMIT: usize = 25 * 1024 * 1024;

const ORDERS: &str = "dangdang.orders.list.get";
const SEND_GOODS: &str = "dangdang.order.goods.send";

struct RawResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl RawResponse {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        decode_gbk(&self.body).0
    }
}

/// Sends `head` (request line + headers, without the blank line) and `body`, reads to EOF.
fn exchange(server: &Sandbox, head: &str, body: &[u8]) -> RawResponse {
    let mut stream = TcpStream::connect(server.addr()).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    let mut request =
        format!("{head}\r\nHost: {}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n", server.addr(), body.len())
            .into_bytes();
    request.extend_from_slice(body);
    stream.write_all(&request).expect("write");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read");
    parse_response(&raw)
}

fn parse_response(raw: &[u8]) -> RawResponse {
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("end of headers");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).expect("status line");
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect();
    let mut body = raw[split + 4..].to_vec();
    let chunked = headers.iter().any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    if chunked {
        body = dechunk(&body);
    }
    RawResponse { status, headers, body }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").expect("chunk size");
        let size_text = String::from_utf8_lossy(&data[..line_end]).into_owned();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16).expect("chunk size hex");
        if size == 0 {
            return out;
        }
        let start = line_end + 2;
        out.extend_from_slice(&data[start..start + size]);
        data = &data[start + size + 2..];
    }
}

fn orders_reply() -> &'static str {
    "<?xml version=\"1.0\" encoding=\"GBK\"?><response><functionID>dangdang.orders.list.get\
     </functionID><time>2015-06-01 10:00:05</time><OrdersList><OrderInfo><orderID>1</orderID>\
     <consigneeName>张三</consigneeName></OrderInfo></OrdersList></response>"
}

/// One multipart part: name, filename, content type, bytes.
type Part<'a> = (&'a str, Option<&'a str>, Option<&'a str>, &'a [u8]);

fn multipart_body(boundary: &str, parts: &[Part<'_>]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, filename, content_type, bytes) in parts {
        body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        let mut disposition = format!("Content-Disposition: form-data; name=\"{name}\"");
        if let Some(f) = filename {
            disposition.push_str(&format!("; filename=\"{f}\""));
        }
        body.extend_from_slice(disposition.as_bytes());
        body.extend_from_slice(b"\r\n");
        if let Some(ct) = content_type {
            body.extend_from_slice(format!("Content-Type: {ct}\r\n").as_bytes());
        }
        body.extend_from_slice(b"\r\n");
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    body
}

#[test]
fn signed_get_is_served_the_reply_in_gbk() {
    let server = Sandbox::start().expect("the sandbox starts");
    server.respond(ORDERS, Reply::xml(orders_reply()));
    let query = server.signed_query(ORDERS, &[("pageSize", "20"), ("remark", "中文 测试")]);
    assert!(query.contains("remark=%D6%D0%CE%C4+%B2%E2%CA%D4"), "{query}");
    let response = exchange(&server, &format!("GET /openapi/rest?{query} HTTP/1.1"), b"");

    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-type"), Some("text/xml"));
    assert_eq!(response.body, transcode_xml(orders_reply()).unwrap());
    // 张三 in GBK.
    assert!(response.body.windows(4).any(|w| w == b"\xD5\xC5\xC8\xFD"));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let rec = &requests[0];
    assert!(rec.accepted(), "{:?}", rec.rejection);
    assert_eq!(rec.http_method, "GET");
    assert_eq!(rec.api_method.as_deref(), Some(ORDERS));
    assert_eq!(rec.system_params.len(), 8);
    assert_eq!(rec.business_params["remark"], "中文 测试");
    assert_eq!(rec.business_params["pageSize"], "20");
    assert!(rec.warnings.is_empty(), "{:?}", rec.warnings);
}

#[test]
fn badly_signed_get_gets_error_response() {
    let server = Sandbox::start().expect("the sandbox starts");
    server.respond(ORDERS, Reply::xml(orders_reply()));
    let query = server.signed_query(ORDERS, &[]);
    let (before, after) = query.split_once("&sign=").unwrap();
    let rest = &after[32..];
    let bad = format!("{before}&sign=C53504B74FE22700822A8F08A903D10C{rest}");
    let response = exchange(&server, &format!("GET /openapi/rest?{bad} HTTP/1.1"), b"");

    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-type"), Some("text/xml"));
    let text = response.text();
    assert!(
        text.starts_with(
            "<?xml version=\"1.0\" encoding=\"GBK\"?><errorResponse><errorCode>2</errorCode><errorMessage>签名错误"
        ),
        "{text}"
    );
    let rec = server.last_request().unwrap();
    assert_eq!(rec.error_code, Some(2));
    assert!(rec.rejection.unwrap().contains("sign mismatch"));
}

#[test]
fn form_post_with_v_in_the_url() {
    let server = Sandbox::start().expect("the sandbox starts");
    server.respond(ORDERS, Reply::xml(orders_reply()));
    let body = server.signed_query(ORDERS, &[("os", "当当")]);
    let response = exchange(
        &server,
        "POST /openapi/rest?v=1.0 HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded",
        body.as_bytes(),
    );
    assert_eq!(response.status, 200);
    assert!(response.text().contains("张三"));
    let rec = server.last_request().unwrap();
    assert!(rec.accepted(), "{:?}", rec.rejection);
    assert_eq!(rec.business_params["os"], "当当");
}

#[test]
fn multipart_upload_with_params_in_the_query() {
    let server = Sandbox::start().expect("the sandbox starts");
    server.respond(
        SEND_GOODS,
        Reply::xml("<response><Result><operCode>0</operCode><operation>成功</operation></Result></response>"),
    );
    let xml = transcode_xml("<?xml version=\"1.0\" encoding=\"GBK\"?><request><functionID>dangdang.order.goods.send</functionID><remark>顺丰</remark></request>").unwrap();
    let body = multipart_body("XyZ", &[("sendGoods", Some("sendGoods.xml"), Some("text/xml"), &xml)]);
    let query = server.signed_query(SEND_GOODS, &[]);
    let response = exchange(
        &server,
        &format!("POST /openapi/rest?{query} HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=XyZ"),
        &body,
    );
    assert_eq!(response.status, 200);
    assert!(response.text().contains("成功"));
    let rec = server.last_request().unwrap();
    assert!(rec.accepted(), "{:?}", rec.rejection);
    let upload = rec.upload.unwrap();
    assert_eq!(upload.field, "sendGoods");
    assert_eq!(upload.filename.as_deref(), Some("sendGoods.xml"));
    assert_eq!(upload.content_type.as_deref(), Some("text/xml"));
    assert_eq!(upload.declared_encoding.as_deref(), Some("GBK"));
    assert_eq!(upload.bytes, xml);
    assert!(upload.text.contains("<remark>顺丰</remark>"));
}

#[test]
fn multipart_upload_with_params_as_gbk_text_parts() {
    let server = Sandbox::start().expect("the sandbox starts");
    server.respond(SEND_GOODS, Reply::xml("<response/>"));
    let query = server.signed_query(SEND_GOODS, &[("note", "中文")]);
    let mut pairs: Vec<(String, Vec<u8>)> = Vec::new();
    let mut problems = Vec::new();
    for (k, v) in parse_urlencoded(query.as_bytes(), &mut problems) {
        let (gbk, _, _) = encoding_rs::GBK.encode(&v);
        pairs.push((k, gbk.into_owned()));
    }
    let mut parts: Vec<Part<'_>> =
        pairs.iter().map(|(k, v)| (k.as_str(), None, Some("text/plain; charset=GBK"), v.as_slice())).collect();
    let file = b"<request><functionID>x</functionID></request>".to_vec();
    parts.push(("sendGoods", Some("sendGoods"), None, &file));
    let body = multipart_body("b0undary", &parts);
    let response =
        exchange(&server, "POST /openapi/rest HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b0undary", &body);
    assert_eq!(response.status, 200);
    let rec = server.last_request().unwrap();
    assert!(rec.accepted(), "{:?}", rec.rejection);
    assert_eq!(rec.business_params["note"], "中文");
    assert_eq!(rec.upload.unwrap().declared_encoding, None);

    // Two file parts are refused.
    let two = multipart_body(
        "b0undary",
        &[("sendGoods", Some("a.xml"), None, b"<a/>"), ("other", Some("b.xml"), None, b"<b/>")],
    );
    let response = exchange(
        &server,
        &format!("POST /openapi/rest?{query} HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=b0undary"),
        &two,
    );
    assert!(response.text().contains("<errorCode>7</errorCode>"), "{}", response.text());
}

#[test]
fn malformed_requests_get_error_responses_and_the_server_survives() {
    let server = Sandbox::start().expect("the sandbox starts");
    server.respond(ORDERS, Reply::xml(orders_reply()));

    let response = exchange(&server, "GET /openapi/rest?method=%ZZ&x=%FF%FE%80 HTTP/1.1", b"");
    assert!(response.text().contains("<errorCode>1</errorCode>"));
    let rec = server.last_request().unwrap();
    assert_eq!(rec.error_code, Some(1));
    assert_eq!(rec.warnings.len(), 2, "{:?}", rec.warnings);

    let query = server.signed_query(ORDERS, &[]);
    let response = exchange(
        &server,
        &format!("POST /openapi/rest?{query} HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=zz"),
        b"--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ntruncated",
    );
    assert!(response.text().contains("<errorCode>7</errorCode>"), "{}", response.text());

    let response =
        exchange(&server, &format!("POST /openapi/rest?{query} HTTP/1.1\r\nContent-Type: multipart/form-data"), b"");
    assert!(response.text().contains("<errorCode>7</errorCode>"));

    let response = exchange(&server, "PUT /openapi/rest HTTP/1.1", b"");
    assert_eq!(response.status, 405);
    assert!(response.text().contains("<errorCode>8</errorCode>"));

    let response = exchange(&server, "GET /elsewhere HTTP/1.1", b"");
    assert_eq!(response.status, 404);

    let response = exchange(&server, &format!("GET /openapi/rest?{query} HTTP/1.1"), b"");
    assert_eq!(response.status, 200);
    assert!(response.text().contains("张三"));
    assert_eq!(server.requests().len(), 5, "every gateway request is recorded; other paths are not");
}

#[test]
fn shop_answers_unknown_methods_sequences_and_raw_replies() {
    let server = Sandbox::start().expect("the sandbox starts");
    let get = |method: &str| {
        let query = server.signed_query(method, &[]);
        exchange(&server, &format!("GET /openapi/rest?{query} HTTP/1.1"), b"")
    };
    let text = get(ORDERS).text();
    assert!(text.contains("<totalInfo>"), "without a reply set by hand the shop answers: {text}");
    let text = get("dangdang.no.such.method").text();
    assert!(text.contains("<errorCode>9</errorCode>") && text.contains("dangdang.no.such.method"), "{text}");

    server.respond_sequence(
        ORDERS,
        vec![
            Reply::xml("<response><page>1</page></response>"),
            Reply::xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><page>二</page></response>"),
            Reply::raw(502, "text/html", b"<html>bad gateway</html>".to_vec()),
        ],
    );
    assert!(get(ORDERS).text().contains("<page>1</page>"));
    let second = get(ORDERS);
    assert!(String::from_utf8(second.body).unwrap().contains("<page>二</page>"));
    for _ in 0..2 {
        let third = get(ORDERS);
        assert_eq!(third.status, 502);
        assert_eq!(third.header("content-type"), Some("text/html"));
        assert_eq!(third.body, b"<html>bad gateway</html>");
    }
    assert_eq!(server.requests_for(ORDERS).len(), 5);
    assert_eq!(server.requests().len(), 6);
}

#[test]
fn drop_does_not_wait_for_a_delayed_reply() {
    let server = Sandbox::start().expect("the sandbox starts");
    server.respond(ORDERS, Reply::xml("<response/>").delayed(Duration::from_secs(60)));
    let query = server.signed_query(ORDERS, &[]);
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream.set_read_timeout(Some(Duration::from_millis(300))).unwrap();
    write!(stream, "GET /openapi/rest?{query} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut buf = [0u8; 16];
    assert!(stream.read(&mut buf).is_err(), "answered before the delay");
    assert_eq!(server.requests().len(), 1);
    let started = Instant::now();
    drop(server);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn works_inside_a_tokio_test() {
    let server = Sandbox::start().expect("the sandbox starts");
    server.respond(ORDERS, Reply::xml(orders_reply()));
    let server = tokio::task::spawn_blocking(move || {
        let query = server.signed_query(ORDERS, &[]);
        let response = exchange(&server, &format!("GET /openapi/rest?{query} HTTP/1.1"), b"");
        assert_eq!(response.status, 200);
        server
    })
    .await
    .unwrap();
    assert_eq!(server.requests().len(), 1);
    drop(server);
}

#[test]
fn oversized_bodies_are_refused() {
    let server = Sandbox::start().expect("the sandbox starts");
    let query = server.signed_query(ORDERS, &[]);
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(
        stream,
        "POST /openapi/rest?{query} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\na=b",
        BODY_LIMIT + 1
    )
    .unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let response = parse_response(&raw);
    assert_eq!(response.status, 413);
    assert!(response.text().contains("<errorCode>6</errorCode>"));
    assert_eq!(server.last_request().unwrap().error_code, Some(6));
}

/// Sends a signed GET for `method` and reads whatever arrives until the server closes or resets.
fn get_until_closed(server: &Sandbox, method: &str) -> Vec<u8> {
    let query = server.signed_query(method, &[]);
    let mut stream = TcpStream::connect(server.addr()).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(stream, "GET /openapi/rest?{query} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return raw,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
        }
    }
}

#[test]
fn a_cut_reply_announces_the_whole_length_and_sends_only_the_start() {
    let server = Sandbox::start().expect("the sandbox starts");
    let full = transcode_xml(orders_reply()).unwrap();
    server.respond(ORDERS, Reply::xml(orders_reply()).cut_after(40));
    let raw = get_until_closed(&server, ORDERS);
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("the headers are sent") + 4;
    let response = parse_response(&raw[..split]);
    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-length"), Some(full.len().to_string().as_str()));
    assert_eq!(response.header("transfer-encoding"), None);
    assert_eq!(&raw[split..], &full[..40], "exactly the first 40 bytes, then the connection drops");

    server.respond(ORDERS, Reply::xml(orders_reply()).cut_after(0));
    let raw = get_until_closed(&server, ORDERS);
    assert!(raw.ends_with(b"\r\n\r\n"), "headers only: {:?}", String::from_utf8_lossy(&raw));
}

#[test]
fn a_huge_reply_is_generated_as_it_is_read() {
    let server = Sandbox::start().expect("the sandbox starts");
    let len = 3 * HUGE_CHUNK as u64 + 17;
    server.respond(ORDERS, Reply::huge(len));
    let raw = get_until_closed(&server, ORDERS);
    let response = parse_response(&raw);
    assert_eq!(response.status, 200);
    assert_eq!(response.header("content-length"), Some(len.to_string().as_str()));
    assert_eq!(response.body.len() as u64, len);
    assert!(response.body.starts_with(b"<?xml version=\"1.0\" encoding=\"GBK\"?><response><remark>xxx"));
    assert!(response.body.ends_with(b"xxx"));
    assert_eq!(server.streamed_bytes(), len);
    assert_eq!(server.open_streams(), 0);
}

#[test]
fn cut_and_huge_replies_that_cannot_be_served_are_refused() {
    assert!(Reply::xml("<a/>").cut_after(4).render().is_err(), "a cut must leave something out");
    assert!(Reply::huge(10).render().is_err(), "the head is longer than the body");
    assert!(Reply::huge(1 << 20).cut_after(5).render().is_err(), "a generated body cannot be cut");
    let rendered = Reply::xml("<a/>").cut_after(2).delayed(Duration::from_millis(3)).render().unwrap();
    assert_eq!(rendered.delivery, Delivery::CutAfter(2));
    assert_eq!(rendered.delay, Duration::from_millis(3));
}
