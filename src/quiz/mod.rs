//! Practice: generated questions with worked explanations, and answer checking.
//!
//! Everything here is pure: generators take a seeded ChaCha8 generator, the checker
//! takes a question and a line of input.
//!
//! ```text
//! model.rs      Question, Kind, Choice, Value, Text: what every face shows
//! mistake.rs    the named mistakes behind wrong answers, with a sentence each
//! draw.rs       seeded draws with fixed algorithms (determinism across versions)
//! generators/   one generator family per file, and the skill registry
//! answer.rs     forgiving reading of choices, true/false and orders (NFKC, A-D/1-4, ○/×)
//! check.rs      judging a typed answer to a practice question
//! lesson.rs     lesson questions as practice questions
//! session.rs    a practice run: order, retry queue, per-skill tally
//! ```

pub mod answer;
pub mod check;
pub mod draw;
pub mod generators;
pub mod lesson;
pub mod mistake;
pub mod model;
pub mod session;
