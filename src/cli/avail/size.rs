//! `netdojo avail size`: N+k sizing of a server pool.

use std::io;

use clap::Args;
use serde_json::{Value, json};

use super::Context;
use crate::calc::availability::{Availability, Decimal, Period, SizingError, SizingInput};
use crate::cli::table::Table;
use crate::cli::{Io, Status, report};

/// Arguments of `netdojo avail size`.
#[derive(Debug, Args)]
#[command(allow_negative_numbers = true)]
pub struct SizeArgs {
    /// Peak load, such as 2400 (requests per second, users...)
    #[arg(long, value_name = "AMOUNT")]
    pub load: String,
    /// What one server carries at its target utilisation, in the same unit
    #[arg(long, value_name = "AMOUNT")]
    pub capacity: String,
    /// Spare servers beyond N (1 for N+1, 2 for N+2)
    #[arg(long, value_name = "K", default_value = "1")]
    pub spares: String,
    /// One server's availability in percent, for the pool's availability
    #[arg(long, value_name = "PERCENT")]
    pub server: Option<String>,
    /// Availability zones to spread over, surviving the loss of one
    #[arg(long, value_name = "Z")]
    pub azs: Option<String>,
}

pub(super) fn run(args: &SizeArgs, context: &Context, io: &mut Io<'_>) -> io::Result<Status> {
    let input = match read(args) {
        Ok(input) => input,
        Err((text, message)) => return report::bad_input(io, context.json, &text, &message),
    };
    let sizing = match input.size() {
        Ok(sizing) => sizing,
        Err(e) => {
            let (flag, text) = match e {
                SizingError::ZeroCapacity => ("--capacity", args.capacity.as_str()),
                SizingError::TooManySpares(_) => ("--spares", args.spares.as_str()),
                SizingError::TooFewZones(_) => ("--azs", args.azs.as_deref().unwrap_or_default()),
                SizingError::ZeroLoad
                | SizingError::TooManyServers
                | SizingError::PoolTooLarge(_) => ("--load", args.load.as_str()),
            };
            let message = format!("{flag} \"{text}\": {e}");
            return report::bad_input(io, context.json, text, &message);
        }
    };
    let year = context.convention.span(Period::Year);
    let option_name = |spares: u32| {
        if spares == 0 {
            "N".to_string()
        } else {
            format!("N+{spares}")
        }
    };
    if context.json {
        let options: Vec<Value> = sizing
            .options
            .iter()
            .map(|o| {
                let mut value = json!({
                    "option": option_name(o.spares),
                    "spares": o.spares,
                    "servers": o.servers,
                });
                if let Some(a) = o.availability {
                    value["availability"] = json!(a.fraction());
                    value["unavailability"] = json!(a.unavailability());
                    value["downtime_per_year"] = json!(context.span(a.downtime(year)));
                    value["downtime_per_year_seconds"] = json!(a.downtime(year).seconds());
                }
                value
            })
            .collect();
        let zones = sizing.zones.map_or(
            Value::Null,
            |z| json!({ "zones": z.zones, "per_zone": z.per_zone, "total": z.total }),
        );
        report::json_line(
            io,
            &json!({
                "load": input.load.to_string(),
                "capacity": input.capacity.to_string(),
                "base": sizing.base,
                "spares": input.spares,
                "servers": sizing.servers,
                "server_availability": input.server.map(Availability::fraction),
                "convention": context.convention.to_string(),
                "options": options,
                "zones": zones,
            }),
        )?;
        return Ok(Status::Ok);
    }
    let mut summary = Table::headless();
    summary.row(vec!["peak load".into(), input.load.to_string()]);
    summary.row(vec![
        "capacity per server".into(),
        input.capacity.to_string(),
    ]);
    summary.row(vec![
        format!("N = ceil({} / {})", input.load, input.capacity),
        sizing.base.to_string(),
    ]);
    summary.row(vec![
        "servers".into(),
        format!("{} ({})", sizing.servers, option_name(input.spares)),
    ]);
    if let Some(server) = input.server {
        summary.row(vec!["one server".into(), server.to_string()]);
        summary.row(vec!["convention".into(), context.convention.to_string()]);
    }
    summary.write(io.out)?;
    writeln!(io.out)?;
    let with_availability = input.server.is_some();
    let mut header = vec!["option", "servers", "failures survived"];
    if with_availability {
        header.extend(["availability", "downtime/year"]);
    }
    let mut table = Table::new(&header).right_align(&[1, 2]);
    for o in &sizing.options {
        let mut cells = vec![
            option_name(o.spares),
            o.servers.to_string(),
            o.spares.to_string(),
        ];
        if let Some(a) = o.availability {
            cells.push(a.to_string());
            cells.push(context.span(a.downtime(year)));
        }
        table.row(cells);
    }
    table.write(io.out)?;
    if let Some(z) = sizing.zones {
        writeln!(io.out)?;
        writeln!(
            io.out,
            "across {} zones: {} per zone = ceil({} / {}), {} in all; losing any one zone leaves {} >= N",
            z.zones,
            z.per_zone,
            sizing.base,
            z.zones - 1,
            z.total,
            z.total - z.per_zone
        )?;
    }
    Ok(Status::Ok)
}

fn read(args: &SizeArgs) -> Result<SizingInput, (String, String)> {
    let amount = |text: &str| -> Result<Decimal, (String, String)> {
        text.parse::<Decimal>()
            .map_err(|e| (text.to_string(), e.to_string()))
    };
    let count = |text: &str, what: &str| -> Result<u32, (String, String)> {
        text.parse::<u32>().map_err(|_| {
            (
                text.to_string(),
                format!("\"{text}\" is not a number of {what} (expected a whole number such as 2)"),
            )
        })
    };
    let mut input = SizingInput::new(
        amount(&args.load)?,
        amount(&args.capacity)?,
        count(&args.spares, "spares")?,
    );
    input.server = args
        .server
        .as_deref()
        .map(|t| {
            t.parse::<Availability>()
                .map_err(|e| (t.to_string(), e.to_string()))
        })
        .transpose()?;
    input.zones = args.azs.as_deref().map(|t| count(t, "zones")).transpose()?;
    Ok(input)
}
