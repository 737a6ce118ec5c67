//! `netdojo s3`: the monthly storage cost of S3 Standard, and multipart upload limits.

use std::io;

use clap::{Args, Subcommand};
use serde::Serialize;

use super::{Io, Status, input, report};
use crate::calc::cost::{S3_STANDARD_US_EAST_1, StorageCost};
use crate::calc::money::{Jpy, YenRate};
use crate::calc::multipart::{
    UploadPlan, ZeroPartSize, plan_upload, single_put_allowed, smallest_part_size,
};
use crate::calc::size::{ByteSize, SizeUnit};
use crate::format;

/// Arguments of `netdojo s3`.
#[derive(Debug, Args)]
pub struct S3Args {
    #[command(subcommand)]
    pub command: S3Command,
}

/// The `s3` subcommands.
#[derive(Debug, Subcommand)]
pub enum S3Command {
    /// Monthly S3 Standard storage cost in us-east-1, tier by tier, optionally in yen
    Cost(CostArgs),
    /// How many parts a multipart upload needs, and whether S3 accepts it
    Parts(PartsArgs),
}

const COST_HELP: &str = "\
Sizes take a unit: B, KB, MB, GB, TB, PB are powers of 1000 (decimal); KiB, MiB,
GiB, TiB, PiB are powers of 1024 (binary). The output says which one was read.

AWS bills storage in GB of 2^30 bytes (GiB) and counts a TB as 1024 of those, so
100GiB is 100 billed GB, while 100GB (decimal) is only 93.13 billed GB.

Prices: S3 Standard in us-east-1, list prices in USD as of 2026-11. Tiers are
marginal: the first 51,200 GB (50 TB) cost $0.023 per GB-month, the next 460,800
GB (450 TB) $0.022, everything above 512,000 GB (500 TB) $0.021. The first price
was confirmed; the two higher ones are unverified and marked so in the output.
Requests, data transfer out and management features are not included.

Examples:
  netdojo s3 cost 100GiB
  netdojo s3 cost 60TiB --rate 150
  netdojo s3 cost 100GB 500GiB --json

--json prints one object per size: input, bytes, unit, unit_family, billed_gb,
billed_gb_exact, region, storage_class, as_of, tiers (from_gb, up_to_gb, gb,
usd_per_gb_month, usd, verified), usd, usd_on_bill (rounded to cents),
yen_rate and jpy (null without --rate). Amounts and byte counts are strings.";

/// Arguments of `netdojo s3 cost`.
#[derive(Debug, Args)]
#[command(after_help = COST_HELP)]
pub struct CostArgs {
    /// Amounts stored for the month, e.g. 100GiB, 60TiB, 500GB
    #[arg(value_name = "SIZE", required = true)]
    pub sizes: Vec<String>,

    /// Exchange rate in yen per US dollar, e.g. 150; adds the cost in yen
    #[arg(long, value_name = "YEN")]
    pub rate: Option<String>,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

const PARTS_HELP: &str = "\
Sizes take a unit: B, KB, MB, GB, TB, PB are powers of 1000 (decimal); KiB, MiB,
GiB, TiB, PiB are powers of 1024 (binary). The output says which one was read.

S3 limits (S3 User Guide, \"Amazon S3 multipart upload limits\"):
  largest object      48.8 TiB = 10,000 parts x 5 GiB (5 TiB before December 2025)
  single PUT          up to 5 GiB; AWS recommends multipart from about 100 MB
  parts per upload    1 to 10,000
  part size           5 MiB to 5 GiB, except the last part, which may be smaller

Every part but the last has the part size; the last holds the rest.

Exit status: 0 when every upload is allowed, 1 when one breaks a limit, 2 on bad
input.

Examples:
  netdojo s3 parts 50GiB --part 64MiB
  netdojo s3 parts 100GiB --part 8MiB
  netdojo s3 parts 1TiB 5GB --part 100MiB --json

--json prints one object per object size: input, object_bytes, part, part_bytes,
parts, last_part_bytes, allowed, problems (a list of sentences),
single_put_allowed, smallest_part_bytes (null when the object is too large).";

/// Arguments of `netdojo s3 parts`.
#[derive(Debug, Args)]
#[command(after_help = PARTS_HELP)]
pub struct PartsArgs {
    /// Object sizes, e.g. 50GiB
    #[arg(value_name = "SIZE", required = true)]
    pub objects: Vec<String>,

    /// Size of every part but the last, e.g. 64MiB
    #[arg(long, value_name = "SIZE")]
    pub part: String,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs an `s3` subcommand.
pub fn run(args: &S3Args, io: &mut Io<'_>) -> io::Result<Status> {
    match &args.command {
        S3Command::Cost(cost_args) => run_cost(cost_args, io),
        S3Command::Parts(parts_args) => run_parts(parts_args, io),
    }
}

fn run_cost(args: &CostArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let rate = match args.rate.as_deref().map(input::yen_rate) {
        None => None,
        Some(Ok(rate)) => Some(rate),
        Some(Err(message)) => {
            let text = args.rate.as_deref().unwrap_or_default();
            return report::bad_input(io, args.json, text, &message);
        }
    };
    let mut status = Status::Ok;
    let mut shown = 0;
    for text in &args.sizes {
        let size = match input::size(text) {
            Ok(size) => size,
            Err(message) => {
                status = report::bad_input(io, args.json, text, &message)?;
                continue;
            }
        };
        let cost = match S3_STANDARD_US_EAST_1.monthly_cost(size.bytes()) {
            Ok(cost) => cost,
            Err(e) => {
                let message = format!("{text:?} cannot be priced: {e}");
                status = report::bad_input(io, args.json, text, &message)?;
                continue;
            }
        };
        let yen = match rate.map(|rate| cost.total.to_yen(rate).map(|yen| (rate, yen))) {
            None => None,
            Some(Ok(pair)) => Some(pair),
            Some(Err(e)) => {
                let message = format!("{text:?} cannot be converted to yen: {e}");
                status = report::bad_input(io, args.json, text, &message)?;
                continue;
            }
        };
        if args.json {
            serde_json::to_writer(&mut *io.out, &CostJson::new(text, size, &cost, yen))?;
            writeln!(io.out)?;
        } else {
            if shown > 0 {
                writeln!(io.out)?;
            }
            write_cost(io, size, &cost, yen)?;
            shown += 1;
        }
    }
    Ok(status)
}

fn write_cost(
    io: &mut Io<'_>,
    size: ByteSize,
    cost: &StorageCost,
    yen: Option<(YenRate, Jpy)>,
) -> io::Result<()> {
    io.out
        .write_all(format::s3::cost(size, cost, yen).as_bytes())
}

#[derive(Serialize)]
struct CostJson<'a> {
    input: &'a str,
    bytes: String,
    unit: &'static str,
    unit_family: &'static str,
    billed_gb: String,
    billed_gb_exact: bool,
    region: &'static str,
    storage_class: &'static str,
    as_of: &'static str,
    tiers: Vec<TierJson>,
    usd: String,
    usd_on_bill: String,
    yen_rate: Option<String>,
    jpy: Option<String>,
}

#[derive(Serialize)]
struct TierJson {
    from_gb: String,
    up_to_gb: Option<String>,
    gb: String,
    usd_per_gb_month: String,
    usd: String,
    verified: bool,
}

impl<'a> CostJson<'a> {
    fn new(
        input: &'a str,
        size: ByteSize,
        cost: &StorageCost,
        yen: Option<(YenRate, Jpy)>,
    ) -> CostJson<'a> {
        let prices = S3_STANDARD_US_EAST_1;
        let (billed_gb, billed_gb_exact) = size.amount_in(SizeUnit::GiB, 6);
        CostJson {
            input,
            bytes: size.bytes().to_string(),
            unit: size.unit().symbol(),
            unit_family: size.unit().family_id(),
            billed_gb,
            billed_gb_exact,
            region: prices.region,
            storage_class: prices.storage_class,
            as_of: prices.as_of,
            tiers: cost
                .charges
                .iter()
                .map(|charge| TierJson {
                    from_gb: charge.from_gb.to_string(),
                    up_to_gb: charge.up_to_gb.map(|gb| gb.to_string()),
                    gb: charge.gb().0,
                    usd_per_gb_month: charge.price.decimal(),
                    usd: charge.cost.decimal(),
                    verified: charge.verified,
                })
                .collect(),
            usd: cost.total.decimal(),
            usd_on_bill: cost.total.round_to_cents().decimal(),
            yen_rate: yen.map(|(rate, _)| rate.decimal()),
            jpy: yen.map(|(_, yen)| yen.decimal()),
        }
    }
}

fn run_parts(args: &PartsArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let part = match input::size(&args.part) {
        Ok(part) => part,
        Err(message) => return report::bad_input(io, args.json, &args.part, &message),
    };
    if part.bytes() == 0 {
        let message = format!("{:?} is not a valid part size: {ZeroPartSize}", args.part);
        return report::bad_input(io, args.json, &args.part, &message);
    }
    let mut status = Status::Ok;
    let mut shown = 0;
    for text in &args.objects {
        let object = match input::size(text) {
            Ok(object) => object,
            Err(message) => {
                status = report::bad_input(io, args.json, text, &message)?;
                continue;
            }
        };
        // The part size was checked to be non-zero above.
        let Ok(plan) = plan_upload(object.bytes(), part.bytes()) else {
            continue;
        };
        if !plan.allowed() {
            status = status.worst(Status::Problems);
        }
        if args.json {
            serde_json::to_writer(&mut *io.out, &PartsJson::new(text, part, &plan))?;
            writeln!(io.out)?;
        } else {
            if shown > 0 {
                writeln!(io.out)?;
            }
            write_parts(io, object, part, &plan)?;
            shown += 1;
        }
    }
    Ok(status)
}

fn write_parts(
    io: &mut Io<'_>,
    object: ByteSize,
    part: ByteSize,
    plan: &UploadPlan,
) -> io::Result<()> {
    io.out
        .write_all(format::s3::parts(object, part, plan).as_bytes())
}

#[derive(Serialize)]
struct PartsJson<'a> {
    input: &'a str,
    object_bytes: String,
    part: String,
    part_bytes: String,
    parts: String,
    last_part_bytes: String,
    allowed: bool,
    problems: Vec<String>,
    single_put_allowed: bool,
    smallest_part_bytes: Option<String>,
}

impl<'a> PartsJson<'a> {
    fn new(input: &'a str, part: ByteSize, plan: &UploadPlan) -> PartsJson<'a> {
        PartsJson {
            input,
            object_bytes: plan.object.to_string(),
            part: part.to_string(),
            part_bytes: plan.part.to_string(),
            parts: plan.parts.to_string(),
            last_part_bytes: plan.last_part.to_string(),
            allowed: plan.allowed(),
            problems: plan.problems.iter().map(ToString::to_string).collect(),
            single_put_allowed: single_put_allowed(plan.object),
            smallest_part_bytes: smallest_part_size(plan.object).map(|b| b.to_string()),
        }
    }
}
