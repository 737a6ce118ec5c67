//! `netdojo subnet`: everything about one or more blocks, as a table or JSON Lines.

use std::io::{self, Write};
use std::net::IpAddr;

use clap::Args;
use ipnet::IpNet;
use serde::Serialize;

use super::{Io, Status, input};
use crate::calc::classify::{Classification, HistoricClass};
use crate::calc::count::AddrCount;
use crate::calc::info::{AwsReserved, AwsSubnet, SubnetInfo, info};
use crate::format;

/// Long description shown by `netdojo subnet --help`.
pub const ABOUT: &str = "Show everything about an IPv4 or IPv6 block: network, masks, broadcast, \
host range, address counts, the AWS view, the kind of address space and the bits";

/// Conventions and examples shown after the options in `netdojo subnet --help`.
pub const AFTER_HELP: &str = "\
Input forms:
  10.0.0.0/16               a prefix length
  10.0.0.0/255.255.0.0      a dotted netmask after \"/\"
  \"10.0.0.0 255.255.0.0\"    a dotted netmask after spaces (quote it for the shell)
  10.0.0.1                  a bare address: a /32 (IPv6: a /128)
  2001:db8::/32             IPv6 in any RFC 4291 form, e.g. ::ffff:192.0.2.1/128
  Full-width input such as １０．０．０．０／２４ is read as ASCII (Unicode NFKC).
  Host bits may be set (10.0.1.5/24): the address is kept and a note names the network.

Rejected on purpose, with the reason:
  010.0.0.1, 10.0.0.0/024   leading zeros (octal or decimal? netdojo never guesses)
  10.0.0.0/0.0.0.255        a wildcard mask where the netmask belongs (the message
                            names the netmask, here 255.255.255.0 (/24))
  fe80::1%eth0              a zone id names an interface, not part of the address
  [::1], \"10.0.0.0/8\"       brackets or quotes around the input

Conventions:
  IPv4 /0 to /30   usable = total - 2; first host = network + 1, last = broadcast - 1
  IPv4 /31         2 usable, no broadcast (point-to-point links, RFC 3021)
  IPv4 /32         1 usable, no broadcast
  IPv6             no broadcast; every address counts (first host = network)
  AWS usable       IPv4 /16 to /28 only: total - 5 (network, +1 VPC router, +2 DNS,
                   +3 future use, last address); other blocks get the reason instead
  Classification   the most specific IANA special-purpose block that holds the whole
                   block; \"mixed\" when its addresses fall in more than one
  Historic class   A to E of the whole block (IPv4), from before CIDR
  Binary           network bits, \"|\", host bits (octets split by \".\", IPv6 groups by \":\")

Output: a table per input, or with --json one JSON object per line (counts as decimal
strings, fields that do not apply as null). A bad input prints one line on stderr (in
--json mode an {\"input\", \"error\"} object), the other inputs are still shown, and the
exit status is 2.

Examples:
  netdojo subnet 10.0.20.37/24
  netdojo subnet \"192.168.128.0 255.255.255.0\" 2001:db8::/48
  netdojo subnet --json 10.0.0.0/16
  printf '10.0.0.0/8\\n172.16.0.0/12\\n' | netdojo subnet -";

#[derive(Debug, Args)]
pub struct SubnetArgs {
    /// Blocks or addresses: 10.0.0.0/16, "10.0.0.0 255.255.0.0", 2001:db8::/32; `-` alone reads one per line from standard input
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<String>,

    /// Print one JSON object per input (JSON Lines) instead of tables
    #[arg(long)]
    pub json: bool,
}

/// Runs `netdojo subnet`.
pub fn run(args: &SubnetArgs, io: &mut Io<'_>) -> io::Result<Status> {
    let mut run = Run {
        json: args.json,
        status: Status::Ok,
        shown: 0,
    };
    if !args.inputs.iter().any(|i| i == "-") {
        for text in &args.inputs {
            run.one(text, io)?;
        }
        return Ok(run.status);
    }
    if args.inputs.len() > 1 {
        writeln!(
            io.err,
            "netdojo: \"-\" reads the inputs from standard input, so it must be the only input"
        )?;
        return Ok(Status::BadInput);
    }
    let mut line = Vec::new();
    loop {
        line.clear();
        match io.input.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                writeln!(io.err, "netdojo: cannot read standard input: {e}")?;
                return Ok(Status::Failure.worst(run.status));
            }
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\n', '\r']);
        if !text.trim().is_empty() {
            run.one(text, io)?;
        }
    }
    Ok(run.status)
}

/// State across the inputs of one run.
struct Run {
    json: bool,
    status: Status,
    /// Tables written so far, to put a blank line between them.
    shown: usize,
}

impl Run {
    fn one(&mut self, text: &str, io: &mut Io<'_>) -> io::Result<()> {
        match input::net(text) {
            Ok(net) => {
                let facts = info(net);
                if self.json {
                    write_json(io.out, &Record::new(text, &facts))?;
                } else {
                    if self.shown > 0 {
                        writeln!(io.out)?;
                    }
                    write_table(io.out, text, &facts, io.color)?;
                    self.shown += 1;
                }
            }
            Err(message) => {
                self.status = self.status.worst(Status::BadInput);
                if self.json {
                    write_json(
                        io.out,
                        &BadInput {
                            input: text,
                            error: &message,
                        },
                    )?;
                } else {
                    writeln!(io.err, "netdojo: {message}")?;
                }
            }
        }
        Ok(())
    }
}

fn write_json(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

/// The JSON object for a bad input.
#[derive(Serialize)]
struct BadInput<'a> {
    input: &'a str,
    error: &'a str,
}

/// The JSON object for one input; the field list is documented in `docs/usage/subnet.md`.
#[derive(Serialize)]
struct Record<'a> {
    input: &'a str,
    version: u8,
    address: IpAddr,
    network: IpAddr,
    prefix: u8,
    cidr: IpNet,
    netmask: IpAddr,
    wildcard: IpAddr,
    broadcast: Option<IpAddr>,
    first_host: IpAddr,
    last_host: IpAddr,
    last_address: IpAddr,
    total_addresses: AddrCount,
    usable_hosts: AddrCount,
    aws_usable: Option<String>,
    aws_refusal: Option<String>,
    host_bits_set: bool,
    classification: Classification,
    is_private: bool,
    historic_class: Option<HistoricClass>,
    aws_reserved: Option<[AwsReserved; 5]>,
    binary: String,
}

impl<'a> Record<'a> {
    fn new(input: &'a str, facts: &SubnetInfo) -> Record<'a> {
        let aws: Result<&AwsSubnet, _> = facts.aws.as_ref();
        Record {
            input,
            version: facts.version(),
            address: facts.address,
            network: facts.network,
            prefix: facts.prefix,
            cidr: facts.cidr(),
            netmask: facts.netmask,
            wildcard: facts.wildcard,
            broadcast: facts.broadcast,
            first_host: facts.first_host,
            last_host: facts.last_host,
            last_address: facts.last_address,
            total_addresses: facts.total_addresses,
            usable_hosts: facts.usable_hosts,
            aws_usable: aws.ok().map(|subnet| subnet.usable.to_string()),
            aws_refusal: aws.err().map(ToString::to_string),
            host_bits_set: facts.host_bits_set,
            classification: facts.classification,
            is_private: facts.is_private,
            historic_class: facts.historic_class,
            aws_reserved: aws.ok().map(|subnet| subnet.reserved),
            binary: facts.binary.to_string(),
        }
    }
}

fn write_table(out: &mut dyn Write, text: &str, facts: &SubnetInfo, color: bool) -> io::Result<()> {
    out.write_all(format::subnet::table(text, facts, color).as_bytes())
}
