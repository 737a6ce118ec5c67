//! `netdojo port`: classify port numbers.

use std::io;

use clap::Args;
use serde_json::json;

use super::table::Table;
use super::{Io, Status, report};
use crate::calc::ports::{PortInfo, classify, parse_port};

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
    let mut table = Table::new(&["port", "range", "services", "linux ephemeral"]).right_align(&[0]);
    let mut rows = 0;
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
            let (first, last) = info.range.bounds();
            table.row(vec![
                port.to_string(),
                format!("{} ({first}-{last})", info.range),
                services_text(&info),
                if info.linux_ephemeral { "yes" } else { "no" }.into(),
            ]);
            rows += 1;
        }
    }
    if rows > 0 {
        table.write(io.out)?;
    }
    Ok(status)
}

fn services_text(info: &PortInfo) -> String {
    if info.services.is_empty() {
        return "-".into();
    }
    info.services
        .iter()
        .map(|s| {
            let transports: Vec<String> = s.transports.iter().map(ToString::to_string).collect();
            format!("{} ({})", s.name, transports.join(", "))
        })
        .collect::<Vec<_>>()
        .join(", ")
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
