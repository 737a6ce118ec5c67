//! netdojo: a terminal tutor for networking and cloud-infrastructure fundamentals.
//!
//! The crate is a library plus one binary. The library is split by one rule:
//! everything that can be computed lives in a pure core, and everything else is a
//! thin face over it.
//!
//! ```text
//! calc/     pure core: addresses, subnets, route tables, VPC plans, availability
//! lesson/   lesson files: content model, parser, checker, plain-text renderer, loader
//! quiz/     practice: question generators, answer checking, sessions
//! progress/ results per skill, spaced review, the progress file
//! classroom/ quiz packs, exams, result files, class reports, GIFT export
//! files     atomic writes and unreadable files kept aside (progress, results)
//! format/   text renderings of core values, shared by the command line and the app
//! i18n/     the interface's strings in English and Japanese, display-width layout
//! cli/      command-line face: clap arguments, text and JSON Lines output
//! tui/      terminal face: ratatui app (model, keymap, views), `netdojo screen`
//! classroom/ classroom sessions; live/ runs a quiz over SSH
//! ```
//!
//! The core takes plain values and returns plain values: no terminal, no files, no
//! clock, no environment, no unseeded randomness. Faces call it and format its
//! results, so a result looks the same wherever it is shown.

pub mod calc;
pub mod classroom;
pub mod cli;
pub mod files;
pub mod format;
pub mod i18n;
pub mod lang;
pub mod lesson;
pub mod progress;
pub mod quiz;
pub mod tui;
