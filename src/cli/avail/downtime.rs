//! `netdojo avail downtime`: availability from downtime observed over a period.

use std::io;

use clap::Args;
use serde_json::json;

use super::Context;
use crate::calc::availability::{Availability, MonthLength, Period, Span};
use crate::cli::table::Table;
use crate::cli::{Io, Status, report};
use crate::format::avail::nines_text;

/// Arguments of `netdojo avail downtime`.
#[derive(Debug, Args)]
pub struct DowntimeArgs {
    /// Observed downtime, such as 45m or 1h 30m
    #[arg(required = true, value_name = "LENGTH")]
    pub downtimes: Vec<String>,
    /// The period observed: a length (30d, 720h) or year, quarter, month, week, day
    #[arg(long, value_name = "PERIOD", default_value = "year")]
    pub over: String,
}

pub(super) fn run(args: &DowntimeArgs, context: &Context, io: &mut Io<'_>) -> io::Result<Status> {
    let (over, over_label) = match read_period(&args.over, context) {
        Ok(period) => period,
        Err(message) => return report::bad_input(io, context.json, &args.over, &message),
    };
    let mut status = Status::Ok;
    let mut table = Table::new(&["downtime", "over", "availability", "nines"]).right_align(&[3]);
    let mut rows = 0;
    for text in &args.downtimes {
        let result = text
            .parse::<Span>()
            .map_err(|e| e.to_string())
            .and_then(|down| {
                Availability::from_downtime(down, over)
                    .map(|a| (down, a))
                    .map_err(|e| format!("\"{text}\": {e}"))
            });
        let (down, availability) = match result {
            Ok(found) => found,
            Err(message) => {
                status = status.worst(report::bad_input(io, context.json, text, &message)?);
                continue;
            }
        };
        if context.json {
            report::json_line(
                io,
                &json!({
                    "input": text,
                    "downtime": context.span(down),
                    "downtime_seconds": down.seconds(),
                    "over": over_label,
                    "over_seconds": over.seconds(),
                    "availability": availability.fraction(),
                    "unavailability": availability.unavailability(),
                    "percent": availability.to_string(),
                    "nines": super::nines_json(availability),
                }),
            )?;
            continue;
        }
        table.row(vec![
            context.span(down),
            over_label.clone(),
            availability.to_string(),
            nines_text(availability),
        ]);
        rows += 1;
    }
    if !context.json && rows > 0 {
        table.write(io.out)?;
    }
    Ok(status)
}

/// Reads `--over`: a named period of the convention, or a length.
fn read_period(text: &str, context: &Context) -> Result<(Span, String), String> {
    if let Ok(period) = text.parse::<Period>() {
        let span = context.convention.span(period);
        let days = crate::format::avail::days(context.convention.seconds(period));
        let label = match (period, context.convention.month) {
            (Period::Year, _) => context.convention.year.to_string(),
            (Period::Month, month @ MonthLength::Days(_)) => month.to_string(),
            (Period::Month, month) => format!("{month} ({days})"),
            (other, _) => format!("{other} ({days})"),
        };
        return Ok((span, label));
    }
    let span: Span = text.parse().map_err(|_| {
        format!(
            "\"{text}\" is not a period (expected a length such as 30d or 720h, or year, quarter, month, week or day)"
        )
    })?;
    if span.seconds() <= 0.0 {
        return Err(format!(
            "\"{text}\" is an empty period: it must be longer than 0s"
        ));
    }
    Ok((span, context.span(span)))
}
