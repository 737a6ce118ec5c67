//! `netdojo avail nines`: nines and allowed downtime per period.

use std::io;

use clap::Args;
use serde_json::json;

use super::Context;
use crate::calc::availability::Availability;
use crate::cli::table::Table;
use crate::cli::{Io, Status, report};
use crate::format::avail::nines_text;

/// Arguments of `netdojo avail nines`.
#[derive(Debug, Args)]
pub struct NinesArgs {
    /// Availabilities in percent, such as 99.9 or 99.95%
    #[arg(required = true, value_name = "PERCENT")]
    pub availabilities: Vec<String>,
}

pub(super) fn run(args: &NinesArgs, context: &Context, io: &mut Io<'_>) -> io::Result<Status> {
    let mut status = Status::Ok;
    let mut table = Table::new(&[
        "availability",
        "nines",
        "year",
        "quarter",
        "month",
        "week",
        "day",
    ])
    .right_align(&[1]);
    let mut rows = 0;
    for text in &args.availabilities {
        let availability = match text.parse::<Availability>() {
            Ok(a) => a,
            Err(e) => {
                status = status.worst(report::bad_input(io, context.json, text, &e.to_string())?);
                continue;
            }
        };
        if context.json {
            let mut fields = context.availability_fields(availability);
            fields.insert("input".into(), json!(text));
            report::json_line(io, &serde_json::Value::Object(fields))?;
            continue;
        }
        let mut cells = vec![availability.to_string(), nines_text(availability)];
        cells.extend(context.figures().downtime_cells(availability));
        table.row(cells);
        rows += 1;
    }
    if !context.json && rows > 0 {
        writeln!(
            io.out,
            "convention: {} (quarter = year/4, week = 7 days, day = 24 h)",
            context.convention
        )?;
        writeln!(io.out)?;
        table.write(io.out)?;
    }
    Ok(status)
}
