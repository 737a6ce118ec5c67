//! Everything there is to know about one block: [`info`] and the conventions it uses.
//!
//! # Conventions
//!
//! - IPv4 /0 to /30: the first address (network) and the last (broadcast) are not
//!   hosts, so usable = total − 2, first host = network + 1, last host = broadcast − 1.
//! - IPv4 /31 (RFC 3021, point-to-point links): both addresses are hosts and there is
//!   no broadcast. IPv4 /32: one host, no broadcast.
//! - IPv6 has no broadcast and every address counts: first host = network, last host
//!   = last address, usable = total.
//! - AWS (IPv4 subnets of /16 to /28 only): AWS reserves 5 addresses in every subnet,
//!   the network address, +1 (VPC router), +2 (DNS), +3 (future use) and the last
//!   address, so usable = total − 5. Any other block gets an [`AwsRefusal`] instead.
//!
//! [`usable_hosts`], [`total_addresses`] and [`aws_usable`] give the same counts from
//! a prefix length alone, for code that sizes blocks before it has one.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr};

use ipnet::IpNet;
use serde::Serialize;

pub use super::bits::{BitView, bits};
use super::classify::{Classification, HistoricClass, classify};
use super::count::AddrCount;

/// Every fact about one block, as computed by [`info`].
///
/// ```
/// use netdojo::calc::info::info;
/// let facts = info("10.0.20.37/24".parse().unwrap());
/// assert_eq!(facts.cidr().to_string(), "10.0.20.0/24");
/// assert_eq!(facts.usable_hosts.to_string(), "254");
/// assert!(facts.host_bits_set);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubnetInfo {
    /// The block as given, host bits included.
    pub net: IpNet,
    /// The address as given (may have host bits set).
    pub address: IpAddr,
    /// The network address: the address with its host bits cleared.
    pub network: IpAddr,
    /// The prefix length.
    pub prefix: u8,
    /// The netmask: `prefix` one-bits, then zeros.
    pub netmask: IpAddr,
    /// The wildcard (host) mask: the inverse of the netmask.
    pub wildcard: IpAddr,
    /// The broadcast address: IPv4 /0 to /30 only.
    pub broadcast: Option<IpAddr>,
    /// The first address a host can use.
    pub first_host: IpAddr,
    /// The last address a host can use.
    pub last_host: IpAddr,
    /// The last address of the block.
    pub last_address: IpAddr,
    /// How many addresses the block holds.
    pub total_addresses: AddrCount,
    /// How many of them hosts can use (see the module conventions).
    pub usable_hosts: AddrCount,
    /// The block as an AWS subnet, or why AWS refuses it.
    pub aws: Result<AwsSubnet, AwsRefusal>,
    /// Whether the address as given had host bits set.
    pub host_bits_set: bool,
    /// The kind of address space the whole block is in.
    pub classification: Classification,
    /// Whether the whole block is RFC 1918 private space.
    pub is_private: bool,
    /// The classful class shared by the whole block (IPv4 only; `None` if it spans
    /// several classes).
    pub historic_class: Option<HistoricClass>,
    /// The bits of the address as given, split after the prefix.
    pub binary: BitView,
    /// The bits of the netmask, split after the prefix.
    pub netmask_binary: BitView,
}

impl SubnetInfo {
    /// The block with its host bits cleared, e.g. `10.0.20.0/24`.
    ///
    /// ```
    /// use netdojo::calc::info::info;
    /// assert_eq!(info("10.0.1.5/24".parse().unwrap()).cidr().to_string(), "10.0.1.0/24");
    /// ```
    pub fn cidr(&self) -> IpNet {
        self.net.trunc()
    }

    /// The IP version, 4 or 6.
    ///
    /// ```
    /// use netdojo::calc::info::info;
    /// assert_eq!(info("2001:db8::/32".parse().unwrap()).version(), 6);
    /// ```
    pub fn version(&self) -> u8 {
        match self.net {
            IpNet::V4(_) => 4,
            IpNet::V6(_) => 6,
        }
    }
}

/// Computes every fact about a block, for IPv4 and IPv6.
///
/// ```
/// use netdojo::calc::info::info;
/// let facts = info("192.168.1.0/31".parse().unwrap());
/// assert_eq!(facts.broadcast, None);
/// assert_eq!(facts.usable_hosts.to_string(), "2");
/// assert_eq!(facts.last_host.to_string(), "192.168.1.1");
/// ```
pub fn info(net: IpNet) -> SubnetInfo {
    let prefix = net.prefix_len();
    let network = net.network();
    let last_address = net.broadcast();
    let (broadcast, first_host, last_host, historic_class) = match net {
        IpNet::V4(v4) => {
            let network = u32::from(v4.network());
            let last = u32::from(v4.broadcast());
            let (broadcast, first, last_host) = match prefix {
                32 | 31 => (None, network, last),
                // The host part has at least two bits: network + 1 sets the lowest
                // one, broadcast − 1 clears it.
                _ => (Some(v4.broadcast()), network | 1, last & !1),
            };
            let first_class = HistoricClass::of(v4.network());
            let same_class = first_class == HistoricClass::of(v4.broadcast());
            (
                broadcast.map(IpAddr::V4),
                IpAddr::V4(Ipv4Addr::from(first)),
                IpAddr::V4(Ipv4Addr::from(last_host)),
                same_class.then_some(first_class),
            )
        }
        IpNet::V6(_) => (None, network, last_address, None),
    };
    let v6 = matches!(net, IpNet::V6(_));
    let classification = classify(net);
    SubnetInfo {
        net,
        address: net.addr(),
        network,
        prefix,
        netmask: net.netmask(),
        wildcard: net.hostmask(),
        broadcast,
        first_host,
        last_host,
        last_address,
        total_addresses: total_addresses(prefix, v6),
        usable_hosts: usable_hosts(prefix, v6),
        aws: aws_subnet(net),
        host_bits_set: net.addr() != network,
        classification,
        is_private: classification.is_rfc1918(),
        historic_class,
        binary: bits(net.addr(), prefix),
        netmask_binary: bits(net.netmask(), prefix),
    }
}

/// The number of addresses in a block of this prefix length; zero for a prefix beyond
/// the address width (no such block exists).
///
/// ```
/// use netdojo::calc::info::total_addresses;
/// assert_eq!(total_addresses(24, false).to_string(), "256");
/// assert_eq!(total_addresses(0, true).to_string(), "340282366920938463463374607431768211456");
/// ```
pub fn total_addresses(prefix: u8, v6: bool) -> AddrCount {
    let width: u32 = if v6 { 128 } else { 32 };
    width
        .checked_sub(u32::from(prefix))
        .and_then(AddrCount::pow2)
        .unwrap_or(AddrCount::ZERO)
}

/// Usable hosts in a block of this prefix length under the classic rule: IPv4 /0–/30
/// total − 2, /31 two, /32 one; IPv6 every address. Zero for a prefix beyond the
/// address width (no such block exists).
///
/// ```
/// use netdojo::calc::info::usable_hosts;
/// assert_eq!(usable_hosts(24, false).to_string(), "254");
/// assert_eq!(usable_hosts(31, false).to_string(), "2");
/// assert_eq!(usable_hosts(32, false).to_string(), "1");
/// assert_eq!(usable_hosts(64, true).to_string(), "18446744073709551616");
/// ```
pub fn usable_hosts(prefix: u8, v6: bool) -> AddrCount {
    let total = total_addresses(prefix, v6);
    match (v6, prefix) {
        (true, _) | (false, 31 | 32) => total,
        (false, _) => total
            .checked_sub(AddrCount::new(2))
            .unwrap_or(AddrCount::ZERO),
    }
}

/// Why AWS does not take a block as a subnet.
///
/// ```
/// use netdojo::calc::info::{aws_usable, AwsRefusal};
/// assert_eq!(aws_usable(29), Err(AwsRefusal::TooSmall { prefix: 29 }));
/// assert_eq!(
///     AwsRefusal::TooSmall { prefix: 29 }.to_string(),
///     "AWS subnets are /16 to /28; /29 is smaller than /28"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum AwsRefusal {
    /// A prefix shorter than /16.
    #[error("AWS subnets are /16 to /28; /{prefix} is larger than /16")]
    TooLarge {
        /// The prefix length given.
        prefix: u8,
    },
    /// A prefix longer than /28.
    #[error("AWS subnets are /16 to /28; /{prefix} is smaller than /28")]
    TooSmall {
        /// The prefix length given.
        prefix: u8,
    },
    /// An IPv6 block: the count here is for IPv4 subnets.
    #[error("this count covers IPv4 subnets only (/16 to /28)")]
    Ipv6,
}

/// The smallest AWS subnet prefix (the largest subnet).
const AWS_LARGEST: u8 = 16;
/// The largest AWS subnet prefix (the smallest subnet).
const AWS_SMALLEST: u8 = 28;

/// Usable addresses in an AWS IPv4 subnet of this prefix length: total − 5, for /16
/// to /28 only.
///
/// ```
/// use netdojo::calc::info::{aws_usable, AwsRefusal};
/// assert_eq!(aws_usable(24), Ok(251));
/// assert_eq!(aws_usable(16), Ok(65531));
/// assert_eq!(aws_usable(28), Ok(11));
/// assert_eq!(aws_usable(8), Err(AwsRefusal::TooLarge { prefix: 8 }));
/// ```
pub fn aws_usable(prefix: u8) -> Result<u32, AwsRefusal> {
    if prefix < AWS_LARGEST {
        return Err(AwsRefusal::TooLarge { prefix });
    }
    if prefix > AWS_SMALLEST {
        return Err(AwsRefusal::TooSmall { prefix });
    }
    Ok((1u32 << (32 - u32::from(prefix))) - 5)
}

/// What AWS reserves one of the five addresses for.
///
/// ```
/// use netdojo::calc::info::AwsRole;
/// assert_eq!(AwsRole::Router.id(), "router");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AwsRole {
    /// The network address.
    Network,
    /// Network + 1: the VPC router.
    Router,
    /// Network + 2: the Amazon-provided DNS.
    Dns,
    /// Network + 3: reserved for future use.
    FutureUse,
    /// The last address (a VPC has no broadcast, but the address is still reserved).
    Last,
}

impl AwsRole {
    /// A stable snake_case id, used in JSON output.
    ///
    /// ```
    /// use netdojo::calc::info::AwsRole;
    /// assert_eq!(AwsRole::FutureUse.id(), "future_use");
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            AwsRole::Network => "network",
            AwsRole::Router => "router",
            AwsRole::Dns => "dns",
            AwsRole::FutureUse => "future_use",
            AwsRole::Last => "last",
        }
    }

    /// A short English label for people.
    ///
    /// ```
    /// use netdojo::calc::info::AwsRole;
    /// assert_eq!(AwsRole::Dns.label_en(), "DNS");
    /// ```
    pub const fn label_en(self) -> &'static str {
        match self {
            AwsRole::Network => "network address",
            AwsRole::Router => "VPC router",
            AwsRole::Dns => "DNS",
            AwsRole::FutureUse => "future use",
            AwsRole::Last => "last address",
        }
    }

    /// A short Japanese label for people.
    ///
    /// ```
    /// use netdojo::calc::info::AwsRole;
    /// assert_eq!(AwsRole::Router.label_ja(), "VPCルーター");
    /// ```
    pub const fn label_ja(self) -> &'static str {
        match self {
            AwsRole::Network => "ネットワークアドレス",
            AwsRole::Router => "VPCルーター",
            AwsRole::Dns => "DNS",
            AwsRole::FutureUse => "将来の利用のため予約",
            AwsRole::Last => "最後のアドレス",
        }
    }
}

/// Writes the English label.
///
/// ```
/// use netdojo::calc::info::AwsRole;
/// assert_eq!(AwsRole::Last.to_string(), "last address");
/// ```
impl fmt::Display for AwsRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.label_en())
    }
}

/// One of the five addresses AWS reserves in a subnet.
///
/// ```
/// use netdojo::calc::info::{aws_subnet, AwsRole};
/// let subnet = aws_subnet("10.0.0.0/24".parse().unwrap()).unwrap();
/// assert_eq!(subnet.reserved[1].role, AwsRole::Router);
/// assert_eq!(subnet.reserved[1].address.to_string(), "10.0.0.1");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct AwsReserved {
    /// The reserved address.
    pub address: Ipv4Addr,
    /// What it is reserved for.
    pub role: AwsRole,
}

/// A block seen as an AWS IPv4 subnet: its usable count and its reserved addresses.
///
/// ```
/// use netdojo::calc::info::aws_subnet;
/// let subnet = aws_subnet("10.0.16.0/20".parse().unwrap()).unwrap();
/// assert_eq!(subnet.usable, 4091);
/// assert_eq!(subnet.reserved[4].address.to_string(), "10.0.31.255");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AwsSubnet {
    /// Addresses left for instances: total − 5.
    pub usable: u32,
    /// The network address, +1, +2, +3 and the last address, in that order.
    pub reserved: [AwsReserved; 5],
}

/// The block as an AWS subnet (host bits ignored), or why AWS refuses it.
///
/// ```
/// use netdojo::calc::info::{aws_subnet, AwsRefusal};
/// assert_eq!(aws_subnet("2001:db8::/64".parse().unwrap()), Err(AwsRefusal::Ipv6));
/// assert_eq!(aws_subnet("10.0.0.0/24".parse().unwrap()).unwrap().usable, 251);
/// ```
pub fn aws_subnet(net: IpNet) -> Result<AwsSubnet, AwsRefusal> {
    let IpNet::V4(v4) = net else {
        return Err(AwsRefusal::Ipv6);
    };
    let usable = aws_usable(v4.prefix_len())?;
    // A /28 or larger has at least four host bits, so + 1, 2, 3 only set host bits.
    let network = u32::from(v4.network());
    let reserved = |offset: u32, role| AwsReserved {
        address: Ipv4Addr::from(network | offset),
        role,
    };
    Ok(AwsSubnet {
        usable,
        reserved: [
            reserved(0, AwsRole::Network),
            reserved(1, AwsRole::Router),
            reserved(2, AwsRole::Dns),
            reserved(3, AwsRole::FutureUse),
            AwsReserved {
                address: v4.broadcast(),
                role: AwsRole::Last,
            },
        ],
    })
}

#[cfg(test)]
mod tests;
