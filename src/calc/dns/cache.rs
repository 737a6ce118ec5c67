//! A resolver's cache: records kept until their TTL runs out, and negative answers
//! kept for the SOA's negative-caching time (RFC 2308 §5). Time is a number of
//! seconds the caller passes in, so the cache never reads a clock.

use std::fmt;

use super::record::{RData, Record, RecordType};

/// One line of what a cache holds, with the seconds it has left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CacheEntry {
    /// A record; its TTL is the time left.
    Record(Record),
    /// A remembered "no such name" (any type) or "no such data" (one type).
    Negative {
        /// The name asked about.
        name: String,
        /// The type asked about (for NXDOMAIN the entry covers every type).
        rtype: RecordType,
        /// True for NXDOMAIN, false for NODATA.
        nxdomain: bool,
        /// Seconds left.
        ttl: u32,
    },
}

impl CacheEntry {
    /// Seconds this entry has left.
    ///
    /// ```
    /// use netdojo::calc::dns::{CacheEntry, RecordType};
    /// let entry = CacheEntry::Negative { name: "x.example.com.".into(), rtype: RecordType::A, nxdomain: true, ttl: 60 };
    /// assert_eq!(entry.ttl(), 60);
    /// ```
    pub fn ttl(&self) -> u32 {
        match self {
            CacheEntry::Record(record) => record.ttl,
            CacheEntry::Negative { ttl, .. } => *ttl,
        }
    }
}

impl fmt::Display for CacheEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CacheEntry::Record(record) => write!(f, "{record}"),
            CacheEntry::Negative {
                name,
                rtype,
                nxdomain: true,
                ttl,
            } => write!(f, "{name} {ttl} NXDOMAIN (asked for {rtype})"),
            CacheEntry::Negative {
                name, rtype, ttl, ..
            } => write!(f, "{name} {ttl} NODATA for {rtype}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Kept {
    record: Record,
    expires: u64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Negative {
    name: String,
    rtype: RecordType,
    nxdomain: bool,
    expires: u64,
}

/// A resolver cache.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cache {
    kept: Vec<Kept>,
    negatives: Vec<Negative>,
}

fn left(expires: u64, now: u64) -> u32 {
    u32::try_from(expires.saturating_sub(now)).unwrap_or(u32::MAX)
}

impl Cache {
    /// An empty cache.
    ///
    /// ```
    /// use netdojo::calc::dns::Cache;
    /// assert!(Cache::new().entries(0).is_empty());
    /// ```
    pub fn new() -> Cache {
        Cache::default()
    }

    /// Keeps a record from time `now` for its TTL, replacing the same record kept before.
    ///
    /// ```
    /// use netdojo::calc::dns::{Cache, RData, Record, RecordType};
    /// let mut cache = Cache::new();
    /// cache.insert(&Record::new("a.example.", 300, RData::A("192.0.2.1".parse().unwrap())), 0);
    /// assert_eq!(cache.records("a.example.", RecordType::A, 100)[0].ttl, 200);
    /// assert!(cache.records("a.example.", RecordType::A, 300).is_empty());
    /// ```
    pub fn insert(&mut self, record: &Record, now: u64) {
        let expires = now.saturating_add(u64::from(record.ttl));
        self.kept
            .retain(|k| !(k.record.owner == record.owner && k.record.data == record.data));
        self.kept.push(Kept {
            record: record.clone(),
            expires,
        });
    }

    /// Remembers a negative answer for the SOA's negative-caching time: the smaller of
    /// the SOA record's TTL and its MINIMUM field (RFC 2308 §5). Without an SOA
    /// nothing is kept.
    ///
    /// ```
    /// use netdojo::calc::dns::{Cache, Namespace, RecordType};
    /// let ns = Namespace::builtin();
    /// let soa = ns.zone("example.com.").unwrap().soa().unwrap();
    /// let mut cache = Cache::new();
    /// cache.insert_negative("nope.example.com.", RecordType::A, true, Some(soa), 0);
    /// assert_eq!(cache.negative("nope.example.com.", RecordType::Mx, 0).unwrap().ttl(), 300);
    /// ```
    pub fn insert_negative(
        &mut self,
        name: &str,
        rtype: RecordType,
        nxdomain: bool,
        soa: Option<&Record>,
        now: u64,
    ) {
        let Some(soa) = soa else { return };
        let RData::Soa(fields) = &soa.data else {
            return;
        };
        let ttl = soa.ttl.min(fields.minimum);
        self.negatives
            .retain(|n| !(n.name == name && (n.rtype == rtype || nxdomain)));
        self.negatives.push(Negative {
            name: name.to_string(),
            rtype,
            nxdomain,
            expires: now.saturating_add(u64::from(ttl)),
        });
    }

    /// The live records of a name and type at time `now`, each with its time left as TTL.
    ///
    /// ```
    /// use netdojo::calc::dns::{Cache, RecordType};
    /// assert!(Cache::new().records("example.com.", RecordType::A, 0).is_empty());
    /// ```
    pub fn records(&self, name: &str, rtype: RecordType, now: u64) -> Vec<Record> {
        self.kept
            .iter()
            .filter(|k| k.expires > now && k.record.owner == name && k.record.rtype() == rtype)
            .map(|k| k.record.with_ttl(left(k.expires, now)))
            .collect()
    }

    /// A live negative answer covering this name and type at time `now`.
    ///
    /// ```
    /// use netdojo::calc::dns::{Cache, RecordType};
    /// assert!(Cache::new().negative("x.", RecordType::A, 0).is_none());
    /// ```
    pub fn negative(&self, name: &str, rtype: RecordType, now: u64) -> Option<CacheEntry> {
        self.negatives
            .iter()
            .find(|n| n.expires > now && n.name == name && (n.nxdomain || n.rtype == rtype))
            .map(|n| CacheEntry::Negative {
                name: n.name.clone(),
                rtype: n.rtype,
                nxdomain: n.nxdomain,
                ttl: left(n.expires, now),
            })
    }

    /// Drops everything whose time is up at `now`.
    ///
    /// ```
    /// use netdojo::calc::dns::{Cache, RData, Record};
    /// let mut cache = Cache::new();
    /// cache.insert(&Record::new("a.example.", 10, RData::Txt("x".into())), 0);
    /// cache.expire(10);
    /// assert!(cache.entries(0).is_empty());
    /// ```
    pub fn expire(&mut self, now: u64) {
        self.kept.retain(|k| k.expires > now);
        self.negatives.retain(|n| n.expires > now);
    }

    /// Everything live at `now`, records first in the order they were kept, then negatives.
    ///
    /// ```
    /// use netdojo::calc::dns::{Cache, RData, Record};
    /// let mut cache = Cache::new();
    /// cache.insert(&Record::new("a.example.", 60, RData::Txt("x".into())), 0);
    /// assert_eq!(cache.entries(15)[0].ttl(), 45);
    /// ```
    pub fn entries(&self, now: u64) -> Vec<CacheEntry> {
        let records = self
            .kept
            .iter()
            .filter(|k| k.expires > now)
            .map(|k| CacheEntry::Record(k.record.with_ttl(left(k.expires, now))));
        let negatives =
            self.negatives
                .iter()
                .filter(|n| n.expires > now)
                .map(|n| CacheEntry::Negative {
                    name: n.name.clone(),
                    rtype: n.rtype,
                    nxdomain: n.nxdomain,
                    ttl: left(n.expires, now),
                });
        records.chain(negatives).collect()
    }
}
