//! `netdojo weighted`: Route 53 weighted routing shares, and weights for wanted shares.

use std::io;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, report, table};
use crate::calc::fraction::Fraction;
use crate::calc::weighted::{Shares, TargetShare, WeightPlan, parse_weight, shares, weights_for};

const AFTER_HELP: &str = "\
Each record of a Route 53 weighted set has a weight from 0 to 255 and gets
weight / (sum of weights) of the answers. A record of weight 0 gets none while a
record with a non-zero weight is healthy; when every weight is 0, Route 53 answers
with each record equally often. Shares assume every record is healthy.

Records may be named: blue=90,green=10. With --target, give the wanted shares in
percent (they must add up to 100): netdojo prints the smallest whole weights that
give them exactly, or the closest weights from 0 to 255 when none do.

Examples:
  netdojo weighted 70,20,10
  netdojo weighted blue=90,green=10
  netdojo weighted 0,0,0
  netdojo weighted --target 95,5
  netdojo weighted --target 33.33,33.33,33.34 --json

--json prints one object: total, all_zero and records (name, weight, share as a
fraction, percent, percent_exact); with --target also exact, max_error_percent
and each record's target.";

/// Arguments of `netdojo weighted`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct WeightedArgs {
    /// Weights (0 to 255), or with --target shares in percent; comma-separated, each
    /// optionally NAME=VALUE
    #[arg(value_name = "VALUES", required = true, value_delimiter = ',')]
    pub values: Vec<String>,

    /// Read the values as wanted shares in percent and find weights for them
    #[arg(long)]
    pub target: bool,

    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs `netdojo weighted`.
pub fn run(args: &WeightedArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let (names, values) = split_names(&args.values);
    let all = args.values.join(",");
    if args.target {
        let mut targets = Vec::new();
        for text in &values {
            match text.parse::<TargetShare>() {
                Ok(target) => targets.push(target),
                Err(e) => {
                    let message = format!("{text:?} is not a valid share: {e}");
                    return report::bad_input(io, args.json, text, &message);
                }
            }
        }
        let plan = match weights_for(&targets) {
            Ok(plan) => plan,
            Err(e) => {
                let message = format!("{all:?} is not a valid set of shares: {e}");
                return report::bad_input(io, args.json, &all, &message);
            }
        };
        write_plan(io, args.json, &names, &targets, &plan)?;
    } else {
        let mut weights = Vec::new();
        for text in &values {
            match parse_weight(text) {
                Ok(weight) => weights.push(weight),
                Err(e) => {
                    let message = format!("{text:?} is not a valid weight: {e}");
                    return report::bad_input(io, args.json, text, &message);
                }
            }
        }
        let shares = match shares(&weights) {
            Ok(shares) => shares,
            Err(e) => {
                let message = format!("{all:?} is not a valid set of weights: {e}");
                return report::bad_input(io, args.json, &all, &message);
            }
        };
        write_shares(io, args.json, &names, &shares)?;
    }
    Ok(Status::Ok)
}

/// Splits `NAME=VALUE` items into names (`#1`, `#2`... when absent) and values.
fn split_names(items: &[String]) -> (Vec<String>, Vec<String>) {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| match item.split_once('=') {
            Some((name, value)) if !name.trim().is_empty() => {
                (name.trim().to_owned(), value.trim().to_owned())
            }
            _ => (format!("#{}", i + 1), item.trim().to_owned()),
        })
        .unzip()
}

/// A share as a percentage to 2 places, `≈` when rounded.
fn percent_text(share: Fraction) -> String {
    let (text, exact) = share.percent(2);
    table::approx(&format!("{text}%"), exact)
}

fn write_shares(io: &mut Io<'_>, json: bool, names: &[String], shares: &Shares) -> io::Result<()> {
    if json {
        let records = names
            .iter()
            .zip(&shares.records)
            .map(|(name, record)| RecordJson::new(name, record.weight, record.share, None))
            .collect();
        let json = SharesJson {
            total: shares.total,
            all_zero: shares.all_zero,
            exact: None,
            max_error_percent: None,
            records,
        };
        serde_json::to_writer(&mut *io.out, &json)?;
        return writeln!(io.out);
    }
    let rows: Vec<Vec<String>> = names
        .iter()
        .zip(&shares.records)
        .map(|(name, record)| {
            vec![
                name.clone(),
                record.weight.to_string(),
                record.share.to_string(),
                percent_text(record.share),
            ]
        })
        .collect();
    table::write_columns(
        io.out,
        &["RECORD", "WEIGHT", "SHARE", "PERCENT"],
        &rows,
        &[false, true, true, true],
    )?;
    if shares.all_zero {
        writeln!(
            io.out,
            "Every weight is 0: Route 53 answers with each record equally often."
        )?;
    } else {
        writeln!(
            io.out,
            "Sum of weights {}: each record gets its weight / {} of the answers.",
            shares.total, shares.total
        )?;
        if shares.records.iter().any(|r| r.weight == 0) {
            writeln!(
                io.out,
                "A record of weight 0 gets no answers while a record with a non-zero weight is healthy."
            )?;
        }
    }
    Ok(())
}

fn write_plan(
    io: &mut Io<'_>,
    json: bool,
    names: &[String],
    targets: &[TargetShare],
    plan: &WeightPlan,
) -> io::Result<()> {
    if json {
        let records = names
            .iter()
            .zip(targets)
            .zip(&plan.shares.records)
            .map(|((name, target), record)| {
                RecordJson::new(name, record.weight, record.share, Some(*target))
            })
            .collect();
        let json = SharesJson {
            total: plan.shares.total,
            all_zero: plan.shares.all_zero,
            exact: Some(plan.exact),
            max_error_percent: Some(plan.max_error.percent(6).0),
            records,
        };
        serde_json::to_writer(&mut *io.out, &json)?;
        return writeln!(io.out);
    }
    let rows: Vec<Vec<String>> = names
        .iter()
        .zip(targets)
        .zip(&plan.shares.records)
        .map(|((name, target), record)| {
            vec![
                name.clone(),
                target.to_string(),
                record.weight.to_string(),
                record.share.to_string(),
                percent_text(record.share),
            ]
        })
        .collect();
    table::write_columns(
        io.out,
        &["RECORD", "TARGET", "WEIGHT", "SHARE", "PERCENT"],
        &rows,
        &[false, true, true, true, true],
    )?;
    let weights: Vec<String> = plan.weights.iter().map(ToString::to_string).collect();
    if plan.exact {
        writeln!(
            io.out,
            "Exact: weights {} give these shares, and no smaller whole weights do.",
            weights.join(", ")
        )
    } else {
        let (error, _) = plan.max_error.percent(4);
        writeln!(
            io.out,
            "Closest: no whole weights from 0 to 255 give these shares exactly; weights {} are off by at most {error} percentage points.",
            weights.join(", ")
        )
    }
}

#[derive(Serialize)]
struct SharesJson {
    total: u64,
    all_zero: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    exact: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_error_percent: Option<String>,
    records: Vec<RecordJson>,
}

#[derive(Serialize)]
struct RecordJson {
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<String>,
    weight: u8,
    share: String,
    percent: String,
    percent_exact: bool,
}

impl RecordJson {
    fn new(name: &str, weight: u8, share: Fraction, target: Option<TargetShare>) -> RecordJson {
        let (percent, percent_exact) = share.percent(6);
        RecordJson {
            name: name.to_owned(),
            target: target.map(|t| t.fraction().percent(6).0),
            weight,
            share: share.to_string(),
            percent,
            percent_exact,
        }
    }
}
