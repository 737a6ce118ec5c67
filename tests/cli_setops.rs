//! The `split`, `aggregate`, `overlap`, `range` and `exclude` subcommands, run as a
//! process: exact output, JSON Lines, exit statuses and error wording.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Write};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;

fn netdojo() -> Command {
    let mut cmd = cargo_bin_cmd!("netdojo");
    cmd.env_remove("NO_COLOR");
    cmd
}

fn run_ok(args: &[&str]) -> String {
    let out = netdojo().args(args).assert().success().stderr("");
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// Runs and expects exit status 2 with nothing on stdout; returns stderr.
fn run_bad(args: &[&str]) -> String {
    let out = netdojo().args(args).assert().code(2).stdout("");
    String::from_utf8(out.get_output().stderr.clone()).unwrap()
}

/// Parses every stdout line as JSON.
fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

// ------------------------------------------------------------------ split

#[test]
fn split_by_prefix() {
    assert_eq!(
        run_ok(&["split", "10.0.0.0/22", "--prefix", "24"]),
        "\
CIDR         FIRST     LAST        ADDRESSES
10.0.0.0/24  10.0.0.0  10.0.0.255        256
10.0.1.0/24  10.0.1.0  10.0.1.255        256
10.0.2.0/24  10.0.2.0  10.0.2.255        256
10.0.3.0/24  10.0.3.0  10.0.3.255        256
"
    );
}

#[test]
fn split_by_prefix_with_slash_and_host_bits() {
    assert_eq!(
        run_ok(&["split", "192.168.1.77/30", "--prefix", "/31"]),
        "\
CIDR             FIRST         LAST          ADDRESSES
192.168.1.76/31  192.168.1.76  192.168.1.77          2
192.168.1.78/31  192.168.1.78  192.168.1.79          2
"
    );
}

#[test]
fn split_by_prefix_json() {
    let out = run_ok(&["split", "10.0.0.0/31", "--prefix", "32", "--json"]);
    assert_eq!(
        out,
        "{\"cidr\":\"10.0.0.0/32\",\"first\":\"10.0.0.0\",\"last\":\"10.0.0.0\",\"addresses\":\"1\"}\n\
         {\"cidr\":\"10.0.0.1/32\",\"first\":\"10.0.0.1\",\"last\":\"10.0.0.1\",\"addresses\":\"1\"}\n"
    );
    assert_eq!(json_lines(&out).len(), 2);
}

#[test]
fn split_ipv6_counts_are_exact_strings() {
    let out = run_ok(&["split", "::/0", "--prefix", "1", "--json"]);
    let lines = json_lines(&out);
    assert_eq!(lines[0]["cidr"], "::/1");
    assert_eq!(lines[1]["cidr"], "8000::/1");
    assert_eq!(lines[1]["last"], "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    assert_eq!(
        lines[1]["addresses"],
        "170141183460469231731687303715884105728"
    );
    let whole = json_lines(&run_ok(&["split", "::/0", "--prefix", "0", "--json"]));
    assert_eq!(
        whole[0]["addresses"],
        "340282366920938463463374607431768211456"
    );
}

#[test]
fn split_by_count_says_when_it_rounds_up() {
    assert_eq!(
        run_ok(&["split", "10.0.0.0/24", "--count", "3"]),
        "\
note: 3 parts rounded up to 4, since equal blocks come in powers of two
CIDR           FIRST       LAST        ADDRESSES
10.0.0.0/26    10.0.0.0    10.0.0.63          64
10.0.0.64/26   10.0.0.64   10.0.0.127         64
10.0.0.128/26  10.0.0.128  10.0.0.191         64
10.0.0.192/26  10.0.0.192  10.0.0.255         64
"
    );
    assert_eq!(
        run_ok(&["split", "10.0.0.0/24", "--count", "2"]),
        "\
CIDR           FIRST       LAST        ADDRESSES
10.0.0.0/25    10.0.0.0    10.0.0.127        128
10.0.0.128/25  10.0.0.128  10.0.0.255        128
"
    );
    // JSON Lines carry only the prefixes
    let lines = json_lines(&run_ok(&["split", "10.0.0.0/24", "--count", "3", "--json"]));
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[3]["cidr"], "10.0.0.192/26");
}

#[test]
fn split_vlsm_classic() {
    assert_eq!(
        run_ok(&["split", "192.168.0.0/22", "--hosts", "50,500,200"]),
        "\
HOSTS  CIDR            FIRST        LAST           USABLE
  500  192.168.0.0/23  192.168.0.0  192.168.1.255     510
  200  192.168.2.0/24  192.168.2.0  192.168.2.255     254
   50  192.168.3.0/26  192.168.3.0  192.168.3.63       62

UNUSED            FIRST          LAST           ADDRESSES
192.168.3.64/26   192.168.3.64   192.168.3.127         64
192.168.3.128/25  192.168.3.128  192.168.3.255        128
"
    );
}

#[test]
fn split_vlsm_aws_json() {
    let out = run_ok(&[
        "split",
        "10.0.0.0/24",
        "--hosts",
        "20,100,50",
        "--aws",
        "--json",
    ]);
    assert_eq!(
        out,
        "\
{\"cidr\":\"10.0.0.0/25\",\"first\":\"10.0.0.0\",\"last\":\"10.0.0.127\",\"addresses\":\"128\",\"requirement\":2,\"hosts_requested\":\"100\",\"usable\":\"123\",\"unused\":false}
{\"cidr\":\"10.0.0.128/26\",\"first\":\"10.0.0.128\",\"last\":\"10.0.0.191\",\"addresses\":\"64\",\"requirement\":3,\"hosts_requested\":\"50\",\"usable\":\"59\",\"unused\":false}
{\"cidr\":\"10.0.0.192/27\",\"first\":\"10.0.0.192\",\"last\":\"10.0.0.223\",\"addresses\":\"32\",\"requirement\":1,\"hosts_requested\":\"20\",\"usable\":\"27\",\"unused\":false}
{\"cidr\":\"10.0.0.224/27\",\"first\":\"10.0.0.224\",\"last\":\"10.0.0.255\",\"addresses\":\"32\",\"requirement\":null,\"hosts_requested\":null,\"usable\":null,\"unused\":true}
"
    );
    let lines = json_lines(&out);
    assert_eq!(lines[3]["unused"], true);
}

#[test]
fn split_vlsm_aws_text_and_a_full_network() {
    assert_eq!(
        run_ok(&["split", "10.0.0.0/24", "--hosts", "123,123", "--aws"]),
        "\
HOSTS  CIDR           FIRST       LAST        AWS USABLE
  123  10.0.0.0/25    10.0.0.0    10.0.0.127         123
  123  10.0.0.128/25  10.0.0.128  10.0.0.255         123

No space left over in 10.0.0.0/24.
"
    );
}

#[test]
fn split_errors_name_the_value() {
    assert_eq!(
        run_bad(&["split", "10.0.0.0/8", "--prefix", "4"]),
        "netdojo: \"/4\" is not a prefix 10.0.0.0/8 splits into: use /8 to /32\n"
    );
    assert_eq!(
        run_bad(&["split", "10.0.0.0/8", "--prefix", "x24"]),
        "netdojo: \"x24\" is not a prefix length (expected a number such as 24)\n"
    );
    assert_eq!(
        run_bad(&["split", "10.0.0.0/30", "--count", "8"]),
        "netdojo: cannot split 10.0.0.0/30 into \"8\" parts: it holds only 4 addresses\n"
    );
    assert_eq!(
        run_bad(&["split", "10.0.0.0/8", "--count", "0"]),
        "netdojo: cannot split into \"0\" parts: ask for at least 1\n"
    );
    assert_eq!(
        run_bad(&["split", "::/0", "--count", "4294967297"]),
        "netdojo: cannot split into \"4294967297\" parts: at most 4294967296 (2^32)\n"
    );
    assert_eq!(
        run_bad(&["split", "10.0.0.0/8", "--count", "-1"]),
        "netdojo: \"-1\" is not a number of parts (expected a whole number from 1 to 4294967296)\n"
    );
    assert_eq!(
        run_bad(&["split", "10.0.0.0/24", "--hosts", "300"]),
        "netdojo: a block of \"300\" hosts (requirement 1) needs a /23, larger than 10.0.0.0/24\n"
    );
    assert_eq!(
        run_bad(&["split", "10.0.0.0/24", "--hosts", "100,100,50"]),
        "netdojo: a block of \"50\" hosts (requirement 3) needs a /26, but the blocks placed before it fill 10.0.0.0/24\n"
    );
    assert_eq!(
        run_bad(&["split", "10.0.0.0/16", "--hosts", "10,70000", "--aws"]),
        "netdojo: a block of \"70000\" hosts does not fit any AWS subnet: the largest, a /16, has 65531 usable (requirement 2 of the list)\n"
    );
    assert_eq!(
        run_bad(&["split", "10.0.0.0/24", "--hosts", "10,0"]),
        "netdojo: a block of \"0\" hosts is empty: each requirement needs at least 1 host (requirement 2 of the list)\n"
    );
    assert_eq!(
        run_bad(&["split", "10.0.0.0/24", "--hosts", "10,ten"]),
        "netdojo: \"10,ten\" is not a list of host counts: \"ten\" is not a whole number (expected e.g. 500,200,50)\n"
    );
    assert_eq!(
        run_bad(&["split", "2001:db8::/64", "--hosts", "10", "--aws"]),
        "netdojo: \"2001:db8::/64\" is IPv6: the AWS rule sizes IPv4 subnets only\n"
    );
}

#[test]
fn split_malformed_network() {
    let err = run_bad(&["split", "10.0.0.0/33", "--prefix", "24"]);
    assert!(err.contains("\"10.0.0.0/33\""), "{err}");
    assert_eq!(err.lines().count(), 1);
}

#[test]
fn split_json_errors_go_to_stdout() {
    netdojo()
        .args(["split", "10.0.0.0/8", "--prefix", "4", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout(
            "{\"input\":\"4\",\"error\":\"\\\"/4\\\" is not a prefix 10.0.0.0/8 splits into: use /8 to /32\"}\n",
        );
}

#[test]
fn split_needs_exactly_one_way() {
    netdojo().args(["split", "10.0.0.0/8"]).assert().code(2);
    netdojo()
        .args(["split", "10.0.0.0/8", "--prefix", "16", "--count", "4"])
        .assert()
        .code(2);
    netdojo()
        .args(["split", "10.0.0.0/8", "--prefix", "16", "--aws"])
        .assert()
        .code(2);
}

#[test]
fn split_streams_into_a_closed_pipe_quietly() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin!("netdojo"))
        .args(["split", "10.0.0.0/8", "--prefix", "32"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 4096];
    stdout.read_exact(&mut first).unwrap();
    assert!(first.starts_with(b"CIDR "));
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

// ------------------------------------------------------------------ aggregate

const LIST: &str = "\
# office and lab
10.0.0.0/24
10.0.1.0/24   # second floor

2001:db8:8000::/33
2001:db8::/33
10.0.0.128/25
192.168.7.9/16
";

#[test]
fn aggregate_from_stdin() {
    netdojo()
        .arg("aggregate")
        .write_stdin(LIST)
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
CIDR            FIRST        LAST                                                        ADDRESSES
10.0.0.0/23     10.0.0.0     10.0.1.255                                                        512
192.168.0.0/16  192.168.0.0  192.168.255.255                                                 65536
2001:db8::/32   2001:db8::   2001:db8:ffff:ffff:ffff:ffff:ffff:ffff  79228162514264337593543950336
",
        );
}

#[test]
fn aggregate_from_a_file_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.txt");
    std::fs::File::create(&path)
        .unwrap()
        .write_all(LIST.as_bytes())
        .unwrap();
    let out = run_ok(&["aggregate", "--json", path.to_str().unwrap()]);
    let cidrs: Vec<String> = json_lines(&out)
        .iter()
        .map(|v| v["cidr"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(cidrs, ["10.0.0.0/23", "192.168.0.0/16", "2001:db8::/32"]);
    assert!(out.starts_with(
        "{\"cidr\":\"10.0.0.0/23\",\"first\":\"10.0.0.0\",\"last\":\"10.0.1.255\",\"addresses\":\"512\"}\n"
    ));
}

#[test]
fn aggregate_dash_reads_stdin_and_empty_input_says_so() {
    netdojo()
        .args(["aggregate", "-"])
        .write_stdin("# nothing here\n\n")
        .assert()
        .success()
        .stdout("No prefixes in the input.\n");
    netdojo()
        .args(["aggregate", "--json"])
        .write_stdin("")
        .assert()
        .success()
        .stdout("");
}

#[test]
fn aggregate_reports_every_bad_line_and_prints_nothing() {
    let out = netdojo()
        .arg("aggregate")
        .write_stdin("10.0.0.0/24\nbogus\n10.0.1.0/24\n10.0.0.0/33 # typo\n")
        .assert()
        .code(2)
        .stdout("");
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("netdojo: stdin:2: \"bogus\" "),
        "{err}"
    );
    assert!(
        lines[1].starts_with("netdojo: stdin:4: \"10.0.0.0/33\" "),
        "{err}"
    );
}

#[test]
fn aggregate_bad_lines_as_json() {
    let out = netdojo()
        .args(["aggregate", "--json"])
        .write_stdin("10.0.0.0/24\nbogus\n")
        .assert()
        .code(2)
        .stderr("");
    let lines = json_lines(&String::from_utf8(out.get_output().stdout.clone()).unwrap());
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["input"], "bogus");
    assert_eq!(lines[0]["line"], 2);
    assert!(lines[0]["error"].as_str().unwrap().contains("\"bogus\""));
}

#[test]
fn aggregate_missing_file() {
    let err = run_bad(&["aggregate", "no-such-file.txt"]);
    assert!(
        err.starts_with("netdojo: cannot read \"no-such-file.txt\": "),
        "{err}"
    );
}

#[test]
fn aggregate_non_utf8_line() {
    let out = netdojo()
        .arg("aggregate")
        .write_stdin(b"10.0.0.0/24\n\xff\xfe\n".as_slice())
        .assert()
        .code(2)
        .stdout("");
    assert_eq!(
        String::from_utf8(out.get_output().stderr.clone()).unwrap(),
        "netdojo: stdin:2: \"\u{fffd}\u{fffd}\" is not UTF-8 text\n"
    );
}

// ------------------------------------------------------------------ overlap

#[test]
fn overlap_every_pair() {
    assert_eq!(
        run_ok(&[
            "overlap",
            "10.0.0.0/16",
            "10.0.128.0/17",
            "10.1.0.0/16",
            "10.3.0.0/16",
            "10.0.0.0/16"
        ]),
        "\
A              B              RELATION      OVERLAPS
10.0.0.0/16    10.0.128.0/17  contains      yes
10.0.0.0/16    10.1.0.0/16    adjacent      no
10.0.0.0/16    10.3.0.0/16    disjoint      no
10.0.0.0/16    10.0.0.0/16    equal         yes
10.0.128.0/17  10.1.0.0/16    adjacent      no
10.0.128.0/17  10.3.0.0/16    disjoint      no
10.0.128.0/17  10.0.0.0/16    contained_by  yes
10.1.0.0/16    10.3.0.0/16    disjoint      no
10.1.0.0/16    10.0.0.0/16    adjacent      no
10.3.0.0/16    10.0.0.0/16    disjoint      no
"
    );
}

#[test]
fn overlap_json_and_families() {
    assert_eq!(
        run_ok(&[
            "overlap",
            "--json",
            "10.0.0.5/24",
            "2001:db8::/32",
            "10.0.0.0/25"
        ]),
        "\
{\"a\":\"10.0.0.0/24\",\"b\":\"2001:db8::/32\",\"relation\":\"disjoint\",\"overlaps\":false}
{\"a\":\"10.0.0.0/24\",\"b\":\"10.0.0.0/25\",\"relation\":\"contains\",\"overlaps\":true}
{\"a\":\"2001:db8::/32\",\"b\":\"10.0.0.0/25\",\"relation\":\"disjoint\",\"overlaps\":false}
"
    );
}

#[test]
fn overlap_keeps_going_past_a_bad_input() {
    let out = netdojo()
        .args(["overlap", "10.0.0.0/8", "nope", "10.1.0.0/16"])
        .assert()
        .code(2);
    assert_eq!(
        String::from_utf8(out.get_output().stdout.clone()).unwrap(),
        "\
A           B            RELATION      OVERLAPS
10.0.0.0/8  10.1.0.0/16  contains      yes
"
    );
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(err.contains("\"nope\""));
}

#[test]
fn overlap_needs_two() {
    netdojo().args(["overlap", "10.0.0.0/8"]).assert().code(2);
}

// ------------------------------------------------------------------ range

#[test]
fn range_to_prefixes() {
    assert_eq!(
        run_ok(&["range", "10.0.0.5-10.0.0.20"]),
        "\
CIDR          FIRST      LAST       ADDRESSES
10.0.0.5/32   10.0.0.5   10.0.0.5           1
10.0.0.6/31   10.0.0.6   10.0.0.7           2
10.0.0.8/29   10.0.0.8   10.0.0.15          8
10.0.0.16/30  10.0.0.16  10.0.0.19          4
10.0.0.20/32  10.0.0.20  10.0.0.20          1
"
    );
    assert_eq!(
        run_ok(&["range", " 0.0.0.0 - 255.255.255.255 "]),
        "\
CIDR       FIRST    LAST              ADDRESSES
0.0.0.0/0  0.0.0.0  255.255.255.255  4294967296
"
    );
}

#[test]
fn range_of_a_prefix() {
    assert_eq!(
        run_ok(&["range", "--json", "172.16.0.0/12"]),
        "{\"cidr\":\"172.16.0.0/12\",\"first\":\"172.16.0.0\",\"last\":\"172.31.255.255\",\"addresses\":\"1048576\"}\n"
    );
    assert_eq!(
        run_ok(&["range", "2001:db8::/126"]),
        "\
CIDR            FIRST       LAST         ADDRESSES
2001:db8::/126  2001:db8::  2001:db8::3          4
"
    );
}

#[test]
fn range_ipv6_json() {
    let lines = json_lines(&run_ok(&["range", "--json", "2001:db8::1-2001:db8::6"]));
    let cidrs: Vec<&str> = lines.iter().map(|v| v["cidr"].as_str().unwrap()).collect();
    assert_eq!(
        cidrs,
        [
            "2001:db8::1/128",
            "2001:db8::2/127",
            "2001:db8::4/127",
            "2001:db8::6/128"
        ]
    );
}

#[test]
fn range_errors() {
    assert_eq!(
        run_bad(&["range", "10.0.0.9-10.0.0.1"]),
        "netdojo: \"10.0.0.9\" comes after \"10.0.0.1\": write the lower address first\n"
    );
    assert_eq!(
        run_bad(&["range", "10.0.0.1-2001:db8::1"]),
        "netdojo: \"10.0.0.1\" and \"2001:db8::1\" mix IPv4 and IPv6: a range stays within one family\n"
    );
    let err = run_bad(&["range", "10.0.0.1-10.0.0.300"]);
    assert!(err.contains("\"10.0.0.300\""), "{err}");
    let err = run_bad(&["range", "10.0.0.0/33"]);
    assert!(err.contains("\"10.0.0.0/33\""), "{err}");
    netdojo()
        .args(["range", "--json", "10.0.0.9-10.0.0.1"])
        .assert()
        .code(2)
        .stderr("")
        .stdout("{\"input\":\"10.0.0.9-10.0.0.1\",\"error\":\"\\\"10.0.0.9\\\" comes after \\\"10.0.0.1\\\": write the lower address first\"}\n");
}

// ------------------------------------------------------------------ exclude

#[test]
fn exclude_one_prefix() {
    assert_eq!(
        run_ok(&["exclude", "10.0.0.0/8", "10.7.0.0/16"]),
        "\
CIDR          FIRST       LAST            ADDRESSES
10.0.0.0/14   10.0.0.0    10.3.255.255       262144
10.4.0.0/15   10.4.0.0    10.5.255.255       131072
10.6.0.0/16   10.6.0.0    10.6.255.255        65536
10.8.0.0/13   10.8.0.0    10.15.255.255      524288
10.16.0.0/12  10.16.0.0   10.31.255.255     1048576
10.32.0.0/11  10.32.0.0   10.63.255.255     2097152
10.64.0.0/10  10.64.0.0   10.127.255.255    4194304
10.128.0.0/9  10.128.0.0  10.255.255.255    8388608
"
    );
}

#[test]
fn exclude_several_as_json() {
    assert_eq!(
        run_ok(&["exclude", "--json", "192.168.0.0/24", "192.168.0.192/26", "192.168.0.0/26"]),
        "\
{\"cidr\":\"192.168.0.64/26\",\"first\":\"192.168.0.64\",\"last\":\"192.168.0.127\",\"addresses\":\"64\"}
{\"cidr\":\"192.168.0.128/26\",\"first\":\"192.168.0.128\",\"last\":\"192.168.0.191\",\"addresses\":\"64\"}
"
    );
}

#[test]
fn exclude_everything() {
    assert_eq!(
        run_ok(&["exclude", "10.0.0.0/24", "10.0.0.0/25", "10.0.0.128/25"]),
        "Nothing is left: the excluded prefixes cover 10.0.0.0/24.\n"
    );
    assert_eq!(
        run_ok(&["exclude", "--json", "10.0.0.0/24", "10.0.0.0/24"]),
        ""
    );
}

#[test]
fn exclude_outside_prefixes_are_errors() {
    assert_eq!(
        run_bad(&[
            "exclude",
            "10.0.0.0/8",
            "11.0.0.0/8",
            "10.1.0.0/16",
            "2001:db8::/32"
        ]),
        "\
netdojo: \"11.0.0.0/8\" is not inside 10.0.0.0/8: only prefixes within it can be excluded
netdojo: \"2001:db8::/32\" is not inside 10.0.0.0/8: only prefixes within it can be excluded
"
    );
    let err = run_bad(&["exclude", "10.0.0.0/8", "10.0.0.0/33"]);
    assert!(err.contains("\"10.0.0.0/33\""), "{err}");
    let err = run_bad(&["exclude", "10.0.0.0/88", "10.0.0.0/16"]);
    assert!(err.contains("\"10.0.0.0/88\""), "{err}");
    netdojo()
        .args(["exclude", "--json", "10.0.0.0/8", "11.0.0.0/8"])
        .assert()
        .code(2)
        .stderr("")
        .stdout("{\"input\":\"11.0.0.0/8\",\"error\":\"\\\"11.0.0.0/8\\\" is not inside 10.0.0.0/8: only prefixes within it can be excluded\"}\n");
}

// ------------------------------------------------------------------ help

#[test]
fn every_subcommand_help_has_examples() {
    for sub in ["split", "aggregate", "overlap", "range", "exclude"] {
        let out = run_ok(&[sub, "--help"]);
        assert!(out.contains("Examples:\n  netdojo "), "{sub}: {out}");
    }
}
