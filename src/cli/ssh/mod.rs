//! `netdojo ssh`: public-key authentication step by step, and key fingerprints.

mod fingerprint;
mod walk;

use std::io;

use clap::{Args, Subcommand};

use super::{Io, Status};

/// Arguments of `netdojo ssh`.
#[derive(Debug, Args)]
pub struct SshArgs {
    #[command(subcommand)]
    pub command: SshCommand,
}

/// The `ssh` subcommands.
#[derive(Debug, Subcommand)]
pub enum SshCommand {
    /// Walk SSH-2 public-key authentication with a fresh Ed25519 key pair
    Walk(walk::WalkArgs),
    /// Print bits, fingerprint, comment and type of public keys, as ssh-keygen -lf does
    Fingerprint(fingerprint::FingerprintArgs),
}

/// Runs one `ssh` subcommand.
pub fn run(args: &SshArgs, io: &mut Io<'_>) -> io::Result<Status> {
    match &args.command {
        SshCommand::Walk(args) => walk::run(args, io),
        SshCommand::Fingerprint(args) => fingerprint::run(args, io),
    }
}
