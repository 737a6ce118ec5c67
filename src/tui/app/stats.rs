//! The statistics screen: accuracy per module and per skill, the streak, and
//! what is due and when, from a copy of the progress taken as it opens.

use crate::i18n::width::columns;
use crate::i18n::{Lang, Msg};
use crate::lesson::skills as catalog;
use crate::progress::model::percent;
use crate::progress::{Day, Leitner, Progress, Scheduler};
use crate::tui::action::Action;
use crate::tui::content::{TextLine, Tone, fit_columns};
use crate::tui::keymap::Mode;
use crate::tui::layout;

use super::{Ctx, Outcome, scroll};

/// The state of the statistics screen.
#[derive(Debug, Clone)]
pub struct StatsState {
    progress: Progress,
    today: Day,
    offset: usize,
}

impl StatsState {
    /// The statistics of `progress` on `today`.
    pub fn new(progress: Progress, today: Day) -> StatsState {
        StatsState {
            progress,
            today,
            offset: 0,
        }
    }

    /// The keymap mode.
    pub fn mode(&self) -> Mode {
        Mode::STATS
    }

    /// The first row shown.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Handles an action: scrolling.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let inner = layout::padded(ctx.body);
        let height = usize::from(inner.height);
        let len = self.lines(ctx.lang, usize::from(inner.width)).len();
        let max = scroll::max_offset(len, height);
        let outcome = match action {
            Action::Resize(..) => Outcome::Handled,
            Action::Down | Action::ScrollDown(..) => {
                self.offset = self.offset.saturating_add(1);
                Outcome::Handled
            }
            Action::Up | Action::ScrollUp(..) => {
                self.offset = self.offset.saturating_sub(1);
                Outcome::Handled
            }
            Action::PageDown => {
                self.offset = self.offset.saturating_add(height.max(1));
                Outcome::Handled
            }
            Action::PageUp => {
                self.offset = self.offset.saturating_sub(height.max(1));
                Outcome::Handled
            }
            Action::First => {
                self.offset = 0;
                Outcome::Handled
            }
            Action::Last => {
                self.offset = max;
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        };
        self.offset = self.offset.min(max);
        outcome
    }

    /// The lines of the screen at `width` columns.
    pub fn lines(&self, lang: Lang, width: usize) -> Vec<TextLine> {
        let mut out = Vec::new();
        if width == 0 {
            return out;
        }
        let p = &self.progress;
        if p.skills.is_empty() {
            for line in crate::i18n::width::wrap(lang.text(Msg::StatsEmpty), width) {
                out.push(TextLine::one(line, Tone::Plain));
            }
            return out;
        }
        let (answered, right) = p.totals();
        let due = p.due(&Leitner, self.today).len();
        let summary = lang.fill(
            Msg::StatsSummary,
            &[
                &answered.to_string(),
                &right.to_string(),
                &percent(right, answered).to_string(),
                &p.streak(self.today).to_string(),
                &due.to_string(),
            ],
        );
        for line in crate::i18n::width::wrap(&summary, width) {
            out.push(TextLine::one(line, Tone::Plain));
        }
        out.push(TextLine::new());
        out.push(TextLine::one(lang.text(Msg::StatsModules), Tone::Heading).truncated(width));
        let module_of = |id: &str| catalog::find(id).map_or("-", |s| s.module);
        let rows: Vec<Vec<String>> = p
            .totals_by(module_of)
            .into_iter()
            .map(|(m, a, r)| {
                vec![
                    m.to_owned(),
                    a.to_string(),
                    r.to_string(),
                    format!("{}%", percent(r, a)),
                ]
            })
            .collect();
        let titles = [
            lang.text(Msg::StatsColModule),
            lang.text(Msg::StatsColAnswered),
            lang.text(Msg::StatsColRight),
            lang.text(Msg::StatsColAccuracy),
        ];
        table(&titles, &rows, &[false, true, true, true], width, &mut out);
        out.push(TextLine::new());
        out.push(TextLine::one(lang.text(Msg::StatsSkills), Tone::Heading).truncated(width));
        let rows: Vec<Vec<String>> = p
            .skills
            .iter()
            .map(|(id, r)| {
                vec![
                    id.clone(),
                    format!("{}%", percent(r.right, r.answered)),
                    r.answered.to_string(),
                    r.leitner_box.to_string(),
                    self.due_text(r, lang),
                ]
            })
            .collect();
        let titles = [
            lang.text(Msg::StatsColSkill),
            lang.text(Msg::StatsColAccuracy),
            lang.text(Msg::StatsColAnswered),
            lang.text(Msg::StatsColBox),
            lang.text(Msg::StatsColDue),
        ];
        table(
            &titles,
            &rows,
            &[false, true, true, true, false],
            width,
            &mut out,
        );
        out
    }

    fn due_text(&self, record: &crate::progress::SkillRecord, lang: Lang) -> String {
        if Leitner.is_due(record, self.today) {
            return lang.text(Msg::StatsDueNow).to_owned();
        }
        match record.due.since(self.today) {
            1 => lang.text(Msg::StatsDueTomorrow).to_owned(),
            days => lang.fill(
                Msg::StatsDueIn,
                &[&days.to_string(), &record.due.to_string()],
            ),
        }
    }
}

/// A table whose columns are right-aligned where `right` says so; columns that
/// do not fit are dropped from the right.
fn table(
    titles: &[&str],
    rows: &[Vec<String>],
    right: &[bool],
    width: usize,
    out: &mut Vec<TextLine>,
) {
    let fit = fit_columns(titles, rows, 1, width);
    let line = |cells: &[&str], tone: Tone| {
        let mut line = TextLine::new();
        for (n, (i, w)) in fit.iter().enumerate() {
            let cell = cells.get(*i).copied().unwrap_or("");
            if n > 0 {
                line = line.push("  ", tone);
            }
            let w = (*w).max(columns(cell));
            line = if right.get(*i).copied().unwrap_or(false) {
                line.cell_right(cell, w, tone)
            } else {
                line.cell(cell, w, tone)
            };
        }
        line.truncated(width)
    };
    out.push(line(titles, Tone::Dim));
    for row in rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        out.push(line(&cells, Tone::Plain));
    }
}
