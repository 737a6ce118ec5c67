//! MySQL accounts: which `'user'@'host'` account a client connection is matched to.
//!
//! A MySQL account is a user name **and** a host value, and the host value says where
//! the client may connect from:
//!
//! | Host value | Matches |
//! |---|---|
//! | `db1.example.jp`, `10.0.11.10` | that name or address (names ignore case) |
//! | `10.0.%`, `%.example.jp` | a pattern: `%` any run of characters, `_` one character |
//! | `%` | any host |
//! | `10.0.0.0/255.255.255.0` | IPv4 addresses whose AND with the netmask gives the address |
//! | `10.0.0.0/24` | the same in CIDR form (newer MySQL releases; 8.4 accepts it) |
//! | `''` (empty) | any host, like `%` |
//!
//! A pattern is compared with the client's host name (ignoring case) and with its IP
//! address as text. MySQL never matches host names that start with digits and a dot
//! (`1.2.example.jp`), so that a name cannot pose as an address pattern. The netmask
//! form works only for IPv4; a netmask of 0.0.0.0 is not treated as a netmask, so the
//! value is compared as plain text and matches nothing.
//!
//! When several accounts could match, MySQL sorts them **most specific first** and
//! takes the first that matches both the user name and the host (the manual's
//! "Access Control, Stage 1: Connection Verification"):
//!
//! 1. host values without wildcards (names, addresses, netmask and CIDR forms, all
//!    equally specific);
//! 2. patterns, the later their first wildcard the more specific (`10.0.1.%` before
//!    `10.0.%`);
//! 3. `%`;
//! 4. the empty host `''`.
//!
//! Accounts with the same host value put named users before the anonymous user `''`.
//! MySQL leaves the order of equally specific accounts undefined; here they keep the
//! order they were given in. User names compare exactly (case matters); the anonymous
//! user matches any name.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr};
use std::str::FromStr;

use thiserror::Error;

use super::certmatch::HostName;
use super::parse::parse_addr;
use crate::lang::Lang;

/// The longest user name MySQL 8 accepts.
const MAX_USER: usize = 32;
/// The longest host value MySQL 8 accepts.
const MAX_HOST: usize = 255;

/// Why a text is not an account or a client.
///
/// ```
/// use netdojo::calc::mysqlhost::Account;
/// assert_eq!(
///     "'app'@'10.0.%".parse::<Account>().unwrap_err().to_string(),
///     "a quote ' is not closed"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AccountError {
    /// Nothing was given.
    #[error("no account was given")]
    Empty,
    /// A quote that is not closed.
    #[error("a quote {quote} is not closed")]
    Unclosed {
        /// The quote character.
        quote: char,
    },
    /// Text where `@` or the end belongs.
    #[error("unexpected {rest:?}: write an account as 'user'@'host'")]
    Trailing {
        /// The rest of the text.
        rest: String,
    },
    /// A user name over 32 characters.
    #[error("the user name is {len} characters long; MySQL allows at most 32")]
    UserTooLong {
        /// Its length in characters.
        len: usize,
    },
    /// A host value over 255 characters.
    #[error("the host value is {len} characters long; MySQL allows at most 255")]
    HostTooLong {
        /// Its length in characters.
        len: usize,
    },
}

/// Why a text is not a client host.
///
/// ```
/// use netdojo::calc::mysqlhost::Client;
/// assert_eq!(
///     "1.2.example.jp".parse::<Client>().unwrap_err().to_string(),
///     "MySQL never matches host names that start with digits and a dot, such as 1.2.example.jp: give the client's IP address"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ClientError {
    /// Nothing was given.
    #[error("no client address or host name was given")]
    Empty,
    /// Neither an address nor a host name.
    #[error("{text} is neither an IP address nor a host name: {reason}")]
    Invalid {
        /// The text.
        text: String,
        /// Why it is not a host name.
        reason: String,
    },
    /// A host name that starts with digits and a dot.
    #[error(
        "MySQL never matches host names that start with digits and a dot, such as {name}: give the client's IP address"
    )]
    DigitsAndDot {
        /// The name.
        name: String,
    },
}

/// What kind of host value an account has.
///
/// ```
/// use netdojo::calc::mysqlhost::{HostKind, HostValue};
/// assert_eq!(HostValue::new("10.0.%").kind(), &HostKind::Pattern);
/// assert_eq!(HostValue::new("").kind(), &HostKind::AnyHost);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum HostKind {
    /// The empty value `''`: any host.
    AnyHost,
    /// A name or address without wildcards.
    Literal,
    /// A value with `%` or `_`.
    Pattern,
    /// `address/netmask` or `address/prefix` (IPv4 only).
    Masked {
        /// The address before the slash.
        network: Ipv4Addr,
        /// The netmask (from the prefix length in CIDR form).
        mask: Ipv4Addr,
    },
}

/// The host part of an account, as written, with its kind.
///
/// ```
/// use netdojo::calc::mysqlhost::{HostKind, HostValue};
/// let host = HostValue::new("10.0.0.0/255.255.255.0");
/// assert!(matches!(host.kind(), HostKind::Masked { .. }));
/// assert_eq!(host.text(), "10.0.0.0/255.255.255.0");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HostValue {
    text: String,
    kind: HostKind,
}

impl HostValue {
    /// Classifies a host value as MySQL reads it.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::{HostKind, HostValue};
    /// assert_eq!(HostValue::new("db.example.jp").kind(), &HostKind::Literal);
    /// // A netmask of 0.0.0.0 is not a netmask to MySQL: plain text.
    /// assert_eq!(HostValue::new("10.0.0.0/0.0.0.0").kind(), &HostKind::Literal);
    /// ```
    pub fn new(text: &str) -> HostValue {
        let kind = if text.is_empty() {
            HostKind::AnyHost
        } else if first_wildcard(text).is_some() {
            HostKind::Pattern
        } else if let Some((network, mask)) = masked(text) {
            HostKind::Masked { network, mask }
        } else {
            HostKind::Literal
        };
        HostValue {
            text: text.to_owned(),
            kind,
        }
    }

    /// The value as written.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::HostValue;
    /// assert_eq!(HostValue::new("%").text(), "%");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Its kind.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::{HostKind, HostValue};
    /// assert_eq!(HostValue::new("%").kind(), &HostKind::Pattern);
    /// ```
    pub fn kind(&self) -> &HostKind {
        &self.kind
    }

    /// Where MySQL sorts this value: larger is more specific. Values without wildcards
    /// are 128, `%` is 1, `''` is 0, and a pattern is the position of its first
    /// wildcard plus 2 (at most 127).
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::HostValue;
    /// assert_eq!(HostValue::new("10.0.0.1").specificity(), 128);
    /// assert_eq!(HostValue::new("10.0.1.%").specificity(), 9);
    /// assert_eq!(HostValue::new("10.0.%").specificity(), 7);
    /// assert_eq!(HostValue::new("%").specificity(), 1);
    /// assert_eq!(HostValue::new("").specificity(), 0);
    /// ```
    pub fn specificity(&self) -> u8 {
        specificity(&self.text)
    }

    /// Whether and why this host value matches a client.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::{Client, HostValue};
    /// let client: Client = "10.0.11.10".parse().unwrap();
    /// assert!(HostValue::new("10.0.%").check(&client).matches());
    /// assert!(!HostValue::new("10.1.%").check(&client).matches());
    /// ```
    pub fn check(&self, client: &Client) -> HostVerdict {
        match &self.kind {
            HostKind::AnyHost => HostVerdict::AnyHost,
            HostKind::Masked { network, mask } => {
                if u32::from(*network) & !u32::from(*mask) != 0 {
                    return HostVerdict::Unmatchable;
                }
                match client.ip {
                    Some(IpAddr::V4(ip)) => {
                        let masked = Ipv4Addr::from(u32::from(ip) & u32::from(*mask));
                        if masked == *network {
                            HostVerdict::InNetwork { masked }
                        } else {
                            HostVerdict::OutsideNetwork { masked }
                        }
                    }
                    _ => HostVerdict::NoIpv4,
                }
            }
            HostKind::Literal | HostKind::Pattern => {
                let by_name = client
                    .name
                    .as_deref()
                    .is_some_and(|name| like_match(&self.text, name, true));
                // MySQL compares the address text case-sensitively.
                let by_address = client
                    .ip
                    .is_some_and(|ip| like_match(&self.text, &ip.to_string(), false));
                let literal = self.kind == HostKind::Literal;
                match (by_name, by_address, literal) {
                    (true, _, true) => HostVerdict::SameName,
                    (_, true, true) => HostVerdict::SameAddress,
                    (true, _, false) => HostVerdict::PatternFitsName,
                    (_, true, false) => HostVerdict::PatternFitsAddress,
                    (false, false, true) => HostVerdict::DifferentHost,
                    (false, false, false) => HostVerdict::PatternDoesNotFit,
                }
            }
        }
    }
}

impl fmt::Display for HostValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// The byte position of the first unescaped `%` or `_`, if any.
fn first_wildcard(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if i + 1 < bytes.len() => i += 2,
            b'%' | b'_' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// MySQL's sort value of a host or user string (see [`HostValue::specificity`]).
fn specificity(text: &str) -> u8 {
    if text.is_empty() {
        return 0;
    }
    match first_wildcard(text) {
        None => 128,
        Some(_) if text == "%" => 1,
        Some(position) => u8::try_from((position + 2).min(127)).unwrap_or(127),
    }
}

/// `a.b.c.d/m.m.m.m` or `a.b.c.d/n` with a non-zero mask.
fn masked(text: &str) -> Option<(Ipv4Addr, Ipv4Addr)> {
    let (address, mask) = text.split_once('/')?;
    let network: Ipv4Addr = address.parse().ok()?;
    let mask: Ipv4Addr = match mask.parse::<Ipv4Addr>() {
        Ok(mask) => mask,
        Err(_) => {
            let prefix: u8 = mask.parse().ok().filter(|p| (1..=32).contains(p))?;
            Ipv4Addr::from(u32::MAX << (32 - u32::from(prefix)))
        }
    };
    (mask != Ipv4Addr::UNSPECIFIED).then_some((network, mask))
}

/// MySQL's `LIKE`-style host match: `%` matches any run of characters (also none),
/// `_` exactly one, and `\` makes the next character literal.
///
/// ```
/// use netdojo::calc::mysqlhost::like_match;
/// assert!(like_match("10.0.%", "10.0.11.10", false));
/// assert!(like_match("%.EXAMPLE.jp", "db.example.JP", true));
/// assert!(like_match("10.0.0._", "10.0.0.7", false));
/// assert!(!like_match("10.0.0._", "10.0.0.17", false));
/// ```
pub fn like_match(pattern: &str, text: &str, ignore_case: bool) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    let same = |a: char, b: char| {
        if ignore_case {
            a.eq_ignore_ascii_case(&b)
        } else {
            a == b
        }
    };
    // Dynamic programming over (pattern position, text position): no recursion, so
    // long inputs cannot exhaust the stack or take exponential time.
    let mut reachable = vec![false; text.len() + 1];
    reachable[0] = true;
    let mut i = 0;
    while i < pattern.len() {
        let mut next = vec![false; text.len() + 1];
        match pattern[i] {
            '%' => {
                let mut any = false;
                for (j, slot) in next.iter_mut().enumerate() {
                    any |= reachable[j];
                    *slot = any;
                }
                i += 1;
            }
            '_' => {
                next[1..].copy_from_slice(&reachable[..text.len()]);
                i += 1;
            }
            c => {
                let (literal, step) = if c == '\\' && i + 1 < pattern.len() {
                    (pattern[i + 1], 2)
                } else {
                    (c, 1)
                };
                for j in 0..text.len() {
                    next[j + 1] = reachable[j] && same(literal, text[j]);
                }
                i += step;
            }
        }
        reachable = next;
    }
    reachable[text.len()]
}

/// How a host value relates to a client.
///
/// ```
/// use netdojo::calc::mysqlhost::HostVerdict;
/// assert!(HostVerdict::AnyHost.matches());
/// assert!(!HostVerdict::DifferentHost.matches());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HostVerdict {
    /// The empty host value matches every host.
    AnyHost,
    /// A literal value equal to the client's host name (ignoring case).
    SameName,
    /// A literal value equal to the client's address.
    SameAddress,
    /// A literal value that is neither the client's name nor its address.
    DifferentHost,
    /// A pattern that fits the client's host name.
    PatternFitsName,
    /// A pattern that fits the client's address.
    PatternFitsAddress,
    /// A pattern that fits neither.
    PatternDoesNotFit,
    /// The client's address AND the netmask is the account's address.
    InNetwork {
        /// The client's address AND the netmask.
        masked: Ipv4Addr,
    },
    /// The client's address AND the netmask is a different address.
    OutsideNetwork {
        /// The client's address AND the netmask.
        masked: Ipv4Addr,
    },
    /// A netmask form and a client without an IPv4 address.
    NoIpv4,
    /// A netmask form whose address has bits outside the mask: it can never match.
    Unmatchable,
}

impl HostVerdict {
    /// Whether the host value matches.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::HostVerdict;
    /// assert!(HostVerdict::PatternFitsAddress.matches());
    /// ```
    pub fn matches(self) -> bool {
        matches!(
            self,
            HostVerdict::AnyHost
                | HostVerdict::SameName
                | HostVerdict::SameAddress
                | HostVerdict::PatternFitsName
                | HostVerdict::PatternFitsAddress
                | HostVerdict::InNetwork { .. }
        )
    }
}

/// A MySQL account: a user name and a host value.
///
/// `FromStr` reads `'app'@'10.0.%'`, with single quotes, double quotes, backticks or
/// none, and a doubled quote inside quotes for a quote character. Without `@host` the
/// host is `%`, as in MySQL: `'me'` is `'me'@'%'`, and `'me@localhost'` is the user
/// `me@localhost` from any host.
///
/// ```
/// use netdojo::calc::mysqlhost::Account;
/// let account: Account = "'app'@'10.0.%'".parse().unwrap();
/// assert_eq!(account.user(), "app");
/// assert_eq!(account.host().text(), "10.0.%");
/// assert_eq!(account.to_string(), "'app'@'10.0.%'");
/// assert_eq!("me".parse::<Account>().unwrap().to_string(), "'me'@'%'");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Account {
    user: String,
    host: HostValue,
}

impl Account {
    /// An account from a user name and a host value.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::Account;
    /// assert_eq!(Account::new("app", "%").to_string(), "'app'@'%'");
    /// ```
    pub fn new(user: &str, host: &str) -> Account {
        Account {
            user: user.to_owned(),
            host: HostValue::new(host),
        }
    }

    /// The user name; empty for the anonymous user.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::Account;
    /// assert_eq!(Account::new("", "%").user(), "");
    /// ```
    pub fn user(&self) -> &str {
        &self.user
    }

    /// The host value.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::Account;
    /// assert_eq!(Account::new("app", "db.example.jp").host().text(), "db.example.jp");
    /// ```
    pub fn host(&self) -> &HostValue {
        &self.host
    }

    /// MySQL's sort value: the host's specificity, then the user's.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::Account;
    /// assert!(Account::new("app", "%").sort_value() > Account::new("", "%").sort_value());
    /// assert!(Account::new("", "10.0.%").sort_value() > Account::new("app", "%").sort_value());
    /// ```
    pub fn sort_value(&self) -> u16 {
        (u16::from(self.host.specificity()) << 8) | u16::from(specificity(&self.user))
    }

    /// Whether the account's user matches a user name: exactly, or any name for the
    /// anonymous user.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::Account;
    /// assert!(Account::new("", "%").user_matches("bob"));
    /// assert!(!Account::new("App", "%").user_matches("app"));
    /// ```
    pub fn user_matches(&self, user: &str) -> bool {
        self.user.is_empty() || self.user == user
    }
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}'@'{}'",
            self.user.replace('\'', "''"),
            self.host.text.replace('\'', "''")
        )
    }
}

impl FromStr for Account {
    type Err = AccountError;

    fn from_str(input: &str) -> Result<Account, AccountError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(AccountError::Empty);
        }
        let (user, rest) = read_part(text)?;
        let host = match rest.strip_prefix('@') {
            Some(host_text) => {
                let (host, rest) = read_part(host_text)?;
                if !rest.is_empty() {
                    return Err(AccountError::Trailing {
                        rest: rest.to_owned(),
                    });
                }
                host
            }
            None if rest.is_empty() => "%".to_owned(),
            None => {
                return Err(AccountError::Trailing {
                    rest: rest.to_owned(),
                });
            }
        };
        let user_len = user.chars().count();
        if user_len > MAX_USER {
            return Err(AccountError::UserTooLong { len: user_len });
        }
        let host_len = host.chars().count();
        if host_len > MAX_HOST {
            return Err(AccountError::HostTooLong { len: host_len });
        }
        Ok(Account::new(&user, &host))
    }
}

/// Reads a quoted or bare name; returns it and the rest of the text.
fn read_part(text: &str) -> Result<(String, &str), AccountError> {
    let Some(quote) = text
        .chars()
        .next()
        .filter(|c| matches!(c, '\'' | '"' | '`'))
    else {
        // A bare name runs to the @ (or the end).
        let end = text.find('@').unwrap_or(text.len());
        return Ok((text[..end].to_owned(), &text[end..]));
    };
    let mut name = String::new();
    let mut chars = text[quote.len_utf8()..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == quote {
            if chars.peek().is_some_and(|&(_, next)| next == quote) {
                chars.next();
                name.push(quote);
                continue;
            }
            let rest = &text[quote.len_utf8() + i + c.len_utf8()..];
            return Ok((name, rest));
        }
        name.push(c);
    }
    Err(AccountError::Unclosed { quote })
}

/// A connecting client: its IP address, its host name (as the server resolved it), or
/// both.
///
/// `FromStr` reads an address or a host name.
///
/// ```
/// use netdojo::calc::mysqlhost::Client;
/// let client: Client = "10.0.11.10".parse().unwrap();
/// assert_eq!(client.to_string(), "10.0.11.10");
/// let named: Client = "web1.example.jp".parse().unwrap();
/// assert_eq!(named.name(), Some("web1.example.jp"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Client {
    ip: Option<IpAddr>,
    name: Option<String>,
}

impl Client {
    /// A client known by its address only (the server does not resolve names, or the
    /// name did not resolve).
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::Client;
    /// let client = Client::from_ip("10.0.0.5".parse().unwrap());
    /// assert_eq!(client.name(), None);
    /// ```
    pub fn from_ip(ip: IpAddr) -> Client {
        Client {
            ip: Some(ip),
            name: None,
        }
    }

    /// A client with both an address and the host name the server resolved for it.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::Client;
    /// let client = Client::with_name("10.0.0.5".parse().unwrap(), "web1.example.jp").unwrap();
    /// assert_eq!(client.to_string(), "10.0.0.5 (web1.example.jp)");
    /// ```
    pub fn with_name(ip: IpAddr, name: &str) -> Result<Client, ClientError> {
        Ok(Client {
            ip: Some(ip),
            name: Some(host_name(name)?),
        })
    }

    /// The address, if known.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::Client;
    /// assert!("db.example.jp".parse::<Client>().unwrap().ip().is_none());
    /// ```
    pub fn ip(&self) -> Option<IpAddr> {
        self.ip
    }

    /// The host name, if known.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::Client;
    /// assert_eq!("10.0.0.5".parse::<Client>().unwrap().name(), None);
    /// ```
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

/// A host name as MySQL would use it, lower case.
fn host_name(text: &str) -> Result<String, ClientError> {
    let name = text
        .parse::<HostName>()
        .map_err(|e| ClientError::Invalid {
            text: text.to_owned(),
            reason: e.to_string(),
        })?
        .to_string();
    let digits_then_dot = name
        .split_once('.')
        .is_some_and(|(first, _)| !first.is_empty() && first.bytes().all(|b| b.is_ascii_digit()));
    if digits_then_dot {
        return Err(ClientError::DigitsAndDot { name });
    }
    Ok(name)
}

impl fmt::Display for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.ip, &self.name) {
            (Some(ip), Some(name)) => write!(f, "{ip} ({name})"),
            (Some(ip), None) => write!(f, "{ip}"),
            (None, Some(name)) => f.write_str(name),
            (None, None) => f.write_str("unknown"),
        }
    }
}

impl FromStr for Client {
    type Err = ClientError;

    fn from_str(input: &str) -> Result<Client, ClientError> {
        if input.trim().is_empty() {
            return Err(ClientError::Empty);
        }
        if let Ok(ip) = parse_addr(input) {
            return Ok(Client::from_ip(ip));
        }
        Ok(Client {
            ip: None,
            name: Some(host_name(input.trim())?),
        })
    }
}

/// One account checked against a client, in MySQL's order.
///
/// ```
/// use netdojo::calc::mysqlhost::{choose, Account, Client};
/// let accounts = [Account::new("app", "%"), Account::new("app", "10.0.%")];
/// let choice = choose(&accounts, Some("app"), &"10.0.1.1".parse().unwrap());
/// assert_eq!(choice.checks[0].account, 1);
/// assert!(choice.checks[0].chosen);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountCheck {
    /// The account's position in the list given.
    pub account: usize,
    /// Whether the user name matches (true when no user name was given).
    pub user_matches: bool,
    /// How the host value relates to the client.
    pub host: HostVerdict,
    /// Whether this is the account MySQL picks.
    pub chosen: bool,
    /// Its place in MySQL's order, from 1.
    pub rank: usize,
    /// Whether another account is equally specific, so that MySQL's order between
    /// them is not defined.
    pub tied: bool,
}

impl AccountCheck {
    /// Whether both the user and the host match.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::{choose, Account};
    /// let choice = choose(&[Account::new("app", "%")], Some("bob"), &"10.0.0.1".parse().unwrap());
    /// assert!(!choice.checks[0].matches());
    /// ```
    pub fn matches(&self) -> bool {
        self.user_matches && self.host.matches()
    }
}

/// The accounts in MySQL's order for one client, and the one it picks.
///
/// ```
/// use netdojo::calc::mysqlhost::{choose, Account};
/// let choice = choose(&[Account::new("app", "10.1.%")], None, &"10.0.0.1".parse().unwrap());
/// assert_eq!(choice.chosen, None);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The user name the client gave, if one was given.
    pub user: Option<String>,
    /// The client.
    pub client: Client,
    /// One check per account, most specific first.
    pub checks: Vec<AccountCheck>,
    /// The account MySQL picks (its position in the list given), if any.
    pub chosen: Option<usize>,
}

/// The accounts' positions, most specific first, equally specific ones in the order
/// given.
///
/// ```
/// use netdojo::calc::mysqlhost::{sort_accounts, Account};
/// let accounts = [
///     Account::new("app", "%"),
///     Account::new("app", "10.0.%"),
///     Account::new("app", "10.0.11.10"),
///     Account::new("app", ""),
/// ];
/// assert_eq!(sort_accounts(&accounts), [2, 1, 0, 3]);
/// ```
pub fn sort_accounts(accounts: &[Account]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..accounts.len()).collect();
    // A stable sort keeps the given order among equals.
    order.sort_by(|&a, &b| accounts[b].sort_value().cmp(&accounts[a].sort_value()));
    order
}

/// An account's place in MySQL's order.
///
/// ```
/// use netdojo::calc::mysqlhost::{rank_accounts, Account};
/// let accounts = [Account::new("app", "10.0.0.1"), Account::new("app", "%"), Account::new("app", "db")];
/// let ranked = rank_accounts(&accounts);
/// assert_eq!((ranked[0].account, ranked[0].rank, ranked[0].tied), (0, 1, true));
/// assert_eq!((ranked[2].account, ranked[2].rank, ranked[2].tied), (1, 3, false));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranked {
    /// The account's position in the list given.
    pub account: usize,
    /// Its place in MySQL's order, from 1.
    pub rank: usize,
    /// Whether another account is equally specific.
    pub tied: bool,
}

/// The accounts in MySQL's order with their ranks and ties.
///
/// ```
/// use netdojo::calc::mysqlhost::{rank_accounts, Account};
/// let ranked = rank_accounts(&[Account::new("app", "%"), Account::new("app", "10.0.%")]);
/// assert_eq!(ranked[0].account, 1);
/// ```
pub fn rank_accounts(accounts: &[Account]) -> Vec<Ranked> {
    let order = sort_accounts(accounts);
    let value = |rank: usize| order.get(rank).map(|&i| accounts[i].sort_value());
    order
        .iter()
        .enumerate()
        .map(|(rank, &account)| {
            let own = value(rank);
            // Sorted, so equal values sit next to each other.
            let tied = rank.checked_sub(1).and_then(value) == own || value(rank + 1) == own;
            Ranked {
                account,
                rank: rank + 1,
                tied,
            }
        })
        .collect()
}

/// Checks a client against every account in MySQL's order and picks the first that
/// matches the user name (when given) and the host.
///
/// ```
/// use netdojo::calc::mysqlhost::{choose, Account};
/// let accounts = [Account::new("app", "%"), Account::new("app", "10.0.11.10")];
/// let choice = choose(&accounts, Some("app"), &"10.0.11.10".parse().unwrap());
/// assert_eq!(choice.chosen, Some(1));
/// ```
pub fn choose(accounts: &[Account], user: Option<&str>, client: &Client) -> Choice {
    let mut chosen = None;
    let checks = rank_accounts(accounts)
        .into_iter()
        .map(|ranked| {
            let account = &accounts[ranked.account];
            let user_matches = user.is_none_or(|user| account.user_matches(user));
            let host = account.host.check(client);
            let is_chosen = chosen.is_none() && user_matches && host.matches();
            if is_chosen {
                chosen = Some(ranked.account);
            }
            AccountCheck {
                account: ranked.account,
                user_matches,
                host,
                chosen: is_chosen,
                rank: ranked.rank,
                tied: ranked.tied,
            }
        })
        .collect();
    Choice {
        user: user.map(str::to_owned),
        client: client.clone(),
        checks,
        chosen,
    }
}

/// Why an account is where it is in MySQL's order, in words.
///
/// ```
/// use netdojo::calc::mysqlhost::{rank_reason, HostValue};
/// assert_eq!(rank_reason(&HostValue::new("10.0.%")), "pattern, first wildcard after 5 characters");
/// assert_eq!(rank_reason(&HostValue::new("%")), "% alone: any host");
/// ```
pub fn rank_reason(host: &HostValue) -> String {
    rank_reason_in(host, Lang::En)
}

/// [`rank_reason`] in `lang`.
///
/// ```
/// use netdojo::calc::mysqlhost::{rank_reason_in, HostValue};
/// use netdojo::lang::Lang;
/// assert_eq!(rank_reason_in(&HostValue::new("10.0.%"), Lang::Ja), "パターン：5 文字目の後に最初のワイルドカード");
/// ```
pub fn rank_reason_in(host: &HostValue, lang: Lang) -> String {
    let ja = lang == Lang::Ja;
    match host.kind() {
        HostKind::AnyHost if ja => "''（空）：すべてのホスト。最後に並びます".to_owned(),
        HostKind::AnyHost => "'' (empty): any host, sorted last".to_owned(),
        HostKind::Literal if ja => "ワイルドカードなし：最も具体的".to_owned(),
        HostKind::Literal => "no wildcard: most specific".to_owned(),
        HostKind::Masked { .. } if ja => {
            "ネットマスク付きのアドレス：ワイルドカードなしと同じ具体さ".to_owned()
        }
        HostKind::Masked { .. } => "address with netmask: as specific as a literal".to_owned(),
        HostKind::Pattern if host.text() == "%" && ja => "% のみ：すべてのホスト".to_owned(),
        HostKind::Pattern if host.text() == "%" => "% alone: any host".to_owned(),
        HostKind::Pattern => {
            let position = first_wildcard(host.text()).unwrap_or(0);
            if ja {
                return format!("パターン：{position} 文字目の後に最初のワイルドカード");
            }
            let noun = if position == 1 {
                "character"
            } else {
                "characters"
            };
            format!("pattern, first wildcard after {position} {noun}")
        }
    }
}

impl Choice {
    /// One account's verdict for the client, in one sentence.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::{choose, Account};
    /// let accounts = [Account::new("app", "10.0.0.0/255.255.0.0")];
    /// let choice = choose(&accounts, None, &"10.1.2.3".parse().unwrap());
    /// assert_eq!(
    ///     choice.reason(&accounts, &choice.checks[0]),
    ///     "no: 10.1.2.3 AND 255.255.0.0 is 10.1.0.0, not 10.0.0.0"
    /// );
    /// ```
    pub fn reason(&self, accounts: &[Account], check: &AccountCheck) -> String {
        self.reason_in(accounts, check, Lang::En)
    }

    /// [`Choice::reason`] in `lang`.
    ///
    /// ```
    /// use netdojo::calc::mysqlhost::{choose, Account};
    /// use netdojo::lang::Lang;
    /// let accounts = [Account::new("app", "10.0.0.0/255.255.0.0")];
    /// let choice = choose(&accounts, None, &"10.1.2.3".parse().unwrap());
    /// assert_eq!(
    ///     choice.reason_in(&accounts, &choice.checks[0], Lang::Ja),
    ///     "不一致：10.1.2.3 AND 255.255.0.0 は 10.1.0.0 で、10.0.0.0 ではありません"
    /// );
    /// ```
    pub fn reason_in(&self, accounts: &[Account], check: &AccountCheck, lang: Lang) -> String {
        let Some(account) = accounts.get(check.account) else {
            return String::new();
        };
        let ja = lang == Lang::Ja;
        if !check.user_matches {
            let given = self.user.as_deref().unwrap_or_default();
            let user = account.user();
            return if ja {
                format!("不一致：ユーザーが {given} ではなく {user} です")
            } else {
                format!("no: the user is {user}, not {given}")
            };
        }
        let why = self.host_reason(account.host(), check.host, lang);
        let first = self.chosen.and_then(|i| accounts.get(i));
        match (check.host.matches(), check.chosen, first) {
            (false, _, _) if ja => format!("不一致：{why}"),
            (false, _, _) => format!("no: {why}"),
            (true, false, Some(first)) if ja => {
                format!("これも一致します（{why}）が、{first} が先です")
            }
            (true, false, Some(first)) => format!("matches too ({why}), but {first} comes first"),
            (true, _, _) if ja => format!("一致：{why}"),
            (true, _, _) => format!("matches: {why}"),
        }
    }

    /// Why a host value matches the client or not.
    fn host_reason(&self, host: &HostValue, verdict: HostVerdict, lang: Lang) -> String {
        let client = &self.client;
        let ip = client.ip.map_or_else(String::new, |ip| ip.to_string());
        let name = client.name.as_deref().unwrap_or_default();
        let ja = lang == Lang::Ja;
        match verdict {
            HostVerdict::AnyHost if ja => "'' はすべてのホストに一致します".to_owned(),
            HostVerdict::AnyHost => "'' matches any host".to_owned(),
            HostVerdict::SameName if ja => {
                format!("{name} と同じホスト名です（大文字と小文字は区別されません）")
            }
            HostVerdict::SameName => format!("the same host name as {name} (case does not matter)"),
            HostVerdict::SameAddress if ja => format!("{ip} と同じアドレスです"),
            HostVerdict::SameAddress => format!("the same address as {ip}"),
            HostVerdict::DifferentHost if ja => format!("{host} は別のホストです"),
            HostVerdict::DifferentHost => format!("{host} is a different host"),
            HostVerdict::PatternFitsName if ja => format!("{name} はパターン {host} に合います"),
            HostVerdict::PatternFitsName => format!("{name} fits the pattern {host}"),
            HostVerdict::PatternFitsAddress if host.text() == "%" && ja => {
                "% はすべてのホストに一致します".to_owned()
            }
            HostVerdict::PatternFitsAddress if host.text() == "%" => {
                "% matches any host".to_owned()
            }
            HostVerdict::PatternFitsAddress if ja => format!("{ip} はパターン {host} に合います"),
            HostVerdict::PatternFitsAddress => format!("{ip} fits the pattern {host}"),
            HostVerdict::PatternDoesNotFit if ja => {
                format!("{client} はパターン {host} に合いません")
            }
            HostVerdict::PatternDoesNotFit => format!("{client} does not fit the pattern {host}"),
            HostVerdict::InNetwork { masked } | HostVerdict::OutsideNetwork { masked } => {
                let (network, mask) = match host.kind() {
                    HostKind::Masked { network, mask } => (*network, *mask),
                    _ => (masked, masked),
                };
                match (verdict.matches(), ja) {
                    (true, true) => {
                        format!("{ip} AND {mask} は {masked} で、アカウントのネットワークです")
                    }
                    (true, false) => format!("{ip} AND {mask} is {masked}, the account's network"),
                    (false, true) => {
                        format!("{ip} AND {mask} は {masked} で、{network} ではありません")
                    }
                    (false, false) => format!("{ip} AND {mask} is {masked}, not {network}"),
                }
            }
            HostVerdict::NoIpv4 if ja => {
                "ネットマスクの形式には接続元のIPv4アドレスが必要です".to_owned()
            }
            HostVerdict::NoIpv4 => "the netmask form needs the client's IPv4 address".to_owned(),
            HostVerdict::Unmatchable if ja => {
                format!("{host} はどの接続元にも一致しません。アドレスにマスク外のビットがあります")
            }
            HostVerdict::Unmatchable => {
                format!("{host} can never match: the address has bits outside the mask")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(text: &str) -> Client {
        text.parse().unwrap()
    }

    #[test]
    fn the_curriculum_question() {
        let host = HostValue::new("10.0.%");
        assert!(host.check(&client("10.0.11.10")).matches());
        assert!(!host.check(&client("10.1.0.5")).matches());
        // "10.0.%" does not match 10.00.1.1 as text, and 100.0.1.1 neither.
        assert!(!host.check(&client("100.0.1.1")).matches());
    }

    #[test]
    fn literal_names_ignore_case_and_addresses_compare_as_text() {
        let named = client("DB1.Example.JP");
        assert_eq!(
            HostValue::new("db1.example.jp").check(&named),
            HostVerdict::SameName
        );
        assert_eq!(
            HostValue::new("db2.example.jp").check(&named),
            HostVerdict::DifferentHost
        );
        assert_eq!(
            HostValue::new("%.example.jp").check(&named),
            HostVerdict::PatternFitsName
        );
        assert_eq!(
            HostValue::new("2001:db8::1").check(&client("2001:DB8:0::1")),
            HostVerdict::SameAddress
        );
        // The address text is compared case-sensitively, as MySQL does.
        assert_eq!(
            HostValue::new("2001:DB8::%").check(&client("2001:db8::1")),
            HostVerdict::PatternDoesNotFit
        );
        let both = Client::with_name("10.0.0.5".parse().unwrap(), "web1.example.jp").unwrap();
        assert!(HostValue::new("web_.example.jp").check(&both).matches());
        assert!(HostValue::new("10.0.0.5").check(&both).matches());
    }

    #[test]
    fn netmask_and_cidr_forms() {
        let mask = HostValue::new("10.0.0.0/255.255.255.0");
        assert_eq!(
            mask.check(&client("10.0.0.77")),
            HostVerdict::InNetwork {
                masked: Ipv4Addr::new(10, 0, 0, 0)
            }
        );
        assert!(!mask.check(&client("10.0.1.77")).matches());
        assert_eq!(mask.check(&client("db.example.jp")), HostVerdict::NoIpv4);
        assert_eq!(mask.check(&client("::1")), HostVerdict::NoIpv4);
        let cidr = HostValue::new("10.0.0.0/16");
        assert!(cidr.check(&client("10.0.200.1")).matches());
        assert!(!cidr.check(&client("10.1.0.1")).matches());
        assert_eq!(
            HostValue::new("10.0.0.5/255.255.255.0").check(&client("10.0.0.5")),
            HostVerdict::Unmatchable
        );
        // Not netmask forms: read as text.
        assert_eq!(
            HostValue::new("10.0.0.0/0.0.0.0").kind(),
            &HostKind::Literal
        );
        assert_eq!(HostValue::new("10.0.0.0/33").kind(), &HostKind::Literal);
        assert_eq!(HostValue::new("2001:db8::/32").kind(), &HostKind::Literal);
        assert!(
            !HostValue::new("10.0.0.0/0.0.0.0")
                .check(&client("10.0.0.1"))
                .matches()
        );
    }

    #[test]
    fn like_matching() {
        assert!(like_match("%", "", true));
        assert!(like_match("", "", true));
        assert!(!like_match("", "a", true));
        assert!(!like_match("_", "", true));
        assert!(like_match("a%b%c", "aXXbYYc", true));
        assert!(!like_match("a%b%c", "aXXbYY", true));
        assert!(like_match("10\\_0", "10_0", false));
        assert!(!like_match("10\\_0", "1000", false));
        assert!(like_match("100\\%", "100%", false));
        assert!(like_match("a\\", "a\\", false));
        // A long run of % stays fast.
        let pattern = "%a".repeat(200);
        assert!(!like_match(&pattern, &"a".repeat(150), true));
    }

    #[test]
    fn sorting_follows_mysql() {
        let accounts = [
            Account::new("", "%"),
            Account::new("app", ""),
            Account::new("app", "%"),
            Account::new("app", "%.example.jp"),
            Account::new("app", "10.0.1.%"),
            Account::new("app", "10.0.%"),
            Account::new("", "10.0.%"),
            Account::new("app", "10.0.0.0/255.255.255.0"),
            Account::new("app", "db.example.jp"),
        ];
        let order: Vec<String> = sort_accounts(&accounts)
            .iter()
            .map(|&i| accounts[i].to_string())
            .collect();
        assert_eq!(
            order,
            [
                "'app'@'10.0.0.0/255.255.255.0'",
                "'app'@'db.example.jp'",
                "'app'@'10.0.1.%'",
                "'app'@'10.0.%'",
                "''@'10.0.%'",
                "'app'@'%.example.jp'",
                "'app'@'%'",
                "''@'%'",
                "'app'@''",
            ]
        );
    }

    #[test]
    fn choosing_an_account() {
        let accounts = [
            Account::new("app", "%"),
            Account::new("app", "10.0.%"),
            Account::new("", "localhost"),
        ];
        let choice = choose(&accounts, Some("app"), &client("10.0.3.4"));
        assert_eq!(choice.chosen, Some(1));
        // The anonymous account on localhost sorts first but does not match the host.
        assert_eq!(choice.checks[0].account, 2);
        assert!(!choice.checks[0].matches());
        let choice = choose(&accounts, Some("bob"), &client("localhost"));
        assert_eq!(choice.chosen, Some(2));
        let choice = choose(&accounts, Some("bob"), &client("10.0.3.4"));
        assert_eq!(choice.chosen, None);
        assert_eq!(
            choice.reason(&accounts, &choice.checks[1]),
            "no: the user is app, not bob"
        );
        let choice = choose(&accounts, Some("app"), &client("10.0.3.4"));
        let reasons: Vec<String> = choice
            .checks
            .iter()
            .map(|c| choice.reason(&accounts, c))
            .collect();
        assert_eq!(
            reasons,
            [
                "no: localhost is a different host",
                "matches: 10.0.3.4 fits the pattern 10.0.%",
                "matches too (% matches any host), but 'app'@'10.0.%' comes first",
            ]
        );
    }

    #[test]
    fn ties_are_marked() {
        let accounts = [
            Account::new("app", "10.0.0.1"),
            Account::new("app", "10.0.0.0/8"),
        ];
        let choice = choose(&accounts, None, &client("10.0.0.1"));
        assert!(choice.checks.iter().all(|c| c.tied));
        assert_eq!(choice.chosen, Some(0));
    }

    #[test]
    fn account_syntax() {
        let parse = |text: &str| text.parse::<Account>().map(|a| a.to_string());
        assert_eq!(parse("app@10.0.%").unwrap(), "'app'@'10.0.%'");
        assert_eq!(parse("`app`@`%`").unwrap(), "'app'@'%'");
        assert_eq!(parse("\"app\"@\"db\"").unwrap(), "'app'@'db'");
        assert_eq!(parse("'me@localhost'").unwrap(), "'me@localhost'@'%'");
        assert_eq!(parse("'o''brien'@''").unwrap(), "'o''brien'@''");
        assert_eq!(parse("''@'%'").unwrap(), "''@'%'");
        assert_eq!(
            parse("'app'@'%' x").unwrap_err().to_string(),
            "unexpected \" x\": write an account as 'user'@'host'"
        );
        assert_eq!(
            parse(&format!("'{}'@'%'", "u".repeat(33)))
                .unwrap_err()
                .to_string(),
            "the user name is 33 characters long; MySQL allows at most 32"
        );
        assert_eq!(parse("  ").unwrap_err(), AccountError::Empty);
        assert_eq!(
            parse("a@b@c").unwrap_err().to_string(),
            "unexpected \"@c\": write an account as 'user'@'host'"
        );
    }

    #[test]
    fn client_syntax() {
        assert_eq!(client("10.0.0.1").ip(), Some("10.0.0.1".parse().unwrap()));
        assert_eq!(
            "a b".parse::<Client>().unwrap_err().to_string(),
            "a b is neither an IP address nor a host name: ' ' cannot appear in a host name: use letters, digits and hyphens between dots"
        );
        assert!("12.example.jp".parse::<Client>().is_err());
        assert_eq!(" ".parse::<Client>(), Err(ClientError::Empty));
        assert!("web1.example.jp".parse::<Client>().is_ok());
    }
}
