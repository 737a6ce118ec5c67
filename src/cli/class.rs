//! `netdojo class ...`: classroom commands, one subcommand each. `host` runs a live
//! quiz over SSH; the pack, exam and report commands join this group as they land.

use super::{Io, Status, class_host};

/// The `class` group's arguments.
#[derive(Debug, clap::Args)]
pub struct ClassArgs {
    #[command(subcommand)]
    pub command: ClassCommand,
}

/// The classroom subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum ClassCommand {
    /// Host a live quiz over SSH: students join with `ssh -p PORT CODE@HOST`
    #[command(long_about = class_host::ABOUT, after_help = class_host::AFTER_HELP)]
    Host(class_host::HostArgs),
}

/// Runs a classroom subcommand.
pub fn run(args: &ClassArgs, io: &mut Io<'_>) -> std::io::Result<Status> {
    match &args.command {
        ClassCommand::Host(host) => class_host::run(host, io),
    }
}
