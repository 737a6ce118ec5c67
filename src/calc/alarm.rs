//! Threshold alarm evaluation in the style of a CloudWatch alarm: a comparison with a
//! threshold, judged over the last N datapoints, going to ALARM when at least M of
//! them breach ("M out of N").
//!
//! The model is deliberately small and every question built on it states it:
//!
//! - each datapoint is one period's statistic, and no datapoint is missing;
//! - until N datapoints exist the state is INSUFFICIENT_DATA;
//! - from then on, after each datapoint, the state is ALARM when at least M of the
//!   last N datapoints breach the threshold, and OK otherwise.

use std::fmt;
use std::str::FromStr;

use thiserror::Error;

/// How a datapoint is compared with the threshold; a datapoint that satisfies the
/// comparison breaches.
///
/// ```
/// use netdojo::calc::alarm::Comparison;
/// let c: Comparison = ">=".parse().unwrap();
/// assert!(c.breaches(60.0, 60.0));
/// assert!(!Comparison::Greater.breaches(60.0, 60.0));
/// assert_eq!(c.to_string(), ">=");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    /// Breaches when the value is above the threshold.
    Greater,
    /// Breaches when the value is at or above the threshold.
    GreaterOrEqual,
    /// Breaches when the value is below the threshold.
    Less,
    /// Breaches when the value is at or below the threshold.
    LessOrEqual,
}

impl Comparison {
    /// Every comparison, in the order `>`, `>=`, `<`, `<=`.
    ///
    /// ```
    /// use netdojo::calc::alarm::Comparison;
    /// assert_eq!(Comparison::ALL.len(), 4);
    /// ```
    pub const ALL: [Comparison; 4] = [
        Comparison::Greater,
        Comparison::GreaterOrEqual,
        Comparison::Less,
        Comparison::LessOrEqual,
    ];

    /// Whether `value` breaches `threshold`.
    ///
    /// ```
    /// use netdojo::calc::alarm::Comparison;
    /// assert!(Comparison::Less.breaches(10.0, 20.0));
    /// assert!(!Comparison::LessOrEqual.breaches(21.0, 20.0));
    /// ```
    pub fn breaches(self, value: f64, threshold: f64) -> bool {
        match self {
            Comparison::Greater => value > threshold,
            Comparison::GreaterOrEqual => value >= threshold,
            Comparison::Less => value < threshold,
            Comparison::LessOrEqual => value <= threshold,
        }
    }

    /// The same comparison with equality switched: `>` ↔ `>=`, `<` ↔ `<=`.
    ///
    /// ```
    /// use netdojo::calc::alarm::Comparison;
    /// assert_eq!(Comparison::Greater.toggle_equal(), Comparison::GreaterOrEqual);
    /// ```
    pub fn toggle_equal(self) -> Comparison {
        match self {
            Comparison::Greater => Comparison::GreaterOrEqual,
            Comparison::GreaterOrEqual => Comparison::Greater,
            Comparison::Less => Comparison::LessOrEqual,
            Comparison::LessOrEqual => Comparison::Less,
        }
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Comparison::Greater => ">",
            Comparison::GreaterOrEqual => ">=",
            Comparison::Less => "<",
            Comparison::LessOrEqual => "<=",
        })
    }
}

impl FromStr for Comparison {
    type Err = AlarmError;

    fn from_str(s: &str) -> Result<Comparison, AlarmError> {
        Comparison::ALL
            .into_iter()
            .find(|c| c.to_string() == s.trim())
            .ok_or_else(|| AlarmError::NotAComparison(s.to_owned()))
    }
}

/// The state of an alarm after a datapoint.
///
/// ```
/// use netdojo::calc::alarm::AlarmState;
/// assert_eq!(AlarmState::InsufficientData.to_string(), "INSUFFICIENT_DATA");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlarmState {
    /// Fewer datapoints than the evaluation window holds.
    InsufficientData,
    /// The window has too few breaching datapoints.
    Ok,
    /// At least M datapoints of the window breach.
    Alarm,
}

impl fmt::Display for AlarmState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AlarmState::InsufficientData => "INSUFFICIENT_DATA",
            AlarmState::Ok => "OK",
            AlarmState::Alarm => "ALARM",
        })
    }
}

/// Why an alarm rule is not usable.
///
/// ```
/// use netdojo::calc::alarm::{AlarmError, AlarmRule, Comparison};
/// let err = AlarmRule::new(Comparison::Greater, 60.0, 4, 3).unwrap_err();
/// assert_eq!(err, AlarmError::MOverN { m: 4, n: 3 });
/// assert_eq!(err.to_string(), "4 out of 3 datapoints is impossible: M must be at most N");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AlarmError {
    /// M or N is zero.
    #[error("M and N must both be at least 1")]
    Zero,
    /// More datapoints to alarm than the window holds.
    #[error("{m} out of {n} datapoints is impossible: M must be at most N")]
    MOverN {
        /// Datapoints that must breach.
        m: u32,
        /// Datapoints in the window.
        n: u32,
    },
    /// A threshold that is not a finite number.
    #[error("the threshold must be a finite number")]
    NotFinite,
    /// Text that is not one of `>`, `>=`, `<`, `<=`.
    #[error("\"{0}\" is not a comparison: use >, >=, < or <=")]
    NotAComparison(String),
}

/// An alarm: comparison, threshold, and M out of N datapoints.
///
/// ```
/// use netdojo::calc::alarm::{AlarmRule, AlarmState, Comparison};
/// let rule = AlarmRule::new(Comparison::Greater, 60.0, 3, 3).unwrap();
/// let states = rule.evaluate(&[70.0, 65.0, 80.0, 40.0]);
/// assert_eq!(states[2], AlarmState::Alarm);
/// assert_eq!(states[3], AlarmState::Ok);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlarmRule {
    comparison: Comparison,
    threshold: f64,
    to_alarm: u32,
    window: u32,
}

/// A change of state, at a 1-based datapoint number.
///
/// ```
/// use netdojo::calc::alarm::{AlarmRule, AlarmState, Comparison, Transition};
/// let rule = AlarmRule::new(Comparison::Greater, 60.0, 1, 1).unwrap();
/// let first = rule.transitions(&[70.0])[0];
/// assert_eq!(first, Transition { at: 1, from: AlarmState::InsufficientData, to: AlarmState::Alarm });
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    /// The datapoint after which the state changed, counting from 1.
    pub at: usize,
    /// The state before.
    pub from: AlarmState,
    /// The state after.
    pub to: AlarmState,
}

impl AlarmRule {
    /// A rule that alarms when `m` of the last `n` datapoints breach.
    ///
    /// ```
    /// use netdojo::calc::alarm::{AlarmRule, Comparison};
    /// assert!(AlarmRule::new(Comparison::Less, 10.0, 2, 3).is_ok());
    /// assert!(AlarmRule::new(Comparison::Less, f64::NAN, 2, 3).is_err());
    /// ```
    pub fn new(comparison: Comparison, threshold: f64, m: u32, n: u32) -> Result<Self, AlarmError> {
        if m == 0 || n == 0 {
            return Err(AlarmError::Zero);
        }
        if m > n {
            return Err(AlarmError::MOverN { m, n });
        }
        if !threshold.is_finite() {
            return Err(AlarmError::NotFinite);
        }
        Ok(AlarmRule {
            comparison,
            threshold,
            to_alarm: m,
            window: n,
        })
    }

    /// Whether one datapoint breaches the threshold.
    ///
    /// ```
    /// use netdojo::calc::alarm::{AlarmRule, Comparison};
    /// let rule = AlarmRule::new(Comparison::GreaterOrEqual, 60.0, 1, 1).unwrap();
    /// assert!(rule.breaches(60.0));
    /// ```
    pub fn breaches(&self, value: f64) -> bool {
        self.comparison.breaches(value, self.threshold)
    }

    /// The state after each datapoint of `series`, in order.
    ///
    /// ```
    /// use netdojo::calc::alarm::{AlarmRule, AlarmState, Comparison};
    /// let rule = AlarmRule::new(Comparison::Greater, 60.0, 2, 3).unwrap();
    /// let states = rule.evaluate(&[90.0, 90.0, 10.0, 10.0]);
    /// assert_eq!(
    ///     states,
    ///     [AlarmState::InsufficientData, AlarmState::InsufficientData, AlarmState::Alarm, AlarmState::Ok]
    /// );
    /// ```
    pub fn evaluate(&self, series: &[f64]) -> Vec<AlarmState> {
        let window = usize::try_from(self.window).unwrap_or(usize::MAX);
        let to_alarm = usize::try_from(self.to_alarm).unwrap_or(usize::MAX);
        (0..series.len())
            .map(|i| {
                let seen = i + 1;
                if seen < window {
                    return AlarmState::InsufficientData;
                }
                let breaching = series[seen - window..seen]
                    .iter()
                    .filter(|&&v| self.breaches(v))
                    .count();
                if breaching >= to_alarm {
                    AlarmState::Alarm
                } else {
                    AlarmState::Ok
                }
            })
            .collect()
    }

    /// Every change of state over `series`, starting from INSUFFICIENT_DATA.
    ///
    /// ```
    /// use netdojo::calc::alarm::{AlarmRule, AlarmState, Comparison};
    /// let rule = AlarmRule::new(Comparison::Greater, 60.0, 3, 3).unwrap();
    /// let changes = rule.transitions(&[50.0, 70.0, 70.0, 70.0, 20.0]);
    /// let at: Vec<(usize, AlarmState)> = changes.iter().map(|t| (t.at, t.to)).collect();
    /// assert_eq!(at, [(3, AlarmState::Ok), (4, AlarmState::Alarm), (5, AlarmState::Ok)]);
    /// ```
    pub fn transitions(&self, series: &[f64]) -> Vec<Transition> {
        let mut before = AlarmState::InsufficientData;
        let mut changes = Vec::new();
        for (i, state) in self.evaluate(series).into_iter().enumerate() {
            if state != before {
                changes.push(Transition {
                    at: i + 1,
                    from: before,
                    to: state,
                });
                before = state;
            }
        }
        changes
    }

    /// The first datapoint (from 1) after which the state becomes `state`, if any.
    ///
    /// ```
    /// use netdojo::calc::alarm::{AlarmRule, AlarmState, Comparison};
    /// let rule = AlarmRule::new(Comparison::Less, 20.0, 2, 2).unwrap();
    /// assert_eq!(rule.first(&[30.0, 10.0, 10.0], AlarmState::Alarm), Some(3));
    /// assert_eq!(rule.first(&[30.0, 10.0], AlarmState::Alarm), None);
    /// ```
    pub fn first(&self, series: &[f64], state: AlarmState) -> Option<usize> {
        self.transitions(series)
            .into_iter()
            .find(|t| t.to == state)
            .map(|t| t.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curriculum_example_three_of_three_over_sixty() {
        let rule = AlarmRule::new(Comparison::Greater, 60.0, 3, 3).unwrap();
        let series = [55.0, 62.0, 61.0, 75.0, 58.0, 64.0];
        assert_eq!(rule.first(&series, AlarmState::Alarm), Some(4));
        assert_eq!(rule.first(&series, AlarmState::Ok), Some(3));
        let after: Vec<String> = rule
            .evaluate(&series)
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            after,
            [
                "INSUFFICIENT_DATA",
                "INSUFFICIENT_DATA",
                "OK",
                "ALARM",
                "OK",
                "OK"
            ]
        );
    }

    #[test]
    fn m_of_n_needs_not_be_consecutive() {
        let rule = AlarmRule::new(Comparison::GreaterOrEqual, 80.0, 2, 3).unwrap();
        let series = [90.0, 10.0, 80.0];
        assert_eq!(rule.first(&series, AlarmState::Alarm), Some(3));
    }

    #[test]
    fn comparison_round_trips_and_rejects_other_text() {
        for c in Comparison::ALL {
            assert_eq!(c.to_string().parse::<Comparison>().unwrap(), c);
            assert_eq!(c.toggle_equal().toggle_equal(), c);
        }
        assert_eq!(
            "=>".parse::<Comparison>().unwrap_err().to_string(),
            "\"=>\" is not a comparison: use >, >=, < or <="
        );
    }

    #[test]
    fn zero_m_or_n_is_refused() {
        assert_eq!(
            AlarmRule::new(Comparison::Less, 1.0, 0, 3),
            Err(AlarmError::Zero)
        );
    }
}
