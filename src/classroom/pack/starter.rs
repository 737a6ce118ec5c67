//! The starter pack `netdojo class new` prints: every setting, with what it means
//! in the description.

use super::{Pack, read};
use crate::lesson::{Library, load};

/// The starter pack's text, as printed.
pub const STARTER: &str = include_str!("../../../assets/packs/starter.json");

/// The starter pack, read (it uses one lesson question, from the built-in lessons).
///
/// ```
/// use netdojo::classroom::pack::{starter, Mode};
/// assert_eq!(starter().mode, Mode::Variant);
/// ```
pub fn starter() -> Pack {
    let (library, _) = Library::from_sources(&load::embedded());
    // The text is checked by a test; should it ever fail to read, an empty pack
    // with the same title is the least surprising fallback.
    read(STARTER, &library).unwrap_or_else(|_| Pack {
        format_version: super::FORMAT_VERSION,
        title: "My first pack".to_owned(),
        description: String::new(),
        languages: vec![crate::lang::Lang::En],
        seed: 0,
        mode: super::Mode::Same,
        shuffle: super::Shuffle::default(),
        time_limit: super::TimeLimit::default(),
        points: 1,
        feedback: super::Feedback::End,
        allow: super::Allow::default(),
        questions: Vec::new(),
    })
}
