//! `netdojo sg`: would a security group's inbound rules let a packet in?

use std::io;

use clap::Args;
use serde::Serialize;

use super::packet::PacketJson;
use super::{Io, Status, packet, report, textfile};
use crate::calc::sg::{SecurityGroup, SgDecision};
use crate::lang::Lang;

const AFTER_HELP: &str = "\
A rules file holds one inbound rule per line, PROTOCOL PORTS SOURCE, with #
comments:

  tcp  3306        sg-web         # MySQL from the web tier's security group
  tcp  443         0.0.0.0/0
  tcp  1024-65535  10.0.0.0/16
  icmp 8           10.0.0.0/16    # for icmp the port field is the ICMP type
  all  all         sg-admin

PROTOCOL is tcp, udp, icmp or all; PORTS a port, a range or all; SOURCE a CIDR
block or a security group id (sg-...). FILE may be - for standard input.

A security group is stateful and has allow rules only: a packet is allowed when
any rule matches its protocol, port and source, and dropped when none does. The
replies of an allowed connection go back out without an outbound rule. A group
source matches senders whose network interface is in that group (--from-sg).

Exit status: 0 when the packet is allowed, 1 when it is denied, 2 on bad input.

Examples:
  netdojo sg --rules assets/sg/db.txt --from 10.0.1.5 --proto tcp --port 3306 --from-sg sg-web
  netdojo sg --rules assets/sg/db.txt --from 10.0.1.5 --proto tcp --port 3306
  netdojo sg --rules assets/sg/web.txt --from 198.51.100.7 --proto tcp --port 22 --json

--json prints one object: packet (address, groups, protocol, port), allowed,
allowed_by (rule numbers, from 1) and checks (rule, text, description, verdict,
reason).";

/// Arguments of `netdojo sg`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct SgArgs {
    /// Inbound rules file (- reads standard input)
    #[arg(long, value_name = "FILE")]
    pub rules: String,

    /// Source address of the packet
    #[arg(long, value_name = "IP")]
    pub from: String,

    /// Protocol of the packet: tcp, udp or icmp
    #[arg(long, value_name = "PROTO")]
    pub proto: String,

    /// Destination port of the packet (for icmp, the ICMP type)
    #[arg(long, value_name = "PORT")]
    pub port: String,

    /// Security groups of the sender's network interface (repeat or comma-separate)
    #[arg(long = "from-sg", value_name = "SG", value_delimiter = ',')]
    pub from_sg: Vec<String>,

    /// Print JSON instead of text
    #[arg(long)]
    pub json: bool,
}

/// Runs `netdojo sg`.
pub fn run(args: &SgArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let (text, label) = match textfile::read(&args.rules, "rules", io) {
        Ok(pair) => pair,
        Err(message) => return report::bad_input(io, args.json, &args.rules, &message),
    };
    let group: SecurityGroup = match text.parse() {
        Ok(group) => group,
        Err(e) => {
            let message = format!("rules {label}: {e}");
            return report::bad_input(io, args.json, &args.rules, &message);
        }
    };
    let packet = match packet::read(&args.from, &args.proto, &args.port, &args.from_sg) {
        Ok(packet) => packet,
        Err((value, message)) => return report::bad_input(io, args.json, &value, &message),
    };
    let decision = group.evaluate(&packet);
    if args.json {
        serde_json::to_writer(&mut *io.out, &DecisionJson::new(&group, &decision))?;
        writeln!(io.out)?;
    } else {
        write_decision(io, &group, &decision, &label)?;
    }
    Ok(if decision.allowed() {
        Status::Ok
    } else {
        Status::Problems
    })
}

fn write_decision(
    io: &mut Io<'_>,
    group: &SecurityGroup,
    decision: &SgDecision,
    label: &str,
) -> io::Result<()> {
    let text = crate::format::sg::text(group, decision, label, Lang::En);
    io.out.write_all(text.as_bytes())
}

#[derive(Serialize)]
struct DecisionJson {
    packet: PacketJson,
    allowed: bool,
    allowed_by: Vec<usize>,
    checks: Vec<CheckJson>,
}

#[derive(Serialize)]
struct CheckJson {
    rule: usize,
    text: String,
    description: Option<String>,
    verdict: &'static str,
    reason: String,
}

impl DecisionJson {
    fn new(group: &SecurityGroup, decision: &SgDecision) -> DecisionJson {
        DecisionJson {
            packet: PacketJson::from(&decision.packet),
            allowed: decision.allowed(),
            allowed_by: decision.allowed_by.iter().map(|i| i + 1).collect(),
            checks: group
                .rules()
                .iter()
                .zip(&decision.checks)
                .enumerate()
                .map(|(i, (rule, verdict))| CheckJson {
                    rule: i + 1,
                    text: rule.to_string(),
                    description: rule.description.clone(),
                    verdict: verdict.id(),
                    reason: decision.reason(group, i),
                })
                .collect(),
        }
    }
}
