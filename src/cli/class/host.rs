//! `netdojo class host`: runs a live classroom over SSH. The host itself (SSH server,
//! dashboard, journal) lives in `classroom::live`; this file reads the flags, the
//! environment and the roster file, and reports bad input.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use super::{LoadedPack, cannot_read, load_pack};
use crate::classroom::live::host::JournalStart;
use crate::classroom::live::journal::read_setup;
use crate::classroom::live::limits::Limits;
use crate::classroom::live::model::Setup;
use crate::classroom::live::model::{Pacing, check_code};
use crate::classroom::live::packrun::{PackSource, pacing_for};
use crate::classroom::live::roster::parse_roster;
use crate::classroom::live::run::{RunError, RunOptions, run as run_host};
use crate::classroom::{pack, store};
use crate::cli::{Io, Status};
use crate::lesson::load;

pub const ABOUT: &str = "Host a live quiz over SSH. Students need nothing but an OpenSSH client: they \
join with `ssh -p PORT CODE@HOST` (the user name is the join code), are known by their key's \
SHA256 fingerprint, pick a display name, and answer on screens drawn in their terminal. Only \
public-key logins are accepted. Every answer is written to a journal and synced before the \
student sees it recorded; --resume rebuilds the session from that journal after a crash. In a \
terminal, a dashboard shows the join command, the host key fingerprint, who is here and the \
live answers; with --headless (or without a terminal) the host prints events as lines and \
reads the teacher's commands (next, reveal, board, hide, show, end, quit) from standard input.";

pub const AFTER_HELP: &str = "Examples:\n  \
netdojo class host assets/packs/subnetting-basics.en.json --code net101 --out results\n  \
netdojo class host --demo\n  \
netdojo class host --demo --listen 0.0.0.0:2222 --code net101 --roster roster.txt\n  \
netdojo class host --demo --headless --listen 127.0.0.1:2222 --journal class.jsonl\n  \
netdojo class host --resume class.jsonl --out results\n\n\
When the session ends, one result file per student is written to --out (as `netdojo class \
take` writes them), for `netdojo class report DIR --pack PACK`.\n\n\
Students type (the first time, ssh asks them to check the host key fingerprint):\n  \
ssh -p 2222 net101@192.0.2.10\n\n\
Roster file: one key per line, a SHA256 fingerprint or a public key line, optionally after \
\"NAME = \" to bind a display name.\n\
The host key is kept in $NETDOJO_HOME (or the user data directory) as live_host_ed25519_key.";

/// The flags of `netdojo class host`.
#[derive(Debug, clap::Args)]
pub struct HostArgs {
    /// The quiz pack to host (with --resume: checked against the journal's)
    #[arg(value_name = "PACK", conflicts_with = "demo")]
    pub pack: Option<PathBuf>,
    /// Host the built-in demo pack (three subnetting questions) instead of a file
    #[arg(long, conflicts_with = "resume")]
    pub demo: bool,
    /// Folder for the result files, one per student, written when the session ends
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
    /// Address and port to listen on (0.0.0.0 for every interface)
    #[arg(long, value_name = "ADDR:PORT", default_value = "0.0.0.0:2222")]
    pub listen: SocketAddr,
    /// Join code, the SSH user name students type (default: a random one)
    #[arg(long, value_name = "CODE", conflicts_with = "resume")]
    pub code: Option<String>,
    /// Only the keys in this file may join
    #[arg(long, value_name = "FILE", conflicts_with = "resume")]
    pub roster: Option<PathBuf>,
    /// Where the journal goes (default: a new file in the data directory)
    #[arg(long, value_name = "FILE", conflicts_with = "resume")]
    pub journal: Option<PathBuf>,
    /// Rebuild a session from its journal and go on with it
    #[arg(long, value_name = "JOURNAL")]
    pub resume: Option<PathBuf>,
    /// The most students that may join
    #[arg(
        long,
        value_name = "N",
        default_value_t = 200,
        conflicts_with = "resume"
    )]
    pub max_students: u32,
    /// Close each question on its own after this many seconds
    #[arg(long, value_name = "SECONDS", conflicts_with_all = ["resume", "self_paced"])]
    pub question_time: Option<u32>,
    /// Let students go at their own pace, with a deadline this many minutes after the start
    #[arg(long, value_name = "MINUTES", conflicts_with = "resume")]
    pub self_paced: Option<u32>,
    /// Start with the leaderboard hidden from students
    #[arg(long, conflicts_with = "resume")]
    pub hide_board: bool,
    /// Print events as lines and read commands from standard input, even in a terminal
    #[arg(long)]
    pub headless: bool,
}

/// The data directory: `$NETDOJO_HOME`, or the platform's user data directory.
fn data_dir() -> Option<PathBuf> {
    match std::env::var_os("NETDOJO_HOME") {
        Some(home) if !home.is_empty() => Some(PathBuf::from(home)),
        _ => directories::ProjectDirs::from("", "", "netdojo").map(|d| d.data_dir().to_path_buf()),
    }
}

fn bad(io: &mut Io<'_>, message: &str) -> std::io::Result<Status> {
    writeln!(io.err, "netdojo: {message}")?;
    Ok(Status::BadInput)
}

/// A new journal's path in the data directory, named after the start time.
fn default_journal(dir: &Path) -> std::io::Result<PathBuf> {
    let live = dir.join("live");
    std::fs::create_dir_all(&live)?;
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Ok(live.join(format!("class-{seconds}.jsonl")))
}

/// A join code nobody guesses in a few tries: six letters and digits, without the
/// ones easily misread (0/o, 1/l/i).
fn random_code() -> String {
    use rand::RngExt;
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..6)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// Why a pack given with `--resume` is not the journal's, in one line; `None` when
/// it is (or when the journal cannot say: resuming reports that itself).
fn other_pack(pack: &Path, journal: &Path) -> Option<String> {
    let shown = pack.display().to_string();
    let text = match store::read_text(pack) {
        Ok(text) => text,
        Err(e) => return Some(cannot_read(&shown, &e)),
    };
    let setup = read_setup(journal).ok()?;
    let hash = pack::hash(text.as_bytes());
    match setup.pack {
        Some(source) if source.sha256 == hash => None,
        Some(source) => Some(format!(
            "{shown:?} is not the pack of {}: it was started with {:?} (SHA-256 {}), this file's SHA-256 is {}",
            journal.display(),
            source.file,
            short_hash(&source.sha256),
            short_hash(&hash)
        )),
        None => Some(format!(
            "{shown:?} is not the pack of {}: it was started with --demo",
            journal.display()
        )),
    }
}

/// The first 12 hex digits of a hash, enough to tell two packs apart.
fn short_hash(hash: &str) -> &str {
    hash.get(..12).unwrap_or(hash)
}

/// Runs `netdojo class host`.
pub fn run(args: &HostArgs, io: &mut Io<'_>) -> std::io::Result<Status> {
    let Some(data_dir) = data_dir() else {
        return bad(
            io,
            "no data directory: set NETDOJO_HOME to a folder for the host key",
        );
    };
    let journal = if let Some(path) = &args.resume {
        if !path.exists() {
            return bad(
                io,
                &format!(
                    "{:?} does not exist: give the journal of an earlier session",
                    path.display().to_string()
                ),
            );
        }
        if let Some(pack) = &args.pack {
            if let Some(message) = other_pack(pack, path) {
                return bad(io, &message);
            }
        }
        JournalStart::Resume { path: path.clone() }
    } else if args.demo || args.pack.is_some() {
        let code = args.code.clone().unwrap_or_else(random_code);
        if check_code(&code).is_err() {
            return bad(
                io,
                &format!(
                    "{code:?} is not a valid join code: use 3 to 32 lowercase letters, digits or dashes"
                ),
            );
        }
        let pacing = match (args.self_paced, args.question_time) {
            (Some(minutes), _) => Pacing::Student {
                total_secs: minutes.saturating_mul(60),
            },
            (None, secs) => Pacing::Teacher {
                question_secs: secs,
            },
        };
        let library = load::embedded_library();
        // The demo is a pack like any other, built in: it runs and writes results
        // through the same code.
        let (file, loaded) = match &args.pack {
            Some(path) => match load_pack(path, &library, io)? {
                Ok(loaded) => (path.display().to_string(), loaded),
                Err(status) => return Ok(status),
            },
            None => match pack::read(pack::DEMO, &library) {
                Ok(demo) => (
                    pack::DEMO_FILE.to_owned(),
                    LoadedPack {
                        pack: demo,
                        text: pack::DEMO.to_owned(),
                    },
                ),
                Err(_) => return bad(io, "the built-in demo pack cannot be read"),
            },
        };
        let pacing = match (args.self_paced, args.question_time) {
            (None, None) => pacing_for(loaded.pack.time_limit),
            _ => pacing,
        };
        let mut setup = Setup {
            title: loaded.pack.title.clone(),
            code: code.clone(),
            pacing,
            questions: Vec::new(),
            board_visible: true,
            max_students: args.max_students,
            roster: None,
            pack: Some(PackSource::new(&file, &loaded.text)),
        };
        setup.board_visible = !args.hide_board;
        if let Some(path) = &args.roster {
            let text = match std::fs::read_to_string(path) {
                Ok(text) => text,
                Err(e) => {
                    return bad(
                        io,
                        &format!(
                            "cannot read the roster {:?}: {e}",
                            path.display().to_string()
                        ),
                    );
                }
            };
            match parse_roster(&text) {
                Ok(roster) => setup.roster = Some(roster),
                Err(e) => return bad(io, &format!("{}: {e}", path.display())),
            }
        }
        if let Err(e) = setup.check() {
            return bad(io, &e.to_string());
        }
        let path = match &args.journal {
            Some(path) => path.clone(),
            None => default_journal(&data_dir)?,
        };
        JournalStart::New { path, setup }
    } else {
        return bad(
            io,
            "say which session to host: a pack file, --demo (a built-in 3-question session) or --resume JOURNAL",
        );
    };
    let options = RunOptions {
        listen: args.listen,
        data_dir,
        journal,
        limits: Limits {
            max_connections: usize::try_from(args.max_students)
                .unwrap_or(usize::MAX)
                .saturating_add(args.max_students as usize / 4)
                .saturating_add(8),
            ..Limits::default()
        },
        headless: args.headless,
        lang: io.lang,
        out: args.out.clone(),
    };
    match run_host(options, io.out, io.err) {
        Ok(()) => Ok(Status::Ok),
        Err(RunError::Host(crate::classroom::live::host::HostError::Journal(e))) => {
            bad(io, &e.to_string())
        }
        Err(e) => {
            writeln!(io.err, "netdojo: {e}")?;
            Ok(Status::Failure)
        }
    }
}
