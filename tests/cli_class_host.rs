//! `netdojo class host`: bad input, and a real kill -9 of the host followed by
//! `--resume`, with russh clients on 127.0.0.1 as students.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod live_common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;

use assert_cmd::cargo::CommandCargoExt;
use live_common::*;

fn netdojo(home: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.env("NETDOJO_HOME", home)
        .env_remove("LANG")
        .env_remove("LC_ALL");
    cmd
}

fn bad_input(args: &[&str], stderr: &str) {
    let dir = tempfile::tempdir().unwrap();
    let output = netdojo(dir.path()).args(args).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stderr), stderr);
    assert_eq!(output.stdout, b"");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_session_must_be_named() {
    bad_input(
        &["class", "host"],
        "netdojo: say which session to host: a pack file, --demo (a built-in 3-question session) or --resume JOURNAL\n",
    );
}

#[test]
fn a_bad_join_code_is_explained() {
    bad_input(
        &["class", "host", "--demo", "--code", "Net 101"],
        "netdojo: \"Net 101\" is not a valid join code: use 3 to 32 lowercase letters, digits or dashes\n",
    );
}

#[test]
fn a_bad_roster_line_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("roster.txt");
    std::fs::write(&roster, "# 1-A\nAiko=SHA256:abc\n").unwrap();
    let output = netdojo(dir.path())
        .args(["class", "host", "--demo", "--roster"])
        .arg(&roster)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "netdojo: {}: line 2: \"Aiko=SHA256:abc\" is not a key: write a SHA256 fingerprint or a public key line, optionally after \"NAME = \"\n",
            roster.display()
        )
    );
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn an_existing_journal_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("class.jsonl");
    std::fs::write(&journal, "keep me\n").unwrap();
    let output = netdojo(dir.path())
        .args([
            "class",
            "host",
            "--demo",
            "--listen",
            "127.0.0.1:0",
            "--journal",
        ])
        .arg(&journal)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "netdojo: made a new host key in {}\nnetdojo: {} already exists: resume it with --resume, or choose another file\n",
            dir.path().join("live_host_ed25519_key").display(),
            journal.display()
        )
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&journal).unwrap(), "keep me\n");
}

/// A host process with its stdin (for commands) and its stdout lines.
struct HostProcess {
    child: Child,
    stdin: ChildStdin,
    lines: mpsc::Receiver<String>,
}

/// A test that fails halfway must not leave its host running.
impl Drop for HostProcess {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

impl HostProcess {
    fn start(home: &std::path::Path, args: &[&str]) -> HostProcess {
        let mut child = netdojo(home)
            .args(["class", "host", "--headless", "--listen", "127.0.0.1:0"])
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        HostProcess {
            child,
            stdin,
            lines,
        }
    }

    /// Waits for a line starting with `prefix` and returns the rest.
    fn line(&self, prefix: &str) -> String {
        loop {
            let line = self
                .lines
                .recv_timeout(PATIENCE)
                .unwrap_or_else(|_| panic!("the host never printed {prefix:?}"));
            if let Some(rest) = line.strip_prefix(prefix) {
                return rest.to_string();
            }
        }
    }

    fn command(&mut self, word: &str) {
        writeln!(self.stdin, "{word}").unwrap();
        self.stdin.flush().unwrap();
    }

    fn address(&self) -> std::net::SocketAddr {
        let join = self.line("join: ");
        // "ssh -p PORT CODE@127.0.0.1"
        let port: u16 = join.split_whitespace().nth(2).unwrap().parse().unwrap();
        std::net::SocketAddr::from(([127, 0, 0, 1], port))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_mid_question_then_resume_keeps_every_acknowledged_answer() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("class.jsonl");
    let journal_arg = journal.to_str().unwrap().to_string();
    let mut host = HostProcess::start(
        dir.path(),
        &["--demo", "--code", CODE, "--journal", &journal_arg],
    );
    let addr = host.address();
    let keys: Vec<_> = (0..3).map(|_| new_key()).collect();
    let mut students = Vec::new();
    for (key, name) in keys.iter().zip(["Aiko", "Ben", "Chie"]) {
        let mut student = join(addr, key).await;
        student.wait_for("Type the name").await;
        student.send(format!("{name}\r").as_bytes()).await;
        student.wait_for(&format!("You are in, {name}!")).await;
        students.push(student);
    }
    host.command("next");
    // Two of three answer and see their answers recorded; then the host dies.
    // The demo pack's first answer is A (a /28 has 14 usable hosts).
    for (student, key) in students.iter_mut().zip(["a", "c"]) {
        student.wait_for("Question 1 of 3").await;
        student.send(key.as_bytes()).await;
        student.wait_for("recorded.").await;
    }
    host.child.kill().unwrap();
    host.child.wait().unwrap();
    drop(students);

    let out = dir.path().join("results");
    let out_arg = out.to_str().unwrap().to_string();
    let mut resumed =
        HostProcess::start(dir.path(), &["--resume", &journal_arg, "--out", &out_arg]);
    let addr = resumed.address();
    assert_eq!(resumed.line("resumed: "), "9 events replayed");
    let mut aiko = join(addr, &keys[0]).await;
    aiko.wait_for("Answer A recorded.").await;
    let mut chie = join(addr, &keys[2]).await;
    chie.wait_for("Question 1 of 3").await;
    chie.send(b"b").await;
    // Everyone present has answered: the question reveals itself.
    aiko.wait_for("You answered A: right, +10 points.").await;
    // The demo is a pack like any other: ending it writes a result file per
    // student, and the report needs no pack file.
    resumed.command("end");
    resumed.command("quit");
    let lines: Vec<String> =
        std::iter::from_fn(|| resumed.lines.recv_timeout(PATIENCE).ok()).collect();
    assert!(
        lines.contains(&format!("report: netdojo class report {out_arg}")),
        "{lines:?}"
    );
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 3);
    let report = netdojo(dir.path())
        .args(["class", "report", &out_arg])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&report.stdout).into_owned();
    let ranks: Vec<&str> = report.lines().skip(2).take(4).collect();
    assert_eq!(
        ranks,
        [
            "RANK  STUDENT  SCORE  MAX    %  FLAGS",
            "   1  Aiko        10   30  33%",
            "   2  Ben          0   30   0%",
            "   2  Chie         0   30   0%",
        ],
        "{report}"
    );
    let standings: Vec<String> = lines
        .into_iter()
        .skip_while(|l| l != "final standings:")
        .take(4)
        .collect();
    assert_eq!(
        standings,
        vec![
            "final standings:".to_string(),
            "   1  Aiko                      10  1/1 right".to_string(),
            "   2  Ben                        0  0/1 right".to_string(),
            "   2  Chie                       0  0/1 right".to_string(),
        ]
    );
    resumed.child.wait().unwrap();
    let typed: Vec<String> = typed_in(&journal).into_iter().map(|t| t.2).collect();
    assert_eq!(typed, ["A", "C", "B"]);
}

fn sample_pack(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/packs")
        .join(name)
}

#[test]
fn resuming_with_another_pack_is_refused_in_one_line() {
    use netdojo::classroom::live::journal::encode_header;
    use netdojo::classroom::live::model::{Pacing, Setup};
    use netdojo::classroom::live::packrun::PackSource;
    let dir = tempfile::tempdir().unwrap();
    let started = sample_pack("availability.en.json");
    let text = std::fs::read_to_string(&started).unwrap();
    let setup = Setup {
        title: "Availability".into(),
        code: CODE.into(),
        pacing: Pacing::Teacher {
            question_secs: None,
        },
        questions: Vec::new(),
        board_visible: true,
        max_students: 40,
        roster: None,
        pack: Some(PackSource::new("availability.en.json", &text)),
    };
    let journal = dir.path().join("class.jsonl");
    std::fs::write(&journal, encode_header(&setup).unwrap()).unwrap();
    let other = sample_pack("dns-http.en.json");
    let other_hash = netdojo::classroom::pack::hash(&std::fs::read(&other).unwrap());
    let output = netdojo(dir.path())
        .args(["class", "host"])
        .arg(&other)
        .arg("--resume")
        .arg(&journal)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        format!(
            "netdojo: {:?} is not the pack of {}: it was started with \"availability.en.json\" (SHA-256 {}), this file's SHA-256 is {}\n",
            other.display().to_string(),
            journal.display(),
            &netdojo::classroom::pack::hash(text.as_bytes())[..12],
            &other_hash[..12]
        )
    );
    assert_eq!(output.stdout, b"");
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn a_pack_that_is_not_valid_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("quiz.json");
    std::fs::write(&pack, "{}").unwrap();
    let output = netdojo(dir.path())
        .args(["class", "host"])
        .arg(&pack)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!(
            "netdojo: {:?} is not a valid pack: ",
            pack.display().to_string()
        )),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert_eq!(output.status.code(), Some(2));
}

/// The key of a sample pack for a student: (kind, what to type) per question.
fn answer_key(pack: &std::path::Path, student: &str) -> Vec<(String, String)> {
    let output = netdojo(std::path::Path::new("."))
        .args(["class", "key", "--json", "--student", student])
        .arg(pack)
        .output()
        .unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["kind"].as_str().unwrap().to_string(),
                v["answer"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn report_scores(pack: &std::path::Path, dir: &std::path::Path) -> Vec<(String, u64)> {
    let output = netdojo(dir)
        .args(["class", "report", "--json", "--pack"])
        .arg(pack)
        .arg(dir)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["record"] == "student")
        .map(|v| {
            assert_eq!(v["tampered"], false);
            assert_eq!(v["mismatched"], false);
            (
                v["name"].as_str().unwrap().to_string(),
                v["score"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hosted_pack_writes_results_the_report_agrees_with_again_on_resume() {
    let dir = tempfile::tempdir().unwrap();
    let pack = sample_pack("availability.en.json");
    let journal = dir.path().join("class.jsonl");
    let out = dir.path().join("results");
    let mut host = HostProcess::start(
        dir.path(),
        &[
            pack.to_str().unwrap(),
            "--code",
            CODE,
            "--journal",
            journal.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let addr = host.address();
    let key = new_key();
    let mut aiko = join(addr, &key).await;
    aiko.wait_for("Type the name").await;
    aiko.send(b"Aiko\r").await;
    aiko.wait_for("You are in, Aiko!").await;
    let answers = answer_key(&pack, "Aiko");
    // The first question right (a typed value), the second wrong (a letter); then
    // the end.
    host.command("next");
    aiko.wait_for("Question 1 of 10").await;
    assert_eq!(answers[0].0, "free_text");
    aiko.send(format!("{}\r", answers[0].1).as_bytes()).await;
    aiko.wait_for("You answered").await;
    host.command("next");
    aiko.wait_for("Question 2 of 10").await;
    assert_eq!(answers[1].0, "single_choice");
    let wrong = if answers[1].1 == "A" { "b" } else { "a" };
    aiko.send(wrong.as_bytes()).await;
    aiko.wait_for("not this time").await;
    host.command("end");
    let written = host.line("result: ");
    assert!(
        written.starts_with(out.join("aiko-").to_str().unwrap()),
        "{written}"
    );
    assert_eq!(
        host.line("report: "),
        format!(
            "netdojo class report {} --pack {}",
            out.display(),
            pack.display()
        )
    );
    host.command("quit");
    let standings = host.line("   1  ");
    assert_eq!(standings, format!("{:<20}  {:>6}  1/2 right", "Aiko", 2));
    host.child.wait().unwrap();
    assert_eq!(report_scores(&pack, &out), vec![("Aiko".to_string(), 2)]);

    // Resuming the finished journal writes the same files into another folder.
    let again = dir.path().join("again");
    let mut resumed = HostProcess::start(
        dir.path(),
        &[
            pack.to_str().unwrap(),
            "--resume",
            journal.to_str().unwrap(),
            "--out",
            again.to_str().unwrap(),
        ],
    );
    assert!(
        resumed
            .line("result: ")
            .starts_with(again.to_str().unwrap())
    );
    resumed.command("quit");
    resumed.child.wait().unwrap();
    let first = std::fs::read_dir(&out).unwrap().next().unwrap().unwrap();
    let second = std::fs::read_to_string(again.join(first.file_name())).unwrap();
    assert_eq!(std::fs::read_to_string(first.path()).unwrap(), second);
}
