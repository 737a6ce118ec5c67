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
        "netdojo: say which session to host: --demo (a built-in 3-question session) or --resume JOURNAL\n",
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
    for (student, key) in students.iter_mut().zip(["b", "c"]) {
        student.wait_for("Question 1 of 3").await;
        student.send(key.as_bytes()).await;
        student.wait_for("recorded.").await;
    }
    host.child.kill().unwrap();
    host.child.wait().unwrap();
    drop(students);

    let mut resumed = HostProcess::start(dir.path(), &["--resume", &journal_arg]);
    let addr = resumed.address();
    assert_eq!(resumed.line("resumed: "), "9 events replayed");
    let mut aiko = join(addr, &keys[0]).await;
    aiko.wait_for("Answer B recorded.").await;
    let mut chie = join(addr, &keys[2]).await;
    chie.wait_for("Question 1 of 3").await;
    chie.send(b"a").await;
    // Everyone present has answered: the question reveals itself.
    aiko.wait_for("You answered B: right, +10 points.").await;
    resumed.command("quit");
    let standings: Vec<String> = std::iter::from_fn(|| resumed.lines.recv_timeout(PATIENCE).ok())
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
    let answers = answers_in(&journal);
    assert_eq!(answers.len(), 3, "{answers:?}");
}
