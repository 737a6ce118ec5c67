//! The subcommands that describe netdojo itself: completions, the man page, --version.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;

fn netdojo() -> Command {
    Command::cargo_bin("netdojo").unwrap()
}

fn stdout_of(args: &[&str]) -> String {
    let output = netdojo().args(args).output().unwrap();
    assert!(output.status.success(), "netdojo {args:?} failed");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn bash_completion_knows_every_subcommand() {
    let script = stdout_of(&["completions", "bash"]);
    assert!(
        script.starts_with("_netdojo() {"),
        "{}",
        &script[..80.min(script.len())]
    );
    for sub in ["subnet", "split", "aggregate", "route", "vpc", "avail"] {
        assert!(script.contains(sub), "bash completion lacks {sub}");
    }
}

#[test]
fn zsh_and_fish_completions_name_the_program() {
    assert!(stdout_of(&["completions", "zsh"]).starts_with("#compdef netdojo"));
    assert!(stdout_of(&["completions", "fish"]).contains("complete -c netdojo"));
}

#[test]
fn unknown_shell_is_a_usage_error() {
    netdojo()
        .args(["completions", "tcsh"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("invalid value 'tcsh'"));
}

#[test]
fn man_page_is_roff_with_the_synopsis() {
    let page = stdout_of(&["man"]);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq \\(aq"),
        "{}",
        &page[..60]
    );
    assert!(page.contains(".TH netdojo 1"));
    assert!(page.contains("subnet"));
}

#[test]
fn version_names_the_package_version() {
    assert_eq!(
        stdout_of(&["--version"]),
        format!("netdojo {}\n", env!("CARGO_PKG_VERSION"))
    );
}
