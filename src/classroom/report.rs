//! A class report: every result graded again from its answers, the pack and the
//! seed, then summed up for the teacher.
//!
//! - Leaderboard: score (recomputed, never the one written in the file), ties
//!   sharing a rank, with flags for tampered and mismatched files.
//! - Per question (by slot, so variants of one entry count together): facility
//!   (the share of students right) and the most common wrong answers, with the
//!   diagnosis of the mistake behind them when it is a known one.
//! - Per skill, for the class and for each student; the named mistakes of the
//!   class, most common first; roster names without a result.
//!
//! Class statistics count only sound results: a tampered or mismatched file is
//! listed with its flags but left out of facility, skills and mistakes.

use std::collections::BTreeMap;

use super::exam::Outcome;
use super::grade::{Checked, check};
use super::pack::{self, Pack};
use super::result::ResultFile;
use super::seed::normalize_name;
use crate::lang::Lang;
use crate::lesson::Library;
use crate::quiz::mistake::Mistake;

/// How many wrong answers a question lists.
pub const TOP_WRONG: usize = 3;

/// One file given to the report.
#[derive(Debug, Clone)]
pub struct Submission {
    /// The file as named on the command line.
    pub file: String,
    /// The result, or why it could not be read.
    pub result: Result<ResultFile, String>,
}

/// The class pack: given by the teacher, or the one most results carry.
#[derive(Debug, Clone)]
pub struct ClassPack {
    /// The pack.
    pub pack: Pack,
    /// SHA-256 of its text.
    pub hash: String,
}

/// A student's line of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct StudentRow {
    /// 1-based rank; `None` when the file could not be graded.
    pub rank: Option<usize>,
    /// The name in the file.
    pub name: String,
    /// The file.
    pub file: String,
    /// Recomputed score; `None` when it could not be graded.
    pub score: Option<u64>,
    /// The most points possible.
    pub max_score: u64,
    /// Questions right.
    pub right: usize,
    /// Questions in the exam.
    pub questions: usize,
    /// Why the file is not trusted (empty when it is sound).
    pub tampered: Vec<String>,
    /// Taken with another pack than the class's.
    pub mismatched: bool,
    /// Right and asked per skill.
    pub skills: Vec<SkillTally>,
}

impl StudentRow {
    /// Whether the row counts in class statistics.
    pub fn sound(&self) -> bool {
        self.tampered.is_empty() && !self.mismatched && self.score.is_some()
    }
}

/// Right answers out of questions asked, for one skill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillTally {
    /// The skill id, or `other` for questions without one.
    pub skill: String,
    /// Right answers.
    pub right: usize,
    /// Questions asked.
    pub asked: usize,
}

/// A wrong answer and how many gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongAnswer {
    /// The answer as grouped (see [`crate::classroom::exam::ExamQuestion::typed_shown`]).
    pub answer: String,
    /// How many students gave it.
    pub count: usize,
    /// The mistake behind it, when it is a known one.
    pub mistake: Option<Mistake>,
}

/// One question slot across the class.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionStat {
    /// The slot, such as `3.2`.
    pub slot: String,
    /// What made it.
    pub source: String,
    /// Students whose answers count.
    pub students: usize,
    /// Of those, right.
    pub right: usize,
    /// Left empty or never reached.
    pub skipped: usize,
    /// The most common wrong answers, most frequent first.
    pub wrong: Vec<WrongAnswer>,
}

impl QuestionStat {
    /// The share of students right, as a whole percentage rounded half up.
    ///
    /// ```
    /// use netdojo::classroom::report::QuestionStat;
    /// let q = QuestionStat { slot: "1".into(), source: "s".into(), students: 3, right: 2, skipped: 0, wrong: vec![] };
    /// assert_eq!(q.facility(), Some(67));
    /// ```
    pub fn facility(&self) -> Option<u64> {
        percent(self.right, self.students)
    }
}

/// `part` of `whole` as a whole percentage rounded half up; `None` of nothing.
///
/// ```
/// use netdojo::classroom::report::percent;
/// assert_eq!(percent(1, 8), Some(13));
/// assert_eq!(percent(0, 0), None);
/// ```
pub fn percent(part: usize, whole: usize) -> Option<u64> {
    let (part, whole) = (u64::try_from(part).ok()?, u64::try_from(whole).ok()?);
    if whole == 0 {
        return None;
    }
    Some((part.saturating_mul(200) + whole) / whole.saturating_mul(2))
}

/// The whole report.
#[derive(Debug, Clone)]
pub struct Report {
    /// The class pack (`None` when no result could be read and none was given).
    pub pack: Option<ClassPack>,
    /// Students, best first.
    pub students: Vec<StudentRow>,
    /// Files that are not results, with the reason.
    pub unreadable: Vec<(String, String)>,
    /// Per question slot, in the pack's order.
    pub questions: Vec<QuestionStat>,
    /// Per skill, for the class.
    pub skills: Vec<SkillTally>,
    /// Named mistakes of the class, most common first.
    pub mistakes: Vec<(Mistake, usize)>,
    /// Roster names without a result, in roster order.
    pub missing: Vec<String>,
}

/// Builds the report. Without `class_pack`, the class's pack is the one most
/// results carry (the first such file's copy).
pub fn build(
    submissions: &[Submission],
    class_pack: Option<ClassPack>,
    roster: &[String],
    library: &Library,
    lang: Lang,
) -> Report {
    let class_pack = class_pack.or_else(|| most_common_pack(submissions, library));
    let class_hash = class_pack.as_ref().map(|c| c.hash.as_str());
    let mut unreadable = Vec::new();
    let mut graded: Vec<(StudentRow, Checked)> = Vec::new();
    for submission in submissions {
        let result = match &submission.result {
            Ok(result) => result,
            Err(reason) => {
                unreadable.push((submission.file.clone(), reason.clone()));
                continue;
            }
        };
        let checked = check(result, class_hash, library);
        let row = student_row(&submission.file, result, &checked);
        graded.push((row, checked));
    }
    graded.sort_by(|(a, _), (b, _)| {
        b.score
            .cmp(&a.score)
            .then_with(|| normalize_name(&a.name).cmp(&normalize_name(&b.name)))
            .then_with(|| a.file.cmp(&b.file))
    });
    let scores: Vec<Option<u64>> = graded.iter().map(|(r, _)| r.score).collect();
    for (row, _) in &mut graded {
        row.rank = row
            .score
            .map(|s| 1 + scores.iter().filter(|o| o.is_some_and(|t| t > s)).count());
    }
    let sound: Vec<&Checked> = graded
        .iter()
        .filter(|(row, _)| row.sound())
        .map(|(_, c)| c)
        .collect();
    let questions = question_stats(&sound, lang);
    let skills = merge_skills(
        graded
            .iter()
            .filter(|(r, _)| r.sound())
            .map(|(r, _)| &r.skills),
    );
    let mistakes = mistake_counts(&sound);
    let submitted: Vec<String> = graded
        .iter()
        .map(|(r, _)| normalize_name(&r.name))
        .collect();
    let missing = roster
        .iter()
        .filter(|name| !submitted.contains(&normalize_name(name)))
        .cloned()
        .collect();
    Report {
        pack: class_pack,
        students: graded.into_iter().map(|(r, _)| r).collect(),
        unreadable,
        questions,
        skills,
        mistakes,
        missing,
    }
}

/// Reads a roster: one name per line; blank lines and `#` comments are skipped.
///
/// ```
/// use netdojo::classroom::report::roster;
/// assert_eq!(roster("# class 2B\nAiko\n\n  Ben \n"), ["Aiko", "Ben"]);
/// ```
pub fn roster(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn most_common_pack(submissions: &[Submission], library: &Library) -> Option<ClassPack> {
    let mut counts: BTreeMap<&str, (usize, &ResultFile)> = BTreeMap::new();
    for result in submissions.iter().filter_map(|s| s.result.as_ref().ok()) {
        if pack::hash(result.pack.as_bytes()) != result.pack_sha256 {
            continue;
        }
        counts
            .entry(result.pack_sha256.as_str())
            .or_insert((0, result))
            .0 += 1;
    }
    let (_, (_, result)) = counts
        .into_iter()
        .max_by(|(ha, (a, _)), (hb, (b, _))| a.cmp(b).then_with(|| hb.cmp(ha)))?;
    let pack = pack::read(&result.pack, library).ok()?;
    Some(ClassPack {
        pack,
        hash: result.pack_sha256.clone(),
    })
}

fn student_row(file: &str, result: &ResultFile, checked: &Checked) -> StudentRow {
    let mut skills: BTreeMap<String, SkillTally> = BTreeMap::new();
    if let (Some(exam), Some(graded)) = (&checked.exam, &checked.graded) {
        for mark in &graded.marks {
            let Some(question) = exam.questions.get(mark.index) else {
                continue;
            };
            let skill = question.skill.clone().unwrap_or_else(|| "other".to_owned());
            let tally = skills.entry(skill.clone()).or_insert(SkillTally {
                skill,
                right: 0,
                asked: 0,
            });
            tally.asked += 1;
            if mark.outcome.is_right() {
                tally.right += 1;
            }
        }
    }
    StudentRow {
        rank: None,
        name: result.student.clone(),
        file: file.to_owned(),
        score: checked.graded.as_ref().map(|g| g.score),
        max_score: checked
            .exam
            .as_ref()
            .map_or(0, super::exam::Exam::max_points),
        right: checked
            .graded
            .as_ref()
            .map_or(0, super::grade::Graded::right),
        questions: checked.exam.as_ref().map_or(0, |e| e.questions.len()),
        tampered: checked.tampered.clone(),
        mismatched: checked.mismatched,
        skills: skills.into_values().collect(),
    }
}

fn question_stats(sound: &[&Checked], lang: Lang) -> Vec<QuestionStat> {
    // Slots in the pack's order: entry, then copy.
    let mut stats: BTreeMap<(usize, String), (QuestionStat, Vec<WrongAnswer>)> = BTreeMap::new();
    for checked in sound {
        let (Some(exam), Some(graded)) = (&checked.exam, &checked.graded) else {
            continue;
        };
        for mark in &graded.marks {
            let Some(question) = exam.questions.get(mark.index) else {
                continue;
            };
            let key = (question.entry, slot_key(&question.slot));
            let (stat, wrong) = stats.entry(key).or_insert_with(|| {
                (
                    QuestionStat {
                        slot: question.slot.clone(),
                        source: question.source.clone(),
                        students: 0,
                        right: 0,
                        skipped: 0,
                        wrong: Vec::new(),
                    },
                    Vec::new(),
                )
            });
            stat.students += 1;
            let mistake = match &mark.outcome {
                Outcome::Right => {
                    stat.right += 1;
                    continue;
                }
                Outcome::Skipped | Outcome::Late => {
                    stat.skipped += 1;
                    continue;
                }
                Outcome::Wrong(mistake) => *mistake,
                Outcome::Unreadable(_) => None,
            };
            let answer = question.typed_shown(mark.typed.as_deref().unwrap_or(""), lang);
            match wrong.iter_mut().find(|w| w.answer == answer) {
                Some(w) => w.count += 1,
                None => wrong.push(WrongAnswer {
                    answer,
                    count: 1,
                    mistake,
                }),
            }
        }
    }
    stats
        .into_values()
        .map(|(mut stat, mut wrong)| {
            wrong.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.answer.cmp(&b.answer)));
            wrong.truncate(TOP_WRONG);
            stat.wrong = wrong;
            stat
        })
        .collect()
}

/// A slot's copy number padded so `3.10` sorts after `3.9`.
fn slot_key(slot: &str) -> String {
    let copy = slot.split_once('.').map_or("0", |(_, c)| c);
    format!("{copy:0>6}")
}

fn merge_skills<'a>(rows: impl Iterator<Item = &'a Vec<SkillTally>>) -> Vec<SkillTally> {
    let mut merged: BTreeMap<String, SkillTally> = BTreeMap::new();
    for tallies in rows {
        for t in tallies {
            let entry = merged.entry(t.skill.clone()).or_insert(SkillTally {
                skill: t.skill.clone(),
                right: 0,
                asked: 0,
            });
            entry.right += t.right;
            entry.asked += t.asked;
        }
    }
    merged.into_values().collect()
}

fn mistake_counts(sound: &[&Checked]) -> Vec<(Mistake, usize)> {
    let mut counts: BTreeMap<Mistake, usize> = BTreeMap::new();
    for graded in sound.iter().filter_map(|c| c.graded.as_ref()) {
        for mark in &graded.marks {
            if let Outcome::Wrong(Some(m)) = mark.outcome {
                *counts.entry(m).or_default() += 1;
            }
        }
    }
    let mut list: Vec<(Mistake, usize)> = counts.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}
