//! Lessons: the content model, the parser of lesson files, the content checker,
//! and the one loader that reads lesson files from the binary or from a folder.
//!
//! Everything here is pure except [`load`], the only code that touches files.
//!
//! ```text
//! model.rs    Lesson, Block, Span, Question: what a reader shows
//! parse.rs    one file's text -> Lesson + problems (front.rs: TOML, markdown.rs: body)
//! skills.rs   the skill catalog; catalog.rs: the calculator ids
//! check.rs    every rule of the format, across files and languages
//! verify.rs   recomputing answers with the calculator core
//! library.rs  the lessons of a set of files, in curriculum order
//! plain.rs    a lesson as plain text of a given width (wrap.rs: CJK-aware wrapping)
//! load.rs     the embedded lessons and `load_dir` for authors
//! ```

pub mod catalog;
pub mod check;
mod front;
pub mod library;
mod lines;
pub mod load;
mod markdown;
pub mod model;
pub mod parse;
pub mod plain;
pub mod skills;
pub mod source;
pub mod verify;
pub mod wrap;

pub use library::Library;
pub use model::{
    Align, Block, BlockKind, CalcEmbed, CodeBlock, Heading, Lang, Lesson, List, ListItem, Meta,
    MetaLines, Question, QuestionEmbed, QuestionKind, Span, Style, Table, TocEntry, UnknownLang,
    Verify, choice_letter, plain_text,
};
pub use parse::{Parsed, parse};
pub use source::{Problem, SourceFile, relative_path};
