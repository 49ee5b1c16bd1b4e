//! A scripted hostile HTTP server on `127.0.0.1`: it reads each request and then hangs, trickles a
//! body a byte at a time, or answers a fixed raw reply (redirects). It records every connection and
//! every byte received, so a test can assert that a second host received nothing at all.
//!
//! Hand-written on `std::net` rather than axum: hanging and dripping need control of the socket
//! below any HTTP framework, and a listener that only counts must not answer anything.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

/// How long a hanging connection is held at most (tests end long before).
pub const HANG_LIMIT: Duration = Duration::from_secs(60);

/// What the server does once it has read a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Behaviour {
    /// Sends nothing; holds the connection open until the client leaves or [`HANG_LIMIT`].
    Hang,
    /// Sends `200 OK` headers with a `Content-Length` of a megabyte, then one body byte every `every`.
    Drip {
        /// Pause between two body bytes.
        every: Duration,
    },
    /// Sends these exact bytes (status line, headers, body), then closes.
    Raw(Vec<u8>),
    /// Reads and records, never answers, closes at once (a listener that must receive nothing).
    Silent,
}

impl Behaviour {
    /// A redirect reply: `status` with `Location: location` and an empty body.
    pub fn redirect(status: u16, location: &str) -> Behaviour {
        Behaviour::Raw(
            format!(
                "HTTP/1.1 {status} Moved\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )
            .into_bytes(),
        )
    }
}

/// The running server; stops (and drops every connection) when dropped.
#[derive(Debug)]
pub struct HostileServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

#[derive(Debug, Default)]
struct Shared {
    stop: AtomicBool,
    connections: Mutex<usize>,
    received: Mutex<Vec<u8>>,
}

impl HostileServer {
    /// Binds `127.0.0.1:0` and serves every connection with `behaviour` on its own thread.
    ///
    /// # Panics
    /// When the socket cannot be bound (this is a test helper).
    pub fn start(behaviour: Behaviour) -> HostileServer {
        HostileServer::start_with(|_| behaviour)
    }

    /// As [`HostileServer::start`], with the behaviour made from the bound address (a redirect to
    /// the server itself over https, say).
    ///
    /// # Panics
    /// When the socket cannot be bound (this is a test helper).
    pub fn start_with(behaviour: impl FnOnce(SocketAddr) -> Behaviour) -> HostileServer {
        let listener = TcpListener::bind(("127.0.0.1", 0)).expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local address");
        let behaviour = behaviour(addr);
        let shared = Arc::new(Shared::default());
        let accepting = Arc::clone(&shared);
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if accepting.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                *accepting.connections.lock().unwrap_or_else(PoisonError::into_inner) += 1;
                let (shared, behaviour) = (Arc::clone(&accepting), behaviour.clone());
                std::thread::spawn(move || serve(stream, &behaviour, &shared));
            }
        });
        HostileServer { addr, shared, thread: Some(thread) }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> usize {
        *self.shared.connections.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Every byte received so far, all connections together.
    pub fn received(&self) -> Vec<u8> {
        self.shared.received.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl Drop for HostileServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Reads one request (head and `Content-Length` body, or what arrives within a short wait), then
/// behaves.
fn serve(mut stream: TcpStream, behaviour: &Behaviour, shared: &Shared) {
    if shared.stop.load(Ordering::SeqCst) {
        return;
    }
    let _ = stream.set_read_timeout(Some(Duration::from_millis(200)));
    let request = read_request(&mut stream);
    shared.received.lock().unwrap_or_else(PoisonError::into_inner).extend_from_slice(&request);
    match behaviour {
        Behaviour::Hang => hold(&mut stream, shared),
        Behaviour::Drip { every } => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: 1048576\r\n\r\n<";
            if stream.write_all(head.as_bytes()).is_err() {
                return;
            }
            let started = std::time::Instant::now();
            while !shared.stop.load(Ordering::SeqCst) && started.elapsed() < HANG_LIMIT {
                std::thread::sleep(*every);
                if stream.write_all(b"x").and_then(|()| stream.flush()).is_err() {
                    return;
                }
            }
        }
        Behaviour::Raw(bytes) => {
            let _ = stream.write_all(bytes);
        }
        Behaviour::Silent => {}
    }
}

/// Waits without answering until the client closes, the server stops or [`HANG_LIMIT`] passes.
fn hold(stream: &mut TcpStream, shared: &Shared) {
    let started = std::time::Instant::now();
    let mut buffer = [0u8; 1024];
    while !shared.stop.load(Ordering::SeqCst) && started.elapsed() < HANG_LIMIT {
        match stream.read(&mut buffer) {
            Ok(0) => return,
            Ok(_) => {}
            Err(error) if matches!(error.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(_) => return,
        }
    }
}

/// The request's bytes: the head, then as many body bytes as `Content-Length` says (or what comes
/// before the read timeout).
fn read_request(stream: &mut TcpStream) -> Vec<u8> {
    let mut request = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    loop {
        if let Some(end) = find(&request, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&request[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|line| line.strip_prefix("content-length:"))
                .and_then(|value| value.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if request.len() >= end + 4 + length {
                return request;
            }
        }
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return request,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}
