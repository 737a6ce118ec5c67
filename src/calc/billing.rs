//! EC2 on-demand billing of one run: per-second billing with a 60-second minimum,
//! the rule for most Linux and Windows instances. Some AMIs (certain commercial
//! operating systems and Marketplace images) are billed per started hour instead.

use thiserror::Error;

use super::decimal::div_round_half_up;
use super::money::Usd;

/// The shortest run that per-second billing charges for, in seconds.
///
/// ```
/// assert_eq!(netdojo::calc::billing::MINIMUM_SECONDS, 60);
/// ```
pub const MINIMUM_SECONDS: u64 = 60;

/// Seconds in an hour, the unit of the price list.
const HOUR_SECONDS: u128 = 3600;

/// Why a charge could not be computed.
///
/// ```
/// use netdojo::calc::billing::{BillingError, per_second_cost};
/// use netdojo::calc::money::Usd;
/// let err = per_second_cost(Usd::from_micros(u128::MAX), 100).unwrap_err();
/// assert_eq!(err, BillingError::Overflow);
/// assert_eq!(err.to_string(), "the charge is too large to compute");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum BillingError {
    /// The product does not fit.
    #[error("the charge is too large to compute")]
    Overflow,
}

/// The seconds billed for a run of `seconds`: the run itself, but at least
/// [`MINIMUM_SECONDS`].
///
/// ```
/// use netdojo::calc::billing::billed_seconds;
/// assert_eq!(billed_seconds(45), 60);
/// assert_eq!(billed_seconds(61), 61);
/// ```
pub fn billed_seconds(seconds: u64) -> u64 {
    seconds.max(MINIMUM_SECONDS)
}

/// The charge for a run of `seconds` at `hourly` dollars per hour under per-second
/// billing with the 60-second minimum, rounded half up to a millionth of a dollar.
///
/// ```
/// use netdojo::calc::billing::per_second_cost;
/// let rate: netdojo::calc::money::Usd = "0.0864".parse().unwrap();
/// assert_eq!(per_second_cost(rate, 30).unwrap().to_string(), "$0.00144");
/// assert_eq!(per_second_cost(rate, 5400).unwrap().to_string(), "$0.1296");
/// ```
pub fn per_second_cost(hourly: Usd, seconds: u64) -> Result<Usd, BillingError> {
    let product = hourly
        .micros()
        .checked_mul(u128::from(billed_seconds(seconds)))
        .ok_or(BillingError::Overflow)?;
    div_round_half_up(product, HOUR_SECONDS)
        .map(Usd::from_micros)
        .ok_or(BillingError::Overflow)
}

/// The charge for a run of `seconds` at `hourly` dollars per hour when every started
/// hour is billed in full (the per-hour rule of some AMIs).
///
/// ```
/// use netdojo::calc::billing::per_hour_cost;
/// let rate: netdojo::calc::money::Usd = "0.0864".parse().unwrap();
/// assert_eq!(per_hour_cost(rate, 3601).unwrap().to_string(), "$0.1728");
/// ```
pub fn per_hour_cost(hourly: Usd, seconds: u64) -> Result<Usd, BillingError> {
    let hours = u128::from(seconds.max(1)).div_ceil(HOUR_SECONDS);
    hourly.checked_mul(hours).ok_or(BillingError::Overflow)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_minimum_applies_below_a_minute_only() {
        let rate = Usd::from_micros(3_600_000); // $3.60 per hour: $0.001 per second.
        assert_eq!(per_second_cost(rate, 1).unwrap(), Usd::from_micros(60_000));
        assert_eq!(per_second_cost(rate, 60).unwrap(), Usd::from_micros(60_000));
        assert_eq!(per_second_cost(rate, 61).unwrap(), Usd::from_micros(61_000));
        assert_eq!(per_second_cost(rate, 3600).unwrap(), rate);
    }

    #[test]
    fn per_hour_billing_rounds_every_started_hour_up() {
        let rate = Usd::from_micros(100_000);
        assert_eq!(per_hour_cost(rate, 1).unwrap(), rate);
        assert_eq!(
            per_hour_cost(rate, 7200).unwrap(),
            Usd::from_micros(200_000)
        );
        assert_eq!(
            per_hour_cost(rate, 7201).unwrap(),
            Usd::from_micros(300_000)
        );
    }
}
