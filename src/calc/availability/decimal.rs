//! An exact decimal number as a user typed it, so `99.95` stays 99.95 and not the
//! nearest binary fraction: sizing divides exactly and percentages keep their digits.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

/// At most this many digits: enough for any real figure, and small enough that
/// every operation below stays inside `u128`.
const MAX_DIGITS: usize = 30;

/// A non-negative decimal number, kept exactly as typed (`digits / 10^scale`).
///
/// ```
/// use netdojo::calc::availability::Decimal;
/// let d: Decimal = "99.95".parse().unwrap();
/// assert_eq!(d.to_string(), "99.95");
/// assert_eq!(d.to_f64(), 99.95);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    digits: u128,
    scale: u32,
}

/// Why a text is not a decimal number.
///
/// ```
/// use netdojo::calc::availability::{Decimal, DecimalError};
/// assert_eq!("1e5".parse::<Decimal>(), Err(DecimalError::NotANumber("1e5".into())));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecimalError {
    /// Not digits with an optional decimal point.
    #[error("\"{0}\" is not a number (expected digits such as 2400 or 99.95)")]
    NotANumber(String),
    /// More digits than any real figure needs.
    #[error("\"{0}\" has more than 30 digits")]
    TooLong(String),
}

impl Decimal {
    /// The whole number `n`.
    ///
    /// ```
    /// use netdojo::calc::availability::Decimal;
    /// assert_eq!(Decimal::from_integer(7).to_string(), "7");
    /// ```
    pub fn from_integer(n: u64) -> Decimal {
        Decimal {
            digits: u128::from(n),
            scale: 0,
        }
    }

    /// The nearest `f64` (exact for up to 15 significant digits).
    ///
    /// ```
    /// use netdojo::calc::availability::Decimal;
    /// assert_eq!("0.5".parse::<Decimal>().unwrap().to_f64(), 0.5);
    /// ```
    pub fn to_f64(self) -> f64 {
        // Both operands are exact when they fit in 53 bits, so one division rounds once.
        self.digits as f64 / 10f64.powi(self.scale as i32)
    }

    /// Whether the number is zero.
    ///
    /// ```
    /// use netdojo::calc::availability::Decimal;
    /// assert!("0.00".parse::<Decimal>().unwrap().is_zero());
    /// ```
    pub fn is_zero(self) -> bool {
        self.digits == 0
    }

    /// `(100 - self) / 100` as an `f64`, computed exactly before the one rounding:
    /// the unavailability of a percentage.
    ///
    /// ```
    /// use netdojo::calc::availability::Decimal;
    /// let p: Decimal = "99.999".parse().unwrap();
    /// assert_eq!(p.hundred_complement_fraction(), Some(0.00001));
    /// assert_eq!("100.5".parse::<Decimal>().unwrap().hundred_complement_fraction(), None);
    /// ```
    pub fn hundred_complement_fraction(self) -> Option<f64> {
        let hundred = 100u128.checked_mul(10u128.checked_pow(self.scale)?)?;
        let rest = hundred.checked_sub(self.digits)?;
        let denominator = 10f64.powi(self.scale as i32 + 2);
        Some(rest as f64 / denominator)
    }

    /// `⌈self / divisor⌉`, exactly; `None` when `divisor` is zero or the result
    /// does not fit in a `u64`.
    ///
    /// ```
    /// use netdojo::calc::availability::Decimal;
    /// let load: Decimal = "2400".parse().unwrap();
    /// let capacity: Decimal = "350".parse().unwrap();
    /// assert_eq!(load.div_ceil(capacity), Some(7));
    /// let a: Decimal = "1.1".parse().unwrap();
    /// let b: Decimal = "0.1".parse().unwrap();
    /// assert_eq!(a.div_ceil(b), Some(11));
    /// ```
    pub fn div_ceil(self, divisor: Decimal) -> Option<u64> {
        if divisor.digits == 0 {
            return None;
        }
        // Bring both to the same scale: a / b = (a.digits * 10^(s - a.scale)) / (b.digits * 10^(s - b.scale)).
        let scale = self.scale.max(divisor.scale);
        let top = self
            .digits
            .checked_mul(10u128.checked_pow(scale - self.scale)?)?;
        let bottom = divisor
            .digits
            .checked_mul(10u128.checked_pow(scale - divisor.scale)?)?;
        u64::try_from(top.div_ceil(bottom)).ok()
    }

    /// Compares with a whole number.
    ///
    /// ```
    /// use netdojo::calc::availability::Decimal;
    /// use std::cmp::Ordering;
    /// let d: Decimal = "100.0".parse().unwrap();
    /// assert_eq!(d.cmp_integer(100), Ordering::Equal);
    /// ```
    pub fn cmp_integer(self, n: u64) -> std::cmp::Ordering {
        match 10u128
            .checked_pow(self.scale)
            .and_then(|p| u128::from(n).checked_mul(p))
        {
            Some(scaled) => self.digits.cmp(&scaled),
            // n * 10^scale overflows, so it is larger than any digits we can hold.
            None => std::cmp::Ordering::Less,
        }
    }
}

impl FromStr for Decimal {
    type Err = DecimalError;

    fn from_str(text: &str) -> Result<Decimal, DecimalError> {
        let not_a_number = || DecimalError::NotANumber(text.to_string());
        let (whole, fraction) = match text.split_once('.') {
            Some((w, f)) => (w, f),
            None => (text, ""),
        };
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return Err(not_a_number());
        }
        if text.contains('.') && fraction.is_empty() {
            return Err(not_a_number());
        }
        if whole.len() + fraction.len() > MAX_DIGITS {
            return Err(DecimalError::TooLong(text.to_string()));
        }
        let mut digits: u128 = 0;
        for b in whole.bytes().chain(fraction.bytes()) {
            // Thirty digits always fit in a u128, so this never saturates.
            digits = digits
                .saturating_mul(10)
                .saturating_add(u128::from(b - b'0'));
        }
        Ok(Decimal {
            digits,
            scale: fraction.len() as u32,
        })
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.digits.to_string();
        let scale = self.scale as usize;
        if scale == 0 {
            return f.write_str(&text);
        }
        let padded = format!("{text:0>width$}", width = scale + 1);
        let (whole, fraction) = padded.split_at(padded.len() - scale);
        write!(f, "{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_as_typed() {
        for text in ["0", "7", "99.95", "0.001", "100.0", "2400"] {
            assert_eq!(text.parse::<Decimal>().unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_non_numbers() {
        for text in ["", ".5", "5.", "-1", "1e3", "9 9", "99.9.9", "+1"] {
            assert_eq!(
                text.parse::<Decimal>(),
                Err(DecimalError::NotANumber(text.into())),
                "{text}"
            );
        }
        let long = "1".repeat(31);
        assert_eq!(
            long.parse::<Decimal>().unwrap_err().to_string(),
            format!("\"{long}\" has more than 30 digits")
        );
    }

    #[test]
    fn divides_up_exactly() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(d("700").div_ceil(d("350")), Some(2));
        assert_eq!(d("701").div_ceil(d("350")), Some(3));
        assert_eq!(d("0.7").div_ceil(d("0.1")), Some(7));
        assert_eq!(d("2400").div_ceil(d("0.5")), Some(4800));
        assert_eq!(d("1").div_ceil(d("0")), None);
        assert_eq!(d("0").div_ceil(d("3")), Some(0));
    }
}
