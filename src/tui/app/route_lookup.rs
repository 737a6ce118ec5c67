//! The route table lookup: an address and a table (typed, or one of the samples),
//! the route that wins by longest-prefix match highlighted, and why every other
//! route lost.

use std::net::IpAddr;

use crate::calc::parse::parse_addr;
use crate::calc::route::{RouteSpec, RouteTable, TargetKind, Verdict, parse_text};
use crate::format;
use crate::i18n::width::wrap;
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone, fit_columns};
use crate::tui::keymap::{CharClass, Mode};

use super::Outcome;
use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;

const ADDRESS: usize = 0;
const ROUTES: usize = 1;

/// A sample table: its name, its routes (text format), and an address worth looking up.
struct Sample {
    name: Msg,
    table: &'static str,
    address: &'static str,
}

const SAMPLES: [Sample; 4] = [
    Sample {
        name: Msg::SamplePublic,
        table: include_str!("../../../assets/routes/public-subnet.txt"),
        address: "198.51.100.20",
    },
    Sample {
        name: Msg::SamplePrivate,
        table: include_str!("../../../assets/routes/private-with-nat.txt"),
        address: "172.16.5.9",
    },
    Sample {
        name: Msg::SampleDualStack,
        table: include_str!("../../../assets/routes/dual-stack.txt"),
        address: "2001:db8:1234:1a00::7",
    },
    Sample {
        name: Msg::SamplePeering,
        table: include_str!("../../../assets/routes/peering.json"),
        address: "10.1.20.9",
    },
];

/// The lookup's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteState {
    form: Form,
    sample: Option<usize>,
    table: Result<RouteTable, String>,
    address: Result<IpAddr, String>,
}

/// A sample's routes as the one-line form of the routes input.
fn sample_routes(sample: &Sample) -> String {
    let table = if sample.table.trim_start().starts_with('[') {
        serde_json::from_str::<Vec<RouteSpec>>(sample.table)
            .ok()
            .and_then(|specs| RouteTable::from_specs(specs).ok())
    } else {
        parse_text(sample.table).ok()
    };
    table
        .map(|t| {
            t.routes()
                .iter()
                .map(|r| format!("{} {}", r.destination(), r.target()))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default()
}

impl RouteState {
    /// The lookup over the first sample, or the inputs given: the address, then
    /// the routes (`DESTINATION TARGET`, separated by `;`).
    pub fn new(prefill: &[String]) -> RouteState {
        let first = &SAMPLES[0];
        let fields = vec![
            Field::new(
                Msg::FieldRouteAddress,
                CharClass::Address,
                Msg::PhRouteAddress,
                first.address,
            ),
            Field::new(
                Msg::FieldRoutes,
                CharClass::Free,
                Msg::PhRoutes,
                &sample_routes(first),
            ),
        ];
        let sample = if prefill.len() > 1 { None } else { Some(0) };
        let mut state = RouteState {
            form: Form::new(fields, prefill),
            sample,
            table: Err(String::new()),
            address: Err(String::new()),
        };
        state.recompute();
        state
    }

    fn load_sample(&mut self, index: usize) {
        let sample = &SAMPLES[index % SAMPLES.len()];
        let routes = sample_routes(sample);
        let fields = &mut self.form.fields;
        if let [address, table, ..] = fields.as_mut_slice() {
            *address = Field::new(
                address.label,
                address.class,
                address.placeholder,
                sample.address,
            );
            *table = Field::new(table.label, table.class, table.placeholder, &routes);
        }
        self.sample = Some(index % SAMPLES.len());
        self.form.scroll = 0;
        self.recompute();
    }

    /// The table as lines of the text format, as `printf` would feed it to the CLI.
    fn table_text(&self) -> String {
        self.form
            .text(ROUTES)
            .split(';')
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| format!("{line}\n"))
            .collect()
    }
}

impl Calculator for RouteState {
    fn form(&self) -> &Form {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.form
    }

    fn recompute(&mut self) {
        if self
            .sample
            .is_some_and(|i| sample_routes(&SAMPLES[i]) != self.form.text(ROUTES))
        {
            self.sample = None;
        }
        // Route i of the input is "line i" of the table text, as the CLI would count it.
        self.table = parse_text(&self.table_text()).map_err(|e| e.to_string());
        let address = self.form.text(ADDRESS);
        self.address = parse_addr(address).map_err(|e| format::bad_input(address, "address", e));
    }

    fn mode(&self) -> Mode {
        match self.form.focused().map(|f| f.class) {
            Some(CharClass::Address) => Mode::ROUTE_ADDRESS,
            _ => Mode::CALC_FREE,
        }
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        match action {
            Action::NextExample => {
                self.load_sample(self.sample.map_or(0, |i| i + 1));
                Some(Outcome::Handled)
            }
            _ => None,
        }
    }

    fn result_title(&self) -> Msg {
        Msg::LookupTitle
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        let line = match (&self.table, &self.address) {
            (Err(reason), _) | (_, Err(reason)) => {
                TextLine::one(format!("✗ {reason}"), Tone::Error)
            }
            (Ok(table), Ok(address)) => {
                let lookup = table.lookup(*address);
                match lookup.route() {
                    Some(route) => TextLine::one(
                        format!(
                            "✓ {}",
                            lang.fill(
                                Msg::RouteWinner,
                                &[
                                    &address.to_string(),
                                    route.target().id(),
                                    lang.text(kind(route.target().kind())),
                                    &route.destination().to_string(),
                                ]
                            )
                        ),
                        Tone::Good,
                    ),
                    None => TextLine::one(
                        format!("✗ {}", lang.fill(Msg::RouteNone, &[&address.to_string()])),
                        Tone::Error,
                    ),
                }
            }
        };
        Some(line)
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        let table = match &self.table {
            Ok(table) => table,
            Err(reason) => {
                let mut lines: Vec<TextLine> = wrap(reason, width)
                    .into_iter()
                    .map(|l| TextLine::one(l, Tone::Error))
                    .collect();
                lines.push(TextLine::new());
                lines.extend(
                    wrap(lang.text(Msg::RoutesHelp), width)
                        .into_iter()
                        .map(|l| TextLine::one(l, Tone::Dim)),
                );
                return lines;
            }
        };
        let mut lines = Vec::new();
        if let Some(i) = self.sample {
            lines.push(TextLine::one(
                lang.fill(Msg::SampleLoaded, &[lang.text(SAMPLES[i].name)]),
                Tone::Dim,
            ));
        }
        let summary = match table.internet_route() {
            Some(route) => lang.fill(
                Msg::TablePublic,
                &[
                    &table.len().to_string(),
                    &route.destination().to_string(),
                    route.target().id(),
                ],
            ),
            None => lang.fill(Msg::TablePrivate, &[&table.len().to_string()]),
        };
        lines.extend(
            wrap(&summary, width)
                .into_iter()
                .map(|l| TextLine::one(l, Tone::Heading)),
        );
        lines.push(TextLine::new());
        let address = self.address.as_ref().ok().copied();
        let lookup = address.map(|a| table.lookup(a));
        let titles = [
            lang.text(Msg::ColDestination),
            lang.text(Msg::ColTarget),
            lang.text(Msg::ColWhy),
        ];
        let rows: Vec<(Vec<String>, Option<Verdict>)> = table
            .routes()
            .iter()
            .enumerate()
            .map(|(i, route)| {
                let verdict = lookup
                    .as_ref()
                    .and_then(|l| l.trace().get(i))
                    .map(|s| s.verdict());
                let why = verdict.map(|v| why(v, route.destination().prefix_len(), lang));
                (
                    vec![
                        route.destination().to_string(),
                        route.target().id().to_string(),
                        why.unwrap_or_default(),
                    ],
                    verdict,
                )
            })
            .collect();
        let cells: Vec<Vec<String>> = rows.iter().map(|(c, _)| c.clone()).collect();
        // The marker column takes 2; the reason takes what is left.
        let kept = fit_columns(&titles[..2], &cells, 2, width.saturating_sub(2));
        let fixed: usize = kept.iter().map(|(_, w)| w + 2).sum::<usize>() + 2;
        let why_width = width.saturating_sub(fixed);
        let mut header = TextLine::one("  ", Tone::Plain);
        for &(column, w) in &kept {
            header = header
                .cell(titles[column], w, Tone::Heading)
                .push("  ", Tone::Plain);
        }
        lines.push(header.push(titles[2], Tone::Heading));
        for (cells, verdict) in &rows {
            let wins = *verdict == Some(Verdict::Wins);
            let tone = if wins { Tone::Highlight } else { Tone::Plain };
            let reasons = wrap(&cells[2], why_width.max(8));
            for (n, reason) in reasons.iter().enumerate() {
                let mut line = TextLine::one(if wins && n == 0 { "▶ " } else { "  " }, tone);
                for &(column, w) in &kept {
                    let cell = if n == 0 { cells[column].as_str() } else { "" };
                    line = line.cell(cell, w, tone).push("  ", tone);
                }
                let why_tone = match verdict {
                    Some(Verdict::Wins) => Tone::Highlight,
                    Some(Verdict::Loses { .. }) => Tone::Plain,
                    _ => Tone::Dim,
                };
                lines.push(line.push(reason.as_str(), why_tone));
            }
        }
        lines.push(TextLine::new());
        lines.extend(
            wrap(lang.text(Msg::LongestPrefixRule), width)
                .into_iter()
                .map(|l| TextLine::one(l, Tone::Dim)),
        );
        lines
    }

    fn cli(&self) -> Option<CliText> {
        let table_text = self.table_text();
        let printf = shell_quote(&table_text.replace('\n', "\\n"));
        let address = self.form.text(ADDRESS);
        let command = format!(
            "printf {printf} | netdojo route --table - {}",
            shell_quote(address)
        );
        let output = match (&self.table, &self.address) {
            (Err(reason), _) => format!("netdojo: route table on standard input: {reason}\n"),
            (Ok(table), address) => {
                let mut out = format!("{}\n", format::route::table_summary(table));
                match address {
                    Ok(address) => {
                        out.push('\n');
                        out.push_str(&format::route::lookup(&table.lookup(*address)));
                    }
                    Err(reason) => out.push_str(&format!("netdojo: {reason}\n")),
                }
                out
            }
        };
        Some(CliText { command, output })
    }
}

/// Why a route won or lost, in a few words.
fn why(verdict: Verdict, prefix: u8, lang: Lang) -> String {
    match verdict {
        Verdict::Wins => lang.fill(Msg::VerdictWins, &[&prefix.to_string()]),
        Verdict::Loses { winner_prefix } => lang.fill(
            Msg::VerdictLoses,
            &[&prefix.to_string(), &winner_prefix.to_string()],
        ),
        Verdict::Outside => lang.text(Msg::VerdictOutside).to_string(),
        Verdict::OtherFamily => lang.text(Msg::VerdictOtherFamily).to_string(),
    }
}

/// What a kind of target is, for people.
fn kind(kind: TargetKind) -> Msg {
    match kind {
        TargetKind::Local => Msg::KindLocal,
        TargetKind::InternetGateway => Msg::KindIgw,
        TargetKind::NatGateway => Msg::KindNat,
        TargetKind::PeeringConnection => Msg::KindPcx,
        TargetKind::TransitGateway => Msg::KindTgw,
        TargetKind::NetworkInterface => Msg::KindEni,
        TargetKind::VirtualPrivateGateway => Msg::KindVgw,
        TargetKind::EgressOnlyInternetGateway => Msg::KindEigw,
        TargetKind::Other => Msg::KindOther,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(state: &RouteState) -> Vec<String> {
        state
            .lines(Lang::En, 76)
            .iter()
            .map(TextLine::text)
            .collect()
    }

    #[test]
    fn every_sample_parses_and_its_address_has_a_route() {
        let mut state = RouteState::new(&[]);
        for i in 0..SAMPLES.len() {
            state.load_sample(i);
            assert!(state.table.is_ok(), "sample {i}");
            let message = state
                .message(Lang::En)
                .map(|m| m.text())
                .unwrap_or_default();
            assert!(message.starts_with('✓'), "sample {i}: {message}");
        }
        state.special(&Action::NextExample);
        assert_eq!(state.sample, Some(0));
    }

    #[test]
    fn the_winner_is_marked_and_the_others_say_why() {
        let state = RouteState::new(&[
            "10.1.20.9".into(),
            "10.0.0.0/16 local; 10.1.0.0/16 pcx-1; 10.1.20.0/24 tgw-2; 0.0.0.0/0 igw-3".into(),
        ]);
        let text = texts(&state);
        assert!(
            text.contains(
                &"  10.1.0.0/16   pcx-1   contains it, but /16 is shorter than /24".to_string()
            ),
            "{text:#?}"
        );
        assert!(
            text.contains(&"▶ 10.1.20.0/24  tgw-2   ✓ the longest match (/24)".to_string()),
            "{text:#?}"
        );
        assert_eq!(
            state.message(Lang::En).map(|m| m.text()).as_deref(),
            Some("✓ 10.1.20.9 → tgw-2 (Transit Gateway) via 10.1.20.0/24")
        );
    }

    #[test]
    fn the_command_line_view_feeds_the_table_on_standard_input() {
        let state = RouteState::new(&["10.0.3.7".into(), "10.0.0.0/16 local".into()]);
        let cli = state.cli().unwrap();
        assert_eq!(
            cli.command,
            "printf '10.0.0.0/16 local\\n' | netdojo route --table - 10.0.3.7"
        );
        assert!(
            cli.output
                .starts_with("Table: 1 route; subnets using it are private")
        );
        assert!(
            cli.output
                .contains("\n10.0.3.7 -> local (inside the VPC) via 10.0.0.0/16\n")
        );
    }

    #[test]
    fn a_bad_route_names_its_place() {
        let state =
            RouteState::new(&["10.0.3.7".into(), "10.0.0.0/16 local; 10.0.0.0/33 x".into()]);
        assert_eq!(
            state.message(Lang::En).map(|m| m.text()).as_deref(),
            Some(
                "✗ line 2: \"10.0.0.0/33\" is not a destination: expected an IPv4 or IPv6 prefix such as 10.0.0.0/16"
            )
        );
    }
}
