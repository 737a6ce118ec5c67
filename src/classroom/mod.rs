//! Classroom: quiz packs, the exam each student sees, result files, reports and
//! exports.
//!
//! Everything here is pure except [`store`], the only code that touches the disk.
//!
//! ```text
//! pack/      the pack format: model, reading with precise problems, the starter pack
//! seed.rs    how a student's seed and each question's seed are derived (portable)
//! exam.rs    the exact questions a student sees, in their order; grading one answer
//! result.rs  the result file: what a student typed, when, for which pack
//! grade.rs   a result graded against its pack (scores are always recomputed)
//! report.rs  a class's results: leaderboard, facility, wrong answers, skills, roster
//! gift.rs    the pack as Moodle GIFT
//! store.rs   atomic writes, autosaves, unreadable files kept aside
//! ```

pub mod exam;
pub mod gift;
pub mod grade;
pub mod pack;
pub mod report;
pub mod result;
pub mod seed;
pub mod store;
