//! `netdojo screen`: exact output, errors and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    cmd
}

#[test]
fn draws_the_home_screen_at_the_given_size() {
    let out = netdojo()
        .args(["screen", "home", "--size", "50x10"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(
        text,
        concat!(
            " netdojo │ Home                           English\n",
            "┌ Contents ──────────────────────────────────────┐\n",
            "│ Lessons                                        │\n",
            "│ ▶ M1  AWS global infrastructure           soon │\n",
            "│   M2  IPv4 addressing                     soon │\n",
            "│   M3  Subnetting                          soon │\n",
            "│   M4  VPC, subnets and routing            soon │\n",
            "│   M5  EC2 compute basics                  soon │\n",
            "└────────────────────────────────────────── 1/26 ┘\n",
            " / filter  Enter open  Esc back  ? help  L 日本語\n",
        )
    );
}

#[test]
fn the_language_comes_from_the_flag_or_the_locale() {
    let flag = netdojo()
        .args(["screen", "home", "--lang", "ja"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&flag.get_output().stdout).contains("目次"));
    let global = netdojo()
        .args(["--lang", "ja", "screen", "home"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&global.get_output().stdout).contains("目次"));
    let locale = netdojo()
        .env("LANG", "ja_JP.UTF-8")
        .args(["screen", "home"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&locale.get_output().stdout).contains("目次"));
    let overridden = netdojo()
        .env("LANG", "ja_JP.UTF-8")
        .env("LC_ALL", "C")
        .args(["screen", "home"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&overridden.get_output().stdout).contains("Contents"));
}

#[test]
fn zero_size_prints_nothing() {
    netdojo()
        .args(["screen", "help", "--size", "0x0"])
        .assert()
        .success()
        .stdout("");
}

#[test]
fn an_unknown_screen_is_one_line_and_exit_2() {
    netdojo()
        .args(["screen", "homer"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: \"homer\" is not a screen name (expected one of: home, help, subnet, s3)\n",
        );
}

#[test]
fn a_bad_size_is_one_line_and_exit_2() {
    netdojo()
        .args(["screen", "home", "--size", "80x"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: \"80x\" is not a screen size (expected COLSxROWS such as 80x24, each side 0 to 1000)\n",
        );
}

#[test]
fn arguments_a_screen_does_not_take_are_refused() {
    netdojo()
        .args(["screen", "help", "extra"])
        .assert()
        .code(2)
        .stderr("netdojo: \"extra\" is not expected: the help screen takes no arguments\n");
}

#[test]
fn without_a_terminal_the_app_says_how_to_get_text_instead() {
    netdojo()
        .write_stdin("")
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "netdojo: the terminal app needs a terminal; for text output use `netdojo screen` or a subcommand\n",
        );
}
