#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Security groups and network ACLs against references written here with integer
//! masks: any allow rule for a group, first match in number order for an ACL.

use std::net::{IpAddr, Ipv4Addr};

use netdojo::calc::firewall::{Packet, Protocol};
use netdojo::calc::nacl::NetworkAcl;
use netdojo::calc::sg::SecurityGroup;
use proptest::prelude::*;

/// A rule as plain numbers: protocol index (0 tcp, 1 udp, 2 all), ports, block.
#[derive(Debug, Clone)]
struct PlainRule {
    protocol: usize,
    from: u16,
    to: u16,
    network: u32,
    prefix: u32,
}

const PROTOCOLS: [&str; 3] = ["tcp", "udp", "all"];

impl PlainRule {
    fn mask(&self) -> u32 {
        if self.prefix == 0 {
            0
        } else {
            u32::MAX << (32 - self.prefix)
        }
    }

    fn text(&self) -> String {
        let ports = if self.protocol == 2 {
            "all".to_owned()
        } else {
            format!("{}-{}", self.from, self.to)
        };
        let network = Ipv4Addr::from(self.network & self.mask());
        format!(
            "{} {ports} {network}/{}",
            PROTOCOLS[self.protocol], self.prefix
        )
    }

    fn matches(&self, protocol: usize, source: u32, port: u16) -> bool {
        let protocol_ok = self.protocol == 2 || self.protocol == protocol;
        let port_ok = self.protocol == 2 || (self.from..=self.to).contains(&port);
        protocol_ok && port_ok && source & self.mask() == self.network & self.mask()
    }
}

fn rule_strategy() -> impl Strategy<Value = PlainRule> {
    // Small address and port spaces so that matches are common.
    (0usize..3, 0u16..40, 0u16..40, 0u32..=255, 24u32..=32).prop_map(
        |(protocol, a, b, host, prefix)| PlainRule {
            protocol,
            from: a.min(b),
            to: a.max(b),
            network: 0x0a00_0000 | host,
            prefix,
        },
    )
}

fn packet(protocol: usize, source: u32, port: u16) -> Packet {
    let protocol = [Protocol::Tcp, Protocol::Udp][protocol];
    Packet::new(IpAddr::V4(Ipv4Addr::from(source)), protocol, port).unwrap()
}

proptest! {
    #[test]
    fn a_security_group_allows_when_any_rule_matches(
        rules in prop::collection::vec(rule_strategy(), 0..6),
        protocol in 0usize..2,
        host in 0u32..=255,
        port in 0u16..40,
    ) {
        let text: Vec<String> = rules.iter().map(PlainRule::text).collect();
        let group: SecurityGroup = text.join("\n").parse().unwrap();
        let source = 0x0a00_0000 | host;
        let decision = group.evaluate(&packet(protocol, source, port));
        let expected: Vec<usize> = rules
            .iter()
            .enumerate()
            .filter(|(_, r)| r.matches(protocol, source, port))
            .map(|(i, _)| i)
            .collect();
        prop_assert_eq!(decision.allowed_by, expected);
    }

    #[test]
    fn a_network_acl_takes_the_lowest_matching_number(
        rules in prop::collection::vec((rule_strategy(), any::<bool>()), 0..6),
        numbers in prop::sample::subsequence((1u16..=40).collect::<Vec<_>>(), 6),
        protocol in 0usize..2,
        host in 0u32..=255,
        port in 0u16..40,
    ) {
        // Distinct rule numbers, shuffled by pairing them with the rules in reverse.
        let numbered: Vec<(u16, &PlainRule, bool)> = rules
            .iter()
            .zip(numbers.iter().rev())
            .map(|((rule, allow), &number)| (number, rule, *allow))
            .collect();
        let text: Vec<String> = numbered
            .iter()
            .map(|(number, rule, allow)| {
                let action = if *allow { "allow" } else { "deny" };
                format!("{number} {action} {}", rule.text())
            })
            .collect();
        let acl: NetworkAcl = text.join("\n").parse().unwrap();
        let source = 0x0a00_0000 | host;
        let decision = acl.evaluate(&packet(protocol, source, port));
        let mut sorted = numbered.clone();
        sorted.sort_by_key(|(number, _, _)| *number);
        let first = sorted.iter().find(|(_, rule, _)| rule.matches(protocol, source, port));
        prop_assert_eq!(decision.allowed(), first.is_some_and(|(_, _, allow)| *allow));
        let decided_number = decision.decided_by.map(|i| acl.rules()[i].number);
        prop_assert_eq!(decided_number, first.map(|(number, _, _)| *number));
    }
}
