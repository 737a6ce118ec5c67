use super::*;
use crate::classroom::live::model::{Command, Event, LiveQuestion, Setup};

fn fp(tag: char) -> Fingerprint {
    let digest: String = std::iter::repeat_n(tag, 43).collect();
    format!("SHA256:{digest}").parse().unwrap()
}

fn session(pacing: Pacing) -> LiveSession {
    let mut q1 = LiveQuestion::new("q1", "Pick B", "B を選ぶ", &["a", "b", "c"], 1);
    q1.points = 10;
    q1.explain_en = "B is the one.".into();
    let q2 = LiveQuestion::new("q2", "Pick A", "A を選ぶ", &["x", "y"], 0);
    LiveSession::new(Setup {
        title: "Demo".into(),
        code: "net101".into(),
        pacing,
        questions: vec![q1, q2],
        board_visible: true,
        max_students: 10,
        roster: None,
        pack: None,
    })
    .unwrap()
}

fn teacher() -> LiveSession {
    session(Pacing::Teacher {
        question_secs: None,
    })
}

fn joined(session: &mut LiveSession, tag: char) -> Fingerprint {
    let me = fp(tag);
    session
        .apply(&Event::Join {
            student: me.clone(),
            at: 0,
        })
        .unwrap();
    me
}

fn named(session: &mut LiveSession, tag: char, name: &str) -> Fingerprint {
    let me = joined(session, tag);
    session
        .apply(&Event::Name {
            student: me.clone(),
            name: name.into(),
        })
        .unwrap();
    me
}

fn step(session: &mut LiveSession, command: Command) {
    let event = session.plan(command, 0).unwrap();
    session.apply(&event).unwrap();
}

fn type_text(ui: &mut StudentUi, session: &LiveSession, me: &Fingerprint, text: &str) {
    for c in text.chars() {
        ui.handle_key(Key::Char(c), session, me);
    }
}

#[test]
fn a_new_student_types_a_name_and_submits_it() {
    let mut session = teacher();
    let me = joined(&mut session, 'a');
    let mut ui = StudentUi::new(Lang::En);
    type_text(&mut ui, &session, &me, "Aikq");
    assert_eq!(
        ui.handle_key(Key::Backspace, &session, &me),
        UiAction::Redraw
    );
    type_text(&mut ui, &session, &me, "o");
    let view = ui.view(&session, &me, 0);
    let Body::Naming {
        input, key_line, ..
    } = &view.body
    else {
        panic!("{view:?}")
    };
    assert_eq!(input, "Aiko");
    assert_eq!(key_line, &format!("Your key: {me}"));
    assert_eq!(
        ui.handle_key(Key::Enter, &session, &me),
        UiAction::SubmitName("Aiko".into())
    );
    // While naming, q is a letter and Ctrl-C leaves.
    assert_eq!(
        ui.handle_key(Key::Char('q'), &session, &me),
        UiAction::Redraw
    );
    assert_eq!(ui.handle_key(Key::CtrlC, &session, &me), UiAction::Leave);
}

#[test]
fn a_name_stops_at_twenty_columns_with_a_note() {
    let mut session = teacher();
    let me = joined(&mut session, 'a');
    let mut ui = StudentUi::new(Lang::En);
    type_text(&mut ui, &session, &me, "あいうえおかきくけこさ");
    let view = ui.view(&session, &me, 0);
    let Body::Naming { input, .. } = &view.body else {
        panic!()
    };
    assert_eq!(input, "あいうえおかきくけこ");
    assert_eq!(
        view.notice.as_deref(),
        Some("Names are at most 20 columns wide.")
    );
}

#[test]
fn a_refused_name_shows_why() {
    let mut session = teacher();
    let me = joined(&mut session, 'a');
    let mut ui = StudentUi::new(Lang::En);
    ui.name_refused("\"Aiko\" is taken; pick another name".into());
    let Body::Naming { error, .. } = ui.view(&session, &me, 0).body else {
        panic!()
    };
    assert_eq!(
        error.as_deref(),
        Some("\"Aiko\" is taken; pick another name")
    );
}

#[test]
fn the_lobby_says_who_is_in() {
    let mut session = teacher();
    let me = named(&mut session, 'a', "Aiko");
    named(&mut session, 'b', "Ben");
    let ui = StudentUi::new(Lang::En);
    let view = ui.view(&session, &me, 0);
    assert_eq!(view.who, "Aiko · 0 pts");
    assert_eq!(
        view.body,
        Body::Message {
            headline: "You are in, Aiko!".into(),
            lines: vec![
                "Waiting for the teacher to start.".into(),
                "Students here: 2".into(),
                String::new(),
                format!("Your key: {me}"),
            ]
        }
    );
    assert_eq!(
        view.hints,
        vec![
            ("Tab".to_string(), "日本語".to_string()),
            ("q".to_string(), "leave".to_string())
        ]
    );
}

#[test]
fn letters_answer_and_arrows_choose() {
    let mut session = teacher();
    let me = named(&mut session, 'a', "Aiko");
    step(&mut session, Command::Next);
    let mut ui = StudentUi::new(Lang::En);
    assert_eq!(
        ui.handle_key(Key::Char('z'), &session, &me),
        UiAction::Nothing
    );
    assert_eq!(
        ui.handle_key(Key::Char('D'), &session, &me),
        UiAction::Nothing,
        "the question has three choices"
    );
    assert_eq!(ui.handle_key(Key::Down, &session, &me), UiAction::Redraw);
    assert_eq!(ui.handle_key(Key::Down, &session, &me), UiAction::Redraw);
    assert_eq!(ui.handle_key(Key::Down, &session, &me), UiAction::Redraw);
    let view = ui.view(&session, &me, 0);
    let Body::Question { choices, .. } = &view.body else {
        panic!()
    };
    let marks: Vec<Mark> = choices.iter().map(|c| c.mark).collect();
    assert_eq!(marks, vec![Mark::None, Mark::None, Mark::Cursor]);
    assert_eq!(ui.handle_key(Key::Up, &session, &me), UiAction::Redraw);
    assert_eq!(
        ui.handle_key(Key::Enter, &session, &me),
        UiAction::SubmitAnswer {
            question: 0,
            choice: 1
        }
    );
    // While saving, further keys do not answer again.
    assert!(ui.is_saving());
    assert_eq!(
        ui.handle_key(Key::Char('a'), &session, &me),
        UiAction::Nothing
    );
    let Body::Question {
        status, choices, ..
    } = ui.view(&session, &me, 0).body
    else {
        panic!()
    };
    assert_eq!(status, vec!["Saving your answer…".to_string()]);
    assert_eq!(choices[1].mark, Mark::Picked);
}

#[test]
fn a_recorded_answer_waits_then_the_reveal_marks_it() {
    let mut session = teacher();
    let me = named(&mut session, 'a', "Aiko");
    named(&mut session, 'b', "Ben");
    step(&mut session, Command::Next);
    let mut ui = StudentUi::new(Lang::En);
    assert_eq!(
        ui.handle_key(Key::Char('c'), &session, &me),
        UiAction::SubmitAnswer {
            question: 0,
            choice: 2
        }
    );
    session
        .apply(&Event::Answer {
            student: me.clone(),
            question: 0,
            choice: 2,
            at: 1,
        })
        .unwrap();
    ui.answer_saved(
        0,
        Pacing::Teacher {
            question_secs: None,
        },
    );
    let Body::Question {
        status, answerable, ..
    } = ui.view(&session, &me, 0).body
    else {
        panic!()
    };
    assert!(!answerable);
    assert_eq!(
        status,
        vec!["Answer C recorded. Waiting for the others.".to_string()]
    );
    step(&mut session, Command::Reveal);
    let Body::Question {
        status, choices, ..
    } = ui.view(&session, &me, 0).body
    else {
        panic!()
    };
    assert_eq!(
        status,
        vec![
            "The answer is B.".to_string(),
            "You answered C: not this time.".to_string(),
            "B is the one.".to_string()
        ]
    );
    let marks: Vec<Mark> = choices.iter().map(|c| c.mark).collect();
    assert_eq!(marks, vec![Mark::None, Mark::Right, Mark::WrongPicked]);
}

#[test]
fn the_board_shows_ranks_or_only_the_own_score_when_hidden() {
    let mut session = teacher();
    let me = named(&mut session, 'a', "Aiko");
    step(&mut session, Command::Next);
    session
        .apply(&Event::Answer {
            student: me.clone(),
            question: 0,
            choice: 1,
            at: 1,
        })
        .unwrap();
    step(&mut session, Command::Reveal);
    step(&mut session, Command::Board);
    let ui = StudentUi::new(Lang::Ja);
    assert_eq!(
        ui.view(&session, &me, 0).body,
        Body::Board {
            heading: "ランキング".into(),
            rows: vec![BoardRow {
                rank: 1,
                name: "Aiko".into(),
                score: 10,
                me: true
            }],
            footer: None
        }
    );
    step(&mut session, Command::HideBoard);
    assert_eq!(
        ui.view(&session, &me, 0).body,
        Body::Message {
            headline: "得点".into(),
            lines: vec![
                "ランキングは非公開です。".into(),
                "得点: 10（2 問中 1 問正解）".into()
            ]
        }
    );
}

#[test]
fn student_pacing_gives_feedback_then_the_next_question() {
    let mut session = session(Pacing::Student { total_secs: 90 });
    let me = named(&mut session, 'a', "Aiko");
    step(&mut session, Command::Next);
    let mut ui = StudentUi::new(Lang::En);
    let Body::Question { status, .. } = ui.view(&session, &me, 0).body else {
        panic!()
    };
    assert_eq!(status, vec!["1:30 left".to_string()]);
    assert_eq!(
        ui.handle_key(Key::Char('b'), &session, &me),
        UiAction::SubmitAnswer {
            question: 0,
            choice: 1
        }
    );
    session
        .apply(&Event::Answer {
            student: me.clone(),
            question: 0,
            choice: 1,
            at: 1,
        })
        .unwrap();
    ui.answer_saved(0, session.setup().pacing);
    let view = ui.view(&session, &me, 1);
    let Body::Question { status, .. } = &view.body else {
        panic!()
    };
    assert_eq!(
        status,
        &vec![
            "The answer is B.".to_string(),
            "You answered B: right, +10 points.".to_string(),
            "B is the one.".to_string(),
            "Press Enter for the next question.".to_string()
        ]
    );
    assert_eq!(view.hints[0].1, "next question");
    assert_eq!(ui.handle_key(Key::Enter, &session, &me), UiAction::Redraw);
    let Body::Question {
        heading, status, ..
    } = ui.view(&session, &me, 85_500).body
    else {
        panic!()
    };
    assert_eq!(heading, "Question 2 of 2 · 1 point");
    assert_eq!(status, vec!["5 s left".to_string()]);
}

#[test]
fn q_and_ctrl_keys_leave_and_tab_switches_the_language() {
    let mut session = teacher();
    let me = named(&mut session, 'a', "Aiko");
    let mut ui = StudentUi::new(Lang::En);
    assert_eq!(ui.handle_key(Key::Tab, &session, &me), UiAction::Redraw);
    assert_eq!(ui.lang, Lang::Ja);
    assert_eq!(ui.view(&session, &me, 0).who, "Aiko · 0 点");
    assert_eq!(
        ui.handle_key(Key::Char('q'), &session, &me),
        UiAction::Leave
    );
    assert_eq!(ui.handle_key(Key::CtrlD, &session, &me), UiAction::Leave);
}

#[test]
fn the_finished_screen_gives_the_final_score() {
    let mut session = teacher();
    let me = named(&mut session, 'a', "Aiko");
    step(&mut session, Command::End);
    let ui = StudentUi::new(Lang::En);
    let Body::Board { footer, .. } = ui.view(&session, &me, 0).body else {
        panic!()
    };
    assert_eq!(
        footer.as_deref(),
        Some("Finished! Your score: 0 (0 of 2 right)")
    );
}
