//! The subnet calculator: one input, every fact about the block updated as you
//! type, the bits drawn with network and host bits told apart, `[` and `]` to
//! change the prefix.

use std::net::IpAddr;

use crate::calc::info::{SubnetInfo, info};
use crate::calc::parse::parse_net;
use crate::format;
use crate::i18n::width::{columns, wrap};
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::{CharClass, Mode};

use super::Outcome;
use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;

/// The subnet calculator's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubnetState {
    form: Form,
    result: Option<Result<SubnetInfo, String>>,
}

impl SubnetState {
    /// The calculator, its input prefilled with `prefill` (joined by spaces).
    pub fn new(prefill: &[String]) -> SubnetState {
        let field = Field::new(Msg::FieldBlock, CharClass::Address, Msg::PhBlock, "");
        let mut state = SubnetState {
            form: Form::new(vec![field], &[prefill.join(" ")]),
            result: None,
        };
        state.recompute();
        state
    }

    /// The facts of the block typed, or why it is not one (`None` while empty).
    pub fn result(&self) -> Option<&Result<SubnetInfo, String>> {
        self.result.as_ref()
    }

    fn input(&self) -> &str {
        self.form.text(0)
    }

    fn set_prefix(&mut self, prefix: u8) {
        if let Some(Ok(facts)) = &self.result {
            let text = format!("{}/{prefix}", facts.address);
            if let Some(field) = self.form.fields.first_mut() {
                *field = Field::new(field.label, field.class, field.placeholder, &text);
            }
            self.recompute();
        }
    }
}

impl Calculator for SubnetState {
    fn form(&self) -> &Form {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.form
    }

    fn recompute(&mut self) {
        let text = self.input();
        self.result = if text.is_empty() {
            None
        } else {
            Some(parse_net(text).map(info).map_err(|e| e.to_string()))
        };
    }

    fn result_title(&self) -> Msg {
        Msg::ResultTitle
    }

    fn mode(&self) -> Mode {
        Mode::SUBNET
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        let facts = match &self.result {
            Some(Ok(facts)) => facts,
            _ => {
                return matches!(action, Action::ShrinkPrefix | Action::GrowPrefix)
                    .then_some(Outcome::Handled);
            }
        };
        let max = if facts.version() == 4 { 32 } else { 128 };
        let prefix = facts.prefix;
        match action {
            Action::ShrinkPrefix => {
                self.set_prefix(prefix.saturating_sub(1));
                Some(Outcome::Handled)
            }
            Action::GrowPrefix => {
                self.set_prefix(prefix.saturating_add(1).min(max));
                Some(Outcome::Handled)
            }
            _ => None,
        }
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match &self.result {
            None => TextLine::one(lang.text(Msg::SubnetPrompt), Tone::Dim),
            Some(Err(reason)) => TextLine::one(format!("✗ {reason}"), Tone::Error),
            Some(Ok(facts)) => {
                let label = match lang {
                    Lang::En => facts.classification.label_en(),
                    Lang::Ja => facts.classification.label_ja(),
                };
                let answer = lang.fill(
                    Msg::SubnetAnswer,
                    &[
                        &facts.cidr().to_string(),
                        &facts.usable_hosts.to_string(),
                        label,
                    ],
                );
                TextLine::one(format!("✓ {answer}"), Tone::Good)
            }
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        match &self.result {
            Some(Ok(facts)) => fact_lines(facts, lang, width),
            Some(Err(reason)) => {
                let mut lines: Vec<TextLine> = wrap(reason, width)
                    .into_iter()
                    .map(|l| TextLine::one(l, Tone::Error))
                    .collect();
                lines.push(TextLine::new());
                lines.extend(examples(lang, width));
                lines
            }
            None => examples(lang, width),
        }
    }

    fn cli(&self) -> Option<CliText> {
        let text = self.input();
        if text.is_empty() {
            return None;
        }
        let command = format!("netdojo subnet {}", shell_quote(text));
        let output = match &self.result {
            Some(Ok(facts)) => format::subnet::table(text, facts, false),
            Some(Err(reason)) => format!(
                "netdojo: {}\n",
                format::bad_input(text, "address or prefix", reason)
            ),
            None => String::new(),
        };
        Some(CliText { command, output })
    }
}

/// What the calculator reads, with an example of each form.
fn examples(lang: Lang, width: usize) -> Vec<TextLine> {
    let forms = [
        ("10.0.20.37/24", Msg::FormPrefix),
        ("10.0.20.37 255.255.255.0", Msg::FormMask),
        ("10.0.20.37", Msg::FormAddress),
        ("2001:db8::/48", Msg::FormV6),
    ];
    let mut lines = vec![TextLine::one(lang.text(Msg::FormsHeading), Tone::Heading)];
    for (example, what) in forms {
        lines.push(
            TextLine::new()
                .push("  ", Tone::Plain)
                .cell(example, 26, Tone::Key)
                .push(lang.text(what), Tone::Dim),
        );
    }
    lines.extend(
        wrap(lang.text(Msg::FormsNote), width)
            .into_iter()
            .map(|l| TextLine::one(l, Tone::Dim)),
    );
    lines
}

fn fact_lines(facts: &SubnetInfo, lang: Lang, width: usize) -> Vec<TextLine> {
    let v6 = facts.version() == 6;
    let host_bits = if v6 { 128 } else { 32 } - u32::from(facts.prefix);
    let total = facts.total_addresses.to_string();
    let usable = facts.usable_hosts.to_string();
    let broadcast = match (facts.broadcast, v6, facts.prefix) {
        (Some(addr), _, _) => addr.to_string(),
        (None, true, _) => lang.text(Msg::BroadcastV6).to_string(),
        (None, false, 31) => lang.text(Msg::Broadcast31).to_string(),
        (None, false, _) => lang.text(Msg::Broadcast32).to_string(),
    };
    let usable_text = match (v6, facts.prefix) {
        (true, _) => lang.fill(Msg::UsableAll, &[&usable]),
        (false, 32) => lang.fill(Msg::UsableSelf, &[&usable]),
        (false, 31) => lang.fill(Msg::UsableBoth, &[&usable]),
        _ => lang.fill(Msg::UsableMinus2, &[&usable, &total]),
    };
    let aws = match &facts.aws {
        Ok(subnet) => lang.fill(Msg::AwsUsableValue, &[&subnet.usable.to_string(), &total]),
        Err(refusal) => lang.fill(Msg::NotApplicable, &[&refusal.to_string()]),
    };
    let kind = match lang {
        Lang::En => facts.classification.label_en(),
        Lang::Ja => facts.classification.label_ja(),
    };
    let class = match (facts.historic_class, v6) {
        (Some(class), _) => class.to_string(),
        (None, true) => lang.text(Msg::ClassIpv4Only).to_string(),
        (None, false) => lang.text(Msg::ClassSpans).to_string(),
    };
    let rows: [(Msg, String); 11] = [
        (Msg::LblNetwork, facts.cidr().to_string()),
        (
            Msg::LblNetmask,
            format!("{} (/{})", facts.netmask, facts.prefix),
        ),
        (Msg::LblWildcard, facts.wildcard.to_string()),
        (Msg::LblBroadcast, broadcast),
        (Msg::LblFirstHost, facts.first_host.to_string()),
        (Msg::LblLastHost, facts.last_host.to_string()),
        (Msg::LblAddresses, format!("{total} (2^{host_bits})")),
        (Msg::LblUsable, usable_text),
        (Msg::LblAwsUsable, aws),
        (Msg::LblKind, kind.to_string()),
        (Msg::LblClass, class),
    ];
    let label_width = rows
        .iter()
        .map(|(label, _)| columns(lang.text(*label)))
        .max()
        .unwrap_or(0)
        + 2;
    // The bits come first: they are what the calculator is for.
    let mut lines = vec![
        TextLine::one(
            lang.fill(Msg::LblBits, &[&facts.address.to_string()]),
            Tone::Heading,
        )
        .push(format!("  ({})", lang.text(Msg::BitsLegend)), Tone::Dim),
    ];
    lines.extend(bit_lines(facts.address, facts.prefix, width));
    lines.push(TextLine::new());
    lines.extend(rows.iter().map(|(label, value)| {
        TextLine::new()
            .cell(lang.text(*label), label_width, Tone::Heading)
            .push(value.as_str(), Tone::Plain)
    }));
    if facts.host_bits_set {
        lines.push(TextLine::one(
            lang.fill(Msg::NoteHostBits, &[&facts.cidr().to_string()]),
            Tone::Dim,
        ));
    }
    lines.push(TextLine::new());
    lines.push(TextLine::one(lang.text(Msg::LblMaskBits), Tone::Heading));
    lines.extend(bit_lines(facts.netmask, facts.prefix, width));
    if let Ok(subnet) = &facts.aws {
        lines.push(TextLine::new());
        lines.push(TextLine::one(lang.text(Msg::LblAwsReserved), Tone::Heading));
        let address_width = subnet
            .reserved
            .iter()
            .map(|r| r.address.to_string().len())
            .max()
            .unwrap_or(0)
            + 2;
        for reserved in &subnet.reserved {
            let role = match lang {
                Lang::En => reserved.role.label_en(),
                Lang::Ja => reserved.role.label_ja(),
            };
            lines.push(
                TextLine::new()
                    .push("  ", Tone::Plain)
                    .cell(&reserved.address.to_string(), address_width, Tone::Plain)
                    .push(role, Tone::Dim),
            );
        }
    }
    lines
}

/// The bits of `addr`, groups of 8 (IPv4) or 16 (IPv6) bits, as many groups per
/// line as fit in `width`; under each line a marker line with `n` under network
/// bits and `h` under host bits, so the split reads without colour too.
pub fn bit_lines(addr: IpAddr, prefix: u8, width: usize) -> Vec<TextLine> {
    let (value, bits, group) = match addr {
        IpAddr::V4(a) => (u128::from(u32::from(a)), 32usize, 8usize),
        IpAddr::V6(a) => (u128::from(a), 128, 16),
    };
    let groups = bits / group;
    let per_line = ((width + 1) / (group + 1)).clamp(1, groups);
    let separator = if group == 8 { "." } else { ":" };
    let mut lines = Vec::new();
    for first in (0..groups).step_by(per_line) {
        let mut bit_line = TextLine::new();
        let mut marks = TextLine::new();
        for g in first..(first + per_line).min(groups) {
            if g > first {
                bit_line = bit_line.push(separator, Tone::Dim);
                marks = marks.push(" ", Tone::Plain);
            }
            for i in g * group..(g + 1) * group {
                let bit = (value >> (bits - 1 - i)) & 1;
                let network = i < usize::from(prefix);
                let tone = if network { Tone::Network } else { Tone::Host };
                bit_line = bit_line.push(if bit == 1 { "1" } else { "0" }, tone);
                marks = marks.push(if network { "n" } else { "h" }, Tone::Dim);
            }
        }
        lines.push(bit_line);
        lines.push(marks);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> SubnetState {
        SubnetState::new(&[text.to_string()])
    }

    #[test]
    fn facts_follow_the_input() {
        let state = typed("10.0.20.37/24");
        let text: Vec<String> = state
            .lines(Lang::En, 60)
            .iter()
            .map(TextLine::text)
            .collect();
        assert!(
            text.contains(&"Broadcast       10.0.20.255".to_string()),
            "{text:#?}"
        );
        assert!(text.contains(&"AWS usable      251 (256 - 5 reserved)".to_string()));
        let message = state.message(Lang::En).map(|m| m.text());
        assert_eq!(
            message.as_deref(),
            Some("✓ 10.0.20.0/24: 254 usable hosts, private (RFC 1918)")
        );
    }

    #[test]
    fn a_bad_input_says_why_inline() {
        let state = typed("10.0.0.0/33");
        assert_eq!(
            state.lines(Lang::En, 60)[0].text(),
            "prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)"
        );
        assert_eq!(
            state.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✗ prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)")
        );
        let cli = state.cli().map(|c| c.output);
        assert_eq!(
            cli.as_deref(),
            Some(
                "netdojo: \"10.0.0.0/33\" is not a valid address or prefix: prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)\n"
            )
        );
    }

    #[test]
    fn brackets_change_the_prefix_within_range() {
        let mut state = typed("10.0.20.37/24");
        state.special(&Action::ShrinkPrefix);
        assert_eq!(state.input(), "10.0.20.37/23");
        for _ in 0..40 {
            state.special(&Action::GrowPrefix);
        }
        assert_eq!(state.input(), "10.0.20.37/32");
        let mut empty = typed("");
        assert_eq!(empty.special(&Action::GrowPrefix), Some(Outcome::Handled));
    }

    #[test]
    fn bits_are_marked_network_or_host() {
        let lines = bit_lines("10.0.20.37".parse().unwrap(), 20, 40);
        let text: Vec<String> = lines.iter().map(TextLine::text).collect();
        assert_eq!(
            text,
            [
                "00001010.00000000.00010100.00100101",
                "nnnnnnnn nnnnnnnn nnnnhhhh hhhhhhhh"
            ]
        );
        let narrow = bit_lines("10.0.20.37".parse().unwrap(), 20, 17);
        assert_eq!(narrow.len(), 4);
        let v6 = bit_lines("2001:db8::".parse().unwrap(), 32, 70);
        assert_eq!(v6.len(), 4);
        assert_eq!(v6[0].width(), 67);
    }

    #[test]
    fn the_command_line_view_is_the_cli_output() {
        let state = typed("10.0.20.37/24");
        let cli = state.cli().unwrap();
        assert_eq!(cli.command, "netdojo subnet 10.0.20.37/24");
        assert!(cli.output.starts_with("Input           10.0.20.37/24\n"));
        assert_eq!(
            typed("10.0.0.0 255.0.0.0").cli().unwrap().command,
            "netdojo subnet '10.0.0.0 255.0.0.0'"
        );
    }
}
