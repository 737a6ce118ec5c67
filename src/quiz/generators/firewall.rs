//! M7 firewalls: what a security group and a network ACL do with one packet.
//!
//! Each question is built around traps: rules that almost match the packet (a
//! neighbouring block, a port one past the end of a range, the other protocol, a
//! security group the sender is not in). The core evaluators decide; the traps give
//! the wrong choices their names.

use std::net::{IpAddr, Ipv4Addr};

use rand_chacha::ChaCha8Rng;

use super::single_choice;
use crate::calc::firewall::{Match, Packet, Ports, Protocol, Source};
use crate::calc::nacl::{Action, NetworkAcl};
use crate::calc::sg::{SecurityGroup, SgRule};
use crate::quiz::draw::{below, between, chance, pick_of, shuffle};
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Difficulty, Draft, Text, mask_bits};

/// Security groups a sender or a rule may name.
const GROUPS: [&str; 5] = ["sg-web", "sg-app", "sg-admin", "sg-db", "sg-bastion"];

/// Well-known ports per protocol; for ICMP, the types echo reply, unreachable and
/// echo request.
const TCP_PORTS: [u16; 7] = [22, 80, 443, 3306, 3389, 5432, 8080];
const UDP_PORTS: [u16; 3] = [53, 123, 514];
const ICMP_TYPES: [u16; 3] = [0, 3, 8];

/// Text of a block `base/prefix`.
fn block(base: u32, prefix: u8) -> String {
    format!("{}/{prefix}", Ipv4Addr::from(base & mask_bits(prefix)))
}

/// The block of `prefix` bits around `address`.
fn block_around(address: u32, prefix: u8) -> String {
    block(address, prefix)
}

/// The documentation networks (RFC 5737) that Internet senders come from.
const DOC_NETS: [[u8; 3]; 3] = [[192, 0, 2], [198, 51, 100], [203, 0, 113]];

/// Whether an address is in one of the documentation networks.
fn documentation(address: u32) -> bool {
    let [a, b, c, _] = address.to_be_bytes();
    DOC_NETS.contains(&[a, b, c])
}

/// A block of `prefix` bits next to the one around `address`, so it does not hold it.
/// For an Internet sender a /24 or shorter is another documentation /24, so that no
/// real network is named.
fn block_beside(address: u32, prefix: u8) -> String {
    if documentation(address) && prefix <= 24 {
        let [a, b, c, _] = address.to_be_bytes();
        let at = DOC_NETS.iter().position(|n| *n == [a, b, c]).unwrap_or(0);
        let [x, y, z] = DOC_NETS[(at + 1) % DOC_NETS.len()];
        return block(u32::from(Ipv4Addr::new(x, y, z, 0)), 24);
    }
    let prefix = prefix.clamp(8, 32);
    let base = address & mask_bits(prefix);
    let size = 1u32.checked_shl(32 - u32::from(prefix)).unwrap_or(u32::MAX);
    let other = base
        .checked_add(size)
        .unwrap_or_else(|| base.wrapping_sub(size));
    block(other, prefix)
}

/// A sender's address: a documentation address on the Internet or one inside the
/// VPC's 10.0.0.0/16.
fn sender(rng: &mut ChaCha8Rng, private: bool) -> u32 {
    if private {
        u32::from(Ipv4Addr::new(10, 0, 0, 0)) | (between(rng, 1, 250) << 8) | between(rng, 4, 250)
    } else {
        let net = pick_of(rng, DOC_NETS);
        u32::from(Ipv4Addr::new(net[0], net[1], net[2], 0)) | between(rng, 1, 254)
    }
}

/// A block around `address` for a rule at this difficulty: anywhere, or a prefix that
/// stays inside the documentation /24 of an Internet sender.
fn block_for(rng: &mut ChaCha8Rng, difficulty: Difficulty, address: u32) -> String {
    let prefix = draw_prefix(rng, difficulty, true);
    let prefix = if documentation(address) && (1..24).contains(&prefix) {
        24
    } else {
        prefix
    };
    block_around(address, prefix)
}

/// A prefix for a rule's block at this difficulty (0 means anywhere).
fn draw_prefix(rng: &mut ChaCha8Rng, difficulty: Difficulty, anywhere_ok: bool) -> u8 {
    let prefix = match difficulty {
        Difficulty::Easy => pick_of(rng, [0u32, 24, 16, 24]),
        Difficulty::Medium => pick_of(rng, [0u32, 16, 20, 24, 28]),
        Difficulty::Hard => between(rng, 14, 29),
    };
    let prefix = u8::try_from(prefix).unwrap_or(24);
    if prefix == 0 && !anywhere_ok {
        24
    } else {
        prefix
    }
}

/// A port range `from-to` that stops one short of `port` or starts one past it.
fn range_beside(rng: &mut ChaCha8Rng, port: u16) -> Option<Ports> {
    let width = u16::try_from(between(rng, 9, 99)).unwrap_or(9);
    if port > width + 1 && chance(rng, 1, 2) {
        let to = port - 1;
        Some(Ports::Range {
            from: to - width,
            to,
        })
    } else {
        let from = port.checked_add(1)?;
        Some(Ports::Range {
            from,
            to: from.checked_add(width)?,
        })
    }
}

/// A port range that has `port` at one of its ends.
fn range_ending_at(rng: &mut ChaCha8Rng, port: u16) -> Ports {
    let width = u16::try_from(between(rng, 9, 99)).unwrap_or(9);
    match (
        chance(rng, 1, 2),
        port.checked_sub(width),
        port.checked_add(width),
    ) {
        (true, Some(from), _) | (false, Some(from), None) => Ports::Range { from, to: port },
        (_, _, Some(to)) => Ports::Range { from: port, to },
        _ => Ports::All,
    }
}

/// A well-known TCP port other than the packet's, for a rule that is only there.
fn filler_port(rng: &mut ChaCha8Rng, port: u16) -> u16 {
    let others: Vec<u16> = TCP_PORTS.into_iter().filter(|p| *p != port).collect();
    others
        .get(usize::try_from(below(rng, u32::try_from(others.len()).unwrap_or(1))).unwrap_or(0))
        .copied()
        .unwrap_or(8080)
}

/// The other transport protocol.
fn other_protocol(protocol: Protocol) -> Protocol {
    if protocol == Protocol::Tcp {
        Protocol::Udp
    } else {
        Protocol::Tcp
    }
}

/// A packet's protocol and port at this difficulty.
fn draw_traffic(rng: &mut ChaCha8Rng, difficulty: Difficulty) -> (Protocol, u16) {
    let protocol = match (difficulty, below(rng, 6)) {
        (Difficulty::Easy, _) | (_, 0..=2) => Protocol::Tcp,
        (Difficulty::Medium, 3) => Protocol::Icmp,
        _ => Protocol::Udp,
    };
    let port = match protocol {
        Protocol::Tcp if difficulty == Difficulty::Hard && chance(rng, 1, 3) => {
            u16::try_from(between(rng, 1024, 65000)).unwrap_or(8080)
        }
        Protocol::Tcp => pick_of(rng, TCP_PORTS),
        Protocol::Udp => pick_of(rng, UDP_PORTS),
        Protocol::Icmp | Protocol::All => pick_of(rng, ICMP_TYPES),
    };
    (protocol, port)
}

/// A port in words in Japanese: `ポート 443`, or `タイプ 8` for ICMP.
fn port_ja(packet: &Packet) -> String {
    match packet.protocol {
        Protocol::Icmp => format!("タイプ {}", packet.port),
        _ => format!("ポート {}", packet.port),
    }
}

/// Why a rule does not match, in Japanese (the core gives the English).
fn mismatch_ja(verdict: Match, protocol: Protocol, source: &Source, packet: &Packet) -> String {
    match verdict {
        Match::Matches => String::new(),
        Match::WrongProtocol => format!(
            "ルールは {protocol}、パケットは {} でプロトコルが違います",
            packet.protocol
        ),
        Match::PortOutside => format!("{} はルールの範囲の外です", port_ja(packet)),
        Match::SourceOutside => format!("{} は {source} に含まれません", packet.source),
        Match::OtherFamily => format!("{source} と {} はアドレスの種類が違います", packet.source),
        Match::GroupMissing => format!("送信元は {source} に属していません"),
    }
}

/// The wrong choices a trap rule gives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Trap {
    /// Same traffic, a block that does not hold the address.
    Beside,
    /// Same traffic, a security group the sender is not in.
    OtherGroup,
    /// Same protocol and source, a range that ends one short of the port.
    PortEdge,
    /// Same port and source, the other protocol.
    Protocol,
    /// Another service altogether.
    Filler,
}

impl Trap {
    /// The mistake of someone who takes this non-matching rule as a match.
    fn mistake(self) -> Option<Mistake> {
        match self {
            Trap::Beside => Some(Mistake::RuleSourceOutside),
            Trap::OtherGroup => Some(Mistake::SgGroupSource),
            Trap::PortEdge => Some(Mistake::RulePortRangeEdge),
            Trap::Protocol => Some(Mistake::RuleWrongProtocol),
            Trap::Filler => None,
        }
    }

    /// Whether the rule covers the packet's protocol and port (only its source
    /// differs), so someone may read it as a restriction.
    fn same_traffic(self) -> bool {
        matches!(self, Trap::Beside | Trap::OtherGroup)
    }
}

/// How the allowing rule of a security group matches, for the mistake of someone
/// who thinks it does not.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Allow {
    Block,
    Group,
    RangeEnd,
}

/// A security group whose rules are the traps (and the allowing rule), in shown order.
struct SgCase {
    rules: Vec<(SgRule, Option<Trap>)>,
    packet: Packet,
    allow: Option<Allow>,
}

fn sg_rule(protocol: Protocol, ports: Ports, source: &str) -> Option<SgRule> {
    Some(SgRule {
        protocol,
        ports,
        source: source.parse().ok()?,
        description: None,
    })
}

fn single(port: u16) -> Ports {
    Ports::Range {
        from: port,
        to: port,
    }
}

fn sg_case(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> SgCase {
    let (protocol, port) = draw_traffic(rng, difficulty);
    let groups_used = difficulty != Difficulty::Easy;
    let private = groups_used && chance(rng, 2, 3);
    let address = sender(rng, private);
    let group = if private {
        Some(pick_of(rng, GROUPS))
    } else {
        None
    };
    let others: Vec<&str> = GROUPS
        .iter()
        .copied()
        .filter(|g| Some(*g) != group)
        .collect();
    let other_group = others
        .get(usize::try_from(below(rng, 4)).unwrap_or(0))
        .copied()
        .unwrap_or("sg-db");
    let packet = Packet::new(IpAddr::V4(Ipv4Addr::from(address)), protocol, port)
        .map(|p| p.with_groups(group.as_slice()));
    let Ok(packet) = packet else {
        return fallback_sg_case();
    };
    let transport = protocol != Protocol::Icmp;
    let mut rules: Vec<(SgRule, Option<Trap>)> = Vec::new();
    let allowed = below(rng, 3) < 2;
    let mut allow = None;
    if allowed {
        let kind = match (group, difficulty) {
            (Some(_), _) if chance(rng, 1, 2) => Allow::Group,
            (_, Difficulty::Hard) if transport && chance(rng, 1, 2) => Allow::RangeEnd,
            _ => Allow::Block,
        };
        let source = match kind {
            Allow::Group => group.unwrap_or("sg-web").to_owned(),
            _ => block_for(rng, difficulty, address),
        };
        let ports = if kind == Allow::RangeEnd {
            range_ending_at(rng, port)
        } else {
            single(port)
        };
        if let Some(rule) = sg_rule(protocol, ports, &source) {
            rules.push((rule, None));
            allow = Some(kind);
        }
    }
    let trap_count = match difficulty {
        Difficulty::Easy => 2,
        Difficulty::Medium => 3,
        Difficulty::Hard => 4,
    } - usize::from(allow.is_some());
    let mut kinds = vec![Trap::Beside, Trap::Beside];
    if groups_used {
        kinds.push(Trap::OtherGroup);
    }
    if transport && difficulty != Difficulty::Easy {
        kinds.push(Trap::Protocol);
    }
    if transport && difficulty == Difficulty::Hard {
        kinds.push(Trap::PortEdge);
    }
    shuffle(rng, &mut kinds);
    kinds.push(Trap::Filler);
    kinds.truncate(trap_count.max(1));
    for trap in kinds {
        let inside = block_for(rng, difficulty, address);
        let rule = match trap {
            Trap::Beside => sg_rule(
                protocol,
                single(port),
                &block_beside(address, draw_prefix(rng, difficulty, false)),
            ),
            Trap::OtherGroup => sg_rule(protocol, single(port), other_group),
            Trap::PortEdge => range_beside(rng, port).and_then(|p| sg_rule(protocol, p, &inside)),
            Trap::Protocol => sg_rule(other_protocol(protocol), single(port), &inside),
            Trap::Filler => sg_rule(Protocol::Tcp, single(filler_port(rng, port)), "0.0.0.0/0"),
        };
        // The same rule twice teaches nothing: use a rule for another service instead.
        let rule = rule.filter(|r| rules.iter().all(|(o, _)| o != r));
        let (rule, trap) = match rule {
            Some(rule) => (Some(rule), trap),
            None => (
                sg_rule(Protocol::Tcp, single(filler_port(rng, port)), "0.0.0.0/0"),
                Trap::Filler,
            ),
        };
        if let Some(rule) = rule {
            rules.push((rule, Some(trap)));
        }
    }
    // A trap that happens to match (a filler on the packet's own port) would make
    // the answer ambiguous: keep only rules the core says miss, besides the one
    // meant to allow.
    rules.retain(|(rule, trap)| trap.is_none() || !rule.check(&packet).is_match());
    let mut seen: Vec<String> = Vec::new();
    rules.retain(|(rule, _)| {
        let text = rule.to_string();
        let fresh = !seen.contains(&text);
        seen.push(text);
        fresh
    });
    shuffle(rng, &mut rules);
    SgCase {
        rules,
        packet,
        allow,
    }
}

fn fallback_sg_case() -> SgCase {
    let rule = |text: &str| text.parse::<SgRule>().ok();
    let rules = [
        (rule("tcp 443 0.0.0.0/0"), None),
        (rule("tcp 22 203.0.113.0/24"), Some(Trap::Beside)),
    ]
    .into_iter()
    .filter_map(|(r, t)| r.map(|r| (r, t)))
    .collect();
    let packet = Packet {
        source: IpAddr::V4(Ipv4Addr::new(198, 51, 100, 7)),
        groups: Vec::new(),
        protocol: Protocol::Tcp,
        port: 22,
    };
    SgCase {
        rules,
        packet,
        allow: None,
    }
}

fn allowed_by(rule: impl std::fmt::Display) -> Text {
    Text::new(
        format!("allowed by rule {rule}"),
        format!("ルール {rule} で許可"),
    )
}

fn denied_by(rule: impl std::fmt::Display) -> Text {
    Text::new(
        format!("denied by rule {rule}"),
        format!("ルール {rule} で拒否"),
    )
}

/// The closing step: the answer, word for word as its choice says it.
fn so(answer: &Text) -> Text {
    Text::new(
        format!("So the answer is: {}.", answer.en),
        format!("したがって答えは「{}」です。", answer.ja),
    )
}

/// The packet in a prompt: `tcp port 22 from 198.51.100.7`.
fn packet_en(packet: &Packet, verb: &str) -> String {
    format!(
        "{} {} {verb} {}",
        packet.protocol,
        packet.port_text(),
        packet.source
    )
}

/// `sg.evaluate`: does a security group allow a packet, and by which rule?
pub(super) fn sg_evaluate(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let case = sg_case(difficulty, rng);
    let group = SecurityGroup::new(case.rules.iter().map(|(r, _)| r.clone()).collect());
    let decision = group.evaluate(&case.packet);
    let packet = &case.packet;
    let first = decision.allowed_by.first().copied();
    let none = Text::new("denied: no rule allows it", "拒否（許可するルールがない）");
    let right = first.map_or_else(|| none.clone(), |i| allowed_by(i + 1));
    let mut candidates: Vec<(Text, Mistake)> = Vec::new();
    if let Some(k) = first {
        for (j, (_, trap)) in case.rules.iter().enumerate() {
            if trap.is_some_and(Trap::same_traffic) {
                let mistake = if j < k {
                    Mistake::SgOrderMatters
                } else {
                    Mistake::SgHasDenyRule
                };
                candidates.push((denied_by(j + 1), mistake));
            }
        }
        let missed = match case.allow {
            Some(Allow::Group) => Some(Mistake::SgGroupSource),
            Some(Allow::RangeEnd) => Some(Mistake::RulePortRangeEdge),
            _ => None,
        };
        if let Some(mistake) = missed {
            candidates.push((none, mistake));
        }
    }
    for (j, (_, trap)) in case.rules.iter().enumerate() {
        if let Some(mistake) = trap.and_then(Trap::mistake) {
            candidates.push((allowed_by(j + 1), mistake));
        }
    }
    let listing: Vec<String> = group
        .rules()
        .iter()
        .enumerate()
        .map(|(i, r)| format!("  {}. {r}", i + 1))
        .collect();
    let listing = listing.join("\n");
    let uses_groups = group
        .rules()
        .iter()
        .any(|r| matches!(r.source, Source::Group(_)));
    let (from_en, from_ja) = match packet.groups.first() {
        Some(g) => (
            format!(", sent from an instance in {g}"),
            format!("（送信元は {g} のインスタンス）"),
        ),
        None if uses_groups => (
            ", from a sender in no security group".to_owned(),
            "（送信元はどのセキュリティグループにも属していない）".to_owned(),
        ),
        None => (String::new(), String::new()),
    };
    let mut explanation = vec![Text::new(
        "A security group has allow rules only: the packet gets in when any one rule matches its protocol, port and source, and the order of the rules does not matter.",
        "セキュリティグループには許可ルールしかありません。プロトコル・ポート・送信元がどれか 1 つのルールに一致すればパケットは入れます。ルールの順番は関係ありません。",
    )];
    for (i, rule) in group.rules().iter().enumerate() {
        let verdict = decision
            .checks
            .get(i)
            .copied()
            .unwrap_or(Match::WrongProtocol);
        let ja = if verdict.is_match() {
            "一致するので許可します".to_owned()
        } else {
            format!(
                "一致しません：{}",
                mismatch_ja(verdict, rule.protocol, &rule.source, packet)
            )
        };
        explanation.push(Text::new(
            format!("Rule {} ({rule}): {}.", i + 1, decision.reason(&group, i)),
            format!("ルール {}（{rule}）：{ja}。", i + 1),
        ));
    }
    explanation.push(so(&right));
    Draft {
        prompt: Text::new(
            format!(
                "A security group has these inbound rules:\n{listing}\nA packet arrives: {}{from_en}. What does the security group do with it?",
                packet_en(packet, "from")
            ),
            format!(
                "セキュリティグループのインバウンドルールは次のとおりです。\n{listing}\n{} から {} {} のパケットが届きました{from_ja}。セキュリティグループはこのパケットをどう扱いますか。",
                packet.source,
                packet.protocol,
                port_ja(packet)
            ),
        ),
        kind: single_choice(rng, right, candidates, 3),
        explanation,
    }
}

/// The opposite action.
fn flip(action: Action) -> Action {
    match action {
        Action::Allow => Action::Deny,
        Action::Deny => Action::Allow,
    }
}

/// `allowed by rule 100` or `denied by rule 100`.
fn decided_by(action: Action, rule: impl std::fmt::Display) -> Text {
    match action {
        Action::Allow => allowed_by(rule),
        Action::Deny => denied_by(rule),
    }
}

fn action_ja(action: Action) -> &'static str {
    match action {
        Action::Allow => "許可",
        Action::Deny => "拒否",
    }
}

/// How a network ACL question is set.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Plan {
    /// A broad rule decides before a later, more specific one with the other action.
    FirstBeforeSpecific,
    /// One rule matches among traps.
    OneMatch,
    /// Nothing matches: the default rule denies.
    Default,
    /// The reply of an allowed request leaves through the outbound rules.
    Reply,
}

/// A rule of a network ACL before it has its number.
struct AclDraft {
    action: Action,
    protocol: Protocol,
    ports: Ports,
    block: String,
    /// The mistake of someone who takes it as the deciding rule.
    mistake: Option<Mistake>,
}

/// Rule numbers in ascending order, as far apart as real tables keep them.
fn rule_numbers(rng: &mut ChaCha8Rng, difficulty: Difficulty, count: usize) -> Vec<u16> {
    let (mut number, step) = match difficulty {
        Difficulty::Easy => (100u32, None),
        Difficulty::Medium => (100, Some((10u32, 30u32))),
        Difficulty::Hard => (between(rng, 1, 120), Some((1, 150))),
    };
    let mut numbers = Vec::with_capacity(count);
    for _ in 0..count {
        numbers.push(u16::try_from(number).unwrap_or(crate::calc::nacl::MAX_RULE_NUMBER));
        number += step.map_or(100, |(low, high)| between(rng, low, high));
    }
    numbers
}

/// A trap rule of a network ACL: one that misses the packet by a little.
fn acl_trap(
    rng: &mut ChaCha8Rng,
    difficulty: Difficulty,
    packet: &Packet,
    address: u32,
    trap: Trap,
) -> Option<AclDraft> {
    let action = pick_of(rng, [Action::Allow, Action::Deny]);
    let inside = block_for(rng, difficulty, address);
    let (protocol, ports, block) = match trap {
        Trap::Beside | Trap::OtherGroup => (
            packet.protocol,
            single(packet.port),
            block_beside(address, draw_prefix(rng, difficulty, false)),
        ),
        Trap::PortEdge => (packet.protocol, range_beside(rng, packet.port)?, inside),
        Trap::Protocol => (other_protocol(packet.protocol), single(packet.port), inside),
        Trap::Filler => (
            Protocol::Tcp,
            single(filler_port(rng, packet.port)),
            "0.0.0.0/0".to_owned(),
        ),
    };
    Some(AclDraft {
        action,
        protocol,
        ports,
        block,
        mistake: trap.mistake(),
    })
}

struct AclCase {
    acl: NetworkAcl,
    packet: Packet,
    /// The mistake behind choosing each rule (by position), when it does not decide.
    mistakes: Vec<Option<Mistake>>,
    plan: Plan,
    /// For a reply: the server port of the request.
    served: u16,
}

fn acl_case(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Option<AclCase> {
    let plan = match (difficulty, below(rng, 8)) {
        (_, 0..=1) => Plan::FirstBeforeSpecific,
        (_, 2..=3) => Plan::Default,
        (Difficulty::Easy, _) | (_, 4..=5) => Plan::OneMatch,
        _ => Plan::Reply,
    };
    let reply = plan == Plan::Reply;
    let (protocol, port) = if reply {
        let linux = chance(rng, 1, 2);
        let (low, high) = if linux {
            (32768, 60999)
        } else {
            (49152, 65535)
        };
        (
            Protocol::Tcp,
            u16::try_from(between(rng, low, high)).unwrap_or(50000),
        )
    } else {
        draw_traffic(rng, difficulty)
    };
    let served = pick_of(rng, [22u16, 80, 443]);
    let private = !reply && chance(rng, 1, 2);
    let address = sender(rng, private);
    let packet = Packet::new(IpAddr::V4(Ipv4Addr::from(address)), protocol, port).ok()?;
    let mut drafts: Vec<AclDraft> = Vec::new();
    let mut decider: Option<AclDraft> = None;
    let mut later: Option<AclDraft> = None;
    match plan {
        Plan::FirstBeforeSpecific => {
            let broad = match difficulty {
                Difficulty::Easy => pick_of(rng, [0u8, 16]),
                Difficulty::Medium => pick_of(rng, [0u8, 8, 16]),
                Difficulty::Hard => u8::try_from(between(rng, 0, 20)).unwrap_or(16),
            };
            let specific = match difficulty {
                Difficulty::Easy => 24,
                _ => u8::try_from(between(rng, u32::from(broad) + 4, 30)).unwrap_or(24),
            };
            // An Internet sender's blocks stay inside its documentation /24.
            let (broad, specific) = if documentation(address) {
                (
                    if broad == 0 { 0 } else { 24 },
                    specific.max(if broad == 0 { 24 } else { 26 }),
                )
            } else {
                (broad, specific)
            };
            let action = pick_of(rng, [Action::Allow, Action::Deny]);
            decider = Some(AclDraft {
                action,
                protocol,
                ports: single(port),
                block: block_around(address, broad),
                mistake: None,
            });
            later = Some(AclDraft {
                action: flip(action),
                protocol,
                ports: single(port),
                block: block_around(address, specific),
                mistake: Some(Mistake::NaclMostSpecificWins),
            });
        }
        Plan::OneMatch => {
            decider = Some(AclDraft {
                action: pick_of(rng, [Action::Allow, Action::Deny]),
                protocol,
                ports: single(port),
                block: block_for(rng, difficulty, address),
                mistake: None,
            });
        }
        Plan::Default => {}
        Plan::Reply => {
            // The rule for the request's own port does not match the reply, whose
            // destination is the client's port.
            drafts.push(AclDraft {
                action: Action::Allow,
                protocol: Protocol::Tcp,
                ports: single(served),
                block: "0.0.0.0/0".to_owned(),
                mistake: Some(Mistake::NaclStateful),
            });
            if chance(rng, 1, 2) {
                decider = Some(AclDraft {
                    action: Action::Allow,
                    protocol: Protocol::Tcp,
                    ports: Ports::Range {
                        from: 1024,
                        to: 65535,
                    },
                    block: "0.0.0.0/0".to_owned(),
                    mistake: None,
                });
            }
        }
    }
    let traps = match difficulty {
        Difficulty::Easy => 3usize,
        Difficulty::Medium => 4,
        Difficulty::Hard => 5,
    };
    let mut kinds = vec![Trap::Beside, Trap::Beside];
    if difficulty != Difficulty::Easy && protocol != Protocol::Icmp {
        kinds.extend([Trap::Protocol, Trap::PortEdge]);
    }
    if reply {
        kinds = vec![Trap::PortEdge];
    }
    // Named traps first, so that every question has wrong choices with a diagnosis.
    shuffle(rng, &mut kinds);
    kinds.push(Trap::Filler);
    kinds.truncate(
        traps
            .saturating_sub(usize::from(decider.is_some()) + drafts.len())
            .max(1),
    );
    for trap in kinds {
        if let Some(draft) = acl_trap(rng, difficulty, &packet, address, trap) {
            drafts.push(draft);
        }
    }
    let mut seen: Vec<String> = Vec::new();
    drafts.retain(|d| {
        let text = format!("{} {} {}", d.protocol, d.ports, d.block);
        let fresh = !seen.contains(&text);
        seen.push(text);
        fresh
    });
    shuffle(rng, &mut drafts);
    // The deciding rule goes anywhere among the traps; a later, more specific rule
    // after it.
    if let Some(d) = decider {
        let at =
            usize::try_from(below(rng, u32::try_from(drafts.len()).unwrap_or(0) + 1)).unwrap_or(0);
        drafts.insert(at.min(drafts.len()), d);
        if let Some(l) = later {
            let after = at
                + 1
                + usize::try_from(below(rng, u32::try_from(drafts.len() - at).unwrap_or(1)))
                    .unwrap_or(0);
            drafts.insert(after.min(drafts.len()), l);
        }
    }
    let numbers = rule_numbers(rng, difficulty, drafts.len());
    let text: Vec<String> = drafts
        .iter()
        .zip(&numbers)
        .map(|(d, n)| format!("{n} {} {} {} {}", d.action, d.protocol, d.ports, d.block))
        .collect();
    let acl: NetworkAcl = text.join("\n").parse().ok()?;
    let mistakes = drafts.iter().map(|d| d.mistake).collect();
    Some(AclCase {
        acl,
        packet,
        mistakes,
        plan,
        served,
    })
}

fn service_name(port: u16) -> &'static str {
    match port {
        22 => "SSH",
        80 => "HTTP",
        _ => "HTTPS",
    }
}

/// `nacl.evaluate`: which rule of a network ACL decides a packet, and how.
pub(super) fn nacl_evaluate(difficulty: Difficulty, rng: &mut ChaCha8Rng) -> Draft {
    let Some(case) = acl_case(difficulty, rng) else {
        return sg_evaluate(difficulty, rng);
    };
    let acl = &case.acl;
    let packet = &case.packet;
    let decision = acl.evaluate(packet);
    let decider = decision.decided_by.and_then(|i| acl.rules().get(i));
    let right = decider.map_or_else(|| denied_by("*"), |r| decided_by(r.action, r.number));
    let mut candidates: Vec<(Text, Mistake)> = Vec::new();
    for (rule, mistake) in acl.rules().iter().zip(&case.mistakes) {
        if let Some(mistake) = *mistake {
            let action = if mistake == Mistake::NaclStateful {
                Action::Allow
            } else {
                rule.action
            };
            candidates.push((decided_by(action, rule.number), mistake));
        }
    }
    if decider.is_none() {
        let (text, mistake) = if case.plan == Plan::Reply {
            (
                Text::new(
                    "allowed: it is the reply to an allowed request",
                    "許可（許可された要求への応答だから）",
                ),
                Mistake::NaclStateful,
            )
        } else {
            (
                Text::new("allowed: no rule denies it", "許可（拒否するルールがない）"),
                Mistake::NaclNoDefaultDeny,
            )
        };
        candidates.insert(0, (text, mistake));
    }
    // Most telling first: the named plan's mistake, then the traps.
    candidates.sort_by_key(|(_, m)| {
        !matches!(
            m,
            Mistake::NaclMostSpecificWins | Mistake::NaclStateful | Mistake::NaclNoDefaultDeny
        )
    });
    let listing: Vec<String> = acl
        .rules()
        .iter()
        .map(|r| format!("  {r}"))
        .chain(std::iter::once("  * deny all all 0.0.0.0/0".to_owned()))
        .collect();
    let listing = listing.join("\n");
    let (direction_en, direction_ja) = if case.plan == Plan::Reply {
        ("outbound", "アウトバウンド")
    } else {
        ("inbound", "インバウンド")
    };
    let (event_en, event_ja) = if case.plan == Plan::Reply {
        let name = service_name(case.served);
        (
            format!(
                "A server in the subnet answers a {name} request (tcp port {}) that the inbound rules allowed. The reply leaves: {}.",
                case.served,
                packet_en(packet, "to")
            ),
            format!(
                "サブネット内のサーバーが、インバウンドルールで許可された {name} の要求（tcp ポート {}）に応答します。応答は {} の tcp {} 宛てに出ていきます。",
                case.served,
                packet.source,
                port_ja(packet)
            ),
        )
    } else {
        (
            format!("A packet arrives: {}.", packet_en(packet, "from")),
            format!(
                "{} から {} {} のパケットが届きました。",
                packet.source,
                packet.protocol,
                port_ja(packet)
            ),
        )
    };
    let mut explanation = vec![Text::new(
        "A network ACL checks its rules from the lowest number up; the first rule whose protocol, port and block match decides, allow or deny, and no later rule is read. When none matches, the last rule * denies.",
        "ネットワーク ACL はルール番号の小さい順に調べ、プロトコル・ポート・ブロックが最初に一致したルールが許可か拒否かを決めます。それより後のルールは読みません。どれにも一致しなければ最後のルール * が拒否します。",
    )];
    if case.plan == Plan::Reply {
        explanation.push(Text::new(
            format!(
                "It is stateless: the reply is judged by the outbound rules like any other packet, and its destination port is the client's ephemeral port {}, not {}.",
                packet.port, case.served
            ),
            format!(
                "ネットワーク ACL はステートレスです。応答もほかのパケットと同じくアウトバウンドルールで判定され、宛先ポートは {} ではなくクライアントのエフェメラルポート {} です。",
                case.served, packet.port
            ),
        ));
    }
    for (i, rule) in acl.rules().iter().enumerate() {
        let ja = match decision.checks.get(i).copied().flatten() {
            None => format!(
                "ルール {} で決まったので読まれません",
                decider.map_or(0, |d| d.number)
            ),
            Some(v) if v.is_match() => format!("最初に一致：{}", action_ja(rule.action)),
            Some(v) => format!(
                "一致しません：{}",
                mismatch_ja(v, rule.protocol, &Source::Block(rule.block), packet)
            ),
        };
        let shown = format!(
            "{} {} {} {}",
            rule.action, rule.protocol, rule.ports, rule.block
        );
        explanation.push(Text::new(
            format!(
                "Rule {} ({shown}): {}.",
                rule.number,
                decision.reason(acl, i)
            ),
            format!("ルール {}（{shown}）：{ja}。", rule.number),
        ));
    }
    if decider.is_none() {
        explanation.push(Text::new(
            "No numbered rule matches, so the default rule * denies the packet.",
            "番号付きのルールはどれも一致しないので、既定のルール * が拒否します。",
        ));
    }
    explanation.push(so(&right));
    Draft {
        prompt: Text::new(
            format!(
                "A network ACL has these {direction_en} rules:\n{listing}\n{event_en} What happens to it, and which rule decides?"
            ),
            format!(
                "ネットワーク ACL の{direction_ja}ルールは次のとおりです。\n{listing}\n{event_ja}このパケットはどうなり、どのルールで決まりますか。"
            ),
        ),
        kind: single_choice(rng, right, candidates, 3),
        explanation,
    }
}
