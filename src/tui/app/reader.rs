//! The lesson reader's state and transitions. The lesson is laid out by a pure
//! function ([`lay_out::lay_out`]) into a [`page::Page`], cached by width,
//! language and the answers shown; `update` scrolls, searches and answers by
//! that page, and the view only draws it.
//!
//! ```text
//! page.rs     the laid-out rows, headings and embeds; places that survive a relayout
//! lay_out.rs  lesson + width + language + answers -> page
//! styled.rs   styled text wrapped by the lesson wrapper;  table.rs: tables
//! embed.rs    answers, grading, where a calculator embed leads
//! search.rs   finding text in the page
//! ```

pub mod embed;
pub mod lay_out;
pub mod page;
pub mod search;
mod styled;
mod table;

use std::sync::Arc;

use ratatui::layout::Rect;

use crate::i18n::{Lang, Msg};
use crate::lesson::{Lesson, Library, QuestionKind};
use crate::tui::action::Action;
use crate::tui::keymap::{CharClass, Mode};
use crate::tui::layout;

use super::{Ctx, Outcome, Status, scroll};
use crate::lesson::CalcEmbed;
use crate::tui::input::TextField;
use embed::{Answers, answer_class, calc_command, calc_route, check};
use lay_out::lay_out;
use page::{EmbedKind, Mark, Page};
use search::Search;

/// The widest the text of a lesson is set, in columns: longer lines are hard to
/// read, so a wide terminal gets a centred column.
pub const MEASURE: u16 = 100;

/// Rows the mouse wheel scrolls per notch.
const WHEEL: usize = 3;

/// Columns a wide diagram shifts per key press.
const SHIFT: usize = 8;

/// Where the reader's parts go in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The box around the lesson.
    pub frame: Rect,
    /// The inside of the box.
    pub inner: Rect,
    /// The column of text (at most [`MEASURE`] wide, centred in the inside).
    pub column: Rect,
    /// The table of contents box, over the lesson.
    pub toc: Rect,
    /// The rows of the table of contents.
    pub toc_rows: Rect,
}

/// Lays the reader out in `body`.
pub fn areas(body: Rect) -> Areas {
    let inner = layout::padded(body);
    let width = inner.width.min(MEASURE);
    let column = Rect {
        x: inner.x + (inner.width - width) / 2,
        width,
        ..inner
    };
    let toc = layout::overlay(body);
    Areas {
        frame: body,
        inner,
        column,
        toc,
        toc_rows: layout::padded(toc),
    }
}

/// The state of the lesson reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderState {
    library: Arc<Library>,
    id: String,
    page: Page,
    answers: Answers,
    version: u64,
    offset: usize,
    shift: usize,
    height: usize,
    room: usize,
    focus: Option<usize>,
    /// The block that had the focus last, so Tab after Esc moves on from it.
    left: Option<usize>,
    search: Search,
    toc: Option<usize>,
    toc_offset: usize,
}

impl ReaderState {
    /// A reader of lesson `id` from `library`, at its top. It is laid out at the
    /// first action (the app sends a resize when it opens a screen).
    pub fn new(library: Arc<Library>, id: &str) -> ReaderState {
        ReaderState {
            library,
            id: id.to_owned(),
            page: Page::default(),
            answers: Answers::new(),
            version: 0,
            offset: 0,
            shift: 0,
            height: 0,
            room: 0,
            focus: None,
            left: None,
            search: Search::default(),
            toc: None,
            toc_offset: 0,
        }
    }

    /// The lesson's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Whether the library holds the lesson, in either language.
    pub fn exists(&self) -> bool {
        self.lesson(Lang::En).is_some()
    }

    /// The lesson in `lang`, or in the other language when it has no twin.
    pub fn lesson(&self, lang: Lang) -> Option<&Lesson> {
        self.library
            .find(&self.id, lang)
            .or_else(|| self.library.find(&self.id, lang.other()))
    }

    /// The laid-out lesson.
    pub fn page(&self) -> &Page {
        &self.page
    }

    /// The lesson laid out for `width` columns of text in `lang`, with the
    /// answers given so far (the cached page when it is the one asked for).
    pub fn page_for(&self, width: usize, lang: Lang) -> std::borrow::Cow<'_, Page> {
        if self.page.width == width.max(1)
            && self.page.lang == lang
            && self.page.version == self.version
        {
            std::borrow::Cow::Borrowed(&self.page)
        } else {
            std::borrow::Cow::Owned(lay_out(
                self.lesson(lang),
                &self.id,
                width,
                lang,
                &self.answers,
                self.version,
            ))
        }
    }

    /// The first row shown.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// How far wide diagrams are shifted left, in columns.
    pub fn shift(&self) -> usize {
        self.shift
    }

    /// The embedded block with the focus, as an index into the page's embeds.
    pub fn focus(&self) -> Option<usize> {
        self.focus
    }

    /// The search.
    pub fn search(&self) -> &Search {
        &self.search
    }

    /// The selected entry of the table of contents while it is open.
    pub fn toc(&self) -> Option<usize> {
        self.toc
    }

    /// The first entry of the table of contents shown.
    pub fn toc_offset(&self) -> usize {
        self.toc_offset
    }

    /// The text typed for question `id`.
    pub fn answer_text(&self, id: &str) -> &str {
        self.answer_field(id).map_or("", TextField::text)
    }

    /// The answer typed so far for question `id`, if any.
    pub fn answer_field(&self, id: &str) -> Option<&TextField> {
        self.answers.get(id).map(|a| &a.field)
    }

    /// The keymap mode.
    pub fn mode(&self) -> Mode {
        if self.toc.is_some() {
            return Mode::READER_TOC;
        }
        if self.search.typing {
            return Mode::READER_SEARCH;
        }
        match self.focused_kind() {
            Some(kind) if answer_class(kind) == CharClass::Free => Mode::READER_TEXT,
            Some(_) => Mode::READER_CHOICE,
            None => Mode::READER,
        }
    }

    /// Shows row `row` at the top (as far as the end of the lesson allows).
    pub fn scroll_to(&mut self, row: usize) {
        self.offset = row.min(self.max_offset());
        self.drop_hidden_focus();
    }

    /// Handles an action.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        self.sync(ctx);
        if self.toc.is_some() {
            return self.update_toc(action, ctx);
        }
        if self.search.typing {
            return self.update_search(action);
        }
        if let Some(outcome) = self.update_answer(action, ctx) {
            return outcome;
        }
        self.update_reading(action, ctx)
    }

    /// Lays the lesson out again when the width, the language or the answers
    /// changed, keeping the reader's place, focus and search.
    fn sync(&mut self, ctx: &Ctx) {
        let a = areas(ctx.body);
        self.height = usize::from(a.inner.height);
        self.room = usize::from(a.inner.right().saturating_sub(a.column.x));
        let width = usize::from(a.column.width).max(1);
        let same_layout =
            self.page.width == width && self.page.lang == ctx.lang && !self.page.rows.is_empty();
        if !same_layout || self.page.version != self.version {
            let place = self.page.place(self.offset);
            let page = lay_out(
                self.lesson(ctx.lang),
                &self.id,
                width,
                ctx.lang,
                &self.answers,
                self.version,
            );
            let old_rows = self.page.rows.len();
            let offset = if same_layout || old_rows == 0 {
                self.offset
            } else {
                page.row_at(&place)
            };
            self.page = page;
            self.offset = offset;
            if self.focus.is_some_and(|f| f >= self.page.embeds.len()) {
                self.focus = None;
            }
            if self.search.active() {
                let current = self
                    .search
                    .current_match()
                    .map_or(self.offset, |m| m.row.min(self.offset));
                self.search.refresh(&self.page, current);
            }
            if let Some(selected) = self.toc {
                self.toc = Some(selected.min(self.page.toc.len().saturating_sub(1)));
            }
        }
        self.offset = self.offset.min(self.max_offset());
        self.shift = self.shift.min(self.max_shift());
    }

    fn max_offset(&self) -> usize {
        self.page.rows.len().saturating_sub(self.height)
    }

    /// How far wide diagrams can shift: until their right end is in view.
    fn max_shift(&self) -> usize {
        let gutter = 2;
        self.page
            .rows
            .iter()
            .filter(|r| r.mark == Mark::Verbatim)
            .map(|r| r.width())
            .max()
            .unwrap_or(0)
            .saturating_sub(self.room.max(gutter + 1))
    }

    fn visible(&self, row: usize) -> bool {
        row >= self.offset && row < self.offset + self.height
    }

    /// Scrolls as little as possible to show `rows`; when they do not fit, their
    /// start (or end, with `prefer_end`) is shown.
    fn reveal(&mut self, rows: std::ops::Range<usize>, prefer_end: bool) {
        let height = self.height.max(1);
        let len = rows.end.saturating_sub(rows.start);
        self.offset = if len > height {
            if prefer_end {
                rows.end - height
            } else {
                rows.start
            }
        } else if rows.start < self.offset {
            rows.start
        } else if rows.end > self.offset + height {
            rows.end - height
        } else {
            self.offset
        };
        self.offset = self.offset.min(self.max_offset());
    }

    /// Shows a row found by a search a third of the way down, unless it is shown.
    fn reveal_found(&mut self, row: usize) {
        if !self.visible(row) {
            self.offset = row.saturating_sub(self.height / 3).min(self.max_offset());
        }
    }

    /// The focus leaves a block scrolled out of view, so keys never go to
    /// something the learner cannot see.
    fn drop_hidden_focus(&mut self) {
        let Some(embed) = self.focus.and_then(|f| self.page.embeds.get(f)) else {
            return;
        };
        let shown = embed.rows.start < self.offset + self.height && embed.rows.end > self.offset;
        if !shown {
            self.set_focus(None);
        }
    }

    fn set_focus(&mut self, focus: Option<usize>) {
        if self.focus.is_some() {
            self.left = self.focus;
        }
        self.focus = focus;
    }

    fn focused_target(&self) -> Option<EmbedTarget<'_>> {
        let embed = self.page.embeds.get(self.focus?)?;
        Some(match &embed.kind {
            EmbedKind::Calc(calc) => EmbedTarget::Calc(calc),
            EmbedKind::Question { id, shown } => EmbedTarget::Question(id, shown),
        })
    }

    fn focused_kind(&self) -> Option<&QuestionKind> {
        match self.focused_target()? {
            EmbedTarget::Question(id, ..) => {
                self.lesson(self.page.lang)?.question(id).map(|q| &q.kind)
            }
            EmbedTarget::Calc(_) => None,
        }
    }

    fn update_reading(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let a = areas(ctx.body);
        match action {
            Action::Resize(..) => Outcome::Handled,
            Action::ScrollUp(x, y) | Action::ScrollDown(x, y) => {
                if !a.frame.contains((*x, *y).into()) {
                    return Outcome::Ignored;
                }
                let offset = if matches!(action, Action::ScrollUp(..)) {
                    self.offset.saturating_sub(WHEEL)
                } else {
                    self.offset.saturating_add(WHEEL)
                };
                self.scroll_to(offset);
                Outcome::Handled
            }
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last => {
                let page = self.height.saturating_sub(1).max(1);
                if let Some(next) = scroll::step(self.offset, action, self.max_offset() + 1, page) {
                    self.scroll_to(next);
                }
                Outcome::Handled
            }
            Action::ScrollLeft => {
                self.shift = self.shift.saturating_sub(SHIFT);
                Outcome::Handled
            }
            Action::ScrollRight => {
                self.shift = (self.shift + SHIFT).min(self.max_shift());
                Outcome::Handled
            }
            Action::ShowToc => {
                if !self.page.toc.is_empty() {
                    self.toc = Some(self.page.section_at(self.offset).unwrap_or(0));
                    self.follow_toc(ctx);
                }
                Outcome::Handled
            }
            Action::StartSearch => {
                self.search = Search {
                    typing: true,
                    origin: self.offset,
                    ..Search::default()
                };
                Outcome::Handled
            }
            Action::NextMatch | Action::PrevMatch => {
                if let Some(found) = self.search.step(*action == Action::NextMatch) {
                    self.reveal_found(found.row);
                }
                Outcome::Handled
            }
            Action::Practice => self.practice(),
            Action::NextField | Action::PrevField => self.move_focus(*action == Action::NextField),
            Action::Open => self.activate(),
            Action::Back if self.focus.is_some() => {
                self.set_focus(None);
                Outcome::Handled
            }
            Action::Back if self.search.active() => {
                self.search = Search::default();
                Outcome::Handled
            }
            Action::Click(x, y) => self.click(*x, *y, &a),
            _ => Outcome::Ignored,
        }
    }

    /// What `p` does: a practice session of the lesson's skills and the
    /// questions written in it.
    fn practice(&self) -> Outcome {
        Outcome::Open(super::Route::Practice(super::PracticeSpec::of(
            super::PracticeSource::Lesson(self.id().to_owned()),
        )))
    }

    fn move_focus(&mut self, forward: bool) -> Outcome {
        let count = self.page.embeds.len();
        if count == 0 {
            return Outcome::Status(Status {
                msg: Msg::NoExercises,
                args: Vec::new(),
            });
        }
        let bottom = self.offset + self.height;
        // After Esc, Tab moves on from the block just left while it is in view.
        let from = self.focus.or(self.left.filter(|&l| {
            self.page
                .embeds
                .get(l)
                .is_some_and(|e| e.rows.start < bottom && e.rows.end > self.offset)
        }));
        let next = match (from, forward) {
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
            (None, true) => self
                .page
                .embeds
                .iter()
                .position(|e| e.rows.end > self.offset)
                .unwrap_or(0),
            (None, false) => self
                .page
                .embeds
                .iter()
                .rposition(|e| e.rows.start < bottom)
                .unwrap_or(count - 1),
        };
        self.set_focus(Some(next));
        self.reveal_focus();
        Outcome::Handled
    }

    /// Shows the focused block: a question down to its answer line, a
    /// calculator whole.
    fn reveal_focus(&mut self) {
        let Some(embed) = self.focus.and_then(|f| self.page.embeds.get(f)) else {
            return;
        };
        let rows = embed.rows.clone();
        let field = rows.clone().find(|&r| {
            matches!(
                self.page.rows.get(r).map(|r| r.mark),
                Some(Mark::Field { .. })
            )
        });
        match field {
            Some(field) => self.reveal(rows.start..(field + 2).min(rows.end), true),
            None => self.reveal(rows, false),
        }
    }

    /// Enter while reading: opens the focused calculator, or gives the focus to
    /// the first block in view.
    fn activate(&mut self) -> Outcome {
        match self.focused_target() {
            Some(EmbedTarget::Calc(calc)) => match (calc_route(calc), calc_command(calc)) {
                (Some(route), _) => Outcome::Open(route),
                (None, Some(command)) => Outcome::Status(Status {
                    msg: Msg::RunInShell,
                    args: vec![command],
                }),
                (None, None) => Outcome::Status(Status {
                    msg: Msg::CalcLater,
                    args: vec![calc.calculator.clone()],
                }),
            },
            Some(EmbedTarget::Question(..)) => Outcome::Handled,
            None => {
                let bottom = self.offset + self.height;
                self.focus = self
                    .page
                    .embeds
                    .iter()
                    .position(|e| e.rows.start < bottom && e.rows.end > self.offset);
                if self.focus.is_some() {
                    self.reveal_focus();
                }
                Outcome::Handled
            }
        }
    }

    /// Keys for the focused question; `None` for keys it leaves to reading.
    fn update_answer(&mut self, action: &Action, ctx: &Ctx) -> Option<Outcome> {
        let Some(EmbedTarget::Question(id, shown)) = self.focused_target() else {
            return None;
        };
        let (id, shown) = (id.to_owned(), shown.to_vec());
        let question = self.lesson(self.page.lang)?.question(&id)?.clone();
        let class = answer_class(&question.kind);
        match action {
            Action::Input(_)
            | Action::Paste(_)
            | Action::Backspace
            | Action::Delete
            | Action::CursorLeft
            | Action::CursorRight
            | Action::CursorStart
            | Action::CursorEnd
            | Action::ClearInput => {
                let answer = self.answers.entry(id).or_default();
                if answer.field.apply(action, class) && answer.graded.take().is_some() {
                    self.version += 1;
                    self.sync(ctx);
                }
                Some(Outcome::Handled)
            }
            Action::Open => {
                let answer = self.answers.entry(id).or_default();
                answer.graded = Some(check(&question, answer.field.text(), &shown));
                self.version += 1;
                self.sync(ctx);
                // The feedback is below the answer line: bring it into view.
                if let Some(embed) = self.focus.and_then(|f| self.page.embeds.get(f)) {
                    let rows = embed.rows.clone();
                    let field = rows
                        .clone()
                        .find(|&r| {
                            matches!(
                                self.page.rows.get(r).map(|r| r.mark),
                                Some(Mark::Field { .. })
                            )
                        })
                        .unwrap_or(rows.start);
                    self.reveal(field..rows.end, false);
                }
                Some(Outcome::Handled)
            }
            Action::Back => {
                self.set_focus(None);
                Some(Outcome::Handled)
            }
            _ => None,
        }
    }

    fn click(&mut self, x: u16, y: u16, a: &Areas) -> Outcome {
        if !a.inner.contains((x, y).into()) {
            return Outcome::Ignored;
        }
        let row = self.offset + usize::from(y - a.inner.y);
        let Some(line) = self.page.rows.get(row) else {
            self.focus = None;
            return Outcome::Handled;
        };
        self.focus = line.embed;
        if let (Mark::Choice(choice), Some(EmbedTarget::Question(id, ..))) =
            (line.mark, self.focused_target())
        {
            let id = id.to_owned();
            let letter = crate::lesson::choice_letter(choice);
            let kind = self
                .lesson(self.page.lang)
                .and_then(|l| l.question(&id))
                .map(|q| q.kind.clone());
            let answer = self.answers.entry(id).or_default();
            let text = answer.field.text().to_owned();
            let next = match kind {
                Some(QuestionKind::Multi { .. } | QuestionKind::Order { .. }) => {
                    if text.to_uppercase().contains(&letter) {
                        text.to_uppercase().replace(&letter, "")
                    } else {
                        format!("{}{letter}", text.to_uppercase())
                    }
                }
                _ => letter,
            };
            answer.field = TextField::with_text(&next);
            if answer.graded.take().is_some() {
                self.version += 1;
            }
        }
        Outcome::Handled
    }

    fn update_search(&mut self, action: &Action) -> Outcome {
        match action {
            Action::Open => {
                self.search.typing = false;
                if self.search.field.text().trim().is_empty() {
                    self.search = Search::default();
                }
                Outcome::Handled
            }
            Action::Back => {
                self.offset = self.search.origin.min(self.max_offset());
                self.search = Search::default();
                Outcome::Handled
            }
            Action::Resize(..) => Outcome::Handled,
            _ => {
                if self.search.field.apply(action, CharClass::Free) {
                    let origin = self.search.origin;
                    self.search.refresh(&self.page, origin);
                    match self.search.current_match() {
                        Some(found) => {
                            self.offset = origin.min(self.max_offset());
                            self.reveal_found(found.row);
                        }
                        None => self.offset = origin.min(self.max_offset()),
                    }
                    return Outcome::Handled;
                }
                Outcome::Ignored
            }
        }
    }

    fn update_toc(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let a = areas(ctx.body);
        let len = self.page.toc.len();
        let height = usize::from(a.toc_rows.height);
        let selected = self.toc.unwrap_or(0);
        let outcome = match action {
            Action::Open => {
                self.jump(selected);
                Outcome::Handled
            }
            Action::Back | Action::ShowToc => {
                self.toc = None;
                Outcome::Handled
            }
            Action::Click(x, y) => {
                if a.toc_rows.contains((*x, *y).into()) {
                    let index = self.toc_offset + usize::from(*y - a.toc_rows.y);
                    if index < len {
                        self.jump(index);
                    }
                } else if !a.toc.contains((*x, *y).into()) {
                    self.toc = None;
                }
                Outcome::Handled
            }
            Action::Resize(..) => Outcome::Handled,
            _ => match scroll::step(selected, action, len, height) {
                Some(next) => {
                    self.toc = Some(next);
                    Outcome::Handled
                }
                None => Outcome::Ignored,
            },
        };
        self.follow_toc(ctx);
        outcome
    }

    fn jump(&mut self, entry: usize) {
        if let Some(&row) = self.page.headings.get(entry) {
            self.scroll_to(row);
        }
        self.toc = None;
    }

    fn follow_toc(&mut self, ctx: &Ctx) {
        let height = usize::from(areas(ctx.body).toc_rows.height);
        if let Some(selected) = self.toc {
            self.toc_offset = scroll::follow(self.toc_offset, selected, height)
                .min(scroll::max_offset(self.page.toc.len(), height));
        }
    }
}

/// The focused embedded block, borrowed from the page.
enum EmbedTarget<'a> {
    /// A calculator.
    Calc(&'a CalcEmbed),
    /// A question: its id and the order of its entries.
    Question(&'a str, &'a [usize]),
}
