#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `netdojo quiz` and `netdojo progress`: exact transcripts fed through standard
//! input, answer keys, skill lists, errors and exit codes, and the progress file.

use assert_cmd::Command;

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "NETDOJO_TODAY", "NO_COLOR"] {
        cmd.env_remove(var);
    }
    // Never the real data folder. Tests that save name a temporary folder of their
    // own; the others only read, and this folder does not exist.
    cmd.env(
        "NETDOJO_HOME",
        std::env::temp_dir().join("netdojo-cli-quiz-no-home"),
    );
    cmd
}

// The transcripts name their skills, so that a new skill elsewhere in the catalog does
// not change them; the order of a mixed session is pinned by the golden file of
// tests/quiz_golden.rs.
const SEED_7_TRANSCRIPT: &str = "\
Practice: 2 question(s), medium, seed 7. Answer with a letter, a number or a value; end of input (Ctrl-D) stops.

[1/2] dns.mx
The zone of example.com has these MX records:
  example.com. 3600 IN MX 5 mx3.example.com.
  example.com. 3600 IN MX 25 relay.example.com.
  example.com. 3600 IN MX 10 smtp.example.com.
Which host does a sender try first for mail to example.com?
  A) relay.example.com.
  B) smtp.example.com.
  C) mx3.example.com.
> Not quite: the answer is C (mx3.example.com.).
Why: For MX records the lowest preference number is tried first; higher numbers are backups.
Working:
  1. Senders try MX hosts from the lowest preference number up; higher numbers are backups.
  2. Tried in this order: 5 mx3.example.com. → 10 smtp.example.com. → 25 relay.example.com.
  3. So mail goes first to mx3.example.com. (preference 5).

[2/2] port.range
Which RFC 6335 range is port 365 in?
  A) well-known (0–1023)
  B) registered (1024–49151)
  C) dynamic (49152–65535)
>   \"hello\" is not one of the choices: answer with a letter from A to C or a number from 1 to 3
> Right.
Working:
  1. Well-known (system) ports are 0–1023, registered (user) ports 1024–49151, dynamic ports 49152–65535.
  2. 365 falls in well-known (0–1023).

[again] dns.mx
The zone of example.com has these MX records:
  example.com. 3600 IN MX 5 mx3.example.com.
  example.com. 3600 IN MX 25 relay.example.com.
  example.com. 3600 IN MX 10 smtp.example.com.
Which host does a sender try first for mail to example.com?
  A) relay.example.com.
  B) smtp.example.com.
  C) mx3.example.com.
> Right.
Working:
  1. Senders try MX hosts from the lowest preference number up; higher numbers are backups.
  2. Tried in this order: 5 mx3.example.com. → 10 smtp.example.com. → 25 relay.example.com.
  3. So mail goes first to mx3.example.com. (preference 5).

Summary: 1 of 2 right the first time.
skill       asked  right  right on retry
dns.mx          1      0               1
port.range      1      1               0
Practise what you missed: netdojo quiz --skill dns.mx
";

#[test]
fn exact_transcript_for_seed_7_count_2() {
    netdojo()
        .args([
            "quiz",
            "--seed",
            "7",
            "--count",
            "2",
            "--no-save",
            "--lang",
            "en",
            "--skill",
            "dns.mx",
            "--skill",
            "port.range",
        ])
        .write_stdin("a\nhello\nA\nc\n")
        .assert()
        .success()
        .stdout(SEED_7_TRANSCRIPT)
        .stderr("");
}

#[test]
fn end_of_input_ends_with_the_summary() {
    let out = netdojo()
        .args([
            "quiz",
            "--seed",
            "7",
            "--count",
            "2",
            "--no-save",
            "--skill",
            "dns.mx",
            "--skill",
            "port.range",
        ])
        .write_stdin("mx3.example.com.\n")
        .assert()
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("> Right.\n"),
        "a choice can be typed as its value:\n{text}"
    );
    assert!(text.ends_with("> \n\nSummary: 1 of 1 right the first time.\nskill   asked  right  right on retry\ndns.mx      1      1               0\n"), "{text}");
}

#[test]
fn japanese_with_full_width_input() {
    let out = netdojo()
        .args([
            "quiz",
            "--seed",
            "7",
            "--count",
            "1",
            "--no-save",
            "--lang",
            "ja",
            "--skill",
            "dns.mx",
            "--skill",
            "port.range",
        ])
        .write_stdin("Ｃ\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("練習：1 問、medium、シード 7。"), "{text}");
    assert!(
        text.contains("example.com 宛てのメールを送る側が最初に試すホストはどれですか。"),
        "{text}"
    );
    assert!(text.contains("> 正解です。\n解き方：\n"), "{text}");
    assert!(
        text.contains("まとめ：1 問中 1 問が一度で正解。\n"),
        "{text}"
    );
}

#[test]
fn the_top_level_lang_applies_too() {
    let out = netdojo()
        .args([
            "--lang",
            "ja",
            "quiz",
            "--seed",
            "7",
            "--count",
            "1",
            "--answers",
            "--skill",
            "dns.mx",
            "--skill",
            "port.range",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains("答え： C (mx3.example.com.)\n")
    );
}

#[test]
fn answer_key_as_text() {
    netdojo()
        .args([
            "quiz",
            "--seed",
            "7",
            "--count",
            "2",
            "--answers",
            "--lang",
            "en",
            "--skill",
            "dns.mx",
            "--skill",
            "port.range",
        ])
        .assert()
        .success()
        .stdout(
            "\
1. dns.mx (medium)
The zone of example.com has these MX records:
  example.com. 3600 IN MX 5 mx3.example.com.
  example.com. 3600 IN MX 25 relay.example.com.
  example.com. 3600 IN MX 10 smtp.example.com.
Which host does a sender try first for mail to example.com?
  A) relay.example.com.
  B) smtp.example.com.
  C) mx3.example.com.
Answer: C (mx3.example.com.)
Working:
  1. Senders try MX hosts from the lowest preference number up; higher numbers are backups.
  2. Tried in this order: 5 mx3.example.com. → 10 smtp.example.com. → 25 relay.example.com.
  3. So mail goes first to mx3.example.com. (preference 5).

2. port.range (medium)
Which RFC 6335 range is port 365 in?
  A) well-known (0–1023)
  B) registered (1024–49151)
  C) dynamic (49152–65535)
Answer: A (well-known (0–1023))
Working:
  1. Well-known (system) ports are 0–1023, registered (user) ports 1024–49151, dynamic ports 49152–65535.
  2. 365 falls in well-known (0–1023).
",
        )
        .stderr("");
}

#[test]
fn answer_key_as_json_lines_gives_what_to_type() {
    let out = netdojo()
        .args([
            "quiz",
            "--seed",
            "3",
            "--count",
            "30",
            "--difficulty",
            "hard",
            "--answers",
            "--json",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 30);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["n"], i + 1);
        for key in ["skill", "difficulty", "kind", "prompt", "answer"] {
            assert!(line[key].is_string(), "{key} in {line}");
        }
        assert_eq!(line["difficulty"], "hard");
        assert!(
            line["explanation"]
                .as_array()
                .is_some_and(|a| !a.is_empty())
        );
        let choices = line["choices"].as_array().map_or(0, Vec::len);
        match line["kind"].as_str().unwrap() {
            "single_choice" | "multi_choice" | "ordering" => assert!(choices >= 2, "{line}"),
            _ => assert!(line["choices"].is_null(), "{line}"),
        }
    }
    // Typing each `answer` into the same session gets every question right.
    let typed: String = lines
        .iter()
        .map(|l| format!("{}\n", l["answer"].as_str().unwrap()))
        .collect();
    let out = netdojo()
        .args([
            "quiz",
            "--seed",
            "3",
            "--count",
            "30",
            "--difficulty",
            "hard",
            "--no-save",
        ])
        .write_stdin(typed)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains("Summary: 30 of 30 right the first time.")
    );
}

#[test]
fn list_shows_every_skill() {
    let out = netdojo()
        .args(["quiz", "--list"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "skill                   module  description");
    assert_eq!(
        lines[1],
        "ipv4.to_binary          M2      dotted decimal ↔ binary"
    );
    assert_eq!(lines.len(), netdojo::quiz::generators::SKILLS.len() + 1);
    let out = netdojo()
        .args(["quiz", "--list", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(
        text.lines().next().unwrap(),
        r#"{"skill":"ipv4.to_binary","module":"M2","description":"dotted decimal ↔ binary"}"#
    );
    assert_eq!(
        text.lines().count(),
        netdojo::quiz::generators::SKILLS.len()
    );
}

#[test]
fn unknown_skill_or_module_is_one_line_and_exit_2() {
    netdojo()
        .args(["quiz", "--skill", "subnet.nope"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "netdojo: \"subnet.nope\" is not a skill with practice questions: `netdojo quiz --list` shows the {} skill ids\n",
            netdojo::quiz::generators::SKILLS.len()
        ));
    netdojo()
        .args(["quiz", "--module", "M99"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: \"M99\" is not a module with practice questions: use one of M2, M3, M4, M5, M7, M8, M9, M11, M12, M14, M15, M16, M17, M18, M19\n",
        );
    netdojo()
        .args(["quiz", "--module", "M99", "--answers", "--json"])
        .assert()
        .code(2)
        .stdout("{\"input\":\"M99\",\"error\":\"\\\"M99\\\" is not a module with practice questions: use one of M2, M3, M4, M5, M7, M8, M9, M11, M12, M14, M15, M16, M17, M18, M19\"}\n")
        .stderr("");
}

#[test]
fn json_needs_answers_or_list() {
    netdojo()
        .args(["quiz", "--json"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn results_go_to_the_progress_file_and_progress_reports_them() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str], input: &str| {
        netdojo()
            .env("NETDOJO_HOME", home.path())
            .env("NETDOJO_TODAY", "2026-03-02")
            .args(args)
            .write_stdin(input.to_owned())
            .assert()
    };
    run(
        &[
            "quiz",
            "--seed",
            "7",
            "--count",
            "2",
            "--skill",
            "dns.mx",
            "--skill",
            "port.range",
        ],
        "a\nA\nc\n",
    )
    .success()
    .stderr("");
    let saved = std::fs::read_to_string(home.path().join("progress.json")).unwrap();
    assert!(saved.contains("\"version\": 1"), "{saved}");
    run(&["progress"], "").success().stderr("").stdout(
        "\
2026-03-02: 3 answers, 2 right (67%), streak 1 day(s), 0 skill(s) due today.

module  answered  right  accuracy
M7             1      1      100%
M8             2      1       50%

skill       module  answered  right  accuracy  box  due
dns.mx      M8             2      1       50%    2  2026-03-03
port.range  M7             1      1      100%    2  2026-03-03
",
    );
    run(&["progress", "--json"], "").success().stdout(
        "\
{\"kind\":\"summary\",\"today\":\"2026-03-02\",\"answered\":3,\"right\":2,\"accuracy_percent\":67,\"streak_days\":1,\"due\":0}
{\"kind\":\"module\",\"module\":\"M7\",\"answered\":1,\"right\":1,\"accuracy_percent\":100}
{\"kind\":\"module\",\"module\":\"M8\",\"answered\":2,\"right\":1,\"accuracy_percent\":50}
{\"kind\":\"skill\",\"skill\":\"dns.mx\",\"module\":\"M8\",\"answered\":2,\"right\":1,\"accuracy_percent\":50,\"box\":2,\"due_on\":\"2026-03-03\",\"is_due\":false}
{\"kind\":\"skill\",\"skill\":\"port.range\",\"module\":\"M7\",\"answered\":1,\"right\":1,\"accuracy_percent\":100,\"box\":2,\"due_on\":\"2026-03-03\",\"is_due\":false}
",
    );
    run(&["quiz", "--due"], "")
        .success()
        .stdout("Nothing is due today. Next review: 2026-03-03 (dns.mx).\n");
    // The next day both skills are due: --due asks one question of each.
    let out = netdojo()
        .env("NETDOJO_HOME", home.path())
        .env("NETDOJO_TODAY", "2026-03-03")
        .args(["quiz", "--due", "--seed", "1", "--answers"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let headers: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_digit()) && l.ends_with("(medium)"))
        .collect();
    assert_eq!(
        headers,
        ["1. port.range (medium)", "2. dns.mx (medium)"],
        "{text}"
    );
    let path = home.path().join("progress.json");
    run(&["progress", "reset"], "")
        .code(2)
        .stdout("")
        .stderr(format!(
            "netdojo: \"reset\" deletes every result in {}: add --yes to confirm\n",
            path.display()
        ));
    run(&["progress", "reset", "--yes"], "")
        .success()
        .stdout(format!("Progress reset: {} deleted.\n", path.display()));
    run(&["progress"], "")
        .success()
        .stdout("No practice recorded yet: start with netdojo quiz.\n");
}

#[test]
fn a_corrupt_progress_file_is_kept_aside_with_a_warning() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("progress.json");
    std::fs::write(&path, "{ broken").unwrap();
    netdojo()
        .env("NETDOJO_HOME", home.path())
        .env("NETDOJO_TODAY", "2026-03-02")
        .args([
            "quiz",
            "--seed",
            "7",
            "--count",
            "1",
            "--skill",
            "dns.mx",
            "--skill",
            "port.range",
        ])
        .write_stdin("c\n")
        .assert()
        .success()
        .stderr(format!(
            "netdojo: warning: {} could not be read (key must be a string at line 1 column 3); it was moved to {} and progress starts afresh\n",
            path.display(),
            home.path().join("progress.json.corrupt-1").display()
        ));
    assert_eq!(
        std::fs::read_to_string(home.path().join("progress.json.corrupt-1")).unwrap(),
        "{ broken"
    );
    assert!(std::fs::read_to_string(&path).unwrap().contains("dns.mx"));
}

#[test]
fn a_lesson_questions_run_through_the_same_practice() {
    let out = netdojo()
        .args([
            "quiz",
            "--lesson",
            "m03-subnetting",
            "--seed",
            "5",
            "--answers",
            "--json",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    let answers: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["answer"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(answers.len(), 15);
    let typed: String = answers.iter().map(|a| format!("{a}\n")).collect();
    let out = netdojo()
        .args([
            "quiz",
            "--lesson",
            "m03-subnetting",
            "--seed",
            "5",
            "--no-save",
        ])
        .write_stdin(typed)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains("Summary: 15 of 15 right the first time.")
    );
    netdojo()
        .args(["quiz", "--lesson", "m99-nothing"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"m99-nothing\" is not a lesson id: `netdojo lessons list` shows them\n");
}
