//! Exact address counts, from 0 up to and including 2^128.
//!
//! An IPv6 `::/0` holds 2^128 addresses, one more than `u128::MAX`, so neither
//! `u128` nor a float can hold every block size exactly. [`AddrCount`] can: it is a
//! `u128` plus one extra state for 2^128 itself. It prints as exact decimal and
//! serializes as a decimal string, because JSON readers lose precision past 2^53.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An exact number of addresses, any value from 0 to 2^128 inclusive.
///
/// ```
/// use netdojo::calc::count::AddrCount;
/// let all_ipv6 = AddrCount::pow2(128).unwrap();
/// assert_eq!(all_ipv6, AddrCount::MAX);
/// assert_eq!(all_ipv6.to_string(), "340282366920938463463374607431768211456");
/// assert_eq!(all_ipv6.to_u128(), None);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct AddrCount {
    // Field order matters: the derived ordering compares `is_max` first, and the
    // invariant `is_max => low == 0` keeps 2^128 above every u128 value.
    is_max: bool,
    low: u128,
}

/// Decimal digits of 2^128, the one count a `u128` cannot hold.
const MAX_DECIMAL: &str = "340282366920938463463374607431768211456";

impl AddrCount {
    /// No addresses.
    ///
    /// ```
    /// use netdojo::calc::count::AddrCount;
    /// assert_eq!(AddrCount::ZERO.to_u128(), Some(0));
    /// ```
    pub const ZERO: AddrCount = AddrCount {
        is_max: false,
        low: 0,
    };

    /// 2^128, the number of addresses in `::/0` and the largest count there is.
    ///
    /// ```
    /// use netdojo::calc::count::AddrCount;
    /// assert!(AddrCount::MAX > AddrCount::from(u128::MAX));
    /// ```
    pub const MAX: AddrCount = AddrCount {
        is_max: true,
        low: 0,
    };

    /// A count that fits in a `u128` (every count but 2^128).
    ///
    /// ```
    /// use netdojo::calc::count::AddrCount;
    /// assert_eq!(AddrCount::new(254).to_string(), "254");
    /// ```
    pub const fn new(count: u128) -> AddrCount {
        AddrCount {
            is_max: false,
            low: count,
        }
    }

    /// 2 to the power `exp`: the size of a block with `exp` host bits; `None` past 2^128.
    ///
    /// ```
    /// use netdojo::calc::count::AddrCount;
    /// assert_eq!(AddrCount::pow2(8), Some(AddrCount::new(256)));
    /// assert_eq!(AddrCount::pow2(128), Some(AddrCount::MAX));
    /// assert_eq!(AddrCount::pow2(129), None);
    /// ```
    pub const fn pow2(exp: u32) -> Option<AddrCount> {
        if exp == 128 {
            Some(AddrCount::MAX)
        } else if exp < 128 {
            Some(AddrCount::new(1u128 << exp))
        } else {
            None
        }
    }

    /// The count as a `u128`, or `None` for 2^128.
    ///
    /// ```
    /// use netdojo::calc::count::AddrCount;
    /// assert_eq!(AddrCount::new(7).to_u128(), Some(7));
    /// assert_eq!(AddrCount::MAX.to_u128(), None);
    /// ```
    pub const fn to_u128(self) -> Option<u128> {
        if self.is_max { None } else { Some(self.low) }
    }

    /// `self - rhs`, or `None` if `rhs` is larger.
    ///
    /// ```
    /// use netdojo::calc::count::AddrCount;
    /// let usable = AddrCount::MAX.checked_sub(AddrCount::new(2)).unwrap();
    /// assert_eq!(usable.to_u128(), Some(u128::MAX - 1));
    /// assert_eq!(AddrCount::new(1).checked_sub(AddrCount::new(2)), None);
    /// ```
    pub const fn checked_sub(self, rhs: AddrCount) -> Option<AddrCount> {
        match (self.is_max, rhs.is_max) {
            (true, true) => Some(AddrCount::ZERO),
            (false, true) => None,
            // 2^128 - n = (u128::MAX - n) + 1, which fits for every n >= 1.
            (true, false) if rhs.low == 0 => Some(AddrCount::MAX),
            (true, false) => Some(AddrCount::new(u128::MAX - rhs.low + 1)),
            (false, false) => match self.low.checked_sub(rhs.low) {
                Some(low) => Some(AddrCount::new(low)),
                None => None,
            },
        }
    }

    /// `self + rhs`, or `None` past 2^128.
    ///
    /// ```
    /// use netdojo::calc::count::AddrCount;
    /// let half = AddrCount::pow2(127).unwrap();
    /// assert_eq!(half.checked_add(half), Some(AddrCount::MAX));
    /// assert_eq!(AddrCount::MAX.checked_add(AddrCount::new(1)), None);
    /// ```
    pub const fn checked_add(self, rhs: AddrCount) -> Option<AddrCount> {
        match (self.is_max, rhs.is_max) {
            (true, true) => None,
            (true, false) if rhs.low == 0 => Some(AddrCount::MAX),
            (false, true) if self.low == 0 => Some(AddrCount::MAX),
            (true, false) | (false, true) => None,
            (false, false) => match self.low.checked_add(rhs.low) {
                Some(low) => Some(AddrCount::new(low)),
                // The sum is at most 2 * u128::MAX; only exactly 2^128 is representable.
                None if self.low.wrapping_add(rhs.low) == 0 => Some(AddrCount::MAX),
                None => None,
            },
        }
    }
}

impl From<u128> for AddrCount {
    fn from(count: u128) -> AddrCount {
        AddrCount::new(count)
    }
}

impl From<u64> for AddrCount {
    fn from(count: u64) -> AddrCount {
        AddrCount::new(u128::from(count))
    }
}

impl From<u32> for AddrCount {
    fn from(count: u32) -> AddrCount {
        AddrCount::new(u128::from(count))
    }
}

impl fmt::Display for AddrCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_max {
            f.pad(MAX_DECIMAL)
        } else {
            fmt::Display::fmt(&self.low, f)
        }
    }
}

impl fmt::Debug for AddrCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AddrCount({self})")
    }
}

/// Why a string is not an address count.
///
/// ```
/// use netdojo::calc::count::{AddrCount, CountParseError};
/// assert_eq!("12a".parse::<AddrCount>(), Err(CountParseError::NotDecimal("12a".into())));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountParseError {
    /// The text is not a plain decimal number (digits only, no sign, no leading zero).
    #[error("\"{0}\" is not a decimal count (digits only, no leading zero)")]
    NotDecimal(String),
    /// The number is larger than 2^128.
    #[error("{0} is over 2^128, the most addresses a block can hold")]
    TooLarge(String),
}

/// Reads the decimal form that `Display` writes.
///
/// ```
/// use netdojo::calc::count::AddrCount;
/// let max: AddrCount = "340282366920938463463374607431768211456".parse().unwrap();
/// assert_eq!(max, AddrCount::MAX);
/// ```
impl FromStr for AddrCount {
    type Err = CountParseError;

    fn from_str(s: &str) -> Result<AddrCount, CountParseError> {
        let canonical = !s.is_empty()
            && s.bytes().all(|b| b.is_ascii_digit())
            && (s == "0" || !s.starts_with('0'));
        if !canonical {
            return Err(CountParseError::NotDecimal(s.to_owned()));
        }
        if s == MAX_DECIMAL {
            return Ok(AddrCount::MAX);
        }
        s.parse::<u128>()
            .map(AddrCount::new)
            .map_err(|_| CountParseError::TooLarge(s.to_owned()))
    }
}

/// Serializes as a decimal string, exact in every JSON reader.
impl Serialize for AddrCount {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads the decimal string that `Serialize` writes.
impl<'de> Deserialize<'de> for AddrCount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<AddrCount, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_is_two_to_the_128() {
        let half = AddrCount::pow2(127).unwrap();
        assert_eq!(half.checked_add(half), Some(AddrCount::MAX));
        assert_eq!(AddrCount::MAX.to_string(), MAX_DECIMAL);
        assert_eq!(
            AddrCount::MAX.checked_sub(AddrCount::new(1)),
            Some(AddrCount::new(u128::MAX))
        );
    }

    #[test]
    fn ordering_puts_max_last() {
        assert!(AddrCount::MAX > AddrCount::new(u128::MAX));
        assert!(AddrCount::ZERO < AddrCount::new(1));
    }

    #[test]
    fn subtraction() {
        assert_eq!(
            AddrCount::MAX.checked_sub(AddrCount::MAX),
            Some(AddrCount::ZERO)
        );
        assert_eq!(
            AddrCount::MAX.checked_sub(AddrCount::ZERO),
            Some(AddrCount::MAX)
        );
        assert_eq!(AddrCount::new(5).checked_sub(AddrCount::MAX), None);
        assert_eq!(
            AddrCount::new(256).checked_sub(AddrCount::new(2)),
            Some(AddrCount::new(254))
        );
    }

    #[test]
    fn addition() {
        assert_eq!(
            AddrCount::new(u128::MAX).checked_add(AddrCount::new(1)),
            Some(AddrCount::MAX)
        );
        assert_eq!(
            AddrCount::new(u128::MAX).checked_add(AddrCount::new(2)),
            None
        );
        assert_eq!(
            AddrCount::MAX.checked_add(AddrCount::ZERO),
            Some(AddrCount::MAX)
        );
        assert_eq!(
            AddrCount::ZERO.checked_add(AddrCount::MAX),
            Some(AddrCount::MAX)
        );
        assert_eq!(AddrCount::MAX.checked_add(AddrCount::MAX), None);
    }

    #[test]
    fn pow2_bounds() {
        assert_eq!(AddrCount::pow2(0), Some(AddrCount::new(1)));
        assert_eq!(AddrCount::pow2(127), Some(AddrCount::new(1 << 127)));
        assert_eq!(AddrCount::pow2(u32::MAX), None);
    }

    #[test]
    fn parse_round_trip_and_errors() {
        for text in ["0", "1", "254", MAX_DECIMAL, &u128::MAX.to_string()] {
            assert_eq!(text.parse::<AddrCount>().unwrap().to_string(), text);
        }
        assert_eq!(
            "".parse::<AddrCount>().unwrap_err().to_string(),
            "\"\" is not a decimal count (digits only, no leading zero)"
        );
        assert_eq!(
            "007".parse::<AddrCount>(),
            Err(CountParseError::NotDecimal("007".into()))
        );
        assert_eq!(
            "-1".parse::<AddrCount>(),
            Err(CountParseError::NotDecimal("-1".into()))
        );
        assert_eq!(
            "340282366920938463463374607431768211457"
                .parse::<AddrCount>()
                .unwrap_err()
                .to_string(),
            "340282366920938463463374607431768211457 is over 2^128, the most addresses a block can hold"
        );
    }

    #[test]
    fn display_pads() {
        assert_eq!(format!("{:>5}", AddrCount::new(42)), "   42");
        assert_eq!(format!("{:?}", AddrCount::new(42)), "AddrCount(42)");
    }
}
