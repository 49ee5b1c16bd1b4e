//! An https front for any loopback server: a TLS-terminating proxy on `127.0.0.1` that forwards the
//! decrypted bytes to a plain address (the fake gateway, say), with a certificate for `127.0.0.1`
//! issued by a test CA in `tests/fixtures/tls/` (valid until 2126; trust it with [`ca_pem`]).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::thread::JoinHandle;

use tokio::sync::oneshot;
use tokio_rustls::TlsAcceptor;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio_rustls::rustls::{ServerConfig, crypto};

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/tls").join(name);
    std::fs::read(&path).unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()))
}

/// The test CA's certificate (PEM), to pass to `add_root_certificate_pem`.
///
/// # Panics
/// When the fixture is missing (this is a test helper).
pub fn ca_pem() -> Vec<u8> {
    fixture("ca.pem")
}

/// A running TLS proxy; stops when dropped.
#[derive(Debug)]
pub struct TlsProxy {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl TlsProxy {
    /// Listens on `127.0.0.1:0` and forwards every TLS connection to `backend` in plain TCP.
    ///
    /// # Panics
    /// When the certificate fixtures cannot be loaded or the socket bound (this is a test helper).
    pub fn start(backend: SocketAddr) -> TlsProxy {
        let certificates: Vec<CertificateDer<'static>> =
            CertificateDer::pem_slice_iter(&fixture("server.pem")).collect::<Result<_, _>>().expect("server.pem");
        let key = PrivateKeyDer::from_pem_slice(&fixture("server.key")).expect("server.key");
        let config = ServerConfig::builder_with_provider(Arc::new(crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_no_client_auth()
            .with_single_cert(certificates, key)
            .expect("certificate and key match");
        let acceptor = TlsAcceptor::from(Arc::new(config));
        let listener = std::net::TcpListener::bind(("127.0.0.1", 0)).expect("bind 127.0.0.1:0");
        listener.set_nonblocking(true).expect("non-blocking");
        let addr = listener.local_addr().expect("local address");
        let (shutdown, stop) = oneshot::channel();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
                tokio::select! {
                    () = accept_loop(listener, acceptor, backend) => {}
                    _ = stop => {}
                }
            });
        });
        TlsProxy { addr, shutdown: Some(shutdown), thread: Some(thread) }
    }

    /// `https://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("https://{}", self.addr)
    }
}

impl Drop for TlsProxy {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

async fn accept_loop(listener: tokio::net::TcpListener, acceptor: TlsAcceptor, backend: SocketAddr) {
    while let Ok((stream, _)) = listener.accept().await {
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let Ok(mut tls) = acceptor.accept(stream).await else { return };
            let Ok(mut plain) = tokio::net::TcpStream::connect(backend).await else { return };
            let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
        });
    }
}
