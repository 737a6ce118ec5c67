//! `netdojo exclude`: a network minus some of its prefixes, as the fewest prefixes.

use std::io::{self, BufWriter, Write};

use clap::Args;

use super::report::bad_input_at;
use super::{Io, Status, input, prefix_rows};
use crate::calc::setops::{Relation, SetOpError, exclude, relation};

#[derive(Debug, Args)]
#[command(after_help = "\
Every prefix to exclude must lie inside the network. If any input is bad, each
one is reported and nothing is printed: a partial result would be wrong.

Examples:
  netdojo exclude 10.0.0.0/8 10.7.0.0/16
  netdojo exclude 192.168.0.0/24 192.168.0.0/26 192.168.0.192/26
  netdojo exclude --json 0.0.0.0/0 10.0.0.0/8 172.16.0.0/12 192.168.0.0/16")]
pub struct ExcludeArgs {
    /// The network to cut from, e.g. 10.0.0.0/8
    #[arg(value_name = "CIDR")]
    pub network: String,
    /// Prefixes inside it to remove
    #[arg(value_name = "CIDR", required = true)]
    pub excluded: Vec<String>,
    /// Print JSON Lines: one object per remaining prefix
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &ExcludeArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let network = match input::net(&args.network) {
        Ok(net) => net.trunc(),
        Err(message) => {
            bad_input_at(io.out, io.err, args.json, &args.network, None, &message)?;
            return Ok(Status::BadInput);
        }
    };
    let mut status = Status::Ok;
    let mut cuts = Vec::with_capacity(args.excluded.len());
    for text in &args.excluded {
        let checked = input::net(text).and_then(|net| match relation(net, network) {
            Relation::Equal | Relation::ContainedBy => Ok(net),
            _ => Err(SetOpError::NotInside {
                excluded: net,
                network,
            }
            .to_string()),
        });
        match checked {
            Ok(net) => cuts.push(net),
            Err(message) => {
                bad_input_at(io.out, io.err, args.json, text, None, &message)?;
                status = Status::BadInput;
            }
        }
    }
    if status != Status::Ok {
        return Ok(status);
    }
    match exclude(network, &cuts) {
        Ok(left) => {
            let mut out = BufWriter::new(&mut *io.out);
            let empty = format!("Nothing is left: the excluded prefixes cover {network}.");
            prefix_rows::write_all(&mut out, args.json, &left, &empty)?;
            out.flush()?;
            Ok(Status::Ok)
        }
        Err(e) => {
            bad_input_at(
                io.out,
                io.err,
                args.json,
                &args.network,
                None,
                &e.to_string(),
            )?;
            Ok(Status::BadInput)
        }
    }
}
