//! Quiz packs: what a teacher writes once so that every student gets exactly the
//! questions intended.
//!
//! A pack is a JSON object (format version 1, JSON Schema in
//! `assets/packs/pack.schema.json`):
//!
//! ```text
//! format_version  1
//! title           shown to students and in reports
//! description     free text for the teacher (optional)
//! languages       ["en"], ["ja"] or ["en", "ja"]: every text must exist in each
//! seed            0 to 2^53 - 1, so any JSON tool reads it exactly
//! mode            "same": everyone gets the same questions; "variant": each student
//!                 gets their own numbers from the seed and their name
//! shuffle         {"questions": bool, "choices": bool} per student (optional)
//! time_limit      {"question_secs": n, "total_secs": n}, each optional
//! points          points per question unless a question says otherwise (default 1)
//! feedback        "each": right or wrong after every answer; "end": only at the end
//! allow           {"lessons": bool, "calculators": bool} during the exam
//! questions       a list; each has "source":
//!                   "generated": skill, difficulty, count
//!                   "lesson":    lesson, question (a lesson's static question)
//!                   "inline":    id, kind, prompt, ... (the kinds lessons have)
//! ```
//!
//! [`read`] turns the text into a [`Pack`] or a list of [`Problem`]s, each located by
//! a JSON pointer (`/questions/2/skill`) or, for a syntax error, by line and column.

mod demo;
mod read;
mod starter;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::quiz::model::{Difficulty, Text};

pub use demo::{DEMO, DEMO_FILE};
pub use read::{Problem, Where, read};
pub use starter::{STARTER, starter};

/// The format version this netdojo reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The largest seed: seeds stay exact in every JSON reader (2^53 - 1).
pub const MAX_SEED: u64 = (1 << 53) - 1;

/// The most questions one pack may make.
pub const MAX_QUESTIONS: usize = 500;

/// The most copies one generated entry may ask for.
pub const MAX_COUNT: u32 = 100;

/// The most points one question may be worth.
pub const MAX_POINTS: u32 = 1000;

/// The shortest and longest time limits, in seconds.
pub const TIME_LIMITS: (u32, u32) = (10, 86_400);

/// The keys a pack must have.
pub const REQUIRED: [&str; 6] = [
    "format_version",
    "title",
    "languages",
    "seed",
    "mode",
    "questions",
];

/// A checked pack.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pack {
    /// Always [`FORMAT_VERSION`] once read.
    pub format_version: u32,
    /// Shown to students and in reports.
    pub title: String,
    /// Free text for the teacher.
    pub description: String,
    /// The languages every text exists in, the first being the default.
    #[serde(serialize_with = "codes")]
    pub languages: Vec<Lang>,
    /// The seed every question is drawn from.
    pub seed: u64,
    /// Same questions for everyone, or each student's own numbers.
    pub mode: Mode,
    /// What is shuffled per student.
    pub shuffle: Shuffle,
    /// Time limits.
    pub time_limit: TimeLimit,
    /// Points per question unless a question says otherwise.
    pub points: u32,
    /// When students learn whether they were right.
    pub feedback: Feedback,
    /// What students may open during the exam.
    pub allow: Allow,
    /// The questions, in the order written.
    pub questions: Vec<Entry>,
}

impl Pack {
    /// The language to show: `wanted` when the pack has it, else the pack's first.
    ///
    /// ```
    /// use netdojo::classroom::pack::starter;
    /// use netdojo::lang::Lang;
    /// let pack = starter();
    /// assert_eq!(pack.language(Some(Lang::Ja)), Lang::Ja);
    /// ```
    pub fn language(&self, wanted: Option<Lang>) -> Lang {
        wanted
            .filter(|l| self.languages.contains(l))
            .or_else(|| self.languages.first().copied())
            .unwrap_or_default()
    }

    /// How many questions the pack makes (generated entries count each copy).
    ///
    /// ```
    /// use netdojo::classroom::pack::starter;
    /// assert_eq!(starter().question_count(), 5);
    /// ```
    pub fn question_count(&self) -> usize {
        self.questions.iter().map(Entry::count).sum()
    }
}

/// Whether students share questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Every student gets the same questions (the order may still be shuffled).
    Same,
    /// Each student gets their own numbers, from the seed and their name.
    Variant,
}

impl Mode {
    /// The id written in packs and results.
    ///
    /// ```
    /// use netdojo::classroom::pack::Mode;
    /// assert_eq!(Mode::Variant.id(), "variant");
    /// ```
    pub fn id(self) -> &'static str {
        match self {
            Mode::Same => "same",
            Mode::Variant => "variant",
        }
    }
}

/// What is shuffled per student.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Shuffle {
    /// The order of the questions.
    pub questions: bool,
    /// The order of the choices (and of items to order).
    pub choices: bool,
}

/// Time limits; `None` is no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct TimeLimit {
    /// Seconds for one question.
    pub question_secs: Option<u32>,
    /// Seconds for the whole exam.
    pub total_secs: Option<u32>,
}

/// When students learn whether they were right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Feedback {
    /// After every answer.
    Each,
    /// Only in the review at the end.
    End,
}

/// What students may open during the exam.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Allow {
    /// The lessons.
    pub lessons: bool,
    /// The calculators.
    pub calculators: bool,
}

/// One entry of the question list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "source", rename_all = "snake_case")]
pub enum Entry {
    /// `count` questions from a generator.
    Generated {
        /// The skill id, such as `subnet.broadcast`.
        skill: String,
        /// How hard the numbers are.
        difficulty: Difficulty,
        /// How many questions.
        count: u32,
        /// Points for each, when not the pack's.
        #[serde(skip_serializing_if = "Option::is_none")]
        points: Option<u32>,
    },
    /// A static question of a lesson.
    Lesson {
        /// The lesson id, such as `m03-subnetting`.
        lesson: String,
        /// The question id in the lesson, such as `q4`.
        question: String,
        /// Points, when not the pack's.
        #[serde(skip_serializing_if = "Option::is_none")]
        points: Option<u32>,
    },
    /// A question written in the pack.
    Inline(Inline),
}

impl Entry {
    /// How many questions the entry makes.
    ///
    /// ```
    /// use netdojo::classroom::pack::Entry;
    /// let entry = Entry::Lesson { lesson: "m03-subnetting".into(), question: "q1".into(), points: None };
    /// assert_eq!(entry.count(), 1);
    /// ```
    pub fn count(&self) -> usize {
        match self {
            Entry::Generated { count, .. } => usize::try_from(*count).unwrap_or(usize::MAX),
            Entry::Lesson { .. } | Entry::Inline(_) => 1,
        }
    }

    /// The points the entry gives, when it sets them.
    ///
    /// ```
    /// use netdojo::classroom::pack::Entry;
    /// let entry = Entry::Lesson { lesson: "m".into(), question: "q".into(), points: Some(3) };
    /// assert_eq!(entry.points(), Some(3));
    /// ```
    pub fn points(&self) -> Option<u32> {
        match self {
            Entry::Generated { points, .. } | Entry::Lesson { points, .. } => *points,
            Entry::Inline(inline) => inline.points,
        }
    }
}

/// A question written in the pack, with the kinds lessons have.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Inline {
    /// Unique among the pack's inline questions.
    pub id: String,
    /// What is asked, in each language of the pack.
    pub prompt: Text,
    /// The kind, with the answer.
    #[serde(flatten)]
    pub kind: InlineKind,
    /// Why the answer is right.
    pub explanation: Text,
    /// The skill it exercises, for reports.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skill: Option<String>,
    /// Points, when not the pack's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
}

/// The kinds of inline question (those of lessons), with their answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InlineKind {
    /// One right choice.
    Choice {
        /// The choices, A first.
        choices: Vec<Text>,
        /// The right choice (0 = A).
        #[serde(serialize_with = "letter")]
        answer: usize,
    },
    /// Several right choices.
    Multi {
        /// The choices, A first.
        choices: Vec<Text>,
        /// The right choices, ascending.
        #[serde(serialize_with = "letters")]
        answer: Vec<usize>,
    },
    /// True or false.
    TrueFalse {
        /// Whether the statement is true.
        answer: bool,
    },
    /// Items to put in order, written in the right order.
    Order {
        /// The items, first to last.
        items: Vec<Text>,
    },
    /// A typed answer.
    Short {
        /// The answer, per language.
        answer: Text,
        /// Other spellings that are also right.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        accept: Vec<String>,
    },
}

impl InlineKind {
    /// The kind's name as written in a pack.
    ///
    /// ```
    /// use netdojo::classroom::pack::InlineKind;
    /// assert_eq!(InlineKind::TrueFalse { answer: true }.name(), "true_false");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            InlineKind::Choice { .. } => "choice",
            InlineKind::Multi { .. } => "multi",
            InlineKind::TrueFalse { .. } => "true_false",
            InlineKind::Order { .. } => "order",
            InlineKind::Short { .. } => "short",
        }
    }
}

fn codes<S: serde::Serializer>(langs: &[Lang], s: S) -> Result<S::Ok, S::Error> {
    let shown: Vec<&str> = langs.iter().map(|l| l.code()).collect();
    serde::Serialize::serialize(&shown, s)
}

fn letter<S: serde::Serializer>(index: &usize, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(&crate::lesson::choice_letter(*index))
}

fn letters<S: serde::Serializer>(indexes: &[usize], s: S) -> Result<S::Ok, S::Error> {
    let shown: Vec<String> = indexes
        .iter()
        .map(|&i| crate::lesson::choice_letter(i))
        .collect();
    serde::Serialize::serialize(&shown, s)
}

/// The SHA-256 of a pack's bytes as lowercase hex: results name their pack by it.
///
/// ```
/// use netdojo::classroom::pack::hash;
/// assert_eq!(hash(b"").len(), 64);
/// assert!(hash(b"").starts_with("e3b0c442"));
/// ```
pub fn hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
