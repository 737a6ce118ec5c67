//! `netdojo ipv4cost`: what public IPv4 addresses cost since AWS began charging for all
//! of them.

use std::io;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, report};
use crate::calc::cost::{HOURS_PER_MONTH, PUBLIC_IPV4_HOURLY};
use crate::format::ipv4cost;
use crate::lang::Lang;

const AFTER_HELP: &str = "\
Since 2024-02-01 AWS charges $0.005 an hour for every public IPv4 address: the
ones assigned automatically to instances and Elastic IPs alike, attached to a
running instance or idle. (Before that, an Elastic IP on a running instance was
free.) A month is 730 hours in AWS price examples (720 for a 30-day month).
Source: Amazon VPC pricing, \"Public IPv4 Address\" tab.

Examples:
  netdojo ipv4cost
  netdojo ipv4cost --addresses 3 --hours 730
  netdojo ipv4cost --addresses 2 --hours 720 --rate 150 --json

--json prints one object: addresses, hours, usd_per_hour, usd, yen_rate and jpy
(null without --rate). Amounts are strings.";

/// Arguments of `netdojo ipv4cost`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct Ipv4CostArgs {
    /// Number of public IPv4 addresses
    #[arg(
        long,
        value_name = "N",
        default_value = "1",
        allow_hyphen_values = true
    )]
    pub addresses: String,

    /// Hours each address is held
    #[arg(
        long,
        value_name = "H",
        default_value_t = HOURS_PER_MONTH.to_string(),
        allow_hyphen_values = true
    )]
    pub hours: String,

    /// Exchange rate in yen per US dollar, e.g. 150; adds the cost in yen
    #[arg(long, value_name = "YEN")]
    pub rate: Option<String>,

    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs `netdojo ipv4cost`.
pub fn run(args: &Ipv4CostArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let cost = match ipv4cost::price(&args.addresses, &args.hours, args.rate.as_deref()) {
        Ok(cost) => cost,
        Err((value, message)) => return report::bad_input(io, args.json, &value, &message),
    };
    if args.json {
        let json = Ipv4CostJson {
            addresses: cost.addresses.to_string(),
            hours: cost.hours.to_string(),
            usd_per_hour: PUBLIC_IPV4_HOURLY.decimal(),
            usd: cost.usd.decimal(),
            yen_rate: cost.yen.map(|(rate, _)| rate.decimal()),
            jpy: cost.yen.map(|(_, yen)| yen.decimal()),
        };
        serde_json::to_writer(&mut *io.out, &json)?;
        writeln!(io.out)?;
        return Ok(Status::Ok);
    }
    io.out
        .write_all(ipv4cost::text(&cost, Lang::En).as_bytes())?;
    Ok(Status::Ok)
}

#[derive(Serialize)]
struct Ipv4CostJson {
    addresses: String,
    hours: String,
    usd_per_hour: String,
    usd: String,
    yen_rate: Option<String>,
    jpy: Option<String>,
}
