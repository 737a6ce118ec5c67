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

[1/2] avail.k_of_n
A service runs on 5 identical servers, each 99% available, and works while at least 3 of them are up. What is its availability in percent? (4 decimal places; independent failures)
> Not quite: the answer is 99.9990%.
Working:
  1. Add the probabilities of exactly i servers up, for i = 3 to 5: Σ C(5, i) × a^i × (1 − a)^(5 − i), with a = 0.990.
  2. A = 99.9990%.

[2/2] http.parts
An HTTP request:
  GET /index.html HTTP/1.1
  Host: api.example.com
  Accept-Language: ja,en;q=0.8
  User-Agent: netdojo/1.0
  (empty line)
What is the request target of this request?
  A) GET
  B) /index.html
  C) HTTP/1.1
>   \"hello\" is not one of the choices: answer with a letter from A to C or a number from 1 to 3
> Right.
Working:
  1. A request line is METHOD TARGET VERSION: here GET, /index.html and HTTP/1.1.
  2. So the request target is /index.html.

[again] avail.k_of_n
A service runs on 5 identical servers, each 99% available, and works while at least 3 of them are up. What is its availability in percent? (4 decimal places; independent failures)
> Right.
Working:
  1. Add the probabilities of exactly i servers up, for i = 3 to 5: Σ C(5, i) × a^i × (1 − a)^(5 − i), with a = 0.990.
  2. A = 99.9990%.

Summary: 1 of 2 right the first time.
skill         asked  right  right on retry
avail.k_of_n      1      0               1
http.parts        1      1               0
Practise what you missed: netdojo quiz --skill avail.k_of_n
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
        .write_stdin("99\nhello\nB\n99.999\n")
        .assert()
        .success()
        .stdout(SEED_7_TRANSCRIPT)
        .stderr("");
}

#[test]
fn end_of_input_ends_with_the_summary() {
    let out = netdojo()
        .args(["quiz", "--seed", "7", "--count", "2", "--no-save"])
        .write_stdin("99.999\n")
        .assert()
        .success()
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("> Right.\n"),
        "a number is typed as its value:\n{text}"
    );
    assert!(text.ends_with("> \n\nSummary: 1 of 1 right the first time.\nskill         asked  right  right on retry\navail.k_of_n      1      1               0\n"), "{text}");
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
        .write_stdin("９９．９９９\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("練習：1 問、medium、シード 7。"), "{text}");
    assert!(
        text.contains("そのうち 3 台以上が動いていれば機能します。"),
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
            .contains("答え： 99.9990%\n")
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
1. avail.k_of_n (medium)
A service runs on 5 identical servers, each 99% available, and works while at least 3 of them are up. What is its availability in percent? (4 decimal places; independent failures)
Answer: 99.9990%
Working:
  1. Add the probabilities of exactly i servers up, for i = 3 to 5: Σ C(5, i) × a^i × (1 − a)^(5 − i), with a = 0.990.
  2. A = 99.9990%.

2. http.parts (medium)
An HTTP request:
  GET /index.html HTTP/1.1
  Host: api.example.com
  Accept-Language: ja,en;q=0.8
  User-Agent: netdojo/1.0
  (empty line)
What is the request target of this request?
  A) GET
  B) /index.html
  C) HTTP/1.1
Answer: B (/index.html)
Working:
  1. A request line is METHOD TARGET VERSION: here GET, /index.html and HTTP/1.1.
  2. So the request target is /index.html.
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
            "netdojo: \"M99\" is not a module with practice questions: use one of M2, M3, M4, M7, M8, M9, M11, M12, M14, M16, M17, M18, M19\n",
        );
    netdojo()
        .args(["quiz", "--module", "M99", "--answers", "--json"])
        .assert()
        .code(2)
        .stdout("{\"input\":\"M99\",\"error\":\"\\\"M99\\\" is not a module with practice questions: use one of M2, M3, M4, M7, M8, M9, M11, M12, M14, M16, M17, M18, M19\"}\n")
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
    run(&["quiz", "--seed", "7", "--count", "2"], "99\nB\n99.999\n")
        .success()
        .stderr("");
    let saved = std::fs::read_to_string(home.path().join("progress.json")).unwrap();
    assert!(saved.contains("\"version\": 1"), "{saved}");
    run(&["progress"], "").success().stderr("").stdout(
        "\
2026-03-02: 3 answers, 2 right (67%), streak 1 day(s), 0 skill(s) due today.

module  answered  right  accuracy
M12            1      1      100%
M16            2      1       50%

skill         module  answered  right  accuracy  box  due
avail.k_of_n  M16            2      1       50%    2  2026-03-03
http.parts    M12            1      1      100%    2  2026-03-03
",
    );
    run(&["progress", "--json"], "").success().stdout(
        "\
{\"kind\":\"summary\",\"today\":\"2026-03-02\",\"answered\":3,\"right\":2,\"accuracy_percent\":67,\"streak_days\":1,\"due\":0}
{\"kind\":\"module\",\"module\":\"M12\",\"answered\":1,\"right\":1,\"accuracy_percent\":100}
{\"kind\":\"module\",\"module\":\"M16\",\"answered\":2,\"right\":1,\"accuracy_percent\":50}
{\"kind\":\"skill\",\"skill\":\"avail.k_of_n\",\"module\":\"M16\",\"answered\":2,\"right\":1,\"accuracy_percent\":50,\"box\":2,\"due_on\":\"2026-03-03\",\"is_due\":false}
{\"kind\":\"skill\",\"skill\":\"http.parts\",\"module\":\"M12\",\"answered\":1,\"right\":1,\"accuracy_percent\":100,\"box\":2,\"due_on\":\"2026-03-03\",\"is_due\":false}
",
    );
    run(&["quiz", "--due"], "")
        .success()
        .stdout("Nothing is due today. Next review: 2026-03-03 (avail.k_of_n).\n");
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
        ["1. http.parts (medium)", "2. avail.k_of_n (medium)"],
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
        .write_stdin("99.999\n")
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
            .contains("avail.k_of_n")
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
