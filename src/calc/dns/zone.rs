//! A zone: the records one authority serves, how its server answers a query
//! (referral, answer, no such name, no such data), and the CNAME rules.

use std::fmt;

use super::name::{is_within, parent};
use super::record::{RData, Record, RecordType};

/// The longest CNAME chain a server or resolver follows before giving up.
///
/// ```
/// assert_eq!(netdojo::calc::dns::MAX_CNAME_CHAIN, 8);
/// ```
pub const MAX_CNAME_CHAIN: usize = 8;

/// A zone: its origin (the apex, lower case, absolute) and its records, including
/// the NS records of delegated children and the glue addresses of their servers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zone {
    /// The apex, such as `example.com.`.
    pub origin: String,
    /// Every record of the zone.
    pub records: Vec<Record>,
}

/// What an authoritative server replies for a name in its zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZoneReply {
    /// The name lies in a delegated child zone: here are its servers.
    Referral {
        /// The child zone's apex.
        cut: String,
        /// The child's NS records.
        ns: Vec<Record>,
        /// Addresses of those servers kept in this zone so the resolver can reach them.
        glue: Vec<Record>,
    },
    /// The records asked for, after any CNAME records that led to them.
    Answer {
        /// The CNAME chain (if any) followed by the records of the asked type.
        records: Vec<Record>,
    },
    /// The name does not exist; the SOA gives the negative-caching time.
    NxDomain {
        /// The zone's SOA record.
        soa: Option<Record>,
    },
    /// The name exists but has no record of the asked type.
    NoData {
        /// The zone's SOA record.
        soa: Option<Record>,
    },
}

/// A broken CNAME rule (RFC 1034 §3.6.2, RFC 2181 §10.1).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CnameProblem {
    /// A CNAME at the apex, which must hold SOA and NS.
    #[error("{owner} has a CNAME at the zone apex, which must keep its SOA and NS records")]
    AtApex {
        /// The apex.
        owner: String,
    },
    /// A CNAME beside other records of the same name.
    #[error("{owner} has a CNAME and also {others}: a name with a CNAME can have no other data")]
    BesideOtherData {
        /// The owner name.
        owner: String,
        /// The other types present, as `A, MX`.
        others: String,
    },
    /// More than one CNAME for one name.
    #[error("{owner} has {count} CNAME records: an alias points to exactly one name")]
    Multiple {
        /// The owner name.
        owner: String,
        /// How many.
        count: usize,
    },
}

/// A mail exchanger from an MX record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailExchanger {
    /// The preference; lower is tried first.
    pub preference: u16,
    /// The mail server's name.
    pub exchange: String,
}

impl fmt::Display for MailExchanger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.preference, self.exchange)
    }
}

/// The mail exchangers of a record set, in the order a sender tries them: lowest
/// preference first (RFC 5321 §5.1). Equal preferences keep their given order here;
/// a real sender picks among them at random.
///
/// ```
/// use netdojo::calc::dns::{mx_order, RData, Record};
/// let mx = |p, host: &str| Record::new("example.com.", 3600, RData::Mx { preference: p, exchange: host.into() });
/// let order = mx_order(&[mx(20, "backup.example.com."), mx(10, "mail.example.com.")]);
/// assert_eq!(order[0].exchange, "mail.example.com.");
/// ```
pub fn mx_order(records: &[Record]) -> Vec<MailExchanger> {
    let mut found: Vec<MailExchanger> = records
        .iter()
        .filter_map(|r| match &r.data {
            RData::Mx {
                preference,
                exchange,
            } => Some(MailExchanger {
                preference: *preference,
                exchange: exchange.clone(),
            }),
            _ => None,
        })
        .collect();
    found.sort_by_key(|mx| mx.preference);
    found
}

impl Zone {
    /// Builds a zone; the origin is lower case and absolute.
    ///
    /// ```
    /// use netdojo::calc::dns::Zone;
    /// assert!(Zone::new("example.com.", Vec::new()).records.is_empty());
    /// ```
    pub fn new(origin: &str, records: Vec<Record>) -> Zone {
        Zone {
            origin: origin.to_string(),
            records,
        }
    }

    /// The records of one owner name.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let ns = Namespace::builtin();
    /// let zone = ns.zone("example.co.jp.").unwrap();
    /// assert_eq!(zone.at("web.example.co.jp.").count(), 2);
    /// ```
    pub fn at<'a>(&'a self, owner: &'a str) -> impl Iterator<Item = &'a Record> + 'a {
        self.records.iter().filter(move |r| r.owner == owner)
    }

    /// The apex SOA record.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let ns = Namespace::builtin();
    /// assert!(ns.zone("com.").unwrap().soa().is_some());
    /// ```
    pub fn soa(&self) -> Option<&Record> {
        self.at(&self.origin).find(|r| r.rtype() == RecordType::Soa)
    }

    /// The NS records at the apex: the zone's own servers.
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let ns = Namespace::builtin();
    /// assert_eq!(ns.zone("example.co.jp.").unwrap().apex_ns().count(), 2);
    /// ```
    pub fn apex_ns(&self) -> impl Iterator<Item = &Record> {
        self.at(&self.origin)
            .filter(|r| r.rtype() == RecordType::Ns)
    }

    /// The delegation point that `name` lies at or below, if any (the one nearest the apex).
    ///
    /// ```
    /// use netdojo::calc::dns::Namespace;
    /// let ns = Namespace::builtin();
    /// let jp = ns.zone("jp.").unwrap();
    /// assert_eq!(jp.cut_above("www.example.co.jp."), Some("co.jp."));
    /// ```
    pub fn cut_above<'a>(&self, name: &'a str) -> Option<&'a str> {
        let mut cut = None;
        let mut current = Some(name);
        while let Some(candidate) = current {
            if candidate == self.origin || !is_within(candidate, &self.origin) {
                break;
            }
            if self.at(candidate).any(|r| r.rtype() == RecordType::Ns) {
                cut = Some(candidate);
            }
            current = parent(candidate);
        }
        cut
    }

    /// Whether a name owns records here or has descendants that do.
    fn exists(&self, name: &str) -> bool {
        self.records.iter().any(|r| is_within(&r.owner, name))
    }

    /// The reply an authoritative server of this zone gives for a query.
    ///
    /// ```
    /// use netdojo::calc::dns::{Namespace, RecordType, ZoneReply};
    /// let ns = Namespace::builtin();
    /// let zone = ns.zone("example.co.jp.").unwrap();
    /// let ZoneReply::Answer { records } = zone.reply("www.example.co.jp.", RecordType::A) else { panic!() };
    /// assert_eq!(records.len(), 2); // the CNAME, then the A record of its target
    /// ```
    pub fn reply(&self, name: &str, rtype: RecordType) -> ZoneReply {
        if let Some(cut) = self.cut_above(name) {
            let ns: Vec<Record> = self
                .at(cut)
                .filter(|r| r.rtype() == RecordType::Ns)
                .cloned()
                .collect();
            let glue = self.glue_for(&ns);
            return ZoneReply::Referral {
                cut: cut.to_string(),
                ns,
                glue,
            };
        }
        let mut records = Vec::new();
        let mut current = name.to_string();
        for _ in 0..MAX_CNAME_CHAIN {
            let matching: Vec<Record> = self
                .at(&current)
                .filter(|r| r.rtype() == rtype)
                .cloned()
                .collect();
            if !matching.is_empty() {
                records.extend(matching);
                return ZoneReply::Answer { records };
            }
            let alias = self.at(&current).find(|r| r.rtype() == RecordType::Cname);
            let Some(alias) = alias else { break };
            records.push(alias.clone());
            let Some(target) = alias.data.target() else {
                break;
            };
            // A server follows an alias only inside its own data.
            if !is_within(target, &self.origin) || self.cut_above(target).is_some() {
                return ZoneReply::Answer { records };
            }
            current = target.to_string();
        }
        if !records.is_empty() {
            return ZoneReply::Answer { records };
        }
        let soa = self.soa().cloned();
        if self.exists(name) {
            ZoneReply::NoData { soa }
        } else {
            ZoneReply::NxDomain { soa }
        }
    }

    /// The address records in this zone for the servers named by some NS records.
    fn glue_for(&self, ns: &[Record]) -> Vec<Record> {
        ns.iter()
            .filter_map(|r| r.data.target())
            .flat_map(|host| {
                self.at(host)
                    .filter(|r| matches!(r.rtype(), RecordType::A | RecordType::Aaaa))
            })
            .cloned()
            .collect()
    }

    /// Every broken CNAME rule in the zone, in record order.
    ///
    /// ```
    /// use netdojo::calc::dns::{CnameProblem, RData, Record, Zone};
    /// let zone = Zone::new("example.com.", vec![
    ///     Record::new("example.com.", 300, RData::Cname("other.example.net.".into())),
    /// ]);
    /// assert_eq!(zone.cname_problems(), vec![CnameProblem::AtApex { owner: "example.com.".into() }]);
    /// ```
    pub fn cname_problems(&self) -> Vec<CnameProblem> {
        let mut problems = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for record in &self.records {
            let owner = record.owner.as_str();
            if record.rtype() != RecordType::Cname || seen.contains(&owner) {
                continue;
            }
            seen.push(owner);
            if owner == self.origin {
                problems.push(CnameProblem::AtApex {
                    owner: owner.to_string(),
                });
                continue;
            }
            let count = self
                .at(owner)
                .filter(|r| r.rtype() == RecordType::Cname)
                .count();
            if count > 1 {
                problems.push(CnameProblem::Multiple {
                    owner: owner.to_string(),
                    count,
                });
            }
            let mut others: Vec<RecordType> = self
                .at(owner)
                .map(Record::rtype)
                .filter(|t| *t != RecordType::Cname)
                .collect();
            others.sort();
            others.dedup();
            if !others.is_empty() {
                let names: Vec<&str> = others.iter().map(|t| t.mnemonic()).collect();
                problems.push(CnameProblem::BesideOtherData {
                    owner: owner.to_string(),
                    others: names.join(", "),
                });
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calc::dns::Namespace;

    fn a(owner: &str, addr: &str) -> Record {
        Record::new(owner, 300, RData::A(addr.parse().unwrap()))
    }

    fn cname(owner: &str, target: &str) -> Record {
        Record::new(owner, 300, RData::Cname(target.into()))
    }

    #[test]
    fn cname_beside_other_data_and_multiple() {
        let zone = Zone::new(
            "example.com.",
            vec![
                cname("www.example.com.", "web.example.com."),
                a("www.example.com.", "192.0.2.1"),
                Record::new(
                    "www.example.com.",
                    300,
                    RData::Mx {
                        preference: 10,
                        exchange: "mail.example.com.".into(),
                    },
                ),
                cname("shop.example.com.", "a.example.net."),
                cname("shop.example.com.", "b.example.net."),
            ],
        );
        let problems = zone.cname_problems();
        assert_eq!(
            problems,
            vec![
                CnameProblem::BesideOtherData {
                    owner: "www.example.com.".into(),
                    others: "A, MX".into()
                },
                CnameProblem::Multiple {
                    owner: "shop.example.com.".into(),
                    count: 2
                },
            ]
        );
        assert_eq!(
            problems[0].to_string(),
            "www.example.com. has a CNAME and also A, MX: a name with a CNAME can have no other data"
        );
    }

    #[test]
    fn builtin_zones_keep_the_cname_rules() {
        for zone in Namespace::builtin().zones() {
            assert_eq!(zone.cname_problems(), vec![], "{}", zone.origin);
        }
    }

    #[test]
    fn replies() {
        let ns = Namespace::builtin();
        let zone = ns.zone("example.co.jp.").unwrap();
        assert!(matches!(
            zone.reply("nope.example.co.jp.", RecordType::A),
            ZoneReply::NxDomain { soa: Some(_) }
        ));
        assert!(matches!(
            zone.reply("web.example.co.jp.", RecordType::Mx),
            ZoneReply::NoData { soa: Some(_) }
        ));
        let ZoneReply::Answer { records } = zone.reply("www.example.co.jp.", RecordType::Cname)
        else {
            panic!("expected an answer")
        };
        assert_eq!(records.len(), 1);
        let root = ns.zone(".").unwrap();
        let ZoneReply::Referral { cut, ns, glue } = root.reply("www.example.co.jp.", RecordType::A)
        else {
            panic!("expected a referral")
        };
        assert_eq!(cut, "jp.");
        assert_eq!(ns.len(), 1);
        assert_eq!(glue.len(), 2);
    }

    #[test]
    fn mx_lowest_preference_first_and_stable() {
        let mx = |p, host: &str| {
            Record::new(
                "example.com.",
                3600,
                RData::Mx {
                    preference: p,
                    exchange: host.into(),
                },
            )
        };
        let order = mx_order(&[
            mx(20, "c."),
            mx(10, "a."),
            a("example.com.", "192.0.2.1"),
            mx(10, "b."),
        ]);
        let text: Vec<String> = order.iter().map(ToString::to_string).collect();
        assert_eq!(text, ["10 a.", "10 b.", "20 c."]);
    }
}
