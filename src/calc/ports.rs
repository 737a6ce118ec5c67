//! Port numbers: the three ranges of RFC 6335 §6, the services people meet most,
//! and the Linux default ephemeral range.
//!
//! ```
//! use netdojo::calc::ports::{classify, PortRange};
//! let info = classify(443);
//! assert_eq!(info.range, PortRange::WellKnown);
//! assert_eq!(info.services[0].name, "HTTPS");
//! ```

use std::fmt;
use std::ops::RangeInclusive;

use thiserror::Error;

/// The ports Linux picks client source ports from by default
/// (`net.ipv4.ip_local_port_range`).
///
/// ```
/// use netdojo::calc::ports::LINUX_EPHEMERAL;
/// assert!(LINUX_EPHEMERAL.contains(&32768) && !LINUX_EPHEMERAL.contains(&61000));
/// ```
pub const LINUX_EPHEMERAL: RangeInclusive<u16> = 32768..=60999;

/// One of the three port ranges of RFC 6335 §6.
///
/// ```
/// use netdojo::calc::ports::PortRange;
/// assert_eq!(PortRange::of(1023), PortRange::WellKnown);
/// assert_eq!(PortRange::of(1024), PortRange::Registered);
/// assert_eq!(PortRange::of(49152), PortRange::Dynamic);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PortRange {
    /// System or well-known ports, 0–1023.
    WellKnown,
    /// User or registered ports, 1024–49151.
    Registered,
    /// Dynamic or private ports, 49152–65535.
    Dynamic,
}

/// TCP or UDP.
///
/// ```
/// use netdojo::calc::ports::Transport;
/// assert_eq!(Transport::Udp.to_string(), "udp");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transport {
    /// Transmission Control Protocol.
    Tcp,
    /// User Datagram Protocol.
    Udp,
}

/// A service commonly found on a port.
///
/// ```
/// use netdojo::calc::ports::{services_on, Transport};
/// let dns = services_on(53)[0];
/// assert_eq!((dns.name, dns.transports), ("DNS", &[Transport::Tcp, Transport::Udp][..]));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Service {
    /// The port.
    pub port: u16,
    /// The transports it is used over.
    pub transports: &'static [Transport],
    /// Its usual short name.
    pub name: &'static str,
    /// What it is for, in English.
    pub description: &'static str,
    /// What it is for, in Japanese.
    pub description_ja: &'static str,
}

/// Everything there is to say about one port.
///
/// ```
/// use netdojo::calc::ports::classify;
/// let info = classify(49152);
/// assert!(info.services.is_empty());
/// assert!(info.linux_ephemeral);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortInfo {
    /// The port.
    pub port: u16,
    /// Its RFC 6335 range.
    pub range: PortRange,
    /// The common services on it (none for most ports).
    pub services: Vec<&'static Service>,
    /// Whether Linux uses it as a client source port by default.
    pub linux_ephemeral: bool,
}

/// Why a text is not a port number.
///
/// ```
/// use netdojo::calc::ports::{parse_port, PortError};
/// assert_eq!(parse_port("70000"), Err(PortError::TooLarge("70000".into())));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PortError {
    /// Not a whole number.
    #[error("\"{0}\" is not a port number (expected a whole number from 0 to 65535)")]
    NotANumber(String),
    /// A number beyond 16 bits.
    #[error("\"{0}\" is over 65535 (a port is a 16-bit number, 0 to 65535)")]
    TooLarge(String),
}

use Transport::{Tcp, Udp};

const fn service(
    port: u16,
    transports: &'static [Transport],
    name: &'static str,
    description: &'static str,
    description_ja: &'static str,
) -> Service {
    Service {
        port,
        transports,
        name,
        description,
        description_ja,
    }
}

/// The built-in table of common services, by port.
///
/// ```
/// use netdojo::calc::ports::SERVICES;
/// assert!(SERVICES.windows(2).all(|w| w[0].port <= w[1].port));
/// ```
pub const SERVICES: &[Service] = &[
    service(
        20,
        &[Tcp],
        "FTP data",
        "file transfer, data connection",
        "ファイル転送(データ用の接続)",
    ),
    service(
        21,
        &[Tcp],
        "FTP",
        "file transfer, control connection",
        "ファイル転送(制御用の接続)",
    ),
    service(
        22,
        &[Tcp],
        "SSH",
        "encrypted remote login and file copy",
        "暗号化されたリモートログインとファイル転送",
    ),
    service(
        23,
        &[Tcp],
        "Telnet",
        "remote login without encryption",
        "暗号化のないリモートログイン",
    ),
    service(
        25,
        &[Tcp],
        "SMTP",
        "mail transfer between servers",
        "メールサーバー間のメール転送",
    ),
    service(
        53,
        &[Tcp, Udp],
        "DNS",
        "name resolution (UDP, and TCP for large answers and zone transfers)",
        "名前解決(UDPのほか、大きな応答やゾーン転送にはTCP)",
    ),
    service(
        67,
        &[Udp],
        "DHCP server",
        "address assignment, server side",
        "アドレスの自動割り当て(サーバー側)",
    ),
    service(
        68,
        &[Udp],
        "DHCP client",
        "address assignment, client side",
        "アドレスの自動割り当て(クライアント側)",
    ),
    service(
        80,
        &[Tcp],
        "HTTP",
        "the web without encryption",
        "暗号化のないWeb",
    ),
    service(110, &[Tcp], "POP3", "mail retrieval", "メールの受信"),
    service(123, &[Udp], "NTP", "clock synchronisation", "時刻の同期"),
    service(
        143,
        &[Tcp],
        "IMAP",
        "mail access on the server",
        "サーバー上のメールの閲覧",
    ),
    service(
        161,
        &[Udp],
        "SNMP",
        "network device monitoring",
        "ネットワーク機器の監視",
    ),
    service(
        179,
        &[Tcp],
        "BGP",
        "routing between networks",
        "ネットワーク間の経路交換",
    ),
    service(
        443,
        &[Tcp],
        "HTTPS",
        "the web over TLS",
        "TLSで暗号化されたWeb",
    ),
    service(443, &[Udp], "HTTP/3", "the web over QUIC", "QUIC上のWeb"),
    service(
        465,
        &[Tcp],
        "SMTPS",
        "mail submission over TLS from the first byte",
        "最初からTLSで暗号化されたメール送信",
    ),
    service(
        520,
        &[Udp],
        "RIP",
        "routing inside a network",
        "ネットワーク内の経路交換",
    ),
    service(
        587,
        &[Tcp],
        "Submission",
        "mail submission by clients (STARTTLS)",
        "クライアントからのメール送信(STARTTLS)",
    ),
    service(
        993,
        &[Tcp],
        "IMAPS",
        "IMAP over TLS",
        "TLSで暗号化されたIMAP",
    ),
    service(
        995,
        &[Tcp],
        "POP3S",
        "POP3 over TLS",
        "TLSで暗号化されたPOP3",
    ),
    service(
        1433,
        &[Tcp],
        "SQL Server",
        "Microsoft SQL Server database",
        "Microsoft SQL Serverデータベース",
    ),
    service(
        1521,
        &[Tcp],
        "Oracle",
        "Oracle Database listener",
        "Oracle Databaseのリスナー",
    ),
    service(
        2049,
        &[Tcp, Udp],
        "NFS",
        "network file system",
        "ネットワークファイルシステム",
    ),
    service(
        3306,
        &[Tcp],
        "MySQL",
        "MySQL and MariaDB databases",
        "MySQLとMariaDBのデータベース",
    ),
    service(
        3389,
        &[Tcp, Udp],
        "RDP",
        "Windows remote desktop",
        "Windowsのリモートデスクトップ",
    ),
    service(
        5432,
        &[Tcp],
        "PostgreSQL",
        "PostgreSQL database",
        "PostgreSQLデータベース",
    ),
    service(
        6379,
        &[Tcp],
        "Redis",
        "Redis in-memory store",
        "Redisインメモリデータストア",
    ),
    service(
        8080,
        &[Tcp],
        "HTTP alternate",
        "web on a second port (proxies, application servers)",
        "別ポートのWeb(プロキシ、アプリケーションサーバー)",
    ),
    service(
        8443,
        &[Tcp],
        "HTTPS alternate",
        "TLS web on a second port",
        "別ポートのTLS Web",
    ),
    service(
        11211,
        &[Tcp],
        "Memcached",
        "Memcached cache",
        "Memcachedキャッシュ",
    ),
    service(
        27017,
        &[Tcp],
        "MongoDB",
        "MongoDB database",
        "MongoDBデータベース",
    ),
];

impl PortRange {
    /// Every range, lowest first.
    ///
    /// ```
    /// use netdojo::calc::ports::PortRange;
    /// assert_eq!(PortRange::ALL[2], PortRange::Dynamic);
    /// ```
    pub const ALL: [PortRange; 3] = [
        PortRange::WellKnown,
        PortRange::Registered,
        PortRange::Dynamic,
    ];

    /// The range a port falls in.
    ///
    /// ```
    /// use netdojo::calc::ports::PortRange;
    /// assert_eq!(PortRange::of(49151), PortRange::Registered);
    /// ```
    pub fn of(port: u16) -> PortRange {
        match port {
            0..=1023 => PortRange::WellKnown,
            1024..=49151 => PortRange::Registered,
            49152..=u16::MAX => PortRange::Dynamic,
        }
    }

    /// The first and last port of the range.
    ///
    /// ```
    /// use netdojo::calc::ports::PortRange;
    /// assert_eq!(PortRange::Dynamic.bounds(), (49152, 65535));
    /// ```
    pub fn bounds(self) -> (u16, u16) {
        match self {
            PortRange::WellKnown => (0, 1023),
            PortRange::Registered => (1024, 49151),
            PortRange::Dynamic => (49152, 65535),
        }
    }

    /// The common name: `well-known`, `registered` or `dynamic`.
    ///
    /// ```
    /// use netdojo::calc::ports::PortRange;
    /// assert_eq!(PortRange::Registered.name(), "registered");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            PortRange::WellKnown => "well-known",
            PortRange::Registered => "registered",
            PortRange::Dynamic => "dynamic",
        }
    }

    /// RFC 6335's name: `system`, `user` or `dynamic/private`.
    ///
    /// ```
    /// use netdojo::calc::ports::PortRange;
    /// assert_eq!(PortRange::WellKnown.rfc_name(), "system");
    /// ```
    pub fn rfc_name(self) -> &'static str {
        match self {
            PortRange::WellKnown => "system",
            PortRange::Registered => "user",
            PortRange::Dynamic => "dynamic/private",
        }
    }

    /// The Japanese name.
    ///
    /// ```
    /// use netdojo::calc::ports::PortRange;
    /// assert_eq!(PortRange::WellKnown.name_ja(), "ウェルノウンポート");
    /// ```
    pub fn name_ja(self) -> &'static str {
        match self {
            PortRange::WellKnown => "ウェルノウンポート",
            PortRange::Registered => "登録済みポート",
            PortRange::Dynamic => "動的・プライベートポート",
        }
    }
}

impl fmt::Display for PortRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Transport::Tcp => "tcp",
            Transport::Udp => "udp",
        })
    }
}

/// The common services on a port, from the built-in table.
///
/// ```
/// use netdojo::calc::ports::services_on;
/// let names: Vec<_> = services_on(443).iter().map(|s| s.name).collect();
/// assert_eq!(names, ["HTTPS", "HTTP/3"]);
/// ```
pub fn services_on(port: u16) -> Vec<&'static Service> {
    SERVICES.iter().filter(|s| s.port == port).collect()
}

/// Classifies a port.
///
/// ```
/// use netdojo::calc::ports::{classify, PortRange};
/// let ssh = classify(22);
/// assert_eq!((ssh.range, ssh.services[0].name, ssh.linux_ephemeral), (PortRange::WellKnown, "SSH", false));
/// ```
pub fn classify(port: u16) -> PortInfo {
    PortInfo {
        port,
        range: PortRange::of(port),
        services: services_on(port),
        linux_ephemeral: LINUX_EPHEMERAL.contains(&port),
    }
}

/// Reads a port number, naming the text in the error.
///
/// ```
/// use netdojo::calc::ports::parse_port;
/// assert_eq!(parse_port(" 8080 "), Ok(8080));
/// assert_eq!(
///     parse_port("ssh").unwrap_err().to_string(),
///     "\"ssh\" is not a port number (expected a whole number from 0 to 65535)"
/// );
/// ```
pub fn parse_port(text: &str) -> Result<u16, PortError> {
    let digits = text.trim();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PortError::NotANumber(text.to_string()));
    }
    digits
        .parse::<u16>()
        .map_err(|_| PortError::TooLarge(text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_of_the_ranges() {
        let ranges: Vec<_> = [0, 1023, 1024, 49151, 49152, 65535]
            .map(PortRange::of)
            .to_vec();
        use PortRange::*;
        assert_eq!(
            ranges,
            [
                WellKnown, WellKnown, Registered, Registered, Dynamic, Dynamic
            ]
        );
        for range in PortRange::ALL {
            let (first, last) = range.bounds();
            assert_eq!((PortRange::of(first), PortRange::of(last)), (range, range));
        }
    }

    #[test]
    fn linux_ephemeral_edges() {
        let eph = |p| classify(p).linux_ephemeral;
        assert_eq!(
            [32767, 32768, 60999, 61000].map(eph),
            [false, true, true, false]
        );
    }

    #[test]
    fn curriculum_common_ports() {
        let expected = [
            (20, "FTP data"),
            (21, "FTP"),
            (22, "SSH"),
            (25, "SMTP"),
            (53, "DNS"),
            (80, "HTTP"),
            (110, "POP3"),
            (143, "IMAP"),
            (443, "HTTPS"),
            (3306, "MySQL"),
            (3389, "RDP"),
            (5432, "PostgreSQL"),
        ];
        for (port, name) in expected {
            assert_eq!(services_on(port)[0].name, name, "{port}");
        }
        assert_eq!(services_on(53)[0].transports, [Tcp, Udp]);
        assert_eq!(services_on(443)[1].transports, [Udp]);
        assert!(services_on(49152).is_empty());
    }

    #[test]
    fn parse_errors_name_the_text() {
        assert_eq!(parse_port("65535"), Ok(65535));
        assert_eq!(parse_port("0"), Ok(0));
        assert_eq!(
            parse_port("65536").unwrap_err().to_string(),
            "\"65536\" is over 65535 (a port is a 16-bit number, 0 to 65535)"
        );
        assert_eq!(
            parse_port("99999999999999999999999"),
            Err(PortError::TooLarge("99999999999999999999999".into()))
        );
        for bad in ["", "-1", "+22", "22/tcp", "0x16", "2 2"] {
            assert_eq!(
                parse_port(bad),
                Err(PortError::NotANumber(bad.into())),
                "{bad}"
            );
        }
    }
}
