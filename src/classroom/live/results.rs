//! The result files of a pack session: one per named student, exactly the file
//! `netdojo class take` writes (the pack's text and hash, the seed, every answer as
//! typed with the milliseconds it took), so `netdojo class report DIR --pack PACK`
//! reads a live class like any other.

use std::path::{Path, PathBuf};

use super::model::LiveSession;
use crate::classroom::grade::grade;
use crate::classroom::result::{ResultFile, rfc3339};
use crate::classroom::store::{self, StoreError, final_path};

/// The result file of every named student of a pack session, in the order they
/// joined (none for a session without a pack).
///
/// ```
/// use netdojo::classroom::live::model::{LiveSession, Pacing, Setup};
/// use netdojo::classroom::live::packrun::PackSource;
/// use netdojo::classroom::live::results::result_files;
/// use netdojo::classroom::pack;
/// let setup = Setup {
///     title: "Starter".into(), code: "net101".into(),
///     pacing: Pacing::Teacher { question_secs: None }, questions: vec![],
///     board_visible: true, max_students: 40, roster: None,
///     pack: Some(PackSource::new("starter.json", pack::STARTER)),
/// };
/// let session = LiveSession::new(setup).unwrap();
/// assert!(result_files(&session).is_empty());
/// ```
pub fn result_files(session: &LiveSession) -> Vec<ResultFile> {
    let Some(run) = session.pack_run() else {
        return Vec::new();
    };
    let seconds = |ms: u64| rfc3339(ms / 1000);
    let began = session.began_at().unwrap_or(0);
    let finished = session.finished_at();
    session
        .students()
        .into_iter()
        .filter_map(|student| {
            let name = student.name.as_deref()?;
            let exam = session.exam_of(&student.fingerprint)?;
            let mut result = ResultFile::start(name, &run.pack, &run.text, &seconds(began));
            result.answers = session.typed_answers(&student.fingerprint);
            let graded = grade(&exam.exam, run.pack.time_limit, &result.answers).ok();
            result.finished = finished.map(seconds);
            result.score = graded.as_ref().map(|g| g.score);
            result.max_score = Some(exam.exam.max_points());
            Some(result)
        })
        .collect()
}

/// What writing the results did.
#[derive(Debug, Default)]
pub struct Written {
    /// Files written now.
    pub written: Vec<PathBuf>,
    /// Files already there from an earlier run, left as they were.
    pub kept: Vec<PathBuf>,
}

/// Writes the result files of a finished pack session into `dir` (created if
/// needed). A student's file already there is kept: results are never overwritten.
pub fn write_results(session: &LiveSession, dir: &Path) -> Result<Written, StoreError> {
    let mut done = Written::default();
    for result in result_files(session) {
        let path = final_path(dir, &result.student);
        if path.exists() {
            done.kept.push(path);
            continue;
        }
        done.written.push(store::submit(dir, &result)?);
    }
    Ok(done)
}
