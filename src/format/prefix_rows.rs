//! The rows printed for a list of prefixes by `split`, `aggregate`, `range` and
//! `exclude`: an aligned table (CIDR, FIRST, LAST, ADDRESSES) or one JSON object per
//! prefix with the same fields, the count as a decimal string.

use std::io::{self, Write};
use std::net::IpAddr;

use ipnet::IpNet;

use crate::calc::count::AddrCount;

use super::table::{Align, Columns};
use crate::calc::setops::cidr_to_range;

/// The text of one prefix's cells, kept in buffers reused from row to row.
pub(crate) struct PrefixCells {
    pub(crate) cidr: String,
    pub(crate) first: String,
    pub(crate) last: String,
    pub(crate) addresses: String,
    /// The count for each number of host bits, 0 to 128, worked out once.
    counts: Vec<String>,
}

impl Default for PrefixCells {
    fn default() -> Self {
        PrefixCells {
            cidr: String::new(),
            first: String::new(),
            last: String::new(),
            addresses: String::new(),
            counts: (0..=128).map(address_count).collect(),
        }
    }
}

impl PrefixCells {
    /// Fills the cells for `net` (its network, if host bits were set).
    pub(crate) fn fill(&mut self, net: IpNet) {
        let (first, last) = cidr_to_range(net);
        self.first.clear();
        push_addr(&mut self.first, first);
        self.cidr.clear();
        self.cidr.push_str(&self.first);
        self.cidr.push('/');
        push_small(&mut self.cidr, net.prefix_len());
        self.last.clear();
        if first == last {
            self.last.push_str(&self.first);
        } else {
            push_addr(&mut self.last, last);
        }
        let size_bits = usize::from(net.max_prefix_len() - net.prefix_len());
        self.addresses.clear();
        self.addresses
            .push_str(self.counts.get(size_bits).map_or("", String::as_str));
    }

    /// Appends the JSON fields `"cidr":…,"first":…,"last":…,"addresses":…` (no
    /// braces, so callers can add fields). Written by hand because a split may print
    /// millions of lines; the values are address and digit text that never needs
    /// escaping.
    pub(crate) fn push_json_fields(&self, line: &mut Vec<u8>) {
        let fields = [
            ("\"cidr\":\"", &self.cidr),
            ("\",\"first\":\"", &self.first),
            ("\",\"last\":\"", &self.last),
            ("\",\"addresses\":\"", &self.addresses),
        ];
        for (key, value) in fields {
            line.extend_from_slice(key.as_bytes());
            line.extend_from_slice(value.as_bytes());
        }
        line.push(b'"');
    }
}

/// 2^size_bits in decimal: the addresses in a block with that many host bits.
fn address_count(size_bits: u32) -> String {
    AddrCount::pow2(size_bits).map_or_else(String::new, |n| n.to_string())
}

/// Appends a number from 0 to 255. IPv4 octets and prefix lengths are written
/// digit by digit, because a split may print millions of addresses and the
/// general formatting machinery would dominate the run time.
fn push_small(buf: &mut String, n: u8) {
    if n >= 100 {
        buf.push(char::from(b'0' + n / 100));
    }
    if n >= 10 {
        buf.push(char::from(b'0' + n / 10 % 10));
    }
    buf.push(char::from(b'0' + n % 10));
}

fn decimal_width(n: u8) -> usize {
    match n {
        0..=9 => 1,
        10..=99 => 2,
        _ => 3,
    }
}

/// The length of an address's text, worked out without writing it for IPv4 (sizing
/// the columns of a long list this way costs far less than formatting it twice).
fn text_width(addr: IpAddr) -> usize {
    match addr {
        IpAddr::V4(a) => 3 + a.octets().into_iter().map(decimal_width).sum::<usize>(),
        IpAddr::V6(a) => a.to_string().len(),
    }
}

/// Appends an address in its usual text form.
fn push_addr(buf: &mut String, addr: IpAddr) {
    match addr {
        IpAddr::V4(a) => {
            // Built in a stack buffer and appended in one go: cheaper than growing
            // the string a character at a time.
            let mut text = [0u8; 15];
            let mut len = 0;
            for (i, octet) in a.octets().into_iter().enumerate() {
                if i > 0 {
                    text[len] = b'.';
                    len += 1;
                }
                if octet >= 100 {
                    text[len] = b'0' + octet / 100;
                    len += 1;
                }
                if octet >= 10 {
                    text[len] = b'0' + octet / 10 % 10;
                    len += 1;
                }
                text[len] = b'0' + octet % 10;
                len += 1;
            }
            buf.push_str(std::str::from_utf8(&text[..len]).unwrap_or_default());
        }
        IpAddr::V6(a) => {
            use std::fmt::Write as _;
            let _ = write!(buf, "{a}");
        }
    }
}

/// Writes prefixes as table rows or JSON Lines.
pub(crate) struct PrefixRows {
    json: bool,
    table: Columns,
    cells: PrefixCells,
    line: Vec<u8>,
}

impl PrefixRows {
    /// Rows whose first column is titled `title`, with columns wide enough for every
    /// prefix in `widest` (the caller passes all of them, or the ones known to be
    /// widest when the list is too long to go over twice).
    pub(crate) fn new(json: bool, title: &str, widest: impl IntoIterator<Item = IpNet>) -> Self {
        let mut table = Columns::new(&[
            (title, Align::Left),
            ("FIRST", Align::Left),
            ("LAST", Align::Left),
            ("ADDRESSES", Align::Right),
        ]);
        let cells = PrefixCells::default();
        if !json {
            let mut widths = [0; 4];
            for net in widest {
                let (first, last) = cidr_to_range(net);
                let first = text_width(first);
                let size_bits = usize::from(net.max_prefix_len() - net.prefix_len());
                let row = [
                    first + 1 + decimal_width(net.prefix_len()),
                    first,
                    text_width(last),
                    cells.counts.get(size_bits).map_or(0, String::len),
                ];
                for (w, r) in widths.iter_mut().zip(row) {
                    *w = (*w).max(r);
                }
            }
            for (column, width) in widths.into_iter().enumerate() {
                table.fit_column(column, width);
            }
        }
        PrefixRows {
            json,
            table,
            cells,
            line: Vec::with_capacity(256),
        }
    }

    /// Writes the header line (text mode only).
    pub(crate) fn header(&self, out: &mut dyn Write, title: &str) -> io::Result<()> {
        if self.json {
            return Ok(());
        }
        self.table
            .write_row(out, &[title, "FIRST", "LAST", "ADDRESSES"])
    }

    /// Writes one prefix.
    pub(crate) fn write(&mut self, out: &mut dyn Write, net: IpNet) -> io::Result<()> {
        self.cells.fill(net);
        let c = &self.cells;
        self.line.clear();
        if self.json {
            self.line.push(b'{');
            c.push_json_fields(&mut self.line);
            self.line.extend_from_slice(b"}\n");
        } else {
            let cells = [&*c.cidr, &c.first, &c.last, &c.addresses];
            self.table.render_ascii(&mut self.line, &cells);
        }
        out.write_all(&self.line)
    }
}

/// Writes a whole list of prefixes: a header and the rows, or JSON Lines. An empty
/// list prints `empty` in text mode (a header over no rows reads like a failure) and
/// nothing in JSON mode.
pub(crate) fn write_all(
    out: &mut dyn Write,
    json: bool,
    nets: &[IpNet],
    empty: &str,
) -> io::Result<()> {
    if nets.is_empty() {
        return if json {
            Ok(())
        } else {
            writeln!(out, "{empty}")
        };
    }
    let mut rows = PrefixRows::new(json, "CIDR", nets.iter().copied());
    rows.header(out, "CIDR")?;
    for &net in nets {
        rows.write(out, net)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_numbers() {
        let mut buf = String::new();
        for n in 0..=255u8 {
            buf.clear();
            push_small(&mut buf, n);
            assert_eq!(buf, n.to_string());
        }
    }

    #[test]
    fn counts_up_to_the_whole_ipv6_space() {
        assert_eq!(address_count(0), "1");
        assert_eq!(address_count(32), "4294967296");
        assert_eq!(
            address_count(127),
            "170141183460469231731687303715884105728"
        );
        assert_eq!(
            address_count(128),
            "340282366920938463463374607431768211456"
        );
    }

    #[test]
    fn cells_match_std_formatting() {
        let mut cells = PrefixCells::default();
        for text in [
            "0.0.0.0/0",
            "10.0.0.5/24",
            "255.255.255.255/32",
            "192.168.100.10/31",
            "2001:db8::/32",
            "::ffff:0:0/96",
        ] {
            let net: IpNet = text.parse().unwrap();
            cells.fill(net);
            assert_eq!(cells.cidr, net.trunc().to_string());
            assert_eq!(cells.first, net.network().to_string());
            assert_eq!(cells.last, net.broadcast().to_string());
            assert_eq!(text_width(net.network()), cells.first.len());
            assert_eq!(text_width(net.broadcast()), cells.last.len());
        }
    }

    #[test]
    fn empty_lists() {
        let mut text = Vec::new();
        write_all(&mut text, false, &[], "Nothing.").unwrap();
        assert_eq!(text, b"Nothing.\n");
        let mut json = Vec::new();
        write_all(&mut json, true, &[], "Nothing.").unwrap();
        assert!(json.is_empty());
    }

    #[test]
    fn text_and_json_rows() {
        let nets: Vec<IpNet> = vec![
            "10.0.0.0/24".parse().unwrap(),
            "10.0.1.0/31".parse().unwrap(),
        ];
        let mut text = Vec::new();
        write_all(&mut text, false, &nets, "none").unwrap();
        assert_eq!(
            String::from_utf8(text).unwrap(),
            "CIDR         FIRST     LAST        ADDRESSES\n\
             10.0.0.0/24  10.0.0.0  10.0.0.255        256\n\
             10.0.1.0/31  10.0.1.0  10.0.1.1            2\n"
        );
        let mut json = Vec::new();
        write_all(&mut json, true, &nets[1..], "none").unwrap();
        assert_eq!(
            String::from_utf8(json).unwrap(),
            "{\"cidr\":\"10.0.1.0/31\",\"first\":\"10.0.1.0\",\"last\":\"10.0.1.1\",\"addresses\":\"2\"}\n"
        );
    }
}
