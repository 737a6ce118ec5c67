//! A small, made-up DNS tree to walk through: the root, `jp.`, `co.jp.`,
//! `example.co.jp.`, `com.`, `example.com.` and a reverse-lookup branch under
//! `arpa.`. Server names follow the real ones where that helps (the root servers,
//! `a.dns.jp.`, `a.gtld-servers.net.`); every address is from the documentation
//! ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32). It is a
//! teaching model, so the real tree and its addresses differ.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::name::is_within;
use super::record::{RData, Record, Soa};
use super::zone::Zone;

/// An authoritative name server: its name and the address a resolver sends queries to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    /// The server's name, lower case and absolute.
    pub name: String,
    /// Its IPv4 address.
    pub addr: Ipv4Addr,
}

/// A set of zones and the servers that serve them; a server serves every zone whose
/// apex NS records name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace {
    zones: Vec<Zone>,
    servers: Vec<Server>,
    root_hints: Vec<String>,
}

impl Namespace {
    /// Builds a namespace; `root_hints` names the servers a resolver starts from.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let empty = Namespace::new(Vec::new(), Vec::new(), Vec::new());
    /// assert!(empty.zones().is_empty());
    /// ```
    pub fn new(zones: Vec<Zone>, servers: Vec<Server>, root_hints: Vec<String>) -> Namespace {
        Namespace {
            zones,
            servers,
            root_hints,
        }
    }

    /// Every zone.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// assert_eq!(Namespace::builtin().zones().len(), 9);
    /// ```
    pub fn zones(&self) -> &[Zone] {
        &self.zones
    }

    /// The zone with this apex.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// assert!(Namespace::builtin().zone("co.jp.").is_some());
    /// ```
    pub fn zone(&self, origin: &str) -> Option<&Zone> {
        self.zones.iter().find(|z| z.origin == origin)
    }

    /// Every server.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// assert!(Namespace::builtin().servers().iter().any(|s| s.name == "a.dns.jp."));
    /// ```
    pub fn servers(&self) -> &[Server] {
        &self.servers
    }

    /// The servers a resolver knows before it has asked anything (its root hints).
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let ns = Namespace::builtin();
    /// assert_eq!(ns.root_hints()[0].name, "a.root-servers.net.");
    /// ```
    pub fn root_hints(&self) -> Vec<&Server> {
        self.root_hints
            .iter()
            .filter_map(|name| self.servers.iter().find(|s| &s.name == name))
            .collect()
    }

    /// The server listening at an address.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let ns = Namespace::builtin();
    /// assert_eq!(ns.server_at("192.0.2.10".parse().unwrap()).unwrap().name, "a.dns.jp.");
    /// ```
    pub fn server_at(&self, addr: Ipv4Addr) -> Option<&Server> {
        self.servers.iter().find(|s| s.addr == addr)
    }

    /// The zone a server answers from for a name: the deepest zone it serves that
    /// holds the name.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let ns = Namespace::builtin();
    /// let server = ns.server_at("192.0.2.10".parse().unwrap()).unwrap();
    /// assert_eq!(ns.zone_for(server, "www.example.co.jp.").unwrap().origin, "jp.");
    /// ```
    pub fn zone_for(&self, server: &Server, name: &str) -> Option<&Zone> {
        self.zones
            .iter()
            .filter(|zone| is_within(name, &zone.origin))
            .filter(|zone| {
                zone.apex_ns()
                    .any(|r| r.data.target() == Some(&server.name))
            })
            .max_by_key(|zone| zone.origin.len())
    }

    /// The zone that holds a name's own records: the deepest zone containing it.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let ns = Namespace::builtin();
    /// assert_eq!(ns.authority_for("example.co.jp.").unwrap().origin, "example.co.jp.");
    /// ```
    pub fn authority_for(&self, name: &str) -> Option<&Zone> {
        self.zones
            .iter()
            .filter(|zone| is_within(name, &zone.origin))
            .max_by_key(|zone| zone.origin.len())
    }

    /// The built-in teaching tree (see the module notes).
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let ns = Namespace::builtin();
    /// assert!(ns.zone("example.com.").is_some());
    /// ```
    pub fn builtin() -> Namespace {
        let zones = vec![
            root_zone(),
            jp_zone(),
            co_jp_zone(),
            example_co_jp_zone(),
            com_zone(),
            example_com_zone(),
            arpa_zone(),
            in_addr_arpa_zone(),
            reverse_zone(),
        ];
        let servers = [
            ("a.root-servers.net.", [198, 51, 100, 1]),
            ("a.dns.jp.", [192, 0, 2, 10]),
            ("ns1.co.jp.", [192, 0, 2, 30]),
            ("ns1.example.co.jp.", [198, 51, 100, 53]),
            ("ns2.example.co.jp.", [198, 51, 100, 54]),
            ("a.gtld-servers.net.", [192, 0, 2, 20]),
            ("ns1.example.com.", [198, 51, 100, 10]),
            ("a.ns.arpa.", [192, 0, 2, 40]),
            ("a.in-addr-servers.arpa.", [192, 0, 2, 41]),
        ]
        .into_iter()
        .map(|(name, octets)| Server {
            name: name.to_string(),
            addr: Ipv4Addr::from(octets),
        })
        .collect();
        Namespace::new(zones, servers, vec!["a.root-servers.net.".to_string()])
    }
}

fn a(owner: &str, ttl: u32, octets: [u8; 4]) -> Record {
    Record::new(owner, ttl, RData::A(Ipv4Addr::from(octets)))
}

fn aaaa(owner: &str, ttl: u32, segments: [u16; 8]) -> Record {
    Record::new(owner, ttl, RData::Aaaa(Ipv6Addr::from(segments)))
}

fn ns(owner: &str, ttl: u32, host: &str) -> Record {
    Record::new(owner, ttl, RData::Ns(host.to_string()))
}

fn soa(origin: &str, mname: &str, rname: &str, serial: u32, minimum: u32) -> Record {
    Record::new(
        origin,
        3600,
        RData::Soa(Soa {
            mname: mname.to_string(),
            rname: rname.to_string(),
            serial,
            refresh: 3600,
            retry: 900,
            expire: 604800,
            minimum,
        }),
    )
}

fn db8(last: u16) -> [u16; 8] {
    [0x2001, 0xdb8, 0, 0, 0, 0, 0, last]
}

fn root_zone() -> Zone {
    let root = ".";
    Zone::new(
        root,
        vec![
            soa(
                root,
                "a.root-servers.net.",
                "nstld.root-servers.net.",
                2025010100,
                86400,
            ),
            ns(root, 518400, "a.root-servers.net."),
            a("a.root-servers.net.", 518400, [198, 51, 100, 1]),
            aaaa("a.root-servers.net.", 518400, db8(0x1)),
            ns("jp.", 172800, "a.dns.jp."),
            a("a.dns.jp.", 172800, [192, 0, 2, 10]),
            aaaa("a.dns.jp.", 172800, db8(0x10)),
            ns("com.", 172800, "a.gtld-servers.net."),
            a("a.gtld-servers.net.", 172800, [192, 0, 2, 20]),
            aaaa("a.gtld-servers.net.", 172800, db8(0x20)),
            ns("arpa.", 172800, "a.ns.arpa."),
            a("a.ns.arpa.", 172800, [192, 0, 2, 40]),
        ],
    )
}

fn jp_zone() -> Zone {
    let jp = "jp.";
    Zone::new(
        jp,
        vec![
            soa(jp, "a.dns.jp.", "hostmaster.dns.jp.", 2025010101, 900),
            ns(jp, 86400, "a.dns.jp."),
            a("a.dns.jp.", 86400, [192, 0, 2, 10]),
            aaaa("a.dns.jp.", 86400, db8(0x10)),
            ns("co.jp.", 86400, "ns1.co.jp."),
            a("ns1.co.jp.", 86400, [192, 0, 2, 30]),
        ],
    )
}

fn co_jp_zone() -> Zone {
    let co = "co.jp.";
    Zone::new(
        co,
        vec![
            soa(co, "ns1.co.jp.", "hostmaster.dns.jp.", 2025010101, 900),
            ns(co, 86400, "ns1.co.jp."),
            a("ns1.co.jp.", 86400, [192, 0, 2, 30]),
            ns("example.co.jp.", 86400, "ns1.example.co.jp."),
            ns("example.co.jp.", 86400, "ns2.example.co.jp."),
            a("ns1.example.co.jp.", 86400, [198, 51, 100, 53]),
            a("ns2.example.co.jp.", 86400, [198, 51, 100, 54]),
        ],
    )
}

fn example_co_jp_zone() -> Zone {
    let apex = "example.co.jp.";
    Zone::new(
        apex,
        vec![
            soa(
                apex,
                "ns1.example.co.jp.",
                "hostmaster.example.co.jp.",
                2025061501,
                300,
            ),
            ns(apex, 3600, "ns1.example.co.jp."),
            ns(apex, 3600, "ns2.example.co.jp."),
            a(apex, 300, [203, 0, 113, 10]),
            Record::new(
                apex,
                3600,
                RData::Mx {
                    preference: 10,
                    exchange: "mail1.example.co.jp.".to_string(),
                },
            ),
            Record::new(
                apex,
                3600,
                RData::Mx {
                    preference: 20,
                    exchange: "mail2.example.co.jp.".to_string(),
                },
            ),
            Record::new(apex, 3600, RData::Txt("v=spf1 mx -all".to_string())),
            a("ns1.example.co.jp.", 3600, [198, 51, 100, 53]),
            a("ns2.example.co.jp.", 3600, [198, 51, 100, 54]),
            a("mail1.example.co.jp.", 3600, [203, 0, 113, 25]),
            a("mail2.example.co.jp.", 3600, [203, 0, 113, 26]),
            Record::new(
                "www.example.co.jp.",
                300,
                RData::Cname("web.example.co.jp.".to_string()),
            ),
            a("web.example.co.jp.", 300, [203, 0, 113, 80]),
            Record::new(
                "web.example.co.jp.",
                300,
                RData::Aaaa(Ipv6Addr::from([0x2001, 0xdb8, 0x80, 0, 0, 0, 0, 0x80])),
            ),
        ],
    )
}

fn com_zone() -> Zone {
    let com = "com.";
    Zone::new(
        com,
        vec![
            soa(
                com,
                "a.gtld-servers.net.",
                "nstld.verisign-grs.com.",
                2025010102,
                900,
            ),
            ns(com, 172800, "a.gtld-servers.net."),
            ns("example.com.", 172800, "ns1.example.com."),
            a("ns1.example.com.", 172800, [198, 51, 100, 10]),
        ],
    )
}

fn example_com_zone() -> Zone {
    let apex = "example.com.";
    Zone::new(
        apex,
        vec![
            soa(
                apex,
                "ns1.example.com.",
                "hostmaster.example.com.",
                2025061501,
                300,
            ),
            ns(apex, 3600, "ns1.example.com."),
            a("ns1.example.com.", 3600, [198, 51, 100, 10]),
            a(apex, 300, [203, 0, 113, 100]),
            Record::new(
                apex,
                3600,
                RData::Mx {
                    preference: 10,
                    exchange: "mail.example.com.".to_string(),
                },
            ),
            a("mail.example.com.", 3600, [203, 0, 113, 110]),
            a("www.example.com.", 300, [203, 0, 113, 100]),
            // An alias into another zone: the resolver has to start again for the target.
            Record::new(
                "shop.example.com.",
                300,
                RData::Cname("www.example.co.jp.".to_string()),
            ),
        ],
    )
}

fn arpa_zone() -> Zone {
    let arpa = "arpa.";
    Zone::new(
        arpa,
        vec![
            soa(arpa, "a.ns.arpa.", "nstld.iana.org.", 2025010100, 86400),
            ns(arpa, 172800, "a.ns.arpa."),
            a("a.ns.arpa.", 172800, [192, 0, 2, 40]),
            ns("in-addr.arpa.", 172800, "a.in-addr-servers.arpa."),
            a("a.in-addr-servers.arpa.", 172800, [192, 0, 2, 41]),
        ],
    )
}

fn in_addr_arpa_zone() -> Zone {
    let zone = "in-addr.arpa.";
    Zone::new(
        zone,
        vec![
            soa(
                zone,
                "a.in-addr-servers.arpa.",
                "nstld.iana.org.",
                2025010100,
                3600,
            ),
            ns(zone, 86400, "a.in-addr-servers.arpa."),
            // No glue here: the server's name is in another branch of the tree, so the
            // resolver must look up its address first.
            ns("113.0.203.in-addr.arpa.", 86400, "ns1.example.co.jp."),
        ],
    )
}

fn reverse_zone() -> Zone {
    let zone = "113.0.203.in-addr.arpa.";
    Zone::new(
        zone,
        vec![
            soa(
                zone,
                "ns1.example.co.jp.",
                "hostmaster.example.co.jp.",
                2025061501,
                300,
            ),
            ns(zone, 3600, "ns1.example.co.jp."),
            Record::new(
                "80.113.0.203.in-addr.arpa.",
                3600,
                RData::Ptr("web.example.co.jp.".to_string()),
            ),
            Record::new(
                "25.113.0.203.in-addr.arpa.",
                3600,
                RData::Ptr("mail1.example.co.jp.".to_string()),
            ),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::dns::RecordType;

    #[test]
    fn every_server_serves_a_zone_and_every_zone_has_soa_and_ns() {
        let ns = Namespace::builtin();
        for zone in ns.zones() {
            assert!(zone.soa().is_some(), "{} lacks SOA", zone.origin);
            assert!(zone.apex_ns().count() > 0, "{} lacks NS", zone.origin);
            for host in zone.apex_ns().filter_map(|r| r.data.target()) {
                assert!(
                    ns.servers().iter().any(|s| s.name == host),
                    "{host} is not a known server"
                );
            }
        }
    }

    #[test]
    fn glue_addresses_match_the_servers() {
        let ns = Namespace::builtin();
        for zone in ns.zones() {
            for record in zone.records.iter().filter(|r| r.rtype() == RecordType::A) {
                if let (Some(server), RData::A(addr)) = (
                    ns.servers().iter().find(|s| s.name == record.owner),
                    &record.data,
                ) {
                    assert_eq!(server.addr, *addr, "{}", record.owner);
                }
            }
        }
    }

    #[test]
    fn addresses_are_documentation_addresses() {
        let ns = Namespace::builtin();
        for record in ns.zones().iter().flat_map(|z| &z.records) {
            match &record.data {
                RData::A(addr) => {
                    let o = addr.octets();
                    assert!(
                        matches!(
                            (o[0], o[1], o[2]),
                            (192, 0, 2) | (198, 51, 100) | (203, 0, 113)
                        ),
                        "{record}"
                    );
                }
                RData::Aaaa(addr) => assert_eq!(addr.segments()[..2], [0x2001, 0xdb8]),
                _ => {}
            }
        }
    }
}
