//! The one place lessons are read from: the copies compiled into the binary, or a
//! folder on disk for authors (`--lessons DIR`). Everything else is pure.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use super::library::Library;
use super::model::Lang;
use super::source::{Problem, SourceFile};

/// `(language folder, file stem, text)` of every file under `lessons/en` and
/// `lessons/ja` at build time, written by `build.rs`.
const EMBEDDED: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/embedded_lessons.rs"));

/// The lesson files compiled into the binary, labelled `lessons/<lang>/<id>.md`.
///
/// ```
/// let files = netdojo::lesson::load::embedded();
/// assert!(files.iter().all(|f| f.label.starts_with("lessons/")));
/// ```
pub fn embedded() -> Vec<SourceFile> {
    EMBEDDED
        .iter()
        .filter_map(|(lang, stem, text)| {
            let lang: Lang = lang.parse().ok()?;
            Some(SourceFile {
                lang,
                stem: (*stem).to_owned(),
                label: format!("lessons/{lang}/{stem}.md"),
                text: (*text).to_owned(),
            })
        })
        .collect()
}

/// The lessons compiled into the binary as a library, parsed on first use and
/// shared after that (they are constants of the build, so parsing them again
/// could only give the same result).
///
/// ```
/// use netdojo::lesson::{load, Lang};
/// let library = load::embedded_library();
/// assert!(library.find("m03-subnetting", Lang::Ja).is_some());
/// ```
pub fn embedded_library() -> Arc<Library> {
    static LIBRARY: OnceLock<Arc<Library>> = OnceLock::new();
    LIBRARY
        .get_or_init(|| Arc::new(Library::from_sources(&embedded()).0))
        .clone()
}

/// Why a lessons folder could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path is not a folder.
    #[error("\"{0}\" is not a folder (expected a folder holding en/ and ja/)")]
    NotAFolder(String),
    /// The folder or one of its language folders could not be listed.
    #[error("\"{path}\" cannot be read: {source}")]
    Unreadable {
        /// The folder.
        path: String,
        /// Why.
        source: io::Error,
    },
}

/// The files of a lessons folder, and problems with files that could not be read.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Every `*.md` file of `en/` and `ja/`, sorted by language then name.
    pub files: Vec<SourceFile>,
    /// Files that exist but could not be read (not UTF-8, no permission).
    pub problems: Vec<Problem>,
}

/// Reads every `*.md` file of `dir/en` and `dir/ja` (a missing language folder
/// holds no lessons). Labels are the paths as `dir` was given, such as
/// `lessons/en/m03-subnetting.md`.
pub fn load_dir(dir: &Path) -> Result<Loaded, LoadError> {
    let shown = |p: &Path| p.display().to_string();
    let meta = fs::metadata(dir).map_err(|source| LoadError::Unreadable {
        path: shown(dir),
        source,
    })?;
    if !meta.is_dir() {
        return Err(LoadError::NotAFolder(shown(dir)));
    }
    let mut loaded = Loaded::default();
    for lang in Lang::ALL {
        let folder = dir.join(lang.code());
        if !folder.is_dir() {
            continue;
        }
        let unreadable = |source| LoadError::Unreadable {
            path: shown(&folder),
            source,
        };
        let mut paths: Vec<PathBuf> = fs::read_dir(&folder)
            .map_err(unreadable)?
            .map(|entry| entry.map(|e| e.path()))
            .collect::<Result<_, _>>()
            .map_err(unreadable)?;
        paths.sort();
        for path in paths {
            let Some(stem) = lesson_stem(&path) else {
                continue;
            };
            let label = shown(&path);
            match fs::read_to_string(&path) {
                Ok(text) => loaded.files.push(SourceFile {
                    lang,
                    stem,
                    label,
                    text,
                }),
                Err(e) => {
                    loaded
                        .problems
                        .push(Problem::new(&label, 1, format!("cannot be read: {e}")))
                }
            }
        }
    }
    Ok(loaded)
}

/// The stem of a lesson file: `m03-x` for `m03-x.md`; `None` for other files,
/// hidden files and folders.
fn lesson_stem(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".md")?;
    if stem.is_empty() || name.starts_with('.') || path.is_dir() {
        return None;
    }
    Some(stem.to_owned())
}
