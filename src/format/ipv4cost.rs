//! Text of the public IPv4 address charge, as `netdojo ipv4-cost` prints it.

use crate::calc::cost::{
    PUBLIC_IPV4_CHARGED_SINCE, PUBLIC_IPV4_HOURLY, PUBLIC_IPV4_SOURCE, public_ipv4_cost,
};
use crate::calc::decimal::Grouped;
use crate::calc::money::{Jpy, Usd, YenRate};
use crate::calc::parse::normalize_input;

use super::{bad_input, whole_number};

/// A priced count of public IPv4 addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv4Cost {
    /// How many addresses.
    pub addresses: u64,
    /// For how many hours each.
    pub hours: u64,
    /// What they cost in dollars.
    pub usd: Usd,
    /// The exchange rate and the cost in yen, when a rate was given.
    pub yen: Option<(YenRate, Jpy)>,
}

/// Prices `addresses` held for `hours` each, converted at the yen `rate` when one is
/// given; the error is the one-line message and the value it is about.
///
/// ```
/// let cost = netdojo::format::ipv4cost::price("2", "730", Some("150")).unwrap();
/// assert_eq!(cost.usd.to_string(), "$7.30");
/// assert_eq!(
///     netdojo::format::ipv4cost::price("two", "730", None).unwrap_err().1,
///     "\"two\" is not a valid number of addresses: expected a whole number such as 730"
/// );
/// ```
pub fn price(
    addresses: &str,
    hours: &str,
    rate: Option<&str>,
) -> Result<Ipv4Cost, (String, String)> {
    let count =
        whole_number(addresses, "number of addresses").map_err(|m| (addresses.into(), m))?;
    let length = whole_number(hours, "number of hours").map_err(|m| (hours.into(), m))?;
    let rate = match rate {
        None => None,
        Some(text) => Some(normalize_input(text).parse::<YenRate>().map_err(|e| {
            (
                text.to_owned(),
                bad_input(text, "exchange rate in yen per US dollar", e),
            )
        })?),
    };
    let input = format!("--addresses {addresses} --hours {hours}");
    let usd = public_ipv4_cost(count, length)
        .map_err(|e| (input.clone(), format!("{input:?} cannot be priced: {e}")))?;
    let yen = match rate {
        None => None,
        Some(rate) => Some((
            rate,
            usd.to_yen(rate).map_err(|e| {
                (
                    input.clone(),
                    format!("{input:?} cannot be converted to yen: {e}"),
                )
            })?,
        )),
    };
    Ok(Ipv4Cost {
        addresses: count,
        hours: length,
        usd,
        yen,
    })
}

/// The label/value rows of a priced count.
pub fn rows(cost: &Ipv4Cost) -> Vec<(&'static str, String)> {
    let addresses = Grouped(u128::from(cost.addresses));
    let hours = Grouped(u128::from(cost.hours));
    let mut rows = vec![
        (
            "Addresses",
            format!(
                "{addresses} public IPv4 {}",
                if cost.addresses == 1 {
                    "address"
                } else {
                    "addresses"
                }
            ),
        ),
        ("Hours", format!("{hours} each")),
        (
            "Price",
            format!("{PUBLIC_IPV4_HOURLY} per address per hour since {PUBLIC_IPV4_CHARGED_SINCE}"),
        ),
        (
            "Cost",
            format!(
                "{addresses} × {hours} h × {PUBLIC_IPV4_HOURLY} = {}",
                cost.usd
            ),
        ),
    ];
    if let Some((rate, yen)) = cost.yen {
        rows.push(("In yen", format!("{yen} at {rate}")));
    }
    rows.push((
        "Counts",
        "every public IPv4 address: auto-assigned or Elastic IP, in use or idle".to_owned(),
    ));
    rows.push(("Source", PUBLIC_IPV4_SOURCE.to_owned()));
    rows
}

/// The text `netdojo ipv4-cost` prints.
///
/// ```
/// let cost = netdojo::format::ipv4cost::price("1", "730", None).unwrap();
/// assert!(netdojo::format::ipv4cost::text(&cost).contains("Cost       1 × 730 h × $0.005 = $3.65\n"));
/// ```
pub fn text(cost: &Ipv4Cost) -> String {
    super::table::rows(&rows(cost))
}
