//! Resource records: owner name, TTL, class IN, type and data (RFC 1035 §3.2.1).

use std::fmt;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

/// The record types the tutor teaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordType {
    /// An IPv4 address.
    A,
    /// An IPv6 address.
    Aaaa,
    /// An authoritative name server of a zone.
    Ns,
    /// A mail exchanger with a preference.
    Mx,
    /// An alias: the owner is another name for the target.
    Cname,
    /// The start of a zone's authority.
    Soa,
    /// Free text.
    Txt,
    /// A pointer, used for reverse lookups.
    Ptr,
}

impl RecordType {
    /// Every type, in the order the tutor presents them.
    ///
    /// ```
    /// use netdojo::calc::dns::RecordType;
    /// assert_eq!(RecordType::ALL.len(), 8);
    /// ```
    pub const ALL: [RecordType; 8] = [
        RecordType::A,
        RecordType::Aaaa,
        RecordType::Ns,
        RecordType::Mx,
        RecordType::Cname,
        RecordType::Soa,
        RecordType::Txt,
        RecordType::Ptr,
    ];

    /// The mnemonic as zone files write it.
    ///
    /// ```
    /// use netdojo::calc::dns::RecordType;
    /// assert_eq!(RecordType::Aaaa.mnemonic(), "AAAA");
    /// ```
    pub fn mnemonic(self) -> &'static str {
        match self {
            RecordType::A => "A",
            RecordType::Aaaa => "AAAA",
            RecordType::Ns => "NS",
            RecordType::Mx => "MX",
            RecordType::Cname => "CNAME",
            RecordType::Soa => "SOA",
            RecordType::Txt => "TXT",
            RecordType::Ptr => "PTR",
        }
    }
}

impl fmt::Display for RecordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.mnemonic())
    }
}

/// A record type name that is not one of [`RecordType::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not a record type this tutor knows: use A, AAAA, NS, MX, CNAME, SOA, TXT or PTR"
)]
pub struct UnknownType(pub String);

impl FromStr for RecordType {
    type Err = UnknownType;

    /// Reads a mnemonic in any case.
    ///
    /// ```
    /// use netdojo::calc::dns::RecordType;
    /// assert_eq!("mx".parse::<RecordType>(), Ok(RecordType::Mx));
    /// assert!("SRV".parse::<RecordType>().is_err());
    /// ```
    fn from_str(text: &str) -> Result<RecordType, UnknownType> {
        RecordType::ALL
            .into_iter()
            .find(|t| t.mnemonic().eq_ignore_ascii_case(text))
            .ok_or_else(|| UnknownType(text.to_string()))
    }
}

/// The fields of an SOA record (RFC 1035 §3.3.13; MINIMUM as RFC 2308 uses it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Soa {
    /// MNAME: the primary name server.
    pub mname: String,
    /// RNAME: the administrator's mailbox, its `@` written as a dot.
    pub rname: String,
    /// SERIAL: the zone version, raised on every change.
    pub serial: u32,
    /// REFRESH: seconds between a secondary's checks of the serial.
    pub refresh: u32,
    /// RETRY: seconds before a secondary retries a failed check.
    pub retry: u32,
    /// EXPIRE: seconds after which a secondary that cannot reach the primary stops answering.
    pub expire: u32,
    /// MINIMUM: how long resolvers may cache a negative answer.
    pub minimum: u32,
}

/// The data of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RData {
    /// An IPv4 address.
    A(Ipv4Addr),
    /// An IPv6 address.
    Aaaa(Ipv6Addr),
    /// A name server's name.
    Ns(String),
    /// A mail exchanger: lower preference is tried first.
    Mx {
        /// The preference; lower wins.
        preference: u16,
        /// The mail server's name.
        exchange: String,
    },
    /// The canonical name this alias stands for.
    Cname(String),
    /// The zone's authority data.
    Soa(Soa),
    /// Free text.
    Txt(String),
    /// The name an address points back to.
    Ptr(String),
}

impl RData {
    /// The type of this data.
    ///
    /// ```
    /// use netdojo::calc::dns::{RData, RecordType};
    /// assert_eq!(RData::Cname("web.example.com.".into()).rtype(), RecordType::Cname);
    /// ```
    pub fn rtype(&self) -> RecordType {
        match self {
            RData::A(_) => RecordType::A,
            RData::Aaaa(_) => RecordType::Aaaa,
            RData::Ns(_) => RecordType::Ns,
            RData::Mx { .. } => RecordType::Mx,
            RData::Cname(_) => RecordType::Cname,
            RData::Soa(_) => RecordType::Soa,
            RData::Txt(_) => RecordType::Txt,
            RData::Ptr(_) => RecordType::Ptr,
        }
    }

    /// The name this data points to (NS, MX exchange, CNAME, PTR, SOA MNAME).
    ///
    /// ```
    /// use netdojo::calc::dns::RData;
    /// let mx = RData::Mx { preference: 10, exchange: "mail.example.com.".into() };
    /// assert_eq!(mx.target(), Some("mail.example.com."));
    /// ```
    pub fn target(&self) -> Option<&str> {
        match self {
            RData::Ns(name) | RData::Cname(name) | RData::Ptr(name) => Some(name),
            RData::Mx { exchange, .. } => Some(exchange),
            RData::Soa(soa) => Some(&soa.mname),
            RData::A(_) | RData::Aaaa(_) | RData::Txt(_) => None,
        }
    }
}

impl fmt::Display for RData {
    /// Writes the data as a zone file does.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RData::A(addr) => write!(f, "{addr}"),
            RData::Aaaa(addr) => write!(f, "{addr}"),
            RData::Ns(name) | RData::Cname(name) | RData::Ptr(name) => f.write_str(name),
            RData::Mx {
                preference,
                exchange,
            } => write!(f, "{preference} {exchange}"),
            RData::Soa(soa) => write!(
                f,
                "{} {} {} {} {} {} {}",
                soa.mname, soa.rname, soa.serial, soa.refresh, soa.retry, soa.expire, soa.minimum
            ),
            RData::Txt(text) => {
                write!(f, "\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
            }
        }
    }
}

/// One resource record; the owner is lower case and absolute (`www.example.com.`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The owner name.
    pub owner: String,
    /// Seconds a resolver may keep the record.
    pub ttl: u32,
    /// The type and data.
    pub data: RData,
}

impl Record {
    /// Builds a record.
    ///
    /// ```
    /// use netdojo::calc::dns::{RData, Record};
    /// let r = Record::new("www.example.com.", 300, RData::A("192.0.2.1".parse().unwrap()));
    /// assert_eq!(r.to_string(), "www.example.com. 300 IN A 192.0.2.1");
    /// ```
    pub fn new(owner: &str, ttl: u32, data: RData) -> Record {
        Record {
            owner: owner.to_string(),
            ttl,
            data,
        }
    }

    /// The record's type.
    ///
    /// ```
    /// use netdojo::calc::dns::{RData, Record, RecordType};
    /// let r = Record::new("example.com.", 60, RData::Txt("hello".into()));
    /// assert_eq!(r.rtype(), RecordType::Txt);
    /// ```
    pub fn rtype(&self) -> RecordType {
        self.data.rtype()
    }

    /// The same record with another TTL (a cache shows the time left).
    ///
    /// ```
    /// use netdojo::calc::dns::{RData, Record};
    /// let r = Record::new("example.com.", 300, RData::Txt("x".into()));
    /// assert_eq!(r.with_ttl(240).ttl, 240);
    /// ```
    pub fn with_ttl(&self, ttl: u32) -> Record {
        Record {
            ttl,
            ..self.clone()
        }
    }
}

impl fmt::Display for Record {
    /// Writes the record as one zone-file line: owner, TTL, class, type, data.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} IN {} {}",
            self.owner,
            self.ttl,
            self.rtype(),
            self.data
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_file_lines() {
        let soa = Record::new(
            "example.com.",
            3600,
            RData::Soa(Soa {
                mname: "ns1.example.com.".into(),
                rname: "hostmaster.example.com.".into(),
                serial: 2025010101,
                refresh: 7200,
                retry: 900,
                expire: 1209600,
                minimum: 300,
            }),
        );
        assert_eq!(
            soa.to_string(),
            "example.com. 3600 IN SOA ns1.example.com. hostmaster.example.com. 2025010101 7200 900 1209600 300"
        );
        let txt = Record::new("example.com.", 300, RData::Txt("say \"hi\"".into()));
        assert_eq!(
            txt.to_string(),
            "example.com. 300 IN TXT \"say \\\"hi\\\"\""
        );
    }

    #[test]
    fn type_names_round_trip() {
        for t in RecordType::ALL {
            assert_eq!(t.mnemonic().parse::<RecordType>(), Ok(t));
        }
        assert_eq!(
            "SRV".parse::<RecordType>().unwrap_err().to_string(),
            "\"SRV\" is not a record type this tutor knows: use A, AAAA, NS, MX, CNAME, SOA, TXT or PTR"
        );
    }
}
