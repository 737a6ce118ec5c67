//! Learner progress.
