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
//! terminal  a ratatui terminal writing into an SSH channel
//! limits    the limits and the counters that enforce them
//! host_key  the host key, made once, kept with mode 0600
//! hub       shared state: session, journal order, who is online, notes
//! server    the SSH side of a connection: auth, refusals, input budget
//! student   a student's screen loop over the SSH channel
//! host      the listener, accept loop, ticker, shutdown
//! roster    the roster file: fingerprints or public keys, names bound with " = "
//! demo      three fixed questions without a pack, for examples and tests
//! packrun   a quiz pack run live: each student's exam from the name they pick
//! results   the result files of a finished pack session, as `class take` writes them
//! teacher   the teacher's keymap rows and what the dashboard shows (pure)
//! dashboard the teacher's ratatui dashboard
//! run       the command line's runner: dashboard or headless, signals, summary
//! ```

pub mod commit;
pub mod dashboard;
pub mod demo;
pub mod host;
pub mod host_key;
pub mod hub;
pub mod identity;
pub mod journal;
pub mod keys;
pub mod limits;
pub mod model;
pub mod packrun;
pub mod results;
pub mod roster;
pub mod run;
pub mod screen;
pub mod server;
pub mod student;
pub mod teacher;
pub mod terminal;
pub mod text;
pub mod view;
