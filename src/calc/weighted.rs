//! Route 53 weighted routing: the share of answers each record gets, and the weights
//! that give wanted shares.
//!
//! Each record of a weighted set has a weight from 0 to 255. Route 53 answers with a
//! record with probability weight / (sum of the weights), so weights 70, 20 and 10 give
//! 70%, 20% and 10%. Two rules of the Route 53 Developer Guide decide the edge cases:
//!
//! - **A weight of 0** means the record gets no traffic while some record with a
//!   non-zero weight is healthy: a way to take a target out without deleting it.
//! - **All weights 0** means every record gets an equal share.
//!
//! Health checks change the picture: unhealthy records drop out and the shares of the
//! rest grow. The shares here are for all records healthy.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

use super::decimal::parse_decimal;
use super::fraction::{Fraction, gcd};
use super::parse::normalize_input;

/// The largest weight Route 53 accepts.
///
/// ```
/// assert_eq!(netdojo::calc::weighted::MAX_WEIGHT, 255);
/// ```
pub const MAX_WEIGHT: u8 = 255;

/// Why weights or target shares are not usable.
///
/// ```
/// use netdojo::calc::weighted::parse_weight;
/// assert_eq!(
///     parse_weight("300").unwrap_err().to_string(),
///     "300 is over 255, the largest Route 53 weight"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum WeightError {
    /// No records at all.
    #[error("no records were given")]
    Empty,
    /// A weight that is not a whole number.
    #[error("{text} is not a weight: a weight is a whole number from 0 to 255")]
    NotAWeight {
        /// The text as given.
        text: String,
    },
    /// A weight over 255.
    #[error("{text} is over 255, the largest Route 53 weight")]
    TooHeavy {
        /// The text as given.
        text: String,
    },
    /// A share that is not a percentage from 0 to 100.
    #[error(
        "{text} is not a share: a share is a percentage from 0 to 100 with at most 6 decimal places, such as 5 or 12.5"
    )]
    NotAShare {
        /// The text as given.
        text: String,
    },
    /// Target shares that do not add up to 100%.
    #[error("the shares add up to {sum}%, not 100%")]
    SumNot100 {
        /// Their sum, as a percentage.
        sum: String,
    },
}

/// Reads one weight, a whole number from 0 to 255; full-width digits are read as ASCII.
///
/// ```
/// use netdojo::calc::weighted::parse_weight;
/// assert_eq!(parse_weight(" 70 "), Ok(70));
/// assert!(parse_weight("-1").is_err());
/// ```
pub fn parse_weight(text: &str) -> Result<u8, WeightError> {
    let trimmed = normalize_input(text);
    if trimmed.is_empty() || !trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(WeightError::NotAWeight {
            text: text.to_owned(),
        });
    }
    let value: u128 = trimmed.parse().map_err(|_| WeightError::TooHeavy {
        text: text.to_owned(),
    })?;
    u8::try_from(value).map_err(|_| WeightError::TooHeavy {
        text: text.to_owned(),
    })
}

/// One record's share of the answers.
///
/// ```
/// use netdojo::calc::weighted::shares;
/// let s = shares(&[70, 20, 10]).unwrap();
/// assert_eq!(s.records[1].weight, 20);
/// assert_eq!(s.records[1].share.to_string(), "1/5");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    /// The record's weight.
    pub weight: u8,
    /// Its share of the answers, from 0 to 1.
    pub share: Fraction,
}

/// The shares of a weighted record set.
///
/// ```
/// use netdojo::calc::weighted::shares;
/// let s = shares(&[0, 0]).unwrap();
/// assert!(s.all_zero);
/// assert_eq!(s.records[0].share.to_string(), "1/2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shares {
    /// One share per record, in the order given.
    pub records: Vec<Share>,
    /// The sum of the weights.
    pub total: u64,
    /// Whether every weight is 0, so that Route 53 splits the answers equally.
    pub all_zero: bool,
}

/// The share of answers each record gets: weight / sum of weights, or equal shares when
/// every weight is 0.
///
/// ```
/// use netdojo::calc::weighted::shares;
/// let s = shares(&[70, 20, 10]).unwrap();
/// let percents: Vec<String> = s.records.iter().map(|r| r.share.percent(2).0).collect();
/// assert_eq!(percents, ["70", "20", "10"]);
/// assert_eq!(s.total, 100);
/// ```
pub fn shares(weights: &[u8]) -> Result<Shares, WeightError> {
    if weights.is_empty() {
        return Err(WeightError::Empty);
    }
    let total: u64 = weights.iter().map(|&w| u64::from(w)).sum();
    let all_zero = total == 0;
    let count = weights.len() as u128;
    let records = weights
        .iter()
        .map(|&weight| {
            let share = if all_zero {
                Fraction::new(1, count)
            } else {
                Fraction::new(u128::from(weight), u128::from(total))
            };
            Share {
                weight,
                // The denominator is the record count or a non-zero total.
                share: share.unwrap_or(Fraction::whole(0)),
            }
        })
        .collect();
    Ok(Shares {
        records,
        total,
        all_zero,
    })
}

/// A wanted share of answers, a percentage from 0 to 100 held exactly in millionths of
/// a percent.
///
/// ```
/// use netdojo::calc::weighted::TargetShare;
/// let t: TargetShare = "12.5%".parse().unwrap();
/// assert_eq!(t.micro_percent(), 12_500_000);
/// assert_eq!(t.to_string(), "12.5%");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TargetShare(u64);

/// Millionths of a percent in 100%.
const HUNDRED_PERCENT: u64 = 100_000_000;

impl TargetShare {
    /// A share from millionths of a percent; `None` above 100%.
    ///
    /// ```
    /// use netdojo::calc::weighted::TargetShare;
    /// assert_eq!(TargetShare::from_micro_percent(5_000_000).unwrap().to_string(), "5%");
    /// assert!(TargetShare::from_micro_percent(100_000_001).is_none());
    /// ```
    pub fn from_micro_percent(micro_percent: u64) -> Option<TargetShare> {
        (micro_percent <= HUNDRED_PERCENT).then_some(TargetShare(micro_percent))
    }

    /// The share in millionths of a percent.
    ///
    /// ```
    /// use netdojo::calc::weighted::TargetShare;
    /// assert_eq!("95".parse::<TargetShare>().unwrap().micro_percent(), 95_000_000);
    /// ```
    pub const fn micro_percent(self) -> u64 {
        self.0
    }

    /// The share as a fraction of 1.
    ///
    /// ```
    /// use netdojo::calc::weighted::TargetShare;
    /// assert_eq!("5".parse::<TargetShare>().unwrap().fraction().to_string(), "1/20");
    /// ```
    pub fn fraction(self) -> Fraction {
        Fraction::new(u128::from(self.0), u128::from(HUNDRED_PERCENT)).unwrap_or(Fraction::whole(0))
    }
}

impl fmt::Display for TargetShare {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}%", self.fraction().percent(6).0)
    }
}

impl FromStr for TargetShare {
    type Err = WeightError;

    /// Reads `5`, `12.5` or `12.5%`; full-width digits are read as ASCII.
    fn from_str(text: &str) -> Result<TargetShare, WeightError> {
        let not_a_share = || WeightError::NotAShare {
            text: text.to_owned(),
        };
        let normalized = normalize_input(text);
        let number = normalized
            .strip_suffix('%')
            .unwrap_or(&normalized)
            .trim_end();
        let micro = parse_decimal(number)
            .ok()
            .and_then(|d| d.scaled_to(6))
            .and_then(|m| u64::try_from(m).ok())
            .ok_or_else(not_a_share)?;
        TargetShare::from_micro_percent(micro).ok_or_else(not_a_share)
    }
}

/// Weights chosen for wanted shares.
///
/// ```
/// use netdojo::calc::weighted::{weights_for, TargetShare};
/// let targets: Vec<TargetShare> = ["95", "5"].iter().map(|t| t.parse().unwrap()).collect();
/// let plan = weights_for(&targets).unwrap();
/// assert_eq!(plan.weights, [19, 1]);
/// assert!(plan.exact);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeightPlan {
    /// One weight per target, in the order given.
    pub weights: Vec<u8>,
    /// Whether the weights give exactly the wanted shares.
    pub exact: bool,
    /// The shares the weights really give.
    pub shares: Shares,
    /// The largest difference between a wanted and a real share, as a fraction of 1.
    pub max_error: Fraction,
}

/// The smallest whole weights (each 0 to 255) that give the wanted shares, or the
/// closest weights when no exact ones fit in 255.
///
/// The shares must add up to exactly 100%. Exact weights are the shares divided by
/// their greatest common divisor, so 70/20/10 gives 7, 2, 1 and 95/5 gives 19, 1. When
/// those exceed 255 (99.9/0.1 would need 999 and 1), the largest share is given each
/// weight from 1 to 255 in turn, the others are scaled to it and rounded half up (a
/// record with a non-zero share keeps a weight of at least 1), and the weights with the
/// smallest largest error win, the smaller weights on a tie.
///
/// ```
/// use netdojo::calc::weighted::{weights_for, TargetShare};
/// let targets: Vec<TargetShare> = ["99.9", "0.1"].iter().map(|t| t.parse().unwrap()).collect();
/// let plan = weights_for(&targets).unwrap();
/// assert_eq!(plan.weights, [255, 1]);
/// assert!(!plan.exact);
/// assert_eq!(plan.shares.records[1].share.percent(2).0, "0.39");
/// ```
pub fn weights_for(targets: &[TargetShare]) -> Result<WeightPlan, WeightError> {
    if targets.is_empty() {
        return Err(WeightError::Empty);
    }
    let sum: u128 = targets.iter().map(|t| u128::from(t.0)).sum();
    if sum != u128::from(HUNDRED_PERCENT) {
        let sum_text = Fraction::new(sum, u128::from(HUNDRED_PERCENT))
            .map_or_else(String::new, |f| f.percent(6).0);
        return Err(WeightError::SumNot100 { sum: sum_text });
    }
    let divisor = targets
        .iter()
        .fold(0u128, |acc, t| gcd(acc, u128::from(t.0)));
    // The shares add up to 100%, so some share is non-zero and so is the divisor.
    let exact: Option<Vec<u8>> = targets
        .iter()
        .map(|t| u8::try_from(u128::from(t.0) / divisor.max(1)).ok())
        .collect();
    let weights = match exact {
        Some(weights) => weights,
        None => closest_weights(targets),
    };
    plan_for(targets, weights)
}

/// The best rounded weights for shares whose exact weights do not fit in 255.
fn closest_weights(targets: &[TargetShare]) -> Vec<u8> {
    let largest = targets
        .iter()
        .map(|t| u128::from(t.0))
        .max()
        .unwrap_or(1)
        .max(1);
    let mut best: Option<(Fraction, Vec<u8>)> = None;
    for top in 1..=u128::from(MAX_WEIGHT) {
        let weights: Vec<u8> = targets
            .iter()
            .map(|t| {
                let share = u128::from(t.0);
                if share == 0 {
                    return 0;
                }
                // share * top / largest, rounded half up; at most top.
                let scaled = (2 * share * top + largest) / (2 * largest);
                u8::try_from(scaled.clamp(1, top)).unwrap_or(MAX_WEIGHT)
            })
            .collect();
        let error = max_error(targets, &weights);
        if best
            .as_ref()
            .is_none_or(|(best_error, _)| error < *best_error)
        {
            best = Some((error, weights));
        }
    }
    best.map(|(_, weights)| weights).unwrap_or_default()
}

/// The largest |real share − wanted share| over the records.
fn max_error(targets: &[TargetShare], weights: &[u8]) -> Fraction {
    let total: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    let hundred = u128::from(HUNDRED_PERCENT);
    targets
        .iter()
        .zip(weights)
        .filter_map(|(t, &w)| {
            // w / total − t / 100% over the common denominator total × 100%.
            let real = u128::from(w) * hundred;
            let wanted = u128::from(t.0) * total;
            Fraction::new(real.abs_diff(wanted), total * hundred)
        })
        .max()
        .unwrap_or(Fraction::whole(0))
}

fn plan_for(targets: &[TargetShare], weights: Vec<u8>) -> Result<WeightPlan, WeightError> {
    let max_error = max_error(targets, &weights);
    let shares = shares(&weights)?;
    Ok(WeightPlan {
        exact: max_error == Fraction::whole(0),
        weights,
        shares,
        max_error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(texts: &[&str]) -> Vec<TargetShare> {
        texts.iter().map(|t| t.parse().unwrap()).collect()
    }

    #[test]
    fn shares_of_common_weight_sets() {
        let s = shares(&[1, 1, 2]).unwrap();
        let texts: Vec<String> = s.records.iter().map(|r| r.share.to_string()).collect();
        assert_eq!(texts, ["1/4", "1/4", "1/2"]);
        let s = shares(&[255, 0]).unwrap();
        assert_eq!(s.records[1].share, Fraction::whole(0));
        assert_eq!(s.records[0].share, Fraction::whole(1));
        let s = shares(&[0, 0, 0]).unwrap();
        assert_eq!(s.records[2].share.percent(2), ("33.33".into(), false));
        assert_eq!(shares(&[]), Err(WeightError::Empty));
    }

    #[test]
    fn exact_weights_are_the_smallest() {
        assert_eq!(
            weights_for(&targets(&["70", "20", "10"])).unwrap().weights,
            [7, 2, 1]
        );
        assert_eq!(
            weights_for(&targets(&["50", "50"])).unwrap().weights,
            [1, 1]
        );
        assert_eq!(
            weights_for(&targets(&["100", "0"])).unwrap().weights,
            [1, 0]
        );
        assert_eq!(
            weights_for(&targets(&["12.5", "87.5"])).unwrap().weights,
            [1, 7]
        );
        let plan = weights_for(&targets(&["0.4", "99.6"])).unwrap();
        assert_eq!(plan.weights, [1, 249]);
        assert!(plan.exact);
    }

    #[test]
    fn closest_weights_when_exact_ones_do_not_fit() {
        let plan = weights_for(&targets(&["33.33", "33.33", "33.34"])).unwrap();
        assert_eq!(plan.weights, [1, 1, 1]);
        assert!(!plan.exact);
        assert_eq!(plan.max_error.percent(4).0, "0.0067");
        let plan = weights_for(&targets(&["99.99", "0.01"])).unwrap();
        assert_eq!(plan.weights, [255, 1]);
    }

    #[test]
    fn targets_must_add_up_to_100() {
        assert_eq!(
            weights_for(&targets(&["90", "5"])).unwrap_err().to_string(),
            "the shares add up to 95%, not 100%"
        );
        assert_eq!(weights_for(&[]), Err(WeightError::Empty));
        assert_eq!(
            "101".parse::<TargetShare>().unwrap_err().to_string(),
            "101 is not a share: a share is a percentage from 0 to 100 with at most 6 decimal places, such as 5 or 12.5"
        );
        assert!("1.0000001".parse::<TargetShare>().is_err());
        assert_eq!("５％".parse::<TargetShare>().unwrap().to_string(), "5%");
    }

    #[test]
    fn weights_parse_strictly() {
        assert_eq!(parse_weight("255"), Ok(255));
        assert_eq!(parse_weight("0"), Ok(0));
        assert_eq!(
            parse_weight("2.5").unwrap_err().to_string(),
            "2.5 is not a weight: a weight is a whole number from 0 to 255"
        );
        assert_eq!(
            parse_weight("99999999999999999999999999999999999999999").unwrap_err(),
            WeightError::TooHeavy {
                text: "99999999999999999999999999999999999999999".into()
            }
        );
    }
}
