//! The one place the classroom touches the disk: packs, rosters and result files.
//!
//! - Writes are atomic: a temporary file in the same folder is written and synced,
//!   renamed over the target, and the folder is synced. A crash leaves the old file
//!   or the new one, never half of one; a leftover temporary file is ignored.
//! - While an exam runs, its answers are autosaved to `.<stem>.autosave.json` after
//!   every answer; submitting writes `<stem>.json` and removes the autosave.
//! - A file that cannot be read as a result is never overwritten: an autosave that
//!   cannot be read is renamed to `<name>.corrupt-<n>` before a new one is begun.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::result::{ResultFile, file_stem};

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
pub fn final_path(dir: &Path, student: &str) -> PathBuf {
    dir.join(format!("{}.json", file_stem(student)))
}

/// Where a student's exam in progress is autosaved.
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
    match fs::remove_file(&autosave) {
        Ok(()) => sync_dir(dir),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_error(&autosave, e)),
    }
    Ok(path)
}

/// Renames a bad file to the first free `<name>.corrupt-<n>`.
pub fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 1..10_000u32 {
        let candidate = path.with_file_name(format!("{name}.corrupt-{n}"));
        if !candidate.exists() {
            fs::rename(path, &candidate).map_err(|e| io_error(path, e))?;
            if let Some(dir) = path.parent() {
                sync_dir(dir);
            }
            return Ok(candidate);
        }
    }
    Err(io_error(
        path,
        io::Error::other("too many corrupt copies already"),
    ))
}

/// The temporary file a write goes to before it is renamed into place: hidden, in
/// the same folder (a rename across file systems would not be atomic).
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

/// Writes `bytes` to `path` atomically, creating the folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let temp = temp_path(path);
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&temp);
        return Err(io_error(&temp, e));
    }
    fs::rename(&temp, path).map_err(|e| {
        let _ = fs::remove_file(&temp);
        io_error(path, e)
    })?;
    sync_dir(dir);
    Ok(())
}

/// Makes a rename durable where the platform can open a folder; elsewhere the
/// rename is still atomic and only its durability is left to the system.
fn sync_dir(dir: &Path) {
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}
