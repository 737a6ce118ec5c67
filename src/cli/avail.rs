//! `netdojo avail`: availability of a system written as an expression (the
//! default), and the modes `mtbf`, `nines`, `downtime` and `size`.
//!
//! Shape: the expression is a positional argument of `avail` itself, and the modes
//! are subcommands. With `subcommand_precedence_over_arg`, a mode's name is always
//! read as the mode, so `netdojo avail "a:99 * b:99"` and `netdojo avail nines 99.9`
//! both work (no valid system is spelled like a mode). The convention flags and
//! `--json` are global to `avail`, so they go before or after a mode; systems
//! followed by a mode are refused rather than silently ignored.

mod downtime;
mod mtbf;
mod nines;
mod size;
mod system;

use std::io;

use clap::{Args, Subcommand};
use serde_json::{Map, Value, json};

use super::{Io, Status, report};
use crate::calc::availability::{Availability, Convention, Span};
use crate::format::avail::Figures;

const EXAMPLES: &str = "\
Grammar: a part is [name:]percent (web:99.9, %, optional); A * B is series (all needed);
A | B is parallel (any one enough) and binds tighter than *; ( ) groups; KofN(A) needs
K of N identical copies of A (2of3(node:99)). Percentages only: 0.999 is refused as a
probable fraction; write 99.9, or 0.999% if you mean it.

Examples:
  netdojo avail \"elb:99.99 * (ec2:99.5 | ec2:99.5) * rds:99.95\"
  netdojo avail \"lb:99.99 * 2of3(node:99)\" --json
  netdojo avail nines 99.9 99.99 --year 365.25 --month year
  netdojo avail nines 99 --year 365.2425 --month year --whole-seconds
  netdojo avail mtbf --mtbf 1000h --mttr 2h
  netdojo avail mtbf --target 99.95 --mtbf 2000h
  netdojo avail downtime 45m --over 30d
  netdojo avail size --load 2400 --capacity 350 --spares 2 --server 99 --azs 3

Downtime assumes a 365-day year and a 30-day month unless told otherwise; every
output names its convention. Figures assume independent failures and instant
failover, so they are upper bounds.";

/// Arguments of `netdojo avail`.
#[derive(Debug, Args)]
#[command(
    subcommand_precedence_over_arg = true,
    arg_required_else_help = true,
    after_help = EXAMPLES
)]
pub struct AvailArgs {
    #[command(subcommand)]
    pub mode: Option<AvailMode>,
    /// Systems to evaluate, such as "web:99.9 * (app:99 | app:99)"
    #[arg(value_name = "SYSTEM")]
    pub systems: Vec<String>,
    #[command(flatten)]
    pub options: AvailOptions,
}

/// The modes of `netdojo avail` besides evaluating a system.
#[derive(Debug, Subcommand)]
pub enum AvailMode {
    /// Availability from MTBF and MTTR, or the MTTR or MTBF a target needs
    #[command(
        after_help = "Examples:\n  netdojo avail mtbf --mtbf 1000h --mttr 2h\n  \
                            netdojo avail mtbf --target 99.95 --mtbf 2000h\n  \
                            netdojo avail mtbf --target 99.9 --mttr 30m\n\n\
                            Give two of --mtbf, --mttr and --target. Lengths take d, h, m or s."
    )]
    Mtbf(mtbf::MtbfArgs),
    /// Number of nines and allowed downtime per year, quarter, month, week and day
    #[command(after_help = "Examples:\n  netdojo avail nines 99.9 99.95 99.99\n  \
                            netdojo avail nines 99.99 --year 365.25 --month year\n  \
                            netdojo avail nines 99 --year 365.2425 --month year --whole-seconds")]
    Nines(nines::NinesArgs),
    /// Availability from downtime observed over a period
    #[command(after_help = "Examples:\n  netdojo avail downtime 45m --over 30d\n  \
                            netdojo avail downtime 4h 9h --over year\n\n\
                            --over takes a length (30d, 720h) or a period of the convention: \
                            year, quarter, month, week, day.")]
    Downtime(downtime::DowntimeArgs),
    /// N+k sizing: servers for a peak load, the pool's availability, zones
    #[command(
        after_help = "Examples:\n  netdojo avail size --load 2400 --capacity 350 --spares 1\n  \
                            netdojo avail size --load 2400 --capacity 350 --spares 2 --server 99 --azs 3\n\n\
                            N = ceil(load / capacity); the pool of N + k servers is up while N are up."
    )]
    Size(size::SizeArgs),
}

impl AvailMode {
    fn name(&self) -> &'static str {
        match self {
            AvailMode::Mtbf(_) => "mtbf",
            AvailMode::Nines(_) => "nines",
            AvailMode::Downtime(_) => "downtime",
            AvailMode::Size(_) => "size",
        }
    }
}

/// Options shared by every `avail` mode.
#[derive(Debug, Args)]
pub struct AvailOptions {
    /// Days in a year: 365, 365.25 or 365.2425
    #[arg(long, global = true, value_name = "DAYS", default_value = "365")]
    pub year: String,
    /// Days in a month: 28, 29, 30, 31, or "year" for a twelfth of the year
    #[arg(long, global = true, value_name = "DAYS", default_value = "30")]
    pub month: String,
    /// Round downtime to whole seconds (as uptime.is shows it)
    #[arg(long, global = true)]
    pub whole_seconds: bool,
    /// Print JSON Lines instead of text
    #[arg(long, global = true)]
    pub json: bool,
}

/// Runs `netdojo avail`.
pub fn run(args: &AvailArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let options = &args.options;
    let convention = match convention(options) {
        Ok(convention) => convention,
        Err((input, message)) => return report::bad_input(io, options.json, &input, &message),
    };
    let context = Context {
        convention,
        whole_seconds: options.whole_seconds,
        json: options.json,
    };
    if let (Some(mode), Some(first)) = (&args.mode, args.systems.first()) {
        let message = format!(
            "\"{first}\" comes before the {} mode: give either systems or a mode, not both",
            mode.name()
        );
        return report::bad_input(io, options.json, first, &message);
    }
    match &args.mode {
        Some(AvailMode::Mtbf(mode)) => mtbf::run(mode, &context, io),
        Some(AvailMode::Nines(mode)) => nines::run(mode, &context, io),
        Some(AvailMode::Downtime(mode)) => downtime::run(mode, &context, io),
        Some(AvailMode::Size(mode)) => size::run(mode, &context, io),
        None => system::run(&args.systems, &context, io),
    }
}

/// What every mode needs besides its own arguments.
struct Context {
    convention: Convention,
    whole_seconds: bool,
    json: bool,
}

fn convention(options: &AvailOptions) -> Result<Convention, (String, String)> {
    let year = options
        .year
        .parse()
        .map_err(|e| (options.year.clone(), format!("{e}")))?;
    let month = options
        .month
        .parse()
        .map_err(|e| (options.month.clone(), format!("{e}")))?;
    Ok(Convention { year, month })
}

impl Context {
    /// How figures are written.
    fn figures(&self) -> Figures {
        Figures {
            convention: self.convention,
            whole_seconds: self.whole_seconds,
        }
    }

    /// A length as text, rounded to whole seconds when asked.
    fn span(&self, span: Span) -> String {
        self.figures().span(span)
    }

    /// The JSON fields every availability result carries.
    fn availability_fields(&self, availability: Availability) -> Map<String, Value> {
        let mut fields = Map::new();
        fields.insert("availability".into(), json!(availability.fraction()));
        fields.insert(
            "unavailability".into(),
            json!(availability.unavailability()),
        );
        fields.insert("percent".into(), json!(availability.to_string()));
        fields.insert("nines".into(), nines_json(availability));
        fields.insert("convention".into(), json!(self.convention.to_string()));
        let table = self.convention.downtime_table(availability);
        let text: Map<String, Value> = table
            .iter()
            .map(|row| (row.period.to_string(), json!(self.span(row.downtime))))
            .collect();
        let seconds: Map<String, Value> = table
            .iter()
            .map(|row| (row.period.to_string(), json!(row.downtime.seconds())))
            .collect();
        fields.insert("downtime".into(), Value::Object(text));
        fields.insert("downtime_seconds".into(), Value::Object(seconds));
        fields
    }
}

/// Nines as a JSON number, or null for 100%.
fn nines_json(availability: Availability) -> Value {
    let nines = availability.nines();
    if nines.is_finite() {
        json!(nines)
    } else {
        Value::Null
    }
}
