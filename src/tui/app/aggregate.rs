//! Aggregate and overlap: a list of prefixes becomes the fewest prefixes that cover
//! the same addresses, and every pair that shares addresses is named.

use ipnet::IpNet;

use crate::calc::parse::parse_net;
use crate::calc::setops::{Relation, aggregate, cidr_to_range, relation};
use crate::format;
use crate::i18n::width::wrap;
use crate::i18n::{Lang, Msg};
use crate::tui::content::{TextLine, Tone, fit_columns};
use crate::tui::keymap::{CharClass, Mode};

use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;

/// The example: two /24s that merge into a /23, a /23 next to them, a /16 with a
/// /17 inside it, and a private /24 on its own.
const EXAMPLE: &str =
    "10.0.0.0/24, 10.0.1.0/24, 10.0.2.0/23, 10.1.0.0/16, 10.1.128.0/17, 192.168.0.0/24";

/// The screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AggregateState {
    form: Form,
    /// The prefixes read (networks, as typed), or the first bad one: its place and message.
    result: Result<Vec<IpNet>, (usize, String)>,
}

impl AggregateState {
    /// The screen with the example list, or the prefixes given.
    pub fn new(prefill: &[String]) -> AggregateState {
        let text = if prefill.is_empty() {
            EXAMPLE.to_string()
        } else {
            prefill.join(", ")
        };
        let field = Field::new(
            Msg::FieldPrefixes,
            CharClass::AddressList,
            Msg::PhPrefixes,
            &text,
        );
        let mut state = AggregateState {
            form: Form::new(vec![field], &[]),
            result: Ok(Vec::new()),
        };
        state.recompute();
        state
    }

    /// The items typed, separated by commas or spaces.
    fn items(&self) -> Vec<&str> {
        self.form
            .text(0)
            .split([',', ' ', '，', '\u{3000}'])
            .filter(|item| !item.is_empty())
            .collect()
    }

    fn overlaps(nets: &[IpNet]) -> Vec<(IpNet, IpNet, Relation)> {
        let mut pairs = Vec::new();
        for (i, a) in nets.iter().enumerate() {
            for b in &nets[i + 1..] {
                let rel = relation(a.trunc(), b.trunc());
                if rel.overlaps() {
                    pairs.push((a.trunc(), b.trunc(), rel));
                }
            }
        }
        pairs
    }
}

fn relation_text(relation: Relation) -> Msg {
    match relation {
        Relation::Equal => Msg::RelEqual,
        Relation::Contains => Msg::RelContains,
        Relation::ContainedBy => Msg::RelContainedBy,
        Relation::Adjacent => Msg::RelAdjacent,
        Relation::Disjoint => Msg::RelDisjoint,
    }
}

impl Calculator for AggregateState {
    fn form(&self) -> &Form {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.form
    }

    fn recompute(&mut self) {
        self.result = self
            .items()
            .iter()
            .enumerate()
            .map(|(i, item)| {
                parse_net(item)
                    .map_err(|e| (i + 1, format::bad_input(item, "address or prefix", e)))
            })
            .collect();
    }

    fn result_title(&self) -> Msg {
        Msg::SummaryTitle
    }

    fn mode(&self) -> Mode {
        Mode::AGGREGATE
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match &self.result {
            Err((_, reason)) => TextLine::one(format!("✗ {reason}"), Tone::Error),
            Ok(nets) if nets.is_empty() => TextLine::one(lang.text(Msg::PrefixesPrompt), Tone::Dim),
            Ok(nets) => {
                let merged = aggregate(nets);
                let overlaps = AggregateState::overlaps(nets).len();
                TextLine::one(
                    format!(
                        "✓ {}",
                        lang.fill(
                            Msg::AggregateAnswer,
                            &[
                                &nets.len().to_string(),
                                &merged.len().to_string(),
                                &overlaps.to_string(),
                            ],
                        )
                    ),
                    Tone::Good,
                )
            }
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        let nets = match &self.result {
            Ok(nets) => nets,
            Err((_, reason)) => {
                return wrap(reason, width)
                    .into_iter()
                    .map(|l| TextLine::one(l, Tone::Error))
                    .collect();
            }
        };
        let mut lines = Vec::new();
        let merged = aggregate(nets);
        lines.push(TextLine::one(
            lang.fill(Msg::AggregateHeading, &[&merged.len().to_string()]),
            Tone::Heading,
        ));
        let titles = [
            lang.text(Msg::ColCidr),
            lang.text(Msg::ColFirstAddr),
            lang.text(Msg::ColLastAddr),
        ];
        let rows: Vec<Vec<String>> = merged
            .iter()
            .map(|net| {
                let (first, last) = cidr_to_range(*net);
                vec![net.to_string(), first.to_string(), last.to_string()]
            })
            .collect();
        let kept = fit_columns(&titles, &rows, 1, width);
        let row_line = |cells: &[&str], tone: Tone| {
            let mut line = TextLine::new();
            for (n, &(column, w)) in kept.iter().enumerate() {
                if n > 0 {
                    line = line.push("  ", Tone::Plain);
                }
                line = line.cell(cells.get(column).copied().unwrap_or(""), w, tone);
            }
            line
        };
        lines.push(row_line(&titles, Tone::Dim));
        for row in &rows {
            let cells: Vec<&str> = row.iter().map(String::as_str).collect();
            lines.push(row_line(&cells, Tone::Plain));
        }
        lines.push(TextLine::new());
        let pairs = AggregateState::overlaps(nets);
        if pairs.is_empty() {
            lines.push(TextLine::one(lang.text(Msg::NoOverlaps), Tone::Heading));
        } else {
            lines.push(TextLine::one(
                lang.fill(Msg::OverlapsHeading, &[&pairs.len().to_string()]),
                Tone::Heading,
            ));
            for (a, b, rel) in pairs {
                let text = lang.fill(relation_text(rel), &[&a.to_string(), &b.to_string()]);
                for (n, part) in wrap(&text, width.saturating_sub(2)).into_iter().enumerate() {
                    let mark = if n == 0 { "! " } else { "  " };
                    lines.push(TextLine::one(mark, Tone::Error).push(part, Tone::Plain));
                }
            }
        }
        lines.push(TextLine::new());
        lines.extend(
            wrap(lang.text(Msg::AggregateNote), width)
                .into_iter()
                .map(|l| TextLine::one(l, Tone::Dim)),
        );
        lines
    }

    fn cli(&self) -> Option<CliText> {
        let items = self.items();
        let feed: String = items.iter().map(|i| format!("{i}\\n")).collect();
        let command = format!("printf {} | netdojo aggregate", shell_quote(&feed));
        let output = match &self.result {
            Err((line, reason)) => format!("netdojo: stdin:{line}: {reason}\n"),
            Ok(nets) => {
                let mut out = Vec::new();
                let merged = aggregate(nets);
                let _ = format::prefix_rows::write_all(
                    &mut out,
                    false,
                    &merged,
                    "No prefixes in the input.",
                );
                let mut text = String::from_utf8_lossy(&out).into_owned();
                if nets.len() >= 2 {
                    let quoted: Vec<String> = items.iter().map(|i| shell_quote(i)).collect();
                    text.push_str(&format!("\n$ netdojo overlap {}\n", quoted.join(" ")));
                    let shown: Vec<(IpNet, String)> = nets
                        .iter()
                        .map(|n| (n.trunc(), n.trunc().to_string()))
                        .collect();
                    let mut pairs = Vec::new();
                    let _ = format::setops::overlap_pairs(&mut pairs, false, &shown);
                    text.push_str(&String::from_utf8_lossy(&pairs));
                }
                text
            }
        };
        Some(CliText { command, output })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_merges_and_names_its_overlap() {
        let state = AggregateState::new(&[]);
        let text: Vec<String> = state
            .lines(Lang::En, 70)
            .iter()
            .map(|l| l.text().trim_end().to_string())
            .collect();
        assert!(
            text.contains(&"10.0.0.0/22     10.0.0.0     10.0.3.255".to_string()),
            "{text:#?}"
        );
        assert!(
            text.contains(&"! 10.1.0.0/16 contains 10.1.128.0/17".to_string()),
            "{text:#?}"
        );
        assert_eq!(
            state.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✓ 6 prefixes → 3 after aggregation; 1 overlapping pair")
        );
    }

    #[test]
    fn a_bad_prefix_stops_the_summary_like_the_cli() {
        let state = AggregateState::new(&["10.0.0.0/24 10.0.0.0/33".into()]);
        assert!(
            state
                .message(Lang::En)
                .map(|m| m.text())
                .unwrap_or_default()
                .starts_with("✗ \"10.0.0.0/33\"")
        );
        let cli = state.cli().unwrap();
        assert_eq!(
            cli.command,
            "printf '10.0.0.0/24\\n10.0.0.0/33\\n' | netdojo aggregate"
        );
        assert!(
            cli.output
                .starts_with("netdojo: stdin:2: \"10.0.0.0/33\" is not a valid address or prefix")
        );
    }

    #[test]
    fn the_command_line_view_runs_aggregate_then_overlap() {
        let state = AggregateState::new(&["10.0.0.0/24,10.0.1.0/24".into()]);
        let cli = state.cli().unwrap();
        assert_eq!(
            cli.output,
            "CIDR         FIRST     LAST        ADDRESSES\n10.0.0.0/23  10.0.0.0  10.0.1.255        512\n\n$ netdojo overlap 10.0.0.0/24 10.0.1.0/24\nA            B            RELATION      OVERLAPS\n10.0.0.0/24  10.0.1.0/24  adjacent      no\n"
        );
    }
}
