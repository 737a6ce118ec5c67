use super::*;
use crate::classroom::live::identity::Fingerprint;
use crate::classroom::live::model::{Command, LiveQuestion, Pacing, Phase};

fn fp(tag: char) -> Fingerprint {
    let digest: String = std::iter::repeat_n(tag, 43).collect();
    format!("SHA256:{digest}").parse().unwrap()
}

fn setup() -> Setup {
    Setup {
        title: "Journal".into(),
        code: "net101".into(),
        pacing: Pacing::Teacher {
            question_secs: Some(60),
        },
        questions: vec![
            LiveQuestion::new("q1", "One?", "一？", &["a", "b", "c"], 1),
            LiveQuestion::new("q2", "Two?", "二？", &["a", "b"], 0),
        ],
        board_visible: false,
        max_students: 30,
        roster: None,
        pack: None,
    }
}

/// A session driven through joins, names, answers and steps, with every applied
/// event kept in order, as the host does.
fn play() -> (LiveSession, Vec<Event>) {
    let mut session = LiveSession::new(setup()).unwrap();
    let mut log = Vec::new();
    let mut record = |session: &mut LiveSession, event: Event| {
        session.apply(&event).unwrap();
        log.push(event);
    };
    for (tag, name) in [('a', "Aiko"), ('b', "Ben"), ('c', "千恵")] {
        record(
            &mut session,
            Event::Join {
                student: fp(tag),
                at: 1,
            },
        );
        record(
            &mut session,
            Event::Name {
                student: fp(tag),
                name: name.into(),
            },
        );
    }
    let open = session.plan(Command::Next, 10).unwrap();
    record(&mut session, open);
    let mut last = None;
    for (tag, choice) in [('a', 1), ('b', 2), ('c', 1)] {
        let answer = Event::Answer {
            student: fp(tag),
            question: 0,
            choice,
            at: 20,
        };
        last = Some(answer.clone());
        record(&mut session, answer);
    }
    let reveal = session.follow_up(last.as_ref(), 21).unwrap();
    record(&mut session, reveal);
    record(&mut session, Event::BoardVisible { visible: true });
    record(
        &mut session,
        Event::Leave {
            student: fp('b'),
            at: 22,
        },
    );
    let open = session.plan(Command::Next, 30).unwrap();
    record(&mut session, open);
    record(
        &mut session,
        Event::Answer {
            student: fp('a'),
            question: 1,
            choice: 0,
            at: 31,
        },
    );
    (session, log)
}

fn journal_bytes(log: &[Event]) -> Vec<u8> {
    let mut bytes = encode_header(&setup()).unwrap();
    for event in log {
        bytes.extend(encode_event(event).unwrap());
    }
    bytes
}

#[test]
fn replay_equals_the_live_state() {
    let (mut live, log) = play();
    let replayed = replay(&journal_bytes(&log)).unwrap();
    live.mark_all_absent();
    assert_eq!(replayed.session, live);
    assert_eq!(replayed.events, log.len());
    assert!(replayed.warnings.is_empty());
    assert_eq!(
        replayed.session.phase(),
        Phase::Open {
            question: 1,
            closes_at: Some(60_030)
        }
    );
}

#[test]
fn a_file_round_trips_through_the_writer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("class.jsonl");
    let (live, log) = play();
    let mut writer = JournalWriter::create(&path, &setup()).unwrap();
    let (first, rest) = log.split_at(4);
    writer.append(first).unwrap();
    writer.append(rest).unwrap();
    assert_eq!(writer.path(), path);
    drop(writer);
    let replayed = replay_file(&path).unwrap();
    assert_eq!(replayed.session.students().len(), live.students().len());
    assert_eq!(std::fs::read(&path).unwrap(), journal_bytes(&log));
}

#[test]
fn an_existing_journal_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("class.jsonl");
    std::fs::write(&path, b"precious").unwrap();
    let err = JournalWriter::create(&path, &setup()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{} already exists: resume it with --resume, or choose another file",
            path.display()
        )
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"precious");
}

#[test]
fn a_journal_cut_at_any_byte_replays_a_prefix_without_panicking() {
    let (_, log) = play();
    let bytes = journal_bytes(&log);
    let header_len = encode_header(&setup()).unwrap().len();
    let mut previous = 0;
    for cut in 0..=bytes.len() {
        match replay(&bytes[..cut]) {
            Ok(replayed) => {
                assert!(cut >= header_len, "cut {cut}");
                assert!(replayed.events >= previous, "cut {cut}");
                previous = replayed.events;
                let torn = !bytes[..cut].ends_with(b"\n");
                assert_eq!(replayed.warnings.len(), usize::from(torn), "cut {cut}");
                assert!(replayed.valid_len <= u64::try_from(cut).unwrap());
            }
            Err(e) => {
                assert!(cut < header_len, "cut {cut}: {e}");
                assert!(matches!(e, JournalError::Empty), "cut {cut}: {e}");
            }
        }
    }
    assert_eq!(previous, log.len());
}

#[test]
fn the_torn_line_warning_names_the_line() {
    let (_, log) = play();
    let mut bytes = journal_bytes(&log[..2]);
    bytes.extend(b"{\"event\":\"jo");
    let replayed = replay(&bytes).unwrap();
    assert_eq!(
        replayed.warnings,
        vec!["line 4 was cut short (the host stopped while writing it) and is ignored"]
    );
    assert_eq!(
        replayed.valid_len,
        u64::try_from(journal_bytes(&log[..2]).len()).unwrap()
    );
}

#[test]
fn a_garbled_last_line_is_dropped_but_a_garbled_middle_line_is_an_error() {
    let (_, log) = play();
    let mut bytes = journal_bytes(&log[..2]);
    let good = bytes.len();
    bytes.extend(b"\0\0\0\0\n");
    let replayed = replay(&bytes).unwrap();
    assert_eq!(replayed.events, 2);
    assert_eq!(replayed.valid_len, u64::try_from(good).unwrap());
    assert_eq!(
        replayed.warnings,
        vec!["line 4 is garbled (the host stopped while writing it) and is ignored"]
    );
    bytes.extend(encode_event(&log[2]).unwrap());
    let err = replay(&bytes).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("line 4 is not a journal event: "),
        "{err}"
    );
}

#[test]
fn resuming_cuts_the_torn_tail_before_appending() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("class.jsonl");
    let (_, log) = play();
    let mut writer = JournalWriter::create(&path, &setup()).unwrap();
    writer.append(&log[..3]).unwrap();
    drop(writer);
    // A kill -9 in the middle of a write.
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend(b"{\"event\":\"answ");
    std::fs::write(&path, &bytes).unwrap();

    let replayed = replay_file(&path).unwrap();
    assert_eq!(replayed.events, 3);
    let mut writer = JournalWriter::resume(&path, replayed.valid_len).unwrap();
    writer.append(&log[3..]).unwrap();
    drop(writer);
    let again = replay_file(&path).unwrap();
    assert_eq!(again.events, log.len());
    assert!(again.warnings.is_empty());
    assert_eq!(std::fs::read(&path).unwrap(), journal_bytes(&log));
}

#[test]
fn wrong_headers_and_refused_events_are_explained() {
    assert_eq!(replay(b"").unwrap_err().to_string(), "the journal is empty");
    assert!(
        replay(b"{}\n")
            .unwrap_err()
            .to_string()
            .starts_with("line 1 is not a netdojo live journal header: ")
    );
    let other = serde_json::json!({"journal": "other", "version": 1, "setup": setup()});
    assert_eq!(
        replay(format!("{other}\n").as_bytes())
            .unwrap_err()
            .to_string(),
        "line 1 is not a netdojo live journal header: the journal field is \"other\", not \"netdojo-live\""
    );
    let future = serde_json::json!({"journal": "netdojo-live", "version": 2, "setup": setup()});
    assert_eq!(
        replay(format!("{future}\n").as_bytes())
            .unwrap_err()
            .to_string(),
        "the journal has format version 2; this netdojo reads version 1"
    );
    let mut bytes = encode_header(&setup()).unwrap();
    bytes.extend(encode_event(&Event::Reveal { question: 0, at: 1 }).unwrap());
    bytes.extend(encode_event(&Event::Start { at: 1 }).unwrap());
    assert_eq!(
        replay(&bytes).unwrap_err().to_string(),
        "line 2 cannot be replayed: that does not fit where the session is"
    );
}
