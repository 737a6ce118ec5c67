#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `netdojo subnet`: exact output, JSON schema, standard input, errors and exit codes.

use assert_cmd::Command;

fn netdojo() -> Command {
    let mut cmd = Command::cargo_bin("netdojo").unwrap();
    cmd.env_remove("NO_COLOR").env("COLUMNS", "100");
    cmd
}

const TEXT_10_0_20_37_24: &str = "\
Input           10.0.20.37/24
Address         10.0.20.37
Network         10.0.20.0/24
Prefix          /24
Netmask         255.255.255.0
Wildcard        0.0.0.255
Broadcast       10.0.20.255
First host      10.0.20.1
Last host       10.0.20.254
Last address    10.0.20.255
Addresses       256 (2^8)
Usable hosts    254 (256 - network - broadcast)
AWS usable      251 (256 - 5 reserved)
AWS reserved    10.0.20.0    network address
                10.0.20.1    VPC router
                10.0.20.2    DNS
                10.0.20.3    future use
                10.0.20.255  last address
Host bits set   yes
Classification  private (RFC 1918)
Private         yes
Historic class  A
Binary          00001010.00000000.00010100|00100101
Netmask bits    11111111.11111111.11111111|00000000
note: host bits set: the network is 10.0.20.0/24
";

#[test]
fn text_table_for_one_input() {
    netdojo()
        .args(["subnet", "10.0.20.37/24"])
        .assert()
        .success()
        .stdout(TEXT_10_0_20_37_24)
        .stderr("");
}

#[test]
fn text_table_for_ipv6_and_point_to_point() {
    let expected = "\
Input           2001:db8::/127
Address         2001:db8::
Network         2001:db8::/127
Prefix          /127
Netmask         ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe
Wildcard        ::1
Broadcast       none (IPv6 has no broadcast)
First host      2001:db8::
Last host       2001:db8::1
Last address    2001:db8::1
Addresses       2 (2^1)
Usable hosts    2 (every address)
AWS usable      n/a
AWS reserved    n/a
Host bits set   no
Classification  documentation
Private         no
Historic class  n/a (IPv4 only)
Binary          0010000000000001:0000110110111000:0000000000000000:0000000000000000:0000000000000000:0000000000000000:0000000000000000:000000000000000|0
Netmask bits    1111111111111111:1111111111111111:1111111111111111:1111111111111111:1111111111111111:1111111111111111:1111111111111111:111111111111111|0
note: AWS usable n/a: this count covers IPv4 subnets only (/16 to /28)

Input           192.0.2.1 255.255.255.254
Address         192.0.2.1
Network         192.0.2.0/31
Prefix          /31
Netmask         255.255.255.254
Wildcard        0.0.0.1
Broadcast       none (/31 point-to-point link, RFC 3021)
First host      192.0.2.0
Last host       192.0.2.1
Last address    192.0.2.1
Addresses       2 (2^1)
Usable hosts    2 (both addresses, RFC 3021)
AWS usable      n/a
AWS reserved    n/a
Host bits set   yes
Classification  documentation
Private         no
Historic class  C
Binary          11000000.00000000.00000010.0000000|1
Netmask bits    11111111.11111111.11111111.1111111|0
note: host bits set: the network is 192.0.2.0/31
note: AWS usable n/a: AWS subnets are /16 to /28; /31 is smaller than /28
";
    netdojo()
        .args(["subnet", "2001:db8::/127", "192.0.2.1 255.255.255.254"])
        .assert()
        .success()
        .stdout(expected)
        .stderr("");
}

#[test]
fn json_line_for_ipv4() {
    let expected = concat!(
        r#"{"input":"10.0.20.37/24","version":4,"address":"10.0.20.37","network":"10.0.20.0","#,
        r#""prefix":24,"cidr":"10.0.20.0/24","netmask":"255.255.255.0","wildcard":"0.0.0.255","#,
        r#""broadcast":"10.0.20.255","first_host":"10.0.20.1","last_host":"10.0.20.254","#,
        r#""last_address":"10.0.20.255","total_addresses":"256","usable_hosts":"254","#,
        r#""aws_usable":"251","aws_refusal":null,"host_bits_set":true,"classification":"private","#,
        r#""is_private":true,"historic_class":"A","aws_reserved":["#,
        r#"{"address":"10.0.20.0","role":"network"},{"address":"10.0.20.1","role":"router"},"#,
        r#"{"address":"10.0.20.2","role":"dns"},{"address":"10.0.20.3","role":"future_use"},"#,
        r#"{"address":"10.0.20.255","role":"last"}],"#,
        r#""binary":"00001010.00000000.00010100|00100101"}"#,
        "\n"
    );
    netdojo()
        .args(["subnet", "--json", "10.0.20.37/24"])
        .assert()
        .success()
        .stdout(expected)
        .stderr("");
}

#[test]
fn json_line_for_ipv6_whole_space() {
    let zeros = ["0000000000000000"; 8].join(":");
    let expected = format!(
        concat!(
            r#"{{"input":"::/0","version":6,"address":"::","network":"::","prefix":0,"#,
            r#""cidr":"::/0","netmask":"::","wildcard":"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff","#,
            r#""broadcast":null,"first_host":"::","#,
            r#""last_host":"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff","#,
            r#""last_address":"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff","#,
            r#""total_addresses":"340282366920938463463374607431768211456","#,
            r#""usable_hosts":"340282366920938463463374607431768211456","#,
            r#""aws_usable":null,"aws_refusal":"this count covers IPv4 subnets only (/16 to /28)","#,
            r#""host_bits_set":false,"classification":"mixed","is_private":false,"#,
            r#""historic_class":null,"aws_reserved":null,"binary":"|{}"}}"#,
            "\n"
        ),
        zeros
    );
    netdojo()
        .args(["subnet", "--json", "::/0"])
        .assert()
        .success()
        .stdout(expected)
        .stderr("");
}

#[test]
fn json_has_every_documented_field() {
    let output = netdojo()
        .args(["subnet", "--json", "10.0.0.0/8", "fe80::1/64"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let fields = [
        "input",
        "version",
        "address",
        "network",
        "prefix",
        "cidr",
        "netmask",
        "wildcard",
        "broadcast",
        "first_host",
        "last_host",
        "last_address",
        "total_addresses",
        "usable_hosts",
        "aws_usable",
        "aws_refusal",
        "host_bits_set",
        "classification",
        "is_private",
        "historic_class",
        "aws_reserved",
        "binary",
    ];
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    for line in lines {
        let value: serde_json::Value = serde_json::from_str(line).unwrap();
        let object = value.as_object().unwrap();
        let keys: Vec<&str> = object.keys().map(String::as_str).collect();
        let mut expected = fields.to_vec();
        expected.sort_unstable();
        let mut keys_sorted = keys.clone();
        keys_sorted.sort_unstable();
        assert_eq!(keys_sorted, expected);
        assert!(object["total_addresses"].is_string());
        assert!(object["usable_hosts"].is_string());
    }
}

#[test]
fn standard_input_one_per_line() {
    netdojo()
        .args(["subnet", "--json", "-"])
        .write_stdin("10.0.0.0/8\n\n   \r\n１７２．１６．０．０／１２\r\n2001:db8::/32")
        .assert()
        .success()
        .stdout(predicates::function::function(|out: &str| {
            let cidrs: Vec<String> = out
                .lines()
                .map(|line| {
                    let value: serde_json::Value = serde_json::from_str(line).unwrap();
                    format!("{} {}", value["input"], value["cidr"])
                })
                .collect();
            cidrs
                == [
                    r#""10.0.0.0/8" "10.0.0.0/8""#,
                    r#""１７２．１６．０．０／１２" "172.16.0.0/12""#,
                    r#""2001:db8::/32" "2001:db8::/32""#,
                ]
        }))
        .stderr("");
}

#[test]
fn standard_input_text_mode_separates_tables() {
    let output = netdojo()
        .args(["subnet", "-"])
        .write_stdin("10.0.20.37/24\n10.0.20.37/24\n")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let expected = format!("{TEXT_10_0_20_37_24}\n{TEXT_10_0_20_37_24}");
    assert_eq!(String::from_utf8(output.stdout).unwrap(), expected);
}

#[test]
fn dash_must_be_alone() {
    netdojo()
        .args(["subnet", "-", "10.0.0.0/8"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "netdojo: \"-\" reads the inputs from standard input, so it must be the only input\n",
        );
}

#[test]
fn bad_inputs_in_text_mode() {
    let cases = [
        (
            "10.0.0.0/33",
            "netdojo: \"10.0.0.0/33\" is not a valid address or prefix: prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)\n",
        ),
        (
            "10.0.0.256",
            "netdojo: \"10.0.0.256\" is not a valid address or prefix: octet 256 is over 255\n",
        ),
        (
            "010.0.0.1",
            "netdojo: \"010.0.0.1\" is not a valid address or prefix: octet 010 has a leading zero, which some tools read as octal: write 10 for decimal\n",
        ),
        (
            "10.0.0.0/0.0.0.255",
            "netdojo: \"10.0.0.0/0.0.0.255\" is not a valid address or prefix: 0.0.0.255 is a wildcard mask; the netmask is 255.255.255.0 (/24)\n",
        ),
        (
            "fe80::1%eth0",
            "netdojo: \"fe80::1%eth0\" is not a valid address or prefix: zone \"%eth0\" names a network interface, not part of the address: remove it\n",
        ),
        (
            "",
            "netdojo: \"\" is not a valid address or prefix: the input is empty\n",
        ),
    ];
    for (input, stderr) in cases {
        netdojo()
            .args(["subnet", input])
            .assert()
            .code(2)
            .stdout("")
            .stderr(stderr);
    }
}

#[test]
fn good_inputs_still_shown_after_a_bad_one() {
    let output = netdojo()
        .args(["subnet", "10.0.0.0/24x", "10.0.20.37/24"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        TEXT_10_0_20_37_24
    );
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "netdojo: \"10.0.0.0/24x\" is not a valid address or prefix: unexpected \"x\" after /24\n"
    );
}

#[test]
fn mixed_good_and_bad_in_json_mode() {
    let output = netdojo()
        .args(["subnet", "--json", "bogus", "192.168.0.0/16", "[::1]"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(
        lines[0],
        r#"{"input":"bogus","error":"\"bogus\" is not a valid address or prefix: unexpected \"b\" in bogus"}"#
    );
    let good: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(good["cidr"], "192.168.0.0/16");
    assert_eq!(good["aws_usable"], "65531");
    assert_eq!(
        lines[2],
        r#"{"input":"[::1]","error":"\"[::1]\" is not a valid address or prefix: remove the surrounding [ and ]"}"#
    );
}

#[test]
fn bad_standard_input_line_continues() {
    netdojo()
        .args(["subnet", "--json", "-"])
        .write_stdin(b"10.0.0.0/33\n\xff\xfe\n".as_slice())
        .assert()
        .code(2)
        .stdout(concat!(
            r#"{"input":"10.0.0.0/33","error":"\"10.0.0.0/33\" is not a valid address or prefix: prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)"}"#,
            "\n",
            r#"{"input":"��","error":"\"��\" is not a valid address or prefix: \"�\" (U+FFFD) is not allowed; write ASCII digits, a-f, \".\", \":\" and \"/\""}"#,
            "\n"
        ));
}

#[test]
fn help_states_conventions_and_examples() {
    let output = netdojo().args(["subnet", "--help"]).output().unwrap();
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8(output.stdout).unwrap());
}
