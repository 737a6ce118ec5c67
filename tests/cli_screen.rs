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
            "│ ▶ M1  Regions and Availability Zones           │\n",
            "│   M2  IPv4 addressing: 32 bits, public and pr… │\n",
            "│   M3  Subnetting: network part, host part and… │\n",
            "│   M4  VPC, subnets and route tables            │\n",
            "│   M5  EC2: instances, AMIs, instance types an… │\n",
            "└────────────────────────────────────────── 1/55 ┘\n",
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
        .stderr("netdojo: \"homer\" is not a screen name (expected one of: home, help, subnet, avail, port, tcp, vpc, route, split, aggregate, lesson, dns, ssh, http, s3, weighted, instance, cert, mysqlhost, ipv4cost, sg, nacl, practice, stats, exam)\n");
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

#[test]
fn the_lesson_screen_reads_a_lesson_from_a_folder() {
    let out = netdojo()
        .args([
            "screen",
            "lesson",
            "--lesson",
            "m03-usable-hosts",
            "--lessons",
            "tests/fixtures/lessons/valid",
            "--size",
            "44x10",
            "--scroll",
            "7",
        ])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(
        text,
        concat!(
            " netdojo │ Home › Lesson            English\n",
            "┌ Module M3 · lesson 9 ────────────────────┐\n",
            "│                                          │\n",
            "│ Counting addresses                       │\n",
            "│ ──────────────────                       │\n",
            "│                                          │\n",
            "│ A block with h host bits holds 2^h       │\n",
            "│ addresses. Two of them are special under │\n",
            "└ § How many hosts fit in a subnet ─── 15% ┘\n",
            " t contents  / search  p practice\n",
        )
    );
}

#[test]
fn the_lesson_screen_takes_the_id_as_its_argument_too() {
    let by_flag = netdojo()
        .args(["screen", "lesson", "--lesson", "m08-dns", "--lang", "ja"])
        .assert()
        .success();
    let by_argument = netdojo()
        .args(["--lang", "ja", "screen", "lesson", "m08-dns"])
        .assert()
        .success();
    assert_eq!(by_flag.get_output().stdout, by_argument.get_output().stdout);
    assert!(String::from_utf8_lossy(&by_flag.get_output().stdout).contains("モジュール M8"));
}

#[test]
fn the_top_level_lessons_folder_serves_the_screen_command() {
    netdojo()
        .args([
            "--lessons",
            "tests/fixtures/lessons/valid",
            "screen",
            "home",
            "m3",
            "--size",
            "60x12",
        ])
        .assert()
        .success()
        .stdout(concat!(
            " netdojo │ Home                                     English\n",
            "┌ Contents ────────────────────────────────────────────────┐\n",
            "│ / m3                                                     │\n",
            "│ Lessons                                                  │\n",
            "│ ▶ M3  How many hosts fit in a subnet                     │\n",
            "│ Practice                                                 │\n",
            "│       M3 Subnetting                                      │\n",
            "│                                                          │\n",
            "│                                                          │\n",
            "│                                                          │\n",
            "└──────────────────────────────────────────────── 1/2 (55) ┘\n",
            " Esc clear filter  Enter open\n",
        ));
}

#[test]
fn a_lesson_screen_without_a_lesson_or_with_an_unknown_one_is_refused() {
    netdojo()
        .args(["screen", "lesson"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: the lesson screen needs a lesson: add --lesson ID (netdojo lessons list shows the ids)\n");
    netdojo()
        .args(["screen", "lesson", "--lesson", "m99-nothing"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: \"m99-nothing\" is not a lesson id (netdojo lessons list shows the ids)\n",
        );
    netdojo()
        .args(["screen", "home", "--lesson", "m03-subnetting"])
        .assert()
        .code(2)
        .stderr("netdojo: \"--lesson m03-subnetting\" is not an option of the home screen (only the lesson and practice screens take it)\n");
    netdojo()
        .args([
            "screen",
            "lesson",
            "--lessons",
            "no/such/folder",
            "--lesson",
            "x",
        ])
        .assert()
        .code(2)
        .stderr(
            "netdojo: \"no/such/folder\" cannot be read: No such file or directory (os error 2)\n",
        );
}

// DNS, HTTP, SSH screens
fn screen_text(args: &[&str]) -> String {
    let out = netdojo().arg("screen").args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn the_dns_http_and_ssh_screens_draw_from_their_arguments() {
    let dns = screen_text(&["dns", "walk", "example.co.jp", "MX"]);
    assert_eq!(dns.lines().count(), 24);
    assert!(
        dns.contains(
            "│ ✓ step 1 of 6 (lookup 1): start example.co.jp. MX: nothing cached, ask a ro… │\n"
        ),
        "{dns}"
    );
    let http = screen_text(&["http", "GET / HTTP/1.1\\nHost: a\\r\\n\\r\\n"]);
    assert!(http.contains("│  1 │ GET / HTTP/1.1 ␊"), "{http}");
    assert!(
        http.contains("│ ✗ problems: 1 · line 1 ends with a bare LF"),
        "{http}"
    );
    let ssh = screen_text(&["ssh", "admin", "--lang", "en"]);
    assert_eq!(ssh, screen_text(&["ssh", "admin", "--", "--seed", "1"]));
    assert!(
        ssh.contains("netdojo ssh walk --seed 1 makes the same pair"),
        "{ssh}"
    );
}

#[test]
fn the_practice_screen_takes_a_difficulty() {
    let text = screen_text(&[
        "practice",
        "--skill",
        "subnet.broadcast",
        "--difficulty",
        "hard",
        "--seed",
        "7",
    ]);
    assert!(text.contains("│ subnet.broadcast · hard "), "{text}");
    netdojo()
        .args(["screen", "practice", "--difficulty", "expert"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"expert\" is not a difficulty: use easy, medium or hard\n");
    netdojo()
        .args(["screen", "practice", "--seed=-1"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"-1\" is not a seed (expected a whole number from 0 to 18446744073709551615)\n");
    netdojo()
        .args(["screen", "subnet", "--difficulty", "hard"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"--difficulty hard\" is not an option of the subnet screen (only the practice screen takes it)\n");
    netdojo()
        .args(["screen", "practice", "--scroll", "3"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("netdojo: \"--scroll 3\" is not an option of the practice screen (only the lesson screen takes it)\n");
}

// Security groups and network ACLs
#[test]
fn draws_the_security_group_and_network_acl_screens() {
    netdojo()
        .args([
            "screen",
            "sg",
            "web",
            "198.51.100.7",
            "tcp",
            "22",
            "--size",
            "80x14",
        ])
        .assert()
        .success()
        .stdout(concat!(
            " netdojo │ Home › Security group                                        English\n",
            "┌ Input ───────────────────────────────────────────────────────────────────────┐\n",
            "│ ▶ Rules             web                                                      │\n",
            "│   Source address    198.51.100.7                                             │\n",
            "│   Protocol          tcp                                                      │\n",
            "│   Port (ICMP type)  22                                                       │\n",
            "│   Sender's groups   e.g. sg-web (optional)                                   │\n",
            "│ ✗ denied: no rule allows it, and what no rule allows is dropped              │\n",
            "└──────────────────────────────────────────────────────────────────────────────┘\n",
            "┌ Security group ──────────────────────────────────────────────────────────────┐\n",
            "│ Rules     4 inbound rules from the example web                               │\n",
            "│ Packet    inbound tcp port 22 from 198.51.100.7                              │\n",
            "└──────────────────────────────────────────────────────────────────────── 2/16 ┘\n",
            " Tab next input  Ctrl-Y command line  Esc back\n",
        ));
    netdojo()
        .args([
            "screen",
            "nacl",
            "outbound",
            "nacl-outbound",
            "203.0.113.7",
            "udp",
            "53",
            "--size",
            "80x14",
            "--lang",
            "ja",
        ])
        .assert()
        .success()
        .stdout(concat!(
            " netdojo │ ホーム › ネットワークACL                                      日本語\n",
            "┌  インバウンド  [アウトバウンド] ─────────────────────────────────────────────┐\n",
            "│ ▶ ルール                nacl-outbound                                        │\n",
            "│   宛先アドレス          203.0.113.7                                          │\n",
            "│   プロトコル            udp                                                  │\n",
            "│   ポート（ICMPタイプ）  53                                                   │\n",
            "│ ✗ 拒否：デフォルトルール * による（どの番号付きルールにも一致しない）        │\n",
            "└──────────────────────────────────────────────────────────────────────────────┘\n",
            "┌ ネットワークACL ─────────────────────────────────────────────────────────────┐\n",
            "│ ルール    番号付きルール 3 件（例 nacl-outbound）、番号の小さい順            │\n",
            "│ パケット  アウトバウンド udp ポート 53、宛先 203.0.113.7                     │\n",
            "│ 判定      拒否：デフォルトルール * による（どの番号付きルールにも一致しな    │\n",
            "└──────────────────────────────────────────────────────────────────────── 3/22 ┘\n",
            " Tab 次の入力欄  Ctrl-T モード切替  Ctrl-Y コマンド表示  Esc 戻る\n",
        ));
}
