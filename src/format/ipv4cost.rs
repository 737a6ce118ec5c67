//! Text of the public IPv4 address charge, as `netdojo ipv4-cost` prints it.

use crate::calc::cost::{
    PUBLIC_IPV4_CHARGED_SINCE, PUBLIC_IPV4_HOURLY, PUBLIC_IPV4_SOURCE, public_ipv4_cost,
};
use crate::calc::decimal::Grouped;
use crate::calc::money::{Jpy, Usd, YenRate};
use crate::calc::parse::normalize_input;

use super::{bad_input, whole_number};
use crate::lang::Lang;

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

/// The label/value rows of a priced count, in `lang`.
///
/// ```
/// use netdojo::lang::Lang;
/// let cost = netdojo::format::ipv4cost::price("1", "730", None).unwrap();
/// let rows = netdojo::format::ipv4cost::rows(&cost, Lang::Ja);
/// assert_eq!(rows[0], ("アドレス数", "パブリックIPv4アドレス 1 個".to_string()));
/// ```
pub fn rows(cost: &Ipv4Cost, lang: Lang) -> Vec<(&'static str, String)> {
    let addresses = Grouped(u128::from(cost.addresses));
    let hours = Grouped(u128::from(cost.hours));
    let hourly = PUBLIC_IPV4_HOURLY;
    let since = PUBLIC_IPV4_CHARGED_SINCE;
    let product = format!("{addresses} × {hours} h × {hourly} = {}", cost.usd);
    let mut rows = match lang {
        Lang::En => vec![
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
                format!("{hourly} per address per hour since {since}"),
            ),
            ("Cost", product),
        ],
        Lang::Ja => vec![
            (
                "アドレス数",
                format!("パブリックIPv4アドレス {addresses} 個"),
            ),
            ("時間", format!("各 {hours} 時間")),
            (
                "単価",
                format!("1 アドレス 1 時間あたり {hourly}（{since} から）"),
            ),
            ("料金", product),
        ],
    };
    if let Some((rate, yen)) = cost.yen {
        rows.push(match lang {
            Lang::En => ("In yen", format!("{yen} at {rate}")),
            Lang::Ja => ("円換算", format!("{yen}（{rate} で換算）")),
        });
    }
    rows.extend(match lang {
        Lang::En => [
            (
                "Counts",
                "every public IPv4 address: auto-assigned or Elastic IP, in use or idle".to_owned(),
            ),
            ("Source", PUBLIC_IPV4_SOURCE.to_owned()),
        ],
        Lang::Ja => [
            (
                "課金対象",
                "自動割り当ても Elastic IP も、使用中も未使用もすべて".to_owned(),
            ),
            (
                "出典",
                "Amazon VPC の料金ページの「Public IPv4 Address」タブ".to_owned(),
            ),
        ],
    });
    rows
}

/// The text `netdojo ipv4-cost` prints (in English), or the screen shows in `lang`.
///
/// ```
/// use netdojo::lang::Lang;
/// let cost = netdojo::format::ipv4cost::price("1", "730", None).unwrap();
/// assert!(netdojo::format::ipv4cost::text(&cost, Lang::En).contains("Cost       1 × 730 h × $0.005 = $3.65\n"));
/// ```
pub fn text(cost: &Ipv4Cost, lang: Lang) -> String {
    super::table::rows(&rows(cost, lang))
}
