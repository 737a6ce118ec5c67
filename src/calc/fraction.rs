//! Exact fractions in lowest terms, for shares of traffic and ratios of sizes.

use std::cmp::Ordering;
use std::fmt;

use super::decimal::format_ratio;

/// The greatest common divisor; `gcd(0, 0)` is 0.
///
/// ```
/// use netdojo::calc::fraction::gcd;
/// assert_eq!(gcd(70, 20), 10);
/// assert_eq!(gcd(0, 5), 5);
/// ```
pub fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// A non-negative fraction in lowest terms with a non-zero denominator.
///
/// `Display` gives `7/10`, or just `8` for a whole number.
///
/// ```
/// use netdojo::calc::fraction::Fraction;
/// let f = Fraction::new(70, 100).unwrap();
/// assert_eq!((f.numerator(), f.denominator()), (7, 10));
/// assert_eq!(f.to_string(), "7/10");
/// assert_eq!(Fraction::new(128, 16).unwrap().to_string(), "8");
/// assert!(Fraction::new(1, 0).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fraction {
    numerator: u128,
    denominator: u128,
}

impl Fraction {
    /// `numerator / denominator` in lowest terms; `None` when the denominator is 0.
    ///
    /// ```
    /// use netdojo::calc::fraction::Fraction;
    /// assert_eq!(Fraction::new(0, 7).unwrap().to_string(), "0");
    /// ```
    pub fn new(numerator: u128, denominator: u128) -> Option<Fraction> {
        if denominator == 0 {
            return None;
        }
        let divisor = gcd(numerator, denominator);
        Some(Fraction {
            numerator: numerator / divisor,
            denominator: denominator / divisor,
        })
    }

    /// The whole number `n` as a fraction.
    ///
    /// ```
    /// use netdojo::calc::fraction::Fraction;
    /// assert_eq!(Fraction::whole(3).to_string(), "3");
    /// ```
    pub const fn whole(n: u128) -> Fraction {
        Fraction {
            numerator: n,
            denominator: 1,
        }
    }

    /// The numerator in lowest terms.
    ///
    /// ```
    /// use netdojo::calc::fraction::Fraction;
    /// assert_eq!(Fraction::new(2, 4).unwrap().numerator(), 1);
    /// ```
    pub const fn numerator(self) -> u128 {
        self.numerator
    }

    /// The denominator in lowest terms.
    ///
    /// ```
    /// use netdojo::calc::fraction::Fraction;
    /// assert_eq!(Fraction::new(2, 4).unwrap().denominator(), 2);
    /// ```
    pub const fn denominator(self) -> u128 {
        self.denominator
    }

    /// Whether the fraction is a whole number.
    ///
    /// ```
    /// use netdojo::calc::fraction::Fraction;
    /// assert!(Fraction::new(16, 2).unwrap().is_whole());
    /// assert!(!Fraction::new(1, 16).unwrap().is_whole());
    /// ```
    pub const fn is_whole(self) -> bool {
        self.denominator == 1
    }

    /// The value as a percentage with at most `places` decimal places, rounded half up,
    /// and whether that is exact: `("33.33", false)` for 1/3.
    ///
    /// ```
    /// use netdojo::calc::fraction::Fraction;
    /// assert_eq!(Fraction::new(7, 10).unwrap().percent(2), ("70".to_string(), true));
    /// assert_eq!(Fraction::new(1, 3).unwrap().percent(2), ("33.33".to_string(), false));
    /// ```
    pub fn percent(self, places: u32) -> (String, bool) {
        // The decimal with two more places, and the point moved two places right: no
        // multiplication, so no overflow for any terms.
        let (text, exact) = format_ratio(
            self.numerator,
            self.denominator,
            0,
            places.saturating_add(2),
        );
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let fraction = format!("{fraction:0<2}");
        let (shifted, rest) = fraction.split_at(2);
        let whole = format!("{whole}{shifted}");
        let whole = whole.trim_start_matches('0');
        let whole = if whole.is_empty() { "0" } else { whole };
        let rest = rest.trim_end_matches('0');
        let text = if rest.is_empty() {
            whole.to_owned()
        } else {
            format!("{whole}.{rest}")
        };
        (text, exact)
    }

    /// The value as a decimal with at most `places` places, rounded half up, and whether
    /// that is exact.
    ///
    /// ```
    /// use netdojo::calc::fraction::Fraction;
    /// assert_eq!(Fraction::new(1, 16).unwrap().decimal(4), ("0.0625".to_string(), true));
    /// ```
    pub fn decimal(self, places: u32) -> (String, bool) {
        format_ratio(self.numerator, self.denominator, 0, places)
    }
}

impl PartialOrd for Fraction {
    fn partial_cmp(&self, other: &Fraction) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Fraction {
    fn cmp(&self, other: &Fraction) -> Ordering {
        let left = self.numerator.checked_mul(other.denominator);
        let right = other.numerator.checked_mul(self.denominator);
        match (left, right) {
            (Some(left), Some(right)) => left.cmp(&right),
            // Overflow only with huge terms: compare the whole parts, then the rest.
            _ => {
                let whole =
                    (self.numerator / self.denominator).cmp(&(other.numerator / other.denominator));
                whole.then_with(|| {
                    let a = Fraction {
                        numerator: self.numerator % self.denominator,
                        denominator: self.denominator,
                    };
                    let b = Fraction {
                        numerator: other.numerator % other.denominator,
                        denominator: other.denominator,
                    };
                    // Both are below 1: compare the reciprocals the other way round.
                    match (a.numerator, b.numerator) {
                        (0, 0) => Ordering::Equal,
                        (0, _) => Ordering::Less,
                        (_, 0) => Ordering::Greater,
                        _ => Fraction {
                            numerator: b.denominator,
                            denominator: b.numerator,
                        }
                        .cmp(&Fraction {
                            numerator: a.denominator,
                            denominator: a.numerator,
                        }),
                    }
                })
            }
        }
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.denominator == 1 {
            write!(f, "{}", self.numerator)
        } else {
            write!(f, "{}/{}", self.numerator, self.denominator)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowest_terms_and_order() {
        let third = Fraction::new(1, 3).unwrap();
        let two_sixths = Fraction::new(2, 6).unwrap();
        assert_eq!(third, two_sixths);
        assert!(Fraction::new(1, 2).unwrap() > third);
        assert!(Fraction::whole(0) < third);
        let huge = Fraction::new(u128::MAX, u128::MAX - 1).unwrap();
        let huge_less = Fraction::new(u128::MAX - 2, u128::MAX - 1).unwrap();
        assert!(huge > huge_less);
        assert!(huge > Fraction::whole(1));
        assert_eq!(huge.cmp(&huge), Ordering::Equal);
    }

    #[test]
    fn percentages() {
        assert_eq!(
            Fraction::new(2, 3).unwrap().percent(1),
            ("66.7".into(), false)
        );
        assert_eq!(Fraction::whole(1).percent(2), ("100".into(), true));
        assert_eq!(
            Fraction::new(1, 256).unwrap().percent(4),
            ("0.3906".into(), false)
        );
        assert_eq!(
            Fraction::new(1, 8).unwrap().percent(0),
            ("13".into(), false)
        );
        assert_eq!(
            Fraction::new(1, 1000).unwrap().percent(1),
            ("0.1".into(), true)
        );
        assert_eq!(Fraction::whole(0).percent(3), ("0".into(), true));
        assert_eq!(
            Fraction::whole(u128::MAX).percent(0).0,
            format!("{}00", u128::MAX)
        );
    }
}
