//! `netdojo range`: an address range to the fewest prefixes that cover it, or a
//! prefix to its first and last address.

use std::io::{self, BufWriter, Write};

use clap::Args;

use super::report::bad_input_at;
use super::{Io, Status, input, prefix_rows};
use crate::calc::setops::range_to_cidrs;

#[derive(Debug, Args)]
#[command(after_help = "\
A range (two addresses joined by `-`, both included) gives the fewest prefixes
that cover exactly those addresses. A prefix gives one row with its first and
last address.

Examples:
  netdojo range 10.0.0.5-10.0.0.77
  netdojo range 2001:db8::-2001:db8::ff
  netdojo range 172.16.0.0/12
  netdojo range --json 192.168.0.10-192.168.0.20")]
pub struct RangeArgs {
    /// A range such as 10.0.0.5-10.0.0.77, or a prefix such as 10.0.0.0/22
    #[arg(value_name = "A-B | CIDR")]
    pub input: String,
    /// Print JSON Lines: one object per prefix
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &RangeArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let nets = match args.input.split_once('-') {
        Some((start, end)) => input::addr(start).and_then(|start| {
            let end = input::addr(end)?;
            range_to_cidrs(start, end).map_err(|e| e.to_string())
        }),
        None => input::net(&args.input).map(|net| vec![net.trunc()]),
    };
    match nets {
        Ok(nets) => {
            let mut out = BufWriter::new(&mut *io.out);
            prefix_rows::write_all(&mut out, args.json, &nets, "")?;
            out.flush()?;
            Ok(Status::Ok)
        }
        Err(message) => {
            bad_input_at(io.out, io.err, args.json, &args.input, None, &message)?;
            Ok(Status::BadInput)
        }
    }
}
