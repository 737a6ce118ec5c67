//! The binary view of an address, split into its network and host bits.
//!
//! IPv4 is written as four dotted octets of 8 bits, IPv6 as eight colon-separated
//! groups of 16 bits. The split between network and host bits is marked with
//! [`BitView::SPLIT`] (`|`); where the split falls on an octet or group boundary the
//! `|` takes the place of the `.` or `:`:
//!
//! ```text
//! 10.0.20.37/20   00001010.00000000.0001|0100.00100101
//! 10.0.20.37/24   00001010.00000000.00010100|00100101
//! 10.0.20.37/0    |00001010.00000000.00010100.00100101
//! 10.0.20.37/32   00001010.00000000.00010100.00100101|
//! ```

use std::fmt;
use std::net::IpAddr;

/// The bits of an address with the network/host split marked.
///
/// ```
/// use netdojo::calc::bits::bits;
/// let view = bits("10.0.0.0".parse().unwrap(), 20);
/// assert_eq!(view.to_string(), "00001010.00000000.0000|0000.00000000");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BitView {
    network: String,
    host: String,
}

impl BitView {
    /// The character that marks the split between network and host bits.
    ///
    /// ```
    /// use netdojo::calc::bits::{bits, BitView};
    /// assert!(bits("10.0.0.0".parse().unwrap(), 8).to_string().contains(BitView::SPLIT));
    /// ```
    pub const SPLIT: char = '|';

    /// The network bits, with their separators (empty for /0).
    ///
    /// ```
    /// use netdojo::calc::bits::bits;
    /// assert_eq!(bits("192.168.1.1".parse().unwrap(), 16).network_bits(), "11000000.10101000");
    /// ```
    pub fn network_bits(&self) -> &str {
        &self.network
    }

    /// The host bits, with their separators (empty for /32 and /128).
    ///
    /// ```
    /// use netdojo::calc::bits::bits;
    /// assert_eq!(bits("192.168.1.1".parse().unwrap(), 16).host_bits(), "00000001.00000001");
    /// ```
    pub fn host_bits(&self) -> &str {
        &self.host
    }
}

/// Writes the network bits, `|`, then the host bits.
///
/// ```
/// use netdojo::calc::bits::bits;
/// assert_eq!(
///     bits("2001:db8::".parse().unwrap(), 20).to_string(),
///     "0010000000000001:0000|110110111000:0000000000000000:0000000000000000:\
///      0000000000000000:0000000000000000:0000000000000000:0000000000000000"
/// );
/// ```
impl fmt::Display for BitView {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{}", self.network, BitView::SPLIT, self.host)
    }
}

/// The binary view of `addr` split after `prefix` bits; a prefix beyond the address
/// width (32 or 128) puts every bit on the network side.
///
/// ```
/// use netdojo::calc::bits::bits;
/// assert_eq!(
///     bits("255.255.255.0".parse().unwrap(), 24).to_string(),
///     "11111111.11111111.11111111|00000000"
/// );
/// ```
pub fn bits(addr: IpAddr, prefix: u8) -> BitView {
    let (value, width, group, separator) = match addr {
        IpAddr::V4(a) => (u128::from(u32::from(a)), 32u32, 8u32, '.'),
        IpAddr::V6(a) => (u128::from(a), 128, 16, ':'),
    };
    let split = u32::from(prefix).min(width);
    let mut network = String::with_capacity(160);
    let mut host = String::with_capacity(160);
    for index in 0..width {
        let side = if index < split {
            &mut network
        } else {
            &mut host
        };
        if index % group == 0 && index != 0 && index != split {
            side.push(separator);
        }
        let bit = (value >> (width - 1 - index)) & 1;
        side.push(if bit == 1 { '1' } else { '0' });
    }
    BitView { network, host }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(addr: &str, prefix: u8) -> String {
        bits(addr.parse().unwrap(), prefix).to_string()
    }

    #[test]
    fn split_inside_and_on_octet_boundaries() {
        assert_eq!(
            view("10.0.20.37", 20),
            "00001010.00000000.0001|0100.00100101"
        );
        assert_eq!(
            view("10.0.20.37", 24),
            "00001010.00000000.00010100|00100101"
        );
        assert_eq!(
            view("10.0.20.37", 0),
            "|00001010.00000000.00010100.00100101"
        );
        assert_eq!(
            view("10.0.20.37", 32),
            "00001010.00000000.00010100.00100101|"
        );
        assert_eq!(
            view("10.0.20.37", 1),
            "0|0001010.00000000.00010100.00100101"
        );
        assert_eq!(
            view("10.0.20.37", 99),
            "00001010.00000000.00010100.00100101|"
        );
    }

    #[test]
    fn ipv6_groups_of_sixteen() {
        let all_ones = view("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", 64);
        let group = "1".repeat(16);
        let half = [group.as_str(); 4].join(":");
        assert_eq!(all_ones, format!("{half}|{half}"));
        let loopback = format!("{}0000000000000001|", "0000000000000000:".repeat(7));
        assert_eq!(view("::1", 128), loopback);
    }

    #[test]
    fn parts_are_exposed() {
        let view = bits("10.0.0.1".parse().unwrap(), 30);
        assert_eq!(view.network_bits(), "00001010.00000000.00000000.000000");
        assert_eq!(view.host_bits(), "01");
    }
}
