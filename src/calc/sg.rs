//! Security group inbound rules: is a packet allowed, and by which rule?
//!
//! A security group is a **stateful** firewall on a network interface (an instance,
//! an RDS database, a load balancer). It has **allow rules only**: a packet is
//! allowed when any rule matches its protocol, port and source, and dropped
//! otherwise. The order of the rules does not matter. Because the group is stateful,
//! the replies of an allowed connection go back out whatever the outbound rules say.
//!
//! A rule's source is a CIDR block or another security group. A group source matches
//! traffic from network interfaces in that group, which is how the database tier
//! admits "3306 from the web tier" without listing addresses. (AWS applies a group
//! source to traffic sent to private addresses; a packet arriving through a public
//! address is matched by blocks only.)
//!
//! Rules files hold one rule per line, `PROTOCOL PORTS SOURCE`, with `#` comments:
//!
//! ```text
//! # database tier
//! tcp 3306 sg-web      # MySQL from the web servers
//! tcp 22   10.0.0.0/16
//! ```

use std::fmt;
use std::str::FromStr;

use super::firewall::{
    Match, Packet, Ports, Protocol, RulesError, Source, match_rule, mismatch_text, rule_lines,
    rule_ports, traffic_text,
};

/// One inbound rule.
///
/// ```
/// use netdojo::calc::sg::SgRule;
/// let rule: SgRule = "tcp 3306 sg-web".parse().unwrap();
/// assert_eq!(rule.to_string(), "tcp 3306 sg-web");
/// assert_eq!(rule.traffic(), "tcp port 3306");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SgRule {
    /// The protocol, or `all`.
    pub protocol: Protocol,
    /// The ports, or the ICMP types.
    pub ports: Ports,
    /// Where the traffic may come from.
    pub source: Source,
    /// The comment of the rule's line, if any.
    pub description: Option<String>,
}

impl SgRule {
    /// The rule's protocol and ports in words.
    ///
    /// ```
    /// use netdojo::calc::sg::SgRule;
    /// assert_eq!("all all 10.0.0.0/16".parse::<SgRule>().unwrap().traffic(), "all traffic");
    /// ```
    pub fn traffic(&self) -> String {
        traffic_text(self.protocol, self.ports)
    }

    /// Whether and why the rule matches a packet.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Match, Packet, Protocol};
    /// use netdojo::calc::sg::SgRule;
    /// let rule: SgRule = "tcp 443 0.0.0.0/0".parse().unwrap();
    /// let packet = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 443).unwrap();
    /// assert_eq!(rule.check(&packet), Match::Matches);
    /// ```
    pub fn check(&self, packet: &Packet) -> Match {
        match_rule(self.protocol, self.ports, &self.source, packet)
    }
}

impl fmt::Display for SgRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.protocol, self.ports, self.source)
    }
}

impl FromStr for SgRule {
    type Err = RulesError;

    /// Reads one line, `PROTOCOL PORTS SOURCE [# description]`.
    fn from_str(text: &str) -> Result<SgRule, RulesError> {
        let group: SecurityGroup = text.parse()?;
        group
            .rules
            .into_iter()
            .next()
            .ok_or_else(|| RulesError::Shape {
                line: 1,
                expected: SHAPE,
                example: EXAMPLE,
                text: text.trim().to_owned(),
            })
    }
}

const SHAPE: &str = "PROTOCOL PORTS SOURCE";
const EXAMPLE: &str = "tcp 443 0.0.0.0/0";

/// The inbound rules of a security group.
///
/// ```
/// use netdojo::calc::sg::SecurityGroup;
/// let group: SecurityGroup = "tcp 80 0.0.0.0/0\ntcp 443 0.0.0.0/0\n".parse().unwrap();
/// assert_eq!(group.rules().len(), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SecurityGroup {
    rules: Vec<SgRule>,
}

impl SecurityGroup {
    /// A group with these rules; with none it allows no inbound traffic, like a new
    /// security group.
    ///
    /// ```
    /// use netdojo::calc::sg::SecurityGroup;
    /// assert!(SecurityGroup::new(Vec::new()).rules().is_empty());
    /// ```
    pub fn new(rules: Vec<SgRule>) -> SecurityGroup {
        SecurityGroup { rules }
    }

    /// The rules, in the order given.
    ///
    /// ```
    /// use netdojo::calc::sg::SecurityGroup;
    /// let group: SecurityGroup = "udp 53 10.0.0.0/16".parse().unwrap();
    /// assert_eq!(group.rules()[0].to_string(), "udp 53 10.0.0.0/16");
    /// ```
    pub fn rules(&self) -> &[SgRule] {
        &self.rules
    }

    /// Checks every rule against an arriving packet.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Packet, Protocol};
    /// use netdojo::calc::sg::SecurityGroup;
    /// let db: SecurityGroup = "tcp 3306 sg-web".parse().unwrap();
    /// let from_web = Packet::new("10.0.1.5".parse().unwrap(), Protocol::Tcp, 3306)
    ///     .unwrap()
    ///     .with_groups(&["sg-web"]);
    /// assert!(db.evaluate(&from_web).allowed());
    /// let from_elsewhere = Packet::new("10.0.1.5".parse().unwrap(), Protocol::Tcp, 3306).unwrap();
    /// assert!(!db.evaluate(&from_elsewhere).allowed());
    /// ```
    pub fn evaluate(&self, packet: &Packet) -> SgDecision {
        let checks: Vec<Match> = self.rules.iter().map(|rule| rule.check(packet)).collect();
        let allowed_by = checks
            .iter()
            .enumerate()
            .filter(|(_, verdict)| verdict.is_match())
            .map(|(index, _)| index)
            .collect();
        SgDecision {
            packet: packet.clone(),
            checks,
            allowed_by,
        }
    }
}

impl FromStr for SecurityGroup {
    type Err = RulesError;

    /// Reads a rules file: one `PROTOCOL PORTS SOURCE` rule per line, `#` comments.
    fn from_str(text: &str) -> Result<SecurityGroup, RulesError> {
        let mut rules = Vec::new();
        for line in rule_lines(text) {
            let [protocol, ports, source] = line.fields[..] else {
                return Err(RulesError::Shape {
                    line: line.line,
                    expected: SHAPE,
                    example: EXAMPLE,
                    text: line.fields.join(" "),
                });
            };
            let part = |source| RulesError::Part {
                line: line.line,
                source,
            };
            let protocol: Protocol = protocol.parse().map_err(part)?;
            let ports = rule_ports(protocol, ports).map_err(part)?;
            let source: Source = source.parse().map_err(part)?;
            rules.push(SgRule {
                protocol,
                ports,
                source,
                description: line.comment.map(str::to_owned),
            });
        }
        Ok(SecurityGroup { rules })
    }
}

/// A security group's decision on a packet, with every rule's verdict.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::sg::SecurityGroup;
/// let web: SecurityGroup = "tcp 80 0.0.0.0/0\ntcp 443 0.0.0.0/0".parse().unwrap();
/// let packet = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 443).unwrap();
/// let decision = web.evaluate(&packet);
/// assert_eq!(decision.allowed_by, [1]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SgDecision {
    /// The packet.
    pub packet: Packet,
    /// One verdict per rule, in the rules' order.
    pub checks: Vec<Match>,
    /// The rules that allow the packet (any one is enough).
    pub allowed_by: Vec<usize>,
}

impl SgDecision {
    /// Whether some rule allows the packet.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Packet, Protocol};
    /// use netdojo::calc::sg::SecurityGroup;
    /// let empty = SecurityGroup::default();
    /// let packet = Packet::new("10.0.0.1".parse().unwrap(), Protocol::Tcp, 22).unwrap();
    /// assert!(!empty.evaluate(&packet).allowed());
    /// ```
    pub fn allowed(&self) -> bool {
        !self.allowed_by.is_empty()
    }

    /// Why one rule matches or not, in words.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Packet, Protocol};
    /// use netdojo::calc::sg::SecurityGroup;
    /// let group: SecurityGroup = "tcp 3306 sg-web".parse().unwrap();
    /// let packet = Packet::new("10.0.1.5".parse().unwrap(), Protocol::Tcp, 3306).unwrap();
    /// let decision = group.evaluate(&packet);
    /// assert_eq!(decision.reason(&group, 0), "no: the sender is not in sg-web");
    /// ```
    pub fn reason(&self, group: &SecurityGroup, rule: usize) -> String {
        let (Some(verdict), Some(sg_rule)) = (self.checks.get(rule), group.rules.get(rule)) else {
            return String::new();
        };
        if verdict.is_match() {
            let from = match &sg_rule.source {
                Source::Group(id) => format!("the sender is in {id}"),
                Source::Block(net) => format!("{} is in {net}", self.packet.source),
            };
            return format!("allows it: {}, and {from}", sg_rule.traffic());
        }
        format!(
            "no: {}",
            mismatch_text(*verdict, sg_rule.protocol, &sg_rule.source, &self.packet)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packet(source: &str, protocol: Protocol, port: u16, groups: &[&str]) -> Packet {
        Packet::new(source.parse().unwrap(), protocol, port)
            .unwrap()
            .with_groups(groups)
    }

    const WEB: &str = "\
# web tier
tcp 80  0.0.0.0/0
tcp 443 0.0.0.0/0     # HTTPS from anywhere
tcp 443 ::/0
tcp 22  203.0.113.0/24
icmp 8  10.0.0.0/16   # ping from inside the VPC
";

    #[test]
    fn reads_a_rules_file() {
        let group: SecurityGroup = WEB.parse().unwrap();
        assert_eq!(group.rules().len(), 5);
        assert_eq!(
            group.rules()[1].description.as_deref(),
            Some("HTTPS from anywhere")
        );
        assert_eq!(group.rules()[4].traffic(), "icmp type 8");
    }

    #[test]
    fn web_tier_decisions() {
        let group: SecurityGroup = WEB.parse().unwrap();
        let allowed = |p: &Packet| group.evaluate(p).allowed_by;
        assert_eq!(
            allowed(&packet("198.51.100.7", Protocol::Tcp, 443, &[])),
            [1]
        );
        assert_eq!(
            allowed(&packet("2001:db8::7", Protocol::Tcp, 443, &[])),
            [2]
        );
        assert_eq!(
            allowed(&packet("198.51.100.7", Protocol::Tcp, 22, &[])),
            Vec::<usize>::new()
        );
        assert_eq!(allowed(&packet("203.0.113.9", Protocol::Tcp, 22, &[])), [3]);
        assert_eq!(allowed(&packet("10.0.4.4", Protocol::Icmp, 8, &[])), [4]);
        assert_eq!(
            allowed(&packet("10.0.4.4", Protocol::Icmp, 0, &[])),
            Vec::<usize>::new()
        );
        assert_eq!(
            allowed(&packet("10.0.4.4", Protocol::Udp, 443, &[])),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn reasons() {
        let group: SecurityGroup = WEB.parse().unwrap();
        let decision = group.evaluate(&packet("198.51.100.7", Protocol::Tcp, 22, &[]));
        let reasons: Vec<String> = (0..5).map(|i| decision.reason(&group, i)).collect();
        assert_eq!(
            reasons,
            [
                "no: port 22 is outside the rule's range",
                "no: port 22 is outside the rule's range",
                "no: port 22 is outside the rule's range",
                "no: 198.51.100.7 is not in 203.0.113.0/24",
                "no: the rule is for icmp, the packet is tcp",
            ]
        );
        let decision = group.evaluate(&packet("198.51.100.7", Protocol::Tcp, 80, &[]));
        assert_eq!(
            decision.reason(&group, 0),
            "allows it: tcp port 80, and 198.51.100.7 is in 0.0.0.0/0"
        );
    }

    #[test]
    fn file_errors_name_the_line() {
        let error = |text: &str| text.parse::<SecurityGroup>().unwrap_err().to_string();
        assert_eq!(
            error("tcp 80 0.0.0.0/0\nudp x 10.0.0.0/8"),
            "line 2: x is not a port range: use a port (443), a range (1024-65535) or all"
        );
        assert_eq!(
            error("# only a comment\ntcp 80 0.0.0.0/0 extra"),
            "line 2: expected PROTOCOL PORTS SOURCE, such as tcp 443 0.0.0.0/0, not \"tcp 80 0.0.0.0/0 extra\""
        );
        assert_eq!(
            error("all 443 sg-x"),
            "line 1: protocol all covers every port: write all for the ports, not 443"
        );
        assert!("".parse::<SecurityGroup>().unwrap().rules().is_empty());
    }
}
