//! A live session as plain data: the questions, who joined, what they answered, and
//! where the class is (lobby, a question open, its answer revealed, the leaderboard,
//! finished).
//!
//! Everything that happens is an [`Event`]; [`LiveSession::apply`] checks an event and
//! either applies it whole or refuses it with a [`Refusal`], leaving the session as it
//! was. The events are what the journal stores, so replaying them rebuilds the
//! session. The clock is passed in as milliseconds ([`Millis`]): nothing here reads
//! the time, a file or the network.
//!
//! Two pacings:
//! - teacher-paced: the teacher opens each question, reveals the answer, shows the
//!   leaderboard and moves on; a question may close on its own after a time limit;
//! - student-paced: the teacher starts the session and every student goes through the
//!   questions at their own speed until the deadline.
//!
//! [`LiveSession::follow_up`] says what should happen on its own (reveal when everyone
//! present has answered or time is up; finish at the deadline), so the host can record
//! it as an event like any other.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::identity::{Fingerprint, NameError, Roster, check_name, same_name};
use super::packrun::{PackRun, PackSource, StudentExam};
use crate::classroom::grade::grade;
use crate::classroom::result::Answer as TypedAnswer;
use std::sync::Arc;

/// A point in time in milliseconds, from a clock the caller chooses.
pub type Millis = u64;

/// The most questions a session holds.
pub const MAX_QUESTIONS: usize = 200;
/// The most choices a question offers (the A to D keys).
pub const MAX_CHOICES: usize = 4;
/// The most points one question is worth.
pub const MAX_POINTS: u32 = 1000;

/// One multiple-choice question of a live session.
///
/// ```
/// use netdojo::classroom::live::model::LiveQuestion;
/// let q = LiveQuestion::new("q1", "2 + 2?", "2 + 2 は？", &["3", "4"], 1);
/// assert_eq!(q.points, 1);
/// assert_eq!(q.choices[q.correct], "4");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveQuestion {
    /// A stable id, unique within the session.
    pub id: String,
    /// The question in English.
    pub prompt_en: String,
    /// The question in Japanese.
    pub prompt_ja: String,
    /// Two to four choices, shown as A, B, C, D.
    pub choices: Vec<String>,
    /// The index of the right choice.
    pub correct: usize,
    /// Points for a right answer.
    pub points: u32,
    /// Why the answer is right, in English (shown on reveal; may be empty).
    #[serde(default)]
    pub explain_en: String,
    /// Why the answer is right, in Japanese (shown on reveal; may be empty).
    #[serde(default)]
    pub explain_ja: String,
    /// The choices in Japanese, when they differ from `choices`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices_ja: Vec<String>,
    /// Set when the answer is typed rather than picked by its letter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<TypedEntry>,
}

/// How a question whose answer is typed asks for it and shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypedEntry {
    /// How to answer, in English.
    pub hint_en: String,
    /// How to answer, in Japanese.
    pub hint_ja: String,
    /// The right answer as shown on reveal, in English.
    pub answer_en: String,
    /// The right answer as shown on reveal, in Japanese.
    pub answer_ja: String,
}

impl LiveQuestion {
    /// A question worth one point, without explanations.
    ///
    /// ```
    /// use netdojo::classroom::live::model::LiveQuestion;
    /// let q = LiveQuestion::new("q1", "Pick B", "B を選ぶ", &["a", "b", "c"], 1);
    /// assert_eq!(q.choices.len(), 3);
    /// ```
    pub fn new(
        id: &str,
        prompt_en: &str,
        prompt_ja: &str,
        choices: &[&str],
        correct: usize,
    ) -> Self {
        LiveQuestion {
            id: id.to_string(),
            prompt_en: prompt_en.to_string(),
            prompt_ja: prompt_ja.to_string(),
            choices: choices.iter().map(|c| c.to_string()).collect(),
            correct,
            points: 1,
            explain_en: String::new(),
            explain_ja: String::new(),
            choices_ja: Vec::new(),
            typed: None,
        }
    }

    /// The choices in a language.
    ///
    /// ```
    /// use netdojo::classroom::live::model::LiveQuestion;
    /// use netdojo::lang::Lang;
    /// let q = LiveQuestion::new("q1", "?", "？", &["yes", "no"], 0);
    /// assert_eq!(q.choices_in(Lang::Ja), ["yes", "no"]);
    /// ```
    pub fn choices_in(&self, lang: crate::lang::Lang) -> &[String] {
        match lang {
            crate::lang::Lang::Ja if !self.choices_ja.is_empty() => &self.choices_ja,
            _ => &self.choices,
        }
    }
}

/// Who moves the class from one question to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum Pacing {
    /// The teacher opens and reveals each question; with a time limit, a question
    /// closes on its own after that many seconds.
    Teacher {
        /// Seconds a question stays open, if limited.
        question_secs: Option<u32>,
    },
    /// Every student answers at their own speed until the deadline.
    Student {
        /// Seconds from the start to the deadline.
        total_secs: u32,
    },
}

/// Everything fixed when a session is created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setup {
    /// The session's title, shown on every screen.
    pub title: String,
    /// The join code: the SSH user name students type.
    pub code: String,
    /// Who paces the class.
    pub pacing: Pacing,
    /// The questions, in order.
    pub questions: Vec<LiveQuestion>,
    /// Whether students see the leaderboard (the teacher always does).
    pub board_visible: bool,
    /// The most students that may join.
    pub max_students: u32,
    /// With a roster, only its keys may join.
    #[serde(default)]
    pub roster: Option<Roster>,
    /// The quiz pack the session runs; its questions replace `questions`, which
    /// stays empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack: Option<PackSource>,
}

/// Why a [`Setup`] cannot start a session.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetupError {
    /// The join code is not 3 to 32 of `a-z`, `0-9` and `-`.
    #[error("the join code {code:?} is not valid: use 3 to 32 lowercase letters, digits or dashes")]
    Code {
        /// The code as given.
        code: String,
    },
    /// No questions, or too many.
    #[error("a session holds 1 to 200 questions, not {count}")]
    QuestionCount {
        /// How many there were.
        count: usize,
    },
    /// A question is malformed.
    #[error("question {id:?}: {problem}")]
    Question {
        /// The question's id.
        id: String,
        /// What is wrong with it.
        problem: &'static str,
    },
    /// Two questions share an id.
    #[error("two questions have the id {id:?}")]
    DuplicateId {
        /// The repeated id.
        id: String,
    },
    /// A time limit out of range.
    #[error("{what} must be {min} to {max} seconds, not {found}")]
    Time {
        /// Which limit.
        what: &'static str,
        /// The value given.
        found: u32,
        /// The smallest allowed.
        min: u32,
        /// The largest allowed.
        max: u32,
    },
    /// `max_students` of zero or above the cap.
    #[error("the class size must be 1 to 10000, not {found}")]
    ClassSize {
        /// The value given.
        found: u32,
    },
    /// The pack cannot be run.
    #[error("{file:?} cannot be hosted: {problem}")]
    Pack {
        /// The pack's file.
        file: String,
        /// What is wrong.
        problem: String,
    },
}

impl Setup {
    /// Checks the setup; a session starts only from a setup that passes.
    ///
    /// ```
    /// use netdojo::classroom::live::model::{LiveQuestion, Pacing, Setup};
    /// let mut setup = Setup {
    ///     title: "Demo".into(),
    ///     code: "net101".into(),
    ///     pacing: Pacing::Teacher { question_secs: None },
    ///     questions: vec![LiveQuestion::new("q1", "?", "？", &["a", "b"], 0)],
    ///     board_visible: true,
    ///     max_students: 40,
    ///     roster: None, pack: None,
    /// };
    /// assert!(setup.check().is_ok());
    /// setup.code = "Net 101".into();
    /// assert!(setup.check().is_err());
    /// ```
    pub fn check(&self) -> Result<(), SetupError> {
        check_code(&self.code)?;
        let count = match &self.pack {
            Some(source) => {
                PackRun::open(source)?;
                if !self.questions.is_empty() {
                    return Err(SetupError::Pack {
                        file: source.file.clone(),
                        problem: "a pack session takes its questions from the pack only".into(),
                    });
                }
                1
            }
            None => self.questions.len(),
        };
        if count == 0 || count > MAX_QUESTIONS {
            return Err(SetupError::QuestionCount { count });
        }
        for (i, question) in self.questions.iter().enumerate() {
            check_question(question)?;
            if self.questions[..i].iter().any(|q| q.id == question.id) {
                return Err(SetupError::DuplicateId {
                    id: question.id.clone(),
                });
            }
        }
        match self.pacing {
            Pacing::Teacher {
                question_secs: Some(secs),
            } if !(5..=3600).contains(&secs) => {
                return Err(SetupError::Time {
                    what: "the time per question",
                    found: secs,
                    min: 5,
                    max: 3600,
                });
            }
            Pacing::Student { total_secs } if !(30..=86_400).contains(&total_secs) => {
                return Err(SetupError::Time {
                    what: "the time for the session",
                    found: total_secs,
                    min: 30,
                    max: 86_400,
                });
            }
            _ => {}
        }
        if self.max_students == 0 || self.max_students > 10_000 {
            return Err(SetupError::ClassSize {
                found: self.max_students,
            });
        }
        Ok(())
    }
}

/// Checks a join code: 3 to 32 characters of `a-z`, `0-9` and `-`, so that it can be
/// typed as an SSH user name everywhere.
///
/// ```
/// use netdojo::classroom::live::model::check_code;
/// assert!(check_code("net-101").is_ok());
/// assert!(check_code("ab").is_err());
/// assert!(check_code("Root").is_err());
/// ```
pub fn check_code(code: &str) -> Result<(), SetupError> {
    let fine = (3..=32).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if fine {
        Ok(())
    } else {
        Err(SetupError::Code {
            code: code.to_string(),
        })
    }
}

fn check_question(q: &LiveQuestion) -> Result<(), SetupError> {
    let problem = if q.id.trim().is_empty() {
        Some("the id is empty")
    } else if q.prompt_en.trim().is_empty() || q.prompt_ja.trim().is_empty() {
        Some("the English or Japanese prompt is empty")
    } else if q.choices.len() < 2 || q.choices.len() > MAX_CHOICES {
        Some("a question has 2 to 4 choices")
    } else if q.choices.iter().any(|c| c.trim().is_empty()) {
        Some("a choice is empty")
    } else if q.correct >= q.choices.len() {
        Some("the right choice is not one of the choices")
    } else if q.points > MAX_POINTS {
        Some("a question is worth at most 1000 points")
    } else {
        None
    };
    match problem {
        Some(problem) => Err(SetupError::Question {
            id: q.id.clone(),
            problem,
        }),
        None => Ok(()),
    }
}

/// Where the class is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "phase", rename_all = "snake_case")]
pub enum Phase {
    /// Students are joining; nothing has started.
    Lobby,
    /// Teacher-paced: a question takes answers.
    Open {
        /// The question's index.
        question: usize,
        /// When it closes on its own, if it has a time limit.
        closes_at: Option<Millis>,
    },
    /// Teacher-paced: the right answer of a question is shown.
    Revealed {
        /// The question's index.
        question: usize,
    },
    /// Teacher-paced: the leaderboard is shown after a question.
    Board {
        /// The question just played.
        question: usize,
    },
    /// Student-paced: everyone answers at their own speed until the deadline.
    Running {
        /// The deadline.
        ends_at: Millis,
    },
    /// Over; the final leaderboard is shown.
    Finished,
}

/// What the teacher can ask for. [`LiveSession::plan`] turns a command into the
/// [`Event`] it means at this moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// Start, or open the next question (or finish after the last one).
    Next,
    /// Reveal the open question's answer.
    Reveal,
    /// Show the leaderboard after a revealed question.
    Board,
    /// Hide the leaderboard from students.
    HideBoard,
    /// Show the leaderboard to students again.
    ShowBoard,
    /// End the session now.
    End,
}

/// Everything that can happen in a session: what the journal records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// A student connects (the first time, or again).
    Join {
        /// Their key.
        student: Fingerprint,
        /// When.
        at: Millis,
    },
    /// A student picks their display name.
    Name {
        /// Their key.
        student: Fingerprint,
        /// The name as typed (it is cleaned when applied).
        name: String,
    },
    /// A student's connection ends.
    Leave {
        /// Their key.
        student: Fingerprint,
        /// When.
        at: Millis,
    },
    /// Teacher-paced: a question opens.
    Open {
        /// The question's index.
        question: usize,
        /// When.
        at: Millis,
    },
    /// Student-paced: the session starts.
    Start {
        /// When.
        at: Millis,
    },
    /// A student answers.
    Answer {
        /// Their key.
        student: Fingerprint,
        /// The question's index.
        question: usize,
        /// The index of the choice.
        choice: usize,
        /// When.
        at: Millis,
    },
    /// A student answers a pack's question with what they typed (a letter for a
    /// single choice).
    Typed {
        /// Their key.
        student: Fingerprint,
        /// The question's index in their own exam.
        question: usize,
        /// Exactly what they typed.
        typed: String,
        /// When.
        at: Millis,
    },
    /// Teacher-paced: the open question's answer is shown.
    Reveal {
        /// The question's index.
        question: usize,
        /// When.
        at: Millis,
    },
    /// Teacher-paced: the leaderboard is shown.
    Board {
        /// The question just played.
        question: usize,
        /// When.
        at: Millis,
    },
    /// Students see the leaderboard, or not.
    BoardVisible {
        /// Whether they do.
        visible: bool,
    },
    /// The session ends.
    Finish {
        /// When.
        at: Millis,
    },
}

/// One student's answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The index of the choice.
    pub choice: usize,
    /// When it was given.
    pub at: Millis,
    /// Whether it is the right choice.
    pub correct: bool,
    /// Points earned.
    pub points: u32,
}

/// A student, known by their key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Student {
    /// Their key's fingerprint: their identity.
    pub fingerprint: Fingerprint,
    /// Their display name, once picked (or bound by the roster).
    pub name: Option<String>,
    /// Whether they are connected now.
    pub present: bool,
    /// The order in which students first joined, from 0.
    pub seq: u32,
    /// Their answers by question index; the first accepted answer is final.
    pub answers: BTreeMap<usize, Answer>,
}

impl Student {
    /// Their total points.
    ///
    /// ```
    /// use netdojo::classroom::live::model::{Answer, Student};
    /// let mut s = Student {
    ///     fingerprint: "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap(),
    ///     name: None, present: true, seq: 0, answers: Default::default(),
    /// };
    /// s.answers.insert(0, Answer { choice: 1, at: 5, correct: true, points: 10 });
    /// assert_eq!(s.score(), 10);
    /// ```
    pub fn score(&self) -> u64 {
        self.answers.values().map(|a| u64::from(a.points)).sum()
    }

    /// How many of their answers are right.
    ///
    /// ```
    /// use netdojo::classroom::live::model::Student;
    /// let s = Student {
    ///     fingerprint: "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap(),
    ///     name: None, present: true, seq: 0, answers: Default::default(),
    /// };
    /// assert_eq!(s.correct_count(), 0);
    /// ```
    pub fn correct_count(&self) -> usize {
        self.answers.values().filter(|a| a.correct).count()
    }

    /// The first question (of `count`) they have not answered.
    ///
    /// ```
    /// use netdojo::classroom::live::model::Student;
    /// let s = Student {
    ///     fingerprint: "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap(),
    ///     name: None, present: true, seq: 0, answers: Default::default(),
    /// };
    /// assert_eq!(s.next_unanswered(3), Some(0));
    /// ```
    pub fn next_unanswered(&self, count: usize) -> Option<usize> {
        (0..count).find(|q| !self.answers.contains_key(q))
    }
}

/// A line of the leaderboard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standing {
    /// 1 for the best; equal scores share a rank.
    pub rank: u32,
    /// The display name.
    pub name: String,
    /// The key.
    pub fingerprint: Fingerprint,
    /// Total points.
    pub score: u64,
    /// Right answers.
    pub correct: usize,
    /// Answers given.
    pub answered: usize,
    /// Whether connected now.
    pub present: bool,
}

/// Why an event is refused. The session is left unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum Refusal {
    /// The key is not on the roster.
    #[error("this key is not on the class roster")]
    NotOnRoster,
    /// The class has as many students as it may.
    #[error("the class is full ({max} students)")]
    ClassFull {
        /// The limit.
        max: u32,
    },
    /// An event about a student who never joined.
    #[error("this key has not joined")]
    UnknownStudent,
    /// The student already has a name.
    #[error("your name is already set")]
    NameFixed,
    /// The name is not acceptable.
    #[error("{0}")]
    Name(NameError),
    /// Answering before picking a name.
    #[error("pick a name first")]
    NoName,
    /// The question does not take answers now.
    #[error("this question is not open")]
    NotOpen,
    /// Too late for this question.
    #[error("time is up for this question")]
    TimeUp,
    /// The first answer is final.
    #[error("you already answered this question")]
    AlreadyAnswered,
    /// A choice the question does not have.
    #[error("there is no choice {choice}")]
    NoSuchChoice {
        /// The index given.
        choice: usize,
    },
    /// Student-paced: questions come in order.
    #[error("answer the questions in order")]
    OutOfOrder,
    /// Moving on while a question is still open.
    #[error("reveal the answer first")]
    RevealFirst,
    /// A step that does not follow from where the class is.
    #[error("that does not fit where the session is")]
    WrongStep,
    /// A teacher-paced step in a student-paced session, or the reverse.
    #[error("that step belongs to the other pacing")]
    WrongPacing,
    /// The session is over.
    #[error("the session is over")]
    Finished,
    /// A letter for a typed question, or typed text for a demo question.
    #[error("this question takes another kind of answer")]
    WrongForm,
    /// A typed answer that cannot be read in the form the question asks for.
    #[error("{en}")]
    Unreadable {
        /// Why, in English.
        en: String,
        /// Why, in Japanese.
        ja: String,
    },
}

/// A live session: the setup, the students and where the class is.
///
/// ```
/// use netdojo::classroom::live::model::*;
/// let setup = Setup {
///     title: "Demo".into(),
///     code: "net101".into(),
///     pacing: Pacing::Teacher { question_secs: None },
///     questions: vec![LiveQuestion::new("q1", "Pick B", "B を選ぶ", &["a", "b"], 1)],
///     board_visible: true,
///     max_students: 40,
///     roster: None, pack: None,
/// };
/// let mut session = LiveSession::new(setup).unwrap();
/// let aiko: netdojo::classroom::live::identity::Fingerprint =
///     "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s".parse().unwrap();
/// session.apply(&Event::Join { student: aiko.clone(), at: 0 }).unwrap();
/// session.apply(&Event::Name { student: aiko.clone(), name: "Aiko".into() }).unwrap();
/// let open = session.plan(Command::Next, 10).unwrap();
/// session.apply(&open).unwrap();
/// let answer = Event::Answer { student: aiko.clone(), question: 0, choice: 1, at: 20 };
/// session.apply(&answer).unwrap();
/// assert_eq!(session.student(&aiko).unwrap().score(), 1);
/// // Everyone present has answered: the host should reveal.
/// assert_eq!(session.follow_up(Some(&answer), 30), Some(Event::Reveal { question: 0, at: 30 }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveSession {
    setup: Setup,
    phase: Phase,
    board_visible: bool,
    students: BTreeMap<Fingerprint, Student>,
    /// The pack, read once; rebuilt from the setup, never stored.
    #[serde(skip)]
    run: Option<Arc<PackRun>>,
    /// Each named student's exam in a pack session; rebuilt from the pack and the
    /// names, never stored.
    #[serde(skip)]
    exams: Exams,
    /// What each student typed, by question, in a pack session.
    #[serde(default)]
    typed: BTreeMap<Fingerprint, BTreeMap<usize, String>>,
    /// When each question opened (teacher-paced).
    #[serde(default)]
    opened: BTreeMap<usize, Millis>,
    /// When a student-paced session started.
    #[serde(default)]
    started_at: Option<Millis>,
    /// When the session finished.
    #[serde(default)]
    finished_at: Option<Millis>,
}

/// The exams of a pack session's students. They follow from the pack and the names,
/// which the session compares already, so two caches with the same students are
/// equal.
#[derive(Debug, Clone, Default)]
struct Exams(BTreeMap<Fingerprint, Arc<StudentExam>>);

impl PartialEq for Exams {
    fn eq(&self, other: &Self) -> bool {
        self.0.keys().eq(other.0.keys())
    }
}

impl Eq for Exams {}

impl LiveSession {
    /// A session in the lobby, from a setup that passes [`Setup::check`].
    ///
    /// ```
    /// use netdojo::classroom::live::model::*;
    /// let setup = Setup {
    ///     title: "Empty".into(), code: "net101".into(),
    ///     pacing: Pacing::Teacher { question_secs: None }, questions: vec![],
    ///     board_visible: true, max_students: 40, roster: None, pack: None,
    /// };
    /// assert!(LiveSession::new(setup).is_err());
    /// ```
    pub fn new(setup: Setup) -> Result<Self, SetupError> {
        setup.check()?;
        let run = match &setup.pack {
            Some(source) => Some(Arc::new(PackRun::open(source)?)),
            None => None,
        };
        Ok(LiveSession {
            board_visible: setup.board_visible,
            setup,
            phase: Phase::Lobby,
            students: BTreeMap::new(),
            run,
            exams: Exams::default(),
            typed: BTreeMap::new(),
            opened: BTreeMap::new(),
            started_at: None,
            finished_at: None,
        })
    }

    /// The pack the session runs, if it runs one.
    pub fn pack_run(&self) -> Option<&PackRun> {
        self.run.as_deref()
    }

    /// A student's own exam, in a pack session, once they have a name.
    pub fn exam_of(&self, fingerprint: &Fingerprint) -> Option<&StudentExam> {
        self.exams.0.get(fingerprint).map(Arc::as_ref)
    }

    /// The question a student sees at an index: their own in a pack session, the
    /// shared one otherwise.
    pub fn question_for(&self, fingerprint: &Fingerprint, index: usize) -> Option<&LiveQuestion> {
        match &self.run {
            Some(_) => self.exam_of(fingerprint)?.shown.get(index),
            None => self.setup.questions.get(index),
        }
    }

    /// What a student typed for a question, in a pack session.
    pub fn typed_answer(&self, fingerprint: &Fingerprint, index: usize) -> Option<&str> {
        self.typed.get(fingerprint)?.get(&index).map(String::as_str)
    }

    /// Whether students must not learn yet whether they were right: a pack whose
    /// feedback comes at the end, before the end.
    pub fn results_hidden(&self) -> bool {
        self.run.as_ref().is_some_and(|run| {
            run.pack.feedback == crate::classroom::pack::Feedback::End
                && self.phase != Phase::Finished
        })
    }

    /// When the session began: the first question opened, or the start.
    pub fn began_at(&self) -> Option<Millis> {
        self.started_at
            .or_else(|| self.opened.values().min().copied())
    }

    /// When the session finished.
    pub fn finished_at(&self) -> Option<Millis> {
        self.finished_at
    }

    /// A student's answers in a pack session as a result file holds them: one per
    /// question, what they typed (empty when unanswered) and the milliseconds from
    /// the question being shown to the answer.
    pub fn typed_answers(&self, fingerprint: &Fingerprint) -> Vec<TypedAnswer> {
        let Some(exam) = self.exam_of(fingerprint) else {
            return Vec::new();
        };
        let student = self.students.get(fingerprint);
        exam.exam
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let typed = self.typed_answer(fingerprint, i).unwrap_or_default();
                let at = student.and_then(|s| s.answers.get(&i)).map(|a| a.at);
                TypedAnswer {
                    slot: q.slot.clone(),
                    typed: typed.to_owned(),
                    ms: at.map_or(0, |at| at.saturating_sub(self.shown_at(fingerprint, i))),
                }
            })
            .collect()
    }

    /// When a question was shown to a student: when it opened (teacher-paced), or
    /// when they answered the one before it, or the start (student-paced).
    fn shown_at(&self, fingerprint: &Fingerprint, index: usize) -> Millis {
        if let Some(at) = self.opened.get(&index) {
            return *at;
        }
        let before = index
            .checked_sub(1)
            .and_then(|b| self.students.get(fingerprint)?.answers.get(&b))
            .map(|a| a.at);
        before.or(self.started_at).unwrap_or(0)
    }

    /// The setup the session started from.
    pub fn setup(&self) -> &Setup {
        &self.setup
    }

    /// Where the class is.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Whether students see the leaderboard now.
    pub fn board_visible(&self) -> bool {
        self.board_visible
    }

    /// The question at an index.
    pub fn question(&self, index: usize) -> Option<&LiveQuestion> {
        self.setup.questions.get(index)
    }

    /// How many questions the session has (each student's own, in a pack session).
    pub fn question_count(&self) -> usize {
        match &self.run {
            Some(run) => run.question_count(),
            None => self.setup.questions.len(),
        }
    }

    /// A student by key.
    pub fn student(&self, fingerprint: &Fingerprint) -> Option<&Student> {
        self.students.get(fingerprint)
    }

    /// Every student, in the order they first joined.
    pub fn students(&self) -> Vec<&Student> {
        let mut all: Vec<&Student> = self.students.values().collect();
        all.sort_by_key(|s| s.seq);
        all
    }

    /// How many students are connected now.
    pub fn present_count(&self) -> usize {
        self.students.values().filter(|s| s.present).count()
    }

    /// The points a student may see now: a teacher-paced question counts once its
    /// answer is revealed, so a score never gives an answer away early.
    pub fn shown_score(&self, student: &Student) -> u64 {
        if self.results_hidden() {
            return 0;
        }
        let out = |question: usize| match self.phase {
            Phase::Lobby => false,
            Phase::Open { question: open, .. } => question < open,
            _ => true,
        };
        student
            .answers
            .iter()
            .filter(|(question, _)| out(**question))
            .map(|(_, a)| u64::from(a.points))
            .sum()
    }

    /// Marks everyone as gone: after a restart, no connection survives.
    pub fn mark_all_absent(&mut self) {
        for student in self.students.values_mut() {
            student.present = false;
        }
    }

    /// How many students picked each choice of a question.
    pub fn distribution(&self, question: usize) -> Vec<u32> {
        let width = self.question(question).map_or(0, |q| q.choices.len());
        let mut counts = vec![0u32; width];
        for student in self.students.values() {
            if let Some(slot) = student
                .answers
                .get(&question)
                .and_then(|a| counts.get_mut(a.choice))
            {
                *slot = slot.saturating_add(1);
            }
        }
        counts
    }

    /// How many students answered a question.
    pub fn answered_count(&self, question: usize) -> usize {
        self.students
            .values()
            .filter(|s| s.answers.contains_key(&question))
            .count()
    }

    /// The leaderboard: named students by score (then right answers, then name);
    /// equal scores share a rank.
    pub fn standings(&self) -> Vec<Standing> {
        let mut lines: Vec<Standing> = self
            .students
            .values()
            .filter_map(|s| {
                Some(Standing {
                    rank: 0,
                    name: s.name.clone()?,
                    fingerprint: s.fingerprint.clone(),
                    score: s.score(),
                    correct: s.correct_count(),
                    answered: s.answers.len(),
                    present: s.present,
                })
            })
            .collect();
        lines.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(b.correct.cmp(&a.correct))
                .then(a.name.to_lowercase().cmp(&b.name.to_lowercase()))
        });
        let mut rank = 0u32;
        let mut previous = None;
        for (i, line) in lines.iter_mut().enumerate() {
            if previous != Some(line.score) {
                rank = u32::try_from(i).unwrap_or(u32::MAX).saturating_add(1);
                previous = Some(line.score);
            }
            line.rank = rank;
        }
        lines
    }

    /// The question a student should see now: the open or revealed one when the
    /// teacher paces, their first unanswered one when they pace themselves.
    pub fn current_question_for(&self, fingerprint: &Fingerprint) -> Option<usize> {
        match self.phase {
            Phase::Open { question, .. }
            | Phase::Revealed { question }
            | Phase::Board { question } => Some(question),
            Phase::Running { .. } => self
                .student(fingerprint)?
                .next_unanswered(self.question_count()),
            Phase::Lobby | Phase::Finished => None,
        }
    }

    /// Whether a key may join now (the check made before letting a connection in).
    pub fn may_join(&self, fingerprint: &Fingerprint) -> Result<(), Refusal> {
        if self.students.contains_key(fingerprint) {
            return Ok(());
        }
        if let Some(roster) = &self.setup.roster {
            if roster.find(fingerprint).is_none() {
                return Err(Refusal::NotOnRoster);
            }
        }
        let max = self.setup.max_students;
        if self.students.len() >= usize::try_from(max).unwrap_or(usize::MAX) {
            return Err(Refusal::ClassFull { max });
        }
        Ok(())
    }

    /// The event a teacher's command means now.
    ///
    /// ```
    /// use netdojo::classroom::live::model::*;
    /// let setup = Setup {
    ///     title: "Demo".into(), code: "net101".into(),
    ///     pacing: Pacing::Teacher { question_secs: Some(30) },
    ///     questions: vec![LiveQuestion::new("q1", "?", "？", &["a", "b"], 0)],
    ///     board_visible: true, max_students: 40, roster: None, pack: None,
    /// };
    /// let session = LiveSession::new(setup).unwrap();
    /// assert_eq!(session.plan(Command::Next, 7), Ok(Event::Open { question: 0, at: 7 }));
    /// assert_eq!(session.plan(Command::Reveal, 7), Err(Refusal::WrongStep));
    /// ```
    pub fn plan(&self, command: Command, now: Millis) -> Result<Event, Refusal> {
        let teacher_paced = matches!(self.setup.pacing, Pacing::Teacher { .. });
        match (command, self.phase) {
            (_, Phase::Finished) => Err(Refusal::Finished),
            (Command::HideBoard, _) => Ok(Event::BoardVisible { visible: false }),
            (Command::ShowBoard, _) => Ok(Event::BoardVisible { visible: true }),
            (Command::End, _) => Ok(Event::Finish { at: now }),
            (Command::Next, Phase::Lobby) if teacher_paced => Ok(Event::Open {
                question: 0,
                at: now,
            }),
            (Command::Next, Phase::Lobby) => Ok(Event::Start { at: now }),
            (Command::Next, Phase::Open { .. }) => Err(Refusal::RevealFirst),
            (Command::Next, Phase::Revealed { question } | Phase::Board { question }) => {
                let next = question.saturating_add(1);
                if next < self.question_count() {
                    Ok(Event::Open {
                        question: next,
                        at: now,
                    })
                } else {
                    Ok(Event::Finish { at: now })
                }
            }
            (Command::Reveal | Command::Board, Phase::Running { .. }) => Err(Refusal::WrongPacing),
            (Command::Reveal, Phase::Open { question, .. }) => {
                Ok(Event::Reveal { question, at: now })
            }
            (Command::Board, Phase::Revealed { question }) => {
                Ok(Event::Board { question, at: now })
            }
            _ => Err(Refusal::WrongStep),
        }
    }

    /// What should happen on its own at `now`, if anything, `after` an event just
    /// applied (or on a tick, with `None`): reveal the open question when its time is
    /// up, or when an answer or a departure leaves everyone present answered; finish
    /// a student-paced session at its deadline.
    ///
    /// Joining never reveals: after a restart, the first students back must not
    /// reveal a question the others have not answered yet.
    pub fn follow_up(&self, after: Option<&Event>, now: Millis) -> Option<Event> {
        match self.phase {
            Phase::Open {
                question,
                closes_at,
            } => {
                let time_up = closes_at.is_some_and(|t| now >= t);
                let counts = matches!(
                    after,
                    Some(Event::Answer { .. } | Event::Typed { .. } | Event::Leave { .. })
                );
                let mut present = self
                    .students
                    .values()
                    .filter(|s| s.present && s.name.is_some())
                    .peekable();
                let somebody = present.peek().is_some();
                let all_answered =
                    counts && somebody && present.all(|s| s.answers.contains_key(&question));
                (time_up || all_answered).then_some(Event::Reveal { question, at: now })
            }
            Phase::Running { ends_at } if now >= ends_at => Some(Event::Finish { at: now }),
            _ => None,
        }
    }

    /// Checks an event and applies it whole, or refuses it and changes nothing.
    pub fn apply(&mut self, event: &Event) -> Result<(), Refusal> {
        match event {
            Event::Join { student, .. } => self.join(student),
            Event::Name { student, name } => self.name(student, name),
            Event::Leave { student, .. } => {
                let s = self
                    .students
                    .get_mut(student)
                    .ok_or(Refusal::UnknownStudent)?;
                s.present = false;
                Ok(())
            }
            Event::Open { question, at } => {
                self.open(*question, *at)?;
                self.opened.insert(*question, *at);
                Ok(())
            }
            Event::Start { at } => match (self.setup.pacing, self.phase) {
                (Pacing::Student { total_secs }, Phase::Lobby) => {
                    let ends_at = at.saturating_add(u64::from(total_secs).saturating_mul(1000));
                    self.phase = Phase::Running { ends_at };
                    self.started_at = Some(*at);
                    Ok(())
                }
                (Pacing::Teacher { .. }, _) => Err(Refusal::WrongPacing),
                (_, Phase::Finished) => Err(Refusal::Finished),
                _ => Err(Refusal::WrongStep),
            },
            Event::Answer {
                student,
                question,
                choice,
                at,
            } => {
                if self.run.is_some() {
                    return Err(Refusal::WrongForm);
                }
                self.answer(student, *question, *choice, *at)
            }
            Event::Typed {
                student,
                question,
                typed,
                at,
            } => self.answer_typed(student, *question, typed, *at),
            Event::Reveal { question, .. } => match self.phase {
                Phase::Open { question: open, .. } if open == *question => {
                    self.phase = Phase::Revealed {
                        question: *question,
                    };
                    Ok(())
                }
                Phase::Finished => Err(Refusal::Finished),
                _ => Err(Refusal::WrongStep),
            },
            Event::Board { question, .. } => match self.phase {
                Phase::Revealed { question: shown } if shown == *question => {
                    self.phase = Phase::Board {
                        question: *question,
                    };
                    Ok(())
                }
                Phase::Finished => Err(Refusal::Finished),
                _ => Err(Refusal::WrongStep),
            },
            Event::BoardVisible { visible } => {
                self.board_visible = *visible;
                Ok(())
            }
            Event::Finish { at } => {
                if self.phase == Phase::Finished {
                    return Err(Refusal::Finished);
                }
                self.phase = Phase::Finished;
                self.finished_at = Some(*at);
                Ok(())
            }
        }
    }

    fn join(&mut self, fingerprint: &Fingerprint) -> Result<(), Refusal> {
        if let Some(student) = self.students.get_mut(fingerprint) {
            student.present = true;
            return Ok(());
        }
        self.may_join(fingerprint)?;
        let name = self
            .setup
            .roster
            .as_ref()
            .and_then(|r| r.find(fingerprint))
            .and_then(|e| e.name.clone());
        let exam = match &name {
            Some(name) => self.build_exam(name)?,
            None => None,
        };
        let seq = u32::try_from(self.students.len()).unwrap_or(u32::MAX);
        self.students.insert(
            fingerprint.clone(),
            Student {
                fingerprint: fingerprint.clone(),
                name,
                present: true,
                seq,
                answers: BTreeMap::new(),
            },
        );
        if let Some(exam) = exam {
            self.exams.0.insert(fingerprint.clone(), exam);
        }
        Ok(())
    }

    /// A pack session's exam for a name (`None` without a pack).
    fn build_exam(&self, name: &str) -> Result<Option<Arc<StudentExam>>, Refusal> {
        match &self.run {
            Some(run) => run
                .exam_for(name)
                .map(|exam| Some(Arc::new(exam)))
                .ok_or(Refusal::WrongStep),
            None => Ok(None),
        }
    }

    fn name(&mut self, fingerprint: &Fingerprint, raw: &str) -> Result<(), Refusal> {
        let current = self
            .students
            .get(fingerprint)
            .ok_or(Refusal::UnknownStudent)?;
        if current.name.is_some() {
            return Err(Refusal::NameFixed);
        }
        let name = check_name(raw).map_err(Refusal::Name)?;
        let taken_by_student = self
            .students
            .values()
            .filter_map(|s| s.name.as_deref())
            .any(|other| same_name(other, &name));
        // A name the roster reserves for another key is taken too.
        let taken_by_roster = self.setup.roster.as_ref().is_some_and(|r| {
            r.entries().iter().any(|e| {
                &e.fingerprint != fingerprint
                    && e.name.as_deref().is_some_and(|n| same_name(n, &name))
            })
        });
        if taken_by_student || taken_by_roster {
            return Err(Refusal::Name(NameError::Taken { name }));
        }
        let exam = self.build_exam(&name)?;
        if let Some(student) = self.students.get_mut(fingerprint) {
            student.name = Some(name);
        }
        if let Some(exam) = exam {
            self.exams.0.insert(fingerprint.clone(), exam);
        }
        Ok(())
    }

    fn open(&mut self, question: usize, at: Millis) -> Result<(), Refusal> {
        let Pacing::Teacher { question_secs } = self.setup.pacing else {
            return Err(Refusal::WrongPacing);
        };
        let follows = match self.phase {
            Phase::Lobby => question == 0,
            Phase::Revealed { question: q } | Phase::Board { question: q } => {
                q.checked_add(1) == Some(question)
            }
            Phase::Finished => return Err(Refusal::Finished),
            Phase::Open { .. } => return Err(Refusal::RevealFirst),
            Phase::Running { .. } => false,
        };
        if !follows || question >= self.question_count() {
            return Err(Refusal::WrongStep);
        }
        let closes_at =
            question_secs.map(|secs| at.saturating_add(u64::from(secs).saturating_mul(1000)));
        self.phase = Phase::Open {
            question,
            closes_at,
        };
        Ok(())
    }

    fn answer(
        &mut self,
        fingerprint: &Fingerprint,
        question: usize,
        choice: usize,
        at: Millis,
    ) -> Result<(), Refusal> {
        self.may_answer(fingerprint, question, at)?;
        let q = self.question(question).ok_or(Refusal::NotOpen)?;
        if choice >= q.choices.len() {
            return Err(Refusal::NoSuchChoice { choice });
        }
        let correct = choice == q.correct;
        let answer = Answer {
            choice,
            at,
            correct,
            points: if correct { q.points } else { 0 },
        };
        if let Some(student) = self.students.get_mut(fingerprint) {
            student.answers.insert(question, answer);
        }
        Ok(())
    }

    /// Records a typed answer to a pack's question. It is graded as a class report
    /// grades it: the student's answers so far, with the pack's time limits.
    fn answer_typed(
        &mut self,
        fingerprint: &Fingerprint,
        question: usize,
        typed: &str,
        at: Millis,
    ) -> Result<(), Refusal> {
        let Some(run) = self.run.clone() else {
            return Err(Refusal::WrongForm);
        };
        self.may_answer(fingerprint, question, at)?;
        let exam = self
            .exams
            .0
            .get(fingerprint)
            .cloned()
            .ok_or(Refusal::NoName)?;
        let shown = exam.exam.questions.get(question).ok_or(Refusal::NotOpen)?;
        if let crate::classroom::exam::Outcome::Unreadable(reason) = shown.grade(typed) {
            return Err(Refusal::Unreadable {
                en: reason.en,
                ja: reason.ja,
            });
        }
        if crate::quiz::answer::normalize(typed).is_empty() {
            return Err(Refusal::WrongForm);
        }
        let choice = exam
            .shown
            .get(question)
            .filter(|q| q.typed.is_none())
            .and_then(|q| crate::quiz::answer::parse_choice(typed, q.choices.len()).ok())
            .unwrap_or(usize::MAX);
        self.typed
            .entry(fingerprint.clone())
            .or_default()
            .insert(question, typed.to_owned());
        // Placed first so that the time it took is known when it is graded.
        if let Some(student) = self.students.get_mut(fingerprint) {
            student.answers.insert(
                question,
                Answer {
                    choice,
                    at,
                    correct: false,
                    points: 0,
                },
            );
        }
        let answers = self.typed_answers(fingerprint);
        let mark = grade(&exam.exam, run.pack.time_limit, &answers)
            .ok()
            .and_then(|graded| graded.marks.get(question).cloned());
        if let Some(answer) = self
            .students
            .get_mut(fingerprint)
            .and_then(|s| s.answers.get_mut(&question))
        {
            answer.correct = mark.as_ref().is_some_and(|m| m.outcome.is_right());
            answer.points = mark.map_or(0, |m| m.points);
        }
        Ok(())
    }

    /// Whether a student may answer a question at `at`.
    fn may_answer(
        &self,
        fingerprint: &Fingerprint,
        question: usize,
        at: Millis,
    ) -> Result<(), Refusal> {
        let student = self
            .students
            .get(fingerprint)
            .ok_or(Refusal::UnknownStudent)?;
        if student.name.is_none() {
            return Err(Refusal::NoName);
        }
        match self.phase {
            Phase::Open {
                question: open,
                closes_at,
            } => {
                if open != question {
                    return Err(Refusal::NotOpen);
                }
                if closes_at.is_some_and(|t| at >= t) {
                    return Err(Refusal::TimeUp);
                }
            }
            Phase::Running { ends_at } => {
                if at >= ends_at {
                    return Err(Refusal::TimeUp);
                }
                if student.answers.contains_key(&question) {
                    return Err(Refusal::AlreadyAnswered);
                }
                if student.next_unanswered(self.question_count()) != Some(question) {
                    return Err(Refusal::OutOfOrder);
                }
            }
            Phase::Finished => return Err(Refusal::Finished),
            Phase::Lobby | Phase::Revealed { .. } | Phase::Board { .. } => {
                return Err(Refusal::NotOpen);
            }
        }
        if student.answers.contains_key(&question) {
            return Err(Refusal::AlreadyAnswered);
        }
        if question >= self.question_count() {
            return Err(Refusal::NotOpen);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
