//! `netdojo split`: a network into subnets of one prefix, into N equal parts, or by
//! host requirements (VLSM).

use std::io::{self, BufWriter, Write};

use clap::{ArgGroup, Args};

use super::report::bad_input_at;
use super::{Io, Status, input};
use crate::calc::split::{HostRule, Subnets, VlsmPlan, split_into, subnets, vlsm};
use crate::format;

#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("how").required(true).args(["prefix", "count", "hosts"])),
    after_help = "\
Usable hosts (--hosts):
  classic  IPv4 /0 to /30 lose the network and broadcast addresses; a /31 has 2
           usable (RFC 3021 point-to-point), a /32 has 1. IPv6: every address.
  --aws    An AWS subnet reserves 5 addresses (network, router, DNS, future use,
           broadcast) and must be /16 to /28.
Requirements are placed largest first from the start of the network; what is left
over is listed after them as the fewest prefixes that cover it.

--count rounds up to a power of two: equal blocks of addresses only come in powers
of two, so --count 3 gives 4 quarters.

Examples:
  netdojo split 10.0.0.0/16 --prefix 24          every /24 of the /16
  netdojo split 10.0.0.0/8 --prefix 32 | head    stops quietly when head exits
  netdojo split 10.0.0.0/24 --count 3            4 x /26 (3 rounded up)
  netdojo split 192.168.0.0/22 --hosts 500,200,50
  netdojo split 10.0.0.0/24 --hosts 100,50,20 --aws --json"
)]
pub struct SplitArgs {
    /// The network to split, e.g. 10.0.0.0/16
    #[arg(value_name = "CIDR")]
    pub cidr: String,
    /// Split into every subnet of this prefix length (24 or /24)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub prefix: Option<String>,
    /// Split into N equal parts (rounded up to a power of two)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub count: Option<String>,
    /// Divide by host requirements, largest first (VLSM), e.g. 500,200,50
    #[arg(long, value_name = "LIST", allow_hyphen_values = true)]
    pub hosts: Option<String>,
    /// Size the --hosts blocks as AWS subnets (5 reserved, /16 to /28)
    #[arg(long, conflicts_with_all = ["prefix", "count"])]
    pub aws: bool,
    /// Print JSON Lines: one object per subnet
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &SplitArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let network = match input::net(&args.cidr) {
        Ok(net) => net,
        Err(message) => return bad(io, args.json, &args.cidr, &message),
    };
    if let Some(text) = &args.prefix {
        let split = parse_prefix(text)
            .and_then(|prefix| subnets(network, prefix).map_err(|e| e.to_string()));
        return match split {
            Ok(parts) => write_subnets(io, args.json, parts, None),
            Err(message) => bad(io, args.json, text, &message),
        };
    }
    if let Some(text) = &args.count {
        let split = parse_count(text)
            .and_then(|parts| split_into(network, parts).map_err(|e| e.to_string()));
        return match split {
            Ok(split) => {
                let note = split.rounded_up().then(|| {
                    format!(
                        "note: {} parts rounded up to {}, since equal blocks come in powers of two",
                        split.requested, split.produced
                    )
                });
                write_subnets(io, args.json, split.subnets, note)
            }
            Err(message) => bad(io, args.json, text, &message),
        };
    }
    let text = args.hosts.as_deref().unwrap_or_default();
    let rule = if args.aws {
        HostRule::Aws
    } else {
        HostRule::Classic
    };
    let plan =
        parse_hosts(text).and_then(|hosts| vlsm(network, &hosts, rule).map_err(|e| e.to_string()));
    match plan {
        Ok(plan) => write_plan(io, args.json, &plan),
        Err(message) => bad(io, args.json, text, &message),
    }
}

fn write_subnets(
    io: &mut Io<'_>,
    json: bool,
    parts: Subnets,
    note: Option<String>,
) -> io::Result<Status> {
    let mut out = BufWriter::with_capacity(1 << 16, &mut *io.out);
    format::split::subnets(&mut out, json, parts, note)?;
    out.flush()?;
    Ok(Status::Ok)
}

fn write_plan(io: &mut Io<'_>, json: bool, plan: &VlsmPlan) -> io::Result<Status> {
    let mut out = BufWriter::new(&mut *io.out);
    format::split::vlsm(&mut out, json, plan)?;
    out.flush()?;
    Ok(Status::Ok)
}

fn bad(io: &mut Io<'_>, json: bool, input: &str, message: &str) -> io::Result<Status> {
    bad_input_at(io.out, io.err, json, input, None, message)?;
    Ok(Status::BadInput)
}

/// Reads `24` or `/24`.
fn parse_prefix(text: &str) -> Result<u8, String> {
    let trimmed = text.trim();
    let digits = trimmed.strip_prefix('/').unwrap_or(trimmed);
    whole_number(digits)
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| format!("\"{text}\" is not a prefix length (expected a number such as 24)"))
}

fn parse_count(text: &str) -> Result<u64, String> {
    whole_number(text.trim()).ok_or_else(|| {
        format!(
            "\"{text}\" is not a number of parts (expected a whole number from 1 to 4294967296)"
        )
    })
}

/// Reads a comma-separated list such as `500,200,50` (blanks around items allowed).
fn parse_hosts(text: &str) -> Result<Vec<u64>, String> {
    text.split(',')
        .map(|item| {
            whole_number(item.trim()).ok_or_else(|| {
                format!(
                    "\"{text}\" is not a list of host counts: \"{}\" is not a whole number (expected e.g. 500,200,50)",
                    item.trim()
                )
            })
        })
        .collect()
}

/// Plain decimal digits only (no sign, no blank), in range of u64.
fn whole_number(text: &str) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ipnet::IpNet;

    #[test]
    fn numbers_are_plain_decimal() {
        assert_eq!(parse_prefix("24"), Ok(24));
        assert_eq!(parse_prefix(" /24 "), Ok(24));
        assert_eq!(parse_prefix("024"), Ok(24));
        assert_eq!(
            parse_prefix("+24"),
            Err("\"+24\" is not a prefix length (expected a number such as 24)".into())
        );
        assert!(parse_prefix("256").is_err());
        assert!(parse_prefix("").is_err());
        assert_eq!(parse_count("4294967296"), Ok(1 << 32));
        assert!(parse_count("-1").is_err());
        assert!(parse_count("99999999999999999999").is_err());
        assert_eq!(parse_hosts("500, 200 ,50"), Ok(vec![500, 200, 50]));
        assert_eq!(
            parse_hosts("500,,50"),
            Err("\"500,,50\" is not a list of host counts: \"\" is not a whole number (expected e.g. 500,200,50)".into())
        );
    }

    #[test]
    fn widest_subnet_is_last() {
        let parts = subnets("10.0.0.0/16".parse().unwrap(), 24).unwrap();
        let widest: Vec<IpNet> = parts
            .clone()
            .take(1)
            .chain(parts.clone().next_back())
            .collect();
        assert_eq!(widest.len(), 2);
        assert_eq!(widest[1].to_string(), "10.0.255.0/24");
    }
}
