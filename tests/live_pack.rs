//! A quiz pack hosted live, in process, with russh clients on 127.0.0.1 as
//! students: letters and typed answers, reconnecting, each student's own numbers
//! in variant mode, and result files that `netdojo class report` reads.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod live_common;

use assert_cmd::Command;
use live_common::*;
use netdojo::classroom::live::model::{Command as Teacher, Pacing, Phase, Setup};
use netdojo::classroom::live::packrun::PackSource;
use netdojo::classroom::live::results::write_results;

/// Three kinds of question, the same for everyone, in the order written.
const PACK: &str = r#"{
  "format_version": 1,
  "title": "Ports and addresses",
  "languages": ["en"],
  "seed": 7,
  "mode": "same",
  "feedback": "each",
  "points": 2,
  "questions": [
    {"source": "inline", "id": "ssh", "kind": "choice", "prompt": "Which TCP port does SSH listen on?",
     "choices": ["21", "22", "23", "25"], "answer": "B", "explanation": "SSH uses TCP port 22."},
    {"source": "inline", "id": "loopback", "kind": "short", "prompt": "Type the IPv4 loopback address.",
     "answer": "127.0.0.1", "explanation": "127.0.0.1 is the usual loopback address.", "points": 3},
    {"source": "inline", "id": "tf", "kind": "true_false", "prompt": "A /24 holds 256 addresses.",
     "answer": true, "explanation": "2^8 = 256."}
  ]
}"#;

fn pack_setup(text: &str, pacing: Pacing) -> Setup {
    Setup {
        questions: Vec::new(),
        pacing,
        pack: Some(PackSource::new("ports.json", text)),
        ..setup()
    }
}

fn teacher_paced() -> Pacing {
    Pacing::Teacher {
        question_secs: None,
    }
}

async fn named(class: &Class, key: &russh::keys::PrivateKey, name: &str) -> Student {
    let mut student = join(class.host.local_addr(), key).await;
    student.wait_for("Type the name").await;
    student.send(format!("{name}\r").as_bytes()).await;
    student.wait_for(&format!("You are in, {name}!")).await;
    student
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pack_is_answered_with_letters_and_typed_values_and_reported() {
    let class = start(pack_setup(PACK, teacher_paced()), fast_limits(), None).await;
    let (aiko_key, ben_key) = (new_key(), new_key());
    let mut aiko = named(&class, &aiko_key, "Aiko").await;
    let mut ben = named(&class, &ben_key, "Ben").await;
    let hub = class.host.hub();

    hub.command(Teacher::Next).unwrap();
    aiko.wait_for("Which TCP port does SSH listen on?").await;
    aiko.wait_for("Question 1 of 3 · 2 points").await;
    aiko.send(b"b").await;
    aiko.wait_for("Answer B recorded.").await;
    ben.send(b"a").await;
    let screen = aiko.wait_for("The answer is B.").await;
    assert!(
        screen.contains("You answered B: right, +2 points."),
        "{screen}"
    );
    ben.wait_for("You answered A: not this time.").await;

    hub.command(Teacher::Next).unwrap();
    let screen = aiko.wait_for("Type the IPv4 loopback address.").await;
    assert!(screen.contains("Type the answer."), "{screen}");
    // In a typed answer, q is a letter like any other, not "leave".
    aiko.send(b"127.0.0.q").await;
    aiko.wait_for("> 127.0.0.q").await;
    aiko.send(b"\x7f1\r").await;
    aiko.wait_for("Answer \"127.0.0.1\" recorded.").await;

    ben.send(b"localhost\r").await;
    let screen = aiko.wait_for("The answer is 127.0.0.1.").await;
    assert!(
        screen.contains("You answered \"127.0.0.1\": right, +3 points."),
        "{screen}"
    );
    aiko.wait_for("Aiko · 5 pts").await;

    // Aiko drops and comes back with the same key: same name, same score.
    aiko.quit().await;
    until(&class.host, |s| s.present_count() == 1).await;
    let mut aiko = join(class.host.local_addr(), &aiko_key).await;
    let screen = aiko.wait_for("Aiko · 5 pts").await;
    assert!(screen.contains("The answer is 127.0.0.1."), "{screen}");
    assert!(!screen.contains("Type the name"), "{screen}");

    hub.command(Teacher::Next).unwrap();
    aiko.wait_for("A /24 holds 256 addresses.").await;
    aiko.send(b"maybe\r").await;
    aiko.wait_for("true or false").await;
    aiko.send(b"\x1b").await;
    aiko.send(b"true\r").await;
    aiko.wait_for("Answer \"true\" recorded.").await;
    ben.send(b"false\r").await;
    aiko.wait_for("The answer is true.").await;
    hub.command(Teacher::End).unwrap();
    aiko.wait_for("Finished!").await;

    let aiko_fp = fingerprint(&aiko_key);
    let ben_fp = fingerprint(&ben_key);
    assert_eq!(
        typed_in(&class.journal),
        vec![
            (aiko_fp.clone(), 0, "B".to_string()),
            (ben_fp.clone(), 0, "A".to_string()),
            (aiko_fp.clone(), 1, "127.0.0.1".to_string()),
            (ben_fp.clone(), 1, "localhost".to_string()),
            (aiko_fp, 2, "true".to_string()),
            (ben_fp, 2, "false".to_string()),
        ]
    );

    let out = class.dir.path().join("results");
    let written = hub.read(|s| write_results(s, &out)).unwrap();
    assert_eq!(written.written.len(), 2);
    let standings: Vec<(String, u64)> = hub.read(|s| {
        s.standings()
            .into_iter()
            .map(|s| (s.name, s.score))
            .collect()
    });
    assert_eq!(
        standings,
        vec![("Aiko".to_string(), 7), ("Ben".to_string(), 0)]
    );
    class.host.shutdown().await;

    // The report recomputes every score from the files: the same standings.
    let pack = class.dir.path().join("ports.json");
    std::fs::write(&pack, PACK).unwrap();
    let output = Command::cargo_bin("netdojo")
        .unwrap()
        .args(["class", "report", "--json", "--pack"])
        .arg(&pack)
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    let reported: Vec<(String, u64, u64, bool)> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["record"] == "student")
        .map(|v| {
            (
                v["name"].as_str().unwrap().to_string(),
                v["score"].as_u64().unwrap(),
                v["max_score"].as_u64().unwrap(),
                v["tampered"] == true || v["mismatched"] == true,
            )
        })
        .collect();
    assert_eq!(
        reported,
        vec![
            ("Aiko".to_string(), 7, 7, false),
            ("Ben".to_string(), 0, 7, false)
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn variant_numbers_differ_per_student_and_match_the_answer_key() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/packs/subnetting-basics.en.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let class = start(
        pack_setup(&text, Pacing::Student { total_secs: 1500 }),
        fast_limits(),
        None,
    )
    .await;
    let (aiko_key, ben_key) = (new_key(), new_key());
    let mut aiko = named(&class, &aiko_key, "Aiko").await;
    let mut ben = named(&class, &ben_key, "Ben").await;
    class.host.hub().command(Teacher::Next).unwrap();

    let key = |name: &str| -> Vec<serde_json::Value> {
        let output = Command::cargo_bin("netdojo")
            .unwrap()
            .args(["class", "key", path, "--json", "--student", name])
            .output()
            .unwrap();
        String::from_utf8(output.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let (aiko_key_file, ben_key_file) = (key("Aiko"), key("Ben"));
    let prompts = |key: &[serde_json::Value]| -> Vec<String> {
        key.iter()
            .map(|q| q["prompt"].as_str().unwrap().to_string())
            .collect()
    };
    assert_ne!(prompts(&aiko_key_file), prompts(&ben_key_file));
    let hub = class.host.hub();
    for (fp, key_file) in [
        (fingerprint(&aiko_key), &aiko_key_file),
        (fingerprint(&ben_key), &ben_key_file),
    ] {
        let fp = fp.parse().unwrap();
        let live: Vec<(String, String)> = hub.read(|s| {
            (0..s.question_count())
                .map(|i| {
                    let q = s.question_for(&fp, i).unwrap();
                    (q.id.clone(), q.prompt_en.clone())
                })
                .collect()
        });
        let keyed: Vec<(String, String)> = key_file
            .iter()
            .map(|q| {
                (
                    q["slot"].as_str().unwrap().to_string(),
                    q["prompt"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(live, keyed);
    }

    // Each student sees their own first question, and the key's answer is right.
    for (student, key_file) in [(&mut aiko, &aiko_key_file), (&mut ben, &ben_key_file)] {
        let first = &key_file[0];
        let prompt = first["prompt"].as_str().unwrap();
        student.wait_for(&prompt[..prompt.len().min(40)]).await;
        let answer = first["answer"].as_str().unwrap();
        let keys = if first["kind"] == "single_choice" {
            answer.to_lowercase()
        } else {
            format!("{answer}\r")
        };
        student.send(keys.as_bytes()).await;
        // The pack gives its verdict at the end only.
        student
            .wait_for("Answer recorded. You see how you did")
            .await;
    }
    until(&class.host, |s| s.answered_count(0) == 2).await;
    let points: Vec<u64> = hub.read(|s| s.students().iter().map(|st| st.score()).collect());
    let expected: Vec<u64> = [&aiko_key_file, &ben_key_file]
        .iter()
        .map(|k| k[0]["points"].as_u64().unwrap())
        .collect();
    assert_eq!(points, expected);
    assert_ne!(hub.read(|s| s.phase()), Phase::Finished);
    class.host.shutdown().await;
}
