//! Property tests of the route table and the VPC planner against plain integer references.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;
use netdojo::calc::route::{RouteSpec, RouteTable, Verdict};
use netdojo::calc::vpc::{Layout, PlanError, PlanOptions, check_overlaps, plan};
use proptest::prelude::*;

fn mask32(len: u8) -> u32 {
    if len == 0 {
        0
    } else {
        u32::MAX << (32 - u32::from(len))
    }
}

fn mask128(len: u8) -> u128 {
    if len == 0 {
        0
    } else {
        u128::MAX << (128 - u32::from(len))
    }
}

/// IPv4 values that often fall in 10.0.0.0/16 and 10.0.20.0/24, so routes overlap.
fn v4_value() -> impl Strategy<Value = u32> {
    prop_oneof![
        any::<u32>(),
        (0u32..=0xFFFF).prop_map(|x| 0x0A00_0000 | x),
        (0u32..=0xFF).prop_map(|x| 0x0A00_1400 | x),
    ]
}

/// IPv6 values that often fall in 2001:db8::/32.
fn v6_value() -> impl Strategy<Value = u128> {
    prop_oneof![
        any::<u128>(),
        any::<u32>().prop_map(|x| (0x2001_0db8u128 << 96) | u128::from(x)),
        (0u128..=0xFFFF).prop_map(|x| (0x2001_0db8u128 << 96) | x),
    ]
}

/// A route in the reference: family, network as an integer, prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum RefRoute {
    V4(u32, u8),
    V6(u128, u8),
}

fn table_strategy() -> impl Strategy<Value = Vec<RefRoute>> {
    let v4 = (v4_value(), 0u8..=32).prop_map(|(a, l)| RefRoute::V4(a & mask32(l), l));
    let v6 = (v6_value(), 0u8..=128).prop_map(|(a, l)| RefRoute::V6(a & mask128(l), l));
    prop::collection::vec(prop_oneof![3 => v4, 1 => v6], 0..60).prop_map(|routes| {
        // Distinct prefixes, in the random order they were drawn.
        let mut seen = BTreeSet::new();
        routes.into_iter().filter(|r| seen.insert(*r)).collect()
    })
}

fn spec(route: RefRoute, i: usize) -> RouteSpec {
    let destination = match route {
        RefRoute::V4(n, l) => format!("{}/{l}", Ipv4Addr::from(n)),
        RefRoute::V6(n, l) => format!("{}/{l}", Ipv6Addr::from(n)),
    };
    RouteSpec::new(destination, format!("eni-{i}"))
}

/// Brute force: which routes contain the address, and the longest of them.
fn reference(routes: &[RefRoute], address: IpAddr) -> (Vec<bool>, Option<usize>) {
    let contains: Vec<bool> = routes
        .iter()
        .map(|r| match (*r, address) {
            (RefRoute::V4(n, l), IpAddr::V4(a)) => u32::from(a) & mask32(l) == n,
            (RefRoute::V6(n, l), IpAddr::V6(a)) => u128::from(a) & mask128(l) == n,
            _ => false,
        })
        .collect();
    let len = |r: &RefRoute| match r {
        RefRoute::V4(_, l) | RefRoute::V6(_, l) => *l,
    };
    let best = (0..routes.len())
        .filter(|&i| contains[i])
        .max_by_key(|&i| len(&routes[i]));
    (contains, best)
}

fn address_strategy() -> impl Strategy<Value = IpAddr> {
    prop_oneof![
        3 => v4_value().prop_map(|a| IpAddr::V4(Ipv4Addr::from(a))),
        1 => v6_value().prop_map(|a| IpAddr::V6(Ipv6Addr::from(a))),
    ]
}

proptest! {
    #[test]
    fn longest_prefix_match_equals_a_brute_force_scan(
        routes in table_strategy(),
        addresses in prop::collection::vec(address_strategy(), 1..20),
    ) {
        let table = RouteTable::from_specs(routes.iter().enumerate().map(|(i, r)| spec(*r, i))).unwrap();
        for address in addresses {
            let (contains, best) = reference(&routes, address);
            let expected = best.map(|i| format!("eni-{i}"));
            let got = table.best(address).map(|r| r.target().id().to_string());
            prop_assert_eq!(&got, &expected, "best for {}", address);
            let lookup = table.lookup(address);
            prop_assert_eq!(lookup.route().map(|r| r.target().id().to_string()), expected);
            prop_assert_eq!(lookup.trace().len(), routes.len());
            for (i, step) in lookup.trace().iter().enumerate() {
                let same_family = matches!(
                    (routes[i], address),
                    (RefRoute::V4(..), IpAddr::V4(_)) | (RefRoute::V6(..), IpAddr::V6(_))
                );
                let verdict_ok = match step.verdict() {
                    Verdict::Wins => best == Some(i),
                    Verdict::Loses { .. } => contains[i] && best != Some(i),
                    Verdict::Outside => same_family && !contains[i],
                    Verdict::OtherFamily => !same_family,
                };
                prop_assert!(verdict_ok, "route {} verdict {:?} for {}", i, step.verdict(), address);
            }
        }
    }

    #[test]
    fn text_form_round_trips(routes in table_strategy()) {
        let table = RouteTable::from_specs(routes.iter().enumerate().map(|(i, r)| spec(*r, i))).unwrap();
        let again: RouteTable = table.to_string().parse().unwrap();
        prop_assert_eq!(again, table);
    }

    #[test]
    fn plans_tile_the_vpc(
        base in any::<u32>(),
        vpc_prefix in 16u8..=28,
        azs in 1usize..=12,
        tier_count in 1usize..=8,
        extra in prop::option::of(0u8..=12),
    ) {
        let network = base & mask32(vpc_prefix);
        let vpc: IpNet = format!("{}/{vpc_prefix}", Ipv4Addr::from(network)).parse().unwrap();
        let subnet_prefix = extra.map(|e| (vpc_prefix + e).min(28));
        let tiers: Vec<String> = (0..tier_count).map(|i| format!("tier{i}")).collect();
        let options = PlanOptions { az_names: None, subnet_prefix };
        let prefix = subnet_prefix.unwrap_or((vpc_prefix + 8).min(28));
        let blocks = 1u64 << (prefix - vpc_prefix);
        let needed = (tier_count * azs) as u64;
        let result = plan(vpc, azs, &tiers, &options);
        if needed > blocks {
            let refused = matches!(result, Err(PlanError::DoesNotFit { .. }));
            prop_assert!(refused, "{:?}", result);
            return Ok(());
        }
        let p = result.unwrap();
        let size = 1u64 << (32 - u32::from(prefix));
        let vpc_start = u64::from(network);
        let vpc_end = vpc_start + (1u64 << (32 - u32::from(vpc_prefix)));
        let tens = azs <= 10 && (tier_count * 10 + azs) as u64 <= blocks;
        prop_assert_eq!(p.layout() == Layout::Tens, tens);
        prop_assert_eq!(p.subnets().len(), tier_count * azs);
        let mut pieces: Vec<(u64, u64)> = Vec::new();
        for (k, s) in p.subnets().iter().enumerate() {
            let (i, j) = (k / azs, k % azs);
            let index = if tens { (i + 1) * 10 + j } else { i * azs + j } as u64;
            let start = u64::from(u32::from(s.cidr().network()));
            prop_assert_eq!(start, vpc_start + index * size);
            prop_assert_eq!(s.cidr().prefix_len(), prefix);
            prop_assert!((16..=28).contains(&s.cidr().prefix_len()));
            prop_assert_eq!(u64::from(s.aws_usable()), size - 5);
            prop_assert_eq!(u64::from(u32::from(s.first_usable())), start + 4);
            prop_assert_eq!(u64::from(u32::from(s.last_usable())), start + size - 2);
            prop_assert_eq!(s.name(), format!("tier{i}-{}", char::from(b'a' + j as u8)));
            pieces.push((start, start + size));
        }
        let mut free_total = 0u64;
        let mut free_blocks = Vec::new();
        for f in p.free() {
            let start = u64::from(u32::from(f.network()));
            let len = 1u64 << (32 - u32::from(f.prefix_len()));
            prop_assert_eq!(start % len, 0, "free block {} is not aligned", f);
            free_total += len;
            free_blocks.push((start, len));
            pieces.push((start, start + len));
        }
        prop_assert_eq!(p.free_addresses(), free_total);
        // Minimal: no two free blocks are halves of one larger block.
        for &(s1, l1) in &free_blocks {
            let merged = free_blocks.iter().any(|&(s2, l2)| l1 == l2 && s1 % (2 * l1) == 0 && s2 == s1 + l1);
            prop_assert!(!merged, "free blocks at {} of size {} can merge", s1, l1);
        }
        // Subnets and free space are disjoint and cover the VPC exactly.
        pieces.sort_unstable();
        let mut cursor = vpc_start;
        for (start, end) in pieces {
            prop_assert_eq!(start, cursor);
            cursor = end;
        }
        prop_assert_eq!(cursor, vpc_end);
    }

    #[test]
    fn overlaps_are_exactly_the_containing_pairs(
        nets in prop::collection::vec((v4_value(), 8u8..=28), 0..12),
    ) {
        let ranges: Vec<(String, IpNet)> = nets
            .iter()
            .enumerate()
            .map(|(i, (a, l))| (format!("r{i}"), format!("{}/{l}", Ipv4Addr::from(a & mask32(*l))).parse().unwrap()))
            .collect();
        let mut expected = Vec::new();
        for i in 0..nets.len() {
            for j in i + 1..nets.len() {
                let (a, la) = (nets[i].0 & mask32(nets[i].1), nets[i].1);
                let (b, lb) = (nets[j].0 & mask32(nets[j].1), nets[j].1);
                // Two aligned blocks overlap iff the shorter prefix's mask maps both to one network.
                let m = mask32(la.min(lb));
                if a & m == b & m {
                    expected.push((i, j));
                }
            }
        }
        let got: Vec<(usize, usize)> = check_overlaps(&ranges).iter().map(|o| (o.a.index, o.b.index)).collect();
        prop_assert_eq!(got, expected);
    }
}
