//! [`Sandbox`]: the running server on `127.0.0.1`, on its own thread and tokio runtime, stopped on drop.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::any;
use tokio::sync::oneshot;

use crate::admin::ADMIN_PATH;
use crate::clock::Clock;
use crate::config::{SandboxBuilder, SandboxConfig};
use crate::faults::Faults;
use crate::gateway::{Book, GATEWAY_PATH, Shared};
use crate::intake::BODY_LIMIT;
use crate::oauth::{FakeOAuth, TOKEN_PATH, handle_token};
use crate::reply::Reply;
use crate::request::ReceivedRequest;
use crate::shop::{Shop, seeded};
use crate::signature::{beijing_now, compute_sign};
use crate::wire::percent_encode_gbk;

/// A running sandbox gateway, stopped when dropped.
#[derive(Debug)]
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    oauth: Arc<FakeOAuth>,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Sandbox {
    /// A sandbox on `127.0.0.1:0` (any free port) with the default options ([`SandboxBuilder::default`]).
    pub fn start() -> std::io::Result<Sandbox> {
        Sandbox::builder().start()
    }

    /// Options for [`SandboxBuilder::start`].
    pub fn builder() -> SandboxBuilder {
        SandboxBuilder::default()
    }

    pub(crate) fn start_with(options: SandboxBuilder) -> std::io::Result<Sandbox> {
        let spec = crate::spec::embedded()
            .map_err(|problems| std::io::Error::new(std::io::ErrorKind::InvalidData, problems))?;
        let listener = std::net::TcpListener::bind(("127.0.0.1", options.port))?;
        let addr = listener.local_addr()?;
        listener.set_nonblocking(true)?;

        let shop = seeded(options.seed, options.items, options.orders, options.clock.now());
        let oauth = Arc::new(FakeOAuth::new(options.config.clone()));
        let shared = Arc::new(Shared {
            config: options.config,
            spec,
            clock: options.clock,
            shop: Mutex::new(shop),
            faults: Faults::new(options.seed),
            book: Mutex::new(Book::default()),
            meter: Arc::default(),
            handler_time: Default::default(),
            replies: Default::default(),
            log: options.log_calls,
        });
        let app = Router::new()
            .route(TOKEN_PATH, any(handle_token).with_state(Arc::clone(&oauth)))
            .route(GATEWAY_PATH, any(crate::gateway::handle))
            .route(ADMIN_PATH, any(crate::admin::handle))
            .route(&format!("{ADMIN_PATH}/{{*rest}}"), any(crate::admin::handle))
            .layer(DefaultBodyLimit::max(BODY_LIMIT))
            .with_state(Arc::clone(&shared));

        let (shutdown_tx, shutdown_rx) = oneshot::channel();
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new()
            .name(format!("dangdang-sandbox-{}", addr.port()))
            .spawn(move || serve(listener, app, shutdown_rx, ready_tx))?;
        match ready_rx.recv() {
            Ok(Ok(())) => {}
            Ok(Err(err)) => return Err(std::io::Error::other(err)),
            Err(_) => return Err(std::io::Error::other("the sandbox thread died while starting")),
        }
        Ok(Sandbox { addr, shared, oauth, shutdown: Some(shutdown_tx), thread: Some(thread) })
    }

    /// The gateway URL, `http://127.0.0.1:PORT/openapi/rest`.
    pub fn endpoint(&self) -> String {
        format!("{}{GATEWAY_PATH}", self.base_url())
    }

    /// The OAuth token endpoint, `http://127.0.0.1:PORT/token` (see [`crate::oauth`]).
    pub fn token_url(&self) -> String {
        format!("{}{TOKEN_PATH}", self.base_url())
    }

    /// The admin root, `http://127.0.0.1:PORT/sandbox` (see [`crate::admin`]).
    pub fn admin_url(&self) -> String {
        format!("{}{ADMIN_PATH}", self.base_url())
    }

    /// The server root, `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The socket address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The test credentials it accepts.
    pub fn config(&self) -> &SandboxConfig {
        &self.shared.config
    }

    /// The test `app_key`.
    pub fn app_key(&self) -> &str {
        &self.shared.config.app_key
    }

    /// The test app secret.
    pub fn app_secret(&self) -> &str {
        &self.shared.config.app_secret
    }

    /// The test session (access token).
    pub fn session(&self) -> &str {
        &self.shared.config.session
    }

    /// The fault rules: `sandbox.faults().next(method, n, Fault::Throttle)`.
    pub fn faults(&self) -> &Faults {
        &self.shared.faults
    }

    /// The shop's clock (move a manual one with [`Clock::advance`]).
    pub fn clock(&self) -> &Clock {
        &self.shared.clock
    }

    /// A copy of the shop's current state.
    pub fn shop(&self) -> Shop {
        self.shared.shop().clone()
    }

    /// Changes the shop's state directly (set up a test case).
    pub fn with_shop<T>(&self, change: impl FnOnce(&mut Shop) -> T) -> T {
        let changed = change(&mut self.shared.shop());
        self.shared.replies.clear();
        changed
    }

    /// Serves `reply` for every call of `api_method` that passes the system checks, instead of the
    /// shop's answer (for replies the shop cannot produce: hostile or hand-written fixtures, or a
    /// method name the spec does not have); [`Sandbox::clear_reply`] removes it. Business
    /// parameters are not validated for such calls.
    pub fn respond(&self, api_method: &str, reply: Reply) {
        self.respond_sequence(api_method, vec![reply]);
    }

    /// Gives `api_method` back to the shop (undoes [`Sandbox::respond`]).
    pub fn clear_reply(&self, api_method: &str) {
        self.respond_sequence(api_method, Vec::new());
    }

    /// Replies served in order, one per call, the last one repeating (as [`Sandbox::respond`]);
    /// an empty list gives the method back to the shop.
    pub fn respond_sequence(&self, api_method: &str, replies: Vec<Reply>) {
        let mut book = self.shared.book();
        if replies.is_empty() {
            book.overrides.remove(api_method);
        } else {
            book.overrides.insert(api_method.to_string(), replies.into());
        }
    }

    /// Answers every call of `api_method` that passes the system checks **and** the spec's
    /// validation with `handler(business parameters)`, in place of the shop (faults still apply):
    /// for a test's own adversarial state, e.g. orders that change between page fetches. The
    /// returned text is served as XML (GBK, as its declaration says).
    pub fn answer_with(
        &self,
        api_method: &str,
        handler: impl Fn(&std::collections::BTreeMap<String, String>) -> String + Send + Sync + 'static,
    ) {
        self.shared.book().handlers.insert(api_method.to_string(), Arc::new(handler));
    }

    /// The token endpoint's registrations and recorded requests.
    pub fn oauth(&self) -> &FakeOAuth {
        &self.oauth
    }

    /// Every gateway request received, in order (session and sign redacted).
    pub fn requests(&self) -> Vec<ReceivedRequest> {
        self.shared.book().requests.clone()
    }

    /// The requests whose `method` is `api_method`.
    pub fn requests_for(&self, api_method: &str) -> Vec<ReceivedRequest> {
        self.requests().into_iter().filter(|r| r.api_method.as_deref() == Some(api_method)).collect()
    }

    /// Forgets the gateway requests received so far (long benchmark runs keep the log small).
    pub fn clear_requests(&self) {
        self.shared.book().requests.clear();
    }

    /// The most recent gateway request.
    pub fn last_request(&self) -> Option<ReceivedRequest> {
        self.shared.book().requests.last().cloned()
    }

    /// Body bytes of [`Reply::Huge`] replies handed to connections so far.
    pub fn streamed_bytes(&self) -> u64 {
        self.shared.meter.bytes()
    }

    /// [`Reply::Huge`] bodies still being sent (a body is closed once finished or once its
    /// connection is gone).
    pub fn open_streams(&self) -> usize {
        self.shared.meter.open()
    }

    /// Gateway calls handled so far and the time spent handling them (not sending bodies): the
    /// sandbox's own cost, for benchmarks.
    pub fn handler_time(&self) -> (u64, std::time::Duration) {
        self.shared.handler_time.total()
    }

    /// A correctly signed query string for `api_method` (current Beijing time, the test
    /// credentials) followed by `business` params, every value GBK percent-encoded.
    pub fn signed_query(&self, api_method: &str, business: &[(&str, &str)]) -> String {
        let config = &self.shared.config;
        let timestamp = beijing_now();
        let mut params: Vec<(&str, &str)> = vec![
            ("v", "1.0"),
            ("method", api_method),
            ("timestamp", &timestamp),
            ("format", "xml"),
            ("app_key", &config.app_key),
            ("sign_method", "md5"),
            ("session", &config.session),
        ];
        let signed = params.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let sign = compute_sign(&config.app_secret, &signed);
        params.push(("sign", &sign));
        params.extend_from_slice(business);
        params
            .iter()
            .map(|(k, v)| format!("{}={}", percent_encode_gbk(k), percent_encode_gbk(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Body of a server thread: serves `app` on `listener` from a current-thread runtime, reports
/// start-up on `ready`, and stops at the shutdown signal, dropping open connections. (Also the
/// body of the test crate's other loopback servers.)
#[doc(hidden)]
pub fn serve(
    listener: std::net::TcpListener,
    app: Router,
    shutdown: oneshot::Receiver<()>,
    ready: std::sync::mpsc::Sender<Result<(), String>>,
) {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            let _ = ready.send(Err(err.to_string()));
            return;
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::from_std(listener) {
            Ok(listener) => listener,
            Err(err) => {
                let _ = ready.send(Err(err.to_string()));
                return;
            }
        };
        let _ = ready.send(Ok(()));
        tokio::select! {
            _ = async { axum::serve(listener, app).await } => {}
            _ = shutdown => {}
        }
    });
    runtime.shutdown_timeout(std::time::Duration::from_secs(1));
}
