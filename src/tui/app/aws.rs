//! The smaller AWS calculators as screens: weighted routing, the instance-type
//! decoder, the wildcard-certificate matcher, the MySQL host-pattern matcher and
//! the public IPv4 charge. Each keeps the values its inputs give and writes them
//! with the one implementation in `format::`: in the screen's language when drawn,
//! and in English (what the command prints) in the command-line view.

use crate::calc::certmatch::{Coverage, HostName, San, certificate_covers, parse_sans};
use crate::calc::instance::InstanceType;
use crate::calc::mysqlhost::{Account, Choice, Client, choose};
use crate::calc::weighted::{Shares, parse_weight, shares};
use crate::format;
use crate::format::ipv4cost::Ipv4Cost;
use crate::i18n::{Lang, Msg};
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::CharClass;

use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;
use super::labelled::error_lines;

/// Which AWS calculator a screen is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AwsKind {
    /// Route 53 weighted routing: weights to shares of the answers.
    Weighted,
    /// EC2 instance-type names decoded.
    Instance,
    /// Which names a certificate covers.
    Cert,
    /// Which MySQL account a client gets.
    MysqlHost,
    /// What public IPv4 addresses cost.
    Ipv4Cost,
}

impl AwsKind {
    /// The screen's title.
    pub fn title(self) -> Msg {
        match self {
            AwsKind::Weighted => Msg::WeightedTitle,
            AwsKind::Instance => Msg::InstanceTitle,
            AwsKind::Cert => Msg::CertTitle,
            AwsKind::MysqlHost => Msg::MysqlTitle,
            AwsKind::Ipv4Cost => Msg::Ipv4Title,
        }
    }

    fn fields(self) -> Vec<Field> {
        let free = CharClass::Free;
        match self {
            AwsKind::Weighted => vec![Field::new(Msg::FieldWeights, free, Msg::PhWeights, "")],
            AwsKind::Instance => vec![Field::new(Msg::FieldTypes, free, Msg::PhTypes, "")],
            AwsKind::Cert => vec![
                Field::new(Msg::FieldSans, free, Msg::PhSans, ""),
                Field::new(Msg::FieldHostNames, free, Msg::PhHostNames, ""),
            ],
            AwsKind::MysqlHost => vec![
                Field::new(Msg::FieldAccounts, free, Msg::PhAccounts, ""),
                Field::new(Msg::FieldClients, free, Msg::PhClients, ""),
            ],
            AwsKind::Ipv4Cost => vec![
                Field::new(Msg::FieldAddresses, free, Msg::PhAddresses, ""),
                Field::new(Msg::FieldHours, free, Msg::PhHours, ""),
                Field::new(Msg::FieldYenRate, free, Msg::PhYenRate, ""),
            ],
        }
    }

    fn prompt(self) -> Msg {
        match self {
            AwsKind::Weighted => Msg::WeightedPrompt,
            AwsKind::Instance => Msg::InstancePrompt,
            AwsKind::Cert => Msg::CertPrompt,
            AwsKind::MysqlHost => Msg::MysqlPrompt,
            AwsKind::Ipv4Cost => Msg::Ipv4Prompt,
        }
    }
}

/// One record's share, for its bar.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Bar {
    name: String,
    /// Parts per ten thousand of the answers.
    basis_points: u32,
    percent: String,
}

/// The values the inputs give, kept as values so that the result area can be
/// written in the screen's language when it is drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Found {
    /// Records and their shares of the answers.
    Weighted { names: Vec<String>, shares: Shares },
    /// Decoded instance types.
    Instance(Vec<InstanceType>),
    /// A certificate's names and what they cover, host by host.
    Cert {
        sans: Vec<San>,
        coverages: Vec<Coverage>,
    },
    /// Accounts, and each client as typed with the account it gets.
    Mysql {
        accounts: Vec<Account>,
        choices: Vec<(String, Choice)>,
    },
    /// A priced count of public IPv4 addresses.
    Ipv4(Ipv4Cost),
}

/// What the inputs give.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Worked {
    /// Nothing typed yet.
    Empty,
    /// An input is wrong: the one-line reason.
    Bad(String),
    /// The values worked out.
    Done(Box<Found>),
}

/// The state of one of the AWS calculator screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsState {
    kind: AwsKind,
    form: Form,
    worked: Worked,
}

/// Items of a list typed with commas or spaces.
fn items(text: &str) -> Vec<String> {
    text.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

impl AwsState {
    /// The calculator `kind`, its inputs prefilled in order.
    pub fn new(kind: AwsKind, prefill: &[String]) -> AwsState {
        let mut state = AwsState {
            kind,
            form: Form::new(kind.fields(), prefill),
            worked: Worked::Empty,
        };
        state.recompute();
        state
    }

    /// Which calculator this is.
    pub fn kind(&self) -> AwsKind {
        self.kind
    }

    fn work(&self) -> Worked {
        let first = self.form.text(0);
        if first.is_empty() {
            return Worked::Empty;
        }
        let done = match self.kind {
            AwsKind::Weighted => weighted(first),
            AwsKind::Instance => instance(first),
            AwsKind::Cert => cert(first, self.form.text(1)),
            AwsKind::MysqlHost => mysql(first, self.form.text(1)),
            AwsKind::Ipv4Cost => ipv4(first, self.form.text(1), self.form.text(2)),
        };
        match done {
            Ok(Some(found)) => Worked::Done(Box::new(found)),
            Ok(None) => Worked::Empty,
            Err(reason) => Worked::Bad(reason),
        }
    }

    fn command(&self) -> Option<String> {
        let (a, b, c) = (self.form.text(0), self.form.text(1), self.form.text(2));
        let quoted = |text: &str| -> String {
            items(text)
                .iter()
                .map(|i| shell_quote(i))
                .collect::<Vec<_>>()
                .join(" ")
        };
        Some(match self.kind {
            _ if a.is_empty() => return None,
            AwsKind::Weighted => format!("netdojo weighted {}", shell_quote(&items(a).join(","))),
            AwsKind::Instance => format!("netdojo instance {}", quoted(a)),
            AwsKind::Cert if b.is_empty() => return None,
            AwsKind::Cert => format!(
                "netdojo cert --san {} {}",
                shell_quote(&items(a).join(",")),
                quoted(b)
            ),
            AwsKind::MysqlHost if b.is_empty() => return None,
            AwsKind::MysqlHost => {
                let accounts: Vec<String> = items(a)
                    .iter()
                    .map(|account| format!("--account {}", shell_quote(account)))
                    .collect();
                format!("netdojo mysqlhost {} {}", accounts.join(" "), quoted(b))
            }
            AwsKind::Ipv4Cost => {
                let mut line = format!("netdojo ipv4cost --addresses {}", shell_quote(a));
                if !b.is_empty() {
                    line.push_str(&format!(" --hours {}", shell_quote(b)));
                }
                if !c.is_empty() {
                    line.push_str(&format!(" --rate {}", shell_quote(c)));
                }
                line
            }
        })
    }
}

type Work = Result<Option<Found>, String>;

fn weighted(text: &str) -> Work {
    let (names, values) = format::weighted::split_names(&items(text));
    let mut weights = Vec::new();
    for value in &values {
        weights.push(
            parse_weight(value).map_err(|e| format!("{value:?} is not a valid weight: {e}"))?,
        );
    }
    let all = values.join(",");
    let shares =
        shares(&weights).map_err(|e| format!("{all:?} is not a valid set of weights: {e}"))?;
    Ok(Some(Found::Weighted { names, shares }))
}

fn instance(text: &str) -> Work {
    let mut decoded = Vec::new();
    for name in items(text) {
        let value: InstanceType = name
            .parse()
            .map_err(|e| format!("{name:?} is not a valid instance type: {e}"))?;
        decoded.push(value);
    }
    Ok(Some(Found::Instance(decoded)))
}

fn cert(sans_text: &str, hosts_text: &str) -> Work {
    let sans = parse_sans(&items(sans_text).join(","))
        .map_err(|(item, e)| format!("{item:?} is not a valid certificate name: {e}"))?;
    let hosts = items(hosts_text);
    if hosts.is_empty() {
        return Ok(None);
    }
    let mut coverages = Vec::new();
    for name in hosts {
        let host: HostName = name
            .parse()
            .map_err(|e| format!("{name:?} is not a valid host name: {e}"))?;
        coverages.push(certificate_covers(&sans, &host));
    }
    Ok(Some(Found::Cert { sans, coverages }))
}

fn mysql(accounts_text: &str, clients_text: &str) -> Work {
    let mut accounts = Vec::new();
    for item in items(accounts_text) {
        let account: Account = item
            .parse()
            .map_err(|e| format!("{item:?} is not a valid MySQL account: {e}"))?;
        accounts.push(account);
    }
    let clients = items(clients_text);
    if clients.is_empty() {
        return Ok(None);
    }
    let mut choices = Vec::new();
    for item in clients {
        let (user, host) = match item.rsplit_once('@') {
            Some((user, host)) => (Some(user), host),
            None => (None, item.as_str()),
        };
        let client: Client = host
            .parse()
            .map_err(|e| format!("{item:?} is not a valid client: {e}"))?;
        let choice = choose(&accounts, user, &client);
        choices.push((item, choice));
    }
    Ok(Some(Found::Mysql { accounts, choices }))
}

fn ipv4(addresses: &str, hours: &str, rate: &str) -> Work {
    let hours = if hours.is_empty() {
        crate::calc::cost::HOURS_PER_MONTH.to_string()
    } else {
        hours.to_owned()
    };
    let rate = (!rate.is_empty()).then_some(rate);
    let cost = format::ipv4cost::price(addresses, &hours, rate).map_err(|(_, message)| message)?;
    Ok(Some(Found::Ipv4(cost)))
}

impl Found {
    /// The result as text in `lang`: in English it is what the command prints.
    fn text(&self, lang: Lang) -> String {
        match self {
            Found::Weighted { names, shares } => format::weighted::shares(names, shares, lang),
            Found::Instance(decoded) => {
                let parts: Vec<String> = decoded
                    .iter()
                    .map(|t| format::instance::text(t, lang))
                    .collect();
                let mut text = parts.join("\n");
                let compare = format::instance::compare(decoded, lang);
                if !compare.is_empty() {
                    text.push('\n');
                    text.push_str(&compare);
                }
                text
            }
            Found::Cert { sans, coverages } => {
                let mut text = format::cert::certificate(sans, lang);
                for coverage in coverages {
                    text.push('\n');
                    text.push_str(&format::cert::coverage(coverage, lang));
                }
                text
            }
            Found::Mysql { accounts, choices } => {
                let mut text = format::mysqlhost::accounts(accounts, lang);
                for (_, choice) in choices {
                    text.push('\n');
                    text.push_str(&format::mysqlhost::choice(accounts, choice, lang));
                }
                text
            }
            Found::Ipv4(cost) => format::ipv4cost::text(cost, lang),
        }
    }

    /// The one-line answer in `lang`, and whether it is good news.
    fn answer(&self, lang: Lang) -> (String, bool) {
        let mark = |ok: bool| if ok { "✓" } else { "✗" };
        match self {
            Found::Weighted { names, shares } => (
                names
                    .iter()
                    .zip(&shares.records)
                    .map(|(name, r)| format!("{name} {}", format::weighted::percent(r.share)))
                    .collect::<Vec<_>>()
                    .join(", "),
                true,
            ),
            Found::Instance(decoded) => {
                let separator = if lang == Lang::Ja { "、" } else { "; " };
                let meanings: Vec<String> = decoded
                    .iter()
                    .map(|t| {
                        let meaning = t.series().meaning_in(lang);
                        match lang {
                            Lang::En => format!("{t}: {meaning}"),
                            Lang::Ja => format!("{t}：{meaning}"),
                        }
                    })
                    .collect();
                (meanings.join(separator), true)
            }
            Found::Cert { coverages, .. } => (
                coverages
                    .iter()
                    .map(|c| format!("{} {}", c.host, mark(c.covered())))
                    .collect::<Vec<_>>()
                    .join(", "),
                coverages.iter().all(Coverage::covered),
            ),
            Found::Mysql { accounts, choices } => {
                let answers: Vec<String> = choices
                    .iter()
                    .map(
                        |(item, choice)| match choice.chosen.and_then(|i| accounts.get(i)) {
                            Some(account) => format!("{item} → {account}"),
                            None => format!("{item} → ✗"),
                        },
                    )
                    .collect();
                let good = choices.iter().all(|(_, c)| c.chosen.is_some());
                (answers.join(", "), good)
            }
            Found::Ipv4(cost) => {
                let mut answer = cost.usd.to_string();
                if let Some((_, yen)) = cost.yen {
                    answer.push_str(&format!(" ({yen})"));
                }
                (answer, true)
            }
        }
    }

    /// One bar per record of a weighted set; none for the other calculators.
    fn bars(&self) -> Vec<Bar> {
        let Found::Weighted { names, shares } = self else {
            return Vec::new();
        };
        names
            .iter()
            .zip(&shares.records)
            .map(|(name, record)| Bar {
                name: name.clone(),
                basis_points: basis_points(&record.share.percent(2).0),
                percent: format::weighted::percent(record.share),
            })
            .collect()
    }
}

/// Hundredths of a percent in a percentage written with up to 2 decimals ("33.33"
/// gives 3333, "75" gives 7500).
fn basis_points(percent: &str) -> u32 {
    let (whole, part) = percent.split_once('.').unwrap_or((percent, ""));
    let part = format!("{part:0<2}");
    let whole: u32 = whole.parse().unwrap_or(0);
    let part: u32 = part.get(..2).and_then(|p| p.parse().ok()).unwrap_or(0);
    whole.saturating_mul(100).saturating_add(part)
}

/// A bar `width` cells long, filled by `basis_points` of 10,000.
fn bar(basis_points: u32, width: usize) -> String {
    let filled = usize::try_from(u64::from(basis_points.min(10_000)) * width as u64 / 10_000)
        .unwrap_or(width);
    format!(
        "{}{}",
        "█".repeat(filled),
        "░".repeat(width.saturating_sub(filled))
    )
}

impl Calculator for AwsState {
    fn form(&self) -> &Form {
        &self.form
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.form
    }

    fn recompute(&mut self) {
        self.worked = self.work();
    }

    fn result_title(&self) -> Msg {
        self.kind.title()
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match &self.worked {
            Worked::Empty => TextLine::one(lang.text(self.kind.prompt()), Tone::Dim),
            Worked::Bad(reason) => TextLine::one(format!("✗ {reason}"), Tone::Error),
            Worked::Done(found) => {
                let (answer, good) = found.answer(lang);
                let mark = if good { "✓" } else { "✗" };
                TextLine::one(
                    format!("{mark} {answer}"),
                    if good { Tone::Good } else { Tone::Error },
                )
            }
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        match &self.worked {
            Worked::Empty => self.help_lines(lang),
            Worked::Bad(reason) => {
                let mut lines = error_lines(reason, width);
                lines.push(TextLine::new());
                lines.extend(self.help_lines(lang));
                lines
            }
            Worked::Done(found) => {
                let bars = found.bars();
                let text = found.text(lang);
                let mut lines = Vec::new();
                if !bars.is_empty() {
                    let name_width = bars
                        .iter()
                        .map(|b| crate::i18n::width::columns(&b.name))
                        .max()
                        .unwrap_or(0);
                    let room = width.saturating_sub(name_width + 12).clamp(4, 50);
                    for b in &bars {
                        lines.push(
                            TextLine::new()
                                .cell(&b.name, name_width + 2, Tone::Heading)
                                .push(bar(b.basis_points, room), Tone::Used)
                                .push(format!("  {}", b.percent), Tone::Plain),
                        );
                    }
                    lines.push(TextLine::new());
                }
                for line in text.lines() {
                    lines.extend(
                        crate::i18n::width::wrap_hanging(line, width.max(10))
                            .into_iter()
                            .map(|l| TextLine::one(l, Tone::Plain)),
                    );
                }
                if let Some(note) = self.note() {
                    lines.push(TextLine::new());
                    lines.extend(
                        crate::i18n::width::wrap(lang.text(note), width.max(10))
                            .into_iter()
                            .map(|l| TextLine::one(l, Tone::Dim)),
                    );
                }
                lines
            }
        }
    }

    fn cli(&self) -> Option<CliText> {
        let command = self.command()?;
        let output = match &self.worked {
            Worked::Empty => String::new(),
            Worked::Bad(reason) => format!("netdojo: {reason}\n"),
            // The command prints English, whatever the screen's language.
            Worked::Done(found) => found.text(Lang::En),
        };
        Some(CliText { command, output })
    }
}

impl AwsState {
    fn help_lines(&self, lang: Lang) -> Vec<TextLine> {
        let examples: &[&str] = match self.kind {
            AwsKind::Weighted => &["70,20,10", "blue=90,green=10", "0,0"],
            AwsKind::Instance => &["m5.large", "c7gn.2xlarge", "m5.large m5.4xlarge"],
            AwsKind::Cert => &["*.example.com  www.example.com a.b.example.com"],
            AwsKind::MysqlHost => &["'app'@'%' 'app'@'10.0.%'  app@10.0.1.5"],
            AwsKind::Ipv4Cost => &["1", "3  730  150"],
        };
        let mut lines = vec![TextLine::one(lang.text(Msg::AvailExamples), Tone::Heading)];
        lines.extend(
            examples
                .iter()
                .map(|e| TextLine::new().push("  ", Tone::Plain).push(*e, Tone::Key)),
        );
        lines
    }

    /// A fact worth knowing under the result.
    fn note(&self) -> Option<Msg> {
        match self.kind {
            AwsKind::Weighted => Some(Msg::WeightedNote),
            AwsKind::Cert => Some(Msg::CertNote),
            AwsKind::MysqlHost => Some(Msg::MysqlNote),
            AwsKind::Ipv4Cost => Some(Msg::Ipv4Note),
            AwsKind::Instance => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(kind: AwsKind, args: &[&str]) -> AwsState {
        AwsState::new(
            kind,
            &args.iter().map(|a| a.to_string()).collect::<Vec<_>>(),
        )
    }

    fn message(s: &AwsState) -> String {
        s.message(Lang::En).map(|m| m.text()).unwrap_or_default()
    }

    #[test]
    fn weights_become_shares_with_a_bar_each() {
        let s = state(AwsKind::Weighted, &["blue=3,green=1"]);
        assert_eq!(message(&s), "✓ blue 75%, green 25%");
        let lines: Vec<String> = s.lines(Lang::En, 47).iter().map(TextLine::text).collect();
        assert_eq!(lines[0], "blue   ██████████████████████░░░░░░░░  75%");
        assert_eq!(lines[1], "green  ███████░░░░░░░░░░░░░░░░░░░░░░░  25%");
        let cli = s.cli().unwrap();
        assert_eq!(cli.command, "netdojo weighted blue=3,green=1");
        assert!(
            cli.output
                .starts_with("RECORD  WEIGHT  SHARE  PERCENT\nblue         3    3/4      75%\n")
        );
        assert_eq!(basis_points("33.33"), 3333);
        assert_eq!(basis_points("12.5"), 1250);
    }

    #[test]
    fn a_bad_weight_is_named() {
        let s = state(AwsKind::Weighted, &["300"]);
        assert!(
            message(&s).starts_with("✗ \"300\" is not a valid weight: "),
            "{}",
            message(&s)
        );
    }

    #[test]
    fn instance_types_are_decoded_and_compared() {
        let s = state(AwsKind::Instance, &["m5.large m5.xlarge"]);
        let cli = s.cli().unwrap();
        assert_eq!(cli.command, "netdojo instance m5.large m5.xlarge");
        assert!(
            cli.output
                .ends_with("Compare  1 m5.xlarge = 2 × m5.large\n"),
            "{}",
            cli.output
        );
    }

    #[test]
    fn a_wildcard_covers_one_level_only() {
        let s = state(
            AwsKind::Cert,
            &["*.example.com", "www.example.com a.b.example.com"],
        );
        assert_eq!(message(&s), "✗ www.example.com ✓, a.b.example.com ✗");
        assert_eq!(
            s.cli().unwrap().command,
            "netdojo cert --san '*.example.com' www.example.com a.b.example.com"
        );
    }

    #[test]
    fn the_most_specific_account_wins() {
        let s = state(
            AwsKind::MysqlHost,
            &["'app'@'%' 'app'@'10.0.%'", "app@10.0.1.5"],
        );
        assert_eq!(message(&s), "✓ app@10.0.1.5 → 'app'@'10.0.%'");
    }

    #[test]
    fn public_addresses_cost_by_the_hour() {
        let s = state(AwsKind::Ipv4Cost, &["2", "", "150"]);
        assert_eq!(message(&s), "✓ $7.30 (¥1,095)");
        assert_eq!(
            s.cli().unwrap().command,
            "netdojo ipv4cost --addresses 2 --rate 150"
        );
        let s = state(AwsKind::Ipv4Cost, &["two"]);
        assert_eq!(
            message(&s),
            "✗ \"two\" is not a valid number of addresses: expected a whole number such as 730"
        );
    }

    fn lines_ja(s: &AwsState, width: usize) -> Vec<String> {
        s.lines(Lang::Ja, width)
            .iter()
            .map(TextLine::text)
            .collect()
    }

    #[test]
    fn instance_types_compare_in_japanese_and_print_english() {
        let s = state(AwsKind::Instance, &["m5.large,m5.metal"]);
        assert_eq!(
            s.message(Lang::Ja).map(|m| m.text()).as_deref(),
            Some("✓ m5.large：汎用、m5.metal：汎用")
        );
        let lines = lines_ja(&s, 200);
        assert_eq!(
            lines[16..],
            [
                "サイズ      metal：ベアメタル（サーバー 1 台をまるごと使う）。ファミリーの最大サイズと同じ大きさですが、それがどれかは名前からわかりません",
                "",
                "比較  比較できません：m5.metal は metal サイズです。ファミリーの最大サイズと同じですが、それがどれかは名前からわかりません",
            ]
        );
        let cli = s.cli().unwrap();
        assert!(cli.output.starts_with("Type          m5.large\n"));
        assert!(cli.output.ends_with("Compare  not compared: m5.metal is a metal size: it matches the largest size of its family, which the name does not say\n"), "{}", cli.output);
    }

    #[test]
    fn a_client_without_an_account_is_refused_in_japanese() {
        let s = state(AwsKind::MysqlHost, &["'app'@'10.0.%'", "web@192.0.2.1"]);
        assert_eq!(message(&s), "✗ web@192.0.2.1 → ✗");
        assert_eq!(
            lines_ja(&s, 100)[3..5],
            [
                "web@192.0.2.1 -> 一致するアカウントがないため、MySQL は接続を拒否します",
                "    'app'@'10.0.%'  不一致：ユーザーが web ではなく app です",
            ]
        );
    }

    #[test]
    fn all_zero_weights_in_japanese() {
        let s = state(AwsKind::Weighted, &["0,0"]);
        let lines = lines_ja(&s, 120);
        assert_eq!(
            lines[3..],
            [
                "レコード  重み  割合  百分率",
                "#1           0   1/2     50%",
                "#2           0   1/2     50%",
                "重みがすべて 0 なので、Route 53 はどのレコードも同じ頻度で回答します。",
                "",
                "この割合はすべてのレコードが正常な場合です。異常なレコードは除かれ、残りのレコードで応答を分け合います。",
            ]
        );
    }
}
