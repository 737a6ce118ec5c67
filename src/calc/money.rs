//! Exact amounts of money: US dollars and Japanese yen as integer millionths.
//!
//! AWS list prices have at most a few decimal places ($0.023 per GB-month, $0.005 per
//! hour), so a millionth of a unit holds every price and every product of a price and
//! a whole quantity exactly. Nothing here is a float, so no amount ever prints as
//! `2.2999999`.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::decimal::{
    DecimalError, div_round_half_up, format_ratio, group_thousands, parse_decimal,
};

/// Millionths in one unit of a currency.
const MICROS: u128 = 1_000_000;

/// Why a text is not an amount of money or an exchange rate.
///
/// ```
/// use netdojo::calc::money::Usd;
/// let err = "0.0000001".parse::<Usd>().unwrap_err();
/// assert_eq!(err.to_string(), "0.0000001 has more than 6 decimal places");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MoneyError {
    /// Not a plain decimal number.
    #[error(transparent)]
    Decimal(#[from] DecimalError),
    /// Finer than a millionth.
    #[error("{text} has more than 6 decimal places")]
    TooPrecise {
        /// The text as given.
        text: String,
    },
    /// An exchange rate of zero.
    #[error("an exchange rate must be more than 0")]
    ZeroRate,
    /// The result does not fit.
    #[error("the amount is too large to compute")]
    Overflow,
}

/// An amount in US dollars, held exactly in millionths of a dollar.
///
/// `Display` gives `$1,402.88`: thousands separators, at least two decimal places and
/// more only when the amount has them (`$2.142042`).
///
/// ```
/// use netdojo::calc::money::Usd;
/// let price: Usd = "0.023".parse().unwrap();
/// assert_eq!(price.micros(), 23_000);
/// assert_eq!(price.checked_mul(100).unwrap().to_string(), "$2.30");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Usd(u128);

impl Usd {
    /// Zero dollars.
    ///
    /// ```
    /// assert_eq!(netdojo::calc::money::Usd::ZERO.to_string(), "$0.00");
    /// ```
    pub const ZERO: Usd = Usd(0);

    /// An amount from millionths of a dollar.
    ///
    /// ```
    /// use netdojo::calc::money::Usd;
    /// assert_eq!(Usd::from_micros(5_000).to_string(), "$0.005");
    /// ```
    pub const fn from_micros(micros: u128) -> Usd {
        Usd(micros)
    }

    /// The amount in millionths of a dollar.
    ///
    /// ```
    /// use netdojo::calc::money::Usd;
    /// assert_eq!(Usd::from_micros(42).micros(), 42);
    /// ```
    pub const fn micros(self) -> u128 {
        self.0
    }

    /// The sum, or `None` on overflow.
    ///
    /// ```
    /// use netdojo::calc::money::Usd;
    /// let sum = Usd::from_micros(1).checked_add(Usd::from_micros(2));
    /// assert_eq!(sum, Some(Usd::from_micros(3)));
    /// ```
    pub fn checked_add(self, other: Usd) -> Option<Usd> {
        self.0.checked_add(other.0).map(Usd)
    }

    /// The amount times a whole number, or `None` on overflow.
    ///
    /// ```
    /// use netdojo::calc::money::Usd;
    /// assert_eq!(Usd::from_micros(5_000).checked_mul(720).unwrap().to_string(), "$3.60");
    /// ```
    pub fn checked_mul(self, factor: u128) -> Option<Usd> {
        self.0.checked_mul(factor).map(Usd)
    }

    /// The amount rounded half up to whole cents, as a bill shows it.
    ///
    /// ```
    /// use netdojo::calc::money::Usd;
    /// assert_eq!(Usd::from_micros(2_142_042).round_to_cents().to_string(), "$2.14");
    /// assert_eq!(Usd::from_micros(5_000).round_to_cents().to_string(), "$0.01");
    /// ```
    pub fn round_to_cents(self) -> Usd {
        let cents = div_round_half_up(self.0, MICROS / 100).unwrap_or(0);
        Usd(cents.saturating_mul(MICROS / 100))
    }

    /// Whether the amount is a whole number of cents.
    ///
    /// ```
    /// use netdojo::calc::money::Usd;
    /// assert!(Usd::from_micros(2_300_000).is_whole_cents());
    /// assert!(!Usd::from_micros(5_000).is_whole_cents());
    /// ```
    pub fn is_whole_cents(self) -> bool {
        self.0 % (MICROS / 100) == 0
    }

    /// The amount in yen at a rate, rounded half up to a millionth of a yen.
    ///
    /// ```
    /// use netdojo::calc::money::{Usd, YenRate};
    /// let rate: YenRate = "150".parse().unwrap();
    /// assert_eq!("0.023".parse::<Usd>().unwrap().to_yen(rate).unwrap().to_string(), "¥3.45");
    /// ```
    pub fn to_yen(self, rate: YenRate) -> Result<Jpy, MoneyError> {
        let product = self.0.checked_mul(rate.0).ok_or(MoneyError::Overflow)?;
        div_round_half_up(product, MICROS)
            .map(Jpy)
            .ok_or(MoneyError::Overflow)
    }

    /// The amount as a plain decimal string for JSON: `1402.88`, no `$`, no separators.
    ///
    /// ```
    /// use netdojo::calc::money::Usd;
    /// assert_eq!(Usd::from_micros(1_402_880_000).decimal(), "1402.88");
    /// ```
    pub fn decimal(self) -> String {
        format_ratio(self.0, MICROS, 2, 6).0
    }
}

impl fmt::Display for Usd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}", group_thousands(&self.decimal()))
    }
}

impl FromStr for Usd {
    type Err = MoneyError;

    /// Reads a plain decimal such as `0.023` or `$1402.88` (no thousands separators).
    fn from_str(text: &str) -> Result<Usd, MoneyError> {
        let digits = text.strip_prefix('$').unwrap_or(text);
        read_micros(digits).map(Usd)
    }
}

/// An amount in Japanese yen, held exactly in millionths of a yen.
///
/// `Display` gives `¥210,432` for whole yen and `¥3.45` otherwise.
///
/// ```
/// use netdojo::calc::money::Jpy;
/// assert_eq!(Jpy::from_micros(345_000_000).to_string(), "¥345");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Jpy(u128);

impl Jpy {
    /// An amount from millionths of a yen.
    ///
    /// ```
    /// use netdojo::calc::money::Jpy;
    /// assert_eq!(Jpy::from_micros(3_450_000).to_string(), "¥3.45");
    /// ```
    pub const fn from_micros(micros: u128) -> Jpy {
        Jpy(micros)
    }

    /// The amount in millionths of a yen.
    ///
    /// ```
    /// use netdojo::calc::money::Jpy;
    /// assert_eq!(Jpy::from_micros(7).micros(), 7);
    /// ```
    pub const fn micros(self) -> u128 {
        self.0
    }

    /// The amount as a plain decimal string for JSON: `345` or `3.45`.
    ///
    /// ```
    /// use netdojo::calc::money::Jpy;
    /// assert_eq!(Jpy::from_micros(210_432_000_000).decimal(), "210432");
    /// ```
    pub fn decimal(self) -> String {
        format_ratio(self.0, MICROS, 0, 6).0
    }
}

impl fmt::Display for Jpy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "¥{}", group_thousands(&self.decimal()))
    }
}

/// An exchange rate in yen per US dollar, exact to a millionth of a yen.
///
/// ```
/// use netdojo::calc::money::YenRate;
/// let rate: YenRate = "149.5".parse().unwrap();
/// assert_eq!(rate.to_string(), "¥149.5/$");
/// assert!("0".parse::<YenRate>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YenRate(u128);

impl YenRate {
    /// A rate from millionths of a yen per dollar; `None` for zero.
    ///
    /// ```
    /// use netdojo::calc::money::YenRate;
    /// assert_eq!(YenRate::from_micros(150_000_000).unwrap().to_string(), "¥150/$");
    /// assert!(YenRate::from_micros(0).is_none());
    /// ```
    pub fn from_micros(micros: u128) -> Option<YenRate> {
        (micros > 0).then_some(YenRate(micros))
    }

    /// The rate as a plain decimal string: `150` or `149.5`.
    ///
    /// ```
    /// use netdojo::calc::money::YenRate;
    /// assert_eq!("150.00".parse::<YenRate>().unwrap().decimal(), "150");
    /// ```
    pub fn decimal(self) -> String {
        format_ratio(self.0, MICROS, 0, 6).0
    }
}

impl fmt::Display for YenRate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "¥{}/$", group_thousands(&self.decimal()))
    }
}

impl FromStr for YenRate {
    type Err = MoneyError;

    /// Reads a plain decimal number of yen per dollar, such as `150` or `149.5`.
    fn from_str(text: &str) -> Result<YenRate, MoneyError> {
        YenRate::from_micros(read_micros(text)?).ok_or(MoneyError::ZeroRate)
    }
}

/// A plain decimal text in millionths.
fn read_micros(text: &str) -> Result<u128, MoneyError> {
    parse_decimal(text)?
        .scaled_to(6)
        .ok_or_else(|| MoneyError::TooPrecise {
            text: text.to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dollars_print_with_two_places_at_least() {
        assert_eq!(Usd::ZERO.to_string(), "$0.00");
        assert_eq!(Usd::from_micros(1).to_string(), "$0.000001");
        assert_eq!(
            Usd::from_micros(1_000_000_000_000).to_string(),
            "$1,000,000.00"
        );
        assert_eq!(Usd::from_micros(2_142_042).decimal(), "2.142042");
    }

    #[test]
    fn dollars_parse_exactly() {
        assert_eq!("$0.005".parse::<Usd>().unwrap().micros(), 5_000);
        assert_eq!("3".parse::<Usd>().unwrap().micros(), 3_000_000);
        assert_eq!(
            "abc".parse::<Usd>().unwrap_err().to_string(),
            "abc is not a plain decimal number such as 12 or 0.5"
        );
    }

    #[test]
    fn cents_round_half_up() {
        assert_eq!(Usd::from_micros(4_999).round_to_cents(), Usd::ZERO);
        assert_eq!(Usd::from_micros(5_000).round_to_cents().micros(), 10_000);
        assert_eq!(
            Usd::from_micros(u128::MAX).round_to_cents().micros() % 10_000,
            0
        );
    }

    #[test]
    fn yen_conversion_is_exact_and_rounds_half_up() {
        let rate: YenRate = "150".parse().unwrap();
        assert_eq!(
            Usd::from_micros(2_300_000)
                .to_yen(rate)
                .unwrap()
                .to_string(),
            "¥345"
        );
        assert_eq!(
            Usd::from_micros(1_402_880_000)
                .to_yen(rate)
                .unwrap()
                .to_string(),
            "¥210,432"
        );
        let odd: YenRate = "0.000001".parse().unwrap();
        // 0.5 millionth of a yen rounds up to one.
        assert_eq!(Usd::from_micros(500_000).to_yen(odd).unwrap().micros(), 1);
        assert_eq!(Usd::from_micros(499_999).to_yen(odd).unwrap().micros(), 0);
        assert_eq!(
            Usd::from_micros(u128::MAX).to_yen(rate),
            Err(MoneyError::Overflow)
        );
        assert_eq!("0.0".parse::<YenRate>(), Err(MoneyError::ZeroRate));
    }
}
