//! `netdojo tcp compare`: TCP and UDP side by side.

use std::io;

use clap::Args;
use serde_json::json;

use super::Lang;
use crate::calc::tcp::TCP_VS_UDP;
use crate::cli::{Io, Status, report};
use crate::format;

/// Arguments of `netdojo tcp compare`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Language of the table (the JSON carries both)
    #[arg(long, value_enum, default_value = "en")]
    pub lang: Lang,
    /// Print JSON Lines, one property per line
    #[arg(long)]
    pub json: bool,
}

pub(super) fn run(args: &CompareArgs, io: &mut Io<'_>) -> io::Result<Status> {
    if args.json {
        for c in TCP_VS_UDP {
            report::json_line(
                io,
                &json!({
                    "property": c.property,
                    "tcp": c.tcp,
                    "udp": c.udp,
                    "property_ja": c.property_ja,
                    "tcp_ja": c.tcp_ja,
                    "udp_ja": c.udp_ja,
                }),
            )?;
        }
        return Ok(Status::Ok);
    }
    io.out
        .write_all(format::tcp::compare(args.lang).as_bytes())?;
    Ok(Status::Ok)
}
