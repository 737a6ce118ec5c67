//! `netdojo ipv4cost`: what public IPv4 addresses cost since AWS began charging for all
//! of them.

use std::io;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, input, report, table};
use crate::calc::cost::{
    HOURS_PER_MONTH, PUBLIC_IPV4_CHARGED_SINCE, PUBLIC_IPV4_HOURLY, PUBLIC_IPV4_SOURCE,
    public_ipv4_cost,
};
use crate::calc::decimal::Grouped;

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
    let addresses = match input::whole_number(&args.addresses, "number of addresses") {
        Ok(n) => n,
        Err(message) => return report::bad_input(io, args.json, &args.addresses, &message),
    };
    let hours = match input::whole_number(&args.hours, "number of hours") {
        Ok(n) => n,
        Err(message) => return report::bad_input(io, args.json, &args.hours, &message),
    };
    let rate = match args.rate.as_deref().map(input::yen_rate) {
        None => None,
        Some(Ok(rate)) => Some(rate),
        Some(Err(message)) => {
            let text = args.rate.as_deref().unwrap_or_default();
            return report::bad_input(io, args.json, text, &message);
        }
    };
    let input_text = format!("--addresses {} --hours {}", args.addresses, args.hours);
    let usd = match public_ipv4_cost(addresses, hours) {
        Ok(usd) => usd,
        Err(e) => {
            let message = format!("{input_text:?} cannot be priced: {e}");
            return report::bad_input(io, args.json, &input_text, &message);
        }
    };
    let yen = match rate.map(|rate| usd.to_yen(rate).map(|yen| (rate, yen))) {
        None => None,
        Some(Ok(pair)) => Some(pair),
        Some(Err(e)) => {
            let message = format!("{input_text:?} cannot be converted to yen: {e}");
            return report::bad_input(io, args.json, &input_text, &message);
        }
    };
    if args.json {
        let json = Ipv4CostJson {
            addresses: addresses.to_string(),
            hours: hours.to_string(),
            usd_per_hour: PUBLIC_IPV4_HOURLY.decimal(),
            usd: usd.decimal(),
            yen_rate: yen.map(|(rate, _)| rate.decimal()),
            jpy: yen.map(|(_, yen)| yen.decimal()),
        };
        serde_json::to_writer(&mut *io.out, &json)?;
        writeln!(io.out)?;
        return Ok(Status::Ok);
    }
    let noun = if addresses == 1 {
        "address"
    } else {
        "addresses"
    };
    let mut rows = vec![
        (
            "Addresses",
            format!("{} public IPv4 {noun}", Grouped(u128::from(addresses))),
        ),
        ("Hours", format!("{} each", Grouped(u128::from(hours)))),
        (
            "Price",
            format!("{PUBLIC_IPV4_HOURLY} per address per hour since {PUBLIC_IPV4_CHARGED_SINCE}"),
        ),
        (
            "Cost",
            format!(
                "{} × {} h × {PUBLIC_IPV4_HOURLY} = {usd}",
                Grouped(u128::from(addresses)),
                Grouped(u128::from(hours))
            ),
        ),
    ];
    if let Some((rate, yen)) = yen {
        rows.push(("In yen", format!("{yen} at {rate}")));
    }
    rows.push((
        "Counts",
        "every public IPv4 address: auto-assigned or Elastic IP, in use or idle".to_owned(),
    ));
    rows.push(("Source", PUBLIC_IPV4_SOURCE.to_owned()));
    table::write_rows(io.out, &rows)?;
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
