//! The availability value itself and the two ways of combining parts.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::Decimal;

/// The probability that something is up, from 0 to 1.
///
/// It keeps the *unavailability* `1 − A`, because the interesting figures sit close
/// to 1: 99.999% is stored as 0.00001 with full precision instead of as a number
/// that has already lost its last digits.
///
/// ```
/// use netdojo::calc::availability::Availability;
/// let a: Availability = "99.9".parse().unwrap();
/// assert_eq!(a.to_string(), "99.90%");
/// assert!((a.fraction() - 0.999).abs() < 1e-15);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Availability {
    unavailability: f64,
}

/// Why a value is not an availability.
///
/// ```
/// use netdojo::calc::availability::{Availability, AvailabilityError};
/// assert_eq!(
///     "101".parse::<Availability>(),
///     Err(AvailabilityError::OverHundred("101".into()))
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AvailabilityError {
    /// Not a number with an optional `%`.
    #[error(
        "\"{0}\" is not a percentage (expected a number such as 99.95, optionally followed by %)"
    )]
    NotAPercentage(String),
    /// More than 100%.
    #[error("\"{0}\" is over 100% (an availability is a percentage from 0 to 100)")]
    OverHundred(String),
    /// A bare number from 0 to 1, which is more likely a fraction than a percentage.
    #[error(
        "\"{0}\" looks like a fraction: write availability as a percentage (0.999 is 99.9), or add % if you mean {0}%"
    )]
    LooksLikeFraction(String),
    /// A number outside 0..=1 (or not finite) given as a fraction.
    #[error("{0} is not a fraction from 0 to 1")]
    NotAFraction(String),
}

impl Availability {
    /// Always up.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// assert_eq!(Availability::PERFECT.fraction(), 1.0);
    /// ```
    pub const PERFECT: Availability = Availability {
        unavailability: 0.0,
    };

    /// Never up.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// assert_eq!(Availability::NEVER.fraction(), 0.0);
    /// ```
    pub const NEVER: Availability = Availability {
        unavailability: 1.0,
    };

    /// From a fraction from 0 to 1, such as `0.999`.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// assert!(Availability::from_fraction(0.99).is_ok());
    /// assert!(Availability::from_fraction(1.5).is_err());
    /// ```
    pub fn from_fraction(fraction: f64) -> Result<Availability, AvailabilityError> {
        if (0.0..=1.0).contains(&fraction) {
            Ok(Availability {
                unavailability: 1.0 - fraction,
            })
        } else {
            Err(AvailabilityError::NotAFraction(fraction.to_string()))
        }
    }

    /// From the unavailability `1 − A`, a fraction from 0 to 1; the precise way in.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// let a = Availability::from_unavailability(1e-5).unwrap();
    /// assert_eq!(a.unavailability(), 1e-5);
    /// ```
    pub fn from_unavailability(unavailability: f64) -> Result<Availability, AvailabilityError> {
        if (0.0..=1.0).contains(&unavailability) {
            Ok(Availability { unavailability })
        } else {
            Err(AvailabilityError::NotAFraction(unavailability.to_string()))
        }
    }

    /// From an exact percentage from 0 to 100.
    ///
    /// ```
    /// use netdojo::calc::availability::{Availability, Decimal};
    /// let p: Decimal = "99.99".parse().unwrap();
    /// assert_eq!(Availability::from_percent(p).unwrap().unavailability(), 0.0001);
    /// ```
    pub fn from_percent(percent: Decimal) -> Result<Availability, AvailabilityError> {
        percent
            .hundred_complement_fraction()
            .map(|unavailability| Availability { unavailability })
            .ok_or_else(|| AvailabilityError::OverHundred(percent.to_string()))
    }

    /// From a number of nines: `3.0` is 99.9%. Negative counts are clamped to 0 nines.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// assert_eq!(Availability::from_nines(4.0).unavailability(), 1e-4);
    /// ```
    pub fn from_nines(nines: f64) -> Availability {
        Availability {
            unavailability: 10f64.powf(-nines.max(0.0)).min(1.0),
        }
    }

    /// The availability as a fraction from 0 to 1.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// assert_eq!(Availability::from_unavailability(0.25).unwrap().fraction(), 0.75);
    /// ```
    pub fn fraction(self) -> f64 {
        1.0 - self.unavailability
    }

    /// The unavailability `1 − A`, exact to full precision near 100%.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// assert_eq!("99.5".parse::<Availability>().unwrap().unavailability(), 0.005);
    /// ```
    pub fn unavailability(self) -> f64 {
        self.unavailability
    }

    /// The availability as a percentage from 0 to 100.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// assert_eq!("50".parse::<Availability>().unwrap().percent(), 50.0);
    /// ```
    pub fn percent(self) -> f64 {
        100.0 - 100.0 * self.unavailability
    }

    /// The number of nines, `−log10(1 − A)`: 99.95% has 3.3. Infinite for 100%.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// let a: Availability = "99.95".parse().unwrap();
    /// assert_eq!(format!("{:.1}", a.nines()), "3.3");
    /// ```
    pub fn nines(self) -> f64 {
        -self.unavailability.log10()
    }

    /// Parts in series, all needed: `A = ∏ aᵢ`. An empty series is always up.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// let a: Availability = "99".parse().unwrap();
    /// assert!((Availability::series([a, a]).fraction() - 0.9801).abs() < 1e-12);
    /// ```
    pub fn series(parts: impl IntoIterator<Item = Availability>) -> Availability {
        // Work with log(A) so that 1 − ∏ aᵢ keeps its digits when every aᵢ is near 1.
        let log_up: f64 = parts.into_iter().map(|p| (-p.unavailability).ln_1p()).sum();
        Availability {
            unavailability: (-log_up.exp_m1()).clamp(0.0, 1.0),
        }
    }

    /// Parts in parallel, any one enough: `A = 1 − ∏ (1 − aᵢ)`. An empty parallel
    /// group is never up.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// let a: Availability = "99".parse().unwrap();
    /// assert!((Availability::parallel([a, a]).unavailability() - 0.0001).abs() < 1e-15);
    /// ```
    pub fn parallel(parts: impl IntoIterator<Item = Availability>) -> Availability {
        Availability {
            unavailability: parts.into_iter().map(|p| p.unavailability).product(),
        }
    }
}

impl PartialOrd for Availability {
    /// Higher availability is greater (the stored unavailability compares the other way).
    fn partial_cmp(&self, other: &Availability) -> Option<std::cmp::Ordering> {
        other.unavailability.partial_cmp(&self.unavailability)
    }
}

impl FromStr for Availability {
    type Err = AvailabilityError;

    /// Reads a percentage such as `99.95` or `99.95%`. A bare number from 0 to 1
    /// (`0.999`) is refused as probably a fraction; `0.999%` is accepted.
    fn from_str(text: &str) -> Result<Availability, AvailabilityError> {
        let (number, explicit_percent) = match text.strip_suffix('%') {
            Some(number) => (number, true),
            None => (text, false),
        };
        let percent: Decimal = number
            .parse()
            .map_err(|_| AvailabilityError::NotAPercentage(text.to_string()))?;
        if !explicit_percent && !percent.is_zero() && percent.cmp_integer(1).is_le() {
            return Err(AvailabilityError::LooksLikeFraction(text.to_string()));
        }
        Availability::from_percent(percent)
            .map_err(|_| AvailabilityError::OverHundred(text.to_string()))
    }
}

impl fmt::Display for Availability {
    /// A percentage. With a precision (`{:.4}`) it has that many decimals; without,
    /// enough decimals to show three significant digits of the unavailability, at
    /// least two, without trailing zeros beyond those two.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(decimals) = f.precision() {
            return write!(f, "{:.*}%", decimals, self.percent());
        }
        let down_percent = 100.0 * self.unavailability;
        if down_percent == 0.0 {
            return f.write_str("100%");
        }
        let magnitude = down_percent.log10().floor();
        let decimals = (2.0 - magnitude).clamp(2.0, 12.0) as usize;
        let text = format!("{:.*}", decimals, self.percent());
        if text.starts_with("100") {
            // Rounding reached 100 although it is not perfect: say so instead.
            return f.write_str("> 99.999999999999%");
        }
        let trimmed = text.trim_end_matches('0');
        let kept = trimmed.len().max(text.len() - (decimals - 2));
        write!(f, "{}%", &text[..kept])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pct(text: &str) -> Availability {
        text.parse().unwrap()
    }

    #[test]
    fn displays_three_significant_digits_of_the_downtime() {
        assert_eq!(pct("99").to_string(), "99.00%");
        assert_eq!(pct("99.5").to_string(), "99.50%");
        assert_eq!(pct("99.99").to_string(), "99.99%");
        assert_eq!(pct("99.9375").to_string(), "99.9375%");
        assert_eq!(pct("99.999876").to_string(), "99.999876%");
        assert_eq!(pct("93.2065").to_string(), "93.21%");
        assert_eq!(pct("100").to_string(), "100%");
        assert_eq!(pct("0").to_string(), "0.00%");
        assert_eq!(pct("12.5%").to_string(), "12.50%");
        assert_eq!(
            Availability::from_unavailability(1e-16)
                .unwrap()
                .to_string(),
            "> 99.999999999999%"
        );
        assert_eq!(format!("{:.4}", pct("99.95")), "99.9500%");
    }

    #[test]
    fn reads_percentages_and_refuses_fractions() {
        assert_eq!(pct("99.95%"), pct("99.95"));
        assert_eq!(pct("0.5%").unavailability(), 0.995);
        assert_eq!(
            "0.999".parse::<Availability>().unwrap_err().to_string(),
            "\"0.999\" looks like a fraction: write availability as a percentage (0.999 is 99.9), or add % if you mean 0.999%"
        );
        assert_eq!(
            "1".parse::<Availability>(),
            Err(AvailabilityError::LooksLikeFraction("1".into()))
        );
        assert_eq!(
            "100.01%".parse::<Availability>().unwrap_err().to_string(),
            "\"100.01%\" is over 100% (an availability is a percentage from 0 to 100)"
        );
        assert_eq!(
            "ninety".parse::<Availability>().unwrap_err().to_string(),
            "\"ninety\" is not a percentage (expected a number such as 99.95, optionally followed by %)"
        );
        assert!("%".parse::<Availability>().is_err());
        assert!("99%%".parse::<Availability>().is_err());
    }

    #[test]
    fn nines_of_the_curriculum() {
        assert_eq!(format!("{:.2}", pct("99.95").nines()), "3.30");
        assert_eq!(pct("99.999").nines(), 5.0);
        assert_eq!(Availability::PERFECT.nines(), f64::INFINITY);
        assert_eq!(Availability::from_nines(-1.0), Availability::NEVER);
        assert!(pct("99.9") > pct("99"));
    }

    #[test]
    fn series_and_parallel_worked_examples() {
        // CURRICULUM Part 4.2, examples 4 and 5.
        let s = Availability::series([pct("99.9"), pct("99.9"), pct("99.95")]);
        assert_eq!(format!("{:.6}", s.fraction()), "0.997502");
        assert_eq!(format!("{:.4}", s), "99.7502%");
        let two = Availability::parallel([pct("99"), pct("99")]);
        assert_eq!(format!("{:.4}", two.fraction()), "0.9999");
        let three = Availability::parallel([pct("99"); 3]);
        assert_eq!(format!("{:.6}", three.fraction()), "0.999999");
        let p95 = Availability::parallel([pct("95"), pct("95")]);
        assert_eq!(format!("{:.4}", p95.fraction()), "0.9975");
        let mixed = Availability::parallel([pct("99.9"), pct("99")]);
        assert_eq!(format!("{:.5}", mixed.fraction()), "0.99999");
        assert_eq!(Availability::series([]), Availability::PERFECT);
        assert_eq!(Availability::parallel([]), Availability::NEVER);
        assert_eq!(
            Availability::series([pct("50"), Availability::NEVER]),
            Availability::NEVER
        );
    }
}
