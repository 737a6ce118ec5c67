//! The lessons the app can open, and the readers closed so far: a lesson
//! reopens where it was left (place, answers, search) while the app runs.

use std::collections::HashMap;
use std::sync::Arc;

use crate::lesson::Library;

use super::Screen;
use super::reader::ReaderState;

/// The library and the readers put aside.
#[derive(Debug, Clone, Default)]
pub struct Shelf {
    library: Arc<Library>,
    kept: HashMap<String, ReaderState>,
}

impl Shelf {
    /// A shelf over `library`, nothing read yet.
    pub fn new(library: Arc<Library>) -> Shelf {
        Shelf {
            library,
            kept: HashMap::new(),
        }
    }

    /// The lessons.
    pub fn library(&self) -> &Arc<Library> {
        &self.library
    }

    /// A reader of lesson `id`: the one put aside when it was last closed, or a
    /// new one at the top; `None` when the library has no such lesson.
    pub fn open(&mut self, id: &str) -> Option<ReaderState> {
        if let Some(kept) = self.kept.remove(id) {
            return Some(kept);
        }
        let reader = ReaderState::new(self.library.clone(), id);
        reader.exists().then_some(reader)
    }

    /// Puts a closed screen aside if it is a reader, so its lesson reopens where it was.
    pub fn keep(&mut self, screen: Screen) {
        if let Screen::Reader(reader) = screen {
            self.kept.insert(reader.id().to_owned(), *reader);
        }
    }
}
