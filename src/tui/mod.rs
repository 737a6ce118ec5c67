//! The terminal app: ratatui over crossterm, in the Elm shape.
//!
//! ```text
//! event ──► keymap ──► Action ──► update(&mut App) ──► Effect (run loop)
//!                                      │
//!                              view(&App, Frame)  (draws only)
//! ```
//!
//! `app` holds the model (a screen stack, an optional overlay, one state struct per
//! screen), `keymap` the bindings as data (which also produce help and hints),
//! `screens` and `widgets` the drawing, `run` the terminal session, and `text` any
//! screen as plain text for `netdojo screen`.

pub mod action;
pub mod app;
pub mod catalog;
pub mod content;
pub mod event;
pub mod input;
pub mod keymap;
pub mod layout;
pub mod run;
pub mod screens;
pub mod text;
pub mod theme;
pub mod update;
pub mod view;
pub mod widgets;

pub use run::{Options, RunError, run};
// Exam
pub use app::exam::ExamSetup;
pub use run::{ExamEnd, run_exam};
pub use text::{ScreenError, ScreenName, ScreenRequest, ScreenSize, render_screen, render_to_text};
