//! Availability from the mean time between failures and the mean time to repair,
//! and each of the three figures from the other two.

use thiserror::Error;

use super::{Availability, Span};

/// Why MTBF/MTTR arithmetic has no answer.
///
/// ```
/// use netdojo::calc::availability::{Availability, MtbfError, Span};
/// let zero = Span::ZERO;
/// assert_eq!(Availability::from_mtbf_mttr(zero, zero), Err(MtbfError::BothZero));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MtbfError {
    /// MTBF and MTTR are both zero, so nothing ever happens.
    #[error("MTBF and MTTR are both 0: at least one must be longer than 0s")]
    BothZero,
    /// A target of 0% has no MTTR budget: any repair time at all fits.
    #[error("a target of 0% puts no limit on the repair time")]
    ZeroTarget,
    /// A target of 100% would need failures never to happen.
    #[error("a target of 100% needs an infinite MTBF (or an MTTR of 0)")]
    PerfectTarget,
    /// The answer is too large to be a length of time.
    #[error("the answer is longer than 10^15 seconds (about 31.7 million years)")]
    Overflow,
}

impl Availability {
    /// `A = MTBF / (MTBF + MTTR)`.
    ///
    /// ```
    /// use netdojo::calc::availability::{Availability, Span};
    /// let a = Availability::from_mtbf_mttr("1000h".parse().unwrap(), "2h".parse().unwrap()).unwrap();
    /// assert_eq!(a.to_string(), "99.80%");
    /// ```
    pub fn from_mtbf_mttr(mtbf: Span, mttr: Span) -> Result<Availability, MtbfError> {
        let total = mtbf.seconds() + mttr.seconds();
        if total <= 0.0 {
            return Err(MtbfError::BothZero);
        }
        Availability::from_unavailability(mttr.seconds() / total).map_err(|_| MtbfError::Overflow)
    }

    /// The longest MTTR that still meets this availability for a given MTBF:
    /// `MTTR = MTBF · (1 − A) / A`.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// let target: Availability = "99.95".parse().unwrap();
    /// let budget = target.mttr_budget("2000h".parse().unwrap()).unwrap();
    /// assert_eq!(format!("{:.4}", budget.hours()), "1.0005");
    /// ```
    pub fn mttr_budget(self, mtbf: Span) -> Result<Span, MtbfError> {
        if self.fraction() <= 0.0 {
            return Err(MtbfError::ZeroTarget);
        }
        Span::from_seconds(mtbf.seconds() * self.unavailability() / self.fraction())
            .map_err(|_| MtbfError::Overflow)
    }

    /// The shortest MTBF that meets this availability for a given MTTR:
    /// `MTBF = A · MTTR / (1 − A)`.
    ///
    /// ```
    /// use netdojo::calc::availability::Availability;
    /// let target: Availability = "99.9".parse().unwrap();
    /// let mtbf = target.mtbf_needed("30m".parse().unwrap()).unwrap();
    /// assert_eq!(format!("{:.1}", mtbf.hours()), "499.5");
    /// ```
    pub fn mtbf_needed(self, mttr: Span) -> Result<Span, MtbfError> {
        if self.unavailability() <= 0.0 {
            return Err(MtbfError::PerfectTarget);
        }
        Span::from_seconds(self.fraction() * mttr.seconds() / self.unavailability())
            .map_err(|_| MtbfError::Overflow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str) -> Span {
        text.parse().unwrap()
    }

    #[test]
    fn worked_examples() {
        // CURRICULUM Part 4.2, examples 1 to 3.
        let a = Availability::from_mtbf_mttr(span("1000h"), span("2h")).unwrap();
        assert_eq!(format!("{:.6}", a.fraction()), "0.998004");
        let b = Availability::from_mtbf_mttr(span("720h"), span("4h")).unwrap();
        assert_eq!(format!("{:.2}", b), "99.45%");
        let target: Availability = "99.95".parse().unwrap();
        let budget = target.mttr_budget(span("2000h")).unwrap();
        assert_eq!(format!("{:.4}", budget.hours()), "1.0005");
        assert_eq!(budget.to_string(), "1h 0m 1.8s");
        let target: Availability = "99.9".parse().unwrap();
        let mtbf = target.mtbf_needed(span("30m")).unwrap();
        assert_eq!(format!("{:.4}", mtbf.hours()), "499.5000");
        assert_eq!(mtbf.to_string(), "20d 19h 30m 0s");
    }

    #[test]
    fn edge_targets() {
        assert_eq!(
            Availability::PERFECT.mtbf_needed(span("1h")),
            Err(MtbfError::PerfectTarget)
        );
        assert_eq!(
            Availability::PERFECT.mttr_budget(span("1h")),
            Ok(Span::ZERO)
        );
        assert_eq!(
            Availability::NEVER.mttr_budget(span("1h")),
            Err(MtbfError::ZeroTarget)
        );
        assert_eq!(
            Availability::from_mtbf_mttr(Span::ZERO, span("1h")),
            Ok(Availability::NEVER)
        );
        assert_eq!(
            MtbfError::PerfectTarget.to_string(),
            "a target of 100% needs an infinite MTBF (or an MTTR of 0)"
        );
    }
}
