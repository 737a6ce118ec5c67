//! k-of-n: at least k of n identical, independent copies must be up.

use thiserror::Error;

use super::Availability;

/// The largest n that k-of-n accepts (the sum has n + 1 terms), and the most copies
/// nested k-of-n groups may make of one part.
///
/// ```
/// use netdojo::calc::availability::{Availability, MAX_COPIES};
/// assert!(Availability::PERFECT.k_of_n(1, MAX_COPIES).is_ok());
/// assert!(Availability::PERFECT.k_of_n(1, MAX_COPIES + 1).is_err());
/// ```
pub const MAX_COPIES: u32 = 100_000;

/// Why a k-of-n group is not well formed.
///
/// ```
/// use netdojo::calc::availability::{Availability, KofNError};
/// assert_eq!(Availability::PERFECT.k_of_n(4, 3), Err(KofNError::KOutOfRange { k: 4, n: 3 }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum KofNError {
    /// k is 0 or larger than n.
    #[error("{k} of {n}: k must be from 1 to n")]
    KOutOfRange {
        /// Copies needed.
        k: u32,
        /// Copies deployed.
        n: u32,
    },
    /// n is beyond [`MAX_COPIES`].
    #[error("{n} copies is more than {max}", max = MAX_COPIES)]
    TooManyCopies {
        /// Copies deployed.
        n: u32,
    },
}

impl Availability {
    /// The availability of n copies of this part when at least k must be up:
    /// `Σ_{i=k}^{n} C(n,i) · aⁱ · (1 − a)^(n−i)`.
    ///
    /// Each term is computed as a logarithm, so n in the thousands neither
    /// overflows the binomial coefficient nor underflows the powers; the smaller of
    /// the two tails is summed, so the result keeps its precision near 100%.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// let node: Availability = "99".parse().unwrap();
    /// let a = node.k_of_n(2, 3).unwrap();
    /// assert_eq!(format!("{:.6}", a.fraction()), "0.999702");
    /// ```
    pub fn k_of_n(self, k: u32, n: u32) -> Result<Availability, KofNError> {
        if n > MAX_COPIES {
            return Err(KofNError::TooManyCopies { n });
        }
        if k == 0 || k > n {
            return Err(KofNError::KOutOfRange { k, n });
        }
        let down = self.unavailability();
        if down == 0.0 {
            return Ok(Availability::PERFECT);
        }
        if down == 1.0 {
            return Ok(Availability::NEVER);
        }
        let log_up = (-down).ln_1p();
        let log_down = down.ln();
        // log of P(exactly i copies up), for i = 0..=n.
        let mut log_choose = 0.0;
        let log_terms: Vec<f64> = (0..=n)
            .map(|i| {
                if i > 0 {
                    log_choose += f64::from(n - i + 1).ln() - f64::from(i).ln();
                }
                log_choose + f64::from(i) * log_up + f64::from(n - i) * log_down
            })
            .collect();
        let (failing, working) = log_terms.split_at(k as usize);
        let p_down = log_sum_exp(failing).exp();
        let p_up = log_sum_exp(working).exp();
        let unavailability = if p_down <= p_up { p_down } else { 1.0 - p_up };
        Ok(
            Availability::from_unavailability(unavailability.clamp(0.0, 1.0))
                .unwrap_or(Availability::NEVER),
        )
    }
}

/// `ln Σ exp(xᵢ)` without overflow or underflow; `−∞` for no terms.
fn log_sum_exp(logs: &[f64]) -> f64 {
    let max = logs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if max == f64::NEG_INFINITY {
        return max;
    }
    max + logs.iter().map(|x| (x - max).exp()).sum::<f64>().ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(percent: &str) -> Availability {
        percent.parse().unwrap()
    }

    #[test]
    fn worked_examples() {
        // CURRICULUM Part 4.2, example 7, and 4.3.
        let frac = |p: &str, k, n| a(p).k_of_n(k, n).unwrap().fraction();
        assert_eq!(format!("{:.6}", frac("99", 2, 3)), "0.999702");
        assert_eq!(format!("{:.3}", frac("90", 2, 3)), "0.972");
        assert_eq!(format!("{:.6}", frac("99.5", 3, 4)), "0.999851");
        assert_eq!(format!("{:.8}", frac("99.5", 3, 5)), "0.99999876");
        assert_eq!(format!("{:.2}", a("99").k_of_n(7, 7).unwrap()), "93.21%");
        assert_eq!(format!("{:.3}", a("99").k_of_n(7, 8).unwrap()), "99.731%");
        assert_eq!(format!("{:.3}", a("99").k_of_n(7, 9).unwrap()), "99.992%");
    }

    #[test]
    fn large_n_stays_finite_and_ordered() {
        let node = a("99");
        let all = node.k_of_n(1000, 1000).unwrap();
        // 0.99^1000 = e^(1000 ln 0.99) ≈ 4.3171e-5.
        assert_eq!(format!("{:.4e}", all.fraction()), "4.3171e-5");
        let most = node.k_of_n(980, 1000).unwrap();
        let one = node.k_of_n(1, 1000).unwrap();
        assert!(all < most && most < one);
        // 1-of-1000 at 99% is down with probability 1e-2000: 0 in f64.
        assert_eq!(one.unavailability(), 0.0);
        assert!(a("50").k_of_n(500, 1000).unwrap().fraction() > 0.5);
    }

    #[test]
    fn edges() {
        assert_eq!(Availability::NEVER.k_of_n(1, 3), Ok(Availability::NEVER));
        assert_eq!(
            Availability::PERFECT.k_of_n(3, 3),
            Ok(Availability::PERFECT)
        );
        assert_eq!(
            a("99").k_of_n(0, 3).unwrap_err().to_string(),
            "0 of 3: k must be from 1 to n"
        );
        assert_eq!(
            a("99").k_of_n(1, 100_001).unwrap_err().to_string(),
            "100001 copies is more than 100000"
        );
    }
}
