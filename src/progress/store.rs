//! The one place progress touches the disk.
//!
//! - The file is readable JSON with a `version` field, in the user's data directory
//!   (or in the folder the caller names, for `NETDOJO_HOME`; the caller reads the
//!   environment and passes the path in).
//! - Writes are atomic: a temporary file in the same folder is written and synced,
//!   renamed over the old file, and the folder is synced. A crash leaves either the
//!   old file or the new one, never half of one; a leftover temporary file is ignored.
//! - A file that cannot be understood is never overwritten: it is renamed to
//!   `progress.json.corrupt-<n>` and the caller gets a warning to show.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::model::{FORMAT_VERSION, Progress};
use crate::files::{self, FileError};

/// The file name inside the data folder.
pub const FILE_NAME: &str = "progress.json";

/// Where progress lives: `home/progress.json` when a home folder is given (from
/// `NETDOJO_HOME`), else the platform's data folder for netdojo; `None` if the
/// platform has none.
pub fn path_in(home: Option<&Path>) -> Option<PathBuf> {
    match home {
        Some(home) => Some(home.join(FILE_NAME)),
        None => directories::ProjectDirs::from("", "", "netdojo")
            .map(|dirs| dirs.data_dir().join(FILE_NAME)),
    }
}

/// Why progress could not be loaded or saved.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file was written by a newer netdojo; it is left alone.
    #[error(
        "{path} was written by a newer netdojo (format version {found}, this one reads {FORMAT_VERSION}); it is left as it is"
    )]
    Newer {
        /// The file.
        path: String,
        /// The version in the file.
        found: u64,
    },
    /// A file system error.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: String,
        /// The error.
        source: io::Error,
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

/// Progress as loaded, with a warning when a bad file was moved aside.
#[derive(Debug)]
pub struct Loaded {
    /// The progress (empty when there was no file or a bad one).
    pub progress: Progress,
    /// One line to show the learner, when something was moved aside.
    pub warning: Option<String>,
}

/// Loads progress; a missing file gives empty progress, a corrupt one is moved aside.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Ok(Loaded {
                progress: Progress::default(),
                warning: None,
            });
        }
        Err(e) => return Err(io_error(path, e)),
    };
    let value: Result<serde_json::Value, _> = serde_json::from_slice(&bytes);
    let version = value
        .as_ref()
        .ok()
        .and_then(|v| v.get("version"))
        .and_then(serde_json::Value::as_u64);
    if let Some(found) = version.filter(|&v| v > u64::from(FORMAT_VERSION)) {
        return Err(StoreError::Newer {
            path: path.display().to_string(),
            found,
        });
    }
    let parsed = value
        .map_err(|e| e.to_string())
        .and_then(|v| serde_json::from_value::<Progress>(v).map_err(|e| e.to_string()));
    match parsed {
        Ok(progress) => Ok(Loaded {
            progress,
            warning: None,
        }),
        Err(reason) => {
            let aside = files::move_aside(path)?;
            Ok(Loaded {
                progress: Progress::default(),
                warning: Some(format!(
                    "{} could not be read ({reason}); it was moved to {} and progress starts afresh",
                    path.display(),
                    aside.display()
                )),
            })
        }
    }
}

pub use crate::files::temp_path;

/// Saves progress atomically, creating the folder if needed.
pub fn save(path: &Path, progress: &Progress) -> Result<(), StoreError> {
    let mut json =
        serde_json::to_vec_pretty(progress).map_err(|e| io_error(path, io::Error::other(e)))?;
    json.push(b'\n');
    Ok(files::write_atomic(path, &json)?)
}

/// Deletes the progress file; `Ok(false)` if there was none.
pub fn reset(path: &Path) -> Result<bool, StoreError> {
    Ok(files::remove(path)?)
}
