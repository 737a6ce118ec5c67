use super::*;

fn net(text: &str) -> String {
    match parse_net(text) {
        Ok(net) => net.to_string(),
        Err(e) => panic!("{text:?} should parse: {e}"),
    }
}

fn net_error(text: &str) -> String {
    match parse_net(text) {
        Ok(net) => panic!("{text:?} should be rejected, got {net}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn accepted_ipv4_forms() {
    let cases = [
        ("10.0.0.0/8", "10.0.0.0/8"),
        ("0.0.0.0/0", "0.0.0.0/0"),
        ("255.255.255.255/32", "255.255.255.255/32"),
        ("10.0.0.0/255.0.0.0", "10.0.0.0/8"),
        ("192.168.128.0 255.255.255.0", "192.168.128.0/24"),
        ("192.168.128.0    255.255.240.0", "192.168.128.0/20"),
        ("192.168.128.0\t255.255.255.252", "192.168.128.0/30"),
        ("10.0.0.0/0.0.0.0", "10.0.0.0/0"),
        ("10.0.0.1/255.255.255.255", "10.0.0.1/32"),
        ("10.0.0.1", "10.0.0.1/32"),
        ("  10.0.0.0/16\n", "10.0.0.0/16"),
    ];
    for (text, expected) in cases {
        assert_eq!(net(text), expected, "{text:?}");
    }
}

#[test]
fn host_bits_are_kept() {
    let parsed = parse_net("10.0.1.5/24").unwrap();
    assert_eq!(parsed.addr().to_string(), "10.0.1.5");
    assert_eq!(parsed.network().to_string(), "10.0.1.0");
    assert_eq!(net("10.0.1.5 255.255.255.0"), "10.0.1.5/24");
}

#[test]
fn accepted_ipv6_forms() {
    let cases = [
        ("::/0", "::/0"),
        ("::", "::/128"),
        ("::1", "::1/128"),
        ("2001:db8::/32", "2001:db8::/32"),
        (
            "2001:0DB8:0000:0000:0000:0000:0000:0001/64",
            "2001:db8::1/64",
        ),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1/128"),
        ("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0/128"),
        ("::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8/128"),
        ("::ffff:192.0.2.1/128", "::ffff:192.0.2.1/128"),
        ("::192.0.2.1", "::c000:201/128"),
        ("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304/128"),
        ("fe80::1/64", "fe80::1/64"),
        ("ff02::1:ff00:0/104", "ff02::1:ff00:0/104"),
        ("2001:db8::/127", "2001:db8::/127"),
        ("2001:db8::/128", "2001:db8::/128"),
    ];
    for (text, expected) in cases {
        assert_eq!(net(text), expected, "{text:?}");
    }
}

#[test]
fn full_width_input_reads_as_ascii() {
    assert_eq!(net("１０．０．０．０／２４"), "10.0.0.0/24");
    assert_eq!(
        net("　１９２．１６８．０．０　２５５．２５５．０．０　"),
        "192.168.0.0/16"
    );
    assert_eq!(net("ＦＥ８０：：１／６４"), "fe80::1/64");
}

#[test]
fn rejected_inputs_name_the_bad_part() {
    let cases = [
        ("", "the input is empty"),
        ("   ", "the input is empty"),
        ("10.0.0.256/24", "octet 256 is over 255"),
        ("10.0.0.1000", "octet 1000 is over 255"),
        (
            "10.0.0.99999999999999999999",
            "octet 99999999999999999999 is over 255",
        ),
        (
            "10.0.0.0/33",
            "prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)",
        ),
        (
            "10.0.0.0/4294967296",
            "prefix length 4294967296 is over 32 (IPv4 prefixes are 0 to 32)",
        ),
        (
            "2001:db8::/129",
            "prefix length 129 is over 128 (IPv6 prefixes are 0 to 128)",
        ),
        (
            "10.0.0.0/255.255.0.255",
            "255.255.0.255 is not a netmask: its one-bits are not contiguous",
        ),
        (
            "10.0.0.0 255.0.255.0",
            "255.0.255.0 is not a netmask: its one-bits are not contiguous",
        ),
        (
            "10.0.0.0/0.0.0.255",
            "0.0.0.255 is a wildcard mask; the netmask is 255.255.255.0 (/24)",
        ),
        (
            "10.0.0.0 0.0.15.255",
            "0.0.15.255 is a wildcard mask; the netmask is 255.255.240.0 (/20)",
        ),
        (
            "010.0.0.1",
            "octet 010 has a leading zero, which some tools read as octal: write 10 for decimal",
        ),
        (
            "10.0.0.00",
            "octet 00 has a leading zero, which some tools read as octal: write 0 for decimal",
        ),
        (
            "10.0.0.0/255.255.255.000",
            "octet 000 has a leading zero, which some tools read as octal: write 0 for decimal",
        ),
        (
            "10.0.0.0/024",
            "prefix length 024 has a leading zero: write 24",
        ),
        (
            "10.0.0.0/00",
            "prefix length 00 has a leading zero: write 0",
        ),
        ("10.0.0", "10.0.0 has 3 octets; IPv4 needs 4"),
        ("10", "10 has 1 octet; IPv4 needs 4"),
        ("1.2.3.4.5", "1.2.3.4.5 has 5 octets; IPv4 needs 4"),
        ("10..0.1", "10..0.1 has an empty octet"),
        ("10.0.0.", "10.0.0. has an empty octet"),
        ("10.0.0.0/24x", "unexpected \"x\" after /24"),
        ("10.0.0.0/24/8", "unexpected \"/8\" after /24"),
        ("10.0.0.0/24 extra", "unexpected \" extra\" after /24"),
        ("10.0.0.0/24;", "unexpected \";\" after /24"),
        ("10.0.0.0x", "unexpected \"x\" in 10.0.0.0x"),
        ("10.0.0.5-10.0.0.7", "unexpected \"-\" in 10.0.0.5-10.0.0.7"),
        ("[10.0.0.0/8]", "remove the surrounding [ and ]"),
        ("[::1]", "remove the surrounding [ and ]"),
        ("\"10.0.0.0/8\"", "remove the surrounding \" and \""),
        ("'10.0.0.0/8'", "remove the surrounding ' and '"),
        ("「10.0.0.0/8」", "remove the surrounding 「 and 」"),
        ("[10.0.0.0/8", "unexpected \"[\" in [10.0.0.0"),
        (
            "10.0.0.0/8あ",
            "\"あ\" (U+3042) is not allowed; write ASCII digits, a-f, \".\", \":\" and \"/\"",
        ),
        (
            "fe80::1%eth0",
            "zone \"%eth0\" names a network interface, not part of the address: remove it",
        ),
        (
            "fe80::1%3/64",
            "zone \"%3\" names a network interface, not part of the address: remove it",
        ),
        (
            "10.0.0.0/",
            "nothing after \"/\" (expected a prefix length from 0 to 32)",
        ),
        (
            "::/",
            "nothing after \"/\" (expected a prefix length from 0 to 128)",
        ),
        ("/24", "no address before \"/\""),
        ("10.0.0.0/ 24", "unexpected space next to \"/\""),
        ("10.0.0.0 /24", "unexpected space next to \"/\""),
        (
            "10.0.0.0/x24",
            "\"/x24\" is not a prefix length (IPv4 prefixes are 0 to 32)",
        ),
        (
            "10.0.0.0/-1",
            "\"/-1\" is not a prefix length (IPv4 prefixes are 0 to 32)",
        ),
        (
            "2001:db8::/+64",
            "\"/+64\" is not a prefix length (IPv6 prefixes are 0 to 128)",
        ),
        (
            "10.0.0.0 24",
            "\"24\" after a space is not a netmask: write /24 for a prefix length",
        ),
        (
            "2001:db8:: 64",
            "\"64\" after a space is not a netmask: write /64 for a prefix length",
        ),
        (
            "2001:db8::/ffff:ffff::",
            "IPv6 takes a prefix length such as /64, not \"ffff:ffff::\"",
        ),
        (
            "2001:db8::/255.255.0.0",
            "IPv6 takes a prefix length such as /64, not \"255.255.0.0\"",
        ),
        (
            "2001:db8:: ffff::",
            "IPv6 takes a prefix length such as /64, not \"ffff::\"",
        ),
        ("10.0.0.0/255.255.256.0", "octet 256 is over 255"),
        ("2001:db8::12345", "group 12345 has more than 4 hex digits"),
        ("1::2::3", "\"::\" appears more than once in 1::2::3"),
        ("1:::2", "stray \":\" in 1:::2"),
        (":1:2:3:4:5:6:7", "stray \":\" in :1:2:3:4:5:6:7"),
        ("1:2:3:4:5:6:7:", "stray \":\" in 1:2:3:4:5:6:7:"),
        (":", "stray \":\" in :"),
        (
            "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7:8:9 has 9 groups; IPv6 has 8",
        ),
        (
            "1:2:3:4::5:6:7:8",
            "1:2:3:4::5:6:7:8 has 8 groups and \"::\"; with \"::\" at most 7 fit",
        ),
        ("1:2:3", "1:2:3 has 3 groups and no \"::\"; IPv6 has 8"),
        ("1:2", "1:2 has 2 groups and no \"::\"; IPv6 has 8"),
        (
            "1.2.3.4::",
            "the IPv4 part 1.2.3.4 must come last in an IPv6 address",
        ),
        (
            "::1.2.3.4:5",
            "the IPv4 part 1.2.3.4 must come last in an IPv6 address",
        ),
        ("::ffff:1.2.3.256", "octet 256 is over 255"),
        (
            "::ffff:01.2.3.4",
            "octet 01 has a leading zero, which some tools read as octal: write 1 for decimal",
        ),
        ("2001:db8::g", "unexpected \"g\" in 2001:db8::g"),
        ("10.0.0.1\u{0}", "unexpected \"\\u{0}\" in 10.0.0.1\\u{0}"),
        ("hello", "unexpected \"h\" in hello"),
    ];
    for (text, expected) in cases {
        assert_eq!(net_error(text), expected, "{text:?}");
    }
}

#[test]
fn errors_are_typed() {
    assert_eq!(
        parse_net("10.0.0.0/0.0.0.255"),
        Err(ParseError::WildcardMask {
            wildcard: Ipv4Addr::new(0, 0, 0, 255),
            netmask: Ipv4Addr::new(255, 255, 255, 0),
            prefix: 24,
        })
    );
    assert_eq!(
        parse_net("fe80::1%eth0"),
        Err(ParseError::ZoneId {
            zone: "eth0".into()
        })
    );
    assert_eq!(
        parse_net("10.0.0.0/024"),
        Err(ParseError::PrefixLeadingZero {
            prefix: "024".into()
        })
    );
}

#[test]
fn error_messages_stay_on_one_line() {
    for text in ["10.0.0.1\n5", "1::\r2", "10.0.0.0/24\u{7}"] {
        let message = net_error(text);
        assert!(!message.contains(['\n', '\r', '\u{7}']), "{message}");
    }
}

#[test]
fn parse_addr_takes_one_address() {
    assert_eq!(parse_addr("10.0.0.1").unwrap().to_string(), "10.0.0.1");
    assert_eq!(
        parse_addr(" ２００１：ｄｂ８：：１ ").unwrap().to_string(),
        "2001:db8::1"
    );
    let cases = [
        (
            "10.0.0.0/24",
            "a single address is expected, without \"/24\"",
        ),
        (
            "10.0.0.0 255.0.0.0",
            "a single address is expected, without \"255.0.0.0\"",
        ),
        (
            "2001:db8::/64",
            "a single address is expected, without \"/64\"",
        ),
        ("", "the input is empty"),
        ("10.0.0.256", "octet 256 is over 255"),
        (
            "fe80::1%eth0",
            "zone \"%eth0\" names a network interface, not part of the address: remove it",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(
            parse_addr(text).unwrap_err().to_string(),
            expected,
            "{text:?}"
        );
    }
}

#[test]
fn prefix_lengths_and_netmasks_alone() {
    assert_eq!(parse_prefix_len("0", 32), Ok(0));
    assert_eq!(parse_prefix_len("/128", 128), Ok(128));
    assert_eq!(
        parse_prefix_len("33", 32).unwrap_err().to_string(),
        "prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)"
    );
    assert_eq!(
        parse_prefix_len("/", 32).unwrap_err().to_string(),
        "nothing after \"/\" (expected a prefix length from 0 to 32)"
    );
    assert_eq!(
        parse_prefix_len("24 ", 32),
        Ok(24),
        "surrounding space is trimmed"
    );
    assert_eq!(parse_netmask("255.255.255.255"), Ok(32));
    assert_eq!(parse_netmask("0.0.0.0"), Ok(0));
    assert_eq!(
        parse_netmask("0.0.0.3").unwrap_err().to_string(),
        "0.0.0.3 is a wildcard mask; the netmask is 255.255.255.252 (/30)"
    );
}

#[test]
fn agrees_with_std_on_plain_addresses() {
    let samples = [
        "0.0.0.0",
        "255.255.255.255",
        "1.2.3.4",
        "::",
        "::1",
        "1::",
        "1:2:3:4:5:6:7:8",
        "::ffff:1.2.3.4",
        "1:2:3:4:5:6:1.2.3.4",
        "ABCD:ef01::9",
        "0:0:0:0:0:0:0:0",
    ];
    for text in samples {
        let std: IpAddr = text.parse().unwrap();
        assert_eq!(parse_addr(text), Ok(std), "{text}");
    }
}
