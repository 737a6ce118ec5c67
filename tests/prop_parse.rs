#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The parser never panics, always gives a one-line error, round-trips every block,
//! and reads plain addresses exactly as the standard library does.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;
use netdojo::calc::parse::{parse_addr, parse_net};
use proptest::prelude::*;

fn any_net() -> impl Strategy<Value = IpNet> {
    prop_oneof![
        (any::<u32>(), 0u8..=32)
            .prop_map(|(a, p)| IpNet::new(IpAddr::V4(Ipv4Addr::from(a)), p).unwrap()),
        (any::<u128>(), 0u8..=128)
            .prop_map(|(a, p)| IpNet::new(IpAddr::V6(Ipv6Addr::from(a)), p).unwrap()),
        // Few non-zero groups, so `::` compression and dotted tails show up often.
        (any::<[u16; 8]>(), any::<u8>(), 0u8..=128).prop_map(|(groups, keep, p)| {
            let mut sparse = groups;
            for (i, group) in sparse.iter_mut().enumerate() {
                if keep & (1 << i) == 0 {
                    *group = 0;
                }
            }
            IpNet::new(IpAddr::V6(Ipv6Addr::from(sparse)), p).unwrap()
        }),
    ]
}

fn check_no_panic(text: &str) -> Result<(), TestCaseError> {
    for result in [parse_net(text).map(|_| ()), parse_addr(text).map(|_| ())] {
        if let Err(e) = result {
            let message = e.to_string();
            prop_assert!(!message.is_empty());
            prop_assert!(!message.contains(['\n', '\r']), "{message:?}");
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn any_string_is_handled(text in any::<String>()) {
        check_no_panic(&text)?;
    }

    #[test]
    fn address_like_strings_are_handled(text in "[0-9./: a-fA-F%]{0,48}") {
        check_no_panic(&text)?;
    }

    #[test]
    fn display_round_trips(net in any_net()) {
        prop_assert_eq!(parse_net(&net.to_string()), Ok(net));
        prop_assert_eq!(parse_addr(&net.addr().to_string()), Ok(net.addr()));
    }

    #[test]
    fn dotted_masks_match_prefixes(a in any::<u32>(), prefix in 0u8..=32) {
        let net = IpNet::new(IpAddr::V4(Ipv4Addr::from(a)), prefix).unwrap();
        prop_assert_eq!(parse_net(&format!("{} {}", net.addr(), net.netmask())), Ok(net));
        prop_assert_eq!(parse_net(&format!("{}/{}", net.addr(), net.netmask())), Ok(net));
    }

    #[test]
    fn plain_addresses_read_like_std(text in "[0-9a-fA-F:.]{0,45}") {
        prop_assert_eq!(parse_addr(&text).ok(), text.parse::<IpAddr>().ok());
    }

    #[test]
    fn short_ipv6_like_strings_read_like_std(text in "[01fF:.]{0,20}") {
        prop_assert_eq!(parse_addr(&text).ok(), text.parse::<IpAddr>().ok());
    }
}

/// IPv6-shaped text: hex groups with random widths and case, an optional `::` in place
/// of any run of groups, an optional dotted tail, then one random edit.
fn ipv6_shaped() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((any::<u16>(), 1usize..=5, any::<bool>()), 0..=9),
        any::<Option<(usize, usize)>>(),
        any::<Option<[u8; 4]>>(),
        any::<Option<(usize, char)>>(),
        prop::sample::select(vec!['0', '7', 'a', 'F', ':', '.', 'g']),
    )
        .prop_map(|(groups, run, tail, edit, extra)| {
            let mut parts: Vec<String> = groups
                .iter()
                .map(|(value, width, upper)| {
                    let text = format!("{value:0width$x}");
                    if *upper { text.to_uppercase() } else { text }
                })
                .collect();
            if let Some([a, b, c, d]) = tail {
                parts.push(format!("{a}.{b}.{c}.{d}"));
            }
            let mut text = match run {
                Some((from, len)) if !parts.is_empty() => {
                    let from = from % (parts.len() + 1);
                    let to = (from + len % 4).min(parts.len());
                    format!("{}::{}", parts[..from].join(":"), parts[to..].join(":"))
                }
                _ => parts.join(":"),
            };
            if let Some((at, kind)) = edit {
                let at = at % (text.len() + 1);
                match kind as u32 % 3 {
                    0 => text.insert(at, extra),
                    1 if at < text.len() => {
                        text.remove(at);
                    }
                    _ => {}
                }
            }
            text
        })
}

proptest! {
    #[test]
    fn ipv6_shaped_text_reads_like_std(text in ipv6_shaped()) {
        prop_assert_eq!(parse_addr(&text).ok(), text.parse::<IpAddr>().ok(), "{}", text);
    }
}
