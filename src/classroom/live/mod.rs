//! The live classroom over SSH.
//!
//! ```text
//! identity  fingerprints, roster, display names (pure)
//! model     the session state machine: setup, events, phases, scores (pure)
//! ```

pub mod identity;
pub mod model;
