//! The one place the classroom touches the disk: packs, rosters and result files.
//!
//! - Writes are atomic ([`crate::files`]): a crash leaves the old file or the new
//!   one, never half of one.
//! - While an exam runs, its answers are autosaved to `.<stem>.autosave.json` after
//!   every answer; submitting writes `<stem>.json` and removes the autosave.
//! - A file that cannot be read as a result is never overwritten: an autosave that
//!   cannot be read is renamed to `<name>.corrupt-<n>` before a new one is begun.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::result::{ResultFile, file_stem};
use crate::files::{self, FileError};

/// Why a file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file system error.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The error.
        source: io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{0}: not UTF-8 text")]
    NotText(String),
    /// The file is not a result file.
    #[error("{path}: {reason}")]
    NotAResult {
        /// The file.
        path: String,
        /// Why.
        reason: String,
    },
}

impl From<FileError> for StoreError {
    fn from(e: FileError) -> Self {
        io_error(&e.path, e.source)
    }
}

fn io_error(path: &Path, source: io::Error) -> StoreError {
    StoreError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// Reads a text file (a pack, a roster, a result).
pub fn read_text(path: &Path) -> Result<String, StoreError> {
    let bytes = fs::read(path).map_err(|e| io_error(path, e))?;
    String::from_utf8(bytes).map_err(|_| StoreError::NotText(path.display().to_string()))
}

/// Reads a result file.
pub fn read_result(path: &Path) -> Result<ResultFile, StoreError> {
    let text = read_text(path)?;
    ResultFile::from_json(&text).map_err(|e| StoreError::NotAResult {
        path: path.display().to_string(),
        reason: e.to_string(),
    })
}

/// The result files of a folder: `*.json`, not hidden (autosaves and temporary
/// files are hidden), sorted by name.
pub fn result_files(dir: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir).map_err(|e| io_error(dir, e))? {
        let path = entry.map_err(|e| io_error(dir, e))?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.is_some_and(|n| n.ends_with(".json") && !n.starts_with('.')) && path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

/// Where a student's submitted result goes.
///
/// ```
/// use std::path::Path;
/// use netdojo::classroom::store::final_path;
/// assert_eq!(final_path(Path::new("out"), "Aiko"), Path::new("out/aiko-effdb4e5.json"));
/// ```
pub fn final_path(dir: &Path, student: &str) -> PathBuf {
    dir.join(format!("{}.json", file_stem(student)))
}

/// Where a student's exam in progress is autosaved.
///
/// ```
/// use std::path::Path;
/// use netdojo::classroom::store::autosave_path;
/// assert_eq!(autosave_path(Path::new("out"), "Aiko"), Path::new("out/.aiko-effdb4e5.autosave.json"));
/// ```
pub fn autosave_path(dir: &Path, student: &str) -> PathBuf {
    dir.join(format!(".{}.autosave.json", file_stem(student)))
}

/// An autosave found when an exam starts.
#[derive(Debug)]
pub struct Resumed {
    /// The answers so far; `None` when there was no usable autosave.
    pub result: Option<ResultFile>,
    /// One line to show when an unreadable autosave was moved aside.
    pub warning: Option<String>,
}

/// Looks for a student's autosave. One that cannot be read is moved aside (never
/// overwritten) and the exam starts afresh with a warning.
pub fn resume(dir: &Path, student: &str) -> Result<Resumed, StoreError> {
    let path = autosave_path(dir, student);
    if !path.exists() {
        return Ok(Resumed {
            result: None,
            warning: None,
        });
    }
    match read_result(&path) {
        Ok(result) => Ok(Resumed {
            result: Some(result),
            warning: None,
        }),
        Err(StoreError::Io { path, source }) => Err(StoreError::Io { path, source }),
        Err(e) => {
            let aside = move_aside(&path)?;
            Ok(Resumed {
                result: None,
                warning: Some(format!(
                    "{e}; it was moved to {} and the exam starts afresh",
                    aside.display()
                )),
            })
        }
    }
}

/// Saves the answers so far.
pub fn autosave(dir: &Path, result: &ResultFile) -> Result<(), StoreError> {
    write_atomic(
        &autosave_path(dir, &result.student),
        result.to_json().as_bytes(),
    )
}

/// Writes the submitted result, then removes the autosave. Refuses to replace a
/// result already submitted.
pub fn submit(dir: &Path, result: &ResultFile) -> Result<PathBuf, StoreError> {
    let path = final_path(dir, &result.student);
    if path.exists() {
        return Err(io_error(
            &path,
            io::Error::new(
                io::ErrorKind::AlreadyExists,
                "a result was already submitted",
            ),
        ));
    }
    write_atomic(&path, result.to_json().as_bytes())?;
    let autosave = autosave_path(dir, &result.student);
    files::remove(&autosave)?;
    Ok(path)
}

pub use crate::files::temp_path;

/// Renames a bad file to the first free `<name>.corrupt-<n>` (see [`crate::files`]).
pub fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    Ok(files::move_aside(path)?)
}

/// Writes `bytes` to `path` atomically, creating the folder if needed (see
/// [`crate::files`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    Ok(files::write_atomic(path, bytes)?)
}
