//! `netdojo instance`: decode EC2 instance type names and compare their sizes.

use std::io;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, report, table};
use crate::calc::fraction::Fraction;
use crate::calc::instance::{Attribute, InstanceType, Size, how_many};

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
            write_type(io, &instance)?;
        }
        decoded.push(instance);
    }
    write_comparisons(io, args.json, &decoded)?;
    Ok(status)
}

fn write_type(io: &mut Io<'_>, instance: &InstanceType) -> io::Result<()> {
    let series = instance.series();
    let mut rows = vec![
        ("Type", instance.to_string()),
        (
            "Family",
            format!("{} (everything before the dot)", instance.family()),
        ),
        ("Series", format!("{}: {}", series.code, series.meaning)),
        ("Category", series.category.to_string()),
        (
            "Generation",
            instance
                .generation()
                .map_or_else(|| "not in the name".to_owned(), |g| g.to_string()),
        ),
        (
            "Processor",
            instance
                .processor()
                .map_or_else(|| "not in the name".to_owned(), letter_text),
        ),
        ("Capabilities", capabilities_text(&instance.capabilities())),
    ];
    if let Some(variant) = instance.variant() {
        rows.push(("Variant", variant.to_string()));
    }
    rows.push(("Size", size_text(instance.size())));
    table::write_rows(io.out, &rows)
}

/// `g: AWS Graviton processor (Arm)`.
fn letter_text(attribute: Attribute) -> String {
    format!("{}: {}", attribute.letter(), attribute.meaning())
}

fn capabilities_text(capabilities: &[Attribute]) -> String {
    if capabilities.is_empty() {
        return "none in the name".to_owned();
    }
    capabilities
        .iter()
        .map(|&a| letter_text(a))
        .collect::<Vec<_>>()
        .join("\n")
}

fn size_text(size: Size) -> String {
    match (size, size.per_large(), normalization_factor(size)) {
        (Size::Large, _, _) => "large, normalization factor 4".to_owned(),
        (_, Some(multiple), Some(factor)) => {
            format!(
                "{size} = {} × large, normalization factor {factor}",
                multiple
            )
        }
        _ => format!(
            "{size}: bare metal, the whole server; as large as the family's largest size, which the name does not say"
        ),
    }
}

/// AWS's normalization factor: the size's units divided by 4.
fn normalization_factor(size: Size) -> Option<String> {
    size.units()
        .and_then(|units| Fraction::new(u128::from(units), 4))
        .map(|factor| factor.decimal(2).0)
}

/// Pairs of decoded types in the same family, the larger first.
fn comparisons(decoded: &[InstanceType]) -> Vec<(&InstanceType, &InstanceType, Fraction)> {
    let mut pairs = Vec::new();
    for (i, a) in decoded.iter().enumerate() {
        for b in &decoded[i + 1..] {
            if a.family() != b.family() || a.size() == b.size() {
                continue;
            }
            let (whole, part) = if a.size().units() >= b.size().units() {
                (a, b)
            } else {
                (b, a)
            };
            if let Ok(count) = how_many(part, whole) {
                pairs.push((whole, part, count));
            }
        }
    }
    pairs
}

fn write_comparisons(io: &mut Io<'_>, json: bool, decoded: &[InstanceType]) -> io::Result<()> {
    let pairs = comparisons(decoded);
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
    let mut lines: Vec<String> = pairs
        .iter()
        .map(|(whole, part, count)| format!("1 {whole} = {count} × {part}"))
        .collect();
    // Two types that cannot be compared get the reason, so a question is not left open.
    if let [a, b] = decoded {
        if a.family() != b.family() || a.size().units().is_none() || b.size().units().is_none() {
            if let Err(e) = how_many(a, b) {
                lines.push(format!("not compared: {e}"));
            }
        }
    }
    if lines.is_empty() {
        return Ok(());
    }
    writeln!(io.out)?;
    table::write_rows(io.out, &[("Compare", lines.join("\n"))])
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
            normalization_factor: normalization_factor(instance.size()),
        }
    }
}

#[derive(Serialize)]
struct CompareJson {
    part: String,
    whole: String,
    how_many: String,
}
