//! The state every connection shares: the session, the journal, who is online, the
//! per-address gate and a short feed of notes for the teacher.
//!
//! Every change goes through [`Hub::record`]: the event is applied to the session and
//! queued for the journal under one lock, so the journal's order is the session's
//! order; the caller then waits on the [`Receipt`] before acknowledging anything.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use tokio::sync::{oneshot, watch};

use super::commit::{CommitError, Committer, Receipt};
use super::identity::Fingerprint;
use super::limits::{AddressGate, Limits};
use super::model::{Command, Event, LiveSession, Millis, Refusal};

/// The notes kept for the teacher's feed.
const MAX_NOTES: usize = 200;
/// How many automatic events one change may set off (a reveal, then nothing more).
const MAX_FOLLOW_UPS: usize = 4;

/// The wall clock in milliseconds since the Unix epoch.
pub fn now_ms() -> Millis {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

/// Why an event was not recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// The session refuses it.
    #[error("{0}")]
    Refused(Refusal),
    /// The journal cannot take it.
    #[error("{0}")]
    Journal(CommitError),
}

/// A line of the teacher's feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Counts from 1, so a reader can ask for what is new.
    pub seq: u64,
    /// When.
    pub at: Millis,
    /// What happened, in one line.
    pub text: String,
}

struct Online {
    conn: u64,
    kick: Option<oneshot::Sender<()>>,
}

struct Inner {
    session: LiveSession,
    online: HashMap<Fingerprint, Online>,
}

/// Shared by the accept loop, every connection and the teacher's side.
pub struct Hub {
    inner: Mutex<Inner>,
    committer: Mutex<Option<Committer>>,
    version: watch::Sender<u64>,
    closing: watch::Sender<bool>,
    gate: Mutex<AddressGate>,
    notes: Mutex<VecDeque<Note>>,
    next_note: AtomicU64,
    next_conn: AtomicU64,
    connections: AtomicUsize,
    limits: Limits,
    host_fingerprint: String,
}

impl std::fmt::Debug for Hub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hub")
            .field("host_fingerprint", &self.host_fingerprint)
            .field("connections", &self.connections)
            .finish_non_exhaustive()
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Hub {
    /// A hub over a session whose journal is fed by `committer`.
    pub fn new(
        session: LiveSession,
        committer: Committer,
        limits: Limits,
        host_fingerprint: String,
    ) -> Self {
        Hub {
            inner: Mutex::new(Inner {
                session,
                online: HashMap::new(),
            }),
            committer: Mutex::new(Some(committer)),
            version: watch::Sender::new(0),
            closing: watch::Sender::new(false),
            gate: Mutex::new(AddressGate::new(
                limits.failures_per_address,
                limits.failure_window,
            )),
            notes: Mutex::new(VecDeque::new()),
            next_note: AtomicU64::new(1),
            next_conn: AtomicU64::new(1),
            connections: AtomicUsize::new(0),
            limits,
            host_fingerprint,
        }
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The host key's fingerprint, as students see it.
    pub fn host_fingerprint(&self) -> &str {
        &self.host_fingerprint
    }

    /// Reads the session under the lock.
    pub fn read<R>(&self, f: impl FnOnce(&LiveSession) -> R) -> R {
        f(&lock(&self.inner).session)
    }

    /// Applies an event, queues it for the journal, then anything it sets off.
    pub fn record(&self, event: Event) -> Result<Receipt, RecordError> {
        let receipt = {
            let mut inner = lock(&self.inner);
            self.record_locked(&mut inner, event)?
        };
        self.changed();
        Ok(receipt)
    }

    /// Carries out a teacher's command.
    pub fn command(&self, command: Command) -> Result<Receipt, RecordError> {
        let receipt = {
            let mut inner = lock(&self.inner);
            let event = inner
                .session
                .plan(command, now_ms())
                .map_err(RecordError::Refused)?;
            self.record_locked(&mut inner, event)?
        };
        self.changed();
        Ok(receipt)
    }

    /// Records whatever is due at this moment (a question whose time is up, a
    /// deadline); called by the host's ticker.
    pub fn tick(&self) {
        let moved = {
            let mut inner = lock(&self.inner);
            self.settle(&mut inner)
        };
        if moved {
            self.changed();
        }
    }

    /// A student's connection starts: they join (again) and an older connection
    /// with the same key is told to close. The receiver fires if this connection is
    /// replaced in turn.
    pub fn connect(
        &self,
        student: &Fingerprint,
        conn: u64,
    ) -> Result<oneshot::Receiver<()>, RecordError> {
        let (kick, kicked) = oneshot::channel();
        {
            let mut inner = lock(&self.inner);
            let event = Event::Join {
                student: student.clone(),
                at: now_ms(),
            };
            // The receipt is not awaited: nothing is acknowledged to the student
            // for joining, and the journal keeps the order anyway.
            drop(self.record_locked(&mut inner, event)?);
            let online = Online {
                conn,
                kick: Some(kick),
            };
            if let Some(mut old) = inner.online.insert(student.clone(), online) {
                if let Some(kick) = old.kick.take() {
                    let _ = kick.send(());
                }
            }
        }
        self.changed();
        Ok(kicked)
    }

    /// A student's connection ends; they leave unless a newer connection took over.
    pub fn disconnect(&self, student: &Fingerprint, conn: u64) {
        let left = {
            let mut inner = lock(&self.inner);
            let current = inner.online.get(student).is_some_and(|o| o.conn == conn);
            if current {
                inner.online.remove(student);
                let event = Event::Leave {
                    student: student.clone(),
                    at: now_ms(),
                };
                self.record_locked(&mut inner, event).is_ok()
            } else {
                false
            }
        };
        if left {
            self.changed();
        }
    }

    fn record_locked(&self, inner: &mut Inner, event: Event) -> Result<Receipt, RecordError> {
        let committer = lock(&self.committer)
            .clone()
            .ok_or_else(|| RecordError::Journal(CommitError("the journal is closed".into())))?;
        if committer.is_broken() {
            return Err(RecordError::Journal(CommitError(
                "an earlier write failed".into(),
            )));
        }
        inner.session.apply(&event).map_err(RecordError::Refused)?;
        let after = event.clone();
        let receipt = committer.submit(event);
        self.settle_with(inner, &committer, Some(after));
        Ok(receipt)
    }

    fn settle(&self, inner: &mut Inner) -> bool {
        match lock(&self.committer).clone() {
            Some(committer) => self.settle_with(inner, &committer, None),
            None => false,
        }
    }

    fn settle_with(&self, inner: &mut Inner, committer: &Committer, after: Option<Event>) -> bool {
        let mut moved = false;
        let mut after = after;
        for _ in 0..MAX_FOLLOW_UPS {
            let Some(event) = inner.session.follow_up(after.take().as_ref(), now_ms()) else {
                break;
            };
            if inner.session.apply(&event).is_err() {
                break;
            }
            drop(committer.submit(event));
            moved = true;
        }
        moved
    }

    fn changed(&self) {
        self.version.send_modify(|v| *v = v.wrapping_add(1));
    }

    /// Fires on every change of the session.
    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.version.subscribe()
    }

    /// Fires when the host begins to shut down.
    pub fn closing(&self) -> watch::Receiver<bool> {
        self.closing.subscribe()
    }

    /// Tells every connection the host is shutting down.
    pub fn begin_closing(&self) {
        self.closing.send_replace(true);
    }

    /// Stops journaling; the journal thread finishes once the last receipt is out.
    pub fn close_journal(&self) {
        lock(&self.committer).take();
    }

    /// Whether the journal failed to write at some point.
    pub fn journal_broken(&self) -> bool {
        lock(&self.committer)
            .as_ref()
            .is_some_and(Committer::is_broken)
    }

    /// Adds a line to the teacher's feed.
    pub fn note(&self, text: String) {
        let seq = self.next_note.fetch_add(1, Ordering::SeqCst);
        let mut notes = lock(&self.notes);
        notes.push_back(Note {
            seq,
            at: now_ms(),
            text,
        });
        while notes.len() > MAX_NOTES {
            notes.pop_front();
        }
        drop(notes);
        self.changed();
    }

    /// The notes newer than `after`.
    pub fn notes_after(&self, after: u64) -> Vec<Note> {
        lock(&self.notes)
            .iter()
            .filter(|n| n.seq > after)
            .cloned()
            .collect()
    }

    /// Records a failed authentication from an address; true when the address is
    /// now turned away.
    pub fn auth_failed(&self, address: IpAddr) -> bool {
        let now = now_ms();
        let mut gate = lock(&self.gate);
        gate.fail(address, now);
        gate.is_blocked(address, now)
    }

    /// Whether an address is turned away for failing too often.
    pub fn is_blocked(&self, address: IpAddr) -> bool {
        lock(&self.gate).is_blocked(address, now_ms())
    }

    /// A fresh connection number.
    pub fn next_conn(&self) -> u64 {
        self.next_conn.fetch_add(1, Ordering::SeqCst)
    }

    /// Counts a connection in, unless there are already as many as allowed.
    pub fn try_open_connection(&self) -> bool {
        self.connections
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                (n < self.limits.max_connections).then_some(n.saturating_add(1))
            })
            .is_ok()
    }

    /// Counts a connection out.
    pub fn close_connection(&self) {
        let _ = self
            .connections
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| {
                Some(n.saturating_sub(1))
            });
    }

    /// Connections open now.
    pub fn connection_count(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}
