//! What the practice screen shows, as styled lines worked out by pure functions,
//! so `update` can scroll by them and tests can read them; the view only draws.

use ratatui::layout::Rect;

use crate::i18n::width::{columns, wrap};
use crate::i18n::{Lang, Msg};
use crate::quiz::check::Verdict;
use crate::quiz::model::{Difficulty, Kind, Question, Text, Unit, letter};
use crate::tui::content::{TextLine, Tone};
use crate::tui::keymap::{Key, Mode};
use crate::tui::layout;

use super::{PracticeSource, PracticeState, Stage};

/// The parts of the practice screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The bordered box.
    pub frame: Rect,
    /// The scrolled lines.
    pub content: Rect,
    /// The answer line (zero height when no answer is asked for).
    pub field: Rect,
}

/// Where the parts go in `body`; `field`: whether an answer line is shown.
pub fn areas(body: Rect, field: bool) -> Areas {
    let inner = layout::padded(body);
    let field_height = if field { inner.height.min(2) } else { 0 };
    let content = Rect {
        height: inner.height.saturating_sub(field_height),
        ..inner
    };
    let field = Rect {
        y: content
            .bottom()
            .saturating_add(field_height.saturating_sub(1)),
        height: field_height.min(1),
        ..inner
    };
    Areas {
        frame: body,
        content,
        field,
    }
}

/// How many lines the content has in `body`.
pub fn line_count(state: &PracticeState, lang: Lang, body: Rect) -> usize {
    let width = usize::from(areas(body, state.has_field()).content.width);
    lines(state, lang, width).len()
}

/// The title of the box: what is practised.
pub fn title(state: &PracticeState, lang: Lang) -> String {
    let what = match state.source() {
        PracticeSource::Due if state.nothing_due() => lang.text(Msg::PracticeMixed).to_owned(),
        PracticeSource::Due => lang.text(Msg::PracticeDue).to_owned(),
        PracticeSource::Module(m) => m.clone(),
        PracticeSource::Skills(ids) => ids.join(", "),
        PracticeSource::Lesson(id) => id.clone(),
    };
    lang.fill(Msg::PracticeTitleOf, &[&what])
}

/// The name of a difficulty in the interface's words.
pub fn difficulty_name(difficulty: Difficulty) -> Msg {
    match difficulty {
        Difficulty::Easy => Msg::DifficultyEasy,
        Difficulty::Medium => Msg::DifficultyMedium,
        Difficulty::Hard => Msg::DifficultyHard,
    }
}

/// The counts at the bottom of the box: question n of all, right and wrong.
pub fn counts(state: &PracticeState) -> String {
    let (asked, planned) = state.progress();
    let (right, wrong) = state.score();
    format!("{asked}/{planned}  ✓{right} ✗{wrong}")
}

/// The content of the screen at `width` columns.
pub fn lines(state: &PracticeState, lang: Lang, width: usize) -> Vec<TextLine> {
    if width == 0 {
        return Vec::new();
    }
    let mut out = Vec::new();
    match (state.stage(), state.turn()) {
        (Stage::Summary, _) | (_, None) => summary(state, lang, width, &mut out),
        (stage, Some(turn)) => {
            let mut head = format!(
                "{} · {}",
                turn.question.skill,
                lang.text(difficulty_name(turn.question.difficulty))
            );
            if turn.retry > 0 {
                head.push_str(" · ");
                head.push_str(lang.text(Msg::PracticeAgainTag));
            }
            out.push(TextLine::one(head, Tone::Dim).truncated(width));
            out.push(TextLine::new());
            let marks = match stage {
                Stage::Feedback { picked, .. } => Some((right_index(&turn.question), *picked)),
                _ => None,
            };
            question(&turn.question, marks, lang, width, &mut out);
            match stage {
                Stage::Ask(error) => {
                    out.push(TextLine::new());
                    paragraph(
                        &how_to_answer(&turn.question, lang),
                        Tone::Dim,
                        width,
                        &mut out,
                    );
                    if let Some(error) = error {
                        paragraph(error.get(lang), Tone::Error, width, &mut out);
                    }
                }
                Stage::Feedback { verdict, calc, .. } => {
                    out.push(TextLine::new());
                    feedback(&turn.question, *verdict, lang, width, &mut out);
                    if calc.is_some() {
                        out.push(TextLine::new());
                        let key = key_label(
                            Mode::PRACTICE_FEEDBACK,
                            &crate::tui::action::Action::OpenCalc,
                        );
                        paragraph(
                            &lang.fill(Msg::PracticeCalcHint, &[&key]),
                            Tone::Dim,
                            width,
                            &mut out,
                        );
                    }
                }
                Stage::Summary => {}
            }
        }
    }
    out
}

/// The first key bound to `action` in `mode`, as hints write it.
fn key_label(mode: Mode, action: &crate::tui::action::Action) -> String {
    mode.bindings()
        .find(|b| b.action == *action)
        .and_then(|b| b.keys.first())
        .map_or_else(String::new, Key::label)
}

/// Wrapped text in one tone; a paragraph's leading spaces are kept on each of
/// its lines (route tables in prompts stay aligned).
fn paragraph(text: &str, tone: Tone, width: usize, out: &mut Vec<TextLine>) {
    for line in text.split('\n') {
        let trimmed = line.trim_start_matches(' ');
        let indent = (line.len() - trimmed.len()).min(width / 2);
        for piece in wrap(trimmed, width - indent) {
            out.push(TextLine::one(
                format!("{}{piece}", " ".repeat(indent)),
                tone,
            ));
        }
    }
}

/// `lead` then `text` wrapped under itself.
fn hanging(lead: &str, text: &str, tone: Tone, width: usize, out: &mut Vec<TextLine>) {
    let indent = columns(lead);
    if indent >= width {
        paragraph(text, tone, width, out);
        return;
    }
    for (i, piece) in wrap(text, width - indent).into_iter().enumerate() {
        let lead = if i == 0 {
            lead.to_owned()
        } else {
            " ".repeat(indent)
        };
        out.push(TextLine::one(lead, Tone::Key).push(piece, tone));
    }
}

/// The index of the right choice of a single choice or true-or-false question.
fn right_index(q: &Question) -> Option<usize> {
    match &q.kind {
        Kind::SingleChoice { answer, .. } => Some(*answer),
        Kind::TrueFalse { answer, .. } => Some(usize::from(!*answer)),
        _ => None,
    }
}

/// The prompt and the lettered entries; after an answer, `marks` holds the
/// right entry and the one picked, which are marked ✓ and ✗.
fn question(
    q: &Question,
    marks: Option<(Option<usize>, Option<usize>)>,
    lang: Lang,
    width: usize,
    out: &mut Vec<TextLine>,
) {
    paragraph(q.prompt.get(lang), Tone::Heading, width, out);
    let lettered: Vec<String> = match &q.kind {
        Kind::SingleChoice { choices, .. } | Kind::MultiChoice { choices, .. } => choices
            .iter()
            .map(|c| c.text.get(lang).to_owned())
            .collect(),
        Kind::TrueFalse { .. } => vec![
            crate::lesson::plain::true_false_word(true, lang).to_owned(),
            crate::lesson::plain::true_false_word(false, lang).to_owned(),
        ],
        Kind::Ordering { items, .. } => items.iter().map(|t| t.get(lang).to_owned()).collect(),
        _ => Vec::new(),
    };
    if !lettered.is_empty() {
        out.push(TextLine::new());
    }
    for (i, text) in lettered.iter().enumerate() {
        let (mark, tone) = match marks {
            Some((Some(right), _)) if right == i => ("✓", Tone::Good),
            Some((_, Some(picked))) if picked == i => ("✗", Tone::Error),
            _ => (" ", Tone::Plain),
        };
        hanging(&format!("{mark} {}  ", letter(i)), text, tone, width, out);
    }
}

fn how_to_answer(q: &Question, lang: Lang) -> String {
    match &q.kind {
        Kind::SingleChoice { choices, .. } => {
            let n = choices.len();
            lang.fill(
                Msg::PracticeHowChoice,
                &[&letter(n.saturating_sub(1)).to_string(), &n.to_string()],
            )
        }
        Kind::TrueFalse { .. } => lang.text(Msg::PracticeHowTrueFalse).to_owned(),
        Kind::MultiChoice { .. } => lang.text(Msg::PracticeHowMulti).to_owned(),
        Kind::Ordering { .. } => lang.text(Msg::PracticeHowOrder).to_owned(),
        Kind::FreeText { form, .. } => lang.fill(Msg::PracticeHowText, &[form.example()]),
        Kind::Number {
            unit: Unit::None, ..
        }
        | Kind::Short { .. } => lang.text(Msg::PracticeHowPlain).to_owned(),
        Kind::Number { unit, .. } => lang.fill(Msg::PracticeHowNumber, &[unit.symbol()]),
    }
}

fn feedback(q: &Question, verdict: Verdict, lang: Lang, width: usize, out: &mut Vec<TextLine>) {
    match verdict {
        Verdict::Right => paragraph(lang.text(Msg::PracticeRight), Tone::Good, width, out),
        Verdict::Wrong(mistake) => {
            let shown: Text = q.answer_shown();
            paragraph(
                &lang.fill(Msg::PracticeWrong, &[shown.get(lang)]),
                Tone::Error,
                width,
                out,
            );
            if let Some(mistake) = mistake {
                let why = lang.text(Msg::PracticeWhy);
                hanging(why, mistake.diagnosis().get(lang), Tone::Plain, width, out);
            }
        }
    }
    out.push(TextLine::new());
    out.push(TextLine::one(lang.text(Msg::PracticeWorking), Tone::Heading).truncated(width));
    for (i, step) in q.explanation.iter().enumerate() {
        hanging(
            &format!("{:>2}. ", i + 1),
            step.get(lang),
            Tone::Plain,
            width,
            out,
        );
    }
}

fn summary(state: &PracticeState, lang: Lang, width: usize, out: &mut Vec<TextLine>) {
    let tally = state.session().tally();
    let asked: u32 = tally.values().map(|t| t.asked).sum();
    let right: u32 = tally.values().map(|t| t.right_first).sum();
    if asked == 0 {
        paragraph(lang.text(Msg::PracticeNothing), Tone::Plain, width, out);
        return;
    }
    paragraph(
        &lang.fill(Msg::PracticeDone, &[&right.to_string(), &asked.to_string()]),
        Tone::Heading,
        width,
        out,
    );
    out.push(TextLine::new());
    let titles = [
        lang.text(Msg::PracColSkill),
        lang.text(Msg::PracColAsked),
        lang.text(Msg::PracColRight),
        lang.text(Msg::PracColRetry),
    ];
    let rows: Vec<Vec<String>> = tally
        .iter()
        .map(|(id, t)| {
            vec![
                id.to_string(),
                t.asked.to_string(),
                t.right_first.to_string(),
                t.right_on_retry.to_string(),
            ]
        })
        .collect();
    let fit = crate::tui::content::fit_columns(&titles, &rows, 1, width);
    let row_line = |cells: &[String], tone: Tone| {
        let mut line = TextLine::new();
        for (n, (i, w)) in fit.iter().enumerate() {
            if n > 0 {
                line = line.push("  ", tone);
            }
            let cell = cells.get(*i).map_or("", String::as_str);
            line = if n == 0 {
                line.cell(cell, *w, tone)
            } else {
                line.cell_right(cell, *w, tone)
            };
        }
        line.truncated(width)
    };
    let heads: Vec<String> = titles.iter().map(|t| (*t).to_owned()).collect();
    out.push(row_line(&heads, Tone::Heading));
    for row in &rows {
        out.push(row_line(row, Tone::Plain));
    }
    out.push(TextLine::new());
    let missed = state.missed_skills();
    let mode = Mode::PRACTICE_SUMMARY;
    if missed.is_empty() {
        paragraph(lang.text(Msg::PracticeAllRight), Tone::Good, width, out);
    } else {
        let key = key_label(mode, &crate::tui::action::Action::PracticeMissed);
        paragraph(
            &lang.fill(Msg::PracticeMissedHint, &[&key, &missed.join(", ")]),
            Tone::Plain,
            width,
            out,
        );
    }
    let key = key_label(mode, &crate::tui::action::Action::PracticeAgain);
    paragraph(
        &lang.fill(Msg::PracticeAgainHint, &[&key]),
        Tone::Plain,
        width,
        out,
    );
}
