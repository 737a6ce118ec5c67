//! Command-line tests of `netdojo lessons list|show|check`: exact output, errors
//! and exit codes, on the fixture lessons.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use predicates::prelude::*;

const VALID: &str = "tests/fixtures/lessons/valid";
const INVALID: &str = "tests/fixtures/lessons/invalid";

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let output = netdojo().args(args).output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn list_prints_an_aligned_table() {
    netdojo()
        .args(["lessons", "list", "--lessons", VALID])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
MODULE  ID                QUESTIONS  TITLE
M3      m03-usable-hosts          8  How many hosts fit in a subnet
",
        );
}

#[test]
fn list_in_japanese_shows_the_japanese_titles() {
    netdojo()
        .args(["lessons", "--lessons", VALID, "list", "--lang", "ja"])
        .assert()
        .success()
        .stdout(
            "\
MODULE  ID                QUESTIONS  TITLE
M3      m03-usable-hosts          8  サブネットに入るホストの数
",
        );
}

#[test]
fn list_json_prints_one_object_per_lesson() {
    netdojo()
        .args(["lessons", "list", "--lessons", VALID, "--json"])
        .assert()
        .success()
        .stdout(concat!(
            r#"{"id":"m03-usable-hosts","lang":"en","module":"M3","order":9,"#,
            r#""title":"How many hosts fit in a subnet","#,
            r#""summary":"Counting addresses from the prefix length, and the ones you cannot give to a host.","#,
            r#""questions":8,"skills":["subnet.host_count","subnet.broadcast","vpc.aws_usable"],"#,
            r#""calculators":["subnet","split"]}"#,
            "\n"
        ));
}

#[test]
fn list_warns_once_about_files_that_do_not_load() {
    let dir = format!("{INVALID}/no-front-matter");
    netdojo()
        .args(["lessons", "list", "--lessons", &dir, "--lang", "ja"])
        .assert()
        .success()
        .stderr(format!(
            "netdojo: 1 problem in \"{dir}\" (netdojo lessons check {dir} lists them)\n"
        ))
        .stdout(
            "\
MODULE  ID          QUESTIONS  TITLE
M3      m03-sample          8  サンプル
",
        );
}

#[test]
fn the_built_in_lessons_are_listed_without_a_folder() {
    let out = stdout_of(&["lessons", "list"]);
    assert!(out.starts_with("MODULE  ID"), "{out}");
}

#[test]
fn show_renders_the_lesson_in_english() {
    let out = stdout_of(&[
        "lessons",
        "show",
        "m03-usable-hosts",
        "--lessons",
        VALID,
        "--width",
        "60",
    ]);
    insta::assert_snapshot!("show_en_60", out);
}

#[test]
fn show_renders_the_lesson_in_japanese_by_display_width() {
    let out = stdout_of(&[
        "lessons",
        "show",
        "m03-usable-hosts",
        "--lessons",
        VALID,
        "--lang",
        "ja",
        "--width",
        "40",
    ]);
    insta::assert_snapshot!("show_ja_40", out);
}

#[test]
fn show_of_an_unknown_id_names_it_and_exits_2() {
    netdojo()
        .args(["lessons", "show", "m99-nothing", "--lessons", VALID, "--lang", "ja"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: \"m99-nothing\" is not a lesson id in Japanese (netdojo lessons list --lang ja shows them)\n",
        );
}

#[test]
fn show_refuses_a_width_under_20() {
    netdojo()
        .args(["lessons", "show", "m03-usable-hosts", "--width", "19"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("19 is not in 20..=1000"));
}

#[test]
fn check_of_a_clean_folder_exits_0() {
    netdojo()
        .args(["lessons", "check", VALID])
        .assert()
        .success()
        .stderr("")
        .stdout("checked 2 lesson files: no problems\n");
}

#[test]
fn check_prints_every_problem_with_file_and_line_and_exits_1() {
    let dir = format!("{INVALID}/missing-twin");
    netdojo()
        .args(["lessons", "check", &dir])
        .assert()
        .code(1)
        .stderr("")
        .stdout(format!(
            "\
{dir}/en/m03-sample.md:1: no Japanese twin: ja/m03-sample.md is missing
{dir}/ja/m03-only-ja.md:1: no English twin: en/m03-only-ja.md is missing
checked 2 lesson files: 2 problems
"
        ));
}

#[test]
fn check_json_prints_one_object_per_problem() {
    let dir = format!("{INVALID}/missing-twin");
    netdojo()
        .args(["lessons", "check", &dir, "--json"])
        .assert()
        .code(1)
        .stdout(format!(
            "\
{{\"file\":\"{dir}/en/m03-sample.md\",\"line\":1,\"message\":\"no Japanese twin: ja/m03-sample.md is missing\"}}
{{\"file\":\"{dir}/ja/m03-only-ja.md\",\"line\":1,\"message\":\"no English twin: en/m03-only-ja.md is missing\"}}
"
        ));
}

#[test]
fn check_takes_the_folder_from_the_lessons_option_too() {
    netdojo()
        .args(["lessons", "--lessons", VALID, "check"])
        .assert()
        .success()
        .stdout("checked 2 lesson files: no problems\n");
}

#[test]
fn check_of_a_missing_folder_exits_2() {
    netdojo()
        .args(["lessons", "check", "no/such/folder"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: \"no/such/folder\" cannot be read: No such file or directory (os error 2)\n",
        );
}

#[test]
fn check_json_of_a_missing_folder_reports_it_on_stdout() {
    netdojo()
        .args(["lessons", "check", "no/such/folder", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout(
            "{\"input\":\"no/such/folder\",\"error\":\"\\\"no/such/folder\\\" cannot be read: No such file or directory (os error 2)\"}\n",
        );
}

#[test]
fn check_of_a_folder_without_lessons_exits_2() {
    let empty = tempfile::tempdir().unwrap();
    let shown = empty.path().display().to_string();
    netdojo()
        .args(["lessons", "check", &shown])
        .assert()
        .code(2)
        .stdout("")
        .stderr(format!(
            "netdojo: \"{shown}\" holds no lessons (expected en/<id>.md and ja/<id>.md files)\n"
        ));
}

#[test]
fn check_of_a_file_instead_of_a_folder_exits_2() {
    netdojo()
        .args(["lessons", "check", "Cargo.toml"])
        .assert()
        .code(2)
        .stderr(
            "netdojo: \"Cargo.toml\" is not a folder (expected a folder holding en/ and ja/)\n",
        );
}
