//! The sandbox's test credentials, tolerances and start-up options ([`SandboxBuilder`]).

use std::fmt;

use crate::clock::Clock;

/// The test credentials the sandbox accepts, and how far a request's timestamp may be off.
#[derive(Clone, PartialEq, Eq)]
pub struct SandboxConfig {
    /// The only `app_key` accepted.
    pub app_key: String,
    /// The secret `sign` is verified with.
    pub app_secret: String,
    /// The only `session` (access token) accepted.
    pub session: String,
    /// How far `timestamp` (read as Beijing time) may be from the system clock, either way.
    pub max_clock_skew: chrono::Duration,
}

impl Default for SandboxConfig {
    /// The credentials of the protocol reference's signature test vector 1 (public, invented for
    /// the reference), and 10 minutes of skew.
    fn default() -> Self {
        SandboxConfig {
            app_key: "2100000000".to_string(),
            app_secret: "TESTSECRET0123456789ABCDEFABCDEF".to_string(),
            session: "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789".to_string(),
            max_clock_skew: chrono::Duration::minutes(10),
        }
    }
}

impl fmt::Debug for SandboxConfig {
    /// The secret and the session are never shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SandboxConfig")
            .field("app_key", &self.app_key)
            .field("app_secret", &"<redacted>")
            .field("session", &"<redacted>")
            .field("max_clock_skew", &self.max_clock_skew)
            .finish()
    }
}

/// Options of a sandbox about to start: `Sandbox::builder().port(8080).seed(1).orders(200).start()`.
#[derive(Debug, Clone)]
pub struct SandboxBuilder {
    pub(crate) port: u16,
    pub(crate) seed: u64,
    pub(crate) orders: usize,
    pub(crate) items: usize,
    pub(crate) config: SandboxConfig,
    pub(crate) clock: Clock,
    pub(crate) log_calls: bool,
}

impl Default for SandboxBuilder {
    /// Port 0 (any free port), seed 1, 40 orders, 12 items, the default credentials, the system
    /// clock, no call log.
    fn default() -> Self {
        SandboxBuilder {
            port: 0,
            seed: 1,
            orders: 40,
            items: 12,
            config: SandboxConfig::default(),
            clock: Clock::system(),
            log_calls: false,
        }
    }
}

impl SandboxBuilder {
    /// The port on `127.0.0.1` (0: any free port).
    pub fn port(mut self, port: u16) -> Self {
        self.port = port;
        self
    }

    /// The seed of the shop's contents: the same seed and counts give the same shop.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = seed;
        self
    }

    /// How many orders the shop starts with.
    pub fn orders(mut self, orders: usize) -> Self {
        self.orders = orders;
        self
    }

    /// How many items the shop starts with (at least 1 is kept: orders need something to sell).
    pub fn items(mut self, items: usize) -> Self {
        self.items = items.max(1);
        self
    }

    /// The credentials and timestamp tolerance.
    pub fn config(mut self, config: SandboxConfig) -> Self {
        self.config = config;
        self
    }

    /// The shop's clock (seeded order times count back from its time at start).
    pub fn clock(mut self, clock: Clock) -> Self {
        self.clock = clock;
        self
    }

    /// Prints one line per call on stderr: verb, method and outcome, never parameters or credentials.
    pub fn log_calls(mut self, log: bool) -> Self {
        self.log_calls = log;
        self
    }

    /// Binds `127.0.0.1:port` and starts serving; see [`crate::Sandbox::start`].
    pub fn start(self) -> std::io::Result<crate::Sandbox> {
        crate::Sandbox::start_with(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_hides_secret_and_session() {
        let config = SandboxConfig::default();
        let shown = format!("{config:?} {:?}", SandboxBuilder::default());
        assert!(!shown.contains(&config.app_secret) && !shown.contains(&config.session), "{shown}");
        assert!(shown.contains(&config.app_key));
    }
}
