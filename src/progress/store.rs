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

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::model::{FORMAT_VERSION, Progress};

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
            let aside = move_aside(path)?;
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

/// Renames a bad file to the first free `<name>.corrupt-<n>`.
fn move_aside(path: &Path) -> Result<PathBuf, StoreError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| FILE_NAME.to_owned());
    for n in 1..10_000u32 {
        let candidate = path.with_file_name(format!("{name}.corrupt-{n}"));
        if !candidate.exists() {
            fs::rename(path, &candidate).map_err(|e| io_error(path, e))?;
            return Ok(candidate);
        }
    }
    Err(io_error(
        path,
        io::Error::other("too many corrupt copies already"),
    ))
}

/// The temporary file a save writes before renaming it into place.
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| FILE_NAME.to_owned());
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

/// Saves progress atomically, creating the folder if needed.
pub fn save(path: &Path, progress: &Progress) -> Result<(), StoreError> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| io_error(dir, e))?;
    let mut json =
        serde_json::to_vec_pretty(progress).map_err(|e| io_error(path, io::Error::other(e)))?;
    json.push(b'\n');
    let temp = temp_path(path);
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temp)?;
        file.write_all(&json)?;
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

/// Makes the rename durable. Not every platform can open a folder; where it cannot,
/// the rename is still atomic, only its durability is left to the system.
fn sync_dir(dir: &Path) {
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}

/// Deletes the progress file; `Ok(false)` if there was none.
pub fn reset(path: &Path) -> Result<bool, StoreError> {
    match fs::remove_file(path) {
        Ok(()) => {
            if let Some(dir) = path.parent() {
                sync_dir(dir);
            }
            Ok(true)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(io_error(path, e)),
    }
}
