//! Round-robin load balancing with health checks: how many requests each target
//! receives when the balancer takes unhealthy targets out of the rotation.
//!
//! The balancer walks the targets in their listed order, skipping every target its
//! health checks marked unhealthy, and wraps around at the end. With `n` requests
//! and `h` healthy targets each healthy target gets `⌊n / h⌋`, and the first
//! `n mod h` healthy targets of the rotation get one more. Unhealthy targets get none.

use thiserror::Error;

/// Why requests cannot be spread.
///
/// ```
/// use netdojo::calc::balance::{BalanceError, round_robin};
/// assert_eq!(round_robin(10, &[false, false]), Err(BalanceError::NoHealthyTarget));
/// assert_eq!(
///     BalanceError::NoHealthyTarget.to_string(),
///     "no target is healthy, so the load balancer has nowhere to send requests"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum BalanceError {
    /// Every target failed its health checks (or there are none).
    #[error("no target is healthy, so the load balancer has nowhere to send requests")]
    NoHealthyTarget,
}

/// Requests per target, in the listed order, for `requests` sent round robin over the
/// targets whose entry in `healthy` is `true`, starting with the first healthy one.
///
/// ```
/// use netdojo::calc::balance::round_robin;
/// // 10 requests, 4 targets, the third unhealthy: 4, 3, 0, 3.
/// assert_eq!(round_robin(10, &[true, true, false, true]).unwrap(), [4, 3, 0, 3]);
/// ```
pub fn round_robin(requests: u64, healthy: &[bool]) -> Result<Vec<u64>, BalanceError> {
    let in_rotation = healthy.iter().filter(|&&up| up).count() as u64;
    if in_rotation == 0 {
        return Err(BalanceError::NoHealthyTarget);
    }
    let each = requests / in_rotation;
    let extra = requests % in_rotation;
    let mut position = 0u64;
    Ok(healthy
        .iter()
        .map(|&up| {
            if !up {
                return 0;
            }
            let count = each + u64::from(position < extra);
            position += 1;
            count
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn simulate(requests: u64, healthy: &[bool]) -> Vec<u64> {
        let mut counts = vec![0; healthy.len()];
        let mut next = 0;
        for _ in 0..requests {
            while !healthy[next % healthy.len()] {
                next += 1;
            }
            counts[next % healthy.len()] += 1;
            next += 1;
        }
        counts
    }

    #[test]
    fn matches_a_request_by_request_simulation() {
        let patterns: [&[bool]; 5] = [
            &[true],
            &[true, false],
            &[false, true, true],
            &[true, false, true, false, true],
            &[false, false, true, true, true, true],
        ];
        for healthy in patterns {
            for requests in 0..40 {
                assert_eq!(
                    round_robin(requests, healthy).unwrap(),
                    simulate(requests, healthy),
                    "{requests} {healthy:?}"
                );
            }
        }
    }

    #[test]
    fn every_request_is_sent_once() {
        let counts = round_robin(u64::MAX, &[true, false, true]).unwrap();
        assert_eq!(counts, [u64::MAX / 2 + 1, 0, u64::MAX / 2]);
    }

    #[test]
    fn no_targets_is_an_error() {
        assert_eq!(round_robin(1, &[]), Err(BalanceError::NoHealthyTarget));
    }
}
