//! Strict parsing of addresses and prefixes typed by a person.
//!
//! Every face (command line, terminal app, quiz answer checker) reads user input
//! through this module, so the rules below hold everywhere.
//!
//! # Accepted forms
//!
//! - `a.b.c.d/n`: IPv4 with a prefix length from 0 to 32.
//! - `a.b.c.d/m.m.m.m` and `a.b.c.d m.m.m.m`: IPv4 with a dotted netmask, after a
//!   slash or after one or more spaces or tabs.
//! - IPv6 in every text form of RFC 4291 §2.2: full (`2001:0db8:0:0:0:0:0:1`),
//!   compressed with `::`, and with a dotted IPv4 tail (`::ffff:192.0.2.1`), followed
//!   by `/n` with n from 0 to 128. Hex digits may be upper or lower case.
//! - A bare address. [`parse_net`] reads it as a single-address block: /32 for IPv4,
//!   /128 for IPv6.
//!
//! Before anything else the input goes through [`normalize_input`]: surrounding
//! whitespace is removed and Unicode NFKC maps full-width digits and punctuation
//! (as typed with a Japanese input method, `１０．０．０．０／２４`) to ASCII.
//!
//! # Decisions where tools disagree
//!
//! - **Host bits set** (`10.0.1.5/24`) are accepted and *kept*: the returned
//!   [`IpNet`] still holds `10.0.1.5`, so [`info`](crate::calc::info) can report
//!   the address and point out that the network is `10.0.1.0/24`.
//! - **A wildcard mask where a netmask belongs** (`10.0.0.0/0.0.0.255`) is rejected,
//!   and the message names the matching netmask and prefix. A mask that is valid as
//!   a netmask (`0.0.0.0`, `255.255.255.255`) is always read as a netmask.
//! - **No leading zeros, anywhere.** `010.0.0.1` is rejected because some tools read
//!   `010` as octal 8 and others as decimal 10; `/024` is rejected by the same rule.
//!   Nothing is ever read as octal. (Leading zeros inside an IPv6 group, as in
//!   `2001:0db8::`, are fine: groups are always hexadecimal.)
//! - **IPv6 zone ids** (`fe80::1%eth0`) are rejected: a zone names an interface on
//!   one host and is not part of the address or the prefix.
//! - **Only ASCII is read** after NFKC; any other character is named in the error.
//! - **Surrounding brackets or quotes** (`[::1]`, `"10.0.0.0/8"`) are rejected with
//!   a request to remove them, instead of being silently stripped.
//! - A space before a prefix length (`10.0.0.0 24`) is rejected: after a space a
//!   dotted netmask is expected, and `/24` is how a length is written.
//!
//! Every error is a [`ParseError`] whose `Display` is one line naming the bad part.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::IpNet;
use unicode_normalization::UnicodeNormalization;

/// Why a text is not a valid address or prefix; `Display` is one line that names the
/// bad part.
///
/// ```
/// use netdojo::calc::parse::{parse_net, ParseError};
/// let err = parse_net("10.0.0.0/33").unwrap_err();
/// assert_eq!(err, ParseError::PrefixTooLong { prefix: "33".into(), max: 32 });
/// assert_eq!(err.to_string(), "prefix length 33 is over 32 (IPv4 prefixes are 0 to 32)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Nothing was typed (or only whitespace).
    Empty,
    /// The whole input is wrapped in brackets or quotes.
    Enclosed {
        /// The opening character.
        open: char,
        /// The closing character.
        close: char,
    },
    /// A character that is not ASCII even after NFKC.
    NonAscii {
        /// The first such character.
        ch: char,
    },
    /// An IPv6 zone id such as `%eth0`.
    ZoneId {
        /// The zone, without the `%`.
        zone: String,
    },
    /// A character that cannot appear in this part.
    UnexpectedChar {
        /// The first such character.
        ch: char,
        /// The part being read (an address or a netmask).
        part: String,
    },
    /// Nothing before the `/`.
    MissingAddress,
    /// An IPv4 address or netmask with an empty octet (`10..0.1`, `10.0.0.`).
    EmptyOctet {
        /// The dotted text.
        address: String,
    },
    /// An IPv4 address or netmask without exactly four octets.
    WrongOctetCount {
        /// The dotted text.
        address: String,
        /// How many octets it has.
        count: usize,
    },
    /// An octet over 255.
    OctetTooLarge {
        /// The octet as typed.
        octet: String,
    },
    /// An octet with a leading zero, which could be meant as octal.
    LeadingZero {
        /// The octet as typed.
        octet: String,
    },
    /// A `/` with nothing after it.
    MissingPrefix {
        /// The largest prefix length of the address family (32 or 128).
        max: u8,
    },
    /// Whitespace next to the `/`.
    SpaceAroundSlash,
    /// The text after `/` does not start with a digit.
    PrefixNotNumber {
        /// The text after the `/`.
        prefix: String,
        /// The largest prefix length of the address family (32 or 128).
        max: u8,
    },
    /// A prefix length with a leading zero (`/024`).
    PrefixLeadingZero {
        /// The digits as typed.
        prefix: String,
    },
    /// A prefix length over 32 (IPv4) or 128 (IPv6).
    PrefixTooLong {
        /// The digits as typed.
        prefix: String,
        /// The largest prefix length of the address family (32 or 128).
        max: u8,
    },
    /// Text left over after a complete prefix length.
    TrailingGarbage {
        /// What was read correctly, such as `/24`.
        after: String,
        /// What follows it.
        garbage: String,
    },
    /// A prefix length after a space instead of after `/` (`10.0.0.0 24`).
    SpaceBeforePrefix {
        /// The digits after the space.
        prefix: String,
    },
    /// A dotted mask whose one-bits are not contiguous (`255.255.0.255`).
    NonContiguousMask {
        /// The mask as read.
        mask: Ipv4Addr,
    },
    /// A wildcard (inverse) mask where a netmask belongs (`0.0.0.255`).
    WildcardMask {
        /// The wildcard as typed.
        wildcard: Ipv4Addr,
        /// The netmask it is the inverse of.
        netmask: Ipv4Addr,
        /// That netmask's prefix length.
        prefix: u8,
    },
    /// A mask or other non-number after an IPv6 address.
    MaskOnIpv6 {
        /// The text where the prefix length belongs.
        mask: String,
    },
    /// A prefix or mask where a single address is expected.
    PrefixNotAllowed {
        /// The prefix or mask part, such as `/24`.
        rest: String,
    },
    /// An IPv6 group of more than four hex digits.
    GroupTooLong {
        /// The group as typed.
        group: String,
    },
    /// `::` used twice, which makes the address ambiguous.
    MultipleDoubleColon {
        /// The IPv6 text.
        address: String,
    },
    /// A single `:` at an end, or three in a row.
    StrayColon {
        /// The IPv6 text.
        address: String,
    },
    /// More groups than fit in 128 bits.
    TooManyGroups {
        /// The IPv6 text.
        address: String,
        /// How many 16-bit groups it has (a dotted IPv4 tail counts as two).
        count: usize,
        /// Whether it also has a `::`, which stands for at least one more group.
        compressed: bool,
    },
    /// Fewer than eight groups and no `::`.
    TooFewGroups {
        /// The IPv6 text.
        address: String,
        /// How many 16-bit groups it has (a dotted IPv4 tail counts as two).
        count: usize,
    },
    /// A dotted IPv4 part that is not at the end of an IPv6 address.
    Ipv4NotLast {
        /// The dotted part.
        part: String,
    },
}

/// Writes user text with control characters escaped, so a message stays on one line.
struct Shown<'a>(&'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for ch in self.0.chars() {
            if ch.is_control() {
                write!(f, "{}", ch.escape_default())?;
            } else {
                write!(f, "{ch}")?;
            }
        }
        Ok(())
    }
}

/// Writes one character, escaped if it is a control character.
struct ShownChar(char);

impl fmt::Display for ShownChar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 4];
        Shown(self.0.encode_utf8(&mut buf)).fmt(f)
    }
}

fn family(max: u8) -> &'static str {
    if max == 32 { "IPv4" } else { "IPv6" }
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// The digits without their leading zeros (`"024"` → `"24"`, `"00"` → `"0"`).
fn without_leading_zeros(digits: &str) -> &str {
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() { "0" } else { trimmed }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ParseError as E;
        match self {
            E::Empty => write!(f, "the input is empty"),
            E::Enclosed { open, close } => write!(
                f,
                "remove the surrounding {} and {}",
                ShownChar(*open),
                ShownChar(*close)
            ),
            E::NonAscii { ch } => write!(
                f,
                "\"{}\" (U+{:04X}) is not allowed; write ASCII digits, a-f, \".\", \":\" and \"/\"",
                ShownChar(*ch),
                u32::from(*ch)
            ),
            E::ZoneId { zone } => write!(
                f,
                "zone \"%{}\" names a network interface, not part of the address: remove it",
                Shown(zone)
            ),
            E::UnexpectedChar { ch, part } => {
                write!(f, "unexpected \"{}\" in {}", ShownChar(*ch), Shown(part))
            }
            E::MissingAddress => write!(f, "no address before \"/\""),
            E::EmptyOctet { address } => write!(f, "{} has an empty octet", Shown(address)),
            E::WrongOctetCount { address, count } => write!(
                f,
                "{} has {count} octet{}; IPv4 needs 4",
                Shown(address),
                plural(*count)
            ),
            E::OctetTooLarge { octet } => write!(f, "octet {} is over 255", Shown(octet)),
            E::LeadingZero { octet } => write!(
                f,
                "octet {octet} has a leading zero, which some tools read as octal: write {} for decimal",
                without_leading_zeros(octet)
            ),
            E::MissingPrefix { max } => write!(
                f,
                "nothing after \"/\" (expected a prefix length from 0 to {max})"
            ),
            E::SpaceAroundSlash => write!(f, "unexpected space next to \"/\""),
            E::PrefixNotNumber { prefix, max } => write!(
                f,
                "\"/{}\" is not a prefix length ({} prefixes are 0 to {max})",
                Shown(prefix),
                family(*max)
            ),
            E::PrefixLeadingZero { prefix } => write!(
                f,
                "prefix length {prefix} has a leading zero: write {}",
                without_leading_zeros(prefix)
            ),
            E::PrefixTooLong { prefix, max } => write!(
                f,
                "prefix length {prefix} is over {max} ({} prefixes are 0 to {max})",
                family(*max)
            ),
            E::TrailingGarbage { after, garbage } => write!(
                f,
                "unexpected \"{}\" after {}",
                Shown(garbage),
                Shown(after)
            ),
            E::SpaceBeforePrefix { prefix } => write!(
                f,
                "\"{prefix}\" after a space is not a netmask: write /{prefix} for a prefix length"
            ),
            E::NonContiguousMask { mask } => write!(
                f,
                "{mask} is not a netmask: its one-bits are not contiguous"
            ),
            E::WildcardMask {
                wildcard,
                netmask,
                prefix,
            } => write!(
                f,
                "{wildcard} is a wildcard mask; the netmask is {netmask} (/{prefix})"
            ),
            E::MaskOnIpv6 { mask } => write!(
                f,
                "IPv6 takes a prefix length such as /64, not \"{}\"",
                Shown(mask)
            ),
            E::PrefixNotAllowed { rest } => write!(
                f,
                "a single address is expected, without \"{}\"",
                Shown(rest)
            ),
            E::GroupTooLong { group } => {
                write!(f, "group {} has more than 4 hex digits", Shown(group))
            }
            E::MultipleDoubleColon { address } => {
                write!(f, "\"::\" appears more than once in {}", Shown(address))
            }
            E::StrayColon { address } => write!(f, "stray \":\" in {}", Shown(address)),
            E::TooManyGroups {
                address,
                count,
                compressed: true,
            } => write!(
                f,
                "{} has {count} groups and \"::\"; with \"::\" at most 7 fit",
                Shown(address)
            ),
            E::TooManyGroups {
                address,
                count,
                compressed: false,
            } => write!(f, "{} has {count} groups; IPv6 has 8", Shown(address)),
            E::TooFewGroups { address, count } => write!(
                f,
                "{} has {count} group{} and no \"::\"; IPv6 has 8",
                Shown(address),
                plural(*count)
            ),
            E::Ipv4NotLast { part } => write!(
                f,
                "the IPv4 part {} must come last in an IPv6 address",
                Shown(part)
            ),
        }
    }
}

/// Trims surrounding whitespace and applies Unicode NFKC, so full-width input reads
/// as ASCII.
///
/// Both parse functions call it first; the quiz answer checker uses it too, so an
/// answer typed with a Japanese input method is read the same way everywhere.
///
/// ```
/// use netdojo::calc::parse::normalize_input;
/// assert_eq!(normalize_input("　１０．０．０．０／２４ "), "10.0.0.0/24");
/// ```
pub fn normalize_input(input: &str) -> String {
    // NFKC leaves ASCII unchanged, and nearly every input is ASCII.
    if input.is_ascii() {
        return input.trim().to_owned();
    }
    let normalized: String = input.nfkc().collect();
    normalized.trim().to_owned()
}

/// Parses a block: `a.b.c.d/n`, `a.b.c.d/m.m.m.m`, `a.b.c.d m.m.m.m`, IPv6 `x::y/n`,
/// or a bare address (a /32 or /128). Host bits set are kept in the result.
///
/// See the [module documentation](self) for every rule.
///
/// ```
/// use netdojo::calc::parse::parse_net;
/// let net = parse_net("10.0.1.5 255.255.255.0").unwrap();
/// assert_eq!(net.to_string(), "10.0.1.5/24");
/// assert_eq!(parse_net("2001:db8::1").unwrap().prefix_len(), 128);
/// assert_eq!(
///     parse_net("10.0.0.0/0.0.0.255").unwrap_err().to_string(),
///     "0.0.0.255 is a wildcard mask; the netmask is 255.255.255.0 (/24)"
/// );
/// ```
pub fn parse_net(input: &str) -> Result<IpNet, ParseError> {
    let text = normalize_input(input);
    check_whole(&text)?;
    let (addr_text, mask) = split_mask(&text);
    let addr = parse_ip(addr_text)?;
    let max = max_prefix(addr);
    let prefix = match mask {
        Mask::None => max,
        Mask::Slash(mask) => slash_mask(mask, addr)?,
        Mask::Spaced(mask) => spaced_mask(mask, addr)?,
    };
    IpNet::new(addr, prefix).map_err(|_| ParseError::PrefixTooLong {
        prefix: prefix.to_string(),
        max,
    })
}

/// Parses a single IPv4 or IPv6 address, with the same rules as [`parse_net`] and no
/// prefix allowed.
///
/// ```
/// use netdojo::calc::parse::parse_addr;
/// use std::net::IpAddr;
/// assert_eq!(parse_addr("::ffff:192.0.2.1").unwrap(), "::ffff:192.0.2.1".parse::<IpAddr>().unwrap());
/// assert_eq!(
///     parse_addr("010.0.0.1").unwrap_err().to_string(),
///     "octet 010 has a leading zero, which some tools read as octal: write 10 for decimal"
/// );
/// ```
pub fn parse_addr(input: &str) -> Result<IpAddr, ParseError> {
    let text = normalize_input(input);
    check_whole(&text)?;
    if let Some(at) = text.find(is_separator) {
        return Err(ParseError::PrefixNotAllowed {
            rest: text[at..].trim_start().to_owned(),
        });
    }
    parse_ip(&text)
}

/// Parses a prefix length such as `24` or `/24`, from 0 to `max` (32 or 128), with no
/// leading zero.
///
/// ```
/// use netdojo::calc::parse::parse_prefix_len;
/// assert_eq!(parse_prefix_len("/24", 32), Ok(24));
/// assert_eq!(parse_prefix_len("６４", 128), Ok(64));
/// assert_eq!(
///     parse_prefix_len("024", 32).unwrap_err().to_string(),
///     "prefix length 024 has a leading zero: write 24"
/// );
/// ```
pub fn parse_prefix_len(input: &str, max: u8) -> Result<u8, ParseError> {
    let text = normalize_input(input);
    check_whole(&text)?;
    let digits = text.strip_prefix('/').unwrap_or(&text);
    if digits.is_empty() {
        return Err(ParseError::MissingPrefix { max });
    }
    prefix_number(digits, max)
}

/// Parses a dotted IPv4 netmask such as `255.255.240.0` and returns its prefix length.
///
/// ```
/// use netdojo::calc::parse::parse_netmask;
/// assert_eq!(parse_netmask("255.255.240.0"), Ok(20));
/// assert_eq!(
///     parse_netmask("255.255.0.255").unwrap_err().to_string(),
///     "255.255.0.255 is not a netmask: its one-bits are not contiguous"
/// );
/// ```
pub fn parse_netmask(input: &str) -> Result<u8, ParseError> {
    let text = normalize_input(input);
    check_whole(&text)?;
    dotted_mask(&text)
}

/// Pairs of characters that users wrap around values; the last three survive NFKC.
const ENCLOSERS: [(char, char); 10] = [
    ('[', ']'),
    ('(', ')'),
    ('{', '}'),
    ('<', '>'),
    ('"', '"'),
    ('\'', '\''),
    ('`', '`'),
    ('「', '」'),
    ('『', '』'),
    ('“', '”'),
];

/// Checks that apply to the whole normalized text, before it is split.
fn check_whole(text: &str) -> Result<(), ParseError> {
    let mut chars = text.chars();
    let (Some(first), last) = (chars.next(), chars.next_back()) else {
        return Err(ParseError::Empty);
    };
    let enclosed = ENCLOSERS
        .iter()
        .find(|&&(open, close)| open == first && last == Some(close));
    if let Some(&(open, close)) = enclosed {
        return Err(ParseError::Enclosed { open, close });
    }
    if let Some(ch) = text.chars().find(|c| !c.is_ascii()) {
        return Err(ParseError::NonAscii { ch });
    }
    Ok(())
}

/// What follows the address.
enum Mask<'a> {
    None,
    /// The text after a `/`.
    Slash(&'a str),
    /// The text after one or more spaces.
    Spaced(&'a str),
}

fn is_separator(c: char) -> bool {
    c == '/' || c == ' ' || c == '\t'
}

fn split_mask(text: &str) -> (&str, Mask<'_>) {
    match text.find(is_separator) {
        None => (text, Mask::None),
        Some(at) if text[at..].starts_with('/') => (&text[..at], Mask::Slash(&text[at + 1..])),
        Some(at) => (&text[..at], Mask::Spaced(text[at..].trim_start())),
    }
}

fn max_prefix(addr: IpAddr) -> u8 {
    match addr {
        IpAddr::V4(_) => 32,
        IpAddr::V6(_) => 128,
    }
}

fn slash_mask(mask: &str, addr: IpAddr) -> Result<u8, ParseError> {
    let max = max_prefix(addr);
    if mask.is_empty() {
        return Err(ParseError::MissingPrefix { max });
    }
    if mask.starts_with([' ', '\t']) {
        return Err(ParseError::SpaceAroundSlash);
    }
    let looks_like_mask = mask.contains(['.', ':']);
    match addr {
        IpAddr::V6(_) if looks_like_mask => Err(ParseError::MaskOnIpv6 {
            mask: mask.to_owned(),
        }),
        IpAddr::V4(_) if mask.contains('.') => dotted_mask(mask),
        _ => prefix_number(mask, max),
    }
}

fn spaced_mask(mask: &str, addr: IpAddr) -> Result<u8, ParseError> {
    if mask.starts_with('/') {
        return Err(ParseError::SpaceAroundSlash);
    }
    if mask.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ParseError::SpaceBeforePrefix {
            prefix: mask.to_owned(),
        });
    }
    match addr {
        IpAddr::V6(_) => Err(ParseError::MaskOnIpv6 {
            mask: mask.to_owned(),
        }),
        IpAddr::V4(_) => dotted_mask(mask),
    }
}

/// Reads the digits of a prefix length (after the `/`).
fn prefix_number(text: &str, max: u8) -> Result<u8, ParseError> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, rest) = text.split_at(end);
    if digits.is_empty() {
        return Err(ParseError::PrefixNotNumber {
            prefix: text.to_owned(),
            max,
        });
    }
    if !rest.is_empty() {
        return Err(ParseError::TrailingGarbage {
            after: format!("/{digits}"),
            garbage: rest.to_owned(),
        });
    }
    if digits.len() > 1 && digits.starts_with('0') {
        return Err(ParseError::PrefixLeadingZero {
            prefix: digits.to_owned(),
        });
    }
    match digits.parse::<u8>() {
        Ok(prefix) if prefix <= max => Ok(prefix),
        _ => Err(ParseError::PrefixTooLong {
            prefix: digits.to_owned(),
            max,
        }),
    }
}

/// Reads a dotted netmask and returns its prefix length.
fn dotted_mask(text: &str) -> Result<u8, ParseError> {
    let mask = parse_v4(text)?;
    let bits = u32::from(mask);
    if is_contiguous(bits) {
        return Ok(prefix_of(bits));
    }
    if is_contiguous(!bits) {
        return Err(ParseError::WildcardMask {
            wildcard: mask,
            netmask: Ipv4Addr::from(!bits),
            prefix: prefix_of(!bits),
        });
    }
    Err(ParseError::NonContiguousMask { mask })
}

/// Whether the bits are some ones followed only by zeros.
fn is_contiguous(bits: u32) -> bool {
    bits.leading_ones() + bits.trailing_zeros() == 32
}

fn prefix_of(contiguous_mask: u32) -> u8 {
    // leading_ones of a u32 is at most 32, so it always fits.
    u8::try_from(contiguous_mask.leading_ones()).unwrap_or(32)
}

fn parse_ip(text: &str) -> Result<IpAddr, ParseError> {
    if text.is_empty() {
        return Err(ParseError::MissingAddress);
    }
    if text.contains(':') {
        parse_v6(text).map(IpAddr::V6)
    } else {
        parse_v4(text).map(IpAddr::V4)
    }
}

fn parse_v4(text: &str) -> Result<Ipv4Addr, ParseError> {
    if let Some(ch) = text.chars().find(|c| !c.is_ascii_digit() && *c != '.') {
        return Err(ParseError::UnexpectedChar {
            ch,
            part: text.to_owned(),
        });
    }
    if text.split('.').any(str::is_empty) {
        return Err(ParseError::EmptyOctet {
            address: text.to_owned(),
        });
    }
    let count = text.split('.').count();
    if count != 4 {
        return Err(ParseError::WrongOctetCount {
            address: text.to_owned(),
            count,
        });
    }
    let mut octets = [0u8; 4];
    for (slot, octet) in octets.iter_mut().zip(text.split('.')) {
        *slot = parse_octet(octet)?;
    }
    Ok(Ipv4Addr::from(octets))
}

fn parse_octet(octet: &str) -> Result<u8, ParseError> {
    if octet.len() > 1 && octet.starts_with('0') {
        return Err(ParseError::LeadingZero {
            octet: octet.to_owned(),
        });
    }
    octet.parse::<u8>().map_err(|_| ParseError::OctetTooLarge {
        octet: octet.to_owned(),
    })
}

fn parse_v6(text: &str) -> Result<Ipv6Addr, ParseError> {
    if let Some(at) = text.find('%') {
        return Err(ParseError::ZoneId {
            zone: text[at + 1..].to_owned(),
        });
    }
    if let Some(ch) = text
        .chars()
        .find(|c| !c.is_ascii_hexdigit() && *c != ':' && *c != '.')
    {
        return Err(ParseError::UnexpectedChar {
            ch,
            part: text.to_owned(),
        });
    }
    if text.contains(":::") {
        return Err(ParseError::StrayColon {
            address: text.to_owned(),
        });
    }
    if text.matches("::").nth(1).is_some() {
        return Err(ParseError::MultipleDoubleColon {
            address: text.to_owned(),
        });
    }
    let (head, tail, compressed) = match text.split_once("::") {
        Some((head, tail)) => (head, tail, true),
        None => (text, "", false),
    };
    let mut head_groups = Vec::with_capacity(8);
    let mut tail_groups = Vec::with_capacity(8);
    read_groups(head, !compressed, text, &mut head_groups)?;
    read_groups(tail, true, text, &mut tail_groups)?;
    let count = head_groups.len() + tail_groups.len();
    let too_many = if compressed { count > 7 } else { count > 8 };
    if too_many {
        return Err(ParseError::TooManyGroups {
            address: text.to_owned(),
            count,
            compressed,
        });
    }
    if !compressed && count < 8 {
        return Err(ParseError::TooFewGroups {
            address: text.to_owned(),
            count,
        });
    }
    let mut groups = [0u16; 8];
    let tail_start = 8 - tail_groups.len();
    groups[..head_groups.len()].copy_from_slice(&head_groups);
    groups[tail_start..].copy_from_slice(&tail_groups);
    Ok(Ipv6Addr::from(groups))
}

/// Reads colon-separated groups; a dotted IPv4 part may only be the very last one.
fn read_groups(
    side: &str,
    ends_address: bool,
    address: &str,
    out: &mut Vec<u16>,
) -> Result<(), ParseError> {
    if side.is_empty() {
        return Ok(());
    }
    let mut pieces = side.split(':').peekable();
    while let Some(piece) = pieces.next() {
        let is_last = pieces.peek().is_none();
        if piece.is_empty() {
            return Err(ParseError::StrayColon {
                address: address.to_owned(),
            });
        }
        if piece.contains('.') {
            if !(is_last && ends_address) {
                return Err(ParseError::Ipv4NotLast {
                    part: piece.to_owned(),
                });
            }
            let [a, b, c, d] = parse_v4(piece)?.octets();
            out.push(u16::from_be_bytes([a, b]));
            out.push(u16::from_be_bytes([c, d]));
        } else {
            let group = u16::from_str_radix(piece, 16)
                .ok()
                .filter(|_| piece.len() <= 4)
                .ok_or_else(|| ParseError::GroupTooLong {
                    group: piece.to_owned(),
                })?;
            out.push(group);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
