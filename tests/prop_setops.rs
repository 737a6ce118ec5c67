//! Property tests of splitting and the set operations against a reference written
//! here with plain integer arithmetic (first/last addresses as u64 or u128).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::{IpNet, Ipv4Net, Ipv6Net};
use netdojo::calc::setops::{
    Relation, aggregate, cidr_to_range, exclude, range_to_cidrs, relation,
};
use netdojo::calc::split::{HostRule, smallest_prefix_for_hosts, split_into, subnets, vlsm};
use proptest::prelude::*;

// ---------------------------------------------------------------- reference

/// First and last address of an IPv4 block, from its address and prefix.
fn v4_range(addr: u32, prefix: u8) -> (u64, u64) {
    let size = 1u64 << (32 - u32::from(prefix));
    let first = u64::from(addr) / size * size;
    (first, first + size - 1)
}

/// First and last address of any block as u128 (IPv4 in the low 32 bits).
fn range_of(net: &IpNet) -> (u128, u128) {
    match net {
        IpNet::V4(n) => {
            let (f, l) = v4_range(u32::from(n.addr()), n.prefix_len());
            (u128::from(f), u128::from(l))
        }
        IpNet::V6(n) => {
            let host_bits = 128 - u32::from(n.prefix_len());
            let host = if host_bits == 128 {
                u128::MAX
            } else {
                (1u128 << host_bits) - 1
            };
            let first = u128::from(n.addr()) & !host;
            (first, first | host)
        }
    }
}

fn is_v4(net: &IpNet) -> bool {
    matches!(net, IpNet::V4(_))
}

/// Sorted ranges with overlapping and touching ones joined.
fn merged(mut ranges: Vec<(u128, u128)>) -> Vec<(u128, u128)> {
    ranges.sort();
    let mut out: Vec<(u128, u128)> = Vec::new();
    for (f, l) in ranges {
        match out.last_mut() {
            Some(last) if last.1 == u128::MAX || f <= last.1 + 1 => last.1 = last.1.max(l),
            _ => out.push((f, l)),
        }
    }
    out
}

/// How many prefixes the shortest exact cover of `first..=last` has (IPv4).
fn min_cidr_count_v4(first: u64, last: u64) -> usize {
    let mut start = first;
    let mut count = 0;
    while start <= last {
        let mut size = 1u64;
        while size < (1 << 32) && start % (size * 2) == 0 && start + size * 2 - 1 <= last {
            size *= 2;
        }
        count += 1;
        start += size;
    }
    count
}

fn v4net(addr: u32, prefix: u8) -> IpNet {
    IpNet::V4(Ipv4Net::new(Ipv4Addr::from(addr), prefix).unwrap().trunc())
}

fn v6net(addr: u128, prefix: u8) -> IpNet {
    IpNet::V6(Ipv6Net::new(Ipv6Addr::from(addr), prefix).unwrap().trunc())
}

/// Usable hosts of an IPv4 block under a rule, from the stated conventions.
fn usable_ref(prefix: u8, rule: HostRule) -> Option<u64> {
    let total = 1u64 << (32 - u32::from(prefix));
    match rule {
        HostRule::Classic if prefix == 32 => Some(1),
        HostRule::Classic if prefix == 31 => Some(2),
        HostRule::Classic => Some(total - 2),
        HostRule::Aws if (16..=28).contains(&prefix) => Some(total - 5),
        HostRule::Aws => None,
    }
}

// ---------------------------------------------------------------- strategies

fn any_v4() -> impl Strategy<Value = IpNet> {
    (any::<u32>(), 0u8..=32).prop_map(|(a, p)| v4net(a, p))
}

/// IPv4 blocks crowded into 10.0.0.0/20 so that lists overlap and touch often.
fn crowded_v4() -> impl Strategy<Value = IpNet> {
    (0u32..4096, 20u8..=32).prop_map(|(off, p)| v4net(0x0a00_0000 + off, p))
}

fn crowded_v6() -> impl Strategy<Value = IpNet> {
    (0u128..65536, 112u8..=128).prop_map(|(off, p)| v6net((0x2001_0db8u128 << 96) + off, p))
}

fn rule() -> impl Strategy<Value = HostRule> {
    prop_oneof![Just(HostRule::Classic), Just(HostRule::Aws)]
}

// ---------------------------------------------------------------- split

proptest! {
    #[test]
    fn split_v4_tiles_the_parent_in_order(addr in any::<u32>(), prefix in 0u8..=32, extra in 0u8..=10) {
        let new_prefix = prefix.saturating_add(extra).min(32);
        let parent = v4net(addr, prefix);
        let parts: Vec<IpNet> = subnets(parent, new_prefix).unwrap().collect();
        let (pf, pl) = range_of(&parent);
        prop_assert_eq!(parts.len() as u64, 1u64 << (new_prefix - prefix));
        let mut expected_first = pf;
        for part in &parts {
            prop_assert_eq!(part.prefix_len(), new_prefix);
            let (f, l) = range_of(part);
            prop_assert_eq!(part.addr(), part.network());
            prop_assert_eq!(f, expected_first);
            expected_first = l + 1;
        }
        prop_assert_eq!(expected_first, pl + 1);
    }

    #[test]
    fn split_v6_tiles_the_parent_in_order(addr in any::<u128>(), prefix in 0u8..=128, extra in 0u8..=8) {
        let new_prefix = prefix.saturating_add(extra).min(128);
        let parent = v6net(addr, prefix);
        let parts: Vec<IpNet> = subnets(parent, new_prefix).unwrap().collect();
        let (pf, pl) = range_of(&parent);
        prop_assert_eq!(parts.len() as u64, 1u64 << (new_prefix - prefix));
        prop_assert_eq!(range_of(&parts[0]).0, pf);
        prop_assert_eq!(range_of(parts.last().unwrap()).1, pl);
        for pair in parts.windows(2) {
            prop_assert_eq!(range_of(&pair[0]).1.checked_add(1), Some(range_of(&pair[1]).0));
        }
    }

    #[test]
    fn split_rejects_prefixes_outside_the_parent(addr in any::<u32>(), prefix in 1u8..=32, new_prefix in 0u8..=40) {
        let parent = v4net(addr, prefix);
        let ok = new_prefix >= prefix && new_prefix <= 32;
        prop_assert_eq!(subnets(parent, new_prefix).is_ok(), ok);
    }

    #[test]
    fn equal_parts_round_up_to_a_power_of_two(addr in any::<u32>(), prefix in 0u8..=22, parts in 1u64..=1024) {
        let parent = v4net(addr, prefix);
        let split = split_into(parent, parts).unwrap();
        let mut produced = 1u64;
        let mut bits = 0u8;
        while produced < parts {
            produced *= 2;
            bits += 1;
        }
        prop_assert_eq!(split.produced, produced);
        prop_assert_eq!(split.subnets.prefix(), prefix + bits);
        prop_assert_eq!(split.subnets.count() as u64, produced);
    }

    #[test]
    fn smallest_prefix_is_the_tightest_fit(hosts in 1u64..=70_000, rule in rule()) {
        let found = smallest_prefix_for_hosts(hosts, rule);
        let fits = |p: u8| usable_ref(p, rule).is_some_and(|u| u >= hosts);
        let expected = (0u8..=32).rev().find(|&p| fits(p));
        prop_assert_eq!(found.ok(), expected);
    }
}

// ---------------------------------------------------------------- VLSM

proptest! {
    #[test]
    fn vlsm_blocks_fit_and_tile_the_parent(
        addr in any::<u32>(),
        prefix in 16u8..=28,
        hosts in prop::collection::vec(1u64..=3000, 1..7),
        rule in rule(),
    ) {
        let parent = v4net(addr, prefix);
        let (pf, pl) = range_of(&parent);
        // Reference: each requirement's block size, and whether they all fit.
        let needed: Option<Vec<u8>> = hosts
            .iter()
            .map(|&h| (0u8..=32).rev().find(|&p| usable_ref(p, rule).is_some_and(|u| u >= h)))
            .collect();
        let fits = needed.as_ref().is_some_and(|ps| {
            ps.iter().all(|&p| p >= prefix)
                && ps.iter().map(|&p| 1u128 << (32 - u32::from(p))).sum::<u128>() <= pl - pf + 1
        });
        match vlsm(parent, &hosts, rule) {
            Err(_) => prop_assert!(!fits),
            Ok(plan) => {
                prop_assert!(fits);
                let needed = needed.unwrap();
                prop_assert_eq!(plan.blocks.len(), hosts.len());
                let mut pieces = Vec::new();
                for block in &plan.blocks {
                    let i = block.position - 1;
                    prop_assert_eq!(block.hosts, hosts[i]);
                    prop_assert_eq!(block.net.prefix_len(), needed[i]);
                    let usable = usable_ref(block.net.prefix_len(), rule).unwrap();
                    prop_assert!(usable >= block.hosts);
                    prop_assert_eq!(u128::from(usable), block.usable);
                    pieces.push(range_of(&block.net));
                }
                // largest first, ties in list order
                for pair in plan.blocks.windows(2) {
                    prop_assert!(
                        pair[0].hosts > pair[1].hosts
                            || (pair[0].hosts == pair[1].hosts && pair[0].position < pair[1].position)
                    );
                }
                pieces.extend(plan.unused.iter().map(range_of));
                pieces.sort();
                let mut expected_first = pf;
                for (f, l) in pieces {
                    prop_assert_eq!(f, expected_first);
                    expected_first = l + 1;
                }
                prop_assert_eq!(expected_first, pl + 1);
                let unused: Vec<(u128, u128)> = plan.unused.iter().map(range_of).collect();
                let gap: usize = merged(unused.clone())
                    .iter()
                    .map(|&(f, l)| min_cidr_count_v4(f as u64, l as u64))
                    .sum();
                prop_assert_eq!(plan.unused.len(), gap);
            }
        }
    }
}

// ---------------------------------------------------------------- aggregate

fn mixed_list() -> impl Strategy<Value = Vec<IpNet>> {
    prop::collection::vec(
        prop_oneof![4 => crowded_v4(), 1 => any_v4(), 2 => crowded_v6()],
        0..60,
    )
}

proptest! {
    #[test]
    fn aggregate_keeps_the_address_set_and_is_minimal(list in mixed_list()) {
        let out = aggregate(&list);
        for v4 in [true, false] {
            let ins: Vec<(u128, u128)> = list.iter().filter(|n| is_v4(n) == v4).map(range_of).collect();
            let outs: Vec<(u128, u128)> = out.iter().filter(|n| is_v4(n) == v4).map(range_of).collect();
            let want = merged(ins);
            prop_assert_eq!(merged(outs.clone()), want.clone());
            // sorted, and no two outputs overlap or could join into one prefix
            for pair in outs.windows(2) {
                prop_assert!(pair[0].1 < pair[1].0);
            }
            for a in &outs {
                for b in &outs {
                    if a == b { continue; }
                    let size_a = a.1 - a.0 + 1;
                    let mergeable = size_a == b.1 - b.0 + 1
                        && a.1 + 1 == b.0
                        && a.0 % (size_a * 2) == 0;
                    prop_assert!(!mergeable);
                    prop_assert!(!(a.0 <= b.0 && b.1 <= a.1));
                }
            }
            if v4 {
                let min: usize = want.iter().map(|&(f, l)| min_cidr_count_v4(f as u64, l as u64)).sum();
                prop_assert_eq!(outs.len(), min);
            }
        }
        // IPv4 first, then IPv6
        let first_v6 = out.iter().position(|n| !is_v4(n)).unwrap_or(out.len());
        prop_assert!(out[first_v6..].iter().all(|n| !is_v4(n)));
        prop_assert_eq!(aggregate(&out), out.clone());
    }

    #[test]
    fn aggregate_any_v4_list(list in prop::collection::vec(any_v4(), 0..40)) {
        let out = aggregate(&list);
        let want = merged(list.iter().map(range_of).collect());
        prop_assert_eq!(merged(out.iter().map(range_of).collect()), want.clone());
        let min: usize = want.iter().map(|&(f, l)| min_cidr_count_v4(f as u64, l as u64)).sum();
        prop_assert_eq!(out.len(), min);
    }
}

// ---------------------------------------------------------------- relation

proptest! {
    #[test]
    fn relation_matches_ranges(a in crowded_v4(), b in crowded_v4()) {
        let (af, al) = range_of(&a);
        let (bf, bl) = range_of(&b);
        let expected = if (af, al) == (bf, bl) {
            Relation::Equal
        } else if af <= bf && bl <= al {
            Relation::Contains
        } else if bf <= af && al <= bl {
            Relation::ContainedBy
        } else if al + 1 == bf || bl + 1 == af {
            Relation::Adjacent
        } else {
            Relation::Disjoint
        };
        let r = relation(a, b);
        prop_assert_eq!(r, expected);
        prop_assert_eq!(r.overlaps(), af <= bl && bf <= al);
    }
}

// ---------------------------------------------------------------- ranges

proptest! {
    #[test]
    fn v4_range_round_trip(a in any::<u32>(), b in any::<u32>()) {
        let (lo, hi) = (a.min(b), a.max(b));
        let cidrs = range_to_cidrs(IpAddr::V4(lo.into()), IpAddr::V4(hi.into())).unwrap();
        let mut next = u128::from(lo);
        for net in &cidrs {
            let (f, l) = range_of(net);
            prop_assert_eq!(f, next);
            next = l + 1;
        }
        prop_assert_eq!(next, u128::from(hi) + 1);
        prop_assert_eq!(cidrs.len(), min_cidr_count_v4(u64::from(lo), u64::from(hi)));
        if lo != hi {
            prop_assert!(range_to_cidrs(IpAddr::V4(hi.into()), IpAddr::V4(lo.into())).is_err());
        }
    }

    #[test]
    fn v6_range_covers_exactly(a in any::<u128>(), b in any::<u128>()) {
        let (lo, hi) = (a.min(b), a.max(b));
        let cidrs = range_to_cidrs(IpAddr::V6(lo.into()), IpAddr::V6(hi.into())).unwrap();
        prop_assert!(cidrs.len() <= 2 * 128);
        let mut next = Some(lo);
        for net in &cidrs {
            let (f, l) = range_of(net);
            prop_assert_eq!(Some(f), next);
            next = l.checked_add(1);
        }
        prop_assert_eq!(next, hi.checked_add(1));
    }

    #[test]
    fn cidr_to_range_and_back(net in prop_oneof![any_v4(), any::<(u128, u8)>().prop_map(|(a, p)| v6net(a, p % 129))]) {
        let (first, last) = cidr_to_range(net);
        let (f, l) = range_of(&net);
        let as_int = |a: IpAddr| match a {
            IpAddr::V4(a) => u128::from(u32::from(a)),
            IpAddr::V6(a) => u128::from(a),
        };
        prop_assert_eq!((as_int(first), as_int(last)), (f, l));
        prop_assert_eq!(range_to_cidrs(first, last).unwrap(), vec![net]);
    }
}

// ---------------------------------------------------------------- exclude

fn parent_and_cuts() -> impl Strategy<Value = (IpNet, Vec<IpNet>)> {
    (any::<u32>(), 8u8..=24).prop_flat_map(|(addr, prefix)| {
        let parent = v4net(addr, prefix);
        let base = range_of(&parent).0 as u32;
        let span = 32 - u32::from(prefix);
        let cut = (0u32..=u32::MAX, prefix..=32).prop_map(move |(off, p)| {
            let off = if span == 32 {
                off
            } else {
                off & ((1 << span) - 1)
            };
            v4net(base | off, p)
        });
        (Just(parent), prop::collection::vec(cut, 0..8))
    })
}

proptest! {
    #[test]
    fn exclude_partitions_the_parent((parent, cuts) in parent_and_cuts()) {
        let left = exclude(parent, &cuts).unwrap();
        let left_ranges: Vec<(u128, u128)> = left.iter().map(range_of).collect();
        let cut_ranges: Vec<(u128, u128)> = cuts.iter().map(range_of).collect();
        for l in &left_ranges {
            for c in &cut_ranges {
                prop_assert!(l.1 < c.0 || c.1 < l.0, "{:?} overlaps cut {:?}", l, c);
            }
        }
        for pair in left_ranges.windows(2) {
            prop_assert!(pair[0].1 < pair[1].0);
        }
        let mut all = left_ranges.clone();
        all.extend(cut_ranges.iter().copied());
        prop_assert_eq!(merged(all), vec![range_of(&parent)]);
        let min: usize = merged(left_ranges)
            .iter()
            .map(|&(f, l)| min_cidr_count_v4(f as u64, l as u64))
            .sum();
        prop_assert_eq!(left.len(), min);
    }

    #[test]
    fn exclude_outside_is_refused(a in any_v4(), b in any_v4()) {
        let (af, al) = range_of(&a);
        let (bf, bl) = range_of(&b);
        let inside = af <= bf && bl <= al;
        prop_assert_eq!(exclude(a, &[b]).is_ok(), inside);
    }
}
