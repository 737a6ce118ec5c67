//! What the availability calculator shows: the line under the inputs and the
//! result lines of each view, in the interface language.

use crate::calc::availability::{
    Availability, Convention, MonthLength, Node, NodeKind, Period, Report,
};
use crate::format::avail::{Figures, MtbfAnswer, MtbfQuestion, day_count, nines_text, option_name};
use crate::format::table::Table;
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::app::bars::{Bar, chart};
use crate::tui::app::rows::{heading, keys_for, labelled, table, wrapped};
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::Mode;

use super::diagram::diagram;
use super::{MtbfResult, SizingResult, SystemResult, error_line};

/// The year and month lengths in words, such as "365-day year, 30-day month".
pub fn convention_text(convention: &Convention, lang: Lang) -> String {
    let year = lang.fill(Msg::ConvYear, &[convention.year.days()]);
    let month = match convention.month {
        MonthLength::Days(days) => lang.fill(Msg::ConvMonthDays, &[&days.to_string()]),
        MonthLength::TwelfthOfYear => lang.text(Msg::ConvMonthTwelfth).to_string(),
    };
    lang.fill(Msg::ConvBoth, &[&year, &month])
}

fn keys(action: &Action) -> String {
    keys_for(Mode::AVAIL, action)
}

/// "Convention  365-day year, 30-day month  (Ctrl-R, Ctrl-O change it)".
fn convention_row(convention: &Convention, lang: Lang) -> (String, String) {
    let keys = lang.fill(
        Msg::ConvKeys,
        &[&keys(&Action::CycleYear), &keys(&Action::CycleMonth)],
    );
    (
        lang.text(Msg::LblConvention).to_string(),
        format!("{}  {keys}", convention_text(convention, lang)),
    )
}

fn period_name(period: Period, lang: Lang) -> &'static str {
    lang.pick(period.name(), period.name_ja())
}

/// An availability with its nines: "99.93% (3.15 nines)".
fn with_nines(availability: Availability, lang: Lang) -> String {
    lang.fill(
        Msg::AvailWithNines,
        &[&availability.to_string(), &nines_text(availability)],
    )
}

/// The downtime an availability allows per period, as a table.
fn downtime_table(availability: Availability, figures: &Figures, lang: Lang) -> Vec<TextLine> {
    let mut t = Table::new(&[
        lang.text(Msg::ColPeriod),
        lang.text(Msg::ColLength),
        lang.text(Msg::ColDowntime),
    ]);
    for row in figures.convention.downtime_table(availability) {
        let days = day_count(figures.convention.seconds(row.period));
        t.row(vec![
            period_name(row.period, lang).to_string(),
            if days == "1" {
                lang.text(Msg::DayOne).to_string()
            } else {
                lang.fill(Msg::DaysCount, &[&days])
            },
            figures.span(row.downtime),
        ]);
    }
    table(&t, 2)
}

/// The line under the system input.
pub fn system_message(result: &SystemResult, lang: Lang) -> TextLine {
    match result {
        SystemResult::Empty => TextLine::one(lang.text(Msg::AvailPrompt), Tone::Dim),
        SystemResult::Err(e) => error_line(&e.to_string()),
        SystemResult::Ok(found) => {
            let report = &found.1;
            let answer = lang.fill(
                Msg::AvailAnswer,
                &[
                    &with_nines(report.availability(), lang),
                    &report.root.downtime_per_year.to_string(),
                ],
            );
            TextLine::one(format!("✓ {answer}"), Tone::Good)
        }
    }
}

/// What the system input takes, with examples.
fn grammar(lang: Lang, width: usize) -> Vec<TextLine> {
    let forms = [
        ("web:99.9", Msg::AvailFormPart),
        ("a:99 * b:99", Msg::AvailFormSeries),
        ("a:99 | b:99", Msg::AvailFormParallel),
        ("(a:99 * b:99) | c:99", Msg::AvailFormGroup),
        ("2of3(node:99)", Msg::AvailFormKofN),
    ];
    let mut lines = vec![heading(lang.text(Msg::FormsHeading))];
    for (example, what) in forms {
        lines.push(
            TextLine::new()
                .push("  ", Tone::Plain)
                .cell(example, 22, Tone::Key)
                .push(lang.text(what), Tone::Dim),
        );
    }
    lines.push(TextLine::new());
    lines.push(heading(lang.text(Msg::AvailExamples)));
    for example in [
        "alb:99.99 * (web:99 | web:99) * rds:99.95",
        "lb:99.99 * 2of3(node:99)",
    ] {
        lines.push(TextLine::one("  ", Tone::Plain).push(example, Tone::Key));
    }
    lines.push(TextLine::new());
    lines.extend(wrapped(lang.text(Msg::AvailPercentOnly), width, Tone::Dim));
    lines.extend(wrapped(lang.text(Msg::AvailAssumptions), width, Tone::Dim));
    lines
}

/// How a node is named in the tree and the chart.
fn node_label(node: &Node, lang: Lang) -> String {
    match node.kind {
        NodeKind::Part(_) => node.text.clone(),
        NodeKind::Series => lang.text(Msg::NodeSeries).to_string(),
        NodeKind::Parallel => lang.text(Msg::NodeParallel).to_string(),
        NodeKind::KOfN { k, n } => lang.fill(Msg::NodeKofN, &[&k.to_string(), &n.to_string()]),
    }
}

/// Every node in tree order with its label drawn as a branch of the tree.
fn tree<'a>(
    node: &'a Node,
    lead: &str,
    child_lead: &str,
    lang: Lang,
    out: &mut Vec<(String, &'a Node)>,
) {
    out.push((format!("{lead}{}", node_label(node, lang)), node));
    let last = node.children.len().saturating_sub(1);
    for (i, child) in node.children.iter().enumerate() {
        let (branch, rest) = if i == last {
            ("└─ ", "   ")
        } else {
            ("├─ ", "│  ")
        };
        tree(
            child,
            &format!("{child_lead}{branch}"),
            &format!("{child_lead}{rest}"),
            lang,
            out,
        );
    }
}

/// The result lines of the system view.
pub fn system(result: &SystemResult, figures: &Figures, lang: Lang, width: usize) -> Vec<TextLine> {
    let found = match result {
        SystemResult::Empty => return grammar(lang, width),
        SystemResult::Err(e) => {
            let mut lines = wrapped(&e.to_string(), width, Tone::Error);
            lines.push(TextLine::new());
            lines.extend(grammar(lang, width));
            return lines;
        }
        SystemResult::Ok(found) => found,
    };
    let report: &Report = &found.1;
    let mut lines = vec![
        heading(lang.text(Msg::AvailDiagram))
            .push(format!("  {}", lang.text(Msg::AvailSpofLegend)), Tone::Dim),
    ];
    let drawn = diagram(report, lang);
    let drawn_width = drawn.first().map_or(0, TextLine::width);
    lines.extend(drawn);
    if drawn_width > width {
        lines.extend(wrapped(
            &lang.fill(Msg::AvailTooWide, &[&drawn_width.to_string()]),
            width,
            Tone::Dim,
        ));
    }
    lines.push(TextLine::new());
    lines.extend(labelled(&[
        (
            lang.text(Msg::LblWhole).to_string(),
            with_nines(report.availability(), lang),
        ),
        convention_row(&figures.convention, lang),
    ]));
    lines.extend(downtime_table(report.availability(), figures, lang));
    lines.push(TextLine::new());

    let mut nodes = Vec::new();
    tree(&report.root, "", "", lang, &mut nodes);
    lines.push(heading(lang.text(Msg::AvailParts)));
    let mut t = Table::new(&[
        lang.text(Msg::ColNode),
        lang.text(Msg::ColAvailability),
        lang.text(Msg::ColDowntimeYear),
        lang.text(Msg::ColSpof),
        lang.text(Msg::ColSaved),
    ]);
    for (label, node) in &nodes {
        let mut cells = vec![
            label.clone(),
            node.availability.to_string(),
            figures.span(node.downtime_per_year),
        ];
        if let NodeKind::Part(index) = node.kind
            && let Some(part) = report.parts.get(index)
        {
            let spof = if part.single_point_of_failure {
                Msg::Yes
            } else {
                Msg::No
            };
            cells.push(lang.text(spof).to_string());
            cells.push(format!("−{}", figures.span(part.gain_per_year)));
        }
        t.row(cells);
    }
    lines.extend(table(&t, 2));
    let weakest = match report.weakest_part() {
        Some(part) => lang.fill(
            Msg::AvailWeakest,
            &[
                &part.text,
                &report.weakest.map_or(0, |i| i + 1).to_string(),
                &figures.span(part.gain_per_year),
                &format!("{:.1}%", part.share * 100.0),
            ],
        ),
        None => lang.text(Msg::AvailNoSpof).to_string(),
    };
    lines.extend(wrapped(&weakest, width, Tone::Plain));
    lines.push(TextLine::new());

    lines.push(heading(lang.fill(
        Msg::AvailBarsHeading,
        &[&convention_text(&figures.convention, lang)],
    )));
    let bars: Vec<Bar> = nodes
        .iter()
        .map(|(label, node)| Bar {
            label: label.clone(),
            value: node.downtime_per_year.seconds(),
            text: figures.span(node.downtime_per_year),
            tone: Tone::Used,
        })
        .collect();
    lines.extend(chart(&bars, width));
    lines
}

/// The line under the MTBF inputs.
pub fn mtbf_message(result: &MtbfResult, lang: Lang) -> TextLine {
    match result {
        MtbfResult::Incomplete => TextLine::one(lang.text(Msg::MtbfPrompt), Tone::Dim),
        MtbfResult::TooMany => error_line(lang.text(Msg::MtbfTooMany)),
        MtbfResult::Err(message) => error_line(message),
        MtbfResult::Ok(_, answer) => {
            let text = match answer {
                MtbfAnswer::Availability(a) => with_nines(*a, lang),
                MtbfAnswer::Length(span) => span.to_string(),
            };
            TextLine::one(format!("✓ {text}"), Tone::Good)
        }
    }
}

fn mtbf_help(lang: Lang, width: usize) -> Vec<TextLine> {
    let mut lines = vec![heading(lang.text(Msg::FormsHeading))];
    for (formula, what) in [
        ("A = MTBF / (MTBF + MTTR)", Msg::MtbfFormAvailability),
        ("MTTR = MTBF × (1 − A) / A", Msg::MtbfFormBudget),
        ("MTBF = MTTR × A / (1 − A)", Msg::MtbfFormNeeded),
    ] {
        lines.push(TextLine::one("  ", Tone::Plain).push(formula, Tone::Key));
        lines.extend(
            wrapped(lang.text(what), width.saturating_sub(4), Tone::Dim)
                .into_iter()
                .map(|l| TextLine::one("    ", Tone::Plain).push(l.text(), Tone::Dim)),
        );
    }
    lines.push(TextLine::new());
    lines.extend(wrapped(lang.text(Msg::MtbfLengths), width, Tone::Dim));
    lines
}

fn hours(span: crate::calc::availability::Span, figures: &Figures) -> String {
    crate::format::avail::with_hours(figures.span(span), span)
}

/// The result lines of the MTBF view.
pub fn mtbf(result: &MtbfResult, figures: &Figures, lang: Lang, width: usize) -> Vec<TextLine> {
    let (question, answer) = match result {
        MtbfResult::Ok(question, answer) => (question, answer),
        MtbfResult::Incomplete => return mtbf_help(lang, width),
        MtbfResult::TooMany | MtbfResult::Err(_) => {
            let mut lines = match result {
                MtbfResult::Err(message) => wrapped(message, width, Tone::Error),
                _ => wrapped(lang.text(Msg::MtbfTooMany), width, Tone::Error),
            };
            lines.push(TextLine::new());
            lines.extend(mtbf_help(lang, width));
            return lines;
        }
    };
    let mut rows = Vec::new();
    if let Some(target) = question.target() {
        rows.push((lang.text(Msg::LblTarget).to_string(), target.to_string()));
    }
    let label = |key: &str| match key {
        "mttr_budget" => lang.text(Msg::LblMttrBudget),
        "mtbf_needed" => lang.text(Msg::LblMtbfNeeded),
        "mttr" => "MTTR",
        _ => "MTBF",
    };
    for (_, key, span) in question.lengths(answer) {
        rows.push((label(key).to_string(), hours(span, figures)));
    }
    let formula = match question {
        MtbfQuestion::Availability { .. } => "A = MTBF / (MTBF + MTTR)",
        MtbfQuestion::MttrBudget { .. } => "MTTR = MTBF × (1 − A) / A",
        MtbfQuestion::MtbfNeeded { .. } => "MTBF = MTTR × A / (1 − A)",
    };
    // The availability the downtime table is about: the answer, or the target.
    let shown = match answer {
        MtbfAnswer::Availability(a) => {
            rows.push((
                lang.text(Msg::LblAvailability).to_string(),
                with_nines(*a, lang),
            ));
            Some(*a)
        }
        MtbfAnswer::Length(_) => question.target(),
    };
    rows.push((lang.text(Msg::LblFormula).to_string(), formula.to_string()));
    rows.push(convention_row(&figures.convention, lang));
    let mut lines = labelled(&rows);
    if let Some(a) = shown {
        lines.push(TextLine::new());
        lines.push(heading(lang.fill(Msg::MtbfDowntimeOf, &[&a.to_string()])));
        lines.extend(downtime_table(a, figures, lang));
    }
    lines
}

/// The line under the sizing inputs.
pub fn sizing_message(result: &SizingResult, lang: Lang) -> TextLine {
    match result {
        SizingResult::Incomplete => TextLine::one(lang.text(Msg::SizingPrompt), Tone::Dim),
        SizingResult::Err(message) => error_line(message),
        SizingResult::Ok(found) => {
            let (input, sizing) = (&found.0, &found.1);
            let text = lang.fill(
                Msg::SizingAnswer,
                &[
                    &sizing.servers.to_string(),
                    &option_name(input.spares),
                    &sizing.base.to_string(),
                ],
            );
            TextLine::one(format!("✓ {text}"), Tone::Good)
        }
    }
}

/// The result lines of the sizing view.
pub fn sizing(result: &SizingResult, figures: &Figures, lang: Lang, width: usize) -> Vec<TextLine> {
    let found = match result {
        SizingResult::Ok(found) => found,
        SizingResult::Incomplete => return wrapped(lang.text(Msg::SizingHelp), width, Tone::Dim),
        SizingResult::Err(message) => {
            let mut lines = wrapped(message, width, Tone::Error);
            lines.push(TextLine::new());
            lines.extend(wrapped(lang.text(Msg::SizingHelp), width, Tone::Dim));
            return lines;
        }
    };
    let (input, sizing) = (&found.0, &found.1);
    let mut rows = vec![
        (
            lang.text(Msg::LblPeakLoad).to_string(),
            input.load.to_string(),
        ),
        (
            lang.text(Msg::LblCapacity).to_string(),
            input.capacity.to_string(),
        ),
        (
            format!("N = ⌈{} / {}⌉", input.load, input.capacity),
            sizing.base.to_string(),
        ),
        (
            lang.text(Msg::LblServers).to_string(),
            format!("{} ({})", sizing.servers, option_name(input.spares)),
        ),
    ];
    if let Some(server) = input.server {
        rows.push((lang.text(Msg::LblOneServer).to_string(), server.to_string()));
        rows.push(convention_row(&figures.convention, lang));
    }
    let mut lines = labelled(&rows);
    lines.push(TextLine::new());
    let year = figures.convention.span(Period::Year);
    let mut header = vec![
        lang.text(Msg::ColOption),
        lang.text(Msg::ColServers),
        lang.text(Msg::ColSurvives),
    ];
    if input.server.is_some() {
        header.extend([
            lang.text(Msg::ColAvailability),
            lang.text(Msg::ColDowntimeYear),
        ]);
    }
    let mut t = Table::new(&header).right_align(&[1, 2]);
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
        t.row(cells);
    }
    lines.extend(table(&t, 2));
    if let Some(z) = sizing.zones {
        lines.push(TextLine::new());
        let text = lang.fill(
            Msg::SizingZones,
            &[
                &z.zones.to_string(),
                &z.per_zone.to_string(),
                &sizing.base.to_string(),
                &(z.zones - 1).to_string(),
                &z.total.to_string(),
                &(z.total - z.per_zone).to_string(),
            ],
        );
        lines.extend(wrapped(&text, width, Tone::Plain));
    }
    if input.server.is_some() {
        lines.push(TextLine::new());
        lines.push(heading(lang.fill(
            Msg::AvailBarsHeading,
            &[&convention_text(&figures.convention, lang)],
        )));
        let bars: Vec<Bar> = sizing
            .options
            .iter()
            .filter_map(|o| {
                let down = o.availability?.downtime(year);
                Some(Bar {
                    label: option_name(o.spares),
                    value: down.seconds(),
                    text: figures.span(down),
                    tone: Tone::Used,
                })
            })
            .collect();
        lines.extend(chart(&bars, width));
    } else {
        lines.push(TextLine::new());
        lines.extend(wrapped(lang.text(Msg::SizingNoServer), width, Tone::Dim));
    }
    lines
}
