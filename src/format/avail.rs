//! Availability results as the text `netdojo avail` prints: a system's report, the
//! MTBF/MTTR answers and N+k sizing, and the reading of their inputs, so the
//! command line and the terminal app's command-line view print the same lines.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use super::table::Table;
use crate::calc::availability::{
    Availability, Convention, Decimal, Expr, ExprError, MtbfError, Node, NodeKind, Period, Report,
    Sizing, SizingError, SizingInput, Span,
};

/// How figures are written: the convention of the periods, and whether lengths are
/// rounded to whole seconds.
///
/// ```
/// use netdojo::format::avail::Figures;
/// let f = Figures::default();
/// assert_eq!(f.span("90.4s".parse().unwrap()), "1m 30.4s");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Figures {
    /// The lengths of the year and the month.
    pub convention: Convention,
    /// Round lengths to whole seconds (as uptime.is shows them).
    pub whole_seconds: bool,
}

impl Figures {
    /// A length as text, rounded to whole seconds when asked.
    ///
    /// ```
    /// use netdojo::format::avail::Figures;
    /// let f = Figures { whole_seconds: true, ..Figures::default() };
    /// assert_eq!(f.span("90.4s".parse().unwrap()), "1m 30s");
    /// ```
    pub fn span(&self, span: Span) -> String {
        if self.whole_seconds {
            span.to_whole_seconds().to_string()
        } else {
            span.to_string()
        }
    }

    /// The downtime an availability allows in each period, year first.
    ///
    /// ```
    /// use netdojo::format::avail::Figures;
    /// let cells = Figures::default().downtime_cells("99.9".parse().unwrap());
    /// assert_eq!(cells[0], "8h 45m 36s");
    /// ```
    pub fn downtime_cells(&self, availability: Availability) -> Vec<String> {
        self.convention
            .downtime_table(availability)
            .iter()
            .map(|row| self.span(row.downtime))
            .collect()
    }

    /// The table of period, length and downtime of one availability.
    ///
    /// ```
    /// use netdojo::format::avail::Figures;
    /// let text = Figures::default().downtime_table("99.9".parse().unwrap());
    /// assert!(text.starts_with("period   length      downtime\nyear     365 days    8h 45m 36s\n"));
    /// ```
    pub fn downtime_table(&self, availability: Availability) -> String {
        let mut table = Table::new(&["period", "length", "downtime"]);
        for row in self.convention.downtime_table(availability) {
            table.row(vec![
                row.period.to_string(),
                days(self.convention.seconds(row.period)),
                self.span(row.downtime),
            ]);
        }
        table.render()
    }
}

/// Nines with two decimals, or ∞ for 100%.
///
/// ```
/// use netdojo::format::avail::nines_text;
/// assert_eq!(nines_text("99.9".parse().unwrap()), "3.00");
/// assert_eq!(nines_text("100".parse().unwrap()), "∞");
/// ```
pub fn nines_text(availability: Availability) -> String {
    let nines = availability.nines();
    if nines.is_finite() {
        format!("{nines:.2}")
    } else {
        "∞".to_string()
    }
}

/// A period's length in days, such as `365 days` or `30.436875 days`.
///
/// ```
/// use netdojo::format::avail::days;
/// assert_eq!(days(86_400), "1 day");
/// assert_eq!(days(2_629_746), "30.436875 days");
/// ```
pub fn days(seconds: u64) -> String {
    let days = day_count(seconds);
    if days == "1" {
        "1 day".to_string()
    } else {
        format!("{days} days")
    }
}

/// A number of seconds as days, with up to six decimals and no trailing zeros.
///
/// ```
/// use netdojo::format::avail::day_count;
/// assert_eq!(day_count(7_884_000), "91.25");
/// assert_eq!(day_count(86_400), "1");
/// ```
pub fn day_count(seconds: u64) -> String {
    let days = format!("{:.6}", seconds as f64 / 86_400.0);
    days.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A length with its hours, such as `1h 0m 1.8s (1.0005 h)`.
///
/// ```
/// use netdojo::format::avail::with_hours;
/// let span = "2h".parse().unwrap();
/// assert_eq!(with_hours("2h 0m 0s".into(), span), "2h 0m 0s (2 h)");
/// ```
pub fn with_hours(text: String, span: Span) -> String {
    let hours = format!("{:.4}", span.hours());
    let hours = hours.trim_end_matches('0').trim_end_matches('.');
    format!("{text} ({hours} h)")
}

/// The message of a system that does not parse, naming it in quotes.
///
/// ```
/// use netdojo::calc::availability::Expr;
/// let err = "a:99 *".parse::<Expr>().unwrap_err();
/// assert!(netdojo::format::avail::system_error_message("a:99 *", &err)
///     .starts_with("\"a:99 *\" is not a valid system: column 7: "));
/// ```
pub fn system_error_message(text: &str, error: &ExprError) -> String {
    format!("\"{text}\" is not a valid system: {error}")
}

/// What `netdojo avail` prints on standard error for a system that does not parse:
/// the message, the expression, and a caret under the column.
///
/// ```
/// use netdojo::calc::availability::Expr;
/// let err = "elb:99.99 * ec2:".parse::<Expr>().unwrap_err();
/// assert_eq!(
///     netdojo::format::avail::system_error("elb:99.99 * ec2:", &err),
///     "netdojo: \"elb:99.99 * ec2:\" is not a valid system: column 17: expected a percentage after \"ec2:\"\n  elb:99.99 * ec2:\n                  ^\n"
/// );
/// ```
pub fn system_error(text: &str, error: &ExprError) -> String {
    let shown = text.replace('\t', " ");
    let before: String = shown.chars().take(error.column.saturating_sub(1)).collect();
    format!(
        "netdojo: {}\n  {shown}\n  {}^\n",
        system_error_message(text, error),
        " ".repeat(before.width())
    )
}

/// A system's report: the summary, the downtime per period, the tree of nodes and
/// the weakest link.
///
/// ```
/// use netdojo::calc::availability::{Expr, Report};
/// use netdojo::format::avail::{Figures, system};
/// let e: Expr = "a:99 * b:99.9".parse().unwrap();
/// let text = system(&e, &Report::new(&e, &Default::default()), &Figures::default());
/// assert!(text.starts_with("system        a:99 * b:99.9\navailability  98.90%  (1.96 nines)\n"));
/// ```
pub fn system(expr: &Expr, report: &Report, figures: &Figures) -> String {
    let whole = report.availability();
    let mut summary = Table::headless();
    summary.row(vec!["system".into(), expr.to_string()]);
    summary.row(vec![
        "availability".into(),
        format!("{whole}  ({} nines)", nines_text(whole)),
    ]);
    summary.row(vec!["convention".into(), figures.convention.to_string()]);
    let mut out = summary.render();
    out.push('\n');
    out.push_str(&figures.downtime_table(whole));
    out.push('\n');
    let mut tree = Table::new(&[
        "node",
        "availability",
        "downtime/year",
        "SPOF",
        "saved/year if perfect",
    ]);
    tree_rows(&report.root, report, figures, "", "", &mut tree);
    out.push_str(&tree.render());
    out.push('\n');
    let _ = match report.weakest_part() {
        Some(part) => writeln!(
            out,
            "weakest link: {} (part {}), a single point of failure; if it were perfect, \
             downtime would drop by {} a year ({:.1}% of it)",
            part.text,
            report.weakest.map_or(0, |i| i + 1),
            figures.span(part.gain_per_year),
            part.share * 100.0
        ),
        None => writeln!(out, "weakest link: no single point of failure"),
    };
    out
}

/// Adds a node and its children to the table, drawn as a tree.
fn tree_rows(
    node: &Node,
    report: &Report,
    figures: &Figures,
    lead: &str,
    child_lead: &str,
    table: &mut Table,
) {
    let mut cells = vec![
        format!("{lead}{}", node_label(node)),
        node.availability.to_string(),
        figures.span(node.downtime_per_year),
    ];
    if let NodeKind::Part(index) = node.kind
        && let Some(part) = report.parts.get(index)
    {
        cells.push(
            if part.single_point_of_failure {
                "yes"
            } else {
                "no"
            }
            .into(),
        );
        cells.push(figures.span(part.gain_per_year));
    }
    table.row(cells);
    let last = node.children.len().saturating_sub(1);
    for (i, child) in node.children.iter().enumerate() {
        let (branch, rest) = if i == last {
            ("└─ ", "   ")
        } else {
            ("├─ ", "│  ")
        };
        tree_rows(
            child,
            report,
            figures,
            &format!("{child_lead}{branch}"),
            &format!("{child_lead}{rest}"),
            table,
        );
    }
}

/// How a node is named in the tree: a part as written, a group by what it needs.
///
/// ```
/// use netdojo::calc::availability::{Expr, Report};
/// let r = Report::new(&"2of3(n:99)".parse::<Expr>().unwrap(), &Default::default());
/// assert_eq!(netdojo::format::avail::node_label(&r.root), "2 of 3 copies needed");
/// ```
pub fn node_label(node: &Node) -> String {
    match node.kind {
        NodeKind::Part(_) => node.text.clone(),
        NodeKind::Series => "series (all needed)".into(),
        NodeKind::Parallel => "parallel (any one)".into(),
        NodeKind::KOfN { k, n } => format!("{k} of {n} copies needed"),
    }
}

/// An MTBF/MTTR question: two of MTBF, MTTR and a target availability.
///
/// ```
/// use netdojo::format::avail::MtbfQuestion;
/// let q = MtbfQuestion::read(Some("1000h"), Some("2h"), None).unwrap();
/// assert!(matches!(q, MtbfQuestion::Availability { .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MtbfQuestion {
    /// The availability of a part with this MTBF and MTTR.
    Availability {
        /// Mean time between failures.
        mtbf: Span,
        /// Mean time to repair.
        mttr: Span,
    },
    /// The longest repairs a target allows with this MTBF.
    MttrBudget {
        /// The target.
        target: Availability,
        /// Mean time between failures.
        mtbf: Span,
    },
    /// The MTBF a target needs with repairs this long.
    MtbfNeeded {
        /// The target.
        target: Availability,
        /// Mean time to repair.
        mttr: Span,
    },
}

/// What an MTBF/MTTR question gives: one length, or an availability.
///
/// ```
/// use netdojo::format::avail::{MtbfAnswer, MtbfQuestion};
/// let q = MtbfQuestion::read(Some("1000h"), Some("2h"), None).unwrap();
/// assert!(matches!(q.answer(), Ok(MtbfAnswer::Availability(_))));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MtbfAnswer {
    /// The availability of the part.
    Availability(Availability),
    /// The MTTR budget or the MTBF needed.
    Length(Span),
}

impl MtbfQuestion {
    /// Reads the question from the texts given (exactly two of the three); an error
    /// is the text at fault and the message.
    ///
    /// ```
    /// use netdojo::format::avail::MtbfQuestion;
    /// let err = MtbfQuestion::read(Some("1000h"), None, None).unwrap_err();
    /// assert!(err.1.starts_with("give exactly two of --mtbf, --mttr and --target"));
    /// ```
    pub fn read(
        mtbf: Option<&str>,
        mttr: Option<&str>,
        target: Option<&str>,
    ) -> Result<MtbfQuestion, (String, String)> {
        let span = |text: Option<&str>| -> Result<Option<Span>, (String, String)> {
            text.map(|t| {
                t.parse::<Span>()
                    .map_err(|e| (t.to_string(), e.to_string()))
            })
            .transpose()
        };
        let mtbf = span(mtbf)?;
        let mttr = span(mttr)?;
        let target = target
            .map(|t| {
                t.parse::<Availability>()
                    .map_err(|e| (t.to_string(), e.to_string()))
            })
            .transpose()?;
        match (mtbf, mttr, target) {
            (Some(mtbf), Some(mttr), None) => Ok(MtbfQuestion::Availability { mtbf, mttr }),
            (Some(mtbf), None, Some(target)) => Ok(MtbfQuestion::MttrBudget { target, mtbf }),
            (None, Some(mttr), Some(target)) => Ok(MtbfQuestion::MtbfNeeded { target, mttr }),
            _ => Err((
                String::new(),
                "give exactly two of --mtbf, --mttr and --target (e.g. --mtbf 1000h --mttr 2h)"
                    .into(),
            )),
        }
    }

    /// Works the answer out.
    ///
    /// ```
    /// use netdojo::format::avail::{MtbfAnswer, MtbfQuestion};
    /// let q = MtbfQuestion::read(None, Some("30m"), Some("99.9")).unwrap();
    /// let Ok(MtbfAnswer::Length(mtbf)) = q.answer() else { panic!() };
    /// assert_eq!(mtbf.to_string(), "20d 19h 30m 0s");
    /// ```
    pub fn answer(&self) -> Result<MtbfAnswer, MtbfError> {
        match *self {
            MtbfQuestion::Availability { mtbf, mttr } => {
                Availability::from_mtbf_mttr(mtbf, mttr).map(MtbfAnswer::Availability)
            }
            MtbfQuestion::MttrBudget { target, mtbf } => {
                target.mttr_budget(mtbf).map(MtbfAnswer::Length)
            }
            MtbfQuestion::MtbfNeeded { target, mttr } => {
                target.mtbf_needed(mttr).map(MtbfAnswer::Length)
            }
        }
    }

    /// The target availability, when the question has one.
    ///
    /// ```
    /// use netdojo::format::avail::MtbfQuestion;
    /// let q = MtbfQuestion::read(Some("1000h"), Some("2h"), None).unwrap();
    /// assert_eq!(q.target(), None);
    /// ```
    pub fn target(&self) -> Option<Availability> {
        match *self {
            MtbfQuestion::Availability { .. } => None,
            MtbfQuestion::MttrBudget { target, .. } | MtbfQuestion::MtbfNeeded { target, .. } => {
                Some(target)
            }
        }
    }

    /// The rows of the answer: (label, JSON key, length) in the order printed.
    ///
    /// ```
    /// use netdojo::format::avail::{MtbfAnswer, MtbfQuestion};
    /// let q = MtbfQuestion::read(Some("2000h"), None, Some("99.95")).unwrap();
    /// let rows = q.lengths(&q.answer().unwrap());
    /// assert_eq!((rows[1].0, rows[1].1), ("MTTR budget", "mttr_budget"));
    /// ```
    pub fn lengths(&self, answer: &MtbfAnswer) -> Vec<(&'static str, &'static str, Span)> {
        let mut rows = Vec::new();
        match *self {
            MtbfQuestion::Availability { mtbf, mttr } => {
                rows.push(("MTBF", "mtbf", mtbf));
                rows.push(("MTTR", "mttr", mttr));
            }
            MtbfQuestion::MttrBudget { mtbf, .. } => {
                rows.push(("MTBF", "mtbf", mtbf));
                if let MtbfAnswer::Length(budget) = answer {
                    rows.push(("MTTR budget", "mttr_budget", *budget));
                }
            }
            MtbfQuestion::MtbfNeeded { mttr, .. } => {
                rows.push(("MTTR", "mttr", mttr));
                if let MtbfAnswer::Length(needed) = answer {
                    rows.push(("MTBF needed", "mtbf_needed", *needed));
                }
            }
        }
        rows
    }
}

/// The message of an MTBF/MTTR question without an answer, naming the flags given.
///
/// ```
/// use netdojo::calc::availability::MtbfError;
/// use netdojo::format::avail::mtbf_error_message;
/// assert_eq!(
///     mtbf_error_message(Some("0s"), Some("0s"), None, &MtbfError::BothZero),
///     "--mtbf \"0s\" and --mttr \"0s\": MTBF and MTTR are both 0: at least one must be longer than 0s"
/// );
/// ```
pub fn mtbf_error_message(
    mtbf: Option<&str>,
    mttr: Option<&str>,
    target: Option<&str>,
    error: &MtbfError,
) -> String {
    let given: Vec<String> = [("--mtbf", mtbf), ("--mttr", mttr), ("--target", target)]
        .into_iter()
        .filter_map(|(flag, value)| value.map(|v| format!("{flag} \"{v}\"")))
        .collect();
    format!("{}: {error}", given.join(" and "))
}

/// The text of an answered MTBF/MTTR question.
///
/// ```
/// use netdojo::format::avail::{Figures, MtbfQuestion, mtbf};
/// let q = MtbfQuestion::read(Some("1000h"), Some("2h"), None).unwrap();
/// let text = mtbf(&q, &q.answer().unwrap(), &Figures::default());
/// assert!(text.starts_with("MTBF          41d 16h 0m 0s (1000 h)\n"));
/// ```
pub fn mtbf(question: &MtbfQuestion, answer: &MtbfAnswer, figures: &Figures) -> String {
    let mut rows = Table::headless();
    if let Some(target) = question.target() {
        rows.row(vec!["target".into(), target.to_string()]);
    }
    for (label, _, span) in question.lengths(answer) {
        rows.row(vec![label.into(), with_hours(figures.span(span), span)]);
    }
    match answer {
        MtbfAnswer::Availability(a) => {
            rows.row(vec![
                "availability".into(),
                format!("{a}  ({} nines)", nines_text(*a)),
            ]);
            rows.row(vec!["convention".into(), figures.convention.to_string()]);
            let mut out = rows.render();
            out.push('\n');
            out.push_str(&figures.downtime_table(*a));
            out
        }
        MtbfAnswer::Length(_) => rows.render(),
    }
}

/// The texts of an N+k sizing question, as given.
///
/// ```
/// use netdojo::format::avail::SizingText;
/// let t = SizingText { load: "2400", capacity: "350", spares: "2", server: None, azs: None };
/// assert_eq!(t.read().unwrap().size().unwrap().servers, 9);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizingText<'a> {
    /// The peak load.
    pub load: &'a str,
    /// What one server carries.
    pub capacity: &'a str,
    /// Spare servers beyond N.
    pub spares: &'a str,
    /// One server's availability in percent, if given.
    pub server: Option<&'a str>,
    /// Zones to spread over, if given.
    pub azs: Option<&'a str>,
}

impl SizingText<'_> {
    /// Reads the question; an error is the text at fault and the message.
    ///
    /// ```
    /// use netdojo::format::avail::SizingText;
    /// let t = SizingText { load: "lots", capacity: "350", spares: "2", server: None, azs: None };
    /// assert_eq!(t.read().unwrap_err().0, "lots");
    /// ```
    pub fn read(&self) -> Result<SizingInput, (String, String)> {
        let amount = |text: &str| -> Result<Decimal, (String, String)> {
            text.parse::<Decimal>()
                .map_err(|e| (text.to_string(), e.to_string()))
        };
        let count = |text: &str, what: &str| -> Result<u32, (String, String)> {
            text.parse::<u32>().map_err(|_| {
                (
                    text.to_string(),
                    format!(
                        "\"{text}\" is not a number of {what} (expected a whole number such as 2)"
                    ),
                )
            })
        };
        let mut input = SizingInput::new(
            amount(self.load)?,
            amount(self.capacity)?,
            count(self.spares, "spares")?,
        );
        input.server = self
            .server
            .map(|t| {
                t.parse::<Availability>()
                    .map_err(|e| (t.to_string(), e.to_string()))
            })
            .transpose()?;
        input.zones = self.azs.map(|t| count(t, "zones")).transpose()?;
        Ok(input)
    }

    /// The text at fault when sizing fails, and the message naming its flag.
    ///
    /// ```
    /// use netdojo::calc::availability::SizingError;
    /// use netdojo::format::avail::SizingText;
    /// let t = SizingText { load: "10", capacity: "0", spares: "1", server: None, azs: None };
    /// assert_eq!(
    ///     t.error(&SizingError::ZeroCapacity),
    ///     ("0".to_string(), "--capacity \"0\": the capacity per server must be more than 0".to_string())
    /// );
    /// ```
    pub fn error(&self, error: &SizingError) -> (String, String) {
        let (flag, text) = match error {
            SizingError::ZeroCapacity => ("--capacity", self.capacity),
            SizingError::TooManySpares(_) => ("--spares", self.spares),
            SizingError::TooFewZones(_) => ("--azs", self.azs.unwrap_or_default()),
            SizingError::ZeroLoad | SizingError::TooManyServers | SizingError::PoolTooLarge(_) => {
                ("--load", self.load)
            }
        };
        (text.to_string(), format!("{flag} \"{text}\": {error}"))
    }
}

/// `N`, `N+1`, `N+2`, ...
///
/// ```
/// assert_eq!(netdojo::format::avail::option_name(0), "N");
/// assert_eq!(netdojo::format::avail::option_name(2), "N+2");
/// ```
pub fn option_name(spares: u32) -> String {
    if spares == 0 {
        "N".to_string()
    } else {
        format!("N+{spares}")
    }
}

/// The text of an N+k sizing: the summary, the options, and the zone spread.
///
/// ```
/// use netdojo::format::avail::{Figures, SizingText, size};
/// let t = SizingText { load: "2400", capacity: "350", spares: "1", server: None, azs: None };
/// let input = t.read().unwrap();
/// let text = size(&input, &input.size().unwrap(), &Figures::default());
/// assert!(text.contains("N = ceil(2400 / 350)  7\n"));
/// ```
pub fn size(input: &SizingInput, sizing: &Sizing, figures: &Figures) -> String {
    let year = figures.convention.span(Period::Year);
    let mut summary = Table::headless();
    summary.row(vec!["peak load".into(), input.load.to_string()]);
    summary.row(vec![
        "capacity per server".into(),
        input.capacity.to_string(),
    ]);
    summary.row(vec![
        format!("N = ceil({} / {})", input.load, input.capacity),
        sizing.base.to_string(),
    ]);
    summary.row(vec![
        "servers".into(),
        format!("{} ({})", sizing.servers, option_name(input.spares)),
    ]);
    if let Some(server) = input.server {
        summary.row(vec!["one server".into(), server.to_string()]);
        summary.row(vec!["convention".into(), figures.convention.to_string()]);
    }
    let mut out = summary.render();
    out.push('\n');
    let mut header = vec!["option", "servers", "failures survived"];
    if input.server.is_some() {
        header.extend(["availability", "downtime/year"]);
    }
    let mut table = Table::new(&header).right_align(&[1, 2]);
    for o in &sizing.options {
        let mut cells = vec![
            option_name(o.spares),
            o.servers.to_string(),
            o.spares.to_string(),
        ];
        if let Some(a) = o.availability {
            cells.push(a.to_string());
            cells.push(figures.span(a.downtime(year)));
        }
        table.row(cells);
    }
    out.push_str(&table.render());
    if let Some(z) = sizing.zones {
        let _ = write!(
            out,
            "\nacross {} zones: {} per zone = ceil({} / {}), {} in all; losing any one zone leaves {} >= N\n",
            z.zones,
            z.per_zone,
            sizing.base,
            z.zones - 1,
            z.total,
            z.total - z.per_zone
        );
    }
    out
}
