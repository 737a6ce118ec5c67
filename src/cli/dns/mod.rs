//! `netdojo dns`: domain levels, an iterative resolution walk, record types explained.

mod levels;
mod records;
mod show;
mod walk;

use std::io;

use clap::{Args, Subcommand};

use super::{Io, Status};

/// Arguments of `netdojo dns`.
#[derive(Debug, Args)]
pub struct DnsArgs {
    #[command(subcommand)]
    pub command: DnsCommand,
}

/// The `dns` subcommands.
#[derive(Debug, Subcommand)]
pub enum DnsCommand {
    /// Split names into levels: TLD, 2nd level, ..., the public suffix and the registrable domain
    Levels(levels::LevelsArgs),
    /// Walk an iterative resolution over the built-in zones, message by message
    Walk(walk::WalkArgs),
    /// Explain record types with example records from the built-in zones
    Records(records::RecordsArgs),
}

/// Runs one `dns` subcommand.
pub fn run(args: &DnsArgs, io: &mut Io<'_>) -> io::Result<Status> {
    match &args.command {
        DnsCommand::Levels(args) => levels::run(args, io),
        DnsCommand::Walk(args) => walk::run(args, io),
        DnsCommand::Records(args) => records::run(args, io),
    }
}
