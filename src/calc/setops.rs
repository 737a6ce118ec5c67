//! Sets of prefixes: aggregation to the minimal covering list, how two prefixes relate,
//! address ranges to prefixes and back, and cutting prefixes out of a network.
//!
//! Everything works on the integer first and last address of each block, so a
//! million prefixes aggregate with one sort and one linear pass. A prefix written
//! with host bits set (`10.0.0.5/24`) stands for its network (`10.0.0.0/24`).

use std::fmt;
use std::net::IpAddr;

use ipnet::IpNet;
use serde::Serialize;

use super::span::{Family, Span, push_cidrs, value};

/// Why a range or an exclusion cannot be computed.
///
/// ```
/// use netdojo::calc::setops::{SetOpError, exclude};
///
/// let outside = exclude("10.0.0.0/8".parse().unwrap(), &["11.0.0.0/8".parse().unwrap()]);
/// assert!(matches!(outside, Err(SetOpError::NotInside { .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SetOpError {
    /// The two ends of a range are of different families.
    #[error("\"{start}\" and \"{end}\" mix IPv4 and IPv6: a range stays within one family")]
    MixedFamilies {
        /// The first address given.
        start: IpAddr,
        /// The last address given.
        end: IpAddr,
    },
    /// The start of a range comes after its end.
    #[error("\"{start}\" comes after \"{end}\": write the lower address first")]
    Reversed {
        /// The first address given.
        start: IpAddr,
        /// The last address given.
        end: IpAddr,
    },
    /// A prefix to exclude is not inside the network it is cut from.
    #[error("\"{excluded}\" is not inside {network}: only prefixes within it can be excluded")]
    NotInside {
        /// The prefix that was to be excluded.
        excluded: IpNet,
        /// The network it was to be cut from.
        network: IpNet,
    },
}

/// The minimal list of prefixes that covers exactly the addresses of `nets`.
///
/// IPv4 prefixes come first, then IPv6, each in address order. Overlapping,
/// duplicate and touching prefixes are merged; the result is the shortest list
/// with the same address set, so aggregating it again changes nothing.
///
/// ```
/// use ipnet::IpNet;
/// use netdojo::calc::setops::aggregate;
///
/// let nets: Vec<IpNet> = ["10.0.1.0/24", "2001:db8::/33", "10.0.0.0/24", "2001:db8:8000::/33"]
///     .iter()
///     .map(|s| s.parse().unwrap())
///     .collect();
/// let merged: Vec<String> = aggregate(&nets).iter().map(|n| n.to_string()).collect();
/// assert_eq!(merged, ["10.0.0.0/23", "2001:db8::/32"]);
/// ```
pub fn aggregate(nets: &[IpNet]) -> Vec<IpNet> {
    // IPv4 blocks pack into one u64 (first << 32 | last), which sorts several times
    // faster than pairs of u128; IPv6 blocks are rare in large lists and stay wide.
    let mut v4: Vec<u64> = Vec::new();
    let mut v6: Vec<(u128, u128)> = Vec::new();
    for &net in nets {
        let span = Span::of(net);
        match span.family {
            Family::V4 => v4.push(((span.first as u64) << 32) | span.last as u64),
            Family::V6 => v6.push((span.first, span.last)),
        }
    }
    v4.sort_unstable();
    v6.sort_unstable();
    let mut out = Vec::new();
    let v4_spans = v4
        .into_iter()
        .map(|packed| (u128::from(packed >> 32), u128::from(packed as u32)));
    merge_sorted(Family::V4, v4_spans, &mut out);
    merge_sorted(Family::V6, v6.into_iter(), &mut out);
    out
}

/// Merges spans sorted by their first address into maximal runs (overlapping or
/// touching spans join) and appends each run as its minimal prefixes.
fn merge_sorted(family: Family, spans: impl Iterator<Item = (u128, u128)>, out: &mut Vec<IpNet>) {
    let mut current: Option<(u128, u128)> = None;
    for (first, last) in spans {
        current = match current {
            Some((run_first, run_last)) if run_last.checked_add(1).is_none_or(|n| first <= n) => {
                Some((run_first, run_last.max(last)))
            }
            Some((run_first, run_last)) => {
                push_cidrs(family, run_first, run_last, out);
                Some((first, last))
            }
            None => Some((first, last)),
        };
    }
    if let Some((run_first, run_last)) = current {
        push_cidrs(family, run_first, run_last, out);
    }
}

/// How one prefix stands to another.
///
/// ```
/// use netdojo::calc::setops::{Relation, relation};
///
/// let r = relation("10.0.0.0/16".parse().unwrap(), "10.0.0.0/8".parse().unwrap());
/// assert_eq!(r, Relation::ContainedBy);
/// ```
///
/// Two prefixes either share no address or one holds the other (prefixes never
/// partly overlap), so one of these always applies. `Adjacent` means the two are
/// disjoint and touching: the last address of one is immediately followed by the
/// first address of the other, with nothing between them. Touching does not mean
/// they merge into one prefix: `10.0.1.0/24` and `10.0.2.0/24` touch but together
/// they are not a /23 (use [`aggregate`] to merge). Prefixes of different
/// families are `Disjoint`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same block of addresses.
    Equal,
    /// The first holds every address of the second, and more.
    Contains,
    /// The second holds every address of the first, and more.
    ContainedBy,
    /// No address in common, and no address between them.
    Adjacent,
    /// No address in common, and a gap (or a different family) between them.
    Disjoint,
}

impl Relation {
    /// Whether the two prefixes share at least one address.
    ///
    /// ```
    /// use netdojo::calc::setops::Relation;
    ///
    /// assert!(Relation::Contains.overlaps());
    /// assert!(!Relation::Adjacent.overlaps());
    /// ```
    pub fn overlaps(self) -> bool {
        matches!(
            self,
            Relation::Equal | Relation::Contains | Relation::ContainedBy
        )
    }

    /// The name used in text and JSON output: `equal`, `contains`, `contained_by`,
    /// `adjacent` or `disjoint`.
    ///
    /// ```
    /// use netdojo::calc::setops::Relation;
    ///
    /// assert_eq!(Relation::ContainedBy.name(), "contained_by");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Relation::Equal => "equal",
            Relation::Contains => "contains",
            Relation::ContainedBy => "contained_by",
            Relation::Adjacent => "adjacent",
            Relation::Disjoint => "disjoint",
        }
    }
}

impl fmt::Display for Relation {
    /// Writes [`Relation::name`].
    ///
    /// ```
    /// use netdojo::calc::setops::Relation;
    ///
    /// assert_eq!(Relation::Adjacent.to_string(), "adjacent");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// How `a` stands to `b` (see [`Relation`] for the exact meanings).
///
/// ```
/// use ipnet::IpNet;
/// use netdojo::calc::setops::{Relation, relation};
///
/// let net = |s: &str| s.parse::<IpNet>().unwrap();
/// assert_eq!(relation(net("10.0.0.0/8"), net("10.7.0.0/16")), Relation::Contains);
/// assert_eq!(relation(net("10.0.0.0/24"), net("10.0.1.0/24")), Relation::Adjacent);
/// assert_eq!(relation(net("10.0.0.0/24"), net("10.0.2.0/24")), Relation::Disjoint);
/// assert!(!relation(net("10.0.0.0/24"), net("10.0.1.0/24")).overlaps());
/// ```
pub fn relation(a: IpNet, b: IpNet) -> Relation {
    let (a, b) = (Span::of(a), Span::of(b));
    if a.family != b.family {
        return Relation::Disjoint;
    }
    if a.first == b.first && a.last == b.last {
        Relation::Equal
    } else if a.first <= b.first && b.last <= a.last {
        Relation::Contains
    } else if b.first <= a.first && a.last <= b.last {
        Relation::ContainedBy
    } else if a.last.checked_add(1) == Some(b.first) || b.last.checked_add(1) == Some(a.first) {
        Relation::Adjacent
    } else {
        Relation::Disjoint
    }
}

/// The minimal list of prefixes that covers `start..=end` exactly.
///
/// ```
/// use netdojo::calc::setops::range_to_cidrs;
///
/// let start = "10.0.0.5".parse().unwrap();
/// let end = "10.0.0.20".parse().unwrap();
/// let cidrs: Vec<String> = range_to_cidrs(start, end).unwrap().iter().map(|n| n.to_string()).collect();
/// assert_eq!(cidrs, ["10.0.0.5/32", "10.0.0.6/31", "10.0.0.8/29", "10.0.0.16/30", "10.0.0.20/32"]);
/// assert!(range_to_cidrs(end, start).is_err());
/// ```
pub fn range_to_cidrs(start: IpAddr, end: IpAddr) -> Result<Vec<IpNet>, SetOpError> {
    let family = Family::of_addr(start);
    if family != Family::of_addr(end) {
        return Err(SetOpError::MixedFamilies { start, end });
    }
    let (first, last) = (value(start), value(end));
    if first > last {
        return Err(SetOpError::Reversed { start, end });
    }
    let mut out = Vec::new();
    push_cidrs(family, first, last, &mut out);
    Ok(out)
}

/// The first and last address of a prefix (host bits in the input are ignored).
///
/// ```
/// use std::net::IpAddr;
/// use netdojo::calc::setops::cidr_to_range;
///
/// let (first, last) = cidr_to_range("10.0.0.0/22".parse().unwrap());
/// assert_eq!(first, "10.0.0.0".parse::<IpAddr>().unwrap());
/// assert_eq!(last, "10.0.3.255".parse::<IpAddr>().unwrap());
/// ```
pub fn cidr_to_range(net: IpNet) -> (IpAddr, IpAddr) {
    let span = Span::of(net);
    (span.family.addr(span.first), span.family.addr(span.last))
}

/// The addresses of `network` minus those of every prefix in `excluded`, as a
/// minimal list in address order.
///
/// Every excluded prefix must lie inside `network` (equal to it is fine: the
/// result is then empty); the first one that does not is the error.
///
/// ```
/// use ipnet::IpNet;
/// use netdojo::calc::setops::exclude;
///
/// let net = |s: &str| s.parse::<IpNet>().unwrap();
/// let left: Vec<String> = exclude(net("10.0.0.0/22"), &[net("10.0.1.0/24")])
///     .unwrap()
///     .iter()
///     .map(|n| n.to_string())
///     .collect();
/// assert_eq!(left, ["10.0.0.0/24", "10.0.2.0/23"]);
/// assert!(exclude(net("10.0.0.0/8"), &[net("192.168.0.0/16")]).is_err());
/// ```
pub fn exclude(network: IpNet, excluded: &[IpNet]) -> Result<Vec<IpNet>, SetOpError> {
    let whole = Span::of(network);
    let mut cuts = Vec::with_capacity(excluded.len());
    for &net in excluded {
        let cut = Span::of(net);
        if cut.family != whole.family || cut.first < whole.first || cut.last > whole.last {
            return Err(SetOpError::NotInside {
                excluded: net,
                network,
            });
        }
        cuts.push((cut.first, cut.last));
    }
    cuts.sort_unstable();
    let mut out = Vec::new();
    // `next` is the first address not yet covered by a cut or emitted; None once
    // the cuts reach the end of the address space.
    let mut next = Some(whole.first);
    for (first, last) in cuts {
        let Some(from) = next else { break };
        if first > from {
            push_cidrs(whole.family, from, first - 1, &mut out);
        }
        if last >= from {
            next = last.checked_add(1);
        }
    }
    if let Some(from) = next.filter(|&from| from <= whole.last) {
        push_cidrs(whole.family, from, whole.last, &mut out);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(s: &str) -> IpNet {
        s.parse().unwrap()
    }

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|s| net(s)).collect()
    }

    fn strings(nets: &[IpNet]) -> Vec<String> {
        nets.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn aggregate_merges_overlaps_duplicates_and_neighbours() {
        let input = nets(&[
            "10.0.0.0/24",
            "10.0.1.0/24",
            "10.0.0.128/25",
            "10.0.0.0/24",
            "10.0.3.0/24",
            "192.168.0.0/16",
        ]);
        assert_eq!(
            strings(&aggregate(&input)),
            ["10.0.0.0/23", "10.0.3.0/24", "192.168.0.0/16"]
        );
    }

    #[test]
    fn aggregate_touching_but_unaligned_stays_two() {
        let input = nets(&["10.0.1.0/24", "10.0.2.0/24"]);
        assert_eq!(strings(&aggregate(&input)), ["10.0.1.0/24", "10.0.2.0/24"]);
    }

    #[test]
    fn aggregate_puts_v4_before_v6_and_ignores_host_bits() {
        let input = nets(&[
            "2001:db8::1/64",
            "10.0.0.9/8",
            "::/0",
            "0.0.0.0/1",
            "128.0.0.0/1",
        ]);
        assert_eq!(strings(&aggregate(&input)), ["0.0.0.0/0", "::/0"]);
    }

    #[test]
    fn aggregate_of_nothing_is_nothing() {
        assert!(aggregate(&[]).is_empty());
    }

    #[test]
    fn aggregate_at_the_top_of_the_space() {
        let input = nets(&[
            "255.255.255.255/32",
            "255.255.255.254/32",
            "255.255.255.252/31",
        ]);
        assert_eq!(strings(&aggregate(&input)), ["255.255.255.252/30"]);
        let input = nets(&[
            "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128",
            "::/1",
            "8000::/1",
        ]);
        assert_eq!(strings(&aggregate(&input)), ["::/0"]);
    }

    #[test]
    fn relations() {
        let cases = [
            ("10.0.0.0/24", "10.0.0.0/24", Relation::Equal),
            ("10.0.0.7/24", "10.0.0.0/24", Relation::Equal),
            ("10.0.0.0/8", "10.7.0.0/16", Relation::Contains),
            ("10.7.0.0/16", "10.0.0.0/8", Relation::ContainedBy),
            ("10.0.1.0/24", "10.0.0.0/24", Relation::Adjacent),
            ("10.0.1.0/24", "10.0.2.0/24", Relation::Adjacent),
            ("10.0.0.0/24", "10.0.2.0/24", Relation::Disjoint),
            ("10.0.0.0/8", "::/0", Relation::Disjoint),
            ("0.0.0.0/0", "0.0.0.0/0", Relation::Equal),
            ("255.255.255.255/32", "0.0.0.0/32", Relation::Disjoint),
            ("::/1", "8000::/1", Relation::Adjacent),
        ];
        for (a, b, expected) in cases {
            assert_eq!(relation(net(a), net(b)), expected, "{a} vs {b}");
        }
    }

    #[test]
    fn relation_names_match_serde() {
        for r in [
            Relation::Equal,
            Relation::Contains,
            Relation::ContainedBy,
            Relation::Adjacent,
            Relation::Disjoint,
        ] {
            assert_eq!(
                serde_json::to_string(&r).unwrap(),
                format!("\"{}\"", r.name())
            );
        }
    }

    #[test]
    fn ranges() {
        let a = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(
            strings(&range_to_cidrs(a("10.0.0.5"), a("10.0.0.77")).unwrap()),
            [
                "10.0.0.5/32",
                "10.0.0.6/31",
                "10.0.0.8/29",
                "10.0.0.16/28",
                "10.0.0.32/27",
                "10.0.0.64/29",
                "10.0.0.72/30",
                "10.0.0.76/31"
            ]
        );
        assert_eq!(
            strings(&range_to_cidrs(a("0.0.0.0"), a("255.255.255.255")).unwrap()),
            ["0.0.0.0/0"]
        );
        assert_eq!(
            strings(
                &range_to_cidrs(a("::"), a("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")).unwrap()
            ),
            ["::/0"]
        );
        assert_eq!(
            strings(&range_to_cidrs(a("::1"), a("::1")).unwrap()),
            ["::1/128"]
        );
        assert_eq!(
            range_to_cidrs(a("10.0.0.9"), a("10.0.0.1"))
                .unwrap_err()
                .to_string(),
            "\"10.0.0.9\" comes after \"10.0.0.1\": write the lower address first"
        );
        assert_eq!(
            range_to_cidrs(a("10.0.0.1"), a("2001:db8::1"))
                .unwrap_err()
                .to_string(),
            "\"10.0.0.1\" and \"2001:db8::1\" mix IPv4 and IPv6: a range stays within one family"
        );
    }

    #[test]
    fn cidr_ranges() {
        let (first, last) = cidr_to_range(net("2001:db8::/32"));
        assert_eq!(first.to_string(), "2001:db8::");
        assert_eq!(last.to_string(), "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff");
        let (first, last) = cidr_to_range(net("10.1.2.3/32"));
        assert_eq!(
            (first.to_string(), last.to_string()),
            ("10.1.2.3".into(), "10.1.2.3".into())
        );
    }

    #[test]
    fn exclusions() {
        assert_eq!(
            strings(&exclude(net("10.0.0.0/8"), &nets(&["10.7.0.0/16"])).unwrap()),
            [
                "10.0.0.0/14",
                "10.4.0.0/15",
                "10.6.0.0/16",
                "10.8.0.0/13",
                "10.16.0.0/12",
                "10.32.0.0/11",
                "10.64.0.0/10",
                "10.128.0.0/9"
            ]
        );
        assert!(
            exclude(net("10.0.0.0/8"), &nets(&["10.0.0.0/8"]))
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            strings(&exclude(net("10.0.0.0/24"), &[]).unwrap()),
            ["10.0.0.0/24"]
        );
        // overlapping and unsorted cuts
        assert_eq!(
            strings(
                &exclude(
                    net("10.0.0.0/24"),
                    &nets(&[
                        "10.0.0.128/25",
                        "10.0.0.0/26",
                        "10.0.0.0/27",
                        "10.0.0.192/26"
                    ])
                )
                .unwrap()
            ),
            ["10.0.0.64/26"]
        );
        assert!(
            exclude(net("::/0"), &nets(&["::/1", "8000::/1"]))
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            strings(&exclude(net("::/0"), &nets(&["::/1"])).unwrap()),
            ["8000::/1"]
        );
    }

    #[test]
    fn exclusion_outside_is_an_error() {
        let err = exclude(net("10.0.0.0/8"), &nets(&["10.1.0.0/16", "11.0.0.0/16"])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"11.0.0.0/16\" is not inside 10.0.0.0/8: only prefixes within it can be excluded"
        );
        let err = exclude(net("10.0.0.0/16"), &nets(&["10.0.0.0/8"])).unwrap_err();
        assert!(matches!(err, SetOpError::NotInside { .. }));
        let err = exclude(net("10.0.0.0/8"), &nets(&["::/0"])).unwrap_err();
        assert!(matches!(err, SetOpError::NotInside { .. }));
    }
}
