//! The availability calculator: a system written as an expression (drawn as a
//! diagram, with its parts, downtime per period and a bar chart), MTBF/MTTR, and
//! N+k sizing, each a view with its own inputs. The year and month lengths are
//! switched with keys and named wherever a downtime is shown.

mod diagram;
mod lines;

use crate::calc::availability::{
    Convention, Expr, ExprError, MonthLength, Report, Sizing, SizingInput, YearLength,
};
use crate::format::avail::{self as text, Figures, MtbfAnswer, MtbfQuestion, SizingText};
use crate::i18n::{Lang, Msg};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::{CharClass, Mode};

use super::Outcome;
use super::calc::{Calculator, Field, Form, shell_quote};
use super::cli_view::CliText;

/// The views of the availability calculator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AvailView {
    /// A system written as an expression.
    System,
    /// MTBF, MTTR and a target availability.
    Mtbf,
    /// N+k sizing of a server pool.
    Sizing,
}

impl AvailView {
    const ALL: [AvailView; 3] = [AvailView::System, AvailView::Mtbf, AvailView::Sizing];
    const NAMES: &'static [Msg] = &[Msg::ViewSystem, Msg::ViewMtbf, Msg::ViewSizing];

    fn index(self) -> usize {
        match self {
            AvailView::System => 0,
            AvailView::Mtbf => 1,
            AvailView::Sizing => 2,
        }
    }
}

/// A system, evaluated, or why it is not one.
#[derive(Debug, Clone, PartialEq)]
pub enum SystemResult {
    /// Nothing typed yet.
    Empty,
    /// The expression and its report.
    Ok(Box<(Expr, Report)>),
    /// Where and why it does not parse.
    Err(ExprError),
}

/// An MTBF/MTTR question, answered, or what is missing or wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum MtbfResult {
    /// Fewer than two of the three inputs filled in.
    Incomplete,
    /// All three filled in.
    TooMany,
    /// An input that does not read, or a question without an answer.
    Err(String),
    /// The question and its answer.
    Ok(MtbfQuestion, MtbfAnswer),
}

/// A sizing question, answered, or what is missing or wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum SizingResult {
    /// The load or the capacity is missing.
    Incomplete,
    /// An input that does not read, or a question without an answer.
    Err(String),
    /// The question and its answer.
    Ok(Box<(SizingInput, Sizing)>),
}

/// The availability calculator's state.
#[derive(Debug, Clone, PartialEq)]
pub struct AvailState {
    view: AvailView,
    forms: [Form; 3],
    convention: Convention,
    system: SystemResult,
    mtbf: MtbfResult,
    sizing: SizingResult,
}

const FIELD_SYSTEM: usize = 0;
const MTBF: usize = 0;
const MTTR: usize = 1;
const TARGET: usize = 2;
const LOAD: usize = 0;
const CAPACITY: usize = 1;
const SPARES: usize = 2;
const SERVER: usize = 3;
const ZONES: usize = 4;

impl AvailState {
    /// The calculator, prefilled: `mtbf` or `size` first opens that view with the
    /// rest as its inputs in order; anything else is a system expression.
    pub fn new(prefill: &[String]) -> AvailState {
        let (view, rest) = match prefill.first().map(String::as_str) {
            Some("mtbf") => (AvailView::Mtbf, &prefill[1..]),
            Some("size") => (AvailView::Sizing, &prefill[1..]),
            _ => (AvailView::System, prefill),
        };
        let given = |v: AvailView| if v == view { rest } else { &[] };
        let field = |label, placeholder| Field::new(label, CharClass::Free, placeholder, "");
        let system = Form::new(
            vec![field(Msg::FieldSystem, Msg::PhSystem)],
            &[given(AvailView::System).join(" ")],
        );
        let mtbf = Form::new(
            vec![
                field(Msg::FieldMtbf, Msg::PhMtbf),
                field(Msg::FieldMttr, Msg::PhMttr),
                field(Msg::FieldTarget, Msg::PhTarget),
            ],
            given(AvailView::Mtbf),
        );
        let sizing_fields = vec![
            field(Msg::FieldLoad, Msg::PhLoad),
            field(Msg::FieldCapacity, Msg::PhCapacity),
            Field::new(Msg::FieldSpares, CharClass::Free, Msg::PhSpares, "1"),
            field(Msg::FieldServer, Msg::PhServer),
            field(Msg::FieldZones, Msg::PhZones),
        ];
        let sizing = Form::new(sizing_fields, given(AvailView::Sizing));
        let mut state = AvailState {
            view,
            forms: [system, mtbf, sizing],
            convention: Convention::default(),
            system: SystemResult::Empty,
            mtbf: MtbfResult::Incomplete,
            sizing: SizingResult::Incomplete,
        };
        state.recompute_all();
        state
    }

    /// The view shown.
    pub fn view(&self) -> AvailView {
        self.view
    }

    /// The lengths of the year and the month in use.
    pub fn convention(&self) -> Convention {
        self.convention
    }

    /// The system typed, evaluated.
    pub fn system(&self) -> &SystemResult {
        &self.system
    }

    fn figures(&self) -> Figures {
        Figures {
            convention: self.convention,
            whole_seconds: false,
        }
    }

    fn form_of(&self, view: AvailView) -> &Form {
        &self.forms[view.index()]
    }

    /// The text of input `i` of a view, `None` when empty.
    fn given(&self, view: AvailView, i: usize) -> Option<&str> {
        Some(self.form_of(view).text(i)).filter(|t| !t.is_empty())
    }

    fn recompute_all(&mut self) {
        self.recompute_system();
        self.recompute_mtbf();
        self.recompute_sizing();
    }

    fn recompute_system(&mut self) {
        let typed = self.form_of(AvailView::System).text(FIELD_SYSTEM);
        self.system = if typed.is_empty() {
            SystemResult::Empty
        } else {
            match typed.parse::<Expr>() {
                Ok(expr) => {
                    let report = Report::new(&expr, &self.convention);
                    SystemResult::Ok(Box::new((expr, report)))
                }
                Err(e) => SystemResult::Err(e),
            }
        };
    }

    fn mtbf_texts(&self) -> [Option<&str>; 3] {
        [MTBF, MTTR, TARGET].map(|i| self.given(AvailView::Mtbf, i))
    }

    fn recompute_mtbf(&mut self) {
        let [mtbf, mttr, target] = self.mtbf_texts();
        let filled = [mtbf, mttr, target].iter().flatten().count();
        self.mtbf = match filled {
            0 | 1 => MtbfResult::Incomplete,
            3 => MtbfResult::TooMany,
            _ => match MtbfQuestion::read(mtbf, mttr, target) {
                Err((_, message)) => MtbfResult::Err(message),
                Ok(question) => match question.answer() {
                    Ok(answer) => MtbfResult::Ok(question, answer),
                    Err(e) => MtbfResult::Err(e.to_string()),
                },
            },
        };
    }

    fn sizing_text(&self) -> SizingText<'_> {
        let view = AvailView::Sizing;
        SizingText {
            load: self.form_of(view).text(LOAD),
            capacity: self.form_of(view).text(CAPACITY),
            spares: self.given(view, SPARES).unwrap_or("1"),
            server: self.given(view, SERVER),
            azs: self.given(view, ZONES),
        }
    }

    fn recompute_sizing(&mut self) {
        let text = self.sizing_text();
        self.sizing = if text.load.is_empty() || text.capacity.is_empty() {
            SizingResult::Incomplete
        } else {
            match text.read() {
                Err((_, message)) => SizingResult::Err(message),
                Ok(input) => match input.size() {
                    Ok(sizing) => SizingResult::Ok(Box::new((input, sizing))),
                    Err(e) => SizingResult::Err(e.to_string()),
                },
            }
        };
    }

    /// The convention flags of the command line, when not the defaults.
    fn convention_flags(&self) -> String {
        let mut flags = String::new();
        if self.convention.year != YearLength::default() {
            flags.push_str(&format!(" --year {}", self.convention.year.days()));
        }
        match self.convention.month {
            MonthLength::TwelfthOfYear => flags.push_str(" --month year"),
            MonthLength::Days(30) => {}
            MonthLength::Days(days) => flags.push_str(&format!(" --month {days}")),
        }
        flags
    }

    fn system_cli(&self) -> Option<CliText> {
        let typed = self.form_of(AvailView::System).text(FIELD_SYSTEM);
        let command = format!(
            "netdojo avail {}{}",
            shell_quote(typed),
            self.convention_flags()
        );
        let output = match &self.system {
            SystemResult::Empty => return None,
            SystemResult::Ok(found) => text::system(&found.0, &found.1, &self.figures()),
            SystemResult::Err(e) => text::system_error(typed, e),
        };
        Some(CliText { command, output })
    }

    fn mtbf_cli(&self) -> Option<CliText> {
        let [mtbf, mttr, target] = self.mtbf_texts();
        mtbf.or(mttr).or(target)?;
        let mut command = "netdojo avail mtbf".to_string();
        for (flag, value) in [("--mtbf", mtbf), ("--mttr", mttr), ("--target", target)] {
            if let Some(value) = value {
                command.push_str(&format!(" {flag} {}", shell_quote(value)));
            }
        }
        command.push_str(&self.convention_flags());
        let output = match MtbfQuestion::read(mtbf, mttr, target) {
            Err((_, message)) => format!("netdojo: {message}\n"),
            Ok(question) => match question.answer() {
                Ok(answer) => text::mtbf(&question, &answer, &self.figures()),
                Err(e) => format!(
                    "netdojo: {}\n",
                    text::mtbf_error_message(mtbf, mttr, target, &e)
                ),
            },
        };
        Some(CliText { command, output })
    }

    fn sizing_cli(&self) -> Option<CliText> {
        let view = AvailView::Sizing;
        let sizing = self.sizing_text();
        if sizing.load.is_empty() && sizing.capacity.is_empty() {
            return None;
        }
        let mut command = "netdojo avail size".to_string();
        let flags = [
            ("--load", Some(sizing.load)),
            ("--capacity", Some(sizing.capacity)),
            ("--spares", self.given(view, SPARES)),
            ("--server", sizing.server),
            ("--azs", sizing.azs),
        ];
        for (flag, value) in flags {
            if let Some(value) = value {
                command.push_str(&format!(" {flag} {}", shell_quote(value)));
            }
        }
        command.push_str(&self.convention_flags());
        let output = match sizing.read() {
            Err((_, message)) => format!("netdojo: {message}\n"),
            Ok(input) => match input.size() {
                Ok(answer) => text::size(&input, &answer, &self.figures()),
                Err(e) => format!("netdojo: {}\n", sizing.error(&e).1),
            },
        };
        Some(CliText { command, output })
    }

    fn switch_view(&mut self, forward: bool) {
        let count = AvailView::ALL.len();
        let now = self.view.index();
        let next = if forward {
            (now + 1) % count
        } else {
            (now + count - 1) % count
        };
        self.view = AvailView::ALL[next];
    }
}

impl Calculator for AvailState {
    fn form(&self) -> &Form {
        self.form_of(self.view)
    }

    fn form_mut(&mut self) -> &mut Form {
        &mut self.forms[self.view.index()]
    }

    fn recompute(&mut self) {
        match self.view {
            AvailView::System => self.recompute_system(),
            AvailView::Mtbf => self.recompute_mtbf(),
            AvailView::Sizing => self.recompute_sizing(),
        }
    }

    fn result_title(&self) -> Msg {
        match self.view {
            AvailView::System => Msg::ResultTitle,
            AvailView::Mtbf => Msg::ViewMtbf,
            AvailView::Sizing => Msg::ViewSizing,
        }
    }

    fn mode(&self) -> Mode {
        Mode::AVAIL
    }

    fn views(&self) -> Option<(&'static [Msg], usize)> {
        Some((AvailView::NAMES, self.view.index()))
    }

    fn caret(&self) -> Option<(usize, usize)> {
        match (&self.system, self.view) {
            (SystemResult::Err(e), AvailView::System) => {
                Some((FIELD_SYSTEM, e.column.saturating_sub(1)))
            }
            _ => None,
        }
    }

    fn special(&mut self, action: &Action) -> Option<Outcome> {
        match action {
            Action::NextView | Action::PrevView => {
                self.switch_view(*action == Action::NextView);
            }
            Action::CycleYear => {
                let all = YearLength::ALL;
                let now = all.iter().position(|y| *y == self.convention.year);
                self.convention.year = all[now.map_or(0, |i| (i + 1) % all.len())];
                self.recompute_all();
            }
            Action::CycleMonth => {
                self.convention.month = match self.convention.month {
                    MonthLength::TwelfthOfYear => MonthLength::default(),
                    MonthLength::Days(_) => MonthLength::TwelfthOfYear,
                };
                self.recompute_all();
            }
            _ => return None,
        }
        self.form_mut().scroll = 0;
        Some(Outcome::Handled)
    }

    fn message(&self, lang: Lang) -> Option<TextLine> {
        Some(match self.view {
            AvailView::System => lines::system_message(&self.system, lang),
            AvailView::Mtbf => lines::mtbf_message(&self.mtbf, lang),
            AvailView::Sizing => lines::sizing_message(&self.sizing, lang),
        })
    }

    fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        let figures = self.figures();
        match self.view {
            AvailView::System => lines::system(&self.system, &figures, lang, width),
            AvailView::Mtbf => lines::mtbf(&self.mtbf, &figures, lang, width),
            AvailView::Sizing => lines::sizing(&self.sizing, &figures, lang, width),
        }
    }

    fn cli(&self) -> Option<CliText> {
        match self.view {
            AvailView::System => self.system_cli(),
            AvailView::Mtbf => self.mtbf_cli(),
            AvailView::Sizing => self.sizing_cli(),
        }
    }
}

/// A line in the error tone, prefixed with `✗`.
fn error_line(message: &str) -> TextLine {
    TextLine::one(format!("✗ {message}"), Tone::Error)
}

#[cfg(test)]
mod tests;
