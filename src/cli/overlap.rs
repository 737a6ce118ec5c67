//! `netdojo overlap`: how every pair of the given prefixes stands to each other.

use std::io::{self, BufWriter, Write};

use clap::Args;
use ipnet::IpNet;
use serde::Serialize;

use super::report::bad_input_at;
use super::table::{Align, Columns};
use super::{Io, Status, input};
use crate::calc::setops::{Relation, relation};

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

#[derive(Serialize)]
struct PairJson<'a> {
    a: &'a str,
    b: &'a str,
    relation: Relation,
    overlaps: bool,
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
    let mut table = Columns::new(&[
        ("A", Align::Left),
        ("B", Align::Left),
        ("RELATION", Align::Left),
        ("OVERLAPS", Align::Left),
    ]);
    // Column A shows every input but the last, column B every input but the first.
    let widest = |names: &[(IpNet, String)]| names.iter().map(|(_, t)| t.len()).max();
    let count = nets.len();
    table.fit_column(0, widest(&nets[..count.saturating_sub(1)]).unwrap_or(0));
    table.fit_column(1, widest(nets.get(1..).unwrap_or_default()).unwrap_or(0));
    table.fit(&["", "", "contained_by"]);
    if !args.json && nets.len() >= 2 {
        table.write_row(&mut out, &["A", "B", "RELATION", "OVERLAPS"])?;
    }
    for (i, (a, a_text)) in nets.iter().enumerate() {
        for (b, b_text) in &nets[i + 1..] {
            let rel = relation(*a, *b);
            if args.json {
                let pair = PairJson {
                    a: a_text,
                    b: b_text,
                    relation: rel,
                    overlaps: rel.overlaps(),
                };
                serde_json::to_writer(&mut out, &pair)?;
                out.write_all(b"\n")?;
            } else {
                let overlaps = if rel.overlaps() { "yes" } else { "no" };
                table.write_row(&mut out, &[a_text, b_text, rel.name(), overlaps])?;
            }
        }
    }
    out.flush()?;
    Ok(status)
}
