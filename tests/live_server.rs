//! The live classroom host in process, with russh clients on 127.0.0.1 as students.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod live_common;

use std::sync::Arc;

use live_common::*;
use netdojo::classroom::live::commit::JournalHold;
use netdojo::classroom::live::host::{Host, HostOptions, JournalStart};
use netdojo::classroom::live::host_key;
use netdojo::classroom::live::identity::{Roster, RosterEntry};
use netdojo::classroom::live::limits::Limits;
use netdojo::classroom::live::model::{Command, Phase};
use russh::ChannelMsg;
use russh::MethodKind;
use russh::client::KeyboardInteractiveAuthResponse;
use russh::keys::PrivateKeyWithHashAlg;

async fn named(class: &Class, key: &russh::keys::PrivateKey, name: &str) -> Student {
    let addr = class.host.local_addr();
    let mut student = join(addr, key).await;
    student.wait_for("Type the name").await;
    student.send(format!("{name}\r").as_bytes()).await;
    student.wait_for(&format!("You are in, {name}!")).await;
    student
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_student_joins_names_themselves_and_answers() {
    let class = start(setup(), fast_limits(), None).await;
    let key = new_key();
    let mut aiko = named(&class, &key, "Aiko").await;
    assert!(
        aiko.text()
            .contains(&format!("Your key: {}", fingerprint(&key)))
    );
    let ben_key = new_key();
    let mut ben = named(&class, &ben_key, "Ben").await;
    class.host.hub().command(Command::Next).unwrap();
    aiko.wait_for("Question 1 of 2").await;
    aiko.wait_for("How many usable hosts in a /26?").await;
    aiko.send(b"b").await;
    let screen = aiko.wait_for("Answer B recorded.").await;
    assert!(screen.contains("Aiko · 0 pts"), "{screen}");
    assert_eq!(answers_in(&class.journal), vec![(fingerprint(&key), 0, 1)]);
    // Ben answers with the arrows and Enter; everyone present has answered, so the
    // host reveals on its own.
    ben.wait_for("Question 1 of 2").await;
    ben.send(b"\x1b[B\x1b[B\r").await;
    let screen = aiko.wait_for("The answer is B.").await;
    assert!(
        screen.contains("You answered B: right, +10 points."),
        "{screen}"
    );
    aiko.wait_for("Aiko · 10 pts").await;
    ben.wait_for("You answered C: not this time.").await;
    aiko.send(b"q").await;
    let after = aiko.wait_closed().await;
    assert!(
        after.contains("netdojo: You left the class. Your score: 10."),
        "{after}"
    );
    assert_eq!(aiko.exit_status, Some(0));
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_acknowledgement_waits_for_the_journal() {
    let hold = JournalHold::new();
    let class = start(setup(), fast_limits(), Some(hold.clone())).await;
    let key = new_key();
    let mut aiko = named(&class, &key, "Aiko").await;
    let other = new_key();
    let _ben = named(&class, &other, "Ben").await;
    class.host.hub().command(Command::Next).unwrap();
    aiko.wait_for("Question 1 of 2").await;
    hold.close();
    aiko.send(b"c").await;
    let screen = aiko.wait_for("Saving your answer").await;
    // The session has the answer, the journal does not yet, and neither does the
    // student's screen.
    until(&class.host, |s| s.answered_count(0) == 1).await;
    assert!(answers_in(&class.journal).is_empty());
    assert!(!screen.contains("recorded"), "{screen}");
    hold.open();
    aiko.wait_for("Answer C recorded.").await;
    assert_eq!(answers_in(&class.journal), vec![(fingerprint(&key), 0, 2)]);
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_student_who_reconnects_with_the_same_key_resumes() {
    let class = start(setup(), fast_limits(), None).await;
    let key = new_key();
    let other = new_key();
    let mut aiko = named(&class, &key, "Aiko").await;
    let _ben = named(&class, &other, "Ben").await;
    class.host.hub().command(Command::Next).unwrap();
    aiko.wait_for("Question 1 of 2").await;
    aiko.send(b"b").await;
    aiko.wait_for("Answer B recorded.").await;
    aiko.quit().await;
    until(&class.host, |s| s.present_count() == 1).await;

    let mut again = join(class.host.local_addr(), &key).await;
    let screen = again.wait_for("Answer B recorded.").await;
    assert!(!screen.contains("Type the name"), "{screen}");
    assert!(screen.contains("Aiko ·"), "{screen}");
    class.host.hub().command(Command::Reveal).unwrap();
    again.wait_for("Aiko · 10 pts").await;
    let names: Vec<String> = class.host.hub().read(|s| {
        s.students()
            .iter()
            .filter_map(|st| st.name.clone())
            .collect()
    });
    assert_eq!(names, vec!["Aiko".to_string(), "Ben".to_string()]);
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_connection_with_the_same_key_takes_over() {
    let class = start(setup(), fast_limits(), None).await;
    let key = new_key();
    let mut first = named(&class, &key, "Aiko").await;
    let mut second = join(class.host.local_addr(), &key).await;
    second.wait_for("You are in, Aiko!").await;
    let after = first.wait_closed().await;
    assert!(
        after.contains("You connected again from another terminal"),
        "{after}"
    );
    until(&class.host, |s| s.present_count() == 1).await;
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_join_code_is_refused() {
    let class = start(setup(), fast_limits(), None).await;
    let (_handle, ok) = login(class.host.local_addr(), "net102", &new_key()).await;
    assert!(!ok);
    let notes = class.host.hub().notes_after(0);
    assert!(
        notes
            .iter()
            .any(|n| n.text == "refused 127.0.0.1: wrong join code \"net102\""),
        "{notes:?}"
    );
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_public_keys_are_offered_and_accepted() {
    let class = start(setup(), fast_limits(), None).await;
    let mut handle = connect(class.host.local_addr()).await.unwrap();
    let none = handle.authenticate_none(CODE).await.unwrap();
    let russh::client::AuthResult::Failure {
        remaining_methods, ..
    } = none
    else {
        panic!("none must not log in")
    };
    assert_eq!(remaining_methods.to_vec(), vec![MethodKind::PublicKey]);
    let password = handle.authenticate_password(CODE, "secret").await.unwrap();
    assert!(!password.success());
    let interactive = handle
        .authenticate_keyboard_interactive_start(CODE, None)
        .await
        .unwrap();
    assert!(
        matches!(
            interactive,
            KeyboardInteractiveAuthResponse::Failure { ref remaining_methods, .. }
                if remaining_methods.to_vec() == vec![MethodKind::PublicKey]
        ),
        "{interactive:?}"
    );
    // A key still works on the same connection.
    let key = PrivateKeyWithHashAlg::new(Arc::new(new_key()), None);
    assert!(
        handle
            .authenticate_publickey(CODE, key)
            .await
            .unwrap()
            .success()
    );
    class.host.shutdown().await;
}

async fn refused_request(
    class: &Class,
    request: impl AsyncFnOnce(&russh::Channel<russh::client::Msg>),
) -> (String, Option<u32>) {
    let (handle, ok) = login(class.host.local_addr(), CODE, &new_key()).await;
    assert!(ok);
    let mut channel = handle.channel_open_session().await.unwrap();
    request(&channel).await;
    let mut stderr = Vec::new();
    let mut status = None;
    tokio::time::timeout(PATIENCE, async {
        while let Some(msg) = channel.wait().await {
            match msg {
                ChannelMsg::ExtendedData { data, ext: 1 } => stderr.extend_from_slice(&data),
                ChannelMsg::ExitStatus { exit_status } => status = Some(exit_status),
                ChannelMsg::Close => break,
                _ => {}
            }
        }
    })
    .await
    .expect("the channel never closed");
    (String::from_utf8(stderr).unwrap(), status)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exec_subsystems_and_a_shell_without_a_pty_are_refused_with_a_line() {
    let class = start(setup(), fast_limits(), None).await;
    let (stderr, status) = refused_request(&class, async |c| {
        c.exec(true, "cat /etc/passwd").await.unwrap();
    })
    .await;
    assert_eq!(
        stderr,
        "netdojo: this classroom runs no commands: connect with plain ssh, without a command after the host\r\n"
    );
    assert_eq!(status, Some(1));
    let (stderr, _) = refused_request(&class, async |c| {
        c.request_subsystem(true, "sftp").await.unwrap();
    })
    .await;
    assert_eq!(
        stderr,
        "netdojo: this classroom offers no subsystems (sftp, scp): connect with plain ssh\r\n"
    );
    let (stderr, _) = refused_request(&class, async |c| {
        c.request_shell(true).await.unwrap();
    })
    .await;
    assert_eq!(
        stderr,
        "netdojo: the quiz needs a terminal: connect without -T (add -t if ssh still gives none)\r\n"
    );
    let (stderr, _) = refused_request(&class, async |c| {
        c.set_env(true, "LANG", "ja_JP.UTF-8").await.unwrap();
        c.exec(true, "ls").await.unwrap();
    })
    .await;
    assert!(
        stderr.starts_with("netdojo: この教室ではコマンドを実行できません。"),
        "{stderr}"
    );
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forwarding_requests_are_refused_and_the_quiz_goes_on() {
    let class = start(setup(), fast_limits(), None).await;
    let key = new_key();
    let mut aiko = named(&class, &key, "Aiko").await;
    let forwarded = aiko.handle.tcpip_forward("127.0.0.1", 0).await;
    assert!(forwarded.is_err(), "{forwarded:?}");
    aiko.wait_for("Port forwarding is turned off here.").await;
    let direct = aiko
        .handle
        .channel_open_direct_tcpip("127.0.0.1", 22, "127.0.0.1", 5000)
        .await;
    assert!(direct.is_err());
    aiko.channel.agent_forward(true).await.unwrap();
    aiko.wait_for("Agent forwarding is turned off here").await;
    class.host.hub().command(Command::Next).unwrap();
    aiko.wait_for("Question 1 of 2").await;
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_roster_lets_in_only_its_keys_with_their_names() {
    let listed = new_key();
    let stranger = new_key();
    let mut with_roster = setup();
    with_roster.roster = Some(
        Roster::new(vec![RosterEntry {
            fingerprint: fingerprint(&listed).parse().unwrap(),
            name: Some("Aiko Tanaka".into()),
        }])
        .unwrap(),
    );
    let class = start(with_roster, fast_limits(), None).await;
    let (_handle, ok) = login(class.host.local_addr(), CODE, &stranger).await;
    assert!(!ok, "a key off the roster must be refused");
    let notes = class.host.hub().notes_after(0);
    let expected = format!(
        "refused 127.0.0.1: {} is not on the roster",
        fingerprint(&stranger)
    );
    assert!(notes.iter().any(|n| n.text == expected), "{notes:?}");
    let mut aiko = join(class.host.local_addr(), &listed).await;
    aiko.wait_for("You are in, Aiko Tanaka!").await;
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_beyond_the_limit_are_turned_away() {
    let limits = Limits {
        max_connections: 2,
        ..fast_limits()
    };
    let class = start(setup(), limits, None).await;
    let addr = class.host.local_addr();
    let first = named(&class, &new_key(), "Aiko").await;
    let _second = named(&class, &new_key(), "Ben").await;
    assert!(connect(addr).await.is_err(), "a third connection must fail");
    first.quit().await;
    // Once a slot frees up, a new student gets in.
    let mut third = None;
    tokio::time::timeout(PATIENCE, async {
        while third.is_none() {
            if let Ok(mut handle) = connect(addr).await {
                let key = PrivateKeyWithHashAlg::new(Arc::new(new_key()), None);
                if handle
                    .authenticate_publickey(CODE, key)
                    .await
                    .is_ok_and(|r| r.success())
                {
                    third = Some(handle);
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("a slot never freed up");
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn repeated_failures_turn_an_address_away() {
    let limits = Limits {
        failures_per_address: 3,
        ..fast_limits()
    };
    let class = start(setup(), limits, None).await;
    let addr = class.host.local_addr();
    for _ in 0..3 {
        let (_h, ok) = login(addr, "wrong", &new_key()).await;
        assert!(!ok);
    }
    // Even the right code is refused from that address now.
    let refused = match connect(addr).await {
        Err(_) => true,
        Ok(mut handle) => {
            let key = PrivateKeyWithHashAlg::new(Arc::new(new_key()), None);
            !handle
                .authenticate_publickey(CODE, key)
                .await
                .is_ok_and(|r| r.success())
        }
    };
    assert!(refused);
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gigantic_and_garbage_input_is_cut_off_while_others_carry_on() {
    let class = start(setup(), fast_limits(), None).await;
    let aiko_key = new_key();
    let mut aiko = named(&class, &aiko_key, "Aiko").await;
    let _ben = named(&class, &new_key(), "Ben").await;
    let mut flood = named(&class, &new_key(), "Flood").await;
    let mut garbage = named(&class, &new_key(), "Garbage").await;
    class.host.hub().command(Command::Next).unwrap();
    aiko.wait_for("Question 1 of 2").await;

    // A megabyte at once.
    let blob = vec![b'x'; 1024 * 1024];
    let _ = tokio::time::timeout(PATIENCE, flood.channel.data_bytes(blob)).await;
    let after = flood.wait_closed().await;
    assert!(after.contains("Too much input arrived at once"), "{after}");

    // Bytes that make no key.
    let _ = tokio::time::timeout(PATIENCE, garbage.channel.data_bytes(vec![0xff; 4000])).await;
    garbage.wait_closed().await;

    aiko.send(b"b").await;
    aiko.wait_for("Answer B recorded.").await;
    assert_eq!(
        answers_in(&class.journal),
        vec![(fingerprint(&aiko_key), 0, 1)]
    );
    let notes: Vec<String> = class
        .host
        .hub()
        .notes_after(0)
        .into_iter()
        .map(|n| n.text)
        .filter(|t| t.starts_with("cut off"))
        .collect();
    assert_eq!(notes.len(), 2, "{notes:?}");
    class.host.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_resumed_from_its_journal_keeps_every_acknowledged_answer() {
    let class = start(setup(), fast_limits(), None).await;
    let key = new_key();
    let mut aiko = named(&class, &key, "Aiko").await;
    let _ben = named(&class, &new_key(), "Ben").await;
    class.host.hub().command(Command::Next).unwrap();
    aiko.wait_for("Question 1 of 2").await;
    aiko.send(b"b").await;
    aiko.wait_for("Answer B recorded.").await;
    // What a kill -9 leaves: the journal as written, plus half a line.
    let mut bytes = std::fs::read(&class.journal).unwrap();
    bytes.extend(b"{\"event\":\"ans");
    let crashed = class.dir.path().join("crashed.jsonl");
    std::fs::write(&crashed, &bytes).unwrap();
    class.host.shutdown().await;

    let host = Host::start(HostOptions {
        listen: "127.0.0.1:0".parse().unwrap(),
        host_key: host_key::load_or_create(&class.dir.path().join("home")).unwrap(),
        journal: JournalStart::Resume {
            path: crashed.clone(),
        },
        limits: fast_limits(),
        hold: None,
    })
    .await
    .unwrap();
    assert_eq!(host.warnings().len(), 1, "{:?}", host.warnings());
    assert_eq!(
        host.hub().read(|s| s.phase()),
        Phase::Open {
            question: 0,
            closes_at: None
        }
    );
    assert_eq!(host.hub().read(|s| s.present_count()), 0);
    let mut again = join(host.local_addr(), &key).await;
    again.wait_for("Answer B recorded.").await;
    host.hub().command(Command::Reveal).unwrap();
    again.wait_for("Aiko · 10 pts").await;
    host.shutdown().await;
}
