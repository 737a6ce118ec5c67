//! The port classifier: type port numbers and see their RFC 6335 range, the
//! common services on them and whether Linux uses them as client source ports,
//! placed on a scale of the three ranges.

use crate::calc::ports::{LINUX_EPHEMERAL, PortInfo, PortRange, SERVICES, classify, parse_port};
use crate::format;
use crate::format::table::Table;
use crate::i18n::width::columns;
use crate::i18n::{Lang, Msg};
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::CharClass;

use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;
use super::numbers::tokens;
use super::rows::{heading, table, wrapped};

/// What one typed number turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PortResult {
    /// A port, classified.
    Port(PortInfo),
    /// Not a port: the text and why.
    Bad(String, String),
}

/// The port classifier's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortState {
    form: Form,
    results: Vec<PortResult>,
}

impl PortState {
    /// The classifier, its input prefilled with `prefill` (joined by spaces).
    pub fn new(prefill: &[String]) -> PortState {
        let field = Field::new(Msg::FieldPorts, CharClass::Numbers, Msg::PhPorts, "");
        let mut state = PortState {
            form: Form::new(vec![field], &[prefill.join(" ")]),
            results: Vec::new(),
        };
        state.recompute();
        state
    }

    /// Every number typed, classified or refused.
    pub fn results(&self) -> &[PortResult] {
        &self.results
    }

    fn ports(&self) -> Vec<&PortInfo> {
        self.results
            .iter()
            .filter_map(|r| match r {
                PortResult::Port(info) => Some(info),
                PortResult::Bad(..) => None,
            })
            .collect()
    }
}

/// The three ranges drawn side by side, each given a share of the width (in
/// percent) rather than its share of the numbers: the well-known range is only
/// 1.6% of them.
const SHARES: [(PortRange, usize); 3] = [
    (PortRange::WellKnown, 24),
    (PortRange::Registered, 52),
    (PortRange::Dynamic, 24),
];

/// The columns each range takes on a scale `width` columns wide.
fn spans(width: usize) -> [usize; 3] {
    let first = width * SHARES[0].1 / 100;
    let second = width * SHARES[1].1 / 100;
    [first, second, width.saturating_sub(first + second)]
}

/// The column of `port` on a scale `width` columns wide.
fn column(port: u16, width: usize) -> usize {
    let mut start = 0;
    for ((range, _), span) in SHARES.iter().zip(spans(width)) {
        let (first, last) = range.bounds();
        if port <= last {
            let within = f64::from(port - first) / f64::from(last - first);
            return start + (within * span.saturating_sub(1) as f64).round() as usize;
        }
        start += span;
    }
    width.saturating_sub(1)
}

fn range_name(range: PortRange, lang: Lang) -> &'static str {
    lang.text(match range {
        PortRange::WellKnown => Msg::RangeWellKnown,
        PortRange::Registered => Msg::RangeRegistered,
        PortRange::Dynamic => Msg::RangeDynamic,
    })
}

/// Writes `text` into `row` at `at`, or as far right as it fits; `false` when
/// something else is already there.
fn place(row: &mut [char], at: usize, text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let at = at.min(row.len().saturating_sub(chars.len()));
    let Some(cells) = row.get_mut(at..at + chars.len()) else {
        return false;
    };
    if cells.iter().any(|c| *c != ' ') {
        return false;
    }
    cells.copy_from_slice(&chars);
    true
}

/// The scale: the ranges with their first ports, the Linux ephemeral band under
/// them, and a `▲` at each typed port (on as many rows as the labels need).
fn scale(ports: &[&PortInfo], lang: Lang, width: usize) -> Vec<TextLine> {
    // Two columns of indent and one for the closing "┤".
    let width = width.saturating_sub(3).min(100);
    if width < 20 {
        return Vec::new();
    }
    let indent = |line: String, tone| TextLine::one("  ", Tone::Plain).push(line, tone);
    let mut bounds = vec![' '; width + 1];
    for (range, _) in SHARES {
        let first = range.bounds().0;
        place(&mut bounds, column(first, width), &first.to_string());
    }
    place(&mut bounds, width, "65535");
    let mut ranges = TextLine::one("  ", Tone::Plain);
    for (i, ((range, _), span)) in SHARES.iter().zip(spans(width)).enumerate() {
        let name = format!(" {} ", range_name(*range, lang));
        let inner = span.saturating_sub(1);
        let name = if columns(&name) <= inner {
            name
        } else {
            String::new()
        };
        let left = inner.saturating_sub(columns(&name)) / 2;
        let right = inner.saturating_sub(columns(&name) + left);
        let tone = if i % 2 == 0 { Tone::Used } else { Tone::Plain };
        ranges = ranges.push(if i == 0 { "├" } else { "┼" }, Tone::Dim).push(
            format!("{}{name}{}", "─".repeat(left), "─".repeat(right)),
            tone,
        );
    }
    ranges = ranges.push("┤", Tone::Dim);
    let (from, to) = (
        column(*LINUX_EPHEMERAL.start(), width),
        column(*LINUX_EPHEMERAL.end(), width),
    );
    let label = lang.fill(
        Msg::PortEphemeralBand,
        &[
            &LINUX_EPHEMERAL.start().to_string(),
            &LINUX_EPHEMERAL.end().to_string(),
        ],
    );
    let inner = to.saturating_sub(from + 1);
    let label = if columns(&label) + 2 <= inner {
        label
    } else {
        String::new()
    };
    let left = inner.saturating_sub(columns(&label)) / 2;
    let band = format!(
        "{}├{}{label}{}┤",
        " ".repeat(from),
        "╌".repeat(left),
        "╌".repeat(inner.saturating_sub(left + columns(&label)))
    );
    let mut lines = vec![
        indent(
            bounds.iter().collect::<String>().trim_end().to_string(),
            Tone::Dim,
        ),
        ranges,
        indent(band, Tone::Dim),
    ];
    // One ▲ per port, on the first row with room for its label.
    let mut sorted: Vec<u16> = ports.iter().map(|p| p.port).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let mut rows: Vec<Vec<char>> = Vec::new();
    for port in sorted {
        let label = format!("▲{port}");
        let at = column(port, width);
        let placed = rows.iter_mut().any(|row| place(row, at, &label));
        if !placed {
            let mut row = vec![' '; width + 1];
            place(&mut row, at, &label);
            rows.push(row);
        }
    }
    lines.extend(rows.into_iter().map(|row| {
        indent(
            row.iter().collect::<String>().trim_end().to_string(),
            Tone::Key,
        )
    }));
    lines
}

/// The table of common services, for reference.
fn services(lang: Lang) -> Vec<TextLine> {
    let mut t = Table::new(&[
        lang.text(Msg::ColPort),
        lang.text(Msg::ColService),
        lang.text(Msg::ColTransport),
        lang.text(Msg::ColWhatFor),
    ])
    .right_align(&[0]);
    for s in SERVICES {
        let transports: Vec<String> = s.transports.iter().map(ToString::to_string).collect();
        t.row(vec![
            s.port.to_string(),
            s.name.to_string(),
            transports.join(", "),
            lang.pick(s.description, s.description_ja).to_string(),
        ]);
    }
    table(&t, 2)
}

fn port_table(ports: &[&PortInfo], lang: Lang) -> Vec<TextLine> {
    let mut t = Table::new(&[
        lang.text(Msg::ColPort),
        lang.text(Msg::ColRange),
        lang.text(Msg::ColServices),
        lang.text(Msg::ColEphemeral),
    ])
    .right_align(&[0]);
    for info in ports {
        let (first, last) = info.range.bounds();
        t.row(vec![
            info.port.to_string(),
            format!("{} ({first}-{last})", range_name(info.range, lang)),
            format::port::services_text(info),
            lang.text(if info.linux_ephemeral {
                Msg::Yes
            } else {
                Msg::No
            })
            .to_string(),
        ]);
    }
    table(&t, 2)
}

impl Calculator for PortState {
    fn form(&self) -> &Form {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.form
    }

    fn recompute(&mut self) {
        self.results = tokens(self.form.text(0))
            .into_iter()
            .map(|token| match parse_port(&token) {
                Ok(port) => PortResult::Port(classify(port)),
                Err(e) => PortResult::Bad(token, e.to_string()),
            })
            .collect();
    }

    fn result_title(&self) -> Msg {
        Msg::ResultTitle
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        let bad = self.results.iter().find_map(|r| match r {
            PortResult::Bad(_, why) => Some(why),
            PortResult::Port(_) => None,
        });
        let ports = self.ports();
        Some(match (bad, ports.as_slice()) {
            (Some(why), _) => TextLine::one(format!("✗ {why}"), Tone::Error),
            (None, []) => TextLine::one(lang.text(Msg::PortPrompt), Tone::Dim),
            (None, [info]) => {
                let services = if info.services.is_empty() {
                    lang.text(Msg::PortNoService).to_string()
                } else {
                    format::port::services_text(info)
                };
                let text = lang.fill(
                    Msg::PortAnswer,
                    &[
                        &info.port.to_string(),
                        range_name(info.range, lang),
                        &services,
                    ],
                );
                TextLine::one(format!("✓ {text}"), Tone::Good)
            }
            (None, many) => TextLine::one(
                format!("✓ {}", lang.fill(Msg::PortMany, &[&many.len().to_string()])),
                Tone::Good,
            ),
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        let mut lines = Vec::new();
        for result in &self.results {
            if let PortResult::Bad(_, why) = result {
                lines.extend(wrapped(why, width, Tone::Error));
            }
        }
        let ports = self.ports();
        lines.push(heading(lang.text(Msg::PortScale)));
        lines.extend(scale(&ports, lang, width));
        lines.push(TextLine::new());
        if !ports.is_empty() {
            lines.extend(port_table(&ports, lang));
            for info in &ports {
                for s in &info.services {
                    let what = lang.pick(s.description, s.description_ja);
                    lines.extend(wrapped(
                        &format!("{} {}: {what}", info.port, s.name),
                        width,
                        Tone::Dim,
                    ));
                }
            }
            lines.push(TextLine::new());
        }
        lines.extend(wrapped(lang.text(Msg::PortRanges), width, Tone::Dim));
        lines.push(TextLine::new());
        lines.push(heading(lang.text(Msg::PortServices)));
        lines.extend(services(lang));
        lines
    }

    fn cli(&self) -> Option<CliText> {
        if self.results.is_empty() {
            return None;
        }
        let args: Vec<String> = self
            .results
            .iter()
            .map(|r| match r {
                PortResult::Port(info) => info.port.to_string(),
                PortResult::Bad(text, _) => shell_quote(text),
            })
            .collect();
        let command = format!("netdojo port {}", args.join(" "));
        // Errors go to standard error as each number is read; the table comes last.
        let mut output: String = self
            .results
            .iter()
            .filter_map(|r| match r {
                PortResult::Bad(_, why) => Some(format!("netdojo: {why}\n")),
                PortResult::Port(_) => None,
            })
            .collect();
        let infos: Vec<PortInfo> = self.ports().into_iter().cloned().collect();
        output.push_str(&format::port::table(&infos));
        Some(CliText { command, output })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(text: &str) -> PortState {
        PortState::new(&[text.to_string()])
    }

    fn text(lines: &[TextLine]) -> Vec<String> {
        lines.iter().map(TextLine::text).collect()
    }

    #[test]
    fn one_port_is_classified_in_the_message_and_the_table() {
        let s = state("443");
        assert_eq!(
            s.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✓ 443: well-known, HTTPS (tcp), HTTP/3 (udp)")
        );
        let lines = text(&s.lines(Lang::En, 76));
        assert!(
            lines.contains(
                &"  port  range                services                   Linux ephemeral"
                    .to_string()
            ),
            "{lines:#?}"
        );
        assert!(
            lines.contains(
                &"   443  well-known (0-1023)  HTTPS (tcp), HTTP/3 (udp)  no".to_string()
            )
        );
        let cli = s.cli().unwrap();
        assert_eq!(cli.command, "netdojo port 443");
        assert_eq!(
            cli.output,
            "port  range                services                   linux ephemeral\n 443  well-known (0-1023)  HTTPS (tcp), HTTP/3 (udp)  no\n"
        );
    }

    #[test]
    fn several_ports_and_a_bad_one() {
        let s = state("22, 70000 ４９１５２");
        assert_eq!(
            s.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✗ \"70000\" is over 65535 (a port is a 16-bit number, 0 to 65535)")
        );
        let cli = s.cli().unwrap();
        assert_eq!(cli.command, "netdojo port 22 70000 49152");
        assert!(cli.output.starts_with("netdojo: \"70000\" is over 65535"));
        assert!(
            cli.output
                .ends_with("49152  dynamic (49152-65535)  -          yes\n")
        );
        let good = state("22 49152");
        assert_eq!(
            good.message(Lang::Ja).map(|m| m.text()).as_deref(),
            Some("✓ 2 個のポート")
        );
    }

    #[test]
    fn the_scale_places_every_port_in_its_range() {
        assert_eq!(column(0, 100), 0);
        assert_eq!(column(1023, 100), 23);
        assert_eq!(column(1024, 100), 24);
        assert_eq!(column(49151, 100), 75);
        assert_eq!(column(49152, 100), 76);
        assert_eq!(column(65535, 100), 99);
        let s = state("22 80 443 49151 49152");
        let lines = text(&s.lines(Lang::En, 76));
        assert_eq!(
            lines[1],
            "  0                1024                                 49152          65535"
        );
        assert_eq!(
            lines[2],
            "  ├── well-known ──┼──────────── registered ────────────┼──── dynamic ─────┤"
        );
        assert!(lines[4].starts_with("  ▲22    ▲443"), "{lines:#?}");
        assert!(lines[3].contains("├╌╌╌"), "{lines:#?}");
    }

    #[test]
    fn nothing_typed_shows_the_ranges_and_the_services() {
        let s = state("");
        assert_eq!(s.cli(), None);
        let lines = text(&s.lines(Lang::En, 76));
        assert!(lines.iter().any(|l| l.contains("SSH")));
        for width in [0, 1, 19, 20, 21, 40, 200] {
            assert!(!state("22 65535 0").lines(Lang::Ja, width).is_empty());
        }
    }
}
