//! Text of the security-group evaluator, as `netdojo sg` prints it (in English)
//! and the terminal app shows it (in either language).

use crate::calc::firewall::Source;
use crate::calc::sg::{SecurityGroup, SgDecision};
use crate::lang::Lang;

use super::firewall::{mismatch, no, packet_text, traffic};
use super::table::{Table, rows};

/// The decision in one line: which rules allow the packet, or that none does.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::sg::SecurityGroup;
/// use netdojo::lang::Lang;
/// let group: SecurityGroup = "tcp 443 0.0.0.0/0".parse().unwrap();
/// let https = Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 443).unwrap();
/// let decision = group.evaluate(&https);
/// assert_eq!(
///     netdojo::format::sg::verdict(&group, &decision, Lang::En),
///     "allowed by rule 1 (tcp 443 0.0.0.0/0)"
/// );
/// ```
pub fn verdict(group: &SecurityGroup, decision: &SgDecision, lang: Lang) -> String {
    let numbers: Vec<String> = decision
        .allowed_by
        .iter()
        .map(|i| (i + 1).to_string())
        .collect();
    match (numbers.as_slice(), lang) {
        ([], Lang::En) => {
            "denied: no rule allows it, and what no rule allows is dropped".to_owned()
        }
        ([], Lang::Ja) => "拒否：許可するルールがなく、許可されないものは破棄されます".to_owned(),
        ([one], _) => {
            let rule = decision
                .allowed_by
                .first()
                .and_then(|&i| group.rules().get(i))
                .map(ToString::to_string)
                .unwrap_or_default();
            match lang {
                Lang::En => format!("allowed by rule {one} ({rule})"),
                Lang::Ja => format!("許可：ルール {one}（{rule}）"),
            }
        }
        (many, Lang::En) => format!("allowed by rules {} (one is enough)", many.join(", ")),
        (many, Lang::Ja) => format!("許可：ルール {}（1つで十分）", many.join(", ")),
    }
}

/// What being stateful means for this decision.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::sg::SecurityGroup;
/// use netdojo::lang::Lang;
/// let decision = SecurityGroup::default()
///     .evaluate(&Packet::new("10.0.0.1".parse().unwrap(), Protocol::Tcp, 22).unwrap());
/// assert!(netdojo::format::sg::state(&decision, Lang::En).starts_with("a security group has allow rules only"));
/// ```
pub fn state(decision: &SgDecision, lang: Lang) -> String {
    match (decision.allowed(), lang) {
        (false, Lang::En) => {
            "a security group has allow rules only; there is nothing to deny explicitly"
        }
        (false, Lang::Ja) => {
            "セキュリティグループには許可ルールしかなく、明示的に拒否するルールはありません"
        }
        (true, Lang::En) => {
            "stateful: the replies of this connection go back out without an outbound rule"
        }
        (true, Lang::Ja) => {
            "ステートフル：この接続の応答はアウトバウンドルールがなくても送り返されます"
        }
    }
    .to_owned()
}

/// Why one rule (0-based) allows the packet or not, in `lang`.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::sg::SecurityGroup;
/// use netdojo::lang::Lang;
/// let group: SecurityGroup = "tcp 3306 sg-web".parse().unwrap();
/// let decision = group.evaluate(&Packet::new("10.0.1.5".parse().unwrap(), Protocol::Tcp, 3306).unwrap());
/// assert_eq!(netdojo::format::sg::reason(&group, &decision, 0, Lang::Ja), "不一致：送信元は sg-web に属していない");
/// ```
pub fn reason(group: &SecurityGroup, decision: &SgDecision, rule: usize, lang: Lang) -> String {
    if lang == Lang::En {
        return decision.reason(group, rule);
    }
    let (Some(verdict), Some(sg_rule)) = (decision.checks.get(rule), group.rules().get(rule))
    else {
        return String::new();
    };
    if verdict.is_match() {
        let from = match &sg_rule.source {
            Source::Group(id) => format!("送信元は {id} に属する"),
            Source::Block(net) => format!("{} は {net} に含まれる", decision.packet.source),
        };
        return format!(
            "許可：{}、{from}",
            traffic(sg_rule.protocol, sg_rule.ports, lang)
        );
    }
    format!(
        "{}{}",
        no(lang),
        mismatch(
            *verdict,
            sg_rule.protocol,
            &sg_rule.source,
            &decision.packet,
            lang
        )
    )
}

/// The whole text: the rules' origin (`label`), the packet, the decision, the
/// state, then every rule with the ones that allow it marked `*`.
///
/// ```
/// use netdojo::calc::firewall::{Packet, Protocol};
/// use netdojo::calc::sg::SecurityGroup;
/// use netdojo::lang::Lang;
/// let group: SecurityGroup = "tcp 443 0.0.0.0/0".parse().unwrap();
/// let decision = group.evaluate(&Packet::new("198.51.100.7".parse().unwrap(), Protocol::Tcp, 22).unwrap());
/// let text = netdojo::format::sg::text(&group, &decision, "\"web.txt\"", Lang::En);
/// assert!(text.starts_with("Rules     1 inbound rule from \"web.txt\"\n"));
/// assert!(text.ends_with("\n  1  tcp 443 0.0.0.0/0  no: port 22 is outside the rule's range\n"));
/// ```
pub fn text(group: &SecurityGroup, decision: &SgDecision, label: &str, lang: Lang) -> String {
    let count = group.rules().len();
    let (labels, origin) = match lang {
        Lang::En => (
            ["Rules", "Packet", "Decision", "State"],
            match count {
                1 => format!("1 inbound rule from {label}"),
                n => format!("{n} inbound rules from {label}"),
            },
        ),
        Lang::Ja => (
            ["ルール", "パケット", "判定", "状態"],
            format!("インバウンドルール {count} 件（{label}）"),
        ),
    };
    let direction = match lang {
        Lang::En => "inbound",
        Lang::Ja => "インバウンド",
    };
    let mut out = rows(&[
        (labels[0], origin),
        (
            labels[1],
            format!("{direction} {}", packet_text(&decision.packet, lang)),
        ),
        (labels[2], verdict(group, decision, lang)),
        (labels[3], state(decision, lang)),
    ]);
    if count == 0 {
        return out;
    }
    out.push('\n');
    let header = match lang {
        Lang::En => ["", "#", "RULE", "WHY"],
        Lang::Ja => ["", "#", "ルール", "理由"],
    };
    let mut table = Table::new(&header).right_align(&[1]);
    for (i, rule) in group.rules().iter().enumerate() {
        let mark = if decision.allowed_by.contains(&i) {
            "*"
        } else {
            ""
        };
        table.row(vec![
            mark.to_owned(),
            (i + 1).to_string(),
            rule.to_string(),
            reason(group, decision, i, lang),
        ]);
    }
    out.push_str(&table.render());
    out
}
