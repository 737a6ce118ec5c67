//! Network ACL rules: numbered allow and deny rules, the first match wins.
//!
//! A network ACL filters traffic at the edge of a subnet. Unlike a security group it
//! is **stateless** and has **deny rules too**:
//!
//! - rules are evaluated in rule-number order, lowest first, and the first rule whose
//!   protocol, port and CIDR block match decides, allow or deny;
//! - when no numbered rule matches, the default rule `*` denies;
//! - nothing is remembered between packets, so the reply of an allowed connection is
//!   judged again by the rules of the other direction. Inbound HTTPS to a web server
//!   needs an outbound rule for the reply to the client's ephemeral port (AWS's
//!   guidance allows 1024-65535 to cover every client).
//!
//! Rule numbers run from 1 to 32766. Rules files hold one rule per line,
//! `NUMBER ACTION PROTOCOL PORTS CIDR`, with `#` comments; an optional last line
//! `* deny all all 0.0.0.0/0` writes out the default rule:
//!
//! ```text
//! 100 allow tcp 443        0.0.0.0/0
//! 200 deny  tcp 22         0.0.0.0/0
//! 300 allow tcp 1024-65535 0.0.0.0/0   # replies to outbound connections
//! *   deny  all all        0.0.0.0/0
//! ```

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use ipnet::IpNet;

use super::firewall::{
    Match, Packet, Ports, Protocol, RulePartError, RulesError, Source, match_rule, mismatch_text,
    rule_lines, rule_ports, traffic_text,
};

/// The largest rule number.
///
/// ```
/// assert_eq!(netdojo::calc::nacl::MAX_RULE_NUMBER, 32766);
/// ```
pub const MAX_RULE_NUMBER: u16 = 32766;

/// What a rule does with the traffic it matches.
///
/// ```
/// use netdojo::calc::nacl::Action;
/// assert_eq!("DENY".parse::<Action>().unwrap(), Action::Deny);
/// assert_eq!(Action::Allow.to_string(), "allow");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Let the packet through.
    Allow,
    /// Drop it.
    Deny,
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Action::Allow => "allow",
            Action::Deny => "deny",
        })
    }
}

impl FromStr for Action {
    type Err = ();

    fn from_str(text: &str) -> Result<Action, ()> {
        match text.to_ascii_lowercase().as_str() {
            "allow" => Ok(Action::Allow),
            "deny" => Ok(Action::Deny),
            _ => Err(()),
        }
    }
}

/// One numbered rule.
///
/// ```
/// use netdojo::calc::nacl::NetworkAcl;
/// let acl: NetworkAcl = "100 allow tcp 443 0.0.0.0/0".parse().unwrap();
/// assert_eq!(acl.rules()[0].to_string(), "100 allow tcp 443 0.0.0.0/0");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AclRule {
    /// The rule number, 1 to 32766; lower numbers are evaluated first.
    pub number: u16,
    /// Allow or deny.
    pub action: Action,
    /// The protocol, or `all`.
    pub protocol: Protocol,
    /// The ports, or the ICMP types.
    pub ports: Ports,
    /// The block the packet's address must be in: the source for inbound rules, the
    /// destination for outbound rules.
    pub block: IpNet,
    /// The comment of the rule's line, if any.
    pub description: Option<String>,
}

impl AclRule {
    /// The rule's protocol and ports in words.
    ///
    /// ```
    /// use netdojo::calc::nacl::NetworkAcl;
    /// let acl: NetworkAcl = "120 allow tcp 1024-65535 0.0.0.0/0".parse().unwrap();
    /// assert_eq!(acl.rules()[0].traffic(), "tcp ports 1024-65535");
    /// ```
    pub fn traffic(&self) -> String {
        traffic_text(self.protocol, self.ports)
    }

    fn check(&self, packet: &Packet) -> Match {
        match_rule(
            self.protocol,
            self.ports,
            &Source::Block(self.block),
            packet,
        )
    }
}

impl fmt::Display for AclRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} {} {} {}",
            self.number, self.action, self.protocol, self.ports, self.block
        )
    }
}

/// The rules of one direction of a network ACL, in rule-number order.
///
/// ```
/// use netdojo::calc::nacl::NetworkAcl;
/// let acl: NetworkAcl = "200 deny tcp 22 0.0.0.0/0\n100 allow all all 0.0.0.0/0".parse().unwrap();
/// assert_eq!(acl.rules()[0].number, 100);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetworkAcl {
    rules: Vec<AclRule>,
}

impl NetworkAcl {
    /// The rules, lowest number first.
    ///
    /// ```
    /// use netdojo::calc::nacl::NetworkAcl;
    /// assert!(NetworkAcl::default().rules().is_empty());
    /// ```
    pub fn rules(&self) -> &[AclRule] {
        &self.rules
    }

    /// Evaluates the rules in order until one matches; the default rule denies when
    /// none does.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Packet, Protocol};
    /// use netdojo::calc::nacl::NetworkAcl;
    /// let acl: NetworkAcl = "100 deny tcp 22 0.0.0.0/0\n200 allow all all 0.0.0.0/0".parse().unwrap();
    /// let ssh = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 22).unwrap();
    /// let decision = acl.evaluate(&ssh);
    /// assert!(!decision.allowed());
    /// assert_eq!(decision.decided_by, Some(0));
    /// ```
    pub fn evaluate(&self, packet: &Packet) -> AclDecision {
        let mut decided_by = None;
        let checks = self
            .rules
            .iter()
            .enumerate()
            .map(|(index, rule)| {
                if decided_by.is_some() {
                    return None;
                }
                let verdict = rule.check(packet);
                if verdict.is_match() {
                    decided_by = Some(index);
                }
                Some(verdict)
            })
            .collect();
        let action = decided_by
            .and_then(|i| self.rules.get(i))
            .map_or(Action::Deny, |rule| rule.action);
        AclDecision {
            packet: packet.clone(),
            checks,
            decided_by,
            action,
        }
    }
}

impl FromStr for NetworkAcl {
    type Err = RulesError;

    /// Reads a rules file: `NUMBER ACTION PROTOCOL PORTS CIDR` per line, `#` comments,
    /// and an optional `* deny all all CIDR` line for the default rule.
    fn from_str(text: &str) -> Result<NetworkAcl, RulesError> {
        let mut rules: Vec<AclRule> = Vec::new();
        let mut seen: HashMap<u16, usize> = HashMap::new();
        for line in rule_lines(text) {
            let [number, action, protocol, ports, block] = line.fields[..] else {
                return Err(RulesError::Shape {
                    line: line.line,
                    expected: "NUMBER ACTION PROTOCOL PORTS CIDR",
                    example: "100 allow tcp 443 0.0.0.0/0",
                    text: line.fields.join(" "),
                });
            };
            let part = |source| RulesError::Part {
                line: line.line,
                source,
            };
            if number == "*" {
                let default_rule = action.eq_ignore_ascii_case("deny")
                    && protocol.parse::<Protocol>() == Ok(Protocol::All)
                    && ports.eq_ignore_ascii_case("all")
                    && matches!(block, "0.0.0.0/0" | "::/0");
                if !default_rule {
                    return Err(RulesError::DefaultRule { line: line.line });
                }
                continue;
            }
            let number = rule_number(number).ok_or_else(|| RulesError::Number {
                line: line.line,
                text: number.to_owned(),
            })?;
            if let Some(&first) = seen.get(&number) {
                return Err(RulesError::DuplicateNumber {
                    line: line.line,
                    number,
                    first,
                });
            }
            seen.insert(number, line.line);
            let action: Action = action.parse().map_err(|()| RulesError::Action {
                line: line.line,
                text: action.to_owned(),
            })?;
            let protocol: Protocol = protocol.parse().map_err(part)?;
            let ports = rule_ports(protocol, ports).map_err(part)?;
            let block = match block.parse::<Source>().map_err(part)? {
                Source::Block(net) => net,
                Source::Group(id) => return Err(part(RulePartError::GroupInAcl { text: id })),
            };
            rules.push(AclRule {
                number,
                action,
                protocol,
                ports,
                block,
                description: line.comment.map(str::to_owned),
            });
        }
        rules.sort_by_key(|rule| rule.number);
        Ok(NetworkAcl { rules })
    }
}

/// A rule number from 1 to 32766, without a leading zero.
fn rule_number(text: &str) -> Option<u16> {
    if text.starts_with('0') || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse()
        .ok()
        .filter(|n| (1..=MAX_RULE_NUMBER).contains(n))
}

/// A network ACL's decision on a packet.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::nacl::{Action, NetworkAcl};
/// let acl: NetworkAcl = "100 allow tcp 443 0.0.0.0/0".parse().unwrap();
/// let packet = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 80).unwrap();
/// let decision = acl.evaluate(&packet);
/// assert_eq!((decision.decided_by, decision.action), (None, Action::Deny));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AclDecision {
    /// The packet.
    pub packet: Packet,
    /// One verdict per rule in rule-number order; `None` for rules after the one that
    /// decided, which are never reached.
    pub checks: Vec<Option<Match>>,
    /// The rule that decided (its position in [`NetworkAcl::rules`]), or `None` when
    /// the default rule `*` did.
    pub decided_by: Option<usize>,
    /// What happens to the packet.
    pub action: Action,
}

impl AclDecision {
    /// Whether the packet is allowed.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Packet, Protocol};
    /// use netdojo::calc::nacl::NetworkAcl;
    /// let acl: NetworkAcl = "100 allow all all 0.0.0.0/0".parse().unwrap();
    /// let packet = Packet::new("10.0.0.1".parse().unwrap(), Protocol::Udp, 53).unwrap();
    /// assert!(acl.evaluate(&packet).allowed());
    /// ```
    pub fn allowed(&self) -> bool {
        self.action == Action::Allow
    }

    /// Why one rule decided, did not match, or was not reached, in words.
    ///
    /// ```
    /// use netdojo::calc::firewall::{Packet, Protocol};
    /// use netdojo::calc::nacl::NetworkAcl;
    /// let acl: NetworkAcl = "100 deny tcp 22 0.0.0.0/0\n200 allow all all 0.0.0.0/0".parse().unwrap();
    /// let ssh = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 22).unwrap();
    /// let decision = acl.evaluate(&ssh);
    /// assert_eq!(decision.reason(&acl, 0), "matches first: deny");
    /// assert_eq!(decision.reason(&acl, 1), "not reached: rule 100 already decided");
    /// ```
    pub fn reason(&self, acl: &NetworkAcl, rule: usize) -> String {
        let Some(acl_rule) = acl.rules.get(rule) else {
            return String::new();
        };
        match self.checks.get(rule).copied().flatten() {
            None => {
                let decider = self
                    .decided_by
                    .and_then(|i| acl.rules.get(i))
                    .map_or(0, |r| r.number);
                format!("not reached: rule {decider} already decided")
            }
            Some(verdict) if verdict.is_match() => format!("matches first: {}", acl_rule.action),
            Some(verdict) => format!(
                "no: {}",
                mismatch_text(
                    verdict,
                    acl_rule.protocol,
                    &Source::Block(acl_rule.block),
                    &self.packet
                )
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUBLIC: &str = "\
100 allow tcp 80 0.0.0.0/0
110 allow tcp 443 0.0.0.0/0
90  deny  tcp 443 198.51.100.0/24   # a blocked range, evaluated before 110
120 allow tcp 1024-65535 0.0.0.0/0
* deny all all 0.0.0.0/0
";

    fn packet(source: &str, protocol: Protocol, port: u16) -> Packet {
        Packet::new(source.parse().unwrap(), protocol, port).unwrap()
    }

    #[test]
    fn lowest_number_first_and_first_match_wins() {
        let acl: NetworkAcl = PUBLIC.parse().unwrap();
        let numbers: Vec<u16> = acl.rules().iter().map(|r| r.number).collect();
        assert_eq!(numbers, [90, 100, 110, 120]);
        let blocked = acl.evaluate(&packet("198.51.100.7", Protocol::Tcp, 443));
        assert_eq!(
            (blocked.decided_by, blocked.action),
            (Some(0), Action::Deny)
        );
        let allowed = acl.evaluate(&packet("203.0.113.7", Protocol::Tcp, 443));
        assert_eq!(
            (allowed.decided_by, allowed.action),
            (Some(2), Action::Allow)
        );
        assert_eq!(allowed.checks[3], None);
        let defaulted = acl.evaluate(&packet("203.0.113.7", Protocol::Udp, 53));
        assert_eq!(
            (defaulted.decided_by, defaulted.action),
            (None, Action::Deny)
        );
        let ipv6 = acl.evaluate(&packet("2001:db8::1", Protocol::Tcp, 443));
        assert_eq!(ipv6.decided_by, None);
        assert_eq!(
            ipv6.reason(&acl, 1),
            "no: port 443 is outside the rule's range"
        );
        assert_eq!(
            ipv6.reason(&acl, 2),
            "no: 0.0.0.0/0 is an IPv4 block and 2001:db8::1 is IPv6"
        );
    }

    #[test]
    fn file_errors_name_the_line() {
        let error = |text: &str| text.parse::<NetworkAcl>().unwrap_err().to_string();
        assert_eq!(
            error("100 allow tcp 80 0.0.0.0/0\n100 deny tcp 22 0.0.0.0/0"),
            "line 2: rule number 100 is already used on line 1"
        );
        assert_eq!(
            error("0 allow tcp 80 0.0.0.0/0"),
            "line 1: 0 is not a rule number: use 1 to 32766, or * for the default rule"
        );
        assert_eq!(
            error("32767 allow tcp 80 0.0.0.0/0"),
            "line 1: 32767 is not a rule number: use 1 to 32766, or * for the default rule"
        );
        assert_eq!(
            error("100 permit tcp 80 0.0.0.0/0"),
            "line 1: permit is not an action: use allow or deny"
        );
        assert_eq!(
            error("100 allow tcp 3306 sg-web"),
            "line 1: sg-web is a security group: network ACL rules take CIDR blocks only"
        );
        assert_eq!(
            error("* allow all all 0.0.0.0/0"),
            "line 1: the default rule * always denies all traffic: write * deny all all 0.0.0.0/0 (or ::/0)"
        );
        assert_eq!(
            error("100 allow tcp 80"),
            "line 1: expected NUMBER ACTION PROTOCOL PORTS CIDR, such as 100 allow tcp 443 0.0.0.0/0, not \"100 allow tcp 80\""
        );
    }
}
