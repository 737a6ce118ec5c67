//! `netdojo tcp fragment`: IPv4 fragmentation of one datagram.

use std::io;

use clap::Args;
use serde_json::json;

use crate::calc::tcp::{FragmentError, FragmentInput, fragment};
use crate::cli::table::Table;
use crate::cli::{Io, Status, report};

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
    let bytes = |text: &str, what: &str| -> Result<u32, (String, String)> {
        text.trim().parse::<u32>().map_err(|_| {
            (
                text.to_string(),
                format!("\"{text}\" is not {what} (expected a whole number of bytes)"),
            )
        })
    };
    let read = || -> Result<FragmentInput, (String, String)> {
        Ok(FragmentInput {
            total_length: bytes(&args.size, "a datagram size")?,
            header_length: bytes(&args.header, "a header length")?,
            mtu: bytes(&args.mtu, "an MTU")?,
            dont_fragment: args.df,
        })
    };
    let input = match read() {
        Ok(input) => input,
        Err((text, message)) => return report::bad_input(io, args.json, &text, &message),
    };
    let fragments = match fragment(&input) {
        Ok(fragments) => fragments,
        Err(e) => {
            let (flag, text) = match e {
                FragmentError::HeaderLength(_) => ("--header", &args.header),
                FragmentError::TotalTooLarge(_) | FragmentError::TotalBelowHeader { .. } => {
                    ("--size", &args.size)
                }
                FragmentError::MtuTooSmall(_) | FragmentError::DontFragment { .. } => {
                    ("--mtu", &args.mtu)
                }
            };
            return report::bad_input(io, args.json, text, &format!("{flag} \"{text}\": {e}"));
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
    let data = input.total_length - input.header_length;
    writeln!(
        io.out,
        "datagram {} bytes ({}-byte header + {data} bytes of data), MTU {}: {} fragment{}",
        input.total_length,
        input.header_length,
        input.mtu,
        fragments.len(),
        if fragments.len() == 1 { "" } else { "s" }
    )?;
    writeln!(io.out)?;
    let mut table = Table::new(&[
        "fragment",
        "total length",
        "data",
        "offset (bytes)",
        "offset field (x8)",
        "MF",
    ])
    .right_align(&[0, 1, 2, 3, 4, 5]);
    for f in &fragments {
        table.row(vec![
            f.index.to_string(),
            f.total_length.to_string(),
            f.data_length.to_string(),
            f.offset_bytes.to_string(),
            f.offset_units.to_string(),
            u8::from(f.more_fragments).to_string(),
        ]);
    }
    table.write(io.out)?;
    writeln!(io.out)?;
    if fragments.len() == 1 {
        writeln!(io.out, "It fits the MTU as it is: no fragmentation needed.")?;
    } else {
        writeln!(
            io.out,
            "Only the destination host reassembles the fragments; routers on the way do not."
        )?;
    }
    Ok(Status::Ok)
}
