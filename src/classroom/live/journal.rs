//! The journal of a live session: JSON Lines, a header with the setup, then one
//! [`Event`] per line in the order the session applied them.
//!
//! The host writes every event here and syncs the file to disk before a student sees
//! their answer acknowledged, so [`replay`] can rebuild the session after a crash or a
//! `kill -9` with every acknowledged answer in it. A last line cut short by the crash
//! is dropped with a warning; the writer cuts it off before appending again.
//!
//! ```text
//! {"journal":"netdojo-live","version":1,"setup":{...}}
//! {"event":"join","student":"SHA256:...","at":1718000000000}
//! {"event":"name","student":"SHA256:...","name":"Aiko"}
//! {"event":"open","question":0,"at":1718000005000}
//! {"event":"answer","student":"SHA256:...","question":0,"choice":2,"at":1718000009000}
//! ```

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::model::{Event, LiveSession, Refusal, Setup, SetupError};

/// The `journal` field of the header line.
pub const FORMAT: &str = "netdojo-live";
/// The version of the journal format this build reads and writes.
pub const VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
struct Header {
    journal: String,
    version: u32,
    setup: Setup,
}

/// Why a journal cannot be written or replayed.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The file system said no.
    #[error("{}: {source}", path.display())]
    Io {
        /// The journal's path.
        path: PathBuf,
        /// What went wrong.
        source: io::Error,
    },
    /// Creating a journal over an existing file.
    #[error("{} already exists: resume it with --resume, or choose another file", path.display())]
    Exists {
        /// The journal's path.
        path: PathBuf,
    },
    /// Nothing to replay.
    #[error("the journal is empty")]
    Empty,
    /// The first line is not a journal header.
    #[error("line 1 is not a netdojo live journal header: {reason}")]
    Header {
        /// Why it does not parse.
        reason: String,
    },
    /// A journal written by another version.
    #[error("the journal has format version {found}; this netdojo reads version 1")]
    Version {
        /// The version found.
        found: u32,
    },
    /// The header's setup does not pass its checks.
    #[error("the journal's setup is not valid: {0}")]
    Setup(SetupError),
    /// A line in the middle that is not an event.
    #[error("line {line} is not a journal event: {reason}")]
    Line {
        /// The line number, from 1.
        line: usize,
        /// Why it does not parse.
        reason: String,
    },
    /// An event the session refuses: the journal was edited or mixed up.
    #[error("line {line} cannot be replayed: {reason}")]
    Refused {
        /// The line number, from 1.
        line: usize,
        /// Why the session refuses it.
        reason: Refusal,
    },
}

/// A session rebuilt from a journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replayed {
    /// The session as it was when the last complete line was written; every student
    /// is marked absent, since no connection survives a restart.
    pub session: LiveSession,
    /// How many events were replayed.
    pub events: usize,
    /// How many bytes of the file are complete lines; anything after is cut off
    /// before the journal is appended to again.
    pub valid_len: u64,
    /// Problems that were worked around, one line each.
    pub warnings: Vec<String>,
}

/// Rebuilds a session from the bytes of a journal.
///
/// ```
/// use netdojo::classroom::live::journal::{encode_header, encode_event, replay};
/// use netdojo::classroom::live::model::*;
/// let setup = Setup {
///     title: "Demo".into(), code: "net101".into(),
///     pacing: Pacing::Teacher { question_secs: None },
///     questions: vec![LiveQuestion::new("q1", "?", "？", &["a", "b"], 0)],
///     board_visible: true, max_students: 40, roster: None, pack: None,
/// };
/// let mut bytes = encode_header(&setup).unwrap();
/// bytes.extend(encode_event(&Event::Open { question: 0, at: 5 }).unwrap());
/// bytes.extend(b"{\"event\":\"rev"); // cut short by a crash
/// let replayed = replay(&bytes).unwrap();
/// assert_eq!(replayed.events, 1);
/// assert_eq!(replayed.warnings.len(), 1);
/// assert_eq!(replayed.session.phase(), Phase::Open { question: 0, closes_at: None });
/// ```
pub fn replay(bytes: &[u8]) -> Result<Replayed, JournalError> {
    let mut lines: Vec<&[u8]> = bytes.split(|b| *b == b'\n').collect();
    // `split` yields what follows the last newline: empty when the file ends cleanly,
    // a torn line otherwise.
    let tail = lines.pop().unwrap_or_default();
    let mut warnings = Vec::new();
    let mut valid_len = bytes.len().saturating_sub(tail.len());
    if !tail.is_empty() {
        warnings.push(format!(
            "line {} was cut short (the host stopped while writing it) and is ignored",
            lines.len().saturating_add(1)
        ));
    }
    let Some((first, events)) = lines.split_first() else {
        return Err(JournalError::Empty);
    };
    let header: Header = serde_json::from_slice(first).map_err(|e| JournalError::Header {
        reason: e.to_string(),
    })?;
    if header.journal != FORMAT {
        return Err(JournalError::Header {
            reason: format!("the journal field is {:?}, not {FORMAT:?}", header.journal),
        });
    }
    if header.version != VERSION {
        return Err(JournalError::Version {
            found: header.version,
        });
    }
    let mut session = LiveSession::new(header.setup).map_err(JournalError::Setup)?;
    let mut count = 0;
    for (i, line) in events.iter().enumerate() {
        let number = i.saturating_add(2);
        let is_last = i.saturating_add(1) == events.len() && tail.is_empty();
        let event: Event = match serde_json::from_slice(line) {
            Ok(event) => event,
            // A garbled final line is what a crash can leave on some file systems
            // (a block of zeros, half a line): drop it like a torn one.
            Err(_) if is_last => {
                warnings.push(format!(
                    "line {number} is garbled (the host stopped while writing it) and is ignored"
                ));
                valid_len = valid_len.saturating_sub(line.len().saturating_add(1));
                break;
            }
            Err(e) => {
                return Err(JournalError::Line {
                    line: number,
                    reason: e.to_string(),
                });
            }
        };
        session
            .apply(&event)
            .map_err(|reason| JournalError::Refused {
                line: number,
                reason,
            })?;
        count += 1;
    }
    session.mark_all_absent();
    Ok(Replayed {
        session,
        events: count,
        valid_len: u64::try_from(valid_len).unwrap_or(u64::MAX),
        warnings,
    })
}

/// Reads and replays a journal file.
pub fn replay_file(path: &Path) -> Result<Replayed, JournalError> {
    let bytes = std::fs::read(path).map_err(|source| JournalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    replay(&bytes)
}

/// The setup in a journal's header line, without replaying its events.
pub fn read_setup(path: &Path) -> Result<Setup, JournalError> {
    use std::io::BufRead;
    let file = File::open(path).map_err(|source| JournalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut first = Vec::new();
    io::BufReader::new(file)
        .read_until(b'\n', &mut first)
        .map_err(|source| JournalError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    let header: Header = serde_json::from_slice(&first).map_err(|e| JournalError::Header {
        reason: e.to_string(),
    })?;
    Ok(header.setup)
}

/// The header line of a journal for a setup, newline included.
///
/// ```
/// use netdojo::classroom::live::journal::encode_header;
/// use netdojo::classroom::live::model::*;
/// let setup = Setup {
///     title: "Demo".into(), code: "net101".into(),
///     pacing: Pacing::Teacher { question_secs: None },
///     questions: vec![LiveQuestion::new("q1", "?", "？", &["a", "b"], 0)],
///     board_visible: true, max_students: 40, roster: None, pack: None,
/// };
/// let line = encode_header(&setup).unwrap();
/// assert!(line.starts_with(b"{\"journal\":\"netdojo-live\",\"version\":1,"));
/// assert!(line.ends_with(b"\n"));
/// ```
pub fn encode_header(setup: &Setup) -> Result<Vec<u8>, serde_json::Error> {
    let header = Header {
        journal: FORMAT.to_string(),
        version: VERSION,
        setup: setup.clone(),
    };
    let mut line = serde_json::to_vec(&header)?;
    line.push(b'\n');
    Ok(line)
}

/// One event as a journal line, newline included.
///
/// ```
/// use netdojo::classroom::live::journal::encode_event;
/// use netdojo::classroom::live::model::Event;
/// let line = encode_event(&Event::Start { at: 9 }).unwrap();
/// assert_eq!(line, b"{\"event\":\"start\",\"at\":9}\n");
/// ```
pub fn encode_event(event: &Event) -> Result<Vec<u8>, serde_json::Error> {
    let mut line = serde_json::to_vec(event)?;
    line.push(b'\n');
    Ok(line)
}

/// Appends events to a journal file, each batch synced to disk before it returns.
#[derive(Debug)]
pub struct JournalWriter {
    path: PathBuf,
    file: File,
}

impl JournalWriter {
    /// Starts a new journal with its header; refuses to overwrite an existing file.
    pub fn create(path: &Path, setup: &Setup) -> Result<Self, JournalError> {
        let io_error = |source| JournalError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut file = match OpenOptions::new().write(true).create_new(true).open(path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                return Err(JournalError::Exists {
                    path: path.to_path_buf(),
                });
            }
            Err(e) => return Err(io_error(e)),
        };
        let header = encode_header(setup).map_err(|e| io_error(io::Error::other(e)))?;
        file.write_all(&header).map_err(io_error)?;
        file.sync_all().map_err(io_error)?;
        sync_parent(path).map_err(io_error)?;
        Ok(JournalWriter {
            path: path.to_path_buf(),
            file,
        })
    }

    /// Opens a replayed journal to append to it, first cutting off whatever follows
    /// its last complete line (`valid_len` from [`Replayed`]).
    pub fn resume(path: &Path, valid_len: u64) -> Result<Self, JournalError> {
        let io_error = |source| JournalError::Io {
            path: path.to_path_buf(),
            source,
        };
        let file = OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(io_error)?;
        if file.metadata().map_err(io_error)?.len() != valid_len {
            file.set_len(valid_len).map_err(io_error)?;
            file.sync_all().map_err(io_error)?;
        }
        drop(file);
        let file = OpenOptions::new()
            .append(true)
            .open(path)
            .map_err(io_error)?;
        Ok(JournalWriter {
            path: path.to_path_buf(),
            file,
        })
    }

    /// Writes events as lines in one write and syncs them to disk.
    pub fn append(&mut self, events: &[Event]) -> io::Result<()> {
        let mut batch = Vec::with_capacity(events.len().saturating_mul(128));
        for event in events {
            batch.extend(encode_event(event).map_err(io::Error::other)?);
        }
        self.file.write_all(&batch)?;
        self.file.sync_data()
    }

    /// The journal's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Makes a new file's directory entry durable too.
fn sync_parent(path: &Path) -> io::Result<()> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // Directories cannot be opened for syncing everywhere; where they cannot, the
    // file's own sync is all there is.
    match File::open(parent) {
        Ok(dir) => dir.sync_all().or(Ok(())),
        Err(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests;
