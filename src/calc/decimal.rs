//! Exact decimal text to and from integers, for money, sizes and percentages.
//!
//! Amounts typed by a person (`0.023`, `1.5`, `33.3`) are read into an integer
//! mantissa and a count of decimal places, never into a float, so `0.1 + 0.2` is
//! exactly `0.3` here. Results are written back with exact digits, or rounded half up
//! to a stated number of places with a flag saying that rounding happened.

use std::fmt;

use thiserror::Error;

/// Why a text is not a plain decimal number.
///
/// ```
/// use netdojo::calc::decimal::{parse_decimal, DecimalError};
/// assert_eq!(parse_decimal("1.2.3"), Err(DecimalError::Malformed { text: "1.2.3".into() }));
/// assert_eq!(DecimalError::Empty.to_string(), "no number was given");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DecimalError {
    /// Nothing to read.
    #[error("no number was given")]
    Empty,
    /// Not digits with at most one decimal point.
    #[error("{text} is not a plain decimal number such as 12 or 0.5")]
    Malformed {
        /// The text as given.
        text: String,
    },
    /// More digits than an exact integer can hold.
    #[error("{text} has too many digits")]
    TooManyDigits {
        /// The text as given.
        text: String,
    },
}

/// A non-negative decimal number read exactly: `mantissa / 10^scale`.
///
/// ```
/// use netdojo::calc::decimal::parse_decimal;
/// let d = parse_decimal("0.023").unwrap();
/// assert_eq!((d.mantissa, d.scale), (23, 3));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    /// The digits without the decimal point.
    pub mantissa: u128,
    /// How many of those digits are after the point.
    pub scale: u32,
}

impl Decimal {
    /// The value scaled to `places` decimal places, if that is exact and fits.
    ///
    /// ```
    /// use netdojo::calc::decimal::parse_decimal;
    /// assert_eq!(parse_decimal("0.023").unwrap().scaled_to(6), Some(23_000));
    /// assert_eq!(parse_decimal("0.0000001").unwrap().scaled_to(6), None);
    /// ```
    pub fn scaled_to(self, places: u32) -> Option<u128> {
        if self.scale <= places {
            self.mantissa
                .checked_mul(10u128.checked_pow(places - self.scale)?)
        } else {
            let divisor = 10u128.checked_pow(self.scale - places)?;
            (self.mantissa % divisor == 0).then_some(self.mantissa / divisor)
        }
    }
}

/// Reads digits with at most one decimal point (`12`, `0.5`, `.5`, `3.`). No sign, no
/// exponent, no thousands separators.
///
/// ```
/// use netdojo::calc::decimal::parse_decimal;
/// assert_eq!(parse_decimal("149.50").unwrap().scaled_to(2), Some(14_950));
/// assert!(parse_decimal("1e3").is_err());
/// ```
pub fn parse_decimal(text: &str) -> Result<Decimal, DecimalError> {
    if text.is_empty() {
        return Err(DecimalError::Empty);
    }
    let malformed = || DecimalError::Malformed {
        text: text.to_owned(),
    };
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (text, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !all_digits(fraction) || whole.len() + fraction.len() == 0 {
        return Err(malformed());
    }
    let mut mantissa: u128 = 0;
    for b in whole.bytes().chain(fraction.bytes()) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u128::from(b - b'0')))
            .ok_or_else(|| DecimalError::TooManyDigits {
                text: text.to_owned(),
            })?;
    }
    let scale = u32::try_from(fraction.len()).map_err(|_| DecimalError::TooManyDigits {
        text: text.to_owned(),
    })?;
    Ok(Decimal { mantissa, scale })
}

/// `numerator / denominator` written in decimal with at most `max_places` places,
/// rounded half up; the flag is true when the text is exact.
///
/// Trailing zeros are dropped but at least `min_places` places are kept. A zero
/// denominator gives `"undefined"` and false.
///
/// ```
/// use netdojo::calc::decimal::format_ratio;
/// assert_eq!(format_ratio(7, 10, 0, 4), ("0.7".to_string(), true));
/// assert_eq!(format_ratio(1, 3, 0, 2), ("0.33".to_string(), false));
/// assert_eq!(format_ratio(230, 100, 2, 6), ("2.30".to_string(), true));
/// ```
pub fn format_ratio(
    numerator: u128,
    denominator: u128,
    min_places: u32,
    max_places: u32,
) -> (String, bool) {
    if denominator == 0 {
        return ("undefined".to_owned(), false);
    }
    let whole = numerator / denominator;
    let mut remainder = numerator % denominator;
    let mut digits: Vec<u8> = Vec::new();
    for _ in 0..max_places {
        if remainder == 0 {
            break;
        }
        let (digit, rest) = times_ten_div(remainder, denominator);
        digits.push(digit);
        remainder = rest;
    }
    let exact = remainder == 0;
    let mut whole = whole;
    if !exact && round_up(remainder, denominator) {
        // Carry the rounding up through the digits.
        let mut carry = true;
        for digit in digits.iter_mut().rev() {
            if *digit == 9 {
                *digit = 0;
            } else {
                *digit += 1;
                carry = false;
                break;
            }
        }
        if carry {
            whole = whole.saturating_add(1);
        }
    }
    while digits.len() > min_places as usize && digits.last() == Some(&0) {
        digits.pop();
    }
    while digits.len() < min_places as usize {
        digits.push(0);
    }
    let mut text = whole.to_string();
    if !digits.is_empty() {
        text.push('.');
        text.extend(digits.iter().map(|d| char::from(b'0' + d)));
    }
    (text, exact)
}

/// `(remainder * 10) / denominator` and its remainder, for `remainder < denominator`,
/// without the overflow that `remainder * 10` could cause.
fn times_ten_div(remainder: u128, denominator: u128) -> (u8, u128) {
    let mut digit = 0u8;
    let mut value: u128 = 0;
    // Add `remainder` ten times modulo `denominator`, counting the wraps: both terms
    // are below `denominator`, so each addition wraps at most once.
    for _ in 0..10 {
        if value >= denominator - remainder {
            value -= denominator - remainder;
            digit += 1;
        } else {
            value += remainder;
        }
    }
    (digit, value)
}

/// Whether a remainder rounds the last digit up (half up).
fn round_up(remainder: u128, denominator: u128) -> bool {
    // remainder / denominator >= 1/2, without overflow.
    remainder >= denominator - remainder
}

/// `n / d` rounded half up to an integer; `None` when `d` is zero.
///
/// ```
/// use netdojo::calc::decimal::div_round_half_up;
/// assert_eq!(div_round_half_up(5, 2), Some(3));
/// assert_eq!(div_round_half_up(7, 3), Some(2));
/// ```
pub fn div_round_half_up(n: u128, d: u128) -> Option<u128> {
    if d == 0 {
        return None;
    }
    let q = n / d;
    let r = n % d;
    Some(if round_up(r, d) && r != 0 { q + 1 } else { q })
}

/// Inserts `,` between groups of three digits in the whole part of a decimal text.
///
/// ```
/// use netdojo::calc::decimal::group_thousands;
/// assert_eq!(group_thousands("1402.88"), "1,402.88");
/// assert_eq!(group_thousands("53687091200"), "53,687,091,200");
/// assert_eq!(group_thousands("999"), "999");
/// ```
pub fn group_thousands(text: &str) -> String {
    let (whole, rest) = match text.find('.') {
        Some(at) => text.split_at(at),
        None => (text, ""),
    };
    let mut out = String::with_capacity(text.len() + whole.len() / 3);
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out.push_str(rest);
    out
}

/// An integer written with thousands separators, e.g. `61,440`.
///
/// ```
/// use netdojo::calc::decimal::Grouped;
/// assert_eq!(Grouped(61_440).to_string(), "61,440");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Grouped(pub u128);

impl fmt::Display for Grouped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&group_thousands(&self.0.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_usual_forms() {
        assert_eq!(
            parse_decimal("12").unwrap(),
            Decimal {
                mantissa: 12,
                scale: 0
            }
        );
        assert_eq!(
            parse_decimal(".5").unwrap(),
            Decimal {
                mantissa: 5,
                scale: 1
            }
        );
        assert_eq!(
            parse_decimal("3.").unwrap(),
            Decimal {
                mantissa: 3,
                scale: 0
            }
        );
        for bad in [".", "-1", "1,5", "1 5", "+2", "1.2.3", "０.５"] {
            assert!(parse_decimal(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_decimal(&"9".repeat(40)).unwrap_err().to_string(),
            format!("{} has too many digits", "9".repeat(40))
        );
    }

    #[test]
    fn scaling_is_exact_or_refused() {
        let d = parse_decimal("1.50").unwrap();
        assert_eq!(d.scaled_to(1), Some(15));
        assert_eq!(d.scaled_to(0), None);
        assert_eq!(parse_decimal("1").unwrap().scaled_to(40), None);
    }

    #[test]
    fn ratios_round_half_up_with_carry() {
        assert_eq!(format_ratio(2, 3, 0, 2), ("0.67".to_owned(), false));
        assert_eq!(format_ratio(999, 1000, 0, 2), ("1".to_owned(), false));
        assert_eq!(format_ratio(9995, 1000, 2, 2), ("10.00".to_owned(), false));
        assert_eq!(format_ratio(5, 1, 2, 6), ("5.00".to_owned(), true));
        assert_eq!(format_ratio(0, 7, 0, 3), ("0".to_owned(), true));
        assert_eq!(format_ratio(1, 0, 0, 3), ("undefined".to_owned(), false));
        // A denominator near the top of u128 must not overflow.
        assert_eq!(
            format_ratio(u128::MAX - 1, u128::MAX, 0, 3),
            ("1".to_owned(), false)
        );
        assert_eq!(
            format_ratio(u128::MAX / 2, u128::MAX, 0, 1),
            ("0.5".to_owned(), false)
        );
    }

    #[test]
    fn division_rounds_half_up() {
        assert_eq!(div_round_half_up(0, 3), Some(0));
        assert_eq!(div_round_half_up(1, 3), Some(0));
        assert_eq!(div_round_half_up(3, 2), Some(2));
        assert_eq!(div_round_half_up(1, 0), None);
        assert_eq!(div_round_half_up(u128::MAX, u128::MAX), Some(1));
    }
}
