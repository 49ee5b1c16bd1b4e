//! Shared by the runtime's integration tests: a JSON toy protocol in Wangdian's shape (status in
//! the body; 100 with a rate message is a throttle, 401 a refused session) and a loopback HTTP
//! server on the test's own runtime (so its clock is tokio's, paused or not).

#![allow(dead_code, reason = "each test file uses a part")]

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use open_platform_runtime::secrecy::SecretString;
use open_platform_runtime::{Call, Error, Protocol, RawBody, Session, Target, Verdict};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// The secret the toy signs nothing with, but lists as a credential (never in logs).
pub const APP_SECRET: &str = "TOY-APP-SECRET-0123456789";

/// A JSON protocol: `status` 0 is success, 100 with a rate-limit message is a throttle, 401 a
/// refused session. Sends `session=<token>` when it has a session.
#[derive(Debug, Default)]
pub struct Toy {
    pub session: Option<Session>,
}

impl Toy {
    /// A toy that sends `token` as its session.
    pub fn with_session(token: &str) -> Toy {
        Toy { session: Some(Session::new(SecretString::from(token.to_owned()))) }
    }
}

impl Protocol for Toy {
    fn name(&self) -> &'static str {
        "toy"
    }

    fn encode(&self, call: &Call, target: Target<'_>) -> Result<reqwest::RequestBuilder, Error> {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("method", call.method());
        query.extend_pairs(call.params.iter().map(|(name, value)| (name.as_ref(), value.as_str())));
        if let Some(session) = &self.session {
            session.with(|token| query.append_pair("session", token));
        }
        Ok(target.http.get(format!("{}?{}", target.endpoint, query.finish())))
    }

    fn classify(&self, call: &Call, body: &RawBody) -> Verdict {
        let Ok(json) = serde_json::from_slice::<Value>(body.bytes()) else { return Verdict::Success };
        let status = json["status"].as_i64().unwrap_or(0);
        let message = json["message"].as_str().unwrap_or_default().to_owned();
        let (method, code, raw) = (call.method(), status.to_string(), body.clone());
        match status {
            0 => Verdict::Success,
            100 if message.contains("频率") => Verdict::Throttled(Error::throttled(method, code, message, raw)),
            401 => Verdict::SessionExpired(Error::SessionExpired { method, code, message, raw }),
            _ => Verdict::Failed(Error::Business { method, code, message, envelope: None, raw }),
        }
    }

    fn secrets(&self) -> Vec<&str> {
        vec![APP_SECRET]
    }

    fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }
}

/// The toy's throttle reply.
pub const THROTTLE: &str = r#"{"status":100,"message":"超过每分钟最大调用频率限制，请稍后重试"}"#;
/// A success.
pub const OK: &str = r#"{"status":0,"data":{"things":[1]}}"#;

/// A JSON reply with status 200.
pub fn json(body: &str) -> String {
    reply(200, &[], body)
}

/// A whole HTTP/1.1 reply (the connection closes after it).
pub fn reply(status: u16, headers: &[(&str, &str)], body: &str) -> String {
    let mut head =
        format!("HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    format!("{head}connection: close\r\n\r\n{body}")
}

/// A loopback server; `seen` has every request line, in order.
pub struct Server {
    pub endpoint: String,
    pub seen: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// Requests received so far.
    pub fn count(&self) -> usize {
        self.seen.lock().unwrap().len()
    }
}

/// A server answering each request with `answer(request line)` (a whole HTTP reply), one
/// connection at a time.
pub async fn serve_with(mut answer: impl FnMut(&str) -> String + Send + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let endpoint = format!("http://{}/api", listener.local_addr().unwrap());
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && socket.read(&mut byte).await.unwrap_or(0) == 1 {
                head.push(byte[0]);
            }
            let line = String::from_utf8_lossy(&head).lines().next().unwrap_or_default().to_owned();
            log.lock().unwrap().push(line.clone());
            let _ = socket.write_all(answer(&line).as_bytes()).await;
        }
    });
    Server { endpoint, seen }
}

/// A server answering with the JSON bodies of `script` in order, then with `fallback` computed
/// from the request line.
pub async fn serve(script: Vec<String>, fallback: fn(&str) -> String) -> Server {
    let mut script = VecDeque::from(script);
    serve_with(move |line| json(&script.pop_front().unwrap_or_else(|| fallback(line)))).await
}
