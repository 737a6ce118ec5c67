//! A student's screen as plain data: what their keys mean at this moment
//! ([`StudentUi::handle_key`]) and what they see ([`StudentUi::view`]). The drawing
//! is in `view.rs`; the connection that runs both is in `student.rs`.

use unicode_width::UnicodeWidthStr;

use super::identity::{Fingerprint, NAME_MAX_WIDTH};
use super::keys::Key;
use super::model::{LiveSession, Millis, Pacing, Phase, Student};
use super::text::{Lang, Notice, letter};

/// The most characters kept in the name field, whatever their width.
pub const MAX_NAME_CHARS: usize = 40;

/// The most characters kept in a typed answer.
pub const MAX_ANSWER_CHARS: usize = 200;

/// How many leaderboard lines a student sees (plus their own line).
const BOARD_LINES: usize = 10;

/// What the connection should do after a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UiAction {
    /// Nothing changed.
    Nothing,
    /// Only the screen changed.
    Redraw,
    /// Ask the session to give the student this name.
    SubmitName(String),
    /// Ask the session to record this typed answer (a pack's question).
    SubmitTyped {
        /// The question's index.
        question: usize,
        /// What was typed (a letter for a single choice).
        typed: String,
    },
    /// Ask the session to record this answer.
    SubmitAnswer {
        /// The question's index.
        question: usize,
        /// The choice's index.
        choice: usize,
    },
    /// The student leaves.
    Leave,
}

/// The state of one student's screen that the session does not hold.
#[derive(Debug, Clone, Default)]
pub struct StudentUi {
    /// The language of the screen (Tab switches).
    pub lang: Lang,
    name_input: String,
    name_error: Option<String>,
    cursor: usize,
    cursor_question: Option<usize>,
    saving: Option<(usize, usize)>,
    feedback: Option<usize>,
    notice: Option<Notice>,
    error: Option<String>,
    answer_input: String,
}

impl StudentUi {
    /// A fresh screen in a language.
    pub fn new(lang: Lang) -> Self {
        StudentUi {
            lang,
            ..Self::default()
        }
    }

    /// Shows a note on the screen until the next key.
    pub fn notice(&mut self, notice: Notice) {
        self.notice = Some(notice);
    }

    /// The name was refused: say why.
    pub fn name_refused(&mut self, reason: String) {
        self.name_error = Some(reason);
    }

    /// The name was taken.
    pub fn name_accepted(&mut self) {
        self.name_input.clear();
        self.name_error = None;
    }

    /// The answer being saved is on disk; a student-paced student sees how they did.
    pub fn answer_saved(&mut self, question: usize, pacing: Pacing) {
        self.saving = None;
        self.answer_input.clear();
        if matches!(pacing, Pacing::Student { .. }) {
            self.feedback = Some(question);
        }
    }

    /// The answer is on disk, in a pack whose feedback comes at the end: no verdict
    /// now, only a note that it is recorded.
    pub fn answer_saved_quietly(&mut self) {
        self.saving = None;
        self.answer_input.clear();
        self.error = Some(
            self.lang
                .pick(
                    "Answer recorded. You see how you did at the end.",
                    "回答を記録しました。結果は最後に表示されます。",
                )
                .into(),
        );
    }

    /// The answer could not be recorded: say why.
    pub fn answer_failed(&mut self, reason: String) {
        self.saving = None;
        self.error = Some(reason);
    }

    /// Whether an answer is waiting for the journal.
    pub fn is_saving(&self) -> bool {
        self.saving.is_some()
    }

    /// What a key means now.
    pub fn handle_key(&mut self, key: Key, session: &LiveSession, me: &Fingerprint) -> UiAction {
        self.notice = None;
        self.error = None;
        match key {
            Key::CtrlC | Key::CtrlD => return UiAction::Leave,
            Key::Tab => {
                self.lang = self.lang.other();
                return UiAction::Redraw;
            }
            _ => {}
        }
        let Some(student) = session.student(me) else {
            return UiAction::Nothing;
        };
        if student.name.is_none() {
            return self.naming_key(key);
        }
        if self.feedback.is_none() {
            if let Some((question, _, true)) = self.answerable(session, student) {
                return self.typing_key(key, question);
            }
        }
        if matches!(key, Key::Char('q' | 'Q')) {
            return UiAction::Leave;
        }
        if self.feedback.is_some() {
            if matches!(
                key,
                Key::Enter | Key::Char(' ') | Key::Right | Key::Char('l')
            ) {
                self.feedback = None;
                return UiAction::Redraw;
            }
            return UiAction::Nothing;
        }
        let Some((question, choices, _)) = self.answerable(session, student) else {
            return UiAction::Nothing;
        };
        let last = choices.saturating_sub(1);
        let choice = match key {
            Key::Char(c) if choice_of(c).is_some_and(|i| i < choices) => choice_of(c),
            Key::Enter => Some(self.cursor.min(last)),
            Key::Up | Key::Left | Key::Char('k' | 'h') | Key::BackTab => {
                self.cursor = self.cursor.saturating_sub(1);
                return UiAction::Redraw;
            }
            Key::Down | Key::Right | Key::Char('j' | 'l') => {
                self.cursor = self.cursor.saturating_add(1).min(last);
                return UiAction::Redraw;
            }
            Key::Home => {
                self.cursor = 0;
                return UiAction::Redraw;
            }
            Key::End => {
                self.cursor = last;
                return UiAction::Redraw;
            }
            _ => None,
        };
        match choice {
            Some(choice) if choice < choices => {
                self.cursor = choice;
                self.saving = Some((question, choice));
                if session.pack_run().is_some() {
                    UiAction::SubmitTyped {
                        question,
                        typed: letter(choice).to_string(),
                    }
                } else {
                    UiAction::SubmitAnswer { question, choice }
                }
            }
            _ => UiAction::Nothing,
        }
    }

    /// A key on a question whose answer is typed: an input line, Enter submits.
    fn typing_key(&mut self, key: Key, question: usize) -> UiAction {
        match key {
            Key::Char(c) => {
                if self.answer_input.chars().count() < MAX_ANSWER_CHARS {
                    self.answer_input.push(c);
                }
                UiAction::Redraw
            }
            Key::Backspace => {
                self.answer_input.pop();
                UiAction::Redraw
            }
            Key::Esc => {
                self.answer_input.clear();
                UiAction::Redraw
            }
            Key::Enter if !self.answer_input.trim().is_empty() => {
                self.saving = Some((question, usize::MAX));
                UiAction::SubmitTyped {
                    question,
                    typed: self.answer_input.clone(),
                }
            }
            _ => UiAction::Nothing,
        }
    }

    fn naming_key(&mut self, key: Key) -> UiAction {
        match key {
            Key::Char(c) => {
                let mut longer = self.name_input.clone();
                longer.push(c);
                if longer.chars().count() > MAX_NAME_CHARS || longer.trim().width() > NAME_MAX_WIDTH
                {
                    self.notice = Some(Notice::NameTooLong);
                } else {
                    self.name_input = longer;
                    self.name_error = None;
                }
                UiAction::Redraw
            }
            Key::Backspace => {
                self.name_input.pop();
                UiAction::Redraw
            }
            Key::Esc => {
                self.name_input.clear();
                UiAction::Redraw
            }
            Key::Enter => UiAction::SubmitName(self.name_input.clone()),
            _ => UiAction::Nothing,
        }
    }

    /// The question this student can answer now, with its number of choices and
    /// whether its answer is typed.
    fn answerable(
        &mut self,
        session: &LiveSession,
        student: &Student,
    ) -> Option<(usize, usize, bool)> {
        if self.saving.is_some() {
            return None;
        }
        let open = match session.phase() {
            Phase::Open { question, .. } => Some(question),
            Phase::Running { .. } => session.current_question_for(&student.fingerprint),
            _ => None,
        }?;
        if student.answers.contains_key(&open) {
            return None;
        }
        if self.cursor_question != Some(open) {
            self.cursor_question = Some(open);
            self.cursor = 0;
        }
        let question = session.question_for(&student.fingerprint, open)?;
        Some((open, question.choices.len(), question.typed.is_some()))
    }

    /// What the student sees at `now`.
    pub fn view(&self, session: &LiveSession, me: &Fingerprint, now: Millis) -> StudentView {
        let lang = self.lang;
        let student = session.student(me);
        let score = student.map_or(0, |s| session.shown_score(s));
        let who = match student.and_then(|s| s.name.as_deref()) {
            Some(name) => match lang {
                Lang::En => format!("{name} · {score} pts"),
                Lang::Ja => format!("{name} · {score} 点"),
            },
            None => String::new(),
        };
        let notice = self
            .notice
            .map(|n| n.text(lang).to_string())
            .or_else(|| self.error.clone());
        let tab = (
            "Tab".to_string(),
            lang.pick("日本語", "English").to_string(),
        );
        let leave = ("q".to_string(), lang.pick("leave", "退出").to_string());
        let mut view = StudentView {
            lang,
            title: session.setup().title.clone(),
            who,
            body: Body::Message {
                headline: String::new(),
                lines: Vec::new(),
            },
            notice,
            hints: vec![tab.clone(), leave.clone()],
        };
        let Some(student) = student else {
            view.body = Body::Message {
                headline: lang.pick("Joining…", "参加しています…").into(),
                lines: Vec::new(),
            };
            return view;
        };
        if student.name.is_none() {
            view.body = Body::Naming {
                prompt: lang
                    .pick(
                        "Type the name the class will see, then press Enter.",
                        "クラスに表示する名前を入力して Enter を押してください。",
                    )
                    .into(),
                input: self.name_input.clone(),
                error: self.name_error.clone(),
                key_line: key_line(lang, me),
            };
            view.hints = vec![
                ("Enter".into(), lang.pick("join", "参加").into()),
                tab,
                ("Ctrl-C".into(), lang.pick("leave", "退出").into()),
            ];
            return view;
        }
        view.body = self.body(session, student, now);
        if let Body::Question {
            answerable: true,
            input: Some(_),
            ..
        } = view.body
        {
            view.hints = vec![
                ("Enter".into(), lang.pick("answer", "回答").into()),
                tab,
                ("Ctrl-C".into(), lang.pick("leave", "退出").into()),
            ];
        } else if let Body::Question {
            answerable: true, ..
        } = view.body
        {
            view.hints = vec![
                ("A–D".into(), lang.pick("answer", "回答").into()),
                ("↑↓ Enter".into(), lang.pick("choose", "選んで回答").into()),
                tab,
                leave,
            ];
        } else if self.feedback.is_some() {
            view.hints = vec![
                (
                    "Enter".into(),
                    lang.pick("next question", "次の問題").into(),
                ),
                tab,
                leave,
            ];
        }
        view
    }

    fn body(&self, session: &LiveSession, student: &Student, now: Millis) -> Body {
        let lang = self.lang;
        let name = student.name.clone().unwrap_or_default();
        let count = session.question_count();
        match session.phase() {
            Phase::Lobby => Body::Message {
                headline: match lang {
                    Lang::En => format!("You are in, {name}!"),
                    Lang::Ja => format!("{name} さん、参加しました！"),
                },
                lines: vec![
                    lang.pick(
                        "Waiting for the teacher to start.",
                        "先生が始めるのを待っています。",
                    )
                    .into(),
                    match lang {
                        Lang::En => format!("Students here: {}", session.present_count()),
                        Lang::Ja => format!("参加者: {} 人", session.present_count()),
                    },
                    String::new(),
                    key_line(lang, &student.fingerprint),
                ],
            },
            Phase::Open {
                question,
                closes_at,
            } => {
                let left = closes_at.map(|t| seconds_left(lang, t, now));
                self.question_body(session, student, question, false, left)
            }
            Phase::Revealed { question } => {
                self.question_body(session, student, question, true, None)
            }
            Phase::Board { .. } => self.board_body(session, student, None),
            Phase::Running { ends_at } => {
                if let Some(question) = self.feedback {
                    return self.question_body(session, student, question, true, None);
                }
                match session.current_question_for(&student.fingerprint) {
                    Some(question) => {
                        let left = Some(seconds_left(lang, ends_at, now));
                        self.question_body(session, student, question, false, left)
                    }
                    None => Body::Message {
                        headline: lang
                            .pick("You answered every question.", "全問に回答しました。")
                            .into(),
                        lines: vec![
                            if session.results_hidden() {
                                lang.pick(
                                    "Your answers are recorded.",
                                    "回答はすべて記録されました。",
                                )
                                .into()
                            } else {
                                score_line(lang, student, count)
                            },
                            lang.pick(
                                "Waiting for the end of the session.",
                                "セッションの終了を待っています。",
                            )
                            .into(),
                        ],
                    },
                }
            }
            Phase::Finished => {
                let footer = match lang {
                    Lang::En => format!("Finished! {}", score_line(lang, student, count)),
                    Lang::Ja => format!("終了！ {}", score_line(lang, student, count)),
                };
                self.board_body(session, student, Some(footer))
            }
        }
    }

    fn board_body(&self, session: &LiveSession, student: &Student, footer: Option<String>) -> Body {
        let lang = self.lang;
        if session.results_hidden() {
            let mut lines = vec![
                lang.pick("Scores are shown at the end.", "得点は最後に表示されます。")
                    .to_string(),
            ];
            lines.extend(footer);
            return Body::Message {
                headline: lang.pick("Scores", "得点").into(),
                lines,
            };
        }
        if !session.board_visible() {
            let mut lines = vec![
                lang.pick("The leaderboard is hidden.", "ランキングは非公開です。")
                    .to_string(),
                score_line(lang, student, session.question_count()),
            ];
            lines.extend(footer);
            return Body::Message {
                headline: lang.pick("Scores", "得点").into(),
                lines,
            };
        }
        let standings = session.standings();
        let mut rows: Vec<BoardRow> = standings
            .iter()
            .take(BOARD_LINES)
            .map(|s| BoardRow {
                rank: s.rank,
                name: s.name.clone(),
                score: s.score,
                me: s.fingerprint == student.fingerprint,
            })
            .collect();
        if !rows.iter().any(|r| r.me) {
            if let Some(mine) = standings
                .iter()
                .find(|s| s.fingerprint == student.fingerprint)
            {
                rows.push(BoardRow {
                    rank: mine.rank,
                    name: mine.name.clone(),
                    score: mine.score,
                    me: true,
                });
            }
        }
        Body::Board {
            heading: lang.pick("Leaderboard", "ランキング").into(),
            rows,
            footer,
        }
    }

    fn question_body(
        &self,
        session: &LiveSession,
        student: &Student,
        index: usize,
        revealed: bool,
        time_left: Option<String>,
    ) -> Body {
        let lang = self.lang;
        let Some(question) = session.question_for(&student.fingerprint, index) else {
            return Body::Message {
                headline: String::new(),
                lines: Vec::new(),
            };
        };
        // A pack whose feedback comes at the end keeps the verdict until then.
        let revealed = revealed && !session.results_hidden();
        let typed = session.typed_answer(&student.fingerprint, index);
        let answer = student.answers.get(&index);
        let saving = self.saving.filter(|(q, _)| *q == index).map(|(_, c)| c);
        let picked = answer.map(|a| a.choice).or(saving);
        let answerable = !revealed && picked.is_none();
        let choices = question
            .choices_in(lang)
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let mark = match (revealed, i == question.correct, picked == Some(i)) {
                    (true, true, true) => Mark::RightPicked,
                    (true, true, false) => Mark::Right,
                    (true, false, true) => Mark::WrongPicked,
                    (false, _, true) => Mark::Picked,
                    (false, _, false)
                        if answerable && question.typed.is_none() && i == self.cursor =>
                    {
                        Mark::Cursor
                    }
                    _ => Mark::None,
                };
                ChoiceLine {
                    letter: letter(i),
                    text: text.clone(),
                    mark,
                }
            })
            .collect();
        // What the student gave, as they would recognise it.
        let given = |a: &super::model::Answer| match typed {
            Some(text) if question.typed.is_some() => format!("\"{text}\""),
            _ => letter(a.choice).to_string(),
        };
        let status = if revealed {
            let right = match &question.typed {
                Some(entry) => lang.pick(&entry.answer_en, &entry.answer_ja).to_string(),
                None => letter(question.correct).to_string(),
            };
            let mut lines = vec![match lang {
                Lang::En => format!("The answer is {right}."),
                Lang::Ja => format!("正解は {right} です。"),
            }];
            lines.push(match (answer, lang) {
                (Some(a), Lang::En) if a.correct => {
                    format!("You answered {}: right, +{} points.", given(a), a.points)
                }
                (Some(a), Lang::Ja) if a.correct => {
                    format!("あなたの回答 {}：正解！ +{} 点", given(a), a.points)
                }
                (Some(a), Lang::En) => format!("You answered {}: not this time.", given(a)),
                (Some(a), Lang::Ja) => format!("あなたの回答 {}：不正解", given(a)),
                (None, _) => lang
                    .pick("You did not answer.", "回答しませんでした。")
                    .into(),
            });
            let explain = lang.pick(&question.explain_en, &question.explain_ja);
            if !explain.is_empty() {
                lines.push(explain.to_string());
            }
            if self.feedback == Some(index) {
                lines.push(
                    lang.pick(
                        "Press Enter for the next question.",
                        "Enter で次の問題へ進みます。",
                    )
                    .into(),
                );
            }
            lines
        } else if saving.is_some() {
            vec![
                lang.pick("Saving your answer…", "回答を保存しています…")
                    .into(),
            ]
        } else if let Some(a) = answer {
            vec![match lang {
                Lang::En => format!("Answer {} recorded. Waiting for the others.", given(a)),
                Lang::Ja => format!("回答 {} を記録しました。ほかの人を待っています。", given(a)),
            }]
        } else {
            let mut lines: Vec<String> = question
                .typed
                .iter()
                .map(|entry| lang.pick(&entry.hint_en, &entry.hint_ja).to_string())
                .collect();
            lines.extend(time_left);
            lines
        };
        let input = (answerable && question.typed.is_some()).then(|| self.answer_input.clone());
        let count = session.question_count();
        let number = index.saturating_add(1);
        Body::Question {
            heading: match lang {
                Lang::En if question.points == 1 => {
                    format!("Question {number} of {count} · 1 point")
                }
                Lang::En => format!("Question {number} of {count} · {} points", question.points),
                Lang::Ja => format!("問題 {number} / {count} · {} 点", question.points),
            },
            prompt: lang.pick(&question.prompt_en, &question.prompt_ja).into(),
            choices,
            status,
            answerable,
            input,
        }
    }
}

/// The choice a letter or digit key picks: `a`/`A`/`1` is the first.
fn choice_of(c: char) -> Option<usize> {
    match c {
        'a'..='z' => Some(usize::from(c as u8 - b'a')),
        'A'..='Z' => Some(usize::from(c as u8 - b'A')),
        '1'..='9' => Some(usize::from(c as u8 - b'1')),
        _ => None,
    }
}

fn key_line(lang: Lang, fingerprint: &Fingerprint) -> String {
    match lang {
        Lang::En => format!("Your key: {fingerprint}"),
        Lang::Ja => format!("あなたの鍵: {fingerprint}"),
    }
}

fn score_line(lang: Lang, student: &Student, count: usize) -> String {
    match lang {
        Lang::En => format!(
            "Your score: {} ({} of {count} right)",
            student.score(),
            student.correct_count()
        ),
        Lang::Ja => format!(
            "得点: {}（{count} 問中 {} 問正解）",
            student.score(),
            student.correct_count()
        ),
    }
}

fn seconds_left(lang: Lang, deadline: Millis, now: Millis) -> String {
    let secs = deadline.saturating_sub(now).div_ceil(1000);
    let text = if secs >= 60 {
        format!("{}:{:02}", secs / 60, secs % 60)
    } else {
        secs.to_string()
    };
    match lang {
        Lang::En if secs >= 60 => format!("{text} left"),
        Lang::En => format!("{text} s left"),
        Lang::Ja if secs >= 60 => format!("残り {text}"),
        Lang::Ja => format!("残り {text} 秒"),
    }
}

/// Everything a student's screen shows, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StudentView {
    /// The language of the texts.
    pub lang: Lang,
    /// The session's title.
    pub title: String,
    /// The student's name and score, once named.
    pub who: String,
    /// The main part.
    pub body: Body,
    /// A one-line note (a refused request, an error).
    pub notice: Option<String>,
    /// Key hints for the bottom line: (keys, what they do).
    pub hints: Vec<(String, String)>,
}

/// The main part of a student's screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Picking a display name.
    Naming {
        /// What to do.
        prompt: String,
        /// The name typed so far.
        input: String,
        /// Why the last name was refused.
        error: Option<String>,
        /// The student's key fingerprint, to compare with `ssh-keygen -lf`.
        key_line: String,
    },
    /// A headline and a few lines (lobby, waiting).
    Message {
        /// The headline.
        headline: String,
        /// The lines under it.
        lines: Vec<String>,
    },
    /// A question with its choices.
    Question {
        /// "Question 2 of 10 · 10 points".
        heading: String,
        /// The question.
        prompt: String,
        /// The choices with their marks.
        choices: Vec<ChoiceLine>,
        /// Lines under the choices: time left, saving, recorded, the reveal.
        status: Vec<String>,
        /// Whether keys answer it now.
        answerable: bool,
        /// The answer typed so far, when the answer is typed rather than picked.
        input: Option<String>,
    },
    /// The leaderboard.
    Board {
        /// "Leaderboard".
        heading: String,
        /// The lines, the student's own marked.
        rows: Vec<BoardRow>,
        /// A closing line (the final score).
        footer: Option<String>,
    },
}

/// One choice as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceLine {
    /// A to D.
    pub letter: char,
    /// The choice's text.
    pub text: String,
    /// How it is marked.
    pub mark: Mark,
}

/// How a choice is marked; each mark has its own symbol, not only a colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Plain.
    None,
    /// Where Enter would answer.
    Cursor,
    /// The student's answer, before the reveal.
    Picked,
    /// The right answer, not the student's.
    Right,
    /// The right answer, and the student's.
    RightPicked,
    /// The student's answer, wrong.
    WrongPicked,
}

/// One leaderboard line as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BoardRow {
    /// The rank.
    pub rank: u32,
    /// The name.
    pub name: String,
    /// The score.
    pub score: u64,
    /// Whether it is the student's own line.
    pub me: bool,
}

#[cfg(test)]
mod tests;
