//! Stub until the generator's output is merged: `cargo xtask gen` replaces this directory with
//! one module per group, the code tables in `types`, the shapes, the catalog and the `Client`
//! methods. Hand-written only so the crate builds on its own.

/// Shared code tables (none yet).
pub mod types {}

/// What the spec says of each method (none yet).
pub mod catalog {}

/// Every method in the spec, in spec order (none yet).
pub const METHODS: [crate::MethodInfo; 0] = [];
