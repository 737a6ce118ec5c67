//! Runs a host for the command line: the runtime, the dashboard or the headless loop
//! (commands as lines on standard input, events as lines on standard output), a
//! clean shutdown on quit or on a signal, and the final standings.

use std::io::{self, BufRead, IsTerminal, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use super::dashboard::{DashboardInfo, run_dashboard};
use super::host::{Host, HostError, HostOptions, JournalStart};
use super::host_key::{HostKeyError, load_or_create};
use super::hub::Hub;
use super::limits::Limits;
use super::model::Phase;
use super::results::write_results;
use super::teacher::{TeacherAction, action_for_word, phase_line, words};
use super::text::Lang;

/// What the command line decided.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Where to listen.
    pub listen: SocketAddr,
    /// Where the host key lives.
    pub data_dir: PathBuf,
    /// The session and its journal.
    pub journal: JournalStart,
    /// The limits.
    pub limits: Limits,
    /// Lines on standard input and output instead of the dashboard.
    pub headless: bool,
    /// The teacher's language.
    pub lang: Lang,
    /// Where a pack session's result files go when it finishes.
    pub out: PathBuf,
}

/// Why the host could not run.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The host key.
    #[error("host key: {0}")]
    HostKey(#[from] HostKeyError),
    /// Starting the host.
    #[error("{0}")]
    Host(#[from] HostError),
    /// The terminal or the runtime.
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// The command students type.
///
/// ```
/// use netdojo::classroom::live::run::join_command;
/// assert_eq!(join_command("net101", "127.0.0.1:2222".parse().unwrap()), "ssh -p 2222 net101@127.0.0.1");
/// assert_eq!(join_command("net101", "0.0.0.0:22".parse().unwrap()), "ssh net101@HOST");
/// ```
pub fn join_command(code: &str, listen: SocketAddr) -> String {
    let host = if listen.ip().is_unspecified() {
        "HOST".to_string()
    } else {
        listen.ip().to_string()
    };
    match listen.port() {
        22 => format!("ssh {code}@{host}"),
        port => format!("ssh -p {port} {code}@{host}"),
    }
}

/// Runs the host until the teacher quits or a signal arrives.
pub fn run(options: RunOptions, out: &mut dyn Write, err: &mut dyn Write) -> Result<(), RunError> {
    let key = load_or_create(&options.data_dir)?;
    if key.created {
        writeln!(
            err,
            "netdojo: made a new host key in {}",
            key.path.display()
        )?;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("netdojo-live")
        .enable_all()
        .build()?;
    let host = runtime.block_on(Host::start(HostOptions {
        listen: options.listen,
        host_key: key,
        journal: options.journal,
        limits: options.limits,
        hold: None,
    }))?;
    for warning in host.warnings() {
        writeln!(err, "netdojo: journal: {warning}")?;
    }
    let stop = Arc::new(AtomicBool::new(false));
    runtime.spawn(watch_signals(Arc::clone(&stop)));
    let hub = Arc::clone(host.hub());
    let code = hub.read(|s| s.setup().code.clone());
    let info = DashboardInfo {
        join: join_command(&code, host.local_addr()),
        fingerprint: hub.host_fingerprint().to_string(),
        journal: host.journal_path().display().to_string(),
    };
    let terminal = io::stdout().is_terminal() && io::stdin().is_terminal();
    let mut saved = false;
    let result = if options.headless || !terminal {
        let mut results = Results {
            dir: &options.out,
            saved: &mut saved,
        };
        headless(
            &hub,
            &host,
            &info,
            options.lang,
            &stop,
            &mut results,
            out,
            err,
        )
    } else {
        run_dashboard(&hub, &info, options.lang, &|| stop.load(Ordering::SeqCst))
            .map_err(RunError::from)
    };
    let standings = hub.read(|s| s.standings());
    let journal = host.journal_path().to_path_buf();
    runtime.block_on(host.shutdown());
    result?;
    if !saved {
        Results {
            dir: &options.out,
            saved: &mut saved,
        }
        .save(&hub, out, err)?;
    }
    writeln!(out, "final standings:")?;
    for s in standings {
        writeln!(
            out,
            "{:>4}  {:<20}  {:>6}  {}/{} right",
            s.rank, s.name, s.score, s.correct, s.answered
        )?;
    }
    writeln!(out, "journal: {}", journal.display())?;
    writeln!(
        out,
        "resume: netdojo class host --resume {}",
        journal.display()
    )?;
    Ok(())
}

async fn watch_signals(stop: Arc<AtomicBool>) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut int)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::interrupt()),
        ) else {
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = int.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
    stop.store(true, Ordering::SeqCst);
}

/// Where a pack session's result files go, and whether they were written.
struct Results<'a> {
    dir: &'a Path,
    saved: &'a mut bool,
}

impl Results<'_> {
    /// Writes the result files once the session is finished (a pack session only).
    fn save(&mut self, hub: &Hub, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<()> {
        if *self.saved || !hub.read(|s| s.phase() == Phase::Finished) {
            return Ok(());
        }
        *self.saved = true;
        let Some(pack_file) = hub.read(|s| s.setup().pack.as_ref().map(|p| p.file.clone())) else {
            return Ok(());
        };
        match hub.read(|s| write_results(s, self.dir)) {
            Ok(done) => {
                for path in &done.written {
                    writeln!(out, "result: {}", path.display())?;
                }
                for path in &done.kept {
                    writeln!(out, "result: {} (already there, kept)", path.display())?;
                }
                // The demo pack is no file to name: the results alone make the report.
                if pack_file == crate::classroom::pack::DEMO_FILE {
                    writeln!(out, "report: netdojo class report {}", self.dir.display())?;
                } else {
                    writeln!(
                        out,
                        "report: netdojo class report {} --pack {pack_file}",
                        self.dir.display()
                    )?;
                }
            }
            Err(e) => writeln!(err, "netdojo: cannot write the results: {e}")?,
        }
        out.flush()
    }
}

/// Commands from standard input, events to standard output, one line each.
#[allow(clippy::too_many_arguments)]
fn headless(
    hub: &Arc<Hub>,
    host: &Host,
    info: &DashboardInfo,
    lang: Lang,
    stop: &AtomicBool,
    results: &mut Results<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), RunError> {
    writeln!(
        out,
        "netdojo live classroom: {}",
        hub.read(|s| s.setup().title.clone())
    )?;
    writeln!(out, "join: {}", info.join)?;
    writeln!(out, "host key: {}", info.fingerprint)?;
    writeln!(out, "journal: {}", info.journal)?;
    if let Some(events) = host.resumed_events() {
        writeln!(out, "resumed: {events} events replayed")?;
    }
    writeln!(out, "commands: {}", words())?;
    out.flush()?;
    let lines = read_lines();
    let mut last_note = 0;
    let mut last_phase = String::new();
    loop {
        if stop.load(Ordering::SeqCst) {
            return Ok(());
        }
        let phase = hub.read(|s| phase_line(s, lang));
        if phase != last_phase {
            writeln!(out, "phase: {phase}")?;
            last_phase = phase;
        }
        for note in hub.notes_after(last_note) {
            last_note = note.seq;
            writeln!(out, "note: {}", note.text)?;
        }
        results.save(hub, out, err)?;
        out.flush()?;
        let line = match lines.recv_timeout(Duration::from_millis(100)) {
            Ok(line) => line,
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            // Standard input closed: keep serving until quit comes some other way
            // (a signal).
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                std::thread::sleep(Duration::from_millis(100));
                continue;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match action_for_word(&line) {
            Some(TeacherAction::Quit) => return Ok(()),
            Some(TeacherAction::Command(command)) => {
                if let Err(e) = hub.command(command) {
                    writeln!(err, "netdojo: {:?} not now: {e}", line.trim())?;
                }
            }
            Some(TeacherAction::Language) | None => writeln!(
                err,
                "netdojo: {:?} is not a command: use one of {}",
                line.trim(),
                words()
            )?,
        }
    }
}

/// Standard input's lines, read on their own thread.
fn read_lines() -> mpsc::Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("netdojo-stdin".into())
        .spawn(move || {
            for line in io::stdin().lock().lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
    // Without the thread, there are no commands: the channel is already closed.
    drop(spawned);
    receiver
}
