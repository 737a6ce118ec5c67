//! Practice: one question per screen, answered by a key or by typing, then
//! feedback with the diagnosis of a wrong answer and the working; missed
//! questions come back through [`Session`]'s retry queue, and the session ends
//! with a summary per skill. The session, the checker and the progress rules are
//! the same as `netdojo quiz`'s; this holds only what the screen adds.

pub mod link;
pub mod page;

use crate::i18n::Msg;
use crate::lesson::Library;
use crate::progress::{Day, Leitner, Progress};
use crate::quiz::check::{Verdict, check};
use crate::quiz::generators::{self, SKILLS, Skill};
use crate::quiz::model::{Difficulty, Kind, Question, Text};
use crate::quiz::session::{Session, Turn};
use crate::tui::action::Action;
use crate::tui::input::TextField;
use crate::tui::keymap::{CharClass, Mode};

use super::{Ctx, Outcome, Route, Status, scroll};

/// New questions in a session that does not say how many.
pub const SESSION_LENGTH: usize = 10;

/// What a session practises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PracticeSource {
    /// The skills due for review today (every skill when none is due).
    Due,
    /// Every skill of a module, such as `M3`.
    Module(String),
    /// These skills.
    Skills(Vec<String>),
    /// A lesson's skills and the questions written in it.
    Lesson(String),
}

/// A session to start: what it practises, its seed and its difficulty (`None`:
/// the app's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeSpec {
    /// What it practises.
    pub source: PracticeSource,
    /// The seed of its questions.
    pub seed: Option<u64>,
    /// How hard its generated questions are.
    pub difficulty: Option<Difficulty>,
}

impl PracticeSpec {
    /// A session of `source` with the app's next seed and its difficulty.
    pub fn of(source: PracticeSource) -> PracticeSpec {
        PracticeSpec {
            source,
            seed: None,
            difficulty: None,
        }
    }
}

/// What the app lends a session as it starts.
#[derive(Debug, Clone, Copy)]
pub struct Start<'a> {
    /// The learner's progress (for what is due).
    pub progress: &'a Progress,
    /// Today.
    pub today: Day,
    /// The lessons (for a lesson's written questions).
    pub library: &'a Library,
    /// The seed to use when the spec names none.
    pub seed: u64,
    /// The difficulty to use when the spec names none.
    pub difficulty: Difficulty,
}

/// Where the session is.
#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// A question waits for its answer; the last answer that could not be read,
    /// with why.
    Ask(Option<Text>),
    /// The answer was checked.
    Feedback {
        /// The verdict.
        verdict: Verdict,
        /// The calculator screen for the question, if one fits.
        calc: Option<Route>,
        /// The choice picked, for single choice and true-or-false questions.
        picked: Option<usize>,
    },
    /// No question is left.
    Summary,
}

/// The state of the practice screen.
#[derive(Debug, Clone)]
pub struct PracticeState {
    source: PracticeSource,
    seed: u64,
    session: Session,
    planned: usize,
    asked: usize,
    turn: Option<Turn>,
    stage: Stage,
    field: TextField,
    offset: usize,
    nothing_due: bool,
    right: u32,
    wrong: u32,
}

impl PracticeState {
    /// Starts a session of `spec`.
    pub fn start(spec: &PracticeSpec, start: &Start<'_>) -> PracticeState {
        let seed = spec.seed.unwrap_or(start.seed);
        let difficulty = spec.difficulty.unwrap_or(start.difficulty);
        let all = || SKILLS.iter().collect::<Vec<&'static Skill>>();
        let mut nothing_due = false;
        let session = match &spec.source {
            PracticeSource::Due => {
                let due: Vec<&'static Skill> = start
                    .progress
                    .due(&Leitner, start.today)
                    .into_iter()
                    .filter_map(generators::find)
                    .collect();
                if due.is_empty() {
                    nothing_due = true;
                    Session::new(all(), difficulty, SESSION_LENGTH, seed)
                } else {
                    let count = due.len();
                    Session::new(due, difficulty, count, seed)
                }
            }
            PracticeSource::Module(module) => {
                let skills: Vec<&'static Skill> = SKILLS
                    .iter()
                    .filter(|s| s.module().eq_ignore_ascii_case(module.trim()))
                    .collect();
                Session::new(skills, difficulty, SESSION_LENGTH, seed)
            }
            PracticeSource::Skills(ids) => {
                let skills: Vec<&'static Skill> =
                    ids.iter().filter_map(|id| generators::find(id)).collect();
                Session::new(skills, difficulty, SESSION_LENGTH, seed)
            }
            PracticeSource::Lesson(id) => lesson_session(id, start.library, difficulty, seed),
        };
        let mut state = PracticeState {
            source: spec.source.clone(),
            seed,
            planned: session.planned(),
            session,
            asked: 0,
            turn: None,
            stage: Stage::Summary,
            field: TextField::default(),
            offset: 0,
            nothing_due,
            right: 0,
            wrong: 0,
        };
        state.advance();
        state
    }

    /// What the session practises.
    pub fn source(&self) -> &PracticeSource {
        &self.source
    }

    /// The seed of the session's questions.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// How hard the new questions are.
    pub fn difficulty(&self) -> Difficulty {
        self.session.difficulty()
    }

    /// The same source again with the next seed, as hard as now.
    fn next_spec(&self, source: PracticeSource) -> PracticeSpec {
        PracticeSpec {
            source,
            seed: Some(self.seed.wrapping_add(1)),
            difficulty: Some(self.difficulty()),
        }
    }

    /// The question on screen, if any.
    pub fn turn(&self) -> Option<&Turn> {
        self.turn.as_ref()
    }

    /// Where the session is.
    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    /// The answer typed so far.
    pub fn field(&self) -> &TextField {
        &self.field
    }

    /// The first content row shown.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// New questions asked so far and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.asked, self.planned)
    }

    /// Answers right and wrong so far (retries included).
    pub fn score(&self) -> (u32, u32) {
        (self.right, self.wrong)
    }

    /// Whether a review of what is due found nothing due and mixes every skill.
    pub fn nothing_due(&self) -> bool {
        self.nothing_due
    }

    /// The session, for its tally.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The keymap mode: answering (by letters or typing), after an answer, or
    /// the summary.
    pub fn mode(&self) -> Mode {
        match (&self.stage, &self.turn) {
            (Stage::Ask(_), Some(turn)) => match answer_class(&turn.question) {
                CharClass::Free => Mode::PRACTICE_TEXT,
                _ => Mode::PRACTICE_CHOICE,
            },
            (Stage::Feedback { .. }, _) => Mode::PRACTICE_FEEDBACK,
            _ => Mode::PRACTICE_SUMMARY,
        }
    }

    /// Handles an action.
    pub fn update(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let asking = matches!(self.stage, Stage::Ask(_));
        let outcome = match (&self.stage, action) {
            (_, Action::Resize(..)) => Outcome::Handled,
            (Stage::Ask(_), Action::Open) => {
                let typed = self.field.text().to_owned();
                self.submit(&typed)
            }
            (Stage::Ask(_), Action::Input(c)) if self.answers_at_once(*c) => {
                self.submit(&c.to_string())
            }
            (Stage::Feedback { .. }, Action::Open) => {
                self.advance();
                Outcome::Handled
            }
            (Stage::Feedback { calc, .. }, Action::OpenCalc) => match calc {
                Some(route) => Outcome::Open(route.clone()),
                None => status(Msg::NoCalcForQuestion, Vec::new()),
            },
            (Stage::Summary, Action::PracticeMissed) => self.practise_missed(),
            (Stage::Summary, Action::PracticeAgain) => {
                Outcome::Open(Route::Practice(self.next_spec(self.source.clone())))
            }
            // Applies from the next new question: the one on screen keeps its numbers.
            (_, Action::NextMode) => {
                let harder = self.difficulty().next();
                self.session.set_difficulty(harder);
                Outcome::Difficulty(harder)
            }
            _ => {
                if asking && self.edit(action) {
                    Outcome::Handled
                } else {
                    self.scroll(action, ctx)
                }
            }
        };
        self.clamp(ctx);
        outcome
    }

    fn content_size(&self, ctx: &Ctx) -> (usize, usize) {
        let len = page::line_count(self, ctx.lang, ctx.body);
        let height = page::areas(ctx.body, self.has_field()).content.height;
        (len, usize::from(height))
    }

    fn scroll(&mut self, action: &Action, ctx: &Ctx) -> Outcome {
        let (len, height) = self.content_size(ctx);
        let page = height.max(1);
        self.offset = match action {
            Action::Down | Action::ScrollDown(..) => self.offset.saturating_add(1),
            Action::Up | Action::ScrollUp(..) => self.offset.saturating_sub(1),
            Action::PageDown => self.offset.saturating_add(page),
            Action::PageUp => self.offset.saturating_sub(page),
            Action::First => 0,
            Action::Last => scroll::max_offset(len, height),
            _ => return Outcome::Ignored,
        };
        Outcome::Handled
    }

    fn clamp(&mut self, ctx: &Ctx) {
        let (len, height) = self.content_size(ctx);
        self.offset = self.offset.min(scroll::max_offset(len, height));
    }

    /// Whether the answer line is shown (while a question waits).
    pub fn has_field(&self) -> bool {
        matches!(self.stage, Stage::Ask(_)) && self.turn.is_some()
    }

    /// The next question, or the summary when none is left.
    fn advance(&mut self) {
        self.field = TextField::default();
        self.offset = 0;
        self.turn = self.session.next_turn();
        match &self.turn {
            Some(turn) => {
                if turn.retry == 0 {
                    self.asked += 1;
                }
                self.stage = Stage::Ask(None);
            }
            None => self.stage = Stage::Summary,
        }
    }

    /// A single choice or true-or-false question is answered by one key: a
    /// letter or number of a choice, typed into an empty answer.
    fn answers_at_once(&self, c: char) -> bool {
        let Some(turn) = &self.turn else { return false };
        let count = match &turn.question.kind {
            Kind::SingleChoice { choices, .. } => choices.len(),
            Kind::TrueFalse { .. } => 2,
            _ => return false,
        };
        self.field.text().is_empty()
            && crate::quiz::answer::parse_choice(&c.to_string(), count).is_ok()
    }

    fn edit(&mut self, action: &Action) -> bool {
        let Some(turn) = &self.turn else { return false };
        let class = answer_class(&turn.question);
        let before = self.field.clone();
        let is_edit = matches!(
            action,
            Action::Input(_)
                | Action::Paste(_)
                | Action::Backspace
                | Action::Delete
                | Action::CursorLeft
                | Action::CursorRight
                | Action::CursorStart
                | Action::CursorEnd
                | Action::ClearInput
        );
        if !is_edit {
            return false;
        }
        self.field.apply(action, class);
        if self.field != before {
            self.stage = Stage::Ask(None);
        }
        true
    }

    /// Checks an answer: a readable one is recorded and shown with its feedback,
    /// one that cannot be read says why and waits for another.
    fn submit(&mut self, typed: &str) -> Outcome {
        let Some(turn) = self.turn.clone() else {
            return Outcome::Handled;
        };
        let input = true_false_letters(&turn.question, typed);
        match check(&turn.question, &input) {
            Err(form) => {
                self.stage = Stage::Ask(Some(form.0));
                Outcome::Handled
            }
            Ok(verdict) => {
                self.session.record(&turn, verdict);
                let right = verdict.is_right();
                if right {
                    self.right += 1;
                } else {
                    self.wrong += 1;
                }
                let picked = match &turn.question.kind {
                    Kind::SingleChoice { choices, .. } => {
                        crate::quiz::answer::parse_choice(typed, choices.len()).ok()
                    }
                    Kind::TrueFalse { .. } => match crate::quiz::answer::parse_true_false(&input) {
                        Ok(said) => Some(usize::from(!said)),
                        Err(_) => None,
                    },
                    _ => None,
                };
                self.stage = Stage::Feedback {
                    verdict,
                    calc: link::calc_route(&turn.question),
                    picked,
                };
                self.offset = 0;
                Outcome::Answered {
                    skill: turn.question.skill.as_str().to_owned(),
                    right,
                }
            }
        }
    }

    /// The skills missed in this session that have generated questions.
    pub fn missed_skills(&self) -> Vec<&'static str> {
        self.session
            .missed()
            .into_iter()
            .filter(|id| generators::find(id.as_str()).is_some())
            .map(|id| id.as_str())
            .collect()
    }

    fn practise_missed(&self) -> Outcome {
        let missed = self.missed_skills();
        if missed.is_empty() {
            return status(Msg::NothingMissed, Vec::new());
        }
        Outcome::Open(Route::Practice(self.next_spec(PracticeSource::Skills(
            missed.into_iter().map(str::to_owned).collect(),
        ))))
    }
}

fn status(msg: Msg, args: Vec<String>) -> Outcome {
    Outcome::Status(Status { msg, args })
}

/// What an answer to `question` is typed with: letters of choices, or anything.
pub fn answer_class(question: &Question) -> CharClass {
    match question.kind {
        Kind::SingleChoice { .. }
        | Kind::MultiChoice { .. }
        | Kind::TrueFalse { .. }
        | Kind::Ordering { .. } => CharClass::Choice,
        Kind::FreeText { .. } | Kind::Short { .. } | Kind::Number { .. } => CharClass::Free,
    }
}

/// True or false is shown as A (true) and B (false): those letters and numbers
/// are read as the words.
fn true_false_letters(question: &Question, typed: &str) -> String {
    if let Kind::TrueFalse { .. } = question.kind {
        if let Ok(index) = crate::quiz::answer::parse_choice(typed, 2) {
            return if index == 0 { "true" } else { "false" }.to_owned();
        }
    }
    typed.to_owned()
}

/// A lesson's session: its written questions first, then one generated question
/// per skill it teaches that has a generator.
fn lesson_session(id: &str, library: &Library, difficulty: Difficulty, seed: u64) -> Session {
    use crate::i18n::Lang;
    let (en, ja) = (library.find(id, Lang::En), library.find(id, Lang::Ja));
    let skills: Vec<&'static Skill> = en
        .or(ja)
        .map(|l| {
            l.meta
                .skills
                .iter()
                .filter_map(|s| generators::find(s))
                .collect()
        })
        .unwrap_or_default();
    let mut rng = crate::quiz::draw::rng_for_seed(seed);
    let written = match (en, ja) {
        (Some(en), Some(ja)) => crate::quiz::lesson::lesson_questions(en, ja, &mut rng),
        _ => Vec::new(),
    };
    let count = skills.len().min(SESSION_LENGTH);
    Session::new(skills, difficulty, count, seed).with_written(written)
}
