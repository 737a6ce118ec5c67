//! What security groups and network ACLs share: protocols, port ranges, address
//! sources and the packet they judge.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use ipnet::IpNet;
use thiserror::Error;

use super::parse::parse_net;

/// Why a part of a firewall rule or packet is not valid.
///
/// ```
/// use netdojo::calc::firewall::Protocol;
/// assert_eq!(
///     "ftp".parse::<Protocol>().unwrap_err().to_string(),
///     "ftp is not a protocol: use tcp, udp, icmp or all (or the numbers 6, 17, 1, -1)"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RulePartError {
    /// Not a known protocol.
    #[error("{text} is not a protocol: use tcp, udp, icmp or all (or the numbers 6, 17, 1, -1)")]
    Protocol {
        /// The text.
        text: String,
    },
    /// Not a port, a range or `all`.
    #[error("{text} is not a port range: use a port (443), a range (1024-65535) or all")]
    Ports {
        /// The text.
        text: String,
    },
    /// A range whose start is after its end.
    #[error("{text} starts after it ends")]
    BackwardRange {
        /// The text.
        text: String,
    },
    /// An ICMP rule with something other than a type or `all`.
    #[error("{text} is not an ICMP type: use a number from 0 to 255 (8 is echo request) or all")]
    IcmpType {
        /// The text.
        text: String,
    },
    /// All traffic with a port range.
    #[error("protocol all covers every port: write all for the ports, not {text}")]
    PortsWithAll {
        /// The ports given.
        text: String,
    },
    /// Not a CIDR block or a security group id.
    #[error(
        "{text} is not a source: use a CIDR block (10.0.0.0/16, 0.0.0.0/0) or a security group id (sg-...): {reason}"
    )]
    Source {
        /// The text.
        text: String,
        /// Why it is not a block.
        reason: String,
    },
    /// A block with host bits set.
    #[error("{text} has host bits set: the block is {network}")]
    HostBits {
        /// The text.
        text: String,
        /// The network it belongs to.
        network: IpNet,
    },
    /// A security group where only a block is allowed.
    #[error("{text} is a security group: network ACL rules take CIDR blocks only")]
    GroupInAcl {
        /// The text.
        text: String,
    },
    /// A packet with protocol `all`.
    #[error("a packet has one protocol: tcp, udp or icmp, not all")]
    PacketAll,
}

/// The protocol of a rule (`all` for every protocol) or of a packet.
///
/// ```
/// use netdojo::calc::firewall::Protocol;
/// assert_eq!("TCP".parse::<Protocol>().unwrap(), Protocol::Tcp);
/// assert_eq!("-1".parse::<Protocol>().unwrap(), Protocol::All);
/// assert_eq!(Protocol::Udp.to_string(), "udp");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// TCP (protocol number 6).
    Tcp,
    /// UDP (17).
    Udp,
    /// ICMP (1); the port field of a rule is the ICMP type.
    Icmp,
    /// Every protocol (-1 in the AWS API).
    All,
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Protocol::Tcp => "tcp",
            Protocol::Udp => "udp",
            Protocol::Icmp => "icmp",
            Protocol::All => "all",
        })
    }
}

impl FromStr for Protocol {
    type Err = RulePartError;

    fn from_str(text: &str) -> Result<Protocol, RulePartError> {
        match text.to_ascii_lowercase().as_str() {
            "tcp" | "6" => Ok(Protocol::Tcp),
            "udp" | "17" => Ok(Protocol::Udp),
            "icmp" | "1" => Ok(Protocol::Icmp),
            "all" | "-1" => Ok(Protocol::All),
            _ => Err(RulePartError::Protocol {
                text: text.to_owned(),
            }),
        }
    }
}

/// The ports (or, for ICMP, the types) a rule covers.
///
/// ```
/// use netdojo::calc::firewall::Ports;
/// let ports: Ports = "1024-65535".parse().unwrap();
/// assert!(ports.contains(49152));
/// assert!(!ports.contains(443));
/// assert!("all".parse::<Ports>().unwrap().contains(0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ports {
    /// Every port.
    All,
    /// `from` to `to`, both included.
    Range {
        /// The first port.
        from: u16,
        /// The last port.
        to: u16,
    },
}

impl Ports {
    /// Whether a port is in the range.
    ///
    /// ```
    /// use netdojo::calc::firewall::Ports;
    /// assert!("443".parse::<Ports>().unwrap().contains(443));
    /// ```
    pub fn contains(self, port: u16) -> bool {
        match self {
            Ports::All => true,
            Ports::Range { from, to } => (from..=to).contains(&port),
        }
    }
}

impl fmt::Display for Ports {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ports::All => f.write_str("all"),
            Ports::Range { from, to } if from == to => write!(f, "{from}"),
            Ports::Range { from, to } => write!(f, "{from}-{to}"),
        }
    }
}

impl FromStr for Ports {
    type Err = RulePartError;

    fn from_str(text: &str) -> Result<Ports, RulePartError> {
        if text.eq_ignore_ascii_case("all") {
            return Ok(Ports::All);
        }
        let bad = || RulePartError::Ports {
            text: text.to_owned(),
        };
        let port = |s: &str| -> Result<u16, RulePartError> {
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            s.parse().map_err(|_| bad())
        };
        let (from, to) = match text.split_once('-') {
            Some((from, to)) => (port(from)?, port(to)?),
            None => {
                let p = port(text)?;
                (p, p)
            }
        };
        if from > to {
            return Err(RulePartError::BackwardRange {
                text: text.to_owned(),
            });
        }
        Ok(Ports::Range { from, to })
    }
}

/// Reads the port field of a rule for its protocol: ICMP takes a type (0 to 255) or
/// `all`, `all` protocols take only `all`.
///
/// ```
/// use netdojo::calc::firewall::{rule_ports, Ports, Protocol};
/// assert_eq!(rule_ports(Protocol::Icmp, "8").unwrap(), Ports::Range { from: 8, to: 8 });
/// assert!(rule_ports(Protocol::All, "443").is_err());
/// ```
pub fn rule_ports(protocol: Protocol, text: &str) -> Result<Ports, RulePartError> {
    match protocol {
        Protocol::All if text.eq_ignore_ascii_case("all") => Ok(Ports::All),
        Protocol::All => Err(RulePartError::PortsWithAll {
            text: text.to_owned(),
        }),
        Protocol::Icmp => {
            let bad = || RulePartError::IcmpType {
                text: text.to_owned(),
            };
            match text.parse::<Ports>().map_err(|_| bad())? {
                Ports::Range { to, .. } if to > 255 => Err(bad()),
                ports => Ok(ports),
            }
        }
        Protocol::Tcp | Protocol::Udp => text.parse(),
    }
}

/// Where traffic comes from in a rule: a CIDR block or a security group.
///
/// ```
/// use netdojo::calc::firewall::Source;
/// assert!(matches!("sg-web".parse::<Source>().unwrap(), Source::Group(_)));
/// assert_eq!("0.0.0.0/0".parse::<Source>().unwrap().to_string(), "0.0.0.0/0");
/// assert_eq!("10.0.1.5".parse::<Source>().unwrap().to_string(), "10.0.1.5/32");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    /// An IPv4 or IPv6 block.
    Block(IpNet),
    /// A security group id such as `sg-0123456789abcdef0` (short names like `sg-web`
    /// are accepted for teaching).
    Group(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Block(net) => write!(f, "{net}"),
            Source::Group(id) => f.write_str(id),
        }
    }
}

impl FromStr for Source {
    type Err = RulePartError;

    fn from_str(text: &str) -> Result<Source, RulePartError> {
        if let Some(name) = text.strip_prefix("sg-") {
            if !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                return Ok(Source::Group(text.to_owned()));
            }
        }
        let net = parse_net(text).map_err(|e| RulePartError::Source {
            text: text.to_owned(),
            reason: e.to_string(),
        })?;
        if net.trunc() != net {
            return Err(RulePartError::HostBits {
                text: text.to_owned(),
                network: net.trunc(),
            });
        }
        Ok(Source::Block(net))
    }
}

/// A packet arriving at a resource: its source address, the security groups of the
/// network interface it comes from, its protocol and destination port (or ICMP type).
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// let packet = Packet::new("10.0.1.5".parse().unwrap(), Protocol::Tcp, 3306)
///     .unwrap()
///     .with_groups(&["sg-web"]);
/// assert_eq!(packet.to_string(), "tcp port 3306 from 10.0.1.5 (sg-web)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Packet {
    /// The source address.
    pub source: IpAddr,
    /// The security groups of the sender's network interface.
    pub groups: Vec<String>,
    /// TCP, UDP or ICMP.
    pub protocol: Protocol,
    /// The destination port, or the ICMP type.
    pub port: u16,
}

impl Packet {
    /// A packet without security groups; refuses protocol `all`.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Packet, Protocol};
    /// assert!(Packet::new("10.0.0.1".parse().unwrap(), Protocol::All, 0).is_err());
    /// ```
    pub fn new(source: IpAddr, protocol: Protocol, port: u16) -> Result<Packet, RulePartError> {
        if protocol == Protocol::All {
            return Err(RulePartError::PacketAll);
        }
        Ok(Packet {
            source,
            groups: Vec::new(),
            protocol,
            port,
        })
    }

    /// The same packet sent from an interface in these security groups.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Packet, Protocol};
    /// let packet = Packet::new("10.0.0.1".parse().unwrap(), Protocol::Tcp, 22).unwrap();
    /// assert_eq!(packet.with_groups(&["sg-a", "sg-b"]).groups.len(), 2);
    /// ```
    pub fn with_groups(mut self, groups: &[&str]) -> Packet {
        self.groups = groups.iter().map(|g| (*g).to_owned()).collect();
        self
    }

    /// `port 443`, or `type 8` for ICMP.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Packet, Protocol};
    /// let ping = Packet::new("10.0.0.1".parse().unwrap(), Protocol::Icmp, 8).unwrap();
    /// assert_eq!(ping.port_text(), "type 8");
    /// ```
    pub fn port_text(&self) -> String {
        match self.protocol {
            Protocol::Icmp => format!("type {}", self.port),
            _ => format!("port {}", self.port),
        }
    }
}

impl fmt::Display for Packet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} from {}",
            self.protocol,
            self.port_text(),
            self.source
        )?;
        if !self.groups.is_empty() {
            write!(f, " ({})", self.groups.join(", "))?;
        }
        Ok(())
    }
}

/// Why one rule does or does not match a packet.
///
/// ```
/// use netdojo::calc::firewall::Match;
/// assert!(Match::Matches.is_match());
/// assert!(!Match::WrongProtocol.is_match());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Match {
    /// Protocol, port and source all match.
    Matches,
    /// The rule is for another protocol.
    WrongProtocol,
    /// The port (or ICMP type) is outside the rule's range.
    PortOutside,
    /// The source address is outside the rule's block.
    SourceOutside,
    /// The rule's block is IPv4 and the source IPv6, or the other way round.
    OtherFamily,
    /// The rule names a security group that the sender does not carry.
    GroupMissing,
}

impl Match {
    /// Whether the rule matches.
    ///
    /// ```
    /// use netdojo::calc::firewall::Match;
    /// assert!(!Match::GroupMissing.is_match());
    /// ```
    pub fn is_match(self) -> bool {
        self == Match::Matches
    }

    /// A stable id for JSON: `matches`, `wrong_protocol`, `port_outside`,
    /// `source_outside`, `other_family`, `group_missing`.
    ///
    /// ```
    /// use netdojo::calc::firewall::Match;
    /// assert_eq!(Match::PortOutside.id(), "port_outside");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Match::Matches => "matches",
            Match::WrongProtocol => "wrong_protocol",
            Match::PortOutside => "port_outside",
            Match::SourceOutside => "source_outside",
            Match::OtherFamily => "other_family",
            Match::GroupMissing => "group_missing",
        }
    }
}

/// Matches one rule's protocol, ports and source against a packet, in that order.
///
/// ```
/// use netdojo::calc::firewall::{match_rule, Match, Packet, Protocol};
/// let packet = Packet::new("203.0.113.9".parse().unwrap(), Protocol::Tcp, 22).unwrap();
/// let source = "10.0.0.0/16".parse().unwrap();
/// assert_eq!(
///     match_rule(Protocol::Tcp, "22".parse().unwrap(), &source, &packet),
///     Match::SourceOutside
/// );
/// ```
pub fn match_rule(protocol: Protocol, ports: Ports, source: &Source, packet: &Packet) -> Match {
    if protocol != Protocol::All && protocol != packet.protocol {
        return Match::WrongProtocol;
    }
    if !ports.contains(packet.port) {
        return Match::PortOutside;
    }
    match source {
        Source::Block(net) => {
            let same_family = matches!(
                (net, packet.source),
                (IpNet::V4(_), IpAddr::V4(_)) | (IpNet::V6(_), IpAddr::V6(_))
            );
            if !same_family {
                Match::OtherFamily
            } else if net.contains(&packet.source) {
                Match::Matches
            } else {
                Match::SourceOutside
            }
        }
        Source::Group(id) if packet.groups.iter().any(|g| g == id) => Match::Matches,
        Source::Group(_) => Match::GroupMissing,
    }
}

/// A rule's protocol and ports in words: `tcp port 443`, `tcp ports 1024-65535`,
/// `icmp type 8`, `all traffic`.
///
/// ```
/// use netdojo::calc::firewall::{traffic_text, Protocol};
/// assert_eq!(traffic_text(Protocol::Tcp, "1024-65535".parse().unwrap()), "tcp ports 1024-65535");
/// assert_eq!(traffic_text(Protocol::All, "all".parse().unwrap()), "all traffic");
/// ```
pub fn traffic_text(protocol: Protocol, ports: Ports) -> String {
    match (protocol, ports) {
        (Protocol::All, _) => "all traffic".to_owned(),
        (Protocol::Icmp, Ports::All) => "icmp, all types".to_owned(),
        (Protocol::Icmp, Ports::Range { from, to }) if from == to => format!("icmp type {from}"),
        (Protocol::Icmp, ports) => format!("icmp types {ports}"),
        (protocol, Ports::All) => format!("{protocol}, all ports"),
        (protocol, Ports::Range { from, to }) if from == to => format!("{protocol} port {from}"),
        (protocol, ports) => format!("{protocol} ports {ports}"),
    }
}

/// Why a rule does not match, in words (empty for a match).
///
/// ```
/// use netdojo::calc::firewall::{mismatch_text, Match, Packet, Protocol};
/// let packet = Packet::new("10.0.0.1".parse().unwrap(), Protocol::Udp, 53).unwrap();
/// assert_eq!(
///     mismatch_text(Match::WrongProtocol, Protocol::Tcp, &"sg-x".parse().unwrap(), &packet),
///     "the rule is for tcp, the packet is udp"
/// );
/// ```
pub fn mismatch_text(
    verdict: Match,
    protocol: Protocol,
    source: &Source,
    packet: &Packet,
) -> String {
    match verdict {
        Match::Matches => String::new(),
        Match::WrongProtocol => format!(
            "the rule is for {protocol}, the packet is {}",
            packet.protocol
        ),
        Match::PortOutside => format!("{} is outside the rule's range", packet.port_text()),
        Match::SourceOutside => format!("{} is not in {source}", packet.source),
        Match::OtherFamily => {
            let (rule, other) = match packet.source {
                IpAddr::V4(_) => ("IPv6", "IPv4"),
                IpAddr::V6(_) => ("IPv4", "IPv6"),
            };
            format!(
                "{source} is an {rule} block and {} is {other}",
                packet.source
            )
        }
        Match::GroupMissing => format!("the sender is not in {source}"),
    }
}

/// Why a rules file is not valid; every error names its line.
///
/// ```
/// use netdojo::calc::sg::SecurityGroup;
/// let err = "tcp 443".parse::<SecurityGroup>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "line 1: expected PROTOCOL PORTS SOURCE, such as tcp 443 0.0.0.0/0, not \"tcp 443\""
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RulesError {
    /// A field of a rule is not valid.
    #[error("line {line}: {source}")]
    Part {
        /// The line number, from 1.
        line: usize,
        /// What is wrong.
        source: RulePartError,
    },
    /// The wrong number of fields.
    #[error("line {line}: expected {expected}, such as {example}, not {text:?}")]
    Shape {
        /// The line number, from 1.
        line: usize,
        /// The fields expected.
        expected: &'static str,
        /// An example line.
        example: &'static str,
        /// The line without its comment.
        text: String,
    },
    /// A rule number that is not 1 to 32766 or `*`.
    #[error("line {line}: {text} is not a rule number: use 1 to 32766, or * for the default rule")]
    Number {
        /// The line number, from 1.
        line: usize,
        /// The text.
        text: String,
    },
    /// A rule number used twice.
    #[error("line {line}: rule number {number} is already used on line {first}")]
    DuplicateNumber {
        /// The line number, from 1.
        line: usize,
        /// The rule number.
        number: u16,
        /// The line that used it first.
        first: usize,
    },
    /// Neither `allow` nor `deny`.
    #[error("line {line}: {text} is not an action: use allow or deny")]
    Action {
        /// The line number, from 1.
        line: usize,
        /// The text.
        text: String,
    },
    /// A `*` rule that does not deny all traffic.
    #[error(
        "line {line}: the default rule * always denies all traffic: write * deny all all 0.0.0.0/0 (or ::/0)"
    )]
    DefaultRule {
        /// The line number, from 1.
        line: usize,
    },
}

/// One rule line of a rules file: its number from 1, its fields and its comment.
pub(crate) struct RuleLine<'a> {
    /// The line number, from 1.
    pub line: usize,
    /// The fields before the comment, split at whitespace.
    pub fields: Vec<&'a str>,
    /// The comment after `#`, trimmed, if not empty.
    pub comment: Option<&'a str>,
}

/// The rule lines of a rules file: blank lines and comment-only lines are skipped.
pub(crate) fn rule_lines(text: &str) -> impl Iterator<Item = RuleLine<'_>> {
    text.lines().enumerate().filter_map(|(index, raw)| {
        let raw = raw.trim_start_matches('\u{feff}');
        let (body, comment) = match raw.split_once('#') {
            Some((body, comment)) => (body, Some(comment.trim()).filter(|c| !c.is_empty())),
            None => (raw, None),
        };
        let fields: Vec<&str> = body.split_whitespace().collect();
        (!fields.is_empty()).then_some(RuleLine {
            line: index + 1,
            fields,
            comment,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packet(source: &str, protocol: Protocol, port: u16) -> Packet {
        Packet::new(source.parse().unwrap(), protocol, port).unwrap()
    }

    #[test]
    fn ports_and_protocols() {
        assert_eq!("0-65535".parse::<Ports>().unwrap().to_string(), "0-65535");
        assert_eq!(
            "443-80".parse::<Ports>().unwrap_err().to_string(),
            "443-80 starts after it ends"
        );
        assert_eq!(
            "65536".parse::<Ports>().unwrap_err().to_string(),
            "65536 is not a port range: use a port (443), a range (1024-65535) or all"
        );
        assert!(" 443".parse::<Ports>().is_err());
        assert_eq!(
            rule_ports(Protocol::Icmp, "300").unwrap_err().to_string(),
            "300 is not an ICMP type: use a number from 0 to 255 (8 is echo request) or all"
        );
        assert_eq!(
            rule_ports(Protocol::All, "443").unwrap_err().to_string(),
            "protocol all covers every port: write all for the ports, not 443"
        );
    }

    #[test]
    fn sources() {
        assert_eq!(
            "10.0.1.5/24".parse::<Source>().unwrap_err().to_string(),
            "10.0.1.5/24 has host bits set: the block is 10.0.1.0/24"
        );
        assert!("sg-".parse::<Source>().is_err());
        assert!("::/0".parse::<Source>().is_ok());
        assert!(matches!(
            "pl-123".parse::<Source>().unwrap_err(),
            RulePartError::Source { .. }
        ));
    }

    #[test]
    fn matching_order() {
        let web: Source = "sg-web".parse().unwrap();
        let any4: Source = "0.0.0.0/0".parse().unwrap();
        let p = packet("10.0.1.5", Protocol::Tcp, 3306).with_groups(&["sg-web"]);
        assert_eq!(
            match_rule(Protocol::Tcp, "3306".parse().unwrap(), &web, &p),
            Match::Matches
        );
        assert_eq!(
            match_rule(Protocol::Udp, "3306".parse().unwrap(), &web, &p),
            Match::WrongProtocol
        );
        assert_eq!(
            match_rule(Protocol::Tcp, "22".parse().unwrap(), &web, &p),
            Match::PortOutside
        );
        assert_eq!(
            match_rule(Protocol::All, Ports::All, &any4, &p),
            Match::Matches
        );
        let v6 = packet("2001:db8::1", Protocol::Tcp, 443);
        assert_eq!(
            match_rule(Protocol::Tcp, Ports::All, &any4, &v6),
            Match::OtherFamily
        );
        assert_eq!(
            mismatch_text(Match::OtherFamily, Protocol::Tcp, &any4, &v6),
            "0.0.0.0/0 is an IPv4 block and 2001:db8::1 is IPv6"
        );
        assert_eq!(
            match_rule(Protocol::Tcp, Ports::All, &web, &v6),
            Match::GroupMissing
        );
    }
}
