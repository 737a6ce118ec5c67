//! Grading: a student's answers against the exam rebuilt from the pack, and the
//! checks that tell a trustworthy result file from a tampered or mismatched one.

use super::exam::{Exam, ExamQuestion, Outcome};
use super::pack::{self, Pack, TimeLimit};
use super::result::{Answer, ResultFile};
use crate::lesson::Library;

/// One graded answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marked {
    /// Index of the question in the exam.
    pub index: usize,
    /// What was typed; `None` when the question was never answered.
    pub typed: Option<String>,
    /// The verdict.
    pub outcome: Outcome,
    /// Points earned.
    pub points: u32,
    /// Milliseconds taken.
    pub ms: u64,
}

/// A whole exam graded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graded {
    /// One mark per question of the exam, in the order shown.
    pub marks: Vec<Marked>,
    /// Points earned.
    pub score: u64,
    /// Points possible.
    pub max_score: u64,
}

impl Graded {
    /// How many questions were right.
    ///
    /// ```
    /// use netdojo::classroom::grade::Graded;
    /// assert_eq!(Graded { marks: vec![], score: 0, max_score: 0 }.right(), 0);
    /// ```
    pub fn right(&self) -> usize {
        self.marks.iter().filter(|m| m.outcome.is_right()).count()
    }
}

/// Why answers do not fit an exam.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FitError {
    /// More answers than questions.
    #[error("it has {answers} answers for {questions} questions")]
    TooMany {
        /// Answers in the file.
        answers: usize,
        /// Questions in the exam.
        questions: usize,
    },
    /// An answer names another question than the one shown at its place.
    #[error("answer {number} is for question {found}, but question {expected} was shown there")]
    WrongSlot {
        /// 1-based position.
        number: usize,
        /// The slot in the file.
        found: String,
        /// The slot of the exam.
        expected: String,
    },
}

/// Grades answers given in the exam's order. An answer after a time limit is
/// [`Outcome::Late`]: one that took longer than the limit of a question, and every
/// answer once the time taken so far passes the overall limit.
///
/// ```
/// use netdojo::classroom::{exam::Exam, grade::grade, pack, result::Answer};
/// use netdojo::lang::Lang;
/// use netdojo::lesson::{Library, load};
/// let (library, _) = Library::from_sources(&load::embedded());
/// let pack = pack::starter();
/// let exam = Exam::build(&pack, &library, Some("Aiko")).unwrap();
/// let q = &exam.questions[0];
/// let answers = vec![Answer { slot: q.slot.clone(), typed: q.answer_text(Lang::En), ms: 4000 }];
/// let graded = grade(&exam, pack.time_limit, &answers).unwrap();
/// assert_eq!(graded.score, u64::from(q.points));
/// assert_eq!(graded.marks.len(), 5);
/// ```
pub fn grade(exam: &Exam, limits: TimeLimit, answers: &[Answer]) -> Result<Graded, FitError> {
    if answers.len() > exam.questions.len() {
        return Err(FitError::TooMany {
            answers: answers.len(),
            questions: exam.questions.len(),
        });
    }
    let per_question = limits.question_secs.map(|s| u64::from(s) * 1000);
    let overall = limits.total_secs.map(|s| u64::from(s) * 1000);
    let mut elapsed: u64 = 0;
    let mut marks = Vec::new();
    for (index, question) in exam.questions.iter().enumerate() {
        let Some(answer) = answers.get(index) else {
            marks.push(Marked {
                index,
                typed: None,
                outcome: Outcome::Skipped,
                points: 0,
                ms: 0,
            });
            continue;
        };
        if answer.slot != question.slot {
            return Err(FitError::WrongSlot {
                number: index + 1,
                found: answer.slot.clone(),
                expected: question.slot.clone(),
            });
        }
        elapsed = elapsed.saturating_add(answer.ms);
        let late = per_question.is_some_and(|limit| answer.ms > limit)
            || overall.is_some_and(|limit| elapsed > limit);
        let outcome = if late {
            Outcome::Late
        } else {
            question.grade(&answer.typed)
        };
        marks.push(Marked {
            index,
            typed: Some(answer.typed.clone()),
            points: if outcome.is_right() {
                question.points
            } else {
                0
            },
            outcome,
            ms: answer.ms,
        });
    }
    let score = marks.iter().map(|m| u64::from(m.points)).sum();
    Ok(Graded {
        marks,
        score,
        max_score: exam.max_points(),
    })
}

/// What a check of a result file found.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The pack the answers were graded with (the one inside the result, when it
    /// could be read).
    pub pack: Option<Pack>,
    /// The student's exam rebuilt from that pack.
    pub exam: Option<Exam>,
    /// The answers graded; `None` when they could not be.
    pub graded: Option<Graded>,
    /// Reasons to distrust the file (a score that differs, a pack that does not
    /// match its hash...). Empty for a sound file.
    pub tampered: Vec<String>,
    /// Whether the file was taken with another pack than the class's.
    pub mismatched: bool,
}

/// Checks a result file and grades it again from scratch. With `class_hash`, a
/// result taken with another pack is flagged as mismatched (and graded with the
/// pack it carries).
///
/// ```
/// use netdojo::classroom::{exam::Exam, grade::check, pack, result::ResultFile};
/// use netdojo::lesson::{Library, load};
/// let (library, _) = Library::from_sources(&load::embedded());
/// let mut r = ResultFile::start("Aiko", &pack::starter(), pack::STARTER, "t");
/// r.score = Some(6);
/// let checked = check(&r, None, &library);
/// assert_eq!(checked.tampered, ["its score says 6 but the answers give 0"]);
/// ```
pub fn check(result: &ResultFile, class_hash: Option<&str>, library: &Library) -> Checked {
    let mut tampered = Vec::new();
    if pack::hash(result.pack.as_bytes()) != result.pack_sha256 {
        tampered.push("the pack inside it does not match its pack_sha256".to_owned());
    }
    let mismatched = class_hash.is_some_and(|h| h != result.pack_sha256);
    let mut checked = Checked {
        pack: None,
        exam: None,
        graded: None,
        tampered,
        mismatched,
    };
    let pack = match pack::read(&result.pack, library) {
        Ok(pack) => pack,
        Err(problems) => {
            let first = problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default();
            checked
                .tampered
                .push(format!("the pack inside it cannot be read: {first}"));
            return checked;
        }
    };
    if pack.seed != result.seed || pack.mode != result.mode || pack.title != result.pack_title {
        checked
            .tampered
            .push("its seed, mode or title differ from its pack".to_owned());
    }
    let exam = match Exam::build(&pack, library, Some(&result.student)) {
        Ok(exam) => exam,
        Err(e) => {
            checked
                .tampered
                .push(format!("its exam cannot be rebuilt: {e}"));
            checked.pack = Some(pack);
            return checked;
        }
    };
    match grade(&exam, pack.time_limit, &result.answers) {
        Ok(graded) => {
            if let Some(stored) = result.score.filter(|&s| s != graded.score) {
                checked.tampered.push(format!(
                    "its score says {stored} but the answers give {}",
                    graded.score
                ));
            }
            checked.graded = Some(graded);
        }
        Err(e) => checked
            .tampered
            .push(format!("its answers do not fit: {e}")),
    }
    checked.pack = Some(pack);
    checked.exam = Some(exam);
    checked
}

/// The question of a mark.
///
/// ```
/// use netdojo::classroom::{exam::Exam, grade::{grade, question_of}, pack};
/// use netdojo::lesson::{Library, load};
/// let (library, _) = Library::from_sources(&load::embedded());
/// let pack = pack::starter();
/// let exam = Exam::build(&pack, &library, Some("Aiko")).unwrap();
/// let graded = grade(&exam, pack.time_limit, &[]).unwrap();
/// assert!(question_of(&exam, &graded.marks[0]).is_some());
/// ```
pub fn question_of<'e>(exam: &'e Exam, mark: &Marked) -> Option<&'e ExamQuestion> {
    exam.questions.get(mark.index)
}
