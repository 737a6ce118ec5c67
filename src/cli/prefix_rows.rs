//! The rows printed for a list of prefixes by `split`, `aggregate`, `range` and
//! `exclude`: an aligned table (CIDR, FIRST, LAST, ADDRESSES) or one JSON object per
//! prefix with the same fields, the count as a decimal string.

use std::io::{self, Write};
use std::net::IpAddr;

use ipnet::IpNet;
use serde::Serialize;

use super::table::{Align, Table};
use crate::calc::setops::cidr_to_range;

/// The JSON fields every prefix row has.
#[derive(Serialize)]
pub(crate) struct PrefixJson<'a> {
    pub(crate) cidr: &'a str,
    pub(crate) first: &'a str,
    pub(crate) last: &'a str,
    pub(crate) addresses: &'a str,
}

/// The text of one prefix's cells, kept in buffers reused from row to row.
#[derive(Default)]
pub(crate) struct PrefixCells {
    pub(crate) cidr: String,
    pub(crate) first: String,
    pub(crate) last: String,
    pub(crate) addresses: String,
    size_bits: Option<u32>,
}

impl PrefixCells {
    /// Fills the cells for `net` (its network, if host bits were set).
    pub(crate) fn fill(&mut self, net: IpNet) {
        let (first, last) = cidr_to_range(net);
        self.cidr.clear();
        push_addr(&mut self.cidr, first);
        self.cidr.push('/');
        push_u8(&mut self.cidr, net.prefix_len());
        self.first.clear();
        push_addr(&mut self.first, first);
        self.last.clear();
        push_addr(&mut self.last, last);
        let size_bits = u32::from(net.max_prefix_len() - net.prefix_len());
        if self.size_bits != Some(size_bits) {
            self.addresses = address_count(size_bits);
            self.size_bits = Some(size_bits);
        }
    }

    pub(crate) fn as_json(&self) -> PrefixJson<'_> {
        PrefixJson {
            cidr: &self.cidr,
            first: &self.first,
            last: &self.last,
            addresses: &self.addresses,
        }
    }
}

/// 2^size_bits in decimal: the addresses in a block with that many host bits.
/// `::/0` holds 2^128, one more than a u128 can hold, so that one is spelled out.
fn address_count(size_bits: u32) -> String {
    match 1u128.checked_shl(size_bits) {
        Some(n) => n.to_string(),
        None => "340282366920938463463374607431768211456".to_owned(),
    }
}

/// Appends an address; IPv4 is written digit by digit because a split may print
/// millions of them and the formatting machinery would dominate the run time.
fn push_addr(buf: &mut String, addr: IpAddr) {
    match addr {
        IpAddr::V4(a) => {
            for (i, octet) in a.octets().into_iter().enumerate() {
                if i > 0 {
                    buf.push('.');
                }
                push_u8(buf, octet);
            }
        }
        IpAddr::V6(a) => {
            use std::fmt::Write as _;
            let _ = write!(buf, "{a}");
        }
    }
}

fn push_u8(buf: &mut String, n: u8) {
    if n >= 100 {
        buf.push(char::from(b'0' + n / 100));
    }
    if n >= 10 {
        buf.push(char::from(b'0' + n / 10 % 10));
    }
    buf.push(char::from(b'0' + n % 10));
}

/// Writes prefixes as table rows or JSON Lines.
pub(crate) struct PrefixRows {
    json: bool,
    table: Table,
    cells: PrefixCells,
}

impl PrefixRows {
    /// Rows whose first column is titled `title`, with columns wide enough for every
    /// prefix in `widest` (the caller passes all of them, or the ones known to be
    /// widest when the list is too long to go over twice).
    pub(crate) fn new(json: bool, title: &str, widest: impl IntoIterator<Item = IpNet>) -> Self {
        let mut table = Table::new(&[
            (title, Align::Left),
            ("FIRST", Align::Left),
            ("LAST", Align::Left),
            ("ADDRESSES", Align::Right),
        ]);
        let mut cells = PrefixCells::default();
        if !json {
            for net in widest {
                cells.fill(net);
                table.fit(&[&cells.cidr, &cells.first, &cells.last, &cells.addresses]);
            }
        }
        PrefixRows { json, table, cells }
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
        if self.json {
            serde_json::to_writer(&mut *out, &c.as_json())?;
            out.write_all(b"\n")
        } else {
            self.table
                .write_row(out, &[&c.cidr, &c.first, &c.last, &c.addresses])
        }
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
