//! IPv4 fragmentation (RFC 791): how a datagram is cut to fit a smaller MTU.

use thiserror::Error;

/// The smallest MTU an IPv4 link may have (RFC 791).
const MIN_MTU: u32 = 68;

/// The largest IPv4 total length.
const MAX_TOTAL: u32 = 65_535;

/// The datagram and the link it must cross.
///
/// Every fragment is assumed to carry a header of the same length (a router copies
/// only some options into later fragments, which this model leaves out).
///
/// ```
/// use netdojo::calc::tcp::{fragment, FragmentInput};
/// let input = FragmentInput { total_length: 4000, header_length: 20, mtu: 1500, dont_fragment: false };
/// assert_eq!(fragment(&input).unwrap().len(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FragmentInput {
    /// The datagram's total length, header included, in bytes.
    pub total_length: u32,
    /// Its header length in bytes (20 to 60, a multiple of 4).
    pub header_length: u32,
    /// The MTU of the next link in bytes.
    pub mtu: u32,
    /// Whether the Don't Fragment flag is set.
    pub dont_fragment: bool,
}

/// One fragment.
///
/// ```
/// use netdojo::calc::tcp::{fragment, FragmentInput};
/// let input = FragmentInput { total_length: 4000, header_length: 20, mtu: 1500, dont_fragment: false };
/// let last = *fragment(&input).unwrap().last().unwrap();
/// assert_eq!((last.data_length, last.offset_units, last.more_fragments), (1020, 370, false));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fragment {
    /// 1-based position.
    pub index: usize,
    /// Bytes of the original data it carries.
    pub data_length: u32,
    /// Where its data starts in the original data, in bytes.
    pub offset_bytes: u32,
    /// The Fragment Offset field: the same in 8-byte units.
    pub offset_units: u32,
    /// The More Fragments flag: set on all but the last.
    pub more_fragments: bool,
    /// Its own total length: header plus data.
    pub total_length: u32,
}

/// Why a datagram cannot be fragmented as asked.
///
/// ```
/// use netdojo::calc::tcp::{fragment, FragmentError, FragmentInput};
/// let input = FragmentInput { total_length: 4000, header_length: 20, mtu: 60, dont_fragment: false };
/// assert_eq!(fragment(&input), Err(FragmentError::MtuTooSmall(60)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum FragmentError {
    /// Not 20 to 60 bytes in steps of 4.
    #[error("a {0}-byte header is impossible: an IPv4 header is 20 to 60 bytes, in steps of 4")]
    HeaderLength(u32),
    /// Over the 16-bit total length field.
    #[error("a {0}-byte datagram is over 65535 bytes, the largest IPv4 total length")]
    TotalTooLarge(u32),
    /// Shorter than its own header.
    #[error("a {total}-byte datagram cannot hold its {header}-byte header")]
    TotalBelowHeader {
        /// The total length.
        total: u32,
        /// The header length.
        header: u32,
    },
    /// Below the minimum IPv4 MTU.
    #[error("an MTU of {0} bytes is below 68, the smallest an IPv4 link may have (RFC 791)")]
    MtuTooSmall(u32),
    /// Too large for the link, but fragmenting is forbidden.
    #[error(
        "the {total}-byte datagram does not fit the MTU of {mtu} and has DF set: the router drops it and sends ICMP \"fragmentation needed\""
    )]
    DontFragment {
        /// The total length.
        total: u32,
        /// The MTU.
        mtu: u32,
    },
}

/// Cuts a datagram into fragments that fit the MTU. Every fragment but the last
/// carries a multiple of 8 data bytes, because the offset field counts 8-byte units.
///
/// ```
/// use netdojo::calc::tcp::{fragment, FragmentInput};
/// let input = FragmentInput { total_length: 4000, header_length: 20, mtu: 1500, dont_fragment: false };
/// let shown: Vec<_> = fragment(&input).unwrap().iter()
///     .map(|f| (f.data_length, f.offset_units, f.more_fragments))
///     .collect();
/// assert_eq!(shown, [(1480, 0, true), (1480, 185, true), (1020, 370, false)]);
/// ```
pub fn fragment(input: &FragmentInput) -> Result<Vec<Fragment>, FragmentError> {
    let FragmentInput {
        total_length: total,
        header_length: header,
        mtu,
        dont_fragment,
    } = *input;
    if !(20..=60).contains(&header) || header % 4 != 0 {
        return Err(FragmentError::HeaderLength(header));
    }
    if total > MAX_TOTAL {
        return Err(FragmentError::TotalTooLarge(total));
    }
    if total < header {
        return Err(FragmentError::TotalBelowHeader { total, header });
    }
    if mtu < MIN_MTU {
        return Err(FragmentError::MtuTooSmall(mtu));
    }
    if total > mtu && dont_fragment {
        return Err(FragmentError::DontFragment { total, mtu });
    }
    let data = total - header;
    // With a 60-byte header and the 68-byte minimum MTU this is still 8.
    let per_fragment = if total <= mtu {
        data.max(1)
    } else {
        (mtu - header) / 8 * 8
    };
    let mut fragments = Vec::new();
    let mut offset = 0;
    loop {
        let data_length = (data - offset).min(per_fragment);
        let more_fragments = offset + data_length < data;
        fragments.push(Fragment {
            index: fragments.len() + 1,
            data_length,
            offset_bytes: offset,
            offset_units: offset / 8,
            more_fragments,
            total_length: header + data_length,
        });
        offset += data_length;
        if !more_fragments {
            return Ok(fragments);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(total: u32, header: u32, mtu: u32) -> FragmentInput {
        FragmentInput {
            total_length: total,
            header_length: header,
            mtu,
            dont_fragment: false,
        }
    }

    #[test]
    fn curriculum_example() {
        let f = fragment(&input(4000, 20, 1500)).unwrap();
        let totals: Vec<_> = f.iter().map(|f| (f.total_length, f.offset_bytes)).collect();
        assert_eq!(totals, [(1500, 0), (1500, 1480), (1040, 2960)]);
    }

    #[test]
    fn fits_without_fragmenting() {
        let f = fragment(&input(1500, 20, 1500)).unwrap();
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].data_length, f[0].more_fragments), (1480, false));
        let empty = fragment(&input(20, 20, 1500)).unwrap();
        assert_eq!((empty.len(), empty[0].data_length), (1, 0));
        let mut df = input(1500, 20, 1500);
        df.dont_fragment = true;
        assert!(fragment(&df).is_ok());
    }

    #[test]
    fn odd_mtu_rounds_down_to_eight() {
        // 1006 - 24 = 982 bytes of room, of which 976 are a multiple of 8.
        let f = fragment(&input(3024, 24, 1006)).unwrap();
        let data: Vec<_> = f.iter().map(|f| f.data_length).collect();
        assert_eq!(data, [976, 976, 976, 72]);
        let smallest = fragment(&input(100, 60, 68)).unwrap();
        assert_eq!(
            smallest.iter().map(|f| f.data_length).collect::<Vec<_>>(),
            [8, 8, 8, 8, 8]
        );
    }

    #[test]
    fn refuses_impossible_inputs() {
        let err = |i: FragmentInput| fragment(&i).unwrap_err().to_string();
        assert_eq!(
            err(input(4000, 22, 1500)),
            "a 22-byte header is impossible: an IPv4 header is 20 to 60 bytes, in steps of 4"
        );
        assert_eq!(
            err(input(4000, 64, 1500)),
            "a 64-byte header is impossible: an IPv4 header is 20 to 60 bytes, in steps of 4"
        );
        assert_eq!(
            err(input(70000, 20, 1500)),
            "a 70000-byte datagram is over 65535 bytes, the largest IPv4 total length"
        );
        assert_eq!(
            err(input(10, 20, 1500)),
            "a 10-byte datagram cannot hold its 20-byte header"
        );
        assert_eq!(
            err(input(4000, 20, 67)),
            "an MTU of 67 bytes is below 68, the smallest an IPv4 link may have (RFC 791)"
        );
        let mut df = input(4000, 20, 1500);
        df.dont_fragment = true;
        assert_eq!(
            err(df),
            "the 4000-byte datagram does not fit the MTU of 1500 and has DF set: the router drops it and sends ICMP \"fragmentation needed\""
        );
    }
}
