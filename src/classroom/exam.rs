//! The exam a student sees: exactly which questions, in which order, with the
//! choices in which order, rebuilt from the pack and the student's name alone.
//!
//! How it is built (see [`crate::classroom::seed`] for the seeds):
//!
//! 1. Each entry of the pack, in the order written, gives its questions. Copy `k`
//!    of a generated entry `e` comes from the generator with the seed
//!    `question_seed(content, e, k, attempt)`; `attempt` counts up from 0 while the
//!    question equals one already drawn for the exam (at most 20 tries).
//! 2. With a student and `shuffle.questions`, the list is shuffled with the
//!    student's layout generator (ChaCha8 from `layout_seed`, Fisher–Yates from
//!    [`crate::quiz::draw::shuffle`]).
//! 3. Then, question by question in the final order, with a student and
//!    `shuffle.choices`, the choices (or items to order) are shuffled with the same
//!    generator. Items to order are always shown out of order: without that shuffle
//!    they are shuffled with the seed of the pack and the entry, and an order that
//!    comes out right is rotated by one.
//!
//! Everything goes through the fixed algorithms of [`crate::quiz::draw`], so the
//! same pack and name give the same exam on every machine and build.

use rand_chacha::ChaCha8Rng;

use super::pack::{Entry, Inline, InlineKind, Mode, Pack};
use super::seed::{derive, layout_seed, question_seed, student_seed};
use crate::lang::Lang;
use crate::lesson::{Library, Question as LessonQuestion, QuestionKind, choice_letter};
use crate::quiz::answer;
use crate::quiz::check::{self, FormError, Verdict};
use crate::quiz::draw::{rng_for_seed, shuffle};
use crate::quiz::generators;
use crate::quiz::mistake::Mistake;
use crate::quiz::model::{Choice, Kind, Question, Text};

/// How many times a generated question is drawn again when it repeats another.
const MAX_ATTEMPTS: usize = 20;

/// One student's exam.
#[derive(Debug, Clone, PartialEq)]
pub struct Exam {
    /// The questions in the order the student sees them.
    pub questions: Vec<ExamQuestion>,
}

/// Why an exam cannot be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    /// A variant pack gives every student their own numbers: a name is needed.
    #[error(
        "this pack is in variant mode: every student has their own numbers, so name one with --student NAME"
    )]
    NeedStudent,
    /// The name is empty once trimmed.
    #[error("a student's name cannot be empty")]
    EmptyName,
    /// A lesson question of the pack is not in the lessons given.
    #[error("lesson \"{lesson}\" has no question \"{question}\"")]
    MissingLesson {
        /// The lesson id.
        lesson: String,
        /// The question id.
        question: String,
    },
    /// A generated skill is not in the registry.
    #[error("\"{0}\" is not a skill with a question generator")]
    MissingSkill(String),
}

/// One question as a student sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamQuestion {
    /// Where it comes from in the pack: `3` for entry 3, `3.2` for the second copy
    /// of generated entry 3 (1-based). The same for every student.
    pub slot: String,
    /// Index of the entry in the pack (0-based).
    pub entry: usize,
    /// What made it: a skill id, `lesson/question`, or an inline id.
    pub source: String,
    /// The skill it exercises, for reports.
    pub skill: Option<String>,
    /// Points for a right answer.
    pub points: u32,
    /// The question itself.
    pub body: Body,
}

/// A generated question, or a static one (from a lesson or the pack).
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// From a generator, with its choices in the order shown.
    Generated(Question),
    /// Written by a person, in both languages (a missing one copies the other).
    Static(Box<Static>),
}

/// A static question in both languages and the order its entries are shown in.
#[derive(Debug, Clone, PartialEq)]
pub struct Static {
    /// The English question.
    pub en: LessonQuestion,
    /// The Japanese question.
    pub ja: LessonQuestion,
    /// `shown[i]` is the index, as written, of the choice or item shown at letter
    /// `i`; empty for true/false and short answers.
    pub shown: Vec<usize>,
}

/// The verdict on one answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Right.
    Right,
    /// Wrong, with the named mistake behind it when it is a known one.
    Wrong(Option<Mistake>),
    /// Not readable in the form the question asks for (scored as wrong).
    Unreadable(Text),
    /// Left empty, or never reached.
    Skipped,
    /// Given after the time limit (not counted).
    Late,
}

impl Outcome {
    /// Whether the answer earns the points.
    ///
    /// ```
    /// use netdojo::classroom::exam::Outcome;
    /// assert!(Outcome::Right.is_right());
    /// assert!(!Outcome::Late.is_right());
    /// ```
    pub fn is_right(&self) -> bool {
        *self == Outcome::Right
    }

    /// A short word for tables and JSON: `right`, `wrong`, `unreadable`, `skipped`,
    /// `late`.
    ///
    /// ```
    /// use netdojo::classroom::exam::Outcome;
    /// assert_eq!(Outcome::Skipped.id(), "skipped");
    /// ```
    pub fn id(&self) -> &'static str {
        match self {
            Outcome::Right => "right",
            Outcome::Wrong(_) => "wrong",
            Outcome::Unreadable(_) => "unreadable",
            Outcome::Skipped => "skipped",
            Outcome::Late => "late",
        }
    }
}

impl Exam {
    /// Builds the exam of `student`, or with `None` the teacher's copy of a `same`
    /// pack (written order, nothing shuffled).
    ///
    /// ```
    /// use netdojo::classroom::{exam::Exam, pack};
    /// use netdojo::lesson::{Library, load};
    /// let (library, _) = Library::from_sources(&load::embedded());
    /// let pack = pack::starter();
    /// let a = Exam::build(&pack, &library, Some("Aiko")).unwrap();
    /// let b = Exam::build(&pack, &library, Some(" aiko ")).unwrap();
    /// assert_eq!(a, b);
    /// assert_eq!(a.questions.len(), 5);
    /// ```
    pub fn build(
        pack: &Pack,
        library: &Library,
        student: Option<&str>,
    ) -> Result<Exam, BuildError> {
        if student.is_some_and(|s| s.trim().is_empty()) {
            return Err(BuildError::EmptyName);
        }
        let content = match (pack.mode, student) {
            (Mode::Same, _) => pack.seed,
            (Mode::Variant, Some(name)) => student_seed(pack.seed, name),
            (Mode::Variant, None) => return Err(BuildError::NeedStudent),
        };
        let mut questions = Vec::new();
        for (e, entry) in pack.questions.iter().enumerate() {
            let points = entry.points().unwrap_or(pack.points);
            let number = e + 1;
            match entry {
                Entry::Generated {
                    skill,
                    difficulty,
                    count,
                    ..
                } => {
                    let found = generators::find(skill)
                        .ok_or_else(|| BuildError::MissingSkill(skill.clone()))?;
                    for k in 0..usize::try_from(*count).unwrap_or(0) {
                        let question = draw_distinct(&questions, content, e, k, |rng| {
                            found.generate(*difficulty, rng)
                        });
                        questions.push(ExamQuestion {
                            slot: if *count == 1 {
                                number.to_string()
                            } else {
                                format!("{number}.{}", k + 1)
                            },
                            entry: e,
                            source: skill.clone(),
                            skill: Some(skill.clone()),
                            points,
                            body: Body::Generated(question),
                        });
                    }
                }
                Entry::Lesson {
                    lesson, question, ..
                } => {
                    let missing = || BuildError::MissingLesson {
                        lesson: lesson.clone(),
                        question: question.clone(),
                    };
                    let find = |lang| {
                        library
                            .find(lesson, lang)
                            .and_then(|l| l.question(question))
                            .cloned()
                    };
                    let (en, ja) = match (find(Lang::En), find(Lang::Ja)) {
                        (Some(en), Some(ja)) => (en, ja),
                        (Some(one), None) | (None, Some(one)) => (one.clone(), one),
                        (None, None) => return Err(missing()),
                    };
                    questions.push(ExamQuestion {
                        slot: number.to_string(),
                        entry: e,
                        source: format!("{lesson}/{question}"),
                        skill: en.skill.clone(),
                        points,
                        body: Body::Static(Box::new(Static {
                            en,
                            ja,
                            shown: Vec::new(),
                        })),
                    });
                }
                Entry::Inline(inline) => questions.push(ExamQuestion {
                    slot: number.to_string(),
                    entry: e,
                    source: inline.id.clone(),
                    skill: inline.skill.clone(),
                    points,
                    body: Body::Static(Box::new(Static {
                        en: inline_question(inline, Lang::En),
                        ja: inline_question(inline, Lang::Ja),
                        shown: Vec::new(),
                    })),
                }),
            }
        }
        let mut layout = student.map(|name| rng_for_seed(layout_seed(pack.seed, name)));
        if let Some(rng) = layout.as_mut().filter(|_| pack.shuffle.questions) {
            shuffle(rng, &mut questions);
        }
        for question in &mut questions {
            let rng = layout.as_mut().filter(|_| pack.shuffle.choices);
            lay_out(question, rng, pack.seed);
        }
        Ok(Exam { questions })
    }

    /// The most points the exam can give.
    ///
    /// ```
    /// use netdojo::classroom::{exam::Exam, pack};
    /// use netdojo::lesson::{Library, load};
    /// let (library, _) = Library::from_sources(&load::embedded());
    /// let exam = Exam::build(&pack::starter(), &library, Some("Aiko")).unwrap();
    /// assert_eq!(exam.max_points(), 6);
    /// ```
    pub fn max_points(&self) -> u64 {
        self.questions.iter().map(|q| u64::from(q.points)).sum()
    }
}

/// A generated question that repeats none drawn before it, if 20 tries find one.
fn draw_distinct(
    earlier: &[ExamQuestion],
    content: u64,
    entry: usize,
    copy: usize,
    make: impl Fn(&mut ChaCha8Rng) -> Question,
) -> Question {
    let repeats = |q: &Question| {
        earlier.iter().any(|e| match &e.body {
            Body::Generated(other) => other.prompt == q.prompt,
            Body::Static(_) => false,
        })
    };
    let mut question = make(&mut rng_for_seed(question_seed(content, entry, copy, 0)));
    for attempt in 1..MAX_ATTEMPTS {
        if !repeats(&question) {
            break;
        }
        question = make(&mut rng_for_seed(question_seed(
            content, entry, copy, attempt,
        )));
    }
    question
}

/// Sets the order a question's choices or items are shown in.
fn lay_out(question: &mut ExamQuestion, rng: Option<&mut ChaCha8Rng>, pack_seed: u64) {
    match &mut question.body {
        Body::Generated(q) => {
            if let Some(rng) = rng {
                let count = match &q.kind {
                    Kind::SingleChoice { choices, .. } | Kind::MultiChoice { choices, .. } => {
                        choices.len()
                    }
                    Kind::Ordering { items, .. } => items.len(),
                    _ => 0,
                };
                let mut perm: Vec<usize> = (0..count).collect();
                shuffle(rng, &mut perm);
                permute(&mut q.kind, &perm);
            }
        }
        Body::Static(s) => {
            let count = match &s.en.kind {
                QuestionKind::Choice { choices, .. } | QuestionKind::Multi { choices, .. } => {
                    choices.len()
                }
                QuestionKind::Order { items } => items.len(),
                _ => 0,
            };
            let mut shown: Vec<usize> = (0..count).collect();
            let is_order = matches!(s.en.kind, QuestionKind::Order { .. });
            match rng {
                Some(rng) => shuffle(rng, &mut shown),
                None if is_order => {
                    let seed = derive(&["order", &pack_seed.to_string(), &question.slot]);
                    shuffle(&mut rng_for_seed(seed), &mut shown);
                }
                None => {}
            }
            if is_order && shown.iter().enumerate().all(|(i, &s)| i == s) {
                shown.rotate_left(1);
            }
            s.shown = shown;
        }
    }
}

/// Reorders the choices or items of a generated question: `perm[i]` is the old
/// index of the entry shown at `i`; the answer is remapped to match.
fn permute(kind: &mut Kind, perm: &[usize]) {
    let new_index = |old: usize| perm.iter().position(|&p| p == old).unwrap_or(old);
    let reorder = |entries: &[Choice]| -> Vec<Choice> {
        perm.iter()
            .filter_map(|&i| entries.get(i).cloned())
            .collect()
    };
    match kind {
        Kind::SingleChoice { choices, answer } => {
            *choices = reorder(choices);
            *answer = new_index(*answer);
        }
        Kind::MultiChoice { choices, answers } => {
            *choices = reorder(choices);
            for a in answers.iter_mut() {
                *a = new_index(*a);
            }
            answers.sort_unstable();
        }
        Kind::Ordering { items, order } => {
            *items = perm.iter().filter_map(|&i| items.get(i).cloned()).collect();
            for o in order.iter_mut() {
                *o = new_index(*o);
            }
        }
        Kind::TrueFalse { .. }
        | Kind::FreeText { .. }
        | Kind::Short { .. }
        | Kind::Number { .. } => {}
    }
}

/// An inline question as a lesson question in one language.
fn inline_question(inline: &Inline, lang: Lang) -> LessonQuestion {
    let pick = |t: &Text| lang.pick(&t.en, &t.ja).to_owned();
    let picks = |ts: &[Text]| ts.iter().map(pick).collect::<Vec<_>>();
    let kind = match &inline.kind {
        InlineKind::Choice { choices, answer } => QuestionKind::Choice {
            choices: picks(choices),
            answer: *answer,
        },
        InlineKind::Multi { choices, answer } => QuestionKind::Multi {
            choices: picks(choices),
            answers: answer.clone(),
        },
        InlineKind::TrueFalse { answer } => QuestionKind::TrueFalse { answer: *answer },
        InlineKind::Order { items } => QuestionKind::Order {
            items: picks(items),
        },
        InlineKind::Short { answer, accept } => QuestionKind::Short {
            answer: pick(answer),
            accept: accept.clone(),
        },
    };
    LessonQuestion {
        id: inline.id.clone(),
        line: 0,
        prompt: pick(&inline.prompt),
        kind,
        explanation: pick(&inline.explanation),
        skill: inline.skill.clone(),
        verify: None,
    }
}

impl Static {
    fn pick(&self, lang: Lang) -> &LessonQuestion {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
        }
    }

    /// The question graded in both languages: a short answer may be typed in
    /// either.
    fn for_grading(&self) -> LessonQuestion {
        let mut question = self.en.clone();
        if let (
            QuestionKind::Short { answer, accept },
            QuestionKind::Short {
                answer: ja_answer,
                accept: ja_accept,
            },
        ) = (&mut question.kind, &self.ja.kind)
        {
            for extra in std::iter::once(ja_answer).chain(ja_accept) {
                if extra != answer && !accept.contains(extra) {
                    accept.push(extra.clone());
                }
            }
        }
        question
    }

    /// The letters of written indexes, as shown.
    fn letter_of(&self, written: usize) -> String {
        choice_letter(
            self.shown
                .iter()
                .position(|&s| s == written)
                .unwrap_or(written),
        )
    }
}

impl ExamQuestion {
    /// The prompt in `lang`.
    ///
    /// ```
    /// use netdojo::classroom::{exam::Exam, pack};
    /// use netdojo::lang::Lang;
    /// use netdojo::lesson::{Library, load};
    /// let (library, _) = Library::from_sources(&load::embedded());
    /// let exam = Exam::build(&pack::starter(), &library, Some("Aiko")).unwrap();
    /// assert!(!exam.questions[0].prompt(Lang::Ja).is_empty());
    /// ```
    pub fn prompt(&self, lang: Lang) -> &str {
        match &self.body {
            Body::Generated(q) => lang.pick(&q.prompt.en, &q.prompt.ja),
            Body::Static(s) => &s.pick(lang).prompt,
        }
    }

    /// The kind as JSON names it: `single_choice`, `multi_choice`, `true_false`,
    /// `ordering`, `free_text`, `number`.
    pub fn kind(&self) -> &'static str {
        match &self.body {
            Body::Generated(q) => match q.kind {
                Kind::SingleChoice { .. } => "single_choice",
                Kind::MultiChoice { .. } => "multi_choice",
                Kind::TrueFalse { .. } => "true_false",
                Kind::Ordering { .. } => "ordering",
                Kind::FreeText { .. } | Kind::Short { .. } => "free_text",
                Kind::Number { .. } => "number",
            },
            Body::Static(s) => match s.en.kind {
                QuestionKind::Choice { .. } => "single_choice",
                QuestionKind::Multi { .. } => "multi_choice",
                QuestionKind::TrueFalse { .. } => "true_false",
                QuestionKind::Order { .. } => "ordering",
                QuestionKind::Short { .. } => "free_text",
            },
        }
    }

    /// The choices or items to order, in the order shown (empty for other kinds).
    pub fn entries(&self, lang: Lang) -> Vec<String> {
        match &self.body {
            Body::Generated(q) => match &q.kind {
                Kind::SingleChoice { choices, .. } | Kind::MultiChoice { choices, .. } => choices
                    .iter()
                    .map(|c| lang.pick(&c.text.en, &c.text.ja).to_owned())
                    .collect(),
                Kind::Ordering { items, .. } => items
                    .iter()
                    .map(|t| lang.pick(&t.en, &t.ja).to_owned())
                    .collect(),
                _ => Vec::new(),
            },
            Body::Static(s) => {
                let written: &[String] = match &s.pick(lang).kind {
                    QuestionKind::Choice { choices, .. } | QuestionKind::Multi { choices, .. } => {
                        choices
                    }
                    QuestionKind::Order { items } => items,
                    _ => &[],
                };
                s.shown
                    .iter()
                    .filter_map(|&i| written.get(i).cloned())
                    .collect()
            }
        }
    }

    /// Exactly what one would type to be right: a letter, `A, C`, `true`/`false`,
    /// letters in order, or the value.
    pub fn answer_text(&self, lang: Lang) -> String {
        match &self.body {
            Body::Generated(q) => q.answer_text(),
            Body::Static(s) => match &s.pick(lang).kind {
                QuestionKind::Choice { answer, .. } => s.letter_of(*answer),
                QuestionKind::Multi { answers, .. } => {
                    let mut letters: Vec<String> =
                        answers.iter().map(|&a| s.letter_of(a)).collect();
                    letters.sort();
                    letters.dedup();
                    letters.join(", ")
                }
                QuestionKind::TrueFalse { answer } => answer.to_string(),
                QuestionKind::Order { items } => (0..items.len())
                    .map(|i| s.letter_of(i))
                    .collect::<Vec<_>>()
                    .join(" "),
                QuestionKind::Short { answer, .. } => answer.clone(),
            },
        }
    }

    /// The right answer as a reader sees it: for choices the letter and the text.
    pub fn answer_shown(&self, lang: Lang) -> String {
        match &self.body {
            Body::Generated(q) => {
                let shown = q.answer_shown();
                lang.pick(&shown.en, &shown.ja).to_owned()
            }
            Body::Static(s) => {
                let entries = self.entries(lang);
                let with_text = |letter: String| {
                    let at = letter
                        .bytes()
                        .next()
                        .map_or(0, |b| usize::from(b.saturating_sub(b'A')));
                    format!("{letter} ({})", entries.get(at).map_or("", String::as_str))
                };
                let answer = self.answer_text(lang);
                match &s.en.kind {
                    QuestionKind::Choice { .. } => with_text(answer),
                    QuestionKind::Multi { .. } => answer
                        .split(", ")
                        .map(|l| with_text(l.to_owned()))
                        .collect::<Vec<_>>()
                        .join(", "),
                    QuestionKind::Order { .. } => answer
                        .split(' ')
                        .map(|l| with_text(l.to_owned()))
                        .collect::<Vec<_>>()
                        .join(" → "),
                    QuestionKind::TrueFalse { .. } | QuestionKind::Short { .. } => answer,
                }
            }
        }
    }

    /// The worked explanation, one paragraph per step.
    pub fn explanation(&self, lang: Lang) -> Vec<String> {
        match &self.body {
            Body::Generated(q) => q
                .explanation
                .iter()
                .map(|t| lang.pick(&t.en, &t.ja).to_owned())
                .collect(),
            Body::Static(s) => vec![s.pick(lang).explanation.clone()],
        }
    }

    /// How to answer, in one line.
    pub fn hint(&self, lang: Lang) -> String {
        let count = self.entries(lang).len();
        let last = choice_letter(count.saturating_sub(1));
        match (self.kind(), lang) {
            ("single_choice", Lang::En) => format!("Answer with one letter, A to {last}."),
            ("single_choice", Lang::Ja) => format!("A〜{last} の文字を 1 つ答えてください。"),
            ("multi_choice", Lang::En) => {
                format!("Answer with every right letter, A to {last}, such as A, C.")
            }
            ("multi_choice", Lang::Ja) => {
                format!("正しいものの文字（A〜{last}）をすべて答えてください。例：A, C")
            }
            ("true_false", Lang::En) => "Answer true or false.".to_owned(),
            ("true_false", Lang::Ja) => "true か false で答えてください。".to_owned(),
            ("ordering", Lang::En) => {
                format!("Answer with the letters A to {last} in the right order, such as C A B.")
            }
            ("ordering", Lang::Ja) => {
                format!("A〜{last} の文字を正しい順に並べてください。例：C A B")
            }
            (_, Lang::En) => "Type the answer.".to_owned(),
            (_, Lang::Ja) => "答えを入力してください。".to_owned(),
        }
    }

    /// Grades a typed answer; an empty one is skipped.
    ///
    /// ```
    /// use netdojo::classroom::{exam::{Exam, Outcome}, pack};
    /// use netdojo::lang::Lang;
    /// use netdojo::lesson::{Library, load};
    /// let (library, _) = Library::from_sources(&load::embedded());
    /// let exam = Exam::build(&pack::starter(), &library, Some("Aiko")).unwrap();
    /// let q = &exam.questions[0];
    /// assert_eq!(q.grade(&q.answer_text(Lang::En)), Outcome::Right);
    /// assert_eq!(q.grade("  "), Outcome::Skipped);
    /// ```
    pub fn grade(&self, typed: &str) -> Outcome {
        if answer::normalize(typed).is_empty() {
            return Outcome::Skipped;
        }
        match &self.body {
            Body::Generated(q) => match check::check(q, typed) {
                Ok(Verdict::Right) => Outcome::Right,
                Ok(Verdict::Wrong(mistake)) => Outcome::Wrong(mistake),
                Err(FormError(text)) => Outcome::Unreadable(text),
            },
            Body::Static(s) => match answer::grade(&s.for_grading(), typed, &s.shown) {
                Ok(true) => Outcome::Right,
                Ok(false) => Outcome::Wrong(None),
                Err(e) => Outcome::Unreadable(FormError::from(e).0),
            },
        }
    }

    /// A typed answer as the class report groups it: choices by their text (the
    /// letters differ between students when choices are shuffled), anything else
    /// normalised.
    ///
    /// ```
    /// use netdojo::classroom::{exam::Exam, pack};
    /// use netdojo::lang::Lang;
    /// use netdojo::lesson::{Library, load};
    /// let (library, _) = Library::from_sources(&load::embedded());
    /// let exam = Exam::build(&pack::starter(), &library, Some("Aiko")).unwrap();
    /// let q = exam.questions.iter().find(|q| q.source == "own-1").unwrap();
    /// assert_eq!(q.typed_shown(" TRUE ", Lang::En), "true");
    /// ```
    pub fn typed_shown(&self, typed: &str, lang: Lang) -> String {
        let entries = self.entries(lang);
        let texts = |picked: Vec<usize>, join: &str| {
            picked
                .iter()
                .filter_map(|&i| entries.get(i).cloned())
                .collect::<Vec<_>>()
                .join(join)
        };
        let read = match self.kind() {
            "single_choice" => {
                answer::parse_choice(typed, entries.len()).map(|i| texts(vec![i], ""))
            }
            "multi_choice" => {
                answer::parse_choice_set(typed, entries.len()).map(|p| texts(p, " + "))
            }
            "ordering" => answer::parse_order(typed, entries.len()).map(|p| texts(p, " → ")),
            "true_false" => answer::parse_true_false(typed).map(|b| b.to_string()),
            _ => Err(answer::FormError::Empty),
        };
        read.unwrap_or_else(|_| answer::normalize(typed))
    }
}
