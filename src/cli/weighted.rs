//! `netdojo weighted`: Route 53 weighted routing shares, and weights for wanted shares.

use std::io;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, report};
use crate::calc::fraction::Fraction;
use crate::calc::weighted::{Shares, TargetShare, WeightPlan, parse_weight, shares, weights_for};
use crate::lang::Lang;

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
    let (names, values) = crate::format::weighted::split_names(&args.values);
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
    io.out
        .write_all(crate::format::weighted::shares(names, shares, Lang::En).as_bytes())
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
    io.out
        .write_all(crate::format::weighted::plan(names, targets, plan).as_bytes())
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
