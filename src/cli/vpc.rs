//! `netdojo vpc`: plan a VPC's subnets across AZs, and check ranges for overlaps.

use std::io;

use clap::{Args, Subcommand};
use ipnet::IpNet;
use serde::Serialize;

use super::{Io, Status, input, report};
use crate::calc::vpc::{Overlap, Plan, PlanOptions, check_overlaps, plan};
use crate::format;

/// Arguments of `netdojo vpc`.
#[derive(Debug, Args)]
pub struct VpcArgs {
    #[command(subcommand)]
    pub command: VpcCommand,
}

/// The `vpc` subcommands.
#[derive(Debug, Subcommand)]
pub enum VpcCommand {
    /// Lay out one subnet per tier and AZ inside a VPC CIDR, with AWS usable counts
    Plan(PlanArgs),
    /// Find overlapping ranges among VPCs and on-premises networks
    Check(CheckArgs),
}

const PLAN_HELP: &str = "\
The VPC must be an IPv4 block from /16 to /28. Subnets are the VPC prefix + 8
(/24 in a /16), at most /28, unless --subnet-prefix says otherwise.

Layout: tier n (counting from 1) starts at block n x 10 and takes one block per
AZ, the pattern of the AWS guides: in 10.0.0.0/16 the first tier gets
10.0.10.0/24, 10.0.11.0/24..., the second 10.0.20.0/24... When that does not fit,
the subnets are packed tier after tier from the start, and the output says so.

AWS usable = block size - 5: AWS keeps the network address, +1 (VPC router),
+2 (DNS), +3 (future use) and the last address of every subnet.

Examples:
  netdojo vpc plan 10.0.0.0/16 --azs 2 --tiers public,private,data
  netdojo vpc plan 10.0.0.0/16 --tiers public,private --az-names 1a,1c,1d
  netdojo vpc plan 172.16.0.0/20 --azs 3 --tiers web,app --subnet-prefix 24 --json

--json prints one object per subnet: cidr, tier, az, name, aws_usable,
first_usable, last_usable; then one {\"unused\": true, cidr, addresses} object per
free block. A plan that does not fit exits with status 2 and says why.";

/// Arguments of `netdojo vpc plan`.
#[derive(Debug, Args)]
#[command(after_help = PLAN_HELP)]
pub struct PlanArgs {
    /// The VPC CIDR, e.g. 10.0.0.0/16
    #[arg(value_name = "CIDR")]
    pub cidr: String,

    /// Number of Availability Zones (may be left out when --az-names is given)
    #[arg(long, value_name = "N", required_unless_present = "az_names")]
    pub azs: Option<String>,

    /// Tier names, comma-separated, e.g. public,private,data
    #[arg(long, value_name = "LIST", value_delimiter = ',', required = true)]
    pub tiers: Vec<String>,

    /// AZ names, comma-separated (default a,b,c...), e.g. 1a,1c,1d
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub az_names: Option<Vec<String>>,

    /// Prefix length of every subnet, /16 to /28 (default: VPC prefix + 8, at most 28)
    #[arg(long, value_name = "N")]
    pub subnet_prefix: Option<String>,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

const CHECK_HELP: &str = "\
Each range is NAME=CIDR or a bare CIDR (IPv4 or IPv6). With --file, ranges are
read one per line from a file (- is standard input); # starts a comment.
Overlapping ranges cannot be connected by VPC peering or routed to each other
over a Transit Gateway, so plan VPC and on-premises ranges apart.

Exit status: 0 when no two ranges overlap, 1 when some do, 2 on bad input.

Examples:
  netdojo vpc check prod=10.0.0.0/16 staging=10.1.0.0/16 office=10.1.64.0/18
  netdojo vpc check --file assets/vpc/ranges.txt
  netdojo vpc check 10.0.0.0/16 10.0.0.0/8 --json

--json prints one object per overlapping pair: a, a_cidr, b, b_cidr, relation
(equal, contains or inside: how a relates to b) and reason.";

/// Arguments of `netdojo vpc check`.
#[derive(Debug, Args)]
#[command(after_help = CHECK_HELP)]
pub struct CheckArgs {
    /// Ranges to check, NAME=CIDR or CIDR
    #[arg(value_name = "NAME=CIDR | CIDR", required_unless_present = "file")]
    pub ranges: Vec<String>,

    /// Read ranges from a file, one per line (- reads standard input)
    #[arg(long, value_name = "FILE")]
    pub file: Option<String>,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs a `vpc` subcommand.
pub fn run(args: &VpcArgs, io: &mut Io<'_>) -> io::Result<Status> {
    match &args.command {
        VpcCommand::Plan(plan_args) => run_plan(plan_args, io),
        VpcCommand::Check(check_args) => run_check(check_args, io),
    }
}

fn run_plan(args: &PlanArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let bad =
        |io: &mut Io<'_>, message: &str| report::bad_input(io, args.json, &args.cidr, message);
    let vpc = match input::net(&args.cidr) {
        Ok(vpc) => vpc,
        Err(message) => return bad(io, &message),
    };
    let az_names = args.az_names.as_ref().map(|names| {
        names
            .iter()
            .map(|n| n.trim().to_string())
            .collect::<Vec<_>>()
    });
    let azs = match (&args.azs, &az_names) {
        (Some(text), _) => match text.trim().parse::<usize>() {
            Ok(n) => n,
            Err(_) => {
                let message = format::vpc::bad_az_count(text);
                return report::bad_input(io, args.json, text, &message);
            }
        },
        (None, Some(names)) => names.len(),
        (None, None) => 0,
    };
    let subnet_prefix = match &args.subnet_prefix {
        None => None,
        Some(text) => match text.trim().trim_start_matches('/').parse::<u8>() {
            Ok(n) => Some(n),
            Err(_) => {
                let message = format::vpc::bad_subnet_prefix(text);
                return report::bad_input(io, args.json, text, &message);
            }
        },
    };
    let tiers: Vec<&str> = args.tiers.iter().map(|t| t.trim()).collect();
    let options = PlanOptions {
        az_names,
        subnet_prefix,
    };
    match plan(vpc, azs, &tiers, &options) {
        Ok(plan) if args.json => write_plan_json(io, &plan)?,
        Ok(plan) => io.out.write_all(format::vpc::plan(&plan).as_bytes())?,
        Err(e) => return bad(io, &format::vpc::refused(&args.cidr, &e)),
    }
    Ok(Status::Ok)
}

#[derive(Serialize)]
struct SubnetJson {
    cidr: String,
    tier: String,
    az: String,
    name: String,
    aws_usable: u32,
    first_usable: String,
    last_usable: String,
}

#[derive(Serialize)]
struct UnusedJson {
    unused: bool,
    cidr: String,
    addresses: u64,
}

fn write_plan_json(io: &mut Io<'_>, plan: &Plan) -> io::Result<()> {
    for s in plan.subnets() {
        let line = SubnetJson {
            cidr: s.cidr().to_string(),
            tier: s.tier().to_string(),
            az: s.az().to_string(),
            name: s.name(),
            aws_usable: s.aws_usable(),
            first_usable: s.first_usable().to_string(),
            last_usable: s.last_usable().to_string(),
        };
        serde_json::to_writer(&mut *io.out, &line)?;
        writeln!(io.out)?;
    }
    for net in plan.free() {
        let line = UnusedJson {
            unused: true,
            cidr: net.to_string(),
            addresses: format::vpc::addresses(IpNet::V4(*net)),
        };
        serde_json::to_writer(&mut *io.out, &line)?;
        writeln!(io.out)?;
    }
    Ok(())
}

/// A range read from the command line or a file, with what to quote if it is bad.
struct Entry {
    /// Where it came from, for messages ("ranges.txt line 3: "), empty on the command line.
    place: String,
    text: String,
}

fn run_check(args: &CheckArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let mut status = Status::Ok;
    let mut entries: Vec<Entry> = args
        .ranges
        .iter()
        .map(|text| Entry {
            place: String::new(),
            text: text.clone(),
        })
        .collect();
    if let Some(file) = &args.file {
        match read_list(file, io) {
            Ok(mut from_file) => entries.append(&mut from_file),
            Err(message) => status = report::bad_input(io, args.json, file, &message)?,
        }
    }
    let mut ranges: Vec<(String, IpNet)> = Vec::new();
    for entry in &entries {
        match parse_range(&entry.text) {
            Ok(range) => ranges.push(range),
            Err(message) => {
                let message = format!("{}{message}", entry.place);
                status = report::bad_input(io, args.json, &entry.text, &message)?;
            }
        }
    }
    let overlaps = check_overlaps(&ranges);
    if args.json {
        for overlap in &overlaps {
            serde_json::to_writer(&mut *io.out, &OverlapJson::from(overlap))?;
            writeln!(io.out)?;
        }
    } else {
        io.out
            .write_all(format::vpc::overlaps(&overlaps, ranges.len()).as_bytes())?;
    }
    if !overlaps.is_empty() {
        status = status.worst(Status::Problems);
    }
    Ok(status)
}

/// Reads `NAME=CIDR` lines from a file or standard input, skipping blanks and `#` comments.
fn read_list(file: &str, io: &mut Io<'_>) -> Result<Vec<Entry>, String> {
    let text = if file == "-" {
        let mut text = String::new();
        io.input
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read ranges from standard input: {e}"))?;
        text
    } else {
        std::fs::read_to_string(file).map_err(|e| format!("cannot read \"{file}\": {e}"))?
    };
    let source = if file == "-" { "standard input" } else { file };
    Ok(text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let content = line.split('#').next().unwrap_or("").trim();
            (!content.is_empty()).then(|| Entry {
                place: format!("{source} line {}: ", i + 1),
                text: content.to_string(),
            })
        })
        .collect())
}

/// Reads `NAME=CIDR` or a bare CIDR (named after itself). Host bits are refused.
fn parse_range(text: &str) -> Result<(String, IpNet), String> {
    let (name, cidr) = match text.split_once('=') {
        Some((name, cidr)) => (name.trim(), cidr),
        None => ("", text),
    };
    if text.contains('=') && name.is_empty() {
        return Err(format!(
            "\"{text}\" has an empty name: write NAME=CIDR, e.g. prod=10.0.0.0/16"
        ));
    }
    let net = input::net(cidr)?;
    if net.trunc() != net {
        return Err(format!(
            "\"{}\" has host bits set: the network is {}",
            cidr.trim(),
            net.trunc()
        ));
    }
    let name = if name.is_empty() {
        net.to_string()
    } else {
        name.to_string()
    };
    Ok((name, net))
}

#[derive(Serialize)]
struct OverlapJson {
    a: String,
    a_cidr: String,
    b: String,
    b_cidr: String,
    relation: &'static str,
    reason: String,
}

impl From<&Overlap> for OverlapJson {
    fn from(overlap: &Overlap) -> OverlapJson {
        OverlapJson {
            a: overlap.a.name.clone(),
            a_cidr: overlap.a.net.to_string(),
            b: overlap.b.name.clone(),
            b_cidr: overlap.b.net.to_string(),
            relation: overlap.relation.code(),
            reason: overlap.to_string(),
        }
    }
}
