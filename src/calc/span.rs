//! Blocks of addresses as plain integers: the arithmetic under splitting and the set
//! operations. An IPv4 address is held in the low 32 bits of a `u128`, so one code
//! path serves both families; `Family::bits` says how wide the address really is.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use ipnet::{IpNet, Ipv4Net, Ipv6Net};

/// IPv4 or IPv6, with the width of its addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Family {
    V4,
    V6,
}

impl Family {
    pub(crate) fn of_net(net: IpNet) -> Family {
        match net {
            IpNet::V4(_) => Family::V4,
            IpNet::V6(_) => Family::V6,
        }
    }

    pub(crate) fn of_addr(addr: IpAddr) -> Family {
        match addr {
            IpAddr::V4(_) => Family::V4,
            IpAddr::V6(_) => Family::V6,
        }
    }

    /// Address width in bits: 32 or 128.
    pub(crate) const fn bits(self) -> u8 {
        match self {
            Family::V4 => 32,
            Family::V6 => 128,
        }
    }

    /// The address whose integer value is `value` (IPv4 keeps the low 32 bits).
    pub(crate) fn addr(self, value: u128) -> IpAddr {
        match self {
            Family::V4 => IpAddr::V4(Ipv4Addr::from(value as u32)),
            Family::V6 => IpAddr::V6(Ipv6Addr::from(value)),
        }
    }

    /// The block of `prefix` starting at `first`; the prefix is clamped to the width,
    /// and callers only pass values that already fit.
    pub(crate) fn net(self, first: u128, prefix: u8) -> IpNet {
        match self {
            Family::V4 => IpNet::V4(Ipv4Net::new_assert(
                Ipv4Addr::from(first as u32),
                prefix.min(32),
            )),
            Family::V6 => IpNet::V6(Ipv6Net::new_assert(Ipv6Addr::from(first), prefix.min(128))),
        }
    }
}

/// The integer value of an address.
pub(crate) fn value(addr: IpAddr) -> u128 {
    match addr {
        IpAddr::V4(a) => u128::from(u32::from(a)),
        IpAddr::V6(a) => u128::from(a),
    }
}

/// A value with the low `n` bits set (all bits when `n` is 128 or more).
pub(crate) fn low_ones(n: u32) -> u128 {
    u128::MAX.checked_shr(128u32.saturating_sub(n)).unwrap_or(0)
}

/// The host part of a block of `prefix` in `family`, as a mask.
pub(crate) fn host_mask(family: Family, prefix: u8) -> u128 {
    low_ones(u32::from(family.bits().saturating_sub(prefix)))
}

/// A block as the integers of its first and last address (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Span {
    pub(crate) family: Family,
    pub(crate) first: u128,
    pub(crate) last: u128,
}

impl Span {
    /// The addresses of `net`; host bits set in the input are ignored.
    pub(crate) fn of(net: IpNet) -> Span {
        let family = Family::of_net(net);
        let mask = host_mask(family, net.prefix_len());
        let first = value(net.addr()) & !mask;
        Span {
            family,
            first,
            last: first | mask,
        }
    }
}

/// Appends the minimal list of blocks that covers `first..=last` exactly.
///
/// Each step takes the largest block that starts at `first` (limited by how many
/// low zero bits `first` has) and does not run past `last`. Callers ensure
/// `first <= last` and that both fit the family.
pub(crate) fn push_cidrs(family: Family, mut first: u128, last: u128, out: &mut Vec<IpNet>) {
    let bits = u32::from(family.bits());
    loop {
        let aligned = first.trailing_zeros().min(bits);
        let fits = match (last - first).checked_add(1) {
            // floor(log2(n)) of the number of addresses still to cover
            Some(n) => 127 - n.leading_zeros(),
            None => 128,
        };
        let size = aligned.min(fits).min(bits);
        out.push(family.net(first, (bits - size) as u8));
        let block_last = first | low_ones(size);
        match block_last.checked_add(1) {
            Some(next) if block_last < last => first = next,
            _ => break,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(s: &str) -> IpNet {
        s.parse().unwrap()
    }

    #[test]
    fn spans_ignore_host_bits() {
        let span = Span::of(net("10.1.2.3/8"));
        assert_eq!(span.first, 0x0a00_0000);
        assert_eq!(span.last, 0x0aff_ffff);
        let all6 = Span::of(net("::/0"));
        assert_eq!((all6.first, all6.last), (0, u128::MAX));
        let all4 = Span::of(net("0.0.0.0/0"));
        assert_eq!((all4.first, all4.last), (0, u128::from(u32::MAX)));
    }

    #[test]
    fn masks_at_the_edges() {
        assert_eq!(low_ones(0), 0);
        assert_eq!(low_ones(1), 1);
        assert_eq!(low_ones(128), u128::MAX);
        assert_eq!(host_mask(Family::V4, 32), 0);
        assert_eq!(host_mask(Family::V4, 0), u128::from(u32::MAX));
        assert_eq!(host_mask(Family::V6, 0), u128::MAX);
        assert_eq!(host_mask(Family::V6, 128), 0);
    }

    #[test]
    fn cidrs_of_whole_spaces() {
        let mut out = Vec::new();
        push_cidrs(Family::V4, 0, u128::from(u32::MAX), &mut out);
        assert_eq!(out, vec![net("0.0.0.0/0")]);
        out.clear();
        push_cidrs(Family::V6, 0, u128::MAX, &mut out);
        assert_eq!(out, vec![net("::/0")]);
        out.clear();
        push_cidrs(Family::V6, u128::MAX, u128::MAX, &mut out);
        assert_eq!(
            out,
            vec![net("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128")]
        );
    }
}
