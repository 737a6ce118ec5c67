//! What is left of a pool spread over zones when one whole zone goes down.

/// The servers left after one zone is lost, out of the servers deployed.
///
/// ```
/// use netdojo::calc::availability::ZoneLoss;
/// let loss = ZoneLoss::of(&[3, 3], 0).unwrap();
/// assert_eq!((loss.left, loss.total), (3, 6));
/// assert_eq!(loss.percent(), 50.0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZoneLoss {
    /// Servers still running in the other zones.
    pub left: u64,
    /// Servers deployed in every zone before the loss.
    pub total: u64,
}

impl ZoneLoss {
    /// The loss of the zone at index `lost` from the servers in each zone; `None` when
    /// that zone does not exist, nothing is deployed, or the count overflows.
    ///
    /// ```
    /// use netdojo::calc::availability::ZoneLoss;
    /// assert_eq!(ZoneLoss::of(&[4, 3, 5], 2).map(|l| l.left), Some(7));
    /// assert_eq!(ZoneLoss::of(&[4, 3], 2), None);
    /// assert_eq!(ZoneLoss::of(&[0, 0], 0), None);
    /// ```
    pub fn of(per_zone: &[u64], lost: usize) -> Option<ZoneLoss> {
        let gone = *per_zone.get(lost)?;
        let total = per_zone
            .iter()
            .try_fold(0u64, |sum, &n| sum.checked_add(n))?;
        if total == 0 {
            return None;
        }
        Some(ZoneLoss {
            left: total - gone,
            total,
        })
    }

    /// The share of capacity left, in percent (servers of equal capacity).
    ///
    /// ```
    /// use netdojo::calc::availability::ZoneLoss;
    /// let loss = ZoneLoss::of(&[2, 2, 2, 2], 1).unwrap();
    /// assert_eq!(loss.percent(), 75.0);
    /// ```
    pub fn percent(self) -> f64 {
        self.left as f64 / self.total as f64 * 100.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn losing_one_of_z_equal_zones_leaves_z_minus_one_over_z() {
        for zones in 2..=6usize {
            let loss = ZoneLoss::of(&vec![3; zones], 0).unwrap();
            assert_eq!(loss.left * zones as u64, loss.total * (zones as u64 - 1));
        }
    }

    #[test]
    fn overflow_and_empty_pools_have_no_answer() {
        assert_eq!(ZoneLoss::of(&[u64::MAX, 1], 0), None);
        assert_eq!(ZoneLoss::of(&[], 0), None);
    }
}
