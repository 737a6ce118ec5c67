//! `netdojo route`: look addresses up in a route table and explain the longest-prefix match.

use std::io;

use clap::Args;
use serde::Serialize;

use super::{Io, Status, input, report};
use crate::calc::route::{Lookup, RouteSpec, RouteTable, Verdict};
use crate::format;

const AFTER_HELP: &str = "\
A route table file holds one route per line, DESTINATION TARGET, with # comments:

  # public subnet
  10.0.0.0/16   local
  0.0.0.0/0     igw-0a1b2c3d4e5f67890

or a JSON array: [{\"destination\": \"10.0.0.0/16\", \"target\": \"local\"}, ...].
The file is read as JSON when its first non-space character is '['.
Two routes for the same destination are an error, reported with both line numbers.

The most specific (longest prefix) destination that contains the address wins;
an IPv6 route never matches an IPv4 address. The trace lists every route, and '*'
marks the one used.

Targets are recognised by their id: local, igw- (Internet gateway), nat- (NAT
gateway), pcx- (peering), tgw- (Transit Gateway), eni- (network interface),
vgw- (virtual private gateway), eigw- (egress-only Internet gateway).

Examples:
  netdojo route --table assets/routes/public-subnet.txt 10.0.3.7 198.51.100.20
  netdojo route --table assets/routes/peering.json 10.1.20.9 --json
  printf '10.0.0.0/16 local\\n0.0.0.0/0 nat-0abc\\n' | netdojo route --table - 10.0.9.9

--json prints one object per address: address, target, target_kind, route,
reason, and trace (one {destination, target, verdict, reason} per route). When
no route matches, target, target_kind and route are null and reason is
\"no route\".";

/// Arguments of `netdojo route`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct RouteArgs {
    /// Route table file (text or JSON); - reads standard input
    #[arg(long, value_name = "FILE")]
    pub table: String,

    /// Addresses to look up, IPv4 or IPv6
    #[arg(value_name = "ADDR", required = true)]
    pub addresses: Vec<String>,

    /// Print JSON Lines instead of text
    #[arg(long)]
    pub json: bool,
}

/// Reads the table, then looks every address up.
pub fn run(args: &RouteArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let table = match load_table(&args.table, io) {
        Ok(table) => table,
        Err(message) => return report::bad_input(io, args.json, &args.table, &message),
    };
    if !args.json {
        writeln!(io.out, "{}", format::route::table_summary(&table))?;
    }
    let mut status = Status::Ok;
    for text in &args.addresses {
        let address = match input::addr(text) {
            Ok(address) => address,
            Err(message) => {
                status = report::bad_input(io, args.json, text, &message)?;
                continue;
            }
        };
        let lookup = table.lookup(address);
        if args.json {
            serde_json::to_writer(&mut *io.out, &LookupJson::from(&lookup))?;
            writeln!(io.out)?;
        } else {
            writeln!(io.out)?;
            io.out
                .write_all(format::route::lookup(&lookup).as_bytes())?;
        }
    }
    Ok(status)
}

/// Reads and checks the route table; the message names the file in quotes.
fn load_table(name: &str, io: &mut Io<'_>) -> Result<RouteTable, String> {
    let text = if name == "-" {
        let mut text = String::new();
        io.input
            .read_to_string(&mut text)
            .map_err(|e| format!("cannot read the route table from standard input: {e}"))?;
        text
    } else {
        std::fs::read_to_string(name)
            .map_err(|e| format!("cannot read route table \"{name}\": {e}"))?
    };
    let label = if name == "-" {
        "route table on standard input".to_string()
    } else {
        format!("route table \"{name}\"")
    };
    let body = text.trim_start_matches('\u{feff}');
    let table = if body.trim_start().starts_with('[') {
        let specs: Vec<RouteSpec> = serde_json::from_str(body).map_err(|e| {
            format!("{label} is not a JSON array of {{\"destination\", \"target\"}} objects: {e}")
        })?;
        RouteTable::from_specs(specs)
    } else {
        body.parse::<RouteTable>()
    };
    table.map_err(|e| format!("{label}: {e}"))
}

#[derive(Serialize)]
struct LookupJson {
    address: String,
    target: Option<String>,
    target_kind: Option<&'static str>,
    route: Option<String>,
    reason: String,
    trace: Vec<StepJson>,
}

#[derive(Serialize)]
struct StepJson {
    destination: String,
    target: String,
    verdict: &'static str,
    reason: String,
}

impl From<&Lookup<'_>> for LookupJson {
    fn from(lookup: &Lookup<'_>) -> LookupJson {
        let route = lookup.route();
        let winner_reason = lookup
            .trace()
            .iter()
            .find(|step| step.verdict() == Verdict::Wins)
            .map(|step| step.to_string());
        LookupJson {
            address: lookup.address().to_string(),
            target: route.map(|r| r.target().to_string()),
            target_kind: route.map(|r| r.target().kind().code()),
            route: route.map(|r| r.destination().to_string()),
            reason: winner_reason.unwrap_or_else(|| "no route".to_string()),
            trace: lookup
                .trace()
                .iter()
                .map(|step| StepJson {
                    destination: step.route().destination().to_string(),
                    target: step.route().target().to_string(),
                    verdict: step.verdict().code(),
                    reason: step.to_string(),
                })
                .collect(),
        }
    }
}
