//! Route tables and the longest-prefix match, with a trace of why each route won or lost.
//!
//! A table maps destination prefixes to targets (`10.0.0.0/16 local`,
//! `0.0.0.0/0 igw-0a1b2c3d`). Looking up an address picks the most specific destination
//! that contains it, the rule every router and every AWS route table follows. IPv4 and
//! IPv6 routes live in the same table but never match an address of the other family.

use std::collections::BTreeMap;
use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use ipnet::IpNet;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The kind of next hop a target id names, read from its prefix (`igw-`, `nat-`...).
///
/// ```
/// use netdojo::calc::route::TargetKind;
/// assert_eq!(TargetKind::of("nat-0a1b2c3d"), TargetKind::NatGateway);
/// assert_eq!(TargetKind::of("local").code(), "local");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    /// `local`: the VPC's own range, delivered inside the VPC.
    Local,
    /// `igw-…`: an Internet gateway.
    InternetGateway,
    /// `nat-…`: a NAT gateway.
    NatGateway,
    /// `pcx-…`: a VPC peering connection.
    PeeringConnection,
    /// `tgw-…`: a Transit Gateway.
    TransitGateway,
    /// `eni-…`: a network interface (for example an appliance instance).
    NetworkInterface,
    /// `vgw-…`: a virtual private gateway (site-to-site VPN or Direct Connect).
    VirtualPrivateGateway,
    /// `eigw-…`: an egress-only Internet gateway (IPv6, outbound only).
    EgressOnlyInternetGateway,
    /// Any other id, kept as written.
    Other,
}

/// Id prefixes and the kinds they name. `eigw-` must not be read as anything shorter.
const KIND_PREFIXES: [(&str, TargetKind); 7] = [
    ("igw-", TargetKind::InternetGateway),
    ("nat-", TargetKind::NatGateway),
    ("pcx-", TargetKind::PeeringConnection),
    ("tgw-", TargetKind::TransitGateway),
    ("eni-", TargetKind::NetworkInterface),
    ("vgw-", TargetKind::VirtualPrivateGateway),
    ("eigw-", TargetKind::EgressOnlyInternetGateway),
];

impl TargetKind {
    /// Reads the kind from a target id: `local`, or a known prefix followed by an id.
    ///
    /// ```
    /// use netdojo::calc::route::TargetKind;
    /// assert_eq!(TargetKind::of("igw-0a1b2c3d"), TargetKind::InternetGateway);
    /// assert_eq!(TargetKind::of("igw-"), TargetKind::Other);
    /// assert_eq!(TargetKind::of("vpce-11aa"), TargetKind::Other);
    /// ```
    pub fn of(id: &str) -> TargetKind {
        let lower = id.to_ascii_lowercase();
        if lower == "local" {
            return TargetKind::Local;
        }
        KIND_PREFIXES
            .iter()
            .find(|(prefix, _)| lower.len() > prefix.len() && lower.starts_with(prefix))
            .map_or(TargetKind::Other, |&(_, kind)| kind)
    }

    /// The short code used in JSON: local, igw, nat, pcx, tgw, eni, vgw, eigw or other.
    ///
    /// ```
    /// use netdojo::calc::route::TargetKind;
    /// assert_eq!(TargetKind::PeeringConnection.code(), "pcx");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            TargetKind::Local => "local",
            TargetKind::InternetGateway => "igw",
            TargetKind::NatGateway => "nat",
            TargetKind::PeeringConnection => "pcx",
            TargetKind::TransitGateway => "tgw",
            TargetKind::NetworkInterface => "eni",
            TargetKind::VirtualPrivateGateway => "vgw",
            TargetKind::EgressOnlyInternetGateway => "eigw",
            TargetKind::Other => "other",
        }
    }

    /// A plain-English name of the kind, for explanations.
    ///
    /// ```
    /// use netdojo::calc::route::TargetKind;
    /// assert_eq!(TargetKind::TransitGateway.describe(), "Transit Gateway");
    /// ```
    pub fn describe(self) -> &'static str {
        match self {
            TargetKind::Local => "inside the VPC",
            TargetKind::InternetGateway => "Internet gateway",
            TargetKind::NatGateway => "NAT gateway",
            TargetKind::PeeringConnection => "VPC peering connection",
            TargetKind::TransitGateway => "Transit Gateway",
            TargetKind::NetworkInterface => "network interface",
            TargetKind::VirtualPrivateGateway => "virtual private gateway",
            TargetKind::EgressOnlyInternetGateway => "egress-only Internet gateway",
            TargetKind::Other => "other target",
        }
    }
}

/// The next hop of a route, such as `local` or `igw-0a1b2c3d`; keeps the id as written.
///
/// ```
/// use netdojo::calc::route::{Target, TargetKind};
/// let target: Target = "pcx-11112222".parse().unwrap();
/// assert_eq!(target.kind(), TargetKind::PeeringConnection);
/// assert_eq!(target.to_string(), "pcx-11112222");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Target {
    id: String,
    kind: TargetKind,
}

impl Target {
    /// The id as written in the table.
    ///
    /// ```
    /// use netdojo::calc::route::Target;
    /// assert_eq!("local".parse::<Target>().unwrap().id(), "local");
    /// ```
    pub fn id(&self) -> &str {
        &self.id
    }

    /// What kind of next hop the id names.
    ///
    /// ```
    /// use netdojo::calc::route::{Target, TargetKind};
    /// assert_eq!("tgw-0f00".parse::<Target>().unwrap().kind(), TargetKind::TransitGateway);
    /// ```
    pub fn kind(&self) -> TargetKind {
        self.kind
    }
}

/// A target that is empty or is not one word.
///
/// ```
/// use netdojo::calc::route::Target;
/// let err = "igw 1".parse::<Target>().unwrap_err();
/// assert_eq!(err.to_string(), "\"igw 1\" is not a target: expected one word such as local, igw-0a1b2c3d or nat-0a1b2c3d");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error(
    "\"{input}\" is not a target: expected one word such as local, igw-0a1b2c3d or nat-0a1b2c3d"
)]
pub struct TargetError {
    /// The text that was given.
    pub input: String,
}

impl FromStr for Target {
    type Err = TargetError;

    fn from_str(s: &str) -> Result<Target, TargetError> {
        if s.is_empty() || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(TargetError {
                input: s.to_string(),
            });
        }
        Ok(Target {
            id: s.to_string(),
            kind: TargetKind::of(s),
        })
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id)
    }
}

/// One route: a destination prefix (its host bits all zero) and a target.
///
/// ```
/// use netdojo::calc::route::RouteTable;
/// let table: RouteTable = "10.0.0.0/16 local".parse().unwrap();
/// let route = &table.routes()[0];
/// assert_eq!(route.destination().to_string(), "10.0.0.0/16");
/// assert_eq!(route.to_string(), "10.0.0.0/16 local");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Route {
    destination: IpNet,
    target: Target,
}

impl Route {
    /// The destination prefix.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let table: RouteTable = "::/0 eigw-0abc".parse().unwrap();
    /// assert_eq!(table.routes()[0].destination().prefix_len(), 0);
    /// ```
    pub fn destination(&self) -> IpNet {
        self.destination
    }

    /// The target traffic for the destination is sent to.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let table: RouteTable = "0.0.0.0/0 nat-0abc".parse().unwrap();
    /// assert_eq!(table.routes()[0].target().id(), "nat-0abc");
    /// ```
    pub fn target(&self) -> &Target {
        &self.target
    }
}

impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.destination, self.target)
    }
}

/// One route as written in a file, before it is checked (the JSON form deserializes to this).
///
/// ```
/// use netdojo::calc::route::{RouteSpec, RouteTable};
/// let specs = vec![RouteSpec::new("10.0.0.0/16", "local")];
/// assert_eq!(RouteTable::from_specs(specs).unwrap().len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteSpec {
    /// The destination prefix, as text (`10.0.0.0/16`).
    pub destination: String,
    /// The target id, as text (`local`, `igw-0a1b2c3d`).
    pub target: String,
}

impl RouteSpec {
    /// A spec from a destination and a target.
    ///
    /// ```
    /// use netdojo::calc::route::RouteSpec;
    /// assert_eq!(RouteSpec::new("0.0.0.0/0", "igw-1").target, "igw-1");
    /// ```
    pub fn new(destination: impl Into<String>, target: impl Into<String>) -> RouteSpec {
        RouteSpec {
            destination: destination.into(),
            target: target.into(),
        }
    }
}

/// Where a route came from: a line of a text table or an entry of a JSON array (1-based).
///
/// ```
/// use netdojo::calc::route::Place;
/// assert_eq!(Place::Line(3).to_string(), "line 3");
/// assert_eq!(Place::Entry(2).to_string(), "entry 2");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A line of the text format.
    Line(usize),
    /// An element of the JSON array.
    Entry(usize),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Line(n) => write!(f, "line {n}"),
            Place::Entry(n) => write!(f, "entry {n}"),
        }
    }
}

/// Why a route table could not be built; each names where the problem is.
///
/// ```
/// use netdojo::calc::route::parse_text;
/// let err = parse_text("10.0.0.0/16 local\n10.0.0.0/16 pcx-1").unwrap_err();
/// assert_eq!(err.to_string(), "line 2: \"10.0.0.0/16\" is already the destination of line 1: a route table holds one route per destination");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RouteError {
    /// A line with a destination but no target.
    #[error(
        "{place}: \"{input}\" has no target: write DESTINATION TARGET, e.g. 0.0.0.0/0 igw-0a1b2c3d"
    )]
    MissingTarget {
        /// Where the route is.
        place: Place,
        /// The text of the route.
        input: String,
    },
    /// A line with more than a destination and a target.
    #[error(
        "{place}: unexpected \"{extra}\" after the target: write one route per line, DESTINATION TARGET"
    )]
    ExtraText {
        /// Where the route is.
        place: Place,
        /// The text after the target.
        extra: String,
    },
    /// A destination that is not an IPv4 or IPv6 prefix.
    #[error(
        "{place}: \"{input}\" is not a destination: expected an IPv4 or IPv6 prefix such as 10.0.0.0/16"
    )]
    BadDestination {
        /// Where the route is.
        place: Place,
        /// The destination as written.
        input: String,
    },
    /// A destination with host bits set, which would hide what it really covers.
    #[error("{place}: destination \"{input}\" has host bits set: the network is {network}")]
    HostBitsSet {
        /// Where the route is.
        place: Place,
        /// The destination as written.
        input: String,
        /// The network the prefix belongs to.
        network: IpNet,
    },
    /// A target that is empty or not one word.
    #[error("{place}: {source}")]
    BadTarget {
        /// Where the route is.
        place: Place,
        /// What is wrong with the target.
        source: TargetError,
    },
    /// Two routes with the same destination: the table would be ambiguous.
    #[error(
        "{place}: \"{input}\" is already the destination of {first}: a route table holds one route per destination"
    )]
    Duplicate {
        /// Where the second route is.
        place: Place,
        /// The destination as written the second time.
        input: String,
        /// Where the first route is.
        first: Place,
    },
}

/// Reads a route table in the text format: `DESTINATION TARGET` per line, `#` comments.
///
/// ```
/// use netdojo::calc::route::parse_text;
/// let table = parse_text("# main table\n10.0.0.0/16 local\n0.0.0.0/0 igw-0a1b  # Internet\n").unwrap();
/// assert_eq!(table.len(), 2);
/// let err = parse_text("10.0.0.0/16\n").unwrap_err();
/// assert_eq!(err.to_string(), "line 1: \"10.0.0.0/16\" has no target: write DESTINATION TARGET, e.g. 0.0.0.0/0 igw-0a1b2c3d");
/// ```
pub fn parse_text(text: &str) -> Result<RouteTable, RouteError> {
    let mut specs = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let place = Place::Line(index.saturating_add(1));
        let content = raw.split('#').next().unwrap_or("").trim();
        if content.is_empty() {
            continue;
        }
        let mut words = content.split_whitespace();
        let destination = words.next().unwrap_or("");
        let Some(target) = words.next() else {
            return Err(RouteError::MissingTarget {
                place,
                input: content.to_string(),
            });
        };
        if words.next().is_some() {
            // Name everything after the target, as written, so the user sees what to remove.
            let extra = content
                .strip_prefix(destination)
                .map(str::trim_start)
                .and_then(|rest| rest.strip_prefix(target))
                .unwrap_or("")
                .trim();
            return Err(RouteError::ExtraText {
                place,
                extra: extra.to_string(),
            });
        }
        specs.push((place, RouteSpec::new(destination, target)));
    }
    RouteTable::build(specs)
}

/// The routes of one IP family, grouped by prefix length for a fast longest-prefix match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct FamilyIndex {
    /// Longest prefix first; within a length, networks sorted for a binary search.
    by_len: Vec<(u8, Vec<(u128, usize)>)>,
}

impl FamilyIndex {
    fn insert(&mut self, len: u8, network: u128, route: usize) {
        match self.by_len.binary_search_by(|(l, _)| len.cmp(l)) {
            Ok(at) => {
                if let Some((_, nets)) = self.by_len.get_mut(at) {
                    let pos = nets.partition_point(|&(n, _)| n < network);
                    nets.insert(pos, (network, route));
                }
            }
            Err(at) => self.by_len.insert(at, (len, vec![(network, route)])),
        }
    }

    fn best(&self, key: u128, width: u32) -> Option<usize> {
        self.by_len.iter().find_map(|(len, nets)| {
            let masked = key & mask(width, *len);
            nets.binary_search_by(|&(n, _)| n.cmp(&masked))
                .ok()
                .and_then(|at| nets.get(at))
                .map(|&(_, route)| route)
        })
    }
}

/// The mask of `len` leading one bits in an address `width` bits wide, as a u128.
fn mask(width: u32, len: u8) -> u128 {
    let ones = u128::MAX
        .checked_shl(128 - width)
        .map_or(0, |m| m >> (128 - width));
    let host = ones.checked_shr(u32::from(len)).unwrap_or(0);
    ones & !host
}

/// The address as an integer, and the width of its family in bits.
fn address_key(addr: IpAddr) -> (u128, u32) {
    match addr {
        IpAddr::V4(a) => (u128::from(u32::from(a)), 32),
        IpAddr::V6(a) => (u128::from(a), 128),
    }
}

/// Reads a destination prefix; a bare address is a /32 or /128 route.
// The strict shared parser replaces this once it exists, so every face reads prefixes alike.
fn parse_destination(text: &str) -> Option<IpNet> {
    crate::calc::parse::parse_net(text).ok()
}

/// A checked route table: no destination with host bits set, no two routes for one prefix.
///
/// ```
/// use netdojo::calc::route::RouteTable;
/// let table: RouteTable = "10.0.0.0/16 local\n0.0.0.0/0 igw-0a1b".parse().unwrap();
/// let best = table.best("10.0.3.4".parse().unwrap()).unwrap();
/// assert_eq!(best.target().id(), "local");
/// assert_eq!(table.to_string(), "10.0.0.0/16 local\n0.0.0.0/0 igw-0a1b\n");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RouteTable {
    routes: Vec<Route>,
    v4: FamilyIndex,
    v6: FamilyIndex,
}

impl RouteTable {
    /// Builds a table from specs (for example the JSON form); errors name the 1-based entry.
    ///
    /// ```
    /// use netdojo::calc::route::{RouteSpec, RouteTable};
    /// let err = RouteTable::from_specs(vec![RouteSpec::new("10.0.0.1/16", "local")]).unwrap_err();
    /// assert_eq!(err.to_string(), "entry 1: destination \"10.0.0.1/16\" has host bits set: the network is 10.0.0.0/16");
    /// ```
    pub fn from_specs(
        specs: impl IntoIterator<Item = RouteSpec>,
    ) -> Result<RouteTable, RouteError> {
        let placed = specs
            .into_iter()
            .enumerate()
            .map(|(i, spec)| (Place::Entry(i.saturating_add(1)), spec));
        RouteTable::build(placed)
    }

    fn build(
        specs: impl IntoIterator<Item = (Place, RouteSpec)>,
    ) -> Result<RouteTable, RouteError> {
        let mut table = RouteTable::default();
        let mut seen: BTreeMap<IpNet, Place> = BTreeMap::new();
        for (place, spec) in specs {
            let input = spec.destination.trim();
            let destination =
                parse_destination(input).ok_or_else(|| RouteError::BadDestination {
                    place,
                    input: spec.destination.clone(),
                })?;
            if destination.trunc() != destination {
                return Err(RouteError::HostBitsSet {
                    place,
                    input: spec.destination.clone(),
                    network: destination.trunc(),
                });
            }
            let target = spec
                .target
                .trim()
                .parse::<Target>()
                .map_err(|source| RouteError::BadTarget { place, source })?;
            if let Some(&first) = seen.get(&destination) {
                return Err(RouteError::Duplicate {
                    place,
                    input: spec.destination.clone(),
                    first,
                });
            }
            seen.insert(destination, place);
            let index = table.routes.len();
            let (key, _) = address_key(destination.network());
            let len = destination.prefix_len();
            match destination {
                IpNet::V4(_) => table.v4.insert(len, key, index),
                IpNet::V6(_) => table.v6.insert(len, key, index),
            }
            table.routes.push(Route {
                destination,
                target,
            });
        }
        Ok(table)
    }

    /// The routes, in the order they were written.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let table: RouteTable = "0.0.0.0/0 igw-1\n10.0.0.0/16 local".parse().unwrap();
    /// assert_eq!(table.routes()[1].target().id(), "local");
    /// ```
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    /// How many routes the table holds.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// assert_eq!("10.0.0.0/16 local".parse::<RouteTable>().unwrap().len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        self.routes.len()
    }

    /// Whether the table holds no route at all.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// assert!("# nothing yet\n".parse::<RouteTable>().unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }

    /// The route used for an address: the longest destination prefix that contains it.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let table: RouteTable = "10.0.0.0/16 local\n10.0.20.0/24 pcx-1\n0.0.0.0/0 igw-1".parse().unwrap();
    /// assert_eq!(table.best("10.0.20.7".parse().unwrap()).unwrap().target().id(), "pcx-1");
    /// assert!(table.best("2001:db8::1".parse().unwrap()).is_none());
    /// ```
    pub fn best(&self, address: IpAddr) -> Option<&Route> {
        let (key, width) = address_key(address);
        let index = match address {
            IpAddr::V4(_) => &self.v4,
            IpAddr::V6(_) => &self.v6,
        };
        index
            .best(key, width)
            .and_then(|route| self.routes.get(route))
    }

    /// Looks an address up and explains the verdict on every route.
    ///
    /// ```
    /// use netdojo::calc::route::{RouteTable, Verdict};
    /// let table: RouteTable = "10.0.0.0/16 local\n10.0.20.0/24 pcx-1\n10.1.0.0/16 tgw-1".parse().unwrap();
    /// let lookup = table.lookup("10.0.20.7".parse().unwrap());
    /// assert_eq!(lookup.route().unwrap().target().id(), "pcx-1");
    /// let reasons: Vec<String> = lookup.trace().iter().map(|s| s.to_string()).collect();
    /// assert_eq!(reasons, [
    ///     "matches but loses: /16 is less specific than /24",
    ///     "matches: 10.0.20.7 is inside 10.0.20.0/24 (24 bits), the longest match",
    ///     "no match: 10.0.20.7 is outside 10.1.0.0/16",
    /// ]);
    /// assert_eq!(lookup.trace()[2].verdict(), Verdict::Outside);
    /// ```
    pub fn lookup(&self, address: IpAddr) -> Lookup<'_> {
        let winner = self.best(address);
        let winner_len = winner.map(|r| r.destination.prefix_len());
        let trace = self
            .routes
            .iter()
            .map(|route| {
                let verdict = if !same_family(route.destination, address) {
                    Verdict::OtherFamily
                } else if !route.destination.contains(&address) {
                    Verdict::Outside
                } else if winner.is_some_and(|w| std::ptr::eq(w, route)) {
                    Verdict::Wins
                } else {
                    Verdict::Loses {
                        winner_prefix: winner_len.unwrap_or(0),
                    }
                };
                Step {
                    address,
                    route,
                    verdict,
                }
            })
            .collect();
        Lookup {
            address,
            winner,
            trace,
        }
    }

    /// The default route to an Internet gateway, if any (IPv4 first, then IPv6).
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let table: RouteTable = "10.0.0.0/16 local\n::/0 igw-1".parse().unwrap();
    /// assert_eq!(table.internet_route().unwrap().to_string(), "::/0 igw-1");
    /// ```
    pub fn internet_route(&self) -> Option<&Route> {
        let defaults = |v4: bool| {
            self.routes.iter().find(move |r| {
                r.destination.prefix_len() == 0
                    && matches!(r.destination, IpNet::V4(_)) == v4
                    && r.target.kind == TargetKind::InternetGateway
            })
        };
        defaults(true).or_else(|| defaults(false))
    }

    /// Whether subnets using this table are public: a default route goes to an Internet gateway.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let public: RouteTable = "10.0.0.0/16 local\n0.0.0.0/0 igw-1".parse().unwrap();
    /// let private: RouteTable = "10.0.0.0/16 local\n0.0.0.0/0 nat-1".parse().unwrap();
    /// assert!(public.is_public());
    /// assert!(!private.is_public());
    /// ```
    pub fn is_public(&self) -> bool {
        self.internet_route().is_some()
    }
}

fn same_family(net: IpNet, address: IpAddr) -> bool {
    matches!(
        (net, address),
        (IpNet::V4(_), IpAddr::V4(_)) | (IpNet::V6(_), IpAddr::V6(_))
    )
}

impl FromStr for RouteTable {
    type Err = RouteError;

    fn from_str(s: &str) -> Result<RouteTable, RouteError> {
        parse_text(s)
    }
}

impl fmt::Display for RouteTable {
    /// Writes the text format, one route per line, which reads back to the same table.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.routes
            .iter()
            .try_for_each(|route| writeln!(f, "{route}"))
    }
}

/// What a lookup decided about one route.
///
/// ```
/// use netdojo::calc::route::{RouteTable, Verdict};
/// let table: RouteTable = "2001:db8::/32 local".parse().unwrap();
/// let lookup = table.lookup("192.0.2.1".parse().unwrap());
/// assert_eq!(lookup.trace()[0].verdict(), Verdict::OtherFamily);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The longest destination that contains the address: this route is used.
    Wins,
    /// The destination contains the address, but a longer prefix also does.
    Loses {
        /// The prefix length of the route that won.
        winner_prefix: u8,
    },
    /// The address is outside the destination.
    Outside,
    /// The destination is of the other IP family, so it can never match.
    OtherFamily,
}

impl Verdict {
    /// The short code used in JSON: wins, loses, outside or other_family.
    ///
    /// ```
    /// use netdojo::calc::route::Verdict;
    /// assert_eq!(Verdict::Loses { winner_prefix: 24 }.code(), "loses");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Wins => "wins",
            Verdict::Loses { .. } => "loses",
            Verdict::Outside => "outside",
            Verdict::OtherFamily => "other_family",
        }
    }
}

/// One line of a lookup's trace: a route and why it matched or not.
///
/// ```
/// use netdojo::calc::route::RouteTable;
/// let table: RouteTable = "0.0.0.0/0 igw-1".parse().unwrap();
/// let lookup = table.lookup("198.51.100.1".parse().unwrap());
/// assert_eq!(lookup.trace()[0].to_string(),
///     "matches: 0.0.0.0/0 is the default route, it holds every IPv4 address and nothing longer matches");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step<'a> {
    address: IpAddr,
    route: &'a Route,
    verdict: Verdict,
}

impl<'a> Step<'a> {
    /// The route this step is about.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let table: RouteTable = "10.0.0.0/16 local".parse().unwrap();
    /// let lookup = table.lookup("10.0.0.1".parse().unwrap());
    /// assert_eq!(lookup.trace()[0].route().target().id(), "local");
    /// ```
    pub fn route(&self) -> &'a Route {
        self.route
    }

    /// The verdict on the route.
    ///
    /// ```
    /// use netdojo::calc::route::{RouteTable, Verdict};
    /// let table: RouteTable = "10.0.0.0/16 local".parse().unwrap();
    /// assert_eq!(table.lookup("10.0.0.1".parse().unwrap()).trace()[0].verdict(), Verdict::Wins);
    /// ```
    pub fn verdict(&self) -> Verdict {
        self.verdict
    }
}

impl fmt::Display for Step<'_> {
    /// The reason, as one sentence.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let destination = self.route.destination;
        let len = destination.prefix_len();
        match self.verdict {
            Verdict::Wins if len == 0 => {
                let family = if destination.max_prefix_len() == 32 {
                    "IPv4"
                } else {
                    "IPv6"
                };
                write!(
                    f,
                    "matches: {destination} is the default route, it holds every {family} address and nothing longer matches"
                )
            }
            Verdict::Wins => write!(
                f,
                "matches: {} is inside {destination} ({len} bits), the longest match",
                self.address
            ),
            Verdict::Loses { winner_prefix } => write!(
                f,
                "matches but loses: /{len} is less specific than /{winner_prefix}"
            ),
            Verdict::Outside => write!(f, "no match: {} is outside {destination}", self.address),
            Verdict::OtherFamily => {
                let (route_family, address_family) = match self.address {
                    IpAddr::V4(_) => ("IPv6", "IPv4"),
                    IpAddr::V6(_) => ("IPv4", "IPv6"),
                };
                write!(
                    f,
                    "no match: {destination} is an {route_family} route and {} is an {address_family} address",
                    self.address
                )
            }
        }
    }
}

/// The result of looking an address up: the route used (if any) and the trace of every route.
///
/// ```
/// use netdojo::calc::route::RouteTable;
/// let table: RouteTable = "10.0.0.0/16 local".parse().unwrap();
/// let lookup = table.lookup("192.0.2.1".parse().unwrap());
/// assert!(lookup.route().is_none());
/// assert_eq!(lookup.trace().len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup<'a> {
    address: IpAddr,
    winner: Option<&'a Route>,
    trace: Vec<Step<'a>>,
}

impl<'a> Lookup<'a> {
    /// The address that was looked up.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let table = RouteTable::default();
    /// assert_eq!(table.lookup("10.0.0.1".parse().unwrap()).address().to_string(), "10.0.0.1");
    /// ```
    pub fn address(&self) -> IpAddr {
        self.address
    }

    /// The route used, or `None` when no destination contains the address ("no route").
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let table: RouteTable = "0.0.0.0/0 igw-1".parse().unwrap();
    /// assert_eq!(table.lookup("10.9.9.9".parse().unwrap()).route().unwrap().target().id(), "igw-1");
    /// ```
    pub fn route(&self) -> Option<&'a Route> {
        self.winner
    }

    /// Every route of the table, in table order, with its verdict.
    ///
    /// ```
    /// use netdojo::calc::route::RouteTable;
    /// let table: RouteTable = "10.0.0.0/16 local\n0.0.0.0/0 igw-1".parse().unwrap();
    /// assert_eq!(table.lookup("10.0.0.1".parse().unwrap()).trace().len(), 2);
    /// ```
    pub fn trace(&self) -> &[Step<'a>] {
        &self.trace
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> RouteTable {
        parse_text(text).unwrap()
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn reasons(table: &RouteTable, address: &str) -> Vec<String> {
        table
            .lookup(ip(address))
            .trace()
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn target_kinds_come_from_the_id_prefix() {
        let cases = [
            ("local", TargetKind::Local),
            ("LOCAL", TargetKind::Local),
            ("igw-0a1b", TargetKind::InternetGateway),
            ("nat-0a1b", TargetKind::NatGateway),
            ("pcx-0a1b", TargetKind::PeeringConnection),
            ("tgw-0a1b", TargetKind::TransitGateway),
            ("eni-0a1b", TargetKind::NetworkInterface),
            ("vgw-0a1b", TargetKind::VirtualPrivateGateway),
            ("eigw-0a1b", TargetKind::EgressOnlyInternetGateway),
            ("vpce-0a1b", TargetKind::Other),
            ("localhost", TargetKind::Other),
            ("nat-", TargetKind::Other),
            ("igw", TargetKind::Other),
        ];
        for (id, kind) in cases {
            assert_eq!(TargetKind::of(id), kind, "{id}");
        }
    }

    #[test]
    fn target_keeps_its_text_and_rejects_empty_or_spaced_ids() {
        let target: Target = "Other-Thing".parse().unwrap();
        assert_eq!(target.id(), "Other-Thing");
        assert_eq!(target.kind(), TargetKind::Other);
        assert_eq!("".parse::<Target>().unwrap_err().input, "");
        assert_eq!("a\tb".parse::<Target>().unwrap_err().input, "a\tb");
    }

    #[test]
    fn text_format_skips_comments_and_blank_lines() {
        let t = table("\n# header\n  10.0.0.0/16   local  # the VPC\n\n0.0.0.0/0 igw-1\n#end");
        assert_eq!(t.to_string(), "10.0.0.0/16 local\n0.0.0.0/0 igw-1\n");
    }

    #[test]
    fn text_errors_name_the_line_and_the_value() {
        let cases = [
            (
                "10.0.0.0/16 local\n10.0.0.0/33 igw-1",
                "line 2: \"10.0.0.0/33\" is not a destination: expected an IPv4 or IPv6 prefix such as 10.0.0.0/16",
            ),
            (
                "\n\n10.0.0.5/16 local",
                "line 3: destination \"10.0.0.5/16\" has host bits set: the network is 10.0.0.0/16",
            ),
            (
                "2001:db8::1/32 local",
                "line 1: destination \"2001:db8::1/32\" has host bits set: the network is 2001:db8::/32",
            ),
            (
                "10.0.0.0/16 local extra words # c",
                "line 1: unexpected \"extra words\" after the target: write one route per line, DESTINATION TARGET",
            ),
            (
                "# c\n10.0.0.0/16",
                "line 2: \"10.0.0.0/16\" has no target: write DESTINATION TARGET, e.g. 0.0.0.0/0 igw-0a1b2c3d",
            ),
            (
                "10.0.0.0/16 local\n# x\n0.0.0.0/0 igw-1\n10.0.0.0/16 pcx-2",
                "line 4: \"10.0.0.0/16\" is already the destination of line 1: a route table holds one route per destination",
            ),
            (
                "10.0.0.1 eni-1\n10.0.0.1/32 eni-2",
                "line 2: \"10.0.0.1/32\" is already the destination of line 1: a route table holds one route per destination",
            ),
        ];
        for (text, message) in cases {
            assert_eq!(parse_text(text).unwrap_err().to_string(), message, "{text}");
        }
    }

    #[test]
    fn spec_errors_name_the_entry() {
        let specs = vec![
            RouteSpec::new("10.0.0.0/16", "local"),
            RouteSpec::new("10.1.0.0/16", ""),
        ];
        assert_eq!(
            RouteTable::from_specs(specs).unwrap_err().to_string(),
            "entry 2: \"\" is not a target: expected one word such as local, igw-0a1b2c3d or nat-0a1b2c3d"
        );
        let specs = vec![
            RouteSpec::new("::/0", "igw-1"),
            RouteSpec::new("0.0.0.0/0", "igw-1"),
            RouteSpec::new("::/0", "eigw-1"),
        ];
        assert_eq!(
            RouteTable::from_specs(specs).unwrap_err().to_string(),
            "entry 3: \"::/0\" is already the destination of entry 1: a route table holds one route per destination"
        );
    }

    #[test]
    fn longest_prefix_wins_and_the_trace_explains_every_route() {
        let t = table(
            "10.0.0.0/16 local\n10.0.20.0/24 pcx-1\n0.0.0.0/0 igw-1\n10.1.0.0/16 tgw-1\n2001:db8::/32 local",
        );
        assert_eq!(
            reasons(&t, "10.0.20.7"),
            [
                "matches but loses: /16 is less specific than /24",
                "matches: 10.0.20.7 is inside 10.0.20.0/24 (24 bits), the longest match",
                "matches but loses: /0 is less specific than /24",
                "no match: 10.0.20.7 is outside 10.1.0.0/16",
                "no match: 2001:db8::/32 is an IPv6 route and 10.0.20.7 is an IPv4 address",
            ]
        );
        assert_eq!(
            reasons(&t, "198.51.100.7")[2],
            "matches: 0.0.0.0/0 is the default route, it holds every IPv4 address and nothing longer matches"
        );
        assert_eq!(
            reasons(&t, "2001:db8::5")[4],
            "matches: 2001:db8::5 is inside 2001:db8::/32 (32 bits), the longest match"
        );
        assert_eq!(
            reasons(&t, "2001:db8::5")[0],
            "no match: 10.0.0.0/16 is an IPv4 route and 2001:db8::5 is an IPv6 address"
        );
    }

    #[test]
    fn no_route_when_nothing_contains_the_address() {
        let t = table("10.0.0.0/16 local\n::/0 igw-1");
        let lookup = t.lookup(ip("192.0.2.1"));
        assert!(lookup.route().is_none());
        let verdicts: Vec<Verdict> = lookup.trace().iter().map(|s| s.verdict()).collect();
        assert_eq!(verdicts, [Verdict::Outside, Verdict::OtherFamily]);
    }

    #[test]
    fn host_routes_and_edges_of_the_address_space() {
        let t = table(
            "0.0.0.0/0 igw-1\n255.255.255.255/32 eni-1\n0.0.0.0/32 eni-2\n::/0 eigw-1\nffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128 eni-3\n::/128 eni-4",
        );
        let target = |a: &str| t.best(ip(a)).unwrap().target().id().to_string();
        assert_eq!(target("255.255.255.255"), "eni-1");
        assert_eq!(target("255.255.255.254"), "igw-1");
        assert_eq!(target("0.0.0.0"), "eni-2");
        assert_eq!(target("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"), "eni-3");
        assert_eq!(target("::"), "eni-4");
        assert_eq!(target("::1"), "eigw-1");
    }

    #[test]
    fn public_needs_a_default_route_to_an_internet_gateway() {
        assert!(table("0.0.0.0/0 igw-1").is_public());
        assert!(!table("0.0.0.0/0 nat-1\n::/0 eigw-1").is_public());
        // A specific route to an Internet gateway is not a default route.
        assert!(!table("198.51.100.0/24 igw-1").is_public());
        assert_eq!(
            table("::/0 igw-6\n0.0.0.0/0 igw-4")
                .internet_route()
                .unwrap()
                .target()
                .id(),
            "igw-4"
        );
    }

    #[test]
    fn mask_has_the_leading_ones() {
        assert_eq!(mask(32, 0), 0);
        assert_eq!(mask(32, 8), 0xff00_0000);
        assert_eq!(mask(32, 32), 0xffff_ffff);
        assert_eq!(mask(128, 128), u128::MAX);
        assert_eq!(mask(128, 1), 1 << 127);
    }
}
