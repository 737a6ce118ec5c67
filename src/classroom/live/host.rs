//! Starts and stops a live classroom host: the journal (new or resumed), the hub, the
//! SSH listener with its accept loop and limits, and the ticker that reveals
//! questions whose time is up.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use russh::server::{Config, run_stream};
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

use super::commit::{Committer, JournalHold};
use super::host_key::HostKey;
use super::hub::Hub;
use super::journal::{JournalError, JournalWriter, replay_file};
use super::limits::Limits;
use super::model::{LiveSession, Setup, SetupError};
use super::server::{Connection, methods};

/// How often the ticker looks for questions whose time is up.
const TICK: Duration = Duration::from_millis(250);
/// How long shutting down waits for students to get their last screen.
const GOODBYE_WAIT: Duration = Duration::from_secs(2);
/// The line sent to a connection turned away before the SSH handshake.
const FULL_LINE: &[u8] =
    b"netdojo: the classroom host has no room for another connection right now\r\n";

/// Where the session comes from.
#[derive(Debug, Clone)]
pub enum JournalStart {
    /// A new session with a new journal (which must not exist yet).
    New {
        /// The journal's path.
        path: PathBuf,
        /// The session.
        setup: Setup,
    },
    /// A session rebuilt from its journal, which goes on growing.
    Resume {
        /// The journal's path.
        path: PathBuf,
    },
}

/// Everything a host needs.
#[derive(Debug, Clone)]
pub struct HostOptions {
    /// Where to listen.
    pub listen: SocketAddr,
    /// The host key.
    pub host_key: HostKey,
    /// The session and its journal.
    pub journal: JournalStart,
    /// The limits.
    pub limits: Limits,
    /// Holds journal writes while closed (tests and drills only).
    pub hold: Option<JournalHold>,
}

/// Why a host cannot start.
#[derive(Debug, thiserror::Error)]
pub enum HostError {
    /// The setup is not valid.
    #[error("{0}")]
    Setup(#[from] SetupError),
    /// The journal cannot be created or replayed.
    #[error("{0}")]
    Journal(#[from] JournalError),
    /// The address cannot be listened on.
    #[error("cannot listen on {address}: {source}")]
    Listen {
        /// The address.
        address: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The journal thread cannot start.
    #[error("cannot start the journal thread: {0}")]
    Thread(std::io::Error),
}

/// A running host.
#[derive(Debug)]
pub struct Host {
    hub: Arc<Hub>,
    address: SocketAddr,
    journal: PathBuf,
    warnings: Vec<String>,
    resumed_events: Option<usize>,
    tasks: Vec<JoinHandle<()>>,
    journal_thread: Option<std::thread::JoinHandle<()>>,
}

impl Host {
    /// Opens the journal, binds the address and starts serving.
    pub async fn start(options: HostOptions) -> Result<Host, HostError> {
        let HostOptions {
            listen,
            host_key,
            journal,
            limits,
            hold,
        } = options;
        let (session, writer, warnings, resumed_events, path) = match journal {
            JournalStart::New { path, setup } => {
                let session = LiveSession::new(setup)?;
                let writer = JournalWriter::create(&path, session.setup())?;
                (session, writer, Vec::new(), None, path)
            }
            JournalStart::Resume { path } => {
                let replayed = replay_file(&path)?;
                let writer = JournalWriter::resume(&path, replayed.valid_len)?;
                (
                    replayed.session,
                    writer,
                    replayed.warnings,
                    Some(replayed.events),
                    path,
                )
            }
        };
        let listener = TcpListener::bind(listen)
            .await
            .map_err(|source| HostError::Listen {
                address: listen,
                source,
            })?;
        let address = listener.local_addr().map_err(|source| HostError::Listen {
            address: listen,
            source,
        })?;
        let (committer, journal_thread) =
            Committer::start(writer, hold).map_err(HostError::Thread)?;
        let config = Arc::new(ssh_config(&host_key, &limits));
        let hub = Arc::new(Hub::new(
            session,
            committer,
            limits,
            host_key.fingerprint.clone(),
        ));
        let tasks = vec![
            tokio::spawn(accept_loop(listener, Arc::clone(&hub), config)),
            tokio::spawn(ticker(Arc::clone(&hub))),
        ];
        Ok(Host {
            hub,
            address,
            journal: path,
            warnings,
            resumed_events,
            tasks,
            journal_thread: Some(journal_thread),
        })
    }

    /// The shared state: the session, commands, notes.
    pub fn hub(&self) -> &Arc<Hub> {
        &self.hub
    }

    /// The address actually listened on (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.address
    }

    /// The journal's path.
    pub fn journal_path(&self) -> &std::path::Path {
        &self.journal
    }

    /// Problems found while replaying a resumed journal.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// How many events a resumed journal held.
    pub fn resumed_events(&self) -> Option<usize> {
        self.resumed_events
    }

    /// Says goodbye to every student, stops listening and closes the journal once
    /// every pending write is on disk.
    pub async fn shutdown(mut self) {
        self.hub.begin_closing();
        let deadline = tokio::time::Instant::now() + GOODBYE_WAIT;
        while self.hub.connection_count() > 0 && tokio::time::Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        for task in self.tasks.drain(..) {
            task.abort();
        }
        self.hub.close_journal();
        if let Some(thread) = self.journal_thread.take() {
            let _ = tokio::task::spawn_blocking(move || thread.join()).await;
        }
    }
}

fn ssh_config(host_key: &HostKey, limits: &Limits) -> Config {
    Config {
        server_id: russh::SshId::Standard(
            concat!("SSH-2.0-netdojo_", env!("CARGO_PKG_VERSION")).into(),
        ),
        methods: methods(),
        auth_rejection_time: limits.auth_rejection_time,
        auth_rejection_time_initial: Some(Duration::ZERO),
        keys: vec![host_key.key.clone()],
        max_auth_attempts: usize::try_from(limits.auth_attempts_per_connection).unwrap_or(10),
        inactivity_timeout: Some(limits.idle_timeout.saturating_add(Duration::from_secs(60))),
        keepalive_interval: Some(Duration::from_secs(30)),
        keepalive_max: 3,
        nodelay: true,
        // A small receive window: a flooding client is held back by the protocol
        // itself before the input budget cuts it off.
        window_size: 64 * 1024,
        ..Config::default()
    }
}

async fn accept_loop(listener: TcpListener, hub: Arc<Hub>, config: Arc<Config>) {
    let mut closing = hub.closing();
    loop {
        let accepted = tokio::select! {
            _ = closing.changed() => return,
            accepted = listener.accept() => accepted,
        };
        let (socket, peer) = match accepted {
            Ok(pair) => pair,
            // Out of file descriptors and the like: wait a little, do not spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        if hub.is_blocked(peer.ip()) {
            continue;
        }
        if !hub.try_open_connection() {
            hub.note(format!("turned {} away: too many connections", peer.ip()));
            tokio::spawn(turn_away(socket));
            continue;
        }
        tokio::spawn(serve(socket, peer, Arc::clone(&hub), Arc::clone(&config)));
    }
}

async fn turn_away(mut socket: TcpStream) {
    let _ = tokio::time::timeout(Duration::from_secs(2), socket.write_all(FULL_LINE)).await;
}

async fn serve(socket: TcpStream, peer: SocketAddr, hub: Arc<Hub>, config: Arc<Config>) {
    // Screens go out as small writes in quick succession ("saving", then "recorded"):
    // without this, Nagle's algorithm holds the second one for the client's delayed ACK.
    let _ = socket.set_nodelay(true);
    let handler = Connection::new(Arc::clone(&hub), peer.ip(), hub.next_conn());
    let authenticated = handler.authenticated();
    let auth_timeout = hub.limits().auth_timeout;
    let started = tokio::time::timeout(auth_timeout, run_stream(config, socket, handler)).await;
    if let Ok(Ok(session)) = started {
        let handle = session.handle();
        tokio::pin!(session);
        tokio::select! {
            _ = &mut session => {}
            () = tokio::time::sleep(auth_timeout) => {
                if !authenticated.load(Ordering::SeqCst) {
                    let _ = handle
                        .disconnect(
                            russh::Disconnect::ByApplication,
                            "authentication took too long".into(),
                            "en".into(),
                        )
                        .await;
                }
                let _ = session.await;
            }
        }
    }
    hub.close_connection();
}

async fn ticker(hub: Arc<Hub>) {
    let mut closing = hub.closing();
    let mut interval = tokio::time::interval(TICK);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = closing.changed() => return,
            _ = interval.tick() => hub.tick(),
        }
    }
}
