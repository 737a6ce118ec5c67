//! One view per screen and overlay. Drawing only: each view reads its state and
//! writes cells; nothing here changes the model.

pub mod calc;
pub mod cli_view;
// Exam
pub mod exam;
pub mod help;
pub mod home;
pub mod reader;
// Practice
pub mod practice;
pub mod stats;
