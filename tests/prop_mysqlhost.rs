#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The MySQL host matcher against references written here: a plain recursive `%`/`_`
//! matcher, integer netmask arithmetic, and MySQL's sort rule.

use std::net::{IpAddr, Ipv4Addr};

use netdojo::calc::mysqlhost::{Account, Client, HostValue, like_match, sort_accounts};
use proptest::prelude::*;

/// `%` any run, `_` one character, anything else itself ignoring ASCII case.
fn reference(pattern: &[char], text: &[char]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some(('%', rest)) => (0..=text.len()).any(|skip| reference(rest, &text[skip..])),
        Some(('_', rest)) => !text.is_empty() && reference(rest, &text[1..]),
        Some((c, rest)) => {
            !text.is_empty() && c.eq_ignore_ascii_case(&text[0]) && reference(rest, &text[1..])
        }
    }
}

/// MySQL's sort value of one string: 0 empty, 128 without wildcards, 1 for `%` alone,
/// else the first wildcard's position + 2 (at most 127).
fn sort_value(text: &str) -> u32 {
    if text.is_empty() {
        return 0;
    }
    match text.find(['%', '_']) {
        None => 128,
        Some(_) if text == "%" => 1,
        Some(position) => (position as u32 + 2).min(127),
    }
}

fn pattern_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec!['a', 'B', '.', '1', '%', '_']),
        0..8,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(vec!['a', 'b', 'A', '.', '1']), 0..8)
        .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #[test]
    fn like_match_agrees_with_the_recursive_reference(
        pattern in pattern_strategy(),
        text in text_strategy(),
    ) {
        let p: Vec<char> = pattern.chars().collect();
        let t: Vec<char> = text.chars().collect();
        prop_assert_eq!(like_match(&pattern, &text, true), reference(&p, &t));
    }

    #[test]
    fn patterns_match_addresses_as_text(ip in any::<u32>(), keep in 0usize..16) {
        let address = Ipv4Addr::from(ip).to_string();
        // The first `keep` characters, then %: a pattern that must match.
        let keep = keep.min(address.len());
        let pattern = format!("{}%", &address[..keep]);
        let client = Client::from_ip(IpAddr::V4(Ipv4Addr::from(ip)));
        prop_assert!(HostValue::new(&pattern).check(&client).matches());
    }

    #[test]
    fn netmask_forms_follow_and_arithmetic(ip in any::<u32>(), net in any::<u32>(), prefix in 1u32..=32, cidr in any::<bool>()) {
        let mask = u32::MAX << (32 - prefix);
        let network = net & mask;
        let text = if cidr {
            format!("{}/{prefix}", Ipv4Addr::from(network))
        } else {
            format!("{}/{}", Ipv4Addr::from(network), Ipv4Addr::from(mask))
        };
        let client = Client::from_ip(IpAddr::V4(Ipv4Addr::from(ip)));
        prop_assert_eq!(HostValue::new(&text).check(&client).matches(), ip & mask == network);
        // A client inside the network always matches.
        let inside = Client::from_ip(IpAddr::V4(Ipv4Addr::from(network | (ip & !mask))));
        prop_assert!(HostValue::new(&text).check(&inside).matches());
    }

    #[test]
    fn accounts_sort_as_mysql_does(
        hosts in prop::collection::vec(pattern_strategy(), 1..8),
        anonymous in prop::collection::vec(any::<bool>(), 8),
    ) {
        let accounts: Vec<Account> = hosts
            .iter()
            .zip(&anonymous)
            .map(|(host, &anon)| Account::new(if anon { "" } else { "app" }, host))
            .collect();
        let order = sort_accounts(&accounts);
        let key = |i: usize| sort_value(accounts[i].host().text()) * 256 + sort_value(accounts[i].user());
        let mut expected: Vec<usize> = (0..accounts.len()).collect();
        expected.sort_by_key(|&i| std::cmp::Reverse(key(i)));
        prop_assert_eq!(order, expected);
    }
}
