//! Route 53 weighted routing: the share of answers each record gets.
//!
//! Each record is chosen with probability weight ÷ (sum of weights). A record of
//! weight 0 gets no answers, unless every weight is 0: then all records are
//! returned with equal probability (Route 53 Developer Guide, "Weighted routing").

use thiserror::Error;

/// Why shares cannot be computed.
///
/// ```
/// use netdojo::calc::weighted::{shares, WeightError};
/// assert_eq!(shares(&[]), Err(WeightError::NoRecords));
/// assert_eq!(WeightError::NoRecords.to_string(), "weighted routing needs at least one record");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum WeightError {
    /// No records at all.
    #[error("weighted routing needs at least one record")]
    NoRecords,
    /// A weight over Route 53's maximum of 255.
    #[error("weight {0} is over 255, the largest weight Route 53 accepts")]
    TooHeavy(u32),
}

/// The largest weight Route 53 accepts.
///
/// ```
/// assert_eq!(netdojo::calc::weighted::MAX_WEIGHT, 255);
/// ```
pub const MAX_WEIGHT: u32 = 255;

/// The share of answers (0 to 1) each record gets, in the order given.
///
/// ```
/// use netdojo::calc::weighted::shares;
/// assert_eq!(shares(&[70, 20, 10]).unwrap(), vec![0.7, 0.2, 0.1]);
/// assert_eq!(shares(&[3, 1]).unwrap(), vec![0.75, 0.25]);
/// assert_eq!(shares(&[0, 0]).unwrap(), vec![0.5, 0.5]);
/// assert_eq!(shares(&[5, 0]).unwrap(), vec![1.0, 0.0]);
/// ```
pub fn shares(weights: &[u32]) -> Result<Vec<f64>, WeightError> {
    if weights.is_empty() {
        return Err(WeightError::NoRecords);
    }
    if let Some(&heavy) = weights.iter().find(|&&w| w > MAX_WEIGHT) {
        return Err(WeightError::TooHeavy(heavy));
    }
    let total: u32 = weights.iter().sum();
    if total == 0 {
        let each = 1.0 / f64::from(u32::try_from(weights.len()).unwrap_or(u32::MAX));
        return Ok(vec![each; weights.len()]);
    }
    Ok(weights
        .iter()
        .map(|&w| f64::from(w) / f64::from(total))
        .collect())
}
