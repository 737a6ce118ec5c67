//! `netdojo tcp fragment`: IPv4 fragmentation of one datagram.

use std::io;

use clap::Args;
use serde_json::json;

use crate::calc::tcp::fragment;
use crate::cli::{Io, Status, report};
use crate::format::{self, tcp::FragmentText};

/// Arguments of `netdojo tcp fragment`.
#[derive(Debug, Args)]
#[command(allow_negative_numbers = true)]
pub struct FragmentArgs {
    /// The datagram's total length in bytes, header included (at most 65535)
    #[arg(long, value_name = "BYTES")]
    pub size: String,
    /// The MTU of the link it must cross, in bytes (68 or more)
    #[arg(long, value_name = "BYTES")]
    pub mtu: String,
    /// The IP header length in bytes (20 to 60, a multiple of 4)
    #[arg(long, value_name = "BYTES", default_value = "20")]
    pub header: String,
    /// The datagram has Don't Fragment set
    #[arg(long)]
    pub df: bool,
    /// Print JSON Lines, one fragment per line
    #[arg(long)]
    pub json: bool,
}

pub(super) fn run(args: &FragmentArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let text = FragmentText {
        size: &args.size,
        mtu: &args.mtu,
        header: &args.header,
        dont_fragment: args.df,
    };
    let input = match text.read() {
        Ok(input) => input,
        Err((text, message)) => return report::bad_input(io, args.json, &text, &message),
    };
    let fragments = match fragment(&input) {
        Ok(fragments) => fragments,
        Err(e) => {
            let (text, message) = text.error(&e);
            return report::bad_input(io, args.json, &text, &message);
        }
    };
    if args.json {
        for f in &fragments {
            report::json_line(
                io,
                &json!({
                    "fragment": f.index,
                    "total_length": f.total_length,
                    "data_length": f.data_length,
                    "offset_bytes": f.offset_bytes,
                    "offset": f.offset_units,
                    "more_fragments": f.more_fragments,
                }),
            )?;
        }
        return Ok(Status::Ok);
    }
    let text = format::tcp::fragment(&input, &fragments);
    io.out.write_all(text.as_bytes())?;
    Ok(Status::Ok)
}
