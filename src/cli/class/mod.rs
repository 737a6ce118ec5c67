//! `netdojo class`: quiz packs for a classroom. Write a pack (`new`, `check`),
//! print its answer key (`key`), take it (`take`), report on a class's results
//! (`report`) and export it to Moodle (`export`).
//!
//! Each subcommand is its own file; the enum below is the only list of them.

mod check;
mod clock;
mod export;
mod key;
mod new;
mod report;
mod take;

use std::io;
use std::path::Path;

use clap::{Args, Subcommand};

use super::{Io, Status};
use crate::classroom::pack::{self, Pack};
use crate::classroom::store;
use crate::lesson::{Library, load};

/// Arguments of `netdojo class`.
#[derive(Debug, Args)]
pub struct ClassArgs {
    #[command(subcommand)]
    pub command: ClassCommand,
}

/// The `class` subcommands.
#[derive(Debug, Subcommand)]
pub enum ClassCommand {
    /// Print a starter pack to edit: every setting, explained in its description
    #[command(after_help = new::AFTER_HELP)]
    New(new::NewArgs),
    /// Check packs and print every problem with its place (JSON pointer or line:column)
    #[command(after_help = check::AFTER_HELP)]
    Check(check::CheckArgs),
    /// Print the answer key, in the order a given student sees the questions
    #[command(after_help = key::AFTER_HELP)]
    Key(key::KeyArgs),
    /// Take a pack as a student, one answer per line, and write the result file
    #[command(after_help = take::AFTER_HELP)]
    Take(take::TakeArgs),
    /// Report on a class's result files: scores recomputed, facility, wrong answers, skills
    #[command(after_help = report::AFTER_HELP)]
    Report(report::ReportArgs),
    /// Export a pack to another system (Moodle GIFT)
    #[command(after_help = export::AFTER_HELP)]
    Export(export::ExportArgs),
}

/// Runs one `class` subcommand.
pub fn run(args: &ClassArgs, io: &mut Io<'_>) -> io::Result<Status> {
    match &args.command {
        ClassCommand::New(args) => new::run(args, io),
        ClassCommand::Check(args) => check::run(args, io),
        ClassCommand::Key(args) => key::run(args, io),
        ClassCommand::Take(args) => take::run(args, io),
        ClassCommand::Report(args) => report::run(args, io),
        ClassCommand::Export(args) => export::run(args, io),
    }
}

/// The lessons built into netdojo, which lesson questions of packs come from.
fn library() -> Library {
    Library::from_sources(&load::embedded()).0
}

/// A pack read and checked, with its text (results record its hash).
struct LoadedPack {
    pack: Pack,
    text: String,
}

/// Reads and checks a pack for a subcommand that needs a sound one. On failure the
/// one-line error is written and `Err(Status::BadInput)` returned.
fn load_pack(
    path: &Path,
    library: &Library,
    io: &mut Io<'_>,
) -> io::Result<Result<LoadedPack, Status>> {
    let shown = path.display().to_string();
    let text = match store::read_text(path) {
        Ok(text) => text,
        Err(e) => {
            writeln!(io.err, "netdojo: {}", cannot_read(&shown, &e))?;
            return Ok(Err(Status::BadInput));
        }
    };
    match pack::read(&text, library) {
        Ok(pack) => Ok(Ok(LoadedPack { pack, text })),
        Err(problems) => {
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            let more = match problems.len() {
                0 | 1 => String::new(),
                2 => " (and 1 more problem)".to_owned(),
                n => format!(" (and {} more problems)", n - 1),
            };
            writeln!(
                io.err,
                "netdojo: {shown:?} is not a valid pack: {first}{more}; netdojo class check {shown} lists every problem"
            )?;
            Ok(Err(Status::BadInput))
        }
    }
}

/// `"FILE" cannot be read: reason`, for a file that could not be opened or is not text.
fn cannot_read(shown: &str, e: &store::StoreError) -> String {
    match e {
        store::StoreError::Io { source, .. } => format!("{shown:?} cannot be read: {source}"),
        store::StoreError::NotText(_) => format!("{shown:?} cannot be read: it is not UTF-8 text"),
        store::StoreError::NotAResult { reason, .. } => format!("{shown:?}: {reason}"),
    }
}
