use super::*;
use crate::classroom::live::identity::{Roster, RosterEntry};

fn fp(tag: char) -> Fingerprint {
    let digest: String = std::iter::repeat_n(tag, 43).collect();
    format!("SHA256:{digest}").parse().unwrap()
}

fn questions(n: usize) -> Vec<LiveQuestion> {
    (0..n)
        .map(|i| {
            let mut q = LiveQuestion::new(
                &format!("q{i}"),
                &format!("Question {i}"),
                &format!("問題 {i}"),
                &["a", "b", "c", "d"],
                i % 4,
            );
            q.points = 10;
            q
        })
        .collect()
}

fn setup(pacing: Pacing) -> Setup {
    Setup {
        title: "Test".into(),
        code: "net101".into(),
        pacing,
        questions: questions(3),
        board_visible: true,
        max_students: 3,
        roster: None,
        pack: None,
    }
}

fn teacher() -> LiveSession {
    LiveSession::new(setup(Pacing::Teacher {
        question_secs: None,
    }))
    .unwrap()
}

fn join_named(session: &mut LiveSession, tag: char, name: &str) -> Fingerprint {
    let who = fp(tag);
    session
        .apply(&Event::Join {
            student: who.clone(),
            at: 0,
        })
        .unwrap();
    session
        .apply(&Event::Name {
            student: who.clone(),
            name: name.into(),
        })
        .unwrap();
    who
}

fn answer(who: &Fingerprint, question: usize, choice: usize, at: Millis) -> Event {
    Event::Answer {
        student: who.clone(),
        question,
        choice,
        at,
    }
}

fn step(session: &mut LiveSession, command: Command, now: Millis) {
    let event = session.plan(command, now).unwrap();
    session.apply(&event).unwrap();
}

#[test]
fn setup_errors_are_one_clear_line() {
    let mut s = setup(Pacing::Teacher {
        question_secs: Some(2),
    });
    assert_eq!(
        s.check().unwrap_err().to_string(),
        "the time per question must be 5 to 3600 seconds, not 2"
    );
    s.pacing = Pacing::Student { total_secs: 10 };
    assert_eq!(
        s.check().unwrap_err().to_string(),
        "the time for the session must be 30 to 86400 seconds, not 10"
    );
    s.pacing = Pacing::Teacher {
        question_secs: None,
    };
    s.questions[1].correct = 4;
    assert_eq!(
        s.check().unwrap_err().to_string(),
        "question \"q1\": the right choice is not one of the choices"
    );
    s.questions[1].correct = 0;
    s.questions[2].id = "q0".into();
    assert_eq!(
        s.check().unwrap_err().to_string(),
        "two questions have the id \"q0\""
    );
    s.questions.clear();
    assert_eq!(
        s.check().unwrap_err().to_string(),
        "a session holds 1 to 200 questions, not 0"
    );
    assert_eq!(
        check_code("A b").unwrap_err().to_string(),
        "the join code \"A b\" is not valid: use 3 to 32 lowercase letters, digits or dashes"
    );
    let mut one_choice = setup(Pacing::Teacher {
        question_secs: None,
    });
    one_choice.questions[0].choices.truncate(1);
    one_choice.questions[0].correct = 0;
    assert_eq!(
        one_choice.check().unwrap_err().to_string(),
        "question \"q0\": a question has 2 to 4 choices"
    );
    let mut no_class = setup(Pacing::Teacher {
        question_secs: None,
    });
    no_class.max_students = 0;
    assert_eq!(
        no_class.check().unwrap_err().to_string(),
        "the class size must be 1 to 10000, not 0"
    );
}

#[test]
fn a_new_session_waits_in_the_lobby() {
    let session = teacher();
    assert_eq!(session.phase(), Phase::Lobby);
    assert!(session.students().is_empty());
    assert_eq!(session.follow_up(None, 1_000_000), None);
}

#[test]
fn joining_adds_a_present_student_without_a_name() {
    let mut session = teacher();
    let aiko = fp('a');
    session
        .apply(&Event::Join {
            student: aiko.clone(),
            at: 5,
        })
        .unwrap();
    let s = session.student(&aiko).unwrap();
    assert!(s.present);
    assert_eq!(s.name, None);
    assert_eq!(s.seq, 0);
    assert_eq!(session.present_count(), 1);
}

#[test]
fn a_name_is_picked_once_and_must_be_free() {
    let mut session = teacher();
    let aiko = join_named(&mut session, 'a', " Aiko ");
    assert_eq!(
        session.student(&aiko).unwrap().name.as_deref(),
        Some("Aiko")
    );
    assert_eq!(
        session.apply(&Event::Name {
            student: aiko.clone(),
            name: "Other".into()
        }),
        Err(Refusal::NameFixed)
    );
    let ben = fp('b');
    session
        .apply(&Event::Join {
            student: ben.clone(),
            at: 0,
        })
        .unwrap();
    assert_eq!(
        session.apply(&Event::Name {
            student: ben.clone(),
            name: "AIKO".into()
        }),
        Err(Refusal::Name(NameError::Taken {
            name: "AIKO".into()
        }))
    );
    assert_eq!(
        session.apply(&Event::Name {
            student: ben.clone(),
            name: "  ".into()
        }),
        Err(Refusal::Name(NameError::Empty))
    );
    assert_eq!(
        session.apply(&Event::Name {
            student: fp('z'),
            name: "Zed".into()
        }),
        Err(Refusal::UnknownStudent)
    );
    assert_eq!(session.student(&ben).unwrap().name, None);
}

#[test]
fn leaving_and_rejoining_keeps_the_score() {
    let mut session = teacher();
    let aiko = join_named(&mut session, 'a', "Aiko");
    step(&mut session, Command::Next, 10);
    session.apply(&answer(&aiko, 0, 0, 11)).unwrap();
    session
        .apply(&Event::Leave {
            student: aiko.clone(),
            at: 12,
        })
        .unwrap();
    assert!(!session.student(&aiko).unwrap().present);
    session
        .apply(&Event::Join {
            student: aiko.clone(),
            at: 13,
        })
        .unwrap();
    let s = session.student(&aiko).unwrap();
    assert!(s.present);
    assert_eq!(s.score(), 10);
    assert_eq!(s.name.as_deref(), Some("Aiko"));
    assert_eq!(
        session.apply(&Event::Leave {
            student: fp('z'),
            at: 0
        }),
        Err(Refusal::UnknownStudent)
    );
}

#[test]
fn the_class_size_is_capped_but_old_students_come_back() {
    let mut session = teacher();
    for tag in ['a', 'b', 'c'] {
        session
            .apply(&Event::Join {
                student: fp(tag),
                at: 0,
            })
            .unwrap();
    }
    assert_eq!(
        session.apply(&Event::Join {
            student: fp('d'),
            at: 0
        }),
        Err(Refusal::ClassFull { max: 3 })
    );
    assert_eq!(
        session.may_join(&fp('d')),
        Err(Refusal::ClassFull { max: 3 })
    );
    assert_eq!(session.may_join(&fp('a')), Ok(()));
    assert_eq!(
        session.apply(&Event::Join {
            student: fp('a'),
            at: 1
        }),
        Ok(())
    );
}

#[test]
fn a_roster_admits_only_its_keys_and_binds_names() {
    let mut s = setup(Pacing::Teacher {
        question_secs: None,
    });
    s.roster = Some(
        Roster::new(vec![
            RosterEntry {
                fingerprint: fp('a'),
                name: Some("Aiko".into()),
            },
            RosterEntry {
                fingerprint: fp('b'),
                name: None,
            },
        ])
        .unwrap(),
    );
    let mut session = LiveSession::new(s).unwrap();
    assert_eq!(session.may_join(&fp('z')), Err(Refusal::NotOnRoster));
    assert_eq!(
        session.apply(&Event::Join {
            student: fp('z'),
            at: 0
        }),
        Err(Refusal::NotOnRoster)
    );
    session
        .apply(&Event::Join {
            student: fp('a'),
            at: 0,
        })
        .unwrap();
    assert_eq!(
        session.student(&fp('a')).unwrap().name.as_deref(),
        Some("Aiko")
    );
    session
        .apply(&Event::Join {
            student: fp('b'),
            at: 0,
        })
        .unwrap();
    // The roster keeps "Aiko" for the key it names, even before that key joins.
    assert_eq!(
        session.apply(&Event::Name {
            student: fp('b'),
            name: "aiko".into()
        }),
        Err(Refusal::Name(NameError::Taken {
            name: "aiko".into()
        }))
    );
    session
        .apply(&Event::Name {
            student: fp('b'),
            name: "Ben".into(),
        })
        .unwrap();
}

#[test]
fn teacher_pacing_walks_through_every_phase() {
    let mut session = teacher();
    let aiko = join_named(&mut session, 'a', "Aiko");
    assert_eq!(
        session.plan(Command::Next, 1),
        Ok(Event::Open { question: 0, at: 1 })
    );
    step(&mut session, Command::Next, 1);
    assert_eq!(
        session.phase(),
        Phase::Open {
            question: 0,
            closes_at: None
        }
    );
    assert_eq!(session.plan(Command::Next, 2), Err(Refusal::RevealFirst));
    assert_eq!(session.plan(Command::Board, 2), Err(Refusal::WrongStep));
    step(&mut session, Command::Reveal, 2);
    assert_eq!(session.phase(), Phase::Revealed { question: 0 });
    assert_eq!(session.plan(Command::Reveal, 3), Err(Refusal::WrongStep));
    step(&mut session, Command::Board, 3);
    assert_eq!(session.phase(), Phase::Board { question: 0 });
    step(&mut session, Command::Next, 4);
    assert_eq!(
        session.phase(),
        Phase::Open {
            question: 1,
            closes_at: None
        }
    );
    session.apply(&answer(&aiko, 1, 1, 5)).unwrap();
    // Revealed straight to the next question, skipping the board.
    step(&mut session, Command::Reveal, 6);
    step(&mut session, Command::Next, 7);
    assert_eq!(
        session.phase(),
        Phase::Open {
            question: 2,
            closes_at: None
        }
    );
    step(&mut session, Command::Reveal, 8);
    // After the last question, next finishes.
    assert_eq!(session.plan(Command::Next, 9), Ok(Event::Finish { at: 9 }));
    step(&mut session, Command::Next, 9);
    assert_eq!(session.phase(), Phase::Finished);
    assert_eq!(session.plan(Command::Next, 10), Err(Refusal::Finished));
    assert_eq!(session.plan(Command::End, 10), Err(Refusal::Finished));
    assert_eq!(
        session.apply(&Event::Finish { at: 10 }),
        Err(Refusal::Finished)
    );
}

#[test]
fn events_out_of_step_are_refused_and_change_nothing() {
    let mut session = teacher();
    let before = session.clone();
    for event in [
        Event::Open { question: 1, at: 0 },
        Event::Reveal { question: 0, at: 0 },
        Event::Board { question: 0, at: 0 },
        Event::Start { at: 0 },
    ] {
        assert!(session.apply(&event).is_err(), "{event:?}");
        assert_eq!(session, before);
    }
    assert_eq!(
        session.apply(&Event::Start { at: 0 }),
        Err(Refusal::WrongPacing)
    );
    step(&mut session, Command::Next, 1);
    assert_eq!(
        session.apply(&Event::Reveal { question: 2, at: 0 }),
        Err(Refusal::WrongStep)
    );
    assert_eq!(
        session.apply(&Event::Open { question: 1, at: 0 }),
        Err(Refusal::RevealFirst)
    );
}

#[test]
fn the_first_answer_is_final_and_scored() {
    let mut session = teacher();
    let aiko = join_named(&mut session, 'a', "Aiko");
    let ben = join_named(&mut session, 'b', "Ben");
    step(&mut session, Command::Next, 1);
    // Question 0's right choice is 0.
    session.apply(&answer(&aiko, 0, 0, 2)).unwrap();
    assert_eq!(
        session.apply(&answer(&aiko, 0, 1, 3)),
        Err(Refusal::AlreadyAnswered)
    );
    session.apply(&answer(&ben, 0, 3, 3)).unwrap();
    let a = session.student(&aiko).unwrap();
    assert_eq!(
        a.answers[&0],
        Answer {
            choice: 0,
            at: 2,
            correct: true,
            points: 10
        }
    );
    assert_eq!(session.student(&ben).unwrap().score(), 0);
    assert_eq!(session.distribution(0), vec![1, 0, 0, 1]);
    assert_eq!(session.answered_count(0), 2);
}

#[test]
fn the_shown_score_waits_for_the_reveal() {
    let mut session = teacher();
    let aiko = join_named(&mut session, 'a', "Aiko");
    step(&mut session, Command::Next, 1);
    session.apply(&answer(&aiko, 0, 0, 2)).unwrap();
    let student = session.student(&aiko).unwrap().clone();
    assert_eq!(student.score(), 10);
    assert_eq!(session.shown_score(&student), 0);
    step(&mut session, Command::Reveal, 3);
    assert_eq!(session.shown_score(&student), 10);
    step(&mut session, Command::Next, 4);
    assert_eq!(session.shown_score(&student), 10);
}

#[test]
fn answers_outside_an_open_question_are_refused() {
    let mut session = teacher();
    let aiko = join_named(&mut session, 'a', "Aiko");
    assert_eq!(
        session.apply(&answer(&aiko, 0, 0, 1)),
        Err(Refusal::NotOpen)
    );
    step(&mut session, Command::Next, 1);
    assert_eq!(
        session.apply(&answer(&aiko, 1, 0, 2)),
        Err(Refusal::NotOpen)
    );
    assert_eq!(
        session.apply(&answer(&aiko, 0, 4, 2)),
        Err(Refusal::NoSuchChoice { choice: 4 })
    );
    assert_eq!(
        session.apply(&answer(&fp('z'), 0, 0, 2)),
        Err(Refusal::UnknownStudent)
    );
    let nameless = fp('n');
    session
        .apply(&Event::Join {
            student: nameless.clone(),
            at: 2,
        })
        .unwrap();
    assert_eq!(
        session.apply(&answer(&nameless, 0, 0, 2)),
        Err(Refusal::NoName)
    );
    step(&mut session, Command::Reveal, 3);
    assert_eq!(
        session.apply(&answer(&aiko, 0, 0, 4)),
        Err(Refusal::NotOpen)
    );
    step(&mut session, Command::End, 5);
    assert_eq!(
        session.apply(&answer(&aiko, 0, 0, 6)),
        Err(Refusal::Finished)
    );
}

#[test]
fn a_timed_question_refuses_late_answers_and_reveals_itself() {
    let mut session = LiveSession::new(setup(Pacing::Teacher {
        question_secs: Some(20),
    }))
    .unwrap();
    let aiko = join_named(&mut session, 'a', "Aiko");
    join_named(&mut session, 'b', "Ben");
    step(&mut session, Command::Next, 1_000);
    assert_eq!(
        session.phase(),
        Phase::Open {
            question: 0,
            closes_at: Some(21_000)
        }
    );
    assert_eq!(session.follow_up(None, 20_999), None);
    assert_eq!(
        session.follow_up(None, 21_000),
        Some(Event::Reveal {
            question: 0,
            at: 21_000
        })
    );
    assert_eq!(
        session.apply(&answer(&aiko, 0, 0, 21_000)),
        Err(Refusal::TimeUp)
    );
}

#[test]
fn everyone_present_answering_reveals_the_question() {
    let mut session = teacher();
    let aiko = join_named(&mut session, 'a', "Aiko");
    let ben = join_named(&mut session, 'b', "Ben");
    // A student still picking a name does not hold the class up.
    session
        .apply(&Event::Join {
            student: fp('n'),
            at: 0,
        })
        .unwrap();
    step(&mut session, Command::Next, 1);
    let first = answer(&aiko, 0, 1, 2);
    session.apply(&first).unwrap();
    assert_eq!(session.follow_up(Some(&first), 3), None);
    // Ben leaves: everyone still here has answered.
    let leave = Event::Leave {
        student: ben.clone(),
        at: 3,
    };
    session.apply(&leave).unwrap();
    assert_eq!(
        session.follow_up(None, 4),
        None,
        "a tick alone does not reveal"
    );
    assert_eq!(
        session.follow_up(Some(&leave), 4),
        Some(Event::Reveal { question: 0, at: 4 })
    );
}

#[test]
fn a_student_coming_back_does_not_reveal() {
    let mut session = teacher();
    let aiko = join_named(&mut session, 'a', "Aiko");
    let ben = join_named(&mut session, 'b', "Ben");
    step(&mut session, Command::Next, 1);
    session.apply(&answer(&aiko, 0, 1, 2)).unwrap();
    // After a restart nobody is present; Aiko, who answered, is back first.
    session.mark_all_absent();
    let back = Event::Join {
        student: aiko.clone(),
        at: 5,
    };
    session.apply(&back).unwrap();
    assert_eq!(session.follow_up(Some(&back), 6), None);
    let ben_back = Event::Join {
        student: ben.clone(),
        at: 7,
    };
    session.apply(&ben_back).unwrap();
    let late = answer(&ben, 0, 0, 8);
    session.apply(&late).unwrap();
    assert_eq!(
        session.follow_up(Some(&late), 9),
        Some(Event::Reveal { question: 0, at: 9 })
    );
}

#[test]
fn nobody_present_never_reveals_on_its_own() {
    let mut session = teacher();
    step(&mut session, Command::Next, 1);
    assert_eq!(session.follow_up(None, u64::MAX), None);
}

#[test]
fn the_board_can_be_hidden_and_shown() {
    let mut session = teacher();
    assert!(session.board_visible());
    step(&mut session, Command::HideBoard, 1);
    assert!(!session.board_visible());
    step(&mut session, Command::ShowBoard, 2);
    assert!(session.board_visible());
}

#[test]
fn standings_rank_by_score_and_share_ties() {
    let mut session = LiveSession::new(Setup {
        max_students: 10,
        ..setup(Pacing::Teacher {
            question_secs: None,
        })
    })
    .unwrap();
    let aiko = join_named(&mut session, 'a', "Aiko");
    let ben = join_named(&mut session, 'b', "ben");
    let chie = join_named(&mut session, 'c', "Chie");
    session
        .apply(&Event::Join {
            student: fp('n'),
            at: 0,
        })
        .unwrap();
    step(&mut session, Command::Next, 1);
    session.apply(&answer(&aiko, 0, 0, 2)).unwrap();
    session.apply(&answer(&ben, 0, 0, 2)).unwrap();
    session.apply(&answer(&chie, 0, 1, 2)).unwrap();
    let board: Vec<(u32, String, u64)> = session
        .standings()
        .into_iter()
        .map(|s| (s.rank, s.name, s.score))
        .collect();
    assert_eq!(
        board,
        vec![
            (1, "Aiko".to_string(), 10),
            (1, "ben".to_string(), 10),
            (3, "Chie".to_string(), 0),
        ]
    );
}

#[test]
fn student_pacing_runs_until_the_deadline() {
    let mut session = LiveSession::new(setup(Pacing::Student { total_secs: 60 })).unwrap();
    let aiko = join_named(&mut session, 'a', "Aiko");
    assert_eq!(session.current_question_for(&aiko), None);
    assert_eq!(
        session.plan(Command::Next, 1_000),
        Ok(Event::Start { at: 1_000 })
    );
    step(&mut session, Command::Next, 1_000);
    assert_eq!(session.phase(), Phase::Running { ends_at: 61_000 });
    assert_eq!(session.plan(Command::Reveal, 2), Err(Refusal::WrongPacing));
    assert_eq!(session.plan(Command::Board, 2), Err(Refusal::WrongPacing));
    assert_eq!(session.plan(Command::Next, 2), Err(Refusal::WrongStep));
    assert_eq!(
        session.apply(&Event::Open { question: 0, at: 2 }),
        Err(Refusal::WrongPacing)
    );
    assert_eq!(session.current_question_for(&aiko), Some(0));
    assert_eq!(
        session.apply(&answer(&aiko, 1, 0, 2_000)),
        Err(Refusal::OutOfOrder)
    );
    session.apply(&answer(&aiko, 0, 0, 2_000)).unwrap();
    assert_eq!(
        session.apply(&answer(&aiko, 0, 1, 2_001)),
        Err(Refusal::AlreadyAnswered)
    );
    assert_eq!(session.current_question_for(&aiko), Some(1));
    assert_eq!(session.follow_up(None, 60_999), None);
    assert_eq!(
        session.apply(&answer(&aiko, 1, 1, 61_000)),
        Err(Refusal::TimeUp)
    );
    assert_eq!(
        session.follow_up(None, 61_000),
        Some(Event::Finish { at: 61_000 })
    );
    session.apply(&Event::Finish { at: 61_000 }).unwrap();
    assert_eq!(session.current_question_for(&aiko), None);
}

#[test]
fn the_session_round_trips_through_json() {
    let mut session = teacher();
    let aiko = join_named(&mut session, 'a', "Aiko");
    step(&mut session, Command::Next, 1);
    session.apply(&answer(&aiko, 0, 2, 2)).unwrap();
    let json = serde_json::to_string(&session).unwrap();
    let back: LiveSession = serde_json::from_str(&json).unwrap();
    assert_eq!(back, session);
}

#[test]
fn events_serialize_as_tagged_lines() {
    let event = answer(&fp('a'), 1, 2, 3);
    assert_eq!(
        serde_json::to_string(&event).unwrap(),
        format!(
            "{{\"event\":\"answer\",\"student\":\"{}\",\"question\":1,\"choice\":2,\"at\":3}}",
            fp('a')
        )
    );
}
