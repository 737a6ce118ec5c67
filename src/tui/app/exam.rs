//! The full-screen exam: one question at a time with a timer, moving freely
//! between questions, a review page, a confirmation, then the result.
//!
//! Pure like every screen: the time comes in as [`Action::Tick`] readings from the
//! event loop, and what must be written (an autosave after each answer, the result
//! file on submission) goes out as an [`Effect`]. Answers are read by the exam's own
//! grading ([`ExamQuestion::grade`]), the one the line mode uses, and the result
//! file has the line mode's shape: one answer per question in the exam's order, as
//! typed (empty when unanswered), with the milliseconds spent on it.
//!
//! Time limits: a question whose own time runs out is locked with what was typed
//! (when it can be read); when the overall time runs out the exam is submitted.
//! Time on the review page counts toward the overall limit only.

use std::path::PathBuf;

use super::{Ctx, Outcome, Status};
use crate::classroom::exam::{Exam, ExamQuestion, Outcome as Verdict};
use crate::classroom::grade::{Graded, grade};
use crate::classroom::pack::{Feedback, Pack};
use crate::classroom::result::{Answer, ResultFile, rfc3339};
use crate::i18n::{Lang, Msg};
use crate::tui::action::{Action, Clock, Stored};
use crate::tui::input::TextField;
use crate::tui::keymap::{CharClass, Mode};
use crate::tui::update::Effect;

/// Everything an exam starts from, prepared by the caller (which read the pack and
/// any autosave).
#[derive(Debug, Clone)]
pub struct ExamSetup {
    /// The student's exam.
    pub exam: Exam,
    /// The pack (title, limits, feedback and what is allowed).
    pub pack: Pack,
    /// A new result, or the autosave of an interrupted exam.
    pub result: ResultFile,
    /// The folder the result file goes to.
    pub dir: PathBuf,
}

/// A file for the event loop to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExamWrite {
    /// The folder.
    pub dir: PathBuf,
    /// The answers so far (autosave) or the finished result (submission).
    pub result: ResultFile,
}

/// Which page of the exam is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// One question.
    Question,
    /// Every question with the answer given.
    Review,
    /// "Submit the exam?"
    Confirm,
    /// Submitted (or being written).
    Done,
}

/// The exam screen's state.
#[derive(Debug, Clone)]
pub struct ExamState {
    setup: ExamSetup,
    answers: Vec<Option<String>>,
    ms: Vec<u64>,
    locked: Vec<bool>,
    current: usize,
    field: TextField,
    page: Page,
    selected: usize,
    scroll: usize,
    /// Time outside the questions (the review page), in milliseconds.
    other_ms: u64,
    last: Option<Clock>,
    note: Option<Status>,
    graded: Option<Graded>,
    stored: Option<Result<String, String>>,
    timed_out: bool,
}

impl ExamState {
    /// The exam at its first unanswered question (the review page when every
    /// question has an answer), with the answers of an autosave restored.
    pub fn new(setup: ExamSetup) -> ExamState {
        let count = setup.exam.questions.len();
        let mut answers = vec![None; count];
        let mut ms = vec![0; count];
        for (i, answer) in setup.result.answers.iter().enumerate().take(count) {
            if !answer.typed.trim().is_empty() {
                answers[i] = Some(answer.typed.clone());
            }
            ms[i] = answer.ms;
        }
        let mut state = ExamState {
            answers,
            ms,
            locked: vec![false; count],
            current: 0,
            field: TextField::default(),
            page: Page::Question,
            selected: 0,
            scroll: 0,
            other_ms: 0,
            last: None,
            note: None,
            graded: None,
            stored: None,
            timed_out: false,
            setup,
        };
        for i in 0..count {
            state.locked[i] = state.must_lock(i);
        }
        let answered = state.answered();
        if answered > 0 {
            state.note = Some(Status {
                msg: Msg::ExamResumed,
                args: vec![answered.to_string(), count.to_string()],
            });
        }
        match (0..count).find(|&i| state.answers[i].is_none() && !state.locked[i]) {
            Some(i) => state.go(i),
            None => state.page = Page::Review,
        }
        state
    }

    /// The keymap mode of the page.
    pub fn mode(&self) -> Mode {
        match self.page {
            Page::Question if self.is_locked(self.current) => Mode::EXAM_LOCKED,
            Page::Question => Mode::EXAM_QUESTION,
            Page::Review => Mode::EXAM_REVIEW,
            Page::Confirm => Mode::EXAM_CONFIRM,
            Page::Done => Mode::EXAM_DONE,
        }
    }

    /// The page shown.
    pub fn page(&self) -> Page {
        self.page
    }

    /// The pack.
    pub fn pack(&self) -> &Pack {
        &self.setup.pack
    }

    /// The student's name.
    pub fn student(&self) -> &str {
        &self.setup.result.student
    }

    /// The questions, in the student's order.
    pub fn questions(&self) -> &[ExamQuestion] {
        &self.setup.exam.questions
    }

    /// The index of the question shown (or last shown).
    pub fn current(&self) -> usize {
        self.current
    }

    /// The review page's selected row.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The first row shown of the submitted page's table.
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// The answer field.
    pub fn field(&self) -> &TextField {
        &self.field
    }

    /// The recorded answer of question `i`, if any.
    pub fn answer(&self, i: usize) -> Option<&str> {
        self.answers.get(i).and_then(|a| a.as_deref())
    }

    /// Milliseconds spent on question `i`.
    pub fn time_on(&self, i: usize) -> u64 {
        self.ms.get(i).copied().unwrap_or(0)
    }

    /// Whether question `i` can no longer be changed.
    pub fn is_locked(&self, i: usize) -> bool {
        self.locked.get(i).copied().unwrap_or(false)
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// The one-line message under the answer, if any.
    pub fn note(&self) -> Option<&Status> {
        self.note.as_ref()
    }

    /// The grades, once submitted.
    pub fn graded(&self) -> Option<&Graded> {
        self.graded.as_ref()
    }

    /// The file written on submission, or why it could not be; `None` while it is
    /// being written.
    pub fn stored(&self) -> Option<&Result<String, String>> {
        self.stored.as_ref()
    }

    /// Whether the overall time ran out.
    pub fn timed_out(&self) -> bool {
        self.timed_out
    }

    /// Milliseconds used so far, toward the overall limit.
    pub fn used_ms(&self) -> u64 {
        self.ms
            .iter()
            .fold(self.other_ms, |sum, &ms| sum.saturating_add(ms))
    }

    /// Milliseconds left overall, when the pack sets an overall limit.
    pub fn left_ms(&self) -> Option<u64> {
        self.total_limit()
            .map(|limit| limit.saturating_sub(self.used_ms()))
    }

    /// Milliseconds left for question `i`, when the pack sets a limit per question.
    pub fn question_left_ms(&self, i: usize) -> Option<u64> {
        self.question_limit()
            .map(|limit| limit.saturating_sub(self.time_on(i)))
    }

    /// The verdict to show on question `i`: only under the "each" feedback policy,
    /// once its answer is recorded and locked.
    pub fn feedback(&self, i: usize) -> Option<Verdict> {
        if self.setup.pack.feedback != Feedback::Each || !self.is_locked(i) {
            return None;
        }
        let graded = grade(
            &self.setup.exam,
            self.setup.pack.time_limit,
            &self.answers_upto(self.answers.len()),
        )
        .ok()?;
        graded.marks.get(i).map(|m| m.outcome.clone())
    }

    /// The answers as the result file holds them: every question up to the last
    /// one answered or looked at (all of them on submission).
    pub fn result(&self, all: bool) -> ResultFile {
        let count = if all {
            self.answers.len()
        } else {
            (0..self.answers.len())
                .rev()
                .find(|&i| self.answers[i].is_some() || self.ms[i] > 0)
                .map_or(0, |i| i + 1)
        };
        ResultFile {
            answers: self.answers_upto(count),
            ..self.setup.result.clone()
        }
    }

    /// What to save when the app is left: the answers so far, unless the exam
    /// was submitted or nothing happened yet.
    pub fn save_on_quit(&self) -> Option<ExamWrite> {
        if matches!(self.stored, Some(Ok(_))) {
            return None;
        }
        let result = self.result(false);
        if result.answers.is_empty() {
            return None;
        }
        Some(ExamWrite {
            dir: self.setup.dir.clone(),
            result,
        })
    }

    /// Handles an action.
    pub fn update(&mut self, action: &Action, _ctx: &Ctx) -> Outcome {
        if !matches!(action, Action::Resize(..)) {
            self.note = None;
        }
        match (self.page, action) {
            (_, Action::Resize(..)) => Outcome::Handled,
            (_, Action::ExamStored(stored)) => self.on_stored(stored),
            (_, Action::OpenLessons) => self.open_shelf(self.pack().allow.lessons, true),
            (_, Action::OpenCalculators) => self.open_shelf(self.pack().allow.calculators, false),
            (Page::Question, _) => self.on_question(action),
            (Page::Review, _) => self.on_review(action),
            (Page::Confirm, Action::Confirm) => self.submit(),
            (Page::Confirm, Action::Back) => {
                self.page = Page::Review;
                Outcome::Handled
            }
            (Page::Done, Action::Submit) if matches!(self.stored, Some(Err(_))) => {
                self.stored = None;
                self.submission()
            }
            (Page::Done, Action::Up) => {
                self.scroll = self.scroll.saturating_sub(1);
                Outcome::Handled
            }
            (Page::Done, Action::Down) => {
                self.scroll = (self.scroll + 1).min(self.answers.len().saturating_sub(1));
                Outcome::Handled
            }
            _ => Outcome::Handled,
        }
    }

    /// Counts the time since the last reading: toward the question shown (until
    /// its limit, which locks it) or else the overall time; when the overall
    /// limit is reached the exam is submitted.
    pub fn tick(&mut self, clock: Clock) -> Option<Effect> {
        let last = self.last.replace(clock);
        if self.page == Page::Done {
            return None;
        }
        let mut elapsed = last.map_or(0, |l| clock.ms.saturating_sub(l.ms));
        if let Some(left) = self.left_ms() {
            elapsed = elapsed.min(left);
        }
        let on_question = self.page == Page::Question && !self.is_locked(self.current);
        let mut effect = None;
        if on_question {
            let i = self.current;
            let spent = self.time_on(i).saturating_add(elapsed);
            let spent = self
                .question_limit()
                .map_or(spent, |limit| spent.min(limit));
            if let Some(ms) = self.ms.get_mut(i) {
                *ms = spent;
            }
            if self.question_limit().is_some_and(|limit| spent >= limit) {
                self.keep_readable_draft();
                self.lock(i);
                self.note = Some(Status {
                    msg: Msg::ExamQuestionTimeUp,
                    args: vec![(i + 1).to_string()],
                });
                self.advance();
                effect = Some(self.autosave());
            }
        } else {
            self.other_ms = self.other_ms.saturating_add(elapsed);
        }
        if self.left_ms() == Some(0) {
            if self.page == Page::Question && !self.is_locked(self.current) {
                self.keep_readable_draft();
            }
            self.timed_out = true;
            return match self.submit() {
                Outcome::Effect(effect) => Some(effect),
                _ => None,
            };
        }
        effect
    }

    fn on_question(&mut self, action: &Action) -> Outcome {
        let i = self.current;
        match action {
            Action::Open if self.is_locked(i) => {
                self.advance();
                Outcome::Handled
            }
            Action::Open => match self.record() {
                Ok(changed) => {
                    let save = changed.then(|| self.autosave());
                    if self.is_locked(i) {
                        // "each": the verdict is shown on this question; Enter goes on.
                    } else {
                        if changed && self.answers[i].is_some() {
                            self.note = Some(Status {
                                msg: Msg::ExamRecorded,
                                args: vec![(i + 1).to_string()],
                            });
                        }
                        self.advance();
                    }
                    save.map_or(Outcome::Handled, Outcome::Effect)
                }
                Err(()) => Outcome::Handled,
            },
            Action::NextQuestion | Action::PrevQuestion | Action::Review => {
                let changed = match self.record_if_unlocked() {
                    Ok(changed) => changed,
                    Err(()) => return Outcome::Handled,
                };
                match action {
                    Action::NextQuestion => self.go(i.saturating_add(1).min(self.last_index())),
                    Action::PrevQuestion => self.go(i.saturating_sub(1)),
                    _ => self.open_review(),
                }
                if changed {
                    Outcome::Effect(self.autosave())
                } else {
                    Outcome::Handled
                }
            }
            _ if self.is_locked(i) => Outcome::Handled,
            _ => {
                self.field.apply(action, CharClass::Free);
                Outcome::Handled
            }
        }
    }

    fn on_review(&mut self, action: &Action) -> Outcome {
        let last = self.last_index();
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(last),
            Action::PageUp => self.selected = self.selected.saturating_sub(10),
            Action::PageDown => self.selected = (self.selected + 10).min(last),
            Action::First => self.selected = 0,
            Action::Last => self.selected = last,
            Action::Open => self.go(self.selected),
            Action::Back => self.go(self.current),
            Action::Submit => self.page = Page::Confirm,
            _ => {}
        }
        Outcome::Handled
    }

    /// Records what is typed on the question shown: `Ok(true)` when the answer
    /// changed, `Err` (with a note) when it cannot be read.
    fn record(&mut self) -> Result<bool, ()> {
        let i = self.current;
        let Some(question) = self.setup.exam.questions.get(i) else {
            return Ok(false);
        };
        let typed = self.field.text().to_owned();
        let verdict = question.grade(&typed);
        if let Verdict::Unreadable(reason) = verdict {
            self.note = Some(Status {
                msg: Msg::ExamTryAgain,
                args: vec![reason.en, reason.ja],
            });
            return Err(());
        }
        let new = (verdict != Verdict::Skipped).then_some(typed);
        let changed = self.answers[i] != new;
        let recorded = new.is_some();
        self.answers[i] = new;
        if recorded && self.setup.pack.feedback == Feedback::Each {
            self.lock(i);
            return Ok(true);
        }
        Ok(changed)
    }

    fn record_if_unlocked(&mut self) -> Result<bool, ()> {
        if self.is_locked(self.current) {
            Ok(false)
        } else {
            self.record()
        }
    }

    /// When time runs out: what is typed counts if it can be read.
    fn keep_readable_draft(&mut self) {
        let i = self.current;
        let Some(question) = self.setup.exam.questions.get(i) else {
            return;
        };
        let typed = self.field.text();
        match question.grade(typed) {
            Verdict::Unreadable(_) | Verdict::Skipped => {}
            _ => self.answers[i] = Some(typed.to_owned()),
        }
    }

    /// Shows question `i` with its answer in the field.
    fn go(&mut self, i: usize) {
        self.current = i.min(self.last_index());
        self.page = Page::Question;
        self.field = TextField::with_text(self.answer(self.current).unwrap_or(""));
    }

    /// On to the next question that can still be answered, or the review page.
    fn advance(&mut self) {
        let next = (self.current + 1..self.answers.len()).find(|&i| !self.is_locked(i));
        match next {
            Some(i) => self.go(i),
            None => self.open_review(),
        }
    }

    fn open_review(&mut self) {
        self.selected = self.current.min(self.last_index());
        self.page = Page::Review;
    }

    fn lock(&mut self, i: usize) {
        if let Some(locked) = self.locked.get_mut(i) {
            *locked = true;
        }
    }

    fn must_lock(&self, i: usize) -> bool {
        let answered_with_feedback =
            self.setup.pack.feedback == Feedback::Each && self.answers[i].is_some();
        let out_of_time = self
            .question_limit()
            .is_some_and(|limit| self.time_on(i) >= limit);
        answered_with_feedback || out_of_time
    }

    fn last_index(&self) -> usize {
        self.answers.len().saturating_sub(1)
    }

    fn question_limit(&self) -> Option<u64> {
        self.setup
            .pack
            .time_limit
            .question_secs
            .map(|s| u64::from(s) * 1000)
    }

    fn total_limit(&self) -> Option<u64> {
        self.setup
            .pack
            .time_limit
            .total_secs
            .map(|s| u64::from(s) * 1000)
    }

    fn answers_upto(&self, count: usize) -> Vec<Answer> {
        self.setup
            .exam
            .questions
            .iter()
            .zip(self.answers.iter().zip(&self.ms))
            .take(count)
            .map(|(q, (typed, &ms))| Answer {
                slot: q.slot.clone(),
                typed: typed.clone().unwrap_or_default(),
                ms,
            })
            .collect()
    }

    fn autosave(&self) -> Effect {
        Effect::SaveExam(Box::new(ExamWrite {
            dir: self.setup.dir.clone(),
            result: self.result(false),
        }))
    }

    /// Grades the answers and hands the result file to the event loop.
    fn submit(&mut self) -> Outcome {
        self.page = Page::Done;
        self.scroll = 0;
        self.stored = None;
        self.submission()
    }

    fn submission(&mut self) -> Outcome {
        let mut result = self.result(true);
        let graded = match grade(
            &self.setup.exam,
            self.setup.pack.time_limit,
            &result.answers,
        ) {
            Ok(graded) => graded,
            Err(e) => {
                self.stored = Some(Err(e.to_string()));
                return Outcome::Handled;
            }
        };
        result.finished = Some(rfc3339(self.last.map_or(0, |c| c.unix)));
        result.score = Some(graded.score);
        result.max_score = Some(graded.max_score);
        self.graded = Some(graded);
        Outcome::Effect(Effect::SubmitExam(Box::new(ExamWrite {
            dir: self.setup.dir.clone(),
            result,
        })))
    }

    fn on_stored(&mut self, stored: &Stored) -> Outcome {
        if stored.submitted {
            self.stored = Some(stored.outcome.clone());
        } else if let Err(e) = &stored.outcome {
            self.note = Some(Status {
                msg: Msg::ExamSaveFailed,
                args: vec![e.clone()],
            });
        }
        Outcome::Handled
    }

    /// The lessons or calculators, when the pack allows them; else why not.
    fn open_shelf(&mut self, allowed: bool, lessons: bool) -> Outcome {
        if self.page != Page::Question && self.page != Page::Review {
            return Outcome::Handled;
        }
        let section = if lessons {
            crate::tui::catalog::Section::Lessons
        } else {
            crate::tui::catalog::Section::Calculators
        };
        if allowed {
            return Outcome::Open(super::Route::Shelf(section));
        }
        Outcome::Status(Status {
            msg: if lessons {
                Msg::ExamNoLessons
            } else {
                Msg::ExamNoCalculators
            },
            args: Vec::new(),
        })
    }
}

/// The note's text in `lang`: [`Msg::ExamTryAgain`] carries the reason in both
/// languages (English, then Japanese).
pub fn note_text(note: &Status, lang: Lang) -> String {
    if note.msg == Msg::ExamTryAgain {
        let reason = match lang {
            Lang::En => note.args.first(),
            Lang::Ja => note.args.get(1),
        };
        return lang.fill(note.msg, &[reason.map_or("", String::as_str)]);
    }
    let args: Vec<&str> = note.args.iter().map(String::as_str).collect();
    lang.fill(note.msg, &args)
}

/// `m:ss`, or `h:mm:ss` from an hour, rounding the milliseconds up so a timer
/// never shows 0:00 while time is left.
///
/// ```
/// use netdojo::tui::app::exam::clock_text;
/// assert_eq!(clock_text(0), "0:00");
/// assert_eq!(clock_text(59_001), "1:00");
/// assert_eq!(clock_text(3_600_000), "1:00:00");
/// ```
pub fn clock_text(ms: u64) -> String {
    let secs = ms.div_ceil(1000);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}
