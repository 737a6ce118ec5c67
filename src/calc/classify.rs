//! What kind of address space a block is in, by the IANA special-purpose registries,
//! and the historic (classful) class of an IPv4 address.
//!
//! A block gets the class of the most specific registry block that holds all of it.
//! When its addresses do not all share one class, it is [`Classification::Mixed`]:
//! `10.0.0.0/7` (private and public), `240.0.0.0/4` (it includes the limited
//! broadcast address) and `2000::/3` (it includes the documentation block) are mixed.
//!
//! IPv4 space outside every listed block is public. IPv6 space outside every listed
//! block (global unicast `2000::/3` is one of them) is reserved by the IETF.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;
use serde::Serialize;

/// The kind of address space a block belongs to.
///
/// ```
/// use netdojo::calc::classify::{classify, Classification};
/// let net = "100.64.1.0/24".parse().unwrap();
/// assert_eq!(classify(net), Classification::Shared);
/// assert!(!classify(net).is_rfc1918());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Classification {
    /// IPv4 0.0.0.0/8: "this network" (RFC 791).
    ThisNetwork,
    /// IPv4 10/8, 172.16/12, 192.168/16 (RFC 1918).
    Private,
    /// IPv4 100.64.0.0/10: shared address space for carrier-grade NAT (RFC 6598).
    Shared,
    /// IPv4 127.0.0.0/8, IPv6 ::1/128.
    Loopback,
    /// IPv4 169.254.0.0/16, IPv6 fe80::/10.
    LinkLocal,
    /// IPv4 192.0.0.0/24: IETF protocol assignments (RFC 6890).
    ProtocolAssignments,
    /// IPv4 TEST-NET-1/2/3 (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, RFC 5737),
    /// IPv6 2001:db8::/32 (RFC 3849).
    Documentation,
    /// IPv4 198.18.0.0/15: network benchmarking (RFC 2544).
    Benchmarking,
    /// IPv4 224.0.0.0/4, IPv6 ff00::/8.
    Multicast,
    /// IPv4 240.0.0.0/4; IPv6 space outside every other listed block.
    Reserved,
    /// IPv4 255.255.255.255/32.
    LimitedBroadcast,
    /// IPv4 space outside every listed block.
    Public,
    /// IPv6 ::/128.
    Unspecified,
    /// IPv6 ::ffff:0:0/96: IPv4 addresses written as IPv6.
    Ipv4Mapped,
    /// IPv6 fc00::/7: unique local addresses (RFC 4193).
    UniqueLocal,
    /// IPv6 2000::/3, outside the more specific blocks above.
    GlobalUnicast,
    /// The block's addresses fall in more than one of the kinds above.
    Mixed,
}

impl Classification {
    /// Every classification, in declaration order.
    ///
    /// ```
    /// use netdojo::calc::classify::Classification;
    /// assert_eq!(Classification::ALL.len(), 17);
    /// ```
    pub const ALL: [Classification; 17] = [
        Classification::ThisNetwork,
        Classification::Private,
        Classification::Shared,
        Classification::Loopback,
        Classification::LinkLocal,
        Classification::ProtocolAssignments,
        Classification::Documentation,
        Classification::Benchmarking,
        Classification::Multicast,
        Classification::Reserved,
        Classification::LimitedBroadcast,
        Classification::Public,
        Classification::Unspecified,
        Classification::Ipv4Mapped,
        Classification::UniqueLocal,
        Classification::GlobalUnicast,
        Classification::Mixed,
    ];

    /// A stable snake_case id, used in JSON output and progress files.
    ///
    /// ```
    /// use netdojo::calc::classify::Classification;
    /// assert_eq!(Classification::LinkLocal.id(), "link_local");
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            Classification::ThisNetwork => "this_network",
            Classification::Private => "private",
            Classification::Shared => "shared",
            Classification::Loopback => "loopback",
            Classification::LinkLocal => "link_local",
            Classification::ProtocolAssignments => "protocol_assignments",
            Classification::Documentation => "documentation",
            Classification::Benchmarking => "benchmarking",
            Classification::Multicast => "multicast",
            Classification::Reserved => "reserved",
            Classification::LimitedBroadcast => "limited_broadcast",
            Classification::Public => "public",
            Classification::Unspecified => "unspecified",
            Classification::Ipv4Mapped => "ipv4_mapped",
            Classification::UniqueLocal => "unique_local",
            Classification::GlobalUnicast => "global_unicast",
            Classification::Mixed => "mixed",
        }
    }

    /// A short English label for people.
    ///
    /// ```
    /// use netdojo::calc::classify::Classification;
    /// assert_eq!(Classification::Private.label_en(), "private (RFC 1918)");
    /// ```
    pub const fn label_en(self) -> &'static str {
        match self {
            Classification::ThisNetwork => "this network",
            Classification::Private => "private (RFC 1918)",
            Classification::Shared => "shared address space (CGNAT, RFC 6598)",
            Classification::Loopback => "loopback",
            Classification::LinkLocal => "link-local",
            Classification::ProtocolAssignments => "IETF protocol assignments",
            Classification::Documentation => "documentation",
            Classification::Benchmarking => "benchmarking",
            Classification::Multicast => "multicast",
            Classification::Reserved => "reserved",
            Classification::LimitedBroadcast => "limited broadcast",
            Classification::Public => "public",
            Classification::Unspecified => "unspecified",
            Classification::Ipv4Mapped => "IPv4-mapped",
            Classification::UniqueLocal => "unique local (ULA)",
            Classification::GlobalUnicast => "global unicast",
            Classification::Mixed => "mixed (spans more than one kind)",
        }
    }

    /// A short Japanese label for people.
    ///
    /// ```
    /// use netdojo::calc::classify::Classification;
    /// assert_eq!(Classification::Loopback.label_ja(), "ループバック");
    /// ```
    pub const fn label_ja(self) -> &'static str {
        match self {
            Classification::ThisNetwork => "このネットワーク",
            Classification::Private => "プライベート (RFC 1918)",
            Classification::Shared => "共有アドレス空間 (CGNAT, RFC 6598)",
            Classification::Loopback => "ループバック",
            Classification::LinkLocal => "リンクローカル",
            Classification::ProtocolAssignments => "IETFプロトコル割り当て",
            Classification::Documentation => "ドキュメント用",
            Classification::Benchmarking => "ベンチマーク用",
            Classification::Multicast => "マルチキャスト",
            Classification::Reserved => "予約済み",
            Classification::LimitedBroadcast => "限定ブロードキャスト",
            Classification::Public => "パブリック",
            Classification::Unspecified => "未指定",
            Classification::Ipv4Mapped => "IPv4射影アドレス",
            Classification::UniqueLocal => "ユニークローカル (ULA)",
            Classification::GlobalUnicast => "グローバルユニキャスト",
            Classification::Mixed => "混在（複数の種別にまたがる）",
        }
    }

    /// Whether this is one of the three RFC 1918 private blocks.
    ///
    /// ```
    /// use netdojo::calc::classify::Classification;
    /// assert!(Classification::Private.is_rfc1918());
    /// assert!(!Classification::UniqueLocal.is_rfc1918());
    /// ```
    pub const fn is_rfc1918(self) -> bool {
        matches!(self, Classification::Private)
    }
}

/// Writes the English label.
///
/// ```
/// use netdojo::calc::classify::Classification;
/// assert_eq!(Classification::Multicast.to_string(), "multicast");
/// ```
impl fmt::Display for Classification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.label_en())
    }
}

const fn v4(a: u8, b: u8, c: u8, d: u8, prefix: u8) -> IpNet {
    IpNet::new_assert(IpAddr::V4(Ipv4Addr::new(a, b, c, d)), prefix)
}

const fn v6(segments: [u16; 8], prefix: u8) -> IpNet {
    let [a, b, c, d, e, f, g, h] = segments;
    IpNet::new_assert(IpAddr::V6(Ipv6Addr::new(a, b, c, d, e, f, g, h)), prefix)
}

/// IANA IPv4 Special-Purpose Address Registry entries this tool teaches.
const V4_BLOCKS: [(IpNet, Classification); 15] = [
    (v4(0, 0, 0, 0, 8), Classification::ThisNetwork),
    (v4(10, 0, 0, 0, 8), Classification::Private),
    (v4(100, 64, 0, 0, 10), Classification::Shared),
    (v4(127, 0, 0, 0, 8), Classification::Loopback),
    (v4(169, 254, 0, 0, 16), Classification::LinkLocal),
    (v4(172, 16, 0, 0, 12), Classification::Private),
    (v4(192, 0, 0, 0, 24), Classification::ProtocolAssignments),
    (v4(192, 0, 2, 0, 24), Classification::Documentation),
    (v4(192, 168, 0, 0, 16), Classification::Private),
    (v4(198, 18, 0, 0, 15), Classification::Benchmarking),
    (v4(198, 51, 100, 0, 24), Classification::Documentation),
    (v4(203, 0, 113, 0, 24), Classification::Documentation),
    (v4(224, 0, 0, 0, 4), Classification::Multicast),
    (v4(240, 0, 0, 0, 4), Classification::Reserved),
    (v4(255, 255, 255, 255, 32), Classification::LimitedBroadcast),
];

/// IANA IPv6 Special-Purpose and Address Space registry entries this tool teaches.
const V6_BLOCKS: [(IpNet, Classification); 8] = [
    (
        v6([0, 0, 0, 0, 0, 0, 0, 0], 128),
        Classification::Unspecified,
    ),
    (v6([0, 0, 0, 0, 0, 0, 0, 1], 128), Classification::Loopback),
    (
        v6([0, 0, 0, 0, 0, 0xffff, 0, 0], 96),
        Classification::Ipv4Mapped,
    ),
    (
        v6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0], 32),
        Classification::Documentation,
    ),
    (
        v6([0xfc00, 0, 0, 0, 0, 0, 0, 0], 7),
        Classification::UniqueLocal,
    ),
    (
        v6([0xfe80, 0, 0, 0, 0, 0, 0, 0], 10),
        Classification::LinkLocal,
    ),
    (
        v6([0xff00, 0, 0, 0, 0, 0, 0, 0], 8),
        Classification::Multicast,
    ),
    (
        v6([0x2000, 0, 0, 0, 0, 0, 0, 0], 3),
        Classification::GlobalUnicast,
    ),
];

/// Classifies a whole block; host bits are ignored.
///
/// ```
/// use netdojo::calc::classify::{classify, Classification};
/// assert_eq!(classify("172.31.0.0/16".parse().unwrap()), Classification::Private);
/// assert_eq!(classify("172.0.0.0/8".parse().unwrap()), Classification::Mixed);
/// assert_eq!(classify("2001:db8:1::/48".parse().unwrap()), Classification::Documentation);
/// ```
pub fn classify(net: IpNet) -> Classification {
    let net = net.trunc();
    let (table, outside): (&[(IpNet, Classification)], Classification) = match net {
        IpNet::V4(_) => (&V4_BLOCKS, Classification::Public),
        IpNet::V6(_) => (&V6_BLOCKS, Classification::Reserved),
    };
    let holder = table
        .iter()
        .filter(|(block, _)| block.contains(&net))
        .max_by_key(|(block, _)| block.prefix_len());
    let (class, holder_len) =
        holder.map_or((outside, 0), |(block, class)| (*class, block.prefix_len()));
    // A more specific block of another kind inside this one means its addresses differ.
    let straddles = table.iter().any(|(block, other)| {
        *other != class && block.prefix_len() > holder_len && net.contains(block)
    });
    if straddles {
        Classification::Mixed
    } else {
        class
    }
}

/// Classifies a single address.
///
/// ```
/// use netdojo::calc::classify::{classify_addr, Classification};
/// assert_eq!(classify_addr("169.254.169.254".parse().unwrap()), Classification::LinkLocal);
/// assert_eq!(classify_addr("8.8.8.8".parse().unwrap()), Classification::Public);
/// ```
pub fn classify_addr(addr: IpAddr) -> Classification {
    classify(IpNet::from(addr))
}

/// The class of an IPv4 address under the classful addressing that CIDR replaced.
///
/// ```
/// use netdojo::calc::classify::HistoricClass;
/// assert_eq!(HistoricClass::of("172.16.0.1".parse().unwrap()), HistoricClass::B);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum HistoricClass {
    /// First bit 0: 0.0.0.0 to 127.255.255.255.
    A,
    /// First bits 10: 128.0.0.0 to 191.255.255.255.
    B,
    /// First bits 110: 192.0.0.0 to 223.255.255.255.
    C,
    /// First bits 1110 (multicast): 224.0.0.0 to 239.255.255.255.
    D,
    /// First bits 1111 (reserved): 240.0.0.0 to 255.255.255.255.
    E,
}

impl HistoricClass {
    /// The class of an address, from its leading bits.
    ///
    /// ```
    /// use netdojo::calc::classify::HistoricClass;
    /// assert_eq!(HistoricClass::of("223.255.255.255".parse().unwrap()), HistoricClass::C);
    /// assert_eq!(HistoricClass::of("224.0.0.1".parse().unwrap()), HistoricClass::D);
    /// ```
    pub const fn of(addr: Ipv4Addr) -> HistoricClass {
        match addr.octets()[0].leading_ones() {
            0 => HistoricClass::A,
            1 => HistoricClass::B,
            2 => HistoricClass::C,
            3 => HistoricClass::D,
            _ => HistoricClass::E,
        }
    }

    /// The class letter.
    ///
    /// ```
    /// use netdojo::calc::classify::HistoricClass;
    /// assert_eq!(HistoricClass::E.letter(), 'E');
    /// ```
    pub const fn letter(self) -> char {
        match self {
            HistoricClass::A => 'A',
            HistoricClass::B => 'B',
            HistoricClass::C => 'C',
            HistoricClass::D => 'D',
            HistoricClass::E => 'E',
        }
    }
}

/// Writes the class letter.
///
/// ```
/// use netdojo::calc::classify::HistoricClass;
/// assert_eq!(HistoricClass::A.to_string(), "A");
/// ```
impl fmt::Display for HistoricClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 4];
        f.pad(self.letter().encode_utf8(&mut buf))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class_of(text: &str) -> Classification {
        classify(text.parse().unwrap())
    }

    #[test]
    fn every_ipv4_block_and_its_edges() {
        let cases = [
            ("0.0.0.0/8", Classification::ThisNetwork),
            ("0.255.255.255/32", Classification::ThisNetwork),
            ("1.0.0.0/32", Classification::Public),
            ("9.255.255.255/32", Classification::Public),
            ("10.0.0.0/8", Classification::Private),
            ("10.20.30.0/24", Classification::Private),
            ("11.0.0.0/32", Classification::Public),
            ("100.63.255.255/32", Classification::Public),
            ("100.64.0.0/10", Classification::Shared),
            ("100.127.255.255/32", Classification::Shared),
            ("100.128.0.0/32", Classification::Public),
            ("127.0.0.1/32", Classification::Loopback),
            ("169.254.169.254/32", Classification::LinkLocal),
            ("172.15.255.255/32", Classification::Public),
            ("172.16.0.0/12", Classification::Private),
            ("172.31.255.255/32", Classification::Private),
            ("172.32.0.0/32", Classification::Public),
            ("192.0.0.0/24", Classification::ProtocolAssignments),
            ("192.0.2.0/24", Classification::Documentation),
            ("192.168.0.0/16", Classification::Private),
            ("192.169.0.0/32", Classification::Public),
            ("198.18.0.0/15", Classification::Benchmarking),
            ("198.19.255.255/32", Classification::Benchmarking),
            ("198.20.0.0/32", Classification::Public),
            ("198.51.100.7/32", Classification::Documentation),
            ("203.0.113.0/24", Classification::Documentation),
            ("224.0.0.0/4", Classification::Multicast),
            ("239.255.255.255/32", Classification::Multicast),
            ("240.0.0.0/5", Classification::Reserved),
            ("255.255.255.254/32", Classification::Reserved),
            ("255.255.255.255/32", Classification::LimitedBroadcast),
            ("8.8.8.0/24", Classification::Public),
        ];
        for (text, expected) in cases {
            assert_eq!(class_of(text), expected, "{text}");
        }
    }

    #[test]
    fn blocks_that_straddle_are_mixed() {
        for text in [
            "0.0.0.0/0",
            "10.0.0.0/7",
            "172.0.0.0/8",
            "192.0.0.0/22",
            "224.0.0.0/3",
            "240.0.0.0/4",
            "255.255.255.254/31",
            "::/0",
            "::/127",
            "2000::/3",
            "fc00::/6",
        ] {
            assert_eq!(class_of(text), Classification::Mixed, "{text}");
        }
    }

    #[test]
    fn every_ipv6_block() {
        let cases = [
            ("::/128", Classification::Unspecified),
            ("::1/128", Classification::Loopback),
            ("::2/128", Classification::Reserved),
            ("::ffff:0:0/96", Classification::Ipv4Mapped),
            ("::ffff:10.0.0.1/128", Classification::Ipv4Mapped),
            ("2001:db8::/32", Classification::Documentation),
            ("2001:db8:ffff::/48", Classification::Documentation),
            ("2001:db9::/32", Classification::GlobalUnicast),
            ("2600::/16", Classification::GlobalUnicast),
            ("3fff:ffff::/32", Classification::GlobalUnicast),
            ("4000::/3", Classification::Reserved),
            ("fc00::/7", Classification::UniqueLocal),
            ("fd12:3456::/32", Classification::UniqueLocal),
            ("fe80::/10", Classification::LinkLocal),
            ("fe80::1/64", Classification::LinkLocal),
            ("fec0::/10", Classification::Reserved),
            ("ff02::1/128", Classification::Multicast),
            ("ff00::/8", Classification::Multicast),
        ];
        for (text, expected) in cases {
            assert_eq!(class_of(text), expected, "{text}");
        }
    }

    #[test]
    fn host_bits_do_not_change_the_class() {
        assert_eq!(class_of("10.1.2.3/8"), Classification::Private);
    }

    #[test]
    fn ids_are_unique_and_labelled() {
        let mut ids: Vec<&str> = Classification::ALL.iter().map(|c| c.id()).collect();
        for class in Classification::ALL {
            assert!(!class.label_en().is_empty() && !class.label_ja().is_empty());
        }
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Classification::ALL.len());
    }

    #[test]
    fn historic_class_boundaries() {
        let cases = [
            ("0.0.0.0", HistoricClass::A),
            ("127.255.255.255", HistoricClass::A),
            ("128.0.0.0", HistoricClass::B),
            ("191.255.255.255", HistoricClass::B),
            ("192.0.0.0", HistoricClass::C),
            ("223.255.255.255", HistoricClass::C),
            ("224.0.0.0", HistoricClass::D),
            ("239.255.255.255", HistoricClass::D),
            ("240.0.0.0", HistoricClass::E),
            ("255.255.255.255", HistoricClass::E),
        ];
        for (text, expected) in cases {
            assert_eq!(HistoricClass::of(text.parse().unwrap()), expected, "{text}");
        }
    }
}
