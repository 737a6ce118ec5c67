//! `netdojo overlap`: how every pair of the given prefixes stands to each other.

use std::io::{self, BufWriter, Write};

use clap::Args;
use ipnet::IpNet;

use super::report::bad_input_at;
use super::{Io, Status, input};
use crate::format;

#[derive(Debug, Args)]
#[command(after_help = "\
Relations (of A to B):
  equal         the same block
  contains      A holds all of B, and more
  contained_by  B holds all of A, and more
  adjacent      no address in common and none between them: A ends right where B
                starts, or the other way round (touching blocks do not always merge:
                10.0.1.0/24 and 10.0.2.0/24 touch but are not a /23)
  disjoint      no address in common and a gap between them (or IPv4 vs IPv6)
Prefixes are compared as networks (10.0.0.5/24 counts as 10.0.0.0/24). Pairs of
the valid inputs are still shown when another input is bad (exit status 2).

Examples:
  netdojo overlap 10.0.0.0/16 10.0.128.0/17 10.1.0.0/16
  netdojo overlap --json 10.0.0.0/8 172.16.0.0/12 10.20.0.0/16")]
pub struct OverlapArgs {
    /// Two or more prefixes; every pair is compared
    #[arg(value_name = "CIDR", required = true, num_args = 2..)]
    pub cidrs: Vec<String>,
    /// Print JSON Lines: one object per pair
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &OverlapArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let mut status = Status::Ok;
    let mut nets: Vec<(IpNet, String)> = Vec::with_capacity(args.cidrs.len());
    for text in &args.cidrs {
        match input::net(text) {
            Ok(net) => {
                let net = net.trunc();
                nets.push((net, net.to_string()));
            }
            Err(message) => {
                bad_input_at(io.out, io.err, args.json, text, None, &message)?;
                status = Status::BadInput;
            }
        }
    }

    let mut out = BufWriter::new(&mut *io.out);
    format::setops::overlap_pairs(&mut out, args.json, &nets)?;
    out.flush()?;
    Ok(status)
}
