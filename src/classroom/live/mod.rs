//! The live classroom over SSH.
//!
//! ```text
//! identity  fingerprints, roster, display names (pure)
//! model     the session state machine: setup, events, phases, scores (pure)
//! journal   JSON Lines of events, synced; replay after a crash
//! commit    the journal thread: group commit, receipts after the sync
//! keys      terminal bytes to key events, robust to split reads (pure)
//! ```

pub mod commit;
pub mod identity;
pub mod journal;
pub mod keys;
pub mod model;
