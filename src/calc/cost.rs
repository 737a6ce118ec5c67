//! Monthly AWS costs: S3 Standard storage with its price tiers, and public IPv4
//! addresses.
//!
//! Prices are data, not code: each table carries the date it was taken (`as_of`) and
//! where it came from, and tiers that could not be confirmed are marked. All sums are
//! exact ([`Usd`] holds millionths of a dollar).
//!
//! # How S3 storage is billed
//!
//! The price list says "GB", but AWS bills storage in units of 2^30 bytes (a GiB), and
//! a "TB" of a tier boundary is 1024 of those. So 50 TB is 51,200 billed GB, and a size
//! typed in decimal GB (10^9 bytes) is a little less than the same number of billed GB:
//! 100 GB is 93.13 billed GB. The tiers are marginal, like tax brackets: the first
//! 51,200 GB of a month cost the first price, only the GB above that cost the second.

use thiserror::Error;

use super::decimal::{Grouped, div_round_half_up, format_ratio};
use super::money::Usd;
use crate::lang::Lang;

/// Bytes in one GB as AWS bills storage: 2^30.
///
/// ```
/// assert_eq!(netdojo::calc::cost::BYTES_PER_BILLED_GB, 1_073_741_824);
/// ```
pub const BYTES_PER_BILLED_GB: u64 = 1 << 30;

/// Why a cost could not be computed.
///
/// ```
/// use netdojo::calc::cost::{public_ipv4_cost, CostError};
/// assert_eq!(public_ipv4_cost(u64::MAX, u64::MAX), Err(CostError::Overflow));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum CostError {
    /// The numbers are too large to multiply exactly.
    #[error("the cost is too large to compute")]
    Overflow,
}

/// One price tier of a storage price table.
///
/// ```
/// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
/// let first = S3_STANDARD_US_EAST_1.tiers[0];
/// assert_eq!(first.up_to_gb, Some(51_200));
/// assert_eq!(first.usd_per_gb_month.to_string(), "$0.023");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PriceTier {
    /// Where the tier ends, in billed GB counted from the first byte of the month's
    /// storage; `None` for the last tier, which has no end.
    pub up_to_gb: Option<u64>,
    /// The price of one billed GB stored for a month.
    pub usd_per_gb_month: Usd,
    /// Whether the price was confirmed in a source; `false` marks a figure to re-check.
    pub verified: bool,
}

/// A tiered storage price table with its date and source.
///
/// ```
/// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
/// assert_eq!(S3_STANDARD_US_EAST_1.as_of, "2026-11");
/// assert_eq!(S3_STANDARD_US_EAST_1.tiers.len(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoragePrices {
    /// The AWS Region the prices apply to.
    pub region: &'static str,
    /// The storage class.
    pub storage_class: &'static str,
    /// When the prices were taken, `YYYY-MM`.
    pub as_of: &'static str,
    /// Where they come from.
    pub source: &'static str,
    /// The tiers in order; each starts where the one before ends.
    pub tiers: &'static [PriceTier],
}

/// S3 Standard storage in us-east-1 (US East, N. Virginia), list prices in USD.
///
/// The first tier ($0.023 per GB-month for the first 50 TB) was confirmed; the next
/// two ($0.022 for the next 450 TB, $0.021 above 500 TB) are **unverified** and marked
/// so. Requests, data transfer out and management features are billed separately and
/// are not included.
///
/// ```
/// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
/// let cost = S3_STANDARD_US_EAST_1.monthly_cost_gb(61_440).unwrap();
/// assert_eq!(cost.total.to_string(), "$1,402.88");
/// ```
pub const S3_STANDARD_US_EAST_1: StoragePrices = StoragePrices {
    region: "us-east-1",
    storage_class: "S3 Standard",
    as_of: "2026-11",
    source: "Amazon S3 pricing page, Storage tab",
    tiers: &[
        PriceTier {
            up_to_gb: Some(51_200),
            usd_per_gb_month: Usd::from_micros(23_000),
            verified: true,
        },
        PriceTier {
            up_to_gb: Some(512_000),
            usd_per_gb_month: Usd::from_micros(22_000),
            verified: false,
        },
        PriceTier {
            up_to_gb: None,
            usd_per_gb_month: Usd::from_micros(21_000),
            verified: false,
        },
    ],
};

/// What one tier contributes to a month's storage cost.
///
/// ```
/// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
/// let cost = S3_STANDARD_US_EAST_1.monthly_cost_gb(61_440).unwrap();
/// let second = cost.charges[1];
/// assert_eq!(second.gb_text(), "10,240");
/// assert_eq!(second.cost.to_string(), "$225.28");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TierCharge {
    /// The tier's position in the table, from 0.
    pub tier: usize,
    /// Where the tier starts, in billed GB.
    pub from_gb: u64,
    /// Where it ends, in billed GB; `None` for the open last tier.
    pub up_to_gb: Option<u64>,
    /// Bytes billed in this tier.
    pub bytes: u64,
    /// The tier's price per billed GB-month.
    pub price: Usd,
    /// Bytes times price, rounded half up to a millionth of a dollar.
    pub cost: Usd,
    /// Whether the tier's price was confirmed.
    pub verified: bool,
}

impl TierCharge {
    /// The billed GB in this tier, exact when it fits 6 decimal places.
    ///
    /// ```
    /// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
    /// let cost = S3_STANDARD_US_EAST_1.monthly_cost(100_000_000_000).unwrap();
    /// assert_eq!(cost.charges[0].gb(), ("93.132257".to_string(), false));
    /// ```
    pub fn gb(&self) -> (String, bool) {
        format_ratio(
            u128::from(self.bytes),
            u128::from(BYTES_PER_BILLED_GB),
            0,
            6,
        )
    }

    /// The billed GB with thousands separators and `≈` when rounded: `10,240`,
    /// `≈93.132257`.
    ///
    /// ```
    /// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
    /// let cost = S3_STANDARD_US_EAST_1.monthly_cost(100_000_000_000).unwrap();
    /// assert_eq!(cost.charges[0].gb_text(), "≈93.132257");
    /// ```
    pub fn gb_text(&self) -> String {
        let (text, exact) = self.gb();
        let grouped = super::decimal::group_thousands(&text);
        if exact {
            grouped
        } else {
            format!("≈{grouped}")
        }
    }
}

/// A month's storage cost, tier by tier.
///
/// ```
/// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
/// let cost = S3_STANDARD_US_EAST_1.monthly_cost_gb(100).unwrap();
/// assert_eq!(cost.charges.len(), 1);
/// assert_eq!(cost.total.to_string(), "$2.30");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageCost {
    /// The bytes stored for the month.
    pub bytes: u64,
    /// One entry per tier that holds some of the bytes, in tier order.
    pub charges: Vec<TierCharge>,
    /// The sum of the charges.
    pub total: Usd,
}

impl StoragePrices {
    /// The cost of storing `bytes` for a whole month.
    ///
    /// Each tier's cost is rounded half up to a millionth of a dollar (exact for whole
    /// GB), and the total is the sum of those, so the lines of a breakdown always add
    /// up to the total shown.
    ///
    /// ```
    /// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
    /// // 100 GB in decimal units is 93.13 billed GB.
    /// let cost = S3_STANDARD_US_EAST_1.monthly_cost(100_000_000_000).unwrap();
    /// assert_eq!(cost.total.to_string(), "$2.142042");
    /// ```
    pub fn monthly_cost(&self, bytes: u64) -> Result<StorageCost, CostError> {
        let mut charges = Vec::new();
        let mut total = Usd::ZERO;
        let mut from_gb: u64 = 0;
        for (index, tier) in self.tiers.iter().enumerate() {
            let start = u128::from(from_gb) * u128::from(BYTES_PER_BILLED_GB);
            let end = tier
                .up_to_gb
                .map(|gb| u128::from(gb) * u128::from(BYTES_PER_BILLED_GB));
            let stored = u128::from(bytes);
            if stored <= start {
                break;
            }
            let in_tier = end
                .map_or(stored, |end| stored.min(end))
                .saturating_sub(start);
            if in_tier > 0 {
                let product = in_tier
                    .checked_mul(tier.usd_per_gb_month.micros())
                    .ok_or(CostError::Overflow)?;
                let cost = div_round_half_up(product, u128::from(BYTES_PER_BILLED_GB))
                    .map(Usd::from_micros)
                    .ok_or(CostError::Overflow)?;
                total = total.checked_add(cost).ok_or(CostError::Overflow)?;
                charges.push(TierCharge {
                    tier: index,
                    from_gb,
                    up_to_gb: tier.up_to_gb,
                    // in_tier <= bytes, which is a u64.
                    bytes: u64::try_from(in_tier).map_err(|_| CostError::Overflow)?,
                    price: tier.usd_per_gb_month,
                    cost,
                    verified: tier.verified,
                });
            }
            match tier.up_to_gb {
                Some(end) => from_gb = from_gb.max(end),
                None => break,
            }
        }
        Ok(StorageCost {
            bytes,
            charges,
            total,
        })
    }

    /// The cost of storing `gb` billed GB (2^30 bytes each) for a whole month.
    ///
    /// ```
    /// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
    /// assert_eq!(S3_STANDARD_US_EAST_1.monthly_cost_gb(1).unwrap().total.to_string(), "$0.023");
    /// ```
    pub fn monthly_cost_gb(&self, gb: u64) -> Result<StorageCost, CostError> {
        let bytes = gb
            .checked_mul(BYTES_PER_BILLED_GB)
            .ok_or(CostError::Overflow)?;
        self.monthly_cost(bytes)
    }

    /// Whether every tier's price was confirmed.
    ///
    /// ```
    /// use netdojo::calc::cost::S3_STANDARD_US_EAST_1;
    /// assert!(!S3_STANDARD_US_EAST_1.all_verified());
    /// ```
    pub fn all_verified(&self) -> bool {
        self.tiers.iter().all(|tier| tier.verified)
    }
}

/// A tier's range in words: `first 51,200 GB`, `51,200 to 512,000 GB`, `over 512,000 GB`.
///
/// ```
/// use netdojo::calc::cost::{tier_range, S3_STANDARD_US_EAST_1};
/// let cost = S3_STANDARD_US_EAST_1.monthly_cost_gb(600_000).unwrap();
/// assert_eq!(tier_range(&cost.charges[0]), "first 51,200 GB");
/// assert_eq!(tier_range(&cost.charges[1]), "51,200 to 512,000 GB");
/// assert_eq!(tier_range(&cost.charges[2]), "over 512,000 GB");
/// ```
pub fn tier_range(charge: &TierCharge) -> String {
    tier_range_in(charge, Lang::En)
}

/// [`tier_range`] in `lang`: `最初の 51,200 GB`, `51,200〜512,000 GB`, `512,000 GB 超`.
///
/// ```
/// use netdojo::calc::cost::{tier_range_in, S3_STANDARD_US_EAST_1};
/// use netdojo::lang::Lang;
/// let cost = S3_STANDARD_US_EAST_1.monthly_cost_gb(600_000).unwrap();
/// assert_eq!(tier_range_in(&cost.charges[1], Lang::Ja), "51,200〜512,000 GB");
/// assert_eq!(tier_range_in(&cost.charges[2], Lang::Ja), "512,000 GB 超");
/// ```
pub fn tier_range_in(charge: &TierCharge, lang: Lang) -> String {
    let from = Grouped(u128::from(charge.from_gb));
    let first = charge.from_gb == 0;
    match (charge.up_to_gb.map(|end| Grouped(u128::from(end))), lang) {
        (Some(end), Lang::En) if first => format!("first {end} GB"),
        (Some(end), Lang::Ja) if first => format!("最初の {end} GB"),
        (Some(end), Lang::En) => format!("{from} to {end} GB"),
        (Some(end), Lang::Ja) => format!("{from}〜{end} GB"),
        (None, Lang::En) if first => "every GB".to_owned(),
        (None, Lang::Ja) if first => "全容量".to_owned(),
        (None, Lang::En) => format!("over {from} GB"),
        (None, Lang::Ja) => format!("{from} GB 超"),
    }
}

/// The charge for one public IPv4 address per hour: $0.005.
///
/// ```
/// assert_eq!(netdojo::calc::cost::PUBLIC_IPV4_HOURLY.to_string(), "$0.005");
/// ```
pub const PUBLIC_IPV4_HOURLY: Usd = Usd::from_micros(5_000);

/// The day AWS began charging for every public IPv4 address, in use or idle.
///
/// ```
/// assert_eq!(netdojo::calc::cost::PUBLIC_IPV4_CHARGED_SINCE, "2024-02-01");
/// ```
pub const PUBLIC_IPV4_CHARGED_SINCE: &str = "2024-02-01";

/// Where the public IPv4 price comes from.
///
/// ```
/// assert!(netdojo::calc::cost::PUBLIC_IPV4_SOURCE.contains("Public IPv4 Address"));
/// ```
pub const PUBLIC_IPV4_SOURCE: &str = "Amazon VPC pricing page, \"Public IPv4 Address\" tab";

/// The hours AWS uses for a month in its price examples: 730 (365 × 24 / 12).
///
/// ```
/// assert_eq!(netdojo::calc::cost::HOURS_PER_MONTH, 730);
/// ```
pub const HOURS_PER_MONTH: u64 = 730;

/// The charge for `addresses` public IPv4 addresses held for `hours` hours each.
///
/// Every public IPv4 address counts: auto-assigned ones and Elastic IPs, attached to a
/// running instance or idle.
///
/// ```
/// use netdojo::calc::cost::public_ipv4_cost;
/// assert_eq!(public_ipv4_cost(1, 720).unwrap().to_string(), "$3.60");
/// assert_eq!(public_ipv4_cost(1, 730).unwrap().to_string(), "$3.65");
/// assert_eq!(public_ipv4_cost(3, 730).unwrap().to_string(), "$10.95");
/// ```
pub fn public_ipv4_cost(addresses: u64, hours: u64) -> Result<Usd, CostError> {
    let address_hours = u128::from(addresses)
        .checked_mul(u128::from(hours))
        .ok_or(CostError::Overflow)?;
    PUBLIC_IPV4_HOURLY
        .checked_mul(address_hours)
        .ok_or(CostError::Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GIB: u64 = 1 << 30;

    #[test]
    fn worked_examples_of_the_curriculum() {
        let prices = S3_STANDARD_US_EAST_1;
        assert_eq!(
            prices.monthly_cost_gb(100).unwrap().total.to_string(),
            "$2.30"
        );
        let cost = prices.monthly_cost_gb(61_440).unwrap();
        assert_eq!(cost.total.to_string(), "$1,402.88");
        assert_eq!(cost.charges.len(), 2);
        assert_eq!(cost.charges[0].cost.to_string(), "$1,177.60");
        assert_eq!(cost.charges[0].gb_text(), "51,200");
        assert_eq!(cost.charges[1].cost.to_string(), "$225.28");
        assert!(!cost.charges[1].verified);
    }

    #[test]
    fn tier_boundaries() {
        let prices = S3_STANDARD_US_EAST_1;
        let at = |gb: u64| prices.monthly_cost_gb(gb).unwrap();
        assert_eq!(at(51_200).charges.len(), 1);
        assert_eq!(at(51_200).total.to_string(), "$1,177.60");
        assert_eq!(at(51_201).charges.len(), 2);
        assert_eq!(at(51_201).total.to_string(), "$1,177.622");
        // 51,200 × 0.023 + 460,800 × 0.022 = 1,177.60 + 10,137.60
        assert_eq!(at(512_000).total.to_string(), "$11,315.20");
        assert_eq!(at(512_001).total.to_string(), "$11,315.221");
        assert_eq!(at(512_001).charges[2].from_gb, 512_000);
        assert_eq!(at(0).charges, Vec::new());
        assert_eq!(at(0).total, Usd::ZERO);
    }

    #[test]
    fn partial_gb_rounds_half_up_per_tier() {
        let prices = S3_STANDARD_US_EAST_1;
        // One byte: 23,000 / 2^30 micro-dollars, far below half a micro-dollar.
        assert_eq!(prices.monthly_cost(1).unwrap().total, Usd::ZERO);
        // Half a GB: exactly 11,500 micro-dollars.
        assert_eq!(prices.monthly_cost(GIB / 2).unwrap().total.micros(), 11_500);
        // The largest size does not overflow.
        let max = prices.monthly_cost(u64::MAX).unwrap();
        assert_eq!(max.charges.len(), 3);
        assert_eq!(
            max.total,
            max.charges
                .iter()
                .fold(Usd::ZERO, |sum, c| sum.checked_add(c.cost).unwrap())
        );
        assert_eq!(
            prices.monthly_cost_gb(u64::MAX).unwrap_err(),
            CostError::Overflow
        );
    }

    #[test]
    fn a_custom_table_with_one_open_tier() {
        const FLAT: StoragePrices = StoragePrices {
            region: "ap-northeast-1",
            storage_class: "example",
            as_of: "2026-11",
            source: "a test",
            tiers: &[PriceTier {
                up_to_gb: None,
                usd_per_gb_month: Usd::from_micros(25_000),
                verified: false,
            }],
        };
        let cost = FLAT.monthly_cost_gb(1_000_000).unwrap();
        assert_eq!(cost.total.to_string(), "$25,000.00");
        assert_eq!(tier_range(&cost.charges[0]), "every GB");
    }

    #[test]
    fn ipv4_charges() {
        assert_eq!(public_ipv4_cost(0, 730).unwrap(), Usd::ZERO);
        assert_eq!(public_ipv4_cost(2, 1).unwrap().to_string(), "$0.01");
        assert_eq!(public_ipv4_cost(1, 1).unwrap().to_string(), "$0.005");
        assert_eq!(
            public_ipv4_cost(u64::MAX, 1).unwrap().micros(),
            u128::from(u64::MAX) * 5_000
        );
    }
}
