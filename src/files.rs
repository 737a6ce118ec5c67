//! Safe file writing shared by every file netdojo keeps (progress, exam results and
//! autosaves): atomic replacement, and unreadable files kept aside instead of being
//! overwritten.
//!
//! - A write goes to a hidden temporary file in the same folder (a rename across file
//!   systems would not be atomic), is synced, renamed over the target, and the folder
//!   is synced. A crash leaves the old file or the new one, never half of one; a
//!   leftover temporary file is ignored by readers.
//! - A file that cannot be understood is renamed to the first free
//!   `<name>.corrupt-<n>`, so a later write never destroys what a person may want back.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A file system error with the file or folder it happened to.
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct FileError {
    /// The file or folder.
    pub path: PathBuf,
    /// What went wrong.
    pub source: io::Error,
}

impl FileError {
    fn new(path: &Path, source: io::Error) -> Self {
        FileError {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// The temporary file a write goes to before it is renamed into place: hidden, in
/// the same folder, named after the target and this process.
///
/// ```
/// use std::path::Path;
/// use netdojo::files::temp_path;
/// let temp = temp_path(Path::new("out/a.json"));
/// assert!(temp.to_string_lossy().starts_with("out/.a.json.tmp-"));
/// ```
pub fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.tmp-{}", std::process::id()))
}

/// Replaces `path` with `bytes` atomically, creating its folder if needed.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("sub/a.json");
/// netdojo::files::write_atomic(&path, b"{}\n").unwrap();
/// assert_eq!(std::fs::read(&path).unwrap(), b"{}\n");
/// ```
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let dir = folder_of(path);
    fs::create_dir_all(dir).map_err(|e| FileError::new(dir, e))?;
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
        return Err(FileError::new(&temp, e));
    }
    fs::rename(&temp, path).map_err(|e| {
        let _ = fs::remove_file(&temp);
        FileError::new(path, e)
    })?;
    sync_dir(dir);
    Ok(())
}

/// Renames a file that cannot be understood to the first free `<name>.corrupt-<n>`
/// and returns the new path.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("progress.json");
/// std::fs::write(&path, "not json").unwrap();
/// let aside = netdojo::files::move_aside(&path).unwrap();
/// assert!(aside.ends_with("progress.json.corrupt-1"));
/// assert!(!path.exists());
/// ```
pub fn move_aside(path: &Path) -> Result<PathBuf, FileError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 1..10_000u32 {
        let candidate = path.with_file_name(format!("{name}.corrupt-{n}"));
        if !candidate.exists() {
            fs::rename(path, &candidate).map_err(|e| FileError::new(path, e))?;
            sync_dir(folder_of(path));
            return Ok(candidate);
        }
    }
    Err(FileError::new(
        path,
        io::Error::other("too many corrupt copies already"),
    ))
}

/// Deletes a file durably; `Ok(false)` if there was none.
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let path = dir.path().join("a.json");
/// std::fs::write(&path, "{}").unwrap();
/// assert_eq!(netdojo::files::remove(&path).unwrap(), true);
/// assert_eq!(netdojo::files::remove(&path).unwrap(), false);
/// ```
pub fn remove(path: &Path) -> Result<bool, FileError> {
    match fs::remove_file(path) {
        Ok(()) => {
            sync_dir(folder_of(path));
            Ok(true)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(FileError::new(path, e)),
    }
}

/// The folder holding `path` (`.` for a bare file name).
fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Makes a rename or removal durable where the platform can open a folder; elsewhere
/// the operation is still atomic and only its durability is left to the system.
fn sync_dir(dir: &Path) {
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}
