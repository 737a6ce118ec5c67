use super::*;
use crate::calc::parse::parse_net;

fn of(text: &str) -> SubnetInfo {
    info(parse_net(text).unwrap())
}

fn opt(addr: Option<IpAddr>) -> String {
    addr.map_or_else(|| "-".to_owned(), |a| a.to_string())
}

/// One row per input: network, netmask, wildcard, broadcast, first host, last host,
/// last address, total, usable.
#[test]
fn edge_cases_table() {
    let cases = [
        (
            "0.0.0.0/0",
            [
                "0.0.0.0",
                "0.0.0.0",
                "255.255.255.255",
                "255.255.255.255",
                "0.0.0.1",
                "255.255.255.254",
                "255.255.255.255",
                "4294967296",
                "4294967294",
            ],
        ),
        (
            "128.0.0.0/1",
            [
                "128.0.0.0",
                "128.0.0.0",
                "127.255.255.255",
                "255.255.255.255",
                "128.0.0.1",
                "255.255.255.254",
                "255.255.255.255",
                "2147483648",
                "2147483646",
            ],
        ),
        (
            "10.0.0.4/30",
            [
                "10.0.0.4",
                "255.255.255.252",
                "0.0.0.3",
                "10.0.0.7",
                "10.0.0.5",
                "10.0.0.6",
                "10.0.0.7",
                "4",
                "2",
            ],
        ),
        (
            "10.0.0.4/31",
            [
                "10.0.0.4",
                "255.255.255.254",
                "0.0.0.1",
                "-",
                "10.0.0.4",
                "10.0.0.5",
                "10.0.0.5",
                "2",
                "2",
            ],
        ),
        (
            "10.0.0.4/32",
            [
                "10.0.0.4",
                "255.255.255.255",
                "0.0.0.0",
                "-",
                "10.0.0.4",
                "10.0.0.4",
                "10.0.0.4",
                "1",
                "1",
            ],
        ),
        (
            "255.255.255.255",
            [
                "255.255.255.255",
                "255.255.255.255",
                "0.0.0.0",
                "-",
                "255.255.255.255",
                "255.255.255.255",
                "255.255.255.255",
                "1",
                "1",
            ],
        ),
        (
            "10.0.1.5 255.255.255.0",
            [
                "10.0.1.0",
                "255.255.255.0",
                "0.0.0.255",
                "10.0.1.255",
                "10.0.1.1",
                "10.0.1.254",
                "10.0.1.255",
                "256",
                "254",
            ],
        ),
        (
            "::/0",
            [
                "::",
                "::",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                "-",
                "::",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                "340282366920938463463374607431768211456",
                "340282366920938463463374607431768211456",
            ],
        ),
        (
            "2001:db8::1/127",
            [
                "2001:db8::",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe",
                "::1",
                "-",
                "2001:db8::",
                "2001:db8::1",
                "2001:db8::1",
                "2",
                "2",
            ],
        ),
        (
            "2001:db8::1/128",
            [
                "2001:db8::1",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
                "::",
                "-",
                "2001:db8::1",
                "2001:db8::1",
                "2001:db8::1",
                "1",
                "1",
            ],
        ),
        (
            "2001:db8:abcd:12::/64",
            [
                "2001:db8:abcd:12::",
                "ffff:ffff:ffff:ffff::",
                "::ffff:ffff:ffff:ffff",
                "-",
                "2001:db8:abcd:12::",
                "2001:db8:abcd:12:ffff:ffff:ffff:ffff",
                "2001:db8:abcd:12:ffff:ffff:ffff:ffff",
                "18446744073709551616",
                "18446744073709551616",
            ],
        ),
    ];
    for (text, expected) in cases {
        let facts = of(text);
        let got = [
            facts.network.to_string(),
            facts.netmask.to_string(),
            facts.wildcard.to_string(),
            opt(facts.broadcast),
            facts.first_host.to_string(),
            facts.last_host.to_string(),
            facts.last_address.to_string(),
            facts.total_addresses.to_string(),
            facts.usable_hosts.to_string(),
        ];
        assert_eq!(got, expected.map(str::to_owned), "{text}");
    }
}

#[test]
fn host_bits_set_is_reported() {
    let facts = of("10.0.20.37/24");
    assert!(facts.host_bits_set);
    assert_eq!(facts.address.to_string(), "10.0.20.37");
    assert_eq!(facts.cidr().to_string(), "10.0.20.0/24");
    assert!(!of("10.0.20.0/24").host_bits_set);
    assert!(!of("10.0.20.37").host_bits_set);
    assert!(of("2001:db8::1/64").host_bits_set);
}

#[test]
fn aws_rule_for_every_prefix() {
    for prefix in 0..=32u8 {
        let expected = match prefix {
            0..=15 => Err(AwsRefusal::TooLarge { prefix }),
            16..=28 => Ok((1u32 << (32 - prefix)) - 5),
            _ => Err(AwsRefusal::TooSmall { prefix }),
        };
        assert_eq!(aws_usable(prefix), expected, "/{prefix}");
    }
    assert_eq!(
        AwsRefusal::TooLarge { prefix: 8 }.to_string(),
        "AWS subnets are /16 to /28; /8 is larger than /16"
    );
    assert_eq!(
        AwsRefusal::Ipv6.to_string(),
        "this count covers IPv4 subnets only (/16 to /28)"
    );
}

#[test]
fn aws_reserved_addresses() {
    let facts = of("10.0.20.37/24");
    let subnet = facts.aws.unwrap();
    assert_eq!(subnet.usable, 251);
    let listed: Vec<String> = subnet
        .reserved
        .iter()
        .map(|r| format!("{} {}", r.address, r.role.id()))
        .collect();
    assert_eq!(
        listed,
        [
            "10.0.20.0 network",
            "10.0.20.1 router",
            "10.0.20.2 dns",
            "10.0.20.3 future_use",
            "10.0.20.255 last",
        ]
    );
    assert_eq!(
        of("10.0.0.0/29").aws,
        Err(AwsRefusal::TooSmall { prefix: 29 })
    );
    assert_eq!(
        of("10.0.0.0/8").aws,
        Err(AwsRefusal::TooLarge { prefix: 8 })
    );
    assert_eq!(of("::/0").aws, Err(AwsRefusal::Ipv6));
}

#[test]
fn classification_and_class() {
    let facts = of("10.0.20.37/24");
    assert_eq!(facts.classification, Classification::Private);
    assert!(facts.is_private);
    assert_eq!(facts.historic_class, Some(HistoricClass::A));
    let public = of("8.8.8.0/24");
    assert!(!public.is_private);
    assert_eq!(public.classification, Classification::Public);
    assert_eq!(of("0.0.0.0/0").historic_class, None);
    assert_eq!(of("192.0.0.0/3").historic_class, Some(HistoricClass::C));
    assert_eq!(of("192.0.0.0/2").historic_class, None);
    assert_eq!(of("2001:db8::/32").historic_class, None);
}

#[test]
fn binary_views() {
    let facts = of("10.0.20.37/20");
    assert_eq!(
        facts.binary.to_string(),
        "00001010.00000000.0001|0100.00100101"
    );
    assert_eq!(
        facts.netmask_binary.to_string(),
        "11111111.11111111.1111|0000.00000000"
    );
}

#[test]
fn prefix_helpers_out_of_range() {
    assert_eq!(total_addresses(33, false), AddrCount::ZERO);
    assert_eq!(usable_hosts(33, false), AddrCount::ZERO);
    assert_eq!(usable_hosts(129, true), AddrCount::ZERO);
    assert_eq!(usable_hosts(0, false).to_string(), "4294967294");
    assert_eq!(usable_hosts(0, true), AddrCount::MAX);
    assert_eq!(aws_usable(255), Err(AwsRefusal::TooSmall { prefix: 255 }));
}

#[test]
fn version() {
    assert_eq!(of("10.0.0.0/8").version(), 4);
    assert_eq!(of("::1").version(), 6);
}
