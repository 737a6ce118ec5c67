//! `netdojo nacl`: what a network ACL does with a packet, rule by rule.

use std::io;

use clap::Args;
use serde::Serialize;

use super::packet::PacketJson;
use super::{Io, Status, packet, report, textfile};
use crate::calc::nacl::{AclDecision, NetworkAcl};
use crate::format::nacl::Direction;
use crate::lang::Lang;

const AFTER_HELP: &str = "\
A rules file holds one numbered rule per line, NUMBER ACTION PROTOCOL PORTS CIDR,
with # comments, and optionally the default rule at the end:

  100 allow tcp 443        0.0.0.0/0
  200 deny  tcp 22         0.0.0.0/0
  300 allow tcp 1024-65535 0.0.0.0/0   # replies to the subnet's own connections
  *   deny  all all        0.0.0.0/0

NUMBER is 1 to 32766; ACTION allow or deny; PROTOCOL tcp, udp, icmp or all; PORTS
a port, a range or all (for icmp, the ICMP type); CIDR a block (network ACLs take
no security groups). FILE may be - for standard input.

Rules are evaluated lowest number first and the first that matches decides, allow
or deny; when none matches, the default rule * denies. A network ACL is stateless:
the replies of an allowed connection are judged again by the rules of the other
direction, so inbound HTTPS needs an outbound rule for the client's ephemeral
ports (1024-65535 covers every client).

Give the rules of one direction: inbound rules with --from (the packet's source),
outbound rules with --to (its destination).

Exit status: 0 when the packet is allowed, 1 when it is denied, 2 on bad input.

Examples:
  netdojo nacl --rules assets/sg/nacl-inbound.txt --from 203.0.113.7 --proto tcp --port 443
  netdojo nacl --rules assets/sg/nacl-inbound.txt --from 198.51.100.7 --proto tcp --port 443
  netdojo nacl --rules assets/sg/nacl-outbound.txt --to 203.0.113.7 --proto tcp --port 50123 --json

--json prints one object: direction, packet (address, groups, protocol, port),
allowed, action, decided_by (the rule number, or \"*\") and checks (number, rule,
verdict, reason), lowest number first; verdict is not_reached after the deciding
rule.";

/// Arguments of `netdojo nacl`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct NaclArgs {
    /// Rules file of one direction (- reads standard input)
    #[arg(long, value_name = "FILE")]
    pub rules: String,

    /// Source address of an inbound packet
    #[arg(
        long,
        value_name = "IP",
        required_unless_present = "to",
        conflicts_with = "to"
    )]
    pub from: Option<String>,

    /// Destination address of an outbound packet
    #[arg(long, value_name = "IP")]
    pub to: Option<String>,

    /// Protocol of the packet: tcp, udp or icmp
    #[arg(long, value_name = "PROTO")]
    pub proto: String,

    /// Destination port of the packet (for icmp, the ICMP type)
    #[arg(long, value_name = "PORT")]
    pub port: String,

    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs `netdojo nacl`.
pub fn run(args: &NaclArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let (text, label) = match textfile::read(&args.rules, "rules", io) {
        Ok(pair) => pair,
        Err(message) => return report::bad_input(io, args.json, &args.rules, &message),
    };
    let acl: NetworkAcl = match text.parse() {
        Ok(acl) => acl,
        Err(e) => {
            let message = format!("rules {label}: {e}");
            return report::bad_input(io, args.json, &args.rules, &message);
        }
    };
    let inbound = args.to.is_none();
    let address = args
        .from
        .as_deref()
        .or(args.to.as_deref())
        .unwrap_or_default();
    let packet = match packet::read(address, &args.proto, &args.port, &[]) {
        Ok(packet) => packet,
        Err((value, message)) => return report::bad_input(io, args.json, &value, &message),
    };
    let decision = acl.evaluate(&packet);
    if args.json {
        serde_json::to_writer(&mut *io.out, &DecisionJson::new(&acl, &decision, inbound))?;
        writeln!(io.out)?;
    } else {
        write_decision(io, &acl, &decision, &label, inbound)?;
    }
    Ok(if decision.allowed() {
        Status::Ok
    } else {
        Status::Problems
    })
}

fn write_decision(
    io: &mut Io<'_>,
    acl: &NetworkAcl,
    decision: &AclDecision,
    label: &str,
    inbound: bool,
) -> io::Result<()> {
    let direction = if inbound {
        Direction::Inbound
    } else {
        Direction::Outbound
    };
    let text = crate::format::nacl::text(acl, decision, label, direction, Lang::En);
    io.out.write_all(text.as_bytes())
}

#[derive(Serialize)]
struct DecisionJson {
    direction: &'static str,
    packet: PacketJson,
    allowed: bool,
    action: String,
    decided_by: String,
    checks: Vec<CheckJson>,
}

#[derive(Serialize)]
struct CheckJson {
    number: u16,
    rule: String,
    description: Option<String>,
    verdict: &'static str,
    reason: String,
}

impl DecisionJson {
    fn new(acl: &NetworkAcl, decision: &AclDecision, inbound: bool) -> DecisionJson {
        DecisionJson {
            direction: if inbound { "inbound" } else { "outbound" },
            packet: PacketJson::from(&decision.packet),
            allowed: decision.allowed(),
            action: decision.action.to_string(),
            decided_by: decision
                .decided_by
                .and_then(|i| acl.rules().get(i))
                .map_or_else(|| "*".to_owned(), |rule| rule.number.to_string()),
            checks: acl
                .rules()
                .iter()
                .zip(&decision.checks)
                .enumerate()
                .map(|(i, (rule, verdict))| CheckJson {
                    number: rule.number,
                    rule: rule.to_string(),
                    description: rule.description.clone(),
                    verdict: verdict.map_or("not_reached", |v| v.id()),
                    reason: decision.reason(acl, i),
                })
                .collect(),
        }
    }
}
