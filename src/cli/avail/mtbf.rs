//! `netdojo avail mtbf`: availability from MTBF and MTTR, or the one a target needs.

use std::io;

use clap::Args;
use serde_json::{Value, json};

use super::{Context, nines_text, with_hours};
use crate::calc::availability::{Availability, Span};
use crate::cli::table::Table;
use crate::cli::{Io, Status, report};

/// Arguments of `netdojo avail mtbf`.
#[derive(Debug, Args)]
pub struct MtbfArgs {
    /// Mean time between failures, such as 1000h or 41d 16h
    #[arg(long, value_name = "LENGTH")]
    pub mtbf: Option<String>,
    /// Mean time to repair, such as 2h or 30m
    #[arg(long, value_name = "LENGTH")]
    pub mttr: Option<String>,
    /// Target availability in percent, such as 99.95
    #[arg(long, value_name = "PERCENT")]
    pub target: Option<String>,
}

/// What was asked, once read.
enum Question {
    Availability { mtbf: Span, mttr: Span },
    MttrBudget { target: Availability, mtbf: Span },
    MtbfNeeded { target: Availability, mttr: Span },
}

pub(super) fn run(args: &MtbfArgs, context: &Context, io: &mut Io<'_>) -> io::Result<Status> {
    let question = match read(args) {
        Ok(question) => question,
        Err((input, message)) => return report::bad_input(io, context.json, &input, &message),
    };
    let mut rows = Table::headless();
    let mut fields = serde_json::Map::new();
    let mut add = |label: &str, key: &str, span: Span, rows: &mut Table| {
        rows.row(vec![label.into(), with_hours(context.span(span), span)]);
        fields.insert(key.into(), json!(context.span(span)));
        fields.insert(format!("{key}_seconds"), json!(span.seconds()));
    };
    let result = match question {
        Question::Availability { mtbf, mttr } => {
            add("MTBF", "mtbf", mtbf, &mut rows);
            add("MTTR", "mttr", mttr, &mut rows);
            Availability::from_mtbf_mttr(mtbf, mttr).map(Some)
        }
        Question::MttrBudget { target, mtbf } => {
            rows.row(vec!["target".into(), target.to_string()]);
            add("MTBF", "mtbf", mtbf, &mut rows);
            target.mttr_budget(mtbf).map(|budget| {
                add("MTTR budget", "mttr_budget", budget, &mut rows);
                None
            })
        }
        Question::MtbfNeeded { target, mttr } => {
            rows.row(vec!["target".into(), target.to_string()]);
            add("MTTR", "mttr", mttr, &mut rows);
            target.mtbf_needed(mttr).map(|needed| {
                add("MTBF needed", "mtbf_needed", needed, &mut rows);
                None
            })
        }
    };
    let availability = match result {
        Ok(availability) => availability,
        Err(e) => {
            let given: Vec<String> = [
                ("--mtbf", &args.mtbf),
                ("--mttr", &args.mttr),
                ("--target", &args.target),
            ]
            .into_iter()
            .filter_map(|(flag, value)| value.as_ref().map(|v| format!("{flag} \"{v}\"")))
            .collect();
            let input = args
                .target
                .clone()
                .or_else(|| args.mtbf.clone())
                .unwrap_or_default();
            let message = format!("{}: {e}", given.join(" and "));
            return report::bad_input(io, context.json, &input, &message);
        }
    };
    if context.json {
        if let Some(target) = args
            .target
            .as_deref()
            .and_then(|t| t.parse::<Availability>().ok())
        {
            fields.insert("target".into(), json!(target.fraction()));
        }
        if let Some(a) = availability {
            fields.extend(context.availability_fields(a));
        }
        report::json_line(io, &Value::Object(fields))?;
        return Ok(Status::Ok);
    }
    if let Some(a) = availability {
        rows.row(vec![
            "availability".into(),
            format!("{a}  ({} nines)", nines_text(a)),
        ]);
        rows.row(vec!["convention".into(), context.convention.to_string()]);
        rows.write(io.out)?;
        writeln!(io.out)?;
        context.write_downtime_table(a, io)?;
    } else {
        rows.write(io.out)?;
    }
    Ok(Status::Ok)
}

/// Reads the two figures given; exactly two of the three are needed.
fn read(args: &MtbfArgs) -> Result<Question, (String, String)> {
    let span = |text: &Option<String>| -> Result<Option<Span>, (String, String)> {
        text.as_deref()
            .map(|t| {
                t.parse::<Span>()
                    .map_err(|e| (t.to_string(), e.to_string()))
            })
            .transpose()
    };
    let mtbf = span(&args.mtbf)?;
    let mttr = span(&args.mttr)?;
    let target = args
        .target
        .as_deref()
        .map(|t| {
            t.parse::<Availability>()
                .map_err(|e| (t.to_string(), e.to_string()))
        })
        .transpose()?;
    match (mtbf, mttr, target) {
        (Some(mtbf), Some(mttr), None) => Ok(Question::Availability { mtbf, mttr }),
        (Some(mtbf), None, Some(target)) => Ok(Question::MttrBudget { target, mtbf }),
        (None, Some(mttr), Some(target)) => Ok(Question::MtbfNeeded { target, mttr }),
        _ => Err((
            String::new(),
            "give exactly two of --mtbf, --mttr and --target (e.g. --mtbf 1000h --mttr 2h)".into(),
        )),
    }
}
