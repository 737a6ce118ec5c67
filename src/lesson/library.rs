//! The lessons of a set of files, in curriculum order, found by id and language.

use super::model::{Lang, Lesson};
use super::parse::parse;
use super::source::{Problem, SourceFile};

/// Every lesson that could be read, in both languages, sorted by module, then
/// order, then id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    lessons: Vec<Lesson>,
}

impl Library {
    /// Parses every file; files whose front matter cannot be read are left out.
    /// The problems are those of parsing only (run [`crate::lesson::check::check`]
    /// for every rule).
    ///
    /// ```
    /// use netdojo::lesson::{Lang, Library, SourceFile};
    /// let file = |stem: &str, module: &str| SourceFile {
    ///     lang: Lang::En,
    ///     stem: stem.into(),
    ///     label: format!("en/{stem}.md"),
    ///     text: format!("+++\nformat_version = 1\nid = \"{stem}\"\nmodule = \"{module}\"\norder = 1\ntitle = \"T\"\n+++\n"),
    /// };
    /// let (library, problems) = Library::from_sources(&[file("b", "M11"), file("a", "M3")]);
    /// assert!(problems.is_empty());
    /// let ids: Vec<&str> = library.lessons(Lang::En).map(|l| l.meta.id.as_str()).collect();
    /// assert_eq!(ids, ["a", "b"]);
    /// ```
    pub fn from_sources(files: &[SourceFile]) -> (Library, Vec<Problem>) {
        let mut lessons = Vec::new();
        let mut problems = Vec::new();
        for file in files {
            let parsed = parse(&file.text, &file.label, file.lang);
            problems.extend(parsed.problems);
            lessons.extend(parsed.lesson);
        }
        lessons.sort_by(|a, b| {
            let key = |l: &Lesson| (l.meta.module_number().unwrap_or(u8::MAX), l.meta.order);
            key(a).cmp(&key(b)).then_with(|| a.meta.id.cmp(&b.meta.id))
        });
        (Library { lessons }, problems)
    }

    /// The lessons in `lang`, in curriculum order.
    pub fn lessons(&self, lang: Lang) -> impl Iterator<Item = &Lesson> {
        self.lessons.iter().filter(move |l| l.lang == lang)
    }

    /// The lesson with this id in `lang`.
    ///
    /// ```
    /// use netdojo::lesson::{Lang, Library};
    /// assert!(Library::default().find("m03-subnetting", Lang::En).is_none());
    /// ```
    pub fn find(&self, id: &str, lang: Lang) -> Option<&Lesson> {
        self.lessons(lang).find(|l| l.meta.id == id)
    }

    /// Whether no lesson could be read.
    ///
    /// ```
    /// use netdojo::lesson::Library;
    /// assert!(Library::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.lessons.is_empty()
    }
}
