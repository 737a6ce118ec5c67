#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Every field of `info` against a reference written here with plain u32/u128
//! arithmetic, for random IPv4 and IPv6 blocks.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;
use netdojo::calc::info::{AwsRefusal, info};
use proptest::prelude::*;

/// (first address, prefix length, classification id) of the IPv4 special blocks.
const V4_SPECIAL: [(u32, u32, &str); 15] = [
    (0x0000_0000, 8, "this_network"),
    (0x0a00_0000, 8, "private"),
    (0x6440_0000, 10, "shared"),
    (0x7f00_0000, 8, "loopback"),
    (0xa9fe_0000, 16, "link_local"),
    (0xac10_0000, 12, "private"),
    (0xc000_0000, 24, "protocol_assignments"),
    (0xc000_0200, 24, "documentation"),
    (0xc0a8_0000, 16, "private"),
    (0xc612_0000, 15, "benchmarking"),
    (0xc633_6400, 24, "documentation"),
    (0xcb00_7100, 24, "documentation"),
    (0xe000_0000, 4, "multicast"),
    (0xf000_0000, 4, "reserved"),
    (0xffff_ffff, 32, "limited_broadcast"),
];

/// The same for IPv6.
const V6_SPECIAL: [(u128, u32, &str); 8] = [
    (0, 128, "unspecified"),
    (1, 128, "loopback"),
    (0xffff_0000_0000, 96, "ipv4_mapped"),
    (0x2001_0db8 << 96, 32, "documentation"),
    (0xfc00 << 112, 7, "unique_local"),
    (0xfe80 << 112, 10, "link_local"),
    (0xff00 << 112, 8, "multicast"),
    (0x2000 << 112, 3, "global_unicast"),
];

fn v4_last(start: u32, prefix: u32) -> u32 {
    start | u32::MAX.checked_shr(prefix).unwrap_or(0)
}

fn v6_last(start: u128, prefix: u32) -> u128 {
    start | u128::MAX.checked_shr(prefix).unwrap_or(0)
}

/// The class of one address: the longest special block holding it, else `outside`.
fn v4_class_of(addr: u32) -> &'static str {
    V4_SPECIAL
        .iter()
        .filter(|(start, prefix, _)| *start <= addr && addr <= v4_last(*start, *prefix))
        .max_by_key(|(_, prefix, _)| *prefix)
        .map_or("public", |(_, _, id)| id)
}

fn v6_class_of(addr: u128) -> &'static str {
    V6_SPECIAL
        .iter()
        .filter(|(start, prefix, _)| *start <= addr && addr <= v6_last(*start, *prefix))
        .max_by_key(|(_, prefix, _)| *prefix)
        .map_or("reserved", |(_, _, id)| id)
}

/// The class only changes where a special block starts or ends, so checking those
/// points inside the range decides whether every address shares one class.
fn v4_range_class(first: u32, last: u32) -> &'static str {
    let class = v4_class_of(first);
    let mut points = Vec::new();
    for (start, prefix, _) in V4_SPECIAL {
        points.push(start);
        if let Some(after) = v4_last(start, prefix).checked_add(1) {
            points.push(after);
        }
    }
    let differs = points
        .into_iter()
        .filter(|p| first <= *p && *p <= last)
        .any(|p| v4_class_of(p) != class);
    if differs { "mixed" } else { class }
}

fn v6_range_class(first: u128, last: u128) -> &'static str {
    let class = v6_class_of(first);
    let mut points = Vec::new();
    for (start, prefix, _) in V6_SPECIAL {
        points.push(start);
        if let Some(after) = v6_last(start, prefix).checked_add(1) {
            points.push(after);
        }
    }
    let differs = points
        .into_iter()
        .filter(|p| first <= *p && *p <= last)
        .any(|p| v6_class_of(p) != class);
    if differs { "mixed" } else { class }
}

fn historic(first_octet: u32) -> char {
    match first_octet {
        0..=127 => 'A',
        128..=191 => 'B',
        192..=223 => 'C',
        224..=239 => 'D',
        _ => 'E',
    }
}

/// The reference binary view: plain bits, separators every `group`, `|` at the split.
fn binary(bits: &str, group: usize, separator: char, prefix: usize) -> String {
    let mut out = String::new();
    for (index, bit) in bits.chars().enumerate() {
        if index == prefix {
            out.push('|');
        } else if index > 0 && index % group == 0 {
            out.push(separator);
        }
        out.push(bit);
    }
    if prefix == bits.len() {
        out.push('|');
    }
    out
}

/// Mostly addresses near special blocks, where the classification changes.
fn v4_address() -> impl Strategy<Value = u32> {
    let bases: Vec<u32> = V4_SPECIAL
        .iter()
        .flat_map(|(start, prefix, _)| [*start, v4_last(*start, *prefix)])
        .collect();
    prop_oneof![
        any::<u32>(),
        (prop::sample::select(bases), any::<u32>(), 0u32..32)
            .prop_map(|(base, noise, keep)| base ^ (noise >> keep)),
    ]
}

fn v6_address() -> impl Strategy<Value = u128> {
    let bases: Vec<u128> = V6_SPECIAL
        .iter()
        .flat_map(|(start, prefix, _)| [*start, v6_last(*start, *prefix)])
        .collect();
    prop_oneof![
        any::<u128>(),
        (prop::sample::select(bases), any::<u128>(), 0u32..128)
            .prop_map(|(base, noise, keep)| base ^ (noise >> keep)),
    ]
}

fn v4(a: u32) -> IpAddr {
    IpAddr::V4(Ipv4Addr::from(a))
}

fn v6(a: u128) -> IpAddr {
    IpAddr::V6(Ipv6Addr::from(a))
}

proptest! {
    #[test]
    fn ipv4_fields_match_integer_arithmetic(addr in v4_address(), prefix in 0u32..=32) {
        let facts = info(IpNet::new(v4(addr), prefix as u8).unwrap());
        let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
        let network = addr & mask;
        let last = network | !mask;
        let total = 1u64 << (32 - prefix);
        let usable = match prefix { 32 => 1, 31 => 2, _ => total - 2 };
        let (first_host, last_host, broadcast) = if prefix >= 31 {
            (network, last, None)
        } else {
            (network + 1, last - 1, Some(v4(last)))
        };

        prop_assert_eq!(facts.address, v4(addr));
        prop_assert_eq!(facts.network, v4(network));
        prop_assert_eq!(facts.prefix as u32, prefix);
        prop_assert_eq!(facts.cidr().to_string(), format!("{}/{prefix}", Ipv4Addr::from(network)));
        prop_assert_eq!(facts.netmask, v4(mask));
        prop_assert_eq!(facts.wildcard, v4(!mask));
        prop_assert_eq!(facts.broadcast, broadcast);
        prop_assert_eq!(facts.first_host, v4(first_host));
        prop_assert_eq!(facts.last_host, v4(last_host));
        prop_assert_eq!(facts.last_address, v4(last));
        prop_assert_eq!(facts.total_addresses.to_string(), total.to_string());
        prop_assert_eq!(facts.usable_hosts.to_string(), usable.to_string());
        prop_assert_eq!(facts.host_bits_set, addr != network);
        prop_assert_eq!(facts.version(), 4);

        match &facts.aws {
            Ok(subnet) => {
                prop_assert!((16..=28).contains(&prefix));
                prop_assert_eq!(u64::from(subnet.usable), total - 5);
                let reserved: Vec<u32> = subnet.reserved.iter().map(|r| u32::from(r.address)).collect();
                prop_assert_eq!(reserved, vec![network, network + 1, network + 2, network + 3, last]);
            }
            Err(AwsRefusal::TooLarge { prefix: p }) => prop_assert!(prefix < 16 && u32::from(*p) == prefix),
            Err(AwsRefusal::TooSmall { prefix: p }) => prop_assert!(prefix > 28 && u32::from(*p) == prefix),
            Err(AwsRefusal::Ipv6) => prop_assert!(false, "IPv4 refused as IPv6"),
        }

        let class = v4_range_class(network, last);
        prop_assert_eq!(facts.classification.id(), class);
        prop_assert_eq!(facts.is_private, class == "private");

        let (first_class, last_class) = (historic(network >> 24), historic(last >> 24));
        let expected_class = (first_class == last_class).then_some(first_class);
        prop_assert_eq!(facts.historic_class.map(|c| c.letter()), expected_class);

        let bits = format!("{addr:032b}");
        prop_assert_eq!(facts.binary.to_string(), binary(&bits, 8, '.', prefix as usize));
        let mask_bits = format!("{mask:032b}");
        prop_assert_eq!(facts.netmask_binary.to_string(), binary(&mask_bits, 8, '.', prefix as usize));
    }

    #[test]
    fn ipv6_fields_match_integer_arithmetic(addr in v6_address(), prefix in 0u32..=128) {
        let facts = info(IpNet::new(v6(addr), prefix as u8).unwrap());
        let mask = u128::MAX.checked_shl(128 - prefix).unwrap_or(0);
        let network = addr & mask;
        let last = network | !mask;
        let total = if prefix == 0 {
            "340282366920938463463374607431768211456".to_owned()
        } else {
            (1u128 << (128 - prefix)).to_string()
        };

        prop_assert_eq!(facts.address, v6(addr));
        prop_assert_eq!(facts.network, v6(network));
        prop_assert_eq!(facts.prefix as u32, prefix);
        prop_assert_eq!(facts.netmask, v6(mask));
        prop_assert_eq!(facts.wildcard, v6(!mask));
        prop_assert_eq!(facts.broadcast, None);
        prop_assert_eq!(facts.first_host, v6(network));
        prop_assert_eq!(facts.last_host, v6(last));
        prop_assert_eq!(facts.last_address, v6(last));
        prop_assert_eq!(facts.total_addresses.to_string(), total.clone());
        prop_assert_eq!(facts.usable_hosts.to_string(), total);
        prop_assert_eq!(facts.host_bits_set, addr != network);
        prop_assert_eq!(facts.aws, Err(AwsRefusal::Ipv6));
        prop_assert_eq!(facts.classification.id(), v6_range_class(network, last));
        prop_assert!(!facts.is_private);
        prop_assert_eq!(facts.historic_class, None);
        prop_assert_eq!(facts.version(), 6);

        let bits = format!("{addr:0128b}");
        prop_assert_eq!(facts.binary.to_string(), binary(&bits, 16, ':', prefix as usize));
    }
}
