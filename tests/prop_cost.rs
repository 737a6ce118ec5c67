#![allow(clippy::unwrap_used, clippy::expect_used)]
//! S3 storage cost, multipart limits, sizes and money against references written here
//! with plain integer arithmetic.

use netdojo::calc::cost::{S3_STANDARD_US_EAST_1, public_ipv4_cost};
use netdojo::calc::money::{Usd, YenRate};
use netdojo::calc::multipart::plan_upload;
use netdojo::calc::size::{ByteSize, SizeUnit};
use proptest::prelude::*;

const GIB: u128 = 1 << 30;

/// The us-east-1 S3 Standard tiers as (first GB, last GB or none, micro-dollars per GB).
const TIERS: [(u128, Option<u128>, u128); 3] = [
    (0, Some(51_200), 23_000),
    (51_200, Some(512_000), 22_000),
    (512_000, None, 21_000),
];

/// Micro-dollars for whole GB: the GB in each bracket times its price, summed.
fn reference_whole_gb(gb: u128) -> u128 {
    let mut total = 0;
    for (from, to, price) in TIERS {
        let top = to.map_or(gb, |to| gb.min(to));
        if top > from {
            total += (top - from) * price;
        }
    }
    total
}

/// Micro-dollars for any byte count: each bracket's bytes times its price over 2^30,
/// rounded half up per bracket.
fn reference_bytes(bytes: u128) -> u128 {
    let mut total = 0;
    for (from, to, price) in TIERS {
        let start = from * GIB;
        let top = to.map_or(bytes, |to| bytes.min(to * GIB));
        if top > start {
            let product = (top - start) * price;
            let quotient = product / GIB;
            let remainder = product % GIB;
            total += quotient + u128::from(2 * remainder >= GIB);
        }
    }
    total
}

proptest! {
    #[test]
    fn whole_gb_costs_are_the_piecewise_sum(gb in 0u64..2_000_000) {
        let cost = S3_STANDARD_US_EAST_1.monthly_cost_gb(gb).unwrap();
        prop_assert_eq!(cost.total.micros(), reference_whole_gb(u128::from(gb)));
        let sum: u128 = cost.charges.iter().map(|c| c.cost.micros()).sum();
        prop_assert_eq!(sum, cost.total.micros());
        let bytes: u128 = cost.charges.iter().map(|c| u128::from(c.bytes)).sum();
        prop_assert_eq!(bytes, u128::from(gb) * GIB);
    }

    #[test]
    fn byte_costs_round_per_tier(bytes in any::<u64>()) {
        let cost = S3_STANDARD_US_EAST_1.monthly_cost(bytes).unwrap();
        prop_assert_eq!(cost.total.micros(), reference_bytes(u128::from(bytes)));
    }

    #[test]
    fn small_byte_costs_round_per_tier(bytes in 0u64..(600_000u64 << 30)) {
        let cost = S3_STANDARD_US_EAST_1.monthly_cost(bytes).unwrap();
        prop_assert_eq!(cost.total.micros(), reference_bytes(u128::from(bytes)));
    }

    #[test]
    fn ipv4_cost_is_a_plain_product(addresses in 0u64..1_000_000, hours in 0u64..1_000_000) {
        let cost = public_ipv4_cost(addresses, hours).unwrap();
        prop_assert_eq!(cost.micros(), u128::from(addresses) * u128::from(hours) * 5_000);
    }

    #[test]
    fn yen_is_dollars_times_rate_rounded(micros in 0u128..1_000_000_000_000_000, rate in 1u128..1_000_000_000_000) {
        let yen = Usd::from_micros(micros).to_yen(YenRate::from_micros(rate).unwrap()).unwrap();
        let product = micros * rate;
        let expected = product / 1_000_000 + u128::from(product % 1_000_000 >= 500_000);
        prop_assert_eq!(yen.micros(), expected);
    }

    #[test]
    fn dollars_print_and_parse_back(micros in 0u128..1_000_000_000_000_000) {
        let usd = Usd::from_micros(micros);
        let text = usd.to_string();
        let plain = text.trim_start_matches('$').replace(',', "");
        prop_assert_eq!(plain.parse::<Usd>().unwrap(), usd);
        prop_assert_eq!(usd.decimal(), plain);
    }

    #[test]
    fn parts_are_the_ceiling_and_limits_hold(object in any::<u64>(), part in 1u64..(8u64 << 30)) {
        let plan = plan_upload(object, part).unwrap();
        let expected_parts = u128::from(object).div_ceil(u128::from(part)).max(1);
        prop_assert_eq!(u128::from(plan.parts), expected_parts);
        let whole = (expected_parts - 1) * u128::from(part);
        prop_assert_eq!(u128::from(plan.last_part), u128::from(object) - whole);
        let largest = if expected_parts > 1 { u128::from(part) } else { u128::from(object) };
        let ok = u128::from(object) <= 10_000 * 5 * GIB
            && expected_parts <= 10_000
            && (expected_parts == 1 || u128::from(part) >= 5 << 20)
            && largest <= 5 * GIB;
        prop_assert_eq!(plan.allowed(), ok);
    }

    #[test]
    fn sizes_round_trip_in_every_unit(count in 0u64..1_000_000, unit_index in 0usize..11) {
        let unit = SizeUnit::ALL[unit_index];
        let bytes = count.checked_mul(unit.bytes());
        prop_assume!(bytes.is_some());
        let size = ByteSize::new(bytes.unwrap(), unit);
        let text = size.to_string();
        prop_assert_eq!(&text, &format!("{count}{}", unit.symbol()));
        prop_assert_eq!(text.parse::<ByteSize>().unwrap(), size);
    }

    #[test]
    fn fractional_sizes_parse_exactly(whole in 0u64..10_000, tenths in 0u64..10, unit_index in 0usize..11) {
        let unit = SizeUnit::ALL[unit_index];
        let text = format!("{whole}.{tenths}{}", unit.symbol());
        let tenth_bytes = u128::from(whole * 10 + tenths) * u128::from(unit.bytes());
        match text.parse::<ByteSize>() {
            Ok(size) => {
                prop_assert_eq!(tenth_bytes % 10, 0);
                prop_assert_eq!(u128::from(size.bytes()), tenth_bytes / 10);
            }
            Err(e) => {
                prop_assert!(tenth_bytes % 10 != 0);
                prop_assert!(e.to_string().ends_with("is not a whole number of bytes"));
            }
        }
    }
}
