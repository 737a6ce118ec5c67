//! `netdojo instance`: decode EC2 instance type names and compare their sizes.

use std::io;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, report};
use crate::calc::instance::{Attribute, InstanceType};
use crate::format::instance;
use crate::lang::Lang;

const AFTER_HELP: &str = "\
An instance type is FAMILY.SIZE. The family is everything before the dot: series
letters (c compute optimized, m general purpose, r memory optimized, t burstable,
...), the generation number, then letters for the processor (a AMD, g AWS
Graviton, i Intel) and capabilities (d local NVMe instance store, n network and
EBS optimized, e extra storage or memory, z high frequency, b EBS optimized, q
Qualcomm accelerators), and an optional suffix such as -flex.

Sizes run nano, micro, small, medium, large, xlarge, 2xlarge, ... metal. The
multiple of large is AWS's normalization factor divided by 4 (large = 4): xlarge
is 2 x large, 4xlarge is 8 x large. Types of the same family given together are
compared: how many of the smaller make one of the larger.

The decoder reads the naming scheme; it does not check that AWS sells the type.

Examples:
  netdojo instance c7gn.2xlarge
  netdojo instance m5.large m5.4xlarge
  netdojo instance r6id.large t4g.micro --json

--json prints one object per type: input, type, family, series, series_meaning,
category, generation, processor and capabilities ({letter, meaning}), variant,
size, per_large and normalization_factor (null for a plain metal size); then one
{part, whole, how_many} object per compared pair.";

/// Arguments of `netdojo instance`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct InstanceArgs {
    /// Instance types, e.g. c7gn.2xlarge m5.large
    #[arg(value_name = "TYPE", required = true)]
    pub types: Vec<String>,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs `netdojo instance`.
pub fn run(args: &InstanceArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let mut status = Status::Ok;
    let mut decoded: Vec<InstanceType> = Vec::new();
    for text in &args.types {
        let instance = match text.parse::<InstanceType>() {
            Ok(instance) => instance,
            Err(e) => {
                let message = format!("{text:?} is not a valid instance type: {e}");
                status = report::bad_input(io, args.json, text, &message)?;
                continue;
            }
        };
        if args.json {
            serde_json::to_writer(&mut *io.out, &TypeJson::new(text, &instance))?;
            writeln!(io.out)?;
        } else {
            if !decoded.is_empty() {
                writeln!(io.out)?;
            }
            io.out
                .write_all(instance::text(&instance, Lang::En).as_bytes())?;
        }
        decoded.push(instance);
    }
    write_comparisons(io, args.json, &decoded)?;
    Ok(status)
}

fn write_comparisons(io: &mut Io<'_>, json: bool, decoded: &[InstanceType]) -> io::Result<()> {
    let pairs = instance::comparisons(decoded);
    if json {
        for (whole, part, count) in &pairs {
            let line = CompareJson {
                part: part.to_string(),
                whole: whole.to_string(),
                how_many: count.to_string(),
            };
            serde_json::to_writer(&mut *io.out, &line)?;
            writeln!(io.out)?;
        }
        return Ok(());
    }
    let text = instance::compare(decoded, Lang::En);
    if text.is_empty() {
        return Ok(());
    }
    writeln!(io.out)?;
    io.out.write_all(text.as_bytes())
}

#[derive(Serialize)]
struct LetterJson {
    letter: char,
    meaning: &'static str,
}

impl From<Attribute> for LetterJson {
    fn from(attribute: Attribute) -> LetterJson {
        LetterJson {
            letter: attribute.letter(),
            meaning: attribute.meaning(),
        }
    }
}

#[derive(Serialize)]
struct TypeJson<'a> {
    input: &'a str,
    #[serde(rename = "type")]
    name: String,
    family: String,
    series: &'static str,
    series_meaning: &'static str,
    category: &'static str,
    generation: Option<u32>,
    processor: Option<LetterJson>,
    capabilities: Vec<LetterJson>,
    variant: Option<String>,
    size: String,
    per_large: Option<String>,
    normalization_factor: Option<String>,
}

impl<'a> TypeJson<'a> {
    fn new(input: &'a str, instance: &InstanceType) -> TypeJson<'a> {
        let series = instance.series();
        TypeJson {
            input,
            name: instance.to_string(),
            family: instance.family().to_owned(),
            series: series.code,
            series_meaning: series.meaning,
            category: series.category.id(),
            generation: instance.generation(),
            processor: instance.processor().map(LetterJson::from),
            capabilities: instance
                .capabilities()
                .into_iter()
                .map(LetterJson::from)
                .collect(),
            variant: instance.variant().map(ToString::to_string),
            size: instance.size().to_string(),
            per_large: instance.size().per_large().map(|f| f.to_string()),
            normalization_factor: instance::normalization_factor(instance.size()),
        }
    }
}

#[derive(Serialize)]
struct CompareJson {
    part: String,
    whole: String,
    how_many: String,
}
