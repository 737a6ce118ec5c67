//! The exam screen: a question with its timer and answer field, the review page,
//! the confirmation and the submitted page. Drawing only.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::classroom::exam::{ExamQuestion, Outcome as Verdict};
use crate::i18n::width::{columns, pad_right, truncate, wrap};
use crate::i18n::{Lang, Msg};
use crate::lesson::choice_letter;
use crate::tui::app::exam::{ExamState, Page, clock_text, note_text};
use crate::tui::theme::Theme;
use crate::tui::widgets::put_line;
use crate::tui::widgets::text_field::FieldLine;

/// The exam screen as drawn.
pub struct ExamView<'a> {
    /// Its state.
    pub state: &'a ExamState,
    /// The interface language.
    pub lang: Lang,
    /// The styles.
    pub theme: &'a Theme,
}

/// A line of text with one style.
type Styled = (String, Style);

impl ExamView<'_> {
    /// Where the terminal cursor goes: in the answer field while it can be typed in.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        let s = self.state;
        if s.page() != Page::Question || s.is_locked(s.current()) {
            return None;
        }
        let row = self.field_row(area)?;
        self.field_line().cursor(Rect {
            y: area.y + row,
            height: 1,
            ..inner(area)
        })
    }

    fn field_line(&self) -> FieldLine<'_> {
        FieldLine {
            prompt: self.lang.text(Msg::ExamAnswerPrompt),
            prompt_style: self.theme.key,
            field: self.state.field(),
            style: Style::default(),
        }
    }

    /// The two header rows: pack, student and clocks; question number and progress.
    fn header(&self, area: Rect, buf: &mut Buffer, second: &str) {
        let s = self.state;
        let lang = self.lang;
        let who = lang.fill(Msg::ExamStudent, &[&s.pack().title, s.student()]);
        let mut clocks = Vec::new();
        match s.left_ms() {
            Some(left) => clocks.push(lang.fill(Msg::ExamTimeLeft, &[&clock_text(left)])),
            None => clocks.push(lang.fill(Msg::ExamTimeUsed, &[&clock_text(s.used_ms())])),
        }
        if s.page() == Page::Question {
            if let Some(left) = s.question_left_ms(s.current()) {
                clocks.push(lang.fill(Msg::ExamQuestionLeft, &[&clock_text(left)]));
            }
        }
        let progress = lang.fill(
            Msg::ExamProgress,
            &[&s.answered().to_string(), &s.questions().len().to_string()],
        );
        let area = inner(area);
        split_row(buf, area, 0, &who, &clocks.join(" · "), self.theme);
        split_row(buf, area, 1, second, &progress, self.theme);
        let rule = "─".repeat(usize::from(area.width));
        put_line(buf, area, 2, &Line::styled(rule, self.theme.border));
    }

    fn question_lines(&self, q: &ExamQuestion, width: usize) -> Vec<Styled> {
        let plain = Style::default();
        let mut lines: Vec<Styled> = wrap(q.prompt(self.lang), width)
            .into_iter()
            .map(|l| (l, self.theme.heading))
            .collect();
        let entries = q.entries(self.lang);
        if !entries.is_empty() {
            lines.push((String::new(), plain));
        }
        for (i, entry) in entries.iter().enumerate() {
            let label = format!("  {}. ", choice_letter(i));
            let indent = columns(&label);
            for (n, part) in wrap(entry, width.saturating_sub(indent).max(1))
                .into_iter()
                .enumerate()
            {
                let lead = if n == 0 {
                    label.clone()
                } else {
                    " ".repeat(indent)
                };
                lines.push((format!("{lead}{part}"), plain));
            }
        }
        lines.push((String::new(), plain));
        for l in wrap(&q.hint(self.lang), width) {
            lines.push((l, self.theme.dim));
        }
        lines
    }

    /// The lines under the answer: the note, the lock, and the verdict when the
    /// pack gives feedback after each answer.
    fn after_lines(&self, q: &ExamQuestion, width: usize) -> Vec<Styled> {
        let s = self.state;
        let i = s.current();
        let lang = self.lang;
        let mut lines = Vec::new();
        if let Some(note) = s.note() {
            let style = if note.msg == Msg::ExamTryAgain || note.msg == Msg::ExamSaveFailed {
                self.theme.error
            } else {
                self.theme.good
            };
            for l in wrap(&note_text(note, lang), width) {
                lines.push((l, style));
            }
        }
        if let Some(verdict) = s.feedback(i) {
            let answer = q.answer_shown(lang);
            let (text, style) = match &verdict {
                Verdict::Right => (
                    lang.fill(Msg::ExamRight, &[&q.points.to_string()]),
                    self.theme.good,
                ),
                Verdict::Skipped => (lang.fill(Msg::ExamSkipped, &[&answer]), self.theme.error),
                Verdict::Late => (lang.fill(Msg::ExamLate, &[&answer]), self.theme.error),
                _ => (lang.fill(Msg::ExamWrong, &[&answer]), self.theme.error),
            };
            lines.extend(wrap(&text, width).into_iter().map(|l| (l, style)));
            if !verdict.is_right() {
                if let Verdict::Wrong(Some(mistake)) = &verdict {
                    let d = mistake.diagnosis();
                    for l in wrap(lang.pick(&d.en, &d.ja), width) {
                        lines.push((l, self.theme.dim));
                    }
                }
                for step in q.explanation(lang) {
                    for l in wrap(&step, width) {
                        lines.push((l, self.theme.dim));
                    }
                }
            }
        } else if s.is_locked(i) {
            for l in wrap(lang.text(Msg::ExamLocked), width) {
                lines.push((l, self.theme.dim));
            }
        }
        lines
    }

    /// The row of the answer field within the body, if the body has room for it.
    fn field_row(&self, area: Rect) -> Option<u16> {
        let s = self.state;
        let q = s.questions().get(s.current())?;
        let width = usize::from(inner(area).width);
        let top = self.question_lines(q, width).len();
        let after = self.after_lines(q, width).len();
        let (field, _) = question_rows(area.height, top, after);
        field
    }

    fn draw_question(&self, area: Rect, buf: &mut Buffer) {
        let s = self.state;
        let Some(q) = s.questions().get(s.current()) else {
            return;
        };
        let count = s.questions().len().to_string();
        let number = (s.current() + 1).to_string();
        let heading = if q.points == 1 {
            self.lang.fill(Msg::ExamHeadingOne, &[&number, &count])
        } else {
            self.lang.fill(
                Msg::ExamHeadingMany,
                &[&number, &count, &q.points.to_string()],
            )
        };
        self.header(area, buf, &heading);
        let body = inner(area);
        let width = usize::from(body.width);
        let top = self.question_lines(q, width);
        let after = self.after_lines(q, width);
        let (field, top_rows) = question_rows(area.height, top.len(), after.len());
        for (n, (text, style)) in top.iter().take(top_rows).enumerate() {
            let text = if n + 1 == top_rows && top.len() > top_rows {
                format!("{}…", truncate(text, width.saturating_sub(1)))
            } else {
                text.clone()
            };
            put_line(buf, body, HEADER + n as u16, &Line::styled(text, *style));
        }
        let Some(row) = field else {
            return;
        };
        if s.is_locked(s.current()) {
            let given = s
                .answer(s.current())
                .unwrap_or(self.lang.text(Msg::ExamNoAnswer));
            let text = self.lang.fill(Msg::ExamAnswerLocked, &[given]);
            put_line(
                buf,
                body,
                row,
                &Line::styled(truncate(&text, width).into_owned(), self.theme.key),
            );
        } else {
            self.field_line().render(
                Rect {
                    y: body.y + row,
                    height: 1,
                    ..body
                },
                buf,
            );
        }
        for (n, (text, style)) in after.iter().enumerate() {
            put_line(
                buf,
                body,
                row + 1 + n as u16,
                &Line::styled(text.clone(), *style),
            );
        }
    }

    fn draw_review(&self, area: Rect, buf: &mut Buffer) {
        let s = self.state;
        let lang = self.lang;
        self.header(area, buf, lang.text(Msg::ExamReviewTitle));
        let body = inner(area);
        let width = usize::from(body.width);
        put_line(
            buf,
            body,
            HEADER,
            &Line::styled(
                truncate(lang.text(Msg::ExamReviewNote), width).into_owned(),
                self.theme.dim,
            ),
        );
        let rows = usize::from(body.height.saturating_sub(HEADER + 2));
        if rows == 0 {
            return;
        }
        let count = s.questions().len();
        let number_width = count
            .to_string()
            .len()
            .max(columns(lang.text(Msg::ExamColNumber)));
        let time_width = 8;
        let answers: Vec<String> = (0..count).map(|i| self.review_answer(i)).collect();
        // The time column sits right after the longest answer, so that on a wide
        // terminal the eye does not travel across an empty row to find it.
        let longest = answers
            .iter()
            .map(|a| columns(a))
            .chain([columns(lang.text(Msg::ExamColAnswer))])
            .max()
            .unwrap_or(0)
            .max(12);
        let answer_width = width
            .saturating_sub(number_width + time_width + 4)
            .min(longest);
        let head = format!(
            "  {} {} {}",
            pad_right(lang.text(Msg::ExamColNumber), number_width),
            pad_right(lang.text(Msg::ExamColAnswer), answer_width),
            lang.text(Msg::ExamColTime)
        );
        put_line(
            buf,
            body,
            HEADER + 1,
            &Line::styled(truncate(&head, width).into_owned(), self.theme.heading),
        );
        let first = s
            .selected()
            .saturating_sub(rows - 1)
            .min(count.saturating_sub(rows));
        for (n, i) in (first..count).take(rows).enumerate() {
            let answer = answers.get(i).map_or("", String::as_str);
            let mark = if i == s.selected() { "›" } else { " " };
            let text = format!(
                "{mark} {:>number_width$} {} {}",
                i + 1,
                pad_right(answer, answer_width),
                clock_text(s.time_on(i))
            );
            let style = if i == s.selected() {
                self.theme.selected
            } else if s.answer(i).is_none() {
                self.theme.dim
            } else {
                Style::default()
            };
            put_line(
                buf,
                body,
                HEADER + 2 + n as u16,
                &Line::styled(truncate(&text, width).into_owned(), style),
            );
        }
    }

    /// Question `i`'s answer as the review page lists it, with its lock.
    fn review_answer(&self, i: usize) -> String {
        let s = self.state;
        let answer = match s.answer(i) {
            Some(a) => a.to_owned(),
            None => self.lang.text(Msg::ExamUnanswered).to_owned(),
        };
        if s.is_locked(i) {
            format!("{answer} [{}]", self.lang.text(Msg::ExamLockedTag))
        } else {
            answer
        }
    }

    fn draw_confirm(&self, area: Rect, buf: &mut Buffer) {
        let s = self.state;
        let lang = self.lang;
        self.header(area, buf, lang.text(Msg::ExamConfirmTitle));
        let body = inner(area);
        let width = usize::from(body.width);
        let text = lang.fill(
            Msg::ExamConfirmBody,
            &[&s.answered().to_string(), &s.questions().len().to_string()],
        );
        let mut lines: Vec<Styled> = wrap(&text, width)
            .into_iter()
            .map(|l| (l, self.theme.heading))
            .collect();
        lines.push((String::new(), Style::default()));
        lines.extend(
            wrap(lang.text(Msg::ExamConfirmKeys), width)
                .into_iter()
                .map(|l| (l, self.theme.key)),
        );
        for (n, (text, style)) in lines.into_iter().enumerate() {
            put_line(buf, body, HEADER + n as u16, &Line::styled(text, style));
        }
    }

    fn draw_done(&self, area: Rect, buf: &mut Buffer) {
        let s = self.state;
        let lang = self.lang;
        let body = inner(area);
        let width = usize::from(body.width);
        let mut lines: Vec<Styled> = Vec::new();
        let title = match s.stored() {
            None => lang.text(Msg::ExamSubmitting),
            Some(_) => lang.text(Msg::ExamSubmitted),
        };
        lines.push((
            format!("{} · {}", s.pack().title, title),
            self.theme.heading,
        ));
        if s.timed_out() {
            lines.extend(
                wrap(lang.text(Msg::ExamTimeUp), width)
                    .into_iter()
                    .map(|l| (l, self.theme.error)),
            );
        }
        match s.stored() {
            Some(Ok(path)) => lines.push((lang.fill(Msg::ExamSavedTo, &[path]), self.theme.good)),
            Some(Err(e)) => lines.extend(
                wrap(&lang.fill(Msg::ExamSubmitFailed, &[e]), width)
                    .into_iter()
                    .map(|l| (l, self.theme.error)),
            ),
            None => {}
        }
        if let Some(graded) = s.graded() {
            let percent = crate::classroom::report::percent(
                usize::try_from(graded.score).unwrap_or(usize::MAX),
                usize::try_from(graded.max_score).unwrap_or(usize::MAX),
            )
            .unwrap_or(0);
            lines.push((
                lang.fill(
                    Msg::ExamScore,
                    &[
                        &graded.score.to_string(),
                        &graded.max_score.to_string(),
                        &percent.to_string(),
                    ],
                ),
                self.theme.heading,
            ));
        }
        for (n, (text, style)) in lines.iter().enumerate() {
            put_line(
                buf,
                body,
                n as u16,
                &Line::styled(truncate(text, width).into_owned(), *style),
            );
        }
        let Some(graded) = s.graded() else {
            return;
        };
        let top = lines.len() as u16 + 1;
        let rows = usize::from(body.height.saturating_sub(top + 1));
        if rows == 0 {
            return;
        }
        let count = s.questions().len();
        let nw = count
            .to_string()
            .len()
            .max(columns(lang.text(Msg::ExamColNumber)));
        let cols = [
            lang.text(Msg::ExamColAnswer),
            lang.text(Msg::ExamColResult),
            lang.text(Msg::ExamColPoints),
            lang.text(Msg::ExamColCorrect),
        ];
        let rw = OUTCOME_WORDS
            .iter()
            .map(|&m| columns(lang.text(m)))
            .chain([columns(cols[1])])
            .max()
            .unwrap_or(0);
        let pw = columns(cols[2]).max(7);
        let aw = width.saturating_sub(nw + rw + pw + 4) / 2;
        let head = format!(
            "{} {} {} {} {}",
            pad_right(lang.text(Msg::ExamColNumber), nw),
            pad_right(cols[0], aw),
            pad_right(cols[1], rw),
            pad_right(cols[2], pw),
            cols[3]
        );
        put_line(
            buf,
            body,
            top,
            &Line::styled(truncate(&head, width).into_owned(), self.theme.heading),
        );
        let first = s.scroll().min(count.saturating_sub(rows));
        for (n, mark) in graded.marks.iter().skip(first).take(rows).enumerate() {
            let Some(q) = s.questions().get(mark.index) else {
                continue;
            };
            let text = format!(
                "{:>nw$} {} {} {} {}",
                mark.index + 1,
                pad_right(mark.typed.as_deref().unwrap_or(""), aw),
                pad_right(lang.text(outcome_word(&mark.outcome)), rw),
                pad_right(&format!("{}/{}", mark.points, q.points), pw),
                q.answer_shown(lang)
            );
            let style = if mark.outcome.is_right() {
                Style::default()
            } else {
                self.theme.dim
            };
            put_line(
                buf,
                body,
                top + 1 + n as u16,
                &Line::styled(truncate(&text, width).into_owned(), style),
            );
        }
    }
}

impl Widget for ExamView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        match self.state.page() {
            Page::Question => self.draw_question(area, buf),
            Page::Review => self.draw_review(area, buf),
            Page::Confirm => self.draw_confirm(area, buf),
            Page::Done => self.draw_done(area, buf),
        }
    }
}

/// Rows taken by the header (two lines and a rule).
const HEADER: u16 = 3;

/// The body without a column on each side.
fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        width: area.width.saturating_sub(2),
        ..area
    }
}

/// Where the answer field goes and how many question rows fit above it: the field
/// and its notes are kept on screen, the question is cut if it must be.
fn question_rows(height: u16, top: usize, after: usize) -> (Option<u16>, usize) {
    let rows = usize::from(height.saturating_sub(HEADER));
    if rows == 0 {
        return (None, 0);
    }
    // One blank row between the question and the answer when there is room.
    let below = (after + 1).min(rows / 2).max(1);
    let top_rows = top.min(rows.saturating_sub(below + 1));
    let gap = usize::from(top_rows > 0);
    let field = HEADER as usize + top_rows + gap;
    let field = u16::try_from(field.min(usize::from(height).saturating_sub(1))).ok();
    (field, top_rows)
}

/// `left` at the start of the row and `right` at its end, `left` cut to fit.
fn split_row(buf: &mut Buffer, area: Rect, row: u16, left: &str, right: &str, theme: &Theme) {
    let width = usize::from(area.width);
    let right_cols = columns(right);
    let room = width.saturating_sub(right_cols + 1);
    let left = truncate(left, room).into_owned();
    let gap = width.saturating_sub(columns(&left) + right_cols);
    let line = if right_cols + 1 > width {
        Line::styled(truncate(left.as_str(), width).into_owned(), theme.heading)
    } else {
        Line::from(vec![
            Span::styled(left, theme.heading),
            Span::raw(" ".repeat(gap)),
            Span::styled(right.to_owned(), theme.key),
        ])
    };
    put_line(buf, area, row, &line);
}

fn outcome_word(outcome: &Verdict) -> Msg {
    match outcome {
        Verdict::Right => Msg::ExamOutcomeRight,
        Verdict::Wrong(_) => Msg::ExamOutcomeWrong,
        Verdict::Unreadable(_) => Msg::ExamOutcomeUnreadable,
        Verdict::Skipped => Msg::ExamOutcomeSkipped,
        Verdict::Late => Msg::ExamOutcomeLate,
    }
}

/// Every outcome word, to size the result column.
const OUTCOME_WORDS: [Msg; 5] = [
    Msg::ExamOutcomeRight,
    Msg::ExamOutcomeWrong,
    Msg::ExamOutcomeUnreadable,
    Msg::ExamOutcomeSkipped,
    Msg::ExamOutcomeLate,
];
