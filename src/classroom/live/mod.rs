//! The live classroom over SSH.
//!
//! ```text
//! identity  fingerprints, roster, display names (pure)
//! model     the session state machine: setup, events, phases, scores (pure)
//! journal   JSON Lines of events, synced; replay after a crash
//! commit    the journal thread: group commit, receipts after the sync
//! keys      terminal bytes to key events, robust to split reads (pure)
//! screen    a student's screen as data: keys to actions, the view to draw (pure)
//! text      English and Japanese texts
//! view      draws a student's screen with ratatui
//! ```

pub mod commit;
pub mod identity;
pub mod journal;
pub mod keys;
pub mod model;
pub mod screen;
pub mod text;
pub mod view;
