//! `netdojo avail size`: N+k sizing of a server pool.

use std::io;

use clap::Args;
use serde_json::{Value, json};

use super::Context;
use crate::calc::availability::{Availability, Period};
use crate::cli::{Io, Status, report};
use crate::format::avail::{self, SizingText, option_name};

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
    let text = SizingText {
        load: &args.load,
        capacity: &args.capacity,
        spares: &args.spares,
        server: args.server.as_deref(),
        azs: args.azs.as_deref(),
    };
    let input = match text.read() {
        Ok(input) => input,
        Err((text, message)) => return report::bad_input(io, context.json, &text, &message),
    };
    let sizing = match input.size() {
        Ok(sizing) => sizing,
        Err(e) => {
            let (text, message) = text.error(&e);
            return report::bad_input(io, context.json, &text, &message);
        }
    };
    if !context.json {
        let text = avail::size(&input, &sizing, &context.figures());
        io.out.write_all(text.as_bytes())?;
        return Ok(Status::Ok);
    }
    let year = context.convention.span(Period::Year);
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
    Ok(Status::Ok)
}
