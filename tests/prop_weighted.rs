#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Route 53 weighted shares and weights for targets, against plain integer references.

use netdojo::calc::weighted::{TargetShare, shares, weights_for};
use proptest::prelude::*;

fn gcd(a: u128, b: u128) -> u128 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Millionths of a percent in 100%.
const HUNDRED: u128 = 100_000_000;

/// Divisors of 100,000,000 up to 1,000.
const DIVISORS: [u128; 26] = [
    1, 2, 4, 5, 8, 10, 16, 20, 25, 32, 40, 50, 64, 80, 100, 125, 128, 160, 200, 250, 256, 320, 400,
    500, 625, 1000,
];

proptest! {
    #[test]
    fn shares_add_up_to_one(weights in prop::collection::vec(any::<u8>(), 1..12)) {
        let s = shares(&weights).unwrap();
        // Sum the fractions over a common denominator.
        let mut num: u128 = 0;
        let mut den: u128 = 1;
        for record in &s.records {
            let (n, d) = (record.share.numerator(), record.share.denominator());
            num = num * d + n * den;
            den *= d;
            let g = gcd(num, den);
            num /= g;
            den /= g;
        }
        prop_assert_eq!((num, den), (1, 1));
    }

    #[test]
    fn each_share_is_weight_over_total(weights in prop::collection::vec(any::<u8>(), 1..12)) {
        let s = shares(&weights).unwrap();
        let total: u128 = weights.iter().map(|&w| u128::from(w)).sum();
        for (record, &w) in s.records.iter().zip(&weights) {
            let (n, d) = (record.share.numerator(), record.share.denominator());
            if total == 0 {
                prop_assert_eq!(n * weights.len() as u128, d);
            } else {
                prop_assert_eq!(n * total, u128::from(w) * d);
            }
        }
    }

    #[test]
    fn exact_targets_give_the_smallest_proportional_weights(
        total_index in 0usize..DIVISORS.len(),
        cuts in prop::collection::vec(0u128..=1_000, 0..6),
    ) {
        // Weights whose total divides 100%, so their shares are whole millionths of a
        // percent: split the total at random cut points.
        let total = DIVISORS[total_index];
        let mut points: Vec<u128> = cuts.iter().map(|c| c % (total + 1)).collect();
        points.push(0);
        points.push(total);
        points.sort_unstable();
        let weights: Vec<u128> = points.windows(2).map(|w| w[1] - w[0]).collect();
        prop_assume!(weights.iter().all(|&w| w <= 255));
        let targets: Vec<TargetShare> = weights
            .iter()
            .map(|&w| TargetShare::from_micro_percent((w * HUNDRED / total) as u64).unwrap())
            .collect();
        let plan = weights_for(&targets).unwrap();
        let divisor = weights.iter().fold(0u128, |g, &w| gcd(g, w));
        let expected: Vec<u8> = weights.iter().map(|&w| (w / divisor) as u8).collect();
        prop_assert_eq!(plan.weights, expected);
        prop_assert!(plan.exact);
    }

    #[test]
    fn any_targets_give_valid_weights(cuts in prop::collection::vec(0u64..=100_000_000, 0..6)) {
        // Random cut points split 100% into parts.
        let mut points = cuts.clone();
        points.push(0);
        points.push(100_000_000);
        points.sort_unstable();
        let parts: Vec<u64> = points.windows(2).map(|w| w[1] - w[0]).collect();
        let targets: Vec<TargetShare> = parts
            .iter()
            .map(|&p| TargetShare::from_micro_percent(p).unwrap())
            .collect();
        let plan = weights_for(&targets).unwrap();
        prop_assert_eq!(plan.weights.len(), parts.len());
        let total: u128 = plan.weights.iter().map(|&w| u128::from(w)).sum();
        prop_assert!(total > 0);
        let mut exact = true;
        for (&w, &p) in plan.weights.iter().zip(&parts) {
            prop_assert_eq!(w == 0, p == 0);
            exact &= u128::from(w) * HUNDRED == u128::from(p) * total;
        }
        prop_assert_eq!(plan.exact, exact);
    }
}
