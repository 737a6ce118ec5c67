//! AWS VPC rules and a subnet planner.
//!
//! An IPv4 VPC or subnet block must be /16 to /28, and AWS keeps 5 addresses of every
//! subnet for itself. The planner lays tiers (public, private, data...) across
//! Availability Zones the way AWS guides draw them, and reports the space left for growth.
//! [`check_overlaps`] finds ranges that could never be connected to each other.

use std::fmt;
use std::net::Ipv4Addr;

use ipnet::{IpNet, Ipv4Net, Ipv4Subnets};
use thiserror::Error;

/// The largest block AWS accepts for an IPv4 VPC or subnet: /16.
///
/// ```
/// assert_eq!(netdojo::calc::vpc::MIN_PREFIX, 16);
/// ```
pub const MIN_PREFIX: u8 = 16;

/// The smallest block AWS accepts for an IPv4 VPC or subnet: /28.
///
/// ```
/// assert_eq!(netdojo::calc::vpc::MAX_PREFIX, 28);
/// ```
pub const MAX_PREFIX: u8 = 28;

/// A block AWS would refuse as a VPC or subnet CIDR.
///
/// ```
/// use netdojo::calc::vpc::check_block;
/// let err = check_block("10.0.0.0/15".parse().unwrap()).unwrap_err();
/// assert_eq!(err.to_string(), "10.0.0.0/15 is too large for AWS: /15 is shorter than /16, and an IPv4 VPC or subnet must be /16 to /28");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BlockError {
    /// An IPv6 block: the /16 to /28 rule and the planner are about IPv4.
    #[error("{net} is IPv6: the AWS /16 to /28 rule and this planner are for IPv4 blocks")]
    NotIpv4 {
        /// The block given.
        net: IpNet,
    },
    /// A prefix shorter than /16.
    #[error(
        "{net} is too large for AWS: /{prefix} is shorter than /16, and an IPv4 VPC or subnet must be /16 to /28"
    )]
    TooLarge {
        /// The block given.
        net: IpNet,
        /// Its prefix length.
        prefix: u8,
    },
    /// A prefix longer than /28.
    #[error(
        "{net} is too small for AWS: /{prefix} is longer than /28, and an IPv4 VPC or subnet must be /16 to /28"
    )]
    TooSmall {
        /// The block given.
        net: IpNet,
        /// Its prefix length.
        prefix: u8,
    },
    /// Host bits set: a CIDR block must start at its network address.
    #[error("{net} has host bits set: the network is {network}")]
    HostBitsSet {
        /// The block given.
        net: IpNet,
        /// The network it belongs to.
        network: IpNet,
    },
}

/// Checks that a block is a valid AWS IPv4 VPC or subnet CIDR: IPv4, /16 to /28, a network.
///
/// ```
/// use netdojo::calc::vpc::check_block;
/// assert_eq!(check_block("10.0.0.0/28".parse().unwrap()).unwrap().to_string(), "10.0.0.0/28");
/// assert!(check_block("10.0.0.0/29".parse().unwrap()).is_err());
/// ```
pub fn check_block(net: IpNet) -> Result<Ipv4Net, BlockError> {
    let IpNet::V4(v4) = net else {
        return Err(BlockError::NotIpv4 { net });
    };
    let prefix = v4.prefix_len();
    if prefix < MIN_PREFIX {
        return Err(BlockError::TooLarge { net, prefix });
    }
    if prefix > MAX_PREFIX {
        return Err(BlockError::TooSmall { net, prefix });
    }
    if v4.trunc() != v4 {
        return Err(BlockError::HostBitsSet {
            net,
            network: net.trunc(),
        });
    }
    Ok(v4)
}

/// Addresses in an AWS subnet that instances can use: every address but the 5 reserved.
// `check_block` has already ruled out the blocks AWS refuses, so the refusal never shows.
fn aws_usable(subnet: Ipv4Net) -> u32 {
    crate::calc::info::aws_usable(subnet.prefix_len()).unwrap_or(0)
}

/// How the planner placed the subnets.
///
/// ```
/// use netdojo::calc::vpc::Layout;
/// assert!(Layout::Tens.to_string().starts_with("tens:"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Tier i (from 0) in AZ j at block (i + 1) × 10 + j, the pattern of AWS guides.
    Tens,
    /// Tier after tier from the first block, because the tens pattern did not fit.
    Packed(PackReason),
}

/// Why the tens pattern did not fit.
///
/// ```
/// use netdojo::calc::vpc::{Layout, PackReason};
/// let layout = Layout::Packed(PackReason::TooManyAzs { azs: 12 });
/// assert!(layout.to_string().ends_with("room for 10 AZs per tier and the plan has 12"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackReason {
    /// More than ten AZs do not fit in one tier's ten blocks.
    TooManyAzs {
        /// The number of AZs asked for.
        azs: usize,
    },
    /// The VPC has fewer blocks than the tens pattern reaches.
    TooFewBlocks {
        /// Blocks the tens pattern would reach (its last block + 1).
        needed: u64,
        /// Blocks of the subnet size in the VPC.
        available: u64,
    },
}

impl fmt::Display for Layout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const PACKED: &str =
            "packed: tier after tier from the first block, because the tens pattern";
        match self {
            Layout::Tens => f.write_str(
                "tens: tier 1 starts at block 10, tier 2 at block 20 and so on, one block per AZ, as in the AWS guides",
            ),
            Layout::Packed(PackReason::TooManyAzs { azs }) => {
                write!(f, "{PACKED} has room for 10 AZs per tier and the plan has {azs}")
            }
            Layout::Packed(PackReason::TooFewBlocks { needed, available }) => write!(
                f,
                "{PACKED} needs {needed} blocks and the VPC holds {available}"
            ),
        }
    }
}

/// Choices for [`plan`] beyond the VPC, the AZ count and the tiers.
///
/// ```
/// use netdojo::calc::vpc::PlanOptions;
/// let options = PlanOptions { az_names: Some(vec!["1a".into(), "1c".into()]), subnet_prefix: Some(26) };
/// assert_eq!(options.subnet_prefix, Some(26));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanOptions {
    /// AZ names, one per AZ (default `a`, `b`, `c`...). Tokyo, for example, has `1a`, `1c`, `1d`.
    pub az_names: Option<Vec<String>>,
    /// The subnet prefix length (default: the VPC prefix + 8, at most /28).
    pub subnet_prefix: Option<u8>,
}

/// What a name in a plan is: a tier or an AZ.
///
/// ```
/// use netdojo::calc::vpc::NameKind;
/// assert_eq!(NameKind::Az.to_string(), "AZ");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// A tier name such as `public`.
    Tier,
    /// An Availability Zone name such as `1a`.
    Az,
}

impl fmt::Display for NameKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameKind::Tier => "tier",
            NameKind::Az => "AZ",
        })
    }
}

/// Why a plan was refused.
///
/// ```
/// use netdojo::calc::vpc::{plan, PlanOptions};
/// let err = plan("10.0.0.0/27".parse().unwrap(), 2, &["public", "private"], &PlanOptions::default()).unwrap_err();
/// assert_eq!(err.to_string(), "10.0.0.0/27 cannot hold 2 tiers x 2 AZs = 4 subnets of /28: it has room for 2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanError {
    /// The VPC block itself is not valid on AWS.
    #[error("VPC {0}")]
    Vpc(BlockError),
    /// No AZ asked for.
    #[error("a plan needs at least 1 AZ")]
    NoAzs,
    /// No tier asked for.
    #[error("a plan needs at least 1 tier")]
    NoTiers,
    /// More AZs than default names.
    #[error("{azs} AZs is more than the 26 default names (a to z): name the AZs")]
    TooManyAzs {
        /// The number of AZs asked for.
        azs: usize,
    },
    /// AZ names given, but not one per AZ.
    #[error("{names} AZ names given for {azs} AZs: give one name per AZ")]
    AzNameCount {
        /// How many names were given.
        names: usize,
        /// How many AZs were asked for.
        azs: usize,
    },
    /// An empty name or one with spaces.
    #[error("{kind} name \"{name}\" is not valid: use one word such as public or 1a")]
    BadName {
        /// Tier or AZ.
        kind: NameKind,
        /// The name given.
        name: String,
    },
    /// The same name twice.
    #[error("{kind} name \"{name}\" is given twice: names must be unique")]
    DuplicateName {
        /// Tier or AZ.
        kind: NameKind,
        /// The name given twice.
        name: String,
    },
    /// A subnet prefix outside /16 to /28 or shorter than the VPC's.
    #[error("subnet prefix /{prefix} does not fit {vpc}: subnets must be /{lowest} to /28")]
    SubnetPrefix {
        /// The subnet prefix asked for.
        prefix: u8,
        /// The VPC.
        vpc: Ipv4Net,
        /// The shortest prefix allowed: the VPC's own, and at least /16.
        lowest: u8,
    },
    /// More subnets than blocks of the subnet size in the VPC.
    #[error(
        "{vpc} cannot hold {tiers} tiers x {azs} AZs = {needed} subnets of /{prefix}: it has room for {available}"
    )]
    DoesNotFit {
        /// The VPC.
        vpc: Ipv4Net,
        /// How many tiers.
        tiers: usize,
        /// How many AZs.
        azs: usize,
        /// Subnets needed (tiers × AZs).
        needed: u64,
        /// The subnet prefix length.
        prefix: u8,
        /// Blocks of that size in the VPC.
        available: u64,
    },
}

/// One subnet of a plan: its block, tier and AZ.
///
/// ```
/// use netdojo::calc::vpc::{plan, PlanOptions};
/// let p = plan("10.0.0.0/16".parse().unwrap(), 2, &["public"], &PlanOptions::default()).unwrap();
/// let s = &p.subnets()[1];
/// assert_eq!((s.cidr().to_string(), s.name()), ("10.0.11.0/24".to_string(), "public-b".to_string()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedSubnet {
    cidr: Ipv4Net,
    tier: String,
    az: String,
}

impl PlannedSubnet {
    /// The subnet's block.
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/16".parse().unwrap(), 1, &["app"], &PlanOptions::default()).unwrap();
    /// assert_eq!(p.subnets()[0].cidr().to_string(), "10.0.10.0/24");
    /// ```
    pub fn cidr(&self) -> Ipv4Net {
        self.cidr
    }

    /// The tier the subnet belongs to.
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/16".parse().unwrap(), 1, &["app"], &PlanOptions::default()).unwrap();
    /// assert_eq!(p.subnets()[0].tier(), "app");
    /// ```
    pub fn tier(&self) -> &str {
        &self.tier
    }

    /// The AZ the subnet lives in (a subnet never spans AZs).
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/16".parse().unwrap(), 1, &["app"], &PlanOptions::default()).unwrap();
    /// assert_eq!(p.subnets()[0].az(), "a");
    /// ```
    pub fn az(&self) -> &str {
        &self.az
    }

    /// The subnet's name: tier and AZ joined by a dash (`public-a`, `private-1c`).
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let options = PlanOptions { az_names: Some(vec!["1c".into()]), subnet_prefix: None };
    /// let p = plan("10.0.0.0/16".parse().unwrap(), 1, &["private"], &options).unwrap();
    /// assert_eq!(p.subnets()[0].name(), "private-1c");
    /// ```
    pub fn name(&self) -> String {
        format!("{}-{}", self.tier, self.az)
    }

    /// Addresses instances can use: the block size minus the 5 AWS reserves.
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/16".parse().unwrap(), 1, &["app"], &PlanOptions::default()).unwrap();
    /// assert_eq!(p.subnets()[0].aws_usable(), 251);
    /// ```
    pub fn aws_usable(&self) -> u32 {
        aws_usable(self.cidr)
    }

    /// The first address instances can use: network + 4.
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/16".parse().unwrap(), 1, &["app"], &PlanOptions::default()).unwrap();
    /// assert_eq!(p.subnets()[0].first_usable().to_string(), "10.0.10.4");
    /// ```
    pub fn first_usable(&self) -> Ipv4Addr {
        // Subnets are /28 at most (16 addresses), so network + 4 stays inside.
        Ipv4Addr::from(u32::from(self.cidr.network()).saturating_add(4))
    }

    /// The last address instances can use: the broadcast address − 1.
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/16".parse().unwrap(), 1, &["app"], &PlanOptions::default()).unwrap();
    /// assert_eq!(p.subnets()[0].last_usable().to_string(), "10.0.10.254");
    /// ```
    pub fn last_usable(&self) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.cidr.broadcast()).saturating_sub(1))
    }
}

/// A VPC layout: the subnets, how they were placed and the space left for growth.
///
/// ```
/// use netdojo::calc::vpc::{plan, PlanOptions, Layout};
/// let p = plan("10.0.0.0/16".parse().unwrap(), 2, &["public", "private", "data"], &PlanOptions::default()).unwrap();
/// assert_eq!(p.layout(), Layout::Tens);
/// assert_eq!(p.subnets().len(), 6);
/// assert_eq!(p.free_addresses(), 65_536 - 6 * 256);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    vpc: Ipv4Net,
    subnet_prefix: u8,
    layout: Layout,
    subnets: Vec<PlannedSubnet>,
    free: Vec<Ipv4Net>,
}

impl Plan {
    /// The VPC block.
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/16".parse().unwrap(), 1, &["app"], &PlanOptions::default()).unwrap();
    /// assert_eq!(p.vpc().to_string(), "10.0.0.0/16");
    /// ```
    pub fn vpc(&self) -> Ipv4Net {
        self.vpc
    }

    /// The prefix length of every subnet.
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/20".parse().unwrap(), 1, &["app"], &PlanOptions::default()).unwrap();
    /// assert_eq!(p.subnet_prefix(), 28);
    /// ```
    pub fn subnet_prefix(&self) -> u8 {
        self.subnet_prefix
    }

    /// How the subnets were placed.
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, Layout, PlanOptions};
    /// // 16 blocks of /28: the tens pattern would reach block 23, so the tiers are packed.
    /// let p = plan("10.0.0.0/24".parse().unwrap(), 3, &["public", "private"], &PlanOptions::default()).unwrap();
    /// assert!(matches!(p.layout(), Layout::Packed(_)));
    /// ```
    pub fn layout(&self) -> Layout {
        self.layout
    }

    /// The subnets in address order (tier by tier, AZs in the order given).
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/16".parse().unwrap(), 1, &["public", "private"], &PlanOptions::default()).unwrap();
    /// assert_eq!(p.subnets()[1].cidr().to_string(), "10.0.20.0/24");
    /// ```
    pub fn subnets(&self) -> &[PlannedSubnet] {
        &self.subnets
    }

    /// The space no subnet uses, as the fewest prefixes, in address order.
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/28".parse().unwrap(), 1, &["app"], &PlanOptions::default()).unwrap();
    /// assert!(p.free().is_empty());
    /// ```
    pub fn free(&self) -> &[Ipv4Net] {
        &self.free
    }

    /// How many addresses the free space holds (room for growth).
    ///
    /// ```
    /// use netdojo::calc::vpc::{plan, PlanOptions};
    /// let p = plan("10.0.0.0/24".parse().unwrap(), 1, &["app"], &PlanOptions { az_names: None, subnet_prefix: Some(26) }).unwrap();
    /// assert_eq!(p.free_addresses(), 192);
    /// ```
    pub fn free_addresses(&self) -> u64 {
        self.free
            .iter()
            .map(|net| block_size(net.prefix_len()))
            .sum()
    }
}

/// Addresses in an IPv4 block of this prefix length.
fn block_size(prefix: u8) -> u64 {
    1u64.checked_shl(32 - u32::from(prefix.min(32)))
        .unwrap_or(0)
}

/// Lays out one subnet per tier and AZ inside a VPC, the way AWS guides draw it.
///
/// Each subnet is the VPC prefix + 8 (capped at /28) unless `options.subnet_prefix` says
/// otherwise. Tier i (from 0) in AZ j takes block (i + 1) × 10 + j, so with a /16 VPC
/// and /24 subnets the public tier starts at `x.y.10.0` and the private tier at `x.y.20.0`.
/// When that pattern does not fit, the subnets are packed tier by tier from the start.
///
/// ```
/// use netdojo::calc::vpc::{plan, PlanOptions};
/// let options = PlanOptions { az_names: Some(vec!["1a".into(), "1c".into()]), subnet_prefix: None };
/// let p = plan("10.0.0.0/16".parse().unwrap(), 2, &["public", "private"], &options).unwrap();
/// let names: Vec<String> = p.subnets().iter().map(|s| format!("{} {}", s.cidr(), s.name())).collect();
/// assert_eq!(names, ["10.0.10.0/24 public-1a", "10.0.11.0/24 public-1c", "10.0.20.0/24 private-1a", "10.0.21.0/24 private-1c"]);
/// ```
pub fn plan<S: AsRef<str>>(
    vpc: IpNet,
    azs: usize,
    tiers: &[S],
    options: &PlanOptions,
) -> Result<Plan, PlanError> {
    let vpc = check_block(vpc).map_err(PlanError::Vpc)?;
    let tiers: Vec<&str> = tiers.iter().map(AsRef::as_ref).collect();
    let az_names = az_names(azs, options.az_names.as_deref())?;
    if tiers.is_empty() {
        return Err(PlanError::NoTiers);
    }
    check_names(NameKind::Tier, &tiers)?;
    let prefix = subnet_prefix(vpc, options.subnet_prefix)?;
    let available = 1u64 << (prefix - vpc.prefix_len());
    let needed = (tiers.len() as u64).saturating_mul(azs as u64);
    if needed > available {
        return Err(PlanError::DoesNotFit {
            vpc,
            tiers: tiers.len(),
            azs,
            needed,
            prefix,
            available,
        });
    }
    let layout = choose_layout(tiers.len(), azs, available);
    let blocks = vpc.subnets(prefix).map_err(|_| PlanError::SubnetPrefix {
        prefix,
        vpc,
        lowest: vpc.prefix_len(),
    })?;
    let blocks: Vec<Ipv4Net> = blocks.collect();
    let mut subnets = Vec::with_capacity(tiers.len().saturating_mul(azs));
    for (i, tier) in tiers.iter().enumerate() {
        for (j, az) in az_names.iter().enumerate() {
            let index = match layout {
                Layout::Tens => (i + 1) * 10 + j,
                Layout::Packed(_) => i * azs + j,
            };
            // Both layouts were checked to stay under `available` blocks.
            let Some(&cidr) = blocks.get(index) else {
                continue;
            };
            subnets.push(PlannedSubnet {
                cidr,
                tier: (*tier).to_string(),
                az: az.clone(),
            });
        }
    }
    let used: Vec<Ipv4Net> = subnets.iter().map(|s| s.cidr).collect();
    Ok(Plan {
        vpc,
        subnet_prefix: prefix,
        layout,
        subnets,
        free: free_space(vpc, &used),
    })
}

/// The AZ names: the given ones (one per AZ, checked) or `a`, `b`, `c`...
fn az_names(azs: usize, given: Option<&[String]>) -> Result<Vec<String>, PlanError> {
    if azs == 0 {
        return Err(PlanError::NoAzs);
    }
    match given {
        Some(names) => {
            if names.len() != azs {
                return Err(PlanError::AzNameCount {
                    names: names.len(),
                    azs,
                });
            }
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            check_names(NameKind::Az, &refs)?;
            Ok(names.to_vec())
        }
        None => {
            if azs > 26 {
                return Err(PlanError::TooManyAzs { azs });
            }
            Ok(('a'..='z').take(azs).map(String::from).collect())
        }
    }
}

fn check_names(kind: NameKind, names: &[&str]) -> Result<(), PlanError> {
    for (i, name) in names.iter().enumerate() {
        if name.is_empty() || name.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(PlanError::BadName {
                kind,
                name: (*name).to_string(),
            });
        }
        if names.get(..i).is_some_and(|before| before.contains(name)) {
            return Err(PlanError::DuplicateName {
                kind,
                name: (*name).to_string(),
            });
        }
    }
    Ok(())
}

fn subnet_prefix(vpc: Ipv4Net, asked: Option<u8>) -> Result<u8, PlanError> {
    let vpc_prefix = vpc.prefix_len();
    let prefix = asked.unwrap_or_else(|| vpc_prefix.saturating_add(8).min(MAX_PREFIX));
    if prefix < vpc_prefix || prefix > MAX_PREFIX {
        return Err(PlanError::SubnetPrefix {
            prefix,
            vpc,
            lowest: vpc_prefix,
        });
    }
    Ok(prefix)
}

fn choose_layout(tiers: usize, azs: usize, available: u64) -> Layout {
    if azs > 10 {
        return Layout::Packed(PackReason::TooManyAzs { azs });
    }
    // The last tier's last AZ sits at tiers × 10 + azs − 1.
    let needed = (tiers as u64).saturating_mul(10).saturating_add(azs as u64);
    if needed > available {
        return Layout::Packed(PackReason::TooFewBlocks { needed, available });
    }
    Layout::Tens
}

/// The parts of `outer` outside the sorted, disjoint blocks `used`, as the fewest prefixes.
fn free_space(outer: Ipv4Net, used: &[Ipv4Net]) -> Vec<Ipv4Net> {
    let mut free = Vec::new();
    let mut cursor = u64::from(u32::from(outer.network()));
    let end = u64::from(u32::from(outer.broadcast()));
    let mut gap = |from: u64, to: u64| {
        if let (Ok(from), Ok(to)) = (u32::try_from(from), u32::try_from(to)) {
            free.extend(Ipv4Subnets::new(
                Ipv4Addr::from(from),
                Ipv4Addr::from(to),
                0,
            ));
        }
    };
    for block in used {
        let start = u64::from(u32::from(block.network()));
        if start > cursor {
            gap(cursor, start - 1);
        }
        cursor = u64::from(u32::from(block.broadcast())) + 1;
    }
    if cursor <= end {
        gap(cursor, end);
    }
    free
}

/// A named range in a list checked for overlaps.
///
/// ```
/// use netdojo::calc::vpc::check_overlaps;
/// let found = check_overlaps(&[("prod", "10.0.0.0/16".parse().unwrap()), ("office", "10.0.8.0/21".parse().unwrap())]);
/// assert_eq!(found[0].a.name, "prod");
/// assert_eq!(found[0].b.index, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedNet {
    /// Position in the list given (0-based).
    pub index: usize,
    /// The name given.
    pub name: String,
    /// The range.
    pub net: IpNet,
}

impl fmt::Display for NamedNet {
    /// The name and the range, or the range alone when it is its own name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.name == self.net.to_string() {
            write!(f, "{}", self.net)
        } else {
            write!(f, "{} {}", self.name, self.net)
        }
    }
}

/// How two overlapping CIDR blocks relate: aligned blocks overlap only by containment.
///
/// ```
/// use netdojo::calc::vpc::Containment;
/// assert_eq!(Containment::Contains.code(), "contains");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Containment {
    /// The same block.
    Equal,
    /// The first block holds the second.
    Contains,
    /// The first block lies inside the second.
    Inside,
}

impl Containment {
    /// The short code used in JSON: equal, contains or inside.
    ///
    /// ```
    /// use netdojo::calc::vpc::Containment;
    /// assert_eq!(Containment::Inside.code(), "inside");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Containment::Equal => "equal",
            Containment::Contains => "contains",
            Containment::Inside => "inside",
        }
    }
}

/// Two ranges of a list that overlap, so they cannot be connected to each other.
///
/// ```
/// use netdojo::calc::vpc::check_overlaps;
/// let found = check_overlaps(&[("a", "10.0.0.0/16".parse().unwrap()), ("b", "10.0.0.0/16".parse().unwrap())]);
/// assert_eq!(found[0].to_string(), "a 10.0.0.0/16 and b 10.0.0.0/16 are the same range: they cannot be peered or routed to each other over a Transit Gateway");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    /// The range that comes first in the list.
    pub a: NamedNet,
    /// The range that comes later in the list.
    pub b: NamedNet,
    /// How `a` relates to `b`.
    pub relation: Containment,
}

impl fmt::Display for Overlap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = (&self.a, &self.b);
        match self.relation {
            Containment::Equal => write!(f, "{a} and {b} are the same range")?,
            Containment::Contains => write!(f, "{a} contains {b}")?,
            Containment::Inside => write!(f, "{a} lies inside {b}")?,
        }
        f.write_str(": they cannot be peered or routed to each other over a Transit Gateway")
    }
}

/// Every overlapping pair in a list of VPCs and on-premises ranges, in list order.
///
/// Host bits are ignored (`10.0.0.1/16` is read as `10.0.0.0/16`); an IPv4 range never
/// overlaps an IPv6 range.
///
/// ```
/// use netdojo::calc::vpc::{check_overlaps, Containment};
/// let ranges = [
///     ("vpc-prod", "10.0.0.0/16".parse().unwrap()),
///     ("vpc-dev", "10.1.0.0/16".parse().unwrap()),
///     ("office", "10.1.128.0/20".parse().unwrap()),
/// ];
/// let found = check_overlaps(&ranges);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].relation, Containment::Contains);
/// assert_eq!(found[0].to_string(), "vpc-dev 10.1.0.0/16 contains office 10.1.128.0/20: they cannot be peered or routed to each other over a Transit Gateway");
/// ```
pub fn check_overlaps<S: AsRef<str>>(ranges: &[(S, IpNet)]) -> Vec<Overlap> {
    let named: Vec<NamedNet> = ranges
        .iter()
        .enumerate()
        .map(|(index, (name, net))| NamedNet {
            index,
            name: name.as_ref().to_string(),
            net: net.trunc(),
        })
        .collect();
    let mut found = Vec::new();
    for (i, a) in named.iter().enumerate() {
        for b in named.iter().skip(i + 1) {
            let relation = if a.net == b.net {
                Containment::Equal
            } else if a.net.contains(&b.net) {
                Containment::Contains
            } else if b.net.contains(&a.net) {
                Containment::Inside
            } else {
                continue;
            };
            found.push(Overlap {
                a: a.clone(),
                b: b.clone(),
                relation,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(text: &str) -> IpNet {
        text.parse().unwrap()
    }

    fn rows(p: &Plan) -> Vec<String> {
        p.subnets()
            .iter()
            .map(|s| format!("{} {} {}", s.cidr(), s.name(), s.aws_usable()))
            .collect()
    }

    #[test]
    fn block_rules() {
        let cases = [
            ("10.0.0.0/16", None),
            ("10.0.0.0/28", None),
            (
                "10.0.0.0/8",
                Some(
                    "10.0.0.0/8 is too large for AWS: /8 is shorter than /16, and an IPv4 VPC or subnet must be /16 to /28",
                ),
            ),
            (
                "10.0.0.0/29",
                Some(
                    "10.0.0.0/29 is too small for AWS: /29 is longer than /28, and an IPv4 VPC or subnet must be /16 to /28",
                ),
            ),
            (
                "10.0.0.1/16",
                Some("10.0.0.1/16 has host bits set: the network is 10.0.0.0/16"),
            ),
            (
                "2001:db8::/56",
                Some(
                    "2001:db8::/56 is IPv6: the AWS /16 to /28 rule and this planner are for IPv4 blocks",
                ),
            ),
        ];
        for (input, message) in cases {
            let got = check_block(net(input)).err().map(|e| e.to_string());
            assert_eq!(got.as_deref(), message, "{input}");
        }
    }

    #[test]
    fn usable_is_total_minus_five() {
        let usable = |p: u8| aws_usable(Ipv4Net::new(Ipv4Addr::new(10, 0, 0, 0), p).unwrap());
        assert_eq!(usable(16), 65_531);
        assert_eq!(usable(24), 251);
        assert_eq!(usable(28), 11);
    }

    #[test]
    fn three_tiers_in_two_azs_of_a_slash_16() {
        let p = plan(
            net("10.0.0.0/16"),
            2,
            &["public", "private", "data"],
            &PlanOptions::default(),
        )
        .unwrap();
        assert_eq!(
            rows(&p),
            [
                "10.0.10.0/24 public-a 251",
                "10.0.11.0/24 public-b 251",
                "10.0.20.0/24 private-a 251",
                "10.0.21.0/24 private-b 251",
                "10.0.30.0/24 data-a 251",
                "10.0.31.0/24 data-b 251",
            ]
        );
        let free: Vec<String> = p.free().iter().map(|n| n.to_string()).collect();
        assert_eq!(
            free,
            [
                "10.0.0.0/21",
                "10.0.8.0/23",
                "10.0.12.0/22",
                "10.0.16.0/22",
                "10.0.22.0/23",
                "10.0.24.0/22",
                "10.0.28.0/23",
                "10.0.32.0/19",
                "10.0.64.0/18",
                "10.0.128.0/17",
            ]
        );
        assert_eq!(p.free_addresses(), 64_000);
        assert_eq!(p.subnets()[0].first_usable().to_string(), "10.0.10.4");
        assert_eq!(p.subnets()[5].last_usable().to_string(), "10.0.31.254");
    }

    #[test]
    fn tokyo_names_and_a_chosen_subnet_size() {
        let options = PlanOptions {
            az_names: Some(vec!["1a".into(), "1c".into(), "1d".into()]),
            subnet_prefix: Some(20),
        };
        let p = plan(net("10.0.0.0/16"), 3, &["web"], &options);
        // /20 gives 16 blocks: the tens pattern would need 13, so it still fits.
        let p = p.unwrap();
        assert_eq!(p.layout(), Layout::Tens);
        assert_eq!(
            rows(&p),
            [
                "10.0.160.0/20 web-1a 4091",
                "10.0.176.0/20 web-1c 4091",
                "10.0.192.0/20 web-1d 4091",
            ]
        );
    }

    #[test]
    fn falls_back_to_packing_when_the_tens_do_not_fit() {
        let options = PlanOptions {
            az_names: None,
            subnet_prefix: Some(20),
        };
        let p = plan(net("10.0.0.0/16"), 3, &["public", "private"], &options).unwrap();
        assert_eq!(
            p.layout(),
            Layout::Packed(PackReason::TooFewBlocks {
                needed: 23,
                available: 16
            })
        );
        assert_eq!(
            p.layout().to_string(),
            "packed: tier after tier from the first block, because the tens pattern needs 23 blocks and the VPC holds 16"
        );
        assert_eq!(
            rows(&p),
            [
                "10.0.0.0/20 public-a 4091",
                "10.0.16.0/20 public-b 4091",
                "10.0.32.0/20 public-c 4091",
                "10.0.48.0/20 private-a 4091",
                "10.0.64.0/20 private-b 4091",
                "10.0.80.0/20 private-c 4091",
            ]
        );
        let free: Vec<String> = p.free().iter().map(|n| n.to_string()).collect();
        assert_eq!(free, ["10.0.96.0/19", "10.0.128.0/17"]);
    }

    #[test]
    fn eleven_azs_are_packed() {
        let p = plan(net("10.0.0.0/16"), 11, &["app"], &PlanOptions::default()).unwrap();
        assert_eq!(
            p.layout(),
            Layout::Packed(PackReason::TooManyAzs { azs: 11 })
        );
        assert_eq!(p.subnets()[10].cidr().to_string(), "10.0.10.0/24");
    }

    #[test]
    fn small_vpcs_use_slash_28_subnets() {
        let p = plan(
            net("192.168.0.0/24"),
            2,
            &["public"],
            &PlanOptions::default(),
        )
        .unwrap();
        assert_eq!(p.subnet_prefix(), 28);
        assert_eq!(
            rows(&p),
            [
                "192.168.0.160/28 public-a 11",
                "192.168.0.176/28 public-b 11"
            ]
        );
        let whole = plan(net("192.168.0.0/28"), 1, &["only"], &PlanOptions::default()).unwrap();
        assert_eq!(rows(&whole), ["192.168.0.0/28 only-a 11"]);
        assert!(whole.free().is_empty());
    }

    #[test]
    fn refusals_say_why() {
        let default = PlanOptions::default();
        let cases: Vec<(Result<Plan, PlanError>, &str)> = vec![
            (
                plan(net("10.0.0.0/12"), 2, &["a"], &default),
                "VPC 10.0.0.0/12 is too large for AWS: /12 is shorter than /16, and an IPv4 VPC or subnet must be /16 to /28",
            ),
            (
                plan(net("10.0.0.0/16"), 0, &["a"], &default),
                "a plan needs at least 1 AZ",
            ),
            (
                plan::<&str>(net("10.0.0.0/16"), 2, &[], &default),
                "a plan needs at least 1 tier",
            ),
            (
                plan(net("10.0.0.0/16"), 27, &["a"], &default),
                "27 AZs is more than the 26 default names (a to z): name the AZs",
            ),
            (
                plan(
                    net("10.0.0.0/16"),
                    2,
                    &["a"],
                    &PlanOptions {
                        az_names: Some(vec!["1a".into()]),
                        subnet_prefix: None,
                    },
                ),
                "1 AZ names given for 2 AZs: give one name per AZ",
            ),
            (
                plan(
                    net("10.0.0.0/16"),
                    2,
                    &["a"],
                    &PlanOptions {
                        az_names: Some(vec!["1a".into(), "1a".into()]),
                        subnet_prefix: None,
                    },
                ),
                "AZ name \"1a\" is given twice: names must be unique",
            ),
            (
                plan(net("10.0.0.0/16"), 2, &["public", ""], &default),
                "tier name \"\" is not valid: use one word such as public or 1a",
            ),
            (
                plan(net("10.0.0.0/16"), 2, &["web app"], &default),
                "tier name \"web app\" is not valid: use one word such as public or 1a",
            ),
            (
                plan(
                    net("10.0.0.0/20"),
                    2,
                    &["a"],
                    &PlanOptions {
                        az_names: None,
                        subnet_prefix: Some(19),
                    },
                ),
                "subnet prefix /19 does not fit 10.0.0.0/20: subnets must be /20 to /28",
            ),
            (
                plan(
                    net("10.0.0.0/20"),
                    2,
                    &["a"],
                    &PlanOptions {
                        az_names: None,
                        subnet_prefix: Some(29),
                    },
                ),
                "subnet prefix /29 does not fit 10.0.0.0/20: subnets must be /20 to /28",
            ),
            (
                plan(
                    net("10.0.0.0/16"),
                    3,
                    &["a", "b", "c"],
                    &PlanOptions {
                        az_names: None,
                        subnet_prefix: Some(19),
                    },
                ),
                "10.0.0.0/16 cannot hold 3 tiers x 3 AZs = 9 subnets of /19: it has room for 8",
            ),
        ];
        for (result, message) in cases {
            assert_eq!(result.unwrap_err().to_string(), message);
        }
    }

    #[test]
    fn overlaps_in_a_list() {
        let ranges = [
            ("prod", net("10.0.0.0/16")),
            ("office", net("10.0.8.0/21")),
            ("v6", net("2001:db8::/32")),
            ("dev", net("10.1.0.0/16")),
            ("copy", net("10.0.0.0/16")),
            ("wide", net("10.0.0.0/8")),
        ];
        let found: Vec<String> = check_overlaps(&ranges)
            .iter()
            .map(|o| format!("{} {} {}", o.a.name, o.relation.code(), o.b.name))
            .collect();
        assert_eq!(
            found,
            [
                "prod contains office",
                "prod equal copy",
                "prod inside wide",
                "office inside copy",
                "office inside wide",
                "dev inside wide",
                "copy inside wide",
            ]
        );
        assert!(check_overlaps::<&str>(&[]).is_empty());
        let unnamed = check_overlaps(&[
            ("10.0.0.0/16", net("10.0.0.0/16")),
            ("10.0.1.0/24", net("10.0.1.0/24")),
        ]);
        assert_eq!(
            unnamed[0].to_string(),
            "10.0.0.0/16 contains 10.0.1.0/24: they cannot be peered or routed to each other over a Transit Gateway"
        );
    }
}
