//! `netdojo port`: classify port numbers.

use std::io;

use clap::Args;
use serde_json::json;

use super::{Io, Status, report};
use crate::calc::ports::{PortInfo, classify, parse_port};
use crate::format;

/// Arguments of `netdojo port`.
#[derive(Debug, Args)]
#[command(allow_negative_numbers = true)]
pub struct PortArgs {
    /// Port numbers, 0 to 65535
    #[arg(required = true, value_name = "PORT")]
    pub ports: Vec<String>,
    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs `netdojo port`.
pub fn run(args: &PortArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let mut status = Status::Ok;
    let mut infos = Vec::new();
    for text in &args.ports {
        let port = match parse_port(text) {
            Ok(port) => port,
            Err(e) => {
                status = status.worst(report::bad_input(io, args.json, text, &e.to_string())?);
                continue;
            }
        };
        let info = classify(port);
        if args.json {
            report::json_line(io, &json_info(&info))?;
        } else {
            infos.push(info);
        }
    }
    io.out.write_all(format::port::table(&infos).as_bytes())?;
    Ok(status)
}

fn json_info(info: &PortInfo) -> serde_json::Value {
    let services: Vec<serde_json::Value> = info
        .services
        .iter()
        .map(|s| {
            let transports: Vec<String> = s.transports.iter().map(ToString::to_string).collect();
            json!({
                "name": s.name,
                "transports": transports,
                "description": s.description,
                "description_ja": s.description_ja,
            })
        })
        .collect();
    json!({
        "port": info.port,
        "range": info.range.name(),
        "rfc6335_range": info.range.rfc_name(),
        "services": services,
        "linux_ephemeral": info.linux_ephemeral,
    })
}
