//! Text of the network-ACL evaluator, as `netdojo nacl` prints it (in English)
//! and the terminal app shows it (in either language).

use crate::calc::firewall::Source;
use crate::calc::nacl::{AclDecision, Action, NetworkAcl};
use crate::lang::Lang;

use super::firewall::{mismatch, no, packet_text, port_text, traffic};
use super::table::{Table, rows};

/// Which way the judged packet goes through the subnet's edge.
///
/// ```
/// use netdojo::format::nacl::Direction;
/// assert_eq!(Direction::Inbound.other(), Direction::Outbound);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// Into the subnet: the rules see the packet's source.
    #[default]
    Inbound,
    /// Out of the subnet: the rules see the packet's destination.
    Outbound,
}

impl Direction {
    /// The other direction.
    ///
    /// ```
    /// use netdojo::format::nacl::Direction;
    /// assert_eq!(Direction::Outbound.other(), Direction::Inbound);
    /// ```
    pub fn other(self) -> Direction {
        match self {
            Direction::Inbound => Direction::Outbound,
            Direction::Outbound => Direction::Inbound,
        }
    }

    /// `inbound` or `outbound` in `lang`.
    ///
    /// ```
    /// use netdojo::format::nacl::Direction;
    /// use netdojo::lang::Lang;
    /// assert_eq!(Direction::Outbound.name(Lang::En), "outbound");
    /// assert_eq!(Direction::Outbound.name(Lang::Ja), "アウトバウンド");
    /// ```
    pub fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Direction::Inbound, Lang::En) => "inbound",
            (Direction::Outbound, Lang::En) => "outbound",
            (Direction::Inbound, Lang::Ja) => "インバウンド",
            (Direction::Outbound, Lang::Ja) => "アウトバウンド",
        }
    }
}

/// The decision in one line: the deciding rule and what it does, or the default
/// rule.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::nacl::NetworkAcl;
/// use netdojo::lang::Lang;
/// let acl: NetworkAcl = "100 allow tcp 443 0.0.0.0/0".parse().unwrap();
/// let ssh = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 22).unwrap();
/// assert_eq!(
///     netdojo::format::nacl::verdict(&acl, &acl.evaluate(&ssh), Lang::En),
///     "denied by the default rule *: no numbered rule matches"
/// );
/// ```
pub fn verdict(acl: &NetworkAcl, decision: &AclDecision, lang: Lang) -> String {
    match (decision.decided_by.and_then(|i| acl.rules().get(i)), lang) {
        (Some(rule), Lang::En) => {
            let done = match decision.action {
                Action::Allow => "allowed",
                Action::Deny => "denied",
            };
            format!(
                "{done} by rule {} ({} {}, {})",
                rule.number,
                rule.action,
                rule.traffic(),
                rule.block
            )
        }
        (Some(rule), Lang::Ja) => {
            let done = match decision.action {
                Action::Allow => "許可",
                Action::Deny => "拒否",
            };
            format!(
                "{done}：ルール {}（{} {}、{}）",
                rule.number,
                rule.action,
                traffic(rule.protocol, rule.ports, lang),
                rule.block
            )
        }
        (None, Lang::En) => "denied by the default rule *: no numbered rule matches".to_owned(),
        (None, Lang::Ja) => {
            "拒否：デフォルトルール * による（どの番号付きルールにも一致しない）".to_owned()
        }
    }
}

/// What being stateless means for this decision (names the ephemeral ports when
/// a reply needs them).
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::nacl::NetworkAcl;
/// use netdojo::format::nacl::{Direction, state};
/// use netdojo::lang::Lang;
/// let acl: NetworkAcl = "100 allow tcp 443 0.0.0.0/0".parse().unwrap();
/// let https = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 443).unwrap();
/// assert!(state(&acl.evaluate(&https), Direction::Inbound, Lang::En).contains("1024-65535"));
/// ```
pub fn state(decision: &AclDecision, direction: Direction, lang: Lang) -> String {
    match (decision.allowed(), direction, lang) {
        (true, Direction::Inbound, Lang::En) => {
            "stateless: the reply to the client's ephemeral port needs an outbound rule too (1024-65535 covers every client)"
        }
        (true, Direction::Inbound, Lang::Ja) => {
            "ステートレス：クライアントのエフェメラルポートへの応答にもアウトバウンドルールが必要です（1024-65535 ならどのクライアントにも対応）"
        }
        (true, Direction::Outbound, Lang::En) => {
            "stateless: packets coming back in are judged again by the inbound rules"
        }
        (true, Direction::Outbound, Lang::Ja) => {
            "ステートレス：戻ってくるパケットはインバウンドルールで改めて判定されます"
        }
        (false, _, Lang::En) => {
            "stateless: each packet is judged alone, nothing is remembered from earlier packets"
        }
        (false, _, Lang::Ja) => {
            "ステートレス：パケットは1つずつ判定され、前のパケットのことは覚えていません"
        }
    }
    .to_owned()
}

/// Why one numbered rule (0-based) decided, did not match, or was not reached,
/// in `lang`.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::nacl::NetworkAcl;
/// use netdojo::lang::Lang;
/// let acl: NetworkAcl = "100 deny tcp 22 0.0.0.0/0\n200 allow all all 0.0.0.0/0".parse().unwrap();
/// let ssh = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 22).unwrap();
/// let decision = acl.evaluate(&ssh);
/// assert_eq!(netdojo::format::nacl::reason(&acl, &decision, 1, Lang::Ja), "未評価：ルール 100 で決定済み");
/// ```
pub fn reason(acl: &NetworkAcl, decision: &AclDecision, rule: usize, lang: Lang) -> String {
    if lang == Lang::En {
        return decision.reason(acl, rule);
    }
    let Some(acl_rule) = acl.rules().get(rule) else {
        return String::new();
    };
    match decision.checks.get(rule).copied().flatten() {
        None => {
            let decider = decision
                .decided_by
                .and_then(|i| acl.rules().get(i))
                .map_or(0, |r| r.number);
            format!("未評価：ルール {decider} で決定済み")
        }
        Some(verdict) if verdict.is_match() => format!("最初に一致：{}", acl_rule.action),
        Some(verdict) => format!(
            "{}{}",
            no(lang),
            mismatch(
                verdict,
                acl_rule.protocol,
                &Source::Block(acl_rule.block),
                &decision.packet,
                lang
            )
        ),
    }
}

/// The whole text: the rules' origin (`label`), the packet, the decision, the
/// state, then every rule lowest number first and the default rule, the
/// deciding one marked `*`.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::nacl::NetworkAcl;
/// use netdojo::format::nacl::{Direction, text};
/// use netdojo::lang::Lang;
/// let acl: NetworkAcl = "100 allow tcp 443 0.0.0.0/0".parse().unwrap();
/// let https = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 443).unwrap();
/// let shown = text(&acl, &acl.evaluate(&https), "\"in.txt\"", Direction::Inbound, Lang::En);
/// assert!(shown.starts_with("Rules     1 numbered rule from \"in.txt\", lowest number first\n"));
/// assert!(shown.ends_with("\n*   100  allow tcp port 443  0.0.0.0/0  matches first: allow\n      *  deny all traffic    any        not reached\n"));
/// ```
pub fn text(
    acl: &NetworkAcl,
    decision: &AclDecision,
    label: &str,
    direction: Direction,
    lang: Lang,
) -> String {
    let count = acl.rules().len();
    let packet = &decision.packet;
    let (labels, origin, packet_line) = match lang {
        Lang::En => (
            ["Rules", "Packet", "Decision", "State"],
            match count {
                1 => format!("1 numbered rule from {label}, lowest number first"),
                n => format!("{n} numbered rules from {label}, lowest number first"),
            },
            match direction {
                Direction::Inbound => format!("inbound {packet}"),
                Direction::Outbound => format!(
                    "outbound {} {} to {}",
                    packet.protocol,
                    packet.port_text(),
                    packet.source
                ),
            },
        ),
        Lang::Ja => (
            ["ルール", "パケット", "判定", "状態"],
            format!("番号付きルール {count} 件（{label}）、番号の小さい順"),
            match direction {
                Direction::Inbound => format!("インバウンド {}", packet_text(packet, lang)),
                Direction::Outbound => format!(
                    "アウトバウンド {} {}、宛先 {}",
                    packet.protocol,
                    port_text(packet, lang),
                    packet.source
                ),
            },
        ),
    };
    let mut out = rows(&[
        (labels[0], origin),
        (labels[1], packet_line),
        (labels[2], verdict(acl, decision, lang)),
        (labels[3], state(decision, direction, lang)),
    ]);
    out.push('\n');
    let (header, default_rule, any, default_reason) = match (lang, decision.decided_by) {
        (Lang::En, by) => (
            ["", "RULE", "ACTION", "CIDR", "WHY"],
            "deny all traffic",
            "any",
            if by.is_none() {
                "decides: no numbered rule matched"
            } else {
                "not reached"
            },
        ),
        (Lang::Ja, by) => (
            ["", "ルール", "アクション", "CIDR", "理由"],
            "deny すべての通信",
            "すべて",
            if by.is_none() {
                "決定：どの番号付きルールにも一致しなかった"
            } else {
                "未評価"
            },
        ),
    };
    let mut table = Table::new(&header).right_align(&[1]);
    for (i, rule) in acl.rules().iter().enumerate() {
        let mark = if decision.decided_by == Some(i) {
            "*"
        } else {
            ""
        };
        table.row(vec![
            mark.to_owned(),
            rule.number.to_string(),
            format!(
                "{} {}",
                rule.action,
                traffic(rule.protocol, rule.ports, lang)
            ),
            rule.block.to_string(),
            reason(acl, decision, i, lang),
        ]);
    }
    let mark = if decision.decided_by.is_none() {
        "*"
    } else {
        ""
    };
    table.row(vec![
        mark.to_owned(),
        "*".to_owned(),
        default_rule.to_owned(),
        any.to_owned(),
        default_reason.to_owned(),
    ]);
    out.push_str(&table.render());
    out
}
