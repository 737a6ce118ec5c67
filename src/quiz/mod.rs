//! Practice questions: reading and grading a learner's answers.
//!
//! ```text
//! answer.rs   forgiving answer reading (NFKC, letters or numbers, ○/×) and grading
//! ```

pub mod answer;
