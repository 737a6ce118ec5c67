//! Splitting a network: into subnets of one prefix, into N equal parts, and by host
//! requirements (VLSM).
//!
//! Splits by prefix and by count are lazy iterators that hold three integers, so
//! listing every /32 of a /8 (16.7 million blocks) takes constant memory. A network
//! written with host bits set (`10.1.2.3/8`) is split as its network (`10.0.0.0/8`).

use std::fmt;

use ipnet::IpNet;
use serde::Serialize;

use super::info;
use super::setops::range_to_cidrs;
use super::span::{Family, Span, host_mask};

/// The most parts [`split_into`] accepts: 2^32.
///
/// ```
/// use netdojo::calc::split::{MAX_PARTS, split_into};
///
/// assert!(split_into("0.0.0.0/0".parse().unwrap(), MAX_PARTS).is_ok());
/// assert!(split_into("::/0".parse().unwrap(), MAX_PARTS + 1).is_err());
/// ```
pub const MAX_PARTS: u64 = 1 << 32;

/// Which addresses of a block count as usable hosts.
///
/// ```
/// use netdojo::calc::split::{HostRule, smallest_prefix_for_hosts};
///
/// // A /24 holds 254 hosts classically but 251 under AWS (256 - 5).
/// assert_eq!(smallest_prefix_for_hosts(252, HostRule::Classic), Ok(24));
/// assert_eq!(smallest_prefix_for_hosts(252, HostRule::Aws), Ok(23));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HostRule {
    /// IPv4 loses the network and broadcast addresses (/0 to /30); a /31 has 2
    /// usable (RFC 3021 point-to-point) and a /32 has 1. IPv6: every address counts.
    Classic,
    /// An AWS VPC subnet: 5 reserved addresses (network, router, DNS, one reserved for
    /// future use, broadcast); IPv4 only, and only /16 to /28.
    Aws,
}

impl fmt::Display for HostRule {
    /// `classic` or `AWS`.
    ///
    /// ```
    /// use netdojo::calc::split::HostRule;
    ///
    /// assert_eq!(HostRule::Aws.to_string(), "AWS");
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HostRule::Classic => "classic",
            HostRule::Aws => "AWS",
        })
    }
}

/// Why no block can hold a number of hosts.
///
/// ```
/// use netdojo::calc::split::{HostRule, HostsError, smallest_prefix_for_hosts};
///
/// assert_eq!(smallest_prefix_for_hosts(0, HostRule::Classic), Err(HostsError::Zero));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HostsError {
    /// Zero hosts were asked for.
    #[error("a block of \"0\" hosts is empty: each requirement needs at least 1 host")]
    Zero,
    /// More hosts than the largest block allowed by the rule holds.
    #[error(
        "a block of \"{hosts}\" hosts does not fit any {rule} subnet: the largest, a /{largest}, has {usable} usable"
    )]
    TooMany {
        /// The hosts asked for.
        hosts: u64,
        /// The rule the block was sized under.
        rule: HostRule,
        /// The largest block the rule allows.
        largest: u8,
        /// How many hosts that block holds.
        usable: u128,
    },
}

/// Why a network cannot be split as asked.
///
/// ```
/// use netdojo::calc::split::split_into;
///
/// let err = split_into("10.0.0.0/24".parse().unwrap(), 0).unwrap_err();
/// assert_eq!(err.to_string(), "cannot split into \"0\" parts: ask for at least 1");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SplitError {
    /// The new prefix is shorter than the network's or longer than an address.
    #[error(
        "\"/{prefix}\" is not a prefix {network} splits into: use /{} to /{}",
        network.prefix_len(),
        network.max_prefix_len()
    )]
    PrefixOutOfRange {
        /// The prefix asked for.
        prefix: u8,
        /// The network to split.
        network: IpNet,
    },
    /// Zero parts were asked for.
    #[error("cannot split into \"0\" parts: ask for at least 1")]
    ZeroParts,
    /// More than [`MAX_PARTS`] parts were asked for.
    #[error("cannot split into \"{parts}\" parts: at most 4294967296 (2^32)")]
    TooManyParts {
        /// The parts asked for.
        parts: u64,
    },
    /// The network holds fewer addresses than the parts asked for.
    #[error("cannot split {network} into \"{parts}\" parts: it holds only {addresses} addresses")]
    NotEnoughAddresses {
        /// The parts asked for.
        parts: u64,
        /// The network to split.
        network: IpNet,
        /// How many addresses it holds.
        addresses: u128,
    },
    /// The list of host requirements is empty.
    #[error("no host requirements: give a list such as 500,200,50")]
    NoRequirements,
    /// The AWS rule was asked for on an IPv6 network.
    #[error("\"{network}\" is IPv6: the AWS rule sizes IPv4 subnets only")]
    AwsNeedsIpv4 {
        /// The network to split.
        network: IpNet,
    },
    /// One requirement cannot be met by any block.
    #[error("{source} (requirement {position} of the list)")]
    Hosts {
        /// Where the requirement is in the list given, from 1.
        position: usize,
        /// What is wrong with it.
        source: HostsError,
    },
    /// One requirement needs a block larger than the whole network.
    #[error(
        "a block of \"{hosts}\" hosts (requirement {position}) needs a /{prefix}, larger than {network}"
    )]
    LargerThanNetwork {
        /// Where the requirement is in the list given, from 1.
        position: usize,
        /// The hosts asked for.
        hosts: u64,
        /// The prefix of the smallest block that holds them.
        prefix: u8,
        /// The network to split.
        network: IpNet,
    },
    /// The blocks placed before this requirement fill the network.
    #[error(
        "a block of \"{hosts}\" hosts (requirement {position}) needs a /{prefix}, but the blocks placed before it fill {network}"
    )]
    NoRoom {
        /// Where the requirement is in the list given, from 1.
        position: usize,
        /// The hosts asked for.
        hosts: u64,
        /// The prefix of the smallest block that holds them.
        prefix: u8,
        /// The network to split.
        network: IpNet,
    },
}

/// The subnets of one prefix inside a network, in address order, made one at a time.
///
/// ```
/// use netdojo::calc::split::subnets;
///
/// let mut all = subnets("10.0.0.0/8".parse().unwrap(), 32).unwrap();
/// assert_eq!(all.remaining(), Some(16_777_216));
/// assert_eq!(all.next().unwrap().to_string(), "10.0.0.0/32");
/// assert_eq!(all.last().unwrap().to_string(), "10.255.255.255/32");
/// ```
#[derive(Debug, Clone)]
pub struct Subnets {
    family: Family,
    prefix: u8,
    next: u128,
    last_start: u128,
    done: bool,
}

impl Subnets {
    /// The prefix of every subnet this yields.
    ///
    /// ```
    /// use netdojo::calc::split::subnets;
    ///
    /// assert_eq!(subnets("10.0.0.0/16".parse().unwrap(), 24).unwrap().prefix(), 24);
    /// ```
    pub fn prefix(&self) -> u8 {
        self.prefix
    }

    /// How many subnets are still to come; `None` only for 2^128 (`::/0` into /128s).
    ///
    /// ```
    /// use netdojo::calc::split::subnets;
    ///
    /// let mut quarters = subnets("10.0.0.0/24".parse().unwrap(), 26).unwrap();
    /// quarters.next();
    /// assert_eq!(quarters.remaining(), Some(3));
    /// assert_eq!(subnets("::/0".parse().unwrap(), 128).unwrap().remaining(), None);
    /// ```
    pub fn remaining(&self) -> Option<u128> {
        if self.done {
            return Some(0);
        }
        let size_bits = u32::from(self.family.bits() - self.prefix);
        self.last_start
            .saturating_sub(self.next)
            .checked_shr(size_bits)
            .unwrap_or(0)
            .checked_add(1)
    }
}

impl Iterator for Subnets {
    type Item = IpNet;

    fn next(&mut self) -> Option<IpNet> {
        if self.done {
            return None;
        }
        let current = self.next;
        let following = (current | host_mask(self.family, self.prefix)).checked_add(1);
        match following {
            Some(n) if current != self.last_start => self.next = n,
            _ => self.done = true,
        }
        Some(self.family.net(current, self.prefix))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self.remaining().map(usize::try_from) {
            Some(Ok(n)) => (n, Some(n)),
            _ => (usize::MAX, None),
        }
    }
}

impl DoubleEndedIterator for Subnets {
    /// Takes subnets from the high end, so the last one costs no walk.
    ///
    /// ```
    /// use netdojo::calc::split::subnets;
    ///
    /// let mut all = subnets("10.0.0.0/8".parse().unwrap(), 24).unwrap();
    /// assert_eq!(all.next_back().unwrap().to_string(), "10.255.255.0/24");
    /// assert_eq!(all.remaining(), Some(65_535));
    /// ```
    fn next_back(&mut self) -> Option<IpNet> {
        if self.done {
            return None;
        }
        let current = self.last_start;
        let step = host_mask(self.family, self.prefix).checked_add(1);
        match step.and_then(|step| current.checked_sub(step)) {
            Some(previous) if current != self.next => self.last_start = previous,
            _ => self.done = true,
        }
        Some(self.family.net(current, self.prefix))
    }
}

/// Every subnet of `prefix` inside `network`, lazily, in address order.
///
/// `prefix` must be from the network's own prefix (which yields the network itself)
/// to the address width (32 or 128).
///
/// ```
/// use netdojo::calc::split::subnets;
///
/// let parts: Vec<String> = subnets("10.0.0.0/24".parse().unwrap(), 26)
///     .unwrap()
///     .map(|n| n.to_string())
///     .collect();
/// assert_eq!(parts, ["10.0.0.0/26", "10.0.0.64/26", "10.0.0.128/26", "10.0.0.192/26"]);
/// assert!(subnets("10.0.0.0/24".parse().unwrap(), 16).is_err());
/// ```
pub fn subnets(network: IpNet, prefix: u8) -> Result<Subnets, SplitError> {
    if prefix < network.prefix_len() || prefix > network.max_prefix_len() {
        return Err(SplitError::PrefixOutOfRange { prefix, network });
    }
    let span = Span::of(network);
    Ok(Subnets {
        family: span.family,
        prefix,
        next: span.first,
        last_start: span.last & !host_mask(span.family, prefix),
        done: false,
    })
}

/// A network cut into equal parts: the requested count rounded up to a power of two.
///
/// ```
/// use netdojo::calc::split::split_into;
///
/// let split = split_into("10.0.0.0/24".parse().unwrap(), 3).unwrap();
/// assert_eq!((split.requested, split.produced), (3, 4));
/// assert!(split.rounded_up());
/// assert_eq!(split.subnets.prefix(), 26);
/// ```
#[derive(Debug, Clone)]
pub struct EqualSplit {
    /// The parts asked for.
    pub requested: u64,
    /// The parts made: the smallest power of two at least `requested`.
    pub produced: u64,
    /// The parts themselves.
    pub subnets: Subnets,
}

impl EqualSplit {
    /// Whether more parts were made than asked for.
    ///
    /// ```
    /// use netdojo::calc::split::split_into;
    ///
    /// assert!(!split_into("10.0.0.0/24".parse().unwrap(), 4).unwrap().rounded_up());
    /// ```
    pub fn rounded_up(&self) -> bool {
        self.produced != self.requested
    }
}

/// Splits `network` into equal parts: the smallest prefix that gives at least
/// `parts` subnets, and every subnet of that prefix.
///
/// Equal blocks of addresses only come in powers of two, so 3 parts gives 4
/// quarters; 1 part gives the network itself. At most [`MAX_PARTS`].
///
/// ```
/// use netdojo::calc::split::split_into;
///
/// let parts: Vec<String> = split_into("10.0.0.0/16".parse().unwrap(), 2)
///     .unwrap()
///     .subnets
///     .map(|n| n.to_string())
///     .collect();
/// assert_eq!(parts, ["10.0.0.0/17", "10.0.128.0/17"]);
/// assert!(split_into("10.0.0.0/30".parse().unwrap(), 5).is_err());
/// ```
pub fn split_into(network: IpNet, parts: u64) -> Result<EqualSplit, SplitError> {
    if parts == 0 {
        return Err(SplitError::ZeroParts);
    }
    if parts > MAX_PARTS {
        return Err(SplitError::TooManyParts { parts });
    }
    // ceil(log2(parts)); parts <= 2^32 keeps it at most 32
    let extra_bits = (u64::BITS - (parts - 1).leading_zeros()) as u8;
    let prefix = network.prefix_len() + extra_bits;
    if prefix > network.max_prefix_len() {
        let size_bits = u32::from(network.max_prefix_len() - network.prefix_len());
        return Err(SplitError::NotEnoughAddresses {
            parts,
            network,
            addresses: 1u128 << size_bits,
        });
    }
    Ok(EqualSplit {
        requested: parts,
        produced: 1 << extra_bits,
        subnets: subnets(network, prefix)?,
    })
}

/// Usable hosts in one block of `prefix` under `rule`, or `None` where AWS refuses
/// the block size: the subnet calculator's own conventions, so a VLSM plan and the
/// info of its blocks always agree. `::/0` holds 2^128, which saturates to u128::MAX;
/// no host requirement (a u64) comes near it.
fn usable_hosts(family: Family, prefix: u8, rule: HostRule) -> Option<u128> {
    let v6 = family == Family::V6;
    match rule {
        HostRule::Classic => Some(
            info::usable_hosts(prefix, v6)
                .to_u128()
                .unwrap_or(u128::MAX),
        ),
        HostRule::Aws if v6 => None,
        HostRule::Aws => info::aws_usable(prefix).ok().map(u128::from),
    }
}

/// The longest prefix (smallest block) in `family` holding `hosts` under `rule`.
fn smallest_prefix_in(family: Family, hosts: u64, rule: HostRule) -> Result<u8, HostsError> {
    if hosts == 0 {
        return Err(HostsError::Zero);
    }
    let mut largest = None;
    // Usable hosts never shrink as the prefix gets shorter, so the first fit
    // scanning from the longest prefix is the smallest block.
    for prefix in (0..=family.bits()).rev() {
        if let Some(usable) = usable_hosts(family, prefix, rule) {
            if usable >= u128::from(hosts) {
                return Ok(prefix);
            }
            largest = Some((prefix, usable));
        }
    }
    let (largest, usable) = largest.unwrap_or((0, 0));
    Err(HostsError::TooMany {
        hosts,
        rule,
        largest,
        usable,
    })
}

/// The longest IPv4 prefix (the smallest block) with at least `hosts` usable hosts
/// under `rule`.
///
/// ```
/// use netdojo::calc::split::{HostRule, smallest_prefix_for_hosts};
///
/// assert_eq!(smallest_prefix_for_hosts(50, HostRule::Classic), Ok(26)); // 62 usable
/// assert_eq!(smallest_prefix_for_hosts(62, HostRule::Classic), Ok(26));
/// assert_eq!(smallest_prefix_for_hosts(62, HostRule::Aws), Ok(25)); // a /26 has 59
/// assert_eq!(smallest_prefix_for_hosts(2, HostRule::Classic), Ok(31)); // RFC 3021
/// assert_eq!(smallest_prefix_for_hosts(1, HostRule::Aws), Ok(28)); // AWS minimum
/// assert!(smallest_prefix_for_hosts(70_000, HostRule::Aws).is_err());
/// ```
pub fn smallest_prefix_for_hosts(hosts: u64, rule: HostRule) -> Result<u8, HostsError> {
    smallest_prefix_in(Family::V4, hosts, rule)
}

/// One block of a VLSM plan.
///
/// ```
/// use netdojo::calc::split::{HostRule, vlsm};
///
/// let plan = vlsm("10.0.0.0/24".parse().unwrap(), &[20], HostRule::Classic).unwrap();
/// let block = &plan.blocks[0];
/// assert_eq!((block.position, block.hosts, block.usable), (1, 20, 30));
/// assert_eq!(block.net.to_string(), "10.0.0.0/27");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VlsmBlock {
    /// Where its requirement is in the list given, from 1.
    pub position: usize,
    /// The hosts asked for.
    pub hosts: u64,
    /// The block given to them.
    pub net: IpNet,
    /// How many usable hosts the block holds under the plan's rule.
    pub usable: u128,
}

/// A network divided by host requirements, with the space left over.
///
/// ```
/// use netdojo::calc::split::{HostRule, vlsm};
///
/// let plan = vlsm("10.0.0.0/24".parse().unwrap(), &[100], HostRule::Aws).unwrap();
/// assert_eq!(plan.blocks[0].net.to_string(), "10.0.0.0/25");
/// assert_eq!(plan.blocks[0].usable, 123);
/// assert_eq!(plan.unused[0].to_string(), "10.0.0.128/25");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VlsmPlan {
    /// The network divided (host bits cleared).
    pub network: IpNet,
    /// The rule blocks were sized under.
    pub rule: HostRule,
    /// The blocks, largest first, which is also address order.
    pub blocks: Vec<VlsmBlock>,
    /// The addresses no block took, as a minimal list of prefixes.
    pub unused: Vec<IpNet>,
}

/// Divides `network` by host requirements (VLSM).
///
/// Requirements are placed largest first (equal ones keep their order in the list),
/// each in the smallest block that holds it under `rule`, packed from the start of
/// the network. Blocks are powers of two placed in shrinking sizes, so each one
/// starts aligned to its size with no gap before it. What is left over is reported as
/// the minimal list of prefixes covering it. An IPv6 network counts every address
/// (the `Classic` rule); the AWS rule is IPv4 only.
///
/// ```
/// use netdojo::calc::split::{HostRule, vlsm};
///
/// let plan = vlsm("10.0.0.0/22".parse().unwrap(), &[50, 500, 200], HostRule::Classic).unwrap();
/// let blocks: Vec<(usize, String)> =
///     plan.blocks.iter().map(|b| (b.position, b.net.to_string())).collect();
/// assert_eq!(blocks, [(2, "10.0.0.0/23".into()), (3, "10.0.2.0/24".into()), (1, "10.0.3.0/26".into())]);
/// let unused: Vec<String> = plan.unused.iter().map(|n| n.to_string()).collect();
/// assert_eq!(unused, ["10.0.3.64/26", "10.0.3.128/25"]);
/// ```
pub fn vlsm(network: IpNet, hosts: &[u64], rule: HostRule) -> Result<VlsmPlan, SplitError> {
    let network = network.trunc();
    if hosts.is_empty() {
        return Err(SplitError::NoRequirements);
    }
    let family = Family::of_net(network);
    if family == Family::V6 && rule == HostRule::Aws {
        return Err(SplitError::AwsNeedsIpv4 { network });
    }
    let mut order: Vec<(usize, u64)> = hosts.iter().copied().enumerate().collect();
    // Stable: equal requirements stay in the order given.
    order.sort_by_key(|&(_, hosts)| std::cmp::Reverse(hosts));

    let span = Span::of(network);
    let mut next = Some(span.first);
    let mut blocks = Vec::with_capacity(order.len());
    for (index, hosts) in order {
        let position = index + 1;
        let prefix = smallest_prefix_in(family, hosts, rule)
            .map_err(|source| SplitError::Hosts { position, source })?;
        if prefix < network.prefix_len() {
            return Err(SplitError::LargerThanNetwork {
                position,
                hosts,
                prefix,
                network,
            });
        }
        // Blocks come in shrinking powers of two from an aligned start, so the space
        // left is always a whole number of this block: it fits unless nothing is left.
        let block = next.map(|start| (start, start | host_mask(family, prefix)));
        let Some((start, last)) = block.filter(|&(_, last)| last <= span.last) else {
            return Err(SplitError::NoRoom {
                position,
                hosts,
                prefix,
                network,
            });
        };
        blocks.push(VlsmBlock {
            position,
            hosts,
            net: family.net(start, prefix),
            usable: usable_hosts(family, prefix, rule).unwrap_or(0),
        });
        next = last.checked_add(1).filter(|&n| n <= span.last);
    }
    let unused = match next {
        Some(start) => {
            range_to_cidrs(family.addr(start), family.addr(span.last)).unwrap_or_default()
        }
        None => Vec::new(),
    };
    Ok(VlsmPlan {
        network,
        rule,
        blocks,
        unused,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(s: &str) -> IpNet {
        s.parse().unwrap()
    }

    fn strings(nets: impl IntoIterator<Item = IpNet>) -> Vec<String> {
        nets.into_iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn subnets_of_the_same_prefix_is_the_network() {
        assert_eq!(
            strings(subnets(net("10.1.2.3/8"), 8).unwrap()),
            ["10.0.0.0/8"]
        );
        assert_eq!(strings(subnets(net("::/0"), 0).unwrap()), ["::/0"]);
        assert_eq!(
            strings(subnets(net("0.0.0.0/0"), 0).unwrap()),
            ["0.0.0.0/0"]
        );
    }

    #[test]
    fn subnets_at_the_top_of_the_space() {
        assert_eq!(
            strings(subnets(net("255.255.255.252/30"), 32).unwrap()),
            [
                "255.255.255.252/32",
                "255.255.255.253/32",
                "255.255.255.254/32",
                "255.255.255.255/32"
            ]
        );
        assert_eq!(
            strings(subnets(net("::/0"), 1).unwrap()),
            ["::/1", "8000::/1"]
        );
        let huge = subnets(net("ffff::/16"), 128).unwrap();
        assert_eq!(huge.remaining(), Some(1 << 112));
        assert_eq!(huge.size_hint(), (usize::MAX, None));
        assert_eq!(
            strings(subnets(net("ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126"), 127).unwrap()),
            [
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/127",
                "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"
            ]
        );
    }

    #[test]
    fn subnets_from_both_ends_meet_once() {
        let mut s = subnets(net("10.0.0.0/30"), 32).unwrap();
        assert_eq!(s.next_back().unwrap().to_string(), "10.0.0.3/32");
        assert_eq!(s.next().unwrap().to_string(), "10.0.0.0/32");
        assert_eq!(s.next_back().unwrap().to_string(), "10.0.0.2/32");
        assert_eq!(s.next_back().unwrap().to_string(), "10.0.0.1/32");
        assert_eq!(s.remaining(), Some(0));
        assert_eq!(s.next(), None);
        assert_eq!(s.next_back(), None);
        let mut whole = subnets(net("::/0"), 0).unwrap();
        assert_eq!(whole.next_back().unwrap().to_string(), "::/0");
        assert_eq!(whole.next(), None);
        let rev: Vec<IpNet> = subnets(net("::/0"), 2).unwrap().rev().collect();
        assert_eq!(strings(rev), ["c000::/2", "8000::/2", "4000::/2", "::/2"]);
    }

    #[test]
    fn subnets_count_down() {
        let mut s = subnets(net("10.0.0.0/30"), 31).unwrap();
        assert_eq!(s.size_hint(), (2, Some(2)));
        assert_eq!(s.next().unwrap().to_string(), "10.0.0.0/31");
        assert_eq!(s.remaining(), Some(1));
        assert_eq!(s.next().unwrap().to_string(), "10.0.0.2/31");
        assert_eq!(s.remaining(), Some(0));
        assert_eq!(s.next(), None);
        assert_eq!(s.next(), None);
    }

    #[test]
    fn subnet_prefix_errors() {
        assert_eq!(
            subnets(net("10.0.0.0/8"), 4).unwrap_err().to_string(),
            "\"/4\" is not a prefix 10.0.0.0/8 splits into: use /8 to /32"
        );
        assert_eq!(
            subnets(net("2001:db8::/32"), 129).unwrap_err().to_string(),
            "\"/129\" is not a prefix 2001:db8::/32 splits into: use /32 to /128"
        );
    }

    #[test]
    fn equal_parts() {
        let one = split_into(net("10.0.0.0/24"), 1).unwrap();
        assert_eq!((one.produced, one.rounded_up()), (1, false));
        assert_eq!(strings(one.subnets), ["10.0.0.0/24"]);
        let five = split_into(net("10.0.0.0/24"), 5).unwrap();
        assert_eq!((five.requested, five.produced), (5, 8));
        assert_eq!(five.subnets.prefix(), 27);
        let most = split_into(net("0.0.0.0/0"), MAX_PARTS).unwrap();
        assert_eq!((most.produced, most.subnets.prefix()), (MAX_PARTS, 32));
        let six = split_into(net("::/0"), MAX_PARTS).unwrap();
        assert_eq!(six.subnets.prefix(), 32);
    }

    #[test]
    fn equal_part_errors() {
        assert_eq!(
            split_into(net("10.0.0.0/24"), 0).unwrap_err().to_string(),
            "cannot split into \"0\" parts: ask for at least 1"
        );
        assert_eq!(
            split_into(net("10.0.0.0/8"), MAX_PARTS + 1)
                .unwrap_err()
                .to_string(),
            "cannot split into \"4294967297\" parts: at most 4294967296 (2^32)"
        );
        assert_eq!(
            split_into(net("10.0.0.0/30"), 5).unwrap_err().to_string(),
            "cannot split 10.0.0.0/30 into \"5\" parts: it holds only 4 addresses"
        );
        assert!(split_into(net("10.0.0.0/30"), 4).is_ok());
    }

    #[test]
    fn usable_hosts_conventions() {
        use HostRule::{Aws, Classic};
        let v4 = |p, r| usable_hosts(Family::V4, p, r);
        assert_eq!(v4(0, Classic), Some(4_294_967_294));
        assert_eq!(v4(24, Classic), Some(254));
        assert_eq!(v4(30, Classic), Some(2));
        assert_eq!(v4(31, Classic), Some(2));
        assert_eq!(v4(32, Classic), Some(1));
        assert_eq!(v4(15, Aws), None);
        assert_eq!(v4(16, Aws), Some(65_531));
        assert_eq!(v4(24, Aws), Some(251));
        assert_eq!(v4(28, Aws), Some(11));
        assert_eq!(v4(29, Aws), None);
        assert_eq!(usable_hosts(Family::V6, 64, Classic), Some(1 << 64));
        assert_eq!(usable_hosts(Family::V6, 0, Classic), Some(u128::MAX));
        assert_eq!(usable_hosts(Family::V6, 128, Classic), Some(1));
        assert_eq!(usable_hosts(Family::V6, 64, Aws), None);
    }

    #[test]
    fn smallest_prefixes() {
        use HostRule::{Aws, Classic};
        let cases = [
            (1, Classic, 32),
            (2, Classic, 31),
            (3, Classic, 29),
            (6, Classic, 29),
            (7, Classic, 28),
            (254, Classic, 24),
            (255, Classic, 23),
            (4_294_967_294, Classic, 0),
            (1, Aws, 28),
            (11, Aws, 28),
            (12, Aws, 27),
            (251, Aws, 24),
            (252, Aws, 23),
            (65_531, Aws, 16),
        ];
        for (hosts, rule, prefix) in cases {
            assert_eq!(
                smallest_prefix_for_hosts(hosts, rule),
                Ok(prefix),
                "{hosts} {rule}"
            );
        }
    }

    #[test]
    fn smallest_prefix_errors() {
        assert_eq!(
            smallest_prefix_for_hosts(0, HostRule::Classic)
                .unwrap_err()
                .to_string(),
            "a block of \"0\" hosts is empty: each requirement needs at least 1 host"
        );
        assert_eq!(
            smallest_prefix_for_hosts(65_532, HostRule::Aws)
                .unwrap_err()
                .to_string(),
            "a block of \"65532\" hosts does not fit any AWS subnet: the largest, a /16, has 65531 usable"
        );
        assert_eq!(
            smallest_prefix_for_hosts(4_294_967_295, HostRule::Classic)
                .unwrap_err()
                .to_string(),
            "a block of \"4294967295\" hosts does not fit any classic subnet: the largest, a /0, has 4294967294 usable"
        );
    }

    #[test]
    fn vlsm_classic() {
        let plan = vlsm(net("192.168.1.0/24"), &[60, 30, 10, 2], HostRule::Classic).unwrap();
        let got: Vec<(usize, u64, String, u128)> = plan
            .blocks
            .iter()
            .map(|b| (b.position, b.hosts, b.net.to_string(), b.usable))
            .collect();
        assert_eq!(
            got,
            [
                (1, 60, "192.168.1.0/26".into(), 62),
                (2, 30, "192.168.1.64/27".into(), 30),
                (3, 10, "192.168.1.96/28".into(), 14),
                (4, 2, "192.168.1.112/31".into(), 2),
            ]
        );
        assert_eq!(
            strings(plan.unused),
            [
                "192.168.1.114/31",
                "192.168.1.116/30",
                "192.168.1.120/29",
                "192.168.1.128/25"
            ]
        );
    }

    #[test]
    fn vlsm_aws_and_ties() {
        let plan = vlsm(net("10.0.0.0/16"), &[10, 251, 10], HostRule::Aws).unwrap();
        let got: Vec<(usize, String)> = plan
            .blocks
            .iter()
            .map(|b| (b.position, b.net.to_string()))
            .collect();
        assert_eq!(
            got,
            [
                (2, "10.0.0.0/24".into()),
                (1, "10.0.1.0/28".into()),
                (3, "10.0.1.16/28".into())
            ]
        );
        assert_eq!(plan.blocks[1].usable, 11);
    }

    #[test]
    fn vlsm_exact_fit_leaves_nothing() {
        let plan = vlsm(net("10.0.0.0/24"), &[126, 126], HostRule::Classic).unwrap();
        assert!(plan.unused.is_empty());
        let plan = vlsm(net("255.255.255.0/24"), &[126, 62, 62], HostRule::Classic).unwrap();
        assert!(plan.unused.is_empty());
        let plan = vlsm(net("::/0"), &[1], HostRule::Classic).unwrap();
        assert_eq!(plan.blocks[0].net.to_string(), "::/128");
        assert_eq!(plan.unused.len(), 128);
    }

    #[test]
    fn vlsm_errors() {
        let n = net("10.0.0.0/24");
        assert_eq!(
            vlsm(n, &[], HostRule::Classic),
            Err(SplitError::NoRequirements)
        );
        assert_eq!(
            vlsm(n, &[10, 0], HostRule::Classic)
                .unwrap_err()
                .to_string(),
            "a block of \"0\" hosts is empty: each requirement needs at least 1 host (requirement 2 of the list)"
        );
        assert_eq!(
            vlsm(n, &[10, 500], HostRule::Classic)
                .unwrap_err()
                .to_string(),
            "a block of \"500\" hosts (requirement 2) needs a /23, larger than 10.0.0.0/24"
        );
        assert_eq!(
            vlsm(n, &[100, 100, 50], HostRule::Classic)
                .unwrap_err()
                .to_string(),
            "a block of \"50\" hosts (requirement 3) needs a /26, but the blocks placed before it fill 10.0.0.0/24"
        );
        assert!(vlsm(n, &[120, 60, 40], HostRule::Classic).is_ok());
        assert_eq!(
            vlsm(n, &[30, 100, 30, 30, 30, 30], HostRule::Classic)
                .unwrap_err()
                .to_string(),
            "a block of \"30\" hosts (requirement 6) needs a /27, but the blocks placed before it fill 10.0.0.0/24"
        );
        assert_eq!(
            vlsm(n, &[100, 60, 30], HostRule::Aws)
                .unwrap_err()
                .to_string(),
            "a block of \"30\" hosts (requirement 3) needs a /26, but the blocks placed before it fill 10.0.0.0/24"
        );
        assert_eq!(
            vlsm(net("2001:db8::/64"), &[1], HostRule::Aws)
                .unwrap_err()
                .to_string(),
            "\"2001:db8::/64\" is IPv6: the AWS rule sizes IPv4 subnets only"
        );
    }
}
