//! `netdojo tcp`: a TCP connection step by step, TCP and UDP compared, and IPv4
//! fragmentation.

mod compare;
mod fragment;
mod handshake;

use std::io;

use clap::{Args, Subcommand};

use super::{Io, Status};

/// Arguments of `netdojo tcp`.
#[derive(Debug, Args)]
pub struct TcpArgs {
    #[command(subcommand)]
    pub command: TcpCommand,
}

/// The `netdojo tcp` subcommands.
#[derive(Debug, Subcommand)]
pub enum TcpCommand {
    /// A connection from SYN to the last ACK, with sequence and acknowledgement numbers
    #[command(after_help = "Examples:\n  netdojo tcp handshake\n  \
                            netdojo tcp handshake --client-isn 1000 --server-isn 5000 --send 100,200 --reply 300\n  \
                            netdojo tcp handshake --client-isn 4294967295 --send 10 --lang ja\n  \
                            netdojo tcp handshake --send 100 --json\n\n\
                            The SYN and each FIN use one sequence number; every data byte uses one. \
                            Numbers wrap from 4294967295 to 0.")]
    Handshake(handshake::HandshakeArgs),
    /// How IPv4 cuts a datagram into fragments for a smaller MTU
    #[command(
        after_help = "Examples:\n  netdojo tcp fragment --size 4000 --mtu 1500\n  \
                            netdojo tcp fragment --size 4000 --mtu 1006 --header 24 --json\n  \
                            netdojo tcp fragment --size 4000 --mtu 1500 --df\n\n\
                            --size is the datagram's total length, header included. Every fragment but the \
                            last carries a multiple of 8 data bytes; the offset field counts 8-byte units."
    )]
    Fragment(fragment::FragmentArgs),
    /// TCP and UDP side by side
    #[command(
        after_help = "Examples:\n  netdojo tcp compare\n  netdojo tcp compare --lang ja\n  netdojo tcp compare --json"
    )]
    Compare(compare::CompareArgs),
}

pub use crate::lang::Lang;

/// Runs `netdojo tcp`.
pub fn run(args: &TcpArgs, io: &mut Io<'_>) -> io::Result<Status> {
    match &args.command {
        TcpCommand::Handshake(args) => handshake::run(args, io),
        TcpCommand::Fragment(args) => fragment::run(args, io),
        TcpCommand::Compare(args) => compare::run(args, io),
    }
}
