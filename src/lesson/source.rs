//! Lesson files as text, and the problems found in them.

use std::fmt;

use serde::Serialize;

use super::model::Lang;

/// One lesson file's text with where it came from; the loader makes these, the
/// parser and the checker read them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The language folder the file is in (`en/` or `ja/`).
    pub lang: Lang,
    /// The file name without `.md`, which must equal the lesson's id.
    pub stem: String,
    /// How messages name the file, for example `lessons/en/m03-subnetting.md`.
    pub label: String,
    /// The whole file.
    pub text: String,
}

impl SourceFile {
    /// Path of the file inside a lessons folder, such as `en/m03-subnetting.md`.
    ///
    /// ```
    /// use netdojo::lesson::{Lang, SourceFile};
    /// let file = SourceFile { lang: Lang::Ja, stem: "m03-x".into(), label: "x".into(), text: String::new() };
    /// assert_eq!(file.relative_path(), "ja/m03-x.md");
    /// ```
    pub fn relative_path(&self) -> String {
        relative_path(self.lang, &self.stem)
    }
}

/// Path of a lesson file inside a lessons folder: `<lang>/<stem>.md`.
///
/// ```
/// use netdojo::lesson::{relative_path, Lang};
/// assert_eq!(relative_path(Lang::En, "m08-dns"), "en/m08-dns.md");
/// ```
pub fn relative_path(lang: Lang, stem: &str) -> String {
    format!("{}/{stem}.md", lang.code())
}

/// Something wrong in a lesson file, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file's label (see [`SourceFile::label`]).
    pub file: String,
    /// 1-based line in the file.
    pub line: usize,
    /// One sentence saying what is wrong and, where it helps, what would be right.
    pub message: String,
}

impl Problem {
    /// A problem in `file` at `line`.
    ///
    /// ```
    /// use netdojo::lesson::Problem;
    /// let p = Problem::new("en/a.md", 3, "unknown skill \"x\"");
    /// assert_eq!(p.to_string(), "en/a.md:3: unknown skill \"x\"");
    /// ```
    pub fn new(file: &str, line: usize, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_owned(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}
