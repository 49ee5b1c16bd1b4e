//! `ServerThread`: an axum app served on `127.0.0.1:0` from its own thread, stopped when dropped.

use std::net::SocketAddr;
use std::thread::JoinHandle;

use axum::Router;
use dangdang_sandbox::serve;
use tokio::sync::oneshot;

/// A running loopback server (see [`serve`]); dropping it shuts the server down and joins it.
#[derive(Debug)]
pub struct ServerThread {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl ServerThread {
    /// Binds `127.0.0.1:0` and serves `app` on a thread named `name-PORT`.
    ///
    /// # Panics
    /// When the socket cannot be bound or the server cannot start.
    pub fn start(name: &str, app: Router) -> ServerThread {
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0))
            .and_then(|listener| listener.set_nonblocking(true).map(|()| listener))
            .unwrap_or_else(|err| panic!("{name}: cannot bind 127.0.0.1:0: {err}"));
        let addr = listener.local_addr().unwrap_or_else(|err| panic!("{name}: no local address: {err}"));
        let (shutdown_tx, shutdown_rx) = oneshot::channel();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name(format!("{name}-{}", addr.port()))
            .spawn(move || serve(listener, app, shutdown_rx, ready_tx))
            .unwrap_or_else(|err| panic!("{name}: cannot spawn the server thread: {err}"));
        match ready_rx.recv() {
            Ok(Ok(())) => {}
            Ok(Err(err)) => panic!("{name}: the server failed to start: {err}"),
            Err(_) => panic!("{name}: the server thread died while starting"),
        }
        ServerThread { addr, shutdown: Some(shutdown_tx), thread: Some(thread) }
    }

    /// The address served.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for ServerThread {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
