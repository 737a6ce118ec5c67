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

const SEED_7_TRANSCRIPT: &str = "\
Practice: 2 question(s), medium, seed 7. Answer with a letter, a number or a value; end of input (Ctrl-D) stops.

[1/2] http.parts
An HTTP request:
  GET /search?q=dns HTTP/1.1
  Host: example.com
  Cookie: session=abc123
  Accept: */*
  (empty line)
What is the HTTP version of this request?
  A) GET
  B) /search?q=dns
  C) HTTP/1.1
> Not quite: the answer is C (HTTP/1.1).
Why: A request line is method, target, version, in that order: GET /index.html HTTP/1.1.
Working:
  1. A request line is METHOD TARGET VERSION: here GET, /search?q=dns and HTTP/1.1.
  2. So the HTTP version is HTTP/1.1.

[2/2] dns.ttl
A resolver cached an A record at 12:56:26 with TTL 120. True or false: at 12:58:14 it still answers from the cache.
>   \"hello\" is not true or false: answer true, false, yes, no, ○ or ×
> Right.
Working:
  1. TTL 120 means 120 seconds (2 min): the answer expires at 12:56:26 + 2 min = 12:58:26.
  2. 12:58:14 is before 12:58:26, so the cached answer is still used.
  3. So the answer is true.

[again] http.parts
An HTTP request:
  GET /search?q=dns HTTP/1.1
  Host: example.com
  Cookie: session=abc123
  Accept: */*
  (empty line)
What is the HTTP version of this request?
  A) GET
  B) /search?q=dns
  C) HTTP/1.1
> Right.
Working:
  1. A request line is METHOD TARGET VERSION: here GET, /search?q=dns and HTTP/1.1.
  2. So the HTTP version is HTTP/1.1.

Summary: 1 of 2 right the first time.
skill       asked  right  right on retry
dns.ttl         1      1               0
http.parts      1      0               1
Practise what you missed: netdojo quiz --skill http.parts
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
        ])
        .write_stdin("a\nhello\ntrue\nc\n")
        .assert()
        .success()
        .stdout(SEED_7_TRANSCRIPT)
        .stderr("");
}

#[test]
fn end_of_input_ends_with_the_summary() {
    let out = netdojo()
        .args(["quiz", "--seed", "7", "--count", "2", "--no-save"])
        .write_stdin("c\n")
        .assert()
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("> Right.\n"),
        "a choice can be answered by its letter:\n{text}"
    );
    assert!(text.ends_with("> \n\nSummary: 1 of 1 right the first time.\nskill       asked  right  right on retry\nhttp.parts      1      1               0\n"), "{text}");
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
        text.contains("このリクエストのHTTP バージョンはどれですか。"),
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
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains("答え： C (HTTP/1.1)\n")
    );
}

#[test]
fn answer_key_as_text() {
    netdojo()
        .args(["quiz", "--seed", "7", "--count", "2", "--answers", "--lang", "en"])
        .assert()
        .success()
        .stdout(
            "\
1. http.parts (medium)
An HTTP request:
  GET /search?q=dns HTTP/1.1
  Host: example.com
  Cookie: session=abc123
  Accept: */*
  (empty line)
What is the HTTP version of this request?
  A) GET
  B) /search?q=dns
  C) HTTP/1.1
Answer: C (HTTP/1.1)
Working:
  1. A request line is METHOD TARGET VERSION: here GET, /search?q=dns and HTTP/1.1.
  2. So the HTTP version is HTTP/1.1.

2. dns.ttl (medium)
A resolver cached an A record at 12:56:26 with TTL 120. True or false: at 12:58:14 it still answers from the cache.
Answer: true
Working:
  1. TTL 120 means 120 seconds (2 min): the answer expires at 12:56:26 + 2 min = 12:58:26.
  2. 12:58:14 is before 12:58:26, so the cached answer is still used.
  3. So the answer is true.
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
            "netdojo: \"M99\" is not a module with practice questions: use one of M2, M3, M4, M5, M7, M8, M9, M11, M12, M14, M16, M17, M18, M19\n",
        );
    netdojo()
        .args(["quiz", "--module", "M99", "--answers", "--json"])
        .assert()
        .code(2)
        .stdout("{\"input\":\"M99\",\"error\":\"\\\"M99\\\" is not a module with practice questions: use one of M2, M3, M4, M5, M7, M8, M9, M11, M12, M14, M16, M17, M18, M19\"}\n")
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
    run(&["quiz", "--seed", "7", "--count", "2"], "a\ntrue\nc\n")
        .success()
        .stderr("");
    let saved = std::fs::read_to_string(home.path().join("progress.json")).unwrap();
    assert!(saved.contains("\"version\": 1"), "{saved}");
    run(&["progress"], "").success().stderr("").stdout(
        "\
2026-03-02: 3 answers, 2 right (67%), streak 1 day(s), 0 skill(s) due today.

module  answered  right  accuracy
M8             1      1      100%
M12            2      1       50%

skill       module  answered  right  accuracy  box  due
dns.ttl     M8             1      1      100%    2  2026-03-03
http.parts  M12            2      1       50%    2  2026-03-03
",
    );
    run(&["progress", "--json"], "").success().stdout(
        "\
{\"kind\":\"summary\",\"today\":\"2026-03-02\",\"answered\":3,\"right\":2,\"accuracy_percent\":67,\"streak_days\":1,\"due\":0}
{\"kind\":\"module\",\"module\":\"M8\",\"answered\":1,\"right\":1,\"accuracy_percent\":100}
{\"kind\":\"module\",\"module\":\"M12\",\"answered\":2,\"right\":1,\"accuracy_percent\":50}
{\"kind\":\"skill\",\"skill\":\"dns.ttl\",\"module\":\"M8\",\"answered\":1,\"right\":1,\"accuracy_percent\":100,\"box\":2,\"due_on\":\"2026-03-03\",\"is_due\":false}
{\"kind\":\"skill\",\"skill\":\"http.parts\",\"module\":\"M12\",\"answered\":2,\"right\":1,\"accuracy_percent\":50,\"box\":2,\"due_on\":\"2026-03-03\",\"is_due\":false}
",
    );
    run(&["quiz", "--due"], "")
        .success()
        .stdout("Nothing is due today. Next review: 2026-03-03 (dns.ttl).\n");
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
        ["1. dns.ttl (medium)", "2. http.parts (medium)"],
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
        .args(["quiz", "--seed", "7", "--count", "1"])
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
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("http.parts")
    );
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
