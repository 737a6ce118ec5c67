//! Group commit: one thread owns the journal file, takes every event submitted since
//! its last write, writes them in one go and syncs once, then tells each submitter.
//!
//! Two hundred students answering within the same second cost a handful of syncs,
//! not two hundred, and nobody hears "answer recorded" before their line is on disk.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread::JoinHandle;

use tokio::sync::oneshot;

use super::journal::JournalWriter;
use super::model::Event;

/// The most events written in one batch; more wait for the next one.
const MAX_BATCH: usize = 1024;

/// Why an event could not be made durable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the journal could not be written: {0}")]
pub struct CommitError(pub String);

/// Resolves once the event is on disk (or could not be written).
pub type Receipt = oneshot::Receiver<Result<(), CommitError>>;

struct Job {
    event: Event,
    done: oneshot::Sender<Result<(), CommitError>>,
}

/// Submits events to the journal thread.
#[derive(Debug, Clone)]
pub struct Committer {
    jobs: mpsc::Sender<Job>,
    broken: Arc<AtomicBool>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job").field("event", &self.event).finish()
    }
}

/// Holds the journal thread before its next write while closed: for tests and
/// drills that need to see what a student is shown before their answer is durable.
#[derive(Debug, Clone, Default)]
pub struct JournalHold {
    closed: Arc<(Mutex<bool>, Condvar)>,
}

impl JournalHold {
    /// A hold that is open.
    pub fn new() -> Self {
        Self::default()
    }

    /// Stops writes until [`JournalHold::open`].
    pub fn close(&self) {
        let (lock, _) = &*self.closed;
        *lock.lock().unwrap_or_else(PoisonError::into_inner) = true;
    }

    /// Lets writes go on.
    pub fn open(&self) {
        let (lock, wake) = &*self.closed;
        *lock.lock().unwrap_or_else(PoisonError::into_inner) = false;
        wake.notify_all();
    }

    fn wait_open(&self) {
        let (lock, wake) = &*self.closed;
        let mut closed = lock.lock().unwrap_or_else(PoisonError::into_inner);
        while *closed {
            closed = wake.wait(closed).unwrap_or_else(PoisonError::into_inner);
        }
    }
}

impl Committer {
    /// Starts the journal thread. It stops once every [`Committer`] is dropped and
    /// the last batch is written; join the handle to wait for that.
    pub fn start(
        mut writer: JournalWriter,
        hold: Option<JournalHold>,
    ) -> std::io::Result<(Committer, JoinHandle<()>)> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let broken = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&broken);
        let thread = std::thread::Builder::new()
            .name("netdojo-journal".into())
            .spawn(move || {
                while let Ok(first) = inbox.recv() {
                    if let Some(hold) = &hold {
                        hold.wait_open();
                    }
                    let mut batch = vec![first];
                    while batch.len() < MAX_BATCH {
                        match inbox.try_recv() {
                            Ok(job) => batch.push(job),
                            Err(_) => break,
                        }
                    }
                    let events: Vec<Event> = batch.iter().map(|j| j.event.clone()).collect();
                    let result = writer
                        .append(&events)
                        .map_err(|e| CommitError(e.to_string()));
                    if result.is_err() {
                        flag.store(true, Ordering::SeqCst);
                    }
                    for job in batch {
                        // A submitter that gave up waiting is no reason to stop.
                        let _ = job.done.send(result.clone());
                    }
                }
            })?;
        Ok((Committer { jobs, broken }, thread))
    }

    /// Queues an event; the order of submissions is the order of the lines.
    pub fn submit(&self, event: Event) -> Receipt {
        let (done, receipt) = oneshot::channel();
        if let Err(mpsc::SendError(job)) = self.jobs.send(Job { event, done }) {
            let _ = job
                .done
                .send(Err(CommitError("the journal is closed".into())));
        }
        receipt
    }

    /// Whether a write has failed: the journal no longer holds everything.
    pub fn is_broken(&self) -> bool {
        self.broken.load(Ordering::SeqCst)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::live::journal::replay_file;
    use crate::classroom::live::model::{LiveQuestion, Pacing, Setup};

    fn setup() -> Setup {
        Setup {
            title: "Commit".into(),
            code: "net101".into(),
            pacing: Pacing::Teacher {
                question_secs: None,
            },
            questions: vec![LiveQuestion::new("q1", "?", "？", &["a", "b"], 0)],
            board_visible: true,
            max_students: 30,
            roster: None,
            pack: None,
        }
    }

    #[test]
    fn every_receipt_resolves_after_its_line_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let writer = JournalWriter::create(&path, &setup()).unwrap();
        let hold = JournalHold::new();
        hold.close();
        let (committer, thread) = Committer::start(writer, Some(hold.clone())).unwrap();
        let mut receipts: Vec<Receipt> = (0..50)
            .map(|_| committer.submit(Event::BoardVisible { visible: true }))
            .collect();
        // Held: nothing written, nothing acknowledged.
        assert!(receipts[0].try_recv().is_err());
        assert_eq!(replay_file(&path).unwrap().events, 0);
        hold.open();
        for receipt in receipts {
            assert_eq!(receipt.blocking_recv().unwrap(), Ok(()));
        }
        assert_eq!(replay_file(&path).unwrap().events, 50);
        assert!(!committer.is_broken());
        drop(committer);
        thread.join().unwrap();
    }
}
