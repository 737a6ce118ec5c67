//! Lesson questions in practice: a static question written in a lesson, with its
//! twin in the other language, becomes a practice [`Question`] that the same checker
//! grades and the same session runs.

use rand_chacha::ChaCha8Rng;

use super::draw::shuffle;
use super::model::{Choice, Difficulty, Kind, Question, SkillId, Text};
use crate::lesson::skills as catalog;
use crate::lesson::{Lesson, Question as LessonQuestion, QuestionKind};

/// The skill id a lesson question practises: its own, else the lesson's first, else
/// `lesson` (progress then keeps it apart from the generated skills).
fn skill_of(question: &LessonQuestion, lesson: &Lesson) -> SkillId {
    question
        .skill
        .iter()
        .chain(lesson.meta.skills.iter())
        .find_map(|id| catalog::find(id))
        .map_or(SkillId("lesson"), |s| SkillId(s.id))
}

fn pair(en: &[String], ja: &[String]) -> Vec<Text> {
    en.iter()
        .zip(ja)
        .map(|(e, j)| Text::new(e.clone(), j.clone()))
        .collect()
}

fn plain(choices: Vec<Text>) -> Vec<Choice> {
    choices
        .into_iter()
        .map(|text| Choice {
            text,
            mistake: None,
        })
        .collect()
}

/// One lesson question and its twin as a practice question; `None` when the twins
/// disagree on the kind (the lesson checker reports that). Order questions are shown
/// shuffled; choices keep the order the author wrote, so letters match the lesson.
pub fn from_lesson(
    en: &LessonQuestion,
    ja: &LessonQuestion,
    lesson: &Lesson,
    rng: &mut ChaCha8Rng,
) -> Option<Question> {
    let kind = match (&en.kind, &ja.kind) {
        (
            QuestionKind::Choice { choices, answer },
            QuestionKind::Choice {
                choices: choices_ja,
                ..
            },
        ) => Kind::SingleChoice {
            choices: plain(pair(choices, choices_ja)),
            answer: *answer,
        },
        (
            QuestionKind::Multi { choices, answers },
            QuestionKind::Multi {
                choices: choices_ja,
                ..
            },
        ) => {
            let mut answers = answers.clone();
            answers.sort_unstable();
            answers.dedup();
            Kind::MultiChoice {
                choices: plain(pair(choices, choices_ja)),
                answers,
            }
        }
        (QuestionKind::TrueFalse { answer }, QuestionKind::TrueFalse { .. }) => Kind::TrueFalse {
            answer: *answer,
            mistake: None,
        },
        (QuestionKind::Order { items }, QuestionKind::Order { items: items_ja }) => {
            let written = pair(items, items_ja);
            let mut shown: Vec<usize> = (0..written.len()).collect();
            shuffle(rng, &mut shown);
            // order[k] = the letter (shown position) of the k-th item in the right order.
            let mut order = vec![0; written.len()];
            for (position, &item) in shown.iter().enumerate() {
                if let Some(slot) = order.get_mut(item) {
                    *slot = position;
                }
            }
            let items = shown
                .iter()
                .filter_map(|&i| written.get(i).cloned())
                .collect();
            Kind::Ordering { items, order }
        }
        (
            QuestionKind::Short { answer, accept },
            QuestionKind::Short {
                answer: answer_ja,
                accept: accept_ja,
            },
        ) => {
            let mut accepted = vec![answer.clone()];
            for spelling in accept.iter().chain([answer_ja]).chain(accept_ja) {
                if !accepted.contains(spelling) {
                    accepted.push(spelling.clone());
                }
            }
            Kind::Short { accepted }
        }
        _ => return None,
    };
    Some(Question {
        skill: skill_of(en, lesson),
        difficulty: Difficulty::Medium,
        prompt: Text::new(en.prompt.clone(), ja.prompt.clone()),
        kind,
        explanation: vec![Text::new(en.explanation.clone(), ja.explanation.clone())],
    })
}

/// Every question of a lesson pair (English and Japanese), in the lesson's order.
pub fn lesson_questions(en: &Lesson, ja: &Lesson, rng: &mut ChaCha8Rng) -> Vec<Question> {
    en.questions
        .iter()
        .filter_map(|q| {
            let twin = ja.question(&q.id)?;
            from_lesson(q, twin, en, rng)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::load::embedded;
    use crate::lesson::{Lang, Library};
    use crate::quiz::check::{Verdict, check};
    use crate::quiz::draw::rng_for_seed;

    #[test]
    fn every_embedded_lesson_question_is_answered_right_by_its_answer_text() {
        let (library, _) = Library::from_sources(&embedded());
        let mut rng = rng_for_seed(1);
        let mut seen = 0;
        for en in library.lessons(Lang::En) {
            let Some(ja) = library.find(&en.meta.id, Lang::Ja) else {
                continue;
            };
            for q in lesson_questions(en, ja, &mut rng) {
                seen += 1;
                assert_eq!(
                    check(&q, &q.answer_text()),
                    Ok(Verdict::Right),
                    "{} {:?}",
                    en.meta.id,
                    q.prompt.en
                );
                if let Kind::Ordering { items, order } = &q.kind {
                    let mut sorted = order.clone();
                    sorted.sort_unstable();
                    assert_eq!(sorted, (0..items.len()).collect::<Vec<_>>());
                }
            }
        }
        assert!(seen > 50, "only {seen} lesson questions");
    }
}
