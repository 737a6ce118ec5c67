//! The teacher's side as data: the keymap rows (keys in the dashboard, words on
//! standard input in headless mode, one description each), and what the dashboard
//! shows, computed from the session.

use super::keys::Key;
use std::collections::BTreeMap;

use super::model::{Command, LiveQuestion, LiveSession, Phase};
use super::text::{Lang, letter};

/// What a teacher's key or word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeacherAction {
    /// A step of the session.
    Command(Command),
    /// Switch the dashboard's language.
    Language,
    /// Stop the host (asks once more in the dashboard).
    Quit,
}

/// One row of the teacher's keymap.
#[derive(Debug, Clone, Copy)]
pub struct TeacherBinding {
    /// Keys in the dashboard (the first is shown in the hint bar).
    pub keys: &'static [Key],
    /// The word typed on standard input in headless mode (empty: none).
    pub word: &'static str,
    /// What it does.
    pub action: TeacherAction,
    /// The description in English.
    pub en: &'static str,
    /// The description in Japanese.
    pub ja: &'static str,
}

/// Every teacher's binding: the dashboard's keys, the headless words, the hint bar
/// and the documentation come from these rows.
pub const BINDINGS: &[TeacherBinding] = &[
    TeacherBinding {
        keys: &[Key::Char('n'), Key::Enter, Key::Right],
        word: "next",
        action: TeacherAction::Command(Command::Next),
        en: "start / next question",
        ja: "開始・次の問題",
    },
    TeacherBinding {
        keys: &[Key::Char('r')],
        word: "reveal",
        action: TeacherAction::Command(Command::Reveal),
        en: "reveal the answer",
        ja: "正解を表示",
    },
    TeacherBinding {
        keys: &[Key::Char('b')],
        word: "board",
        action: TeacherAction::Command(Command::Board),
        en: "leaderboard",
        ja: "ランキング",
    },
    TeacherBinding {
        keys: &[Key::Char('h')],
        word: "hide",
        action: TeacherAction::Command(Command::HideBoard),
        en: "hide the board from students",
        ja: "ランキングを非公開",
    },
    TeacherBinding {
        keys: &[Key::Char('s')],
        word: "show",
        action: TeacherAction::Command(Command::ShowBoard),
        en: "show the board to students",
        ja: "ランキングを公開",
    },
    TeacherBinding {
        keys: &[Key::Char('e')],
        word: "end",
        action: TeacherAction::Command(Command::End),
        en: "end the session",
        ja: "セッションを終了",
    },
    TeacherBinding {
        keys: &[Key::Char('L')],
        word: "",
        action: TeacherAction::Language,
        en: "日本語",
        ja: "English",
    },
    TeacherBinding {
        keys: &[Key::Char('q'), Key::CtrlC],
        word: "quit",
        action: TeacherAction::Quit,
        en: "stop the host",
        ja: "ホストを停止",
    },
];

/// The action of a dashboard key.
///
/// ```
/// use netdojo::classroom::live::keys::Key;
/// use netdojo::classroom::live::model::Command;
/// use netdojo::classroom::live::teacher::{action_for_key, TeacherAction};
/// assert_eq!(action_for_key(Key::Char('r')), Some(TeacherAction::Command(Command::Reveal)));
/// assert_eq!(action_for_key(Key::Char('z')), None);
/// ```
pub fn action_for_key(key: Key) -> Option<TeacherAction> {
    BINDINGS
        .iter()
        .find(|b| b.keys.contains(&key))
        .map(|b| b.action)
}

/// The action of a headless command word (surrounding spaces and case ignored).
///
/// ```
/// use netdojo::classroom::live::model::Command;
/// use netdojo::classroom::live::teacher::{action_for_word, TeacherAction};
/// assert_eq!(action_for_word(" Next "), Some(TeacherAction::Command(Command::Next)));
/// assert_eq!(action_for_word(""), None);
/// ```
pub fn action_for_word(word: &str) -> Option<TeacherAction> {
    let word = word.trim().to_lowercase();
    if word.is_empty() {
        return None;
    }
    BINDINGS.iter().find(|b| b.word == word).map(|b| b.action)
}

/// The headless words, for messages: `next, reveal, ...`.
pub fn words() -> String {
    let words: Vec<&str> = BINDINGS
        .iter()
        .map(|b| b.word)
        .filter(|w| !w.is_empty())
        .collect();
    words.join(", ")
}

/// The hint bar: (first key, description) of every row.
pub fn hints(lang: Lang) -> Vec<(String, String)> {
    BINDINGS
        .iter()
        .map(|b| {
            let key = b.keys.first().map_or_else(String::new, key_label);
            (key, lang.pick(b.en, b.ja).to_string())
        })
        .collect()
}

/// How a key is written in hints.
pub fn key_label(key: &Key) -> String {
    match key {
        Key::Char(c) => c.to_string(),
        Key::Enter => "Enter".into(),
        Key::Right => "→".into(),
        Key::CtrlC => "Ctrl-C".into(),
        other => format!("{other:?}"),
    }
}

/// Where the session is, in one line for the teacher.
///
/// ```
/// use netdojo::classroom::live::demo::demo_setup;
/// use netdojo::classroom::live::model::{LiveSession, Pacing};
/// use netdojo::classroom::live::teacher::phase_line;
/// use netdojo::lang::Lang;
/// let session = LiveSession::new(demo_setup("net101", Pacing::Teacher { question_secs: None }, 40)).unwrap();
/// assert_eq!(phase_line(&session, Lang::En), "lobby: 0 students here, 0 joined");
/// ```
pub fn phase_line(session: &LiveSession, lang: Lang) -> String {
    let count = session.question_count();
    let present = session.present_count();
    let joined = session.students().len();
    match (session.phase(), lang) {
        (Phase::Lobby, Lang::En) => format!("lobby: {present} students here, {joined} joined"),
        (Phase::Lobby, Lang::Ja) => format!("待機中：参加中 {present} 人、参加済み {joined} 人"),
        (Phase::Open { question, .. }, Lang::En) => format!(
            "question {} of {count} open: {} of {present} answered",
            question.saturating_add(1),
            session.answered_count(question)
        ),
        (Phase::Open { question, .. }, Lang::Ja) => format!(
            "問題 {} / {count} 回答受付中：{present} 人中 {} 人が回答",
            question.saturating_add(1),
            session.answered_count(question)
        ),
        (Phase::Revealed { question }, Lang::En) => {
            format!(
                "question {} of {count} revealed",
                question.saturating_add(1)
            )
        }
        (Phase::Revealed { question }, Lang::Ja) => {
            format!("問題 {} / {count} 正解を表示中", question.saturating_add(1))
        }
        (Phase::Board { question }, Lang::En) => {
            format!("leaderboard after question {}", question.saturating_add(1))
        }
        (Phase::Board { question }, Lang::Ja) => {
            format!("問題 {} の後のランキング", question.saturating_add(1))
        }
        (Phase::Running { .. }, Lang::En) => {
            format!("students answer at their own pace ({present} here)")
        }
        (Phase::Running { .. }, Lang::Ja) => format!("各自のペースで回答中（参加中 {present} 人）"),
        (Phase::Finished, Lang::En) => "finished".into(),
        (Phase::Finished, Lang::Ja) => "終了".into(),
    }
}

/// One bar of the answer distribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DistributionRow {
    /// A to D.
    pub letter: char,
    /// The choice.
    pub text: String,
    /// How many picked it.
    pub count: u32,
    /// Whether it is the right answer and the answer is out.
    pub right: bool,
}

/// The question the teacher should see, with its live distribution.
pub fn distribution(session: &LiveSession) -> Option<(usize, Vec<DistributionRow>)> {
    let (index, revealed) = match session.phase() {
        Phase::Open { question, .. } => (question, false),
        Phase::Revealed { question } | Phase::Board { question } => (question, true),
        _ => return None,
    };
    if session.pack_run().is_some() {
        return Some((index, typed_distribution(session, index, revealed)));
    }
    let question = session.question(index)?;
    let counts = session.distribution(index);
    let rows = question
        .choices
        .iter()
        .enumerate()
        .map(|(i, text)| DistributionRow {
            letter: letter(i),
            text: text.clone(),
            count: counts.get(i).copied().unwrap_or(0),
            right: revealed && i == question.correct,
        })
        .collect();
    Some((index, rows))
}

/// The most answer rows the teacher sees for a pack's question.
const TYPED_ROWS: usize = 6;

/// A pack's question: each student has their own copy (their own numbers, their
/// own choice order), so answers are grouped by what they say, as the class report
/// groups them, most common first.
fn typed_distribution(session: &LiveSession, index: usize, revealed: bool) -> Vec<DistributionRow> {
    let mut groups: BTreeMap<String, (u32, bool)> = BTreeMap::new();
    for student in session.students() {
        let (Some(answer), Some(typed), Some(exam)) = (
            student.answers.get(&index),
            session.typed_answer(&student.fingerprint, index),
            session.exam_of(&student.fingerprint),
        ) else {
            continue;
        };
        let Some(question) = exam.exam.questions.get(index) else {
            continue;
        };
        let text = question.typed_shown(typed, Lang::En);
        let slot = groups.entry(text).or_insert((0, answer.correct));
        slot.0 = slot.0.saturating_add(1);
    }
    let mut rows: Vec<(String, (u32, bool))> = groups.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
    rows.into_iter()
        .take(TYPED_ROWS)
        .map(|(text, (count, right))| DistributionRow {
            letter: '•',
            text,
            count,
            right: revealed && right,
        })
        .collect()
}

/// The question the teacher reads at an index: the shared one, or in a pack
/// session the first named student's copy.
pub fn question_shown(session: &LiveSession, index: usize) -> Option<&LiveQuestion> {
    session.question(index).or_else(|| {
        session
            .students()
            .into_iter()
            .find_map(|s| session.question_for(&s.fingerprint, index))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::live::demo::demo_setup;
    use crate::classroom::live::model::{Event, Pacing};

    #[test]
    fn no_key_or_word_is_bound_twice() {
        let mut keys = Vec::new();
        let mut seen = Vec::new();
        for binding in BINDINGS {
            for key in binding.keys {
                assert!(!keys.contains(key), "{key:?} is bound twice");
                keys.push(*key);
            }
            if !binding.word.is_empty() {
                assert!(!seen.contains(&binding.word), "{} twice", binding.word);
                seen.push(binding.word);
            }
        }
        assert_eq!(words(), "next, reveal, board, hide, show, end, quit");
    }

    #[test]
    fn the_distribution_marks_the_answer_only_once_revealed() {
        let mut session = LiveSession::new(demo_setup(
            "net101",
            Pacing::Teacher {
                question_secs: None,
            },
            40,
        ))
        .unwrap();
        let aiko: crate::classroom::live::identity::Fingerprint =
            "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"
                .parse()
                .unwrap();
        for event in [
            Event::Join {
                student: aiko.clone(),
                at: 0,
            },
            Event::Name {
                student: aiko.clone(),
                name: "Aiko".into(),
            },
            Event::Open { question: 0, at: 1 },
            Event::Answer {
                student: aiko.clone(),
                question: 0,
                choice: 0,
                at: 2,
            },
        ] {
            session.apply(&event).unwrap();
        }
        assert_eq!(
            phase_line(&session, Lang::En),
            "question 1 of 3 open: 1 of 1 answered"
        );
        let (_, rows) = distribution(&session).unwrap();
        assert_eq!(
            rows.iter().map(|r| (r.count, r.right)).collect::<Vec<_>>(),
            vec![(1, false), (0, false), (0, false), (0, false)]
        );
        session
            .apply(&Event::Reveal { question: 0, at: 3 })
            .unwrap();
        let (_, rows) = distribution(&session).unwrap();
        assert!(rows[1].right);
    }
}
