//! Split and VLSM: a network cut by a new prefix, into N equal parts, or by host
//! requirements (classic or AWS counting), with a bar of the network's space and
//! the subnets in a scrollable table. `m` switches between the four ways.

use ipnet::IpNet;

use crate::calc::count::AddrCount;
use crate::calc::parse::parse_net;
use crate::calc::setops::cidr_to_range;
use crate::calc::split::{HostRule, VlsmPlan, split_into, subnets, vlsm};
use crate::format;
use crate::i18n::width::wrap;
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone, fit_columns};
use crate::tui::keymap::{CharClass, Mode};

use super::Outcome;
use super::bar;
use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;

/// The most subnets listed on screen (the command line prints them all).
const MAX_ROWS: usize = 2000;

/// How the network is cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SplitMode {
    /// Every subnet of a longer prefix.
    Prefix,
    /// N equal parts.
    Count,
    /// Host requirements, classic counting.
    Hosts,
    /// Host requirements, AWS counting.
    AwsHosts,
}

impl SplitMode {
    const ALL: [SplitMode; 4] = [
        SplitMode::Prefix,
        SplitMode::Count,
        SplitMode::Hosts,
        SplitMode::AwsHosts,
    ];

    fn field(self) -> (Msg, CharClass, Msg) {
        match self {
            SplitMode::Prefix => (Msg::FieldNewPrefix, CharClass::Number, Msg::PhNewPrefix),
            SplitMode::Count => (Msg::FieldParts, CharClass::Number, Msg::PhParts),
            SplitMode::Hosts => (Msg::FieldHosts, CharClass::NumberList, Msg::PhHosts),
            SplitMode::AwsHosts => (Msg::FieldAwsHosts, CharClass::NumberList, Msg::PhHosts),
        }
    }
}

/// What a split produced.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Cut {
    /// Equal subnets (by prefix or by count), with the parts asked for when rounded up.
    Equal {
        network: IpNet,
        prefix: u8,
        count: Option<u128>,
        rounded: Option<(u64, u64)>,
    },
    /// A VLSM plan.
    Vlsm(VlsmPlan),
}

/// The split screen's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitState {
    form: Form,
    mode: SplitMode,
    /// The second input's text for each mode, so switching back restores it.
    texts: [String; 4],
    result: Result<Cut, String>,
}

impl SplitState {
    /// The screen with an example (a /22 split by hosts 500,200,50), or the inputs
    /// given: the network, then `/N` (prefix), `N` (parts) or `N,N,...` (hosts).
    pub fn new(prefill: &[String]) -> SplitState {
        let second = prefill.get(1).map(String::as_str).unwrap_or("500,200,50");
        let mode = if second.starts_with('/') {
            SplitMode::Prefix
        } else if second.contains(',') || prefill.len() < 2 {
            SplitMode::Hosts
        } else {
            SplitMode::Count
        };
        let mut texts = [
            "24".to_string(),
            "4".to_string(),
            "500,200,50".to_string(),
            "500,200,50".to_string(),
        ];
        texts[mode as usize] = second.trim_start_matches('/').to_string();
        let (label, class, placeholder) = mode.field();
        let network = prefill
            .first()
            .map(String::as_str)
            .unwrap_or("192.168.0.0/22");
        let fields = vec![
            Field::new(
                Msg::FieldNetwork,
                CharClass::Address,
                Msg::PhNetwork,
                network,
            ),
            Field::new(label, class, placeholder, &texts[mode as usize]),
        ];
        let mut state = SplitState {
            form: Form::new(fields, &[]),
            mode,
            texts,
            result: Err(String::new()),
        };
        state.recompute();
        state
    }

    fn set_mode(&mut self, mode: SplitMode) {
        self.texts[self.mode as usize] = self.form.text(1).to_string();
        self.mode = mode;
        let (label, class, placeholder) = mode.field();
        if let Some(field) = self.form.fields.get_mut(1) {
            *field = Field::new(label, class, placeholder, &self.texts[mode as usize]);
        }
        self.form.scroll = 0;
        self.recompute();
    }

    fn compute(&self) -> Result<Cut, String> {
        let text = self.form.text(0);
        let network = parse_net(text)
            .map_err(|e| format::bad_input(text, "address or prefix", e))?
            .trunc();
        let value = self.form.text(1);
        match self.mode {
            SplitMode::Prefix => {
                let prefix = value.trim_start_matches('/').parse::<u8>().map_err(|_| {
                    format!("\"{value}\" is not a prefix length (expected a number such as 24)")
                })?;
                let parts = subnets(network, prefix).map_err(|e| e.to_string())?;
                Ok(Cut::Equal {
                    network,
                    prefix,
                    count: parts.remaining(),
                    rounded: None,
                })
            }
            SplitMode::Count => {
                let parts = value.parse::<u64>().map_err(|_| {
                    format!("\"{value}\" is not a number of parts (expected a whole number from 1 to 4294967296)")
                })?;
                let split = split_into(network, parts).map_err(|e| e.to_string())?;
                Ok(Cut::Equal {
                    network,
                    prefix: split.subnets.prefix(),
                    count: split.subnets.remaining(),
                    rounded: split
                        .rounded_up()
                        .then_some((split.requested, split.produced)),
                })
            }
            SplitMode::Hosts | SplitMode::AwsHosts => {
                let hosts = value
                    .split(',')
                    .map(|item| {
                        item.trim().parse::<u64>().map_err(|_| {
                            format!(
                                "\"{value}\" is not a list of host counts: \"{}\" is not a whole number (expected e.g. 500,200,50)",
                                item.trim()
                            )
                        })
                    })
                    .collect::<Result<Vec<u64>, String>>()?;
                let rule = if self.mode == SplitMode::AwsHosts {
                    HostRule::Aws
                } else {
                    HostRule::Classic
                };
                vlsm(network, &hosts, rule)
                    .map(Cut::Vlsm)
                    .map_err(|e| e.to_string())
            }
        }
    }

    fn cli_args(&self) -> String {
        let network = shell_quote(self.form.text(0));
        let value = shell_quote(self.form.text(1));
        match self.mode {
            SplitMode::Prefix => format!("netdojo split {network} --prefix {value}"),
            SplitMode::Count => format!("netdojo split {network} --count {value}"),
            SplitMode::Hosts => format!("netdojo split {network} --hosts {value}"),
            SplitMode::AwsHosts => format!("netdojo split {network} --hosts {value} --aws"),
        }
    }
}

impl Calculator for SplitState {
    fn form(&self) -> &Form {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.form
    }

    fn recompute(&mut self) {
        self.result = self.compute();
    }

    fn result_title(&self) -> Msg {
        Msg::SubnetsTitle
    }

    fn mode(&self) -> Mode {
        match self.form.focused().map(|f| f.class) {
            Some(CharClass::Number) => Mode::SPLIT_NUMBER,
            Some(CharClass::NumberList) => Mode::SPLIT_LIST,
            _ => Mode::SPLIT_ADDRESS,
        }
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        if *action != Action::NextMode {
            return None;
        }
        let next = SplitMode::ALL[(self.mode as usize + 1) % SplitMode::ALL.len()];
        self.set_mode(next);
        Some(Outcome::Handled)
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match &self.result {
            Err(reason) => TextLine::one(format!("✗ {reason}"), Tone::Error),
            Ok(outcome) => TextLine::one(format!("✓ {}", summary(outcome, lang)), Tone::Good),
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        let mut lines = vec![TextLine::one(
            lang.fill(Msg::SplitModeLine, &[lang.text(self.mode.field().0)]),
            Tone::Dim,
        )];
        match &self.result {
            Ok(Cut::Equal {
                network,
                prefix,
                count,
                rounded,
            }) => equal_lines(&mut lines, *network, *prefix, *count, *rounded, lang, width),
            Ok(Cut::Vlsm(plan)) => vlsm_lines(&mut lines, plan, lang, width),
            Err(reason) => {
                lines.extend(
                    wrap(reason, width)
                        .into_iter()
                        .map(|l| TextLine::one(l, Tone::Error)),
                );
            }
        }
        lines
    }

    fn cli(&self) -> Option<CliText> {
        let command = self.cli_args();
        let mut out = Limited::new(MAX_ROWS);
        let written = match &self.result {
            Ok(Cut::Equal {
                network, prefix, ..
            }) => match (self.mode, subnets(*network, *prefix)) {
                (SplitMode::Count, Ok(parts)) => {
                    let note = match &self.result {
                        Ok(Cut::Equal {
                            rounded: Some((asked, made)),
                            ..
                        }) => Some(format!(
                            "note: {asked} parts rounded up to {made}, since equal blocks come in powers of two"
                        )),
                        _ => None,
                    };
                    format::split::subnets(&mut out, false, parts, note)
                }
                (_, Ok(parts)) => format::split::subnets(&mut out, false, parts, None),
                (_, Err(e)) => {
                    out.text.push_str(&format!("netdojo: {e}\n"));
                    Ok(())
                }
            },
            Ok(Cut::Vlsm(plan)) => format::split::vlsm(&mut out, false, plan),
            Err(reason) => {
                out.text.push_str(&format!("netdojo: {reason}\n"));
                Ok(())
            }
        };
        let mut output = out.text;
        if written.is_err() {
            output.push_str(&format!("… ({MAX_ROWS}+)\n"));
        }
        Some(CliText { command, output })
    }
}

/// A writer that keeps at most `lines` lines, then refuses more (so a split of
/// millions of subnets stops early).
struct Limited {
    text: String,
    left: usize,
}

impl Limited {
    fn new(lines: usize) -> Limited {
        Limited {
            text: String::new(),
            left: lines,
        }
    }
}

impl std::io::Write for Limited {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            return Err(std::io::Error::other("enough lines"));
        }
        let chunk = String::from_utf8_lossy(buf);
        self.left = self.left.saturating_sub(chunk.matches('\n').count());
        self.text.push_str(&chunk);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn count_text(count: Option<u128>) -> String {
    count.map_or_else(|| "2^128".to_string(), |c| c.to_string())
}

fn block_addresses(net: IpNet) -> String {
    let bits = u32::from(net.max_prefix_len() - net.prefix_len());
    // A whole IPv6 space (2^128) does not fit a u128; AddrCount knows it.
    match 1u128.checked_shl(bits) {
        Some(n) => AddrCount::from(n).to_string(),
        None => "2^128".to_string(),
    }
}

fn summary(outcome: &Cut, lang: Lang) -> String {
    match outcome {
        Cut::Equal {
            network,
            prefix,
            count,
            ..
        } => {
            let size =
                IpNet::new(network.network(), *prefix).map_or(String::new(), block_addresses);
            lang.fill(
                Msg::SplitEqualAnswer,
                &[
                    &network.to_string(),
                    &count_text(*count),
                    &prefix.to_string(),
                    &size,
                ],
            )
        }
        Cut::Vlsm(plan) => lang.fill(
            Msg::SplitVlsmAnswer,
            &[
                &plan.blocks.len().to_string(),
                &plan.network.to_string(),
                &plan.unused.len().to_string(),
            ],
        ),
    }
}

/// Offsets of a block inside `network`, inclusive.
fn offsets(network: IpNet, net: IpNet) -> (u128, u128) {
    let value = |a: std::net::IpAddr| match a {
        std::net::IpAddr::V4(v) => u128::from(u32::from(v)),
        std::net::IpAddr::V6(v) => u128::from(v),
    };
    let start = value(network.network());
    let (first, last) = cidr_to_range(net);
    (value(first) - start, value(last) - start)
}

fn last_offset(network: IpNet) -> u128 {
    let bits = u32::from(network.max_prefix_len() - network.prefix_len());
    1u128.checked_shl(bits).map_or(u128::MAX, |n| n - 1)
}

/// The legend under a bar; with `shares`, the allocated and unused percentages.
fn legend(lang: Lang, shares: Option<(String, String)>) -> TextLine {
    let line = TextLine::new()
        .push("█▓", Tone::Used)
        .push(format!(" {}", lang.text(Msg::BarBlocks)), Tone::Plain);
    match shares {
        None => line,
        Some((used, free)) => line
            .push(format!(" {used}"), Tone::Plain)
            .push("  ░", Tone::Free)
            .push(
                format!(" {} {free}", lang.text(Msg::BarUnused)),
                Tone::Plain,
            ),
    }
}

#[allow(clippy::too_many_arguments)]
fn equal_lines(
    lines: &mut Vec<TextLine>,
    network: IpNet,
    prefix: u8,
    count: Option<u128>,
    rounded: Option<(u64, u64)>,
    lang: Lang,
    width: usize,
) {
    if let Some((asked, made)) = rounded {
        lines.push(TextLine::one(
            lang.fill(Msg::SplitRounded, &[&asked.to_string(), &made.to_string()]),
            Tone::Dim,
        ));
    }
    // Every address is in some subnet: the bar alternates █ and ▓ from one
    // subnet to the next when each gets at least one character.
    let count_small = count.filter(|&c| c as f64 <= width as f64);
    let mut bar_line = TextLine::new();
    for i in 0..width {
        let mark = match count_small {
            Some(c) if c > 0 => {
                let block = (i as f64 / width as f64 * c as f64) as u128;
                if block % 2 == 0 { "█" } else { "▓" }
            }
            _ => "█",
        };
        bar_line = bar_line.push(mark, Tone::Used);
    }
    lines.push(TextLine::new());
    lines.push(bar_line);
    lines.push(legend(lang, None));
    lines.push(TextLine::new());
    let Ok(parts) = subnets(network, prefix) else {
        return;
    };
    prefix_table(lines, parts.take(MAX_ROWS), lang, width);
    if count.is_none_or(|c| c > MAX_ROWS as u128) {
        lines.push(TextLine::one(
            lang.fill(Msg::MoreRows, &[&MAX_ROWS.to_string(), &count_text(count)]),
            Tone::Dim,
        ));
    }
}

fn prefix_table(
    lines: &mut Vec<TextLine>,
    nets: impl Iterator<Item = IpNet>,
    lang: Lang,
    width: usize,
) {
    let titles = [
        lang.text(Msg::ColCidr),
        lang.text(Msg::ColFirstAddr),
        lang.text(Msg::ColLastAddr),
        lang.text(Msg::ColAddresses),
    ];
    let rows: Vec<Vec<String>> = nets
        .map(|net| {
            let (first, last) = cidr_to_range(net);
            vec![
                net.to_string(),
                first.to_string(),
                last.to_string(),
                block_addresses(net),
            ]
        })
        .collect();
    push_table(lines, &titles, &rows, &[3], Tone::Plain, width);
}

/// Appends a table whose columns fit `width`, right-aligning the `right` columns.
fn push_table(
    lines: &mut Vec<TextLine>,
    titles: &[&str],
    rows: &[Vec<String>],
    right: &[usize],
    tone: Tone,
    width: usize,
) {
    let kept = fit_columns(titles, rows, 1, width);
    let line = |cells: &[&str], tone: Tone| {
        let mut line = TextLine::new();
        for (n, &(column, w)) in kept.iter().enumerate() {
            if n > 0 {
                line = line.push("  ", Tone::Plain);
            }
            let cell = cells.get(column).copied().unwrap_or("");
            line = if right.contains(&column) {
                line.cell_right(cell, w, tone)
            } else {
                line.cell(cell, w, tone)
            };
        }
        line
    };
    lines.push(line(titles, Tone::Heading));
    for row in rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        lines.push(line(&cells, tone));
    }
}

fn vlsm_lines(lines: &mut Vec<TextLine>, plan: &VlsmPlan, lang: Lang, width: usize) {
    let network = plan.network;
    let last = last_offset(network);
    let used: Vec<(u128, u128)> = plan
        .blocks
        .iter()
        .map(|b| offsets(network, b.net))
        .collect();
    let fills = bar::slices(last, &used, width);
    let mut bar_line = TextLine::new();
    let cell = (last as f64 + 1.0) / width.max(1) as f64;
    for (i, fill) in fills.iter().enumerate() {
        let start = cell * i as f64;
        let block = used
            .iter()
            .position(|&(lo, hi)| (lo as f64) <= start && start < hi as f64 + 1.0);
        bar_line = match (fill, block) {
            (bar::Fill::Full, Some(b)) if b % 2 == 1 => bar_line.push("▓", Tone::Used),
            (bar::Fill::Full, _) => bar_line.push("█", Tone::Used),
            (bar::Fill::Part, _) => bar_line.push("▒", Tone::Used),
            (bar::Fill::Empty, _) => bar_line.push("░", Tone::Free),
        };
    }
    // Saturating: a block may be a whole IPv6 space, 2^128 addresses.
    let allocated = used.iter().fold(0u128, |sum, (lo, hi)| {
        sum.saturating_add((hi - lo).saturating_add(1))
    });
    lines.push(TextLine::new());
    lines.push(bar_line);
    let unused = last
        .checked_sub(allocated)
        .map_or(0, |n| n.saturating_add(1));
    lines.push(legend(
        lang,
        Some((bar::percent(allocated, last), bar::percent(unused, last))),
    ));
    lines.push(TextLine::new());
    let usable_title = match plan.rule {
        HostRule::Classic => lang.text(Msg::ColUsable),
        HostRule::Aws => lang.text(Msg::ColAwsUsable),
    };
    let titles = [
        lang.text(Msg::ColHosts),
        lang.text(Msg::ColCidr),
        lang.text(Msg::ColFirstAddr),
        lang.text(Msg::ColLastAddr),
        usable_title,
    ];
    let rows: Vec<Vec<String>> = plan
        .blocks
        .iter()
        .map(|b| {
            let (first, last) = cidr_to_range(b.net);
            vec![
                b.hosts.to_string(),
                b.net.to_string(),
                first.to_string(),
                last.to_string(),
                b.usable.to_string(),
            ]
        })
        .collect();
    push_table(lines, &titles, &rows, &[0, 4], Tone::Plain, width);
    lines.push(TextLine::new());
    if plan.unused.is_empty() {
        lines.push(TextLine::one(
            lang.fill(Msg::NoSpaceLeft, &[&network.to_string()]),
            Tone::Heading,
        ));
    } else {
        lines.push(TextLine::one(lang.text(Msg::UnusedHeading), Tone::Heading));
        prefix_table(lines, plan.unused.iter().copied(), lang, width);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(state: &SplitState) -> Vec<String> {
        state
            .lines(Lang::En, 70)
            .iter()
            .map(TextLine::text)
            .collect()
    }

    #[test]
    fn the_example_is_a_vlsm_plan_with_free_space() {
        let state = SplitState::new(&[]);
        let text = texts(&state);
        assert!(
            text.iter().any(|l| l.starts_with("  500  192.168.0.0/23")),
            "{text:#?}"
        );
        assert!(
            text.iter().any(|l| l.starts_with("192.168.3.64/26")),
            "{text:#?}"
        );
        assert_eq!(
            state.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✓ 3 blocks in 192.168.0.0/22, 2 unused prefixes left")
        );
    }

    #[test]
    fn m_cycles_the_ways_to_split_and_keeps_each_input() {
        let mut state = SplitState::new(&["10.0.0.0/24".into(), "/26".into()]);
        assert_eq!(state.mode, SplitMode::Prefix);
        state.special(&Action::NextMode);
        assert_eq!(state.mode, SplitMode::Count);
        assert_eq!(state.form.text(1), "4");
        for _ in 0..3 {
            state.special(&Action::NextMode);
        }
        assert_eq!((state.mode, state.form.text(1)), (SplitMode::Prefix, "26"));
    }

    #[test]
    fn a_huge_split_lists_a_bounded_number_of_rows() {
        let state = SplitState::new(&["10.0.0.0/8".into(), "/32".into()]);
        let lines = state.lines(Lang::En, 70);
        assert!(lines.len() < MAX_ROWS + 20);
        assert!(
            lines
                .last()
                .map(TextLine::text)
                .unwrap_or_default()
                .contains("16777216")
        );
        let cli = state.cli().unwrap();
        assert_eq!(cli.command, "netdojo split 10.0.0.0/8 --prefix 32");
        assert!(cli.output.lines().count() <= MAX_ROWS + 2);
        assert!(cli.output.ends_with("… (2000+)\n"));
    }

    #[test]
    fn a_whole_ipv6_space_does_not_overflow() {
        let state = SplitState::new(&["::/0".into(), "1".into()]);
        assert!(!state.lines(Lang::En, 40).is_empty());
        let state = SplitState::new(&["::/0".into(), "/128".into()]);
        assert!(
            state
                .lines(Lang::En, 40)
                .iter()
                .any(|l| l.text().contains("2^128"))
        );
        let mut state = SplitState::new(&["::/0".into(), "/0".into()]);
        state.set_mode(SplitMode::Hosts);
        assert!(!state.lines(Lang::En, 40).is_empty());
    }

    #[test]
    fn counts_round_up_and_say_so() {
        let state = SplitState::new(&["10.0.0.0/24".into(), "3".into()]);
        assert_eq!(state.mode, SplitMode::Count);
        let text = texts(&state);
        assert!(
            text.contains(
                &"3 parts asked for, 4 made: equal blocks come in powers of two.".to_string()
            ),
            "{text:#?}"
        );
        assert!(
            state
                .cli()
                .unwrap()
                .output
                .starts_with("note: 3 parts rounded up to 4")
        );
    }
}
