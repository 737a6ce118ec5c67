//! The result file of one student: what they typed, when, and for which pack.
//!
//! A result holds the pack's text and its SHA-256, the seed and mode, every answer
//! exactly as typed with the milliseconds it took, and the start and finish times
//! (given by the caller: nothing here reads a clock). The `score` it holds is for
//! people reading the file; reports never trust it and always recompute.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::pack::{self, Mode, Pack};
use super::seed::normalize_name;

/// The format version of result files.
pub const RESULT_VERSION: u32 = 1;

/// One student's answers to one pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultFile {
    /// Always [`RESULT_VERSION`].
    pub format_version: u32,
    /// The name the student gave.
    pub student: String,
    /// The pack's title.
    pub pack_title: String,
    /// SHA-256 of the pack's bytes, lowercase hex.
    pub pack_sha256: String,
    /// The pack's seed.
    pub seed: u64,
    /// The pack's mode.
    pub mode: Mode,
    /// When the exam started (RFC 3339, UTC).
    pub started: String,
    /// When it was submitted; `None` while it is an autosave.
    pub finished: Option<String>,
    /// The answers, in the order the questions were shown.
    pub answers: Vec<Answer>,
    /// The score when it was written: for reading only, never trusted.
    pub score: Option<u64>,
    /// The most points the exam could give, when it was written.
    pub max_score: Option<u64>,
    /// The pack's text, so the result can be graded without the pack at hand.
    pub pack: String,
}

/// One answer as typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The question's slot (see [`crate::classroom::exam::ExamQuestion::slot`]).
    pub slot: String,
    /// Exactly what was typed; empty when skipped.
    pub typed: String,
    /// Milliseconds from showing the question to the answer.
    pub ms: u64,
}

impl ResultFile {
    /// A new, empty result for a student starting an exam.
    ///
    /// ```
    /// use netdojo::classroom::{pack, result::ResultFile};
    /// let r = ResultFile::start("Aiko", &pack::starter(), pack::STARTER, "2025-04-01T09:00:00Z");
    /// assert_eq!(r.pack_sha256, pack::hash(pack::STARTER.as_bytes()));
    /// assert!(r.answers.is_empty() && r.finished.is_none());
    /// ```
    pub fn start(student: &str, pack: &Pack, pack_text: &str, started: &str) -> ResultFile {
        ResultFile {
            format_version: RESULT_VERSION,
            student: student.trim().to_owned(),
            pack_title: pack.title.clone(),
            pack_sha256: pack::hash(pack_text.as_bytes()),
            seed: pack.seed,
            mode: pack.mode,
            started: started.to_owned(),
            finished: None,
            answers: Vec::new(),
            score: None,
            max_score: None,
            pack: pack_text.to_owned(),
        }
    }

    /// The file as written: pretty JSON and a final newline.
    ///
    /// ```
    /// use netdojo::classroom::{pack, result::ResultFile};
    /// let r = ResultFile::start("Aiko", &pack::starter(), pack::STARTER, "t");
    /// let text = r.to_json();
    /// assert_eq!(ResultFile::from_json(&text).unwrap(), r);
    /// ```
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Reads a result file's text.
    ///
    /// ```
    /// use netdojo::classroom::result::ResultFile;
    /// let err = ResultFile::from_json("{}").unwrap_err();
    /// assert_eq!(err.to_string(), "not a result file: this netdojo reads result format version 1, found none");
    /// ```
    pub fn from_json(text: &str) -> Result<ResultFile, ResultError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| ResultError(e.to_string()))?;
        let version = value
            .get("format_version")
            .and_then(serde_json::Value::as_u64);
        if version != Some(u64::from(RESULT_VERSION)) {
            return Err(ResultError(format!(
                "this netdojo reads result format version {RESULT_VERSION}, found {}",
                version.map_or_else(|| "none".to_owned(), |v| v.to_string())
            )));
        }
        serde_json::from_value(value).map_err(|e| ResultError(e.to_string()))
    }
}

/// Why a result file's text is not a result.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a result file: {0}")]
pub struct ResultError(pub String);

/// The file name (without `.json`) of a student's result: their name made safe for
/// any file system, then 8 hex digits of the SHA-256 of the normalised name, so
/// two names that look alike on disk never share a file.
///
/// ```
/// use netdojo::classroom::result::file_stem;
/// assert!(file_stem("Taro Yamada").starts_with("taro-yamada-"));
/// assert_eq!(file_stem("Taro Yamada"), file_stem(" taro  yamada"));
/// assert!(file_stem("../x").starts_with("x-"));
/// ```
pub fn file_stem(student: &str) -> String {
    let name = normalize_name(student);
    let mut safe = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            safe.push(c);
        } else if !safe.is_empty() && !safe.ends_with('-') {
            safe.push('-');
        }
    }
    let safe: String = safe.trim_end_matches('-').chars().take(40).collect();
    let digest = Sha256::digest(name.as_bytes());
    let tag: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    if safe.is_empty() {
        tag
    } else {
        format!("{safe}-{tag}")
    }
}

/// Seconds since 1970 as the times of result files show them: RFC 3339 in UTC to
/// the second (`YYYY-MM-DDTHH:MM:SSZ`).
///
/// ```
/// use netdojo::classroom::result::timestamp;
/// assert_eq!(timestamp(1_700_000_000), "2023-11-14T22:13:20Z");
/// ```
pub fn timestamp(seconds: u64) -> String {
    let day = crate::progress::Day::from_unix_seconds(seconds);
    let s = seconds % 86_400;
    format!("{day}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}
