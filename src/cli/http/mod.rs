//! `netdojo http`: check HTTP/1.1 messages part by part, classify status codes.

mod check;
mod status;

use std::io;

use clap::{Args, Subcommand};

use super::{Io, Status};

/// Arguments of `netdojo http`.
#[derive(Debug, Args)]
pub struct HttpArgs {
    #[command(subcommand)]
    pub command: HttpCommand,
}

/// The `http` subcommands.
#[derive(Debug, Subcommand)]
pub enum HttpCommand {
    /// Annotate every part of an HTTP/1.1 message and report what is wrong
    Check(check::CheckArgs),
    /// Classify status codes: class, reason phrase and meaning
    Status(status::StatusArgs),
}

/// Runs one `http` subcommand.
pub fn run(args: &HttpArgs, io: &mut Io<'_>) -> io::Result<Status> {
    match &args.command {
        HttpCommand::Check(args) => check::run(args, io),
        HttpCommand::Status(args) => status::run(args, io),
    }
}
