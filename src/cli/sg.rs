//! `netdojo sg`: would a security group's inbound rules let a packet in?

use std::io;

use clap::Args;
use serde::Serialize;

use super::packet::PacketJson;
use super::{Io, Status, packet, report, table, textfile};
use crate::calc::sg::{SecurityGroup, SgDecision};

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
    let count = match group.rules().len() {
        1 => "1 inbound rule".to_owned(),
        n => format!("{n} inbound rules"),
    };
    let numbers: Vec<String> = decision
        .allowed_by
        .iter()
        .map(|i| (i + 1).to_string())
        .collect();
    let (verdict, state) = match numbers.as_slice() {
        [] => (
            "denied: no rule allows it, and what no rule allows is dropped".to_owned(),
            "a security group has allow rules only; there is nothing to deny explicitly".to_owned(),
        ),
        [one] => {
            let rule = decision
                .allowed_by
                .first()
                .and_then(|&i| group.rules().get(i))
                .map(|rule| format!(" ({rule})"))
                .unwrap_or_default();
            (format!("allowed by rule {one}{rule}"), stateful_note())
        }
        many => (
            format!("allowed by rules {} (one is enough)", many.join(", ")),
            stateful_note(),
        ),
    };
    let rows = [
        ("Rules", format!("{count} from {label}")),
        ("Packet", format!("inbound {}", decision.packet)),
        ("Decision", verdict),
        ("State", state),
    ];
    table::write_rows(io.out, &rows)?;
    if group.rules().is_empty() {
        return Ok(());
    }
    writeln!(io.out)?;
    let rows: Vec<Vec<String>> = group
        .rules()
        .iter()
        .enumerate()
        .map(|(i, rule)| {
            let mark = if decision.allowed_by.contains(&i) {
                "*"
            } else {
                ""
            };
            vec![
                mark.to_owned(),
                (i + 1).to_string(),
                rule.to_string(),
                decision.reason(group, i),
            ]
        })
        .collect();
    table::write_columns(
        io.out,
        &["", "#", "RULE", "WHY"],
        &rows,
        &[false, true, false, false],
    )
}

fn stateful_note() -> String {
    "stateful: the replies of this connection go back out without an outbound rule".to_owned()
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
