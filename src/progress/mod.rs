//! Learner progress: results per skill, a spaced-review schedule, and the one file
//! on disk that keeps them.
//!
//! ```text
//! day.rs       Day: a calendar day, passed in by the caller (the core reads no clock)
//! model.rs     Progress: per-skill records, daily history, streak, what is due
//! schedule.rs  the Scheduler trait and the Leitner boxes (same session, 1, 3, 7, 21 days)
//! store.rs     the only code that touches the disk: atomic JSON writes, corrupt files kept aside
//! ```

pub mod day;
pub mod model;
pub mod schedule;
pub mod store;

pub use day::Day;
pub use model::{Progress, SkillRecord};
pub use schedule::{Leitner, Scheduler};
