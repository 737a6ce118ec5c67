//! Command-line tests of `netdojo route` and `netdojo vpc`: exact output, errors and exit codes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use assert_cmd::Command;
use predicates::prelude::*;

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

const CURRICULUM_TABLE: &str = "\
# the example of the VPC lesson
10.0.0.0/16    local
10.0.20.0/24   pcx-0a1b2c3d
0.0.0.0/0      igw-0a1b2c3d
";

#[test]
fn route_lookup_prints_the_winner_and_the_trace() {
    netdojo()
        .args(["route", "--table", "-", "10.0.20.7"])
        .write_stdin(CURRICULUM_TABLE)
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
Table: 3 routes; subnets using it are public (0.0.0.0/0 -> igw-0a1b2c3d)

10.0.20.7 -> pcx-0a1b2c3d (VPC peering connection) via 10.0.20.0/24
    DESTINATION   TARGET        WHY
    10.0.0.0/16   local         matches but loses: /16 is less specific than /24
  * 10.0.20.0/24  pcx-0a1b2c3d  matches: 10.0.20.7 is inside 10.0.20.0/24 (24 bits), the longest match
    0.0.0.0/0     igw-0a1b2c3d  matches but loses: /0 is less specific than /24
",
        );
}

#[test]
fn route_lookup_with_a_sample_table_and_two_addresses() {
    netdojo()
        .args([
            "route",
            "--table",
            "assets/routes/private-with-nat.txt",
            "172.16.4.4",
            "198.51.100.20",
        ])
        .assert()
        .success()
        .stdout(
            "\
Table: 3 routes; subnets using it are private (no default route to an Internet gateway)

172.16.4.4 -> vgw-0fedcba9876543210 (virtual private gateway) via 172.16.0.0/12
    DESTINATION    TARGET                 WHY
    10.0.0.0/16    local                  no match: 172.16.4.4 is outside 10.0.0.0/16
  * 172.16.0.0/12  vgw-0fedcba9876543210  matches: 172.16.4.4 is inside 172.16.0.0/12 (12 bits), the longest match
    0.0.0.0/0      nat-0123456789abcdef0  matches but loses: /0 is less specific than /12

198.51.100.20 -> nat-0123456789abcdef0 (NAT gateway) via 0.0.0.0/0
    DESTINATION    TARGET                 WHY
    10.0.0.0/16    local                  no match: 198.51.100.20 is outside 10.0.0.0/16
    172.16.0.0/12  vgw-0fedcba9876543210  no match: 198.51.100.20 is outside 172.16.0.0/12
  * 0.0.0.0/0      nat-0123456789abcdef0  matches: 0.0.0.0/0 is the default route, it holds every IPv4 address and nothing longer matches
",
        );
}

#[test]
fn route_no_route_in_text() {
    netdojo()
        .args(["route", "--table", "-", "2001:db8::7"])
        .write_stdin("10.0.0.0/16 local\n")
        .assert()
        .success()
        .stdout(
            "\
Table: 1 route; subnets using it are private (no default route to an Internet gateway)

2001:db8::7 -> no route: no destination contains it, so the traffic is dropped
    DESTINATION  TARGET  WHY
    10.0.0.0/16  local   no match: 10.0.0.0/16 is an IPv4 route and 2001:db8::7 is an IPv6 address
",
        );
}

#[test]
fn route_json_one_object_per_address() {
    let expected = concat!(
        r#"{"address":"10.1.20.9","target":"tgw-0123456789abcdef0","target_kind":"tgw","route":"10.1.20.0/24","#,
        r#""reason":"matches: 10.1.20.9 is inside 10.1.20.0/24 (24 bits), the longest match","trace":["#,
        r#"{"destination":"10.0.0.0/16","target":"local","verdict":"outside","reason":"no match: 10.1.20.9 is outside 10.0.0.0/16"},"#,
        r#"{"destination":"10.1.0.0/16","target":"pcx-0a1b2c3d4e5f67890","verdict":"loses","reason":"matches but loses: /16 is less specific than /24"},"#,
        r#"{"destination":"10.1.20.0/24","target":"tgw-0123456789abcdef0","verdict":"wins","reason":"matches: 10.1.20.9 is inside 10.1.20.0/24 (24 bits), the longest match"},"#,
        r#"{"destination":"0.0.0.0/0","target":"igw-0a1b2c3d4e5f67890","verdict":"loses","reason":"matches but loses: /0 is less specific than /24"}]}"#,
        "\n"
    );
    netdojo()
        .args([
            "route",
            "--table",
            "assets/routes/peering.json",
            "10.1.20.9",
            "--json",
        ])
        .assert()
        .success()
        .stderr("")
        .stdout(expected);
}

#[test]
fn route_json_no_route_has_null_target_and_route() {
    let expected = concat!(
        r#"{"address":"192.0.2.1","target":null,"target_kind":null,"route":null,"reason":"no route","trace":["#,
        r#"{"destination":"10.0.0.0/16","target":"local","verdict":"outside","reason":"no match: 192.0.2.1 is outside 10.0.0.0/16"}]}"#,
        "\n"
    );
    netdojo()
        .args(["route", "--table", "-", "--json", "192.0.2.1"])
        .write_stdin(r#" [ {"destination": "10.0.0.0/16", "target": "local"} ]"#)
        .assert()
        .success()
        .stdout(expected);
}

#[test]
fn duplicate_destination_names_both_lines() {
    netdojo()
        .args(["route", "--table", "-", "10.0.0.1"])
        .write_stdin("# t\n10.0.0.0/16 local\n0.0.0.0/0 igw-1\n10.0.0.0/16 pcx-2\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: route table on standard input: line 4: \"10.0.0.0/16\" is already the destination of line 2: a route table holds one route per destination\n",
        );
}

#[test]
fn duplicate_destination_in_json_names_both_entries() {
    netdojo()
        .args(["route", "--table", "-", "10.0.0.1", "--json"])
        .write_stdin(
            r#"[{"destination":"::/0","target":"eigw-1"},{"destination":"10.0.0.0/16","target":"local"},{"destination":"::/0","target":"igw-1"}]"#,
        )
        .assert()
        .code(2)
        .stderr("")
        .stdout(concat!(
            r#"{"input":"-","error":"route table on standard input: entry 3: \"::/0\" is already the destination of entry 1: a route table holds one route per destination"}"#,
            "\n"
        ));
}

#[test]
fn table_errors_name_the_file_line_and_value() {
    let cases = [
        (
            "10.0.0.5/16 local\n",
            "netdojo: route table on standard input: line 1: destination \"10.0.0.5/16\" has host bits set: the network is 10.0.0.0/16\n",
        ),
        (
            "\n10.0.0.0/16\n",
            "netdojo: route table on standard input: line 2: \"10.0.0.0/16\" has no target: write DESTINATION TARGET, e.g. 0.0.0.0/0 igw-0a1b2c3d\n",
        ),
        (
            "10.0.0.0/16 local # ok\n0.0.0.0/0 igw-1 nat-2\n",
            "netdojo: route table on standard input: line 2: unexpected \"nat-2\" after the target: write one route per line, DESTINATION TARGET\n",
        ),
        (
            "[{\"destination\": \"10.0.0.0/16\"}]",
            "netdojo: route table on standard input is not a JSON array of {\"destination\", \"target\"} objects: missing field `target` at line 1 column 31\n",
        ),
    ];
    for (table, message) in cases {
        netdojo()
            .args(["route", "--table", "-", "10.0.0.1"])
            .write_stdin(table)
            .assert()
            .code(2)
            .stdout("")
            .stderr(message);
    }
}

#[test]
fn unreadable_table_file_is_bad_input() {
    netdojo()
        .args(["route", "--table", "no-such-table.txt", "10.0.0.1"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "netdojo: cannot read route table \"no-such-table.txt\": ",
        ));
}

#[test]
fn malformed_address_is_bad_input_and_the_run_goes_on() {
    netdojo()
        .args([
            "route",
            "--table",
            "assets/routes/public-subnet.txt",
            "10.0.0.256",
            "10.0.1.1",
        ])
        .assert()
        .code(2)
        .stdout(predicate::str::contains(
            "10.0.1.1 -> local (inside the VPC) via 10.0.0.0/16",
        ))
        .stderr(predicate::str::contains("\"10.0.0.256\""));
    let output = netdojo()
        .args([
            "route",
            "--table",
            "assets/routes/public-subnet.txt",
            "--json",
            "nope",
            "10.0.1.1",
        ])
        .assert()
        .code(2)
        .stderr("")
        .get_output()
        .stdout
        .clone();
    let lines: Vec<serde_json::Value> = String::from_utf8(output)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["input"], "nope");
    assert!(lines[0]["error"].as_str().unwrap().contains("\"nope\""));
    assert_eq!(lines[1]["target"], "local");
}

#[test]
fn vpc_plan_three_tiers_two_azs() {
    netdojo()
        .args(["vpc", "plan", "10.0.0.0/16", "--azs", "2", "--tiers", "public,private,data"])
        .assert()
        .success()
        .stderr("")
        .stdout(
            "\
VPC      10.0.0.0/16 (65536 addresses)
Subnets  3 tiers x 2 AZs = 6 subnets of /24, 251 AWS-usable addresses each
Layout   tens: tier 1 starts at block 10, tier 2 at block 20 and so on, one block per AZ, as in the AWS guides

CIDR          NAME       TIER     AZ  AWS USABLE  FIRST USABLE  LAST USABLE
10.0.10.0/24  public-a   public   a          251  10.0.10.4     10.0.10.254
10.0.11.0/24  public-b   public   b          251  10.0.11.4     10.0.11.254
10.0.20.0/24  private-a  private  a          251  10.0.20.4     10.0.20.254
10.0.21.0/24  private-b  private  b          251  10.0.21.4     10.0.21.254
10.0.30.0/24  data-a     data     a          251  10.0.30.4     10.0.30.254
10.0.31.0/24  data-b     data     b          251  10.0.31.4     10.0.31.254
AWS keeps 5 addresses of each subnet: the network, +1 (VPC router), +2 (DNS), +3 (future use) and the last.

Room for growth: 64000 addresses in 10 free blocks
  CIDR           ADDRESSES
  10.0.0.0/21         2048
  10.0.8.0/23          512
  10.0.12.0/22        1024
  10.0.16.0/22        1024
  10.0.22.0/23         512
  10.0.24.0/22        1024
  10.0.28.0/23         512
  10.0.32.0/19        8192
  10.0.64.0/18       16384
  10.0.128.0/17      32768
",
        );
}

#[test]
fn vpc_plan_packed_with_region_style_az_names() {
    netdojo()
        .args([
            "vpc", "plan", "10.0.0.0/16", "--tiers", "public,private", "--az-names", "1a,1c,1d",
            "--subnet-prefix", "/20",
        ])
        .assert()
        .success()
        .stdout(
            "\
VPC      10.0.0.0/16 (65536 addresses)
Subnets  2 tiers x 3 AZs = 6 subnets of /20, 4091 AWS-usable addresses each
Layout   packed: tier after tier from the first block, because the tens pattern needs 23 blocks and the VPC holds 16

CIDR          NAME        TIER     AZ  AWS USABLE  FIRST USABLE  LAST USABLE
10.0.0.0/20   public-1a   public   1a        4091  10.0.0.4      10.0.15.254
10.0.16.0/20  public-1c   public   1c        4091  10.0.16.4     10.0.31.254
10.0.32.0/20  public-1d   public   1d        4091  10.0.32.4     10.0.47.254
10.0.48.0/20  private-1a  private  1a        4091  10.0.48.4     10.0.63.254
10.0.64.0/20  private-1c  private  1c        4091  10.0.64.4     10.0.79.254
10.0.80.0/20  private-1d  private  1d        4091  10.0.80.4     10.0.95.254
AWS keeps 5 addresses of each subnet: the network, +1 (VPC router), +2 (DNS), +3 (future use) and the last.

Room for growth: 40960 addresses in 2 free blocks
  CIDR           ADDRESSES
  10.0.96.0/19        8192
  10.0.128.0/17      32768
",
        );
}

#[test]
fn vpc_plan_that_fills_the_vpc() {
    netdojo()
        .args(["vpc", "plan", "192.168.0.0/28", "--azs", "1", "--tiers", "only"])
        .assert()
        .success()
        .stdout(predicate::str::ends_with(
            "192.168.0.0/28  only-a  only  a           11  192.168.0.4   192.168.0.14\n\
AWS keeps 5 addresses of each subnet: the network, +1 (VPC router), +2 (DNS), +3 (future use) and the last.\n\
\n\
Room for growth: none, the subnets fill the VPC\n",
        ));
}

#[test]
fn vpc_plan_json() {
    netdojo()
        .args(["vpc", "plan", "10.0.0.0/24", "--azs", "2", "--tiers", "public", "--json"])
        .assert()
        .success()
        .stderr("")
        .stdout(
            r#"{"cidr":"10.0.0.160/28","tier":"public","az":"a","name":"public-a","aws_usable":11,"first_usable":"10.0.0.164","last_usable":"10.0.0.174"}
{"cidr":"10.0.0.176/28","tier":"public","az":"b","name":"public-b","aws_usable":11,"first_usable":"10.0.0.180","last_usable":"10.0.0.190"}
{"unused":true,"cidr":"10.0.0.0/25","addresses":128}
{"unused":true,"cidr":"10.0.0.128/27","addresses":32}
{"unused":true,"cidr":"10.0.0.192/26","addresses":64}
"#,
        );
}

#[test]
fn vpc_plan_refusals_say_why() {
    let cases: [(&[&str], &str); 6] = [
        (
            &[
                "10.0.0.0/26",
                "--azs",
                "2",
                "--tiers",
                "public,private,data",
            ],
            "netdojo: cannot plan \"10.0.0.0/26\": 10.0.0.0/26 cannot hold 3 tiers x 2 AZs = 6 subnets of /28: it has room for 4\n",
        ),
        (
            &["10.0.0.0/15", "--azs", "2", "--tiers", "public"],
            "netdojo: cannot plan \"10.0.0.0/15\": VPC 10.0.0.0/15 is too large for AWS: /15 is shorter than /16, and an IPv4 VPC or subnet must be /16 to /28\n",
        ),
        (
            &["10.0.0.1/16", "--azs", "2", "--tiers", "public"],
            "netdojo: cannot plan \"10.0.0.1/16\": VPC 10.0.0.1/16 has host bits set: the network is 10.0.0.0/16\n",
        ),
        (
            &[
                "10.0.0.0/16",
                "--azs",
                "3",
                "--tiers",
                "public",
                "--az-names",
                "1a,1c",
            ],
            "netdojo: cannot plan \"10.0.0.0/16\": 2 AZ names given for 3 AZs: give one name per AZ\n",
        ),
        (
            &["10.0.0.0/16", "--azs", "two", "--tiers", "public"],
            "netdojo: \"two\" is not a number of AZs: expected a whole number such as 2 or 3\n",
        ),
        (
            &[
                "10.0.0.0/16",
                "--azs",
                "2",
                "--tiers",
                "public",
                "--subnet-prefix",
                "29",
            ],
            "netdojo: cannot plan \"10.0.0.0/16\": subnet prefix /29 does not fit 10.0.0.0/16: subnets must be /16 to /28\n",
        ),
    ];
    for (args, message) in cases {
        netdojo()
            .args(["vpc", "plan"])
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(message);
    }
}

#[test]
fn vpc_plan_refusal_in_json() {
    netdojo()
        .args(["vpc", "plan", "10.0.0.0/27", "--azs", "2", "--tiers", "a,b", "--json"])
        .assert()
        .code(2)
        .stderr("")
        .stdout(concat!(
            r#"{"input":"10.0.0.0/27","error":"cannot plan \"10.0.0.0/27\": 10.0.0.0/27 cannot hold 2 tiers x 2 AZs = 4 subnets of /28: it has room for 2"}"#,
            "\n"
        ));
}

#[test]
fn vpc_plan_malformed_cidr() {
    netdojo()
        .args([
            "vpc",
            "plan",
            "10.0.0.0/33",
            "--azs",
            "2",
            "--tiers",
            "public",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("\"10.0.0.0/33\""));
}

#[test]
fn vpc_check_reports_overlaps_and_exits_1() {
    netdojo()
        .args(["vpc", "check", "--file", "assets/vpc/ranges.txt"])
        .assert()
        .code(1)
        .stderr("")
        .stdout(
            "\
staging-vpc 10.1.0.0/16 contains dev-vpc 10.1.128.0/20: they cannot be peered or routed to each other over a Transit Gateway
tokyo-office 192.168.0.0/16 contains osaka-office 192.168.10.0/24: they cannot be peered or routed to each other over a Transit Gateway

2 overlapping pairs among 6 ranges.
",
        );
}

#[test]
fn vpc_check_without_overlaps_exits_0() {
    netdojo()
        .args([
            "vpc",
            "check",
            "--file",
            "assets/vpc/no-overlap.txt",
            "extra=10.9.0.0/16",
        ])
        .assert()
        .success()
        .stdout("No overlaps among 7 ranges.\n");
}

#[test]
fn vpc_check_json_and_unnamed_ranges() {
    netdojo()
        .args(["vpc", "check", "10.0.0.0/16", "office=10.0.0.0/8", "2001:db8::/32", "--json"])
        .assert()
        .code(1)
        .stdout(concat!(
            r#"{"a":"10.0.0.0/16","a_cidr":"10.0.0.0/16","b":"office","b_cidr":"10.0.0.0/8","relation":"inside","reason":"10.0.0.0/16 lies inside office 10.0.0.0/8: they cannot be peered or routed to each other over a Transit Gateway"}"#,
            "\n"
        ));
}

#[test]
fn vpc_check_bad_input_exits_2_and_checks_the_rest() {
    netdojo()
        .args(["vpc", "check", "a=10.0.0.0/16", "=10.1.0.0/16", "b=10.0.0.1/16", "c=10.0.0.0/8"])
        .assert()
        .code(2)
        .stderr(
            "netdojo: \"=10.1.0.0/16\" has an empty name: write NAME=CIDR, e.g. prod=10.0.0.0/16\n\
netdojo: \"10.0.0.1/16\" has host bits set: the network is 10.0.0.0/16\n",
        )
        .stdout(
            "a 10.0.0.0/16 lies inside c 10.0.0.0/8: they cannot be peered or routed to each other over a Transit Gateway\n\
\n\
1 overlapping pair among 2 ranges.\n",
        );
    netdojo()
        .args(["vpc", "check", "--file", "-", "--json"])
        .write_stdin("x=10.0.0.0/16\n\n# comment\ny=10.0.0.0/x\n")
        .assert()
        .code(2)
        .stdout(predicate::str::starts_with(
            r#"{"input":"y=10.0.0.0/x","error":"standard input line 4: "#,
        ))
        .stdout(predicate::str::contains(r#"\"10.0.0.0/x\""#));
}

#[test]
fn help_gives_examples() {
    for args in [
        &["route", "--help"][..],
        &["vpc", "plan", "--help"],
        &["vpc", "check", "--help"],
    ] {
        netdojo()
            .args(args)
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:\n  netdojo "));
    }
}
