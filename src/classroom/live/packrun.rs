//! A quiz pack run live: the pack kept whole in the journal's header, each student's
//! own exam (built from the pack and the display name they pick, exactly as
//! `netdojo class key PACK --student NAME` builds it), and the questions of that exam
//! as the student's screen shows them.
//!
//! Nothing here grades on its own: answers go through [`crate::classroom::grade`]
//! with the pack's time limits, so the live score and the score a class report
//! recomputes from the result files are one computation.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::model::{LiveQuestion, MAX_QUESTIONS, SetupError, TypedEntry};
use crate::classroom::exam::{Exam, ExamQuestion};
use crate::classroom::pack::{self, Pack};
use crate::lang::Lang;
use crate::lesson::{Library, load};

/// The pack a live session runs, as the journal keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackSource {
    /// The pack's file as the teacher named it, for messages.
    pub file: String,
    /// SHA-256 of the pack's bytes, lowercase hex (the same as in result files).
    pub sha256: String,
    /// The pack's text.
    pub text: String,
}

impl PackSource {
    /// A source from a pack file's name and text; the hash is computed here.
    ///
    /// ```
    /// use netdojo::classroom::live::packrun::PackSource;
    /// use netdojo::classroom::pack;
    /// let source = PackSource::new("starter.json", pack::STARTER);
    /// assert_eq!(source.sha256, pack::hash(pack::STARTER.as_bytes()));
    /// ```
    pub fn new(file: &str, text: &str) -> Self {
        PackSource {
            file: file.to_owned(),
            sha256: pack::hash(text.as_bytes()),
            text: text.to_owned(),
        }
    }
}

/// A pack read and ready to build exams.
pub struct PackRun {
    /// The pack.
    pub pack: Pack,
    /// Its text, as result files keep it.
    pub text: String,
    /// SHA-256 of the text.
    pub sha256: String,
    library: Arc<Library>,
}

impl std::fmt::Debug for PackRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PackRun")
            .field("title", &self.pack.title)
            .field("sha256", &self.sha256)
            .finish_non_exhaustive()
    }
}

// Two runs of the same bytes are the same run: everything else is read from them.
impl PartialEq for PackRun {
    fn eq(&self, other: &Self) -> bool {
        self.sha256 == other.sha256
    }
}

impl Eq for PackRun {}

impl PackRun {
    /// Reads a source: its hash must match its text, the pack must be valid with the
    /// built-in lessons and make 1 to 200 questions.
    ///
    /// ```
    /// use netdojo::classroom::live::packrun::{PackRun, PackSource};
    /// use netdojo::classroom::pack;
    /// let run = PackRun::open(&PackSource::new("starter.json", pack::STARTER)).unwrap();
    /// assert_eq!(run.question_count(), 5);
    /// ```
    pub fn open(source: &PackSource) -> Result<PackRun, SetupError> {
        let problem = |problem: String| SetupError::Pack {
            file: source.file.clone(),
            problem,
        };
        if pack::hash(source.text.as_bytes()) != source.sha256 {
            return Err(problem("its text does not match its SHA-256".into()));
        }
        let library = load::embedded_library();
        let pack = pack::read(&source.text, &library).map_err(|problems| {
            problem(
                problems
                    .first()
                    .map(ToString::to_string)
                    .unwrap_or_default(),
            )
        })?;
        let count = pack.question_count();
        if count == 0 || count > MAX_QUESTIONS {
            return Err(problem(format!(
                "a live session holds 1 to {MAX_QUESTIONS} questions, not {count}"
            )));
        }
        Ok(PackRun {
            pack,
            text: source.text.clone(),
            sha256: source.sha256.clone(),
            library,
        })
    }

    /// How many questions every student gets.
    pub fn question_count(&self) -> usize {
        self.pack.question_count()
    }

    /// A student's exam and its questions as shown, from the name they picked.
    ///
    /// ```
    /// use netdojo::classroom::live::packrun::{PackRun, PackSource};
    /// use netdojo::classroom::pack;
    /// let run = PackRun::open(&PackSource::new("starter.json", pack::STARTER)).unwrap();
    /// let aiko = run.exam_for("Aiko").unwrap();
    /// assert_eq!(aiko.shown.len(), 5);
    /// assert_eq!(aiko.shown[0].prompt_en, aiko.exam.questions[0].prompt(netdojo::lang::Lang::En));
    /// ```
    pub fn exam_for(&self, name: &str) -> Option<StudentExam> {
        let exam = Exam::build(&self.pack, &self.library, Some(name)).ok()?;
        let shown = exam.questions.iter().map(shown).collect();
        Some(StudentExam { exam, shown })
    }
}

/// One student's exam with its questions as their screen shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct StudentExam {
    /// The exam, as `class take` and `class report` build it.
    pub exam: Exam,
    /// The same questions as live questions, in the same order.
    pub shown: Vec<LiveQuestion>,
}

/// An exam question as a live question: letters pick a single choice; every other
/// kind is typed, with the hint `class take` gives.
fn shown(q: &ExamQuestion) -> LiveQuestion {
    let entries_en = q.entries(Lang::En);
    let entries_ja = q.entries(Lang::Ja);
    let single = q.kind() == "single_choice";
    let correct = if single {
        q.answer_text(Lang::En)
            .bytes()
            .next()
            .map_or(usize::MAX, |b| usize::from(b.saturating_sub(b'A')))
    } else {
        usize::MAX
    };
    let refs: Vec<&str> = entries_en.iter().map(String::as_str).collect();
    let mut live = LiveQuestion::new(
        &q.slot,
        q.prompt(Lang::En),
        q.prompt(Lang::Ja),
        &refs,
        correct,
    );
    live.points = q.points;
    if entries_ja != entries_en {
        live.choices_ja = entries_ja;
    }
    live.explain_en = q.explanation(Lang::En).join(" ");
    live.explain_ja = q.explanation(Lang::Ja).join(" ");
    if !single {
        live.typed = Some(TypedEntry {
            hint_en: q.hint(Lang::En),
            hint_ja: q.hint(Lang::Ja),
            answer_en: q.answer_shown(Lang::En),
            answer_ja: q.answer_shown(Lang::Ja),
        });
    }
    live
}

/// How a pack's time limits pace a live session: with an overall limit, students
/// go at their own pace until that deadline (at least 30 seconds); otherwise the
/// teacher paces, each question closing after the pack's time per question (kept
/// within 5 seconds to an hour), if it has one.
///
/// ```
/// use netdojo::classroom::live::model::Pacing;
/// use netdojo::classroom::live::packrun::pacing_for;
/// use netdojo::classroom::pack::TimeLimit;
/// let limits = TimeLimit { question_secs: Some(120), total_secs: Some(900) };
/// assert_eq!(pacing_for(limits), Pacing::Student { total_secs: 900 });
/// let limits = TimeLimit { question_secs: Some(300), total_secs: None };
/// assert_eq!(pacing_for(limits), Pacing::Teacher { question_secs: Some(300) });
/// ```
pub fn pacing_for(limits: crate::classroom::pack::TimeLimit) -> super::model::Pacing {
    use super::model::Pacing;
    match (limits.total_secs, limits.question_secs) {
        (Some(total), _) => Pacing::Student {
            total_secs: total.max(30),
        },
        (None, question) => Pacing::Teacher {
            question_secs: question.map(|s| s.clamp(5, 3600)),
        },
    }
}
