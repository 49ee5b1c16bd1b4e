//! Captures everything a TRACE-level `tracing` subscriber writes, for tests that check logs never
//! carry secrets or personal data.

use std::sync::{Arc, Mutex, PoisonError};

/// A writer that keeps every byte written to it, shared by its clones.
#[derive(Debug, Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    /// Everything written so far, as text (lossy).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs `scenario` on a fresh current-thread runtime under a TRACE subscriber (every event and span,
/// no colours) and returns what it wrote.
///
/// # Panics
/// When the runtime cannot start (this is a test helper).
pub fn traced(scenario: impl FnOnce(&tokio::runtime::Runtime)) -> String {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    tracing::subscriber::with_default(subscriber, || scenario(&runtime));
    captured.text()
}
